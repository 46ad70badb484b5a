#include "knowledge/company_name_key.h"

#include <array>
#include <string_view>

#include "core/text.h"

namespace ip {

std::string company_name_key(const std::string& name) {
    const std::string folded = to_lower(fold_whitespace(name));
    std::string_view key = folded;
    static constexpr std::array<std::string_view, 9> suffixes = {" inc.", " inc",   " llc",         " ltd.", " ltd",
                                                                 " corp.", " corp", " corporation", " plc"};
    for (std::string_view suffix : suffixes) {
        if (key.size() > suffix.size() && ends_with(key, suffix)) {
            key.remove_suffix(suffix.size());
            break;
        }
    }
    while (!key.empty() && (key.back() == ',' || key.back() == '.' || key.back() == ' ')) key.remove_suffix(1);
    return std::string(key);
}

}  // namespace ip
