// A PDF's text as positioned items (docs/pdf-items.md, "pdf-items/1"), read
// with pdf.js. The engine rebuilds lines, columns and reading order from
// these positions (src/parse/pdf_items.cpp). One module for both routes: the
// page (through pdf-import.js) and the command line (tools/pdf-to-items.mjs)
// pass in the pdf.js library they loaded, so both produce the same items.

export const PDF_ITEMS_FORMAT = 'pdf-items/1';

// A resume is a few pages; a book-length PDF is refused up front rather
// than read for minutes (the engine caps the items it accepts anyway).
export const MAX_PAGES = 30;

// pdf.js options for text extraction only: no eval (the page's CSP forbids
// it), no fonts installed into the document, no console chatter.
const DOCUMENT_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
};

// a·b for 2D affine matrices [a, b, c, d, e, f], as pdf.js writes them.
function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const round = (v) => Math.round(v * 100) / 100;

// The font behind a text item: its PostScript name and pdf.js's bold flag.
// Only loaded fonts carry their real name (getTextContent's styles give a
// generic family), hence the operator list in pageItems.
function fontInfo(page, fontName) {
  try {
    if (page.commonObjs.has(fontName)) {
      const font = page.commonObjs.get(fontName);
      return { name: font.name || fontName, bold: font.bold === true };
    }
  } catch {
    // A font pdf.js could not load: the item keeps the internal name.
  }
  return { name: fontName, bold: false };
}

// One page's items in PDF points, origin bottom-left, y up. Rotated pages
// (/Rotate) and page boxes not at the origin are mapped through the
// viewport, so the engine always sees the page as a reader does.
async function pageItems(page) {
  const viewport = page.getViewport({ scale: 1 });
  const [content] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  // Viewport space is y-down; flip it back to y-up.
  const toPage = multiply([1, 0, 0, -1, 0, viewport.height], viewport.transform);
  const items = [];
  for (const item of content.items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const t = multiply(toPage, item.transform).map(round);
    const font = fontInfo(page, item.fontName);
    const out = {
      str: item.str, x: t[4], y: t[5], w: round(item.width),
      h: round(item.height || Math.hypot(t[2], t[3])), font: font.name, transform: t,
    };
    // Only a certain "bold" is sent: without it the engine still guesses
    // from the font name ("Calibri-Bold").
    if (font.bold) out.bold = true;
    items.push(out);
  }
  return { width: round(viewport.width), height: round(viewport.height), items };
}

// `pdfjs` is the pdf.js library module; `bytes` the PDF file (Uint8Array or
// ArrayBuffer; it is copied, pdf.js may transfer what it is given). Resolves
// to {format: "pdf-items/1", pages: [...]}; rejects with pdf.js's error for
// a damaged or password-protected file.
export async function extractPdfItems(pdfjs, bytes) {
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes.slice(0)) : new Uint8Array(bytes);
  const task = pdfjs.getDocument({ ...DOCUMENT_OPTIONS, data });
  const pdf = await task.promise;
  try {
    if (pdf.numPages > MAX_PAGES) {
      throw new Error(`the PDF has ${pdf.numPages} pages; a resume of up to ${MAX_PAGES} pages can be read`);
    }
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push(await pageItems(page));
      page.cleanup();
    }
    return { format: PDF_ITEMS_FORMAT, pages };
  } finally {
    await task.destroy();
  }
}
