// Offline and installable: the manifest and its build-time icons, the
// workbox service worker's precache, the whole flow with the server gone,
// and a new build replacing the old one only after the user's "Reload".
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_DIR, SITE_DIR, launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import { startStaticServer } from './static_server.mjs';
import { download, openExamplePlaybook, pressControl, state, waitForState } from './app_hook.mjs';
import { PNG_SIGNATURE, fixtureText } from './engine_page.mjs';
import { printToPdf, twoColumnHtml } from './fixture_pdfs.mjs';

const run = promisify(execFile);

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Resolves once the service worker has installed, precached and taken
// control of the page.
function offlineReady(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

// { cacheName: [pathnames] } of Cache Storage.
function cachedPaths(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

const pngSize = (png) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test('the manifest makes the app installable with icons drawn at build time', async () => {
  const server = await startSiteServer();
  try {
    const index = await (await fetch(server.url)).text();
    assert.match(index, /<link rel="manifest" href="manifest.webmanifest">/);
    const themeMeta = /<meta name="theme-color" content="([^"]+)"/.exec(index)[1];
    const response = await fetch(new URL('manifest.webmanifest', server.url));
    assert.match(response.headers.get('content-type'), /application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, 'Interview Playbook');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, themeMeta);
    assert.ok(manifest.start_url && manifest.background_color);
    const sizes = new Set();
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const png = Buffer.from(await (await fetch(new URL(icon.src, server.url))).arrayBuffer());
      assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE, icon.src);
      const [w, h] = pngSize(png);
      assert.equal(`${w}x${h}`, icon.sizes, icon.src);
      sizes.add(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual([...sizes].sort(), ['192x192 any', '512x512 any', '512x512 maskable']);

    // Drawn from favicon.svg: the maskable icon is the logo's blue to the
    // edge; the plain one has transparent rounded corners.
    const page = await browser.newPage();
    await page.goto(`${server.url}favicon.svg`);  // same origin, so fetch may read the icons
    const corners = await page.evaluate(async (base) => {
      const pixel = async (src, x, y) => {
        const bitmap = await createImageBitmap(await (await fetch(new URL(src, base))).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(bitmap, 0, 0);
        return [...ctx.getImageData(x, y, 1, 1).data];
      };
      return {
        plainCorner: await pixel('icons/icon-512.png', 2, 2),
        plainCentre: await pixel('icons/icon-512.png', 256, 40),
        maskableCorner: await pixel('icons/icon-maskable-512.png', 2, 2),
      };
    }, server.url);
    await page.close();
    assert.equal(corners.plainCorner[3], 0);
    assert.deepEqual(corners.plainCentre, [0x34, 0x51, 0xd1, 255]);
    assert.deepEqual(corners.maskableCorner, [0x34, 0x51, 0xd1, 255]);
  } finally {
    await server.close();
  }
});

test('the service worker precaches the app, its scripts, pdf.js and the icons, not the engine-only module', async () => {
  const server = await startSiteServer();
  const app = await openApp(browser, server, { serviceWorkers: 'allow' });
  try {
    await offlineReady(app.page);
    const cached = await cachedPaths(app.page);
    const names = Object.keys(cached);
    assert.equal(names.length, 1, `caches: ${names}`);
    const sw = await readFile(path.join(SITE_DIR, 'sw.js'), 'utf8');
    const buildHash = /interview-playbook-([0-9a-f]{12})/.exec(sw)[1];
    assert.ok(names[0].startsWith(`interview-playbook-${buildHash}-precache`), names[0]);
    const paths = cached[names[0]];
    for (const file of ['/index.html', '/app.js', '/app.wasm', '/pdf/pdf-import.js', '/pdf/pdf-items.js', '/pdf/pdfjs/pdf.min.mjs', '/pdf/pdfjs/pdf.worker.min.mjs',
      '/manifest.webmanifest', '/icons/icon-512.png', '/sw-register.js', '/forget.js', '/embed-frame.js']) {
      assert.ok(paths.includes(file), `${file} is not precached`);
    }
    assert.ok(!paths.includes('/sw.js') && !paths.some((p) => p.startsWith('/examples/')));
    // The headless API's module is for other sites' pages; the app has the engine linked in.
    for (const file of ['/engine.js', '/playbook-engine.js', '/playbook-engine.wasm']) {
      assert.ok(!paths.includes(file), `${file} is precached`);
    }
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
    await server.close();
  }
});

