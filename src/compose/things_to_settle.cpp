#include "compose/things_to_settle.h"

#include "analyze/prose_parts.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<SettleItem> things_to_settle(const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    std::vector<SettleItem> out;  // topics in the order the posting first raises them
    auto item_for = [&](LogisticsTopic topic, const std::string& about) -> SettleItem& {
        for (auto& existing : out)
            if (existing.topic == topic) return existing;
        out.push_back({topic,
                       {},
                       {},
                       ph.say(std::string("settle.") + logistics_topic_name(topic), seed_for(Purpose::Settle, {about}),
                              {{"company", {company, SpanKind::Plain}}})});
        return out.back();
    };
    for (const Requirement& r : doc.job.requirements) {
        if (!r.logistics) continue;
        SettleItem& item = item_for(*r.logistics, r.id);
        item.requirements.push_back(r.id);
        item.lines.push_back(r.text);
    }
    for (const JobTerm& t : doc.job.terms) item_for(t.topic, t.text).lines.push_back(t.text);
    return out;
}

}  // namespace ip
