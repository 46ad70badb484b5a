// Attacks on the embedded app by the site that embeds it (issue 18), each
// played by a hostile host page: a cross-site one (http://localhost:PORT, the
// app being on http://127.0.0.1:PORT) and same-site ones (127.0.0.1 on other
// ports), in Chromium with third-party storage partitioning on, as in
// people's browsers. Each test fails on a build without the defence it names.
//   - clickjacking Share: a transparent iframe, or a pointer-events:none
//     cover, with Share moved under a decoy (the click must not count);
//   - framing by a host that is not on the list (frame-ancestors);
//   - a same-site host restoring or overwriting the person's own inputs;
//   - "Forget everything" undone by a host that keeps sending settings;
//   - settings sent before the first frame wiping the saved inputs;
//   - the CSP missing from the workers (only a <meta> tag before);
//   - hostile logos (tests/fixtures/security) reaching a decoder in the heap
//     that holds the resume;
//   - and the smaller ones: generated posted twice, brandColor as an array,
//     an invalid data-job-from selector, the job cap counted in UTF-16 units,
//     the test hook in a person's browser.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES_DIR, fixtureText } from './engine_page.mjs';
import { SITE_DIR, launchBrowser, startSiteServer } from './app_harness.mjs';
import { STORAGE } from './app_hook.mjs';
import { startStaticServer } from './static_server.mjs';

// Storage partitioning on, third-party storage allowed, as in Chrome as
// people run it. (Debian's Chromium 156 blocks third-party cookies, and with
// them third-party storage, by default: TrackingProtection3pcd.)
const PARTITIONING = ['--enable-features=ThirdPartyStoragePartitioning', '--disable-features=TrackingProtection3pcd'];

let browser;
let appServer;      // the app: http://127.0.0.1:A
let hostServer;     // hosts' pages; http://localhost:B is cross-site, http://127.0.0.1:B same-site
let unlistedServer; // the same pages on a same-site origin that may not frame the app
let hostDir;
let crossSite;      // http://localhost:B
let sameSite;       // http://127.0.0.1:B
let unlisted;       // http://127.0.0.1:C

const origin = (url) => new URL(url).origin;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

// The host page: mounts the app with embed.js from window.hostOptions (set by
// an init script), records what it receives, and has a decoy button.
const HOST_PAGE = `<!doctype html>
<meta charset="utf-8"><title>host</title>
<style>
  body { margin: 0; }
  #decoy { position: absolute; left: 500px; top: 740px; width: 220px; height: 40px; z-index: 1; }
  #playbook { position: absolute; left: 0; top: 0; width: 1000px; z-index: 2; }
  #cover { position: absolute; left: 0; top: 0; width: 1000px; height: 700px; z-index: 3; pointer-events: none;
    background: #fff; }
</style>
<button id="decoy">Claim your prize</button>
<div id="playbook"></div>
<script>
  window.receivedEvents = [];
  var options = window.hostOptions || {};
  var container = document.getElementById('playbook');
  if (options.cover) {
    var cover = document.createElement('div');
    cover.id = 'cover';
    cover.textContent = 'Claim your prize below';
    document.body.appendChild(cover);
  }
  if (options.opacity) container.style.opacity = options.opacity;
  if (options.jobFrom) {
    container.setAttribute('data-interview-playbook', '');
    container.setAttribute('data-job-from', options.jobFrom);
    container.setAttribute('data-company', 'Northwind Traders');
  }
  ['ready', 'generated', 'exported'].forEach(function (name) {
    container.addEventListener('interview-playbook:' + name, function (e) {
      window.receivedEvents.push({ name: name, detail: e.detail });
    });
  });
  var app = new URLSearchParams(location.search).get('app');
  var script = document.createElement('script');
  script.src = new URL('embed.js', app).href;
  script.onload = function () {
    if (!options.jobFrom) {
      window.handle = InterviewPlaybookEmbed.mount(container, Object.assign({ height: '700px' }, options.mount));
    }
  };
  document.head.appendChild(script);
</script>`;

