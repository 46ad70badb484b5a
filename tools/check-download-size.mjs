#!/usr/bin/env node
// The app's download size against its budget: every file installing the app
// fetches (sw.js and the files it precaches), raw and gzip -9, grouped by
// kind, plus the knowledge base and fonts that the .wasm modules embed.
// Sizes are deterministic, so `make test` fails when the total is over the
// budget (times are only reported, by tools/bench).
//
//   node tools/check-download-size.mjs [SITE_DIR]     default build/wasm/site
//
// Exit status 1 when over budget or when the site is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

// 1 MB = 1024 * 1024 bytes, as in the engine's own messages (input_limits.h).
const MB = 1024 * 1024;
const BUDGET_GZIP = 2.5 * MB;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.resolve(process.argv[2] || path.join(root, 'build/wasm/site'));
const build = path.dirname(site);

function fail(message) {
  console.error(`download size: ${message}`);
  process.exit(1);
}

function sizes(file) {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

function listFiles(dir, keep) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

// The precache manifest workbox writes into sw.js: {url:"...",revision:"..."}.
const swFile = path.join(site, 'sw.js');
if (!fs.existsSync(swFile)) fail(`${swFile} is missing (build the web app first: make wasm)`);
const precached = [...fs.readFileSync(swFile, 'utf8').matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?/g)]
  .map((m) => m[1]);
if (precached.length === 0) fail(`${swFile} precaches nothing (no {url, revision} entries found)`);
const downloads = ['sw.js', ...new Set(precached)].sort();

const kindOf = (name) => (name.endsWith('.wasm') ? '.wasm' : /\.m?js$/.test(name) ? '.js/.mjs' : 'page, icons, manifest');
const groups = new Map();
const total = { raw: 0, gzip: 0 };
const rows = [];
for (const name of downloads) {
  const file = path.join(site, name);
  if (!fs.existsSync(file)) fail(`${name} is precached by sw.js but missing from ${site}`);
  const s = sizes(file);
  rows.push([name, s]);
  const g = groups.get(kindOf(name)) || { raw: 0, gzip: 0, count: 0 };
  g.raw += s.raw;
  g.gzip += s.gzip;
  g.count += 1;
  groups.set(kindOf(name), g);
  total.raw += s.raw;
  total.gzip += s.gzip;
}

const n = (v) => v.toLocaleString('en-US');
const mb = (v) => `${(v / MB).toFixed(2)} MB`;
const line = (label, s) => console.log(`${label.padEnd(40)} ${n(s.raw).padStart(11)} ${n(s.gzip).padStart(11)}`);

console.log(`Download: sw.js and the ${precached.length} files it precaches (${site})`);
console.log(`${'file'.padEnd(40)} ${'raw'.padStart(11)} ${'gzip -9'.padStart(11)}`);
for (const [name, s] of rows.sort((a, b) => b[1].gzip - a[1].gzip)) line(name, s);
console.log('');
for (const [kind, g] of [...groups].sort()) line(`${kind} (${g.count} files)`, g);
line('total', total);

// What the modules carry inside them; each .wasm embeds its own copy.
const assets = listFiles(path.join(root, 'assets'), (f) => f.endsWith('.json'));
const fonts = listFiles(path.join(build, 'fonts'), (f) => f.endsWith('.otf') || f.endsWith('.ttf'));
const sum = (files) => files.map(sizes).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
const wasmCount = downloads.filter((d) => d.endsWith('.wasm')).length;
console.log(`\nEmbedded in each of the ${wasmCount} .wasm modules (already counted above, once per module):`);
line(`knowledge base (${assets.length} JSON files)`, sum(assets));
if (fonts.length) line(`fonts (${fonts.map((f) => path.basename(f)).join(', ')})`, sum(fonts));

const verdict = total.gzip <= BUDGET_GZIP ? 'within' : 'OVER';
console.log(`\nBudget: ${mb(total.gzip)} gzip of ${mb(BUDGET_GZIP)} (${n(BUDGET_GZIP)} bytes): ${verdict}` +
  (total.gzip <= BUDGET_GZIP ? `, ${n(BUDGET_GZIP - total.gzip)} bytes to spare` : ''));
if (total.gzip > BUDGET_GZIP) {
  fail(`the app's download is ${mb(total.gzip)} gzip (${n(total.gzip)} bytes); the budget is ${mb(BUDGET_GZIP)}`);
}
