// tools/setup against stand-ins for dpkg-query, dpkg, apt-get, sudo, node and
// npm put first on PATH: nothing is installed and nothing is downloaded. The
// script runs from a scratch copy of the repository's top folder, so its
// ImGui copy and npm step land there. Each case checks what setup asked the
// package tools to do and what it told the person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const setupScript = process.env.SETUP_SCRIPT_UNDER_TEST || path.join(repo, 'tools', 'setup');

// The package list, read from the script itself.
function aptPackages() {
  const text = fs.readFileSync(setupScript, 'utf8');
  const m = text.match(/APT_PACKAGES=\(([\s\S]*?)\)/);
  assert.ok(m, 'tools/setup has an APT_PACKAGES=( ... ) list');
  return m[1].split(/\s+/).filter((w) => w && !w.startsWith('#'));
}

const standIns = {
  // Prints "<pkg> installed" for packages in the fake database; like the real
  // one it exits 1 when any package is unknown or not installed.
  'dpkg-query': `#!/bin/bash
echo "dpkg-query $*" >>"$FAKE_LOG"
status=0
for a in "$@"; do
  case "$a" in -*) continue ;; esac
  if grep -qx "$a" "$FAKE_DB" 2>/dev/null; then echo "$a installed"
  else echo "dpkg-query: no packages found matching $a" >&2; status=1; fi
done
exit $status
`,
  dpkg: `#!/bin/bash
echo "dpkg $*" >>"$FAKE_LOG"
[ "$1" = -s ] && grep -qx "$2" "$FAKE_DB" 2>/dev/null && exit 0
exit 1
`,
  // FAKE_APT: ok (install records the packages as installed), fail-install
  // (install fails as for an unknown package), install-nothing (install
  // claims success but installs nothing).
  'apt-get': `#!/bin/bash
echo "apt-get $*" >>"$FAKE_LOG"
args=()
for a in "$@"; do case "$a" in -*) ;; *) args+=("$a") ;; esac; done
case "\${args[0]}" in
  update) exit 0 ;;
  install)
    if [ "$FAKE_APT" = fail-install ]; then
      echo "Reading package lists..."
      echo "E: Unable to locate package \${args[-1]}" >&2
      exit 100
    fi
    [ "$FAKE_APT" = install-nothing ] || printf '%s\\n' "\${args[@]:1}" >>"$FAKE_DB"
    exit 0 ;;
  source)
    for a in "$@"; do [ "$a" = --print-uris ] && exit 0; done
    d=imgui-1.86
    mkdir -p "$d/backends"
    for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui.h imgui_internal.h imconfig.h \\
             imstb_rectpack.h imstb_textedit.h imstb_truetype.h LICENSE.txt; do echo "// $f" >"$d/$f"; done
    for f in imgui_impl_glfw.cpp imgui_impl_glfw.h imgui_impl_opengl3.cpp imgui_impl_opengl3.h \\
             imgui_impl_opengl3_loader.h; do echo "// $f" >"$d/backends/$f"; done
    exit 0 ;;
esac
echo "apt-get stand-in: unexpected call: $*" >&2
exit 1
`,
  sudo: `#!/bin/bash
exec "$@"
`,
  node: `#!/bin/bash
echo "node $*" >>"$FAKE_LOG"
if [ "$1" = -p ]; then echo "$FAKE_NODE_MAJOR"; else echo "v$FAKE_NODE_MAJOR.1.0"; fi
`,
  npm: `#!/bin/bash
echo "npm $*" >>"$FAKE_LOG"
mkdir -p node_modules && touch node_modules/.package-lock.json
`,
};

// A scratch repository top with tools/setup and package-lock.json, a bin
// folder of stand-ins, and the fake dpkg database holding `installed`.
function scratch({ installed = [], imguiCopied = false, nodeModules = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-setup-test-'));
  fs.mkdirSync(path.join(dir, 'tools'));
  fs.copyFileSync(setupScript, path.join(dir, 'tools', 'setup'));
  fs.chmodSync(path.join(dir, 'tools', 'setup'), 0o755);
  fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
  const bin = path.join(dir, 'stand-ins');
  fs.mkdirSync(bin);
  for (const [name, body] of Object.entries(standIns)) {
    fs.writeFileSync(path.join(bin, name), body);
    fs.chmodSync(path.join(bin, name), 0o755);
  }
  fs.writeFileSync(path.join(dir, 'dpkg.db'), installed.map((p) => p + '\n').join(''));
  if (imguiCopied) {
    fs.mkdirSync(path.join(dir, 'third_party', 'imgui'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'third_party', 'imgui', '.copied-by-setup-v2'), '');
  }
  if (nodeModules) {
    fs.mkdirSync(path.join(dir, 'node_modules'));
    // Newer than package-lock.json, as after an npm ci.
    const later = new Date(Date.now() + 60_000);
    fs.writeFileSync(path.join(dir, 'node_modules', '.package-lock.json'), '{}\n');
    fs.utimesSync(path.join(dir, 'node_modules', '.package-lock.json'), later, later);
  }
  return { dir, bin };
}

function runSetup(s, { apt = 'ok', nodeMajor = '20' } = {}) {
  const log = path.join(s.dir, 'calls.log');
  fs.writeFileSync(log, '');
  const r = spawnSync(path.join(s.dir, 'tools', 'setup'), [], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: `${s.bin}:/usr/bin:/bin`,
      HOME: s.dir,
      FAKE_LOG: log,
      FAKE_DB: path.join(s.dir, 'dpkg.db'),
      FAKE_APT: apt,
      FAKE_NODE_MAJOR: nodeMajor,
    },
  });
  const calls = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls, out: r.stdout + r.stderr };
}

