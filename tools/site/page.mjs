// index.html from shell.html: the page's Content-Security-Policy allows no
// inline code, except the page's own inline <script> and <style> blocks,
// which are allowed by their SHA-256 hashes, computed here so that editing
// shell.html never needs a hand-updated hash.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function inlineBlocks(html, tag) {
  const out = [];
  for (const [, attrs, body] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (tag === 'script' && /\bsrc\s*=/.test(attrs)) continue;
    out.push(body);
  }
  return out;
}

// Inline event handlers and style attributes cannot be allowed by a hash
// short of 'unsafe-hashes': refuse them at build time instead of letting the
// browser drop them silently.
function checkMarkup(html, where) {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const [tag] of markup.matchAll(/<[a-z][^>]*>/gi)) {
    if (/\son[a-z]+\s*=/i.test(tag) || /\sstyle\s*=/i.test(tag)) {
      throw new Error(`${where}: ${tag} has an inline handler or style attribute, which the CSP blocks; ` +
        'move it into the page script or style block');
    }
  }
}

export function withCspHashes(html, where = 'shell.html') {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error(`${where}: no Content-Security-Policy meta element`);
  checkMarkup(html, where);
  const additions = {
    'script-src': inlineBlocks(html, 'script').map(hash),
    'style-src': inlineBlocks(html, 'style').map(hash),
  };
  const directives = meta[1].split(';').map((d) => d.trim()).filter(Boolean).map((directive) => {
    const name = directive.split(/\s+/)[0];
    return additions[name]?.length ? `${directive} ${additions[name].join(' ')}` : directive;
  });
  for (const [name, hashes] of Object.entries(additions)) {
    if (hashes.length && !directives.some((d) => d.split(/\s+/)[0] === name)) {
      throw new Error(`${where}: the CSP has no ${name} directive for the page's inline ${name.split('-')[0]}`);
    }
  }
  const policy = meta[0].replace(meta[1], () => directives.join('; '));
  return html.replace(meta[0], () => policy);
}

// The policy of a page's CSP meta element.
export function pagePolicy(html, where = 'index.html') {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error(`${where}: no Content-Security-Policy meta element`);
  return meta[1];
}

// Writes index.html; returns its policy (hashes included), which the site's
// headers carry for every response (tools/site/headers.mjs).
export async function writePage(shellFile, siteDir) {
  const html = withCspHashes(await readFile(shellFile, 'utf8'), shellFile);
  await writeFile(path.join(siteDir, 'index.html'), html);
  return pagePolicy(html);
}
