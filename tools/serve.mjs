#!/usr/bin/env node
// `make run`: serves the built web app (default build/wasm/site) on
// http://127.0.0.1:8080/ until Ctrl+C.
//   node tools/serve.mjs [site-dir] [--port N] [--host H]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/browser/static_server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } },
});
const root = path.resolve(positionals[0] || 'build/wasm/site');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; build the app first (make run does).`);
  process.exit(1);
}

try {
  const server = await startStaticServer({ root, host: values.host, port: Number(values.port) });
  console.log(`Interview Playbook is running at ${server.url}  (Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${values.port} is in use; try --port)` : '';
  console.error(`serve: ${error.message}${hint}`);
  process.exit(1);
}
