#!/usr/bin/env node
// `make run`: serves the built web app (default build/wasm/site) on
// http://127.0.0.1:8080/ until Ctrl+C, every response with the site's
// security headers (its _headers file: the CSP, and framing allowed only for
// the hosts listed at build time, or for those given here).
//   node tools/serve.mjs [site-dir] [--port N] [--host H] [--embed-host ORIGIN ...]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/browser/static_server.mjs';
import { readSiteHeaders } from './site/headers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'embed-host': { type: 'string', multiple: true },
  },
});
const root = path.resolve(positionals[0] || 'build/wasm/site');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; build the app first (make run does).`);
  process.exit(1);
}

try {
  const headers = await readSiteHeaders(root, values['embed-host']);
  const server = await startStaticServer({ root, host: values.host, port: Number(values.port), headers });
  console.log(`Interview Playbook is running at ${server.url}  (Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${values.port} is in use; try --port)` : '';
  console.error(`serve: ${error.message}${hint}`);
  process.exit(1);
}
