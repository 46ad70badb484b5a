#include "render/rich_html.h"

#include "core/text.h"
#include "render/html_escape.h"

namespace ip {

std::string fill_html(const std::string& text) { return "<span class=\"fill\">[" + html_escape(text) + "]</span>"; }

std::string fact_html(const std::string& text) { return "<span class=\"fact\">" + html_escape(text) + "</span>"; }

std::string rich_html(const Rich& text, RichMarks marks) {
    std::string out;
    for (const auto& span : text) {
        if (span.text.empty()) continue;
        switch (span.kind) {
            case SpanKind::Plain: out += html_escape(span.text); break;
            case SpanKind::Strong: out += "<strong>" + html_escape(span.text) + "</strong>"; break;
            case SpanKind::Fact:
                out += marks == RichMarks::Provenance ? fact_html(span.text) : html_escape(span.text);
                break;
            case SpanKind::Draft:
                out += marks == RichMarks::Provenance ? "<span class=\"draft\">" + html_escape(span.text) + "</span>"
                                                      : html_escape(span.text);
                break;
            case SpanKind::Fill: out += fill_html(span.text); break;
        }
    }
    return out;
}

bool rich_is_blank(const Rich& text) {
    for (const auto& span : text)
        if (!trim(span.text).empty()) return false;
    return true;
}

}  // namespace ip
