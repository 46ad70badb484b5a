// What the app carries inside the .wasm: every knowledge-base file from
// assets/ at /assets and the two UI fonts at /fonts, byte for byte.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_DIR, SITE_DIR, launchBrowser, openApp, startSiteServer } from './app_harness.mjs';

let browser;
let server;
before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function jsonFilesUnder(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...await jsonFilesUnder(path.join(dir, entry.name), rel + '/'));
    else if (entry.name.endsWith('.json')) out.push(rel);
  }
  return out.sort();
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Hashes of the files in the app's virtual file system, read through Module.FS.
function embeddedHashes(app, paths) {
  return app.page.evaluate(async (list) => {
    const out = {};
    for (const p of list) {
      let bytes;
      try {
        bytes = Module.FS.readFile(p);
      } catch {
        out[p] = 'missing';
        continue;
      }
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      out[p] = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    return out;
  }, paths);
}

test('the knowledge base and the UI fonts are embedded unchanged', async () => {
  const assets = await jsonFilesUnder(path.join(REPO_DIR, 'assets'));
  assert.ok(assets.length > 0, 'assets/ has no JSON files');
  const expected = {};
  for (const rel of assets) expected[`/assets/${rel}`] = sha256(await readFile(path.join(REPO_DIR, 'assets', rel)));
  const fontsDir = path.join(SITE_DIR, '../fonts');
  for (const font of ['ui-regular.otf', 'ui-bold.otf']) {
    expected[`/fonts/${font}`] = sha256(await readFile(path.join(fontsDir, font)));
  }

  const app = await openApp(browser, server);
  const embedded = await embeddedHashes(app, Object.keys(expected));
  const differing = Object.keys(expected).filter((p) => embedded[p] !== expected[p])
    .map((p) => `${p} (${embedded[p] === 'missing' ? 'missing' : 'differs'})`);
  assert.deepEqual(differing, [], 'embedded files differ from the sources; is the build stale?');
  // Nothing else is in there: the app reads what assets/ holds, no more.
  const listed = await app.page.evaluate(() => {
    const walk = (dir) => Module.FS.readdir(dir).filter((n) => n !== '.' && n !== '..').flatMap((n) => {
      const p = `${dir}/${n}`;
      return Module.FS.isDir(Module.FS.stat(p).mode) ? walk(p) : [p];
    });
    return walk('/assets').sort();
  });
  assert.deepEqual(listed, assets.map((rel) => `/assets/${rel}`));
  await app.close();
});
