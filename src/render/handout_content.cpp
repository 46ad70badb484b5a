#include "render/handout_content.h"

#include "core/text.h"
#include "render/doc_lookup.h"

namespace ip {

namespace {

std::string contact_line(const Candidate& c) {
    std::vector<std::string> parts;
    auto add = [&](const OptString& s) {
        if (s && !trim(*s).empty()) parts.push_back(trim(*s));
    };
    add(c.headline);
    add(c.contact.location);
    add(c.contact.email);
    add(c.contact.phone);
    for (const auto& link : c.contact.links)
        if (!trim(link).empty()) parts.push_back(trim(link));
    return join(parts, " \u00B7 ");
}

std::string plan_title(const Playbook& doc) {
    const std::string title = trim(doc.job.title.value_or(""));
    const std::string company = trim(doc.job.company.value_or(doc.company.name));
    std::string s = "My first 90 days";
    if (!title.empty()) s += " as " + title;
    if (!company.empty()) s += " at " + company;
    return s;
}

std::vector<Rich> non_empty(const std::vector<Rich>& items) {
    std::vector<Rich> out;
    for (const auto& r : items)
        if (!trim(rich_to_plain(r)).empty()) out.push_back(r);
    return out;
}

}  // namespace

HandoutContent handout_content(const Playbook& doc) {
    HandoutContent h;
    const std::string name = trim(doc.candidate.name.value_or(""));
    h.name = name.empty() ? RichBuilder().fill("your name").build() : RichBuilder().plain(name).build();
    h.contact = contact_line(doc.candidate);
    h.plan_title = plan_title(doc);
    h.pitch = trim(rich_to_plain(doc.pitch.thirty_second)).empty() ? doc.cheat_sheet.pitch : doc.pitch.thirty_second;
    if (trim(rich_to_plain(h.pitch)).empty()) h.pitch.clear();

    const PlanPhase* phases[3] = {&doc.plan.days_30, &doc.plan.days_60, &doc.plan.days_90};
    for (int i = 0; i < 3; ++i) {
        HandoutColumn& col = h.columns[i];
        col.labels = &plan_phase_labels()[i];
        col.focus = non_empty(phases[i]->focus);
        if (col.focus.empty()) col.focus.push_back(RichBuilder().fill(col.labels->focus_prompt).build());
        col.second = non_empty(plan_phase_second(*phases[i], i));
        col.milestone = non_empty(phases[i]->milestone);
        if (col.milestone.empty())
            col.milestone.push_back(
                RichBuilder().fill("what will be true by day " + std::to_string(30 * (i + 1)) + "?").build());
    }

    h.selling_points = non_empty(doc.cheat_sheet.selling_points);
    if (h.selling_points.empty())
        for (const auto& s : doc.fit.strengths)
            if (!trim(s.title).empty()) h.selling_points.push_back(RichBuilder().plain(s.title).build());

    for (const auto& entry : doc.cheat_sheet.story_bank)
        if (const Story* s = find_story(doc, entry.story); s && !trim(s->title).empty())
            h.stories.push_back({s->title, entry.question});
    if (h.stories.empty())
        for (const auto& s : doc.stories)
            if (!trim(s.title).empty()) h.stories.push_back({s.title, s.use_for.empty() ? "" : s.use_for[0]});
    return h;
}

}  // namespace ip
