#include "parse/resume_sections.h"

#include <map>
#include <set>

#include "core/text.h"
#include "parse/action_verb.h"
#include "parse/bullet_marker.h"

namespace ip {

namespace {

const std::map<std::string, ResumeSection>& heading_keys() {
    using S = ResumeSection;
    static const std::map<std::string, S> keys = {
        {"summary", S::Summary},          {"profile", S::Summary},         {"objective", S::Summary},
        {"about", S::Summary},            {"overview", S::Summary},        {"introduction", S::Summary},
        {"bio", S::Summary},              {"qualifications", S::Summary},  {"experience", S::Experience},
        {"experiences", S::Experience},   {"employment", S::Experience},   {"history", S::Experience},
        {"internships", S::Experience},   {"education", S::Education},     {"academics", S::Education},
        {"schooling", S::Education},      {"skills", S::Skills},           {"skill", S::Skills},
        {"competencies", S::Skills},      {"technologies", S::Skills},     {"expertise", S::Skills},
        {"proficiencies", S::Skills},     {"stack", S::Skills},            {"toolkit", S::Skills},
        {"tools", S::Skills},             {"languages", S::Languages},     {"certifications", S::Certifications},
        {"certification", S::Certifications}, {"certificates", S::Certifications}, {"licenses", S::Certifications},
        {"licences", S::Certifications},  {"credentials", S::Certifications}, {"projects", S::Projects},
        {"portfolio", S::Projects},       {"awards", S::Other},            {"honors", S::Other},
        {"honours", S::Other},            {"achievements", S::Other},      {"accomplishments", S::Other},
        {"publications", S::Other},       {"patents", S::Other},           {"volunteering", S::Other},
        {"interests", S::Other},          {"hobbies", S::Other},           {"references", S::Other},
        {"activities", S::Other},         {"affiliations", S::Other},      {"memberships", S::Other},
        {"coursework", S::Other},         {"courses", S::Other},           {"training", S::Other},
        {"talks", S::Other},              {"speaking", S::Other},          {"extracurriculars", S::Other},
        {"extracurricular", S::Other},    {"contact", S::Other},           {"recognition", S::Other}};
    return keys;
}

const std::set<std::string>& heading_modifiers() {
    static const std::set<std::string> words = {
        "professional", "work", "relevant", "technical", "core", "key", "selected", "personal", "side", "other",
        "additional", "career", "academic", "and", "of", "my", "me", "areas", "related", "industry", "recent",
        "notable", "open", "source", "software", "background", "highlights", "programming", "computer", "soft",
        "hard", "leadership", "research", "teaching", "volunteer", "military", "international", "engineering",
        "product", "tech", "data", "the", "a", "an", "in", "with", "for", "to", "featured", "select", "freelance",
        "consulting", "internship", "employment", "information", "info", "details", "summary", "skills",
        "experience", "community", "service", "certifications", "education", "languages", "tools", "spoken",
        "continuing", "licenses", "honors", "awards", "earlier", "previous", "prior", "more", "independent",
        "academic", "projects", "training", "development", "interests", "executive", "functional", "specialized",
        "top", "main", "primary", "management", "business", "domain", "platforms", "methods"};
    return words;
}

// "Skills & Tools:" -> "skills and tools"
std::vector<std::string> heading_words(const std::string& line) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : line) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (c == '&' || c == '/' || c == ' ' || c == ':' || c == '-' || c == ',' || c == '.' || c == '(' ||
                   c == ')' || c == '\'') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            return {};  // digits, @, symbols: not a heading
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

bool is_list_line(const std::string& line) {
    return line.find(',') != std::string::npos || line.find('|') != std::string::npos ||
           line.find("\xC2\xB7") != std::string::npos || line.find(';') != std::string::npos;
}

// Lines that only experience has: bullets that open with an action verb.
bool is_experience_evidence(const Knowledge& kb, const std::string& line) {
    const std::string_view body = bullet_body(line);
    if (is_list_line(std::string(body)) && split(std::string(body), ' ').size() < 6) return false;
    return split(std::string(body), ' ').size() >= 6 && !leading_action_verb(kb, body).empty();
}

}  // namespace

std::optional<ResumeSection> resume_heading(const std::string& line) {
    const std::string t = trim(line);
    if (t.empty() || t.size() > 48 || is_bullet_line(t)) return std::nullopt;
    const std::vector<std::string> words = heading_words(t);
    if (words.empty() || words.size() > 5) return std::nullopt;
    std::optional<ResumeSection> kind;
    for (const std::string& w : words) {
        auto k = heading_keys().find(w);
        if (k != heading_keys().end()) {
            if (!kind) kind = k->second;
        } else if (!heading_modifiers().count(w)) {
            return std::nullopt;
        }
    }
    // "Experience" said alone is a heading; a sentence-cased clause ending in a
    // full stop is not.
    if (ends_with(t, ".")) return std::nullopt;
    return kind;
}

std::optional<ResumeSection> inline_heading(const std::string& line, std::string& rest) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos || colon + 1 >= line.size() || is_bullet_line(line)) return std::nullopt;
    auto kind = resume_heading(line.substr(0, colon));
    if (!kind) return std::nullopt;
    rest = trim(line.substr(colon + 1));
    if (rest.empty()) return std::nullopt;
    return kind;
}

std::vector<SectionBlock> split_resume_sections(const Knowledge& kb, const std::vector<std::string>& lines) {
    std::vector<SectionBlock> blocks(1);
    for (const std::string& line : lines) {
        const ResumeSection current = blocks.back().kind;
        const bool in_skills = current == ResumeSection::Skills || current == ResumeSection::Languages;
        if (auto kind = resume_heading(line)) {
            blocks.push_back(SectionBlock{*kind, line, {}, false});
            continue;
        }
        std::string rest;
        if (auto kind = inline_heading(line, rest)) {
            const bool skills_label = *kind == ResumeSection::Skills || *kind == ResumeSection::Languages;
            // "Languages: Java, Go" inside a skills section is one of its lists.
            if (!(in_skills && skills_label) && current != ResumeSection::Experience &&
                current != ResumeSection::Projects) {
                blocks.push_back(SectionBlock{*kind, line.substr(0, line.find(':')), {rest}, false});
                continue;
            }
        }
        blocks.back().lines.push_back(line);
    }

    // A sidebar section (skills, languages, certifications, interests) that
    // arrived inside the experience carries experience lines: give them back.
    std::vector<SectionBlock> merged;
    for (SectionBlock& b : blocks) {
        const bool sidebar_kind = b.kind == ResumeSection::Skills || b.kind == ResumeSection::Languages ||
                                  b.kind == ResumeSection::Certifications || b.kind == ResumeSection::Other;
        SectionBlock* experience = nullptr;
        for (auto it = merged.rbegin(); it != merged.rend(); ++it) {
            if (it->kind == ResumeSection::Experience) {
                experience = &*it;
                break;
            }
            if (it->kind == ResumeSection::Education || it->kind == ResumeSection::Projects) break;
        }
        bool evidence = false;
        for (const std::string& line : b.lines) evidence = evidence || is_experience_evidence(kb, line);
        if (sidebar_kind && experience && evidence) {
            // The sidebar heading stays in the flow: the experience reader
            // sends the lists after it to the skills.
            experience->lines.push_back(b.heading);
            experience->lines.insert(experience->lines.end(), b.lines.begin(), b.lines.end());
            experience->absorbed_sidebar = true;
            continue;
        }
        merged.push_back(std::move(b));
    }
    return merged;
}

}  // namespace ip
