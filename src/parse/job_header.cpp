#include "parse/job_header.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"
#include "parse/resume_line_kinds.h"

namespace ip {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_capital(const std::string& w) {
    return !w.empty() &&
           ((w[0] >= 'A' && w[0] <= 'Z') || is_ascii_digit(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

std::string bare_line(const std::string& line) {
    std::string l = to_lower(trim(line));
    while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
    return l;
}

const HeaderLabel* label_named(const Knowledge& kb, const std::string& bare) {
    for (const HeaderLabel& h : kb.reading.header_labels)
        if (h.label == bare) return &h;
    return nullptr;
}

// "Location: Austin, TX" -> the label and "Austin, TX"; the longest label wins.
const HeaderLabel* labelled_value(const Knowledge& kb, const std::string& line, std::string& value) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos) return nullptr;
    const HeaderLabel* label = label_named(kb, bare_line(line.substr(0, colon)));
    if (!label) return nullptr;
    value = trim(line.substr(colon + 1));
    return value.empty() ? nullptr : label;
}

bool is_posting_line(const Knowledge& kb, const std::string& line) {
    const std::string l = bare_line(line);
    return std::find(kb.reading.posting_lines.begin(), kb.reading.posting_lines.end(), l) !=
           kb.reading.posting_lines.end();
}

bool is_salary(const Knowledge& kb, const std::string& piece) {
    if (std::none_of(piece.begin(), piece.end(), is_ascii_digit)) return false;
    const std::string lower = to_lower(piece);
    for (const std::string& cue : kb.reading.salary_cues) {
        // "$", "/yr": anywhere; "a year": as words.
        const bool symbol = !cue.empty() && !is_letter(cue[0]);
        if (symbol ? lower.find(cue) != std::string::npos : has_phrase(piece, {cue})) return true;
    }
    return false;
}

// "UnitedHealth Group (Optum)" -> "UnitedHealth Group"
std::string without_brackets(const std::string& name) {
    const size_t open = name.find(" (");
    return open == std::string::npos ? name : trim(name.substr(0, open));
}

// "Acme Robotics", "Department of Veterans Affairs", "Amazon": an employer by
// the company list or by its words rather than a role's.
bool company_like(const Knowledge& kb, const std::string& piece) {
    const std::string bare = without_brackets(piece);
    if (bare.size() <= 60 && kb.find_company(bare)) return true;
    return organization_word_score(kb, bare) > title_score(kb, bare);
}

// A short name, not a sentence or a detail: at most six words, no full stop at the end.
bool name_shaped(const std::string& piece) {
    if (piece.empty() || piece.back() == '!' || piece.back() == '?') return false;
    // "Northwind Robotics, Inc." is a name; "We build robots." a sentence.
    const size_t last_word = piece.rfind(' ');
    if (piece.back() == '.' && piece.size() - (last_word == std::string::npos ? 0 : last_word + 1) > 5) return false;
    if (split(piece, ' ').size() > 6) return false;
    return std::any_of(piece.begin(), piece.end(), is_letter) && is_capital(piece);
}

enum class PieceKind { Name, Location, Detail };

struct Piece {
    std::string text;
    PieceKind kind = PieceKind::Name;
};

struct Line {
    std::string text;
    std::vector<Piece> pieces;
};

std::vector<std::string> pieces_of(const std::string& line) {
    std::vector<std::string> out;
    for (const std::string& part : strong_parts(line))
        for (size_t start = 0;;) {
            // Lever: "San Francisco, CA / Engineering / Full-time"
            const size_t slash = part.find(" / ", start);
            const std::string piece = trim(
                part.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
            if (!piece.empty()) out.push_back(piece);
            if (slash == std::string::npos) break;
            start = slash + 3;
        }
    return out;
}

Line classify_line(const Knowledge& kb, const std::string& text, JobHeader& h) {
    Line line{text, {}};
    for (const std::string& p : pieces_of(text)) {
        Piece piece{p, PieceKind::Name};
        std::string rest, place;
        if (is_salary(kb, p) || std::none_of(p.begin(), p.end(), is_letter)) {
            piece.kind = PieceKind::Detail;
        } else if (is_location(p)) {
            piece.kind = PieceKind::Location;
            if (!h.location) h.location = p;
        } else if (split_trailing_location(p, rest, place)) {
            // "Acme Robotics, Austin, TX": the name stays a piece of its own.
            if (!h.location) h.location = place;
            line.pieces.push_back(Piece{rest, PieceKind::Name});
            piece = Piece{place, PieceKind::Location};
        } else if (title_score(kb, p) == 0 && has_phrase(p, kb.reading.header_noise)) {
            piece.kind = PieceKind::Detail;
        }
        line.pieces.push_back(piece);
    }
    return line;
}

// Whole-line title unless its other pieces are details, places or a known
// employer ("Senior Data Analyst - Remote" -> "Senior Data Analyst"; "Data
// Scientist - Guest Payments" stays whole).
std::string title_text(const Knowledge& kb, const Line& line, size_t at) {
    bool others_known = true;
    for (size_t i = 0; i < line.pieces.size(); ++i)
        if (i != at && line.pieces[i].kind == PieceKind::Name &&
            !kb.find_company(without_brackets(line.pieces[i].text)))
            others_known = false;
    return others_known ? line.pieces[at].text : trim(line.text);
}

void read_header_lines(const Knowledge& kb, const std::vector<std::string>& header, JobHeader& h) {
    std::vector<Line> lines;
    const HeaderLabel* pending = nullptr;  // Workday: "locations" alone, the value on the next line
    for (const std::string& raw : header) {
        const std::string line = trim(raw);
        if (line.empty() || is_posting_line(kb, line)) continue;
        if (const HeaderLabel* alone = label_named(kb, bare_line(line))) {
            pending = alone;
            continue;
        }
        std::string value;
        const HeaderLabel* label = labelled_value(kb, line, value);
        if (!label && pending) label = pending, value = line;
        pending = nullptr;
        if (label) {
            std::optional<std::string>* field = nullptr;
            switch (label->field) {
                case HeaderField::Title: field = &h.title; break;
                case HeaderField::Company: field = &h.company; break;
                case HeaderField::Location: field = &h.location; break;
                case HeaderField::Team:
                    // USAJOBS: "Department: Department of the Interior" is the employer.
                    field = company_like(kb, value) && organization_word_score(kb, value) > 0 ? &h.company : &h.team;
                    break;
                case HeaderField::Skip: break;
            }
            if (field && !*field) *field = label->field == HeaderField::Company ? without_brackets(value) : value;
            continue;
        }
        lines.push_back(classify_line(kb, line, h));
    }
    // The title: the first piece that reads as a role and not as an employer;
    // failing that, the first line (a title without a role noun: "Barista").
    // A role that shares words with employers ("Health Services Coordinator")
    // is still the title when nothing else reads as one.
    size_t title_line = lines.size();
    if (!h.title) {
        for (const bool strict : {true, false})
            for (size_t l = 0; l < lines.size() && title_line == lines.size(); ++l)
                for (size_t i = 0; i < lines[l].pieces.size(); ++i) {
                    const Piece& p = lines[l].pieces[i];
                    if (p.kind == PieceKind::Name && title_score(kb, p.text) > 0 &&
                        !(strict ? company_like(kb, p.text) : kb.find_company(without_brackets(p.text)) != nullptr)) {
                        h.title = title_text(kb, lines[l], i);
                        title_line = l;
                        break;
                    }
                }
        for (size_t l = 0; l < lines.size() && !h.title; ++l)
            if (!lines[l].pieces.empty() && lines[l].pieces[0].kind == PieceKind::Name &&
                !company_like(kb, lines[l].pieces[0].text)) {
                h.title = trim(lines[l].text);
                title_line = l;
            }
    }
    if (h.company) return;
    // The employer: a known company or one named by its words anywhere in the
    // header; else the name that leads the line next to the title (Indeed,
    // Greenhouse, LinkedIn: "Acme · Austin, TX").
    for (size_t l = 0; l < lines.size() && !h.company; ++l) {
        if (l == title_line) continue;
        for (const Piece& p : lines[l].pieces)
            if (p.kind == PieceKind::Name && name_shaped(p.text) && company_like(kb, p.text)) {
                h.company = without_brackets(p.text);
                break;
            }
    }
    for (size_t l = 0; l < lines.size() && !h.company; ++l) {
        const bool next_to_title = title_line == lines.size() || l + 1 == title_line || l == title_line + 1;
        if (l == title_line || !next_to_title || lines[l].pieces.empty()) continue;
        const Piece& p = lines[l].pieces[0];
        if (p.kind == PieceKind::Name && name_shaped(p.text) && title_score(kb, p.text) == 0)
            h.company = without_brackets(p.text);
    }
}

// --- the employer named in prose --------------------------------------------

// The capitalised run of words from `at` ("Acme Robotics", "Bank of America"),
// up to five words, joined by "of", "and", "&" or "the" inside it.
std::string capitalised_run(const std::vector<std::string>& words, size_t at) {
    std::vector<std::string> run;
    for (size_t i = at; i < words.size() && run.size() < 6; ++i) {
        std::string w = words[i];
        const bool joiner = (w == "of" || w == "and" || w == "&" || w == "the" || w == "de") && !run.empty() &&
                            i + 1 < words.size() && is_capital(words[i + 1]);
        if (!joiner && !is_capital(w)) break;
        run.push_back(w);
        // "At Acme, we": a comma or full stop closes the name.
        const char last = w.back();
        if (last == ',' || last == '.' || last == ';' || last == ':' || last == '!' || last == '?') break;
    }
    std::string name = join(run, " ");
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':' || name.back() == '!' ||
                             name.back() == '?' ||
                             (name.back() == '.' && name.size() > 4 && name.compare(name.size() - 4, 4, "Inc.") != 0)))
        name.pop_back();
    if (ends_with(name, "'s")) name.resize(name.size() - 2);
    return trim(name);
}

bool starts_with_phrase(const std::vector<std::string>& words, size_t at, const std::string& phrase) {
    const std::vector<std::string> want = split(phrase, ' ');
    if (at + want.size() > words.size()) return false;
    for (size_t i = 0; i < want.size(); ++i) {
        std::string w = to_lower(words[at + i]);
        while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
        if (w != want[i]) return false;
    }
    return true;
}

bool plausible_name(const Knowledge& kb, const std::string& name) {
    if (name.size() < 2 || name.size() > 60 || !is_capital(name)) return false;
    const std::string first = to_lower(name.substr(0, name.find(' ')));
    const auto& stop = kb.reading.not_a_name;
    if (std::find(stop.begin(), stop.end(), first) != stop.end()) return false;
    return title_score(kb, name) == 0 || company_like(kb, name);
}

struct Mention {
    std::string name;
    bool strong = false;  // "At X, we", "Join X", "About X", "X is ..." opening a paragraph, an EEO line
};

// Sentence starts: the line's start and every word after ". ".
std::vector<size_t> sentence_starts(const std::vector<std::string>& words) {
    std::vector<size_t> starts{0};
    for (size_t i = 0; i + 1 < words.size(); ++i)
        if (!words[i].empty() && (words[i].back() == '.' || words[i].back() == '!' || words[i].back() == '?'))
            starts.push_back(i + 1);
    return starts;
}

void mentions_in(const Knowledge& kb, const std::string& line, std::vector<Mention>& out) {
    const std::vector<std::string> words = split(fold_whitespace(trim(line)), ' ');
    if (words.empty() || words[0].empty()) return;
    for (size_t s : sentence_starts(words)) {
        // "At Acme, we ...", "Join Acme ...", "About Acme"
        for (const std::string& lead : kb.reading.company_intro_leads) {
            if (!starts_with_phrase(words, s, lead)) continue;
            const size_t at = s + split(lead, ' ').size();
            const std::string name = capitalised_run(words, at);
            if (!plausible_name(kb, name)) continue;
            // "About Acme" must be the whole line; "At Acme" needs its comma.
            const bool whole_line = at + split(name, ' ').size() == words.size();
            const bool comma = words[at + split(name, ' ').size() - 1].back() == ',';
            if (lead == "about" || lead == "why") {
                if (whole_line) out.push_back(Mention{name, true});
            } else if (lead != "at" || comma) {
                out.push_back(Mention{name, true});
            }
        }
        // "Netflix is one of ...", "Acme Robotics builds ..."
        const std::string name = capitalised_run(words, s);
        if (name.empty() || !plausible_name(kb, name)) continue;
        const size_t after = s + split(name, ' ').size();
        if (words[after - 1].back() == ',' || after >= words.size()) continue;
        // The longest predicate that follows; an equal-opportunity statement names the employer for sure.
        const std::string* said = nullptr;
        for (const std::string& predicate : kb.reading.company_intro_predicates)
            if (starts_with_phrase(words, after, predicate) && (!said || predicate.size() > said->size()))
                said = &predicate;
        // "Acme is a freight broker..." opening a paragraph introduces the
        // employer; "Kubernetes is a core part of our stack" names a skill.
        if (said && (*said == "is an equal" || !kb.skill_named(name)))
            out.push_back(Mention{name, s == 0 || *said == "is an equal"});
    }
}

size_t times_named(const std::string& name, const std::vector<std::string>& lines) {
    size_t n = 0;
    for (const std::string& line : lines)
        for (size_t at = line.find(name); at != std::string::npos; at = line.find(name, at + name.size())) ++n;
    return n;
}

// The employer a posting names in prose: a known company first; else a name
// introduced the strong ways, or one that recurs or reads as an organisation.
std::optional<std::string> company_from_prose(const Knowledge& kb, const std::vector<std::string>& prose) {
    std::vector<Mention> mentions;
    for (const std::string& line : prose) mentions_in(kb, line, mentions);
    for (const Mention& m : mentions)
        if (kb.find_company(m.name)) return m.name;
    for (const Mention& m : mentions)
        if (m.strong || times_named(m.name, prose) >= 2 || organization_word_score(kb, m.name) > 0) return m.name;
    return std::nullopt;
}

}  // namespace

