#include "render/render.h"

namespace ip {

// Placeholders until the exporters land (issue 6).
std::string render_markdown(const Playbook&) { return {}; }
std::string render_html_report(const Playbook&) { return {}; }
std::string render_handout_html(const Playbook&) { return {}; }
std::vector<uint8_t> render_handout_png(const Playbook&, const std::string&, const std::string&, const PngOptions&,
                                        std::string& error) {
    error = "not implemented yet";
    return {};
}

}  // namespace ip
