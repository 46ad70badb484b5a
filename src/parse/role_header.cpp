#include "parse/role_header.h"

#include "core/text.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"

namespace ip {

namespace {

// "Senior Engineer at Google" -> {"Senior Engineer", "Google"}.
void split_at_form(const Knowledge& kb, std::vector<std::string>& texts) {
    std::vector<std::string> out;
    for (const std::string& t : texts) {
        const size_t at = t.find(" at ");
        if (at != std::string::npos && title_score(kb, t.substr(0, at)) > 0 && title_score(kb, t.substr(at + 4)) == 0) {
            out.push_back(trim(t.substr(0, at)));
            out.push_back(trim(t.substr(at + 4)));
        } else {
            out.push_back(t);
        }
    }
    texts = std::move(out);
}

}  // namespace

RoleHeader resolve_role_header(const Knowledge& kb, const std::vector<std::string>& lines,
                               const std::string& inherited_company, bool titles_keep_commas) {
    RoleHeader r;
    std::vector<std::string> texts;
    for (const std::string& line : lines) {
        HeaderParts parts = split_header_line(line, false);
        if (parts.dates && !r.dates) r.dates = parts.dates;
        if (parts.location && !r.location) r.location = parts.location;
        texts.insert(texts.end(), parts.texts.begin(), parts.texts.end());
    }
    // One piece for title and employer: "Senior Data Scientist, Etsy".
    if (texts.size() == 1 && !titles_keep_commas) {
        std::vector<std::string> pieces = comma_parts(texts[0]);
        if (pieces.size() >= 2) {
            texts = std::move(pieces);
            r.company_from_comma = true;
        }
    }
    split_at_form(kb, texts);
    if (texts.empty()) return r;

    std::vector<int> t(texts.size()), o(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        t[i] = title_score(kb, texts[i]);
        o[i] = organization_score(kb, texts[i]);
    }
    // The title: the piece that reads most like a role.
    int title_at = -1;
    for (size_t i = 0; i < texts.size(); ++i)
        if (t[i] > 0 && t[i] >= o[i] && (title_at < 0 || t[i] - o[i] > t[title_at] - o[title_at]))
            title_at = static_cast<int>(i);
    // The employer: of the rest, the piece that reads most like an organisation.
    int company_at = -1;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (static_cast<int>(i) == title_at) continue;
        if (company_at < 0 || o[i] - t[i] > o[company_at] - t[company_at]) company_at = static_cast<int>(i);
    }
    if (title_at < 0 && company_at >= 0 && texts.size() >= 2) {
        // Nothing reads as a title: the other unmarked piece is the best guess.
        for (size_t i = 0; i < texts.size(); ++i)
            if (static_cast<int>(i) != company_at && o[i] == 0) {
                title_at = static_cast<int>(i);
                break;
            }
    }
    if (title_at >= 0) r.title = texts[title_at];
    if (company_at >= 0) {
        // A lone second piece that is itself a role ("Mid-Market") is part of the title's line, not an employer.
        const bool is_title_too = t[company_at] > 0 && o[company_at] == 0 && !inherited_company.empty();
        if (!is_title_too) r.company = texts[company_at];
    }
    // The employer without its unit: "Microsoft (Azure)" -> "Microsoft".
    const size_t unit = r.company.find(" (");
    if (unit != std::string::npos && ends_with(r.company, ")")) r.company = trim(r.company.substr(0, unit));
    // "Product Designer — Nordlicht Studio, Germany": the employer was read as part of the place.
    const size_t comma = r.location ? r.location->rfind(',') : std::string::npos;
    if (r.company.empty() && !r.title.empty() && comma != std::string::npos) {
        const std::string head = trim(r.location->substr(0, comma)), tail = trim(r.location->substr(comma + 1));
        if (!is_location(head) && is_location(tail)) {
            r.company = head;
            r.location = tail;
        }
    }
    if (r.company.empty() && !r.title.empty() && !inherited_company.empty()) {
        r.company = inherited_company;
        r.company_inherited = true;
    }
    return r;
}

}  // namespace ip
