#include "parse/resume_text.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "parse/bullet_facts.h"
#include "parse/bullet_marker.h"
#include "parse/certifications_section.h"
#include "parse/contact_info.h"
#include "parse/date_range.h"
#include "parse/education_section.h"
#include "parse/experience_section.h"
#include "parse/experience_years.h"
#include "parse/org_and_title_words.h"
#include "parse/projects_section.h"
#include "parse/resume_header.h"
#include "parse/resume_sections.h"
#include "parse/role_names.h"
#include "parse/skill_list.h"
#include "parse/skill_matcher.h"

namespace ip {

namespace {

std::string join_paragraph(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& raw : lines) {
        const std::string line = trim(std::string(bullet_body(trim(raw))));
        if (line.empty()) continue;
        if (!out.empty()) out += ' ';
        out += line;
    }
    return out;
}

void add_listed(std::vector<SkillRef>& skills, const ListedSkill& s) {
    const std::string key = to_lower(s.name);
    for (SkillRef& r : skills)
        if (to_lower(r.name) == key) return;
    skills.push_back(SkillRef{s.name, s.category, {"skills-section"}});
}

// Evidence in document order: positions' bullets, projects' bullets, then the
// titles held ("position0"), the credentials ("certification0"), the summary
// and the skills section.
std::tuple<int, int, int> evidence_rank(const std::string& id) {
    if (starts_with(id, kTitleEvidence)) return {2, std::atoi(id.c_str() + kTitleEvidence.size()), 0};
    if (starts_with(id, kCertificationEvidence)) return {3, std::atoi(id.c_str() + kCertificationEvidence.size()), 0};
    if (id.size() > 1 && (id[0] == 'p' || id[0] == 'j')) {
        const size_t b = id.find('b');
        if (b != std::string::npos) {
            const int group = id[0] == 'p' ? 0 : 1;
            return {group, std::atoi(id.c_str() + 1), std::atoi(id.c_str() + b + 1)};
        }
    }
    return {id == "summary" ? 4 : 5, 0, 0};
}

// The candidate's skills by lower-case name while evidence is added.
class SkillEvidence {
public:
    SkillEvidence(const Knowledge& kb, std::vector<SkillRef>& skills) : kb_(kb), skills_(skills) {
        for (size_t i = 0; i < skills_.size(); ++i) at_.emplace(to_lower(skills_[i].name), i);
    }
    void add(const std::string& name, const std::string& id) {
        auto [it, added] = at_.emplace(to_lower(name), skills_.size());
        if (added) {
            const SkillDef* def = kb_.skill_named(name);
            skills_.push_back(SkillRef{name, def ? def->category : std::string("other"), {}});
        }
        std::vector<std::string>& ev = skills_[it->second].evidence;
        if (std::find(ev.begin(), ev.end(), id) == ev.end()) ev.push_back(id);
    }

private:
    const Knowledge& kb_;
    std::vector<SkillRef>& skills_;
    std::map<std::string, size_t> at_;
};

void number_bullets(const Knowledge& kb, Candidate& c) {
    for (size_t p = 0; p < c.positions.size(); ++p)
        for (size_t b = 0; b < c.positions[p].bullets.size(); ++b) {
            Bullet& bullet = c.positions[p].bullets[b];
            bullet.id = "p" + std::to_string(p) + "b" + std::to_string(b);
            analyze_bullet(kb, bullet);
        }
    for (size_t j = 0; j < c.projects.size(); ++j)
        for (size_t b = 0; b < c.projects[j].bullets.size(); ++b) {
            Bullet& bullet = c.projects[j].bullets[b];
            bullet.id = "j" + std::to_string(j) + "b" + std::to_string(b);
            analyze_bullet(kb, bullet);
        }
}

// No career has more roles; past this a paste is noise and reading it only costs time.
constexpr size_t kMaxPositions = 120;

// Where roles begin in a block that is not headed as experience (the header
// of a resume with no experience heading, a "HIGHLIGHTS" summary): the first
// dated role line, with the title or employer lines just above it; the
// block's size when no line there is a role.
size_t first_role_line(const Knowledge& kb, const std::vector<std::string>& lines) {
    auto is_header_text = [&kb](const std::string& t) {
        return !t.empty() && !is_bullet_line(t) && split_words(t).size() <= 10 && !is_contact_line(t) &&
               (title_score(kb, t) > 0 || organization_word_score(kb, t) > 0);
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string t = trim(lines[i]);
        const auto range = find_date_range(t);
        if (!range || range->single || is_bullet_line(t)) continue;
        const std::string rest = remove_date_range(t, *range);
        // A sentence that mentions years ("Engineer with 8 years (2016–2024) building ...") is no role.
        if (split_words(rest).size() > 12 || (ends_with(rest, ".") && split_words(rest).size() > 6)) continue;
        const std::string above = i > 0 ? trim(lines[i - 1]) : std::string();
        if (!(title_score(kb, rest) > 0 || is_header_text(above))) continue;  // above: the title of a wrapped header
        size_t start = i;
        while (start > 0 && i - start < 2 && is_header_text(trim(lines[start - 1]))) --start;
        return start;
    }
    return lines.size();
}

// Roles read from the lines of a block that is not headed as experience; only
// dated, titled ones count.
void add_unheaded_roles(const Knowledge& kb, const std::vector<std::string>& lines, const std::string& name,
                        Candidate& c) {
    ExperienceSection e = read_experience_section(kb, lines, name);
    for (Position& p : e.positions)
        if (p.start && !p.title.empty() && c.positions.size() < kMaxPositions) c.positions.push_back(std::move(p));
}

}  // namespace

