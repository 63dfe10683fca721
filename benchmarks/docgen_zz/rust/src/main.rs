// Family ZZ's page drawer: one process per generate call, one JSON document per stdin line.
// Glyph outlines come from ttf-parser (cmap lookup, glyf/CFF outlines); every glyph and every shape
// (lines, rectangles, circles/rings, polygons, QR modules) is coverage-rasterised by ab_glyph_rasterizer
// and composited over an RGB page; pages are written as PNG by the png crate.
use ab_glyph_rasterizer::{point, Point, Rasterizer};
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, Write};

struct Canvas { w: usize, h: usize, px: Vec<f32> }

impl Canvas {
    fn blend(&mut self, x: i64, y: i64, cov: f32, c: [f32; 4]) {
        if x < 0 || y < 0 || x as usize >= self.w || y as usize >= self.h { return; }
        let a = (cov.min(1.0)) * c[3];
        if a <= 0.0 { return; }
        let i = (y as usize * self.w + x as usize) * 3;
        for k in 0..3 {
            self.px[i + k] = self.px[i + k] * (1.0 - a) + c[k] * a;
        }
    }
    fn blend_mul(&mut self, x: i64, y: i64, cov: f32, c: [f32; 4]) {
        // multiply mode: ink over ink (seals over text keep the text dark)
        if x < 0 || y < 0 || x as usize >= self.w || y as usize >= self.h { return; }
        let a = (cov.min(1.0)) * c[3];
        if a <= 0.0 { return; }
        let i = (y as usize * self.w + x as usize) * 3;
        for k in 0..3 {
            let m = self.px[i + k] * c[k];
            self.px[i + k] = self.px[i + k] * (1.0 - a) + m * a;
        }
    }
}

// A path in pixel space: list of contours, each a list of segments.
enum Seg { L(Point, Point), Q(Point, Point, Point), C(Point, Point, Point, Point) }

fn fill(cv: &mut Canvas, segs: &[Seg], col: [f32; 4], mul: bool) {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for s in segs {
        let pts: Vec<&Point> = match s { Seg::L(a, b) => vec![a, b], Seg::Q(a, b, c) => vec![a, b, c], Seg::C(a, b, c, d) => vec![a, b, c, d] };
        for p in pts { x0 = x0.min(p.x); y0 = y0.min(p.y); x1 = x1.max(p.x); y1 = y1.max(p.y); }
    }
    if x0 > x1 { return; }
    // the shape's whole box (shapes may run off the page: pixels outside are dropped when blending)
    if x1 < 0.0 || y1 < 0.0 || x0 > cv.w as f32 || y0 > cv.h as f32 { return; }
    let bx = x0.floor() - 1.0; let by = y0.floor() - 1.0;
    let ex = x1.ceil() + 2.0; let ey = y1.ceil() + 2.0;
    let (rw, rh) = ((ex - bx) as usize + 1, (ey - by) as usize + 1);
    let mut r = Rasterizer::new(rw, rh);
    let o = |p: &Point| point(p.x - bx, p.y - by);
    for s in segs {
        match s {
            Seg::L(a, b) => r.draw_line(o(a), o(b)),
            Seg::Q(a, b, c) => r.draw_quad(o(a), o(b), o(c)),
            Seg::C(a, b, c, d) => r.draw_cubic(o(a), o(b), o(c), o(d)),
        }
    }
    let bxi = bx as i64; let byi = by as i64;
    r.for_each_pixel_2d(|x, y, a| {
        if a > 0.002 {
            if mul { cv.blend_mul(bxi + x as i64, byi + y as i64, a, col) } else { cv.blend(bxi + x as i64, byi + y as i64, a, col) }
        }
    });
}

