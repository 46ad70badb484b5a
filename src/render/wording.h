// The words the exporters add around the document: section titles, labels,
// counts and lists. Shared by the HTML report, the handout and the Markdown
// export so every view says the same thing the same way.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip {

struct SectionInfo {
    int number;
    const char* anchor;    // HTML id, "s1".."s10"
    const char* title;     // "Where you stand"
    const char* subtitle;  // one sentence under the title
    const char* blurb;     // what the reader gets, for the contents table
};
const std::array<SectionInfo, 10>& report_sections();
const SectionInfo& report_section(int number);

const char* question_category_label(QuestionCategory category);  // "System design"
// A question's tag: the field's interview round when it has one ("Demo lesson"), else its category's label.
std::string question_label(const Question& q);
const char* question_source_label(const std::string& source);    // "From the job description"
const char* requirement_status_label(RequirementStatus status);  // "Covered", "Partial", "Gap"
const char* requirement_status_mark(RequirementStatus status);   // ✓ ◐ ✗ (shape, not colour)
const char* requirement_kind_label(RequirementKind kind);        // "Required"
const char* ask_tag_label(const std::string& tag);               // "Company-specific"; "" for general
const char* settle_topic_label(LogisticsTopic topic);            // "Schedule", "Pay"
// The fit section's "Things to settle" heading and the line under it.
extern const char* const kSettleHeading;
extern const char* const kSettleIntro;
// The candidacy risks' heading in section 2, its note, the label of the serious
// ones in section 1 (before the prep paths) and of each script.
extern const char* const kRisksHeading;
extern const char* const kRisksIntro;
extern const char* const kRisksFirstLabel;
extern const char* const kRiskScriptLabel;

// "2026-05-04" -> "May 4, 2026"; anything else is returned unchanged.
std::string long_date(const std::string& iso);
// "Staff Data Engineer at Lumora Health", "Staff Data Engineer", "a role at
// Lumora Health" or "this role".
std::string role_phrase(const Playbook& doc);
// The company's name as the document knows it, or "the company".
std::string company_name(const Playbook& doc);
// "About 45 seconds" for the spoken length of a pitch (150 words a minute).
std::string speaking_time(const Rich& text);

// Prep routes for when the document has none of its own.
std::vector<std::string> default_path_30_minutes();
std::vector<std::string> default_path_2_hours();

// One interviewer group of questions_to_ask, in report order.
struct AskGroup {
    std::string heading;  // "For the hiring manager"
    std::string focus;    // what this interviewer cares about
    const std::vector<AskItem>* items;
};
// Recruiter, hiring manager, peers, executives, then the company's special
// interviewer (only when it has questions).
std::vector<AskGroup> ask_groups(const Playbook& doc);

// Labels of the three plan phases, used by the handout in every format.
struct PlanPhaseLabels {
    const char* days;          // "Days 1–30"
    const char* theme;         // "Learn"
    const char* focus;         // heading over `focus`
    const char* second;        // heading over the phase's second list
    const char* focus_prompt;  // fill-in prompt when `focus` is empty
};
const std::array<PlanPhaseLabels, 3>& plan_phase_labels();
// The phase's second list: background_helps, excited_to_learn or diagnose_first.
const std::vector<Rich>& plan_phase_second(const PlanPhase& phase, int index);

}  // namespace ip
