#include "compose/resume_voice.h"

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "core/grammar.h"

namespace ip {

Rich achievement(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const BulletParts parts = split_bullet(kb, *b.bullet);
    RichBuilder r;
    if (!parts.verbs.empty() && !parts.rest.empty())
        r.plain(lower_first_word(parts.verbs) + " ").fact(excerpt(parts.rest, max_chars));
    else
        r.plain("did this: \"").fact(excerpt(b.bullet->text, max_chars)).plain("\"");
    return r.build();
}

Rich you_achieved(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const BulletParts parts = split_bullet(kb, *b.bullet);
    RichBuilder r;
    if (!parts.verbs.empty() && !parts.rest.empty())
        r.plain("You " + lower_first_word(parts.verbs) + " ").fact(excerpt(parts.rest, max_chars));
    else
        r.plain("Your resume says \"").fact(excerpt(b.bullet->text, max_chars)).plain("\"");
    return r.build();
}

Rich employer_ref(const BulletRef& b) {
    RichBuilder r;
    if (b.employer.empty()) r.plain("a previous employer");
    else if (b.is_project) r.plain("the ").fact(b.employer).plain(" project");
    else r.fact(b.employer);
    return r.build();
}

std::string strongest_metric(const BulletRef& b) { return lead_metric(*b.bullet); }

}  // namespace ip
