#!/usr/bin/env node
// A PDF's text as positioned items (docs/pdf-items.md) for the engine's
// PDF reader, on the command line: the same module (web/pdf/pdf-import.js)
// and the same pdfjs-dist version as the page's PDF import.
//   node tools/pdf-to-items.mjs cv.pdf [-o cv.pdfitems.json]
// Writes the JSON to stdout without -o. Exit status 1 with one line on stderr
// when the file cannot be read as a PDF.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isPdf, pdfToItemsJson } from '../web/pdf/pdf-import.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { output: { type: 'string', short: 'o' } },
});
if (positionals.length !== 1) {
  console.error('usage: node tools/pdf-to-items.mjs file.pdf [-o items.json]');
  process.exit(2);
}
const file = positionals[0];
try {
  const bytes = await readFile(file);
  if (!isPdf(bytes)) throw new Error('not a PDF file (it does not start with %PDF-)');
  const json = await pdfToItemsJson(bytes);
  if (values.output) await writeFile(values.output, json);
  else process.stdout.write(json + '\n');
} catch (error) {
  console.error(`pdf-to-items: ${file}: ${error.message || error}`);
  process.exit(1);
}
