# Interview Playbook: the two commands are `make run` and `make test`.
#   make run    install what is missing, build the web app, serve it on
#               http://127.0.0.1:8080/ (PORT=... to change; Ctrl+C stops)
#   make test   install, build natively, run the Catch2 suite, build the web
#               app, run the browser tests; ends with "N passed, N failed"
# Also: make native | wasm | bench | fuzz | clean

SHELL := /bin/bash
# Emscripten's JS optimizer finds Debian's acorn only through NODE_PATH.
export NODE_PATH := /usr/share/nodejs

NATIVE_DIR := build/native
WASM_DIR := build/wasm
PORT ?= 8080

.PHONY: run test setup native wasm bench fuzz clean

run: wasm
	@node tools/serve.mjs $(WASM_DIR)/site --port $(PORT)

test:
	@tools/run-tests

setup:
	@tools/setup

native: setup
	@[ -f $(NATIVE_DIR)/build.ninja ] || cmake -S . -B $(NATIVE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release
	@ninja -C $(NATIVE_DIR)

wasm: setup
	@[ -f $(WASM_DIR)/build.ninja ] || emcmake cmake -S . -B $(WASM_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release
	@ninja -C $(WASM_DIR) site

bench: native
	@if [ -x tools/bench ]; then tools/bench; else echo "make bench: tools/bench does not exist yet" >&2; exit 1; fi

fuzz: setup
	@if [ -x tools/fuzz ]; then tools/fuzz; else echo "make fuzz: tools/fuzz does not exist yet" >&2; exit 1; fi

clean:
	rm -rf build tests/output
