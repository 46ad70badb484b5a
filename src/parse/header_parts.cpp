#include "parse/header_parts.h"

#include <array>

#include "core/text.h"
#include "parse/location.h"

namespace ip {

namespace {

// Company suffixes that follow a comma and belong to the name ("Lowe's Companies, Inc.").
bool is_org_suffix(const std::string& piece) {
    const std::string p = to_lower(trim(piece));
    for (const char* s : {"inc", "inc.", "llc", "l.l.c.", "ltd",  "ltd.", "corp", "corp.", "co",   "co.",
                          "lp",  "l.p.", "llp", "plc",    "gmbh", "pllc", "pc",   "p.c.",  "n.a.", "s.a."})
        if (p == s) return true;
    return false;
}

// "Fernway Travel. Portland, OR" -> "Fernway Travel" and "Portland, OR": a
// place after a full stop. The stop of "Inc." stays; "St. Louis" is not split.
bool split_place_after_stop(const std::string& text, std::string& head, std::string& place) {
    for (size_t at = text.find(". "); at != std::string::npos; at = text.find(". ", at + 1)) {
        const std::string before = trim(text.substr(0, at));
        const size_t sp = before.rfind(' ');
        const std::string last = sp == std::string::npos ? before : before.substr(sp + 1);
        const bool suffix = is_org_suffix(last + ".");
        if (last.size() <= 2 && !suffix) continue;  // "St.", "Ft.", an initial
        const std::string tail = trim(text.substr(at + 2));
        if (before.empty() || !is_location(tail)) continue;
        head = suffix ? before + "." : before;
        place = tail;
        return true;
    }
    return false;
}

}  // namespace

std::vector<std::string> comma_parts(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& piece : split(text, ',')) {
        const std::string p = trim(piece);
        if (p.empty()) continue;
        if (!out.empty() && is_org_suffix(p)) out.back() += ", " + p;
        else out.push_back(p);
    }
    return out;
}

std::vector<std::string> strong_parts(const std::string& line) {
    static const std::array<std::string, 10> seps = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - ", "|",
                                                     " \xC2\xB7 ",     " \xE2\x80\xA2 ", "   ",  " @ ", "\xE2\x80\x94"};
    std::vector<std::string> parts;
    size_t start = 0, i = 0;
    while (i < line.size()) {
        size_t matched = 0;
        for (const std::string& sep : seps) {
            if (line.compare(i, sep.size(), sep) == 0) {
                matched = sep.size();
                break;
            }
        }
        if (!matched) {
            ++i;
            continue;
        }
        parts.push_back(trim(line.substr(start, i - start)));
        i += matched;
        while (i < line.size() && line[i] == ' ') ++i;
        start = i;
    }
    parts.push_back(trim(line.substr(start)));
    std::vector<std::string> kept;
    for (std::string& p : parts)
        if (!p.empty()) kept.push_back(std::move(p));
    return kept;
}

HeaderParts split_header_line(const std::string& line, bool split_commas) {
    HeaderParts out;
    std::string rest = line;
    if (auto range = find_date_range(line)) {
        out.dates = range;
        rest = remove_date_range(line, *range);
    }
    std::vector<std::string> pieces = strong_parts(rest);
    out.strong_separators = pieces.size() > 1;
    for (std::string& p : pieces) {
        std::string head, place;
        if (!split_place_after_stop(p, head, place)) continue;
        p = head;
        if (!out.location) out.location = place;
    }
    if (!out.strong_separators && split_commas && !pieces.empty() && !is_location(pieces[0])) {
        std::string head, place;
        if (split_trailing_location(pieces[0], head, place)) {
            pieces = comma_parts(head);
            pieces.push_back(place);
        } else {
            pieces = comma_parts(pieces[0]);
        }
    }
    for (const std::string& p : pieces) {
        std::string text = p, place;
        if (is_location(text)) {
            if (!out.location) out.location = text;
            continue;
        }
        if (split_trailing_location(text, text, place) && !out.location) out.location = place;
        out.texts.push_back(text);
    }
    return out;
}

}  // namespace ip
