// What the user has given the app so far. Saved in this browser after every
// edit (nothing typed is lost on a reload) and never sent anywhere.
#pragma once
#include <string>

#include "pipeline/generate.h"

namespace ip::app {

struct Inputs {
    std::string resume;           // the text shown and edited
    std::string resume_filename;  // set when the text came from a file
    // The file as opened (a .docx, a JSON Resume, a PDF's positioned items),
    // which the engine reads with its structure intact. Dropped as soon as the
    // user edits the text: from then on the text is the resume.
    std::string resume_file;
    std::string job;
    std::string job_filename;
    std::string job_file;  // an .html job description as opened
    std::string company;
    std::string role;
    std::string news;  // optional note about the company's recent news
};

// The engine's inputs for these: the file when there is one, else the text.
ip::Inputs engine_inputs(const Inputs& in, const std::string& today);

// Drops the opened files (call when the user edits the text they produced).
void resume_text_edited(Inputs& in);
void job_text_edited(Inputs& in);

// JSON form used for local storage; parsing never throws, and a malformed or
// foreign value gives empty inputs. `with_files` false leaves the opened
// files out (for a browser whose storage is nearly full).
std::string inputs_to_json(const Inputs& in, bool with_files = true);
Inputs inputs_from_json(const std::string& text);

// The storage key, versioned so a later format can ignore old values.
inline constexpr const char* kInputsStorageKey = "interview-playbook.inputs.v1";

}  // namespace ip::app
