#include "compose/job_refs.h"

#include <algorithm>

#include "analyze/quote.h"
#include "compose/resume_voice.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"
#include "knowledge/word_lists.h"

namespace ip {

Rich team_ref(const Knowledge& kb, const Job& job) {
    const std::string team = job.team ? trim(*job.team) : std::string();
    if (team.empty()) return {{"the team", SpanKind::Plain}};
    RichBuilder r;
    const std::string lower = to_lower(team);
    if (starts_with(lower, "the ")) r.fact(team);
    else r.plain("the ").fact(team);
    // A name that already says what it is ("Payments Platform Team") needs no suffix.
    bool named_unit = false;
    for (const std::string& unit : kb.words.list(WordList::TeamUnits))
        if (ends_with(lower, " " + unit) || lower == unit) named_unit = true;
    if (!named_unit) r.plain(" team");
    return r.build();
}

std::vector<const RequirementAssessment*> work_lines(const Analysis& a, const std::set<std::string>& skip) {
    std::vector<const RequirementAssessment*> out;
    for (const RequirementKind kind : {RequirementKind::Responsibility, RequirementKind::Required})
        for (const auto& r : a.requirements) {
            const Requirement& req = *r.requirement;
            if (req.kind != kind || skip.count(req.id)) continue;
            if (req.years || req.degree || req.competency == "education") continue;
            if (req.text.size() < 25) continue;  // too short to quote as a task
            out.push_back(&r);
        }
    return out;
}

namespace {

// "maintain", "assesses", "partnering", "led": a verb in any of the forms a JD line opens with.
bool any_verb_form(const Knowledge& kb, const std::string& lower) {
    if (kb.verb(lower) || kb.verb_other_form(lower)) return true;
    for (const char* ending : {"es", "s"}) {
        const std::string e = ending;
        if (lower.size() > e.size() + 2 && ends_with(lower, e) &&
            kb.verb_other_form(lower.substr(0, lower.size() - e.size())))
            return true;
    }
    return false;
}

}  // namespace

Rich spoken_work(const Knowledge& kb, const RequirementAssessment& ra) {
    const Rich topic = one_span(trim_dangling(kb, requirement_topic(kb, ra)), SpanKind::Plain);
    const std::string line = strip_trailing_period(ra.requirement->text);
    // Past the lead verbs: "Design, build, and maintain ", "Serves as ".
    size_t at = 0, last_verb = 0;
    bool verbs = false, as_role = false;
    while (at < line.size()) {
        const size_t end = std::min(line.find(' ', at), line.size());
        std::string word = to_lower(line.substr(at, end - at));
        while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.pop_back();
        const bool role = verbs && word == "as";  // "Serves as charge nurse": the object is a role
        const bool joiner = word == "and" || word == "or" || word == "&" || role;
        if (!joiner && !any_verb_form(kb, word)) {
            // "... evaluates care for patients": a preposition here means the last "verb" was the noun.
            if (kb.words.has(WordList::ObjectPrepositions, word) && verbs && !as_role) at = last_verb;
            break;
        }
        if (!joiner) last_verb = at;
        verbs = verbs || !joiner;
        as_role = as_role || role;
        at = end + 1;
    }
    if (!verbs || at >= line.size()) return topic;
    std::string object = line.substr(at);
    // Up to the first clause that only qualifies the work, or a second task ("... and mentor junior engineers").
    size_t cut = object.size();
    for (const char* stop : {",", ";", ":", " ("}) cut = std::min(cut, object.find(stop));
    for (const std::string& stop : kb.words.list(WordList::WorkObjectStops)) cut = std::min(cut, object.find(stop));
    for (size_t and_at = object.find(" and "); and_at != std::string::npos && and_at < cut;
         and_at = object.find(" and ", and_at + 1)) {
        const size_t next = and_at + 5;
        const std::string next_word = to_lower(object.substr(next, object.find(' ', next) - next));
        if (any_verb_form(kb, next_word)) cut = and_at;
    }
    object = trim_dangling(kb, trim(object.substr(0, cut)));
    const size_t words = split(object, ' ').size();
    if (object.empty() || words < 2 || words > 7) return topic;  // longer reads as a pasted line
    RichBuilder b;
    if (as_role) b.plain("work as ");
    return b.fact(object).build();
}

bool shows_theme(const RequirementAssessment& r, std::initializer_list<const char*> themes) {
    for (const char* t : themes)
        if (std::find(r.themes.begin(), r.themes.end(), t) != r.themes.end()) return true;
    return false;
}

}  // namespace ip
