// Family AE's page drawer: one JSON page per stdin line -> one PNG, "ok <path> <faces>" on stdout.
// Glyphs: fontdue coverage from the face files (per-character fallback by cmap, the same order the
// Python layout checked), composed as tiny-skia pixmaps with a per-glyph transform (rotated
// watermarks, seal text on an arc). Everything else: tiny-skia paths (borders, emblem, seals, QR
// modules, guilloche, stamps, handwriting strokes). Layout and line breaking are done by the caller.
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, Write};
use tiny_skia::*;

struct Faces {
    fonts: Vec<fontdue::Font>,
    index: HashMap<String, usize>,
    cache: HashMap<(usize, u16, u32), (fontdue::Metrics, Option<Pixmap>)>,
}

impl Faces {
    fn face(&mut self, path: &str) -> usize {
        if let Some(i) = self.index.get(path) {
            return *i;
        }
        let bytes = std::fs::read(path).expect("face file");
        let font = fontdue::Font::from_bytes(bytes, fontdue::FontSettings { collection_index: 0, scale: 64.0 })
            .expect("face parse");
        self.fonts.push(font);
        self.index.insert(path.to_string(), self.fonts.len() - 1);
        self.fonts.len() - 1
    }
    // faces are loaded lazily, in chain order, only when an earlier face lacks the character
    fn pick(&mut self, faces: &[String], ch: char) -> (usize, u16) {
        for p in faces {
            let f = self.face(p);
            let g = self.fonts[f].lookup_glyph_index(ch);
            if g != 0 {
                return (f, g);
            }
        }
        (self.face(&faces[0]), 0)
    }
    fn glyph(&mut self, f: usize, g: u16, px: f32) -> (fontdue::Metrics, Option<Pixmap>) {
        let key = (f, g, (px * 16.0) as u32);
        if let Some(v) = self.cache.get(&key) {
            return (v.0, v.1.clone());
        }
        let (m, cov) = self.fonts[f].rasterize_indexed(g, px);
        let pm = if m.width > 0 && m.height > 0 {
            let mut pm = Pixmap::new(m.width as u32, m.height as u32).unwrap();
            let data = pm.data_mut();
            for (i, a) in cov.iter().enumerate() {
                data[i * 4 + 3] = *a; // alpha mask only; coloured at draw time
            }
            Some(pm)
        } else {
            None
        };
        if self.cache.len() > 20000 {
            self.cache.clear();
        }
        self.cache.insert(key, (m, pm.clone()));
        (m, pm)
    }
}

fn f(v: &Value, k: &str, d: f32) -> f32 {
    v.get(k).and_then(|x| x.as_f64()).map(|x| x as f32).unwrap_or(d)
}

fn color(v: Option<&Value>) -> Option<Color> {
    let a = v?.as_array()?;
    let c: Vec<f32> = a.iter().map(|x| x.as_f64().unwrap_or(0.0) as f32).collect();
    let al = if c.len() > 3 { c[3] } else { 1.0 };
    Color::from_rgba(c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, al.clamp(0.0, 1.0))
}

fn paint(c: Color, op: &Value) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(c);
    p.anti_alias = true;
    if op.get("bm").and_then(|x| x.as_str()) == Some("mul") {
        p.blend_mode = BlendMode::Multiply;
    }
    p
}

fn pts(op: &Value) -> Vec<(f32, f32)> {
    op["pts"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| (p[0].as_f64().unwrap_or(0.0) as f32, p[1].as_f64().unwrap_or(0.0) as f32))
                .collect()
        })
        .unwrap_or_default()
}

fn fill_stroke(pm: &mut Pixmap, path: &Path, op: &Value) {
    if let Some(c) = color(op.get("fill")) {
        pm.fill_path(path, &paint(c, op), FillRule::EvenOdd, Transform::identity(), None);
    }
    if let Some(c) = color(op.get("stroke")) {
        let mut s = Stroke::default();
        s.width = f(op, "sw", 1.0);
        s.line_cap = LineCap::Round;
        s.line_join = LineJoin::Round;
        if let Some(d) = op.get("dash").and_then(|x| x.as_array()) {
            let dv: Vec<f32> = d.iter().map(|x| x.as_f64().unwrap_or(1.0) as f32).collect();
            s.dash = StrokeDash::new(dv, 0.0);
        }
        pm.stroke_path(path, &paint(c, op), &s, Transform::identity(), None);
    }
}

