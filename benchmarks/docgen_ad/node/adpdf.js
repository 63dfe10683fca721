// Family AD's e-licence PDFs, written by jsPDF on Node.js.  One node process per generate call reads one
// JSON page per stdin line ({out, w, h, bg, ops}: the same drawing operations, in mm, that the Allegro
// drawer rasterises) and writes a vector PDF: TrueType CJK faces embedded with addFileToVFS/addFont
// (Identity-H), glyph runs placed glyph by glyph at the layout's positions (rotated for seals and
// watermarks), shapes as jsPDF paths, transparency through GState.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const { jsPDF } = require("jspdf");

const faceCache = new Map();
function faceB64(file) {
  if (!faceCache.has(file)) faceCache.set(file, fs.readFileSync(file).toString("base64"));
  return faceCache.get(file);
}

function colour(doc, c, fill) {
  if (fill) doc.setFillColor(c[0], c[1], c[2]);
  else doc.setDrawColor(c[0], c[1], c[2]);
}

function alpha(doc, a) {
  doc.setGState(new doc.GState({ opacity: a / 255, "stroke-opacity": a / 255 }));
}

function page(job) {
  const orientation = job.w > job.h ? "landscape" : "portrait";
  const doc = new jsPDF({ orientation, unit: "mm", format: [job.w, job.h], compress: true, putOnlyUsedFonts: true });
  doc.setProperties({ title: "电子证照", creator: "docgen_ad (jsPDF)", subject: "family AD e-licence" });
  doc.setCreationDate(new Date(job.created + "T00:00:00Z"));
  doc.setFileId("00000000000000000000000000000000".slice(0, 32));
  const fonts = new Map();
  const fontFor = (file) => {
    if (!fonts.has(file)) {
      const name = "F" + fonts.size + "_" + path.basename(file).replace(/\W/g, "");
      doc.addFileToVFS(name + ".ttf", faceB64(file));
      doc.addFont(name + ".ttf", name, "normal", "Identity-H");
      fonts.set(file, name);
    }
    return fonts.get(file);
  };
  colour(doc, job.bg, true);
  doc.rect(0, 0, job.w, job.h, "F");
  for (const op of job.ops) {
    const t = op[0];
    if (t === "T") {
      const [, face, size, c, a, ang, x, y, glyphs] = op;
      doc.setFont(fontFor(face), "normal");
      doc.setFontSize((size * 72) / 25.4);
      doc.setTextColor(c[0], c[1], c[2]);
      alpha(doc, a);
      const ca = Math.cos(ang), sa = Math.sin(ang);
      const deg = (-ang * 180) / Math.PI;
      // consecutive glyphs on a level baseline go out as one string when their spacing is the face's own
      let i = 0;
      while (i < glyphs.length) {
        let s = String.fromCodePoint(glyphs[i][0]);
        const x0 = glyphs[i][1];
        let j = i + 1;
        if (ang === 0) {
          while (j < glyphs.length) {
            const expect = x0 + doc.getTextWidth(s);
            if (Math.abs(glyphs[j][1] - expect) > 0.02) break;
            s += String.fromCodePoint(glyphs[j][0]);
            j++;
          }
        }
        const gx = x + x0 * ca, gy = y + x0 * sa;
        if (ang === 0) doc.text(s, gx, gy);
        else doc.text(s, gx, gy, { angle: deg });
        i = j;
      }
    } else if (t === "L") {
      const [, x1, y1, x2, y2, c, a, th] = op;
      colour(doc, c, false); alpha(doc, a); doc.setLineWidth(Math.max(th, 0.05));
      doc.line(x1, y1, x2, y2);
    } else if (t === "R") {
      const [, x1, y1, x2, y2, c, a, th] = op;
      alpha(doc, a);
      if (th <= 0) { colour(doc, c, true); doc.rect(x1, y1, x2 - x1, y2 - y1, "F"); }
      else { colour(doc, c, false); doc.setLineWidth(th); doc.rect(x1, y1, x2 - x1, y2 - y1, "S"); }
    } else if (t === "C") {
      const [, cx, cy, r, c, a, th] = op;
      alpha(doc, a);
      if (th <= 0) { colour(doc, c, true); doc.circle(cx, cy, r, "F"); }
      else { colour(doc, c, false); doc.setLineWidth(th); doc.circle(cx, cy, r, "S"); }
    } else if (t === "E") {
      const [, cx, cy, rx, ry, c, a, th] = op;
      alpha(doc, a);
      if (th <= 0) { colour(doc, c, true); doc.ellipse(cx, cy, rx, ry, "F"); }
      else { colour(doc, c, false); doc.setLineWidth(th); doc.ellipse(cx, cy, rx, ry, "S"); }
    } else if (t === "S" || t === "G") {
      const pts = op[1], c = op[2], a = op[3];
      const deltas = [];
      for (let k = 2; k < pts.length; k += 2) deltas.push([pts[k] - pts[k - 2], pts[k + 1] - pts[k - 1]]);
      alpha(doc, a);
      if (t === "S") { colour(doc, c, false); doc.setLineWidth(Math.max(op[4], 0.05)); doc.lines(deltas, pts[0], pts[1], [1, 1], "S", false); }
      else { colour(doc, c, true); doc.lines(deltas, pts[0], pts[1], [1, 1], "F", true); }
    } else if (t === "Q") {
      const [, x, y, m, n, bits] = op;
      alpha(doc, 255);
      doc.setFillColor(10, 10, 10);
      for (let r = 0; r < n; r++)
        for (let q = 0; q < n; q++)
          if (bits[r * n + q] === "1") doc.rect(x + q * m, y + r * m, m * 1.01, m * 1.01, "F");
    }
  }
  fs.writeFileSync(job.out, Buffer.from(doc.output("arraybuffer")));
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (line.trim()) {
    const job = JSON.parse(line);
    page(job);
    process.stdout.write("ok " + job.out + "\n");
  }
});