// A host that frames the app by hand and sends settings from the start,
// before the app has drawn anything, until it says "ready".
const EARLY_PAGE = `<!doctype html>
<meta charset="utf-8"><title>early host</title>
<script>
  var app = new URLSearchParams(location.search).get('app');
  var frame = document.createElement('iframe');
  frame.src = app + '?embed=1&host=' + encodeURIComponent(location.origin);
  frame.style.width = '1000px';
  frame.style.height = '700px';
  var ready = false;
  window.addEventListener('message', function (e) {
    if (e.source === frame.contentWindow && e.data && e.data.type === 'interview-playbook:ready') ready = true;
  });
  var timer = setInterval(function () {
    if (ready) return clearInterval(timer);
    frame.contentWindow.postMessage({ type: 'interview-playbook:configure', version: 1, job: '', company: 'Early Corp',
      role: '', brandColor: null, logo: null, hide: [] }, new URL(app).origin);
  }, 10);
  document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(frame); });
</script>`;

before(async () => {
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'ip-hosts-'));
  await writeFile(path.join(hostDir, 'host.html'), HOST_PAGE);
  await writeFile(path.join(hostDir, 'early.html'), EARLY_PAGE);
  hostServer = await startStaticServer({ root: hostDir });
  unlistedServer = await startStaticServer({ root: hostDir });
  crossSite = `http://localhost:${hostServer.port}`;
  sameSite = `http://127.0.0.1:${hostServer.port}`;
  unlisted = `http://127.0.0.1:${unlistedServer.port}`;
  appServer = await startSiteServer({ embedHosts: [crossSite, sameSite] });
  browser = await launchBrowser(PARTITIONING);
});
after(async () => {
  await browser?.close();
  for (const s of [appServer, hostServer, unlistedServer]) await s?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const appFrame = (page) => page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(appServer.url));
const state = (frame) => frame.evaluate(() => window.__ip.state());
const waitFor = (frame, predicate, arg, timeout = 60000) =>
  frame.waitForFunction(predicate, arg, { timeout, polling: 50 });
const events = (page, name) => page.evaluate((n) => window.receivedEvents.filter((e) => e.name === n), name);

// A host page at `hostOrigin` with the app embedded and ready. `options`:
// window.hostOptions of HOST_PAGE.
async function openHost(hostOrigin, options = {}, context = null) {
  const ctx = context || await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const pageErrors = [];
  const consoleLines = [];  // the page's and the app frame's
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript((o) => { window.hostOptions = o; }, options);
  await page.goto(`${hostOrigin}/host.html?app=${encodeURIComponent(appServer.url)}`);
  await page.waitForFunction(() => document.querySelector('#playbook iframe'), null, { timeout: 30000 });
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'ready'), null, { timeout: 60000 });
  const frame = appFrame(page);
  assert.ok(frame, 'the app iframe is missing');
  await waitFor(frame, () => document.body.dataset.ready === '1' && window.IPEmbed.config() !== null);
  return { context: ctx, page, frame, pageErrors, consoleLines };
}

function pasteInto(frame, text) {
  return frame.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, text);
}

// Pastes the seed resume into the embedded app, builds the playbook with the
// host's job description, and returns the Share control's rectangle (CSS
// pixels of the frame).
async function generateInFrame(frame) {
  await pasteInto(frame, await fixtureText('resumes/seed-jordan-chen.txt'));
  await waitFor(frame, () => window.__ip.state().inputs.resume_chars > 0);
  assert.equal(await frame.evaluate(() => window.__ip.click('generate')), true);
  await waitFor(frame, () => {
    const s = window.__ip.state();
    return s.screen === 'playbook' && !s.generating && s.controls.some((c) => c.id === 'share');
  });
  return (await state(frame)).controls.find((c) => c.id === 'share');
}

const HOST_JOB = { company: 'Northwind Traders', role: 'Data Analyst' };
async function hostJob() {
  return { ...HOST_JOB, job: await fixtureText('jobs/seed-amazon-sde2.txt') };
}

// Moves the (hidden or covered) app so that the centre of Share lies on the
// decoy's centre, and returns that point in the host page.
async function shareUnderDecoy(page, share) {
  return page.evaluate((s) => {
    const decoy = document.getElementById('decoy').getBoundingClientRect();
    const x = decoy.left + decoy.width / 2;
    const y = decoy.top + decoy.height / 2;
    const container = document.getElementById('playbook');
    container.style.left = `${x - (s.x + s.w / 2)}px`;
    container.style.top = `${y - (s.y + s.h / 2)}px`;
    const cover = document.getElementById('cover');
    if (cover) {
      cover.style.left = container.style.left;
      cover.style.top = container.style.top;
    }
    return { x, y };
  }, share);
}

