#!/usr/bin/env node
// The web build's last step (cmake/web_engine.cmake runs it after app.wasm
// and playbook-engine.wasm are linked): turns build/wasm/site into the
// deployable, installable, offline site.
//   node tools/build-site.mjs --site build/wasm/site --shell shell.html [--embed-host https://coach.example]
// 1. index.html from shell.html, with the CSP hashes of its inline code, and
//    _headers: that CSP and the framing rules as HTTP headers for every
//    response (--embed-host ORIGIN, repeatable: the sites allowed to embed it)
// 2. the manifest's icons, drawn from favicon.svg
// 3. pdf.js from pdfjs-dist, for the page's PDF import
// 4. sw.js, the service worker (workbox-build), over everything above
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeHeaders } from './site/headers.mjs';
import { writeIcons } from './site/icons.mjs';
import { writePage } from './site/page.mjs';
import { copyPdfjs } from './site/pdfjs.mjs';
import { writeServiceWorker } from './site/service-worker.mjs';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'build/wasm/site' },
    shell: { type: 'string', default: 'shell.html' },
    'embed-host': { type: 'string', multiple: true, default: [] },
  },
});
const site = path.resolve(values.site);
for (const file of ['app.js', 'app.wasm', 'playbook-engine.js', 'playbook-engine.wasm', 'engine.js', 'favicon.svg']) {
  if (!existsSync(path.join(site, file))) {
    console.error(`build-site: ${site}/${file} is missing; build the app and the engine first`);
    process.exit(1);
  }
}
try {
  const policy = await writePage(path.resolve(values.shell), site);
  await writeHeaders(site, policy, values['embed-host'].filter(Boolean));
  await writeIcons(site);
  await copyPdfjs(site);
  const sw = await writeServiceWorker(site);
  console.log(`build-site: build ${sw.buildHash}: ${sw.count} files (${(sw.size / 1048576).toFixed(1)} MB) precached by sw.js`);
} catch (error) {
  console.error(`build-site: ${error.message}`);
  process.exit(1);
}
