#include "analyze/company_values.h"

#include <algorithm>

#include "analyze/text_match.h"
#include "core/text.h"

namespace ip {

const CompanyDef* resolve_company(const Knowledge& kb, const std::string& name) {
    if (!name.empty())
        if (const CompanyDef* c = kb.find_company(name)) return c;
    return &kb.generic_company();
}

std::vector<ValueAssessment> assess_values(const Knowledge& kb, const CompanyDef& company, const Playbook& doc,
                                           const Analysis& a) {
    (void)kb;
    std::string job_text;
    for (const auto& r : doc.job.requirements) job_text += to_lower(r.text) + "\n";
    if (doc.job.about) job_text += to_lower(*doc.job.about);
    std::string resume_text = to_lower(doc.candidate.summary.value_or(""));
    std::vector<std::string> lower_bullets;
    for (const auto& b : a.bullets) {
        lower_bullets.push_back(to_lower(b.bullet->text));
        resume_text += "\n" + lower_bullets.back();
    }

    std::vector<ValueAssessment> out;
    for (size_t i = 0; i < company.values.size(); ++i) {
        const ValueDef& v = company.values[i];
        ValueAssessment va;
        va.value = i;
        const std::string name = to_lower(v.name);
        va.named_in_job = matches_cue(job_text, name) || matches_any_cue(job_text, v.signals);
        va.named_in_resume = matches_cue(resume_text, name);
        // A bullet shows a value when it uses the value's own words or signals,
        // or shows one of the themes the value stands for.
        for (size_t bi = 0; bi < a.bullets.size(); ++bi) {
            const BulletRef& b = a.bullets[bi];
            const std::string& lower = lower_bullets[bi];
            bool shows = matches_cue(lower, name) || matches_any_cue(lower, v.signals);
            for (const auto& t : v.themes)
                if (std::find(b.themes.begin(), b.themes.end(), t) != b.themes.end()) shows = true;
            if (shows) va.bullets.push_back(b.bullet->id);
        }
        out.push_back(std::move(va));
    }
    return out;
}

std::vector<size_t> values_tested_by(const Knowledge& kb, const CompanyDef& company, const std::string& text,
                                     size_t limit) {
    const std::string lower = to_lower(text);
    const std::vector<std::string> themes = themes_in(kb, text);
    std::vector<std::pair<double, size_t>> scored;
    for (size_t i = 0; i < company.values.size(); ++i) {
        const ValueDef& v = company.values[i];
        double score = matches_cue(lower, to_lower(v.name)) ? 5.0 : 0.0;
        for (const auto& s : v.signals)
            if (matches_cue(lower, s)) score += 1.0;
        for (const auto& t : v.themes)
            if (std::find(themes.begin(), themes.end(), t) != themes.end()) score += 0.75;
        if (score > 0) scored.push_back({-score, i});  // negative: best first, ties by value order
    }
    std::sort(scored.begin(), scored.end());
    std::vector<size_t> out;
    for (size_t k = 0; k < scored.size() && out.size() < limit; ++k) out.push_back(scored[k].second);
    return out;
}

}  // namespace ip
