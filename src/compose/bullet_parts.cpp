#include "compose/bullet_parts.h"

#include <algorithm>

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

namespace {

size_t word_end(const std::string& s, size_t from) {
    size_t e = from;
    while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ';') ++e;
    return e;
}

// Where the object phrase stops: a preposition, a participle, or punctuation.
size_t object_end(const std::string& rest) {
    static const char* stops[] = {" handling ", " processing ", " serving ", " using ", " for ", " to ", " with ",
                                  " on ",       " across ",     " by ",      " through ", " via ", " that ", " which ",
                                  " reducing ", " cutting ",    " improving ", " increasing ", " achieving ",
                                  " resulting ", " saving ",    " from ",    " in ",      " at ",  " into ",
                                  " consumed ", " covering ",   " while ",   " and reduc", " and improv", " and increas",
                                  " and cut",   " – ",          " — ",       " - "};
    size_t end = rest.size();
    for (const char* s : stops) {
        const size_t p = rest.find(s);
        if (p != std::string::npos && p > 0) end = std::min(end, p);
    }
    for (char c : {',', ';', ':', '('}) {
        const size_t p = rest.find(c);
        if (p != std::string::npos && p > 0) end = std::min(end, p);
    }
    return end;
}

}  // namespace

BulletParts split_bullet(const Knowledge& kb, const Bullet& b) {
    BulletParts p;
    const std::string text = strip_trailing_period(b.text);
    size_t pos = 0;
    if (kb.verb(leading_word(text))) {
        pos = word_end(text, 0);
        // "Designed and built", "Led and mentored": a second verb joined by "and".
        if (text.compare(pos, 5, " and ") == 0) {
            const size_t second = pos + 5;
            const size_t second_end = word_end(text, second);
            if (kb.verb(to_lower(text.substr(second, second_end - second)))) pos = second_end;
        }
        p.verbs = text.substr(0, pos);
    }
    p.rest = trim(text.substr(pos));
    p.object = trim(p.rest.substr(0, object_end(p.rest)));

    for (const char* m : {" using ", " through ", " via ", " with "}) {
        const size_t at = text.find(m);
        if (at == std::string::npos) continue;
        std::string method = text.substr(at + 1);
        const size_t stop = method.find_first_of(",;");
        if (stop != std::string::npos) method = method.substr(0, stop);
        p.method = trim(method);
        break;
    }

    if (!b.metrics.empty()) {
        // The result is the clause with an outcome number (a percentage, a
        // before/after, money), else the last number: results come last.
        const Metric* outcome = &b.metrics.back();
        for (const char* kind : {"percent", "time_delta", "money", "multiplier", "latency"}) {
            auto it = std::find_if(b.metrics.begin(), b.metrics.end(), [&](const Metric& m) { return m.kind == kind; });
            if (it != b.metrics.end()) {
                outcome = &*it;
                break;
            }
        }
        p.result_metric = *outcome;
        const size_t metric_at = text.find(outcome->text);
        if (metric_at != std::string::npos) {
            size_t start = 0;
            for (const char* sep : {", ", "; ", " – ", " — "}) {
                const size_t s = text.rfind(sep, metric_at);
                if (s != std::string::npos) start = std::max(start, s + std::string(sep).size());
            }
            // A participle ("processing 2B+ events") opens the result clause.
            size_t scan = metric_at;
            while (scan > start) {
                const size_t sp = text.rfind(' ', scan - 1);
                if (sp == std::string::npos || sp < start) break;
                const size_t we = word_end(text, sp + 1);
                const std::string w = text.substr(sp + 1, we - sp - 1);
                if (w.size() > 4 && ends_with(w, "ing") && w.find('-') == std::string::npos) {
                    start = sp + 1;
                    break;
                }
                scan = sp;
            }
            p.result = trim(text.substr(start));
            // What was done, without the result: "Designed and built ... using Java and Python".
            if (start > p.verbs.size()) {
                std::string done = trim(text.substr(p.verbs.size(), start - p.verbs.size()));
                while (!done.empty() && (done.back() == ',' || done.back() == ';')) done.pop_back();
                p.action = trim(done);
            }
        }
    }
    // When the number sits in the main clause, the result is the whole line and
    // the action names only what was acted on, so the story does not say it twice.
    if (p.action.empty()) p.action = p.result.empty() || p.object.empty() ? p.rest : p.object;
    return p;
}

std::string title_case(const std::string& s) {
    static const char* small[] = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with"};
    std::string out;
    size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        std::string w = s.substr(i, j - i);
        const bool is_small = std::find(std::begin(small), std::end(small), w) != std::end(small);
        if (!w.empty() && (first || !is_small)) {
            if (w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
            // Hyphenated words: "event-driven" -> "Event-Driven".
            for (size_t k = 1; k + 1 < w.size(); ++k)
                if (w[k] == '-' && w[k + 1] >= 'a' && w[k + 1] <= 'z') w[k + 1] = static_cast<char>(w[k + 1] - 'a' + 'A');
        }
        out += (out.empty() ? "" : " ") + w;
        first = false;
        i = j + 1;
    }
    return out;
}

}  // namespace ip
