// Embedding: the example host page (web/examples/host.html), served from a
// different origin than the app, embeds it with web/embed.js, passes the job,
// company, role, brand colour, logo and hidden sections, and receives
// "ready", "generated" (only after the user's consent) and "exported".
// The brand colour, logo and hidden sections change what the app draws,
// also when the host sends new settings later; the screenshots are saved as
// tests/output/embed-branded*.png. Messages from any third origin are
// ignored on both sides.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { AppPage, OUTPUT_DIR, SITE_DIR, WAIT_CEILING_MS, launchBrowser, startSiteServer } from './app_harness.mjs';
import { startStaticServer } from './static_server.mjs';
import { TODAY, fixtureText, fold } from './engine_page.mjs';

let browser;
let appServer;
let hostServer;
let thirdServer;  // a third site with one blank page, impostor.html
let thirdDir;
const origin = (server) => new URL(server.url).origin;
before(async () => {
  hostServer = await startStaticServer({ root: SITE_DIR });
  thirdDir = await mkdtemp(path.join(os.tmpdir(), 'ip-third-'));
  await writeFile(path.join(thirdDir, 'impostor.html'), '<!doctype html><title>impostor</title>');
  thirdServer = await startStaticServer({ root: thirdDir });
  // Both may frame the app (frame-ancestors); the third one claims to be the host.
  appServer = await startSiteServer({ embedHosts: [origin(hostServer), origin(thirdServer)] });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [appServer, hostServer, thirdServer]) await s?.close();
  if (thirdDir) await rm(thirdDir, { recursive: true, force: true });
});


// The example host page with the app embedded and its "ready" received.
async function openHost() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const host = new AppPage(context, page, hostServer);
  await page.goto(`${hostServer.url}examples/host.html?app=${encodeURIComponent(appServer.url)}`);
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'ready'), null, { timeout: 60000 });
  const frame = page.frames().find((f) => f.url().startsWith(appServer.url));
  assert.ok(frame, 'the app iframe is missing');
  await frame.waitForFunction(() => window.IPEmbed.config() !== null);
  return { host, page, frame };
}

const events = (page, name) => page.evaluate((n) => window.receivedEvents.filter((e) => e.name === n), name);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

test('the host page embeds the app from another origin and gets ready, generated (after consent) and exported', async () => {
  const { host, page, frame } = await openHost();
  assert.notEqual(origin(hostServer), origin(appServer));

  const embed = await frame.evaluate(() => {
    const c = window.IPEmbed.config();
    return { embedded: window.IPEmbed.embedded, hostOrigin: window.IPEmbed.hostOrigin, ...c,
      logo: c.logo && { width: c.logo.width, height: c.logo.height, size: c.logo.rgba.byteLength } };
  });
  const logo = await readFile(path.join(SITE_DIR, 'icons/icon-192.png'));
  assert.equal(embed.embedded, true);
  assert.equal(embed.hostOrigin, origin(hostServer));
  assert.equal(embed.company, 'Northwind Traders');
  assert.equal(embed.role, 'Data Analyst');
  assert.match(embed.job, /Snowflake warehouse/);
  assert.equal(embed.brandColor, '#0a7a5c');
  assert.deepEqual(embed.hide, ['curveballs']);
  // The logo arrives decoded by the browser, as pixels.
  assert.ok(logo.length > 0);
  assert.deepEqual(embed.logo, { width: 192, height: 192, size: 192 * 192 * 4 });
  const [ready] = await events(page, 'ready');
  assert.ok(ready.detail.sections.includes('curveballs'));

  // The app generates a playbook from the host's job description.
  const resume = await fixtureText('resumes/seed-jordan-chen.txt');
  const posted = await frame.evaluate(async ({ resume, today }) => {
    await import(new URL('engine.js', document.baseURI).href);
    const c = window.IPEmbed.config();
    const doc = await InterviewPlaybook.generate({ resume, job: c.job, company: c.company, role: c.role, today });
    return window.IPEmbed.notifyGenerated(doc);
  }, { resume, today: TODAY });
  assert.equal(posted, false);
  await pause(300);
  assert.deepEqual(await events(page, 'generated'), [], 'the playbook left the iframe without consent');

  // The user clicks "Share with <host>" while the app is in plain view.
  await frame.waitForFunction(() => window.IPEmbed.clickCounts(), null, { timeout: WAIT_CEILING_MS });
  assert.equal(await frame.evaluate(() => window.IPEmbed.requestShare()), 'granted');
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'generated'));
  const [generated] = await events(page, 'generated');
  assert.equal(generated.detail.playbook.schema, 'playbook/1');
  assert.equal(fold(generated.detail.playbook.candidate.name).toLowerCase(), 'jordan m. chen');
  assert.equal(generated.detail.playbook.job.company, 'Northwind Traders');

  await frame.evaluate(() => window.IPEmbed.notifyExported('html'));
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'exported'));
  assert.deepEqual((await events(page, 'exported')).map((e) => e.detail), [{ format: 'html' }]);
  assert.equal(await page.locator('#events li').count(), 3);

  assert.deepEqual(host.externalRequests(), []);
  assert.deepEqual(host.consoleErrors, []);
  await host.close();
});

