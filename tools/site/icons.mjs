// The install icons of the web app manifest, drawn at build time from
// web/favicon.svg so they never drift from the favicon. A small rasterizer
// for the SVG the logo uses -- <rect> (with rx) fills and straight <path>
// strokes with round caps -- measured by signed distance, so edges are
// antialiased exactly. Anything else in the SVG fails the build with a
// message rather than drawing a wrong icon.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodePng } from './png.mjs';

// Icons named in web/manifest.webmanifest. Maskable icons are cropped by the
// platform to a circle or squircle inside the central 80%: the logo's own
// background colour fills the square and the logo sits inside that zone.
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
];
const MASKABLE_CONTENT = 0.8;

function attributes(text) {
  const out = {};
  for (const [, name, value] of text.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[name] = value;
  return out;
}

function colour(value, where) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value || '');
  if (!m) throw new Error(`${where}: colour "${value}" is not #rgb or #rrggbb`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

const number = (value, fallback = 0) => (value === undefined ? fallback : Number(value));

// Straight subpaths of a path's d: M/L/H/V, absolute or relative.
function polylines(d, where) {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) || [];
  const lines = [];
  let current = null;
  let x = 0;
  let y = 0;
  let command = '';
  for (let i = 0; i < tokens.length;) {
    if (/[a-zA-Z]/.test(tokens[i])) command = tokens[i++];
    const take = () => Number(tokens[i++]);
    const rel = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M':
        x = (rel ? x : 0) + take();
        y = (rel ? y : 0) + take();
        current = [[x, y]];
        lines.push(current);
        command = rel ? 'l' : 'L';  // further pairs are line-tos
        break;
      case 'L':
        x = (rel ? x : 0) + take();
        y = (rel ? y : 0) + take();
        current.push([x, y]);
        break;
      case 'H':
        x = (rel ? x : 0) + take();
        current.push([x, y]);
        break;
      case 'V':
        y = (rel ? y : 0) + take();
        current.push([x, y]);
        break;
      default:
        throw new Error(`${where}: path command "${command}" is not supported by the icon rasterizer`);
    }
  }
  return lines;
}

// The shapes of the SVG, in drawing order, each with a signed distance
// function in viewBox units (negative inside).
export function parseLogo(svg, where = 'favicon.svg') {
  const root = /<svg\b([^>]*)>/.exec(svg);
  if (!root) throw new Error(`${where}: no <svg> element`);
  const viewBox = (attributes(root[1]).viewBox || '').split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some(Number.isNaN)) throw new Error(`${where}: needs a viewBox`);
  const shapes = [];
  for (const [, tag, attrText] of svg.matchAll(/<(\w+)\b([^>]*)>/g)) {
    const a = attributes(attrText);
    if (tag === 'svg') continue;
    if (a.transform || a.opacity || a['fill-opacity'] || a['stroke-opacity']) {
      throw new Error(`${where}: <${tag}> uses transform/opacity, which the icon rasterizer does not support`);
    }
    if (tag === 'rect') {
      const w = number(a.width);
      const h = number(a.height);
      const r = Math.min(number(a.rx, number(a.ry)), w / 2, h / 2);
      const cx = number(a.x) + w / 2;
      const cy = number(a.y) + h / 2;
      shapes.push({
        colour: colour(a.fill, `${where} <rect>`),
        distance: (px, py) => {
          const qx = Math.abs(px - cx) - w / 2 + r;
          const qy = Math.abs(py - cy) - h / 2 + r;
          return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
        },
      });
    } else if (tag === 'path') {
      const lines = polylines(a.d || '', `${where} <path>`);
      const hasArea = lines.some((l) => l.length > 2);
      if (hasArea && a.fill !== 'none') throw new Error(`${where}: filled paths are not supported; use fill="none"`);
      if (!a.stroke || a.stroke === 'none') continue;
      if (a['stroke-linecap'] !== 'round') throw new Error(`${where}: strokes need stroke-linecap="round"`);
      const half = number(a['stroke-width'], 1) / 2;
      const segments = lines.flatMap((l) => l.slice(1).map((p, i) => [l[i], p]));
      shapes.push({
        colour: colour(a.stroke, `${where} <path>`),
        distance: (px, py) => {
          let best = Infinity;
          for (const [[ax, ay], [bx, by]] of segments) {
            const dx = bx - ax;
            const dy = by - ay;
            const len2 = dx * dx + dy * dy;
            const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
            best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
          }
          return best - half;
        },
      });
    } else {
      throw new Error(`${where}: <${tag}> is not supported by the icon rasterizer`);
    }
  }
  if (!shapes.length) throw new Error(`${where}: nothing to draw`);
  return { viewBox, shapes };
}

// RGBA pixels of the logo at size x size. Maskable: opaque square in the
// first shape's colour, logo scaled into the safe zone.
export function drawLogo(logo, size, maskable) {
  const [vx, vy, vw, vh] = logo.viewBox;
  const content = maskable ? size * MASKABLE_CONTENT : size;
  const scale = content / Math.max(vw, vh);  // pixels per viewBox unit
  const offset = (size - content) / 2;
  const rgba = new Uint8ClampedArray(size * size * 4);
  const background = maskable ? logo.shapes[0].colour : null;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const ux = vx + (px + 0.5 - offset) / scale;
      const uy = vy + (py + 0.5 - offset) / scale;
      let [r, g, b] = background || [0, 0, 0];
      let alpha = background ? 1 : 0;
      for (const shape of logo.shapes) {
        // Distance in pixels to the edge; half a pixel either side blends.
        const coverage = Math.max(0, Math.min(1, 0.5 - shape.distance(ux, uy) * scale));
        if (coverage === 0) continue;
        const outAlpha = coverage + alpha * (1 - coverage);
        const mix = (top, bottom) => (top * coverage + bottom * alpha * (1 - coverage)) / outAlpha;
        r = mix(shape.colour[0], r);
        g = mix(shape.colour[1], g);
        b = mix(shape.colour[2], b);
        alpha = outAlpha;
      }
      const i = (py * size + px) * 4;
      rgba.set([r, g, b, alpha * 255], i);
    }
  }
  return rgba;
}

// Writes ICONS into the site from its favicon.svg.
export async function writeIcons(siteDir) {
  const svgFile = path.join(siteDir, 'favicon.svg');
  const logo = parseLogo(await readFile(svgFile, 'utf8'), svgFile);
  await mkdir(path.join(siteDir, 'icons'), { recursive: true });
  for (const icon of ICONS) {
    const rgba = drawLogo(logo, icon.size, icon.maskable);
    await writeFile(path.join(siteDir, icon.file), encodePng(icon.size, icon.size, rgba));
  }
  return ICONS.map((i) => i.file);
}
