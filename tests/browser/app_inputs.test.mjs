// The first screen's inputs: the paste bridge (the browser's paste event into
// ImGui), typing, and keeping the inputs in this browser across reloads —
// without a single network request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, startSiteServer } from './app_harness.mjs';

const STORAGE_KEY = 'interview-playbook.inputs.v1';
// Points inside the two text areas and on the resume's "Open file…" button,
// in the 1280x800 layout.
const RESUME_AREA = { x: 340, y: 500 };
const JOB_AREA = { x: 930, y: 500 };
const RESUME_OPEN_FILE = { x: 567, y: 214 };

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

const openWithClipboard = () => openApp(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });

// Puts text on the system clipboard and presses the paste shortcut, as a user would.
async function pasteText(app, text) {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await app.page.keyboard.press('Control+V');
  await app.settle();
}

async function storedInputs(app) {
  const value = await app.storedValue(STORAGE_KEY);
  assert.ok(value, 'the app saved nothing');
  return JSON.parse(value);
}

test('Ctrl+V with no field selected fills the resume, then the job description', async () => {
  const app = await openWithClipboard();
  await pasteText(app, 'Jane Doe\r\nStaff Engineer\tAcme Corp\r\n');
  assert.equal((await storedInputs(app)).resume, 'Jane Doe\nStaff Engineer    Acme Corp\n');
  await pasteText(app, 'Senior Backend Engineer at Stripe');
  const inputs = await storedInputs(app);
  assert.equal(inputs.resume, 'Jane Doe\nStaff Engineer    Acme Corp\n');
  assert.equal(inputs.job, 'Senior Backend Engineer at Stripe');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('typing and pasting edit the selected field at the cursor', async () => {
  const app = await openWithClipboard();
  await app.page.mouse.click(JOB_AREA.x, JOB_AREA.y);
  await app.settle();
  await app.page.keyboard.type('We build payments. ');
  await pasteText(app, 'You will own the ledger.');
  await app.page.keyboard.type(' Remote.');
  await app.settle();
  const inputs = await storedInputs(app);
  assert.equal(inputs.job, 'We build payments. You will own the ledger. Remote.');
  assert.equal(inputs.resume, '');
  await app.close();
});

test('inputs survive a reload and never leave the page', async () => {
  const app = await openWithClipboard();
  await pasteText(app, 'Jane Doe\nPlatform Engineer');
  const requestsBefore = app.requests.length;
  await app.page.reload();
  await app.waitForFirstFrame();
  // Typing at the end of the restored text proves the app loaded it: a fresh
  // app would save just the typed letters.
  await app.page.mouse.click(RESUME_AREA.x, RESUME_AREA.y);
  await app.settle();
  await app.page.keyboard.type(', Berlin');
  await app.settle();
  assert.equal((await storedInputs(app)).resume, 'Jane Doe\nPlatform Engineer, Berlin');
  await app.screenshot('inputs-restored');

  const afterReload = app.requests.slice(requestsBefore).map((url) => new URL(url).pathname);
  const pageFiles = ['/', '/app.js', '/app.wasm', '/favicon.svg', '/manifest.webmanifest',
    '/sw-register.js', '/forget.js', '/embed-frame.js'];
  assert.deepEqual(afterReload.filter((p) => !pageFiles.includes(p)), []);
  assert.deepEqual(app.externalRequests(), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('"Open file…" reads a text file into the resume and names it', async () => {
  const app = await openApp(browser, server);
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.mouse.click(RESUME_OPEN_FILE.x, RESUME_OPEN_FILE.y);
  await (await chooser).setFiles({
    name: 'jane-doe.md', mimeType: 'text/markdown',
    buffer: Buffer.from('# Jane Doe\r\nStaff Engineer, Acme Corp\r\n- Cut p99 latency by 40%\r\n'),
  });
  await app.page.waitForFunction((key) => (localStorage.getItem(key) || '').includes('jane-doe.md'), STORAGE_KEY);
  const inputs = await storedInputs(app);
  assert.equal(inputs.resume, '# Jane Doe\nStaff Engineer, Acme Corp\n- Cut p99 latency by 40%\n');
  assert.equal(inputs.resume_filename, 'jane-doe.md');
  assert.equal(inputs.job, '');
  await app.settle();
  await app.screenshot('resume-from-file');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});
