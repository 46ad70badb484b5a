#include "parse/certifications_section.h"

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/date_range.h"
#include "parse/location.h"

namespace ip {

namespace {

// Issuers people name after a certification.
// clang-format off
bool looks_like_issuer(const std::string& piece) {
    const std::string p = to_lower(piece);
    for (const char* w : {"amazon", "aws", "microsoft", "google", "cncf", "linux foundation", "oracle", "cisco",
                          "comptia", "isc2", "(isc)", "isaca", "pmi", "scrum alliance", "databricks", "salesforce",
                          "hashicorp", "red hat", "snowflake", "coursera", "udacity", "edx", "board", "institute",
                          "association", "university", "college", "council", "academy", "hubspot", "meta", "ibm"})
        if (p.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

std::vector<Certification> read_certifications_section(const std::vector<std::string>& lines) {
    // A name wrapped onto the next line: "NN/g UX Certification" / "(Interaction Design), 2023".
    std::vector<std::string> joined;
    for (const std::string& raw : lines) {
        const std::string t = trim(raw);
        // clang-format on
        if (t.empty()) continue;
        if (!joined.empty() && !is_bullet_line(t) && (t[0] == '(' || (t[0] >= 'a' && t[0] <= 'z')))
            joined.back() += " " + t;
        else joined.push_back(t);
    }
    std::vector<Certification> out;
    for (const std::string& raw : joined) {
        std::string line = trim(std::string(bullet_body(raw)));
        if (line.empty()) continue;
        Certification c;
        if (auto range = find_date_range(line)) {
            c.date = range->present ? range->start_iso() : (range->end ? range->end->iso() : range->start_iso());
            line = remove_date_range(line, *range);
        }
        // Certification names contain dashes ("Data Engineer – Associate"), so only
        // bars, dots, em dashes and commas separate the issuer.
        std::vector<std::string> pieces;
        size_t start = 0;
        for (size_t i = 0; i <= line.size(); ++i) {
            const bool end = i == line.size();
            size_t sep = 0;
            if (!end) {
                if (line[i] == '|' || line[i] == ',') sep = 1;
                else if (line.compare(i, 2, "\xC2\xB7") == 0) sep = 2;
                else if (line.compare(i, 3, "\xE2\x80\x94") == 0) sep = 3;
            }
            if (!end && !sep) continue;
            const std::string piece = trim(line.substr(start, i - start));
            if (!piece.empty()) pieces.push_back(piece);
            start = i + sep;
            i += sep ? sep - 1 : 0;
        }
        if (pieces.empty()) continue;
        c.name = pieces[0];
        for (size_t i = 1; i < pieces.size(); ++i)
            if (!is_location(pieces[i]) && looks_like_issuer(pieces[i])) {
                c.issuer = pieces[i];
                break;
            }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace ip
