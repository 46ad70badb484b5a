# libFuzzer harnesses (tests/fuzz/fuzz_<name>.cpp -> fuzz_<name>), built with
# clang: -DCMAKE_CXX_COMPILER=clang++-14 -DIP_FUZZ=ON. tools/fuzz configures
# build/asan this way, together with IP_SANITIZE, so the sanitizer run of the
# Catch2 tests and the fuzzers share one instrumented build of the engine.
#
# Included from CMakeLists.txt after the stage libraries exist: their
# coverage instrumentation is added here, per target.

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "IP_FUZZ=ON needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
endif()

# The fuzzers need AddressSanitizer + UBSan whether or not IP_SANITIZE set
# them for the whole build; a UB finding must stop the run (no recovery).
set(IP_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)

# Coverage feedback for libFuzzer comes from the engine's own code; the
# runtime itself is linked only into the harnesses (-fsanitize=fuzzer).
foreach(lib ${IP_STAGE_LIBRARIES})
  target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link ${IP_FUZZ_SANITIZERS})
  target_link_options(${lib} INTERFACE -fsanitize=address,undefined)
endforeach()

file(GLOB IP_FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
set(IP_FUZZERS)
foreach(src ${IP_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE ip_engine)
  if(name STREQUAL "fuzz_engine_api")
    # The JavaScript API's C++ side; engine_exports.cpp (Emscripten glue) stays out.
    target_sources(${name} PRIVATE src/webapi/engine_service.cpp src/webapi/base64.cpp)
    target_include_directories(${name} PRIVATE src)
  endif()
  target_include_directories(${name} PRIVATE tests/fuzz)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${IP_FUZZ_SANITIZERS} -Wall -Wextra)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer ${IP_FUZZ_SANITIZERS})
  list(APPEND IP_FUZZERS ${name})
endforeach()
add_custom_target(fuzzers DEPENDS ${IP_FUZZERS})
