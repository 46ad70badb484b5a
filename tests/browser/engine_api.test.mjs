// The headless engine API (web/engine.js over playbook-engine.wasm): a page
// under the app's CSP generates a playbook/1 document from fixture resumes in
// every file form, exports it in every format, explains bad input -- and
// Node, running the same module, produces the same bytes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SITE_DIR, launchBrowser, startSiteServer } from './app_harness.mjs';
import {
  PNG_SIGNATURE, TODAY, callEngine, engineCall, fixtureFile, fixtureText, fold, openEnginePage,
} from './engine_page.mjs';

let browser;
let server;
let app;
before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  app = await openEnginePage(browser, server);
});
after(async () => {
  await app?.close();
  await browser?.close();
  await server?.close();
});

const sameName = (a, b) => fold(a || '').toLowerCase() === fold(b).toLowerCase();

async function labelName(id) {
  return JSON.parse(await fixtureText(`resumes/${id}.labels.json`)).name;
}

async function seedInputs() {
  return {
    resume: await fixtureText('resumes/seed-jordan-chen.txt'),
    job: await fixtureText('jobs/seed-amazon-sde2.txt'),
    company: 'Amazon',
    role: 'Software Development Engineer II',
    today: TODAY,
  };
}

test('generate turns pasted text into a playbook/1 document', async () => {
  const doc = await engineCall(app.page, 'generate', await seedInputs());
  assert.equal(doc.schema, 'playbook/1');
  assert.equal(doc.generated, TODAY);
  assert.ok(sameName(doc.candidate.name, await labelName('seed-jordan-chen')), `candidate: ${doc.candidate.name}`);
  assert.equal(doc.job.company, 'Amazon');
  for (const key of ['fit', 'pitch', 'stories', 'questions', 'questions_to_ask', 'plan', 'cheat_sheet']) {
    assert.ok(key in doc, `the document has no "${key}"`);
  }
  assert.ok(Number.isInteger(doc.fit.score) && doc.fit.score >= 0 && doc.fit.score <= 100);
  assert.deepEqual(app.consoleErrors, []);
});

test('generate reads .docx, JSON Resume, Markdown and positioned-items files given as {name, bytes}', async () => {
  const job = await fixtureText('jobs/google-swe-l3.txt');
  for (const [id, file] of [
    ['elena-voss', 'resumes/elena-voss.docx'],
    ['tomas-herrera', 'resumes/tomas-herrera.json'],
    ['priya-raman', 'resumes/priya-raman.md'],
    ['daniel-okafor', 'resumes/daniel-okafor.pdfitems.json'],
  ]) {
    const doc = await engineCall(app.page, 'generate', { resume: await fixtureFile(file), job, today: TODAY });
    assert.equal(doc.schema, 'playbook/1', file);
    assert.ok(sameName(doc.candidate.name, await labelName(id)), `${file}: candidate "${doc.candidate.name}"`);
  }
});

