// Family ZR's page renderer: one Node process per generate call, JSON lines on stdin/stdout.
// PDFKit (fontkit layout) writes each page laid out by the Python side as a PDF; pdf.js (pdfjs-dist,
// its own renderer) rasterises it on @napi-rs/canvas at a capture's dpi into a raw RGB file.
//   {"op":"fonts","fonts":{key:[file, postscriptName|null]}}       -> {"ok":true}
//   {"op":"measure","f":key,"s":size,"strs":[...]}                -> {"w":[widthOfString...]}
//   {"op":"page","w":pt,"h":pt,"ops":[...],"pdf":path,"dpi":n|null,"raw":path|null} -> {"w":px,"h":px}
import fs from "node:fs";
import readline from "node:readline";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// the packages live outside version control (npm ci by `make sysdeps`): ZR_NODE_DIR/node_modules
const require = createRequire(process.env.ZR_NODE_DIR + "/package.json");
const PDFDocument = require("pdfkit");
const pdfjs = await import(pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href);
const { createCanvas } = require("@napi-rs/canvas");

const FONTS = {};
const BUFS = {};  // each face file read once per process
let measureDoc = null;

function newDoc(w, h) {
  const doc = new PDFDocument({ size: [w, h], margin: 0, autoFirstPage: true, compress: true,
    info: { Producer: "PDFKit", Creator: "zongchuang docgen_zr", CreationDate: new Date(0), ModDate: new Date(0) } });
  for (const [key, [file, ps]] of Object.entries(FONTS)) {
    if (!BUFS[file]) BUFS[file] = fs.readFileSync(file);
    doc.registerFont(key, BUFS[file], ps || undefined);
  }
  return doc;
}

function draw(doc, ops) {
  for (const o of ops) {
    switch (o.t) {
      case "save": doc.save(); break;
      case "restore": doc.restore(); break;
      case "rotate": doc.rotate(o.a, { origin: [o.x, o.y] }); break;
      case "translate": doc.translate(o.x, o.y); break;
      case "scale": doc.scale(o.sx, o.sy, { origin: [o.x || 0, o.y || 0] }); break;
      case "text": {
        doc.save();
        if (o.rot) doc.rotate(o.rot, { origin: [o.x, o.y] });
        if (o.sx) doc.scale(o.sx, 1, { origin: [o.x, o.y] });
        doc.font(o.f).fontSize(o.s).fillColor(o.c || "#000000", o.o ?? 1);
        doc.text(o.str, o.x, o.y, { lineBreak: false, baseline: "alphabetic", characterSpacing: o.cs || 0 });
        doc.restore();
        break;
      }
      case "path": {
        doc.save();
        if (o.lw) doc.lineWidth(o.lw);
        if (o.dash) doc.dash(o.dash[0], { space: o.dash[1] });
        doc.path(o.d);
        if (o.fill && o.stroke) doc.fillColor(o.fill, o.o ?? 1).strokeColor(o.stroke, o.so ?? o.o ?? 1).fillAndStroke();
        else if (o.fill) doc.fillColor(o.fill, o.o ?? 1).fill(o.rule || "nonzero");
        else doc.strokeColor(o.stroke || "#000000", o.o ?? 1).stroke();
        doc.restore();
        break;
      }
      default: throw new Error("unknown op " + o.t);
    }
  }
}

function writePdf(doc, path) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => { const buf = Buffer.concat(chunks); fs.writeFileSync(path, buf); resolve(buf); });
    doc.on("error", reject);
    doc.end();
  });
}

async function raster(buf, dpi, rawPath) {
  const task = pdfjs.getDocument({ data: new Uint8Array(buf), disableFontFace: true, useSystemFonts: false,
    isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  const page = await pdf.getPage(1);
  const vp = page.getViewport({ scale: dpi / 72 });
  const w = Math.round(vp.width), h = Math.round(vp.height);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, w, h);
  await page.render({ canvasContext: ctx, canvas, viewport: vp, background: "#ffffff" }).promise;
  const rgba = ctx.getImageData(0, 0, w, h).data;
  const rgb = Buffer.alloc(w * h * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) { rgb[j] = rgba[i]; rgb[j + 1] = rgba[i + 1]; rgb[j + 2] = rgba[i + 2]; }
  fs.writeFileSync(rawPath, rgb);
  await pdf.destroy();
  return { w, h };
}

async function handle(req) {
  if (req.op === "fonts") {
    Object.assign(FONTS, req.fonts);
    measureDoc = newDoc(100, 100);
    return { ok: true };
  }
  if (req.op === "measure") {
    measureDoc.font(req.f).fontSize(req.s);
    return { w: req.strs.map((s) => measureDoc.widthOfString(s, { characterSpacing: req.cs || 0 })) };
  }
  if (req.op === "page") {
    const t0 = Date.now();
    const doc = newDoc(req.w, req.h);
    draw(doc, req.ops);
    const buf = await writePdf(doc, req.pdf);
    const t1 = Date.now();
    if (process.env.ZR_PROFILE) process.stderr.write(`pdf ${t1 - t0} ms ${buf.length} bytes\n`);
    if (req.dpi) {
      const r = await raster(buf, req.dpi, req.raw);
      if (process.env.ZR_PROFILE) process.stderr.write(`raster ${Date.now() - t1} ms\n`);
      return r;
    }
    return { ok: true };
  }
  throw new Error("unknown request " + req.op);
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let out;
  try { out = await handle(JSON.parse(line)); } catch (e) { out = { error: String(e && e.stack || e) }; }
  process.stdout.write(JSON.stringify(out) + "\n");
}
