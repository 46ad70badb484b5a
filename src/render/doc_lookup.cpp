#include "render/doc_lookup.h"

#include <cstdint>

#include "core/text.h"

namespace ip {

namespace {

std::string position_label(const Position& p) {
    if (!p.title.empty() && !p.company.empty()) return p.title + ", " + p.company;
    return p.title.empty() ? p.company : p.title;
}

// "educationN" / "certificationN" -> N, or -1.
int indexed_id(std::string_view id, std::string_view prefix) {
    if (!starts_with(id, prefix) || id.size() == prefix.size() || id.size() > prefix.size() + 4) return -1;
    int n = 0;
    for (char c : id.substr(prefix.size())) {
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// "r12" -> 12; SIZE_MAX for anything else.
size_t requirement_index(std::string_view id) {
    if (id.size() < 2 || id.size() > 10 || id[0] != 'r') return SIZE_MAX;
    size_t n = 0;
    for (char c : id.substr(1)) {
        if (c < '0' || c > '9') return SIZE_MAX;
        n = n * 10 + size_t(c - '0');
    }
    return n;
}

std::string education_label(const Education& e) {
    std::string s;
    if (e.degree) s = *e.degree;
    if (e.field) s += (s.empty() ? "" : " in ") + *e.field;
    if (!e.institution.empty()) s += (s.empty() ? "" : ", ") + e.institution;
    if (e.end) s += " (" + *e.end + ")";
    return s;
}

}  // namespace

const Bullet* find_bullet(const Playbook& doc, std::string_view id) {
    for (const auto& p : doc.candidate.positions)
        for (const auto& b : p.bullets)
            if (b.id == id) return &b;
    for (const auto& p : doc.candidate.projects)
        for (const auto& b : p.bullets)
            if (b.id == id) return &b;
    return nullptr;
}

const Requirement* find_requirement(const Playbook& doc, std::string_view id) {
    // Ids are "r<index>" in document order (model/job.h): look there first, so
    // a table of every requirement stays linear in a 100,000-line posting.
    const size_t index = requirement_index(id);
    if (index < doc.job.requirements.size() && doc.job.requirements[index].id == id)
        return &doc.job.requirements[index];
    for (const auto& r : doc.job.requirements)
        if (r.id == id) return &r;
    return nullptr;
}

const Story* find_story(const Playbook& doc, std::string_view id) {
    for (const auto& s : doc.stories)
        if (s.id == id) return &s;
    return nullptr;
}

int story_number(const Playbook& doc, std::string_view id) {
    for (size_t i = 0; i < doc.stories.size(); ++i)
        if (doc.stories[i].id == id) return static_cast<int>(i) + 1;
    return 0;
}

EvidenceRef describe_evidence(const Playbook& doc, const std::string& id) {
    for (const auto& p : doc.candidate.positions)
        for (const auto& b : p.bullets)
            if (b.id == id) return {b.text, position_label(p)};
    for (const auto& p : doc.candidate.projects)
        for (const auto& b : p.bullets)
            if (b.id == id) return {b.text, p.name.empty() ? "Project" : "Project: " + p.name};
    if (const Requirement* r = find_requirement(doc, id)) return {r->text, "Job description"};
    const int held = indexed_id(id, kTitleEvidence);
    if (held >= 0 && held < static_cast<int>(doc.candidate.positions.size())) {
        const Position& p = doc.candidate.positions[held];
        return {p.title, p.company.empty() ? "Your title" : "Your title at " + p.company};
    }
    if (id == "skills-section") return {"", "Listed in your skills section"};
    if (id == "summary") return {doc.candidate.summary.value_or(""), "Your resume summary"};
    const int edu = indexed_id(id, "education");
    if (edu >= 0 && edu < static_cast<int>(doc.candidate.education.size()))
        return {education_label(doc.candidate.education[edu]), "Education"};
    const int cert = indexed_id(id, kCertificationEvidence);
    if (cert >= 0 && cert < static_cast<int>(doc.candidate.certifications.size()))
        return {doc.candidate.certifications[cert].name, "Certification"};
    return {};
}

}  // namespace ip
