// Markdown sections 1 to 4: prep paths, fit, what they want, the pitches.
#include <algorithm>

#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/markdown_parts.h"
#include "render/markdown_text.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::markdown {

namespace {

std::string score_text(int v) { return std::to_string(std::clamp(v, 0, 100)) + " / 100"; }

std::vector<std::string> evidence_items(const Playbook& doc, const std::vector<std::string>& ids) {
    std::vector<std::string> items;
    for (const auto& id : ids) {
        const EvidenceRef ref = describe_evidence(doc, id);
        if (ref.quote.empty() && ref.where.empty()) continue;
        if (ref.quote.empty()) items.push_back(md_escape(ref.where));
        else items.push_back("\u201c" + md_escape(ref.quote) + "\u201d (" + md_escape(ref.where) + ")");
    }
    return items;
}

void rich_or_note(Writer& w, const Rich& r, const std::string& note) {
    if (rich_is_blank(r)) w.note(note);
    else w.rich(r);
}

}  // namespace

void prep_and_fit(const Playbook& doc, Writer& w) {
    const Fit& fit = doc.fit;
    w.section(1);
    w.heading(3, "Your quick assessment");
    rich_or_note(w, fit.summary,
                 "The assessment appears once both your resume and the job description have been read.");
    if (!fit.label.empty() || !fit.requirements.empty() || fit.score > 0)
        w.para("Fit score: **" + score_text(fit.score) + "**" +
               (fit.label.empty() ? "" : " \u2014 " + md_escape(fit.label)) +
               ". Section 2 shows how it was worked out.");
    std::vector<std::string> first;
    for (const auto& r : fit.risks)
        if (r.serious) first.push_back("**" + md_escape(r.title) + "** \u2014 " + rich_md(r.facts));
    if (!first.empty()) {
        w.label(kRisksFirstLabel);
        w.list(first);
    }
    w.label("If you have 30 minutes");
    std::vector<std::string> steps;
    for (const auto& s : fit.path_30_minutes.empty() ? default_path_30_minutes() : fit.path_30_minutes)
        steps.push_back(md_escape(s));
    w.list(steps, true);
    w.label("If you have two hours");
    steps.clear();
    for (const auto& s : fit.path_2_hours.empty() ? default_path_2_hours() : fit.path_2_hours)
        steps.push_back(md_escape(s));
    w.list(steps, true);

    w.section(2);
    if (!fit.label.empty() || !fit.requirements.empty() || fit.score > 0) {
        w.para("**Fit score: " + score_text(fit.score) + "**" +
               (fit.label.empty() ? "" : " \u2014 " + md_escape(fit.label)));
        const std::pair<const char*, std::pair<int, const Rich*>> bars[] = {
            {"Skills", {fit.subscores.skills, &fit.rationale.skills}},
            {"Experience", {fit.subscores.experience, &fit.rationale.experience}},
            {"Culture and values", {fit.subscores.culture, &fit.rationale.culture}}};
        std::vector<std::string> items;
        for (const auto& [name, v] : bars) {
            std::string item = "**" + std::string(name) + ": " + score_text(v.first) + "**";
            if (!rich_is_blank(*v.second)) item += " \u2014 " + rich_md(*v.second);
            items.push_back(item);
        }
        w.list(items);
    } else {
        w.note("There is no fit assessment yet: it needs both a resume and a job description.");
    }
    w.heading(3, "Your strengths");
    if (fit.strengths.empty()) w.note("No clear strengths were found yet.");
    for (const auto& s : fit.strengths) {
        w.heading(4, s.title);
        w.rich(s.body);
        const auto ev = evidence_items(doc, s.evidence);
        if (!ev.empty()) {
            w.label("Evidence");
            w.list(ev);
        }
    }
    w.heading(3, "Gaps to address");
    if (fit.gaps.empty()) w.note("No gaps stand out against this job description.");
    for (const auto& g : fit.gaps) {
        w.heading(4, g.title);
        w.rich(g.body);
        if (const Requirement* r = find_requirement(doc, g.requirement))
            w.para("Requirement: \u201c" + md_escape(r->text) + "\u201d");
    }
    if (!fit.to_settle.empty()) {
        w.heading(3, kSettleHeading);
        w.note(kSettleIntro);
        for (const auto& item : fit.to_settle) {
            std::vector<std::string> quoted;
            for (const auto& line : item.lines) quoted.push_back("\u201c" + md_escape(line) + "\u201d");
            w.label(settle_topic_label(item.topic));
            if (!quoted.empty()) w.list(quoted);
            w.rich(item.say);
        }
    }
    if (!fit.risks.empty()) {
        w.heading(3, kRisksHeading);
        w.note(kRisksIntro);
        for (const auto& r : fit.risks) {
            w.heading(4, r.title);
            w.rich(r.facts);
            w.label(kRiskScriptLabel);
            w.rich(r.script);
        }
    }
    w.heading(3, "Your prep priority");
    rich_or_note(w, fit.priority, "Start with the gaps above, then rehearse your stories in section 5.");
}

