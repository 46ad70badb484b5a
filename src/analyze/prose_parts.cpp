#include "analyze/prose_parts.h"

#include <algorithm>

#include "analyze/company_values.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/text.h"

namespace ip {

Span bullet_fact(const BulletRef& b, size_t max_chars) { return {excerpt(b.bullet->text, max_chars), SpanKind::Fact}; }

Rich you_did(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const std::string text = excerpt(b.bullet->text, max_chars);
    RichBuilder r;
    const std::string verb = leading_word(text);
    if (kb.verb(verb)) {
        const size_t cut = text.find(' ');
        r.plain("you " + verb);
        if (cut != std::string::npos) r.fact(text.substr(cut));
    } else {
        r.plain("your resume says \"").fact(text).plain("\"");
    }
    return r.build();
}

std::string lead_metric(const Bullet& b) {
    // Prefer deltas and percentages, then scale numbers.
    static const char* order[] = {"time_delta", "percent", "money", "multiplier", "throughput", "users",
                                  "count",      "uptime",  "latency", "team_size", "duration"};
    for (const char* kind : order)
        for (const auto& m : b.metrics)
            if (m.kind == kind) return m.text;
    return b.metrics.empty() ? std::string() : b.metrics.front().text;
}

std::string company_display_name(const Analysis& a, const Playbook& doc) {
    if (!a.company->generic) return a.company->name;
    if (doc.job.company && !doc.job.company->empty()) return *doc.job.company;
    return "the company";
}

const ValueDef* value_for_text(const Knowledge& kb, const Analysis& a, const std::string& text) {
    const auto idx = values_tested_by(kb, *a.company, text, 1);
    return idx.empty() ? nullptr : &a.company->values[idx.front()];
}

std::string main_theme(const RequirementAssessment& ra, const BulletRef* b) {
    // Themes both sides share say most; the requirement's own come next.
    static const char* preference[] = {"scale",      "mentoring", "leadership", "operations", "customer",
                                       "influence",  "ownership", "data",       "quality",    "safety",
                                       "craft",      "collaboration", "communication", "strategy", "growth",
                                       "innovation", "simplify",  "dive_deep",  "results"};
    auto has = [](const std::vector<std::string>& v, const char* t) {
        return std::find(v.begin(), v.end(), t) != v.end();
    };
    if (b)
        for (const char* t : preference)
            if (has(ra.themes, t) && has(b->themes, t)) return t;
    for (const char* t : preference)
        if (has(ra.themes, t)) return t;
    return "results";
}

std::string theme_probe(const Knowledge& kb, const std::string& theme) {
    const ThemeDef* t = kb.theme(theme);
    return t ? capitalize_first(t->probe) : std::string();
}

}  // namespace ip
