#include "parse/experience_section.h"

#include "core/text.h"
#include "parse/action_verb.h"
#include "parse/bullet_marker.h"
#include "parse/contact_info.h"
#include "parse/date_range.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"
#include "parse/resume_line_kinds.h"
#include "parse/resume_sections.h"
#include "parse/role_header.h"
#include "parse/skill_list.h"

namespace ip {

namespace {

bool starts_lower_or_digit(const std::string& s) {
    const char c = s.empty() ? ' ' : s[0];
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '(' || c == '&' || c == '$' || c == '%';
}

bool ends_sentence(const std::string& s) {
    const std::string t = trim(s);
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ';');
}

enum class LineKind { Header, Prose };

// No real header spans more lines, and no real career more roles; the caps
// keep a pathological paste from costing more than a real resume per line.
constexpr size_t kMaxHeaderLines = 5;
constexpr size_t kMaxPositions = 120;

LineKind classify(const Knowledge& kb, const std::string& t) {
    const size_t words = word_count(t);
    if (words > 16) return LineKind::Prose;
    // "Registered Nurse, Cardiac Unit    Aug 2019 – Apr 2021": a dated range wins over a verb-like first word.
    const auto range = find_date_range(t);
    if (range && !range->single) return LineKind::Header;
    if (strong_parts(t).size() >= 2 && words <= 14 && !ends_with(t, ".")) return LineKind::Header;
    // "Rally Health, Denver, CO": a name and a place, though "Rally" is also a verb.
    std::string name, place;
    if (words <= 8 && split_trailing_location(t, name, place)) return LineKind::Header;
    const bool verb = !leading_action_verb(kb, t).empty();
    if (verb && words >= 4 && title_score(kb, t.substr(0, t.find(' '))) == 0) return LineKind::Prose;
    if (ends_with(t, ".") && words > 6) return LineKind::Prose;
    if (range) return LineKind::Header;
    if (title_score(kb, t) > 0 || organization_word_score(kb, t) > 0 || is_location(t)) return LineKind::Header;
    if (words <= 6) return LineKind::Header;
    return LineKind::Prose;
}

// A list item that is a piece of a role header, not a duty: short, no
// sentence, not led by an action verb ("Charge Nurse", "Mercy Hospital",
// "Account Manager, Brightline Media").
bool is_header_item(const Knowledge& kb, const std::string& body) {
    const size_t words = word_count(body);
    if (words == 0 || words > 10 || ends_with(body, ".") || starts_lower_or_digit(body)) return false;
    return leading_action_verb(kb, body).empty() || title_score(kb, body.substr(0, body.find(' '))) > 0;
}

// "2024-Present: Charge Nurse": a list item that opens with a role's dates.
bool opens_with_role_dates(const Knowledge& kb, const std::string& body) {
    const auto range = find_date_range(body);
    if (!range || range->single || range->begin > 0) return false;
    const std::string rest = remove_date_range(body, *range);
    if (rest.empty() || word_count(rest) > 10 || ends_with(rest, ".")) return false;
    return title_score(kb, rest) > 0 || leading_action_verb(kb, rest).empty();  // "Registered Nurse" is a title
}

class ExperienceReader {
public:
    ExperienceReader(const Knowledge& kb, const std::string& candidate_name) : kb_(kb), name_(candidate_name) {}

