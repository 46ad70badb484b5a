#include "app/fill_answers.h"

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "render/doc_lookup.h"

namespace ip::app {

namespace {

std::string key_of(const std::string& scope, const std::string& prompt) { return scope + "\n" + prompt; }

// One walk over the document for both the const and the mutable visitors.
template <typename Doc, typename Fn>
void walk(Doc& doc, const std::string& shared, Fn&& fn) {
    auto list = [&](auto& items) {
        for (auto& item : items) fn(item, shared);
    };
    auto& fit = doc.fit;
    fn(fit.summary, shared);
    fn(fit.rationale.skills, shared);
    fn(fit.rationale.experience, shared);
    fn(fit.rationale.culture, shared);
    for (auto& s : fit.strengths) fn(s.body, shared);
    for (auto& g : fit.gaps) fn(g.body, shared);
    for (auto& r : fit.requirements) fn(r.note, shared);
    for (auto& r : fit.risks) {
        fn(r.facts, shared);
        fn(r.script, shared);
    }
    fn(fit.priority, shared);
    for (auto& d : doc.decode) {
        fn(d.means, shared);
        fn(d.demonstrate, shared);
    }
    list(doc.company.process);
    list(doc.company.culture);
    list(doc.company.success);
    list(doc.company.unique);
    for (auto& h : doc.hidden_priorities) fn(h.body, shared);
    for (auto& m : doc.mistakes) fn(m.body, shared);
    auto& pitch = doc.pitch;
    fn(pitch.thirty_second, shared);
    fn(pitch.two_minute.past, shared);
    fn(pitch.two_minute.present, shared);
    fn(pitch.two_minute.pivot, shared);
    fn(pitch.two_minute.future, shared);
    fn(pitch.why_company, shared);
    fn(pitch.why_role, shared);
    for (auto& s : doc.stories) {
        const std::string scope = story_scope(doc, s);
        fn(s.situation, scope);
        fn(s.task, scope);
        fn(s.action, scope);
        fn(s.result, scope);
    }
    for (auto& q : doc.questions) {
        fn(q.text, shared);
        fn(q.really_asking, shared);
        list(q.great);
        list(q.red_flags);
        fn(q.prep, shared);
    }
    for (auto& g : doc.gap_scripts) {
        const std::string scope = gap_scope(doc, g);
        fn(g.why_probe, scope);
        fn(g.script, scope);
    }
    for (auto& c : doc.curveballs) fn(c.why, shared);
    for (auto* phase : {&doc.plan.days_30, &doc.plan.days_60, &doc.plan.days_90}) {
        list(phase->focus);
        list(phase->background_helps);
        list(phase->excited_to_learn);
        list(phase->diagnose_first);
        list(phase->milestone);
    }
    auto& cheat = doc.cheat_sheet;
    fn(cheat.pitch, shared);
    list(cheat.company_facts);
    list(cheat.selling_points);
    fn(cheat.gap_answer, shared);
}

}  // namespace

std::string story_scope(const Playbook& doc, const Story& story) {
    const Bullet* anchor = find_bullet(doc, story.anchor);
    return "story:" + (anchor ? fold_whitespace(anchor->text) : story.title);
}

std::string gap_scope(const Playbook& doc, const GapScript& script) {
    const Requirement* req = find_requirement(doc, script.requirement);
    return "gap:" + (req ? fold_whitespace(req->text) : script.title);
}

const std::string* FillAnswers::find(const std::string& scope, const std::string& prompt) const {
    auto it = answers_.find(key_of(scope, prompt));
    if (it != answers_.end()) return &it->second;
    if (!scope.empty()) return nullptr;
    const std::string tail = "\n" + prompt;
    for (const auto& [key, answer] : answers_)
        if (starts_with(key, "gap:") && ends_with(key, tail)) return &answer;
    return nullptr;
}

void FillAnswers::set(const std::string& scope, const std::string& prompt, const std::string& answer) {
    if (trim(answer).empty()) {
        answers_.erase(key_of(scope, prompt));
    } else {
        answers_[key_of(scope, prompt)] = answer;
    }
}

std::string FillAnswers::to_json() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [key, answer] : answers_) {
        const size_t cut = key.find('\n');
        out.push_back({{"scope", key.substr(0, cut)}, {"prompt", key.substr(cut + 1)}, {"answer", answer}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

FillAnswers FillAnswers::from_json(const std::string& text) {
    FillAnswers out;
    const nlohmann::json list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) return out;
    for (const auto& item : list) {
        if (!item.is_object()) continue;
        auto field = [&](const char* name) {
            auto it = item.find(name);
            return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        const std::string prompt = field("prompt");
        if (!prompt.empty()) out.set(field("scope"), prompt, field("answer"));
    }
    return out;
}

void for_each_rich(const Playbook& doc, const std::function<void(const Rich&, const std::string&)>& fn) {
    walk(doc, std::string(), fn);
}

Playbook with_answers(const Playbook& doc, const FillAnswers& answers) {
    Playbook copy = doc;
    // Scopes are computed from the copy before its spans change; the anchors
    // and requirements they name are not rich text, so they never change.
    walk(copy, std::string(), [&](Rich& text, const std::string& scope) {
        for (Span& span : text) {
            if (span.kind != SpanKind::Fill) continue;
            if (const std::string* answer = answers.find(scope, span.text)) {
                span.text = *answer;
                span.kind = SpanKind::Plain;
            }
        }
    });
    return copy;
}

std::string plain_text(const Rich& text, const std::string& scope, const FillAnswers& answers) {
    std::string out;
    for (const Span& span : text) {
        if (span.kind != SpanKind::Fill) {
            out += span.text;
        } else if (const std::string* answer = answers.find(scope, span.text)) {
            out += *answer;
        } else {
            out += "[" + span.text + "]";
        }
    }
    return out;
}

FillCount count_fills(const Playbook& doc, const FillAnswers& answers) {
    FillCount count;
    for_each_rich(doc, [&](const Rich& text, const std::string& scope) {
        for (const Span& span : text) {
            if (span.kind != SpanKind::Fill) continue;
            ++count.total;
            if (answers.find(scope, span.text)) ++count.answered;
        }
    });
    return count;
}

}  // namespace ip::app
