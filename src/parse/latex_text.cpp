#include "parse/latex_text.h"

#include <vector>

#include "core/text.h"

namespace ip {

namespace {

// Deep nesting is not a resume; it stops here rather than exhausting the stack.
constexpr int kMaxDepth = 64;

// Text without comments: a % that is not \% ends its line's text.
std::string without_comments(std::string_view tex) {
    std::string out;
    out.reserve(tex.size());
    bool comment = false;
    for (size_t i = 0; i < tex.size(); ++i) {
        const char c = tex[i];
        if (c == '\n') {
            comment = false;
            out += c;
        } else if (comment) {
            continue;
        } else if (c == '\\' && i + 1 < tex.size()) {
            out += c;
            out += tex[++i];
        } else if (c == '%') {
            comment = true;
        } else {
            out += c;
        }
    }
    return out;
}

// Commands whose arguments are dropped with them (layout, spacing, colours, set-up).
int dropped_arity(const std::string& name) {
    // clang-format off
    static const std::pair<const char*, int> kDropped[] = {
        {"vspace", 1}, {"hspace", 1}, {"vskip", 0}, {"hskip", 0}, {"usepackage", 1}, {"setlength", 2},
        {"addtolength", 2}, {"pagestyle", 1}, {"thispagestyle", 1}, {"color", 1}, {"fontsize", 2},
        {"includegraphics", 1}, {"urlstyle", 1}, {"titleformat", 5}, {"titlespacing", 4}, {"setlist", 1},
        {"geometry", 1}, {"definecolor", 3}, {"input", 1}, {"faIcon", 1}, {"label", 1}, {"rule", 2},
        {"raisebox", 1}, {"documentclass", 1}, {"moderncvstyle", 1}, {"moderncvcolor", 1}, {"photo", 1}};
    // clang-format on
    for (const auto& [n, arity] : kDropped)
        if (name == n) return arity;
    return -1;
}

class Converter {
public:
    explicit Converter(std::string_view src) : s_(src) {}

    std::string run() {
        std::string out;
        body(out, 0);
        return out;
    }

private:
    std::string_view s_;
    size_t i_ = 0;

    void skip_blanks() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    // The raw text of a balanced {...} or [...] group at i_ (which holds the opener).
    std::string_view raw_group(char open, char close) {
        const size_t start = ++i_;
        int depth = 1;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\\') {
                i_ += 2;
                continue;
            }
            if (c == open) ++depth;
            if (c == close && --depth == 0) break;
            ++i_;
        }
        const std::string_view g = s_.substr(start, std::min(i_, s_.size()) - start);
        if (i_ < s_.size()) ++i_;
        return g;
    }

    // [optional] groups at i_, skipped.
    void skip_optional() {
        while (i_ < s_.size() && s_[i_] == '[') raw_group('[', ']');
    }

    // The arguments after a command: [optional] groups skipped, up to `most` {...} groups converted.
    std::vector<std::string> args(size_t most, int depth) {
        std::vector<std::string> out;
        while (out.size() < most) {
            const size_t at = i_;
            // "\small [phone]": an option touches its command; text after a space is text.
            if (i_ < s_.size() && s_[i_] == '[') {
                raw_group('[', ']');
                continue;
            }
            skip_blanks();
            if (i_ >= s_.size() || s_[i_] != '{') {
                i_ = at;
                break;
            }
            out.push_back(convert(raw_group('{', '}'), depth + 1));
        }
        return out;
    }

    static std::string convert(std::string_view group, int depth) {
        if (depth > kMaxDepth) return {};
        Converter inner(group);
        std::string out;
        inner.body(out, depth);
        return trim(out);
    }

    static std::string line_of(const std::vector<std::string>& a, size_t x, size_t y) {
        std::string l = x < a.size() ? a[x] : "";
        const std::string r = y < a.size() ? a[y] : "";
        if (!l.empty() && !r.empty()) l += " | ";
        return l + r;
    }

