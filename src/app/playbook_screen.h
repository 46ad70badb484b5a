// The playbook screen: a top bar (who it is for, edit inputs, accessible
// view, export), the navigation (the ten sections and the 30-minute path;
// a menu on a phone) and the current section, centred and capped in width.
// Sections the embedding site hides are left out of all of it.
#pragma once
#include <string>

#include "app/host_logo.h"
#include "app/ui.h"
#include "model/playbook.h"

namespace ip::app {

struct PlaybookScreenRequests {
    bool edit_inputs = false;
    bool accessible_view = false;
    bool share = false;  // the embedding host may have the playbook
};

struct PlaybookScreenContext {
    std::string embed_host;    // "" when not embedded
    bool shared = false;       // consent already given
    HostLogo* logo = nullptr;  // the embedding site's, drawn in the top bar
};

// Fills ui.export_request / ui.goto_section as the user asks.
PlaybookScreenRequests draw_playbook_screen(Ui& ui, const Playbook& doc, const PlaybookScreenContext& ctx);

// Lets a finger drag scroll the current window (ImGui scrolls only with a
// wheel), with a short glide after release. Returns true while gliding.
bool drag_to_scroll(float scale);

}  // namespace ip::app
