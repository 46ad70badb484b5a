// The app's JavaScript, src/platform/web/*.js: Emscripten JS libraries linked
// with --js-library (cmake/web_app.cmake). Needs no browser and no build:
// each file parses, declares its entries the way Emscripten 3.1.6 reads
// them, and agrees with src/platform/platform_web.cpp on the names that
// cross between C++ and JavaScript. The browser tests run the code itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIBRARY_DIR = path.join(ROOT, 'src/platform/web');
const CPP_FILE = path.join(ROOT, 'src/platform/platform_web.cpp');
const files = fs.readdirSync(LIBRARY_DIR).filter((name) => name.endsWith('.js')).sort();
const cpp = fs.readFileSync(CPP_FILE, 'utf8');

// Runs each file as Emscripten's compiler does (a script calling
// mergeInto(LibraryManager.library, {...})) and collects its entries.
function loadLibraries() {
  const entries = new Map();  // key -> { file, value }
  for (const file of files) {
    const source = fs.readFileSync(path.join(LIBRARY_DIR, file), 'utf8');
    const library = {};
    const context = { LibraryManager: { library }, mergeInto: (target, items) => Object.assign(target, items) };
    vm.runInNewContext(source, context, { filename: file });
    assert.ok(Object.keys(library).length > 0, `${file} adds nothing to the library`);
    for (const [key, value] of Object.entries(library)) {
      assert.ok(!entries.has(key), `${key} is defined in both ${entries.get(key)?.file} and ${file}`);
      entries.set(key, { file, value });
    }
  }
  return entries;
}

const isConfig = (key) => key.includes('__');
const depsOf = (entries, key) => entries.get(`${key}__deps`)?.value ?? [];

test('the platform folder holds the JavaScript libraries', () => {
  assert.ok(files.length >= 5, `only ${files.length} files in src/platform/web`);
  assert.doesNotMatch(cpp, /\bEM_JS\s*\(|\bEM_ASM/, 'platform_web.cpp still has inline JavaScript');
});

for (const file of files) {
  test(`${file} is valid JavaScript (node --check)`, () => {
    const run = spawnSync(process.execPath, ['--check', path.join(LIBRARY_DIR, file)], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
}

test('every entry is a function Emscripten can name, with dependencies it can find', () => {
  const entries = loadLibraries();
  for (const [key, { file, value }] of entries) {
    if (isConfig(key)) {
      const [name, directive] = key.split('__');
      assert.equal(directive, 'deps', `${file}: ${key}: only __deps is used here`);
      assert.ok(entries.has(name), `${file}: ${key} belongs to no entry`);
      assert.ok(Array.isArray(value), `${file}: ${key} is not an array`);
      for (const dep of value) assert.ok(entries.has(dep), `${file}: ${key} names ${dep}, which no library defines`);
      continue;
    }
    assert.match(key, /^(ip_js_[a-z_]+|\$ip[A-Z]\w*)$/, `${file}: ${key} is neither ip_js_* nor $ip*`);
    assert.equal(typeof value, 'function', `${file}: ${key} is not a function`);
    // Emscripten renames the first "function (" of the entry's source text.
    assert.match(String(value), /^function\s*\(/, `${file}: ${key} is not written as function (...) {...}`);
  }
});

test('every helper an entry calls is among its __deps, and every helper is used', () => {
  const entries = loadLibraries();
  const helpers = [...entries.keys()].filter((key) => key.startsWith('$') && !isConfig(key));
  const used = new Set();
  for (const [key, { file, value }] of entries) {
    if (isConfig(key)) {
      for (const dep of value) used.add(dep);
      continue;
    }
    const deps = depsOf(entries, key);
    for (const helper of helpers) {
      const name = helper.slice(1);
      // A bare use (ipWake(), or ipWake as a listener), not Module.ipWake.
      if (helper !== key && new RegExp(`(?<![.\\w])${name}\\b`).test(String(value))) {
        assert.ok(deps.includes(helper), `${file}: ${key} uses ${name} without ${helper} in ${key}__deps`);
      }
    }
  }
  for (const helper of helpers) {
    assert.ok(used.has(helper), `${helper} (${entries.get(helper).file}) is used by nothing`);
  }
});

test('the ip_js_* functions are the ones platform_web.cpp declares extern "C"', () => {
  const entries = loadLibraries();
  const block = cpp.match(/extern "C" \{\n([\s\S]*?)\}\s*\/\/ extern "C"/g)
    ?.find((text) => /\bip_js_\w+\(/.test(text));
  assert.ok(block, 'no extern "C" block with ip_js_* declarations in platform_web.cpp');
  const declared = [...block.matchAll(/\b(ip_js_\w+)\(/g)].map((m) => m[1]).sort();
  const defined = [...entries.keys()].filter((key) => key.startsWith('ip_js_') && !isConfig(key)).sort();
  assert.deepEqual(defined, declared);
  const called = new Set([...cpp.matchAll(/\b(ip_js_\w+)\(/g)].map((m) => m[1]).filter((name) => {
    const uses = cpp.split(new RegExp(`\\b${name}\\(`)).length - 1;
    return uses > 1;  // declared once, called at least once
  }));
  for (const name of declared) assert.ok(called.has(name), `${name} is declared but never called`);
});

test('the callbacks the JavaScript calls are the EMSCRIPTEN_KEEPALIVE functions of platform_web.cpp', () => {
  const kept = [...cpp.matchAll(/EMSCRIPTEN_KEEPALIVE\s+[\w\s*]+?\b(ip_\w+)\(/g)].map((m) => m[1]).sort();
  assert.ok(kept.length > 0, 'no EMSCRIPTEN_KEEPALIVE functions found');
  const called = new Set();
  for (const file of files) {
    const source = fs.readFileSync(path.join(LIBRARY_DIR, file), 'utf8');
    for (const m of source.matchAll(/(?<![\w.])_(ip_\w+)\(/g)) {
      assert.ok(kept.includes(m[1]), `${file} calls _${m[1]}, which platform_web.cpp does not keep alive`);
      called.add(m[1]);
    }
  }
  assert.deepEqual([...called].sort(), kept);
});
