// Sections 4 (your story: the pitches) and 5 (STAR story cards).
#include "core/grammar.h"
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_report_parts.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::report {

namespace {

void beat_row(std::string& out, const char* name, const Rich& text) {
    if (rich_is_blank(text)) return;
    out += "<tr><td>" + std::string(name) + "</td><td>" + rich_html(text) + "</td></tr>\n";
}

void star_part(std::string& out, const char* name, const Rich& text, const char* prompt) {
    out += "<h5>" + std::string(name) + "</h5><p>";
    out += rich_is_blank(text) ? fill_html(prompt) : rich_html(text);
    out += "</p>";
}

void story_card(const Playbook& doc, const Story& s, int number, std::string& out) {
    out += "<article class=\"card story\" id=\"story-" + std::to_string(number) + "\"><h4>" + std::to_string(number) +
           ". " + html_escape(s.title) + "</h4>";
    if (!s.values.empty()) {
        out += "<div class=\"chips\">";
        for (const auto& v : s.values) out += "<span class=\"chip\">" + html_escape(v) + "</span>";
        out += "</div>";
    }
    const EvidenceRef anchor = describe_evidence(doc, s.anchor);
    if (!anchor.quote.empty()) {
        out += "<div class=\"anchor\"><div class=\"label\">From your resume</div>" + fact_html(anchor.quote);
        if (!anchor.where.empty()) out += " <span class=\"muted\">\u2014 " + html_escape(anchor.where) + "</span>";
        out += "</div>";
    }
    if (!s.use_for.empty()) {
        label(out, "Use it for");
        text_list(out, s.use_for);
    }
    out += "<div class=\"star\">";
    star_part(out, "Situation", s.situation, "what was going on?");
    star_part(out, "Task", s.task, "what were you responsible for?");
    star_part(out, "Action", s.action, "what did you do, step by step?");
    star_part(out, "Result", s.result, "what changed, in numbers?");
    out += "</div>";
    if (!s.checklist.empty()) {
        label(out, "Before you tell it");
        std::string lis;
        for (const auto& c : s.checklist)
            if (!trim(c).empty()) lis += "<li>" + html_escape(c) + "</li>";
        out += "<ul class=\"checklist\">" + lis + "</ul>";
    }
    if (!s.follow_ups.empty()) {
        label(out, "Likely follow-up questions");
        out += "<ul>";
        for (const auto& f : s.follow_ups) {
            out += "<li><strong>" + html_escape(f.question) + "</strong>";
            if (!trim(f.hint).empty()) out += "<br><span class=\"muted\">" + html_escape(f.hint) + "</span>";
            out += "</li>";
        }
        out += "</ul>";
    }
    out += "</article>\n";
}

// A blank STAR frame with room to write, for a story the resume does not hold yet.
void story_template(const StoryTemplate& t, std::string& out) {
    if (t.steps.empty()) return;
    out += "<article class=\"card story tinted\"><h4>Build your own story</h4>";
    out +=
        "<p>For an experience your resume does not show yet. Start from something you can prove, then work "
        "through the steps.</p>";
    if (!t.values.empty()) {
        label(out, "Values to aim at");
        out += "<div class=\"chips\">";
        for (const auto& v : t.values) out += "<span class=\"chip\">" + html_escape(v) + "</span>";
        out += "</div>";
    }
    out += "<ol class=\"template\">";
    for (const auto& step : t.steps)
        if (!trim(step).empty()) out += "<li>" + html_escape(step) + "<div class=\"write\"></div></li>";
    out += "</ol></article>\n";
}

}  // namespace

void your_story(const Playbook& doc, std::string& out) {
    const Pitch& p = doc.pitch;
    open_section(out, 4);
    heading(out, "Your 30-second pitch");
    if (rich_is_blank(p.thirty_second)) {
        empty_note(out, "No pitch yet: it needs at least one role from your resume.");
    } else {
        out += "<div class=\"pitch\">" + rich_html(p.thirty_second) + "</div>\n";
        out += "<p class=\"muted\">" + html_escape(speaking_time(p.thirty_second)) + " when spoken.</p>\n";
    }

    heading(out, "Your 2-minute pitch");
    std::string rows;
    beat_row(rows, "Past", p.two_minute.past);
    beat_row(rows, "Present", p.two_minute.present);
    beat_row(rows, "Pivot", p.two_minute.pivot);
    beat_row(rows, "Future", p.two_minute.future);
    if (rows.empty()) empty_note(out, "No 2-minute pitch yet.");
    else out += "<table class=\"beats\"><tbody>\n" + rows + "</tbody></table>\n";

    heading(out, "\u201cWhy this company?\u201d");
    if (rich_is_blank(p.why_company)) out += "<p>" + fill_html("why this company, in your own words?") + "</p>\n";
    else rich_para(out, p.why_company);
    heading(out, "\u201cWhy this role?\u201d");
    if (rich_is_blank(p.why_role)) out += "<p>" + fill_html("why this role, in your own words?") + "</p>\n";
    else rich_para(out, p.why_role);

    if (!p.tips.empty()) {
        heading(out, "Delivery tips");
        text_list(out, p.tips);
    }
    close_section(out);
}

void stories(const Playbook& doc, std::string& out) {
    open_section(out, 5);
    out +=
        "<div class=\"legend\"><strong>How to read the marks:</strong>"
        "<span class=\"fact\">From your resume</span>"
        "<span class=\"draft\">Draft \u2014 check this</span>"
        "<span class=\"fill\">[You fill in]</span></div>\n";
    out +=
        "<p>Each story rests on a line from your resume. The drafted parts are a best guess at what happened: "
        "correct anything that is wrong. The boxed blanks are details only you know. Aim to tell each story in "
        "two to three minutes.</p>\n";
    if (doc.stories.empty()) {
        empty_note(out, "No stories yet: they are built from resume lines with a clear action and result.");
        story_template(doc.story_template, out);
        close_section(out);
        return;
    }
    label(out, "Your " + count_noun(static_cast<long>(doc.stories.size()), "story"));
    out += "<ol>";
    for (size_t i = 0; i < doc.stories.size(); ++i)
        out += "<li><a href=\"#story-" + std::to_string(i + 1) + "\">" + html_escape(doc.stories[i].title) +
               "</a></li>";
    out += "</ol>\n";
    for (size_t i = 0; i < doc.stories.size(); ++i) story_card(doc, doc.stories[i], static_cast<int>(i) + 1, out);
    story_template(doc.story_template, out);
    close_section(out);
}

}  // namespace ip::report
