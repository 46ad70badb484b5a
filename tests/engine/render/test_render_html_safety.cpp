// The HTML exports must show hostile resume text literally and run nothing:
// no script, no event handler, no javascript: URL, no network reference, and
// a strict Content-Security-Policy.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "render/html_page.h"
#include "render/render.h"
#include "render/render_test_support.h"

using namespace ip;
using ip::test::HtmlToken;

namespace {

size_t count_ci(const std::string& haystack, const std::string& needle) {
    const std::string h = to_lower(haystack), n = to_lower(needle);
    size_t count = 0;
    for (size_t at = h.find(n); at != std::string::npos; at = h.find(n, at + 1)) ++count;
    return count;
}

// Asserts the structural safety rules on one exported page.
void check_inert(const std::string& html) {
    INFO("checking an exported page of " << html.size() << " bytes");
    CHECK(count_ci(html, "<script") == 0);
    CHECK(count_ci(html, "<style") == 1);
    CHECK(count_ci(html, "</style") == 1);
    CHECK(is_valid_utf8(html));

    const std::vector<HtmlToken> tokens = test::tokenize_html(html);
    bool in_style = false, csp_seen = false, style_seen = false;
    for (const HtmlToken& t : tokens) {
        if (!t.is_tag) {
            if (in_style) {
                CHECK(count_ci(t.text, "url(") == 0);
                CHECK(count_ci(t.text, "@import") == 0);
                CHECK(count_ci(t.text, "http") == 0);
                CHECK(count_ci(t.text, "expression(") == 0);
            } else {
                // Text nodes carry user text; nothing in them may be markup.
                CHECK(t.text.find('<') == std::string::npos);
                CHECK(t.text.find('>') == std::string::npos);
            }
            continue;
        }
        in_style = !t.closing && t.name == "style";
        if (in_style) style_seen = true;
        CAPTURE(t.name);
        for (const char* banned : {"script", "iframe", "object", "embed", "img", "link", "base", "form", "input",
                                   "frame", "video", "audio", "source", "image", "use", "foreignobject"})
            CHECK(t.name != banned);
        for (const auto& [name, value] : t.attributes) {
            CAPTURE(name, value);
            CHECK_FALSE(starts_with(name, "on"));
            CHECK(count_ci(value, "javascript:") == 0);
            CHECK(count_ci(value, "http") == 0);
            CHECK(count_ci(value, "url(") == 0);
            CHECK(name != "src");
            CHECK(name != "srcdoc");
            CHECK(name != "xlink:href");
            if (name == "href") CHECK(starts_with(value, "#"));
        }
        if (t.name == "meta") {
            std::string equiv, content;
            for (const auto& [name, value] : t.attributes) {
                if (name == "http-equiv") equiv = value;
                if (name == "content") content = value;
            }
            if (to_lower(equiv) == "content-security-policy") {
                CHECK_FALSE(style_seen);  // the policy must come before anything it governs
                CHECK(content == kExportCsp);
                csp_seen = true;
            } else {
                CHECK(to_lower(equiv) != "refresh");
            }
        }
    }
    CHECK(csp_seen);
    CHECK(contains(kExportCsp, "default-src 'none'"));
    CHECK(contains(kExportCsp, "style-src 'unsafe-inline'"));
    CHECK(contains(kExportCsp, "img-src data:"));
    CHECK_FALSE(contains(kExportCsp, "script-src"));
}

}  // namespace

TEST_CASE("the HTML report runs nothing and loads nothing, whatever the resume contains") {
    const std::string html = render_html_report(test::hostile_playbook());
    check_inert(html);
}

TEST_CASE("the standalone handout runs nothing and loads nothing") {
    const std::string html = render_handout_html(test::hostile_playbook());
    check_inert(html);
}

TEST_CASE("hostile resume text is shown literally, escaped") {
    const std::string html = render_html_report(test::hostile_playbook());
    // Each of these came from the resume or the job description.
    CHECK(contains(html, "Built the &lt;script&gt;alert(1)&lt;/script&gt; sanitizer"));
    CHECK(contains(html, "after a &lt;/style&gt; injection broke 3 campaigns"));
    CHECK(contains(html, "closes every CDATA block properly ]]&gt; and ships"));
    CHECK(contains(html, "HIPAA &amp; SOC 2 &quot;audit-ready&quot; data controls"));
    CHECK(contains(html, "HL7 v2 &lt;message&gt; formats"));
    CHECK(contains(html, "Sanitizer for the &lt;Partner Portal&gt;"));
    // Contact links are text in the handout, never links.
    CHECK(contains(html, "javascript:alert(document.domain)"));
    CHECK(contains(html, "http://example.com/portfolio?a=1&amp;b=&lt;2&gt;"));
    // Accents and CJK pass through untouched.
    CHECK(contains(html, "Renée Søndergaard-Okafor"));
    CHECK(contains(html, "株式会社サクラデータ (Sakura Data K.K.)"));
    CHECK(contains(html, "田中さん"));
}

TEST_CASE("an image tag with an event handler in a resume line stays text") {
    Playbook doc = test::hostile_playbook();
    // Point a strength at the bullet that carries the <img onerror> payload.
    doc.fit.strengths[0].evidence.push_back("p0b3");
    const std::string html = render_html_report(doc);
    CHECK(contains(html, "Fixed an &lt;img src=x onerror=alert(1)&gt; rendering bug"));
    check_inert(html);
}

TEST_CASE("broken UTF-8 and control characters in user text never reach the page") {
    Playbook doc = test::hostile_playbook();
    doc.candidate.name = std::string("Bad\xff\xfe name\x01\x1b[31m");
    doc.stories[0].title = "Title with \x7f DEL and \xc3 stray byte";
    for (const std::string& html : {render_html_report(doc), render_handout_html(doc)}) {
        CHECK(is_valid_utf8(html));
        CHECK(html.find('\x01') == std::string::npos);
        CHECK(html.find('\x1b') == std::string::npos);
        CHECK(html.find('\x7f') == std::string::npos);
    }
    CHECK(contains(render_html_report(doc), "Bad\xEF\xBF\xBD\xEF\xBF\xBD name[31m"));
}

namespace {
// U+202A-202E and U+2066-2069 in UTF-8.
bool has_bidi_control(const std::string& s) {
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
                   b2 = static_cast<unsigned char>(s[i + 2]);
        if (b0 == 0xE2 && b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) return true;
        if (b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("bidirectional control characters in user text never reach the HTML or Markdown exports") {
    Playbook doc = test::hostile_playbook();
    // RLO ... PDF and an isolate pair: text that reads backwards on screen.
    doc.candidate.name = "Jordan \u202Egnp.exe\u202C Chen";
    doc.stories[0].title = "Shipped \u2066the\u2069 \u202Aportal\u202B\u202D";
    for (const std::string& out : {render_html_report(doc), render_handout_html(doc), render_markdown(doc)}) {
        CHECK_FALSE(has_bidi_control(out));
        CHECK(contains(out, "Jordan gnp.exe Chen"));
    }
    CHECK(contains(render_markdown(doc), "Shipped the portal"));
    CHECK(has_bidi_control(*doc.candidate.name));  // the check itself sees them
}
