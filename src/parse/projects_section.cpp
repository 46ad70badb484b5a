#include "parse/projects_section.h"

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/date_range.h"
#include "parse/header_parts.h"

namespace ip {

namespace {

bool ends_sentence(const std::string& s) { return !s.empty() && (s.back() == '.' || s.back() == '!'); }

}  // namespace

std::vector<Project> read_projects_section(const std::vector<std::string>& lines) {
    std::vector<Project> out;
    bool after_bullets = true;  // a name line opens the next project
    for (const std::string& raw : lines) {
        const std::string t = trim(raw);
        if (t.empty()) continue;
        if (is_bullet_line(t)) {
            if (out.empty()) out.emplace_back();
            Bullet b;
            b.text = trim(std::string(bullet_body(t)));
            if (!b.text.empty()) out.back().bullets.push_back(std::move(b));
            after_bullets = true;
            continue;
        }
        const size_t words = split(t, ' ').size();
        const bool fresh = !out.empty() && out.back().bullets.empty() && !out.back().description;
        if (!out.empty() && !after_bullets && (fresh || words > 12 || ends_sentence(t))) {
            // Prose under a project's name: its description, then bullets.
            Project& p = out.back();
            if (!p.description) {
                p.description = t;
            } else {
                Bullet b;
                b.text = t;
                p.bullets.push_back(std::move(b));
            }
            continue;
        }
        Project p;
        std::string line = t;
        if (auto range = find_date_range(line)) line = remove_date_range(line, *range);
        const std::vector<std::string> pieces = strong_parts(line);
        if (pieces.empty()) continue;
        p.name = pieces[0];
        // "Name: what it is" written with a colon.
        const size_t colon = p.name.find(": ");
        std::string description;
        if (pieces.size() == 1 && colon != std::string::npos && colon < 40) {
            description = trim(p.name.substr(colon + 2));
            p.name = trim(p.name.substr(0, colon));
        }
        if (pieces.size() > 1) {
            const size_t at = line.find(pieces[1]);
            description = trim(line.substr(at));
        }
        if (!description.empty()) p.description = description;
        out.push_back(std::move(p));
        after_bullets = false;
    }
    return out;
}

}  // namespace ip
