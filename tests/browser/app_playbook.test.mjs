// From "I have a resume and a job" to an exported playbook, the way a user
// does it: paste, drop or open the resume, see what was read, generate,
// move through the sections, answer a blank, reload, export every format.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_DIR, launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import {
  STORAGE, clickControl, control, download, goToSection, openExamplePlaybook, pressControl, state, waitForState,
} from './app_hook.mjs';
import { printToPdf, singleColumnHtml } from './fixture_pdfs.mjs';

const FIXTURES = path.join(REPO_DIR, 'tests/fixtures');
const fixture = (rel) => readFile(path.join(FIXTURES, rel));

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

// Drops files on the page at (x, y) the way the browser does: dragover, then drop.
async function dropFile(app, { name, bytes, type = '' }, x, y) {
  await app.page.evaluate(async ({ name, base64, type, x, y }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name, { type }));
    const target = document.elementFromPoint(x, y);
    const options = { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true };
    target.dispatchEvent(new DragEvent('dragover', options));
    await new Promise(requestAnimationFrame);
    target.dispatchEvent(new DragEvent('drop', options));
  }, { name, base64: bytes.toString('base64'), type, x, y });
}

test('a resume pasted with Ctrl+V is read at once: name, positions and skills', async () => {
  const app = await openApp(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
  const resume = (await fixture('seed-case/resume.txt')).toString();
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), resume);
  await app.page.keyboard.press('Control+V');
  await waitForState(app, () => window.__ip.state().resume_read?.ok === true);
  const read = (await state(app)).resume_read;
  assert.equal(read.name, 'JORDAN M. CHEN');
  assert.equal(read.positions.length, 3);
  assert.match(read.positions[0], /Senior Software Engineer, Microsoft/);
  assert.ok(read.skills >= 10, `only ${read.skills} skills found`);
  // "What we read" lists it all in a dialog.
  await pressControl(app, 'resume.details');
  assert.ok(await control(app, 'details.close'), 'the details dialog did not open');
  await app.screenshot('app-what-we-read');
  await pressControl(app, 'details.close');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a .docx dropped anywhere becomes the resume; a .txt dropped on the job card, the job', async () => {
  const app = await openApp(browser, server);
  const docx = await fixture('resumes/elena-voss.docx');
  await dropFile(app, { name: 'elena-voss.docx', bytes: docx }, 640, 120);
  await waitForState(app, () => window.__ip.state().resume_read?.ok === true);
  let s = await state(app);
  assert.equal(s.resume_read.name, 'Elena Voss');
  assert.equal(s.inputs.resume_filename, 'elena-voss.docx');
  assert.equal(s.inputs.resume_from_file, true, 'the .docx itself should be kept for the engine');
  assert.ok(s.inputs.resume_chars > 500, 'the text read from the .docx is shown for checking');

  const jobCard = await control(app, 'job.text');
  const job = await fixture('jobs/meta-frontend-engineer.txt');
  await dropFile(app, { name: 'meta-frontend.txt', bytes: job, type: 'text/plain' },
    jobCard.x + jobCard.w / 2, jobCard.y + jobCard.h / 2);
  await waitForState(app, () => window.__ip.state().job_read?.ok === true);
  s = await state(app);
  assert.equal(s.inputs.job_filename, 'meta-frontend.txt');
  assert.equal(s.resume_read.name, 'Elena Voss', 'dropping the job must not replace the resume');
  assert.equal(s.inputs.company, s.job_read.company, 'the company is filled in from the job description');
  assert.ok(s.job_read.requirements > 3);
  await app.screenshot('app-dropped-files');

  await pressControl(app, 'generate');
  await waitForState(app, () => window.__ip.state().screen === 'playbook');
  assert.equal((await state(app)).playbook.candidate, 'Elena Voss');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a PDF resume opened with the file picker is read through pdf.js', async () => {
  const pdf = await printToPdf(browser, singleColumnHtml((await fixture('resumes/kevin-park.txt')).toString()));
  const app = await openApp(browser, server);
  const chooser = app.page.waitForEvent('filechooser');
  await pressControl(app, 'resume.open');
  await (await chooser).setFiles({ name: 'kevin-park.pdf', mimeType: 'application/pdf', buffer: pdf });
  await waitForState(app, () => window.__ip.state().resume_read?.ok === true, null, 30000);
  const s = await state(app);
  const labels = JSON.parse(await fixture('resumes/kevin-park.labels.json'));
  assert.equal(s.resume_read.name, labels.name);
  assert.equal(s.inputs.resume_filename, 'kevin-park.pdf');
  assert.equal(s.inputs.resume_from_file, true);
  assert.ok(s.resume_read.positions.length >= 2);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('the example generates a playbook and every section is reachable from the navigation', async () => {
  const app = await openApp(browser, server);
  const s = await openExamplePlaybook(app);
  assert.equal(s.playbook.company, 'Amazon');
  assert.ok(s.playbook.score > 0 && s.playbook.score <= 100);
  assert.equal(s.playbook.stories > 3, true);
  assert.equal(s.playbook.questions, 12);
  assert.equal(s.section, 1);
  await app.screenshot('app-section-01');
  for (let n = 2; n <= 10; n++) {
    await goToSection(app, n);
    const now = await state(app);
    assert.equal(now.section, n);
    if ([2, 3, 5, 6, 9, 10].includes(n)) await app.screenshot(`app-section-${String(n).padStart(2, '0')}`);
  }
  // "Next" at the end of a section leads on; the 30-minute path links to sections.
  await goToSection(app, 1);
  await clickControl(app, 'next');
  assert.equal((await state(app)).section, 2);
  await clickControl(app, 'path:0');
  assert.equal((await state(app)).section, 2, 'the first step of the 30-minute path is section 2');
  // A question card expands.
  await goToSection(app, 6);
  const question = (await state(app)).controls.find((c) => c.id.startsWith('question:'));
  await pressControl(app, question.id);
  assert.deepEqual((await state(app)).open_cards, [question.id]);
  await app.screenshot('app-question-open');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('an answered blank survives a reload and goes into every export', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await goToSection(app, 5);
  const blank = (await state(app)).controls.find((c) => c.id.startsWith('blank:'));
  const prompt = blank.id.slice('blank:'.length);
  await app.page.mouse.click(blank.x + blank.w / 2, blank.y + blank.h / 2);
  await app.settle();
  assert.equal((await state(app)).editing, prompt, 'the answer field did not open in place');
  await app.screenshot('app-answer-editor');
  const answer = 'Checkout p99 reached 900 ms at the holiday peak';
  await app.page.keyboard.type(answer);
  await app.page.keyboard.press('Enter');
  await app.settle();
  let s = await state(app);
  assert.equal(s.editing, '');
  assert.equal(s.playbook.answered, 1);
  await waitForState(app, (key) => (localStorage.getItem(key) || '').includes('holiday peak'), STORAGE.fills);

  await app.page.reload();
  await app.waitForFirstFrame();
  await waitForState(app, () => window.__ip.state().screen === 'playbook');
  s = await state(app);
  assert.equal(s.section, 5, 'the reload came back to the same section');
  assert.equal(s.playbook.answered, 1, 'the answer was lost in the reload');
  await app.screenshot('app-answer-kept');

  await pressControl(app, 'export');
  const html = await download(app, () => pressControl(app, 'export-html'));
  assert.equal(html.name, 'Jordan-Chen-Amazon-playbook.html');
  const report = html.bytes.toString();
  assert.match(report, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  assert.match(report, /Jordan M\. Chen|JORDAN M\. CHEN/);
  assert.ok(report.includes(answer), 'the report does not carry the answer');
  assert.ok(!report.includes(`[${prompt}]`) && !report.includes(`>${prompt}<`), 'the answered blank is still a blank');

  await pressControl(app, 'export');
  const handout = await download(app, () => pressControl(app, 'export-handout'));
  assert.equal(handout.name, 'Jordan-Chen-Amazon-handout.html');
  assert.match(handout.bytes.toString(), /Content-Security-Policy/);

  await pressControl(app, 'export');
  const png = await download(app, () => pressControl(app, 'export-png'));
  assert.equal(png.name, 'Jordan-Chen-Amazon-handout.png');
  const image = await app.imageStats(png.bytes);
  assert.deepEqual([image.width, image.height], [816 * 2, 1056 * 2], 'US Letter at twice the screen scale');
  assert.ok(image.stddev > 10, 'the handout image is blank');

  await pressControl(app, 'export');
  const json = await download(app, () => pressControl(app, 'export-json'));
  assert.equal(json.name, 'Jordan-Chen-Amazon-playbook.json');
  const doc = JSON.parse(json.bytes.toString());
  assert.equal(doc.schema, 'playbook/1');
  const spans = doc.stories.flatMap((st) => [...st.situation, ...st.task, ...st.action, ...st.result]);
  assert.ok(spans.some((sp) => sp.kind === 'plain' && sp.text === answer), 'the answer is not a plain span');
  assert.ok(!spans.some((sp) => sp.kind === 'fill' && sp.text === prompt), 'the answered blank is still a fill span');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('a regenerated playbook keeps the answers (they are keyed by content, not position)', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await goToSection(app, 5);
  const blank = (await state(app)).controls.find((c) => c.id.startsWith('blank:'));
  await clickControl(app, blank.id);
  await app.page.keyboard.type('Two regions were paging every night');
  await app.page.keyboard.press('Enter');
  await app.settle();
  // Change an input that reorders nothing the answer hangs on: a news note.
  await pressControl(app, 'edit-inputs');
  await pressControl(app, 'news');
  await app.page.keyboard.type('Amazon just opened a new search lab in Seattle');
  await pressControl(app, 'generate');
  await waitForState(app, () => window.__ip.state().screen === 'playbook' && !window.__ip.state().generating);
  const s = await state(app);
  assert.equal(s.inputs.news, 'Amazon just opened a new search lab in Seattle');
  assert.equal(s.playbook.answered, 1);
  assert.equal(s.section, 5, 'regenerating stays on the section');
  await app.close();
});

test('a failed generation keeps everything typed and shows the engine\'s message', async () => {
  const app = await openApp(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
  const binary = '\u0001\u0002'.repeat(10);
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), binary);
  await app.page.keyboard.press('Control+V');
  await app.page.evaluate(() => navigator.clipboard.writeText('Data analyst wanted.'));
  await app.page.keyboard.press('Control+V');
  await app.settle();
  await pressControl(app, 'generate');
  await waitForState(app, () => !window.__ip.state().generating && window.__ip.state().error !== '', null, 20000);
  const s = await state(app);
  assert.equal(s.screen, 'start');
  assert.ok(s.error.length > 10, 'no readable message');
  const saved = JSON.parse(await app.storedValue(STORAGE.inputs));
  assert.equal(saved.job, 'Data analyst wanted.');
  assert.equal(await app.storedValue(STORAGE.generating), null, 'the crash marker stayed behind');
  await app.screenshot('app-generation-failed');
  await app.close();
});

test('after a crash while generating, the reload keeps the inputs and does not retry', async () => {
  const app = await openApp(browser, server);
  const resume = (await fixture('seed-case/resume.txt')).toString();
  // What the page holds after the tab died inside the engine: inputs saved,
  // the "generating" marker never removed.
  await app.page.evaluate(({ keys, resume }) => {
    localStorage.setItem(keys.inputs, JSON.stringify({ resume, job: 'Site Reliability Engineer at Example' }));
    localStorage.setItem(keys.view, JSON.stringify({ screen: 'playbook', section: 3 }));
    localStorage.setItem(keys.generating, '1');
  }, { keys: STORAGE, resume });
  await app.page.reload();
  await app.waitForFirstFrame();
  await app.settle(8);
  const s = await state(app);
  assert.equal(s.screen, 'start');
  assert.equal(s.generating, false);
  assert.match(s.error, /stopped unexpectedly/);
  assert.equal(s.inputs.resume_chars, Buffer.byteLength(resume));
  assert.equal(await app.storedValue(STORAGE.generating), null);
  await app.close();
});
