// What the user has given the app so far. Saved in this browser after every
// edit (nothing typed is lost on a reload) and never sent anywhere.
#pragma once
#include <string>

namespace ip::app {

struct Inputs {
    std::string resume;
    std::string resume_filename;  // set when the text came from a file
    std::string job;
    std::string job_filename;
    std::string company;
    std::string role;
};

// JSON form used for local storage; parsing never throws, and a malformed or
// foreign value gives empty inputs.
std::string inputs_to_json(const Inputs& in);
Inputs inputs_from_json(const std::string& text);

// The storage key, versioned so a later format can ignore old values.
inline constexpr const char* kInputsStorageKey = "interview-playbook.inputs.v1";

}  // namespace ip::app
