// Held-out OCR family ZX: one Node.js process per generate call, documents streamed as JSON lines on stdin,
// one JSON line answered per command on stdout.
//   page    pages drawn by pureimage (pure-JS canvas rasteriser); text from glyph outlines parsed by opentype.js
//   scan    scanner / copier / fax / scanner-app / chat-forward pipelines on jimp images (own kernels in JS)
//   texture the page's pixels (raw RGB) for the Python side's PyBullet TinyRenderer photos
//   load    a rendered photo frame (raw RGB) back into a jimp image for its finishing pipeline
//   pdf     e-licences as vector PDFs by pdf-lib with @pdf-lib/fontkit (subset-embedded CJK faces)
"use strict";
const path = require("path");
const fs = require("fs");
const readline = require("readline");
const { createRequire } = require("module");

const NM = process.env.ZX_NODE_MODULES;
const req = createRequire(path.join(NM, "noop.js"));
const PImage = req("pureimage");
const opentype = req("opentype.js");
const { Jimp } = req("jimp");
const { PDFDocument, rgb, degrees, pushGraphicsState, popGraphicsState } = req("pdf-lib");
const fontkit = req("@pdf-lib/fontkit");

let FONT_FILES = {};
const FONTS = {};
function font(key) {
  if (!FONTS[key]) FONTS[key] = opentype.loadSync(FONT_FILES[key]);
  return FONTS[key];
}

// ---- deterministic PRNG (mulberry32) ---------------------------------------------------------------
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const GT = (() => { const g = rng(12345), t = new Float32Array(65536); for (let i = 0; i < t.length; i++) { const u = Math.max(g(), 1e-9), v = g(); t[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); } return t; })();
function fastGauss(r) { return GT[(r() * 65536) | 0]; }
function split(P) { return P[0] === P[1] ? [P[0], Float32Array.from(P[0]), Float32Array.from(P[0])] : P; }
function uniq(P) { return P.filter((q, i) => P.indexOf(q) === i); }
function gauss(r) {
  const u = Math.max(r(), 1e-9), v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// ---- pages (pureimage) ------------------------------------------------------------------------------
const PAGES = {};

function hexColor(c) {
  return c.length === 7 ? c + "ff" : c;
}
function parseHex(c) {
  c = hexColor(c);
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16), parseInt(c.slice(7, 9), 16)];
}

function fastRect(img, x, y, w, h, color) {
  const [r, g, b, a] = parseHex(color);
  const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(img.width, Math.round(x + w)), y1 = Math.min(img.height, Math.round(y + h));
  const d = img.data, A = a / 255;
  for (let j = y0; j < y1; j++) {
    let p = (j * img.width + x0) * 4;
    for (let i = x0; i < x1; i++, p += 4) {
      d[p] = d[p] * (1 - A) + r * A;
      d[p + 1] = d[p + 1] * (1 - A) + g * A;
      d[p + 2] = d[p + 2] * (1 - A) + b * A;
      d[p + 3] = 255;
    }
  }
}

function fillRings(ctx, rings, color) {
  ctx.fillStyle = hexColor(color);
  ctx.beginPath();
  for (const ring of rings) {
    if (ring.length < 3) continue;
    ctx.moveTo(ring[0][0], ring[0][1]);
    for (let i = 1; i < ring.length; i++) ctx.lineTo(ring[i][0], ring[i][1]);
    ctx.lineTo(ring[0][0], ring[0][1]);
  }
  ctx.fill();
}

function circlePts(cx, cy, r, n) {
  const pts = [];
  n = n || Math.max(24, Math.min(180, Math.round(r * 1.2)));
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    pts.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  return pts;
}

function segQuad(x1, y1, x2, y2, lw) {
  const dx = x2 - x1, dy = y2 - y1, L = Math.hypot(dx, dy) || 1;
  const nx = (-dy / L) * lw / 2, ny = (dx / L) * lw / 2;
  return [[x1 + nx, y1 + ny], [x2 + nx, y2 + ny], [x2 - nx, y2 - ny], [x1 - nx, y1 - ny]];
}

