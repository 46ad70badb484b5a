#include "playbook_lint.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "analyze/prose_parts.h"
#include "analyze/role_family.h"
#include "core/grammar.h"
#include "core/text.h"
#include "test_support.h"

namespace ip::test {

namespace {

// One piece of prose in the document, with how the checks treat it.
struct Field {
    std::string path;
    Rich text;
    bool repetition = true;  // takes part in the repeated-sentence check
    bool pitch = false;      // the candidate's own voice: no "you"
    bool voice = false;      // said or handed to the interviewer: no confession, no pasted JD line
    bool star = false;       // a story's Situation, Task, Action or Result: invented words are drafts
};

// Every prose field of the document. Reference lists that quote other parts
// on purpose (a story's "use it for" questions, the practice prompts that
// restate their question, the cheat sheet that condenses the rest) are
// checked for debris and grammar but not for repetition.
class Collector {
public:
    std::vector<Field> fields;

    void rich(const std::string& path, const Rich& r, bool repetition = true, bool pitch = false, bool voice = false) {
        if (!r.empty()) fields.push_back({path, r, repetition, pitch, pitch || voice});
    }
    void str(const std::string& path, const std::string& s, bool repetition = true, bool voice = false) {
        if (!s.empty()) fields.push_back({path, {{s, SpanKind::Plain}}, repetition, false, voice});
    }
    void rich_list(const std::string& path, const std::vector<Rich>& items, bool repetition = true,
                   bool voice = false) {
        for (size_t i = 0; i < items.size(); ++i)
            rich(path + "[" + std::to_string(i) + "]", items[i], repetition, false, voice);
    }
    void str_list(const std::string& path, const std::vector<std::string>& items, bool repetition = true) {
        for (size_t i = 0; i < items.size(); ++i) str(path + "[" + std::to_string(i) + "]", items[i], repetition);
    }
};

std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::vector<Field> collect(const Playbook& d) {
    Collector c;
    const Fit& f = d.fit;
    c.rich("fit.summary", f.summary);
    c.rich("fit.rationale.skills", f.rationale.skills);
    c.rich("fit.rationale.experience", f.rationale.experience);
    c.rich("fit.rationale.culture", f.rationale.culture);
    for (size_t i = 0; i < f.strengths.size(); ++i) {
        c.str(at("fit.strengths", i) + ".title", f.strengths[i].title);
        c.rich(at("fit.strengths", i) + ".body", f.strengths[i].body);
    }
    for (size_t i = 0; i < f.gaps.size(); ++i) {
        c.str(at("fit.gaps", i) + ".title", f.gaps[i].title);
        c.rich(at("fit.gaps", i) + ".body", f.gaps[i].body);
    }
    for (size_t i = 0; i < f.requirements.size(); ++i)
        c.rich(at("fit.requirements", i) + ".note", f.requirements[i].note);
    for (size_t i = 0; i < f.to_settle.size(); ++i) c.rich(at("fit.to_settle", i) + ".say", f.to_settle[i].say);
    for (size_t i = 0; i < f.risks.size(); ++i) {
        c.str(at("fit.risks", i) + ".title", f.risks[i].title);
        c.rich(at("fit.risks", i) + ".facts", f.risks[i].facts);
        c.rich(at("fit.risks", i) + ".script", f.risks[i].script);
    }
    c.rich("fit.priority", f.priority);
    c.str_list("fit.path_30_minutes", f.path_30_minutes);
    c.str_list("fit.path_2_hours", f.path_2_hours);
    for (size_t i = 0; i < d.decode.size(); ++i) {
        c.rich(at("decode", i) + ".means", d.decode[i].means);
        c.rich(at("decode", i) + ".demonstrate", d.decode[i].demonstrate);
    }
    c.rich_list("company.process", d.company.process);
    c.rich_list("company.culture", d.company.culture);
    c.rich_list("company.success", d.company.success);
    c.rich_list("company.unique", d.company.unique);
    for (size_t i = 0; i < d.hidden_priorities.size(); ++i) {
        c.str(at("hidden_priorities", i) + ".title", d.hidden_priorities[i].title);
        c.rich(at("hidden_priorities", i) + ".body", d.hidden_priorities[i].body);
    }
    for (size_t i = 0; i < d.mistakes.size(); ++i) {
        c.str(at("mistakes", i) + ".title", d.mistakes[i].title);
        c.rich(at("mistakes", i) + ".body", d.mistakes[i].body);
    }
    c.rich("pitch.thirty_second", d.pitch.thirty_second, true, true);
    c.rich("pitch.two_minute.past", d.pitch.two_minute.past, true, true);
    c.rich("pitch.two_minute.present", d.pitch.two_minute.present, true, true);
    c.rich("pitch.two_minute.pivot", d.pitch.two_minute.pivot, true, true);
    c.rich("pitch.two_minute.future", d.pitch.two_minute.future, true, true);
    c.rich("pitch.why_company", d.pitch.why_company, true, true);
    c.rich("pitch.why_role", d.pitch.why_role, true, true);
    c.str_list("pitch.tips", d.pitch.tips);
    for (size_t i = 0; i < d.stories.size(); ++i) {
        const Story& s = d.stories[i];
        const std::string p = at("stories", i);
        c.str(p + ".title", s.title);
        c.str_list(p + ".use_for", s.use_for, false);
        const std::pair<const char*, const Rich*> star_lines[] = {
            {".situation", &s.situation}, {".task", &s.task}, {".action", &s.action}, {".result", &s.result}};
        for (const auto& [name, line] : star_lines) {
            c.rich(p + name, *line, true, false, true);
            if (!line->empty()) c.fields.back().star = true;
        }
        c.str_list(p + ".checklist", s.checklist);
        for (size_t k = 0; k < s.follow_ups.size(); ++k) {
            c.str(at(p + ".follow_ups", k) + ".question", s.follow_ups[k].question);
            c.str(at(p + ".follow_ups", k) + ".hint", s.follow_ups[k].hint);
        }
    }
    c.str_list("story_template.steps", d.story_template.steps);
    for (size_t i = 0; i < d.questions.size(); ++i) {
        const Question& q = d.questions[i];
        const std::string p = at("questions", i);
        c.rich(p + ".text", q.text);
        c.rich(p + ".really_asking", q.really_asking);
        c.rich_list(p + ".great", q.great);
        c.rich_list(p + ".red_flags", q.red_flags);
        c.rich(p + ".prep", q.prep);
        c.str(p + ".practice_prompt", q.practice_prompt, false);
    }
    for (size_t i = 0; i < d.gap_scripts.size(); ++i) {
        const GapScript& g = d.gap_scripts[i];
        const std::string p = at("gap_scripts", i);
        c.str(p + ".title", g.title, false);  // the same title as the gap it answers
        c.rich(p + ".why_probe", g.why_probe);
        c.rich(p + ".script", g.script, true, false, true);
        c.str_list(p + ".verify", g.verify);
    }
    for (size_t i = 0; i < d.curveballs.size(); ++i) {
        const Curveball& cb = d.curveballs[i];
        const std::string p = at("curveballs", i);
        c.str(p + ".question", cb.question);
        c.rich(p + ".why", cb.why);
        c.str_list(p + ".framework", cb.framework);
        c.str(p + ".warning", cb.warning);
    }
    c.str_list("recovery_steps", d.recovery_steps);
    const QuestionsToAsk& qa = d.questions_to_ask;
    const std::pair<const char*, const std::vector<AskItem>*> groups[] = {{"recruiter", &qa.recruiter},
                                                                          {"hiring_manager", &qa.hiring_manager},
                                                                          {"peer", &qa.peer},
                                                                          {"executive", &qa.executive},
                                                                          {"special", &qa.special}};
    for (const auto& [name, items] : groups)
        for (size_t i = 0; i < items->size(); ++i) {
            const std::string p = at(std::string("questions_to_ask.") + name, i);
            c.str(p + ".text", (*items)[i].text, true, true);
            c.str(p + ".why", (*items)[i].why);
        }
    const std::pair<const char*, const PlanPhase*> phases[] = {
        {"plan.days_30", &d.plan.days_30}, {"plan.days_60", &d.plan.days_60}, {"plan.days_90", &d.plan.days_90}};
    for (const auto& [name, phase] : phases) {
        const std::string p = name;
        // The handout is printed for the interviewer.
        c.rich_list(p + ".focus", phase->focus, true, true);
        c.rich_list(p + ".background_helps", phase->background_helps, true, true);
        c.rich_list(p + ".excited_to_learn", phase->excited_to_learn, true, true);
        c.rich_list(p + ".diagnose_first", phase->diagnose_first, true, true);
        c.rich_list(p + ".milestone", phase->milestone, true, true);
    }
    const CheatSheet& cs = d.cheat_sheet;
    c.rich("cheat_sheet.pitch", cs.pitch, false, false, true);
    for (size_t i = 0; i < cs.story_bank.size(); ++i)
        c.str(at("cheat_sheet.story_bank", i), cs.story_bank[i].question, false);
    c.rich_list("cheat_sheet.company_facts", cs.company_facts, false);
    c.rich_list("cheat_sheet.selling_points", cs.selling_points, false);
    c.rich("cheat_sheet.gap_answer", cs.gap_answer, false, false, true);
    c.str_list("cheat_sheet.curveball", cs.curveball, false);
    for (size_t i = 0; i < cs.questions_to_ask.size(); ++i)
        c.str(at("cheat_sheet.questions_to_ask", i), cs.questions_to_ask[i], false, true);
    c.str_list("cheat_sheet.remember", cs.remember, false);
    return c.fields;
}

// A field's text as one string, with each byte's provenance and span index.
struct Joined {
    std::string text;
    std::vector<SpanKind> kind;
    std::vector<int> span;

