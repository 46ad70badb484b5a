// PDF import: fixture resumes printed to PDF by Chromium, in one column and
// in two, read back through pdf.js and the engine's positioned-text reader,
// in the page and on the command line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_DIR, launchBrowser, startSiteServer } from './app_harness.mjs';
import {
  TODAY, bytesFile, callEngine, engineCall, fixtureText, fold, openEnginePage, pathsOf,
} from './engine_page.mjs';
import { printToPdf, resumeSections, singleColumnHtml, twoColumnHtml } from './fixture_pdfs.mjs';

const run = promisify(execFile);

// Fixture resumes, the job to generate against, and the sections that go
// to the sidebar in the two-column print.
const CASES = [
  { id: 'seed-jordan-chen', job: 'jobs/seed-amazon-sde2.txt', sidebar: ['EDUCATION', 'SKILLS'] },
  { id: 'grace-nwosu', job: 'jobs/kaiser-icu-rn.txt', sidebar: ['LICENSES AND CERTIFICATIONS', 'EDUCATION', 'SKILLS'] },
];

let browser;
let server;
let app;
let tmp;
before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ip-pdf-'));
  for (const c of CASES) {
    c.text = await fixtureText(`resumes/${c.id}.txt`);
    c.name = JSON.parse(await fixtureText(`resumes/${c.id}.labels.json`)).name;
    c.onePdf = await printToPdf(browser, singleColumnHtml(c.text));
    c.twoPdf = await printToPdf(browser, twoColumnHtml(c.text, c.sidebar));
    await writeFile(path.join(tmp, `${c.id}-one-column.pdf`), c.onePdf);
    await writeFile(path.join(tmp, `${c.id}-two-column.pdf`), c.twoPdf);
  }
  app = await openEnginePage(browser, server);
});
after(async () => {
  await app?.close();
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// Text compared on what reading order decides: whitespace folded, bullet
// glyphs left out (the engine normalizes them) and hyphens ignored (a
// compound word wrapped at its hyphen may be rejoined either way; that is
// the line-joining rules' business, not reading order's).
const compareKey = (text) => fold(text.replace(/^\s*[•*▪◦➢-]\s+/gm, '').replace(/-/g, ''));

// Where each line occurs in the text; -1 when missing.
function positions(text, lines) {
  const folded = compareKey(text);
  const lineKey = compareKey;
  let from = 0;
  return lines.map((line) => {
    const at = folded.indexOf(lineKey(line), from);
    if (at >= 0) from = at;
    return at >= 0 ? at : folded.indexOf(lineKey(line));
  });
}

const linesOf = (sections) => sections.flatMap((s) => [s.heading, ...s.lines]);

function assertInOrder(text, lines, what) {
  const at = positions(text, lines);
  const missing = lines.filter((_, i) => at[i] < 0);
  assert.deepEqual(missing, [], `${what}: lines missing from the text`);
  for (let i = 1; i < at.length; i++) {
    assert.ok(at[i] > at[i - 1], `${what}: "${lines[i]}" comes before "${lines[i - 1]}"`);
  }
  return at;
}

const sameName = (a, b) => fold(a).toLowerCase() === fold(b).toLowerCase();

test('pdf.js is loaded only when a PDF is opened', async () => {
  assert.deepEqual(pathsOf(app.requests).filter((p) => p.startsWith('/pdf/pdfjs/')), []);
  const read = await engineCall(app.page, 'readText', bytesFile('cv.pdf', CASES[0].onePdf));
  assert.equal(read.format, 'pdf-items');
  const loaded = pathsOf(app.requests).filter((p) => p.startsWith('/pdf/pdfjs/'));
  assert.ok(loaded.includes('/pdf/pdfjs/pdf.min.mjs'), `pdf.js not loaded: ${loaded}`);
  assert.ok(loaded.includes('/pdf/pdfjs/pdf.worker.min.mjs'), `pdf.js worker not loaded: ${loaded}`);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(await app.page.evaluate(() => window.cspViolations), []);
});

for (const c of CASES) {
  test(`${c.id}: a one-column PDF comes out line by line, in order`, async () => {
    const read = await engineCall(app.page, 'readText', bytesFile('cv.pdf', c.onePdf));
    const { header, sections } = resumeSections(c.text);
    assertInOrder(read.text, [...header, ...linesOf(sections)], 'one column');

    const doc = await engineCall(app.page, 'generate',
      { resume: bytesFile('cv.pdf', c.onePdf), job: await fixtureText(c.job), today: TODAY });
    assert.equal(doc.schema, 'playbook/1');
    assert.ok(sameName(doc.candidate.name, c.name), `candidate "${doc.candidate.name}"`);
  });

  test(`${c.id}: a two-column PDF comes out in reading order: header, sidebar, then the main column`, async () => {
    const read = await engineCall(app.page, 'readText', bytesFile('cv.pdf', c.twoPdf));
    const { header, sections } = resumeSections(c.text);
    const sidebar = linesOf(sections.filter((s) => c.sidebar.includes(s.heading)));
    const main = linesOf(sections.filter((s) => !c.sidebar.includes(s.heading)));
    const atHeader = assertInOrder(read.text, header, 'header');
    const atSidebar = assertInOrder(read.text, sidebar, 'sidebar');
    const atMain = assertInOrder(read.text, main, 'main column');
    // Not interleaved: each column is one uninterrupted run.
    assert.ok(Math.max(...atHeader) < Math.min(...atSidebar), 'the header is not first');
    assert.ok(Math.max(...atSidebar) < Math.min(...atMain), `the columns are interleaved:\n${read.text}`);

    const doc = await engineCall(app.page, 'generate',
      { resume: bytesFile('cv.pdf', c.twoPdf), job: await fixtureText(c.job), today: TODAY });
    assert.ok(sameName(doc.candidate.name, c.name), `candidate "${doc.candidate.name}"`);
    assert.deepEqual(app.consoleErrors, []);
  });
}

test('a damaged PDF or one far too long for a resume is refused with a message', async () => {
  const pages = Array.from({ length: 31 }, (_, i) => `<p style="break-after: page">Page ${i + 1}</p>`).join('');
  const long = await printToPdf(browser, `<!doctype html><body>${pages}</body>`);
  const job = await fixtureText(CASES[0].job);
  const tooLong = await callEngine(app.page, 'generate', { resume: bytesFile('book.pdf', long), job, today: TODAY });
  assert.equal(tooLong.name, 'PlaybookError');
  assert.match(tooLong.error, /book\.pdf .*31 pages/);
  const cut = await callEngine(app.page, 'generate',
    { resume: bytesFile('cut.pdf', CASES[0].onePdf.subarray(0, 400)), job, today: TODAY });
  assert.equal(cut.name, 'PlaybookError');
  assert.match(cut.error, /cut\.pdf could not be read as a PDF/);
  assert.deepEqual(app.consoleErrors, []);
});

test('the command line turns a PDF into the same items as the page', async () => {
  for (const c of CASES) {
    for (const [layout, pdf] of [['one-column', c.onePdf], ['two-column', c.twoPdf]]) {
      const file = path.join(tmp, `${c.id}-${layout}.pdf`);
      const { stdout } = await run(process.execPath, [path.join(REPO_DIR, 'tools/pdf-to-items.mjs'), file],
        { maxBuffer: 64 << 20 });
      const fromNode = JSON.parse(stdout);
      assert.equal(fromNode.format, 'pdf-items/1');
      assert.ok(fromNode.pages[0].items.length > 20, `${file}: only ${fromNode.pages[0].items.length} items`);
      const fromPage = await app.page.evaluate(async (b64) => {
        const { pdfToItems } = await import(new URL('pdf/pdf-import.js', document.baseURI).href);
        return pdfToItems(Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0)));
      }, pdf.toString('base64'));
      assert.deepEqual(fromNode, fromPage, `${file}: the page and the command line disagree`);
    }
  }
  await assert.rejects(run(process.execPath, [path.join(REPO_DIR, 'tools/pdf-to-items.mjs'), path.join(REPO_DIR, 'package.json')]),
    (error) => error.code === 1 && /not a PDF/.test(error.stderr));
});