const aptCalls = (calls) => calls.filter((c) => c.startsWith('apt-get '));

test('from nothing, setup installs every package, copies ImGui and runs npm ci', () => {
  const s = scratch();
  const r = runSetup(s);
  assert.equal(r.status, 0, r.out);
  const apt = aptCalls(r.calls);
  const update = apt.findIndex((c) => / update\b/.test(c));
  const install = apt.findIndex((c) => / install\b/.test(c) && !/dpkg-dev/.test(c));
  assert.ok(update >= 0, `apt-get update was called: ${apt.join(' | ')}`);
  assert.ok(install > update, `apt-get install came after update: ${apt.join(' | ')}`);
  const asked = apt[install].split(/\s+/);
  for (const p of aptPackages()) assert.ok(asked.includes(p), `apt-get install names ${p}: ${apt[install]}`);
  assert.match(r.stdout, /setup: installing /);
  assert.match(r.stdout, /setup: ok/);
  assert.ok(fs.existsSync(path.join(s.dir, 'third_party', 'imgui', 'imgui.cpp')), 'ImGui sources copied');
  assert.ok(fs.existsSync(path.join(s.dir, 'third_party', 'imgui', 'backends', 'imgui_impl_opengl3.cpp')));
  assert.ok(r.calls.some((c) => c.startsWith('npm ci')), 'npm ci ran');
});

test('only the missing packages are installed', () => {
  const all = aptPackages();
  const missing = ['emscripten', 'chromium'];
  const s = scratch({ installed: [...all.filter((p) => !missing.includes(p)), 'dpkg-dev'], imguiCopied: true, nodeModules: true });
  const r = runSetup(s);
  assert.equal(r.status, 0, r.out);
  const installs = aptCalls(r.calls).filter((c) => / install\b/.test(c));
  assert.equal(installs.length, 1, installs.join(' | '));
  const asked = installs[0].split(/\s+/).filter((w) => all.includes(w));
  assert.deepEqual(asked.sort(), missing.sort());
});

test('with everything in place, setup asks apt-get and npm for nothing', () => {
  const s = scratch({ installed: [...aptPackages(), 'dpkg-dev'], imguiCopied: true, nodeModules: true });
  const r = runSetup(s);
  assert.equal(r.status, 0, r.out);
  assert.deepEqual(aptCalls(r.calls), []);
  assert.ok(!r.calls.some((c) => c.startsWith('npm')), r.calls.join(' | '));
  assert.match(r.stdout, /setup: ok/);
});

test('when apt-get fails, setup stops with the failing command and its output', () => {
  const s = scratch();
  const r = runSetup(s, { apt: 'fail-install' });
  assert.notEqual(r.status, 0, r.out);
  assert.match(r.stderr, /FAILED: installing Debian packages/);
  assert.match(r.stderr, /apt-get install/);
  assert.match(r.stderr, /exit status 100/);
  assert.match(r.stderr, /E: Unable to locate package/);
  assert.doesNotMatch(r.stdout, /setup: ok/);
});

test('when apt-get claims success but installs nothing, setup names what is still missing', () => {
  const s = scratch();
  const r = runSetup(s, { apt: 'install-nothing' });
  assert.notEqual(r.status, 0, r.out);
  assert.match(r.stderr, /still not installed: .*chromium/);
});

test('with Node.js older than 20, setup says what it needs and how to get it', () => {
  const s = scratch({ installed: [...aptPackages(), 'dpkg-dev'], imguiCopied: true, nodeModules: true });
  const r = runSetup(s, { nodeMajor: '18' });
  assert.notEqual(r.status, 0, r.out);
  assert.match(r.stderr, /Node\.js 20 or newer is required \(found: v18/);
  assert.match(r.stderr, /Install Node\.js 20 or newer/);
});
