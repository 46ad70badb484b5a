#include "parse/resume_sections.h"

#include "core/text.h"
#include "parse/action_verb.h"
#include "parse/bullet_marker.h"
#include "parse/contact_info.h"
#include "parse/date_range.h"
#include "parse/education_section.h"
#include "parse/org_and_title_words.h"
#include "parse/skill_list.h"

namespace ip {

namespace {

// "Skills & Tools:" -> "skills and tools"
std::vector<std::string> heading_words(const std::string& line) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : line) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (c == '&' || c == '/' || c == ' ' || c == ':' || c == '-' || c == ',' || c == '.' || c == '(' ||
                   c == ')' || c == '\'') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            return {};  // digits, @, symbols: not a heading
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

bool is_list_line(const std::string& line) {
    return line.find(',') != std::string::npos || line.find('|') != std::string::npos ||
           line.find("\xC2\xB7") != std::string::npos || line.find(';') != std::string::npos;
}

// Lines that only experience has: bullets that open with an action verb.
bool is_experience_evidence(const Knowledge& kb, const std::string& line) {
    const std::string_view body = bullet_body(line);
    if (is_list_line(std::string(body)) && split(std::string(body), ' ').size() < 6) return false;
    return split(std::string(body), ' ').size() >= 6 && !leading_action_verb(kb, body).empty();
}

bool is_sidebar_kind(ResumeSection k) {
    return k == ResumeSection::Skills || k == ResumeSection::Languages || k == ResumeSection::Education ||
           k == ResumeSection::Certifications || k == ResumeSection::Other;
}

// Two or more experience bullets, bullet ends cut mid-sentence, or a dated
// role header, in a sidebar section.
bool is_interleaved(const Knowledge& kb, const std::vector<std::string>& lines) {
    int evidence = 0;
    for (const std::string& line : lines) {
        if (is_experience_evidence(kb, line)) ++evidence;
        const std::string t = trim(line);
        if (!t.empty() && t[0] >= 'a' && t[0] <= 'z' && split(t, ' ').size() >= 3 && !is_skill_list_line(kb, t, true))
            ++evidence;
        auto range = find_date_range(line);
        if (range && !range->single && title_score(kb, remove_date_range(line, *range)) > 0) evidence += 2;
    }
    return evidence >= 2;
}

// Which column a line of an interleaved sidebar section came from.
// `last_main` is the experience line before it, `next` the line after it.
bool is_main_column_line(const Knowledge& kb, ResumeSection sidebar_kind, const std::string& raw,
                         const std::string& last_main, const std::string& next) {
    const std::string t = trim(raw);
    if (t.empty()) return false;
    if (is_bullet_line(t)) return true;
    if (is_skill_list_line(kb, t, true)) return false;
    if (is_contact_line(t)) return false;
    // The rest of a bullet cut mid-clause, unless the next line repeats it and
    // goes on (a sidebar item that shares words with the bullet: "WCAG 2.1 AA"
    // then "WCAG 2.1 AA conformance").
    if (ends_mid_clause(last_main) && !(starts_with(next, t) && next.size() > t.size())) return true;
    auto range = find_date_range(t);
    if (range && trim(remove_date_range(t, *range)).empty())  // a lone date: the column it belongs to decides
        return !(sidebar_kind == ResumeSection::Education || sidebar_kind == ResumeSection::Certifications);
    const char c = t[0];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '(' || c == '%') return true;
    size_t degree_len = 0;
    const bool schooling = is_institution(kb, t) || !leading_degree(t, degree_len).empty();
    if (range && !range->single) return !schooling;
    if (title_score(kb, t) > 0 && !schooling) return true;
    return word_count(t) >= 6;
}

}  // namespace

std::optional<ResumeSection> resume_heading(const Knowledge& kb, const std::string& line) {
    const std::string t = trim(line);
    if (t.empty() || t.size() > 48 || is_bullet_line(t)) return std::nullopt;
    const std::vector<std::string> words = heading_words(t);
    if (words.empty() || words.size() > 5) return std::nullopt;
    std::optional<ResumeSection> kind;
    for (const std::string& w : words) {
        auto k = kb.resume_words.headings.find(w);
        if (k != kb.resume_words.headings.end()) {
            if (!kind) kind = k->second;
        } else if (!kb.resume_words.heading_modifiers.count(w)) {
            return std::nullopt;
        }
    }
    // "Experience" said alone is a heading; a sentence-cased clause ending in a
    // full stop is not.
    if (ends_with(t, ".")) return std::nullopt;
    return kind;
}

std::optional<ResumeSection> inline_heading(const Knowledge& kb, const std::string& line, std::string& rest) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos || colon + 1 >= line.size() || is_bullet_line(line)) return std::nullopt;
    auto kind = resume_heading(kb, line.substr(0, colon));
    if (!kind) return std::nullopt;
    rest = trim(line.substr(colon + 1));
    if (rest.empty()) return std::nullopt;
    return kind;
}