// glyph outlines (opentype.js) flattened into polygons; xf maps glyph-space points to page points
function glyphRings(f, ch, size, xf) {
  const g = f.charToGlyph(ch);
  const p = g.getPath(0, 0, size);
  const rings = [];
  let cur = null, cx = 0, cy = 0;
  const steps = size > 40 ? 8 : size > 16 ? 5 : 3;
  for (const c of p.commands) {
    if (c.type === "M") {
      cur = [xf(c.x, c.y)];
      rings.push(cur);
      cx = c.x; cy = c.y;
    } else if (c.type === "L") {
      cur.push(xf(c.x, c.y)); cx = c.x; cy = c.y;
    } else if (c.type === "Q") {
      for (let i = 1; i <= steps; i++) {
        const t = i / steps, u = 1 - t;
        cur.push(xf(u * u * cx + 2 * u * t * c.x1 + t * t * c.x, u * u * cy + 2 * u * t * c.y1 + t * t * c.y));
      }
      cx = c.x; cy = c.y;
    } else if (c.type === "C") {
      for (let i = 1; i <= steps; i++) {
        const t = i / steps, u = 1 - t;
        cur.push(xf(u * u * u * cx + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
          u * u * u * cy + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y));
      }
      cx = c.x; cy = c.y;
    }
  }
  return { rings, adv: (g.advanceWidth * size) / f.unitsPerEm };
}

function drawText(ctx, fkey, size, x, y, str, color, o) {
  o = o || {};
  const f = font(fkey);
  const rot = ((o.rot || 0) * Math.PI) / 180, sx = o.sx || 1, track = o.track || 0;
  const cr = Math.cos(rot), sr = Math.sin(rot);
  const jit = o.jitter ? rng(o.jitter) : null;
  let pen = 0;
  let rings = [];
  for (const ch of Array.from(str)) {
    const jx = jit ? gauss(jit) * o.jamp : 0, jy = jit ? gauss(jit) * o.jamp : 0;
    const ja = jit ? gauss(jit) * (o.jrot || 0) : 0;
    const ca = Math.cos(ja), sa = Math.sin(ja);
    const base = pen;
    const res = glyphRings(f, ch, size, (gx, gy) => {
      const lx0 = gx * ca - gy * sa, ly0 = gx * sa + gy * ca;
      const lx = (base + lx0) * sx + jx, ly = ly0 + jy;
      return [x + lx * cr - ly * sr, y + lx * sr + ly * cr];
    });
    rings = rings.concat(res.rings);
    pen += res.adv + track;
  }
  if (rings.length) fillRings(ctx, rings, color);
}

function drawPage(m) {
  const img = PImage.make(m.w, m.h);
  const ctx = img.getContext("2d");
  const [br, bg, bb] = parseHex(m.bg || "#ffffff");
  const d = img.data;
  for (let p = 0; p < d.length; p += 4) { d[p] = br; d[p + 1] = bg; d[p + 2] = bb; d[p + 3] = 255; }
  for (const op of m.ops) {
    const t = op[0];
    if (t === "rect") {
      fastRect(img, op[1], op[2], op[3], op[4], op[5]);
    } else if (t === "frame") {
      const [, x, y, w, h, lw, c] = op;
      fastRect(img, x, y, w, lw, c); fastRect(img, x, y + h - lw, w, lw, c);
      fastRect(img, x, y + lw, lw, h - 2 * lw, c); fastRect(img, x + w - lw, y + lw, lw, h - 2 * lw, c);
    } else if (t === "line") {
      const [, x1, y1, x2, y2, lw, c] = op;
      if (Math.abs(y1 - y2) < 0.01 && lw >= 1) fastRect(img, Math.min(x1, x2), y1 - lw / 2, Math.abs(x2 - x1), lw, c);
      else if (Math.abs(x1 - x2) < 0.01 && lw >= 1) fastRect(img, x1 - lw / 2, Math.min(y1, y2), lw, Math.abs(y2 - y1), c);
      else fillRings(ctx, [segQuad(x1, y1, x2, y2, lw)], c);
    } else if (t === "poly") {
      fillRings(ctx, op[1], op[2]);
    } else if (t === "polyline") {
      const [, pts, lw, c] = op;
      for (let i = 1; i < pts.length; i++) fillRings(ctx, [segQuad(pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1], lw)], c);
    } else if (t === "ring") {
      const [, cx, cy, r, lw, c] = op;
      fillRings(ctx, [circlePts(cx, cy, r + lw / 2), circlePts(cx, cy, r - lw / 2)], c);
    } else if (t === "disc") {
      fillRings(ctx, [circlePts(op[1], op[2], op[3])], op[4]);
    } else if (t === "text") {
      drawText(ctx, op[1], op[2], op[3], op[4], op[5], op[6], op[7]);
    } else if (t === "glyphs") {
      // [glyphs, font, size, color, [[ch, x, y, rotDeg], ...]]: seal arcs, stamped digits
      const [, fk, size, c, list] = op;
      const f = font(fk);
      let rings = [];
      for (const [ch, gx0, gy0, rd] of list) {
        const a = (rd * Math.PI) / 180, ca = Math.cos(a), sa = Math.sin(a);
        const g = f.charToGlyph(ch), adv = (g.advanceWidth * size) / f.unitsPerEm;
        const res = glyphRings(f, ch, size, (gx, gy) => {
          const lx = gx - adv / 2, ly = gy + size * 0.38;
          return [gx0 + lx * ca - ly * sa, gy0 + lx * sa + ly * ca];
        });
        rings = rings.concat(res.rings);
      }
      if (rings.length) fillRings(ctx, rings, c);
    } else if (t === "modules") {
      const [, x, y, cell, rows, c] = op;
      for (let j = 0; j < rows.length; j++)
        for (let i = 0; i < rows[j].length; i++) if (rows[j][i] === "1") fastRect(img, x + i * cell, y + j * cell, cell + 0.01, cell + 0.01, c);
    }
  }
  PAGES[m.id] = Jimp.fromBitmap({ width: m.w, height: m.h, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length) });
  return { w: m.w, h: m.h };
}

