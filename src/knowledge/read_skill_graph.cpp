#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

namespace {

bool read_relations(EntryReader& in, std::vector<std::string>& broader, std::vector<std::string>& implies) {
    return in.optional_text_list("broader", broader) && in.optional_text_list("implies", implies) &&
           check_no_duplicates(in, "broader", broader) && check_no_duplicates(in, "implies", implies);
}

bool read_concepts(const std::string& name, const nlohmann::json& list, KnowledgeDraft& draft, std::string& error) {
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        EntryReader in(entry, asset_label(name) + ": concept #" + std::to_string(++number), error);
        ConceptDef c;
        if (!in.is_object() || !in.text("id", c.id)) return false;
        in.name_entry(c.id);
        if (!in.only_keys({"id", "name", "aliases", "broader", "implies", "ambiguous"}) ||
            !check_identifier(in, "id", c.id) || !in.text("name", c.name) ||
            !in.optional_text_list("aliases", c.aliases) || !read_relations(in, c.broader, c.implies) ||
            !in.optional_text_list("ambiguous", c.ambiguous))
            return false;
        draft.kb.concepts.push_back(std::move(c));
        draft.concept_where.push_back(in.where());
    }
    return true;
}

bool read_links(const std::string& name, const nlohmann::json& list, KnowledgeDraft& draft, std::string& error) {
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        EntryReader in(entry, asset_label(name) + ": link #" + std::to_string(++number), error);
        ConceptLink link;
        if (!in.is_object() || !in.text("id", link.id)) return false;
        in.name_entry(link.id);
        if (!in.only_keys({"id", "broader", "implies"}) || !read_relations(in, link.broader, link.implies))
            return false;
        if (link.broader.empty() && link.implies.empty()) return in.fail("has neither \"broader\" nor \"implies\"");
        draft.kb.concept_links.push_back(std::move(link));
        draft.concept_link_where.push_back(in.where());
    }
    return true;
}

}  // namespace

// A graph file has "concepts", "links" or both, plus "_" notes (the source and licence).
bool read_skill_graph_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                           std::string& error) {
    const std::string label = asset_label(name);
    if (!doc.is_object()) {
        error = label + ": expected an object with \"concepts\" and/or \"links\"";
        return false;
    }
    for (const auto& item : doc.items()) {
        const std::string& key = item.key();
        if (!key.empty() && key[0] == '_') continue;
        if (key != "concepts" && key != "links") {
            error = label + ": unknown key \"" + key + "\" (expected \"concepts\", \"links\" and \"_\" notes)";
            return false;
        }
        if (!item.value().is_array()) {
            error = label + ": \"" + key + "\" must be a list";
            return false;
        }
        if (!(key == "concepts" ? read_concepts(name, item.value(), draft, error)
                                : read_links(name, item.value(), draft, error)))
            return false;
    }
    return true;
}

}  // namespace ip