test('tools/playbook --resume cv.pdf reads the PDF through the same path', async (t) => {
  const wrapper = path.join(REPO_DIR, 'tools/playbook');
  if (!existsSync(wrapper)) {
    t.skip('tools/playbook does not exist yet');
    return;
  }
  const c = CASES[0];
  const out = path.join(tmp, 'playbook.json');
  await run(wrapper, ['--resume', path.join(tmp, `${c.id}-two-column.pdf`), '--job', path.join(REPO_DIR, 'tests/fixtures', c.job),
    '--today', TODAY, '--format', 'json', '--out', out], { cwd: REPO_DIR, maxBuffer: 64 << 20 });
  const doc = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(doc.schema, 'playbook/1');
  assert.ok(sameName(doc.candidate.name, c.name), `candidate "${doc.candidate.name}"`);

  // The same reading as the page's, from the same PDF: the candidate is
  // the part of the document that comes from the PDF.
  const inPage = await engineCall(app.page, 'generate',
    { resume: bytesFile(`${c.id}-two-column.pdf`, c.twoPdf), job: await fixtureText(c.job), today: TODAY });
  assert.deepEqual(doc.candidate, inPage.candidate);

  const broken = path.join(tmp, 'broken.pdf');
  await writeFile(broken, 'this is not a PDF');
  await assert.rejects(run(wrapper, ['--resume', broken, '--job', path.join(REPO_DIR, 'tests/fixtures', c.job)], { cwd: REPO_DIR }),
    (error) => error.code === 2 && /broken\.pdf: not a PDF/.test(error.stderr));
});
