// Markdown sections 5 to 10: stories, questions, scripts, questions to ask,
// the handout and the cheat sheet.
#include "core/grammar.h"
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/handout_content.h"
#include "render/markdown_parts.h"
#include "render/markdown_text.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::markdown {

namespace {

void star_part(Writer& w, const char* name, const Rich& text, const char* prompt) {
    w.para("**" + std::string(name) + ".** " +
           (rich_is_blank(text) ? "[__" + std::string(prompt) + "__]" : rich_md(text)));
}

void story(const Playbook& doc, const Story& s, int number, Writer& w) {
    w.heading(3, std::to_string(number) + ". " + s.title);
    if (!s.values.empty()) {
        w.note("Shows: " + join_list(s.values));
    }
    const EvidenceRef anchor = describe_evidence(doc, s.anchor);
    if (!anchor.quote.empty())
        w.quote("From your resume: \u201c" + md_escape(anchor.quote) + "\u201d" +
                (anchor.where.empty() ? "" : " (" + md_escape(anchor.where) + ")"));
    if (!s.use_for.empty()) {
        w.label("Use it for");
        w.text_list(s.use_for);
    }
    star_part(w, "Situation", s.situation, "what was going on?");
    star_part(w, "Task", s.task, "what were you responsible for?");
    star_part(w, "Action", s.action, "what did you do, step by step?");
    star_part(w, "Result", s.result, "what changed, in numbers?");
    if (!s.checklist.empty()) {
        w.label("Before you tell it");
        std::vector<std::string> items;
        for (const auto& c : s.checklist) items.push_back("[ ] " + md_escape(c));
        w.list(items);
    }
    if (!s.follow_ups.empty()) {
        w.label("Likely follow-up questions");
        std::vector<std::string> items;
        for (const auto& f : s.follow_ups)
            items.push_back("**" + md_escape(f.question) + "**" +
                            (trim(f.hint).empty() ? "" : " \u2014 " + md_escape(f.hint)));
        w.list(items);
    }
}

void question(const Playbook& doc, const Question& q, int number, Writer& w) {
    w.heading(4, std::string("Q").append(std::to_string(number)).append(". ").append(question_label(q)));
    w.para("**" + rich_md(q.text) + "**");
    const std::string source = question_source_label(q.source);
    if (!source.empty()) w.note(source);
    if (!rich_is_blank(q.really_asking)) w.para("**What they are really asking:** " + rich_md(q.really_asking));
    if (!q.great.empty()) {
        w.label("What a great answer shows");
        w.rich_list(q.great);
    }
    if (!q.red_flags.empty()) {
        w.label("Red flags");
        w.rich_list(q.red_flags);
    }
    if (!rich_is_blank(q.prep)) w.para("**How to prepare:** " + rich_md(q.prep));
    if (q.story)
        if (const Story* s = find_story(doc, *q.story))
            w.para("Your story for this: Story " + std::to_string(story_number(doc, s->id)) + ", " +
                   md_escape(s->title));
    if (!trim(q.practice_prompt).empty()) w.para("**Practice prompt:** " + md_escape(q.practice_prompt));
}

}  // namespace

void stories_and_questions(const Playbook& doc, Writer& w) {
    w.section(5);
    w.para(
        "Each story rests on a line from your resume. The _italic_ parts are a best guess at what happened: "
        "correct anything that is wrong. The [__bracketed prompts__] are details only you know. Aim to tell each "
        "story in two to three minutes.");
    if (doc.stories.empty()) w.note("No stories yet: they are built from resume lines with a clear action and result.");
    for (size_t i = 0; i < doc.stories.size(); ++i) story(doc, doc.stories[i], static_cast<int>(i) + 1, w);
    if (!doc.story_template.steps.empty()) {
        w.heading(3, "Build your own story");
        w.para(
            "For an experience your resume does not show yet. Start from something you can prove, then work "
            "through the steps.");
        if (!doc.story_template.values.empty()) {
            std::vector<std::string> values;
            for (const auto& v : doc.story_template.values) values.push_back(md_escape(v));
            w.para("**Values to aim at:** " + join(values, ", "));
        }
        std::vector<std::string> steps;
        for (const auto& s : doc.story_template.steps) steps.push_back(md_escape(s));
        w.list(steps, true);
    }

    w.section(6);
    if (doc.questions.empty()) w.note("No likely questions yet.");
    for (size_t i = 0; i < doc.questions.size(); ++i) question(doc, doc.questions[i], static_cast<int>(i) + 1, w);
}