// one glyph run along a baseline from (x, y) in direction `rot` degrees; returns the advance used
fn draw_run(pm: &mut Pixmap, fc: &mut Faces, faces: &[String], txt: &str, x: f32, y: f32, px: f32, sp: f32,
            rot: f32, c: Color, op: &Value, used: &mut Vec<usize>) -> f32 {
    let mut pen = 0.0f32;
    let t0 = Transform::from_translate(x, y).pre_concat(Transform::from_rotate(rot));
    for ch in txt.chars() {
        let (fi, g) = fc.pick(faces, ch);
        if !used.contains(&fi) {
            used.push(fi);
        }
        let (m, gp) = fc.glyph(fi, g, px);
        if let Some(gp) = gp {
            let mut tinted = gp.clone();
            let cu = c.premultiply().to_color_u8();
            for px4 in tinted.pixels_mut() {
                let a = px4.alpha() as u32;
                *px4 = PremultipliedColorU8::from_rgba(
                    (cu.red() as u32 * a / 255) as u8,
                    (cu.green() as u32 * a / 255) as u8,
                    (cu.blue() as u32 * a / 255) as u8,
                    (cu.alpha() as u32 * a / 255) as u8,
                )
                .unwrap();
            }
            let gx = pen + m.xmin as f32;
            let gy = -(m.ymin as f32 + m.height as f32);
            let tr = t0.pre_concat(Transform::from_translate(gx, gy));
            let mut pp = PixmapPaint::default();
            pp.quality = if rot.abs() < 0.01 { FilterQuality::Nearest } else { FilterQuality::Bilinear };
            if op.get("bm").and_then(|x| x.as_str()) == Some("mul") {
                pp.blend_mode = BlendMode::Multiply;
            }
            if rot.abs() < 0.01 {
                pm.draw_pixmap((x + gx).round() as i32, (y + gy).round() as i32, tinted.as_ref(), &pp,
                               Transform::identity(), None);
            } else {
                pm.draw_pixmap(0, 0, tinted.as_ref(), &pp, tr, None);
            }
        }
        pen += m.advance_width + sp;
    }
    pen
}

