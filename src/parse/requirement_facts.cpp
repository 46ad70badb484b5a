#include "parse/requirement_facts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '\'' || c == '-') {
            cur += c;
        } else if (c >= 'A' && c <= 'Z') {
            cur += static_cast<char>(c - 'A' + 'a');
        } else {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
            if (c == '(' || c == ')') words.push_back(std::string(1, c));
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

std::optional<int> number_word(const std::string& w) {
    static const std::map<std::string, int> numbers = {
        {"one", 1},   {"two", 2},  {"three", 3}, {"four", 4},    {"five", 5},    {"six", 6},      {"seven", 7},
        {"eight", 8}, {"nine", 9}, {"ten", 10},  {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}};
    auto it = numbers.find(w);
    if (it != numbers.end()) return it->second;
    std::string digits;
    for (char c : w) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '+' || c == '-') break;
        else return std::nullopt;
    }
    if (digits.empty() || digits.size() > 2) return std::nullopt;
    return std::stoi(digits);
}

bool has_word(const std::vector<std::string>& words, const char* w) {
    for (const std::string& x : words)
        if (x == w) return true;
    return false;
}

// Weighted cues per competency; the class with the most weight wins.
struct Cue {
    const char* text;  // lower-case substring, padded with spaces where it must be a whole word
    int weight;
};

// The cues of every competency bucketed by their first byte, so scoring a
// line is one pass over its characters instead of one search per cue.
constexpr size_t kClasses = 6;  // education, values, leadership, communication, domain, technical

class CueTable {
public:
    void add(size_t cls, std::initializer_list<Cue> cues) {
        for (const Cue& c : cues) {
            Entry e{c.text, 0, c.weight, cls, false};
            // A leading space means "starts a word": checked on the byte before.
            if (*e.text == ' ') {
                ++e.text;
                e.word_start = true;
            }
            e.length = std::char_traits<char>::length(e.text);
            buckets_[static_cast<unsigned char>(*e.text)].push_back(e);
        }
    }
    std::array<int, kClasses> score(const std::string& padded) const {
        std::array<int, kClasses> s{};
        std::vector<const char*> seen;
        for (size_t i = 0; i < padded.size(); ++i) {
            for (const Entry& e : buckets_[static_cast<unsigned char>(padded[i])]) {
                if (e.word_start && (i == 0 || padded[i - 1] != ' ')) continue;
                if (padded.compare(i, e.length, e.text) != 0) continue;
                if (std::find(seen.begin(), seen.end(), e.text) != seen.end()) continue;  // each cue counts once
                seen.push_back(e.text);
                s[e.cls] += e.weight;
            }
        }
        return s;
    }

private:
    struct Entry {
        const char* text;
        size_t length;
        int weight;
        size_t cls;
        bool word_start;
    };
    std::vector<Entry> buckets_[256];
};

}  // namespace

