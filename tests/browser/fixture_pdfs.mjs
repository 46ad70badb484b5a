// PDFs made from the fixture resumes the way people make them: an HTML page
// printed to PDF by headless Chromium (playwright's page.pdf), in one column
// or in two (a sidebar beside the experience). The tests import these and
// compare the text the engine rebuilds with the lines put on the page.

// A fixture resume's text as {header, sections: [{heading, lines}]}:
// ALL-CAPS lines are headings, lines before the first one the header.
export function resumeSections(text) {
  const header = [];
  const sections = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    if (/^[A-Z][A-Z &/]+$/.test(line.trim()) && line.trim().length > 3 && header.length) {
      sections.push({ heading: line.trim(), lines: [] });
    } else if (sections.length) {
      sections[sections.length - 1].lines.push(line);
    } else {
      header.push(line);
    }
  }
  return { header, sections };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// One line of a section: "Title — Company        City" (a run of spaces
// before a flush-right part) becomes a row with the part right-aligned, as
// a word processor lays it out.
function lineHtml(line) {
  const parts = line.trim().split(/\s{3,}/);
  if (parts.length === 2) {
    return `<div class="row"><span>${escapeHtml(parts[0])}</span><span>${escapeHtml(parts[1])}</span></div>`;
  }
  const bullet = /^[•*-]\s/.test(line.trim());
  return `<div class="${bullet ? 'bullet' : 'line'}">${escapeHtml(line.trim())}</div>`;
}

function sectionHtml({ heading, lines }) {
  return `<section><h2>${escapeHtml(heading)}</h2>${lines.map(lineHtml).join('')}</section>`;
}

const STYLE = `
  @page { size: Letter; margin: 0.5in; }
  body { margin: 0; font: 10pt/1.35 "DejaVu Sans", sans-serif; color: #111; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 11pt; margin: 12pt 0 4pt; letter-spacing: .04em; }
  .contact { margin: 0 0 8pt; }
  .row { display: flex; justify-content: space-between; gap: 12pt; font-weight: bold; white-space: nowrap; }
  .columns .row { font-size: 9pt; }
  .bullet { padding-left: 10pt; text-indent: -10pt; }
  .columns { display: grid; grid-template-columns: 150pt 1fr; column-gap: 24pt; }
  .sidebar { font-size: 9pt; }
`;

function page(body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function headerHtml(header) {
  const [name, ...rest] = header;
  return `<h1>${escapeHtml(name.trim())}</h1>${rest.map((l) => `<div class="contact">${escapeHtml(l.trim())}</div>`).join('')}`;
}

export function singleColumnHtml(text) {
  const { header, sections } = resumeSections(text);
  return page(headerHtml(header) + sections.map(sectionHtml).join(''));
}

// The sections named in `sidebar` go to a narrow left column, the rest to
// the right column; the header spans both.
export function twoColumnHtml(text, sidebar) {
  const { header, sections } = resumeSections(text);
  const left = sections.filter((s) => sidebar.includes(s.heading));
  const right = sections.filter((s) => !sidebar.includes(s.heading));
  return page(`${headerHtml(header)}<div class="columns"><div class="sidebar">${left.map(sectionHtml).join('')}</div>` +
    `<div class="main">${right.map(sectionHtml).join('')}</div></div>`);
}

// Prints an HTML page to a PDF (Buffer) with the browser's own print path.
export async function printToPdf(browser, html) {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: 'Letter', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}