    bool engine(size_t i) const { return kind[i] != SpanKind::Fact; }
};

Joined join_spans(const Rich& r) {
    Joined j;
    for (size_t s = 0; s < r.size(); ++s) {
        const std::string t = r[s].kind == SpanKind::Fill ? "[" + r[s].text + "]" : r[s].text;
        j.text += t;
        j.kind.insert(j.kind.end(), t.size(), r[s].kind);
        j.span.insert(j.span.end(), t.size(), static_cast<int>(s));
    }
    return j;
}

std::string shorten(const std::string& s, size_t max = 160) {
    if (s.size() <= max) return s;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "...";
}

std::string around(const std::string& s, size_t pos) {
    const size_t from = pos > 50 ? pos - 50 : 0;
    return shorten(s.substr(from, 110), 110);
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

struct Token {
    size_t begin = 0, end = 0;  // [begin, end) in the joined text
};

std::vector<Token> tokens(const std::string& s) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        const size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) out.push_back({b, i});
    }
    return out;
}

// The word in a token without surrounding punctuation (quotes, brackets, commas).
std::string bare(const std::string& t) {
    size_t b = 0, e = t.size();
    auto punct = [](unsigned char c) { return !(std::isalnum(c) || c >= 0x80 || c == '+' || c == '#' || c == '%'); };
    while (b < e && punct(static_cast<unsigned char>(t[b]))) ++b;
    while (e > b && punct(static_cast<unsigned char>(t[e - 1]))) --e;
    // Closing curly quotes and other multi-byte punctuation at the end.
    for (const char* q : {"\u201d", "\u2019", "\u201c"}) {
        const std::string qs(q);
        while (e - b >= qs.size() && t.compare(e - qs.size(), qs.size(), qs) == 0) e -= qs.size();
        while (e - b >= qs.size() && t.compare(b, qs.size(), qs) == 0) b += qs.size();
    }
    return t.substr(b, e - b);
}