    ExperienceSection run(const std::vector<std::string>& lines) {
        for (const std::string& raw : lines) read(trim(raw));
        flush_group(false);
        return std::move(out_);
    }

private:
    void read(const std::string& t) {
        if (t.empty()) {
            last_was_bullet_ = false;
            // A dated header set apart by a blank line is complete: the next header opens another role.
            closed_ = group_has_date_;
            return;
        }
        const bool closed = closed_;
        closed_ = false;
        // A footer repeated on each page; a bullet it cut goes on after it.
        if (is_page_footer(kb_, t, name_)) return;
        // Time away from work is a gap, not a role; its lines are not duties of the role before.
        if ((!is_bullet_line(t) || find_date_range(t)) && opens_with_career_break(kb_, std::string(bullet_body(t)))) {
            flush_group(false);
            CareerBreak gap{std::string(bullet_body(t)), std::nullopt, std::nullopt};
            if (const auto range = find_date_range(gap.text); range && !range->single) {
                gap.start = range->start_iso();
                gap.end = range->end_iso();
            }
            out_.career_breaks.push_back(std::move(gap));
            skipping_ = true;
            last_was_bullet_ = false;
            return;
        }
        // A sidebar heading ("SKILLS", "Languages") mixed into the experience.
        if (resume_heading(kb_, t)) {
            sidebar_ = true;
            return;
        }
        if (is_skill_list_line(kb_, t, sidebar_)) {
            out_.sidebar_lines.push_back(t);
            return;
        }
        const bool bullet = is_bullet_line(t);
        // Contact details and a lone place from an interleaved sidebar column.
        if (!bullet && is_contact_line(t) && (!is_location(t) || group_.empty())) return;
        if (sidebar_ && !bullet && word_count(t) <= 4 && !find_date_range(t) && title_score(kb_, t) == 0) {
            out_.sidebar_lines.push_back(t);  // "English (native)", "Hiking": sidebar text, not experience
            return;
        }
        sidebar_ = false;
        // "Key achievements:", "- Duties included:" — a label inside a position, not content.
        if (ends_with(t, ":") && word_count(std::string(bullet_body(t))) <= 5) return;
        if (bullet) {
            const std::string body = trim(std::string(bullet_body(t)));
            if (continues_header_in_list(body)) {
                group_.push_back(body);
                return;
            }
            if (opens_with_role_dates(kb_, body)) {  // roles written as list items
                flush_group(false);
                group_.push_back(body);
                group_has_date_ = true;
                header_in_list_ = true;
                return;
            }
            flush_group(false);
            add_bullet(body);
            return;
        }
        if (skipping_ && t[0] >= 'a' && t[0] <= 'z') return;  // a wrapped line under a career break
        if (continues_bullet(t)) {
            Bullet& b = out_.positions.back().bullets.back();
            b.text += " " + t;
            return;
        }
        if (classify(kb_, t) == LineKind::Header) {
            const bool dated = find_date_range(t).has_value();
            // A header wrapped onto the next line: "Program Manager, Community Health and" / "Outreach — ...".
            if (!group_.empty() && ends_mid_clause(group_.back()) && !find_date_range(group_.back())) {
                group_.back() += " " + t;
                group_has_date_ = group_has_date_ || dated;
                return;
            }
            if (dated && group_has_date_) flush_group(true);
            else if (closed && group_has_date_) flush_group(false);
            // A role's header is a few lines; a longer run of short lines is content.
            if (group_.size() >= kMaxHeaderLines && !group_has_date_) {
                if (!out_.positions.empty()) add_bullet(group_.front());
                group_.erase(group_.begin());
            }
            group_.push_back(t);
            group_has_date_ = group_has_date_ || dated;
            last_was_bullet_ = false;
            return;
        }
        flush_group(false);
        if (!out_.positions.empty()) add_bullet(t);
    }

    bool continues_bullet(const std::string& t) const {
        if (skipping_ || !last_was_bullet_ || out_.positions.empty() || out_.positions.back().bullets.empty())
            return false;
        const std::string& prev = out_.positions.back().bullets.back().text;
        const auto range = find_date_range(t);
        // "... began in" / "Summer 2012 and": a bullet cut mid-clause goes on through a lone date.
        if (ends_mid_clause(prev) && !ends_sentence(prev) && strong_parts(t).size() == 1 && (!range || range->single))
            return true;
        if (range && (!starts_lower_or_digit(t) || (!range->single && remove_date_range(t, *range).empty())))
            return false;  // a role's dates, even when they open the line
        if (!leading_action_verb(kb_, t).empty()) return false;
        if (starts_lower_or_digit(t)) return true;
        // A capitalised line continues only a bullet cut mid-clause, and never
        // when it is laid out in columns like a header.
        return ends_mid_clause(prev) && strong_parts(t).size() == 1 && !ends_sentence(prev);
    }

    // The pending header lines so far are only dates ("2020 – 2024" above "• Account Manager, Brightline Media").
    bool group_is_only_dates() const {
        if (group_.empty()) return false;
        for (const std::string& l : group_) {
            const auto range = find_date_range(l);
            if (!range || !remove_date_range(l, *range).empty()) return false;
        }
        return true;
    }

    // A list item that goes on with the role header above it: the title
    // under a date line, or the employer under a list-item role.
    bool continues_header_in_list(const std::string& body) const {
        if (group_.empty() || !is_header_item(kb_, body) || find_date_range(body)) return false;
        if (group_is_only_dates()) return title_score(kb_, body) > 0;
        return header_in_list_ && (group_.size() < 2 || is_location(body));
    }