// Points at `point`, lets the app draw a frame or two (as a person's hand
// rests before clicking), clicks, and waits for what follows: the
// confirmation window, or the playbook arriving at the host. Returns the
// window, if one opened.
// Presses a button of the confirmation window, which closes itself when
// pressed: the window closing (awaited by the caller) is the outcome, so the
// click's own "target closed" error is not a failure.
async function pressAndClose(popup, selector) {
  await Promise.all([
    popup.waitForEvent('close'),
    popup.click(selector).catch((error) => {
      if (!/closed/.test(error.message)) throw error;
    }),
  ]);
}

async function clickAndSee(page, context, frame, point) {
  await page.mouse.move(point.x, point.y);
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const popup = context.waitForEvent('page', { timeout: 30000 }).catch(() => null);
  const generated = page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'generated'),
    null, { timeout: 30000 }).then(() => null, () => null);
  await page.mouse.click(point.x, point.y);
  return Promise.race([popup, generated]);
}

for (const attack of [
  { name: 'an almost transparent iframe (opacity 0.0001)', options: { opacity: '0.0001' } },
  { name: 'a pointer-events:none cover over the app', options: { cover: true } },
]) {
  test(`clickjacking Share with ${attack.name} under a decoy gets the host nothing without an informed click`,
    async () => {
      const { context, page, frame, consoleLines } =
        await openHost(crossSite, { ...attack.options, mount: await hostJob() });
      const share = await generateInFrame(frame);
      const point = await shareUnderDecoy(page, share);
      // What the page has at that point is the app, invisible or covered.
      assert.equal(await page.evaluate((p) => document.elementFromPoint(p.x, p.y).tagName, point), 'IFRAME');

      let popup = await clickAndSee(page, context, frame, point);
      assert.deepEqual(await events(page, 'generated'), [], 'one click on the decoy sent the playbook to the host');
      assert.equal((await state(frame)).shared, false);
      // The person is asked in a window of its own, which names the host.
      assert.ok(popup, `no confirmation window opened; console:\n${consoleLines.join('\n')}`);
      await popup.waitForLoadState();
      assert.match(await popup.locator('main').innerText(), new RegExp(`${crossSite.replace(/\./g, '\\.')}`));
      assert.equal(await popup.locator('#share').isDisabled(), true, 'Share is pressable the moment the window opens');
      await pressAndClose(popup, '#cancel');
      await pause(300);
      assert.deepEqual(await events(page, 'generated'), []);

      // Asked again, the person agrees: the playbook arrives once.
      popup = await clickAndSee(page, context, frame, point);
      assert.ok(popup, `no confirmation window opened the second time; console:\n${consoleLines.join('\n')}`);
      await popup.waitForFunction(() => !document.getElementById('share').disabled, null, { timeout: 10000 });
      await pressAndClose(popup, '#share');
      await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'generated'), null,
        { timeout: 10000 });
      await pause(300);
      const generated = await events(page, 'generated');
      assert.equal(generated.length, 1);
      assert.equal(generated[0].detail.playbook.schema, 'playbook/1');
      await waitFor(frame, () => window.__ip.state().shared === true, null, 5000);
      await context.close();
    });
}

test('a click on Share in the app, fully visible for a while, shares the playbook once', async () => {
  const { context, page, frame } = await openHost(crossSite, { mount: await hostJob() });
  const share = await generateInFrame(frame);
  const frameBox = await page.locator('#playbook iframe').boundingBox();
  const point = { x: frameBox.x + share.x + share.w / 2, y: frameBox.y + share.y + share.h / 2 };
  await page.mouse.move(point.x, point.y);
  // Waits until the app has seen itself visible long enough (a build
  // without the check shares at once).
  await waitFor(frame, () => !window.IPEmbed.clickCounts || window.IPEmbed.clickCounts(), null, 10000);
  const popup = await clickAndSee(page, context, frame, point);
  assert.equal(popup, null, 'a trustworthy click asked again');
  await pause(500);
  const generated = await events(page, 'generated');
  assert.equal(generated.length, 1, `"generated" was posted ${generated.length} times`);
  assert.equal(generated[0].detail.playbook.job.company, 'Northwind Traders');
  await waitFor(frame, () => window.__ip.state().shared === true, null, 5000);
  await context.close();
});

