// Embedding: the example host page (web/examples/host.html), served from a
// different origin than the app, embeds it with web/embed.js, passes the job,
// company, role, brand colour, logo and hidden sections, and receives
// "ready", "generated" (only after the user's consent) and "exported".
// Messages from any third origin are ignored on both sides.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { AppPage, SITE_DIR, launchBrowser, startSiteServer } from './app_harness.mjs';
import { startStaticServer } from './static_server.mjs';
import { TODAY, fixtureText, fold } from './engine_page.mjs';

let browser;
let appServer;
let hostServer;
let thirdServer;  // a third site with one blank page, impostor.html
let thirdDir;
before(async () => {
  appServer = await startSiteServer();
  hostServer = await startStaticServer({ root: SITE_DIR });
  thirdDir = await mkdtemp(path.join(os.tmpdir(), 'ip-third-'));
  await writeFile(path.join(thirdDir, 'impostor.html'), '<!doctype html><title>impostor</title>');
  thirdServer = await startStaticServer({ root: thirdDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [appServer, hostServer, thirdServer]) await s?.close();
  if (thirdDir) await rm(thirdDir, { recursive: true, force: true });
});

const origin = (server) => new URL(server.url).origin;

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
      logo: c.logo && { type: c.logo.type, size: c.logo.bytes.byteLength } };
  });
  const logo = await readFile(path.join(SITE_DIR, 'icons/icon-192.png'));
  assert.equal(embed.embedded, true);
  assert.equal(embed.hostOrigin, origin(hostServer));
  assert.equal(embed.company, 'Northwind Traders');
  assert.equal(embed.role, 'Data Analyst');
  assert.match(embed.job, /Snowflake warehouse/);
  assert.equal(embed.brandColor, '#0a7a5c');
  assert.deepEqual(embed.hide, ['curveballs']);
  assert.deepEqual(embed.logo, { type: 'image/png', size: logo.length });
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

  // The user clicks "Share with <host>".
  await frame.evaluate(() => window.IPEmbed.setConsent(true));
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
  await frame.evaluate(() => window.IPEmbed.setConsent(true));
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
