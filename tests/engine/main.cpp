// Catch2 v2 entry point (the single header from Debian's catch2 package).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// A name or tag that matches no test case fails the run (Catch2 v2 otherwise
// passes it, having run nothing), so a CTest entry made from part of a name
// cannot pass (CMakeLists.txt: one entry per test case). This is
// `--warn NoTests`, set here because the command line takes one --warn and
// CTest and tools/run-tests give `--warn NoAssertions`.
int main(int argc, char* argv[]) {
    Catch::Session session;
    session.configData().warnings = Catch::WarnAbout::NoTests;
    if (int status = session.applyCommandLine(argc, argv); status != 0) return status;
    return session.run();
}
