// Sections 6 (likely questions), 7 (scripts for gaps, recovery, curveballs)
// and 8 (questions to ask each interviewer).
#include <array>

#include "core/grammar.h"
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_report_parts.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::report {

namespace {

// "1 coding, 2 behavioral, and 1 system design", in the categories' order.
std::string question_mix(const std::vector<Question>& qs) {
    std::vector<std::string> parts;
    for (const EnumName<QuestionCategory>& category : enum_names(QuestionCategory{})) {
        size_t n = 0;
        for (const auto& q : qs) n += q.category == category.value;
        if (n == 0) continue;
        std::string label = question_category_label(category.value);
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
        parts.push_back(std::to_string(n) + " " + label);
    }
    return join_list(parts);
}

void question_card(const Playbook& doc, const Question& q, int number, std::string& out) {
    out += "<article class=\"card question\"><div><span class=\"tag\">" + html_escape(question_label(q)) + "</span>";
    const std::string source = question_source_label(q.source);
    if (!source.empty()) out += "<span class=\"muted\">" + html_escape(source) + "</span>";
    out += "</div><p class=\"qtext\">Q" + std::to_string(number) + ". " + rich_html(q.text) + "</p>";
    if (!rich_is_blank(q.really_asking)) {
        label(out, "What they are really asking");
        rich_para(out, q.really_asking);
    }
    if (!q.great.empty()) {
        label(out, "What a great answer shows");
        rich_list(out, q.great);
    }
    if (!q.red_flags.empty()) {
        label(out, "Red flags");
        rich_list(out, q.red_flags);
    }
    const Story* story = q.story ? find_story(doc, *q.story) : nullptr;
    if (!rich_is_blank(q.prep) || story) {
        label(out, "How to prepare");
        rich_para(out, q.prep);
        if (story) {
            const int n = story_number(doc, story->id);
            out += "<p>Your story for this: <a href=\"#story-" + std::to_string(n) + "\">Story " + std::to_string(n) +
                   ", " + html_escape(story->title) + "</a></p>";
        }
    }
    if (!trim(q.practice_prompt).empty()) {
        label(out, "Practice prompt");
        out += "<p class=\"muted\">" + html_escape(q.practice_prompt) + "</p>";
    }
    out += "</article>\n";
}

void requirement_table(const Playbook& doc, std::string& out) {
    heading(out, "Your requirement check");
    if (doc.fit.requirements.empty()) {
        empty_note(out, "No requirements were found in the job description.");
        return;
    }
    out +=
        "<p class=\"muted\">\u2713 covered \u00B7 \u25D0 partly covered \u00B7 \u2717 not shown on your resume</p>\n";
    out +=
        "<table class=\"reqs\"><thead><tr><th>Requirement</th><th>Status</th><th>Your evidence</th></tr></thead>"
        "<tbody>\n";
    for (const auto& rf : doc.fit.requirements) {
        const Requirement* r = find_requirement(doc, rf.id);
        out += "<tr><td>";
        out += r ? fact_html(r->text) : html_escape("Requirement " + rf.id);
        if (r && *requirement_kind_label(r->kind))
            out += "<br><span class=\"muted\">" + html_escape(requirement_kind_label(r->kind)) + "</span>";
        out += "</td><td><span class=\"status status-" + std::string(name_of(rf.status)) + "\">" +
               requirement_status_mark(rf.status) + " " + requirement_status_label(rf.status) + "</span></td><td>";
        std::string evidence;
        evidence_list(evidence, doc, rf.evidence);
        out += evidence;
        if (!rich_is_blank(rf.note)) out += "<p>" + rich_html(rf.note) + "</p>";
        if (evidence.empty() && rich_is_blank(rf.note))
            out += "<span class=\"empty\">Nothing on your resume yet</span>";
        out += "</td></tr>\n";
    }
    out += "</tbody></table>\n";
}

void gap_scripts(const Playbook& doc, std::string& out) {
    heading(out, "Bridge scripts for your gaps");
    if (doc.gap_scripts.empty()) empty_note(out, "No gap needs a script for this job.");
    int n = 0;
    for (const auto& g : doc.gap_scripts) {
        out += "<div class=\"card\"><h4>" + std::to_string(++n) + ". " + html_escape(g.title) + "</h4>";
        if (const Requirement* r = find_requirement(doc, g.requirement))
            out += "<p class=\"muted\">For the requirement: " + fact_html(r->text) + "</p>";
        if (!rich_is_blank(g.why_probe)) {
            label(out, "Why they will probe");
            rich_para(out, g.why_probe);
        }
        label(out, "Your script");
        out += "<div class=\"pitch\">" +
               (rich_is_blank(g.script) ? fill_html("your honest answer") : rich_html(g.script)) + "</div>";
        if (!g.verify.empty()) {
            label(out, "Check before you use it");
            text_list(out, g.verify);
        }
        out += "</div>\n";
    }
}

void curveballs(const Playbook& doc, std::string& out) {
    heading(out, "Curveball questions");
    if (doc.curveballs.empty()) {
        empty_note(out, "No curveballs were prepared for this interview.");
        return;
    }
    for (const auto& c : doc.curveballs) {
        out += "<div class=\"card\"><p class=\"qtext\">\u201c" + html_escape(c.question) + "\u201d</p>";
        if (!rich_is_blank(c.why)) {
            label(out, "Why they ask");
            rich_para(out, c.why);
        }
        if (!c.framework.empty()) {
            label(out, "How to answer");
            text_list(out, c.framework);
        }
        if (!trim(c.warning).empty())
            out += "<div class=\"note\"><strong>Watch out:</strong> " + html_escape(c.warning) + "</div>";
        out += "</div>\n";
    }
}

}  // namespace

void questions(const Playbook& doc, std::string& out) {
    const auto& qs = doc.questions;
    std::string subtitle;
    if (!qs.empty())
        subtitle = "The " + count_noun(static_cast<long>(qs.size()), "question") +
                   " most likely to come up, what each is " +
                   "really testing, what a strong answer shows and what sinks one.";
    open_section(out, 6, subtitle);
    if (qs.empty()) {
        empty_note(out, "No likely questions yet.");
        close_section(out);
        return;
    }
    out += "<p>By type: " + html_escape(question_mix(qs)) +
           ". Answer each one out loud at least once; behavioral answers should use a story from section 5.</p>\n";
    for (size_t i = 0; i < qs.size(); ++i) question_card(doc, qs[i], static_cast<int>(i) + 1, out);
    close_section(out);
}

void scripts(const Playbook& doc, std::string& out) {
    open_section(out, 7);
    requirement_table(doc, out);
    gap_scripts(doc, out);
    heading(out, "When you do not know the answer");
    if (doc.recovery_steps.empty()) {
        empty_note(out, "Pause, say what you do know, reason out loud and tie it to something you have done.");
    } else {
        out += "<ol class=\"steps\">";
        for (const auto& step : doc.recovery_steps) out += "<li>" + html_escape(step) + "</li>";
        out += "</ol>\n";
    }
    curveballs(doc, out);
    close_section(out);
}

void questions_to_ask(const Playbook& doc, std::string& out) {
    open_section(out, 8);
    out +=
        "<p>Choose two or three for each conversation and ask them in your own words. Questions that build on "
        "something the interviewer just said beat any prepared list.</p>\n";
    for (const auto& group : ask_groups(doc)) {
        out += "<div class=\"card\"><h4>" + html_escape(group.heading) + "</h4><p class=\"muted\">" +
               html_escape(group.focus) + "</p>";
        if (group.items->empty()) out += "<p class=\"empty\">No questions prepared for this interviewer yet.</p>";
        for (const auto& item : *group.items) {
            out += "<div class=\"ask\"><div>";
            const std::string tag = ask_tag_label(item.tag);
            if (!tag.empty())
                out += "<span class=\"tag\">" + std::string(item.tag == "company" ? "\u2605 " : "\u25C6 ") +
                       html_escape(tag) + "</span>";
            out += "\u201c" + html_escape(item.text) + "\u201d</div>";
            if (!trim(item.why).empty()) out += "<p class=\"why\">Why ask it: " + html_escape(item.why) + "</p>";
            out += "</div>";
        }
        out += "</div>\n";
    }
    close_section(out);
}

}  // namespace ip::report