std::optional<int> years_asked(const std::string& text) {
    const std::vector<std::string> w = words_of(text);
    for (size_t i = 0; i < w.size(); ++i) {
        const std::string& x = w[i];
        if (!(x == "year" || x == "years" || x == "yrs" || x == "yr" || x == "year's" || x == "years'")) continue;
        // "within the last three years", "over the next 2 years": a window, not an ask.
        bool window = false;
        for (size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
            window = window || w[k] == "last" || w[k] == "past" || w[k] == "next" || w[k] == "within";
        if (window) continue;
        // The number just before: "5+ years", "3-5 years", "two (2) years", "5 or more years".
        for (size_t back = 1; back <= 4 && back <= i; ++back) {
            const std::string& cand = w[i - back];
            if (cand == "(" || cand == ")" || cand == "or" || cand == "more" || cand == "of" || cand == "plus")
                continue;
            if (auto n = number_word(cand)) return n;
            break;
        }
    }
    return std::nullopt;
}

std::optional<std::string> degree_asked(const std::string& text) {
    const std::string padded = " " + to_lower(text) + " ";
    const std::vector<std::string> w = words_of(text);
    auto any = [&](std::initializer_list<const char*> cues) {
        for (const char* c : cues)
            if (padded.find(c) != std::string::npos) return true;
        return false;
    };
    // Capitalised abbreviations only ("MS" the degree, not "ms" the unit).
    auto abbrev = [&](std::initializer_list<const char*> codes) {
        for (const char* c : codes) {
            const std::string code = c;
            for (size_t at = text.find(code); at != std::string::npos; at = text.find(code, at + 1)) {
                const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
                const size_t end = at + code.size();
                const bool right = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
                if (left && right) return true;
            }
        }
        return false;
    };
    if (any({"bachelor", "undergraduate degree", "4-year degree", "four-year degree", "college degree",
             "university degree", " b.s.", " b.a.", " bsc", " b.sc"}) ||
        abbrev({"BS", "BA", "BSc", "BSN", "BBA", "BE", "BEng", "BTech"}))
        return std::string("bachelor");
    if (any({"master", " m.s.", " m.a.", " msc", " m.sc", " mba"}) || abbrev({"MS", "MA", "MBA", "MSc", "MEng", "MPH"}))
        return std::string("master");
    if (any({" phd", "ph.d", "doctorate", "doctoral"}) || abbrev({"PhD"})) return std::string("phd");
    if (has_word(w, "degree")) return std::string("bachelor");
    return std::nullopt;
}

std::optional<LogisticsTopic> logistics_topic(const Knowledge& kb, const std::string& text) {
    const std::string l = " " + fold_whitespace(to_lower(text)) + " ";
    const auto any_cue = [&](WordList cues) {
        for (const std::string& cue : kb.words.list(cues))
            if (l.find(cue) != std::string::npos) return true;
        return false;
    };
    // Lines about pay or terms as work ("salary benchmarking", "negotiate offers") are the job itself.
    if (any_cue(WordList::LogisticsWorkCues)) return std::nullopt;
    // First match wins: "authorized to work ... without sponsorship" is about authorisation,
    // "the salary range for this full-time position" about pay.
    static const std::pair<LogisticsTopic, WordList> order[] = {
        {LogisticsTopic::Authorization, WordList::LogisticsAuthorization},
        {LogisticsTopic::Sponsorship, WordList::LogisticsSponsorship},
        {LogisticsTopic::Eligibility, WordList::LogisticsEligibility},
        {LogisticsTopic::Commitment, WordList::LogisticsCommitment},
        {LogisticsTopic::Travel, WordList::LogisticsTravel},
        {LogisticsTopic::Location, WordList::LogisticsLocation},
        {LogisticsTopic::Pay, WordList::LogisticsPay},
        {LogisticsTopic::Schedule, WordList::LogisticsSchedule},
    };
    for (const auto& [topic, cues] : order)
        if (any_cue(cues)) return topic;
    return std::nullopt;
}

RequirementAsk requirement_ask(const Knowledge& kb, const Requirement& r) {
    if (r.logistics) return RequirementAsk::Logistics;
    if (r.years) return RequirementAsk::Experience;
    if (r.degree) return RequirementAsk::Education;
    const std::string l = " " + to_lower(r.text) + " ";
    for (const std::string& cue : kb.words.list(WordList::CredentialCues))
        if (l.find(cue) != std::string::npos) return RequirementAsk::Credential;
    return r.competency == "education" ? RequirementAsk::Education : RequirementAsk::Skill;
}

bool marks_itself_preferred(const Knowledge& kb, const std::string& text) {
    const std::string l = " " + to_lower(text) + " ";
    for (const std::string& cue : kb.words.list(WordList::PreferredCues))
        if (l.find(cue) != std::string::npos) return true;
    return false;
}

std::string competency_of(const std::string& text, const std::vector<std::string>& skills) {
    const std::string p = " " + fold_whitespace(to_lower(text)) + " ";
    static const CueTable table = [] {
        CueTable t;
        // clang-format off
        t.add(0, {
            {"bachelor", 6}, {"master's", 6}, {"masters", 6}, {" degree", 6}, {" phd", 6}, {"ph.d", 6}, {" mba ", 6},
            {" bs,", 6}, {" bs ", 6}, {" ms ", 4}, {"graduate of", 6}, {"diploma", 6}, {"certification", 5},
            {"certified", 4}, {"license", 5}, {"licence", 5}, {"credential", 6}, {"authorization", 5},
            {" cpa ", 5}, {" cfa ", 5}, {"education:", 6}, {"accredited", 4}});
        t.add(1, {
            {"culture", 4}, {" values", 4}, {"attention to detail", 6}, {"curiosity", 6}, {"curious", 4},
            {"leadership principles", 8}, {"inclusive", 5}, {"diverse", 5}, {"embody", 6}, {"candor", 6},
            {"integrity", 6}, {"growth mindset", 6}, {"humility", 6}, {"psychological safety", 6}, {"willingness", 5},
            {"passion", 4}, {"ethic", 4}, {"selfless", 6}, {"bias for action", 6}, {"customer obsession", 6}});
        t.add(2, {
            {" lead ", 4}, {" lead,", 4}, {"leading", 4}, {"leadership", 4}, {"mentor", 5}, {" manage and", 4},
            {" managing people", 6}, {"managing managers", 6}, {"managing software", 6}, {" manage, coach", 6},
            {"coach", 4}, {" hire", 4}, {"hiring", 4}, {" grow ", 3}, {"growing", 3}, {"roadmap", 3}, {"strategy", 2},
            {"direction", 3}, {"drive decisions", 5}, {"ownership", 3}, {"end-to-end", 3}, {"scale the organization", 6},
            {"scaling an engineering organization", 6}, {"supervis", 6}, {"charge nurse", 6}, {"preceptor", 6},
            {"engineering bar", 5}, {"engineering delivery", 5}, {" develop 5", 3}, {"influenc", 4},
            {"without formal authority", 5}, {"track record of", 2}, {"shape the architecture", 4},
            {"managing people", 6}, {" teams of ", 3}, {"own the vision", 5}, {"technical leaders", 4},
            {"set the", 3}});
        t.add(3, {
            {"communicat", 6}, {"present", 4}, {"partner with", 5}, {"partner ", 2}, {"collaborat", 5},
            {"work with", 4}, {"work closely", 5}, {"work alongside", 5}, {"working with", 3}, {"stakeholder", 3},
            {"written", 4}, {"verbal", 4}, {"storytelling", 6}, {"feedback", 4}, {"documentation", 4},
            {"review code", 5}, {"design reviews with", 4}, {"bilingual", 6}, {"educates", 6}, {"teach", 4},
            {"consult", 4}, {"negotiat", 3}, {"relationship", 4}, {"talk to", 4}, {"together with", 4},
            {"cross-functional", 4}, {"commentary", 4}, {"report ", 3}, {"explain", 3}, {"families", 4},
            {"enable the", 3}, {"business cases", 4}, {"communicate", 6}, {"user stories", 3}});
        t.add(4, {
            {"payments", 4}, {"e-commerce", 4}, {"marketplace", 3}, {" sales", 3}, {"quota", 5}, {"pipeline through", 4},
            {"recruit", 5}, {"sourcing", 4}, {"source passive", 5}, {"budget", 5}, {"finance", 3}, {"fp&a", 5},
            {"accounting", 3}, {"marketing", 4}, {"campaign", 4}, {"instruction", 5}, {"students", 4}, {"learner", 4},
            {"teaching", 4}, {"classroom", 5}, {"patients", 5}, {"care ", 3}, {"nursing", 3}, {"clinical", 4},
            {"infusions", 5}, {" rn ", 4}, {"icu", 4}, {"distribution center", 5}, {"operations across", 4},
            {"safety", 3}, {"compliance with", 4}, {"retail", 4}, {"healthcare", 4}, {"regulated industry", 5},
            {"financial services", 5}, {"financial systems", 4}, {" saas", 3}, {"b2b", 4}, {"idea to launch", 5},
            {"publications", 5}, {"published research", 5}, {"customers adopted", 5}, {"product management experience", 5},
            {"revenue operations", 4}, {"crm,", 3}, {"commerce", 3}, {"ledgers", 3}, {"billing", 3}, {"acquisition", 3},
            {"lifecycle", 2}, {"sales cycles", 5}, {"new logos", 5}, {"methodology", 3}, {"selling", 5}, {"co-selling", 5},
            {"territory", 5}, {"prospecting", 5}, {"lean methods", 5}, {"productivity", 3}, {"field services", 5},
            {"users deeply", 4}, {"learning or robotics", 4}, {"teaching experience", 5}, {"laboratory", 4},
            {"quality improvement", 5}, {"infection", 5}, {"acute care", 5}, {"investment banking", 5},
            {"corporate finance", 5}, {"headcount", 3}, {"performance marketing", 5}, {"omnichannel", 5},
            {"requisitions", 5}, {"boolean", 4}, {"fulfillment", 5}, {"high-volume", 3}, {"forecasts", 3}});
        t.add(5, {
            {"design", 2}, {"build", 2}, {"develop", 2}, {"code", 2}, {"system", 2}, {"architecture", 2},
            {"algorithm", 3}, {"data structures", 3}, {"software", 2}, {"programming", 3}, {"engineering", 1},
            {"model", 2}, {"pipeline", 2}, {"infrastructure", 2}, {"scalab", 2}, {"production", 2}, {"test", 2},
            {"debug", 2}, {"deploy", 2}, {"automat", 2}, {"sql", 2}, {"api", 2}, {"statistic", 2}, {"analysis", 2},
            {"analy", 1}, {"metrics", 1}, {"security", 2}, {"cloud", 2}, {"performance", 1}});
        // clang-format on
        return t;
    }();
    const std::array<int, kClasses> s = table.score(p);
    struct Scored {
        const char* name;
        int value;
    };
    const int skill_bonus = static_cast<int>(skills.size()) * 2;
    // Order breaks ties: a degree line that also says "lead" is about education.
    const Scored scores[] = {{"education", s[0]},     {"values", s[1]}, {"leadership", s[2]},
                             {"communication", s[3]}, {"domain", s[4]}, {"technical", s[5] + skill_bonus}};
    const Scored* best = &scores[5];
    for (const Scored& s : scores)
        if (s.value > best->value || (s.value == best->value && &s < best && s.value > 0)) best = &s;
    if (best->value == 0) return "technical";
    return best->name;
}

}  // namespace ip
