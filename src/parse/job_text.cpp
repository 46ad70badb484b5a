#include "parse/job_text.h"

#include <algorithm>

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/job_header.h"
#include "parse/job_sections.h"
#include "parse/requirement_facts.h"
#include "parse/seniority.h"
#include "parse/skill_matcher.h"

namespace ip {

namespace {

// One list item or paragraph of the job description, wrapped lines rejoined.
struct JobItem {
    std::string text;
    bool bullet = false;
    bool wrapped = false;               // built from several lines without a bullet: a paragraph
    bool heading = false;               // a section heading itself
    std::optional<JobSection> section;  // nullopt: the header, before any heading
};

// Whole headings assets/reading.json names: "Key Requirements", "Evaluations:"
// hold no qualifications; "What you'll bring" opens them.
std::optional<JobSection> listed_heading(const Knowledge& kb, const std::string& line) {
    std::string l = to_lower(line);
    while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
    auto listed = [&](const std::vector<std::string>& headings) {
        return std::find(headings.begin(), headings.end(), l) != headings.end();
    };
    if (listed(kb.reading.unqualifying_headings)) return JobSection::Ignored;
    if (listed(kb.reading.qualification_headings)) return JobSection::Required;
    return std::nullopt;
}

std::vector<JobItem> read_items(const Knowledge& kb, const std::vector<std::string>& lines) {
    std::vector<JobItem> items;
    std::optional<JobSection> section;
    bool open = false;  // the last item may continue on the next line
    for (const std::string& raw : lines) {
        const std::string t = trim(raw);
        if (t.empty()) {
            open = false;
            continue;
        }
        // Before any section, "Location" is a field label (Workday), not a heading.
        const bool header_label = !section && is_header_label_line(kb, t);
        if (const auto listed = listed_heading(kb, t)) {
            items.push_back(JobItem{t, false, false, true, listed});
            section = listed;
            open = false;
            continue;
        }
        if (auto heading = header_label ? std::nullopt : job_heading(kb, t)) {
            items.push_back(JobItem{t, false, false, true, heading});
            section = heading;
            open = false;
            continue;
        }
        if (header_label) {
            // Workday: "locations" / "San Jose, CA": neither joins a neighbour.
            items.push_back(JobItem{t, false, false, false, section});
            open = false;
            continue;
        }
        if (is_bullet_line(t)) {
            items.push_back(JobItem{trim(std::string(bullet_body(t))), true, false, false, section});
            open = true;
            continue;
        }
        if (open && !items.empty() && (starts_lower(t) || ends_mid_clause(items.back().text))) {
            items.back().text += " " + t;
            if (!items.back().bullet) items.back().wrapped = true;
            continue;
        }
        items.push_back(JobItem{t, false, false, false, section});
        open = true;
    }
    return items;
}

// "e.g.", "i.e.", "U.S.": a word with a stop inside it is an abbreviation, not a sentence's end.
bool ends_abbreviation(const std::string& s, size_t stop) {
    size_t b = stop;
    while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(') --b;
    return s.find('.', b) < stop;
}

// The sentences of a line: a stop, spaces and a capital end one.
std::vector<std::string> split_sentences(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != '.' && s[i] != '?' && s[i] != '!') continue;
        size_t next = i + 1;
        while (next < s.size() && s[next] == ' ') ++next;
        if (next == i + 1 || next >= s.size() || !is_ascii_upper(s[next])) continue;
        if (s[i] == '.' && ends_abbreviation(s, i)) continue;
        out.push_back(s.substr(start, i + 1 - start));
        start = next;
    }
    out.push_back(s.substr(start));
    return out;
}

size_t sentence_count(const std::string& s) { return split_sentences(s).size(); }

// A span that can be one requirement: not too short or long, not boilerplate,
// not a lead-in ("For each job on your resume, provide:", "Security clearance:").
bool is_requirement_text(const Knowledge& kb, const std::string& text) {
    const std::string t = trim(text);
    if (t.size() < 8 || ends_with(t, ":") || split(t, ' ').size() > 60) return false;
    return !is_job_boilerplate(kb, t);
}

// A list item, not prose: one sentence, not a wrapped paragraph, not boilerplate.
bool is_requirement_item(const Knowledge& kb, const JobItem& item) {
    if (is_job_boilerplate(kb, item.text)) return false;
    if (item.wrapped) return false;
    if (sentence_count(item.text) > 1) return false;
    return is_requirement_text(kb, item.text);
}

RequirementKind requirement_kind(JobSection s) {
    switch (s) {
        case JobSection::Responsibilities: return RequirementKind::Responsibility;
        case JobSection::Preferred: return RequirementKind::Preferred;
        default: return RequirementKind::Required;
    }
}

// The level the years asked for suggest (required lines first, then
// preferred); a posting that asks for a degree and no experience is junior.
std::optional<SeniorityLevel> level_from_asked_years(const std::vector<Requirement>& reqs) {
    for (const RequirementKind kind : {RequirementKind::Required, RequirementKind::Preferred}) {
        for (const Requirement& r : reqs) {
            if (r.kind != kind || !r.years) continue;
            const int y = *r.years;
            if (y >= 8) return SeniorityLevel::Staff;
            if (y >= 5) return SeniorityLevel::Senior;
            if (y >= 2) return SeniorityLevel::Mid;
            return SeniorityLevel::Junior;
        }
    }
    for (const Requirement& r : reqs)
        if (r.kind == RequirementKind::Required && r.degree) return SeniorityLevel::Junior;
    return std::nullopt;
}

void add_requirement(const Knowledge& kb, const std::string& text, JobSection section, Job& job) {
    Requirement r;
    r.id = "r" + std::to_string(job.requirements.size());
    r.text = text;
    r.kind = requirement_kind(section);
    if (r.kind == RequirementKind::Required && marks_itself_preferred(kb, r.text)) r.kind = RequirementKind::Preferred;
    r.skills = find_skills(kb, r.text);
    r.years = years_asked(r.text);
    r.degree = degree_asked(r.text);
    r.competency = competency_of(r.text, r.skills);
    r.logistics = logistics_topic(kb, r.text);
    if (r.logistics) r.years.reset();  // "3-year initial commitment" asks for no experience
    r.asks = requirement_ask(kb, r);
    job.requirements.push_back(std::move(r));
}

}  // namespace