test('messages from a third origin are ignored by the host and by the app', async () => {
  const { host, page, frame } = await openHost();
  await frame.waitForFunction(() => window.IPEmbed.clickCounts(), null, { timeout: WAIT_CEILING_MS });
  assert.equal(await frame.evaluate(() => window.IPEmbed.requestShare()), 'granted');
  // A third-origin frame inside the host page tries both directions.
  await page.evaluate((src) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.onload = resolve;
    document.body.appendChild(f);
  }), `${thirdServer.url}impostor.html`);
  const intruder = page.frames().find((f) => f.url().startsWith(thirdServer.url));
  await intruder.evaluate(() => {
    window.parent.postMessage({ type: 'interview-playbook:generated', version: 1,
      playbook: { schema: 'playbook/1', candidate: { name: 'Mallory' } } }, '*');
    window.parent.postMessage({ type: 'interview-playbook:ready', version: 1, sections: [] }, '*');
    window.parent.frames[0].postMessage({ type: 'interview-playbook:configure', version: 1, company: 'Evil Corp' }, '*');
  });
  await pause(300);
  assert.deepEqual(await events(page, 'generated'), []);
  assert.equal((await events(page, 'ready')).length, 1);
  assert.equal(await frame.evaluate(() => window.IPEmbed.config().company), 'Northwind Traders');

  // The real host still gets through.
  await page.evaluate(() => document.getElementById('playbook').interviewPlaybook.configure({ company: 'Contoso' }));
  await frame.waitForFunction(() => window.IPEmbed.config().company === 'Contoso');
  await host.close();
});

