// What the JavaScript halves of tools/bench share: the repository root, the
// command line's "--name value" options, the built site and a median.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

export const hasFlag = (name) => args.includes(name);

export function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

// --site DIR, default build/wasm/site.
export const siteOption = () => path.resolve(option('--site', path.join(root, 'build/wasm/site')));

export function medianOf(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