Job parse_job_text(const Knowledge& kb, const std::string& clean_text) {
    Job job;
    // header: short lines before any heading; prose: what may name the
    // employer (headings, paragraphs before or under an about heading,
    // boilerplate); body: every line after the header.
    std::vector<std::string> header, prose, body, about;
    const std::vector<JobItem> items = read_items(kb, split_lines(clean_text));

    // Logistics the posting states outside its lists: the sentence that says it, verbatim.
    auto note_terms = [&](const std::string& text) {
        for (const std::string& sentence : split_sentences(text)) {
            const auto topic = logistics_topic(kb, sentence);
            if (!topic || split(sentence, ' ').size() > 30) continue;
            for (const JobTerm& t : job.terms)
                if (t.topic == *topic) return;  // the first statement of each topic is enough
            job.terms.push_back({trim(sentence), *topic});
            return;
        }
    };
    for (const JobItem& item : items) {
        if (item.heading) {
            prose.push_back(item.text);
            body.push_back(item.text);
            continue;
        }
        const bool listed_item = item.section &&
                                 (*item.section == JobSection::Responsibilities ||
                                  *item.section == JobSection::Required || *item.section == JobSection::Preferred);
        if (!listed_item || !is_requirement_item(kb, item)) note_terms(item.text);
        if (!item.section) {
            if (split(item.text, ' ').size() <= 15 && !item.bullet && !item.wrapped) header.push_back(item.text);
            else about.push_back(item.text);
            prose.push_back(item.text);
            continue;
        }
        body.push_back(item.text);
        if (*item.section == JobSection::About || *item.section == JobSection::Ignored ||
            is_job_boilerplate(kb, item.text))
            prose.push_back(item.text);
        if (*item.section == JobSection::About && !is_job_boilerplate(kb, item.text)) about.push_back(item.text);
        if (!listed_item) continue;
        std::vector<std::string> spans;
        if (is_requirement_item(kb, item)) {
            spans.push_back(item.text);
        } else if (*item.section != JobSection::Responsibilities && !is_job_boilerplate(kb, item.text)) {
            // A paragraph under a qualifications heading: each sentence that asks for
            // years, a degree or a skill is a requirement of its own.
            for (const std::string& sentence : split_sentences(item.text))
                if (is_requirement_text(kb, sentence) &&
                    (years_asked(sentence) || degree_asked(sentence) || !find_skills(kb, sentence).empty()))
                    spans.push_back(trim(sentence));
        }
        for (const std::string& span : spans) add_requirement(kb, span, *item.section, job);
    }

    const JobHeader h = read_job_header(kb, header, prose, body);
    job.title = h.title;
    job.company = h.company;
    job.company_legal = h.company_legal;
    job.location = h.location;
    job.team = h.team;
    if (!about.empty()) job.about = join(about, " ");
    if (job.title) job.level = title_level(*job.title);
    if (!job.level) job.level = level_from_asked_years(job.requirements);
    return job;
}

}  // namespace ip