namespace {

// A section as found by its heading, by line numbers.
struct RawBlock {
    ResumeSection kind = ResumeSection::Header;
    int heading_at = -1;          // the heading line; -1 for the header block
    std::string inline_rest;      // "Skills: Java, Go" -> "Java, Go" (heading and content on one line)
    std::vector<size_t> members;  // the content lines
};

std::vector<RawBlock> raw_blocks(const Knowledge& kb, const std::vector<std::string>& lines) {
    std::vector<RawBlock> blocks(1);
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const ResumeSection current = blocks.back().kind;
        const bool in_skills = current == ResumeSection::Skills || current == ResumeSection::Languages;
        if (auto kind = resume_heading(kb, line)) {
            blocks.push_back(RawBlock{*kind, static_cast<int>(i), "", {}});
            continue;
        }
        std::string rest;
        if (auto kind = inline_heading(kb, line, rest)) {
            const bool skills_label = *kind == ResumeSection::Skills || *kind == ResumeSection::Languages;
            // "Languages: Java, Go" inside a skills section is one of its lists.
            if (!(in_skills && skills_label) && current != ResumeSection::Experience &&
                current != ResumeSection::Projects) {
                blocks.push_back(RawBlock{*kind, static_cast<int>(i), rest, {}});
                continue;
            }
        }
        blocks.back().members.push_back(i);
    }
    return blocks;
}

std::vector<std::string> member_lines(const RawBlock& b, const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (size_t i : b.members) out.push_back(lines[i]);
    return out;
}

bool is_blank_block(const RawBlock& b, const std::vector<std::string>& lines) {
    for (size_t i : b.members)
        if (!trim(lines[i]).empty()) return false;
    return b.inline_rest.empty();
}

}  // namespace

std::vector<std::string> unweave_columns(const Knowledge& kb, const std::vector<std::string>& lines) {
    const std::vector<RawBlock> blocks = raw_blocks(kb, lines);
    size_t experience = blocks.size();
    for (size_t b = 0; b < blocks.size() && experience == blocks.size(); ++b)
        if (blocks[b].kind == ResumeSection::Experience) experience = b;
    if (experience == blocks.size()) return lines;
    // The sidebar sections after the experience that carry experience lines.
    size_t last = experience;
    for (size_t b = experience + 1; b < blocks.size(); ++b) {
        if (blocks[b].kind == ResumeSection::Projects) break;
        if (is_sidebar_kind(blocks[b].kind) && is_interleaved(kb, member_lines(blocks[b], lines))) last = b;
    }
    if (last == experience) return lines;
    // Empty sidebar headings just before the experience ("CONTACT" then
    // "EXPERIENCE", their lines mixed below) belong to the sidebar column.
    size_t first = experience;
    while (first > 1 && is_sidebar_kind(blocks[first - 1].kind) && is_blank_block(blocks[first - 1], lines)) --first;

    std::vector<std::string> main, side;
    for (size_t b = first; b <= last; ++b) {
        const RawBlock& block = blocks[b];
        const bool main_heading = block.kind == ResumeSection::Experience;
        if (block.heading_at >= 0) (main_heading ? main : side).push_back(lines[block.heading_at]);
        for (size_t k = 0; k < block.members.size(); ++k) {
            const std::string& line = lines[block.members[k]];
            if (trim(line).empty()) continue;
            const std::string next = k + 1 < block.members.size() ? trim(lines[block.members[k + 1]]) : std::string();
            const std::string& last_main = main.empty() ? line : main.back();
            const ResumeSection column_kind = main_heading ? ResumeSection::Other : block.kind;
            const bool is_main = main_heading ? !(is_contact_line(line) || is_skill_list_line(kb, trim(line), true))
                                              : is_main_column_line(kb, column_kind, line, last_main, next);
            (is_main ? main : side).push_back(line);
        }
    }
    std::vector<std::string> out;
    auto copy_block = [&](const RawBlock& block) {
        if (block.heading_at >= 0) out.push_back(lines[block.heading_at]);
        for (size_t i : block.members) out.push_back(lines[i]);
    };
    for (size_t b = 0; b < first; ++b) copy_block(blocks[b]);
    out.insert(out.end(), main.begin(), main.end());
    out.push_back(std::string());
    out.insert(out.end(), side.begin(), side.end());
    for (size_t b = last + 1; b < blocks.size(); ++b) copy_block(blocks[b]);
    return out;
}

std::vector<SectionBlock> split_resume_sections(const Knowledge& kb, const std::vector<std::string>& all_lines) {
    const std::vector<std::string> lines = unweave_columns(kb, all_lines);
    std::vector<SectionBlock> out;
    for (const RawBlock& b : raw_blocks(kb, lines)) {
        SectionBlock block;
        block.kind = b.kind;
        if (b.heading_at >= 0) {
            const std::string& h = lines[b.heading_at];
            block.heading = b.inline_rest.empty() ? h : h.substr(0, h.find(':'));
        }
        if (!b.inline_rest.empty()) block.lines.push_back(b.inline_rest);
        for (size_t i : b.members) block.lines.push_back(lines[i]);
        out.push_back(std::move(block));
    }
    return out;
}

}  // namespace ip