bool word_in(const std::string& text, const std::string& word) {
    size_t pos = 0;
    while ((pos = text.find(word, pos)) != std::string::npos) {
        const bool left = pos == 0 || !is_alpha(text[pos - 1]);
        const size_t end = pos + word.size();
        const bool right = end >= text.size() || !is_alpha(text[end]);
        if (left && right) return true;
        pos = end;
    }
    return false;
}

void check_debris(const Field& f, std::vector<LintFinding>& out) {
    for (const auto& s : f.text) {
        if (s.kind == SpanKind::Fact) continue;
        const bool debris = contains(s.text, "{") || contains(s.text, "}") || contains(s.text, "%s") ||
                            word_in(s.text, "null") || word_in(s.text, "undefined");
        if (debris) out.push_back({"debris", f.path, shorten(s.text)});
    }
}

void check_grammar(const Field& f, const Joined& j, std::vector<LintFinding>& out) {
    const std::string& s = j.text;
    const auto toks = tokens(s);
    for (size_t k = 0; k + 1 < toks.size(); ++k) {
        const std::string raw = s.substr(toks[k].begin, toks[k].end - toks[k].begin);
        const std::string next_raw = s.substr(toks[k + 1].begin, toks[k + 1].end - toks[k + 1].begin);
        const bool engine_here = j.engine(toks[k].begin);
        // a/an, when the article is the engine's.
        const std::string art = to_lower(raw);
        if ((art == "a" || art == "an") && engine_here && !next_raw.empty() && next_raw[0] != '[') {
            const std::string next = bare(next_raw);
            if (!next.empty() && article_for(next) != art) out.push_back({"article", f.path, around(s, toks[k].begin)});
        }
        // Doubled words with nothing but a space between, unless both are the user's own words.
        const std::string w1 = to_lower(raw), w2 = to_lower(bare(next_raw));
        if (!w1.empty() && w1 == w2 && is_alpha(w1[0]) && bare(raw) == raw &&
            (engine_here || j.engine(toks[k + 1].begin)))
            out.push_back({"doubled_word", f.path, around(s, toks[k].begin)});
    }
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == ' ' && s[i + 1] == ' ' && (j.engine(i) || j.engine(i + 1)))
            out.push_back({"doubled_space", f.path, around(s, i)});
        // "Inc.." where a sentence ends on an abbreviation; an ellipsis "..." is fine.
        const bool ellipsis = (i + 2 < s.size() && s[i + 2] == '.') || (i > 0 && s[i - 1] == '.');
        if (s[i] == '.' && s[i + 1] == '.' && !ellipsis && (j.engine(i) || j.engine(i + 1)))
            out.push_back({"doubled_period", f.path, around(s, i)});
    }
    // A sentence that starts lower-case after ". ", at a span join or in the engine's words.
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != '.' || s[i + 1] != ' ' || !is_lower(s[i + 2])) continue;
        const bool inside_one_fact = !j.engine(i) && !j.engine(i + 2) && j.span[i] == j.span[i + 2];
        if (inside_one_fact || j.kind[i] == SpanKind::Fill) continue;
        size_t w = i;
        while (w > 0 && s[w - 1] != ' ') --w;
        const std::string before = to_lower(s.substr(w, i + 1 - w));
        static const std::set<std::string> abbreviations{"e.g.",  "i.e.", "vs.", "etc.", "approx.", "co.", "inc.",
                                                         "corp.", "ltd.", "jr.", "sr.",  "st.",     "dr.", "no."};
        if (abbreviations.count(before)) continue;
        // Dotted initials such as degrees: "B.S. in Computer Science", "M.B.A. from".
        const bool initials = std::count(before.begin(), before.end(), '.') >= 2 && before.size() <= 8 &&
                              std::all_of(before.begin(), before.end(), [](char c) { return c == '.' || is_alpha(c); });
        if (initials) continue;
        out.push_back({"capital", f.path, around(s, i)});
    }
}

