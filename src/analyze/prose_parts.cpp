#include "analyze/prose_parts.h"

#include <algorithm>

#include "analyze/company_values.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/text.h"

namespace ip {

Span bullet_fact(const BulletRef& b, size_t max_chars) { return {excerpt(b.bullet->text, max_chars), SpanKind::Fact}; }

std::string lead_metric(const Bullet& b, const std::string& theme) {
    using enum MetricKind;
    static constexpr MetricKind impact_order[] = {TimeDelta, Percent, Money,   Multiplier, Throughput, Users,
                                                  Count,     Uptime,  Latency, TeamSize,   Duration};
    static constexpr MetricKind scale_order[] = {Throughput, Users,  Count,   Money,    Multiplier, Percent,
                                                 TimeDelta,  Uptime, Latency, TeamSize, Duration};
    const bool scale = theme == "scale";
    for (size_t i = 0; i < std::size(impact_order); ++i)
        for (const auto& m : b.metrics)
            if (m.kind == (scale ? scale_order[i] : impact_order[i])) return m.text;
    return b.metrics.empty() ? std::string() : b.metrics.front().text;
}

Span display_name(const Candidate& c) {
    const std::string name = c.name.value_or("");
    bool has_lower = false;
    for (char ch : name)
        if (ch >= 'a' && ch <= 'z') has_lower = true;
    if (has_lower || name.empty()) return {name, SpanKind::Fact};
    std::string out = name;
    bool word_start = true;
    for (char& ch : out) {
        if (ch >= 'A' && ch <= 'Z' && !word_start) ch = static_cast<char>(ch - 'A' + 'a');
        word_start = ch == ' ' || ch == '-' || ch == '\'';
    }
    return {out, SpanKind::Plain};
}

std::string company_display_name(const Analysis& a, const Playbook& doc) {
    if (!a.company->generic) return a.company->name;
    if (doc.job.company && !doc.job.company->empty()) return *doc.job.company;
    return a.company->name;  // the generic profile's: "the company" (assets/companies/generic.json)
}

const ValueDef* value_for_text(const Knowledge& kb, const Analysis& a, const std::string& text) {
    const auto idx = values_tested_by(kb, *a.company, text, 1);
    return idx.empty() ? nullptr : &a.company->values[idx.front()];
}

std::string main_theme(const RequirementAssessment& ra, const BulletRef* b) {
    // Themes both sides share say most; the requirement's own come next.
    static const char* preference[] = {"scale",      "mentoring",     "leadership",    "operations", "customer",
                                       "influence",  "ownership",     "data",          "quality",    "safety",
                                       "craft",      "collaboration", "communication", "strategy",   "growth",
                                       "innovation", "simplify",      "dive_deep",     "results"};
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

bool software_register(const Knowledge& kb, const RoleFamily* family) {
    return family && std::find(kb.software_families.begin(), kb.software_families.end(), family->id) !=
                         kb.software_families.end();
}

std::string theme_probe(const Knowledge& kb, const std::string& theme, const RoleFamily* family) {
    const ThemeDef* t = kb.theme(theme);
    if (!t) return {};
    const bool field = !software_register(kb, family) && !t->field_probe.empty();
    return capitalize_first(field ? t->field_probe : t->probe);
}

}  // namespace ip
