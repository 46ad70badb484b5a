// Helpers for the tests of the headless engine (web/engine.js), PDF import,
// offline use, embedding and privacy: a same-origin page that runs under the
// app's own Content-Security-Policy without booting the ImGui app, calls into
// InterviewPlaybook from the tests, fixture files passed as {name, bytes},
// and a record of CSP violations.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppPage, REPO_DIR, SITE_DIR } from './app_harness.mjs';

export const FIXTURES_DIR = path.join(REPO_DIR, 'tests/fixtures');
export const TODAY = '2026-05-04';

// The CSP the build wrote into the app's index.html.
export async function appCsp() {
  const html = await readFile(path.join(SITE_DIR, 'index.html'), 'utf8');
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!m) throw new Error('index.html has no CSP meta element');
  return m[1];
}

// Collects securitypolicyviolation events into window.cspViolations; run
// before any page script.
export function recordCspViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

// A blank page at <server>/engine-test.html under the app's CSP, engine.js
// imported. Returns an AppPage (requests, console errors recorded).
export async function openEnginePage(browser, server, { serviceWorkers = 'block', context } = {}) {
  const csp = await appCsp();
  const ctx = context || await browser.newContext({ serviceWorkers });
  const page = await ctx.newPage();
  const app = new AppPage(ctx, page, server);
  await page.addInitScript(recordCspViolations);
  await page.route(`${server.url}engine-test.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${csp}"><title>engine</title></head><body></body></html>`,
  }));
  await page.goto(`${server.url}engine-test.html`);
  await importEngine(page);
  return app;
}

// Loads engine.js into a page of the app's origin (window.InterviewPlaybook).
export async function importEngine(page) {
  await page.evaluate(async () => {
    await import(new URL('engine.js', document.baseURI).href);
    return InterviewPlaybook.ready();
  });
}

export async function fixtureText(rel) {
  return readFile(path.join(FIXTURES_DIR, rel), 'utf8');
}

// A fixture file as {name, base64}; fileArg turns it into {name, bytes} in the page.
export async function fixtureFile(rel) {
  return { name: path.basename(rel), base64: (await readFile(path.join(FIXTURES_DIR, rel))).toString('base64') };
}

export function bytesFile(name, bytes) {
  return { name, base64: Buffer.from(bytes).toString('base64') };
}

// Runs InterviewPlaybook.<method>(...args) in the page. Arguments shaped
// {name, base64} (at the top level or as resume/job) arrive as {name, bytes}.
// Uint8Array results come back as {png: base64}; errors as {error, name}.
export function callEngine(page, method, ...args) {
  return page.evaluate(async ({ method, args }) => {
    const decode = (v) => (v && typeof v === 'object' && typeof v.base64 === 'string'
      ? { name: v.name, bytes: Uint8Array.from(atob(v.base64), (c) => c.charCodeAt(0)) } : v);
    const real = args.map((a) => {
      const v = decode(a);
      if (v && typeof v === 'object' && !(v.bytes instanceof Uint8Array)) {
        for (const key of ['resume', 'job']) if (key in v) v[key] = decode(v[key]);
      }
      return v;
    });
    try {
      const result = await InterviewPlaybook[method](...real);
      if (result instanceof Uint8Array) {
        let binary = '';
        for (let i = 0; i < result.length; i += 0x8000) binary += String.fromCharCode(...result.subarray(i, i + 0x8000));
        return { bytes: btoa(binary) };
      }
      return { value: result };
    } catch (error) {
      return { error: String(error.message || error), name: error.name };
    }
  }, { method, args });
}

// callEngine that throws on an engine error; Uint8Array results as Buffer.
export async function engineCall(page, method, ...args) {
  const r = await callEngine(page, method, ...args);
  if (r.error !== undefined) throw new Error(`${method}: ${r.name}: ${r.error}`);
  return r.bytes !== undefined ? Buffer.from(r.bytes, 'base64') : r.value;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Folds whitespace so texts compare line-break-insensitively.
export const fold = (s) => s.replace(/\s+/g, ' ').trim();

// The pathnames requested, in order.
export const pathsOf = (urls) => urls.map((u) => new URL(u).pathname);
