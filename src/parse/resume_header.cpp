#include "parse/resume_header.h"

#include "core/text.h"
#include "knowledge/word_lists.h"
#include "parse/bullet_marker.h"
#include "parse/contact_info.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"
#include "parse/resume_sections.h"

namespace ip {

namespace {

// Letters after a comma that are credentials, not part of the name ("Sofia Marchetti, CPA").
bool is_credential(const std::string& s) {
    const std::string t = trim(s);
    if (t.empty() || t.size() > 24) return false;
    for (char c : t)
        if (!((c >= 'A' && c <= 'Z') || c == '.' || c == ',' || c == ' ' || (c >= 'a' && c <= 'z'))) return false;
    size_t capitals = 0;
    for (char c : t) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    return capitals >= 2;
}

bool looks_like_name(const Knowledge& kb, const std::string& text) {
    const std::string t = trim(text);
    if (t.empty() || t.size() > 60 || resume_heading(kb, t) || is_location(t)) return false;
    const std::vector<std::string> words = split(t, ' ');
    if (words.size() > 5) return false;
    for (const std::string& w : words) {
        if (w.empty()) return false;
        // A nickname in quotes or brackets counts: Benjamin "Ben" Adeyemi.
        const size_t lead = (w[0] == '"' || w[0] == '(' || w[0] == '\'') && w.size() > 1 ? 1 : 0;
        const auto c0 = static_cast<unsigned char>(w[lead]);
        if (!((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80)) return false;
        for (char c : w)
            if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == '|' || c == ':') return false;
    }
    const std::string lower = to_lower(t);
    for (const std::string& d : kb.resume_words.document_names)
        if (lower == d) return false;
    return title_score(kb, t) == 0;
}

// "Kenji Watanabe Resume", "Jane Smith - CV" -> the name alone.
std::string without_document_name(const Knowledge& kb, const std::string& text) {
    std::string t = trim(text);
    const std::string lower = to_lower(t);
    for (const std::string& d : kb.resume_words.document_names) {
        if (lower.size() <= d.size() + 1 || !ends_with(lower, d) || lower[lower.size() - d.size() - 1] != ' ') continue;
        t = trim(t.substr(0, t.size() - d.size()));
        while (!t.empty() && (t.back() == '-' || t.back() == '|' || t.back() == ',' || t.back() == ':'))
            t = trim(t.substr(0, t.size() - 1));
        if (ends_with(t, "'s")) t.resize(t.size() - 2);
        return t;
    }
    return t;
}

std::string strip_credentials(const std::string& name) {
    const size_t comma = name.find(',');
    if (comma != std::string::npos && is_credential(name.substr(comma + 1))) return trim(name.substr(0, comma));
    return name;
}

// The part of a line before its contact details: "Data Engineer · Seattle, WA" -> "Data Engineer".
std::string before_contact(const std::string& line) {
    const std::vector<std::string> parts = strong_parts(line);
    std::string kept_end;
    for (const std::string& p : parts) {
        Contact c;
        find_contact_details(p, c);
        if (c.email || c.phone || !c.links.empty() || c.location) break;
        kept_end = p;
    }
    if (kept_end.empty()) return "";
    const size_t at = line.find(kept_end);
    return trim(line.substr(0, at + kept_end.size()));
}

}  // namespace

std::string headline_from_summary(const Knowledge& kb, const std::string& summary) {
    for (const std::string& joint : kb.words.list(WordList::HeadlineJoints)) {
        const size_t at = summary.find(joint);
        if (at == std::string::npos || at > 60) continue;
        const std::string lead = trim(summary.substr(0, at));
        if (split(lead, ' ').size() <= 6 && title_score(kb, lead) >= 2) return lead;
    }
    return "";
}

ResumeHeader read_resume_header(const Knowledge& kb, const std::vector<std::string>& lines) {
    ResumeHeader h;
    bool name_seen = false;
    bool name_may_go_on = false;  // a one-word name: the next line may hold the rest
    // A header is a handful of lines; a resume without headings is all header.
    size_t read = 0;
    for (const std::string& raw : lines) {
        if (++read > 60) break;
        const std::string line = trim(std::string(bullet_body(trim(raw))));
        if (line.empty()) continue;
        if (line.size() <= 300) find_contact_details(line, h.contact);
        if (name_may_go_on) {
            name_may_go_on = false;
            const std::string rest = strip_credentials(without_document_name(kb, line));
            if (split(rest, ' ').size() <= 3 && strong_parts(line).size() == 1 && looks_like_name(kb, rest)) {
                *h.name += " " + rest;
                continue;
            }
        }
        if (!name_seen) {
            const std::vector<std::string> parts = strong_parts(line);
            const std::string first = strip_credentials(without_document_name(kb, parts.empty() ? line : parts[0]));
            if (looks_like_name(kb, first)) {
                h.name = first;
                name_seen = true;
                name_may_go_on = parts.size() == 1 && split(first, ' ').size() == 1;
                continue;
            }
        }
        if (is_contact_line(line)) continue;
        const size_t words = split(line, ' ').size();
        if (words >= 15) {
            if (!h.summary) h.summary = line;
            else *h.summary += " " + line;
            continue;
        }
        if (name_seen && !h.headline) {
            const std::string head = before_contact(line);
            if (!head.empty() && split(head, ' ').size() <= 14) h.headline = head;
        }
    }
    return h;
}

}  // namespace ip