// ---- jimp pipelines (own kernels on jimp's bitmap) --------------------------------------------------
function blurChannel(src, w, h, sigma) {
  if (sigma <= 0.05) return src;
  const rad = Math.max(1, Math.ceil(sigma * 2.5)), n = 2 * rad + 1;
  const k = new Float32Array(n);
  let s = 0;
  for (let i = -rad; i <= rad; i++) { k[i + rad] = Math.exp(-(i * i) / (2 * sigma * sigma)); s += k[i + rad]; }
  for (let i = 0; i < n; i++) k[i] /= s;
  const tmp = new Float32Array(w * h), out = new Float32Array(w * h);
  const row = new Float32Array(Math.max(w, h) + 2 * rad);
  for (let y = 0; y < h; y++) { // horizontal: the row copied with clamped borders, then a clean inner loop
    const o = y * w;
    for (let x = 0; x < w + 2 * rad; x++) { const xx = x - rad; row[x] = src[o + (xx < 0 ? 0 : xx >= w ? w - 1 : xx)]; }
    for (let x = 0; x < w; x++) { let acc = 0; for (let i = 0; i < n; i++) acc += row[x + i] * k[i]; tmp[o + x] = acc; }
  }
  for (let y = 0; y < h; y++) { // vertical, row by row (whole rows weighted and added: cache-friendly)
    const o = y * w;
    for (let i = 0; i < n; i++) {
      let yy = y + i - rad; yy = yy < 0 ? 0 : yy >= h ? h - 1 : yy;
      const src2 = yy * w, kk = k[i];
      for (let x = 0; x < w; x++) out[o + x] += tmp[src2 + x] * kk;
    }
  }
  return out;
}

function toPlanes(im) {
  const { width: w, height: h, data: d } = im.bitmap;
  const P = [new Float32Array(w * h), new Float32Array(w * h), new Float32Array(w * h)];
  for (let i = 0, p = 0; i < w * h; i++, p += 4) { P[0][i] = d[p]; P[1][i] = d[p + 1]; P[2][i] = d[p + 2]; }
  return P;
}
function fromPlanes(P, w, h) {
  const d = Buffer.alloc(w * h * 4);
  for (let i = 0, p = 0; i < w * h; i++, p += 4) {
    d[p] = P[0][i] < 0 ? 0 : P[0][i] > 255 ? 255 : P[0][i];
    d[p + 1] = P[1][i] < 0 ? 0 : P[1][i] > 255 ? 255 : P[1][i];
    d[p + 2] = P[2][i] < 0 ? 0 : P[2][i] > 255 ? 255 : P[2][i];
    d[p + 3] = 255;
  }
  return Jimp.fromBitmap({ width: w, height: h, data: d });
}

