#include "analyze/candidacy_risks.h"

#include <algorithm>
#include <optional>

#include "analyze/text_match.h"
#include "core/date.h"
#include "core/text.h"
#include "parse/resume_line_kinds.h"
#include "parse/seniority.h"

namespace ip {

namespace {

// Months of a tenure or a gap that a recruiter asks about.
constexpr int kShortTenureMonths = 12;
constexpr int kGapMonths = 6;
constexpr int kLongGapMonths = 12;
constexpr int kGapLookbackMonths = 120;  // gaps that ended longer ago than this are history
constexpr int kDegreeMonths = 48;        // a degree that ends this soon after a gap began was under way in it
// Years beyond the top of the posting's range that read as overqualified, and as seriously so.
constexpr int kOverqualifiedExtraYears = 6;
constexpr int kSeriouslyOverqualifiedExtraYears = 10;
constexpr int kEntryLevelOverqualifiedYears = 5;
// A new-graduate programme's applicants have about this many years at most.
constexpr double kNewGraduateYears = 2.5;

SlotValue fact(const std::string& s) { return SlotValue(s, SpanKind::Fact); }
SlotValue plain(const std::string& s) { return SlotValue(s, SpanKind::Plain); }

std::string month_name(const YearMonth& ym) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (ym.month >= 1 && ym.month <= 12) return std::string(months[ym.month - 1]) + " " + std::to_string(ym.year);
    return std::to_string(ym.year);
}

std::string months_text(int months) {
    if (months >= 24 && months % 12 == 0) return std::to_string(months / 12) + " years";
    return std::to_string(months) + (months == 1 ? " month" : " months");
}

// A position's dates as month indexes; a year alone starts in January and ends in December.
struct DateSpan {
    int start = 0, end = 0;
    size_t position = 0;
};

std::optional<DateSpan> span_of(const Position& p, size_t index, const YearMonth& today) {
    if (!p.start) return std::nullopt;
    const auto start = parse_year_month(*p.start);
    if (!start) return std::nullopt;
    DateSpan s{start->index(), 0, index};
    if (!p.end || *p.end == "present") s.end = today.index();
    else if (const auto end = parse_year_month(*p.end)) s.end = end->month > 0 ? end->index() : end->year * 12 + 11;
    else return std::nullopt;
    if (s.end < s.start) return std::nullopt;
    return s;
}

YearMonth from_index(int index) { return YearMonth{index / 12, index % 12 + 1}; }

// --- Places ---------------------------------------------------------------

bool is_region_code(const std::string& r) { return r.size() <= 3 && !r.empty() && r[0] >= 'A' && r[0] <= 'Z'; }

// The country a piece of a location names outright: a country's name or a region.
std::string country_of_piece(const Knowledge& kb, const std::string& piece) {
    const std::string lower = to_lower(trim(piece));
    if (lower.empty()) return {};
    for (const CountryWords& c : kb.candidacy.countries)
        for (const std::string& n : c.names)
            if (lower == n) return c.id;
    for (const CountryWords& c : kb.candidacy.countries)
        for (const std::string& r : c.regions) {
            if (is_region_code(r)) {
                for (const std::string& w : split_words(trim(piece)))
                    if (w == r) return c.id;
            } else if (lower == r) {
                return c.id;
            }
        }
    return {};
}

// A country or region named anywhere in free text ("University of Michigan",
// "Registered Nurse, State of Ohio"): names only, codes are too short to trust.
std::string country_named_in(const Knowledge& kb, const std::string& text) {
    const std::string lower = to_lower(text);
    for (const CountryWords& c : kb.candidacy.countries) {
        for (const std::string& n : c.names)
            if (n.size() > 3 && matches_cue(lower, n)) return c.id;
        for (const std::string& r : c.regions)
            if (!is_region_code(r) && matches_cue(lower, r)) return c.id;
    }
    return {};
}

std::string first_piece(const std::string& place) { return to_lower(trim(split(place, ',').front())); }

// "co" for "Denver, CO" and "Boulder, CO (hybrid)": the state or province, as written.
std::string region_piece(const std::string& place) {
    const std::vector<std::string> pieces = split(place.substr(0, place.find('(')), ',');
    return pieces.size() >= 2 ? to_lower(trim(pieces[1])) : std::string();
}

// --- What the posting says ---------------------------------------------------

// A line of the posting (title, about, requirement or terms) with a cue, and the requirement id when it is one.
struct PostingLine {
    std::string text;
    std::string requirement;
};

// A line quoted mid-sentence: its own closing full stop would double the sentence's punctuation.
PostingLine quoted_line(std::string text, std::string requirement) {
    text = trim(text);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return PostingLine{std::move(text), std::move(requirement)};
}

std::optional<PostingLine> posting_line_with(const Playbook& doc, const std::vector<std::string>& cues) {
    for (const Requirement& r : doc.job.requirements)
        if (has_phrase(r.text, cues)) return quoted_line(r.text, r.id);
    for (const JobTerm& t : doc.job.terms)
        if (has_phrase(t.text, cues)) return quoted_line(t.text, "");
    if (doc.job.about) {
        // The about paragraph's sentence with the cue, verbatim.
        const std::string& about = *doc.job.about;
        size_t from = 0;
        while (from < about.size()) {
            size_t stop = about.find(". ", from);
            stop = stop == std::string::npos ? about.size() : stop + 1;
            const std::string sentence = trim(about.substr(from, stop - from));
            if (has_phrase(sentence, cues)) return quoted_line(sentence, "");
            from = stop;
        }
    }
    if (doc.job.title && has_phrase(*doc.job.title, cues)) return quoted_line(*doc.job.title, "");
    return std::nullopt;
}

bool job_is_remote(const Knowledge& kb, const Playbook& doc) {
    const CandidacyWords& w = kb.candidacy;
    std::vector<std::string> lines;
    if (doc.job.location) lines.push_back(*doc.job.location);
    for (const Requirement& r : doc.job.requirements)
        if (r.logistics == LogisticsTopic::Location) lines.push_back(r.text);
    for (const JobTerm& t : doc.job.terms)
        if (t.topic == LogisticsTopic::Location) lines.push_back(t.text);
    for (const std::string& l : lines)
        if (has_phrase(l, w.remote) && !has_phrase(l, w.on_site)) return true;
    return false;
}

// The posting's own years bar (not a level's default); 0 when it states none.
// Only lines about experience: "Serve a one year trial period" names a year and asks for none.
std::pair<int, std::string> asked_years(const Knowledge& kb, const Playbook& doc) {
    std::pair<int, std::string> best{0, ""};
    for (const Requirement& r : doc.job.requirements)
        if (r.years && !r.logistics && *r.years > best.first && has_phrase(r.text, kb.candidacy.experience_words))
            best = {*r.years, r.id};
    return best;
}

const Requirement* requirement_with_id(const Playbook& doc, const std::string& id) {
    for (const Requirement& r : doc.job.requirements)
        if (r.id == id) return &r;
    return nullptr;
}

std::string years_text(double years) {
    const int whole = static_cast<int>(years + 0.25);
    return std::to_string(whole) + (whole == 1 ? " year" : " years");
}

// --- The checks, one per kind ------------------------------------------------

struct Context {
    const Knowledge& kb;
    const Playbook& doc;
    const Analysis& a;
    const Candidate& c;
    YearMonth today;
    std::string job_title;
    std::string latest_title;  // the most recent position's title as written; "" with no positions
    // The level the posting's title names ("Senior", "Staff", "Intern"); a
    // level read from its years or degree lines is too soft to raise a risk on.
    std::optional<SeniorityLevel> job_level;
    std::vector<RiskFinding>& out;
};

RiskFinding& add(Context& x, RiskKind kind, bool serious, std::string variant = {}) {
    x.out.push_back(RiskFinding{kind, serious, std::move(variant), {}, {}});
    RiskFinding& f = x.out.back();
    f.slots["job_title"] = plain(x.job_title);
    if (!x.latest_title.empty()) {
        f.slots["title"] = fact(x.latest_title);
        f.evidence.push_back(title_evidence_id(0));
    }
    return f;
}

bool level_checks(Context& x) {
    if (!x.c.seniority || !x.job_level || x.latest_title.empty()) return false;
    const SeniorityLevel mine = *x.c.seniority, job = *x.job_level;
    const int distance = level_distance(mine, job);
    const bool above = level_distance(mine, SeniorityLevel::Intern) > level_distance(job, SeniorityLevel::Intern);
    if (distance < 2) return false;
    RiskFinding& f = add(x, above ? RiskKind::LevelAbove : RiskKind::LevelBelow, true);
    f.slots["level"] = plain(std::string(name_of(mine)));
    f.slots["job_level"] = plain(std::string(name_of(job)));
    return above;
}

void years_below_check(Context& x) {
    const auto [asked, id] = asked_years(x.kb, x.doc);
    const double years = x.c.years_experience.value_or(0);
    if (asked < 3 || !x.c.years_experience || years * 2 >= asked) return;
    for (const RiskFinding& f : x.out)
        if (f.kind == RiskKind::LevelBelow) return;
    RiskFinding& f = add(x, RiskKind::LevelBelow, false, "years");
    f.slots["line"] = fact(quoted_line(requirement_with_id(x.doc, id)->text, "").text);
    f.slots["years"] = plain(years_text(years));
    f.evidence.push_back(id);
}

// The top of a years range a line states ("2-4 years", "3 to 5 years"); 0 when it states none.
int years_range_top(const std::string& text) {
    const std::string l = to_lower(text);
    for (size_t at = l.find("year"); at != std::string::npos; at = l.find("year", at + 1)) {
        size_t i = at;
        while (i > 0 && l[i - 1] == ' ') --i;
        size_t digits_end = i;
        while (i > 0 && l[i - 1] >= '0' && l[i - 1] <= '9') --i;
        if (i == digits_end || digits_end - i > 2) continue;
        const int top = std::stoi(l.substr(i, digits_end - i));
        // Before the top: "-", an en dash or " to ", then the bottom's digits.
        std::string before = l.substr(0, i);
        while (!before.empty() && before.back() == ' ') before.pop_back();
        if (ends_with(before, " to")) before.resize(before.size() - 3);
        else if (ends_with(before, "-")) before.pop_back();
        else if (ends_with(before, "\u2013")) before.resize(before.size() - 3);
        else continue;
        while (!before.empty() && before.back() == ' ') before.pop_back();
        if (!before.empty() && before.back() >= '0' && before.back() <= '9') return top;
    }
    return 0;
}

// A posting's minimum ("3+ years") is a floor, not a ceiling: overqualified
// means far past a range's top, or years of work against an entry-level title.
void overqualified_check(Context& x) {
    if (!x.c.years_experience) return;
    const double years = *x.c.years_experience;
    for (const Requirement& r : x.doc.job.requirements) {
        if (!r.years || r.logistics || !has_phrase(r.text, x.kb.candidacy.experience_words)) continue;
        const int top = years_range_top(r.text);
        if (top == 0 || years < top + kOverqualifiedExtraYears) continue;
        RiskFinding& f = add(x, RiskKind::Overqualified, years >= top + kSeriouslyOverqualifiedExtraYears);
        f.slots["years"] = plain(years_text(years));
        f.slots["line"] = fact(quoted_line(r.text, "").text);
        f.evidence.push_back(r.id);
        return;
    }
    const bool entry = x.job_level &&
                       (*x.job_level == SeniorityLevel::Intern || *x.job_level == SeniorityLevel::Junior);
    if (entry && years >= kEntryLevelOverqualifiedYears) {
        RiskFinding& f = add(x, RiskKind::Overqualified, true, "entry");
        f.slots["years"] = plain(years_text(years));
        f.slots["job_level"] = plain(std::string(name_of(*x.job_level)));
    }
}

void pay_check(Context& x) {
    if (!x.c.seniority || !x.job_level || x.latest_title.empty()) return;
    const SeniorityLevel mine = *x.c.seniority, job = *x.job_level;
    const int distance = level_distance(mine, job);
    const bool above = level_distance(mine, SeniorityLevel::Intern) > level_distance(job, SeniorityLevel::Intern);
    if (!above || distance < 1) return;
    std::optional<PostingLine> pay;
    auto has_digit = [](const std::string& t) { return t.find_first_of("0123456789") != std::string::npos; };
    for (const Requirement& r : x.doc.job.requirements)
        if (r.logistics == LogisticsTopic::Pay && has_digit(r.text)) {
            pay = PostingLine{r.text, r.id};
            break;
        }
    if (!pay)
        for (const JobTerm& t : x.doc.job.terms)
            if (t.topic == LogisticsTopic::Pay && has_digit(t.text)) {
                pay = PostingLine{t.text, ""};
                break;
            }
    if (!pay) return;
    RiskFinding& f = add(x, RiskKind::PayStepDown, distance >= 2);
    f.slots["line"] = fact(quoted_line(pay->text, "").text);
    f.slots["level"] = plain(std::string(name_of(mine)));
    f.slots["job_level"] = plain(std::string(name_of(job)));
    if (!pay->requirement.empty()) f.evidence.push_back(pay->requirement);
}

void eligibility_check(Context& x, const std::string& job_country, const std::string& home_country) {
    const ProgrammeWords& p = x.kb.candidacy.programmes;
    if (auto line = posting_line_with(x.doc, p.educated_abroad)) {
        // Where the candidate studied or is licensed, when an entry names it.
        const std::string country = job_country.empty() ? home_country : job_country;
        std::string domestic, domestic_id;
        for (size_t i = 0; i < x.c.education.size() && domestic.empty() && !country.empty(); ++i) {
            const Education& e = x.c.education[i];
            const std::string text = e.institution + " " + e.degree.value_or("") + " " + e.field.value_or("");
            if (country_named_in(x.kb, text) == country) {
                domestic = e.institution;
                domestic_id = "education" + std::to_string(i);
            }
        }
        for (size_t i = 0; i < x.c.certifications.size() && domestic.empty() && !country.empty(); ++i)
            if (country_named_in(x.kb, x.c.certifications[i].name) == country) {
                domestic = x.c.certifications[i].name;
                domestic_id = certification_evidence_id(i);
            }
        const bool lives_here = !country.empty() && home_country == country;
        if (domestic.empty() && !lives_here) return;
        RiskFinding& f = add(x, RiskKind::Eligibility, !domestic.empty(),
                             domestic.empty() ? "educated_abroad_unclear" : "educated_abroad");
        f.slots["line"] = fact(line->text);
        if (!line->requirement.empty()) f.evidence.push_back(line->requirement);
        if (!domestic.empty()) {
            f.slots["credential"] = fact(domestic);
            f.evidence.push_back(domestic_id);
        }
        return;
    }
    const double years = x.c.years_experience.value_or(0);
    if (auto line = posting_line_with(x.doc, p.new_graduate); line && years > kNewGraduateYears) {
        RiskFinding& f = add(x, RiskKind::Eligibility, true, "new_graduate");
        f.slots["line"] = fact(line->text);
        f.slots["years"] = plain(years_text(years));
        if (!line->requirement.empty()) f.evidence.push_back(line->requirement);
        return;
    }
    if (auto line = posting_line_with(x.doc, p.student)) {
        int last_year = 0;
        bool studying = false;
        for (const Education& e : x.c.education) {
            if (!e.end) continue;
            if (is_present_word(*e.end) || icontains(*e.end, "expected")) studying = true;
            else if (const auto ym = parse_year_month(*e.end)) last_year = std::max(last_year, ym->year);
        }
        if (!studying && last_year > 0 && last_year < x.today.year) {
            RiskFinding& f = add(x, RiskKind::Eligibility, true, "student");
            f.slots["line"] = fact(line->text);
            f.slots["year"] = plain(std::to_string(last_year));
            if (!line->requirement.empty()) f.evidence.push_back(line->requirement);
        }
        return;
    }
    if (auto line = posting_line_with(x.doc, p.returner)) {
        for (const Position& pos : x.c.positions)
            if (pos.end && *pos.end == "present") {
                RiskFinding& f = add(x, RiskKind::Eligibility, true, "returner");
                f.slots["line"] = fact(line->text);
                if (!line->requirement.empty()) f.evidence.push_back(line->requirement);
                return;
            }
    }
}

void location_check(Context& x, const std::string& job_country, const std::string& home_country) {
    const std::string home = x.c.contact.location.value_or("");
    const std::string where = x.doc.job.location.value_or("");
    if (home.empty() || where.empty() || home_country.empty() || job_country.empty()) return;
    const bool remote = job_is_remote(x.kb, x.doc);
    if (home_country != job_country) {
        RiskFinding& f = add(x, RiskKind::Location, !remote, remote ? "abroad_remote" : "abroad");
        f.slots["home"] = fact(home);
        f.slots["place"] = fact(where);
        return;
    }
    // The same country, another city, a job that names presence.
    std::vector<std::string> lines{where};
    for (const JobTerm& t : x.doc.job.terms)
        if (t.topic == LogisticsTopic::Location) lines.push_back(t.text);
    bool on_site = false;
    for (const std::string& l : lines) on_site = on_site || has_phrase(l, x.kb.candidacy.on_site);
    if (!remote && on_site && first_piece(home) != first_piece(where) && region_piece(home) != region_piece(where)) {
        RiskFinding& f = add(x, RiskKind::Location, false, "move");
        f.slots["home"] = fact(home);
        f.slots["place"] = fact(where);
    }
}

void tenure_check(Context& x) {
    const Position* current = nullptr;
    int start = 0;
    for (size_t i = 0; i < x.c.positions.size(); ++i) {
        const Position& p = x.c.positions[i];
        if (!p.end || *p.end != "present" || !p.start) continue;
        const auto ym = parse_year_month(*p.start);
        if (!ym || (current && ym->index() <= start)) continue;
        current = &p;
        start = ym->index();
    }
    if (!current) return;
    const int months = x.today.index() - start;
    if (months < 0 || months > kShortTenureMonths) return;
    RiskFinding& f = add(x, RiskKind::ShortTenure, true);
    const size_t index = static_cast<size_t>(current - x.c.positions.data());
    f.evidence = {title_evidence_id(index)};
    f.slots["title"] = fact(current->title);
    f.slots["employer"] = current->company.empty() ? plain("your current employer") : fact(current->company);
    f.slots["months"] = plain(months_text(std::max(months, 1)));
}

// Months between roles spent studying are not a gap: a degree that ends
// after the gap began, and within a degree's length of its end, was under
// way during it (a year alone covers the whole year).
bool studying_during(const Candidate& c, int from, int to) {
    for (const Education& e : c.education) {
        if (!e.end) continue;
        const auto end = parse_year_month(*e.end);
        if (!end) continue;
        const int last = end->month > 0 ? end->index() : end->year * 12 + 11;
        const int first = end->month > 0 ? last : end->year * 12;
        if (last >= from && first <= to + kDegreeMonths) return true;
    }
    return false;
}

void gap_check(Context& x) {
    // A break the resume names explains its own gap: prepare the sentence, nothing more.
    if (!x.c.career_breaks.empty()) {
        RiskFinding& f = add(x, RiskKind::EmploymentGap, false, "break");
        f.slots["line"] = fact(x.c.career_breaks.front().text);
        return;
    }
    std::vector<DateSpan> spans;
    for (size_t i = 0; i < x.c.positions.size(); ++i)
        if (auto s = span_of(x.c.positions[i], i, x.today)) spans.push_back(*s);
    if (spans.empty()) return;
    std::sort(spans.begin(), spans.end(), [](const DateSpan& l, const DateSpan& r) { return l.start < r.start; });
    int covered = spans.front().end;
    size_t before = spans.front().position;
    int best = 0, best_from = 0, best_to = 0;
    size_t best_before = 0, best_after = 0;
    for (size_t i = 1; i < spans.size(); ++i) {
        const int gap = spans[i].start - covered - 1;
        if (gap > best && spans[i].start >= x.today.index() - kGapLookbackMonths &&
            !studying_during(x.c, covered + 1, spans[i].start - 1)) {
            best = gap;
            best_from = covered + 1;
            best_to = spans[i].start - 1;
            best_before = before;
            best_after = spans[i].position;
        }
        if (spans[i].end > covered) {
            covered = spans[i].end;
            before = spans[i].position;
        }
    }
    const int since = x.today.index() - covered - 1;
    // Being between roles now is what a recruiter asks about first, whatever came before.
    if (since >= kGapMonths) {
        RiskFinding& f = add(x, RiskKind::EmploymentGap, true, "between_roles");
        f.slots["since"] = plain(month_name(from_index(covered)));
        f.slots["months"] = plain(months_text(since));
        f.evidence = {title_evidence_id(before)};
        return;
    }
    if (best < kGapMonths) return;
    RiskFinding& f = add(x, RiskKind::EmploymentGap, best >= kLongGapMonths);
    f.slots["from"] = plain(month_name(from_index(best_from)));
    f.slots["to"] = plain(month_name(from_index(best_to)));
    f.slots["months"] = plain(months_text(best));
    f.evidence = {title_evidence_id(best_before), title_evidence_id(best_after)};
}

void career_change_check(Context& x) {
    const RoleFamily* job = x.a.job_family;
    const RoleFamily* mine = x.a.candidate_family;
    if (!job || !mine || job->id == mine->id || job->id == "general" || mine->id == "general") return;
    if (x.latest_title.empty()) return;
    // Frontend to software, data engineering to ML: one field of work, another specialty.
    const auto& software = x.kb.software_families;
    if (std::count(software.begin(), software.end(), job->id) && std::count(software.begin(), software.end(), mine->id))
        return;
    // Most of the job field's core skills on the page: an adjacent move, not a change.
    const ExperienceBasis& e = x.doc.fit.basis.experience;
    if (e.core_skills > 0 && e.core_skills_shown * 2 >= e.core_skills) return;
    RiskFinding& f = add(x, RiskKind::CareerChange, true);
    f.slots["field"] = plain(to_lower(mine->name));
    f.slots["family"] = plain(to_lower(job->name));
}

}  // namespace