test('only listed hosts may frame the app: frame-ancestors and X-Frame-Options are sent as HTTP headers', async () => {
  const response = await fetch(appServer.url);
  const csp = response.headers.get('content-security-policy') || '';
  assert.match(csp, new RegExp(`frame-ancestors ${crossSite} ${sameSite}(;|$)`));
  // Without a list, nothing may frame the app, in old browsers too.
  const closed = await startSiteServer({ embedHosts: [] });
  const closedResponse = await fetch(closed.url);
  assert.match(closedResponse.headers.get('content-security-policy') || '', /frame-ancestors 'none'/);
  assert.equal(closedResponse.headers.get('x-frame-options'), 'DENY');
  await closed.close();

  // A same-site page that is not listed: the browser refuses to show the app.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => { window.hostOptions = {}; });
  await page.goto(`${unlisted}/host.html?app=${encodeURIComponent(appServer.url)}`);
  await page.waitForFunction(() => document.querySelector('#playbook iframe'), null, { timeout: 30000 });
  await page.evaluate(() => new Promise((resolve) => {
    const iframe = document.querySelector('#playbook iframe');
    iframe.addEventListener('load', resolve, { once: true });
    setTimeout(resolve, 10000);
  }));
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const runs = await frame.evaluate(() => typeof window.IPEmbed !== 'undefined').catch(() => false);
  assert.equal(runs, false, 'an unlisted site framed the app');
  await pause(500);
  assert.deepEqual(await events(page, 'ready'), []);
  await context.close();
});

test('a same-site host neither restores nor overwrites the person\u2019s own saved inputs', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // The person uses the app on its own page: resume and job saved.
  const own = await context.newPage();
  await own.goto(appServer.url);
  await own.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await pasteInto(own.mainFrame(), await fixtureText('resumes/seed-jordan-chen.txt'));
  await pasteInto(own.mainFrame(), await fixtureText('jobs/seed-amazon-sde2.txt'));
  await own.waitForFunction(() => window.__ip.state().inputs.job_chars > 0 && window.__ip.state().inputs.company,
    null, { timeout: 30000 });
  const saved = await own.evaluate((k) => localStorage.getItem(k), STORAGE.inputs);
  assert.ok(saved && JSON.parse(saved).resume.length > 100);
  await own.close();

  // A same-site host embeds the app, invisibly, and sends its own job.
  const { page, frame } = await openHost(sameSite,
    { opacity: '0.0001', mount: { company: 'Evil Corp', role: 'Spy', job: 'Spy on people. Requirements: none.' } },
    context);
  // Same site: the browser gives the frame the person's own storage...
  assert.equal(await frame.evaluate((k) => localStorage.getItem(k) !== null, STORAGE.inputs), true);
  await waitFor(frame, () => window.__ip.state().inputs.company === 'Evil Corp');
  await pause(500);
  // ...but the app does not restore it, nor rebuild a playbook from it.
  const s = await state(frame);
  assert.equal(s.inputs.resume_chars, 0, 'the person\u2019s own resume was restored for the host');
  assert.equal(s.screen, 'start');
  assert.deepEqual(await events(page, 'generated'), []);
  // The person's own saved inputs are untouched by the host's settings.
  assert.equal(await frame.evaluate((k) => localStorage.getItem(k), STORAGE.inputs), saved);
  await context.close();
});

