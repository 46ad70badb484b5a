// Catch2 v2 entry point (the single header from Debian's catch2 package).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
