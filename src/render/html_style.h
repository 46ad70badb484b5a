// The inline stylesheets of the HTML exports. No url(), no @import, no web
// fonts: the page must render from disk with nothing fetched.
#pragma once

namespace ip {

// Screen and print rules for the full report (includes the handout's rules).
const char* report_css();
// Rules for the one-page handout, used alone by the standalone handout.
const char* handout_css();

}  // namespace ip
