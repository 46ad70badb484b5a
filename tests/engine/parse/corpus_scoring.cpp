#include "corpus_scoring.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"
#include "parse/read.h"
#include "parse/skill_matcher.h"

namespace ip::test {

using nlohmann::json;
namespace fs = std::filesystem;

void print_ratio(const char* what, const Ratio& r, double target) {
    if (target < 0) std::printf("  %-34s %6.1f%%  (%d/%d)\n", what, 100.0 * r.value(), r.hit, r.total);
    else
        std::printf("  %-34s %6.1f%%  (%d/%d)   target %3.0f%%\n", what, 100.0 * r.value(), r.hit, r.total,
                    100.0 * target);
}

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<fs::path> label_files(const std::string& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(std::string(IP_TEST_FIXTURES_DIR) + "/" + dir))
        if (ends_with(e.path().string(), ".labels.json")) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// Labels are compared case-insensitively with whitespace collapsed.
std::string norm(const std::string& s) { return to_lower(fold_whitespace(s)); }

// Requirement lines also drop closing punctuation: labels leave out the
// sentence's final "." whether or not the reader keeps it.
std::string norm_line(const std::string& s) {
    std::string t = norm(s);
    while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ' ')) t.pop_back();
    return t;
}

// Employers also drop a parenthetical unit ("Microsoft (Azure)").
std::string norm_company(const std::string& s) {
    std::string t = s;
    const size_t open = t.find(" (");
    if (open != std::string::npos) t = t.substr(0, open);
    return norm(t);
}

// The labeled document next to a labels file, whatever its extension.
fs::path document_for(const fs::path& labels) {
    const std::string stem = labels.filename().string().substr(0, labels.filename().string().size() - 12);
    for (const auto& e : fs::directory_iterator(labels.parent_path())) {
        const std::string name = e.path().filename().string();
        if (name != labels.filename().string() && starts_with(name, stem + ".")) return e.path();
    }
    return {};
}

// A label skill as the taxonomy names it, and every taxonomy skill inside it.
struct LabelSkill {
    std::string canonical;           // lower-case
    std::vector<std::string> inner;  // lower-case canonical names found in the text
    std::string text;                // lower-case label text
};

LabelSkill map_label_skill(const Knowledge& kb, const std::string& label) {
    LabelSkill s;
    s.text = norm(label);
    s.canonical = s.text;
    const auto hits = find_skill_hits_in_list(kb, label);
    for (const SkillHit& h : hits) s.inner.push_back(norm(kb.skills[h.skill].name));
    if (hits.size() == 1 && hits[0].offset == 0 && hits[0].length == trim(label).size())
        s.canonical = norm(kb.skills[hits[0].skill].name);
    return s;
}

}  // namespace