test('after one visit the app works with the server gone: reload, import a PDF, generate, export', async () => {
  const server = await startSiteServer();
  const resume = await fixtureText('resumes/seed-jordan-chen.txt');
  const pdf = await printToPdf(browser, twoColumnHtml(resume, ['EDUCATION', 'SKILLS']));
  const app = await openApp(browser, server, { serviceWorkers: 'allow' });
  try {
    await offlineReady(app.page);
    // Offline twice over: the browser's network is cut and the server stopped.
    await app.context.setOffline(true);
    await server.close();
    const failed = [];
    app.page.on('requestfailed', (r) => failed.push(r.url()));

    await app.page.reload();
    await app.waitForFirstFrame();
    // The example brings the job; the PDF, read by the precached pdf.js, the resume.
    await openExamplePlaybook(app);
    await pressControl(app, 'edit-inputs');
    const chooser = app.page.waitForEvent('filechooser');
    await pressControl(app, 'resume.open');
    await (await chooser).setFiles({ name: 'jordan-chen.pdf', mimeType: 'application/pdf', buffer: pdf });
    await waitForState(app, () => window.__ip.state().inputs.resume_filename === 'jordan-chen.pdf' &&
      window.__ip.state().resume_read?.ok === true, null, 30000);
    await pressControl(app, 'generate');
    await waitForState(app, () => window.__ip.state().screen === 'playbook' && !window.__ip.state().generating);
    const s = await state(app);
    assert.equal(s.playbook.candidate.toLowerCase(), 'jordan m. chen');
    assert.equal(s.playbook.questions, 12);

    await pressControl(app, 'export');
    const html = await download(app, () => pressControl(app, 'export-html'));
    assert.match(html.bytes.toString(), /<meta http-equiv="Content-Security-Policy"/i);
    await pressControl(app, 'export');
    const png = await download(app, () => pressControl(app, 'export-png'));
    assert.deepEqual(png.bytes.subarray(0, 8), PNG_SIGNATURE);
    assert.deepEqual(failed, []);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('a new build installs beside the old one and takes over only after "Reload"', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ip-site-'));
  await cp(SITE_DIR, dir, { recursive: true });
  const server = await startStaticServer({ root: dir });
  const app = await openApp(browser, server, { serviceWorkers: 'allow' });
  try {
    await offlineReady(app.page);
    const [oldCache] = Object.keys(await cachedPaths(app.page));

    // The next build: one file changes, the site step runs again.
    await writeFile(path.join(dir, 'forget.js'), `${await readFile(path.join(dir, 'forget.js'), 'utf8')}// next build\n`);
    await run(process.execPath, [path.join(REPO_DIR, 'tools/build-site.mjs'), '--site', dir,
      '--shell', path.join(REPO_DIR, 'shell.html')]);
    await app.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await app.page.waitForSelector('#ip-update', { timeout: 30000 });
    assert.match(await app.page.textContent('#ip-update'), /new version .* is ready/i);

    // Both builds are cached; the page still runs on the old one.
    const both = Object.keys(await cachedPaths(app.page));
    assert.equal(both.length, 2, `caches: ${both}`);
    assert.ok(both.includes(oldCache));
    assert.doesNotMatch(await app.page.evaluate(() => fetch('forget.js').then((r) => r.text())), /next build/);

    await Promise.all([app.page.waitForEvent('load'), app.page.click('#ip-update-reload')]);
    await app.waitForFirstFrame();
    const after = Object.keys(await cachedPaths(app.page));
    assert.equal(after.length, 1);
    assert.notEqual(after[0], oldCache);
    assert.match(await app.page.evaluate(() => fetch('forget.js').then((r) => r.text())), /next build/);
    assert.equal(await app.page.$('#ip-update'), null);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
