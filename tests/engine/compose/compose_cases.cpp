#include "compose_cases.h"

#include "core/text.h"
#include "test_support.h"

namespace ip::test {

const GenerateResult& seed_playbook() {
    static const GenerateResult r = generate_fixture("seed-case/resume.txt", "seed-case/job.txt");
    return r;
}

const GenerateResult& product_playbook() {
    static const GenerateResult r = generate_fixture("resumes/rachel-goldberg.docx", "jobs/salesforce-senior-pm.txt");
    return r;
}

const GenerateResult& sales_playbook() {
    static const GenerateResult r = generate_fixture("resumes/tyler-brooks.md",
                                                     "jobs/salesforce-account-executive.txt");
    return r;
}

const GenerateResult& unknown_company_playbook() {
    static const GenerateResult r = generate_fixture("resumes/kevin-park.txt", "jobs/fernway-director-engineering.txt");
    return r;
}

std::string spans_of(const Rich& r, SpanKind kind) {
    std::vector<std::string> out;
    for (const auto& s : r)
        if (s.kind == kind) out.push_back(s.text);
    return join(out, " | ");
}

bool in_some_bullet(const Playbook& doc, const std::string& text) {
    const std::string t = fold_whitespace(text);
    if (t.empty()) return false;
    for (const auto& p : doc.candidate.positions)
        for (const auto& b : p.bullets)
            if (contains(fold_whitespace(b.text), t)) return true;
    for (const auto& p : doc.candidate.projects)
        for (const auto& b : p.bullets)
            if (contains(fold_whitespace(b.text), t)) return true;
    return false;
}

bool in_some_requirement(const Playbook& doc, const std::string& text) {
    const std::string t = fold_whitespace(text);
    if (t.empty()) return false;
    for (const auto& r : doc.job.requirements)
        if (contains(fold_whitespace(r.text), t)) return true;
    return false;
}

}  // namespace ip::test
