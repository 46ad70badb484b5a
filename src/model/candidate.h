// What the reading layer extracts from a resume: the `candidate` part of the
// playbook document (see docs/playbook-json.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/metric_kind.h"
#include "model/seniority_level.h"

namespace ip {

using OptString = std::optional<std::string>;

// A number with its unit as written in a bullet ("38%", "500K+ requests/second").
struct Metric {
    std::string text;  // verbatim from the bullet
    MetricKind kind = MetricKind::Count;
};

struct Bullet {
    std::string id;    // "p0b0" (position 0, bullet 0) or "j0b1" (project 0, bullet 1)
    std::string text;  // verbatim, bullet glyph removed
    std::vector<Metric> metrics;
    std::vector<std::string> skills;  // canonical skill names
    std::string verb;                 // leading action verb as written ("Led"), empty if none
};

struct Position {
    std::string company;
    std::string title;
    OptString start;  // "YYYY-MM" or "YYYY"
    OptString end;    // "YYYY-MM", "YYYY" or "present"
    OptString location;
    std::vector<Bullet> bullets;
};

// Time away from work the resume names ("Sabbatical: travel and family care,
// Jan 2023 - Dec 2023"): a gap it explains, not a role.
struct CareerBreak {
    std::string text;  // verbatim, bullet glyph removed
    OptString start;   // "YYYY-MM" or "YYYY" when the line dates it
    OptString end;     // "YYYY-MM", "YYYY" or "present"
};

struct Education {
    std::string institution;
    OptString degree;  // "B.S.", "MBA", "PhD"
    OptString field;
    OptString end;
};

struct Certification {
    std::string name;
    OptString issuer;
    OptString date;
};

struct Project {
    std::string name;
    OptString description;
    std::vector<Bullet> bullets;
};

// A title held is evidence of its work: "position0" names the first
// position's title ("Charge Nurse" shows nurse leadership).
inline constexpr std::string_view kTitleEvidence = "position";
inline std::string title_evidence_id(size_t position) { return std::string(kTitleEvidence) + std::to_string(position); }
// A credential held is evidence too: "certification0" names the first entry
// of the certifications (credentials, licences) section.
inline constexpr std::string_view kCertificationEvidence = "certification";
inline std::string certification_evidence_id(size_t index) {
    return std::string(kCertificationEvidence) + std::to_string(index);
}

struct SkillRef {
    std::string name;      // canonical
    std::string category;  // from the taxonomy
    std::vector<std::string>
        evidence;  // bullet ids, "position0" (a title), "certification0", "summary", "skills-section"
};

struct Contact {
    OptString email;
    OptString phone;
    OptString location;
    std::vector<std::string> links;
};

struct Candidate {
    OptString name;
    OptString headline;
    Contact contact;
    OptString summary;
    // Professional years: the resume's own stated total when it states one,
    // else merged from the positions' dates.
    std::optional<double> years_experience;
    OptString years_stated;  // that total as the resume says it ("12+ years", "over a decade"); null if unstated
    std::optional<SeniorityLevel> seniority;  // "" in JSON when neither the titles nor the years say
    std::vector<Position> positions;
    std::vector<CareerBreak> career_breaks;
    std::vector<Education> education;
    std::vector<Certification> certifications;
    std::vector<Project> projects;
    std::vector<SkillRef> skills;
};

}  // namespace ip