// affine warp (inverse map, bilinear): rotation about the centre, scale, shift; out size ow x oh
function warp(P, w, h, ow, oh, deg, scale, dx, dy, bgc) {
  const a = (deg * Math.PI) / 180, ca = Math.cos(a), sa = Math.sin(a);
  const cxo = ow / 2 + dx, cyo = oh / 2 + dy, cxi = w / 2, cyi = h / 2;
  const grey = P[0] === P[1] && P[1] === P[2];
  const g0 = grey ? new Float32Array(ow * oh) : null;
  const Q = grey ? [g0, g0, g0] : [new Float32Array(ow * oh), new Float32Array(ow * oh), new Float32Array(ow * oh)];
  const NC = grey ? 1 : 3;
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const u = (x - cxo) / scale, v = (y - cyo) / scale;
      const sx = ca * u + sa * v + cxi, sy = -sa * u + ca * v + cyi;
      const o = y * ow + x;
      const x0 = Math.floor(sx), y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) { for (let c = 0; c < NC; c++) Q[c][o] = bgc[c]; continue; }
      const fx = sx - x0, fy = sy - y0, i = y0 * w + x0;
      for (let c = 0; c < NC; c++) {
        const s = P[c];
        Q[c][o] = (s[i] * (1 - fx) + s[i + 1] * fx) * (1 - fy) + (s[i + w] * (1 - fx) + s[i + w + 1] * fx) * fy;
      }
    }
  }
  return Q;
}

function boxDown(P, w, h, ow, oh) { // area resample (downscale)
  const grey = P[0] === P[1] && P[1] === P[2];
  const Q = grey ? (() => { const g = new Float32Array(ow * oh); return [g, g, g]; })() : [new Float32Array(ow * oh), new Float32Array(ow * oh), new Float32Array(ow * oh)];
  const sx = w / ow, sy = h / oh;
  for (let y = 0; y < oh; y++) {
    const y0 = Math.floor(y * sy), y1 = Math.max(y0 + 1, Math.min(h, Math.floor((y + 1) * sy)));
    for (let x = 0; x < ow; x++) {
      const x0 = Math.floor(x * sx), x1 = Math.max(x0 + 1, Math.min(w, Math.floor((x + 1) * sx)));
      const o = y * ow + x;
      for (let c = 0; c < (grey ? 1 : 3); c++) {
        let acc = 0;
        for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) acc += P[c][yy * w + xx];
        Q[c][o] = acc / ((y1 - y0) * (x1 - x0));
      }
    }
  }
  return Q;
}

