#include "parse/job_sections.h"

#include <vector>

#include "core/text.h"
#include "knowledge/word_lists.h"
#include "parse/bullet_marker.h"

namespace ip {

namespace {

// "What you'll do..." -> "what youll do"; "Skills & Experience:" -> "skills and experience"
std::string normalize_heading(const std::string& line) {
    std::string out;
    for (char c : line) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (c == '&') out += " and ";
        else if (c == '\'') continue;
        else out += ' ';
    }
    return fold_whitespace(out);
}

bool has_any(const std::string& text, const std::vector<const char*>& needles) {
    const std::string padded = " " + text + " ";
    for (const char* n : needles)
        if (padded.find(n) != std::string::npos) return true;
    return false;
}

// clang-format off
std::optional<JobSection> classify_heading(const std::string& h) {
    if (has_any(h, {" benefit", " perks", " we offer", " what we offer", " compensation", " salary", " pay ",
                    " pay range", " equal ", " eeo", " inclusion", " belonging", " diversity", " accommodation",
                    " take care of you", " how to apply", " apply ", " legal", " disclaimer", " privacy", " rewards",
                    " why join", " why work", " why you ", " life at ", " working at ", " our commitment",
                    " additional information", " next steps", " interview process", " job category ",
                    " location ", " locations "}))
        return JobSection::Ignored;
    if (has_any(h, {" preferred", " nice to have", " nice to haves", " bonus", " plus ", " pluses", " desirable",
                    " desired", " ideally", " extra credit", " good to have", " stand out", " even better",
                    " great if", " sets you apart", " might also have"}))
        return JobSection::Preferred;
    if (has_any(h, {" about you", " who you are"})) return JobSection::Required;
    if (has_any(h, {" community", " about", " who we are", " overview", " mission", " the company",
                    " job details", " description", " who youll work with"}))
        return JobSection::About;
    if (has_any(h, {" responsibilit", " what youll do", " what you will do", " youll do ", " you will do ",
                    " be doing", " typical day", " day to day", " day in the life", " duties", " in this role",
                    " you will ", " youll ", " job functions", " essential functions", " accountabilit",
                    " your impact", " work on", " the work ", " your role ", " what the job involves",
                    " what youll own"}))
        return JobSection::Responsibilities;
    if (has_any(h, {" qualif", " require", " need", " looking for", " look for", " must", " you have", " you bring",
                    " expertise", " who you are", " about you", " skills", " experience", " background",
                    " ideal candidate", " what it takes", " to succeed", " to be successful", " competencies",
                    " your profile", " candidate profile", " education"}))
        return JobSection::Required;
    if (has_any(h, {" about", " overview", " summary", " who we are", " community", " difference", " the role ",
                    " the team ", " the opportunity", " job details", " description", " mission", " the company",
                    " who youll work with", " introduction", " the position", " our team", " your team",
                    " the job "}))
        return JobSection::About;
    return std::nullopt;
}

}  // namespace

std::optional<JobSection> job_heading(const Knowledge& kb, const std::string& line) {
    std::string t = trim(line);
    // clang-format on
    if (t.empty() || is_bullet_line(t) || t.size() > 80) return std::nullopt;
    // "Requirements:" and "What you'll do..." close like headings; "Experience." closes a sentence.
    bool colon = false;
    if (ends_with(t, "...")) {
        while (!t.empty() && t.back() == '.') t.pop_back();
        colon = true;
    } else if (ends_with(t, ".")) {
        return std::nullopt;
    }
    if (ends_with(t, ":")) {
        t.pop_back();
        colon = true;
    }
    t = trim(t);
    if (t.empty()) return std::nullopt;
    const std::string h = normalize_heading(t);
    const size_t words = split(h, ' ').size();
    if (words > (colon ? 9u : 7u)) return std::nullopt;
    // Without a colon a heading is written as one: capitals or title case, not a sentence.
    if (!colon) {
        const std::vector<std::string> raw_words = split(fold_whitespace(t), ' ');
        size_t capitalised = 0;
        for (const std::string& w : raw_words)
            if (!w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w.size() <= 3 || w == "you'll" || w == "we're"))
                ++capitalised;
        const bool first_capital = !raw_words.empty() && !raw_words[0].empty() && raw_words[0][0] >= 'A' &&
                                   raw_words[0][0] <= 'Z';
        if (!first_capital) return std::nullopt;
        // "Experience with SQL" is a requirement; headings do not name tools.
        if (words > 5 && capitalised < raw_words.size()) return std::nullopt;
    }
    auto kind = classify_heading(h);
    if (!kind) return std::nullopt;
    if (!colon && words >= 3 && (*kind == JobSection::Required || *kind == JobSection::Preferred)) {
        // "Experience with Kubernetes and ..." reads like a requirement: a
        // colon-less heading must start with a heading word.
        const std::string first = h.substr(0, h.find(' '));
        const bool ok = kb.words.has(WordList::HeadingStarters, first);
        if (!ok) return std::nullopt;
    }
    return kind;
}

bool is_job_boilerplate(const Knowledge& kb, const std::string& line) {
    const std::string l = to_lower(line);
    for (const std::string& cue : kb.words.list(WordList::BoilerplateCues))
        if (l.find(cue) != std::string::npos) return true;
    return false;
}

}  // namespace ip

// clang-format on