bool is_header_label_line(const Knowledge& kb, const std::string& line) {
    return label_named(kb, bare_line(line)) != nullptr;
}

std::optional<std::string> team_named_in(const std::string& text) {
    // "The X team", "Our X team": X is the capitalised run before "team".
    for (size_t at = text.find(" team"); at != std::string::npos; at = text.find(" team", at + 1)) {
        const size_t end = at;
        size_t b = end;
        size_t words = 0;
        while (b > 0 && words < 5) {
            size_t w = b;
            while (w > 0 && text[w - 1] == ' ') --w;
            size_t s = w;
            while (s > 0 && text[s - 1] != ' ') --s;
            const std::string word = text.substr(s, w - s);
            if (word.empty()) break;
            const bool capital = (word[0] >= 'A' && word[0] <= 'Z') || word == "&";
            if (!capital || word == "The" || word == "Our") break;
            b = s;
            ++words;
        }
        if (words > 0) return trim(text.substr(b, end - b));
    }
    return std::nullopt;
}

JobHeader read_job_header(const Knowledge& kb, const std::vector<std::string>& header,
                          const std::vector<std::string>& prose, const std::vector<std::string>& body) {
    JobHeader h;
    read_header_lines(kb, header, h);
    if (!h.company) h.company = company_from_prose(kb, prose);
    if (h.company) {
        const std::string spoken = kb.spoken_company_name(*h.company);
        if (spoken != *h.company) {
            h.company_legal = h.company;
            h.company = spoken;
        }
    }
    if (h.title && !h.team) {
        // "Software Development Engineer II, Search & Discovery": the team after the comma.
        const size_t comma = h.title->find(", ");
        if (comma != std::string::npos) {
            const std::string tail = trim(h.title->substr(comma + 2));
            const std::string l = to_lower(tail);
            const bool level_words = l.find("career") != std::string::npos || l.find("graduate") != std::string::npos ||
                                     l.find("mid-market") != std::string::npos ||
                                     l.find("new grad") != std::string::npos;
            if (!tail.empty() && !level_words && title_score(kb, tail) == 0) h.team = tail;
        }
    }
    if (!h.team)
        for (const std::string& line : body)
            if (auto t = team_named_in(line)) {
                h.team = t;
                break;
            }
    return h;
}

}  // namespace ip
