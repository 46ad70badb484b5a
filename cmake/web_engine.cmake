# The engine alone as a WebAssembly module, for pages and programs that want
# playbooks without the ImGui app: web/engine.js wraps it
# (InterviewPlaybook.generate / render), the embedding API and the Node bench
# use it. Then the site step: the page with its CSP hashes, the PWA icons,
# pdf.js and the service worker (tools/build-site.mjs).
#
# Included from CMakeLists.txt after cmake/web_app.cmake, whose IP_SITE_DIR,
# IP_EMBED_FLAGS, IP_EMBEDDED_FILES and IP_EMCC_ENV it reuses.

file(GLOB IP_WEBAPI_SOURCES CONFIGURE_DEPENDS src/webapi/*.cpp)
add_executable(playbook_engine ${IP_WEBAPI_SOURCES})
target_include_directories(playbook_engine PRIVATE src)
target_link_libraries(playbook_engine PRIVATE ip_engine)
target_compile_options(playbook_engine PRIVATE -Wall -Wextra)
set_target_properties(playbook_engine PROPERTIES
  OUTPUT_NAME playbook-engine
  SUFFIX .js
  RUNTIME_OUTPUT_DIRECTORY ${IP_SITE_DIR}
  RULE_LAUNCH_LINK "${IP_EMCC_ENV}")
set_property(TARGET playbook_engine APPEND PROPERTY LINK_DEPENDS ${IP_EMBEDDED_FILES})
target_link_options(playbook_engine PRIVATE
  -sMODULARIZE=1 -sEXPORT_NAME=createPlaybookEngine
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web,worker,node
  # No eval or new Function: the page's CSP allows only 'wasm-unsafe-eval'.
  -sDYNAMIC_EXECUTION=0
  # Under Node the module must not take over the host's process-wide error
  # handlers (the bench and the tests have their own).
  -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
  "SHELL:-sEXPORTED_FUNCTIONS=_ip_engine_generate,_ip_engine_read_resume_text,_ip_engine_render,_ip_engine_info,_ip_engine_exports,_malloc,_free"
  "SHELL:-sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8"
  ${IP_EMBED_FLAGS})

# The site step runs after both modules link and whenever the page, a static
# file or the tool changes. Its outputs: index.html (shell.html with the hashes
# of its inline script and style in the CSP), icons/, pdf/pdfjs/, sw.js.
find_program(IP_NODE node REQUIRED)
file(GLOB_RECURSE IP_SITE_TOOL_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tools/site/*.mjs)
file(GLOB_RECURSE IP_WEB_SOURCE_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
# The sites allowed to frame the app (docs/embedding.md), e.g.
# -DIP_EMBED_HOSTS="https://coach.example;https://careers.example"; none by default.
set(IP_EMBED_HOSTS "" CACHE STRING "Origins allowed to embed the app (frame-ancestors)")
set(IP_EMBED_HOST_ARGS)
foreach(host IN LISTS IP_EMBED_HOSTS)
  list(APPEND IP_EMBED_HOST_ARGS --embed-host ${host})
endforeach()
add_custom_command(
  OUTPUT ${IP_SITE_DIR}/sw.js ${IP_SITE_DIR}/index.html ${IP_SITE_DIR}/_headers
  COMMAND ${IP_NODE} ${CMAKE_SOURCE_DIR}/tools/build-site.mjs --site ${IP_SITE_DIR} --shell ${CMAKE_SOURCE_DIR}/shell.html
    ${IP_EMBED_HOST_ARGS}
  DEPENDS app playbook_engine
    ${CMAKE_SOURCE_DIR}/shell.html
    ${CMAKE_SOURCE_DIR}/tools/build-site.mjs
    ${IP_SITE_TOOL_FILES}
    ${IP_WEB_SOURCE_FILES}
    ${CMAKE_SOURCE_DIR}/package-lock.json
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "Writing the page, icons, pdf.js and the service worker into ${IP_SITE_DIR}"
  VERBATIM)
add_custom_target(site ALL DEPENDS ${IP_SITE_DIR}/sw.js)
