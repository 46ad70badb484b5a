#include "parse/experience_section.h"

#include "core/text.h"
#include "parse/action_verb.h"
#include "parse/bullet_marker.h"
#include "parse/contact_info.h"
#include "parse/date_range.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"
#include "parse/resume_sections.h"
#include "parse/role_header.h"
#include "parse/skill_list.h"

namespace ip {

namespace {

size_t word_count(const std::string& s) { return split(fold_whitespace(s), ' ').size(); }

bool starts_lower_or_digit(const std::string& s) {
    const char c = s.empty() ? ' ' : s[0];
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '(' || c == '&' || c == '$' || c == '%';
}

bool ends_sentence(const std::string& s) {
    const std::string t = trim(s);
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ';');
}

// The last word of a wrapped line that cannot end a bullet ("... using", "... and").
bool ends_mid_clause(const std::string& s) {
    const std::string t = to_lower(trim(s));
    if (t.empty()) return false;
    if (t.back() == ',' || t.back() == '-' || t.back() == '&' || t.back() == '/' || t.back() == '(') return true;
    const size_t sp = t.rfind(' ');
    const std::string last = sp == std::string::npos ? t : t.substr(sp + 1);
    for (const char* w : {"and", "or", "of", "to", "the", "for", "with", "in", "on", "by", "a", "an", "from", "using",
                          "across", "into", "via", "through", "at", "as", "that", "while", "per"})
        if (last == w) return true;
    return false;
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
    if (verb && words >= 4 && title_score(t.substr(0, t.find(' '))) == 0) return LineKind::Prose;
    if (ends_with(t, ".") && words > 6) return LineKind::Prose;
    if (range) return LineKind::Header;
    if (title_score(t) > 0 || organization_word_score(t) > 0 || is_location(t)) return LineKind::Header;
    if (words <= 6) return LineKind::Header;
    return LineKind::Prose;
}

class ExperienceReader {
public:
    explicit ExperienceReader(const Knowledge& kb) : kb_(kb) {}

    ExperienceSection run(const std::vector<std::string>& lines) {
        for (const std::string& raw : lines) read(trim(raw));
        flush_group(false);
        return std::move(out_);
    }

private:
    void read(const std::string& t) {
        if (t.empty()) {
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
        if (sidebar_ && !bullet && word_count(t) <= 4 && !find_date_range(t) && title_score(t) == 0) {
            out_.sidebar_lines.push_back(t);  // "English (native)", "Hiking": sidebar text, not experience
            return;
        }
        sidebar_ = false;
        // "Key achievements:" — a label inside a position, not content.
        if (!bullet && ends_with(t, ":") && word_count(t) <= 5) return;
        if (bullet) {
            flush_group(false);
            add_bullet(std::string(bullet_body(t)));
            return;
        }
        if (continues_bullet(t)) {
            Bullet& b = out_.positions.back().bullets.back();
            b.text += " " + t;
            return;
        }
        if (classify(kb_, t) == LineKind::Header) {
            const bool dated = find_date_range(t).has_value();
            if (dated && group_has_date_) flush_group(true);
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
        if (!last_was_bullet_ || out_.positions.empty() || out_.positions.back().bullets.empty()) return false;
        const std::string& prev = out_.positions.back().bullets.back().text;
        if (find_date_range(t) && !starts_lower_or_digit(t)) return false;
        if (!leading_action_verb(kb_, t).empty()) return false;
        if (starts_lower_or_digit(t)) return true;
        // A capitalised line continues only a bullet cut mid-clause, and never
        // when it is laid out in columns like a header.
        return ends_mid_clause(prev) && strong_parts(t).size() == 1 && !ends_sentence(prev);
    }

    void add_bullet(const std::string& text) {
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
        RoleHeader r = resolve_role_header(kb_, lines, last_company_, titles_keep_commas_);
        const bool has_title = !r.title.empty();
        if (!has_title && !r.dates) {
            if (!r.company.empty() && organization_score(kb_, r.company) > 0) {
                last_company_ = r.company;  // an employer above its roles
                titles_keep_commas_ = true;
                return;
            }
            if (!r.company.empty() && lines.size() == 1 && word_count(lines[0]) <= 5 && !out_.positions.empty() &&
                !out_.positions.back().bullets.empty()) {
                last_company_ = r.company;  // an unmarked employer name before its roles
                titles_keep_commas_ = true;
                return;
            }
            // Nothing here names a role: the lines were content after all.
            for (const std::string& l : lines)
                if (!out_.positions.empty()) add_bullet(l);
            return;
        }
        if (!has_title && r.dates && more_headers_follow && !r.company.empty()) {
            last_company_ = r.company;
            titles_keep_commas_ = true;
            return;
        }
        if (!has_title && r.company.empty() && r.dates && !out_.positions.empty() &&
            !out_.positions.back().start && out_.positions.back().bullets.empty()) {
            set_dates(out_.positions.back(), *r.dates);
            return;
        }
        Position p;
        p.company = r.company;
        p.title = r.title;
        if (r.dates) set_dates(p, *r.dates);
        p.location = r.location;
        if (!p.company.empty()) {
            last_company_ = p.company;
            titles_keep_commas_ = !r.company_from_comma;
        }
        out_.positions.push_back(std::move(p));
        last_was_bullet_ = false;
    }

    static void set_dates(Position& p, const DateRange& d) {
        p.start = d.start_iso();
        p.end = d.end_iso();
    }

    const Knowledge& kb_;
    ExperienceSection out_;
    std::vector<std::string> group_;
    bool group_has_date_ = false;
    bool last_was_bullet_ = false;
    bool sidebar_ = false;
    std::string last_company_;
    bool titles_keep_commas_ = false;
};

}  // namespace

ExperienceSection read_experience_section(const Knowledge& kb, const std::vector<std::string>& lines) {
    return ExperienceReader(kb).run(lines);
}

}  // namespace ip
