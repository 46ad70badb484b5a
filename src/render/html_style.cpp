#include "render/html_style.h"

#include <string>

namespace ip {

namespace {

// Shared by both documents: palette, type, and the three provenance marks,
// which differ in shape (solid underline, italic + dotted underline, dashed
// box) so they stay distinct in black-and-white print.
constexpr const char* kBaseCss = R"CSS(
:root{--ink:#1d2733;--muted:#52606d;--line:#cfd8e3;--soft:#f4f6f9;--teal:#0f766e;--teal-bg:#e3f3f0;
--amber:#92400e;--amber-bg:#fdf1d8;--red:#b42318}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);overflow-wrap:anywhere;font:15px/1.5 Inter,system-ui,-apple-system,"Segoe UI",
Roboto,"Helvetica Neue",Arial,"Noto Sans","DejaVu Sans",sans-serif}
h1,h2,h3,h4{line-height:1.25;margin:0 0 .4em}
p{margin:.35em 0 .6em}
ul,ol{margin:.3em 0 .7em;padding-left:1.3em}
li{margin:.2em 0}
.fact{text-decoration:underline solid var(--teal) 1.5px;text-underline-offset:2px;background:var(--teal-bg);
border-radius:2px}
.draft{font-style:italic;text-decoration:underline dotted var(--amber) 1.5px;text-underline-offset:3px;
background:var(--amber-bg);border-radius:2px}
.fill{border:1px dashed #4b5563;border-radius:3px;padding:0 3px;font-weight:600;color:#374151;background:#fff;
-webkit-box-decoration-break:clone;box-decoration-break:clone}
.label{font-size:.72em;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);
margin:.9em 0 .25em}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)CSS";

constexpr const char* kHandoutCss = R"CSS(
.handout{background:#fff;border:1px solid var(--line);border-radius:6px;padding:28px 32px;font-size:13px;
line-height:1.4;max-width:820px;margin:0 auto}
.handout .ho-name{font-size:28px;font-weight:800;margin:0}
.handout .ho-contact{color:var(--muted);font-size:12px;margin:.2em 0 .5em}
.handout .ho-title{font-weight:700;color:var(--teal);font-size:15px;border-bottom:2px solid var(--teal);
padding-bottom:6px;margin-bottom:10px}
.handout .ho-pitch{margin:0 0 12px}
.handout .ho-cols{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin-bottom:12px}
.handout .ho-col{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.handout .ho-band{background:var(--teal-bg);border-bottom:2px solid var(--teal);padding:6px 10px}
.handout .ho-days{font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--teal)}
.handout .ho-theme{font-size:18px;font-weight:800}
.handout .ho-body{padding:2px 10px 8px}
.handout .ho-body ul{padding-left:1.1em}
.handout .ho-milestone{border-left:3px solid var(--teal);background:var(--soft);padding:4px 8px;margin-top:6px}
.handout .ho-bottom{display:grid;grid-template-columns:1fr 1fr;gap:14px;border-top:1px solid var(--line);
padding-top:8px}
.handout .ho-stories .ho-q{color:var(--muted)}
.handout .label{margin-top:.6em}
.handout .ho-name,.handout .ho-pitch,.handout .clamp{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}
.handout .ho-name{-webkit-line-clamp:2}
.handout .ho-pitch{-webkit-line-clamp:7}
.handout .clamp{-webkit-line-clamp:4}
@media print{
 @page{margin:12mm}
 .handout{border:0;border-radius:0;padding:0;max-width:none;font-size:9pt;max-height:255mm;overflow:hidden;
break-inside:avoid}
 .handout .ho-name{font-size:20pt}
 .handout .ho-contact{font-size:8pt}
 .handout .ho-title{font-size:11pt}
 .handout .ho-theme{font-size:13pt}
 .handout .ho-days{font-size:7.5pt}
}
)CSS";