std::string resume_reading_order(const Knowledge& kb, const std::string& clean_text) {
    const std::vector<std::string> lines = split_lines(clean_text);
    const std::vector<std::string> ordered = unweave_columns(kb, lines);
    if (ordered == lines) return clean_text;
    return join(ordered, "\n");
}

Candidate parse_resume_text(const Knowledge& kb, const std::string& clean_text, const std::string& today,
                            std::vector<std::string>& warnings) {
    Candidate c;
    const std::vector<SectionBlock> blocks = split_resume_sections(kb, split_lines(clean_text));
    std::vector<std::string> summary_lines;
    std::vector<ListedSkill> listed;
    const bool has_experience_section = std::any_of(
        blocks.begin(), blocks.end(), [](const SectionBlock& b) { return b.kind == ResumeSection::Experience; });
    for (const SectionBlock& block : blocks) {
        switch (block.kind) {
            case ResumeSection::Header: {
                if (&block != &blocks.front()) break;
                // No experience heading: the roles may follow the name and contact lines.
                const size_t roles_at = has_experience_section ? block.lines.size() : first_role_line(kb, block.lines);
                const std::vector<std::string> head(block.lines.begin(), block.lines.begin() + roles_at);
                ResumeHeader h = read_resume_header(kb, head);
                c.name = h.name;
                c.headline = h.headline;
                c.contact = h.contact;
                if (h.summary) c.summary = h.summary;
                if (roles_at < block.lines.size())
                    add_unheaded_roles(kb, {block.lines.begin() + roles_at, block.lines.end()}, c.name.value_or(""), c);
                break;
            }
            case ResumeSection::Summary: {
                // "HIGHLIGHTS" may hold the roles themselves.
                const size_t roles_at = first_role_line(kb, block.lines);
                summary_lines.insert(summary_lines.end(), block.lines.begin(), block.lines.begin() + roles_at);
                if (roles_at < block.lines.size())
                    add_unheaded_roles(kb, {block.lines.begin() + roles_at, block.lines.end()}, c.name.value_or(""), c);
                break;
            }
            case ResumeSection::Experience: {
                if (c.positions.size() >= kMaxPositions) break;  // a pathological paste, not a career
                ExperienceSection e = read_experience_section(kb, block.lines, c.name.value_or(""));
                for (Position& p : e.positions) c.positions.push_back(std::move(p));
                for (CareerBreak& b : e.career_breaks) c.career_breaks.push_back(std::move(b));
                for (const std::string& line : e.sidebar_lines) collect_listed_skills(kb, line, true, listed);
                break;
            }
            case ResumeSection::Education:
                for (Education& e : read_education_section(kb, block.lines)) c.education.push_back(std::move(e));
                break;
            case ResumeSection::Skills:
                for (const std::string& line : block.lines) collect_listed_skills(kb, line, true, listed);
                break;
            case ResumeSection::Languages:
                for (const std::string& line : block.lines) collect_listed_skills(kb, line, false, listed);
                break;
            case ResumeSection::Certifications:
                for (Certification& cert : read_certifications_section(block.lines))
                    c.certifications.push_back(std::move(cert));
                break;
            case ResumeSection::Projects:
                for (Project& p : read_projects_section(block.lines)) c.projects.push_back(std::move(p));
                break;
            case ResumeSection::Other:
                for (const std::string& line : block.lines) find_contact_details(line, c.contact);
                break;
        }
    }
    // Contact details a two-column paste left among other sections.
    if (!c.contact.email || !c.contact.phone)
        for (const std::string& line : split_lines(clean_text))
            if (line.find_first_of("@0123456789") != std::string::npos && is_contact_line(line))
                find_contact_details(line, c.contact);
    if (!summary_lines.empty()) c.summary = join_paragraph(summary_lines);
    if (!c.headline && c.summary) {
        const std::string lead = headline_from_summary(kb, *c.summary);
        if (!lead.empty()) c.headline = lead;
    }
    for (const ListedSkill& s : listed) add_listed(c.skills, s);
    number_bullets(kb, c);
    finish_candidate(kb, today, c);

    if (!c.name) warnings.push_back("No name was found at the top of the resume.");
    if (c.positions.empty()) warnings.push_back("No work experience was found in the resume.");
    return c;
}

