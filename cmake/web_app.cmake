# The web app: Dear ImGui over GLFW + WebGL2, linked against the engine and
# written to ${CMAKE_BINARY_DIR}/site/ together with the page, the icons and
# the static files from web/. `make run` serves that folder as it is.
#
# Everything here comes from Debian: Emscripten's built-in GLFW and WebGL2
# (no ports, they download), Dear ImGui 1.86 from `apt-get source imgui`
# (copied to third_party/imgui by tools/setup).

set(IP_SITE_DIR ${CMAKE_BINARY_DIR}/site)

# Emscripten's JS optimizer needs Debian's acorn, which the machine's Node.js
# only finds through NODE_PATH; set it for every link so a bare `ninja` works.
set(IP_EMCC_ENV "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs")

# Dear ImGui's GLFW and WebGL2 backends; ImGui's core and the app's library
# (ip_app) are defined in CMakeLists.txt.
add_library(imgui_backends STATIC
  ${IP_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${IP_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${IP_IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui)
# WebGL2 shaders ("#version 300 es") instead of the WebGL1 fallback.
target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)

add_executable(app ${IP_APP_WEB_SOURCES} src/platform/platform_web.cpp)
target_link_libraries(app PRIVATE ip_app imgui_backends)
target_compile_options(app PRIVATE -Wall -Wextra)
set_target_properties(app PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${IP_SITE_DIR}
  RULE_LAUNCH_LINK "${IP_EMCC_ENV}")

# The JavaScript side of src/platform/platform_web.cpp: Emscripten JS
# libraries, one per concern (src/platform/web/common.js says how they are
# written). Sorted, so the link and app.js do not depend on the file system.
file(GLOB IP_PLATFORM_JS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/web/*.js)
list(SORT IP_PLATFORM_JS)
foreach(library ${IP_PLATFORM_JS})
  target_link_options(app PRIVATE "SHELL:--js-library ${library}")
endforeach()
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${IP_PLATFORM_JS})

# The knowledge base and the UI fonts live in the app's virtual file system at
# /assets and /fonts, embedded in the .wasm (one download, one progress bar).
# The glob runs again at build time, so a new asset file needs no CMake edit.
file(GLOB_RECURSE IP_ASSET_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_SOURCE_DIR}/assets ${CMAKE_SOURCE_DIR}/assets/*.json)
set(IP_EMBEDDED_FILES)
set(IP_EMBED_FLAGS)
foreach(rel ${IP_ASSET_FILES})
  list(APPEND IP_EMBEDDED_FILES ${CMAKE_SOURCE_DIR}/assets/${rel})
  list(APPEND IP_EMBED_FLAGS "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/assets/${rel}@/assets/${rel}")
endforeach()
foreach(font ui-regular.otf ui-bold.otf)
  list(APPEND IP_EMBEDDED_FILES ${IP_FONTS_DIR}/${font})
  list(APPEND IP_EMBED_FLAGS "SHELL:--embed-file ${IP_FONTS_DIR}/${font}@/fonts/${font}")
endforeach()
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${IP_EMBEDDED_FILES})

# "Try an example" loads the seed test case, embedded in the app only at
# /examples (a copy made at build time; the engine module does not carry it).
set(IP_APP_EXAMPLE_FLAGS)
foreach(example resume.txt job.txt)
  set(example_file ${CMAKE_SOURCE_DIR}/tests/fixtures/seed-case/${example})
  set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${example_file})
  list(APPEND IP_APP_EXAMPLE_FLAGS "SHELL:--embed-file ${example_file}@/examples/${example}")
endforeach()

target_link_options(app PRIVATE
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
  # shell.html sets Module up before loading app.js and fetches the .wasm
  # itself (to show download progress); the page's paste/file bridges copy
  # bytes into the heap with _malloc. Module.FS lets the browser tests check
  # the embedded files.
  "SHELL:-sEXPORTED_FUNCTIONS=_main,_malloc,_free"
  "SHELL:-sEXPORTED_RUNTIME_METHODS=FS"
  ${IP_EMBED_FLAGS} ${IP_APP_EXAMPLE_FLAGS})

# The static files. configure_file re-copies on change. index.html is written
# from shell.html by the site step (cmake/web_engine.cmake), which adds the
# hashes of its inline script and style to the page's CSP.
file(GLOB_RECURSE IP_WEB_FILES CONFIGURE_DEPENDS RELATIVE ${CMAKE_SOURCE_DIR}/web ${CMAKE_SOURCE_DIR}/web/*)
foreach(rel ${IP_WEB_FILES})
  configure_file(${CMAKE_SOURCE_DIR}/web/${rel} ${IP_SITE_DIR}/${rel} COPYONLY)
endforeach()