test('a page that frames the app while claiming to be another host gets nothing', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${thirdServer.url}impostor.html`);
  const src = `${appServer.url}?embed=1&host=${encodeURIComponent(origin(hostServer))}`;
  await page.evaluate(async (url) => {
    window.got = [];
    window.addEventListener('message', (e) => window.got.push(e.data));
    const f = document.createElement('iframe');
    f.src = url;
    document.body.appendChild(f);
    await new Promise((r) => { f.onload = r; });
  }, src);
  const frame = page.frames().find((f) => f.url().startsWith(appServer.url));
  await frame.waitForFunction(() => window.IPEmbed !== undefined);
  assert.equal(await frame.evaluate(() => window.IPEmbed.embedded), false);
  assert.equal(await frame.evaluate(() => window.IPEmbed.notifyExported('html')), false);
  await frame.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await pause(300);
  assert.deepEqual(await page.evaluate(() => window.got), []);
  await context.close();
});

// [SECTION] Brand colour, logo and hidden sections

const appState = (frame) => frame.evaluate(() => window.__ip.state());
const waitForApp = (frame, predicate, arg) => frame.waitForFunction(predicate, arg, { timeout: 60000, polling: 50 });
// The logo `width` pixels wide has been drawn (a frame after it arrived).
const waitForLogoDrawn = (frame, width) =>
  waitForApp(frame, (w) => window.__ip.state().logo?.width === w && window.__ip.state().logo.drawn.w > 0, width);
const controlIds = (state, prefix) => state.controls.map((c) => c.id).filter((id) => id.startsWith(prefix));
const ALL_SECTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function luminance(hex) {
  const linear = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
}
function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// The app's iframe as drawn, saved to tests/output/<name>.png; its pixels
// are the app's CSS pixels (device scale factor 1).
async function screenshotApp(page, name) {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const png = await page.locator('#playbook iframe').screenshot();
  await writeFile(path.join(OUTPUT_DIR, `${name}.png`), png);
  return png;
}

// For each probe {x, y, w, h, hex} (CSS pixels of the screenshot): the share
// of the pixels in that rectangle within `tolerance` of the colour on every
// channel. Decoded by the browser.
function colourShares(page, png, probes, tolerance = 24) {
  return page.evaluate(async ({ base64, probes, tolerance }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return probes.map(({ x, y, w, h, hex }) => {
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const data = ctx.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(w)),
        Math.max(1, Math.round(h))).data;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (want.every((v, c) => Math.abs(data[i + c] - v) <= tolerance)) near += 1;
      }
      return near / (data.length / 4);
    });
  }, { base64: png.toString('base64'), probes, tolerance });
}

// A rectangle shrunk by `by` CSS pixels on every side.
const inset = (r, by) => ({ x: r.x + by, y: r.y + by, w: r.w - 2 * by, h: r.h - 2 * by });

// Sends new settings through the host page's embed handle (embed.js), the
// way a host changes them live; `logo` may be {width, height, type} for a
// made-up two-colour logo (left half magenta, right half cyan), or
// {garbage: true} for bytes that are no image.
function configure(page, changes) {
  return page.evaluate(async (c) => {
    const settings = { ...c };
    if (c.logo && c.logo.garbage) {
      settings.logo = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 1, 2, 3, 4])],
        { type: 'image/png' });
    } else if (c.logo) {
      const canvas = new OffscreenCanvas(c.logo.width, c.logo.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ff00ff';
      ctx.fillRect(0, 0, c.logo.width / 2, c.logo.height);
      ctx.fillStyle = '#00c8ff';
      ctx.fillRect(c.logo.width / 2, 0, c.logo.width / 2, c.logo.height);
      settings.logo = await canvas.convertToBlob({ type: c.logo.type, quality: 0.95 });
    }
    await document.getElementById('playbook').interviewPlaybook.configure(settings);
  }, changes);
}

// The made-up logo's two halves where the app drew it.
function logoProbes(drawn) {
  const half = { y: drawn.y + drawn.h * 0.2, w: drawn.w * 0.3, h: drawn.h * 0.6 };
  return [{ ...half, x: drawn.x + drawn.w * 0.1, hex: '#ff00ff' }, { ...half, x: drawn.x + drawn.w * 0.6, hex: '#00c8ff' }];
}

// Pastes the resume into the embedded app and builds the playbook from it
// and the host's job description.
async function generateInApp(frame) {
  const resume = await fixtureText('resumes/seed-jordan-chen.txt');
  await frame.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, resume);
  await waitForApp(frame, () => window.__ip.state().inputs.resume_chars > 0);
  assert.equal(await frame.evaluate(() => window.__ip.click('generate')), true);
  await waitForApp(frame, () => {
    const s = window.__ip.state();
    return s.screen === 'playbook' && !s.generating && s.controls.some((c) => c.id === 'export');
  });
}

// Presses `id` through the test hook and waits for the section to change.
async function pressForSection(frame, id) {
  const before = (await appState(frame)).section;
  assert.equal(await frame.evaluate((i) => window.__ip.click(i), id), true, `control "${id}" is not on screen`);
  await waitForApp(frame, (b) => window.__ip.state().section !== b, before);
  return (await appState(frame)).section;
}

test('the host\u2019s brand colour and logo are drawn by the app, in both themes, and follow live changes', async () => {
  const { host, page, frame } = await openHost();
  await waitForApp(frame, () => window.__ip.state().brand_color === '#0a7a5c');
  await waitForLogoDrawn(frame, 192);
  let s = await appState(frame);
  assert.equal(s.theme, 'light');
  assert.equal(s.accent, '#0a7a5c', 'the brand colour reads well on the light theme, so it is used as it is');
  assert.equal(s.on_accent, '#ffffff');
  // The host page's logo (icons/icon-192.png), 40 px tall in the 60 px header.
  assert.equal(s.logo.width, 192);
  assert.equal(s.logo.height, 192);
  assert.ok(Math.abs(s.logo.drawn.h - 40) < 0.5 && Math.abs(s.logo.drawn.w - 40) < 0.5, JSON.stringify(s.logo));
  assert.ok(s.logo.drawn.y >= 0 && s.logo.drawn.y + s.logo.drawn.h <= 60);

  let shot = await screenshotApp(page, 'embed-branded-start');
  const generate = s.controls.find((c) => c.id === 'generate');
  const [buildButton] = await colourShares(page, shot, [{ ...inset(generate, 4), hex: '#0a7a5c' }]);
  assert.ok(buildButton > 0.6, `the primary button is not in the brand colour (${buildButton})`);

  // A wide logo sent live replaces the first: scaled to 40 px tall, its
  // proportions kept, its own pixels in the header.
  await generateInApp(frame);
  await configure(page, { logo: { width: 300, height: 100, type: 'image/png' } });
  await waitForLogoDrawn(frame, 300);
  s = await appState(frame);
  assert.equal(s.logo.height, 100);
  assert.ok(Math.abs(s.logo.drawn.h - 40) < 0.5 && Math.abs(s.logo.drawn.w - 120) < 0.5, JSON.stringify(s.logo));
  shot = await screenshotApp(page, 'embed-branded');
  const exportButton = s.controls.find((c) => c.id === 'export');
  const nav = s.controls.find((c) => c.id === 'nav:1');
  const [magenta, cyan, onExport, onNav, defaultAccent] = await colourShares(page, shot, [
    ...logoProbes(s.logo.drawn),
    { ...inset(exportButton, 4), hex: '#0a7a5c' },
    // The selected section's number circle, left of its digit.
    { x: nav.x + 12, y: nav.y + nav.h / 2 - 3, w: 4, h: 6, hex: '#0a7a5c' },
    { x: 0, y: 0, w: 872, h: 760, hex: '#3451d1' },
  ], 12);
  assert.ok(magenta > 0.9 && cyan > 0.9, `the logo's pixels are not in the header (${magenta}, ${cyan})`);
  assert.ok(onExport > 0.5, `the Export button is not in the brand colour (${onExport})`);
  assert.ok(onNav > 0.9, `the selected section is not marked in the brand colour (${onNav})`);
  assert.ok(defaultAccent < 0.0005, `the app's own accent is still drawn (${defaultAccent})`);

  // The dark theme keeps the brand, lightened until it reads on dark cards.
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForApp(frame, () => window.__ip.state().theme === 'dark');
  s = await appState(frame);
  assert.equal(s.brand_color, '#0a7a5c');
  assert.notEqual(s.accent, '#8fa2ff', 'the dark theme fell back to the app\u2019s own accent');
  assert.ok(contrast(s.accent, '#1e2127') >= 4.5 && contrast(s.accent, '#24282f') >= 4.5, s.accent);
  assert.ok([1, 3, 5].every((i) => parseInt(s.accent.slice(i, i + 2), 16) >= parseInt('0a7a5c'.slice(i - 1, i + 1), 16)),
    `${s.accent} is not the brand colour lightened`);
  assert.ok(contrast(s.on_accent, s.accent) >= 4.5, `${s.on_accent} on ${s.accent}`);
  shot = await screenshotApp(page, 'embed-branded-dark');
  const [darkExport, darkLogo] = await colourShares(page, shot, [
    { ...inset(s.controls.find((c) => c.id === 'export'), 4), hex: s.accent },
    logoProbes(s.logo.drawn)[0],
  ], 12);
  assert.ok(darkExport > 0.5, `the Export button is not in the dark theme's brand accent (${darkExport})`);
  assert.ok(darkLogo > 0.9, 'the logo is not drawn in the dark theme');
  await page.emulateMedia({ colorScheme: 'light' });
  await waitForApp(frame, () => window.__ip.state().theme === 'light');
  assert.equal((await appState(frame)).accent, '#0a7a5c');

  // A pale brand colour is darkened until it reads on the light theme; no
  // brand colour brings the app's own accent back.
  await configure(page, { brandColor: '#ffd23f' });
  await waitForApp(frame, () => window.__ip.state().brand_color === '#ffd23f' && window.__ip.state().accent !== '#0a7a5c');
  s = await appState(frame);
  assert.notEqual(s.accent, '#ffd23f');
  assert.ok(contrast(s.accent, '#f5f4f0') >= 4.5, s.accent);
  assert.ok(contrast(s.on_accent, s.accent) >= 4.5, `${s.on_accent} on ${s.accent}`);
  await configure(page, { brandColor: null });
  await waitForApp(frame, () => window.__ip.state().accent === '#3451d1');
  assert.equal((await appState(frame)).brand_color, '');

  assert.deepEqual(host.consoleErrors, []);
  assert.deepEqual(host.externalRequests(), []);
  await host.close();
});

