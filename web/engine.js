// The headless engine: playbooks without the app, for pages and Node. It
// wraps the engine-only WebAssembly module (playbook-engine.js/.wasm next to
// this file, built by cmake/web_engine.cmake), which carries the knowledge
// base and the handout fonts. Nothing leaves the machine.
//
//   import { InterviewPlaybook } from './engine.js';  // or window.InterviewPlaybook
//   const doc = await InterviewPlaybook.generate({resume, job, company, role, news, today});
//   const html = await InterviewPlaybook.render('html', doc);       // string
//   const png = await InterviewPlaybook.render('png', doc);         // Uint8Array
//   const pdf = await InterviewPlaybook.render('pdf', doc, {a4: true}); // Uint8Array
//
// resume and job: text, or a file as {name, bytes} (bytes: Uint8Array or
// ArrayBuffer) or a browser File/Blob. Files: .txt .md .html .docx, JSON
// Resume .json, and .pdf (read with pdf.js, loaded only when a PDF comes).
// today: "YYYY-MM-DD"; defaults to the local date. The document is the
// contract of docs/playbook-json.md.
import { isPdf, pdfToItemsJson } from './pdf/pdf-import.js';

const IS_NODE = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';
const ENGINE_SCRIPT = 'playbook-engine.js';
const ENGINE_WASM = 'playbook-engine.wasm';

// A failure the engine explains: bad input, an unknown format. `warnings`
// holds what the readers noticed on the way.
export class PlaybookError extends Error {
  constructor(message, warnings = []) {
    super(message);
    this.name = 'PlaybookError';
    this.warnings = warnings;
  }
}

// --- Loading the module ------------------------------------------------------

// Evaluates the Emscripten loader (a classic script) and returns its factory.
async function engineFactory(base) {
  if (IS_NODE) {
    // The loader is CommonJS while this package is an ES module package:
    // run it in a CommonJS wrapper of our own.
    const [{ readFile }, { fileURLToPath }, { createRequire }, path, vm] = await Promise.all([
      import('node:fs/promises'), import('node:url'), import('node:module'), import('node:path'), import('node:vm')]);
    const file = fileURLToPath(new URL(ENGINE_SCRIPT, base));
    const wrapper = vm.compileFunction(await readFile(file, 'utf8'),
      ['module', 'exports', 'require', '__filename', '__dirname'], { filename: file });
    const module = { exports: {} };
    wrapper(module, module.exports, createRequire(file), file, path.dirname(file));
    return module.exports;
  }
  if (typeof createPlaybookEngine === 'function') return createPlaybookEngine;
  if (typeof document !== 'undefined') {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(ENGINE_SCRIPT, base).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
      document.head.appendChild(script);
    });
  } else {
    throw new Error('engine.js runs in a page or under Node; in a worker, load playbook-engine.js with importScripts');
  }
  return globalThis.createPlaybookEngine;
}

async function instantiate(base) {
  const factory = await engineFactory(base);
  const options = {
    locateFile: (file) => new URL(file, base).href,
    print: () => {},
    printErr: (text) => console.warn(`engine: ${text}`),
  };
  if (IS_NODE) {
    // Handing over the bytes avoids the loader's fetch(), which this
    // Emscripten version cannot use under Node.
    const { readFile } = await import('node:fs/promises');
    options.wasmBinary = await readFile(new URL(ENGINE_WASM, base));
  }
  return factory(options);
}

let enginePromise = null;
let exportTable = null;

// The engine's export formats (model/export_format.h), by id:
// {pdf: {id, type, binary}, ...}. Read once; the engine has the only list.
function exportsOf(m) {
  if (!exportTable) {
    const ptr = m._ip_engine_exports();
    try {
      exportTable = Object.fromEntries(JSON.parse(m.UTF8ToString(ptr)).map((e) => [e.id, e]));
    } finally {
      m._free(ptr);
    }
  }
  return exportTable;
}

function engine() {
  if (!enginePromise) {
    enginePromise = instantiate(new URL('./', import.meta.url)).catch((error) => {
      enginePromise = null;
      throw error;
    });
  }
  return enginePromise;
}

// --- Calling it --------------------------------------------------------------

function withString(m, text, use) {
  const size = m.lengthBytesUTF8(text) + 1;
  const ptr = m._malloc(size);
  if (!ptr) throw new Error('the engine ran out of memory');
  try {
    m.stringToUTF8(text, ptr, size);
    return use(ptr);
  } finally {
    m._free(ptr);
  }
}

// Calls a `char* f(const char* request)` export; returns the parsed reply.
function callJson(m, fn, request) {
  const reply = withString(m, JSON.stringify(request), (ptr) => fn(ptr));
  try {
    return JSON.parse(m.UTF8ToString(reply));
  } finally {
    m._free(reply);
  }
}

