#include "analyze/company_profile.h"

#include "analyze/prose_parts.h"

namespace ip {

namespace {

std::vector<Rich> as_rich(const std::vector<std::string>& lines) {
    std::vector<Rich> out;
    for (const auto& l : lines) out.push_back({{l, SpanKind::Plain}});
    return out;
}

}  // namespace

CompanyProfile company_profile(const Playbook& doc, const Analysis& a) {
    const CompanyDef& c = *a.company;
    CompanyProfile p;
    p.name = company_display_name(a, doc);
    p.known = !c.generic;
    for (const auto& v : a.values) {
        const ValueDef& def = c.values[v.value];
        p.values.push_back({def.name, def.description, v.named_in_job});
    }
    p.process = as_rich(c.process);
    p.culture = as_rich(c.culture);
    p.unique = as_rich(c.unique);
    // The level this JD hires at first, then the others for context.
    auto it = c.success.find(std::string(name_of(a.job_level)));
    if (it != c.success.end()) p.success.push_back({{it->second, SpanKind::Plain}});
    return p;
}

}  // namespace ip