test('a logo that is no usable image is ignored with a warning; a JPEG is shown', async () => {
  const { host, page, frame } = await openHost();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await waitForLogoDrawn(frame, 192);

  await configure(page, { logo: { garbage: true } });
  await waitForApp(frame, () => window.__ip.state().logo === null);
  assert.ok(warnings.some((w) => /logo is not shown: not a PNG or JPEG/.test(w)), warnings.join('\n'));

  await configure(page, { logo: { width: 160, height: 80, type: 'image/jpeg' } });
  await waitForLogoDrawn(frame, 160);
  let s = await appState(frame);
  assert.equal(s.logo.height, 80);
  const shot = await screenshotApp(page, 'embed-branded-jpeg');
  const [magenta, cyan] = await colourShares(page, shot, logoProbes(s.logo.drawn), 40);
  assert.ok(magenta > 0.9 && cyan > 0.9, `the JPEG logo's pixels are not in the header (${magenta}, ${cyan})`);

  await configure(page, { logo: { width: 2049, height: 8, type: 'image/png' } });
  await waitForApp(frame, () => window.__ip.state().logo === null);
  assert.ok(warnings.some((w) => /2049 x 8 pixels is larger than 2048 x 2048/.test(w)), warnings.join('\n'));

  // The app still works: building without a resume says what is missing.
  assert.equal((await appState(frame)).screen, 'start');
  assert.equal(await frame.evaluate(() => window.__ip.click('generate')), true);
  await waitForApp(frame, () => /Add your resume first/.test(window.__ip.state().error));
  assert.deepEqual(host.consoleErrors, []);
  await host.close();
});

