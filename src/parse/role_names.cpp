#include "parse/role_names.h"

#include <algorithm>

#include "core/text.h"
#include "parse/org_and_title_words.h"
#include "parse/resume_line_kinds.h"

namespace ip {

namespace {

// A note is a schedule or contract type ("part time", "Contract", "full-time
// job") or a non-professional kind of post ("Intern"), a few words at most.
bool is_employment_note(const Knowledge& kb, const std::string& note) {
    const std::string n = to_lower(trim(note));
    if (n.empty() || word_count(n) > 3) return false;
    const auto& kinds = kb.reading.non_professional_titles;
    if (std::find(kinds.begin(), kinds.end(), n) != kinds.end()) return true;
    return title_score(kb, n) == 0 && has_phrase(n, kb.reading.header_noise);
}

}  // namespace

std::string title_without_employment_note(const Knowledge& kb, const std::string& title) {
    const std::string t = trim(title);
    // "Web Developer (Intern)"
    if (ends_with(t, ")")) {
        const size_t open = t.rfind(" (");
        if (open != std::string::npos && open > 0 && is_employment_note(kb, t.substr(open + 2, t.size() - open - 3)))
            return trim(t.substr(0, open));
    }
    // "Backend Engineer - part time", "Designer \u2013 Contract"
    for (const char* dash : {" - ", " \u2013 ", " \u2014 "}) {
        const size_t at = t.rfind(dash);
        if (at == std::string::npos || at == 0) continue;
        const std::string note = t.substr(at + std::string(dash).size());
        if (is_employment_note(kb, note)) return trim(t.substr(0, at));
    }
    return t;
}

}  // namespace ip
