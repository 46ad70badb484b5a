#include "compose/spoken_parts.h"

#include <cmath>

#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/text.h"

namespace ip {

namespace {

// The one wording of `key` (these keys have one variant: they are not varied
// per document), filled; "{key}" debris when the key is missing, which the
// text linter reports.
Rich words_of(const Knowledge& kb, const std::string& key, const SlotValues& slots = {}) {
    const std::vector<std::string>& variants = kb.phrases(key);
    if (variants.empty()) return {{"{" + key + "}", SpanKind::Plain}};
    return fill_slots(variants.front(), slots).text;
}

}  // namespace

Rich you_did(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const std::string text = excerpt(b.bullet->text, max_chars);
    const std::string verb = leading_word(text);
    if (!kb.verb(verb)) return words_of(kb, "voice.resume_says", {{"line", {text, SpanKind::Fact}}});
    const size_t cut = text.find(' ');
    return words_of(kb, "voice.you_did",
                    {{"verb", {verb, SpanKind::Plain}},
                     {"rest", optional_slot(cut == std::string::npos ? "" : text.substr(cut), SpanKind::Fact)}});
}

SlotValues metric_slots(const Knowledge& kb, const std::string& metric) {
    std::string lead;
    if (starts_with(metric, "from ")) lead = rich_to_plain(words_of(kb, "voice.metric_lead.change"));
    else if (starts_with(metric, "team of ")) lead = rich_to_plain(words_of(kb, "voice.metric_lead.team"));
    return {{"metric_lead", optional_slot(lead)}, {"metric", {metric, SpanKind::Fact}}};
}

Span years_said(const Knowledge& kb, const Candidate& c) {
    if (c.years_stated) return {*c.years_stated, SpanKind::Fact};
    if (!c.years_experience || *c.years_experience < 1) return {"", SpanKind::Plain};
    const long years = std::lround(*c.years_experience);
    const SlotValues count{{"count", std::to_string(years)}};
    return {rich_to_plain(words_of(kb, years == 1 ? "voice.years.one" : "voice.years.other", count)), SpanKind::Plain};
}

std::string role_name(const Knowledge& kb, const Job& job) {
    std::string title = trim(job.title.value_or(""));
    if (title.empty()) return rich_to_plain(words_of(kb, "voice.unnamed_role"));
    if (job.team && !job.team->empty()) {
        for (const char* sep : {", ", " - ", " – ", " — ", " | "}) {
            const std::string suffix = sep + *job.team;
            if (ends_with(title, suffix)) return title.substr(0, title.size() - suffix.size());
        }
    }
    return title;
}

}  // namespace ip
