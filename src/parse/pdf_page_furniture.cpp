#include "parse/pdf_page_furniture.h"

#include <map>

namespace ip {

namespace {

constexpr size_t kFurnitureLines = 2;  // lines at each end of a page that may be running text

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return upper(c) || (c >= 'a' && c <= 'z'); }

// A 19xx or 20xx year at i, not part of a longer number.
bool year_at(const std::string& s, size_t i) {
    if (i + 4 > s.size() || (i > 0 && digit(s[i - 1]))) return false;
    for (size_t k = i; k < i + 4; ++k)
        if (!digit(s[k])) return false;
    if (i + 4 < s.size() && digit(s[i + 4])) return false;
    return (s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0');
}

}  // namespace

std::string furniture_key(const std::string& line) {
    std::string key;
    for (size_t i = 0; i < line.size(); ++i) {
        if (!digit(line[i])) {
            key += line[i];
        } else if (key.empty() || key.back() != '#') {
            key += '#';
        }
    }
    return key;
}

std::vector<std::vector<bool>> running_lines(const std::vector<std::vector<std::string>>& pages) {
    std::vector<std::vector<bool>> out;
    for (const auto& p : pages) out.emplace_back(p.size(), false);
    if (pages.size() < 2) return out;
    // key -> pages it is seen on, per end (0 top, 1 bottom)
    std::map<std::string, std::vector<size_t>> seen[2];
    auto ends = [](size_t n, size_t k, bool bottom) { return bottom ? n - 1 - k : k; };
    for (size_t p = 0; p < pages.size(); ++p)
        for (int end = 0; end < 2; ++end)
            for (size_t k = 0; k < std::min(kFurnitureLines, pages[p].size()); ++k) {
                auto& v = seen[end][furniture_key(pages[p][ends(pages[p].size(), k, end)])];
                if (v.empty() || v.back() != p) v.push_back(p);
            }
    for (size_t p = 0; p < pages.size(); ++p)
        for (int end = 0; end < 2; ++end)
            for (size_t k = 0; k < std::min(kFurnitureLines, pages[p].size()); ++k) {
                const size_t line = ends(pages[p].size(), k, end);
                if (seen[end][furniture_key(pages[p][line])].size() >= 2) out[p][line] = true;
            }
    return out;
}

std::string restore_range_dash(const std::string& run) {
    std::string out;
    for (size_t i = 0; i < run.size(); ++i) {
        out += run[i];
        if (!year_at(run, i)) continue;
        out.append(run, i + 1, 3);
        i += 3;
        size_t next = i + 1;
        if (next >= run.size()) break;
        if (letter(run[next])) {
            if (upper(run[next])) out += " \xE2\x80\x93 ";  // "2012Dec": glued where the glyph was
            continue;
        }
        if (run[next] != ' ') continue;
        size_t word = next;
        while (word < run.size() && run[word] == ' ') ++word;
        if (word >= run.size()) continue;
        size_t after = word;
        bool open_end = false;
        if (upper(run[word])) {  // "Dec 2016": a capitalised word, then the year
            while (after < run.size() && letter(run[after])) ++after;
            if (after < run.size() && run[after] == '.') ++after;
            // "Jan 2012 Present": a capitalised word that ends the run is the open end.
            open_end = after == run.size();
            while (after < run.size() && run[after] == ' ') ++after;
        }
        if (open_end || year_at(run, after)) {
            out += " \xE2\x80\x93 ";
            i = word - 1;
        }
    }
    return out;
}

}  // namespace ip
