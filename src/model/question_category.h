// The kinds of interview question: the playbook's questions, the question
// banks in assets/questions and the role families' question mix use them.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

enum class QuestionCategory { Coding, SystemDesign, Behavioral, Operational, RoleSpecific };

// coding, system_design, behavioral, operational, role_specific: the order
// the report lists them in.
std::span<const EnumName<QuestionCategory>> enum_names(QuestionCategory);

}  // namespace ip
