// Privacy, proven: the app page's Content-Security-Policy admits nothing
// remote, no inline code but its own and no eval; the whole flow (generate
// from text, .docx and PDF, every export) requests nothing from any origin
// but the one serving the app; exports are inert; "forget everything"
// leaves nothing behind.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import { startStaticServer } from './static_server.mjs';
import {
  TODAY, appCsp, bytesFile, engineCall, fixtureFile, fixtureText, importEngine, recordCspViolations,
} from './engine_page.mjs';
import { printToPdf, singleColumnHtml } from './fixture_pdfs.mjs';

let browser;
let server;
let otherServer;  // a second origin on this machine: nothing may reach it
before(async () => {
  server = await startSiteServer();
  otherServer = await startStaticServer({ root: new URL('.', import.meta.url).pathname });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await otherServer?.close();
});

function directives(csp) {
  const out = {};
  for (const part of csp.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    out[name] = sources;
  }
  return out;
}

test('the app page CSP allows its own origin only, its own inline code by hash, and no eval', async () => {
  const csp = directives(await appCsp());
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['script-src'].filter((s) => !s.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(csp['script-src'].some((s) => s.startsWith("'sha256-")), 'the loader script is not allowed by hash');
  assert.deepEqual(csp['style-src'].filter((s) => !s.startsWith("'sha256-")), ["'self'"]);
  for (const [name, sources] of Object.entries(csp)) {
    for (const source of sources) {
      assert.ok(!/^'unsafe-(inline|eval|hashes)'$|^\*|^https?:|^wss?:|^blob:$/.test(source) ||
        (name === 'img-src' && source === 'blob:'), `${name} allows ${source}`);
    }
  }
  for (const name of ['connect-src', 'img-src', 'font-src', 'worker-src', 'manifest-src']) {
    assert.ok(csp[name]?.includes("'self'") || !csp[name], `${name}`);
  }
  assert.deepEqual(csp['object-src'], ["'none'"]);
  assert.deepEqual(csp['base-uri'], ["'none'"]);
  assert.deepEqual(csp['frame-src'], ["'none'"]);
});

test('the browser enforces it: no eval, no injected inline script, no request to another origin', async () => {
  const app = await openApp(browser, server, { initScript: recordCspViolations });
  // Code run by the test itself is exempt from the page's eval rule (the
  // DevTools protocol allows it), so string evaluation is attempted the ways
  // page code would: a timer with a string, an inline handler, an inline or
  // blob: script.
  const results = await app.page.evaluate(async (other) => {
    const out = {};
    setTimeout('window.timerEval = true', 0);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.inlineHandler = true');
    document.body.appendChild(handler);
    handler.click();
    const inline = document.createElement('script');
    inline.textContent = 'window.injected = true;';
    document.body.appendChild(inline);
    const blob = document.createElement('script');
    blob.src = URL.createObjectURL(new Blob(['window.blobScript = true;'], { type: 'text/javascript' }));
    document.body.appendChild(blob);
    try { await fetch(other); out.fetch = 'reached'; } catch (e) { out.fetch = e.name; }
    await new Promise((r) => setTimeout(r, 100));
    out.ran = ['timerEval', 'inlineHandler', 'injected', 'blobScript'].filter((k) => window[k]);
    out.violations = window.cspViolations;
    return out;
  }, otherServer.url);
  assert.deepEqual(results.ran, []);
  assert.equal(results.fetch, 'TypeError');
  const blocked = results.violations.map((v) => v.split(' ')[0]);
  assert.ok(results.violations.includes('script-src eval'), `no eval violation: ${results.violations}`);
  assert.ok(blocked.includes('connect-src') && blocked.includes('script-src-attr') && blocked.includes('script-src-elem'),
    `violations: ${results.violations}`);
  await app.close();
});

test('the full flow requests nothing from any origin but the app\'s own', async () => {
  const app = await openApp(browser, server, { serviceWorkers: 'allow', initScript: recordCspViolations });
  const resumeText = await fixtureText('resumes/seed-jordan-chen.txt');
  const pdf = await printToPdf(browser, singleColumnHtml(resumeText));
  const job = await fixtureText('jobs/seed-amazon-sde2.txt');
  await importEngine(app.page);
  for (const resume of [resumeText, await fixtureFile('resumes/elena-voss.docx'), bytesFile('cv.pdf', pdf)]) {
    const doc = await engineCall(app.page, 'generate', { resume, job, company: 'Amazon', today: TODAY });
    assert.equal(doc.schema, 'playbook/1');
    for (const format of ['html', 'handout-html', 'md', 'json', 'png']) {
      const out = await engineCall(app.page, 'render', format, doc);
      assert.ok(out.length > 0, format);
    }
  }
  await app.settle();
  const origin = new URL(server.url).origin;
  const elsewhere = app.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') &&
    new URL(url).origin !== origin);
  assert.deepEqual(elsewhere, []);
  assert.ok(app.requests.some((u) => u.endsWith('/pdf/pdfjs/pdf.worker.min.mjs')), 'the PDF path did not run');
  assert.deepEqual(await app.page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('an exported report is inert: its own CSP, no scripts, resume markup escaped', async () => {
  const app = await openApp(browser, server, { waitForFirstFrame: false });
  await importEngine(app.page);
  const resume = (await fixtureText('resumes/seed-jordan-chen.txt'))
    .replace('• Designed and built', '• <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> Designed and built');
  const doc = await engineCall(app.page, 'generate',
    { resume, job: await fixtureText('jobs/seed-amazon-sde2.txt'), today: TODAY });
  const exports = {};
  for (const format of ['html', 'handout-html']) exports[format] = await engineCall(app.page, 'render', format, doc);
  await app.close();

  for (const [format, html] of Object.entries(exports)) {
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/i, format);
    assert.doesNotMatch(html, /<script|<img/i, format);
    // Case-blind: a story title built from the line title-cases it ("&lt;Script&gt;").
    assert.match(html, /&lt;script&gt;window\.pwned=1/i, `${format}: the resume's markup is not shown escaped`);
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html);
    assert.equal(await page.evaluate(() => window.pwned), undefined, format);
    assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [], format);
    await page.close();
  }
});

test('"forget everything" deletes storage, databases, caches and the service worker', async () => {
  const app = await openApp(browser, server, { serviceWorkers: 'allow' });
  await app.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    localStorage.setItem('interview-playbook.test', 'x');
    sessionStorage.setItem('interview-playbook.test', 'y');
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('interview-playbook-test', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('files');
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    });
    const root = await navigator.storage.getDirectory();
    await root.getFileHandle('draft.txt', { create: true });
  });
  const summary = await app.page.evaluate(() => window.IPPrivacy.forgetEverything());
  assert.ok(summary.localStorage >= 1 && summary.sessionStorage === 1, JSON.stringify(summary));
  assert.equal(summary.indexedDB['interview-playbook-test'], 'deleted');
  assert.equal(summary.files, 1);
  assert.ok(summary.caches.length >= 1 && summary.serviceWorkers === 1, JSON.stringify(summary));
  const left = await app.page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    files: await (async () => { const n = []; for await (const k of (await navigator.storage.getDirectory()).keys()) n.push(k); return n; })(),
  }));
  assert.deepEqual(left, { local: 0, session: 0, databases: [], caches: [], workers: 0, files: [] });
  await app.close();
});
