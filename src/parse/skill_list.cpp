#include "parse/skill_list.h"

#include <algorithm>

#include "core/text.h"
#include "knowledge/word_lists.h"
#include "parse/action_verb.h"
#include "parse/bullet_marker.h"
#include "parse/date_range.h"
#include "parse/skill_matcher.h"

namespace ip {

namespace {

size_t alnum_count(std::string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               static_cast<unsigned char>(c) >= 0x80;
    }));
}

// Share of the item's letters that taxonomy names cover.
double coverage(const Knowledge& kb, const std::string& item) {
    const size_t total = alnum_count(item);
    if (total == 0) return 0.0;
    size_t covered = 0;
    for (const SkillHit& h : find_skill_hits_in_list(kb, item))
        covered += alnum_count(std::string_view(item).substr(h.offset, h.length));
    return static_cast<double>(covered) / static_cast<double>(total);
}

bool known(const Knowledge& kb, const std::string& item) { return coverage(kb, item) >= 0.6; }

// "Languages:", "Cloud & Infrastructure:", "Processing —": a short label before the list.
std::string strip_label(const std::string& body, bool& had_label) {
    had_label = false;
    const size_t colon = body.find(':');
    if (colon != std::string::npos && colon > 0 && colon < 40 && word_count(body.substr(0, colon)) <= 4 &&
        body.find("://") != colon) {
        had_label = true;
        return trim(body.substr(colon + 1));
    }
    // "Languages    TypeScript, JavaScript": a category column.
    const size_t gap = body.find("   ");
    if (gap != std::string::npos && gap > 0 && word_count(body.substr(0, gap)) <= 3) {
        had_label = true;
        return trim(body.substr(gap));
    }
    for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
        const size_t d = body.find(dash);
        if (d != std::string::npos && d < 40 && word_count(body.substr(0, d)) <= 3) {
            const std::string rest = trim(body.substr(d + std::string(dash).size()));
            if (rest.find(',') != std::string::npos || rest.find(';') != std::string::npos) {
                had_label = true;
                return rest;
            }
        }
    }
    return body;
}

std::vector<std::string> split_items(const std::string& list) {
    std::vector<std::string> items;
    std::string cur;
    auto flush = [&] {
        std::string t = trim(cur);
        while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.pop_back();
        if (!trim(t).empty()) items.push_back(trim(t));
        cur.clear();
    };
    for (size_t i = 0; i < list.size(); ++i) {
        const char c = list[i];
        if (c == ',' || c == ';' || c == '|' || c == '(' || c == ')' || c == '[' || c == ']') {
            flush();
        } else if (list.compare(i, 2, "\xC2\xB7") == 0) {  // ·
            flush();
            ++i;
        } else if (list.compare(i, 3, "\xE2\x80\xA2") == 0 || list.compare(i, 3, "\xE2\x97\x8F") == 0) {  // • ●
            flush();
            i += 2;
        } else if (c == ' ' && i + 1 < list.size() && list[i + 1] == ' ') {
            flush();  // columns
        } else {
            cur += c;
        }
    }
    flush();
    return items;
}

// "Java/Kotlin", "on-call and observability": split only when every side is a known skill.
void split_joined(const Knowledge& kb, const std::string& item, std::vector<std::string>& out) {
    if (coverage(kb, item) >= 0.99) {
        const auto hits = find_skill_hits_in_list(kb, item);
        if (hits.size() <= 1) {
            out.push_back(item);
            return;
        }
    }
    for (const char* joiner : {" and ", " & ", "/", " + "}) {
        const std::vector<std::string> sides = [&] {
            std::vector<std::string> parts;
            size_t from = 0, at;
            const std::string j = joiner;
            while ((at = item.find(j, from)) != std::string::npos) {
                parts.push_back(trim(item.substr(from, at - from)));
                from = at + j.size();
            }
            parts.push_back(trim(item.substr(from)));
            return parts;
        }();
        if (sides.size() < 2) continue;
        if (std::all_of(sides.begin(), sides.end(), [&](const std::string& s) { return !s.empty() && known(kb, s); })) {
            out.insert(out.end(), sides.begin(), sides.end());
            return;
        }
    }
    out.push_back(item);
}

bool shaped_like_a_skill(const Knowledge& kb, const std::string& item) {
    const std::string lower = to_lower(item);
    if (kb.words.has(WordList::SkillListFillers, lower) || item.size() > 40 || word_count(item) > 4) return false;
    if (starts_with(lower, "and ") || starts_with(lower, "or ") || starts_with(lower, "e.g")) return false;
    return std::any_of(item.begin(), item.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace

std::vector<std::string> skill_list_items(const Knowledge& kb, const std::string& line) {
    bool had_label = false;
    const std::string body = strip_label(trim(std::string(bullet_body(line))), had_label);
    std::vector<std::string> items;
    for (const std::string& item : split_items(body)) split_joined(kb, item, items);
    return items;
}

bool is_skill_list_line(const Knowledge& kb, const std::string& line, bool sidebar) {
    const std::string body = trim(std::string(bullet_body(line)));
    if (body.empty()) return false;
    const size_t words = word_count(body);
    if (words >= 4 && !leading_action_verb(kb, body).empty()) return false;
    if (ends_with(body, ".") && words > 8) return false;
    if (find_date_range(body)) return false;  // a dated line is a role or a degree
    bool had_label = false;
    strip_label(body, had_label);
    const std::vector<std::string> items = skill_list_items(kb, line);
    if (items.empty() || words > 45) return false;
    size_t known_items = 0;
    for (const std::string& item : items) {
        if (word_count(item) > 5) return false;
        if (known(kb, item)) ++known_items;
    }
    if (items.size() >= 2) return known_items >= 2 && known_items * 10 >= items.size() * 6;
    return known_items == 1 && (had_label || (sidebar && words <= 3));
}

void collect_listed_skills(const Knowledge& kb, const std::string& line, bool keep_unknown,
                           std::vector<ListedSkill>& out) {
    const std::vector<std::string> items = skill_list_items(kb, line);
    // A sentence in a skills section ("Comfortable owning pipelines end to end")
    // contributes the names it mentions, not itself.
    const bool list_like = items.size() >= 2 || word_count(trim(std::string(bullet_body(line)))) <= 4 ||
                           line.find(':') != std::string::npos;
    for (const std::string& item : items) {
        const auto hits = find_skill_hits_in_list(kb, item);
        for (const SkillHit& h : hits) out.push_back(ListedSkill{kb.skills[h.skill].name, kb.skills[h.skill].category});
        if (hits.empty() && keep_unknown && list_like && shaped_like_a_skill(kb, item))
            out.push_back(ListedSkill{item, "other"});
    }
}

}  // namespace ip