void finish_candidate(const Knowledge& kb, const std::string& today, Candidate& c) {
    c.years_experience = experience_years(kb, c.positions, today);
    // What the candidate will say about themselves wins over the dates.
    for (const OptString& own_words : {c.headline, c.summary})
        if (own_words && !c.years_stated)
            if (auto stated = stated_years(kb, *own_words)) {
                c.years_experience = stated->years;
                c.years_stated = stated->said;
            }
    c.seniority = candidate_seniority(c);
    for (Position& p : c.positions) p.title = title_without_employment_note(kb, p.title);
    SkillEvidence evidence(kb, c.skills);
    for (const Position& p : c.positions)
        for (const Bullet& b : p.bullets)
            for (const std::string& s : b.skills) evidence.add(s, b.id);
    for (const Project& p : c.projects)
        for (const Bullet& b : p.bullets)
            for (const std::string& s : b.skills) evidence.add(s, b.id);
    // A title held is evidence of its work: a "Charge Nurse" has led a shift.
    for (size_t i = 0; i < c.positions.size(); ++i)
        for (const std::string& s : find_skills(kb, c.positions[i].title)) evidence.add(s, title_evidence_id(i));
    // So is a credential held: a "Teaching Credential: Science" answers a line asking for one.
    for (size_t i = 0; i < c.certifications.size(); ++i)
        for (const std::string& s : find_skills(kb, c.certifications[i].name))
            evidence.add(s, certification_evidence_id(i));
    if (c.summary)
        for (const std::string& s : find_skills(kb, *c.summary)) evidence.add(s, "summary");
    for (SkillRef& r : c.skills)
        std::stable_sort(r.evidence.begin(), r.evidence.end(), [](const std::string& a, const std::string& b) {
            return evidence_rank(a) < evidence_rank(b);
        });
}

}  // namespace ip