fn draw(line: &str, fc: &mut Faces) -> String {
    let page: Value = serde_json::from_str(line).expect("page json");
    let w = page["w"].as_u64().unwrap() as u32;
    let h = page["h"].as_u64().unwrap() as u32;
    let mut pm = Pixmap::new(w, h).unwrap();
    pm.fill(color(page.get("bg")).unwrap_or(Color::WHITE));
    let face_ids: Vec<String> = page["faces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let mut used: Vec<usize> = Vec::new();
    for op in page["ops"].as_array().unwrap() {
        let t = op["t"].as_str().unwrap_or("");
        match t {
            "rect" => {
                if let Some(r) = Rect::from_xywh(f(op, "x", 0.0), f(op, "y", 0.0), f(op, "w", 1.0), f(op, "h", 1.0)) {
                    let path = PathBuilder::from_rect(r);
                    fill_stroke(&mut pm, &path, op);
                }
            }
            "circle" => {
                if let Some(path) = PathBuilder::from_circle(f(op, "cx", 0.0), f(op, "cy", 0.0), f(op, "r", 1.0)) {
                    fill_stroke(&mut pm, &path, op);
                }
            }
            "oval" => {
                if let Some(r) = Rect::from_xywh(f(op, "x", 0.0), f(op, "y", 0.0), f(op, "w", 1.0), f(op, "h", 1.0)) {
                    if let Some(path) = PathBuilder::from_oval(r) {
                        fill_stroke(&mut pm, &path, op);
                    }
                }
            }
            "poly" | "curve" => {
                // poly: straight segments; curve: quadratic smoothing through midpoints (handwriting)
                let p = pts(op);
                if p.len() < 2 {
                    continue;
                }
                let mut pb = PathBuilder::new();
                pb.move_to(p[0].0, p[0].1);
                if t == "poly" || p.len() < 3 {
                    for q in &p[1..] {
                        pb.line_to(q.0, q.1);
                    }
                } else {
                    for i in 1..p.len() - 1 {
                        let mx = (p[i].0 + p[i + 1].0) / 2.0;
                        let my = (p[i].1 + p[i + 1].1) / 2.0;
                        pb.quad_to(p[i].0, p[i].1, mx, my);
                    }
                    let l = p[p.len() - 1];
                    pb.line_to(l.0, l.1);
                }
                if op.get("close").and_then(|x| x.as_bool()).unwrap_or(false) {
                    pb.close();
                }
                if let Some(path) = pb.finish() {
                    fill_stroke(&mut pm, &path, op);
                }
            }
            "star" => {
                let (cx, cy, r) = (f(op, "cx", 0.0), f(op, "cy", 0.0), f(op, "r", 1.0));
                let a0 = f(op, "rot", 0.0).to_radians();
                let mut pb = PathBuilder::new();
                for i in 0..10 {
                    let rr = if i % 2 == 0 { r } else { r * 0.382 };
                    let a = a0 - std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
                    let (x, y) = (cx + rr * a.cos(), cy + rr * a.sin());
                    if i == 0 { pb.move_to(x, y) } else { pb.line_to(x, y) }
                }
                pb.close();
                if let Some(path) = pb.finish() {
                    fill_stroke(&mut pm, &path, op);
                }
            }
            "qr" => {
                let (x, y, m) = (f(op, "x", 0.0), f(op, "y", 0.0), f(op, "m", 2.0));
                let n = op["n"].as_u64().unwrap_or(21) as usize;
                let bits = op["bits"].as_str().unwrap_or("").as_bytes();
                let mut pb = PathBuilder::new();
                for r in 0..n {
                    for cidx in 0..n {
                        if bits.get(r * n + cidx) == Some(&b'1') {
                            pb.push_rect(x + cidx as f32 * m, y + r as f32 * m, m, m);
                        }
                    }
                }
                if let Some(path) = pb.finish() {
                    let c = color(op.get("fill")).unwrap_or(Color::BLACK);
                    let mut p = paint(c, op);
                    p.anti_alias = false;
                    pm.fill_path(&path, &p, FillRule::Winding, Transform::identity(), None);
                }
            }
            "guil" => {
                // guilloche: interleaved sine ribbons across a band
                let (x, y, w, h) = (f(op, "x", 0.0), f(op, "y", 0.0), f(op, "w", 100.0), f(op, "h", 20.0));
                let n = op["n"].as_u64().unwrap_or(6) as usize;
                let fr = f(op, "freq", 0.05);
                let c = color(op.get("stroke")).unwrap_or(Color::from_rgba8(200, 120, 60, 120));
                let mut s = Stroke::default();
                s.width = f(op, "sw", 0.8);
                for k in 0..n {
                    let ph = k as f32 * std::f32::consts::PI * 2.0 / n as f32;
                    let mut pb = PathBuilder::new();
                    let steps = (w / 2.0).max(8.0) as usize;
                    for i in 0..=steps {
                        let xx = x + w * i as f32 / steps as f32;
                        let u = (xx - x) * fr;
                        let yy = y + h / 2.0 + h / 2.0 * (u + ph).sin() * (0.6 + 0.4 * (u * 0.31 + ph).cos());
                        if i == 0 { pb.move_to(xx, yy) } else { pb.line_to(xx, yy) }
                    }
                    if let Some(path) = pb.finish() {
                        pm.stroke_path(&path, &paint(c, op), &s, Transform::identity(), None);
                    }
                }
            }
            "text" => {
                let fl: Vec<String> = op["f"].as_array().unwrap().iter().map(|i| face_ids[i.as_u64().unwrap() as usize].clone()).collect();
                let c = color(op.get("c")).unwrap_or(Color::BLACK);
                draw_run(&mut pm, fc, &fl, op["txt"].as_str().unwrap_or(""), f(op, "x", 0.0), f(op, "y", 0.0),
                         f(op, "s", 12.0), f(op, "sp", 0.0), f(op, "rot", 0.0), c, op, &mut used);
            }
            "arctext" => {
                // characters centred on a circle, upright towards the centre (seal inscriptions)
                let fl: Vec<String> = op["f"].as_array().unwrap().iter().map(|i| face_ids[i.as_u64().unwrap() as usize].clone()).collect();
                let c = color(op.get("c")).unwrap_or(Color::from_rgba8(200, 20, 20, 230));
                let (cx, cy, r, s) = (f(op, "cx", 0.0), f(op, "cy", 0.0), f(op, "r", 50.0), f(op, "s", 12.0));
                let (a0, a1) = (f(op, "a0", -120.0), f(op, "a1", 120.0));
                let chars: Vec<char> = op["txt"].as_str().unwrap_or("").chars().collect();
                let n = chars.len().max(1);
                for (i, ch) in chars.iter().enumerate() {
                    let a = if n == 1 { (a0 + a1) / 2.0 } else { a0 + (a1 - a0) * i as f32 / (n - 1) as f32 };
                    let ar = (a - 90.0).to_radians();
                    let (px, py) = (cx + r * ar.cos(), cy + r * ar.sin());
                    // glyph centred on (px,py) with its top towards the outside: rotate by a
                    let ar2 = a.to_radians();
                    let (dx, dy) = (-s * 0.5 * ar2.cos() - s * 0.38 * ar2.sin(), -s * 0.5 * ar2.sin() + s * 0.38 * ar2.cos());
                    let mut st = String::new();
                    st.push(*ch);
                    draw_run(&mut pm, fc, &fl, &st, px + dx, py + dy, s, 0.0, a, c, op, &mut used);
                }
            }
            _ => {}
        }
    }
    let out = page["out"].as_str().unwrap();
    pm.save_png(out).expect("png");
    let mut names: Vec<String> = Vec::new();
    for (p, i) in fc.index.iter() {
        if used.contains(i) {
            names.push(p.clone());
        }
    }
    names.sort();
    format!("ok {} {}", out, names.join(","))
}

fn main() {
    let mut fc = Faces { fonts: Vec::new(), index: HashMap::new(), cache: HashMap::new() };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        if line.trim().is_empty() {
            continue;
        }
        let r = draw(&line, &mut fc);
        let mut o = stdout.lock();
        writeln!(o, "{}", r).unwrap();
        o.flush().unwrap();
    }
}
