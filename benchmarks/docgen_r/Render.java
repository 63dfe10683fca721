// Family R's page renderer (benchmarks/docgen_r): draws every page of a set with Java2D in one JVM run.
// Input: a JSON job file written by generate.py. Mode "render": pages of drawing ops -> raw RGB files plus
// the bounding boxes of the ops that carry an "id" (so the captures can hide exactly a field's value).
// Mode "encode": raw RGB captures -> PNG / JPEG (ImageIO, chosen quality) / TIFF (LZW or CCITT G4 1-bit).
// Faces are loaded by file (Font.createFont(s)); every drawn string is checked with canDisplayUpTo and the
// run fails loudly when a pinned face lacks a glyph (no silent fallback to a logical font).
import java.awt.*;
import java.awt.font.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.AttributedString;
import java.text.AttributedCharacterIterator;
import java.util.*;
import java.util.List;
import javax.imageio.*;
import javax.imageio.stream.ImageOutputStream;

public class Render {
    // ---- a minimal JSON reader (objects, arrays, strings, numbers, booleans, null) ----
    static final class J {
        final String s; int i = 0;
        J(String s) { this.s = s; }
        void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
        Object val() {
            ws();
            char c = s.charAt(i);
            if (c == '{') { i++; Map<String, Object> m = new LinkedHashMap<>(); ws();
                if (s.charAt(i) == '}') { i++; return m; }
                while (true) { ws(); String k = str(); ws(); i++; m.put(k, val()); ws();
                    char d = s.charAt(i++); if (d == '}') return m; } }
            if (c == '[') { i++; List<Object> l = new ArrayList<>(); ws();
                if (s.charAt(i) == ']') { i++; return l; }
                while (true) { l.add(val()); ws(); char d = s.charAt(i++); if (d == ']') return l; } }
            if (c == '"') return str();
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int j = i; while (j < s.length() && "+-0123456789.eE".indexOf(s.charAt(j)) >= 0) j++;
            double d = Double.parseDouble(s.substring(i, j)); i = j; return d;
        }
        String str() {
            StringBuilder b = new StringBuilder(); i++;
            while (true) { char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\\') { char e = s.charAt(i++);
                    switch (e) { case 'n': b.append('\n'); break; case 't': b.append('\t'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        case 'b': b.append('\b'); break; case 'f': b.append('\f'); break; case 'r': b.append('\r'); break;
                        default: b.append(e); } }
                else b.append(c); }
        }
    }
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) { if (c == '"' || c == '\\') b.append('\\'); b.append(c); }
        return b.append('"').toString();
    }

    static Map<String, Font> FONTS = new HashMap<>();
    @SuppressWarnings("unchecked") static Map<String, Object> M(Object o) { return (Map<String, Object>) o; }
    @SuppressWarnings("unchecked") static List<Object> L(Object o) { return (List<Object>) o; }
    static double d(Map<String, Object> m, String k, double def) { Object o = m.get(k); return o == null ? def : (Double) o; }
    static String st(Map<String, Object> m, String k, String def) { Object o = m.get(k); return o == null ? def : (String) o; }
    static boolean b(Map<String, Object> m, String k) { Object o = m.get(k); return o != null && (Boolean) o; }
    static Color col(Map<String, Object> m, String k, Color def) {
        Object o = m.get(k); if (o == null) return def; List<Object> l = L(o);
        int a = l.size() > 3 ? (int) (double) (Double) l.get(3) : 255;
        return new Color((int) (double) (Double) l.get(0), (int) (double) (Double) l.get(1), (int) (double) (Double) l.get(2), a);
    }

    static Font font(String key, double size, String text) {
        Font base = FONTS.get(key);
        if (base == null) throw new RuntimeException("face not loaded: " + key);
        Font f = base.deriveFont((float) size);
        int bad = f.canDisplayUpTo(text);
        if (bad != -1) throw new RuntimeException("face " + key + " lacks glyph '" + text.charAt(bad) + "' (U+"
                + Integer.toHexString(text.codePointAt(bad)) + ") in: " + text);
        return f;
    }

    static Map<String, double[]> boxes;
    static void box(Map<String, Object> op, Rectangle2D r) {
        String id = st(op, "id", null); if (id == null) return;
        double[] old = boxes.get(id);
        if (old == null) boxes.put(id, new double[]{r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY()});
        else boxes.put(id, new double[]{Math.min(old[0], r.getMinX()), Math.min(old[1], r.getMinY()),
                Math.max(old[2], r.getMaxX()), Math.max(old[3], r.getMaxY())});
    }

    static void text(Graphics2D g, Map<String, Object> op) {
        String t = st(op, "txt", "");
        if (t.isEmpty()) return;
        Font f = font(st(op, "f", ""), d(op, "s", 20), t);
        Map<TextAttribute, Object> attrs = new HashMap<>();
        double track = d(op, "track", 0);
        if (track != 0) attrs.put(TextAttribute.TRACKING, (float) track);
        double sx = d(op, "sx", 1);
        if (sx != 1) attrs.put(TextAttribute.TRANSFORM, new TransformAttribute(AffineTransform.getScaleInstance(sx, 1)));
        if (b(op, "bold")) attrs.put(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);
        if (!attrs.isEmpty()) f = f.deriveFont(attrs);
        TextLayout tl = new TextLayout(t, f, g.getFontRenderContext());
        double x = d(op, "x", 0), y = d(op, "y", 0), w = tl.getAdvance();
        String al = st(op, "al", "l");
        if (al.equals("c")) x -= w / 2; else if (al.equals("r")) x -= w;
        double rot = d(op, "rot", 0);
        g.setColor(col(op, "c", Color.BLACK));
        AffineTransform keep = g.getTransform();
        if (rot != 0) g.rotate(Math.toRadians(rot), x, y);
        tl.draw(g, (float) x, (float) y);
        Rectangle2D r = tl.getBounds();
        Shape s = new Rectangle2D.Double(x + r.getX(), y + r.getY(), r.getWidth(), r.getHeight());
        if (rot != 0) s = AffineTransform.getRotateInstance(Math.toRadians(rot), x, y).createTransformedShape(s);
        g.setTransform(keep);
        box(op, s.getBounds2D());
    }

    // a label spread across a width: characters placed at equal steps, first at x, last ending at x + w
    static void spread(Graphics2D g, Map<String, Object> op) {
        String t = st(op, "txt", "");
        Font f = font(st(op, "f", ""), d(op, "s", 20), t);
        double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", 100);
        g.setColor(col(op, "c", Color.BLACK));
        int n = t.codePointCount(0, t.length());
        if (n == 1) { g.setFont(f); g.drawString(t, (float) x, (float) y); return; }
        FontRenderContext frc = g.getFontRenderContext();
        double cw = f.getStringBounds(t.substring(t.offsetByCodePoints(0, n - 1)), frc).getWidth();
        double step = (w - cw) / (n - 1);
        int k = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i); String ch = new String(Character.toChars(cp));
            new TextLayout(ch, f, frc).draw(g, (float) (x + k * step), (float) y);
            i += Character.charCount(cp); k++;
        }
        box(op, new Rectangle2D.Double(x, y - f.getSize2D(), w, f.getSize2D() * 1.2));
    }

    // a wrapped paragraph (LineBreakMeasurer), optionally with a hanging first line offset; "just" justifies rows
    static void para(Graphics2D g, Map<String, Object> op) {
        String t = st(op, "txt", "");
        if (t.isEmpty()) return;
        Font f = font(st(op, "f", ""), d(op, "s", 20), t);
        Map<TextAttribute, Object> attrs = new HashMap<>();
        attrs.put(TextAttribute.FONT, f);
        double track = d(op, "track", 0);
        if (track != 0) attrs.put(TextAttribute.TRACKING, (float) track);
        AttributedString as = new AttributedString(t, attrs);
        AttributedCharacterIterator it = as.getIterator();
        FontRenderContext frc = g.getFontRenderContext();
        LineBreakMeasurer lbm = new LineBreakMeasurer(it, frc);
        double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", 300), lh = d(op, "lh", 1.5) * f.getSize2D();
        double maxLines = d(op, "max", 99);
        boolean just = b(op, "just");
        g.setColor(col(op, "c", Color.BLACK));
        double top = y; int lines = 0;
        y += f.getSize2D();
        while (lbm.getPosition() < it.getEndIndex() && lines < maxLines) {
            TextLayout tl = lbm.nextLayout((float) w);
            boolean last = lbm.getPosition() >= it.getEndIndex();
            if (just && !last) tl = tl.getJustifiedLayout((float) w);
            tl.draw(g, (float) x, (float) y);
            y += lh; lines++;
        }
        box(op, new Rectangle2D.Double(x, top, w, y - top - lh + f.getSize2D() * 0.3));
        if (lbm.getPosition() < it.getEndIndex()) throw new RuntimeException("paragraph overflows " + (int) maxLines + " lines: " + t);
    }

    static void seal(Graphics2D g, Map<String, Object> op) {
        double cx = d(op, "cx", 0), cy = d(op, "cy", 0), r = d(op, "r", 80);
        Color c = col(op, "c", new Color(220, 30, 30, 200));
        g.setColor(c);
        Stroke keep = g.getStroke();
        g.setStroke(new BasicStroke((float) (r * 0.06)));
        if (b(op, "oval")) g.draw(new Ellipse2D.Double(cx - r * 1.3, cy - r * 0.9, r * 2.6, r * 1.8));
        else g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(keep);
        if (!b(op, "oval")) {  // five-pointed star
            Path2D star = new Path2D.Double(); double R = r * 0.28, ri = R * 0.38;
            for (int k = 0; k < 10; k++) { double a = -Math.PI / 2 + k * Math.PI / 5, rr = k % 2 == 0 ? R : ri;
                double px = cx + rr * Math.cos(a), py = cy + rr * Math.sin(a);
                if (k == 0) star.moveTo(px, py); else star.lineTo(px, py); }
            star.closePath(); g.fill(star);
        }
        String t = st(op, "txt", "");
        if (!t.isEmpty()) {   // text on an arc, one glyph at a time, each turned to the arc's tangent
            Font f = font(st(op, "f", ""), r * d(op, "fs", 0.24), t);
            FontRenderContext frc = g.getFontRenderContext();
            int n = t.codePointCount(0, t.length());
            double span = Math.toRadians(d(op, "span", 250)), rr = r * 0.78;
            double start = -Math.PI / 2 - span / 2;
            int k = 0;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i); String ch = new String(Character.toChars(cp));
                double a = n == 1 ? -Math.PI / 2 : start + span * k / (n - 1);
                GlyphVector gv = f.createGlyphVector(frc, ch);
                Rectangle2D gb = gv.getVisualBounds();
                AffineTransform at = new AffineTransform();
                at.translate(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                at.rotate(a + Math.PI / 2);
                at.scale(d(op, "gsx", 0.8), 1.0);
                at.translate(-gb.getCenterX(), f.getSize2D() * 0.78);
                g.fill(at.createTransformedShape(gv.getOutline()));
                i += Character.charCount(cp); k++;
            }
        }
        String bot = st(op, "bottom", "");
        if (!bot.isEmpty()) {
            Font f = font(st(op, "f", ""), r * 0.15, bot);
            TextLayout tl = new TextLayout(bot, f, g.getFontRenderContext());
            tl.draw(g, (float) (cx - tl.getAdvance() / 2), (float) (cy + r * 0.62));
        }
    }

    static void guilloche(Graphics2D g, Map<String, Object> op) {
        double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", 100), h = d(op, "h", 100), band = d(op, "band", 30);
        int k = (int) d(op, "k", 6);
        g.setColor(col(op, "c", new Color(200, 150, 90)));
        g.setStroke(new BasicStroke((float) d(op, "lw", 0.8)));
        double per = d(op, "per", 24);
        for (int j = 0; j < k; j++) {
            double ph = j * Math.PI / k;
            Path2D p = new Path2D.Double();
            double L = 2 * (w + h); int steps = (int) (L / 2);
            for (int s = 0; s <= steps; s++) {
                double u = L * s / steps, off = band / 2 + band / 2 * 0.9 * Math.sin(2 * Math.PI * u / per + ph) * Math.cos(Math.PI * u / (per * 3.1) + ph);
                double px, py;
                if (u < w) { px = x + u; py = y + off; }
                else if (u < w + h) { px = x + w - off; py = y + (u - w); }
                else if (u < 2 * w + h) { px = x + w - (u - w - h); py = y + h - off; }
                else { px = x + off; py = y + h - (u - 2 * w - h); }
                if (s == 0) p.moveTo(px, py); else p.lineTo(px, py);
            }
            g.draw(p);
        }
        g.setStroke(new BasicStroke(1f));
    }

    static void photo(Graphics2D g, Map<String, Object> op) {
        double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", 100), h = d(op, "h", 120);
        Random rnd = new Random((long) d(op, "seed", 1));
        Shape keepClip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, w, h));
        g.setColor(col(op, "bg", new Color(235, 240, 245)));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        int tone = 150 + rnd.nextInt(60);
        g.setColor(new Color(30 + rnd.nextInt(40), 30 + rnd.nextInt(30), 35 + rnd.nextInt(40)));   // clothes
        g.fill(new Ellipse2D.Double(x + w * 0.05, y + h * 0.72, w * 0.9, h * 0.6));
        g.setColor(new Color(tone + 30, tone, tone - 30));
        g.fill(new Rectangle2D.Double(x + w * 0.4, y + h * 0.55, w * 0.2, h * 0.2));
        g.fill(new Ellipse2D.Double(x + w * 0.27, y + h * 0.18, w * 0.46, h * 0.48));
        g.setColor(new Color(20 + rnd.nextInt(30), 18, 15));   // hair
        g.fill(new Arc2D.Double(x + w * 0.25, y + h * 0.12, w * 0.5, h * 0.4, 0, 180, Arc2D.CHORD));
        g.setColor(new Color(40, 30, 30));
        g.fill(new Ellipse2D.Double(x + w * 0.39, y + h * 0.38, w * 0.05, h * 0.025));
        g.fill(new Ellipse2D.Double(x + w * 0.56, y + h * 0.38, w * 0.05, h * 0.025));
        g.setClip(keepClip);
        box(op, new Rectangle2D.Double(x, y, w, h));
    }

    static void qr(Graphics2D g, Map<String, Object> op) {
        double x = d(op, "x", 0), y = d(op, "y", 0), size = d(op, "size", 100);
        String bits = st(op, "bits", ""); int n = (int) Math.round(Math.sqrt(bits.length()));
        double c = size / n;
        g.setColor(col(op, "c", Color.BLACK));
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++)
            if (bits.charAt(i * n + j) == '1') g.fill(new Rectangle2D.Double(x + j * c, y + i * c, c + 0.3, c + 0.3));
    }

    static void emblem(Graphics2D g, Map<String, Object> op) {
        double cx = d(op, "cx", 0), cy = d(op, "cy", 0), r = d(op, "r", 60);
        g.setColor(new Color(200, 30, 35));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(new Color(240, 200, 60));
        g.setStroke(new BasicStroke((float) (r * 0.07)));
        g.draw(new Ellipse2D.Double(cx - r * 0.92, cy - r * 0.92, r * 1.84, r * 1.84));
        double[][] st = {{0, -0.45, 0.22}, {-0.38, -0.6, 0.08}, {-0.2, -0.75, 0.08}, {0.2, -0.75, 0.08}, {0.38, -0.6, 0.08}};
        for (double[] s : st) {
            Path2D p = new Path2D.Double(); double R = r * s[2] * 1.6, ri = R * 0.38;
            for (int k = 0; k < 10; k++) { double a = -Math.PI / 2 + k * Math.PI / 5, rr = k % 2 == 0 ? R : ri;
                double px = cx + s[0] * r * 0.7 + rr * Math.cos(a), py = cy + s[1] * r * 0.55 + rr * Math.sin(a) + r * 0.2;
                if (k == 0) p.moveTo(px, py); else p.lineTo(px, py); }
            p.closePath(); g.fill(p);
        }
        g.fill(new Rectangle2D.Double(cx - r * 0.5, cy + r * 0.15, r, r * 0.12));   // gate
        g.fill(new Rectangle2D.Double(cx - r * 0.35, cy + r * 0.3, r * 0.7, r * 0.25));
        g.setStroke(new BasicStroke(1f));
    }

    static void shape(Graphics2D g, Map<String, Object> op, String t) {
        double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", 0), h = d(op, "h", 0);
        g.setColor(col(op, "c", Color.BLACK));
        g.setStroke(new BasicStroke((float) d(op, "lw", 1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (t) {
            case "rect": if (b(op, "fill")) g.fill(new Rectangle2D.Double(x, y, w, h)); else g.draw(new Rectangle2D.Double(x, y, w, h)); break;
            case "oval": if (b(op, "fill")) g.fill(new Ellipse2D.Double(x, y, w, h)); else g.draw(new Ellipse2D.Double(x, y, w, h)); break;
            case "line": g.draw(new Line2D.Double(x, y, d(op, "x2", 0), d(op, "y2", 0))); break;
            case "poly": { List<Object> pts = L(op.get("pts")); Path2D p = new Path2D.Double();
                for (int i = 0; i < pts.size(); i += 2) { double px = (Double) pts.get(i), py = (Double) pts.get(i + 1);
                    if (i == 0) p.moveTo(px, py); else p.lineTo(px, py); }
                g.draw(p); break; }
        }
        g.setStroke(new BasicStroke(1f));
    }

    static void render(Map<String, Object> page, StringBuilder out) throws IOException {
        int W = (int) d(page, "w", 1000), H = (int) d(page, "h", 700);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        String aa = st(page, "aa", "grey");
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa.equals("off") ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa.equals("off") ? RenderingHints.VALUE_TEXT_ANTIALIAS_OFF
                : aa.equals("lcd") ? RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB : RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, b(page, "fm") ? RenderingHints.VALUE_FRACTIONALMETRICS_ON : RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(col(page, "bg", Color.WHITE));
        g.fillRect(0, 0, W, H);
        boxes = new LinkedHashMap<>();
        for (Object o : L(page.get("ops"))) {
            Map<String, Object> op = M(o);
            String t = st(op, "t", "");
            switch (t) {
                case "text": text(g, op); break;
                case "spread": spread(g, op); break;
                case "para": para(g, op); break;
                case "seal": seal(g, op); break;
                case "guilloche": guilloche(g, op); break;
                case "photo": photo(g, op); break;
                case "qr": qr(g, op); break;
                case "emblem": emblem(g, op); break;
                case "grad": {
                    Color a = col(op, "c", Color.WHITE), c2 = col(op, "c2", Color.WHITE);
                    double x = d(op, "x", 0), y = d(op, "y", 0), w = d(op, "w", W), h = d(op, "h", H);
                    g.setPaint(new GradientPaint((float) x, (float) y, a, (float) (x + w), (float) (y + h), c2));
                    g.fill(new RoundRectangle2D.Double(x, y, w, h, d(op, "rr", 0), d(op, "rr", 0)));
                    g.setPaint(null); break; }
                default: shape(g, op, t);
            }
        }
        g.dispose();
        int[] px = img.getRGB(0, 0, W, H, null, 0, W);
        byte[] raw = new byte[W * H * 3];
        for (int i = 0; i < px.length; i++) { raw[3 * i] = (byte) (px[i] >> 16); raw[3 * i + 1] = (byte) (px[i] >> 8); raw[3 * i + 2] = (byte) px[i]; }
        Files.write(Paths.get(st(page, "out", "")), raw);
        out.append(q(st(page, "out", ""))).append(":{");
        boolean first = true;
        for (Map.Entry<String, double[]> e : boxes.entrySet()) {
            if (!first) out.append(','); first = false;
            double[] v = e.getValue();
            out.append(q(e.getKey())).append(String.format(Locale.ROOT, ":[%.1f,%.1f,%.1f,%.1f]", v[0], v[1], v[2], v[3]));
        }
        out.append('}');
    }

    static void encode(Map<String, Object> job) throws IOException {
        int W = (int) d(job, "w", 0), H = (int) d(job, "h", 0), ch = (int) d(job, "ch", 3);
        byte[] raw = Files.readAllBytes(Paths.get(st(job, "raw", "")));
        String fmt = st(job, "fmt", "png");
        BufferedImage img;
        if (ch == 1 && fmt.equals("tif-g4")) {
            img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
            WritableRaster r = img.getRaster();
            for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) r.setSample(x, y, 0, (raw[y * W + x] & 0xff) > 127 ? 1 : 0);
        } else if (ch == 1) {
            img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
            img.getRaster().setDataElements(0, 0, W, H, raw);
        } else {
            img = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
            img.getRaster().setDataElements(0, 0, W, H, raw);   // samples in band order R, G, B
        }
        File f = new File(st(job, "out", ""));
        String wname = fmt.startsWith("tif") ? "tiff" : fmt.equals("jpg") ? "jpeg" : fmt;
        ImageWriter w = ImageIO.getImageWritersByFormatName(wname).next();
        ImageWriteParam p = w.getDefaultWriteParam();
        if (fmt.equals("jpg")) { p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); p.setCompressionQuality((float) d(job, "q", 0.8)); }
        if (fmt.startsWith("tif")) { p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType(fmt.equals("tif-g4") ? "CCITT T.6" : "LZW"); }
        f.delete();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(f)) {
            w.setOutput(os); w.write(null, new IIOImage(img, null, null), p);
        }
        w.dispose();
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> job = M(new J(new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8)).val());
        if (job.containsKey("fonts")) for (Map.Entry<String, Object> e : M(job.get("fonts")).entrySet()) {
            List<Object> spec = L(e.getValue());
            Font[] all = Font.createFonts(new File((String) spec.get(0)));
            int idx = (int) (double) (Double) spec.get(1);
            FONTS.put(e.getKey(), all[idx]);
            String want = spec.size() > 2 ? (String) spec.get(2) : null;
            if (want != null && !all[idx].getFontName(Locale.ROOT).equals(want))
                throw new RuntimeException("face " + e.getKey() + ": " + spec.get(0) + "[" + idx + "] is " + all[idx].getFontName(Locale.ROOT) + ", not " + want);
        }
        if (job.containsKey("pages")) {
            StringBuilder out = new StringBuilder("{"); boolean first = true;
            for (Object o : L(job.get("pages"))) { if (!first) out.append(','); first = false; render(M(o), out); }
            out.append('}');
            Files.write(Paths.get(st(job, "boxes", "")), out.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (job.containsKey("encode")) for (Object o : L(job.get("encode"))) encode(M(o));
        if (job.containsKey("names")) {   // list each face's name (for the tests and the README)
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Font> e : FONTS.entrySet()) b.append(e.getKey()).append('\t').append(e.getValue().getFontName(Locale.ROOT)).append('\n');
            System.out.print(b);
        }
    }
}
