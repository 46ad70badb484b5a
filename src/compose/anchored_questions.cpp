#include "compose/anchored_questions.h"

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "compose/job_refs.h"
#include "compose/resume_voice.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// Fills a draft's rubric from `prefix`.ask|really|great|red|prep.<kind>.
void fill_rubric(const Knowledge& kb, ProseWriter& ph, const std::string& prefix, const std::string& kind,
                 const Seed& seed, const SlotValues& slots, QuestionDraft& q) {
    q.really_asking = ph.say(kind_key(kb, prefix + ".really", kind), seed, slots);
    q.great = ph.all(kind_key(kb, prefix + ".great", kind), slots);
    q.red_flags = ph.all(kind_key(kb, prefix + ".red", kind), slots);
    q.advice = ph.say(kind_key(kb, prefix + ".prep", kind), seed, slots);
}

}  // namespace

QuestionDraft resume_question(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Story& story,
                              const std::string& kind, QuestionCategory category, ProseWriter& ph) {
    const BulletRef& b = *a.bullet(story.anchor);
    const BulletParts parts = split_bullet(kb, *b.bullet);
    const std::string metric = strongest_metric(b);
    const Seed seed = seed_for(Purpose::ResumeQuestion, {b.bullet->id, kind});
    const SlotValues slots{
        {"metric", metric.empty() ? one_span("the result", SpanKind::Plain) : one_span(metric, SpanKind::Fact)},
        {"object",
         parts.object.empty() ? one_span("this work", SpanKind::Plain) : one_span(parts.object, SpanKind::Fact)},
        {"company", one_span(company_display_name(a, doc), SpanKind::Plain)}};

    QuestionDraft q;
    q.category = category;
    q.source = "resume";
    q.text = RichBuilder()
                 .append(you_achieved(kb, b, 220))  // the whole line: the clause that shows the theme may come last
                 .plain(". ")
                 .append(ph.say(kind_key(kb, "q.resume.ask", kind), seed, slots))
                 .build();
    fill_rubric(kb, ph, "q.resume", kind, seed, slots, q);
    q.themes = b.themes;
    q.themes.push_back(kind);
    q.story = story.id;
    return q;
}

QuestionDraft jd_design_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                 const RequirementAssessment& line, ProseWriter& ph) {
    const Seed seed = seed_for(Purpose::DesignQuestion, {line.requirement->id});
    const SlotValues slots{{"work", spoken_work(kb, line)},
                           {"team", team_ref(kb, doc.job)},
                           {"company", one_span(company_display_name(a, doc), SpanKind::Plain)}};
    QuestionDraft q;
    q.category = QuestionCategory::SystemDesign;
    q.source = "jd";
    // A PM or a designer designs the product, not the system behind it.
    const std::string prefix = software_register(kb, a.job_family) ? "q.jd.design" : "q.jd.product_design";
    q.text = ph.say(prefix + ".ask", seed, slots);
    fill_rubric(kb, ph, prefix, "", seed, slots, q);
    q.themes = line.themes;
    q.themes.push_back("scale");
    return q;
}

QuestionDraft jd_approach_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                   const RequirementAssessment& line, QuestionCategory category, ProseWriter& ph) {
    const Seed seed = seed_for(Purpose::ApproachQuestion, {line.requirement->id});
    const SlotValues slots{{"work", spoken_work(kb, line)},
                           {"team", team_ref(kb, doc.job)},
                           {"company", one_span(company_display_name(a, doc), SpanKind::Plain)}};
    QuestionDraft q;
    q.category = category;
    q.source = "jd";
    q.text = ph.say("q.jd.approach.ask", seed, slots);
    fill_rubric(kb, ph, "q.jd.approach", "", seed, slots, q);
    q.themes = line.themes;
    return q;
}

std::optional<QuestionDraft> jd_team_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                              QuestionCategory category, ProseWriter& ph) {
    const bool has_team = doc.job.team && !trim(*doc.job.team).empty();
    const bool has_about = doc.job.about && trim(*doc.job.about).size() >= 40;
    if (!has_team && !has_about) return std::nullopt;
    const Seed seed = seed_for(Purpose::TeamQuestion, {doc.job.team.value_or(""), doc.job.title.value_or("")});
    SlotValues slots{{"team", team_ref(kb, doc.job)},
                     {"company", one_span(company_display_name(a, doc), SpanKind::Plain)}};
    if (has_about) slots["about"] = one_span(excerpt(trim(*doc.job.about), 140), SpanKind::Fact);
    QuestionDraft q;
    q.category = category;
    q.source = "jd";
    q.text = ph.say(has_team ? "q.jd.team.ask" : "q.jd.about.ask", seed, slots);
    fill_rubric(kb, ph, "q.jd.team", "", seed, slots, q);
    q.themes = {"customer", "strategy", "learning"};
    return q;
}

}  // namespace ip