void check_second_person(const Field& f, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text) {
        if (sp.kind == SpanKind::Fact || sp.kind == SpanKind::Fill) continue;
        const std::string lower = to_lower(sp.text);
        for (const char* w : {"you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd"})
            if (word_in(lower, w)) {
                out.push_back({"second_person", f.path, shorten(sp.text)});
                break;
            }
    }
}

// A weakness volunteered in words said or handed to the interviewer: a gap
// script bridges from evidence and a plan, it never confesses.
void check_confession(const Field& f, std::vector<LintFinding>& out) {
    // clang-format off
    static const char* const confessions[] = {
        "lighter than", "thinnest", "new to me", "be honest that", "i'll be honest", "concern about my",
        "weakness", "i haven't", "i have not", "i don't have", "i do not have", "i lack", "not my strongest",
        "gap in my", "short of the", "less than the", "rather be candid", "pretend it isn't", "hasn't been the center"};
    // clang-format on
    for (const auto& sp : f.text) {
        if (sp.kind == SpanKind::Fact || sp.kind == SpanKind::Fill) continue;
        const std::string lower = to_lower(sp.text);
        for (const char* c : confessions)
            if (contains(lower, c)) {
                out.push_back({"confession", f.path, shorten(sp.text)});
                break;
            }
    }
}

