#include "app/engine_session.h"

#include <algorithm>
#include <exception>

#include "parse/read.h"

namespace ip::app {

namespace {

std::string year_of(const OptString& date) {
    if (!date) return {};
    if (*date == "present") return "present";
    return date->substr(0, 4);
}

std::string describe_position(const Position& p) {
    std::string out = p.title;
    if (!p.company.empty()) out += (out.empty() ? "" : ", ") + p.company;
    const std::string start = year_of(p.start);
    const std::string end = year_of(p.end);
    if (!start.empty() || !end.empty()) {
        out += " (" + start;
        if (!end.empty() && end != start) out += " \u2013 " + end;
        out += ")";
    }
    return out;
}

}  // namespace

bool EngineSession::load(const std::string& assets_dir, std::string& error) {
    auto kb = std::make_unique<Knowledge>();
    if (!load_knowledge_dir(assets_dir, *kb, error)) return false;
    for (const auto& c : kb->companies) {
        if (c.generic) continue;
        company_names_.push_back(c.name);
        for (const auto& alias : c.aliases) company_names_.push_back(alias);
    }
    for (const auto& r : kb->roles) role_names_.push_back(r.name);
    std::sort(company_names_.begin(), company_names_.end());
    company_names_.erase(std::unique(company_names_.begin(), company_names_.end()), company_names_.end());
    std::sort(role_names_.begin(), role_names_.end());
    kb_ = std::move(kb);
    return true;
}

ResumeSummary EngineSession::read_resume_summary(const Inputs& in, const std::string& today) const {
    ResumeSummary out;
    if (!kb_) return out;
    const ip::Inputs engine_in = engine_inputs(in, today);
    try {
        const ReadResume read = read_resume(*kb_, engine_in.resume, engine_in.resume_filename, today);
        out.ok = read.ok;
        out.error = read.error;
        out.warnings = read.warnings;
        const Candidate& c = read.candidate;
        out.name = c.name.value_or("");
        out.headline = c.headline.value_or("");
        for (const auto& p : c.positions) out.positions.push_back(describe_position(p));
        for (const auto& s : c.skills) out.skills.push_back(s.name);
    } catch (const std::exception& e) {
        out.ok = false;
        out.error = std::string("the resume could not be read: ") + e.what();
    }
    return out;
}

JobSummary EngineSession::read_job_summary(const Inputs& in) const {
    JobSummary out;
    if (!kb_) return out;
    const ip::Inputs engine_in = engine_inputs(in, "");
    try {
        const ReadJob read = read_job(*kb_, engine_in.job, engine_in.job_filename);
        out.ok = read.ok;
        out.error = read.error;
        out.warnings = read.warnings;
        out.company = read.job.company.value_or("");
        out.title = read.job.title.value_or("");
        out.requirements = static_cast<int>(read.job.requirements.size());
    } catch (const std::exception& e) {
        out.ok = false;
        out.error = std::string("the job description could not be read: ") + e.what();
    }
    return out;
}

EngineSession::FileText EngineSession::resume_file_text(const std::string& bytes, const std::string& filename,
                                                        const std::string& today) const {
    if (!kb_) return {false, "the knowledge base is not loaded"};
    try {
        const ReadResume read = read_resume(*kb_, bytes, filename, today);
        if (!read.ok && read.source_text.empty()) return {false, read.error};
        return {true, read.source_text};
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
}

EngineSession::FileText EngineSession::job_file_text(const std::string& bytes, const std::string& filename) const {
    if (!kb_) return {false, "the knowledge base is not loaded"};
    try {
        const ReadJob read = read_job(*kb_, bytes, filename);
        if (!read.ok && read.source_text.empty()) return {false, read.error};
        return {true, read.source_text};
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
}

GenerateResult EngineSession::generate(const Inputs& in, const std::string& today) const {
    GenerateResult out;
    if (!kb_) {
        out.error = "The knowledge base did not load, so no playbook can be written. Reload the page.";
        return out;
    }
    try {
        return generate_playbook(*kb_, engine_inputs(in, today));
    } catch (const std::exception& e) {
        out = GenerateResult{};
        out.error = std::string("The engine stopped with an internal error (") + e.what() +
                    "). Your inputs are saved; try again or change the text.";
    }
    return out;
}

}  // namespace ip::app