    void command(std::string& out, int depth) {
        size_t start = i_;
        while (i_ < s_.size() && is_ascii_alpha(s_[i_])) ++i_;
        const std::string name(s_.substr(start, i_ - start));
        if (i_ < s_.size() && s_[i_] == '*') ++i_;
        if (name == "begin" || name == "end") {
            const std::vector<std::string> env = args(1, depth);
            const std::string e = env.empty() ? "" : env[0];
            // Table and box set-up: its column spec and width are not text.
            if (name == "begin") {
                skip_optional();
                if (e == "tabular" || e == "minipage" || e == "multicols" || e == "tabularx" || e == "tabular*")
                    args(e == "tabular" || e == "minipage" || e == "multicols" ? 1 : 2, depth);
            }
            out += "\n";
            return;
        }
        if (const int drop = dropped_arity(name); drop >= 0) {
            args(static_cast<size_t>(drop), depth);
            return;
        }
        if (name == "section" || name == "subsection" || name == "cvsection" || name == "subsubsection" ||
            name == "section*" || name == "cvsubsection") {
            const std::vector<std::string> a = args(1, depth);
            if (!a.empty()) out += "\n\n" + a[0] + "\n";
            return;
        }
        if (name == "item" || name == "resumeItem" || name == "cvitemwithcomment" || name == "textbullet") {
            if (name == "textbullet") {
                out += "\n\u2022 ";
                return;
            }
            out += "\n\u2022 ";
            if (name != "item")
                for (const std::string& a : args(name == "resumeItem" ? 1 : 3, depth)) out += a + " ";
            return;
        }
        if (name == "href") {
            const std::vector<std::string> a = args(2, depth);
            if (a.size() == 2) {
                // A mailto link shows the address even when its text is a word ("Email").
                const bool mail = starts_with(a[0], "mailto:");
                out += mail && a[1].find('@') == std::string::npos ? a[0].substr(7) : a[1];
            }
            return;
        }
        if (name == "resumeSubheading" || name == "resumeSubHeading") {
            // Jake's layout: #1 and #2 on a line, #3 and #4 below.
            const std::vector<std::string> a = args(4, depth);
            out += "\n\n" + line_of(a, 0, 1) + "\n" + line_of(a, 2, 3) + "\n";
            return;
        }
        if (name == "resumeProjectHeading" || name == "resumeSubSubheading" || name == "cvitem") {
            const std::vector<std::string> a = args(2, depth);
            out += "\n" + line_of(a, 0, 1) + "\n";
            return;
        }
        if (name == "cventry") {
            const std::vector<std::string> a = args(6, depth);
            if (a.size() >= 6) {
                // moderncv: {dates}{title}{employer}{city}{grade}{description}
                out += "\n\n" + line_of(a, 1, 0) + "\n" + line_of(a, 2, 3) + "\n";
                if (!a[4].empty()) out += a[4] + "\n";
                out += a[5] + "\n";
            } else {
                // Awesome-CV: {title}{organisation}{location}{dates}{description}
                out += "\n\n" + line_of(a, 0, 3) + "\n" + line_of(a, 1, 2) + "\n";
                if (a.size() >= 5) out += a[4] + "\n";
            }
            return;
        }
        if (name == "name" || name == "namesection") {
            // moderncv \name{First}{Last}; Deedy \namesection{First}{Last}{contact line}
            const std::vector<std::string> a = args(3, depth);
            out += "\n";
            for (size_t k = 0; k < a.size() && k < 2; ++k) out += (k ? " " : "") + a[k];
            out += "\n";
            if (a.size() == 3) out += a[2] + "\n";
            return;
        }
        if (name == "runsubsection") {
            // Deedy: employer, then "| title" on the same line.
            const std::vector<std::string> a = args(1, depth);
            if (!a.empty()) out += "\n\n" + a[0] + " ";
            return;
        }
        if (name == "descript" || name == "location" || name == "email" || name == "phone" || name == "mobile" ||
            name == "address" || name == "homepage") {
            for (const std::string& a : args(1, depth)) out += a + "\n";
            return;
        }
        if (name == "textcolor") {
            const std::vector<std::string> a = args(2, depth);
            if (a.size() == 2) out += a[1];
            return;
        }
        if (name == "newline" || name == "linebreak" || name == "par" || name == "sectionsep" || name == "cr") {
            out += "\n";
            return;
        }
        if (name == "newcommand" || name == "renewcommand" || name == "def" || name == "providecommand") {
            // A definition's body is never text; skip its name and groups.
            skip_blanks();
            if (i_ < s_.size() && s_[i_] == '\\') {
                ++i_;
                while (i_ < s_.size() && is_ascii_alpha(s_[i_])) ++i_;
            }
            while (i_ < s_.size() && s_[i_] != '{' && s_[i_] != '\n') ++i_;
            args(3, depth);
            return;
        }
        // Text commands keep their argument (\textbf{X}, \emph{X}, \underline{X});
        // switches (\small, \scshape, \hfill) have none and print nothing.
        for (const std::string& a : args(1, depth)) out += a;
    }

