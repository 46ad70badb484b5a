#include "render/html_handout.h"

#include "render/handout_content.h"
#include "render/html_escape.h"
#include "render/html_page.h"
#include "render/html_style.h"
#include "render/render.h"

namespace ip {

namespace {

// Caps that keep the printed handout on one page.
constexpr size_t kMaxFocus = 4;
constexpr size_t kMaxSecond = 3;
constexpr size_t kMaxMilestone = 2;
constexpr size_t kMaxSellingPoints = 5;
constexpr size_t kMaxStories = 6;

void rich_items(std::string& out, const std::vector<Rich>& items, size_t cap, RichMarks marks) {
    out += "<ul>";
    for (size_t i = 0; i < items.size() && i < cap; ++i)
        out += "<li><span class=\"clamp\">" + rich_html(items[i], marks) + "</span></li>";
    out += "</ul>";
}

}  // namespace

std::string handout_fragment(const Playbook& doc, RichMarks marks) {
    const HandoutContent h = handout_content(doc);
    std::string out = "<div class=\"handout\">\n<header>";
    out += "<h1 class=\"ho-name\">" + rich_html(h.name, marks) + "</h1>";
    if (!h.contact.empty()) out += "<p class=\"ho-contact\">" + html_escape(h.contact) + "</p>";
    out += "<div class=\"ho-title\">" + html_escape(h.plan_title) + "</div></header>\n";
    if (!rich_is_blank(h.pitch)) {
        out += "<div class=\"label\">In brief</div><p class=\"ho-pitch\">" + rich_html(h.pitch, marks) + "</p>\n";
    }
    out += "<div class=\"ho-cols\">\n";
    for (const auto& col : h.columns) {
        out += "<section class=\"ho-col\"><div class=\"ho-band\"><div class=\"ho-days\">";
        out += html_escape(col.labels->days);
        out += "</div><div class=\"ho-theme\">" + html_escape(col.labels->theme) + "</div></div>";
        out += "<div class=\"ho-body\"><div class=\"label\">" + html_escape(col.labels->focus) + "</div>";
        rich_items(out, col.focus, kMaxFocus, marks);
        if (!col.second.empty()) {
            out += "<div class=\"label\">" + html_escape(col.labels->second) + "</div>";
            rich_items(out, col.second, kMaxSecond, marks);
        }
        out += "<div class=\"ho-milestone\"><div class=\"label\">Milestone</div>";
        for (size_t i = 0; i < col.milestone.size() && i < kMaxMilestone; ++i)
            out += "<p class=\"clamp\">" + rich_html(col.milestone[i], marks) + "</p>";
        out += "</div></div></section>\n";
    }
    out += "</div>\n";
    if (!h.selling_points.empty() || !h.stories.empty()) {
        out += "<div class=\"ho-bottom\">";
        out += "<div><div class=\"label\">What I bring</div>";
        if (!h.selling_points.empty()) rich_items(out, h.selling_points, kMaxSellingPoints, marks);
        out += "</div><div class=\"ho-stories\"><div class=\"label\">Ask me about</div><ol>";
        for (size_t i = 0; i < h.stories.size() && i < kMaxStories; ++i) {
            out += "<li><b class=\"clamp\">" + html_escape(h.stories[i].title) + "</b>";
            if (!h.stories[i].question.empty())
                out += "<span class=\"ho-q clamp\">" + html_escape(h.stories[i].question) + "</span>";
            out += "</li>";
        }
        out += "</ol></div></div>\n";
    }
    out += "</div>\n";
    return out;
}

std::string render_handout_html(const Playbook& doc) {
    const HandoutContent h = handout_content(doc);
    std::string title = rich_to_plain(h.name) + " \u2014 " + h.plan_title;
    return html_document(title, handout_css(), handout_fragment(doc, RichMarks::Clean));
}

}  // namespace ip