void score_resume(const Knowledge& kb, const fs::path& labels_path, const ScoreOptions& opt, ResumeFigures& f) {
    const json labels = json::parse(read_bytes(labels_path), nullptr, false);
    REQUIRE_FALSE(labels.is_discarded());
    const fs::path doc = document_for(labels_path);
    const std::string id = labels_path.filename().string();
    INFO(id);
    REQUIRE_FALSE(doc.empty());
    const ReadResume r = read_resume(kb, read_bytes(doc), doc.filename().string(), opt.today);
    if (!r.ok) {
        std::printf("  [%s] not read: %s\n", id.c_str(), r.error.c_str());
        f.names.add(false);
        return;
    }
    const Candidate& c = r.candidate;
    auto miss = [&](const std::string& field, const std::string& want, const std::string& got) {
        if (opt.print_misses)
            std::printf("  [%s] %s: want \"%s\" got \"%s\"\n", id.c_str(), field.c_str(), want.c_str(), got.c_str());
    };

    // A document that shows no name (a CV page whose site header holds it)
    // has no "name" label and is not scored on it.
    if (labels.contains("name")) {
        const bool name_ok = c.name && norm(*c.name) == norm(labels.value("name", ""));
        f.names.add(name_ok);
        if (!name_ok) miss("name", labels.value("name", ""), c.name.value_or("(none)"));
    }
    if (labels.contains("email")) {
        const bool ok = c.contact.email && norm(*c.contact.email) == norm(labels["email"].get<std::string>());
        f.emails.add(ok);
        if (!ok) miss("email", labels["email"].get<std::string>(), c.contact.email.value_or("(none)"));
    }

    // "phone": "" means the document shows none (or only a redacted one):
    // nothing may be read as a phone number.
    if (labels.contains("phone")) {
        const std::string want = labels["phone"].get<std::string>();
        const bool ok = want.empty() ? !c.contact.phone : c.contact.phone && norm(*c.contact.phone) == norm(want);
        f.phones.add(ok);
        if (!ok) miss("phone", want, c.contact.phone.value_or("(none)"));
    }

    // Positions: each labeled role is matched to the unused extracted one
    // that agrees on the most of company, title and start. The employer is
    // kept as written; a label without the legal form ("Applied Data Trends"
    // for "Applied Data Trends, Inc") matches its spoken form, as a job's
    // company label matches its spoken or legal name.
    auto same_employer = [&](const std::string& got, const std::string& want) {
        return norm_company(got) == norm_company(want) ||
               norm_company(kb.spoken_company_name(got)) == norm_company(want);
    };
    std::vector<bool> used(c.positions.size(), false);
    for (const json& want : labels["positions"]) {
        const std::string company = want.value("company", ""), title = want.value("title", "");
        const std::string start = want.value("start", ""), end = want.value("end", "");
        int best = -1, best_score = 0;
        for (size_t i = 0; i < c.positions.size(); ++i) {
            if (used[i]) continue;
            const Position& p = c.positions[i];
            const int s = (same_employer(p.company, company) ? 2 : 0) + (norm(p.title) == norm(title) ? 2 : 0) +
                          (p.start.value_or("") == start ? 1 : 0) + (p.end.value_or("") == end ? 1 : 0);
            if (s > best_score) {
                best = static_cast<int>(i);
                best_score = s;
            }
        }
        f.positions_found.add(best >= 0);
        if (best < 0) {
            miss("position", company + " / " + title, "(none)");
            f.companies.add(false);
            f.titles.add(false);
            f.dates.add(false);
            f.dates.add(false);
            f.starts.add(false);
            f.ends.add(false);
            continue;
        }
        used[best] = true;
        const Position& p = c.positions[best];
        const bool company_ok = same_employer(p.company, company);
        const bool title_ok = norm(p.title) == norm(title);
        const bool start_ok = p.start.value_or("") == start, end_ok = p.end.value_or("") == end;
        f.companies.add(company_ok);
        f.titles.add(title_ok);
        f.dates.add(start_ok);
        f.dates.add(end_ok);
        f.starts.add(start_ok);
        f.ends.add(end_ok);
        if (!company_ok) miss("company", company, p.company);
        if (!title_ok) miss("title", title, p.title);
        if (!start_ok || !end_ok)
            miss("dates", start + " - " + end, p.start.value_or("?") + " - " + p.end.value_or("?"));
    }
    const size_t extra = static_cast<size_t>(std::count(used.begin(), used.end(), false));
    f.positions_exact.add(extra == 0 && c.positions.size() == labels["positions"].size());
    if (extra) miss("positions", std::to_string(labels["positions"].size()), std::to_string(c.positions.size()));

    for (const json& want : labels.value("education", json::array())) {
        const std::string inst = want.value("institution", ""), degree = want.value("degree", "");
        bool inst_ok = false, degree_ok = false;
        for (const Education& e : c.education) {
            if (norm(e.institution) != norm(inst)) continue;
            inst_ok = true;
            degree_ok = norm(e.degree.value_or("")) == norm(degree);
        }
        f.institutions.add(inst_ok);
        if (!degree.empty()) f.degrees.add(degree_ok);
        if (!inst_ok) miss("institution", inst, c.education.empty() ? "(none)" : c.education[0].institution);
        else if (!degree_ok && !degree.empty()) miss("degree", degree, "?");
    }

    if (labels.contains("years_stated")) {
        // The resume states its own total: that is what the candidate says.
        const std::string want = labels["years_stated"].get<std::string>();
        const bool ok = c.years_stated && norm(*c.years_stated) == norm(want);
        f.years.add(ok);
        if (!ok) miss("years stated", want, c.years_stated.value_or("(none)"));
    } else if (c.years_experience && labels.contains("years_experience_min")) {
        const double y = *c.years_experience;
        const bool ok = y >= labels["years_experience_min"].get<double>() - 1e-9 &&
                        y <= labels["years_experience_max"].get<double>() + 1e-9;
        f.years.add(ok);
        if (!ok)
            miss("years", labels["years_experience_min"].dump() + ".." + labels["years_experience_max"].dump(),
                 std::to_string(y));
    } else {
        f.years.add(false);
    }
    if (opt.score_seniority) {
        const std::string seniority = c.seniority ? std::string(name_of(*c.seniority)) : "";
        const bool seniority_ok = seniority == labels.value("seniority", "");
        f.seniority.add(seniority_ok);
        if (!seniority_ok) miss("seniority", labels.value("seniority", ""), seniority);
    }

    // Listed skills: label items mapped through the taxonomy against the
    // candidate's skills with skills-section evidence. An item that holds
    // several names ("AWS (EC2, S3, RDS)") is found by any of them, and each
    // of them is a correct extraction.
    std::vector<LabelSkill> want;
    for (const json& s : labels.value("skills", json::array()))
        want.push_back(map_label_skill(kb, s.get<std::string>()));
    std::vector<std::string> got;
    for (const SkillRef& s : c.skills)
        if (std::find(s.evidence.begin(), s.evidence.end(), "skills-section") != s.evidence.end())
            got.push_back(norm(s.name));
    for (const LabelSkill& w : want) {
        bool ok = std::find(got.begin(), got.end(), w.canonical) != got.end();
        for (const std::string& inner : w.inner) ok = ok || std::find(got.begin(), got.end(), inner) != got.end();
        f.skills_recall.add(ok);
        if (!ok) miss("skill missed", w.text, "");
    }
    for (const std::string& g : got) {
        bool ok = false;
        for (const LabelSkill& w : want)
            ok = ok || w.canonical == g || std::find(w.inner.begin(), w.inner.end(), g) != w.inner.end() ||
                 w.text.find(g) != std::string::npos;
        f.skills_precision.add(ok);
        if (!ok) miss("skill extra", "", g);
    }
}