// A slot the writer filled with nothing: "I started as a  at .", a blank quote.
void check_empty_slot(const Field& f, const Joined& j, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text)
        if (sp.kind != SpanKind::Plain && trim(sp.text).empty()) {
            out.push_back(
                {"empty_slot", f.path,
                 "blank " + std::string(sp.kind == SpanKind::Fact ? "fact" : "slot") + " span in: " + shorten(j.text)});
            return;
        }
    const std::string& s = j.text;
    for (const char* debris : {" at .", " at ,", "as a  ", "\"\"", "\u201c\u201d"})
        if (contains(s, debris)) {
            out.push_back({"empty_slot", f.path, around(s, s.find(debris))});
            return;
        }
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == ' ' && (s[i + 1] == '.' || s[i + 1] == ',') && (i + 2 == s.size() || s[i + 2] == ' ')) {
            out.push_back({"empty_slot", f.path, around(s, i)});
            return;
        }
}

// A long verbatim job-description line inside words the candidate says or
// prints: people say "highly scalable distributed systems", not the posting.
void check_pasted_jd(const Field& f, const std::string& resume, const std::string& job, std::vector<LintFinding>& out) {
    auto pasted = [&](const std::string& text) {
        const std::string t = fold_whitespace(text);
        return split(t, ' ').size() >= 8 && contains(job, t) && !contains(resume, t);
    };
    for (const auto& sp : f.text) {
        if (sp.kind == SpanKind::Fact) {
            if (pasted(sp.text)) out.push_back({"pasted_jd", f.path, shorten(sp.text)});
            continue;
        }
        // Plain strings (questions to ask) quote with straight quotes.
        for (size_t open = sp.text.find('"'); open != std::string::npos; open = sp.text.find('"', open + 1)) {
            const size_t close = sp.text.find('"', open + 1);
            if (close == std::string::npos) break;
            if (pasted(sp.text.substr(open + 1, close - open - 1)))
                out.push_back({"pasted_jd", f.path, shorten(sp.text)});
            open = close;
        }
    }
}

// Text cut mid-phrase: shorten by choosing shorter content, never with "…".
void check_ellipsis(const Field& f, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text) {
        const bool cut = contains(sp.text, "\u2026") || (sp.kind != SpanKind::Fact && contains(sp.text, "..."));
        if (cut) out.push_back({"ellipsis", f.path, shorten(sp.text)});
    }
}