async function runSteps(im, steps, seed) {
  const r = rng(seed);
  let w = im.bitmap.width, h = im.bitmap.height;
  let P = toPlanes(im);
  const flush = () => fromPlanes(P, w, h);
  for (const st of steps) {
    const t = st[0];
    if (t === "grey") {
      const g = new Float32Array(w * h);
      for (let i = 0; i < w * h; i++) g[i] = 0.299 * P[0][i] + 0.587 * P[1][i] + 0.114 * P[2][i];
      P = [g, g, g];
    } else if (t === "levels") { // black point, white point, gamma
      const [, b0, w0, gm] = st;
      const lut = new Float32Array(1024);
      for (let k = 0; k < 1024; k++) { let v = (k / 4 - b0) / (w0 - b0); v = v < 0 ? 0 : v > 1 ? 1 : v; lut[k] = 255 * Math.pow(v, gm || 1); }
      for (const q of uniq(P)) for (let i = 0; i < w * h; i++) { let k = (q[i] * 4) | 0; k = k < 0 ? 0 : k > 1023 ? 1023 : k; q[i] = lut[k]; }
    } else if (t === "tint") { // multiply by paper/illuminant colour
      P = split(P);
      for (let c = 0; c < 3; c++) for (let i = 0; i < w * h; i++) P[c][i] *= st[1 + c] / 255;
    } else if (t === "blur") {
      if (P[0] === P[1] && P[1] === P[2]) { const b = blurChannel(P[0], w, h, st[1]); P = [b, b, b]; }
      else for (let c = 0; c < 3; c++) P[c] = blurChannel(P[c], w, h, st[1]);
    } else if (t === "blur_grey") {
      P[0] = blurChannel(P[0], w, h, st[1]); P[1] = P[0]; P[2] = P[0];
    } else if (t === "warp") { // deg, scale, dx, dy, out w, out h, bg
      const [, deg, sc, dx, dy, ow, oh, bgc] = st;
      P = warp(P, w, h, ow, oh, deg, sc, dx, dy, bgc); w = ow; h = oh;
    } else if (t === "resize") {
      const [, ow, oh] = st;
      if (ow < w && oh < h) P = boxDown(P, w, h, ow, oh);
      else { const j = flush(); j.resize({ w: ow, h: oh }); P = toPlanes(j); }
      w = ow; h = oh;
    } else if (t === "noise") { // gaussian sensor / scanner noise, sigma
      if (P[0] === P[1]) { const q = P[0]; for (let i = 0; i < w * h; i++) q[i] += fastGauss(r) * st[1]; }
      else for (let i = 0; i < w * h; i++) { const n = fastGauss(r) * st[1]; P[0][i] += n; P[1][i] += n * 0.9 + fastGauss(r) * st[1] * 0.3; P[2][i] += n; }
    } else if (t === "speckle") { // toner specks: count, max radius, darkness
      const [, count, rad, dark] = st;
      for (let k = 0; k < count; k++) {
        const cx = Math.floor(r() * w), cy = Math.floor(r() * h), rr = 0.5 + r() * rad;
        for (let yy = Math.floor(cy - rr); yy <= cy + rr; yy++) for (let xx = Math.floor(cx - rr); xx <= cx + rr; xx++) {
          if (xx < 0 || yy < 0 || xx >= w || yy >= h || (xx - cx) ** 2 + (yy - cy) ** 2 > rr * rr) continue;
          const i = yy * w + xx; for (const q of uniq(P)) q[i] = q[i] * (1 - dark) + 20 * dark;
        }
      }
    } else if (t === "streaks") { // copier drum streaks: vertical faint lines
      const [, count, dark] = st;
      for (let k = 0; k < count; k++) {
        const x0 = Math.floor(r() * w), ww = 1 + Math.floor(r() * 3), dd = dark * (0.4 + r() * 0.6);
        for (const q of uniq(P)) for (let y = 0; y < h; y++) for (let x = x0; x < Math.min(w, x0 + ww); x++) q[y * w + x] *= 1 - dd;
      }
    } else if (t === "edge_shadow") { // dark band at a page edge (lid not closed, book edge): side, width px, strength
      const [, side, bw, s] = st;
      const U = uniq(P);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const dist = side === "l" ? x : side === "r" ? w - 1 - x : side === "t" ? y : h - 1 - y;
        if (dist >= bw) continue;
        const f = 1 - s * Math.pow(1 - dist / bw, 2);
        for (const q of U) q[y * w + x] *= f;
      }
    } else if (t === "glare") { // additive specular spot: cx, cy, rx, ry, strength (image fractions)
      const [, gx, gy, rx, ry, s] = st;
      const cx = gx * w, cy = gy * h, ax = rx * w, ay = ry * h, U = uniq(P);
      for (let y = Math.max(0, Math.floor(cy - 3 * ay)); y < Math.min(h, cy + 3 * ay); y++)
        for (let x = Math.max(0, Math.floor(cx - 3 * ax)); x < Math.min(w, cx + 3 * ax); x++) {
          const d2 = ((x - cx) / ax) ** 2 + ((y - cy) / ay) ** 2;
          const g = s * Math.exp(-d2 * 1.2);
          const i = y * w + x; for (const q of U) q[i] = q[i] + (255 - q[i]) * Math.min(1, g);
        }
    } else if (t === "vignette") {
      const k = st[1], U = uniq(P);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const dx = (x - w / 2) / (w / 2), dy = (y - h / 2) / (h / 2), f = 1 - k * (dx * dx + dy * dy) / 2;
        const i = y * w + x; for (const q of U) q[i] *= f;
      }
    } else if (t === "unsharp") {
      const [, sg, amt] = st;
      for (const q of uniq(P)) { const b = blurChannel(q, w, h, sg); for (let i = 0; i < w * h; i++) q[i] += amt * (q[i] - b[i]); }
    } else if (t === "threshold") { // fax / bilevel: own threshold with a noisy level
      const [, lvl, jit] = st;
      for (let i = 0; i < w * h; i++) { const v = P[0][i] * 0.3 + P[1][i] * 0.59 + P[2][i] * 0.11 > lvl + gauss(r) * jit ? 255 : 0; P[0][i] = P[1][i] = P[2][i] = v; }
    } else if (t === "dither") { // own Floyd-Steinberg error diffusion to 1 bit (fax photo mode)
      const g = new Float32Array(w * h);
      for (let i = 0; i < w * h; i++) g[i] = P[0][i] * 0.3 + P[1][i] * 0.59 + P[2][i] * 0.11;
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const i = y * w + x, o = g[i], n = o > st[1] ? 255 : 0, e = o - n; g[i] = n;
        if (x + 1 < w) g[i + 1] += (e * 7) / 16;
        if (y + 1 < h) { if (x > 0) g[i + w - 1] += (e * 3) / 16; g[i + w] += (e * 5) / 16; if (x + 1 < w) g[i + w + 1] += e / 16; }
      }
      P = [g, g, g];
    } else if (t === "moire") { // photographed screen: RGB sub-pixel grid beating with the sensor
      const [, per, amp, ang] = st;
      const ca = Math.cos(ang), sa = Math.sin(ang);
      P = split(P);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const u = x * ca + y * sa, v = -x * sa + y * ca;
        const m = 1 - amp * (0.5 + 0.5 * Math.cos((2 * Math.PI * u) / per) * Math.cos((2 * Math.PI * v) / (per * 1.07)));
        const i = y * w + x; P[0][i] *= m; P[1][i] *= 1 - (1 - m) * 0.6; P[2][i] *= m;
      }
    } else if (t === "jpeg") { // a re-encode round trip (chat apps, scanner apps)
      const j = flush();
      const buf = await j.getBuffer("image/jpeg", { quality: st[1] });
      const back = await Jimp.read(buf);
      P = toPlanes(back);
    } else if (t === "pad") { // l, t, r, b, colour
      const [, l, tp, rr, b, col] = st;
      const ow = w + l + rr, oh = h + tp + b;
      const Q = [new Float32Array(ow * oh).fill(col[0]), new Float32Array(ow * oh).fill(col[1]), new Float32Array(ow * oh).fill(col[2])];
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < 3; c++) Q[c][(y + tp) * ow + x + l] = P[c][y * w + x];
      P = Q; w = ow; h = oh;
    } else if (t === "crop") {
      const [, x0, y0, cw, ch] = st;
      const Q = [new Float32Array(cw * ch), new Float32Array(cw * ch), new Float32Array(cw * ch)];
      for (let y = 0; y < ch; y++) for (let x = 0; x < cw; x++) for (let c = 0; c < 3; c++) Q[c][y * cw + x] = P[c][Math.min(h - 1, y + y0) * w + Math.min(w - 1, x + x0)];
      P = Q; w = cw; h = ch;
    } else if (t === "overlay_page") { // paste another page (chat UI, screenshot frame): id, x, y
      const src = PAGES[st[1]]; const S = toPlanes(src); const sw = src.bitmap.width, sh = src.bitmap.height;
      const ox = st[2], oy = st[3];
      // the current image goes into the slot; the frame page is the new canvas
      const Q = [Float32Array.from(S[0]), Float32Array.from(S[1]), Float32Array.from(S[2])];
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const X = x + ox, Y = y + oy; if (X < 0 || Y < 0 || X >= sw || Y >= sh) continue;
        for (let c = 0; c < 3; c++) Q[c][Y * sw + X] = P[c][y * w + x];
      }
      P = Q; w = sw; h = sh;
    }
  }
  return flush();
}