void score_job(const Knowledge& kb, const fs::path& labels_path, const ScoreOptions& opt, JobFigures& f) {
    const json labels = json::parse(read_bytes(labels_path), nullptr, false);
    REQUIRE_FALSE(labels.is_discarded());
    const fs::path doc = document_for(labels_path);
    const std::string id = labels_path.filename().string();
    INFO(id);
    REQUIRE_FALSE(doc.empty());
    const ReadJob r = read_job(kb, read_bytes(doc), doc.filename().string());
    if (!r.ok) {
        std::printf("  [%s] not read: %s\n", id.c_str(), r.error.c_str());
        f.companies.add(false);
        return;
    }
    const Job& j = r.job;
    auto miss = [&](const std::string& field, const std::string& want, const std::string& got) {
        if (opt.print_misses)
            std::printf("  [%s] %s: want \"%s\" got \"%s\"\n", id.c_str(), field.c_str(), want.c_str(), got.c_str());
    };
    // The label is the employer as written: the spoken name, or the legal one it was shortened from.
    const std::string want_company = norm_company(labels.value("company", ""));
    const bool company_ok = (j.company && norm_company(*j.company) == want_company) ||
                            (j.company_legal && norm_company(*j.company_legal) == want_company);
    f.companies.add(company_ok);
    if (!company_ok) miss("company", labels.value("company", ""), j.company.value_or("(none)"));
    const bool title_ok = j.title && norm(*j.title) == norm(labels.value("title", ""));
    f.titles.add(title_ok);
    if (!title_ok) miss("title", labels.value("title", ""), j.title.value_or("(none)"));
    if (!opt.qualifications_only) {
        const std::string level = j.level ? std::string(name_of(*j.level)) : "";
        const bool level_ok = level == labels.value("level", "");
        f.levels.add(level_ok);
        if (!level_ok) miss("level", labels.value("level", ""), j.level ? level : "(none)");
    }

    auto counted = [&](const std::string& kind) {
        return !opt.qualifications_only || kind == "required" || kind == "preferred";
    };
    std::vector<bool> used(j.requirements.size(), false);
    for (const json& want : labels["requirements"]) {
        if (!counted(want.value("kind", ""))) continue;
        const std::string text = norm_line(want.value("text", ""));
        int at = -1;
        for (size_t i = 0; i < j.requirements.size(); ++i)
            if (!used[i] && norm_line(j.requirements[i].text) == text) {
                at = static_cast<int>(i);
                break;
            }
        const bool kind_ok = at >= 0 && name_of(j.requirements[at].kind) == want.value("kind", "");
        f.found.add(at >= 0);
        f.kinds.add(kind_ok);
        if (at < 0) {
            miss("requirement missed", want.value("text", ""), "");
            continue;
        }
        used[at] = true;
        if (!kind_ok) miss("requirement kind", want.value("kind", ""), std::string(name_of(j.requirements[at].kind)));
        if (!opt.qualifications_only) f.competencies.add(j.requirements[at].competency == want.value("competency", ""));
    }
    for (size_t i = 0; i < j.requirements.size(); ++i) {
        if (!counted(std::string(name_of(j.requirements[i].kind)))) continue;
        f.precision.add(used[i]);
        if (!used[i]) miss("requirement extra", "", j.requirements[i].text);
    }
}

}  // namespace ip::test
