// Sections 9 (the 30/60/90-day handout) and 10 (the cheat sheet). Both must
// print on one page each, so their lists are capped.
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_handout.h"
#include "render/html_report_parts.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::report {

namespace {

void cheat_block(std::string& out, const std::string& title) { out += "<h4>" + html_escape(title) + "</h4>"; }

}  // namespace

void handout(const Playbook& doc, std::string& out) {
    open_section(out, 9);
    out +=
        "<p>A short plan for your first three months shows how you think without promising what you cannot yet "
        "know. Print the next page and bring it to the interview, or offer to send it afterwards. It carries your "
        "name and nothing else, so it reads as your own work.</p>\n";
    out +=
        "<p>Fill in any boxed blanks before you print. Drafted lines are marked here so you can check them; the "
        "standalone handout file prints without the marks.</p>\n";
    out += handout_fragment(doc, RichMarks::Provenance);
    close_section(out);
}

void cheat_sheet(const Playbook& doc, std::string& out) {
    const CheatSheet& c = doc.cheat_sheet;
    open_section(out, 10);
    out += "<div class=\"cheat cols2\"><div>";

    cheat_block(out, "Your pitch");
    const Rich& pitch = rich_is_blank(c.pitch) ? doc.pitch.thirty_second : c.pitch;
    if (rich_is_blank(pitch)) out += "<p>" + fill_html("your pitch in three sentences") + "</p>";
    else rich_para(out, pitch);

    cheat_block(out, "Story bank");
    std::string bank;
    size_t shown = 0;
    for (const auto& entry : c.story_bank) {
        const Story* s = find_story(doc, entry.story);
        if (!s || shown == 8) continue;
        ++shown;
        bank += "<li><strong>" + html_escape(s->title) + "</strong>";
        if (!trim(entry.question).empty()) bank += " \u2192 " + html_escape(entry.question);
        bank += "</li>";
    }
    if (bank.empty()) empty_note(out, "No stories yet.");
    else out += "<ol>" + bank + "</ol>";

    cheat_block(out, "Your top selling points");
    if (c.selling_points.empty()) empty_note(out, "None yet.");
    rich_list(out, c.selling_points, 5);

    cheat_block(out, "If they ask about your gap");
    if (rich_is_blank(c.gap_answer)) out += "<p>" + fill_html("your honest one-line answer") + "</p>";
    else rich_para(out, c.gap_answer);

    out += "</div><div>";
    cheat_block(out, "Know about " + company_name(doc));
    if (c.company_facts.empty()) empty_note(out, "Look up the company\u2019s values and recent news.");
    rich_list(out, c.company_facts, 5);

    if (!c.curveball.empty()) {
        cheat_block(out, "If a curveball comes");
        text_list(out, c.curveball, 4);
    }
    cheat_block(out, "Questions to ask");
    if (c.questions_to_ask.empty()) empty_note(out, "Pick two from section 8.");
    text_list(out, c.questions_to_ask, 4);

    if (!c.remember.empty()) {
        cheat_block(out, "Remember");
        text_list(out, c.remember, 5);
    }
    out += "</div></div>\n";
    close_section(out);
}

}  // namespace ip::report
