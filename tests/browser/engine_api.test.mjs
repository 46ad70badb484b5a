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