constexpr const char* kReportCss = R"CSS(
body{background:#e9edf2}
.doc{max-width:900px;margin:24px auto;background:#fff;padding:40px 52px;border-radius:10px;
box-shadow:0 1px 4px rgba(0,0,0,.08)}
.cover{border-bottom:3px solid var(--teal);padding-bottom:18px;margin-bottom:8px}
.cover .kicker{font-size:.78em;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:var(--teal)}
.cover h1{font-size:2.1em;margin:.15em 0}
.cover .meta{color:var(--muted)}
.chapter{padding-top:26px}
.chapter>header{display:flex;gap:14px;align-items:flex-start;border-bottom:1px solid var(--line);padding-bottom:10px;
margin-bottom:14px}
.chapter>header .num{flex:none;width:40px;height:40px;border-radius:50%;border:2px solid var(--teal);color:var(--teal);
font-weight:800;font-size:18px;display:flex;align-items:center;justify-content:center}
.chapter>header h2{font-size:1.55em;margin:0}
.chapter>header p{margin:.2em 0 0;color:var(--muted)}
h3{font-size:1.15em;margin-top:1.2em}
h4{font-size:1em}
.card{border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0;break-inside:avoid;
page-break-inside:avoid}
.card h4{margin-bottom:.2em}
.card.tinted{background:var(--soft)}
.note{border-left:4px solid var(--amber);background:var(--amber-bg);padding:8px 12px;margin:10px 0}
.empty{color:var(--muted);font-style:italic}
.muted{color:var(--muted)}
table{width:100%;border-collapse:collapse;margin:8px 0 14px;font-size:.93em}
th{text-align:left;font-size:.75em;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
border-bottom:2px solid var(--ink);padding:6px 8px}
td{vertical-align:top;border-bottom:1px solid var(--line);padding:7px 8px}
tr{break-inside:avoid;page-break-inside:avoid}
.toc td:first-child{width:2.5em;font-weight:800;color:var(--teal)}
.toc a{color:var(--ink);font-weight:600}
.paths{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.fit-top{display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.gauge{flex:none;width:210px}
.gauge .score{font-size:34px;font-weight:800;fill:var(--ink)}
.gauge .of{font-size:13px;fill:var(--muted)}
.fit-label{font-size:1.3em;font-weight:800;color:var(--teal)}
.bars{display:grid;gap:10px;margin:10px 0}
.bar-row{break-inside:avoid}
.bar-head{display:flex;justify-content:space-between;font-weight:700}
.bar{height:12px;border:1.5px solid var(--ink);border-radius:6px;background:#fff;overflow:hidden;margin:3px 0}
.bar>span{display:block;height:100%;background:var(--teal)}
.bar-note{margin:.2em 0 0;font-size:.93em}
.evidence{font-size:.9em;margin:.4em 0 0;padding-left:1.1em}
.evidence .where{color:var(--muted)}
.status{white-space:nowrap;font-weight:700}
.status-covered{color:var(--teal)}
.status-partial{color:var(--amber)}
.status-gap{color:var(--red)}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
.chip{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:1px 10px;font-size:.85em;
background:#fff}
.chip.focus{border:2px solid var(--teal);font-weight:700}
.tag{display:inline-block;font-size:.7em;font-weight:700;letter-spacing:.06em;text-transform:uppercase;
border:1px solid var(--ink);border-radius:3px;padding:0 5px;margin-right:6px;vertical-align:middle}
.legend{display:flex;flex-wrap:wrap;gap:14px;align-items:center;border:1px solid var(--line);border-radius:8px;
padding:10px 14px;margin:10px 0}
.numbered{counter-reset:item;list-style:none;padding-left:0}
.pitch{border-left:4px solid var(--teal);background:var(--teal-bg);padding:10px 14px;font-size:1.05em}
.beats td:first-child{width:7em;font-weight:700}
.star h5{font-size:.72em;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:.8em 0 .1em}
.anchor{border-left:3px solid var(--teal);padding:2px 10px;margin:8px 0}
.checklist{list-style:none;padding-left:0}
.checklist li::before{content:"\2610\00a0";font-size:1.1em}
.template .write{height:2.6em;border-bottom:1px dotted var(--muted);margin-bottom:.4em}
.qtext{font-size:1.05em;font-weight:600}
.cols2{display:grid;grid-template-columns:1fr 1fr;gap:0 18px}
.steps{counter-reset:step;list-style:none;padding-left:0;break-inside:avoid}
.steps li{counter-increment:step;margin:.4em 0;padding-left:2em;position:relative}
.steps li::before{content:counter(step);position:absolute;left:0;top:0;width:1.5em;height:1.5em;
border:1.5px solid var(--ink);border-radius:50%;text-align:center;font-size:.85em;font-weight:700}
.ask{margin:.6em 0}
.ask .why{color:var(--muted);font-size:.92em;margin:.1em 0 0}
.cheat{font-size:.92em}
.cheat .cols2>div{min-width:0}
.cheat h4{font-size:.72em;letter-spacing:.08em;text-transform:uppercase;color:var(--teal);margin:.9em 0 .2em}
footer.colophon{margin-top:30px;border-top:1px solid var(--line);padding-top:10px;font-size:.85em;color:var(--muted)}
@media (max-width:700px){.doc{padding:20px;margin:0;border-radius:0}.paths,.cols2{grid-template-columns:1fr}
.handout .ho-cols,.handout .ho-bottom{grid-template-columns:1fr}}
@media print{
 @page{margin:12mm}
 body{background:#fff;font-size:10pt}
 .doc{max-width:none;margin:0;padding:0;box-shadow:none;border-radius:0}
 .chapter{padding-top:0}
 .chapter+.chapter{break-before:page;page-break-before:always}
 .chapter>header,h3,h4{break-after:avoid;page-break-after:avoid}
 .toc a{text-decoration:none}
 .handout{break-before:page;page-break-before:always}
 #s10{font-size:8.5pt;line-height:1.3;max-height:255mm;overflow:hidden}
 #s10>header{margin-bottom:6px;padding-bottom:4px}
 #s10>header .num{width:28px;height:28px;font-size:13px}
 #s10 .card{padding:6px 10px;margin:6px 0}
 #s10 p,#s10 ul{margin:.15em 0 .3em}
 footer.colophon{display:none}
}
)CSS";

}  // namespace

const char* report_css() {
    static const std::string css = std::string(kBaseCss) + kHandoutCss + kReportCss;
    return css.c_str();
}

const char* handout_css() {
    static const std::string css = std::string(kBaseCss) + kHandoutCss + R"CSS(
body{background:#e9edf2;padding:24px}
@media print{body{background:#fff;padding:0}}
)CSS";
    return css.c_str();
}

}  // namespace ip