async function writeOut(im, out, fmt, q) {
  if (fmt === "jpg") fs.writeFileSync(out, await im.getBuffer("image/jpeg", { quality: q || 85 }));
  else if (fmt === "png") fs.writeFileSync(out, await im.getBuffer("image/png"));
  else if (fmt === "tif") fs.writeFileSync(out, await im.getBuffer("image/tiff"));
  else if (fmt === "bmp") fs.writeFileSync(out, await im.getBuffer("image/bmp"));
  else if (fmt === "pdf") { // scanner-app PDF: the JPEG on a page of the scan's size
    const jpg = await im.getBuffer("image/jpeg", { quality: q || 80 });
    Math.random = rng(7);
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setCreationDate(new Date(Date.UTC(2024, 0, 1)));
    doc.setModificationDate(new Date(Date.UTC(2024, 0, 1)));
    doc.setProducer("ScannerApp");
    const e = await doc.embedJpg(jpg);
    const W = 595.28, H = (W * im.bitmap.height) / im.bitmap.width;
    const page = doc.addPage([W, H]);
    page.drawImage(e, { x: 0, y: 0, width: W, height: H });
    fs.writeFileSync(out, await doc.save({ useObjectStreams: false }));
  }
}

// ---- e-licence PDFs (pdf-lib + fontkit) ------------------------------------------------------------
async function makePdf(m) {
  Math.random = rng(m.seed || 1); // pdf-lib names font subsets with Math.random suffixes: seeded, so files are byte-identical
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setCreationDate(new Date(Date.UTC(2024, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2024, 0, 1)));
  doc.setProducer("zx"); doc.setCreator("zx");
  const emb = {};
  async function ef(k) {
    if (!emb[k]) emb[k] = await doc.embedFont(fs.readFileSync(FONT_FILES[k]), { subset: true });
    return emb[k];
  }
  const W = m.w, H = m.h, s = m.scale; // ops in page px; s = pt per px
  const page = doc.addPage([W * s, H * s]);
  const col = (c) => { const [r, g, b, a] = parseHex(c); return { color: rgb(r / 255, g / 255, b / 255), opacity: a / 255 }; };
  const Y = (y) => (H - y) * s;
  if (m.bg) { const c = col(m.bg); page.drawRectangle({ x: 0, y: 0, width: W * s, height: H * s, color: c.color }); }
  const svgPath = (rings) => rings.map((rg) => "M" + rg.map((p) => `${(p[0] * s).toFixed(2)} ${(p[1] * s).toFixed(2)}`).join(" L") + " Z").join(" ");
  for (const op of m.ops) {
    const t = op[0];
    if (t === "rect") { const c = col(op[5]); page.drawRectangle({ x: op[1] * s, y: Y(op[2] + op[4]), width: op[3] * s, height: op[4] * s, color: c.color, opacity: c.opacity }); }
    else if (t === "frame") { const c = col(op[6]); page.drawRectangle({ x: op[1] * s, y: Y(op[2] + op[4]), width: op[3] * s, height: op[4] * s, borderColor: c.color, borderWidth: op[5] * s, borderOpacity: c.opacity }); }
    else if (t === "line") { const c = col(op[6]); page.drawLine({ start: { x: op[1] * s, y: Y(op[2]) }, end: { x: op[3] * s, y: Y(op[4]) }, thickness: op[5] * s, color: c.color, opacity: c.opacity }); }
    else if (t === "polyline") { const c = col(op[3]); page.drawSvgPath("M" + op[1].map((p) => `${(p[0] * s).toFixed(2)} ${(p[1] * s).toFixed(2)}`).join(" L"), { x: 0, y: H * s, borderColor: c.color, borderWidth: op[2] * s, borderOpacity: c.opacity }); }
    else if (t === "poly") { const c = col(op[2]); page.drawSvgPath(svgPath(op[1]), { x: 0, y: H * s, color: c.color, opacity: c.opacity }); }
    else if (t === "ring") { const c = col(op[5]); page.drawCircle({ x: op[1] * s, y: Y(op[2]), size: op[3] * s, borderColor: c.color, borderWidth: op[4] * s, borderOpacity: c.opacity }); }
    else if (t === "disc") { const c = col(op[4]); page.drawCircle({ x: op[1] * s, y: Y(op[2]), size: op[3] * s, color: c.color, opacity: c.opacity }); }
    else if (t === "text") {
      const [, fk, size, x, y, str, c0, o0] = op; const o = o0 || {}; const c = col(c0); const f = await ef(fk);
      if (!o.track && !o.sx) page.drawText(str, { x: x * s, y: Y(y), size: size * s, font: f, color: c.color, opacity: c.opacity, rotate: degrees(-(o.rot || 0)) });
      else { // tracked / squeezed runs: one drawText per character at its pen position
        const ot = font(fk); let pen = 0; const rot = ((o.rot || 0) * Math.PI) / 180;
        for (const ch of Array.from(str)) {
          const px = x + pen * (o.sx || 1) * Math.cos(rot), py = y + pen * (o.sx || 1) * Math.sin(rot);
          page.drawText(ch, { x: px * s, y: Y(py), size: size * s, font: f, color: c.color, opacity: c.opacity, rotate: degrees(-(o.rot || 0)) });
          pen += (ot.charToGlyph(ch).advanceWidth * size) / ot.unitsPerEm + (o.track || 0);
        }
      }
    } else if (t === "glyphs") {
      const [, fk, size, c0, list] = op; const c = col(c0); const f = await ef(fk); const ot = font(fk);
      for (const [ch, gx, gy, rd] of list) {
        const adv = (ot.charToGlyph(ch).advanceWidth * size) / ot.unitsPerEm, a = (rd * Math.PI) / 180;
        const lx = -adv / 2, ly = size * 0.38; // same anchor as the raster path
        const px = gx + lx * Math.cos(a) - ly * Math.sin(a), py = gy + lx * Math.sin(a) + ly * Math.cos(a);
        page.drawText(ch, { x: px * s, y: Y(py), size: size * s, font: f, color: c.color, opacity: c.opacity, rotate: degrees(-rd) });
      }
    } else if (t === "modules") {
      const [, x, y, cell, rows, c0] = op; const c = col(c0);
      for (let j = 0; j < rows.length; j++) for (let i = 0; i < rows[j].length; i++)
        if (rows[j][i] === "1") page.drawRectangle({ x: (x + i * cell) * s, y: Y(y + (j + 1) * cell), width: cell * s, height: cell * s, color: c.color });
    }
  }
  void pushGraphicsState; void popGraphicsState;
  doc.setTitle(m.title || "", { showInWindowTitleBar: false });
  fs.writeFileSync(m.out, await doc.save({ useObjectStreams: false }));
}

