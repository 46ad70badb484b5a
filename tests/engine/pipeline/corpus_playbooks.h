// The corpus (tests/fixtures/corpus.json) run through the whole pipeline:
// each resume against each of its own jobs and the first of its other jobs,
// with today = 2026-11-26. Generated once per test binary and shared by the
// text-quality and coverage tests.
#pragma once
#include <string>
#include <vector>

#include "pipeline/generate.h"

namespace ip::test {

struct CorpusCase {
    std::string resume;  // fixture id
    std::string job;     // fixture id
    bool own_job = false;
    GenerateResult result;
    std::string name() const { return resume + " x " + job; }
};

const std::vector<CorpusCase>& corpus_playbooks();

}  // namespace ip::test
