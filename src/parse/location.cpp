#include "parse/location.h"

#include <set>
#include <vector>

#include "core/text.h"

namespace ip {

namespace {

const std::set<std::string>& region_codes() {
    static const std::set<std::string> codes = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
        // Canadian provinces; country codes people append
        "ON", "BC", "QC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "US", "USA", "UK", "UAE", "EU"};
    return codes;
}

const std::set<std::string>& region_names() {
    // clang-format off
    static const std::set<std::string> names = {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "ontario",
        "british columbia", "quebec", "alberta", "united states", "united kingdom", "canada", "india", "germany",
        "france", "spain", "italy", "netherlands", "the netherlands", "ireland", "australia", "singapore", "japan",
        "china", "brazil", "mexico", "israel", "sweden", "switzerland", "poland", "portugal", "denmark", "norway",
        "finland", "belgium", "austria", "new zealand", "south africa", "nigeria", "kenya", "egypt", "argentina",
        "chile", "colombia", "south korea", "korea", "vietnam", "philippines", "indonesia", "malaysia", "pakistan",
        "bangladesh", "turkey", "greece", "czech republic", "czechia", "romania", "ukraine", "hong kong", "taiwan",
        "england", "scotland", "wales", "united arab emirates", "saudi arabia", "estonia", "lithuania", "latvia",
        "hungary", "croatia", "serbia", "bulgaria", "peru", "uruguay", "costa rica", "thailand", "sri lanka",
        "nepal", "ghana", "morocco", "tunisia"};
    // clang-format on
    return names;
}

// Cities written without a region often enough to matter.
const std::set<std::string>& lone_cities() {
    static const std::set<std::string> cities = {
        "london",     "paris",     "berlin",      "munich",        "amsterdam",     "dublin",         "madrid",
        "barcelona",  "lisbon",    "zurich",      "stockholm",     "copenhagen",    "oslo",           "helsinki",
        "warsaw",     "prague",    "vienna",      "toronto",       "vancouver",     "montreal",       "sydney",
        "melbourne",  "singapore", "tokyo",       "bangalore",     "bengaluru",     "hyderabad",      "pune",
        "mumbai",     "delhi",     "new delhi",   "chennai",       "gurgaon",       "gurugram",       "noida",
        "tel aviv",   "dubai",     "nyc",         "new york city", "san francisco", "seattle",        "austin",
        "boston",     "chicago",   "los angeles", "bay area",      "sf bay area",   "silicon valley", "hong kong",
        "shanghai",   "beijing",   "shenzhen",    "seoul",         "sao paulo",     "mexico city",    "cape town",
        "lagos",      "nairobi",   "cairo",       "istanbul",      "athens",        "brussels",       "edinburgh",
        "manchester", "cambridge", "oxford",      "kyiv",          "bucharest",     "budapest",       "tallinn",
        "auckland"};
    return cities;
}

bool is_work_mode(const std::string& lower) {
    return lower == "remote" || lower == "hybrid" || lower == "on-site" || lower == "onsite" || lower == "on site" ||
           lower == "in office" || lower == "in-office" || lower == "remote-first" || lower == "anywhere" ||
           lower == "worldwide" || lower == "distributed" || lower == "fully remote" || lower == "remote only";
}

// "San Francisco", "Round Rock", "St. Louis", "Winston-Salem": capitalised words, no digits.
bool looks_like_place_name(const std::string& s) {
    const std::vector<std::string> words = split(trim(s), ' ');
    if (words.empty() || words.size() > 4) return false;
    for (const std::string& w : words) {
        if (w.empty()) return false;
        const char c = w[0];
        if (!(c >= 'A' && c <= 'Z') && static_cast<unsigned char>(c) < 0x80) return false;
        for (char x : w)
            if (x >= '0' && x <= '9') return false;
    }
    return true;
}

// Drops a trailing "(Hybrid)", "(remote from Seattle)", " - Remote", and a ZIP code.
std::string strip_work_mode(std::string s) {
    s = trim(s);
    const size_t open = s.rfind('(');
    if (open != std::string::npos && ends_with(s, ")")) {
        const std::string inner = to_lower(s.substr(open + 1, s.size() - open - 2));
        if (inner.find("remote") != std::string::npos || inner.find("hybrid") != std::string::npos ||
            inner.find("site") != std::string::npos || inner.find("office") != std::string::npos)
            s = trim(s.substr(0, open));
    }
    for (const char* suffix : {" - Remote", " - Hybrid", " / Remote", " or Remote", " (Remote)"})
        if (ends_with(s, suffix)) s = trim(s.substr(0, s.size() - std::string(suffix).size()));
    // ZIP code after a state: "WA 98101"
    if (s.size() > 6) {
        const size_t sp = s.rfind(' ');
        const std::string tail = s.substr(sp + 1);
        bool zip = tail.size() == 5;
        for (char c : tail) zip = zip && c >= '0' && c <= '9';
        if (zip) s = trim(s.substr(0, sp));
    }
    return s;
}

bool is_region(const std::string& piece) {
    const std::string p = trim(piece);
    if (region_codes().count(p)) return true;
    std::string lower = to_lower(p);
    if (!lower.empty() && lower.back() == '.') lower.pop_back();
    return region_names().count(lower) > 0 || lower == "u.s" || lower == "u.k";
}

}  // namespace

bool is_location(const std::string& text) {
    std::string s = strip_work_mode(text);
    const std::string lower = to_lower(s);
    if (s.empty()) return !trim(text).empty();  // it was only "(Remote)"
    if (is_work_mode(lower) || starts_with(lower, "remote ") || starts_with(lower, "remote,") ||
        starts_with(lower, "remote (") || lower == "greater seattle area" || ends_with(lower, " metropolitan area") ||
        (ends_with(lower, " area") && looks_like_place_name(s)))
        return true;
    if (lone_cities().count(lower)) return true;
    const std::vector<std::string> pieces = split(s, ',');
    if (pieces.size() < 2 || pieces.size() > 3) return region_names().count(lower) > 0 && lower != "washington";
    if (!looks_like_place_name(pieces[0])) return false;
    if (!is_region(pieces[1])) return false;
    return pieces.size() == 2 || is_region(pieces[2]);
}

bool split_trailing_location(const std::string& text, std::string& rest, std::string& location) {
    // "Abercrombie & Fitch Co., New Albany, OH (Distribution Center, 1.2M sq ft)": the unit goes.
    const size_t unit = text.rfind(" (");
    if (unit != std::string::npos && ends_with(text, ")") && text.find(',') < unit &&
        split_trailing_location(text.substr(0, unit), rest, location))
        return true;
    const std::vector<std::string> pieces = split(text, ',');
    for (size_t take = 3; take >= 1; --take) {
        if (pieces.size() <= take) continue;
        std::string tail;
        for (size_t i = pieces.size() - take; i < pieces.size(); ++i) tail += (tail.empty() ? "" : ",") + pieces[i];
        if (!is_location(trim(tail))) continue;
        // A single trailing piece only counts when it is a work mode or a known city ("Acme, Remote").
        if (take == 1 && !is_work_mode(to_lower(strip_work_mode(tail))) && !lone_cities().count(to_lower(trim(tail))))
            continue;
        std::string head;
        for (size_t i = 0; i + take < pieces.size(); ++i) head += (head.empty() ? "" : ",") + pieces[i];
        if (trim(head).empty()) return false;
        rest = trim(head);
        location = trim(tail);
        return true;
    }
    return false;
}

}  // namespace ip
