#include "compose/curveballs.h"

#include <algorithm>

#include "core/seed.h"

namespace ip {

std::vector<Curveball> pick_curveballs(const Knowledge& kb, const Playbook& doc, const Analysis& a, size_t count) {
    const RoleFamily* role = a.job_family ? a.job_family : kb.fallback_role();
    const std::string family = role ? role->id : std::string();
    const Seed seed = seed_for(Purpose::Curveballs, {doc.candidate.name.value_or(""), doc.job.title.value_or("")});
    std::vector<std::pair<std::pair<int, uint64_t>, const CurveballDef*>> ranked;
    for (const auto& c : kb.curveballs) {
        const bool own = std::find(c.families.begin(), c.families.end(), family) != c.families.end();
        const bool any = std::find(c.families.begin(), c.families.end(), "any") != c.families.end();
        if (!own && !any) continue;
        ranked.push_back({{own ? 0 : 1, seed.rank(c.id)}, &c});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Curveball> out;
    for (const auto& [key, def] : ranked) {
        if (out.size() == count) break;
        Curveball c;
        c.question = def->question;
        c.why = {{def->why, SpanKind::Plain}};
        c.framework = def->framework;
        c.warning = def->warning;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace ip