test('hidden sections leave the navigation, the 30-minute path, Next and the export menu', async () => {
  const { host, page, frame } = await openHost();
  await waitForApp(frame, () => window.__ip.state().hidden.length === 1);
  await generateInApp(frame);
  let s = await appState(frame);
  // Curveballs alone leave section 7 its gap scripts: all ten stay.
  assert.deepEqual(s.hidden, ['curveballs']);
  assert.deepEqual(s.sections_shown, ALL_SECTIONS);
  assert.deepEqual(controlIds(s, 'nav:'), ALL_SECTIONS.map((n) => `nav:${n}`));
  const pathSteps = controlIds(s, 'path:').length;

  // Hidden while the user reads section 2: the app moves on to section 3.
  assert.equal(await pressForSection(frame, 'nav:2'), 2);
  await configure(page, { hide: ['fit', 'gap_scripts', 'curveballs', 'plan'] });
  await waitForApp(frame, () => window.__ip.state().hidden.length === 4 &&
    !window.__ip.state().controls.some((c) => c.id === 'nav:2'));
  const shown = [1, 3, 4, 5, 6, 8, 10];
  s = await appState(frame);
  assert.deepEqual(s.sections_shown, shown);
  assert.equal(s.section, 3);
  assert.deepEqual(controlIds(s, 'nav:'), shown.map((n) => `nav:${n}`));

  // The 30-minute path loses the steps that lead to hidden sections; the
  // ones left lead to shown sections.
  const steps = controlIds(s, 'path:');
  assert.ok(steps.length > 0 && steps.length < pathSteps, `${steps.length} of ${pathSteps} steps`);
  for (const id of steps) {
    await frame.evaluate(() => window.__ip.click('nav:1'));
    await waitForApp(frame, () => window.__ip.state().section === 1);
    assert.ok(shown.includes(await pressForSection(frame, id)), `${id} led to a hidden section`);
  }

  // Section 1 lists only the shown sections; Next walks only through them.
  await frame.evaluate(() => window.__ip.click('nav:1'));
  await waitForApp(frame, () => window.__ip.state().section === 1);
  s = await appState(frame);
  assert.deepEqual(controlIds(s, 'contents:'), shown.slice(1).map((n) => `contents:${n}`));
  await screenshotApp(page, 'embed-branded-hidden');
  const visited = [1];
  while ((await appState(frame)).controls.some((c) => c.id === 'next')) visited.push(await pressForSection(frame, 'next'));
  assert.deepEqual(visited, shown);
  assert.equal(await pressForSection(frame, 'previous'), 8);

  // The handout is section 9: its downloads and its print leave the export menu.
  assert.equal(await frame.evaluate(() => window.__ip.click('export')), true);
  await waitForApp(frame, () => window.__ip.state().controls.some((c) => c.id === 'export-html'));
  assert.deepEqual(controlIds(await appState(frame), 'export-'), ['export-pdf', 'export-html', 'export-md', 'export-json']);
  assert.deepEqual(controlIds(await appState(frame), 'print-'), ['print-report']);

  // Hiding nothing brings every section back.
  await configure(page, { hide: [] });
  await waitForApp(frame, () => window.__ip.state().hidden.length === 0 &&
    window.__ip.state().controls.some((c) => c.id === 'nav:2'));
  assert.deepEqual((await appState(frame)).sections_shown, ALL_SECTIONS);
  assert.deepEqual(host.consoleErrors, []);
  await host.close();
});