std::string country_of_location(const Knowledge& kb, const std::string& place) {
    std::vector<std::string> pieces;
    std::string cur;
    for (char ch : place) {
        if (ch == ',' || ch == '(' || ch == ')' || ch == '|' || ch == ';' || ch == '/') {
            pieces.push_back(cur);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    pieces.push_back(cur);
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        if (std::string id = country_of_piece(kb, *it); !id.empty()) return id;
    return {};
}

std::vector<RiskFinding> find_candidacy_risks(const Knowledge& kb, const Playbook& doc, const Analysis& a) {
    std::vector<RiskFinding> out;
    const auto today = parse_iso_day(doc.generated);
    if (!today) return out;
    const Candidate& c = doc.candidate;
    Context x{kb,
              doc,
              a,
              c,
              *today,
              doc.job.title.value_or("this role"),
              c.positions.empty() ? std::string() : c.positions.front().title,
              doc.job.title ? title_level(*doc.job.title) : std::nullopt,
              out};
    const std::string job_country = country_of_location(kb, doc.job.location.value_or(""));
    const std::string home_country = country_of_location(kb, c.contact.location.value_or(""));

    const bool above = level_checks(x);
    years_below_check(x);
    if (!above) overqualified_check(x);
    eligibility_check(x, job_country, home_country);
    location_check(x, job_country, home_country);
    tenure_check(x);
    gap_check(x);
    career_change_check(x);
    pay_check(x);
    std::stable_sort(out.begin(), out.end(), [](const RiskFinding& l, const RiskFinding& r) {
        if (l.serious != r.serious) return l.serious;
        return static_cast<int>(l.kind) < static_cast<int>(r.kind);
    });
    return out;
}

}  // namespace ip
