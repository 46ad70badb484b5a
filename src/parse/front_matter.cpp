#include "parse/front_matter.h"

#include <utility>
#include <vector>

#include "core/text.h"

namespace ip {

namespace {

// A page's front matter is short; a "---" further down is a Markdown rule.
constexpr size_t kMaxFrontMatterLines = 200;

bool is_fence(const std::string& line) { return trim(line) == "---"; }

// "title: \"Open Position: Lead\"" -> {"title", "Open Position: Lead"}; nested
// entries, list items and comments give nothing.
bool top_level_field(const std::string& line, std::string& key, std::string& value) {
    if (line.empty() || !is_ascii_alpha(line[0])) return false;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) return false;
    key = line.substr(0, colon);
    for (char& c : key) {
        if (c == '_') c = ' ';
        else if (!is_ascii_alnum(c) && c != '-' && c != ' ') return false;
    }
    key = to_lower(key);
    value = trim(line.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = trim(value.substr(1, value.size() - 2));
    return !value.empty();
}

}  // namespace

std::string without_front_matter(const Knowledge& kb, std::string_view text, bool header) {
    const std::vector<std::string> lines = split_lines(text);
    if (lines.empty() || !is_fence(lines[0])) return std::string(text);
    size_t close = 1;
    while (close < lines.size() && close <= kMaxFrontMatterLines && !is_fence(lines[close])) ++close;
    if (close >= lines.size() || close > kMaxFrontMatterLines) return std::string(text);

    std::vector<std::pair<std::string, std::string>> fields;
    for (size_t i = 1; i < close; ++i) {
        std::string key, value;
        if (top_level_field(lines[i], key, value)) fields.emplace_back(std::move(key), std::move(value));
    }
    std::string out;
    if (header)
        for (const HeaderLabel& label : kb.reading.header_labels) {
            if (label.field == HeaderField::Skip) continue;
            for (const auto& [key, value] : fields)
                if (key == label.label) {
                    // "Title: ...": a capital, so the next field is not read as this one's wrapped line.
                    std::string line = key + ": " + value;
                    line[0] = static_cast<char>(line[0] - 'a' + 'A');
                    out += line + "\n";
                }
        }
    if (!out.empty()) out += "\n";
    for (size_t i = close + 1; i < lines.size(); ++i) out += lines[i] + "\n";
    return out;
}

}  // namespace ip