// Another field's words in the engine's own text (assets/register.json). A
// word the resume itself uses is the candidate's own vocabulary (story titles
// and prompts echo it), so only the engine's words are held to the register.
void check_register(const Field& f, const std::vector<std::string>& foreign, const std::string& resume_lower,
                    std::vector<LintFinding>& out) {
    for (const auto& sp : f.text) {
        if (sp.kind == SpanKind::Fact) continue;
        const std::string lower = to_lower(sp.text);
        for (const std::string& w : foreign)
            if (word_in(lower, w) && !word_in(resume_lower, w)) {
                out.push_back({"register", f.path, "\"" + w + "\" in: " + shorten(sp.text)});
                break;
            }
    }
}

// A sentence the engine invented in a story, printed as plain text: every
// invented line is a draft span, so the reader can see what to check. The
// plain words left are joins around the resume's facts ("I was a ", " at ",
// "That is how I designed and built "), never a sentence of eight words.
void check_undrafted(const Field& f, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text)
        if (sp.kind == SpanKind::Plain && word_count(sp.text) >= 8) {
            out.push_back({"undrafted", f.path, shorten(sp.text)});
            return;
        }
}

// A resume line said in the first person with its verb left as written:
// "I worked on Kept a 24-bed unit", "I worked on Update the parser".
void check_voice(const Field& f, const Joined& j, std::vector<LintFinding>& out) {
    const Knowledge& kb = knowledge();
    const std::string& s = j.text;
    const std::string lead = "I worked on ";
    for (size_t at = s.find(lead); at != std::string::npos; at = s.find(lead, at + 1)) {
        const size_t w = at + lead.size();
        if (w >= s.size() || !(s[w] >= 'A' && s[w] <= 'Z')) continue;
        size_t e = w;
        while (e < s.size() && is_alpha(s[e])) ++e;
        const std::string word = to_lower(s.substr(w, e - w));
        if (kb.verb(word) || kb.verb_other_form(word) || (word.size() >= 5 && ends_with(word, "ed")) ||
            word == "kept" || word == "setup")
            out.push_back({"voice", f.path, around(s, at)});
    }
}

// A resume fact cut inside a range or a number: "I cared for 5." from
// "Cared for 5 to 6 cardiac step-down patients a shift".
void check_cut_fact(const Field& f, const std::string& resume, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text) {
        if (sp.kind != SpanKind::Fact || sp.text.empty() || !std::isdigit(static_cast<unsigned char>(sp.text.back())))
            continue;
        const std::string t = fold_whitespace(sp.text);
        const size_t at = resume.find(t);
        if (at == std::string::npos) continue;
        const std::string rest = resume.substr(at + t.size(), 4);
        const bool cut = starts_with(rest, " to ") || starts_with(rest, "-") || starts_with(rest, "\u2013") ||
                         (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest[0])) || rest[0] == '%'));
        if (cut) out.push_back({"cut_fact", f.path, shorten(t)});
    }
}

// The foreign words for the job's role family.
std::vector<std::string> foreign_words(const Playbook& d) {
    const Knowledge& kb = knowledge();
    std::vector<std::string> job_skills;
    for (const auto& r : d.job.requirements) job_skills.insert(job_skills.end(), r.skills.begin(), r.skills.end());
    const RoleFamily* family = family_for_title(kb, d.job.title.value_or(""), job_skills);
    std::vector<std::string> out;
    auto add = [&](const std::string& key) {
        auto it = kb.foreign_words.find(key);
        if (it != kb.foreign_words.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    };
    if (family) add(family->id);
    if (!software_register(kb, family)) add("outside_software");
    return out;
}

// Sentences of a field: text between . ! ? (outside fill blanks) and a space or the end.
void sentences(const Joined& j, std::vector<std::pair<std::string, bool>>& out) {
    const std::string& s = j.text;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        const bool end_here = i == s.size() || ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
                                                j.kind[i] != SpanKind::Fill && (i + 1 == s.size() || s[i + 1] == ' '));
        if (!end_here) continue;
        const size_t stop = std::min(i + 1, s.size());
        std::string norm;
        bool engine = false;
        size_t words = 0;
        bool in_word = false;
        for (size_t k = start; k < stop; ++k) {
            const char c = s[k];
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
                norm += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                if (!in_word) ++words;
                in_word = true;
                if (is_alpha(c) && j.engine(k)) engine = true;
            } else {
                if (in_word) norm += ' ';
                in_word = false;
            }
        }
        if (words >= 5) out.push_back({trim(norm), engine});
        start = stop;
    }
}

