// PDF import: loads pdf.js on first use -- never before a PDF is opened --
// and turns a PDF into the engine's positioned-text items (pdf-items.js).
//   In the page: pdf.js from ./pdfjs/ (copied from pdfjs-dist at build time
//     and precached by the service worker, so import works offline).
//   Under Node: the same pdfjs-dist version from node_modules (legacy build,
//     the one pdf.js supports on Node); tools/pdf-to-items.mjs uses this.
import { extractPdfItems } from './pdf-items.js';

const IS_NODE = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

let pdfjsPromise = null;

async function loadPdfjs() {
  if (IS_NODE) return import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjs = await import('./pdfjs/pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('./pdfjs/pdf.worker.min.mjs', import.meta.url).href;
  return pdfjs;
}

// The pdf.js module, loaded once.
export function pdfjsLibrary() {
  if (!pdfjsPromise) {
    pdfjsPromise = loadPdfjs().catch((error) => {
      pdfjsPromise = null;  // a failed load (say, offline before caching) may be retried
      throw error;
    });
  }
  return pdfjsPromise;
}

export function isPdf(bytes) {
  const head = new Uint8Array(bytes instanceof ArrayBuffer ? bytes : bytes.buffer, bytes.byteOffset || 0,
    Math.min(1024, bytes.byteLength));
  // "%PDF-" may follow a little junk; readers accept it within the first KB.
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 &&
        head[i + 4] === 0x2d) return true;
  }
  return false;
}

// {format: "pdf-items/1", pages: [...]} for a PDF's bytes.
export async function pdfToItems(bytes) {
  return extractPdfItems(await pdfjsLibrary(), bytes);
}

// The same as JSON text, ready for the engine's readers.
export async function pdfToItemsJson(bytes) {
  return JSON.stringify(await pdfToItems(bytes));
}
