// Shared helpers for engine tests: the knowledge base (loaded once), fixture
// files, and running the whole pipeline on a fixture pair.
#pragma once
#include <string>

#include "knowledge/knowledge.h"
#include "pipeline/generate.h"

namespace ip::test {

// Loads assets/ once per test binary; fails the test (REQUIRE) if it cannot.
const Knowledge& knowledge();

std::string fixture_path(const std::string& relative);
std::string read_fixture(const std::string& relative);

// Runs the pipeline on two fixture files with a fixed date.
GenerateResult generate_fixture(const std::string& resume, const std::string& job,
                                const std::string& today = "2026-11-26");

}  // namespace ip::test
