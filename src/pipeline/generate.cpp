#include "pipeline/generate.h"

#include "analyze/analysis.h"
#include "analyze/analyze.h"
#include "compose/compose.h"
#include "core/text.h"
#include "parse/read.h"

namespace ip {

GenerateResult generate_playbook(const Knowledge& kb, const Inputs& in) {
    GenerateResult r;
    ReadResume resume = read_resume(kb, in.resume, in.resume_filename, in.today);
    if (!resume.ok) {
        r.error = "Resume: " + resume.error;
        return r;
    }
    ReadJob job = read_job(kb, in.job, in.job_filename);
    if (!job.ok) {
        r.error = "Job description: " + job.error;
        return r;
    }
    r.warnings = resume.warnings;
    r.warnings.insert(r.warnings.end(), job.warnings.begin(), job.warnings.end());

    Playbook& doc = r.doc;
    doc.generated = in.today;
    doc.candidate = std::move(resume.candidate);
    doc.job = std::move(job.job);
    if (!in.company.empty()) {
        // Typed "Amazon Corporate LLC": prose says "Amazon", the legal name is kept.
        const std::string spoken = kb.spoken_company_name(in.company);
        doc.job.company = spoken;
        doc.job.company_legal = spoken != trim(in.company) ? std::optional<std::string>(trim(in.company))
                                                           : std::nullopt;
    }
    if (!in.role.empty()) doc.job.title = in.role;

    // Both stages read the same analysis: neither changes doc.candidate or doc.job.
    const Analysis a = build_analysis(kb, doc);
    const ScoreFacts score = analyze_fit(kb, a, doc);
    ProseWriter ph(kb);  // one ledger of what the document says, from the first sentence to the last
    compose_playbook(kb, in.news, a, score, doc, ph);
    r.template_problems = ph.problems();

    r.sources.resume = std::move(resume.source_text);
    r.sources.job = std::move(job.source_text);
    r.ok = true;
    return r;
}

}  // namespace ip
