#!/usr/bin/env node
// The page half of tools/bench: the built app (build/wasm/site) in headless
// Chromium, served from 127.0.0.1. Each run is a first visit in a fresh
// browser context (empty HTTP cache, no service worker): the time from
// navigation start to the app's first settled frame (the "ip-app-ready"
// event, see tests/browser/app_harness.mjs), then the example playbook
// generated inside the app (and the engine's share of that), then 240 frames of wheel
// scrolling through it, then the WebAssembly memory the app holds.
// Medians are reported against the 1.5 s first-frame budget, never judged.
//
//   node tools/bench-page.mjs [--site DIR] [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/browser/app_harness.mjs';
import { startStaticServer } from '../tests/browser/static_server.mjs';
import { medianOf, option, siteOption } from './bench-options.mjs';

const site = siteOption();
const runs = Math.max(1, Number(option('--runs', 7)));
const FIRST_FRAME_BUDGET_MS = 1500;

if (!fs.existsSync(path.join(site, 'app.wasm'))) {
  console.error(`bench-page: no app in ${site} (build it: make wasm)`);
  process.exit(1);
}

// Runs in the page before its own scripts: stamps the first frame.
function stampFirstFrame() {
  window.addEventListener('ip-app-ready', () => { window.__firstFrameMs = performance.now(); }, { once: true });
}

// Runs in the page: one wheel step per animation frame over the playbook
// (down, then back up) and the frame intervals it took, in ms.
function scrollFrames() {
  const canvas = document.getElementById('canvas');
  const box = canvas.getBoundingClientRect();
  const at = { clientX: box.left + box.width * 0.6, clientY: box.top + box.height / 2, bubbles: true, cancelable: true };
  return new Promise((resolve) => {
    const stamps = [];
    const step = (now) => {
      stamps.push(now);
      if (stamps.length > 240) {
        const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
        resolve({ frameMedian: gaps[gaps.length >> 1], frameP95: gaps[Math.floor(gaps.length * 0.95)] });
        return;
      }
      canvas.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: stamps.length <= 120 ? 60 : -60, deltaMode: 0 }));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(stampFirstFrame);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstFrameMs !== undefined, null, { timeout: 60000, polling: 10 });
    const firstFrame = await page.evaluate(() => window.__firstFrameMs);
    const wasmFetch = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.wasm'));
      return entry ? entry.responseEnd : NaN;
    });
    const example = await page.evaluate(() => new Promise((resolve, reject) => {
      const start = performance.now();
      if (!window.__ip.click('example')) reject(new Error('the example button is not on screen'));
      const poll = () => (window.__ip.state().screen === 'playbook'
        ? resolve(performance.now() - start) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    }));
    const engine = await page.evaluate(() => window.__ip.state().generate_ms);
    // The page's own work per frame (script, i.e. the app's WebAssembly, and
    // all its tasks), from Chromium's counters; drawing happens elsewhere.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const counters = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await counters();
    const scroll = await page.evaluate(scrollFrames);
    const after = await counters();
    scroll.scriptPerFrame = ((after.ScriptDuration - before.ScriptDuration) * 1000) / 240;
    scroll.taskPerFrame = ((after.TaskDuration - before.TaskDuration) * 1000) / 240;
    const memory = await page.evaluate(() => Module.HEAP8.length);
    return { firstFrame, wasmFetch, example, engine, memory, ...scroll };
  } finally {
    await context.close();
  }
}


const server = await startStaticServer({ root: site });
const browser = await launchBrowser();
try {
  await visit(browser, server.url);  // warm-up: Chromium's own start-up, disk cache of the binary
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await visit(browser, server.url));
  const ms = (key) => medianOf(results.map((r) => r[key]));
  const firstFrame = ms('firstFrame');
  console.log(`Page (headless Chromium, first visit in a fresh context, median of ${runs}):`);
  console.log(`  app.wasm downloaded at        ${ms('wasmFetch').toFixed(0)} ms after navigation start`);
  console.log(`  first frame at                ${firstFrame.toFixed(0)} ms ` +
    `(budget ${FIRST_FRAME_BUDGET_MS} ms: ${firstFrame <= FIRST_FRAME_BUDGET_MS ? 'within' : 'OVER'})`);
  console.log(`  example playbook in the app   ${ms('example').toFixed(0)} ms from the click to its first frame ` +
    `(the engine's part: ${ms('engine').toFixed(1)} ms)`);
  console.log(`  scrolling the playbook        frame interval median ${ms('frameMedian').toFixed(1)} ms, ` +
    `p95 ${ms('frameP95').toFixed(1)} ms (60 fps = 16.7 ms; software GL here)`);
  console.log(`                                the page's work per frame: script ${ms('scriptPerFrame').toFixed(1)} ms, ` +
    `all tasks ${ms('taskPerFrame').toFixed(1)} ms`);
  console.log(`  WebAssembly memory after it   ${(Math.max(...results.map((r) => r.memory)) / 1048576).toFixed(1)} MB`);
} finally {
  await browser.close();
  await server.close();
}