    void body(std::string& out, int depth) {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\\') {
                ++i_;
                if (i_ >= s_.size()) break;
                const char n = s_[i_];
                if (is_ascii_alpha(n)) {
                    command(out, depth);
                    continue;
                }
                ++i_;
                if (n == '\\') out += "\n";
                else if (n == ' ' || n == ',' || n == ';' || n == ':') out += ' ';
                else if (n != '/' && n != '-') out += n;  // \& \% \$ \_ \# \{ \}
                continue;
            }
            if (c == '{') {
                out += convert(raw_group('{', '}'), depth + 1);
                continue;
            }
            ++i_;
            if (c == '}' || c == '$') continue;
            if (c == '\n') {
                // A line break is a space; a blank line ends a paragraph.
                size_t k = i_;
                while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t' || s_[k] == '\r')) ++k;
                out += k < s_.size() && s_[k] == '\n' ? '\n' : ' ';
                continue;
            }
            if (c == '~') out += ' ';
            else if (c == '&') out += " | ";
            else if (c == '-' && s_.substr(i_, 2) == "--") out += "\u2014", i_ += 2;
            else if (c == '-' && s_.substr(i_, 1) == "-") out += "\u2013", ++i_;
            else if (c == '`' && s_.substr(i_, 1) == "`") out += '"', ++i_;
            else if (c == '\'' && s_.substr(i_, 1) == "'") out += '"', ++i_;
            else out += c;
        }
    }
};

// Lines trimmed, blank runs folded to one blank line, "|" separators without doubles.
std::string tidy(const std::string& text) {
    std::string out;
    bool blank = true;
    for (std::string line : split_lines(text)) {
        line = fold_whitespace(trim(line));
        while (starts_with(line, "| ")) line = trim(line.substr(2));
        while (ends_with(line, " |")) line = trim(line.substr(0, line.size() - 2));
        if (line == "|" || line == "\u2022") line.clear();
        if (line.empty()) {
            if (!blank) out += "\n";
            blank = true;
            continue;
        }
        out += line + "\n";
        blank = false;
    }
    return out;
}

}  // namespace

bool looks_like_latex(std::string_view text) {
    return text.find("\\documentclass") != std::string_view::npos ||
           text.find("\\begin{document}") != std::string_view::npos;
}

std::string latex_to_text(std::string_view tex) {
    std::string src = without_comments(tex);
    const size_t begin = src.find("\\begin{document}");
    if (begin != std::string::npos) {
        src.erase(0, begin + std::string_view("\\begin{document}").size());
        const size_t end = src.find("\\end{document}");
        if (end != std::string::npos) src.resize(end);
    }
    return tidy(Converter(src).run());
}

}  // namespace ip
