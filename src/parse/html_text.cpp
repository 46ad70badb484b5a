#include "parse/html_text.h"

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/markup_tokens.h"

namespace ip {

namespace {

using Kind = MarkupToken::Kind;

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (name == n) return true;
    return false;
}

bool is_block(std::string_view n) {
    return one_of(n, {"p",      "div",        "ul",      "ol",      "dl",     "dt",       "dd",
                      "tr",     "table",      "section", "article", "header", "footer",   "main",
                      "aside",  "blockquote", "pre",     "hr",      "form",   "fieldset", "address",
                      "figure", "figcaption", "details", "summary", "body",   "html",     "center"});
}
bool is_heading(std::string_view n) { return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'; }

// Elements whose content is never job-description text.
bool is_raw_text(std::string_view n) { return one_of(n, {"script", "style", "title", "textarea"}); }
bool is_noise(std::string_view n) {
    return one_of(n, {"noscript", "template", "svg", "iframe", "object", "button", "nav", "select", "math"});
}

class TextBuilder {
public:
    void newline() {
        trim_trailing_space();
        if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
    }
    void blank_line() {
        newline();
        if (!out_.empty() && !ends_with(out_, "\n\n")) out_.push_back('\n');
    }
    void bullet() {
        newline();
        pending_bullet_ = true;
    }
    void cell() {
        trim_trailing_space();
        if (!out_.empty() && out_.back() != '\n') out_.push_back('\t');
    }
    void text(std::string_view decoded, bool preformatted) {
        for (size_t i = 0; i < decoded.size(); ++i) {
            char c = decoded[i];
            bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (preformatted) {
                if (c == '\r') continue;
                if (c == '\n') {
                    newline();
                    continue;
                }
            } else if (space) {
                if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n' && out_.back() != '\t')
                    out_.push_back(' ');
                continue;
            }
            if (pending_bullet_) {
                if (!starts_with(decoded.substr(i), "\u2022")) out_.append(kBulletMarker);
                pending_bullet_ = false;
            }
            out_.push_back(c);
        }
    }
    std::string finish() {
        std::string result;
        for (const std::string& line : split_lines(out_)) {
            std::string t = trim(line);
            if (t.empty() && (result.empty() || ends_with(result, "\n\n"))) continue;
            result += t;
            result += '\n';
        }
        while (ends_with(result, "\n")) result.pop_back();
        return result;
    }

private:
    void trim_trailing_space() {
        while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
    }
    std::string out_;
    bool pending_bullet_ = false;
};

}  // namespace

std::string html_to_text(std::string_view html) {
    std::string lower = to_lower(html);
    MarkupTokenizer tok(html);
    MarkupToken t;
    TextBuilder b;
    int pre = 0;
    while (tok.next(t)) {
        if (t.kind == Kind::Text) {
            std::string decoded;
            if (t.cdata) decoded.assign(t.text);
            else append_decoded(decoded, t.text);
            b.text(decoded, pre > 0);
            continue;
        }
        std::string name = to_lower(local_name(t.name));
        if (t.kind == Kind::Open) {
            if (is_raw_text(name) && !t.self_closing) {
                tok.skip_past_close(name);
                continue;
            }
            // Skip noise only when it is closed somewhere; an unclosed one would swallow the page.
            if (is_noise(name) && !t.self_closing && contains(lower, "</" + name)) {
                tok.skip_past_close(name);
                continue;
            }
            if (name == "li") b.bullet();
            else if (name == "br") b.newline();
            else if (name == "td" || name == "th") b.cell();
            else if (is_heading(name)) b.blank_line();
            else if (is_block(name)) b.newline();
            if (name == "pre" && !t.self_closing) ++pre;
        } else {
            if (name == "pre" && pre > 0) --pre;
            if (is_heading(name)) b.newline();
            else if (name == "li" || is_block(name)) b.newline();
        }
    }
    return b.finish();
}

bool looks_like_html(std::string_view bytes) {
    std::string head = to_lower(bytes.substr(0, 8192));
    std::string start = trim(head);
    if (starts_with(start, "\xEF\xBB\xBF")) start = trim(start.substr(3));
    if (starts_with(start, "<!doctype html") || starts_with(start, "<html")) return true;
    if (!starts_with(start, "<")) return false;
    int tags = 0;
    for (std::string_view tag : {"<p>", "<p ", "<div", "<li>", "<li ", "<ul", "<ol", "<br", "<h1", "<h2", "<h3",
                                 "<body", "<head", "<span", "<strong>", "<table"})
        if (contains(head, tag)) ++tags;
    return tags >= 2;
}

}  // namespace ip