    void add_bullet(const std::string& text) {
        if (skipping_) return;  // the lines under a career break or an honour
        if (out_.positions.empty()) out_.positions.emplace_back();
        Bullet b;
        b.text = trim(text);
        if (b.text.empty()) return;
        out_.positions.back().bullets.push_back(std::move(b));
        last_was_bullet_ = true;
    }

    // Turns the pending header lines into a position. `more_headers_follow`:
    // another dated header comes right after, so an employer line with dates
    // but no title is the employer of the roles below, not a role itself.
    void flush_group(bool more_headers_follow) {
        if (group_.empty()) return;
        if (out_.positions.size() >= kMaxPositions) {  // not a resume any more; stop the work growing with it
            group_.clear();
            group_has_date_ = false;
            return;
        }
        const std::vector<std::string> lines = group_;
        group_.clear();
        group_has_date_ = false;
        header_in_list_ = false;
        // An employer named by the role before carries only to titles stacked
        // under it, not to a role after that role's own duties.
        const bool may_inherit = !company_from_role_ || out_.positions.empty() || out_.positions.back().bullets.empty();
        RoleHeader r = resolve_role_header(kb_, lines, may_inherit ? last_company_ : std::string(),
                                           titles_keep_commas_);
        if (names_honour_or_credential(kb_, join(lines, " "), r.dates && !r.dates->single)) {
            // An award or a certificate listed among the roles: the lines under it are
            // not duties, unless it sits between a role's header and its duties.
            skipping_ = out_.positions.empty() || !out_.positions.back().bullets.empty();
            return;
        }
        const bool has_title = !r.title.empty();
        if (!has_title && !r.dates) {
            if (!r.company.empty() && organization_score(kb_, r.company) > 0) {
                set_employer_above(r.company);  // an employer above its roles
                return;
            }
            if (!r.company.empty() && lines.size() == 1 && word_count(lines[0]) <= 5 && !out_.positions.empty() &&
                !out_.positions.back().bullets.empty()) {
                set_employer_above(r.company);  // an unmarked employer name before its roles
                return;
            }
            // Nothing here names a role: the lines were content after all.
            for (const std::string& l : lines)
                if (!out_.positions.empty()) add_bullet(l);
            return;
        }
        if (!has_title && r.dates && more_headers_follow && !r.company.empty()) {
            set_employer_above(r.company);
            return;
        }
        if (!has_title && r.company.empty() && r.dates && !out_.positions.empty() && !out_.positions.back().start &&
            out_.positions.back().bullets.empty()) {
            set_dates(out_.positions.back(), *r.dates);
            return;
        }
        skipping_ = false;
        Position p;
        p.company = r.company;
        p.title = r.title;
        if (r.dates) set_dates(p, *r.dates);
        p.location = r.location;
        if (!p.company.empty() && !r.company_inherited) {
            last_company_ = p.company;
            // "Title — Employer" on one line names this role's employer; an
            // employer on a line of its own heads the roles stacked below it.
            company_from_role_ = false;
            for (const std::string& l : lines)
                company_from_role_ = company_from_role_ || (contains(l, p.title) && contains(l, p.company));
            // Commas stay inside titles only under an employer that heads its roles
            // ("Engineering Manager, Sync Infrastructure" below "Dropbox").
            titles_keep_commas_ = !r.company_from_comma && !company_from_role_;
        }
        out_.positions.push_back(std::move(p));
        last_was_bullet_ = false;
    }

    void set_employer_above(const std::string& company) {
        last_company_ = company;
        company_from_role_ = false;
        titles_keep_commas_ = true;
        skipping_ = false;
    }

    static void set_dates(Position& p, const DateRange& d) {
        p.start = d.start_iso();
        p.end = d.end_iso();
    }

    const Knowledge& kb_;
    const std::string name_;
    ExperienceSection out_;
    std::vector<std::string> group_;
    bool group_has_date_ = false;
    bool last_was_bullet_ = false;
    bool sidebar_ = false;
    bool header_in_list_ = false;  // the pending header came from a list item ("- 2024-Present: Title")
    bool closed_ = false;          // a blank line follows the pending dated header
    bool skipping_ = false;        // under a career break, an honour or a certificate: no duties to keep
    std::string last_company_;
    bool company_from_role_ = false;  // last_company_ was named in a role's own header
    bool titles_keep_commas_ = false;
};

}  // namespace

ExperienceSection read_experience_section(const Knowledge& kb, const std::vector<std::string>& lines,
                                          const std::string& candidate_name) {
    return ExperienceReader(kb, candidate_name).run(lines);
}

}  // namespace ip
