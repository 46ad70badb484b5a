// assets/candidacy.json: the words the candidacy-risk check reads the two
// documents with (analyze/candidacy_risks.cpp): countries and their regions,
// the cues of programmes open to one group only, remote and on-site cues.
#pragma once
#include <string>
#include <vector>

namespace ip {

struct CountryWords {
    std::string id;                    // "us"
    std::vector<std::string> names;    // lower-case: "united states", "usa"
    std::vector<std::string> regions;  // states or provinces: "washington", "WA" (codes as written, upper-case)
};

// Programmes open to one group: the posting's cues for each.
struct ProgrammeWords {
    std::vector<std::string> educated_abroad;  // "internationally educated": for people educated in another country
    std::vector<std::string> new_graduate;     // "new graduate": for people at the start of a career
    std::vector<std::string> student;          // "currently enrolled": for people still studying
    std::vector<std::string> returner;         // "returnship": for people coming back after a break
};

struct CandidacyWords {
    std::vector<CountryWords> countries;
    ProgrammeWords programmes;
    std::vector<std::string> remote;   // "remote": a location line that needs no move
    std::vector<std::string> on_site;  // "on-site", "hybrid": a job that needs presence
    // "experience": a line with years is a years bar only when it says one ("a one year trial period" is not).
    std::vector<std::string> experience_words;
};

}  // namespace ip
