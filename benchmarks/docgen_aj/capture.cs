// Family AJ's capture engine: C# on Mono, own pixel code. Reads jobs from stdin, one per line:
//   <in.ppm> <out.ppm|out.pgm> <op> key=value ...
// and writes one line "ok <out>" per job. Ops: scan copy fax scanapp chat photo.
using System;
using System.IO;
using System.Collections.Generic;
using System.Globalization;

class Img {
    public int W, H; public float[] R, G, B;
    public Img(int w, int h) { W = w; H = h; R = new float[w * h]; G = new float[w * h]; B = new float[w * h]; }
    public static Img Read(string path) {
        var bytes = File.ReadAllBytes(path);
        int pos = 0; var tok = new List<string>();
        while (tok.Count < 4) {
            while (char.IsWhiteSpace((char)bytes[pos])) pos++;
            if (bytes[pos] == '#') { while (bytes[pos] != '\n') pos++; continue; }
            int s = pos; while (!char.IsWhiteSpace((char)bytes[pos])) pos++;
            tok.Add(System.Text.Encoding.ASCII.GetString(bytes, s, pos - s));
        }
        pos++;
        int w = int.Parse(tok[1]), h = int.Parse(tok[2]);
        var im = new Img(w, h); bool color = tok[0] == "P6";
        for (int i = 0; i < w * h; i++) {
            if (color) { im.R[i] = bytes[pos++] / 255f; im.G[i] = bytes[pos++] / 255f; im.B[i] = bytes[pos++] / 255f; }
            else { float v = bytes[pos++] / 255f; im.R[i] = im.G[i] = im.B[i] = v; }
        }
        return im;
    }
    static byte C(float v) { v = v * 255f + 0.5f; return (byte)(v < 0 ? 0 : v > 255 ? 255 : v); }
    public void Write(string path, bool gray) {
        var hdr = System.Text.Encoding.ASCII.GetBytes((gray ? "P5\n" : "P6\n") + W + " " + H + "\n255\n");
        var data = new byte[hdr.Length + W * H * (gray ? 1 : 3)];
        Array.Copy(hdr, data, hdr.Length); int p = hdr.Length;
        for (int i = 0; i < W * H; i++) {
            if (gray) data[p++] = C(0.299f * R[i] + 0.587f * G[i] + 0.114f * B[i]);
            else { data[p++] = C(R[i]); data[p++] = C(G[i]); data[p++] = C(B[i]); }
        }
        File.WriteAllBytes(path, data);
    }
    public void Sample(float x, float y, out float r, out float g, out float b, float br, float bg, float bb) {
        if (x < 0 || y < 0 || x > W - 1.001f || y > H - 1.001f) { r = br; g = bg; b = bb; return; }
        int x0 = (int)x, y0 = (int)y; float fx = x - x0, fy = y - y0; int i = y0 * W + x0;
        float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
        r = R[i] * w00 + R[i + 1] * w10 + R[i + W] * w01 + R[i + W + 1] * w11;
        g = G[i] * w00 + G[i + 1] * w10 + G[i + W] * w01 + G[i + W + 1] * w11;
        b = B[i] * w00 + B[i + 1] * w10 + B[i + W] * w01 + B[i + W + 1] * w11;
    }
}

class Rng {
    ulong s;
    public Rng(long seed) { s = (ulong)seed * 6364136223846793005UL + 1442695040888963407UL; Next(); }
    public ulong Next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }
    public float U() { return (Next() >> 40) / (float)(1UL << 24); }
    public float N() { float a = U() + 1e-7f, b = U(); return (float)(Math.Sqrt(-2 * Math.Log(a)) * Math.Cos(2 * Math.PI * b)); }
}

static class Cap {
    static Dictionary<string, string> P;
    static float F(string k, float d) { return P.ContainsKey(k) ? float.Parse(P[k], CultureInfo.InvariantCulture) : d; }
    static string S(string k, string d) { return P.ContainsKey(k) ? P[k] : d; }