void company_and_story(const Playbook& doc, Writer& w) {
    w.section(3);
    w.heading(3, "Reading between the lines");
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : doc.decode) {
        const Requirement* r = find_requirement(doc, row.said);
        if (!r && rich_is_blank(row.means)) continue;
        rows.push_back({r ? "\u201c" + md_escape(r->text) + "\u201d" : std::string("Not in the posting"),
                        rich_md(row.means),
                        rich_is_blank(row.demonstrate) ? "[__how will you show this?__]" : rich_md(row.demonstrate)});
    }
    if (!trim(doc.job.about.value_or("")).empty())
        w.para("**What the posting says about the team:** \u201c" + md_escape(*doc.job.about) + "\u201d");
    if (rows.empty()) w.note("The job description had no lines worth decoding.");
    else w.table({"What they wrote", "What they mean", "How to show it"}, rows);

    const CompanyProfile& c = doc.company;
    const std::string name = company_name(doc);
    w.heading(3, c.known ? name + " at a glance" : "What to expect from " + name);
    if (!c.known)
        w.quote("**Generic profile.** There is no researched profile for " + md_escape(name) +
                " yet, so this section describes how most employers hire for this kind of role. Check the "
                "company\u2019s own careers pages for its stated values and interview process.");
    if (!c.values.empty()) {
        w.label("Values (\u2605 marks the ones that matter most for this role)");
        std::vector<std::string> items;
        for (const auto& v : c.values) {
            std::string item = (v.focus ? "\u2605 **" : "**") + md_escape(v.name) + "**";
            if (!trim(v.description).empty()) item += " \u2014 " + md_escape(v.description);
            items.push_back(item);
        }
        w.list(items);
    }
    const std::pair<const char*, const std::vector<Rich>*> parts[] = {
        {"Interview process", &c.process},
        {"What makes this interview different", &c.unique},
        {"Culture", &c.culture},
        {"What success looks like", &c.success}};
    for (const auto& [title, items] : parts) {
        if (items->empty()) continue;
        w.label(title);
        w.rich_list(*items);
    }
    w.heading(3, "Hidden priorities");
    if (doc.hidden_priorities.empty()) w.note("Nothing in the posting points beyond what it says outright.");
    int n = 0;
    for (const auto& h : doc.hidden_priorities) {
        w.heading(4, std::to_string(++n) + ". " + h.title);
        if (h.source == "jd") w.note("From the job description");
        else if (h.source == "company") w.note("From company research");
        w.rich(h.body);
    }
    w.heading(3, "Mistakes to avoid");
    if (doc.mistakes.empty()) w.note("No specific pitfalls were found for this interview.");
    for (const auto& m : doc.mistakes) {
        w.heading(4, m.title);
        w.rich(m.body);
    }

    const Pitch& p = doc.pitch;
    w.section(4);
    w.heading(3, "Your 30-second pitch");
    if (rich_is_blank(p.thirty_second)) {
        w.note("No pitch yet: it needs at least one role from your resume.");
    } else {
        w.quote(rich_md(p.thirty_second));
        w.note(speaking_time(p.thirty_second) + " when spoken.");
    }
    w.heading(3, "Your 2-minute pitch");
    std::vector<std::string> beats;
    const std::pair<const char*, const Rich*> beat_parts[] = {{"Past", &p.two_minute.past},
                                                              {"Present", &p.two_minute.present},
                                                              {"Pivot", &p.two_minute.pivot},
                                                              {"Future", &p.two_minute.future}};
    for (const auto& [beat, text] : beat_parts)
        if (!rich_is_blank(*text)) beats.push_back("**" + std::string(beat) + ":** " + rich_md(*text));
    if (beats.empty()) w.note("No 2-minute pitch yet.");
    else w.list(beats);
    w.heading(3, "\u201cWhy this company?\u201d");
    if (rich_is_blank(p.why_company)) w.para("[__why this company, in your own words?__]");
    else w.rich(p.why_company);
    w.heading(3, "\u201cWhy this role?\u201d");
    if (rich_is_blank(p.why_role)) w.para("[__why this role, in your own words?__]");
    else w.rich(p.why_role);
    if (!p.tips.empty()) {
        w.heading(3, "Delivery tips");
        w.text_list(p.tips);
    }
}

}  // namespace ip::markdown