// ---- the command loop -------------------------------------------------------------------------------
async function handle(m) {
  const c = m.cmd;
  if (c === "fonts") { FONT_FILES = m.files; return {}; }
  if (c === "page") return drawPage(m);
  if (c === "scan") {
    const im = await runSteps(PAGES[m.id], m.steps, m.seed);
    if (m.keep) PAGES[m.keep] = im;
    if (m.out) await writeOut(im, m.out, m.fmt, m.q);
    return { w: im.bitmap.width, h: im.bitmap.height };
  }
  if (c === "texture") {
    const im = PAGES[m.id]; const { width: w, height: h, data: d } = im.bitmap;
    const o = Buffer.alloc(w * h * 3);
    for (let i = 0, p = 0; i < w * h; i++, p += 4) { o[i * 3] = d[p]; o[i * 3 + 1] = d[p + 1]; o[i * 3 + 2] = d[p + 2]; }
    fs.writeFileSync(m.out, o);
    return { w, h };
  }
  if (c === "load") {
    const raw = fs.readFileSync(m.path); const d = Buffer.alloc(m.w * m.h * 4);
    for (let i = 0; i < m.w * m.h; i++) { d[i * 4] = raw[i * 3]; d[i * 4 + 1] = raw[i * 3 + 1]; d[i * 4 + 2] = raw[i * 3 + 2]; d[i * 4 + 3] = 255; }
    PAGES[m.id] = Jimp.fromBitmap({ width: m.w, height: m.h, data: d });
    return {};
  }
  if (c === "pdf") { await makePdf(m); return {}; }
  if (c === "drop") { for (const k of m.ids) delete PAGES[k]; return {}; }
  throw new Error("unknown command " + c);
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let chain = Promise.resolve();
rl.on("line", (line) => {
  if (!line.trim()) return;
  chain = chain.then(async () => {
    let m;
    try {
      m = JSON.parse(line);
      const c0 = process.cpuUsage();
      const res = await handle(m);
      const c1 = process.cpuUsage(c0);
      process.stdout.write(JSON.stringify({ ok: true, cpu_ms: Math.round((c1.user + c1.system) / 1000), ...res }) + "\n");
    } catch (e) {
      process.stdout.write(JSON.stringify({ ok: false, error: String(e && e.stack ? e.stack : e).slice(0, 800) }) + "\n");
    }
  });
});
rl.on("close", () => { chain.then(() => process.exit(0)); });
