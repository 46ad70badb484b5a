// The HTTP headers every response of the site carries -- the page, the
// scripts, app.wasm, the pdf.js worker and the service worker alike -- so
// that the Content-Security-Policy binds the workers too (a <meta> policy
// binds only the page), and framing is allowed only for listed hosts.
//
// The build writes them to site/_headers, the format Netlify and Cloudflare
// Pages read as they are (docs/deploying.md shows the same for nginx, Apache
// and others); tools/serve.mjs and the browser tests serve them from there.
//
//   /*
//     Content-Security-Policy: default-src 'self'; ...; frame-ancestors https://coach.example
//     X-Frame-Options: DENY          (only when no host may embed the app)
//     ...
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const HEADERS_FILE = '_headers';

// "https://coach.example" -> the origin, checked; anything else throws.
export function embedHostOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`embed host "${value}" is not an origin such as https://coach.example`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`embed host "${value}" is not an origin such as https://coach.example`);
  }
  return url.origin;
}

// The headers for a page policy (the page's CSP, hashes included) and the
// origins allowed to frame the app. With none, nothing may frame it; with
// some, frame-ancestors lists them (X-Frame-Options cannot list origins,
// and browsers ignore it when frame-ancestors is present, so it is left out).
export function securityHeaders(pagePolicy, embedHosts = []) {
  const hosts = embedHosts.map(embedHostOrigin);
  const policy = `${pagePolicy.replace(/;?\s*$/, '')}; frame-ancestors ${hosts.length ? hosts.join(' ') : "'none'"}`;
  const headers = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (!hosts.length) headers['X-Frame-Options'] = 'DENY';
  return headers;
}

export function formatHeadersFile(headers) {
  const lines = [
    '# Security headers for every response of Interview Playbook (written by tools/build-site.mjs).',
    '# Netlify and Cloudflare Pages read this file as it is; docs/deploying.md has the same for other servers.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return lines.join('\n') + '\n';
}

export function parseHeadersFile(text) {
  const headers = {};
  let inRule = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inRule && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export async function writeHeaders(siteDir, pagePolicy, embedHosts) {
  await writeFile(path.join(siteDir, HEADERS_FILE), formatHeadersFile(securityHeaders(pagePolicy, embedHosts)));
  return HEADERS_FILE;
}

// The site's headers as built; `embedHosts`, when given, replaces the list
// of hosts allowed to frame the app (tools/serve.mjs --embed-host, tests).
export async function readSiteHeaders(siteDir, embedHosts) {
  const file = path.join(siteDir, HEADERS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing; rebuild the site (the site step writes it)`);
  });
  const headers = parseHeadersFile(text);
  const policy = headers['Content-Security-Policy'];
  if (!policy) throw new Error(`${siteDir}/${HEADERS_FILE} has no Content-Security-Policy; rebuild the site`);
  if (!embedHosts) return headers;
  const pagePolicy = policy.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors'));
  return securityHeaders(pagePolicy.join('; '), embedHosts);
}
