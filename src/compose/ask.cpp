#include "compose/ask.h"

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bridge_script.h"
#include "compose/focus_values.h"
#include "compose/job_refs.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// Writes questions from parallel phrasing lists (`key` and `key`_why), never
// repeating a variant within the document while variants last.
class AskWriter {
public:
    AskWriter(ProseWriter& ph, Seed seed) : ph_(ph), seed_(std::move(seed)) {}

    // Appends one question from `key` whose slots can all be filled; false if none can.
    bool add(std::vector<AskItem>& out, const std::string& key, const std::string& tag, const SlotValues& slots) {
        const std::optional<size_t> i = ph_.next_fillable(key, seed_, slots);
        if (!i) return false;
        const auto& whys = ph_.variants(key + "_why");
        AskItem item;
        item.text = rich_to_plain(ph_.fill(ph_.variants(key)[*i], slots));
        if (*i < whys.size()) item.why = rich_to_plain(ph_.fill(whys[*i], slots));
        item.tag = tag;
        out.push_back(std::move(item));
        return true;
    }

private:
    ProseWriter& ph_;
    Seed seed_;
};

// A JD line to ask about, with the employer where the candidate did the closest work.
struct JdTopic {
    std::string phrase;
    std::string employer;
};

std::vector<JdTopic> jd_topics(const Knowledge& kb, const Analysis& a) {
    std::vector<JdTopic> out;
    for (const RequirementAssessment* r : work_lines(a)) {
        JdTopic t;
        t.phrase = rich_to_plain(spoken_work(kb, *r));  // as people say it, not the pasted line
        if (const BulletRef* b = r->best_bullet.empty() ? nullptr : a.bullet(r->best_bullet))
            if (!b->is_project) t.employer = b->employer;
        out.push_back(std::move(t));
    }
    return out;
}

SlotValues with(SlotValues base, const std::string& name, const std::string& value) {
    if (!value.empty()) base[name] = {value, SpanKind::Plain};
    return base;
}

}  // namespace

QuestionsToAsk write_questions_to_ask(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const bool known = !a.company->generic;
    AskWriter w(ph, seed_for(Purpose::QuestionsToAsk, {doc.candidate.name.value_or(""), company}));
    const SlotValues base{{"company", {company, SpanKind::Plain}},
                          {"team", {rich_to_plain(team_ref(kb, doc.job)), SpanKind::Plain}}};
    const auto values = focus_values(a);
    const auto topics = jd_topics(kb, a);
    auto value_at = [&](size_t i) { return values.empty() ? std::string() : values[i % values.size()].def->name; };
    auto topic_slots = [&](size_t i) {
        if (topics.empty()) return base;
        const JdTopic& t = topics[i % topics.size()];
        return with(with(base, "jd_phrase", t.phrase), "employer", t.employer);
    };
    QuestionsToAsk q;

    // Recruiter: the process, then how the company decides.
    w.add(q.recruiter, "ask_recruiter", "general", base);
    w.add(q.recruiter, "ask_recruiter", "general", base);
    if (known && !values_name(*a.company).empty())
        w.add(q.recruiter, "ask.recruiter_values", "company", with(base, "values", values_name(*a.company)));
    else w.add(q.recruiter, "ask.recruiter_company", "company", base);

    // Hiring manager: success, the company's values in practice, the JD's own work, the candidate's gap.
    w.add(q.hiring_manager, "ask_hiring_manager", "general", base);
    if (known) w.add(q.hiring_manager, "ask_company_value", "company", with(base, "value", value_at(0)));
    w.add(q.hiring_manager, "ask_role_jd", "role", topic_slots(0));
    for (const RequirementAssessment* gap : scripted_gaps(doc, a)) {
        const Requirement& r = *gap->requirement;
        if (r.competency == "values" || r.years || r.degree || r.competency == "education") continue;
        w.add(q.hiring_manager, "ask.hm_gap", "role", with(base, "gap", gap_noun(kb, *gap)));
        break;
    }

    // Peers: the day-to-day, how a value lives on the team, the work itself.
    w.add(q.peer, "ask_peer", "general", base);
    w.add(q.peer, "ask_peer", "general", base);
    if (known) w.add(q.peer, "ask.peer_value", "company", with(base, "value", value_at(1)));
    if (!topics.empty()) w.add(q.peer, "ask.peer_jd", "role", topic_slots(1));

    // Executives: direction, the company's values under tension, why this team matters.
    w.add(q.executive, "ask_executive", "general", base);
    if (known && values.size() >= 2)
        w.add(q.executive, "ask.exec_values", "company", with(with(base, "value", value_at(0)), "other", value_at(2)));
    else w.add(q.executive, "ask_executive", "general", base);
    w.add(q.executive, "ask.exec_team", "role", base);

    // The company's own interviewer, e.g. Amazon's Bar Raiser.
    if (known && !a.company->special_interviewer.empty()) {
        q.special_name = a.company->special_interviewer;
        const SlotValues special = with(base, "special", q.special_name);
        w.add(q.special, "ask_special", "company", special);
        w.add(q.special, "ask_special", "company", special);
        // The value the resume shows least is the one this interviewer will test hardest.
        std::string weak = value_at(3);
        for (const auto& v : values)
            if (v.in_job && !v.in_resume) {
                weak = v.def->name;
                break;
            }
        if (!weak.empty()) w.add(q.special, "ask.special_value", "company", with(special, "value", weak));
        if (!topics.empty())
            w.add(q.special, "ask.special_jd", "role", with(special, "jd_phrase", topics.front().phrase));
    }
    return q;
}

}  // namespace ip
