#include <algorithm>
#include <unordered_map>

#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"

namespace ip {

namespace {

bool report(std::string& error, const std::string& where, const std::string& problem) {
    error = where + ": " + problem;
    return false;
}

// Adds the edges `targets` of one kind from `node`; every target must be a node.
bool add_edges(KnowledgeDraft& d, size_t node, const std::vector<std::string>& targets, ConceptRelation kind,
               const std::string& where, std::string& error) {
    for (const std::string& target : targets) {
        const auto it = d.kb.node_by_id.find(target);
        if (it == d.kb.node_by_id.end())
            return report(error, where, "relation target " + in_quotes(target) + " does not exist");
        if (it->second == node) return report(error, where, "relates to itself");
        auto& up = d.kb.concept_up[node];
        const bool known = std::any_of(up.begin(), up.end(), [&](const ConceptEdge& e) { return e.to == it->second; });
        if (!known) up.push_back(ConceptEdge{it->second, kind});
    }
    return true;
}

std::string where_of(const KnowledgeDraft& d, size_t node) {
    return node < d.kb.skills.size() ? d.skill_where[node] : d.concept_where[node - d.kb.skills.size()];
}

// Depth-first search for a node that is its own ancestor (through broader
// and implies alike: a loop would make "A shows B" and "B shows A" the same
// concept twice, which belongs in one node's aliases).
bool check_no_cycles(const KnowledgeDraft& d, std::string& error) {
    const auto& up = d.kb.concept_up;
    enum Mark : char { Unseen, Open, Done };
    std::vector<char> mark(up.size(), Unseen);
    for (size_t start = 0; start < up.size(); ++start) {
        if (mark[start] != Unseen) continue;
        std::vector<std::pair<size_t, size_t>> stack{{start, 0}};  // node, next edge
        mark[start] = Open;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == up[node].size()) {
                mark[node] = Done;
                stack.pop_back();
                continue;
            }
            const size_t to = up[node][next++].to;
            if (mark[to] == Open)
                return report(error, where_of(d, node),
                              "relation to " + in_quotes(d.kb.node_name(to)) + " closes a cycle");
            if (mark[to] == Unseen) {
                mark[to] = Open;
                stack.push_back({to, 0});
            }
        }
    }
    return true;
}

// A spelling may name one node only, unless every node that uses it lists it as ambiguous.
bool check_spellings(const KnowledgeDraft& d, std::string& error) {
    std::unordered_map<std::string, size_t> owner;  // lookups only: the error names the first clash in file order
    owner.reserve(4 * d.kb.node_count());
    for (size_t i = 0; i < d.kb.skills.size(); ++i) {
        owner.emplace(spelling_key(d.kb.skills[i].name), i);
        for (const std::string& alias : d.kb.skills[i].aliases) owner.emplace(spelling_key(alias), i);
    }
    for (size_t c = 0; c < d.kb.concepts.size(); ++c) {
        const ConceptDef& def = d.kb.concepts[c];
        const size_t node = d.kb.skills.size() + c;
        std::vector<std::string> spellings = def.aliases;
        spellings.push_back(def.name);
        for (const std::string& spelling : spellings) {
            const auto [it, inserted] = owner.emplace(spelling_key(spelling), node);
            if (inserted || it->second == node) continue;
            const auto lists = [&](size_t n) {
                if (n < d.kb.skills.size()) return false;
                const auto& amb = d.kb.concepts[n - d.kb.skills.size()].ambiguous;
                return std::find(amb.begin(), amb.end(), spelling) != amb.end();
            };
            if (!lists(node) || !lists(it->second))
                return report(error, d.concept_where[c],
                              "name or alias " + in_quotes(spelling) + " is already used by " +
                                  where_of(d, it->second) + " (list it under \"ambiguous\" in both if meant)");
        }
    }
    return true;
}

}  // namespace

bool build_skill_graph(KnowledgeDraft& d, std::string& error) {
    Knowledge& kb = d.kb;
    kb.node_by_id.clear();
    for (size_t i = 0; i < kb.skills.size(); ++i) kb.node_by_id.emplace(kb.skills[i].id, i);
    for (size_t c = 0; c < kb.concepts.size(); ++c) {
        const auto [it, inserted] = kb.node_by_id.emplace(kb.concepts[c].id, kb.skills.size() + c);
        if (!inserted)
            return report(error, d.concept_where[c],
                          "id " + in_quotes(kb.concepts[c].id) + " is already used by " + where_of(d, it->second));
    }
    if (!check_spellings(d, error)) return false;
    kb.concept_up.assign(kb.node_count(), {});
    for (size_t c = 0; c < kb.concepts.size(); ++c) {
        const size_t node = kb.skills.size() + c;
        if (!add_edges(d, node, kb.concepts[c].broader, ConceptRelation::Broader, d.concept_where[c], error) ||
            !add_edges(d, node, kb.concepts[c].implies, ConceptRelation::Implies, d.concept_where[c], error))
            return false;
    }
    for (size_t l = 0; l < kb.concept_links.size(); ++l) {
        const ConceptLink& link = kb.concept_links[l];
        const auto it = kb.node_by_id.find(link.id);
        if (it == kb.node_by_id.end())
            return report(error, d.concept_link_where[l], "id " + in_quotes(link.id) + " is not a skill or concept");
        if (!add_edges(d, it->second, link.broader, ConceptRelation::Broader, d.concept_link_where[l], error) ||
            !add_edges(d, it->second, link.implies, ConceptRelation::Implies, d.concept_link_where[l], error))
            return false;
    }
    return check_no_cycles(d, error);
}

}  // namespace ip
