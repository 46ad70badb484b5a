// Names of the closed sets' values (requirement status, question category,
// seniority level, ...): the strings the JSON document and the assets use.
// Each set declares `enum_names(E)`, its one table (value, name), next to the
// enum; these helpers read any such table.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ip {

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

// "covered" for RequirementStatus::Covered.
template <class E>
std::string_view name_of(E value) {
    for (const EnumName<E>& n : enum_names(value))
        if (n.value == value) return n.name;
    return {};
}

// RequirementStatus::Gap for "gap"; nullopt for a name the set does not have.
template <class E>
std::optional<E> enum_from_name(std::string_view name) {
    for (const EnumName<E>& n : enum_names(E{}))
        if (n.name == name) return n.value;
    return std::nullopt;
}

// "covered, partial, gap", for messages.
template <class E>
std::string enum_name_list() {
    const auto names = enum_names(E{});
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += ", ";
        out += names[i].name;
    }
    return out;
}

}  // namespace ip