test('render exports the report, the handout, Markdown, PNG and JSON', async () => {
  const doc = await engineCall(app.page, 'generate', await seedInputs());
  const html = await engineCall(app.page, 'render', 'html', doc);
  assert.match(html, /^<!doctype html>/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy"/i);
  assert.doesNotMatch(html, /<script/i);
  assert.ok(fold(html).includes('Microsoft'), 'the report does not mention the resume\'s employer');

  const handout = await engineCall(app.page, 'render', 'handout-html', doc);
  assert.match(handout, /<meta http-equiv="Content-Security-Policy"/i);

  const md = await engineCall(app.page, 'render', 'md', doc);
  assert.ok(md.length > 200, 'Markdown export is nearly empty');
  assert.match(md, /^#/m);

  const json = JSON.parse(await engineCall(app.page, 'render', 'json', doc));
  assert.deepEqual(json, doc);

  const png = await engineCall(app.page, 'render', 'png', doc, { scale: 1 });
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
  const stats = await app.imageStats(png);
  // US Letter at 1x: 8.5 x 11 in at 96 px/in, give or take rounding.
  assert.ok(stats.width > 700 && stats.height > stats.width, `handout size ${stats.width}x${stats.height}`);
  assert.ok(stats.stddev > 5, 'the handout PNG is blank');

  // A JSON string works as well as the object.
  assert.equal(await engineCall(app.page, 'render', 'md', JSON.stringify(doc)), md);
  assert.deepEqual(app.consoleErrors, []);
});

test('bad input is explained, never a crash', async () => {
  const inputs = await seedInputs();
  const empty = await callEngine(app.page, 'generate', { ...inputs, resume: '' });
  assert.equal(empty.name, 'PlaybookError');
  assert.match(empty.error, /^Resume/);

  const badDate = await callEngine(app.page, 'generate', { ...inputs, today: 'yesterday' });
  assert.match(badDate.error, /today/);

  const notPdf = await callEngine(app.page, 'generate',
    { ...inputs, resume: { name: 'cv.pdf', base64: Buffer.from('%PDF-1.7 broken').toString('base64') } });
  assert.equal(notPdf.name, 'PlaybookError');
  assert.match(notPdf.error, /cv\.pdf/);

  const binary = await callEngine(app.page, 'generate',
    { ...inputs, resume: { name: 'photo.png', base64: PNG_SIGNATURE.toString('base64') } });
  assert.equal(binary.name, 'PlaybookError');

  const unknown = await callEngine(app.page, 'render', 'docx', { schema: 'playbook/1' });
  assert.match(unknown.error, /unknown export format/);
  const notDoc = await callEngine(app.page, 'render', 'html', { hello: 1 });
  assert.match(notDoc.error, /playbook/);

  // The engine still works after all of that.
  const doc = await engineCall(app.page, 'generate', inputs);
  assert.equal(doc.schema, 'playbook/1');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(await app.page.evaluate(() => window.cspViolations), []);
});

test('the same module under Node gives the same document, byte for byte', async () => {
  const { InterviewPlaybook } = await import(pathToFileURL(path.join(SITE_DIR, 'engine.js')).href);
  const inputs = await seedInputs();
  const inNode = await InterviewPlaybook.generate(inputs);
  const inBrowser = await engineCall(app.page, 'generate', inputs);
  assert.equal(JSON.stringify(inNode), JSON.stringify(inBrowser));
  const png = await InterviewPlaybook.render('png', inNode, { scale: 1 });
  assert.ok(png instanceof Uint8Array);
  assert.deepEqual(Buffer.from(png.subarray(0, 8)), PNG_SIGNATURE);
  await assert.rejects(InterviewPlaybook.generate({ ...inputs, job: '' }), { name: 'PlaybookError' });
});

// FNV-1a 64 of the bytes, as tests/engine/render/test_render_pdf.cpp writes
// it into tests/fixtures/golden/pdf-digests.txt.
function fnv1a64(bytes) {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

test('render makes the report and the handout as PDF, and pdf.js (the copy the app ships) opens them', async () => {
  const doc = await engineCall(app.page, 'generate', await seedInputs());
  const report = await engineCall(app.page, 'render', 'pdf', doc);
  const handout = await engineCall(app.page, 'render', 'handout-pdf', doc, { a4: true });
  assert.equal(report.subarray(0, 8).toString(), '%PDF-1.7');
  assert.ok(handout.includes('/MediaBox [0 0 595.276 841.89]'));
  const opened = await app.page.evaluate(async ({ reportB64, handoutB64 }) => {
    const pdfjs = await import(new URL('pdf/pdfjs/pdf.min.mjs', document.baseURI).href);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf/pdfjs/pdf.worker.min.mjs', document.baseURI).href;
    const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const text = async (pdf, n) => (await (await pdf.getPage(n)).getTextContent()).items.map((i) => i.str).join(' ');
    const pdf = await pdfjs.getDocument({ data: bytes(reportB64), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const outline = (await pdf.getOutline()) || [];
    const links = (await (await pdf.getPage(1)).getAnnotations()).filter((a) => a.subtype === 'Link');
    const one = await pdfjs.getDocument({ data: bytes(handoutB64), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    return {
      pages: pdf.numPages, outline: outline.map((o) => o.title), links: links.length,
      first: await text(pdf, 1), third: await text(pdf, 3), handoutPages: one.numPages, handout: await text(one, 1),
    };
  }, { reportB64: report.toString('base64'), handoutB64: handout.toString('base64') });
  assert.ok(opened.pages > 10, `${opened.pages} pages`);
  assert.equal(opened.outline.length, 10);
  assert.equal(opened.outline[0], '1. Your prep starts here');
  assert.equal(opened.links, 10, 'the contents links');
  assert.match(fold(opened.first), /Interview playbook: (Jordan M\. Chen|JORDAN M\. CHEN)/);
  assert.match(fold(opened.third), /Where you stand/);
  assert.equal(opened.handoutPages, 1);
  assert.match(fold(opened.handout), /Learn/);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(await app.page.evaluate(() => window.cspViolations), []);
});

test('the PDFs from WebAssembly are byte for byte the native build\'s (golden digests)', async () => {
  const { InterviewPlaybook } = await import(pathToFileURL(path.join(SITE_DIR, 'engine.js')).href);
  const doc = await fixtureText('render/seed-playbook.json');
  const golden = Object.fromEntries((await fixtureText('golden/pdf-digests.txt')).trim().split('\n')
    .map((line) => line.split(' ')).map(([name, size, digest]) => [name, { size: Number(size), digest }]));
  const made = {
    'report-letter': await InterviewPlaybook.render('pdf', doc),
    'report-a4': await InterviewPlaybook.render('pdf', doc, { a4: true }),
    'handout-letter': await InterviewPlaybook.render('handout-pdf', doc),
    'handout-a4': await InterviewPlaybook.render('handout-pdf', doc, { a4: true }),
  };
  assert.deepEqual(Object.keys(made).sort(), Object.keys(golden).sort());
  for (const [name, bytes] of Object.entries(made)) {
    assert.ok(bytes instanceof Uint8Array, name);
    assert.deepEqual({ size: bytes.length, digest: fnv1a64(bytes) }, golden[name], name);
  }
  const info = await InterviewPlaybook.ready();
  assert.deepEqual(info.exports.map((e) => e.id), info.formats);
  assert.deepEqual(info.exports.find((e) => e.id === 'pdf'), { id: 'pdf', type: 'application/pdf', binary: true });
});