void scripts_and_asks(const Playbook& doc, Writer& w) {
    w.section(7);
    w.heading(3, "Your requirement check");
    if (doc.fit.requirements.empty()) {
        w.note("No requirements were found in the job description.");
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& rf : doc.fit.requirements) {
            const Requirement* r = find_requirement(doc, rf.id);
            std::vector<std::string> evidence;
            for (const auto& id : rf.evidence) {
                const EvidenceRef ref = describe_evidence(doc, id);
                if (!ref.quote.empty()) evidence.push_back("\u201c" + md_escape(ref.quote) + "\u201d");
                else if (!ref.where.empty()) evidence.push_back(md_escape(ref.where));
            }
            std::string cell = join(evidence, "; ");
            if (!rich_is_blank(rf.note)) cell.append(cell.empty() ? "" : " \u2014 ").append(rich_md(rf.note));
            rows.push_back({r ? md_escape(r->text) : md_escape("Requirement " + rf.id),
                            std::string(requirement_status_mark(rf.status)) + " " + requirement_status_label(rf.status),
                            cell});
        }
        w.table({"Requirement", "Status", "Your evidence"}, rows);
    }
    w.heading(3, "Bridge scripts for your gaps");
    if (doc.gap_scripts.empty()) w.note("No gap needs a script for this job.");
    for (const auto& g : doc.gap_scripts) {
        w.heading(4, g.title);
        if (const Requirement* r = find_requirement(doc, g.requirement))
            w.para("For the requirement: \u201c" + md_escape(r->text) + "\u201d");
        if (!rich_is_blank(g.why_probe)) w.para("**Why they will probe:** " + rich_md(g.why_probe));
        w.quote(rich_is_blank(g.script) ? "[__your honest answer__]" : rich_md(g.script));
        if (!g.verify.empty()) {
            w.label("Check before you use it");
            w.text_list(g.verify);
        }
    }
    w.heading(3, "When you do not know the answer");
    if (doc.recovery_steps.empty()) {
        w.para("Pause, say what you do know, reason out loud and tie it to something you have done.");
    } else {
        std::vector<std::string> steps;
        for (const auto& s : doc.recovery_steps) steps.push_back(md_escape(s));
        w.list(steps, true);
    }
    w.heading(3, "Curveball questions");
    if (doc.curveballs.empty()) w.note("No curveballs were prepared for this interview.");
    for (const auto& c : doc.curveballs) {
        w.heading(4, "\u201c" + c.question + "\u201d");
        if (!rich_is_blank(c.why)) w.para("**Why they ask:** " + rich_md(c.why));
        if (!c.framework.empty()) {
            w.label("How to answer");
            w.text_list(c.framework);
        }
        if (!trim(c.warning).empty()) w.para("**Watch out:** " + md_escape(c.warning));
    }

    w.section(8);
    w.para("Choose two or three for each conversation and ask them in your own words.");
    for (const auto& group : ask_groups(doc)) {
        w.heading(3, group.heading);
        w.note(group.focus);
        if (group.items->empty()) w.note("No questions prepared for this interviewer yet.");
        std::vector<std::string> items;
        for (const auto& item : *group.items) {
            const std::string tag = ask_tag_label(item.tag);
            // Bold, not italic: italic marks drafts.
            std::string line = (tag.empty() ? "" : "**" + tag + ":** ") + "\u201c" + md_escape(item.text) + "\u201d";
            if (!trim(item.why).empty()) line += " \u2014 " + md_escape(item.why);
            items.push_back(line);
        }
        w.list(items);
    }
}

void handout_and_cheat(const Playbook& doc, Writer& w) {
    const HandoutContent h = handout_content(doc);
    w.section(9);
    w.heading(3, rich_to_plain(h.name));
    if (!h.contact.empty()) w.para(md_escape(h.contact));
    w.para("**" + md_escape(h.plan_title) + "**");
    w.rich(h.pitch);
    for (const auto& col : h.columns) {
        w.heading(4, std::string(col.labels->days) + ": " + col.labels->theme);
        w.label(col.labels->focus);
        w.rich_list(col.focus);
        if (!col.second.empty()) {
            w.label(col.labels->second);
            w.rich_list(col.second);
        }
        w.label("Milestone");
        w.rich_list(col.milestone);
    }
    if (!h.selling_points.empty()) {
        w.label("What I bring");
        w.rich_list(h.selling_points);
    }
    if (!h.stories.empty()) {
        w.label("Ask me about");
        std::vector<std::string> items;
        for (const auto& s : h.stories)
            items.push_back("**" + md_escape(s.title) + "**" +
                            (s.question.empty() ? "" : " \u2014 " + md_escape(s.question)));
        w.list(items, true);
    }

    const CheatSheet& c = doc.cheat_sheet;
    w.section(10);
    w.label("Your pitch");
    const Rich& pitch = rich_is_blank(c.pitch) ? doc.pitch.thirty_second : c.pitch;
    if (rich_is_blank(pitch)) w.para("[__your pitch in three sentences__]");
    else w.rich(pitch);
    w.label("Story bank");
    std::vector<std::string> bank;
    for (const auto& entry : c.story_bank)
        if (const Story* s = find_story(doc, entry.story))
            bank.push_back("**" + md_escape(s->title) + "**" +
                           (trim(entry.question).empty() ? "" : " \u2192 " + md_escape(entry.question)));
    if (bank.empty()) w.note("No stories yet.");
    w.list(bank, true);
    w.label("Your top selling points");
    if (c.selling_points.empty()) w.note("None yet.");
    w.rich_list(c.selling_points);
    w.label("If they ask about your gap");
    if (rich_is_blank(c.gap_answer)) w.para("[__your honest one-line answer__]");
    else w.rich(c.gap_answer);
    w.label("Know about " + company_name(doc));
    if (c.company_facts.empty()) w.note("Look up the company\u2019s values and recent news.");
    w.rich_list(c.company_facts);
    if (!c.curveball.empty()) {
        w.label("If a curveball comes");
        w.text_list(c.curveball);
    }
    w.label("Questions to ask");
    if (c.questions_to_ask.empty()) w.note("Pick two from section 8.");
    w.text_list(c.questions_to_ask);
    if (!c.remember.empty()) {
        w.label("Remember");
        w.text_list(c.remember);
    }
}

}  // namespace ip::markdown
