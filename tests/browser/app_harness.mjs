// Shared helpers for the browser tests: start the static server on the built
// site, launch Debian's Chromium (headless, SwiftShader WebGL2) through
// playwright-core, open the app and wait for its first frame, and record what
// a test asserts on: console errors, page errors and every network request.
//
// The app's contract with these tests: once its first settled frame is on
// screen it sets document.body.dataset.ready = "1" and fires the window event
// "ip-app-ready", on which the page fades out and hides #loading. When it
// cannot start, the page shows #problem instead.
//
// Typical use (node --test):
//   const app = await openApp(browser, server);   // waits for the first frame
//   ...drive app.page...
//   assert.deepEqual(app.consoleErrors, []);
//   assert.deepEqual(app.externalRequests(), []);
//   await app.close();
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readSiteHeaders } from '../../tools/site/headers.mjs';
import { startStaticServer } from './static_server.mjs';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE_DIR = process.env.IP_SITE_DIR || path.join(REPO_DIR, 'build/wasm/site');
export const OUTPUT_DIR = path.join(REPO_DIR, 'tests/output');

// Headless as root, no GPU: SwiftShader provides WebGL2. The rest keeps
// Chromium from talking to Google services on its own.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
];

// How long a test waits for the app to reach a state before it fails: a
// ceiling for a machine under heavy load, never a measure of speed (tests
// wait for the app's own signals -- a frame drawn, a state in the test hook --
// and go on as soon as they arrive).
export const WAIT_CEILING_MS = 60000;

// Playwright gives every launch a fresh temporary profile (user-data-dir).
// `extraArgs`: more Chromium switches (e.g. features to turn on).
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.IP_CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

// Serves the built site on an ephemeral 127.0.0.1 port, with its security
// headers as built (site/_headers): { url, port, close() }. `embedHosts`:
// the origins allowed to frame the app, in place of the build's list.
export async function startSiteServer({ embedHosts } = {}) {
  return startStaticServer({ root: SITE_DIR, headers: await readSiteHeaders(SITE_DIR, embedHosts) });
}

export function isLocalUrl(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

// Opens a fresh browser context on the app and records everything. Options:
//   viewport {width, height} (default 1280x800), deviceScaleFactor (default 1),
//   initScript: a function run in the page before any of its scripts,
//   waitForFirstFrame (default true), permissions (e.g. clipboard access),
//   beforeLoad: async (appPage) => {} run before navigating (throttling, routes),
//   serviceWorkers: 'block' (default: each test sees the network, not the
//   offline cache) or 'allow' (the offline tests).
export async function openApp(browser, server, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    permissions: options.permissions || [],
    serviceWorkers: options.serviceWorkers || 'block',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  const page = await context.newPage();
  const app = new AppPage(context, page, server);
  if (options.initScript) await page.addInitScript(options.initScript);
  if (options.beforeLoad) await options.beforeLoad(app);
  await page.goto(server.url);
  if (options.waitForFirstFrame !== false) await app.waitForFirstFrame();
  return app;
}

export class AppPage {
  constructor(context, page, server) {
    this.context = context;
    this.page = page;
    this.server = server;
    this.consoleErrors = [];  // console.error lines and uncaught page errors
    this.requests = [];       // every request URL, in order
    this.responses = [];      // { url, status, contentType }
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`page error: ${error.message}`));
    context.on('request', (request) => this.requests.push(request.url()));
    context.on('response', (response) => this.responses.push({
      url: response.url(), status: response.status(), contentType: response.headers()['content-type'] || '',
    }));
    page.on('websocket', (socket) => this.requests.push(socket.url()));
  }

  // Requests that went to any host other than 127.0.0.1/localhost.
  externalRequests() {
    return this.requests.filter((url) => !isLocalUrl(url));
  }

  // Resolves when the app has drawn its first frame; throws with the page's
  // own message when it showed its "cannot start" panel instead.
  async waitForFirstFrame(timeout = WAIT_CEILING_MS) {
    await this.page.waitForFunction(
      () => (document.body.dataset.ready === '1' && document.getElementById('loading').hidden) ||
        !document.getElementById('problem').hidden,
      null, { timeout });
    const problem = await this.problemText();
    if (problem) throw new Error(`the app could not start: ${problem}`);
  }

  // The text of the page's "cannot run" panel, or '' when it is hidden.
  problemText() {
    return this.page.evaluate(() => {
      const panel = document.getElementById('problem');
      return panel.hidden ? '' : panel.innerText.trim();
    });
  }

  // Lets pending input reach the app and the app draw the result.
  async settle(frames = 4) {
    await this.page.evaluate((n) => new Promise((done) => {
      const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    }), frames);
  }

  // Saves a PNG of the page to tests/output/<name>.png and returns its bytes.
  async screenshot(name) {
    await mkdir(OUTPUT_DIR, { recursive: true });
    const png = await this.page.screenshot();
    await writeFile(path.join(OUTPUT_DIR, `${name}.png`), png);
    return png;
  }

  // Luminance statistics of a PNG, decoded by the browser itself:
  // { width, height, mean, stddev, distinctColors } (colours counted on a
  // 5-bit-per-channel grid, so antialiased text yields many).
  imageStats(png) {
    return this.page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let sum = 0;
      let sumSquares = 0;
      const colours = new Set();
      const pixels = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
        sum += y;
        sumSquares += y * y;
        colours.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
      }
      const mean = sum / pixels;
      return {
        width: bitmap.width, height: bitmap.height, mean,
        stddev: Math.sqrt(Math.max(0, sumSquares / pixels - mean * mean)), distinctColors: colours.size,
      };
    }, png.toString('base64'));
  }

  // A value from the app's local storage (what the app saved), or null.
  storedValue(key) {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  async close() {
    await this.context.close();
  }
}
