// Every invented story sentence is visibly a draft in each export, and each
// export explains the marking once; the handout printed for the interviewer
// carries no draft at all.
#include <catch2/catch.hpp>
#include <string>

#include "core/text.h"
#include "model/rich_text.h"
#include "render/handout_content.h"
#include "render/html_escape.h"
#include "render/render.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("story drafts: marked in Markdown and HTML, the marking explained once, none in the handout") {
    const GenerateResult r = generate_fixture("resumes/dana-whitfield.txt", "jobs/kaiser-icu-rn.txt");
    REQUIRE(r.ok);
    REQUIRE_FALSE(r.doc.stories.empty());
    std::vector<std::string> drafts;
    for (const Story& s : r.doc.stories)
        for (const Rich* line : {&s.situation, &s.task, &s.action, &s.result})
            for (const Span& sp : *line)
                if (sp.kind == SpanKind::Draft) drafts.push_back(trim(sp.text));
    REQUIRE(drafts.size() >= 3 * r.doc.stories.size());

    const std::string md = render_markdown(r.doc);
    const std::string html = render_html_report(r.doc);
    for (const std::string& d : drafts) {
        INFO(d);
        CHECK(contains(md, "_" + d + "_"));
        CHECK(contains(html, "<span class=\"draft\">" + html_escape(d)));
    }
    CHECK(occurrences(md, "The _italic_ parts are a best guess") == 1);
    CHECK(occurrences(html, "Draft \u2014 check this") == 1);

    // The handout (HTML and PNG share its content) is the candidate's own page: nothing drafted on it.
    const HandoutContent h = handout_content(r.doc);
    auto no_draft = [](const Rich& text) {
        for (const Span& sp : text) CHECK(sp.kind != SpanKind::Draft);
    };
    no_draft(h.pitch);
    for (const HandoutColumn& col : h.columns)
        for (const auto* list : {&col.focus, &col.second, &col.milestone})
            for (const Rich& item : *list) no_draft(item);
    for (const Rich& item : h.selling_points) no_draft(item);
    CHECK_FALSE(contains(render_handout_html(r.doc), "class=\"draft\""));
}
