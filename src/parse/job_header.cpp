#include "parse/job_header.h"

#include "core/text.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"

namespace ip {

namespace {

std::string strip_label(const std::string& line, const char* label) {
    const std::string l = to_lower(line);
    const std::string want = std::string(label) + ":";
    if (starts_with(l, want)) return trim(line.substr(want.size()));
    return "";
}

bool is_employment_detail(const std::string& part) {
    const std::string l = " " + to_lower(part) + " ";
    for (const char* w : {" full-time", " full time", " part-time", " part time", " contract ", " permanent ",
                          " temporary ", " internship ", " certificated ", " job number", " job id", " req id",
                          " posted", " hours/week", " school year", " shift", " job category"})
        if (l.find(w) != std::string::npos) return true;
    return false;
}

bool is_posting_word(const std::string& line) {
    const std::string l = to_lower(trim(line));
    return l == "job description" || l == "job posting" || l == "careers" || l == "job details" || l == "position" ||
           l == "we're hiring" || l == "we are hiring" || l == "job opening";
}

// "UnitedHealth Group (Optum)" -> "UnitedHealth Group"
std::string without_brackets(const std::string& name) {
    const size_t open = name.find(" (");
    return open == std::string::npos ? name : trim(name.substr(0, open));
}

std::optional<std::string> company_from_body(const std::vector<std::string>& body) {
    for (const std::string& raw : body) {
        const std::string line = trim(raw);
        const std::string lower = to_lower(line);
        if (starts_with(lower, "about ") && line.size() < 60 && line.find('.') == std::string::npos) {
            const std::string name = trim(line.substr(6));
            const std::string n = to_lower(name);
            if (!name.empty() && n != "us" && n != "you" && !starts_with(n, "the ") && !starts_with(n, "this ") &&
                !starts_with(n, "our "))
                return name;
        }
    }
    for (const std::string& raw : body) {
        const size_t at = raw.find(" is an equal");
        if (at != std::string::npos && at < 60) {
            std::string name = trim(raw.substr(0, at));
            if (!name.empty() && name.find('.') == std::string::npos) return without_brackets(name);
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> team_named_in(const std::string& text) {
    // "The X team", "Our X team": X is the capitalised run before "team".
    for (size_t at = text.find(" team"); at != std::string::npos; at = text.find(" team", at + 1)) {
        const size_t end = at;
        size_t b = end;
        size_t words = 0;
        while (b > 0 && words < 5) {
            size_t w = b;
            while (w > 0 && text[w - 1] == ' ') --w;
            size_t s = w;
            while (s > 0 && text[s - 1] != ' ') --s;
            const std::string word = text.substr(s, w - s);
            if (word.empty()) break;
            const bool capital = (word[0] >= 'A' && word[0] <= 'Z') || word == "&";
            if (!capital || word == "The" || word == "Our") break;
            b = s;
            ++words;
        }
        if (words > 0) return trim(text.substr(b, end - b));
    }
    return std::nullopt;
}

JobHeader read_job_header(const Knowledge& kb, const std::vector<std::string>& header,
                          const std::vector<std::string>& body) {
    JobHeader h;
    for (const std::string& raw : header) {
        const std::string line = trim(raw);
        if (line.empty() || is_posting_word(line)) continue;
        // Labelled fields: "Title: ...", "Company: ...", "Location: ...", "Team: ..."
        bool labelled = false;
        for (const char* label : {"job title", "title", "position", "role"}) {
            const std::string v = strip_label(line, label);
            if (!v.empty() && !h.title) {
                h.title = v;
                labelled = true;
            }
        }
        for (const char* label : {"company", "employer", "organization"}) {
            const std::string v = strip_label(line, label);
            if (!v.empty() && !h.company) {
                h.company = without_brackets(v);
                labelled = true;
            }
        }
        for (const char* label : {"location", "locations", "office"}) {
            const std::string v = strip_label(line, label);
            if (!v.empty() && !h.location) {
                h.location = v;
                labelled = true;
            }
        }
        for (const char* label : {"team", "department", "group"}) {
            const std::string v = strip_label(line, label);
            if (!v.empty() && !h.team) {
                h.team = v;
                labelled = true;
            }
        }
        if (labelled) continue;
        const std::vector<std::string> parts = strong_parts(line);
        if (parts.empty()) continue;
        if (!h.title) {
            // The first line names the role (unless it is only the employer).
            if (!(kb.find_company(parts[0]) && parts.size() == 1 && title_score(parts[0]) == 0)) {
                h.title = line;
                continue;
            }
        }
        for (size_t i = 0; i < parts.size(); ++i) {
            const std::string& part = parts[i];
            if (is_employment_detail(part)) continue;
            std::string rest, place;
            if (is_location(part)) {
                if (!h.location) h.location = part;
                continue;
            }
            if (split_trailing_location(part, rest, place)) {
                if (!h.location) h.location = place;
                if (!h.company && i == 0 && title_score(rest) == 0) h.company = without_brackets(rest);
                continue;
            }
            if (!h.company && (kb.find_company(without_brackets(part)) ||
                               (i == 0 && title_score(part) == 0 && split(part, ' ').size() <= 6)))
                h.company = without_brackets(part);
        }
    }
    if (!h.company) h.company = company_from_body(body);
    if (h.title && !h.team) {
        // "Software Development Engineer II, Search & Discovery": the team after the comma.
        const size_t comma = h.title->find(", ");
        if (comma != std::string::npos) {
            const std::string tail = trim(h.title->substr(comma + 2));
            const std::string l = to_lower(tail);
            const bool level_words = l.find("career") != std::string::npos || l.find("graduate") != std::string::npos ||
                                     l.find("mid-market") != std::string::npos || l.find("new grad") != std::string::npos;
            if (!tail.empty() && !level_words && title_score(tail) == 0) h.team = tail;
        }
    }
    if (!h.team)
        for (const std::string& line : body)
            if (auto t = team_named_in(line)) {
                h.team = t;
                break;
            }
    return h;
}

}  // namespace ip
