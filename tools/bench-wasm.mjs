#!/usr/bin/env node
// The WebAssembly half of tools/bench: the engine-only module
// (build/wasm/site/playbook-engine.wasm) under Node, through the public API
// of web/engine.js, on the same fixture pairs as the native bench. The
// module has no per-stage entry points, so "playbook" is read + analyse +
// compose together, including the request and reply JSON; each export is
// one render() call, which also parses the playbook JSON it is given.
// tools/bench runs it with --no-liftoff, so V8 compiles with its optimizing
// tier only and the medians are steady-state figures, not a mix of baseline
// and optimized code. --cold (with V8's default flags, as in a browser) times
// only what a user waits for once: instantiation + knowledge base load, then
// the first playbook.
//
//   node --no-experimental-fetch [--no-liftoff] tools/bench-wasm.mjs [--site DIR] [--runs N] [--only ID] [--cold]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasFlag, medianOf, option, root, siteOption } from './bench-options.mjs';

const site = siteOption();
const runs = Math.max(1, Number(option('--runs', 15)));
const only = option('--only', '');
const fixtures = path.join(root, 'tests/fixtures');
const TODAY = '2026-11-26';
const TYPICAL = 'seed-jordan-chen';
const BUDGET_MS = 20;
const COLUMNS = ['playbook', 'json', 'md', 'html', 'handout-html', 'png 2x'];

if (!fs.existsSync(path.join(site, 'engine.js')) || !fs.existsSync(path.join(site, 'playbook-engine.wasm'))) {
  console.error(`bench-wasm: no engine module in ${site} (build it: make wasm)`);
  process.exit(1);
}
const { InterviewPlaybook } = await import(pathToFileURL(path.join(site, 'engine.js')).href);

async function median(count, warmup, work) {
  for (let i = 0; i < warmup; i++) await work();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const m = times.length >> 1;
  return times.length % 2 ? times[m] : (times[m - 1] + times[m]) / 2;
}

// The same baseline task as the native bench: sort 100,000 integers from a fixed LCG.
function baselineWork() {
  const values = new Uint32Array(100000);
  let state = 12345;
  for (let i = 0; i < values.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    values[i] = state;
  }
  values.sort();
  return values[values.length >> 1];
}

const corpus = JSON.parse(fs.readFileSync(path.join(fixtures, 'corpus.json'), 'utf8'));
const jobFiles = Object.fromEntries(corpus.jobs.map((j) => [j.id, j.file]));
const file = (rel) => ({ name: path.basename(rel), bytes: fs.readFileSync(path.join(fixtures, rel)) });
const pairs = corpus.resumes
  .filter((r) => r.own_jobs?.length && (!only || r.id === only))
  .map((r) => ({ id: r.id, resume: file(r.file), job: file(jobFiles[r.own_jobs[0]]) }));
if (pairs.length === 0) {
  console.error(`bench-wasm: no fixture pair${only ? ` matches --only ${only}` : ''}`);
  process.exit(1);
}

const loadStart = performance.now();
let info;
try {
  info = await InterviewPlaybook.ready();
} catch (error) {
  console.error(`bench-wasm: the engine module does not load (${String(error.message || error).slice(0, 200)}); rebuild it: make wasm`);
  process.exit(1);
}
const loadMs = performance.now() - loadStart;
if (hasFlag('--cold')) {
  const pair = pairs.find((p) => p.id === TYPICAL) || pairs[0];
  const start = performance.now();
  await InterviewPlaybook.generate({ resume: pair.resume, job: pair.job, today: TODAY });
  const firstMs = performance.now() - start;
  console.log(`Cold start (V8 default tiers): instantiation + knowledge base load ${loadMs.toFixed(1)} ms; ` +
    `first playbook (${pair.id}) ${firstMs.toFixed(1)} ms`);
  process.exit(0);
}
if (info.knowledge !== 'ok') {
  console.error(`bench-wasm: the module's knowledge base does not load: ${info.knowledge}`);
  process.exit(1);
}
const baseline = await median(runs, 2, baselineWork);
const fmt = (v) => v.toFixed(3);
console.log(`WASM benchmark (Node ${process.versions.node}): median of ${runs} runs per cell (png: ${Math.max(1, Math.floor(runs / 3))}), milliseconds.`);
console.log(`Baseline task (sort 100,000 integers): ${fmt(baseline)} ms; ratios below are medians / baseline.\n`);
console.log(`| fixture (resume + own job) | ${COLUMNS.join(' | ')} |`);
console.log(`|---|${COLUMNS.map(() => '---:|').join('')}`);

const rows = [];
for (const pair of pairs) {
  const inputs = { resume: pair.resume, job: pair.job, today: TODAY };
  const doc = JSON.stringify(await InterviewPlaybook.generate(inputs));
  const ms = [await median(runs, 2, () => InterviewPlaybook.generate(inputs))];
  for (const format of ['json', 'md', 'html', 'handout-html']) {
    ms.push(await median(runs, 2, () => InterviewPlaybook.render(format, doc)));
  }
  ms.push(await median(Math.max(1, Math.floor(runs / 3)), 1, () => InterviewPlaybook.render('png', doc, { scale: 2 })));
  rows.push({ id: pair.id, ms });
  console.log(`| ${pair.id} | ${ms.map(fmt).join(' | ')} |`);
}

const medians = COLUMNS.map((_, c) => medianOf(rows.map((r) => r.ms[c])));
const maxima = COLUMNS.map((_, c) => Math.max(...rows.map((r) => r.ms[c])));
console.log(`\n| summary | ${COLUMNS.join(' | ')} |`);
console.log(`|---|${COLUMNS.map(() => '---:|').join('')}`);
console.log(`| median over fixtures (ms) | ${medians.map(fmt).join(' | ')} |`);
console.log(`| slowest fixture (ms) | ${maxima.map(fmt).join(' | ')} |`);
console.log(`| median / baseline | ${medians.map((m) => `${fmt(m / baseline)}x`).join(' | ')} |`);
const typical = rows.find((r) => r.id === TYPICAL);
if (typical) {
  const within = typical.ms[0] <= BUDGET_MS ? 'within' : 'OVER';
  console.log(`\nTypical pair (${TYPICAL}): playbook ${fmt(typical.ms[0])} ms; budget ${BUDGET_MS} ms in WASM: ${within}`);
}
console.log(`Peak memory of the Node process (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
