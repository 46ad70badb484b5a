// Catch2 v2 entry point (the single header from Debian's catch2 package).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// Every run warns as `--warn NoAssertions --warn NoTests` would (the command
// line takes only one --warn): a test case that checks nothing fails, and so
// does a name or tag that matches no test case, such as a CTest entry made
// from part of a name (CMakeLists.txt: one entry per test case).
int main(int argc, char* argv[]) {
    Catch::Session session;
    session.configData().warnings = static_cast<Catch::WarnAbout::What>(Catch::WarnAbout::NoAssertions |
                                                                        Catch::WarnAbout::NoTests);
    if (int status = session.applyCommandLine(argc, argv); status != 0) return status;
    return session.run();
}