function toBase64(bytes) {
  if (IS_NODE) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

// Text or a file -> the request keys for it ("resume", "resume_base64",
// "resume_filename"). PDFs become positioned items here; the engine reads them.
async function fileFields(key, value) {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') return { [key]: value };
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    value = { name: value.name || '', bytes: await value.arrayBuffer() };
  }
  if (typeof value !== 'object' || !('bytes' in value)) {
    throw new TypeError(`${key} must be text or a file {name, bytes}`);
  }
  const raw = value.bytes;
  if (!(raw instanceof ArrayBuffer) && !ArrayBuffer.isView(raw)) {
    throw new TypeError(`${key}.bytes must be a Uint8Array or an ArrayBuffer`);
  }
  const bytes = raw instanceof ArrayBuffer ? new Uint8Array(raw) : new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const name = String(value.name || '');
  if (isPdf(bytes) || /\.pdf$/i.test(name)) {
    let items;
    try {
      items = await pdfToItemsJson(bytes);
    } catch (error) {
      throw new PlaybookError(`${name || 'the PDF'} could not be read as a PDF: ${error.message || error}`);
    }
    return { [key]: items, [`${key}_filename`]: name };
  }
  return { [`${key}_base64`]: toBase64(bytes), [`${key}_filename`]: name };
}

function localDate() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function request(inputs) {
  if (!inputs || typeof inputs !== 'object') throw new TypeError('inputs must be an object');
  const text = (v) => (v === undefined || v === null ? '' : String(v));
  return {
    ...(await fileFields('resume', inputs.resume)),
    ...(await fileFields('job', inputs.job)),
    company: text(inputs.company),
    role: text(inputs.role),
    news: text(inputs.news),
    today: inputs.today ? String(inputs.today) : localDate(),
  };
}

function documentJson(doc) {
  if (typeof doc === 'string') return doc;
  if (doc && typeof doc === 'object') return JSON.stringify(doc);
  throw new TypeError('the playbook must be the document object or its JSON text');
}

export const InterviewPlaybook = Object.freeze({
  PlaybookError,

  // Loads the engine and its knowledge base; resolves to
  // {schema, formats: [ids], exports: [{id, type, binary}], knowledge: "ok" | error}.
  // Optional: every call loads it.
  async ready() {
    const m = await engine();
    const ptr = m._ip_engine_info();
    try {
      return JSON.parse(m.UTF8ToString(ptr));
    } finally {
      m._free(ptr);
    }
  },

  // The playbook document for these inputs. Rejects with a PlaybookError
  // whose message says what is wrong with the input.
  async generate(inputs) {
    const req = await request(inputs);
    const m = await engine();
    const reply = callJson(m, m._ip_engine_generate, req);
    if (reply.error !== undefined) throw new PlaybookError(reply.error, reply.warnings || []);
    return reply.playbook;
  },

  // The text the engine reads from a resume (after unzipping a .docx or
  // putting a PDF's columns in reading order): {text, format, warnings}.
  async readText(resume) {
    const req = await request({ resume, today: localDate() });
    const m = await engine();
    const reply = callJson(m, m._ip_engine_read_resume_text, req);
    if (reply.error !== undefined) throw new PlaybookError(reply.error, reply.warnings || []);
    return reply;
  },

  // An export of the document: 'html' (report), 'handout-html', 'md' and
  // 'json' give a string; 'png' (the handout; options {scale: 1-4, a4}),
  // 'pdf' (the report) and 'handout-pdf' (options {a4}) a Uint8Array.
  async render(format, doc, options = {}) {
    const m = await engine();
    const known = exportsOf(m)[format];
    if (!known) throw new PlaybookError(`unknown export format "${format}" (${Object.keys(exportsOf(m)).join(', ')})`);
    const sizes = m._malloc(8);
    try {
      const data = withString(m, String(format), (fmt) => withString(m, documentJson(doc), (json) =>
        withString(m, JSON.stringify(options || {}), (opts) => m._ip_engine_render(fmt, json, opts, sizes, sizes + 4))));
      const size = m.HEAP32[sizes >> 2];
      const ok = m.HEAP32[(sizes >> 2) + 1] === 1;
      const bytes = m.HEAPU8.slice(data, data + size);
      m._free(data);
      if (!ok) throw new PlaybookError(new TextDecoder().decode(bytes));
      return known.binary ? bytes : new TextDecoder().decode(bytes);
    } finally {
      m._free(sizes);
    }
  },

  // The export as a Blob with its MIME type (in browsers), for downloads.
  async renderBlob(format, doc, options = {}) {
    const data = await this.render(format, doc, options);
    return new Blob([data], { type: exportsOf(await engine())[format].type });
  },
});

if (!globalThis.InterviewPlaybook) globalThis.InterviewPlaybook = InterviewPlaybook;

export default InterviewPlaybook;
