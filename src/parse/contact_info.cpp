#include "parse/contact_info.h"

#include <algorithm>
#include <vector>

#include "core/text.h"
#include "parse/header_parts.h"
#include "parse/location.h"

namespace ip {

namespace {

std::string find_email(const std::string& s) {
    for (size_t at = s.find('@'); at != std::string::npos; at = s.find('@', at + 1)) {
        size_t b = at;
        while (b > 0 &&
               (is_ascii_alnum(s[b - 1]) || std::string_view("._%+-").find(s[b - 1]) != std::string_view::npos))
            --b;
        size_t e = at + 1;
        while (e < s.size() && (is_ascii_alnum(s[e]) || s[e] == '.' || s[e] == '-')) ++e;
        while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
        const std::string domain = s.substr(at + 1, e - at - 1);
        if (b < at && domain.find('.') != std::string::npos) return s.substr(b, e - b);
    }
    return "";
}

// An en dash or a non-breaking hyphen written between a phone number's digits: its length in bytes, else 0.
size_t phone_dash_at(const std::string& s, size_t j) {
    for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x91"})
        if (s.compare(j, 3, dash) == 0) return 3;
    return 0;
}

// 10 to 15 digits written with spaces, dashes, dots and brackets.
std::string find_phone(const std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (!(is_ascii_digit(s[i]) || s[i] == '+' || s[i] == '(')) continue;
        if (i > 0 && (is_ascii_alnum(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.')) continue;
        size_t j = i, digits = 0, last_digit = i;
        while (j < s.size()) {
            if (const size_t dash = phone_dash_at(s, j)) {
                j += dash;
                continue;
            }
            if (!(is_ascii_digit(s[j]) || s[j] == ' ' || s[j] == '-' || s[j] == '.' || s[j] == '(' || s[j] == ')' ||
                  (s[j] == '+' && j == i)))
                break;
            if (is_ascii_digit(s[j])) {
                ++digits;
                last_digit = j;
            }
            ++j;
        }
        if (digits >= 10 && digits <= 15 && (last_digit + 1 >= s.size() || !is_ascii_alnum(s[last_digit + 1])))
            return trim(s.substr(i, last_digit + 1 - i));
        if (j > i) i = j;
    }
    return "";
}

bool is_link_token(const std::string& token) {
    const std::string t = to_lower(token);
    if (t.find('@') != std::string::npos || t.size() < 5) return false;
    if (starts_with(t, "http://") || starts_with(t, "https://") || starts_with(t, "www.")) return true;
    for (const char* host :
         {"linkedin.com/", "github.com/", "gitlab.com/", "bitbucket.org/", "behance.net/", "dribbble.com/",
          "medium.com/", "kaggle.com/", "stackoverflow.com/", "x.com/", "twitter.com/"})
        if (t.find(host) != std::string::npos) return true;
    // A personal site: "jdoe.dev", "janedoe.io/work"
    for (const char* tld : {".dev", ".io", ".me", ".com", ".org", ".net", ".ai", ".app", ".page", ".site", ".co"}) {
        const size_t at = t.find(tld);
        if (at == std::string::npos || at == 0) continue;
        const size_t after = at + std::string(tld).size();
        if (after == t.size() || t[after] == '/') {
            const bool host_ok = std::all_of(t.begin(), t.begin() + static_cast<long>(at),
                                             [](char c) { return is_ascii_alnum(c) || c == '-' || c == '.'; });
            if (host_ok) return true;
        }
    }
    return false;
}

std::vector<std::string> find_links(const std::string& s) {
    std::vector<std::string> links;
    std::string cur;
    auto flush = [&] {
        std::string t = cur;
        while (!t.empty() && std::string_view(".,;:)]").find(t.back()) != std::string_view::npos) t.pop_back();
        while (!t.empty() && (t[0] == '(' || t[0] == '[')) t.erase(0, 1);
        if (is_link_token(t)) links.push_back(t);
        cur.clear();
    };
    for (char c : s) {
        if (c == ' ' || c == '|' || c == ',' || c == ';') flush();
        else cur += c;
    }
    flush();
    return links;
}

}  // namespace

void find_contact_details(const std::string& line, Contact& c) {
    if (!c.email) {
        const std::string e = find_email(line);
        if (!e.empty()) c.email = e;
    }
    if (!c.phone) {
        const std::string p = find_phone(line);
        if (!p.empty()) c.phone = p;
    }
    for (const std::string& l : find_links(line))
        if (std::find(c.links.begin(), c.links.end(), l) == c.links.end()) c.links.push_back(l);
    if (!c.location) {
        for (const std::string& part : strong_parts(line)) {
            if (is_location(part) && find_email(part).empty()) {
                c.location = part;
                break;
            }
        }
    }
}

bool is_contact_line(const std::string& line) {
    if (line.size() > 300) return false;  // a paragraph, however many commas it has
    // Every kind of contact detail has an @, a digit, a dot or a comma ("Seattle, WA", "Remote" aside).
    if (line.find_first_of("@.,0123456789") == std::string::npos && !is_location(line)) return false;
    const std::vector<std::string> parts = strong_parts(line);
    if (parts.empty()) return false;
    for (const std::string& p : parts) {
        Contact c;
        find_contact_details(p, c);
        const bool contact = c.email || c.phone || !c.links.empty() || c.location;
        if (!contact) return false;
    }
    return true;
}

}  // namespace ip
