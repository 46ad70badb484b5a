// LaTeX resume sources (.tex) to the plain text the resume reader knows: the
// common CV classes' entry macros laid out as a PDF of them reads (Jake's
// \resumeSubheading, moderncv's and Awesome-CV's \cventry, Deedy's
// \runsubsection / \descript / \location), sections as heading lines, list
// items as bullets, links as their text, formatting and layout commands gone.
#pragma once
#include <string>
#include <string_view>

namespace ip {

// True when the text is LaTeX source: a \documentclass or \begin{document}.
bool looks_like_latex(std::string_view text);

std::string latex_to_text(std::string_view tex);

}  // namespace ip
