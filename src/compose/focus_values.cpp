#include "compose/focus_values.h"

#include <algorithm>

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

std::vector<FocusValue> focus_values(const Analysis& a) {
    std::vector<FocusValue> all;
    for (const auto& v : a.values) {
        FocusValue f;
        f.def = &a.company->values[v.value];
        f.assessment = &v;
        f.in_job = v.named_in_job;
        f.in_resume = !v.bullets.empty();
        all.push_back(f);
    }
    auto rank = [](const FocusValue& f) { return f.in_job ? 0 : f.in_resume ? 1 : 2; };
    std::stable_sort(all.begin(), all.end(),
                     [&](const FocusValue& x, const FocusValue& y) { return rank(x) < rank(y); });
    return all;
}

std::string values_name(const CompanyDef& company) {
    std::string s = company.values_source;
    const size_t paren = s.find('(');
    if (paren != std::string::npos) s = s.substr(0, paren);
    s = trim(s);
    if (s.empty()) return "values";
    // "Core values" is a description, "Leadership Principles" a name.
    const size_t last = s.rfind(' ');
    const std::string last_word = last == std::string::npos ? s : s.substr(last + 1);
    if (!last_word.empty() && last_word[0] >= 'a' && last_word[0] <= 'z') s = lower_first_word(s);
    return s;
}

const FocusValue* value_for_themes(const std::vector<FocusValue>& values, const std::vector<std::string>& themes) {
    for (const auto& v : values)
        for (const auto& t : v.def->themes)
            if (std::find(themes.begin(), themes.end(), t) != themes.end()) return &v;
    return nullptr;
}

}  // namespace ip