test('"Forget everything" in the embedded app holds while the host keeps sending settings', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, frame } = await openHost(crossSite, { mount: await hostJob() }, context);
  // Cross-site: partitioned storage, not the app's own.
  await pasteInto(frame, await fixtureText('resumes/seed-jordan-chen.txt'));
  await waitFor(frame, () => window.__ip.state().inputs.resume_chars > 0);
  const resumeKept = () => frame.evaluate(() => Object.keys(localStorage).filter((k) => /jordan/i.test(localStorage[k])));
  await waitFor(frame, () => Object.keys(localStorage).some((k) => /jordan/i.test(localStorage[k])));
  // The host floods the app with settings.
  await page.evaluate(() => {
    let n = 0;
    window.flood = setInterval(() => window.handle.configure({ company: `Flood ${n++}` }), 2);
  });
  // The reload that ends "Forget everything" is held for a moment, as a slow
  // network would: the app's page is still there, and the host's settings
  // keep arriving. Then the host stops, and the reload goes on.
  let holdReload = false;
  await context.route((url) => holdReload && url.href.startsWith(`${appServer.url}?embed=1`), async (route) => {
    holdReload = false;
    await pause(1500);
    await page.evaluate(() => clearInterval(window.flood));
    await pause(300);
    await route.continue();
  });
  await frame.evaluate(() => { window.beforeForget = true; });
  assert.equal(await frame.evaluate(() => window.__ip.click('forget')), true);
  await waitFor(frame, () => window.__ip.state().controls.some((c) => c.id === 'Forget everything?.confirm'), null,
    10000);
  holdReload = true;
  assert.equal(await frame.evaluate(() => window.__ip.click('Forget everything?.confirm')), true);
  await waitFor(frame, () => !window.beforeForget && document.body && document.body.dataset.ready === '1');
  const s = await state(frame);
  assert.equal(s.inputs.resume_chars, 0, 'the resume came back after "Forget everything"');
  assert.deepEqual(await resumeKept(), []);
  await context.close();
});

test('settings a host sends before the first frame do not wipe the saved inputs', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Partitioned: what the app's own page keeps, a cross-site frame does not see.
  const own = await context.newPage();
  await own.goto(`${appServer.url}favicon.svg`);
  await own.evaluate(() => localStorage.setItem('ip-probe', 'first-party'));
  await own.close();
  const { page, frame } = await openHost(crossSite, { mount: await hostJob() }, context);
  assert.equal(await frame.evaluate(() => localStorage.getItem('ip-probe')), null, 'storage is not partitioned');
  await pasteInto(frame, await fixtureText('resumes/seed-jordan-chen.txt'));
  await waitFor(frame, () => window.__ip.state().inputs.resume_chars > 0);
  await frame.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  await page.close();

  // The same host, now sending settings from the moment the frame exists.
  const early = await context.newPage();
  await early.goto(`${crossSite}/early.html?app=${encodeURIComponent(appServer.url)}`);
  await early.waitForFunction(() => document.querySelector('iframe'), null, { timeout: 30000 });
  let earlyFrame;
  for (let i = 0; i < 300 && !earlyFrame; i++) {
    earlyFrame = appFrame(early);
    if (!earlyFrame) await pause(100);
  }
  await waitFor(earlyFrame, () => document.body && document.body.dataset.ready === '1' && window.__ip);
  await waitFor(earlyFrame, () => window.__ip.state().inputs.company === 'Early Corp');
  const s = await state(earlyFrame);
  assert.ok(s.inputs.resume_chars > 1000, 'the saved resume was wiped by the host\u2019s early settings');
  await context.close();
});

test('the CSP is an HTTP header on every response and binds the service worker and the pdf.js worker', async () => {
  for (const file of ['', 'index.html', 'app.js', 'app.wasm', 'sw.js', 'pdf/pdfjs/pdf.worker.min.mjs', 'embed.js',
    'no-such-file']) {
    const response = await fetch(appServer.url + file);
    const csp = response.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'self'/, `${file || '/'} has no CSP header`);
    assert.match(csp, /connect-src 'self'/, file);
  }
  const other = `${crossSite}/host.html`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(appServer.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const sw = context.serviceWorkers()[0] || await context.waitForEvent('serviceworker');
  assert.ok(sw, 'no service worker');
  const tryFetch = (url) => fetch(url, { mode: 'no-cors' }).then(() => 'fetched', () => 'blocked');
  assert.equal(await sw.evaluate(tryFetch, other), 'blocked', 'the service worker reached another origin');

  const workerEvent = page.waitForEvent('worker');
  await page.evaluate(() => { window.pdfWorker = new Worker('pdf/pdfjs/pdf.worker.min.mjs', { type: 'module' }); });
  const worker = await workerEvent;
  assert.equal(await worker.evaluate(tryFetch, other), 'blocked', 'the pdf.js worker reached another origin');
  // The same fetch to the app's own origin works: the check can tell.
  assert.equal(await worker.evaluate(tryFetch, `${appServer.url}favicon.svg`), 'fetched');
  await context.close();
});

