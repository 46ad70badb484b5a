// The engine's stages and exports per fixture pair (corpus.json: each resume
// with its first own-field job): "pipeline/<stage>/<id>" for read, analyse,
// compose and the whole playbook, "export/<format>/<id>" for each export.
// A stage is timed on the previous stage's document, copied outside the clock.
#include <cstdio>
#include <memory>
#include <optional>

#include "analyze/analyze.h"
#include "bench/bench_case.h"
#include "bench/fixture_pairs.h"
#include "compose/compose.h"
#include "model/document_json.h"
#include "parse/read.h"
#include "pipeline/generate.h"
#include "render/render.h"

namespace ip::bench {

namespace {

// What the cases of one pair share: the inputs, each stage's output, and a
// scratch document the timed stage works on.
struct PairState {
    Inputs inputs;
    Playbook after_read;
    Playbook after_analyse;
    GenerateResult whole;
    Playbook scratch;
    // The analysis of `scratch` and its score facts, built untimed for the compose case.
    std::optional<Analysis> analysis;
    ScoreFacts score;
};

// A case that cannot run (the corpus index is missing): reported as FAILED.
BenchCase failing_case(const std::string& name, const std::string& message) {
    return BenchCase{name, [message](std::string& error) {
                         error = message;
                         return false;
                     }};
}

std::shared_ptr<PairState> prepare_pair(const BenchContext& ctx, const FixturePair& pair) {
    auto s = std::make_shared<PairState>();
    s->inputs.resume = pair.resume;
    s->inputs.resume_filename = pair.resume_file;
    s->inputs.job = pair.job;
    s->inputs.job_filename = pair.job_file;
    s->inputs.today = ctx.today;
    s->whole = generate_playbook(ctx.kb, s->inputs);
    s->after_read.generated = ctx.today;
    s->after_read.candidate = read_resume(ctx.kb, pair.resume, pair.resume_file, ctx.today).candidate;
    s->after_read.job = read_job(ctx.kb, pair.job, pair.job_file).job;
    s->after_analyse = s->after_read;
    s->score = analyze_fit(ctx.kb, build_analysis(ctx.kb, s->after_analyse), s->after_analyse);
    return s;
}

}  // namespace

void add_pipeline_cases(const BenchContext& ctx, std::vector<BenchCase>& out) {
    std::vector<FixturePair> pairs;
    std::string error;
    if (!load_fixture_pairs(ctx.fixtures_dir, pairs, error)) {
        out.push_back(failing_case("pipeline/corpus", error));
        return;
    }
    const Knowledge& kb = ctx.kb;
    for (const FixturePair& pair : pairs) {
        auto s = prepare_pair(ctx, pair);
        if (!s->whole.ok) {
            out.push_back(failing_case("pipeline/playbook/" + pair.id, s->whole.error));
            continue;
        }
        out.push_back(BenchCase{"pipeline/read/" + pair.id, [&kb, s](std::string& e) {
                                    const ReadResume r = read_resume(kb, s->inputs.resume, s->inputs.resume_filename,
                                                                     s->inputs.today);
                                    const ReadJob j = read_job(kb, s->inputs.job, s->inputs.job_filename);
                                    e = r.ok ? j.error : r.error;
                                    return r.ok && j.ok;
                                }});
        out.push_back(BenchCase{"pipeline/analyse/" + pair.id,
                                [&kb, s](std::string&) {
                                    analyze_fit(kb, build_analysis(kb, s->scratch), s->scratch);
                                    return true;
                                },
                                [s] { s->scratch = s->after_read; }});
        out.push_back(BenchCase{"pipeline/compose/" + pair.id,
                                [&kb, s](std::string&) {
                                    ProseWriter ph(kb);
                                    compose_playbook(kb, "", *s->analysis, s->score, s->scratch, ph);
                                    return true;
                                },
                                [&kb, s] {
                                    s->scratch = s->after_analyse;
                                    s->analysis.emplace(build_analysis(kb, s->scratch));
                                }});
        out.push_back(BenchCase{"pipeline/playbook/" + pair.id, [&kb, s](std::string& e) {
                                    const GenerateResult r = generate_playbook(kb, s->inputs);
                                    e = r.error;
                                    return r.ok;
                                }});
    }
}

void add_export_cases(const BenchContext& ctx, std::vector<BenchCase>& out) {
    std::vector<FixturePair> pairs;
    std::string error;
    if (!load_fixture_pairs(ctx.fixtures_dir, pairs, error)) {
        out.push_back(failing_case("export/corpus", error));
        return;
    }
    auto fonts = std::make_shared<std::pair<std::string, std::string>>(
        read_fixture(std::string(IP_FONTS_DIR) + "/ui-regular.otf"),
        read_fixture(std::string(IP_FONTS_DIR) + "/ui-bold.otf"));
    for (const FixturePair& pair : pairs) {
        auto prepared = prepare_pair(ctx, pair);
        if (!prepared->whole.ok) continue;  // reported by the pipeline/playbook case
        auto doc = std::make_shared<Playbook>(prepared->whole.doc);
        auto text_case = [&](const std::string& format, std::string (*render)(const Playbook&)) {
            out.push_back(BenchCase{"export/" + format + "/" + pair.id, [doc, render](std::string& e) {
                                        if (!render(*doc).empty()) return true;
                                        e = "empty export";
                                        return false;
                                    }});
        };
        text_case("json", [](const Playbook& d) { return playbook_to_json(d); });
        text_case("md", render_markdown);
        text_case("html", render_html_report);
        text_case("handout-html", render_handout_html);
        BenchCase png{"export/png-2x/" + pair.id, [doc, fonts](std::string& e) {
                          PngOptions opt;
                          opt.scale = 2;
                          return !render_handout_png(*doc, fonts->first, fonts->second, opt, e).empty();
                      }};
        png.max_runs = 10;  // a raster page is slow; ten runs give a stable median
        out.push_back(std::move(png));
        out.push_back(BenchCase{"export/pdf/" + pair.id, [doc, fonts](std::string& e) {
                                    return !render_report_pdf(*doc, fonts->first, fonts->second, {}, e).empty();
                                }});
        out.push_back(BenchCase{"export/handout-pdf/" + pair.id, [doc, fonts](std::string& e) {
                                    return !render_handout_pdf(*doc, fonts->first, fonts->second, {}, e).empty();
                                }});
    }
}

void print_export_sizes(const BenchContext& ctx, const std::string& pair_id) {
    std::vector<FixturePair> pairs;
    std::string error;
    if (!load_fixture_pairs(ctx.fixtures_dir, pairs, error)) return;
    const std::string regular = read_fixture(std::string(IP_FONTS_DIR) + "/ui-regular.otf");
    const std::string bold = read_fixture(std::string(IP_FONTS_DIR) + "/ui-bold.otf");
    for (const FixturePair& pair : pairs) {
        if (pair.id != pair_id) continue;
        const GenerateResult r = prepare_pair(ctx, pair)->whole;
        if (!r.ok) return;
        const std::string report = render_report_pdf(r.doc, regular, bold, {}, error);
        const std::string handout = render_handout_pdf(r.doc, regular, bold, {}, error);
        std::printf("PDF sizes (%s, Letter): report %.1f KB (aim: under 300 KB), handout %.1f KB\n", pair.id.c_str(),
                    report.size() / 1024.0, handout.size() / 1024.0);
    }
}

}  // namespace ip::bench
