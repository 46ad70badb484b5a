// LaTeX resume sources read as the PDF they make reads (issue 14): the common
// CV classes' entry macros, sections, lists, links, escapes and comments.
// The documents are short fictional snippets in each class's markup.
#include <catch2/catch.hpp>

#include "parse/latex_text.h"
#include "parse/read.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const char* const kJakes = R"(\documentclass[letterpaper,11pt]{article}
\usepackage{titlesec}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\begin{document}
%----------HEADING----------
% \textbf{Old Name} & Email : old@example.com
\begin{center}
    \textbf{\Huge \scshape Mara Quinlan} \\ \vspace{1pt}
    \small [phone redacted] $|$ \href{mailto:mara@example.com}{\underline{mara@example.com}} $|$
    \href{https://github.com/mq}{\underline{github.com/mq}}
\end{center}
\section{Education}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Lakeshore State University}{Aug. 2014 -- May 2018}
      {Bachelor of Science in Computer Science}{Duluth, MN}
  \resumeSubHeadingListEnd
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Senior Software Engineer}{June 2021 -- Present}
      {Tern \& Gull Analytics}{Duluth, MN (Hybrid)}
      \resumeItemListStart
        \resumeItem{Cut report latency by 40\% with \emph{incremental} builds}
      \resumeItemListEnd
    \resumeSubheading
      {Software Engineer}{July 2018 -- May 2021}
      {Northwind Freight}{Remote}
      \resumeItemListStart
        \resumeItem{Built the carrier-rating service in Go}
      \resumeItemListEnd
  \resumeSubHeadingListEnd
\section{Technical Skills}
 \begin{itemize}[leftmargin=0.15in, label={}]
    \small{\item{\textbf{Languages}{: Go, Python, SQL} \\ \textbf{Tools}{: Docker, Git}}}
 \end{itemize}
\end{document}
)";

}  // namespace

TEST_CASE("latex: a LaTeX source is recognised by its preamble or document body") {
    CHECK(looks_like_latex(kJakes));
    CHECK(looks_like_latex("\\begin{document}\nJane\n\\end{document}\n"));
    CHECK_FALSE(looks_like_latex("Jane Doe\nSoftware Engineer at Acme\n"));
}

TEST_CASE("latex: Jake's resume template reads as its PDF would") {
    const std::string text = latex_to_text(kJakes);
    INFO(text);
    CHECK(text.find("Mara Quinlan\n") == 0);
    CHECK(text.find("[phone redacted] | mara@example.com | github.com/mq") != std::string::npos);
    CHECK(
        text.find("Senior Software Engineer | June 2021 \u2013 Present\nTern & Gull Analytics | Duluth, MN (Hybrid)") !=
        std::string::npos);
    CHECK(text.find("\u2022 Cut report latency by 40% with incremental builds") != std::string::npos);
    // Comments, the preamble, macro definitions and layout arguments are not text.
    CHECK(text.find("Old Name") == std::string::npos);
    CHECK(text.find("usepackage") == std::string::npos);
    CHECK(text.find("#1") == std::string::npos);
    CHECK(text.find("leftmargin") == std::string::npos);
    CHECK(text.find('\\') == std::string::npos);
    CHECK(text.find('{') == std::string::npos);
}

TEST_CASE("latex: a .tex resume gives name, email, roles and education") {
    const ReadResume r = read_resume(test::shipped_knowledge(), kJakes, "resume.tex", "2026-12-07");
    REQUIRE(r.ok);
    const Candidate& c = r.candidate;
    CHECK(c.name == std::string("Mara Quinlan"));
    CHECK(c.contact.email == std::string("mara@example.com"));
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].title == "Senior Software Engineer");
    CHECK(c.positions[0].company == "Tern & Gull Analytics");
    CHECK(c.positions[0].start == std::string("2021-06"));
    CHECK(c.positions[1].title == "Software Engineer");
    CHECK(c.positions[1].company == "Northwind Freight");
    REQUIRE_FALSE(c.education.empty());
    CHECK(c.education[0].institution == "Lakeshore State University");
}

TEST_CASE("latex: Deedy's employer, title and dates macros") {
    const std::string text = latex_to_text(
        "\\begin{document}\n\\namesection{Ravi}{Menon}{ \\href{mailto:ravi@example.com}{ravi@example.com} }\n"
        "\\section{Experience}\n\\runsubsection{Kestrel Maps}\n\\descript{| Software Engineer }\n"
        "\\location{Jan 2015 - Present | New York, NY}\n\\vspace{\\topsep}\n"
        "\\begin{tightemize}\n\\item Shipped offline tiles.\n\\end{tightemize}\n\\sectionsep\n\\end{document}\n");
    INFO(text);
    CHECK(text.find("Ravi Menon\nravi@example.com") == 0);
    CHECK(text.find("Kestrel Maps | Software Engineer\nJan 2015 - Present | New York, NY") != std::string::npos);
    CHECK(text.find("\u2022 Shipped offline tiles.") != std::string::npos);
}

TEST_CASE("latex: moderncv's and Awesome-CV's cventry") {
    // moderncv: {dates}{title}{employer}{city}{grade}{description}
    const std::string modern = latex_to_text(
        "\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2019--2023}{Data Analyst}{Bramble Health}{Leeds}{}{Built the weekly bed-occupancy report.}\n"
        "\\end{document}\n");
    INFO(modern);
    CHECK(
        modern.find("Data Analyst | 2019\u20132023\nBramble Health | Leeds\nBuilt the weekly bed-occupancy report.") !=
        std::string::npos);
    // Awesome-CV: {title}{organisation}{location}{dates}{items}
    const std::string awesome = latex_to_text(
        "\\begin{document}\n\\cvsection{Work Experience}\n"
        "\\cventry{Product Designer}{Fernleaf Studio}{Austin, TX}{Mar. 2020 - Present}"
        "{\\begin{cvitems}\\item {Redesigned onboarding}\\end{cvitems}}\n\\end{document}\n");
    INFO(awesome);
    CHECK(awesome.find("Product Designer | Mar. 2020 - Present\nFernleaf Studio | Austin, TX") != std::string::npos);
    CHECK(awesome.find("\u2022 Redesigned onboarding") != std::string::npos);
}

TEST_CASE("latex: unbalanced or deeply nested markup ends without a crash") {
    CHECK_NOTHROW(latex_to_text("\\begin{document}\\textbf{open \\section{x"));
    CHECK_NOTHROW(latex_to_text(std::string(5000, '{') + "x" + std::string(5000, '}')));
    CHECK(latex_to_text("\\begin{document}\\textbf{Jane \\& Co}\\end{document}") == "Jane & Co\n");
}
