// The first screen: the product name and the four inputs (resume, job
// description, company, role). It draws and reports what the user asked for;
// the app carries the requests out.
#pragma once
#include <string>

#include "app/fonts.h"
#include "app/inputs.h"

namespace ip::app {

struct StartScreenRequests {
    bool inputs_changed = false;
    bool open_resume_file = false;
    bool open_job_file = false;
    bool clear_all = false;
};

// `notice` is a one-line message from the last action ("Loaded resume.md"),
// shown in the footer; empty for none.
StartScreenRequests draw_start_screen(Inputs& inputs, const std::string& notice, const Fonts& fonts, float scale);

}  // namespace ip::app