struct Outline<'a> { segs: &'a mut Vec<Seg>, tf: [f32; 6], start: Point, last: Point }
impl<'a> Outline<'a> {
    fn t(&self, x: f32, y: f32) -> Point { point(self.tf[0] * x + self.tf[1] * y + self.tf[2], self.tf[3] * x + self.tf[4] * y + self.tf[5]) }
}
impl<'a> ttf_parser::OutlineBuilder for Outline<'a> {
    fn move_to(&mut self, x: f32, y: f32) { let p = self.t(x, y); self.start = p; self.last = p; }
    fn line_to(&mut self, x: f32, y: f32) { let p = self.t(x, y); self.segs.push(Seg::L(self.last, p)); self.last = p; }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) { let c = self.t(x1, y1); let p = self.t(x, y); self.segs.push(Seg::Q(self.last, c, p)); self.last = p; }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) { let c1 = self.t(x1, y1); let c2 = self.t(x2, y2); let p = self.t(x, y); self.segs.push(Seg::C(self.last, c1, c2, p)); self.last = p; }
    fn close(&mut self) { if (self.last.x - self.start.x).abs() > 1e-4 || (self.last.y - self.start.y).abs() > 1e-4 { self.segs.push(Seg::L(self.last, self.start)); } self.last = self.start; }
}

fn f(v: &Value, k: &str, d: f32) -> f32 { v.get(k).and_then(|x| x.as_f64()).map(|x| x as f32).unwrap_or(d) }
fn col(v: &Value) -> [f32; 4] {
    let c = v.get("c").and_then(|x| x.as_array()).cloned().unwrap_or_default();
    let g = |i: usize, d: f32| c.get(i).and_then(|x| x.as_f64()).map(|x| x as f32).unwrap_or(d);
    [g(0, 0.0) / 255.0, g(1, 0.0) / 255.0, g(2, 0.0) / 255.0, g(3, 1.0)]
}

