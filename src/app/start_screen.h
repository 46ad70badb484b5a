// The first screen: the product name and the inputs (resume, job
// description, company, role, a note on company news), what the engine read
// from them, and the actions (open a file, try an example, build the
// playbook, forget everything). It draws and reports what the user asked
// for; the app carries the requests out.
#pragma once
#include <string>
#include <vector>

#include "app/engine_session.h"
#include "app/fonts.h"
#include "app/host_logo.h"
#include "app/inputs.h"

namespace ip::app {

struct StartScreenRequests {
    bool inputs_changed = false;
    bool resume_edited = false;  // the resume's text was edited by hand
    bool job_edited = false;
    bool open_resume_file = false;
    bool open_job_file = false;
    bool try_example = false;
    bool forget_everything = false;
    bool generate = false;
    bool back_to_playbook = false;
    bool company_edited = false;  // typed by the user: no longer filled in from the job description
    bool role_edited = false;
};

struct StartScreenContext {
    const ResumeSummary* resume = nullptr;  // what was read; null before the first read
    const JobSummary* job = nullptr;
    const std::vector<std::string>* companies = nullptr;  // type-ahead lists
    const std::vector<std::string>* roles = nullptr;
    std::string notice;  // the last action's result ("Loaded resume.md"), "" for none
    std::string error;   // why the last generation failed, "" for none
    bool has_playbook = false;
    bool generating = false;
    bool drag_active = false;      // a file is being dragged over the page
    float drag_x = 0, drag_y = 0;  // backing pixels
    HostLogo* logo = nullptr;      // the embedding site's, drawn in the header
};

// Where the job card is, for deciding which input a dropped file is for.
struct StartScreenLayout {
    float job_min_x = 0, job_min_y = 0, job_max_x = 0, job_max_y = 0;
};

StartScreenRequests draw_start_screen(Inputs& inputs, const StartScreenContext& ctx, const Fonts& fonts, float scale,
                                      StartScreenLayout& layout);

}  // namespace ip::app
