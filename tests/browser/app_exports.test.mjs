// The export menu's PDF, Markdown and print actions, and "Copy as Markdown"
// on a section: file names and contents (the PDFs read back with poppler's
// pdftotext, which must be installed: tools/setup installs poppler-utils),
// the paper the browser's language suggests and the menu's choice, and the
// print dialog opened on the right document (window.print is replaced by a
// recorder in these pages).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import {
  clickControl, download, goToSection, openExamplePlaybook, pressControl, state,
} from './app_hook.mjs';

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

// pdftotext's reading of a PDF, white space folded.
async function pdfText(bytes) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ip-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const LETTER = '/MediaBox [0 0 612 792]';
const A4 = '/MediaBox [0 0 595.276 841.89]';

// Every call to window.print, with what the page showed at that moment.
function recordPrints() {
  window.__prints = [];
  window.print = () => {
    const overlay = document.getElementById('ip-overlay');
    const host = overlay && overlay.lastElementChild && overlay.lastElementChild.firstElementChild;
    const root = host && host.shadowRoot;
    const hiddenCanvas = Array.from(document.querySelectorAll('canvas')).every((c) => c.getClientRects().length === 0);
    window.__prints.push({ title: document.title, text: root ? root.textContent : '', hiddenCanvas });
    window.dispatchEvent(new Event('afterprint'));
  };
}

test('the export menu saves the report and the handout as PDF, answers included, on Letter or A4', async () => {
  const app = await openApp(browser, server, { locale: 'en-US' });
  await openExamplePlaybook(app);
  await goToSection(app, 5);
  const blank = (await state(app)).controls.find((c) => c.id.startsWith('blank:'));
  await clickControl(app, blank.id);
  const answer = 'Search latency doubled on Prime Day';
  await app.page.keyboard.type(answer);
  await app.page.keyboard.press('Enter');
  await app.settle();

  await pressControl(app, 'export');
  const report = await download(app, () => pressControl(app, 'export-pdf'));
  assert.equal(report.name, 'Jordan-Chen-Amazon-playbook.pdf');
  assert.equal(report.bytes.subarray(0, 8).toString(), '%PDF-1.7');
  assert.ok(report.bytes.includes(LETTER), 'an en-US browser gets US Letter');
  const text = await pdfText(report.bytes);
  assert.match(text, /Jordan M\. Chen|JORDAN M\. CHEN/);
  assert.ok(text.includes(answer), 'the PDF report does not carry the answer');
  assert.ok(text.indexOf('5. Your stories') < text.indexOf(answer), 'the answer is not in the stories section');

  await pressControl(app, 'export');
  await app.screenshot('app-export-menu');
  await pressControl(app, 'paper-a4');
  const handout = await download(app, () => pressControl(app, 'export-handout-pdf'));
  assert.equal(handout.name, 'Jordan-Chen-Amazon-handout.pdf');
  assert.ok(handout.bytes.includes(A4), 'the menu\'s A4 choice was not used');
  assert.match(await pdfText(handout.bytes), /Learn.*Build.*Own/);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('a browser in Germany gets A4 by default; section 9 offers the handout as PDF', async () => {
  const app = await openApp(browser, server, { locale: 'de-DE' });
  await openExamplePlaybook(app);
  await goToSection(app, 9);
  const handout = await download(app, () => pressControl(app, 'handout-pdf'));
  assert.equal(handout.name, 'Jordan-Chen-Amazon-handout.pdf');
  assert.ok(handout.bytes.includes(A4), 'a de-DE browser did not get A4');
  await app.close();
});

test('Markdown is in the export menu, and each section copies as Markdown', async () => {
  const app = await openApp(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openExamplePlaybook(app);
  await pressControl(app, 'export');
  const md = await download(app, () => pressControl(app, 'export-md'));
  assert.equal(md.name, 'Jordan-Chen-Amazon-playbook.md');
  const whole = md.bytes.toString();
  assert.match(whole, /^# Interview playbook/);

  await goToSection(app, 4);
  await pressControl(app, 'copy-md-4');
  const section = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.match(section, /^## 4\. Your story, ready to tell\n/);
  assert.ok(!section.includes('\n## 5.'), 'the copy runs into the next section');
  assert.ok(whole.includes(section.trimEnd()), 'the copied section differs from the Markdown export');
  await app.close();
});

test('print opens the print dialog on the report and on the handout, then returns to the app', async () => {
  const app = await openApp(browser, server, { initScript: recordPrints });
  await openExamplePlaybook(app);
  await pressControl(app, 'export');
  await pressControl(app, 'print-report');
  await app.page.waitForFunction(() => window.__prints.length === 1);
  let prints = await app.page.evaluate(() => window.__prints);
  assert.match(prints[0].title, /^Interview playbook/);
  assert.ok(prints[0].text.includes('Where you stand') && prints[0].text.includes('Your stories'),
    'the report was not what was printed');
  assert.ok(prints[0].hiddenCanvas, 'the app itself would have been printed');
  assert.equal(await app.page.evaluate(() => document.getElementById('ip-overlay')), null,
    'the print view did not close after printing');

  await pressControl(app, 'export');
  await pressControl(app, 'print-handout');
  await app.page.waitForFunction(() => window.__prints.length === 2);
  prints = await app.page.evaluate(() => window.__prints);
  assert.ok(/Learn/.test(prints[1].text) && !prints[1].text.includes('Where you stand'),
    'the handout was not what was printed');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});
