// The page around the app: first frame, crisp at any pixel ratio, a progress
// bar while loading, a readable message where the app cannot run, and no
// request to any host but this one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, startSiteServer } from './app_harness.mjs';

let browser;
let server;
before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const canvasSize = (app) => app.page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
});

test('the first screen renders with no console errors and no request leaving localhost', async () => {
  const app = await openApp(browser, server);
  const png = await app.screenshot('first-screen');
  const stats = await app.imageStats(png);
  // A canvas that draws nothing is one flat colour (stddev 0, 1 colour); the
  // first screen, with its cards, fields and antialiased text, measures
  // stddev ~17 with ~250 colours.
  assert.ok(stats.stddev > 10, `screenshot looks blank: ${JSON.stringify(stats)}`);
  assert.ok(stats.distinctColors > 150, `screenshot looks blank: ${JSON.stringify(stats)}`);
  assert.deepEqual(await canvasSize(app), { width: 1280, height: 800, cssWidth: 1280, cssHeight: 800 });
  assert.equal(await app.page.title(), 'Interview Playbook');

  const wasm = app.responses.find((r) => new URL(r.url).pathname === '/app.wasm');
  assert.equal(wasm?.status, 200);
  assert.equal(wasm.contentType, 'application/wasm');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('the canvas follows the device pixel ratio, window resizes and zoom', async () => {
  const app = await openApp(browser, server, { deviceScaleFactor: 2, viewport: { width: 1000, height: 700 } });
  assert.deepEqual(await canvasSize(app), { width: 2000, height: 1400, cssWidth: 1000, cssHeight: 700 });
  await app.screenshot('ratio-2');

  await app.page.setViewportSize({ width: 800, height: 600 });
  await app.page.waitForFunction(() => document.getElementById('canvas').width === 1600);
  assert.deepEqual(await canvasSize(app), { width: 1600, height: 1200, cssWidth: 800, cssHeight: 600 });

  // Browser zoom changes devicePixelRatio; emulate it the way DevTools does.
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 1.5, mobile: false });
  await app.page.waitForFunction(() => document.getElementById('canvas').width === 1200);
  assert.deepEqual(await canvasSize(app), { width: 1200, height: 900, cssWidth: 800, cssHeight: 600 });
  await app.settle();
  const stats = await app.imageStats(await app.screenshot('ratio-1.5'));
  assert.ok(stats.stddev > 10 && stats.distinctColors > 150, `blank after zoom: ${JSON.stringify(stats)}`);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a narrow phone-sized window stacks the inputs and still renders', async () => {
  const app = await openApp(browser, server, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  assert.deepEqual(await canvasSize(app), { width: 1170, height: 2532, cssWidth: 390, cssHeight: 844 });
  const stats = await app.imageStats(await app.screenshot('phone'));
  assert.ok(stats.stddev > 10 && stats.distinctColors > 150, `blank on a phone: ${JSON.stringify(stats)}`);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the loading indicator reports download progress of the .wasm', async () => {
  const app = await openApp(browser, server, {
    // Record every text the status line shows.
    initScript: () => {
      window.statusLog = [];
      new MutationObserver(() => {
        const line = document.getElementById('status');
        if (line) window.statusLog.push(line.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    },
    // Slow the download to about 2 MB/s so progress has time to show.
    beforeLoad: async (app) => {
      const cdp = await app.context.newCDPSession(app.page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions',
        { offline: false, latency: 0, downloadThroughput: 2e6, uploadThroughput: -1 });
    },
  });
  const log = await app.page.evaluate(() => window.statusLog);
  const progress = log.map((text) => /^Loading the app: ([\d.]+) of ([\d.]+) MB$/.exec(text)).filter(Boolean);
  assert.ok(progress.length >= 3, `too few progress updates: ${JSON.stringify(log)}`);
  const loaded = progress.map((m) => Number(m[1]));
  assert.deepEqual(loaded, [...loaded].sort((a, b) => a - b), 'progress went backwards');
  assert.equal(loaded.at(-1), Number(progress.at(-1)[2]), 'progress did not reach the total');
  assert.ok(loaded[0] < loaded.at(-1));
  assert.equal(await app.page.isHidden('#loading'), true);
  await app.close();
});

test('without WebGL2 the page explains why instead of going blank', async () => {
  const app = await openApp(browser, server, {
    waitForFirstFrame: false,
    initScript: () => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    },
  });
  await app.page.waitForSelector('#problem', { state: 'visible' });
  assert.match(await app.problemText(), /needs WebGL\s2[\s\S]*hardware acceleration/);
  await app.screenshot('no-webgl2');
  assert.equal(app.requests.some((url) => url.endsWith('/app.wasm')), false);
  await app.close();
});

test('without WebAssembly the page explains why instead of going blank', async () => {
  const app = await openApp(browser, server, {
    waitForFirstFrame: false,
    initScript: () => { delete window.WebAssembly; },
  });
  await app.page.waitForSelector('#problem', { state: 'visible' });
  assert.match(await app.problemText(), /cannot run Interview Playbook[\s\S]*WebAssembly/);
  await app.close();
});
