// The PDFs made by real generators (tests/fixtures/real/pdf, make_pdfs.py)
// are read by the engine's tests through committed pdf.js items, so that
// `make test` needs neither TeX nor LibreOffice. This checks those items are
// what the product's pdf.js path (web/pdf/pdf-import.js, as the app and
// tools/pdf-to-items.mjs use it) gives for each committed PDF today: a
// pdfjs-dist upgrade that changes them fails here; rerun make_pdfs.py.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pdfToItemsJson } from '../../web/pdf/pdf-import.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'real', 'pdf');
const manifest = JSON.parse(await readFile(path.join(DIR, 'manifest.json'), 'utf8'));

test('the manifest lists the generated PDFs', () => {
  assert.ok(manifest.length >= 8);
  const generators = new Set(manifest.map((m) => m.generator));
  for (const g of ['pdflatex', 'xelatex', 'libreoffice', 'chromium']) assert.ok(generators.has(g), g);
});

for (const entry of manifest) {
  test(`committed pdf.js items are current: ${entry.pdf}`, async () => {
    const bytes = await readFile(path.join(DIR, entry.pdf));
    const committed = (await readFile(path.join(DIR, entry.items), 'utf8')).trim();
    assert.equal(await pdfToItemsJson(bytes), committed);
  });
}
