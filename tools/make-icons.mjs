#!/usr/bin/env node
// Renders web/favicon.svg to the PNG icons next to it (favicon-32.png,
// apple-touch-icon.png) with Debian's Chromium; add sizes here as needed.
// The PNGs are generated files, committed; run this after changing the SVG.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/browser/app_harness.mjs';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web');
// Touch icons get a paper-coloured margin, as platforms crop them.
const ICONS = [
  { file: 'favicon-32.png', size: 32, margin: 0 },
  { file: 'apple-touch-icon.png', size: 180, margin: 0.12 },
];

const svg = await readFile(path.join(webDir, 'favicon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  for (const { file, size, margin } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * margin);
    const background = margin ? '#f5f4f0' : 'transparent';
    await page.setContent(`<body style="margin:0;background:${background}">
      <div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
    await page.screenshot({ path: path.join(webDir, file), omitBackground: !margin });
    await page.close();
    console.log(`wrote web/${file}`);
  }
} finally {
  await browser.close();
}