test('hostile logos (Huffman overflow JPEG, 2 GiB PNG) are refused without touching the app\u2019s memory', async () => {
  const { context, page, frame, pageErrors } = await openHost(crossSite, { mount: await hostJob() });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The app's WebAssembly has no PNG or JPEG decoder any more (stb_image's
  // messages for them are gone): host image bytes cannot reach one.
  const wasm = await readFile(path.join(SITE_DIR, 'app.wasm'));
  for (const message of ['bad DHT header', 'bad SOF', 'bad IHDR']) {
    assert.equal(wasm.includes(message), false, `app.wasm still decodes images ("${message}")`);
  }
  const heapBefore = await frame.evaluate(() => window.Module.HEAP8.length);
  for (const [file, type] of [['oob.jpg', 'image/jpeg'], ['oom.png', 'image/png']]) {
    const bytes = [...await readFile(path.join(FIXTURES_DIR, 'security', file))];
    const company = `After ${file}`;
    await page.evaluate(({ bytes, type, company }) => window.handle.configure({
      company, logo: new Blob([new Uint8Array(bytes)], { type }) }), { bytes, type, company });
    await waitFor(frame, (c) => window.__ip.state().inputs.company === c, company, 30000);
    const s = await state(frame);
    // Whatever the browser made of it, the app got checked pixels or nothing,
    // never the file's bytes; it is alive and its heap did not balloon.
    const logo = await frame.evaluate(() => {
      const l = window.IPEmbed.config().logo;
      return l && { keys: Object.keys(l).sort(), width: l.width, height: l.height, size: l.rgba && l.rgba.byteLength };
    });
    if (logo) {
      assert.deepEqual(logo.keys, ['height', 'rgba', 'width'], `${file} reached the app as ${logo.keys}`);
      assert.equal(logo.size, logo.width * logo.height * 4);
    }
    assert.ok(s.logo === null || (s.logo.width <= 2048 && s.logo.height <= 2048), JSON.stringify(s.logo));
  }
  const heapAfter = await frame.evaluate(() => window.Module.HEAP8.length);
  assert.ok(heapAfter - heapBefore < 64 * 1024 * 1024, `the heap grew by ${heapAfter - heapBefore} bytes`);
  assert.ok(warnings.some((w) => /logo is not shown/.test(w)), warnings.join('\n'));
  // The app still works.
  await generateInFrame(frame);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a brandColor that is an array is ignored, the rest of the settings applied', async () => {
  const { context, page, frame, pageErrors } = await openHost(crossSite, { mount: await hostJob() });
  await page.evaluate(() => window.handle.configure({ brandColor: ['#0a7a5c'], company: 'Array Brand' }));
  await waitFor(frame, () => window.IPEmbed.config().company === 'Array Brand', null, 10000);
  assert.equal(await frame.evaluate(() => window.IPEmbed.config().brandColor), null);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the 2 MB cap on the host\u2019s job description counts UTF-8 bytes, cut at a character', async () => {
  const { context, page, frame, pageErrors } = await openHost(crossSite, { mount: await hostJob() });
  // 1.5 million euro signs: 1.5 M UTF-16 units, 4.5 MB of UTF-8.
  await page.evaluate(() => window.handle.configure({ job: '\u20ac'.repeat(1500000), company: 'Big Job' }));
  await waitFor(frame, () => window.IPEmbed.config().company === 'Big Job', null, 30000);
  const bytes = await frame.evaluate(() => new TextEncoder().encode(window.IPEmbed.config().job).length);
  assert.ok(bytes <= 2 * 1024 * 1024 && bytes > 2 * 1024 * 1024 - 3, `${bytes} bytes of job description`);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a data-job-from that is no CSS selector still mounts the app', async () => {
  const bad = await browser.newContext({ serviceWorkers: 'block' });
  const badPage = await bad.newPage();
  const errors = [];
  badPage.on('pageerror', (e) => errors.push(e.message));
  await badPage.addInitScript(() => { window.hostOptions = { jobFrom: '###' }; });
  await badPage.goto(`${crossSite}/host.html?app=${encodeURIComponent(appServer.url)}`);
  await badPage.waitForFunction(() => document.querySelector('#playbook iframe'), null, { timeout: 10000 });
  await badPage.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'ready'), null, { timeout: 60000 });
  assert.deepEqual(errors, []);
  await bad.close();
});

test('the test hook window.__ip is absent from a person\u2019s browser (no automation)', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
  const page = await context.newPage();
  await page.goto(appServer.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => typeof window.__ip), 'undefined');
  await context.close();
});
