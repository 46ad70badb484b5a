// The first screen's inputs: the paste bridge (the browser's paste event into
// ImGui), typing, and keeping the inputs in this browser across reloads —
// without a single network request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import { centreOf, control, state, waitForState } from './app_hook.mjs';

const STORAGE_KEY = 'interview-playbook.inputs.v1';

// Clicks inside a text area where the app drew it.
async function clickInto(app, id) {
  const { x, y } = await centreOf(app, id);
  await app.page.mouse.click(x, y);
}

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

// The characters in the two text areas, as the app reports them.
const typedChars = (app) => app.page.evaluate(() => {
  const { inputs } = window.__ip.state();
  return inputs.resume_chars + inputs.job_chars;
});

// Puts text on the system clipboard and presses the paste shortcut, as a user
// would, then waits until the app has taken the text in.
async function pasteText(app, text) {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const before = await typedChars(app);
  await app.page.keyboard.press('Control+V');
  await waitForState(app, (n) => {
    const { inputs } = window.__ip.state();
    return inputs.resume_chars + inputs.job_chars !== n;
  }, before);
  await app.settle();
}

// Types text and waits until the app has taken every character in.
async function typeText(app, text) {
  const before = await typedChars(app);
  await app.page.keyboard.type(text);
  await waitForState(app, (n) => {
    const { inputs } = window.__ip.state();
    return inputs.resume_chars + inputs.job_chars >= n;
  }, before + Buffer.byteLength(text));
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
  await clickInto(app, 'job.text');
  await app.settle();
  await typeText(app, 'We build payments. ');
  await pasteText(app, 'You will own the ledger.');
  await typeText(app, ' Remote.');
  await app.settle();
  const inputs = await storedInputs(app);
  assert.equal(inputs.job, 'We build payments. You will own the ledger. Remote.');
  assert.equal(inputs.resume, '');
  await app.close();
});

// A quick Ctrl+V: the paste event and the release of V both arrive before the
// next frame, while Ctrl is still held. The release makes the backend set Ctrl
// down again, and ImGui drops characters typed with Ctrl down — unless the
// pasted text is typed in at the frame itself.
test('a paste whose V is released before the next frame, Ctrl still held, arrives whole', async () => {
  const app = await openWithClipboard();
  await clickInto(app, 'job.text');
  await app.settle();
  const before = await typedChars(app);
  await app.page.keyboard.down('Control');
  await app.page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
    const up = new KeyboardEvent('keyup', { key: 'v', code: 'KeyV', ctrlKey: true, bubbles: true });
    Object.defineProperty(up, 'keyCode', { get: () => 86 });
    Object.defineProperty(up, 'which', { get: () => 86 });
    window.dispatchEvent(up);
  }, 'Night shift, telemetry unit.');
  await waitForState(app, (n) => {
    const { inputs } = window.__ip.state();
    return inputs.resume_chars + inputs.job_chars !== n;
  }, before);
  await app.page.keyboard.up('Control');
  await app.settle();
  assert.equal((await storedInputs(app)).job, 'Night shift, telemetry unit.');
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
  await clickInto(app, 'resume.text');
  await app.settle();
  await typeText(app, ', Berlin');
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
  // Where the app drew the button, not a fixed spot: the layout may still be settling.
  const button = await centreOf(app, 'resume.open');
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.mouse.click(button.x, button.y);
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

// Luminance spread of a rectangle of the page (CSS pixels): 0 when it is one
// flat colour, higher where text is drawn.
async function inkIn(app, rect) {
  const png = await app.page.screenshot({ clip: rect });
  return (await app.imageStats(png)).stddev;
}

test('a long pasted line wraps inside the box, and clicking the box still edits it', async () => {
  const app = await openWithClipboard();
  const longLine = 'Led the migration of the payments platform from nightly batch jobs to event sourcing across ' +
    'nine teams and three regions, cutting settlement time from two days to four minutes, retiring eleven legacy ' +
    'services, and mentoring six engineers who now own the ledger, the reconciliation pipeline and the on-call ' +
    'rotation that keeps card payments flowing for forty million customers every single day of the year.';
  const resume = `Jane Doe\n${longLine}\nStaff Engineer, Acme Corp`;
  await pasteText(app, resume);
  const box = await control(app, 'resume.text');
  assert.ok(box, 'the resume box is not on screen');
  const { wrapped, inputs } = await state(app);
  assert.equal(inputs.resume_chars, Buffer.byteLength(resume));
  // Three lines as pasted; the long one alone needs several at this width.
  assert.ok(wrapped.resume.lines >= 6, `the long line did not wrap: ${JSON.stringify(wrapped.resume)}`);
  assert.ok(wrapped.resume.wrap_width > 0 && wrapped.resume.wrap_width < box.w, JSON.stringify(wrapped.resume));
  assert.ok(wrapped.resume.widest <= wrapped.resume.wrap_width, JSON.stringify(wrapped.resume));
  // From the pixels: text fills the rows of the wrapped line, and nothing is
  // drawn in the box's right padding (where an unwrapped line would run).
  assert.ok(await inkIn(app, { x: box.x + 12, y: box.y + 10, width: box.w / 2, height: 80 }) > 10, 'no text in the box');
  assert.ok(await inkIn(app, { x: box.x + box.w - 9, y: box.y + 4, width: 6, height: box.h - 8 }) < 1,
    'text runs into the right edge of the box');
  await app.screenshot('app-wrapped-input');

  // Clicking below the text puts the caret at its end; typing arrives there.
  await app.page.mouse.click(box.x + box.w / 2, box.y + box.h - 20);
  await app.settle();
  await typeText(app, ' Berlin');
  await app.settle();
  assert.equal((await state(app)).inputs.resume_chars, Buffer.byteLength(resume) + ' Berlin'.length);
  assert.equal((await storedInputs(app)).resume, `${resume} Berlin`);
  // Clicking elsewhere (the gap between the two boxes) ends the edit and the
  // box wraps the new text again.
  const job = await control(app, 'job.text');
  await app.page.mouse.click((box.x + box.w + job.x) / 2, box.y + box.h / 2);
  await app.settle();
  assert.equal((await state(app)).wrapped.resume.lines, wrapped.resume.lines);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a resume longer than its box scrolls with the mouse wheel inside the box', async () => {
  const app = await openWithClipboard();
  const lines = Array.from({ length: 80 }, (_, i) => `Line ${i + 1}: shipped roadmap item ${i + 1} on time`);
  await pasteText(app, lines.join('\n'));
  const box = await control(app, 'resume.text');
  const region = { x: box.x + 2, y: box.y + 2, width: box.w - 4, height: box.h - 4 };
  const before = await app.page.screenshot({ clip: region });
  await app.page.mouse.move(box.x + box.w / 2, box.y + box.h / 2);
  // Emscripten's GLFW hands ImGui the browser's raw deltaY, whose sign is
  // the opposite of ImGui's wheel convention: try both ways and require that
  // the text moved.
  const shots = [];
  for (const deltaY of [300, -600]) {
    await app.page.mouse.wheel(0, deltaY);
    await app.settle();
    shots.push(await app.page.screenshot({ clip: region }));
  }
  assert.ok(shots.some((shot) => !shot.equals(before)), 'the wheel did not scroll the text');
  assert.equal((await control(app, 'resume.text')).y, box.y, 'the page scrolled instead of the box');
  await app.screenshot('app-wrapped-input-scrolled');
  await app.close();
});
