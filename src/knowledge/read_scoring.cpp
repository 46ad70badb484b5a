// assets/scoring.json: the fit score's table (knowledge/scoring_table.h).
#include <cmath>

#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "model/seniority_level.h"

namespace ip {

namespace {

struct Weight {
    const char* key;
    double* out;
};

// Reads an object holding exactly `weights`, each a number in [0, 1]; when
// `sums_to_one`, their total must be 1.
bool read_weights(const std::string& where, const nlohmann::json& table, const char* group,
                  std::initializer_list<Weight> weights, bool sums_to_one, std::string& error) {
    const std::string at = where + "." + group;
    const auto it = table.find(group);
    if (it == table.end() || !it->is_object()) {
        error = at + ": required, an object of weights";
        return false;
    }
    for (const auto& item : it->items()) {
        bool known = false;
        for (const Weight& w : weights) known = known || item.key() == w.key;
        if (!known) {
            error = at + ": unknown key " + in_quotes(item.key());
            return false;
        }
    }
    double total = 0;
    for (const Weight& w : weights) {
        const auto v = it->find(w.key);
        if (v == it->end() || !v->is_number()) {
            error = at + "." + w.key + ": required, a number between 0 and 1";
            return false;
        }
        const double x = v->get<double>();
        if (!(x >= 0.0 && x <= 1.0)) {
            error = at + "." + w.key + ": must be between 0 and 1";
            return false;
        }
        *w.out = x;
        total += x;
    }
    if (sums_to_one && std::fabs(total - 1.0) > 1e-9) {
        error = at + ": the weights must sum to 1";
        return false;
    }
    return true;
}

bool read_years_for_level(const std::string& where, const nlohmann::json& table, ScoringTable& s, std::string& error) {
    const std::string at = where + ".years_for_level";
    const auto it = table.find("years_for_level");
    if (it == table.end() || !it->is_object()) {
        error = at + ": required, an object of level -> years";
        return false;
    }
    for (const auto& item : it->items())
        if (!enum_from_name<SeniorityLevel>(item.key())) {
            error = at + ": unknown level " + in_quotes(item.key());
            return false;
        }
    for (const auto& level : enum_names(SeniorityLevel{})) {
        const auto v = it->find(std::string(level.name));
        if (v == it->end() || !v->is_number_integer() || v->get<int>() < 0 || v->get<int>() > 40) {
            error = at + "." + std::string(level.name) + ": required, whole years from 0 to 40";
            return false;
        }
        s.years_for_level[static_cast<size_t>(level.value)] = v->get<int>();
    }
    return true;
}

bool read_bands(const std::string& where, const nlohmann::json& table, ScoringTable& s, std::string& error) {
    const auto it = table.find("bands");
    if (it == table.end() || !it->is_array() || it->empty()) {
        error = where + ".bands: required, a list of bands from the highest down";
        return false;
    }
    size_t number = 0;
    for (const auto& entry : *it) {
        EntryReader in(entry, where + ".bands #" + std::to_string(++number), error);
        ScoreBand band;
        std::string name;
        if (!in.is_object() || !in.only_keys({"min", "band", "means"}) || !in.integer("min", band.min, 0, 100) ||
            !in.text("band", name) || !in.text("means", band.means))
            return false;
        const auto id = enum_from_name<FitBand>(name);
        if (!id) return in.fail("band " + in_quotes(name) + " must be one of " + enum_name_list<FitBand>());
        band.band = *id;
        for (const ScoreBand& seen : s.bands)
            if (seen.band == band.band) return in.fail("band " + in_quotes(name) + " listed twice");
        if (!s.bands.empty() && band.min >= s.bands.back().min) return in.fail("min must be below the band before it");
        s.bands.push_back(std::move(band));
    }
    if (s.bands.size() != enum_names(FitBand{}).size()) {
        error = where + ".bands: list every band once (" + enum_name_list<FitBand>() + ")";
        return false;
    }
    if (s.bands.back().min != 0) {
        error = where + ".bands: the last band must start at 0, so every score has a name";
        return false;
    }
    return true;
}

}  // namespace

bool read_scoring_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* table = top_level_value(name, doc, "fit_score", nlohmann::json::value_t::object, error);
    if (!table) return false;
    const std::string where = asset_label(name) + ": fit_score";
    for (const auto& item : table->items()) {
        static const char* const keys[] = {"line_credit", "experience", "level_fit", "other_field",    "culture",
                                           "overall",     "max_score",  "bands",     "years_for_level"};
        bool known = false;
        for (const char* k : keys) known = known || item.key() == k;
        if (!known) {
            error = where + ": unknown key " + in_quotes(item.key());
            return false;
        }
    }
    ScoringTable& s = draft.kb.scoring;
    s = ScoringTable{};
    EntryReader top(*table, where, error);
    if (!read_weights(where, *table, "line_credit", {{"covered", &s.covered}, {"partial", &s.partial}}, false, error) ||
        !read_weights(where, *table, "experience",
                      {{"years", &s.years}, {"level", &s.level}, {"field", &s.field}, {"duties", &s.duties}}, true,
                      error) ||
        !read_weights(where, *table, "level_fit",
                      {{"same", &s.level_same},
                       {"one_above", &s.level_one_above},
                       {"one_below", &s.level_one_below},
                       {"two_apart", &s.level_two_apart},
                       {"far_apart", &s.level_far_apart}},
                      false, error) ||
        !read_weights(where, *table, "other_field",
                      {{"floor", &s.other_field_floor}, {"core_skills", &s.other_field_core_skills}}, false, error) ||
        !read_weights(where, *table, "culture", {{"floor", &s.culture_floor}, {"shown", &s.culture_shown}}, true,
                      error) ||
        !read_weights(
            where, *table, "overall",
            {{"skills", &s.overall_skills}, {"experience", &s.overall_experience}, {"culture", &s.overall_culture}},
            true, error) ||
        !top.integer("max_score", s.max_score, 1, 100) || !read_years_for_level(where, *table, s, error) ||
        !read_bands(where, *table, s, error))
        return false;
    if (s.partial > s.covered) return top.fail("line_credit.partial must not exceed line_credit.covered");
    if (s.other_field_floor + s.other_field_core_skills > 1.0 + 1e-9)
        return top.fail("other_field: floor + core_skills must not exceed 1 (the same field fits 1)");
    return true;
}

}  // namespace ip