    static void Main() {
        string line;
        while ((line = Console.In.ReadLine()) != null) {
            line = line.Trim(); if (line.Length == 0) continue;
            var t = line.Split(' ');
            P = new Dictionary<string, string>();
            for (int i = 3; i < t.Length; i++) { int e = t[i].IndexOf('='); P[t[i].Substring(0, e)] = t[i].Substring(e + 1); }
            var rng = new Rng((long)F("seed", 1));
            var im = Img.Read(t[0]);
            bool gray = false; Img o;
            switch (t[2]) {
                case "scan": o = Scan(im, rng); break;
                case "copy": o = Copy(im, rng, (int)F("gen", 1)); gray = true; break;
                case "fax": o = Fax(im, rng); gray = true; break;
                case "scanapp": o = ScanApp(im, rng); gray = S("gray", "0") == "1"; break;
                case "chat": o = Chat(im, rng); break;
                default: o = Photo(im, rng); break;
            }
            o.Write(t[1], gray);
            Console.Out.WriteLine("ok " + t[1]); Console.Out.Flush();
        }
    }

    // ---------- geometry helpers
    static Img Rotate(Img im, float deg, float scale, float pr, float pg, float pb, float dx, float dy) {
        var o = new Img(im.W, im.H);
        double a = deg * Math.PI / 180, c = Math.Cos(a) / scale, s = Math.Sin(a) / scale;
        float cx = im.W / 2f, cy = im.H / 2f;
        for (int y = 0; y < o.H; y++) for (int x = 0; x < o.W; x++) {
            float u = (float)(c * (x - cx - dx) + s * (y - cy - dy) + cx), v = (float)(-s * (x - cx - dx) + c * (y - cy - dy) + cy);
            float r, g, b; im.Sample(u, v, out r, out g, out b, pr, pg, pb);
            int i = y * o.W + x; o.R[i] = r; o.G[i] = g; o.B[i] = b;
        }
        return o;
    }
    static Img Resize(Img im, int w, int h) {
        var o = new Img(w, h); float sx = (float)im.W / w, sy = (float)im.H / h;
        int kx = Math.Max(1, (int)Math.Ceiling(sx)), ky = Math.Max(1, (int)Math.Ceiling(sy));
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            float r = 0, g = 0, b = 0; int n = 0;
            int x0 = (int)(x * sx), y0 = (int)(y * sy);
            for (int j = 0; j < ky; j++) for (int i = 0; i < kx; i++) {
                int xx = Math.Min(im.W - 1, x0 + i), yy = Math.Min(im.H - 1, y0 + j), k = yy * im.W + xx;
                r += im.R[k]; g += im.G[k]; b += im.B[k]; n++;
            }
            int q = y * w + x; o.R[q] = r / n; o.G[q] = g / n; o.B[q] = b / n;
        }
        return o;
    }
    static void Blur(Img im, int rad) {
        if (rad < 1) return;
        int W = im.W, H = im.H, n = 2 * rad + 1;
        foreach (var ch in new[] { im.R, im.G, im.B }) {
            var tmp = new float[ch.Length];
            for (int y = 0; y < H; y++) { int row = y * W; float acc = 0;
                for (int k = -rad; k <= rad; k++) acc += ch[row + Math.Min(W - 1, Math.Max(0, k))];
                for (int x = 0; x < W; x++) { tmp[row + x] = acc / n;
                    acc += ch[row + Math.Min(W - 1, x + rad + 1)] - ch[row + Math.Max(0, x - rad)]; } }
            for (int x = 0; x < W; x++) { float acc = 0;
                for (int k = -rad; k <= rad; k++) acc += tmp[Math.Min(H - 1, Math.Max(0, k)) * W + x];
                for (int y = 0; y < H; y++) { ch[y * W + x] = acc / n;
                    acc += tmp[Math.Min(H - 1, y + rad + 1) * W + x] - tmp[Math.Max(0, y - rad) * W + x]; } }
        }
    }
    static float[] Luma(Img im) { var l = new float[im.W * im.H]; for (int i = 0; i < l.Length; i++) l[i] = 0.299f * im.R[i] + 0.587f * im.G[i] + 0.114f * im.B[i]; return l; }
    static void Noise(Img im, Rng rng, float sd) { for (int i = 0; i < im.R.Length; i++) { float n = rng.N() * sd; im.R[i] += n; im.G[i] += n; im.B[i] += n * 1.1f; } }

    static int Q(float v) { int k = (int)(v * 1024f + 0.5f); return k < 0 ? 0 : k > 1024 ? 1024 : k; }

    // ---------- flatbed scan
    static Img Scan(Img im, Rng rng) {
        float lid = F("lid", 0.93f);
        var o = Rotate(im, F("rot", 0.6f), F("scale", 1f), lid, lid, lid * 0.98f, F("dx", 0), F("dy", 0));
        Blur(o, (int)F("blur", 1));
        float gam = F("gamma", 0.95f), tint = F("tint", 0.0f);
        var lut = new float[1025];
        for (int k = 0; k <= 1024; k++) lut[k] = (float)Math.Pow(k / 1024.0, gam);
        for (int i = 0; i < o.R.Length; i++) {
            o.R[i] = lut[Q(o.R[i])] * (1 + tint); o.G[i] = lut[Q(o.G[i])]; o.B[i] = lut[Q(o.B[i])] * (1 - tint);
        }
        Noise(o, rng, F("noise", 0.015f));
        return o;
    }

    // ---------- photocopy (gen = 1 or 2 generations)
    static Img Copy(Img im, Rng rng, int gen) {
        Img o = im;
        for (int g = 0; g < gen; g++) {
            o = Rotate(o, F("rot", 0.8f) * (g == 0 ? 1 : -0.7f), 1f, 1, 1, 1, F("dx", 0) * (g + 1), 0);
            if (g == 0) Blur(o, 0);
            var l = Luma(o);
            var lut = new float[1025];
            for (int k = 0; k <= 1024; k++) lut[k] = (float)Math.Pow(k / 1024.0, 1.9);
            for (int k = 0; k < l.Length; k++) l[k] = lut[Q(l[k])];
            var n = new Img(o.W, o.H);
            float dark = F("dark", 0.12f) * (g + 1), c = F("contrast", 1.5f);
            for (int y = 0; y < o.H; y++) for (int x = 0; x < o.W; x++) {
                int i = y * o.W + x;
                float v = (l[i] - 0.5f) * c + 0.5f + 0.3f;
                // drum: darker band at one edge, streaks
                float edge = Math.Max(0, 1 - x / (o.W * 0.06f)) * dark + Math.Max(0, (y - o.H * 0.97f) / (o.H * 0.03f)) * dark;
                v -= edge;
                if (v < 0.35f) v *= 0.6f;
                n.R[i] = n.G[i] = n.B[i] = v;
            }
            // toner speckle and a streak
            int specks = (int)(o.W * o.H * F("speck", 0.0004f));
            for (int k = 0; k < specks; k++) { int i = (int)(rng.U() * (o.W * o.H - 1)); float v = 0.25f + rng.U() * 0.4f; n.R[i] = n.G[i] = n.B[i] = Math.Min(n.R[i], v); }
            int sx = (int)(rng.U() * o.W); for (int y = 0; y < o.H; y++) for (int w = 0; w < 2; w++) { int i = y * o.W + Math.Min(o.W - 1, sx + w); n.R[i] = n.G[i] = n.B[i] = n.R[i] * 0.86f; }
            if (g == gen - 1) Blur(n, 1);
            Noise(n, rng, 0.02f);
            o = n;
        }
        return o;
    }

    // ---------- fax: resample to 204 dpi across, fine/std down, threshold
    static Img Turn(Img im) { // a landscape page fed portrait: 90 degrees clockwise
        var o = new Img(im.H, im.W);
        for (int y = 0; y < o.H; y++) for (int x = 0; x < o.W; x++) {
            int s = (im.H - 1 - x) * im.W + y, d = y * o.W + x; o.R[d] = im.R[s]; o.G[d] = im.G[s]; o.B[d] = im.B[s]; }
        return o;
    }

    static Img Fax(Img im, Rng rng) {
        if (im.W > im.H) im = Turn(im);
        int w = 1728; float vdpi = F("vdpi", 196), srcdpi = F("dpi", 200);
        int h = (int)(im.H * (vdpi / srcdpi) * (204f / 204f));
        var pre = Rotate(im, F("rot", 0.5f), 1f, 1, 1, 1, 0, 0);
        // ink spread of the sending scanner: a 3x3 minimum keeps thin strokes through the coarse resample
        var lm = Luma(pre); var mn = new float[lm.Length];
        for (int y = 0; y < pre.H; y++) for (int x = 0; x < pre.W; x++) {
            float m = 1;
            for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) {
                int yy = Math.Min(pre.H - 1, Math.Max(0, y + dy)), xx = Math.Min(pre.W - 1, Math.Max(0, x + dx));
                m = Math.Min(m, lm[yy * pre.W + xx]); }
            mn[y * pre.W + x] = 0.5f * m + 0.5f * lm[y * pre.W + x];
        }
        for (int i = 0; i < mn.Length; i++) pre.R[i] = pre.G[i] = pre.B[i] = mn[i];
        var o = Resize(pre, w, h);
        var l = Luma(o);
        float th = F("thresh", 0.55f);
        for (int y = 0; y < h; y++) {
            bool lineNoise = rng.U() < 0.004f;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float v = l[i] + rng.N() * 0.06f;
                float b = v < th ? 0f : 1f;
                if (lineNoise && rng.U() < 0.5f) b = 0;
                if (rng.U() < 0.0003f) b = 1 - b;
                o.R[i] = o.G[i] = o.B[i] = b;
            }
        }
        // header line band at top
        return o;
    }

    // ---------- scanner app (phone capture flattened and "enhanced")
    static Img ScanApp(Img im, Rng rng) {
        var o = Rotate(im, F("rot", 0.4f), F("scale", 1.0f), 1, 1, 1, 0, 0);
        // uneven light then flattening by a large blur of the page (the app's shading removal)
        for (int y = 0; y < o.H; y++) for (int x = 0; x < o.W; x++) {
            int i = y * o.W + x; float s = 0.82f + 0.18f * (float)x / o.W;
            o.R[i] *= s; o.G[i] *= s * 0.99f; o.B[i] *= s * 0.96f;
        }
        var bg = new Img(o.W / 8, o.H / 8);
        bg = Resize(o, o.W / 8, o.H / 8); Blur(bg, 6);
        float k = F("boost", 1.15f);
        for (int y = 0; y < o.H; y++) for (int x = 0; x < o.W; x++) {
            int i = y * o.W + x; int j = Math.Min(bg.H - 1, y / 8) * bg.W + Math.Min(bg.W - 1, x / 8);
            o.R[i] = (o.R[i] / Math.Max(0.3f, bg.R[j]) - 1) * k + 1.02f;
            o.G[i] = (o.G[i] / Math.Max(0.3f, bg.G[j]) - 1) * k + 1.02f;
            o.B[i] = (o.B[i] / Math.Max(0.3f, bg.B[j]) - 1) * k + 1.02f;
        }
        Noise(o, rng, 0.008f);
        float sc = F("out", 1f);
        if (sc != 1f) o = Resize(o, (int)(o.W * sc), (int)(o.H * sc));
        return o;
    }

    // ---------- chat forward: downscale, colour shift, light blur
    static Img Chat(Img im, Rng rng) {
        float longSide = F("long", 1280);
        float s = longSide / Math.Max(im.W, im.H);
        var o = Resize(im, (int)(im.W * s), (int)(im.H * s));
        float sat = F("sat", 1.1f);
        for (int i = 0; i < o.R.Length; i++) {
            float l = 0.3f * o.R[i] + 0.59f * o.G[i] + 0.11f * o.B[i];
            o.R[i] = l + (o.R[i] - l) * sat + 0.01f; o.G[i] = l + (o.G[i] - l) * sat; o.B[i] = l + (o.B[i] - l) * sat - 0.01f;
        }
        Noise(o, rng, 0.01f);
        return o;
    }

    // ---------- photo: the page as a textured quad in a scene, own projective mapping and shading
    static double[] Homography(double[] src, double[] dst) {
        // maps dst (output px) -> src (doc px); solve 8x8
        var A = new double[8, 9];
        for (int k = 0; k < 4; k++) {
            double x = dst[2 * k], y = dst[2 * k + 1], u = src[2 * k], v = src[2 * k + 1];
            double[] r1 = { x, y, 1, 0, 0, 0, -u * x, -u * y, u }, r2 = { 0, 0, 0, x, y, 1, -v * x, -v * y, v };
            for (int j = 0; j < 9; j++) { A[2 * k, j] = r1[j]; A[2 * k + 1, j] = r2[j]; }
        }
        for (int c = 0; c < 8; c++) {
            int piv = c; for (int r = c + 1; r < 8; r++) if (Math.Abs(A[r, c]) > Math.Abs(A[piv, c])) piv = r;
            for (int j = 0; j < 9; j++) { var t = A[c, j]; A[c, j] = A[piv, j]; A[piv, j] = t; }
            for (int r = 0; r < 8; r++) if (r != c) { double f = A[r, c] / A[c, c]; for (int j = c; j < 9; j++) A[r, j] -= f * A[c, j]; }
        }
        var h = new double[9]; for (int i = 0; i < 8; i++) h[i] = A[i, 8] / A[i, i]; h[8] = 1; return h;
    }

    static Img Photo(Img doc, Rng rng) {
        int W = (int)F("w", 2000), H = (int)F("h", 1500);
        var q = S("quad", "0,0,1,0,1,1,0,1").Split(',');
        var dst = new double[8]; for (int i = 0; i < 8; i++) dst[i] = double.Parse(q[i], CultureInfo.InvariantCulture) * (i % 2 == 0 ? W : H);
        var src = new double[] { 0, 0, doc.W - 1, 0, doc.W - 1, doc.H - 1, 0, doc.H - 1 };
        var hm = Homography(src, dst);
        string scene = S("scene", "desk");
        float br = F("bgr", 0.5f), bgc = F("bgg", 0.4f), bb = F("bgb", 0.3f);
        float lx = F("lx", 0.3f), ly = F("ly", 0.2f), amb = F("amb", 0.75f), warm = F("warm", 0.03f);
        float gx = F("gx", -1), gy = F("gy", -1), gr = F("gr", 0.1f);          // glare centre in output fraction
        float tx = F("tx", -1), ty = F("ty", -1), tr = F("tr", 0.08f);         // thumb centre in output fraction
        var o = new Img(W, H);
        float sb = F("sb", 0.9f);
        // shadow of the page: offset quad
        float shx = F("shx", 0.012f) * W, shy = F("shy", 0.015f) * H;
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            int i = y * W + x;
            double den = hm[6] * x + hm[7] * y + hm[8];
            float u = (float)((hm[0] * x + hm[1] * y + hm[2]) / den), v = (float)((hm[3] * x + hm[4] * y + hm[5]) / den);
            float r, g, b;
            // background texture
            float fx = (float)x / W, fy = (float)y / H;
            float tex;
            if (scene == "gaopaiyi") tex = 0.9f + 0.1f * (float)Math.Sin(x * 0.9) * (float)Math.Sin(y * 0.9);
            else if (scene == "screen") tex = 1;
            else tex = 0.85f + 0.15f * (float)Math.Sin(fx * 40 + 3 * Math.Sin(fy * 9)) * (float)Math.Sin(fy * 3 + fx);
            float bgR = br * tex, bgG = bgc * tex, bgB = bb * tex;
            double den2 = hm[6] * (x - shx) + hm[7] * (y - shy) + hm[8];
            float us = (float)((hm[0] * (x - shx) + hm[1] * (y - shy) + hm[2]) / den2), vs = (float)((hm[3] * (x - shx) + hm[4] * (y - shy) + hm[5]) / den2);
            if (us >= 0 && vs >= 0 && us < doc.W && vs < doc.H && scene != "screen") { bgR *= 0.6f; bgG *= 0.6f; bgB *= 0.6f; }
            doc.Sample(u, v, out r, out g, out b, bgR, bgG, bgB);
            bool onDoc = u >= 0 && v >= 0 && u < doc.W - 1 && v < doc.H - 1;
            // light: ambient + directional falloff from (lx,ly)
            float d2 = (fx - lx) * (fx - lx) + (fy - ly) * (fy - ly);
            float light = amb + (1 - amb) * (float)Math.Exp(-d2 * 2.2);
            if (scene == "gaopaiyi") light *= 1 - 0.35f * (float)Math.Pow(Math.Sqrt((fx - 0.5) * (fx - 0.5) + (fy - 0.5) * (fy - 0.5)) * 1.41, 2.5);
            r *= light * (1 + warm); g *= light; b *= light * (1 - warm);
            if (scene == "screen") {
                // pixel grid and moire of a monitor photographed
                float m = 0.9f + 0.1f * (float)Math.Sin(x * 2.1 + y * 0.13) * (float)Math.Sin(y * 1.7);
                r = r * m * 0.92f + 0.05f; g = g * m * 0.95f + 0.05f; b = b * m + 0.07f;
                if (!onDoc) { r = 0.05f; g = 0.05f; b = 0.06f; }
            }
            if (scene == "sleeve" && onDoc) {
                float band = (float)Math.Exp(-Math.Pow((fx * 0.8 + fy * 0.6 - sb) / 0.05, 2));
                r += band * 0.18f; g += band * 0.18f; b += band * 0.2f;
                r = r * 0.94f + 0.04f; g = g * 0.94f + 0.04f; b = b * 0.94f + 0.05f;
            }
            if (gx >= 0) {
                float gd = ((fx - gx) * (fx - gx) + (fy - gy) * (fy - gy) * (H * H) / (float)(W * W)) / (gr * gr);
                float gl = gd < 0.7f ? 1f : (float)Math.Exp(-(gd - 0.7f) * (gd - 0.7f) * 2.5f);
                r = r * (1 - gl) + gl * 1.05f; g = g * (1 - gl) + gl * 1.05f; b = b * (1 - gl) + gl * 1.05f;
            }
            if (tx >= 0) {
                float ex = (fx - tx) / tr, ey = (fy - ty) / (tr * 1.6f) * H / (float)W * (W / (float)H);
                ey = (fy - ty) * H / W / (tr * 1.6f);
                float dd = ex * ex + ey * ey;
                if (dd < 1 || fy > ty && Math.Abs(ex) < 1) {
                    float sh = 0.75f + 0.25f * (1 - Math.Min(1, dd));
                    r = 0.82f * sh; g = 0.6f * sh; b = 0.5f * sh;
                } else if (dd < 1.5f) { r *= 0.7f; g *= 0.7f; b *= 0.7f; }
            }
            o.R[i] = r; o.G[i] = g; o.B[i] = b;
        }
        Blur(o, (int)F("blur", 0));
        float motion = F("motion", 0);
        if (motion > 0) { // horizontal shake
            int m = (int)motion; var t = new Img(W, H);
            for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
                float r = 0, g = 0, b = 0; for (int k = 0; k <= m; k++) { int j = y * W + Math.Min(W - 1, x + k); r += o.R[j]; g += o.G[j]; b += o.B[j]; }
                int i = y * W + x; t.R[i] = r / (m + 1); t.G[i] = g / (m + 1); t.B[i] = b / (m + 1);
            }
            o = t;
        }
        Noise(o, rng, F("noise", 0.02f));
        return o;
    }
}