fn poly_segs(pts: &[(f32, f32)], s: f32) -> Vec<Seg> {
    let mut v = Vec::new();
    for i in 0..pts.len() { let a = pts[i]; let b = pts[(i + 1) % pts.len()]; v.push(Seg::L(point(a.0 * s, a.1 * s), point(b.0 * s, b.1 * s))); }
    v
}
fn circle_pts(cx: f32, cy: f32, r: f32, rev: bool) -> Vec<(f32, f32)> {
    let n = 96; let mut v = Vec::with_capacity(n);
    for i in 0..n { let mut t = i as f32 / n as f32 * std::f32::consts::TAU; if rev { t = -t; } v.push((cx + r * t.cos(), cy + r * t.sin())); }
    v
}
fn line_quad(x1: f32, y1: f32, x2: f32, y2: f32, lw: f32) -> Vec<(f32, f32)> {
    let (dx, dy) = (x2 - x1, y2 - y1); let l = (dx * dx + dy * dy).sqrt().max(1e-6);
    let (nx, ny) = (-dy / l * lw / 2.0, dx / l * lw / 2.0);
    vec![(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
}

fn main() {
    let stdin = std::io::stdin();
    let mut fonts: HashMap<String, Vec<u8>> = HashMap::new();
    let mut out = std::io::stdout();
    for line in stdin.lock().lines() {
        let line = line.expect("stdin");
        if line.trim().is_empty() { continue; }
        let doc: Value = serde_json::from_str(&line).expect("json");
        let s = f(&doc, "scale", 8.0); // pixels per mm
        let w = (f(&doc, "w", 100.0) * s).round() as usize; let h = (f(&doc, "h", 100.0) * s).round() as usize;
        let bg = col(&doc);
        let mut cv = Canvas { w, h, px: vec![0.0; w * h * 3] };
        for i in 0..w * h { cv.px[i * 3] = bg[0]; cv.px[i * 3 + 1] = bg[1]; cv.px[i * 3 + 2] = bg[2]; }
        let faces: Vec<String> = doc["faces"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
        for fp in &faces { if !fonts.contains_key(fp) { let p = fp.split('#').next().unwrap(); fonts.insert(fp.clone(), std::fs::read(p).expect("font")); } }
        let mut missing = 0usize;
        for op in doc["ops"].as_array().unwrap() {
            let t = op["t"].as_str().unwrap_or("");
            let c = col(op);
            let mul = op.get("mul").and_then(|x| x.as_bool()).unwrap_or(false);
            match t {
                "text" => {
                    let fp = &faces[op["f"].as_u64().unwrap() as usize];
                    let idx: u32 = fp.split('#').nth(1).map(|x| x.parse().unwrap()).unwrap_or(0);
                    let face = ttf_parser::Face::from_slice(&fonts[fp], idx).expect("face");
                    let upem = face.units_per_em() as f32;
                    let size = f(op, "s", 3.0) * s; let k = size / upem;
                    let (x, y) = (f(op, "x", 0.0) * s, f(op, "y", 0.0) * s);
                    let ls = f(op, "ls", 0.0) * s; let sx = f(op, "sx", 1.0);
                    let rot = f(op, "r", 0.0).to_radians(); let (cr, sr) = (rot.cos(), rot.sin());
                    let bold = f(op, "b", 0.0) * s;
                    let mut pen = 0.0f32;
                    let mut segs = Vec::new();
                    for ch in op["v"].as_str().unwrap_or("").chars() {
                        let gid = match face.glyph_index(ch) { Some(g) => g, None => { if ch != ' ' && ch != '\u{3000}' { missing += 1; } pen += size * 0.5 + ls; continue; } };
                        let adv = face.glyph_hor_advance(gid).unwrap_or(upem as u16) as f32 * k * sx;
                        for (ox, oy) in if bold > 0.0 { vec![(0.0, 0.0), (bold, 0.0), (0.0, bold * 0.5)] } else { vec![(0.0, 0.0)] } {
                            // local glyph space (font units, y up) -> page pixels, rotated about (x, y)
                            let lx = pen + ox; let ly = oy;
                            let tf = [k * sx * cr, k * sr, x + lx * cr - ly * sr, k * sx * sr, -k * cr, y + lx * sr + ly * cr];
                            let mut ob = Outline { segs: &mut segs, tf, start: point(0.0, 0.0), last: point(0.0, 0.0) };
                            face.outline_glyph(gid, &mut ob);
                        }
                        pen += adv + ls;
                    }
                    fill(&mut cv, &segs, c, mul);
                }
                "rect" => {
                    let (x, y, rw, rh) = (f(op, "x", 0.0), f(op, "y", 0.0), f(op, "w", 0.0), f(op, "h", 0.0));
                    if op.get("fill").and_then(|x| x.as_bool()).unwrap_or(false) {
                        fill(&mut cv, &poly_segs(&[(x, y), (x + rw, y), (x + rw, y + rh), (x, y + rh)], s), c, mul);
                    } else {
                        let lw = f(op, "lw", 0.3);
                        let mut segs = poly_segs(&[(x - lw / 2.0, y - lw / 2.0), (x + rw + lw / 2.0, y - lw / 2.0), (x + rw + lw / 2.0, y + rh + lw / 2.0), (x - lw / 2.0, y + rh + lw / 2.0)], s);
                        segs.extend(poly_segs(&[(x + lw / 2.0, y + lw / 2.0), (x + lw / 2.0, y + rh - lw / 2.0), (x + rw - lw / 2.0, y + rh - lw / 2.0), (x + rw - lw / 2.0, y + lw / 2.0)], s));
                        fill(&mut cv, &segs, c, mul);
                    }
                }
                "line" => {
                    let q = line_quad(f(op, "x1", 0.0), f(op, "y1", 0.0), f(op, "x2", 0.0), f(op, "y2", 0.0), f(op, "lw", 0.3));
                    fill(&mut cv, &poly_segs(&q, s), c, mul);
                }
                "polyline" => {
                    let p: Vec<f32> = op["p"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
                    let lw = f(op, "lw", 0.3); let mut segs = Vec::new();
                    for i in 0..p.len() / 2 - 1 {
                        segs.extend(poly_segs(&line_quad(p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3], lw), s));
                        segs.extend(poly_segs(&circle_pts(p[2 * i + 2], p[2 * i + 3], lw / 2.0, false), s));
                    }
                    // overlapping quads/discs add coverage; clamp in fill keeps it <= 1
                    fill(&mut cv, &segs, c, mul);
                }
                "circle" => {
                    let (cx, cy, r) = (f(op, "x", 0.0), f(op, "y", 0.0), f(op, "rad", 1.0));
                    if op.get("fill").and_then(|x| x.as_bool()).unwrap_or(false) {
                        fill(&mut cv, &poly_segs(&circle_pts(cx, cy, r, false), s), c, mul);
                    } else {
                        let lw = f(op, "lw", 0.3);
                        let mut segs = poly_segs(&circle_pts(cx, cy, r + lw / 2.0, false), s);
                        segs.extend(poly_segs(&circle_pts(cx, cy, r - lw / 2.0, true), s));
                        fill(&mut cv, &segs, c, mul);
                    }
                }
                "poly" => {
                    let p: Vec<f32> = op["p"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
                    let pts: Vec<(f32, f32)> = (0..p.len() / 2).map(|i| (p[2 * i], p[2 * i + 1])).collect();
                    fill(&mut cv, &poly_segs(&pts, s), c, mul);
                }
                "qr" => {
                    let bits = op["bits"].as_str().unwrap().as_bytes(); let n = op["n"].as_u64().unwrap() as usize;
                    let (x, y, m) = (f(op, "x", 0.0), f(op, "y", 0.0), f(op, "m", 0.5));
                    let mut segs = Vec::new();
                    for j in 0..n { for i in 0..n { if bits[j * n + i] == b'1' {
                        let (a, b) = (x + i as f32 * m, y + j as f32 * m);
                        segs.extend(poly_segs(&[(a, b), (a + m, b), (a + m, b + m), (a, b + m)], s));
                    } } }
                    fill(&mut cv, &segs, c, mul);
                }
                "glow" => {
                    // radial light (a lamp's glare on a sleeve / a thumb's shadow): smooth falloff
                    let (cx, cy, r) = (f(op, "x", 0.0) * s, f(op, "y", 0.0) * s, f(op, "rad", 5.0) * s);
                    let (ax, ay) = (f(op, "ax", 1.0), f(op, "ay", 1.0));
                    let x0 = (cx - r * ax).max(0.0) as i64; let x1 = (cx + r * ax).min(w as f32) as i64;
                    let y0 = (cy - r * ay).max(0.0) as i64; let y1 = (cy + r * ay).min(h as f32) as i64;
                    for yy in y0..y1 { for xx in x0..x1 {
                        let dx = (xx as f32 - cx) / (r * ax); let dy = (yy as f32 - cy) / (r * ay);
                        let d = (dx * dx + dy * dy).sqrt();
                        if d < 1.0 { let a = ((1.0 - d * d) * 2.5).min(1.0); cv.blend(xx, yy, a, c); }  // a saturated core, a short falloff
                    } }
                }
                _ => {}
            }
        }
        let path = doc["out"].as_str().unwrap();
        let file = std::fs::File::create(path).expect("out");
        let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w as u32, h as u32);
        enc.set_color(png::ColorType::Rgb); enc.set_depth(png::BitDepth::Eight);
        let mut wr = enc.write_header().expect("png");
        let bytes: Vec<u8> = cv.px.iter().map(|v| (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8).collect();
        wr.write_image_data(&bytes).expect("png data");
        drop(wr);
        writeln!(out, "{} {} {} {}", path, w, h, missing).unwrap();
        out.flush().unwrap();
    }
}