void check_facts(const Field& f, const std::string& resume, const std::string& job, std::vector<LintFinding>& out) {
    for (const auto& sp : f.text) {
        if (sp.kind != SpanKind::Fact) continue;
        const std::string t = fold_whitespace(sp.text);
        if (t.empty() || contains(resume, t) || contains(job, t)) continue;
        out.push_back({"fact", f.path, shorten(t)});
    }
}

void check_stories(const GenerateResult& r, const std::string& resume, std::vector<LintFinding>& out) {
    std::map<std::string, const Bullet*> bullets;
    for (const auto& p : r.doc.candidate.positions)
        for (const auto& b : p.bullets) bullets[b.id] = &b;
    for (const auto& p : r.doc.candidate.projects)
        for (const auto& b : p.bullets) bullets[b.id] = &b;
    std::set<std::string> anchors;
    for (size_t i = 0; i < r.doc.stories.size(); ++i) {
        const Story& s = r.doc.stories[i];
        const std::string where = at("stories", i) + ".anchor";
        auto it = bullets.find(s.anchor);
        if (it == bullets.end()) out.push_back({"anchor", where, "no bullet " + s.anchor});
        else if (!contains(resume, fold_whitespace(it->second->text)))
            out.push_back({"anchor", where, "bullet not in the resume: " + shorten(it->second->text)});
        if (!anchors.insert(s.anchor).second) out.push_back({"anchor_shared", where, s.anchor});
    }
}

}  // namespace

std::vector<LintFinding> lint_playbook(const GenerateResult& r) {
    std::vector<LintFinding> out;
    const std::string resume = fold_whitespace(r.sources.resume);
    const std::string job = fold_whitespace(r.sources.job);
    const std::vector<std::string> foreign = foreign_words(r.doc);
    const std::string resume_lower = to_lower(resume);
    std::map<std::string, std::vector<std::string>> seen;  // sentence -> where
    for (const Field& f : collect(r.doc)) {
        const Joined j = join_spans(f.text);
        check_debris(f, out);
        check_grammar(f, j, out);
        check_facts(f, resume, job, out);
        check_empty_slot(f, j, out);
        check_ellipsis(f, out);
        check_voice(f, j, out);
        check_cut_fact(f, resume, out);
        if (f.star) check_undrafted(f, out);
        // The company profile is curated company text (assets/companies), not the writer's.
        if (!starts_with(f.path, "company.")) check_register(f, foreign, resume_lower, out);
        if (f.pitch) check_second_person(f, out);
        if (f.voice) {
            check_confession(f, out);
            check_pasted_jd(f, resume, job, out);
        }
        if (!f.repetition) continue;
        std::vector<std::pair<std::string, bool>> ss;
        sentences(j, ss);
        for (const auto& [sentence, engine] : ss)
            if (engine) seen[sentence].push_back(f.path);
    }
    for (const auto& [sentence, where] : seen)
        if (where.size() > 1) out.push_back({"repeated", join(where, ", "), shorten(sentence)});
    check_stories(r, resume, out);
    return out;
}

}  // namespace ip::test
