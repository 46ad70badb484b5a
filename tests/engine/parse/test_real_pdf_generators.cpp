// PDF resumes made by real generators (pdflatex, xelatex, LibreOffice,
// Chromium) from the real corpus's texts, read through pdf.js's items
// (tests/fixtures/real/pdf/: make_pdfs.py made them; README.md there). For
// each PDF: the labelled lines come out whole and in order (no interleaved
// columns), the roles match the source resume's hand labels, and sidebar
// text never becomes a role. Prints a table per generator.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text.h"
#include "corpus_scoring.h"
#include "parse/pdf_items.h"
#include "parse/read.h"
#include "parse_test_support.h"

using namespace ip;
using namespace ip::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* const kLabelDay = "2026-12-07";

std::string norm(const std::string& s) { return to_lower(fold_whitespace(s)); }

std::string norm_company(std::string s) {
    const size_t open = s.find(" (");
    if (open != std::string::npos) s.erase(open);
    return norm(s);
}

fs::path fixture(const std::string& rel) { return fs::path(IP_TEST_FIXTURES_DIR) / rel; }

struct GeneratorFigures {
    Ratio lines, employers, titles, starts, ends, clean;
};

}  // namespace

TEST_CASE("real PDFs from real generators: reading order, roles and sidebars", "[corpus][real][pdf]") {
    const Knowledge& kb = shipped_knowledge();
    const json manifest = json::parse(read_bytes(fixture("real/pdf/manifest.json")), nullptr, false);
    REQUIRE(manifest.is_array());
    CHECK(manifest.size() >= 8);

    std::map<std::string, GeneratorFigures> by_generator;
    std::printf("\nReal PDFs from real generators: misses\n");
    for (const json& entry : manifest) {
        const std::string items_name = entry["items"].get<std::string>();
        INFO(items_name);
        const std::string items = read_bytes(fixture("real/pdf/" + items_name));
        GeneratorFigures& f =
            by_generator[entry["generator"].get<std::string>() + " " + entry["layout"].get<std::string>()];

        // Reading order: every main-column line whole, each after the one
        // before; the sidebar's lines in order too, with none of the main
        // column's lines among them (no interleaved columns).
        std::string text, error;
        REQUIRE(pdf_items_to_text(items, text, error));
        const std::string flat = fold_whitespace(replace_all(text, "\n", " "));
        auto positions = [&](const json& lines, const char* what) {
            std::vector<size_t> found_at;
            size_t at = 0;
            for (const json& l : lines) {
                const std::string want = fold_whitespace(l.get<std::string>());
                const size_t found = flat.find(want, at);
                f.lines.add(found != std::string::npos);
                if (found == std::string::npos) {
                    std::printf("  [%s] %s line out of order or broken: \"%s\"\n", items_name.c_str(), what,
                                want.c_str());
                    continue;
                }
                found_at.push_back(found);
                at = found + want.size();
            }
            CHECK(found_at.size() == lines.size());
            return found_at;
        };
        const std::vector<size_t> main_at = positions(entry["lines"], "main");
        const std::vector<size_t> side_at = positions(entry["sidebar_lines"], "sidebar");
        if (!side_at.empty()) {
            size_t inside = 0;
            for (size_t m : main_at) inside += m > side_at.front() && m < side_at.back();
            if (inside) std::printf("  [%s] %zu main-column lines among the sidebar's\n", items_name.c_str(), inside);
            CHECK(inside == 0);
        }

        // A heading set after an icon ("¥Skills") is a line of its own.
        const std::vector<std::string> text_lines = split_lines(text);
        for (const json& h : entry.value("heading_lines", json::array())) {
            const bool whole = std::find(text_lines.begin(), text_lines.end(), h.get<std::string>()) !=
                               text_lines.end();
            f.lines.add(whole);
            if (!whole)
                std::printf("  [%s] heading not a line: \"%s\"\n", items_name.c_str(), h.get<std::string>().c_str());
            CHECK(whole);
        }

        // Roles against the source resume's hand labels.
        const ReadResume r = read_resume(kb, items, items_name, kLabelDay);
        REQUIRE(r.ok);
        const json labels = json::parse(
            read_bytes(fixture("real/resumes/" + entry["resume"].get<std::string>() + ".labels.json")), nullptr, false);
        std::vector<bool> used(r.candidate.positions.size(), false);
        for (const json& want : labels["positions"]) {
            int best = -1, best_score = 0;
            for (size_t i = 0; i < r.candidate.positions.size(); ++i) {
                const Position& p = r.candidate.positions[i];
                const int s = (norm_company(p.company) == norm_company(want["company"]) ? 2 : 0) +
                              (norm(p.title) == norm(want["title"]) ? 2 : 0) + (p.start.value_or("") == want["start"]);
                if (!used[i] && s > best_score) {
                    best = static_cast<int>(i);
                    best_score = s;
                }
            }
            const Position* p = best >= 0 ? &r.candidate.positions[best] : nullptr;
            if (p) used[best] = true;
            const bool employer = p && norm_company(p->company) == norm_company(want["company"]);
            const bool title = p && norm(p->title) == norm(want["title"]);
            const bool start = p && p->start.value_or("") == want["start"];
            const bool end = p && p->end.value_or("") == want["end"];
            f.employers.add(employer);
            f.titles.add(title);
            f.starts.add(start);
            f.ends.add(end);
            if (!(employer && title && start && end))
                std::printf("  [%s] role %s / %s %s-%s read as %s / %s %s-%s\n", items_name.c_str(),
                            want["company"].get<std::string>().c_str(), want["title"].get<std::string>().c_str(),
                            want["start"].get<std::string>().c_str(), want["end"].get<std::string>().c_str(),
                            p ? p->company.c_str() : "(none)", p ? p->title.c_str() : "",
                            p ? p->start.value_or("?").c_str() : "", p ? p->end.value_or("?").c_str() : "");
        }

        // Sidebar words (skill group names, languages) are never a role.
        for (const Position& p : r.candidate.positions) {
            bool clean = true;
            for (const json& s : entry["sidebar"]) {
                const std::string side = norm(s.get<std::string>());
                if (norm(p.company) == side || norm(p.title) == side ||
                    (side.size() > 4 && (norm(p.company).find(side) != std::string::npos)))
                    clean = false;
            }
            f.clean.add(clean);
            if (!clean)
                std::printf("  [%s] sidebar text read as a role: %s / %s\n", items_name.c_str(), p.company.c_str(),
                            p.title.c_str());
            CHECK(clean);
        }
    }

    std::printf("Real PDFs by generator                     lines employer  title  start    end  no sidebar role\n");
    GeneratorFigures all;
    auto cell = [](const Ratio& r) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%5.0f%%", 100.0 * r.value());
        return std::string(buf);
    };
    auto merge = [](Ratio& into, const Ratio& r) {
        into.hit += r.hit;
        into.total += r.total;
    };
    for (const auto& [generator, f] : by_generator) {
        std::printf("  %-40s %s %s %s %s %s %s\n", generator.c_str(), cell(f.lines).c_str(), cell(f.employers).c_str(),
                    cell(f.titles).c_str(), cell(f.starts).c_str(), cell(f.ends).c_str(), cell(f.clean).c_str());
        merge(all.lines, f.lines);
        merge(all.employers, f.employers);
        merge(all.titles, f.titles);
        merge(all.starts, f.starts);
        merge(all.ends, f.ends);
    }
    print_ratio("all PDFs: lines whole and in order", all.lines, 1.0);
    print_ratio("all PDFs: employer", all.employers, 0.95);
    print_ratio("all PDFs: title", all.titles, 0.95);
    print_ratio("all PDFs: start", all.starts, 0.95);
    print_ratio("all PDFs: end", all.ends, 0.95);
    std::fflush(stdout);

    // Ratchet at the figures measured after the resume reader's clean-up landed
    // (rounded down): titles rose from 0.57 to 0.83 ("(Intern)" dropped, a dated
    // header closed by a blank line), employer and dates fell by one or two roles
    // (a LibreOffice table role and the multi-page file's role with no duties).
    // The misses left are the resume reader's, not the PDF layout's. Raise as it improves.
    CHECK(all.employers.value() >= 0.86);
    CHECK(all.titles.value() >= 0.82);
    CHECK(all.starts.value() >= 0.89);
    CHECK(all.ends.value() >= 0.89);
}
