// pdf.js for the page's PDF import, copied from the installed pdfjs-dist
// (the version package-lock.json pins, the same the command line uses) to
// pdf/pdfjs/ in the site. web/pdf/pdf-import.js loads it on first use.
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const FILES = ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE'];

export async function copyPdfjs(siteDir) {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const target = path.join(siteDir, 'pdf/pdfjs');
  await mkdir(target, { recursive: true });
  const written = [];
  for (const file of FILES) {
    await copyFile(path.join(packageDir, file), path.join(target, path.basename(file)));
    written.push(`pdf/pdfjs/${path.basename(file)}`);
  }
  return written;
}
