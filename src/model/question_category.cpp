#include "model/question_category.h"

namespace ip {

std::span<const EnumName<QuestionCategory>> enum_names(QuestionCategory) {
    static constexpr EnumName<QuestionCategory> names[] = {{QuestionCategory::Coding, "coding"},
                                                           {QuestionCategory::SystemDesign, "system_design"},
                                                           {QuestionCategory::Behavioral, "behavioral"},
                                                           {QuestionCategory::Operational, "operational"},
                                                           {QuestionCategory::RoleSpecific, "role_specific"}};
    return names;
}

}  // namespace ip
