// Family AH's page drawer and capture engine, in D (gdc). One process per generate call reads a
// stream of commands on stdin (one per line, tab-separated), draws pages with its own anti-aliased
// scanline filler from FreeType glyph outlines (walked with FT_Outline_Decompose), applies the
// capture chain with its own pixel code and writes each result as a binary PPM, answering "ok" per file.
import std.stdio;
import std.string;
import std.conv;
import std.math;
import std.algorithm : min, max, swap;
import core.stdc.config : c_long;

extern (C) {
    struct FT_Vector { c_long x; c_long y; }
    alias MoveFn = int function(const(FT_Vector)*, void*);
    alias LineFn = int function(const(FT_Vector)*, void*);
    alias ConicFn = int function(const(FT_Vector)*, const(FT_Vector)*, void*);
    alias CubicFn = int function(const(FT_Vector)*, const(FT_Vector)*, const(FT_Vector)*, void*);
    struct FT_Outline_Funcs { MoveFn move_to; LineFn line_to; ConicFn conic_to; CubicFn cubic_to; int shift; c_long delta; }
    void* ah_open(const(char)* path, int index);
    int ah_upem(void* f);
    c_long ah_load(void* f, uint cp);
    void* ah_outline(void* f);
    int FT_Outline_Decompose(void* outline, const(FT_Outline_Funcs)* funcs, void* user);
}

// ---------------------------------------------------------------- paths
struct Pt { double x, y; }
alias Contour = Pt[];

struct PathBuilder {
    Contour[] cs;
    Pt cur;
    double sx, sy, ox, oy, ca, sa; // font units -> device: scale, origin, rotation
    Pt map(const(FT_Vector)* v) {
        double x = v.x * sx, y = -v.y * sy;
        return Pt(ox + x * ca - y * sa, oy + x * sa + y * ca);
    }
    void moveTo(Pt p) { cs ~= [p]; cur = p; }
    void lineTo(Pt p) { cs[$ - 1] ~= p; cur = p; }
    void quadTo(Pt c, Pt p) {
        double d = abs(cur.x - 2 * c.x + p.x) + abs(cur.y - 2 * c.y + p.y);
        int n = max(1, min(24, cast(int) sqrt(d * 2.0)));
        Pt p0 = cur;
        foreach (i; 1 .. n + 1) {
            double t = cast(double) i / n, u = 1 - t;
            lineTo(Pt(u * u * p0.x + 2 * u * t * c.x + t * t * p.x, u * u * p0.y + 2 * u * t * c.y + t * t * p.y));
        }
    }
    void cubicTo(Pt c1, Pt c2, Pt p) {
        double d = abs(cur.x - 2 * c1.x + c2.x) + abs(cur.y - 2 * c1.y + c2.y) + abs(c1.x - 2 * c2.x + p.x) + abs(c1.y - 2 * c2.y + p.y);
        int n = max(1, min(32, cast(int) sqrt(d * 2.0)));
        Pt p0 = cur;
        foreach (i; 1 .. n + 1) {
            double t = cast(double) i / n, u = 1 - t;
            double a = u * u * u, b = 3 * u * u * t, cc = 3 * u * t * t, e = t * t * t;
            lineTo(Pt(a * p0.x + b * c1.x + cc * c2.x + e * p.x, a * p0.y + b * c1.y + cc * c2.y + e * p.y));
        }
    }
}

extern (C) int cbMove(const(FT_Vector)* to, void* u) { auto b = cast(PathBuilder*) u; b.moveTo(b.map(to)); return 0; }
extern (C) int cbLine(const(FT_Vector)* to, void* u) { auto b = cast(PathBuilder*) u; b.lineTo(b.map(to)); return 0; }
extern (C) int cbConic(const(FT_Vector)* c, const(FT_Vector)* to, void* u) { auto b = cast(PathBuilder*) u; b.quadTo(b.map(c), b.map(to)); return 0; }
extern (C) int cbCubic(const(FT_Vector)* c1, const(FT_Vector)* c2, const(FT_Vector)* to, void* u) {
    auto b = cast(PathBuilder*) u; b.cubicTo(b.map(c1), b.map(c2), b.map(to)); return 0;
}

// ---------------------------------------------------------------- image
struct Img {
    int w, h;
    float[] p; // RGB
    ref float at(int x, int y, int c) { return p[(y * w + x) * 3 + c]; }
}
Img newImg(int w, int h, float r, float g, float b) {
    Img im; im.w = w; im.h = h; im.p = new float[w * h * 3];
    for (size_t i = 0; i < cast(size_t) w * h; i++) { im.p[i * 3] = r; im.p[i * 3 + 1] = g; im.p[i * 3 + 2] = b; }
    return im;
}

Img img;
int blendMode = 0; // 0 normal, 1 multiply

// coverage accumulation filler (signed area, non-zero by |sum| clamped)
void fillContours(Contour[] cs, float r, float g, float b, float alpha) {
    double minx = 1e18, miny = 1e18, maxx = -1e18, maxy = -1e18;
    foreach (c; cs) foreach (q; c) { minx = min(minx, q.x); maxx = max(maxx, q.x); miny = min(miny, q.y); maxy = max(maxy, q.y); }
    if (maxx < 0 || maxy < 0 || minx >= img.w || miny >= img.h || minx > maxx) return;
    int x0 = max(0, cast(int) floor(minx)), y0 = max(0, cast(int) floor(miny));
    int x1 = min(img.w, cast(int) ceil(maxx) + 1), y1 = min(img.h, cast(int) ceil(maxy) + 1);
    int bw = x1 - x0 + 2, bh = y1 - y0;
    if (bw <= 2 || bh <= 0) return;
    auto acc = new float[bw * bh + 2];
    acc[] = 0;
    void seg(Pt a, Pt bb) {
        double ax = a.x - x0, ay = a.y - y0, bx = bb.x - x0, by = bb.y - y0;
        if (ay == by) return;
        double dir = 1;
        if (ay > by) { dir = -1; swap(ax, bx); swap(ay, by); }
        ax = max(0.0, min(cast(double) bw - 2, ax)); bx = max(0.0, min(cast(double) bw - 2, bx));
        double dxdy = (bx - ax) / (by - ay);
        double x = ax;
        int ys = cast(int) floor(max(0.0, ay));
        if (ay < 0) x -= ay * dxdy;
        int ye = min(bh, cast(int) ceil(by));
        for (int y = ys; y < ye; y++) {
            size_t ls = cast(size_t) y * bw;
            double dy = min(y + 1.0, by) - max(cast(double) y, ay);
            double xn = x + dxdy * dy;
            double d = dy * dir;
            double xa = x, xb = xn;
            if (xa > xb) swap(xa, xb);
            xa = max(0.0, min(cast(double) bw - 2.0001, xa)); xb = max(0.0, min(cast(double) bw - 2.0001, xb));
            double xaf = floor(xa);
            int xai = cast(int) xaf;
            double xbc = ceil(xb);
            int xbi = cast(int) xbc;
            if (xbi <= xai + 1) {
                double xmf = 0.5 * (x + xn) - xaf;
                acc[ls + xai] += d - d * xmf;
                acc[ls + xai + 1] += d * xmf;
            } else {
                double s = 1.0 / (xb - xa);
                double x0f = xa - xaf;
                double a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
                double x1f = xb - xbc + 1;
                double am = 0.5 * s * x1f * x1f;
                acc[ls + xai] += d * a0;
                if (xbi == xai + 2) acc[ls + xai + 1] += d * (1 - a0 - am);
                else {
                    double a1 = s * (1.5 - x0f);
                    acc[ls + xai + 1] += d * (a1 - a0);
                    for (int xi = xai + 2; xi < xbi - 1; xi++) acc[ls + xi] += d * s;
                    double a2 = a1 + (xbi - xai - 3) * s;
                    acc[ls + xbi - 1] += d * (1 - a2 - am);
                }
                acc[ls + xbi] += d * am;
            }
            x = xn;
        }
    }
    foreach (c; cs) {
        if (c.length < 2) continue;
        foreach (i; 0 .. c.length) seg(c[i], c[(i + 1) % c.length]);
    }
    for (int y = 0; y < bh; y++) {
        double s = 0;
        for (int x = 0; x < bw - 2; x++) {
            s += acc[cast(size_t) y * bw + x];
            double cov = min(1.0, abs(s));
            if (cov <= 0.002) continue;
            int px = x0 + x, py = y0 + y;
            if (px >= img.w) break;
            float a = cast(float)(cov * alpha);
            size_t o = (cast(size_t) py * img.w + px) * 3;
            if (blendMode == 1) {
                img.p[o] *= 1 - a + a * r; img.p[o + 1] *= 1 - a + a * g; img.p[o + 2] *= 1 - a + a * b;
            } else {
                img.p[o] += (r - img.p[o]) * a; img.p[o + 1] += (g - img.p[o + 1]) * a; img.p[o + 2] += (b - img.p[o + 2]) * a;
            }
        }
    }
}

// ---------------------------------------------------------------- fonts and text
void*[int] fonts;
int[int] upems;

double drawText(int fid, double size, double x, double y, float r, float g, float b, float a, double angle, double track, double xscale, string text) {
    auto f = fonts[fid];
    double sc = size / upems[fid];
    double ca = cos(angle * PI / 180), sa = sin(angle * PI / 180);
    FT_Outline_Funcs fn = FT_Outline_Funcs(&cbMove, &cbLine, &cbConic, &cbCubic, 0, 0);
    double pen = 0;
    Contour[] all;
    foreach (dchar ch; text) {
        c_long adv = ah_load(f, cast(uint) ch);
        if (adv < 0) { stderr.writefln("missing glyph U+%04X in font %d", cast(uint) ch, fid); adv = upems[fid] / 2; }
        else {
            PathBuilder pb;
            pb.sx = sc * xscale; pb.sy = sc; pb.ca = ca; pb.sa = sa;
            pb.ox = x + pen * ca; pb.oy = y + pen * sa;
            FT_Outline_Decompose(ah_outline(f), &fn, &pb);
            all ~= pb.cs;
        }
        pen += adv * sc * xscale + track;
    }
    fillContours(all, r, g, b, a);
    return pen;
}

// ---------------------------------------------------------------- shapes
Contour ellipse(double cx, double cy, double rx, double ry, bool rev) {
    Contour c;
    int n = max(16, cast(int)(max(rx, ry) * 1.5));
    n = min(n, 720);
    foreach (i; 0 .. n) {
        double t = 2 * PI * i / n * (rev ? -1 : 1);
        c ~= Pt(cx + rx * cos(t), cy + ry * sin(t));
    }
    return c;
}
Contour quadLine(double x0, double y0, double x1, double y1, double w) {
    double dx = x1 - x0, dy = y1 - y0, l = sqrt(dx * dx + dy * dy);
    if (l == 0) l = 1;
    double nx = -dy / l * w / 2, ny = dx / l * w / 2;
    return [Pt(x0 + nx, y0 + ny), Pt(x1 + nx, y1 + ny), Pt(x1 - nx, y1 - ny), Pt(x0 - nx, y0 - ny)];
}

// ---------------------------------------------------------------- rng
struct Rng {
    ulong s;
    this(ulong seed) { s = seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL; if (s == 0) s = 1; }
    double next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return (s >> 11) * (1.0 / 9007199254740992.0); }
    double gauss() { double u = max(1e-12, next()), v = next(); return sqrt(-2 * log(u)) * cos(2 * PI * v); }
    double fastGauss() { return (next() + next() + next() - 1.5) * 2.0; } // Irwin-Hall, unit variance
}

// ---------------------------------------------------------------- capture ops
float sampleBil(ref Img s, double x, double y, int c, ref bool inside) {
    if (x < 0 || y < 0 || x > s.w - 1 || y > s.h - 1) { inside = false; return 0; }
    inside = true;
    int ix = cast(int) x, iy = cast(int) y;
    int jx = min(ix + 1, s.w - 1), jy = min(iy + 1, s.h - 1);
    double fx = x - ix, fy = y - iy;
    return cast(float)((s.at(ix, iy, c) * (1 - fx) + s.at(jx, iy, c) * fx) * (1 - fy) + (s.at(ix, jy, c) * (1 - fx) + s.at(jx, jy, c) * fx) * fy);
}

float[3] background(int kind, double x, double y, float[3] base, ref Rng rng) {
    float[3] c = base;
    final switch (kind) {
    case 0: break; // plain
    case 1: { // wood grain
        double g = 0.5 + 0.5 * sin(y * 0.05 + 3 * sin(x * 0.004) + 0.6 * sin(y * 0.31));
        foreach (k; 0 .. 3) c[k] *= cast(float)(0.82 + 0.18 * g);
        break; }
    case 2: { // 高拍仪 base: dark mat with a ruler edge and grid
        if ((cast(int) x % 40) == 0 || (cast(int) y % 40) == 0) foreach (k; 0 .. 3) c[k] += 0.05f;
        break; }
    case 3: { // fabric / desk mat weave
        double g = 0.5 + 0.25 * sin(x * 0.9) * sin(y * 0.9);
        foreach (k; 0 .. 3) c[k] *= cast(float)(0.9 + 0.1 * g);
        break; }
    case 4: break; // screen bezel (plain dark)
    }
    return c;
}

void opWarp(int ow, int oh, double[9] H, int bg, float[3] bgc, ulong seed) {
    auto src = img;
    auto dst = newImg(ow, oh, 0, 0, 0);
    auto rng = Rng(seed);
    foreach (y; 0 .. oh) foreach (x; 0 .. ow) {
        double X = H[0] * x + H[1] * y + H[2], Y = H[3] * x + H[4] * y + H[5], W = H[6] * x + H[7] * y + H[8];
        double sx = X / W, sy = Y / W;
        bool inside;
        float[3] v;
        v[0] = sampleBil(src, sx, sy, 0, inside);
        if (inside) { v[1] = sampleBil(src, sx, sy, 1, inside); v[2] = sampleBil(src, sx, sy, 2, inside); }
        else v = background(bg, x, y, bgc, rng);
        // soft edge: a shadow band just outside the page
        if (!inside) {
            double dx = max(0.0, max(-sx, sx - (src.w - 1))), dy = max(0.0, max(-sy, sy - (src.h - 1)));
            double d = sqrt(dx * dx + dy * dy);
            if (d < 14) foreach (k; 0 .. 3) v[k] *= cast(float)(0.55 + 0.45 * d / 14);
        }
        foreach (k; 0 .. 3) dst.at(x, y, k) = v[k];
    }
    img = dst;
}

void opBarrel(double k) {
    auto src = img;
    auto dst = newImg(src.w, src.h, 0, 0, 0);
    double cx = src.w / 2.0, cy = src.h / 2.0, rn = sqrt(cx * cx + cy * cy);
    foreach (y; 0 .. src.h) foreach (x; 0 .. src.w) {
        double dx = (x - cx) / rn, dy = (y - cy) / rn, r2 = dx * dx + dy * dy, f = 1 + k * r2;
        bool inside;
        foreach (c; 0 .. 3) { float v = sampleBil(src, cx + dx * f * rn, cy + dy * f * rn, c, inside); dst.at(x, y, c) = inside ? v : 0.1f; }
    }
    img = dst;
}

void opGray() {
    for (size_t i = 0; i < cast(size_t) img.w * img.h; i++) {
        float v = 0.299f * img.p[i * 3] + 0.587f * img.p[i * 3 + 1] + 0.114f * img.p[i * 3 + 2];
        img.p[i * 3] = img.p[i * 3 + 1] = img.p[i * 3 + 2] = v;
    }
}

void opLevels(double black, double white, double gamma) {
    foreach (ref v; img.p) {
        double t = (v - black) / (white - black);
        t = max(0.0, min(1.0, t));
        v = cast(float) pow(t, gamma);
    }
}

void opTint(float r, float g, float b) {
    for (size_t i = 0; i < cast(size_t) img.w * img.h; i++) { img.p[i * 3] *= r; img.p[i * 3 + 1] *= g; img.p[i * 3 + 2] *= b; }
}

void opLight(double cx, double cy, double rad, double strength) { // additive soft light (positive) or shade (negative)
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (rad * rad);
        double a = strength * exp(-d2);
        foreach (c; 0 .. 3) { float* p = &img.p[(y * img.w + x) * 3 + c]; *p = cast(float) min(1.0, max(0.0, *p + a * (strength > 0 ? 1 - *p : *p))); }
    }
}

void opGradient(double ax, double ay, double strength) { // linear illumination fall-off across the frame
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        double t = (x * ax + y * ay) / (img.w * abs(ax) + img.h * abs(ay) + 1e-9);
        double f = 1 - strength * (t + 0.5);
        foreach (c; 0 .. 3) img.p[(y * img.w + x) * 3 + c] *= cast(float) max(0.0, min(1.2, f));
    }
}

void opVignette(double s) {
    double cx = img.w / 2.0, cy = img.h / 2.0, rn = cx * cx + cy * cy;
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        double f = 1 - s * ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / rn;
        foreach (c; 0 .. 3) img.p[(y * img.w + x) * 3 + c] *= cast(float) f;
    }
}

void boxH(ref Img im, int r) {
    if (r <= 0) return;
    auto line = new float[im.w * 3];
    foreach (y; 0 .. im.h) {
        foreach (c; 0 .. 3) {
            double s = 0; int n = 0;
            for (int x = -r; x <= r; x++) { int xx = max(0, min(im.w - 1, x)); s += im.at(xx, y, c); n++; }
            foreach (x; 0 .. im.w) {
                line[x * 3 + c] = cast(float)(s / n);
                int xo = max(0, min(im.w - 1, x - r)), xi = max(0, min(im.w - 1, x + r + 1));
                s += im.at(xi, y, c) - im.at(xo, y, c);
            }
        }
        im.p[y * im.w * 3 .. (y + 1) * im.w * 3] = line[];
    }
}
void transpose(ref Img im) {
    auto t = newImg(im.h, im.w, 0, 0, 0);
    foreach (y; 0 .. im.h) foreach (x; 0 .. im.w) foreach (c; 0 .. 3) t.at(y, x, c) = im.at(x, y, c);
    im = t;
}
void opBlur(double sigma) { // three box passes ~ gaussian
    if (sigma < 0.3) return;
    int r = max(1, cast(int) round(sigma * 1.1));
    foreach (i; 0 .. 2) boxH(img, r);
    transpose(img);
    foreach (i; 0 .. 2) boxH(img, r);
    transpose(img);
}
void opMotion(double dx, double dy) {
    int n = max(2, cast(int)(sqrt(dx * dx + dy * dy)));
    auto src = img;
    auto dst = newImg(src.w, src.h, 0, 0, 0);
    foreach (y; 0 .. src.h) foreach (x; 0 .. src.w) {
        float[3] s = 0;
        foreach (i; 0 .. n) {
            double t = cast(double) i / (n - 1) - 0.5;
            int xx = max(0, min(src.w - 1, cast(int) round(x + dx * t))), yy = max(0, min(src.h - 1, cast(int) round(y + dy * t)));
            foreach (c; 0 .. 3) s[c] += src.at(xx, yy, c);
        }
        foreach (c; 0 .. 3) dst.at(x, y, c) = s[c] / n;
    }
    img = dst;
}
void opNoise(double sigma, ulong seed, int mono) {
    auto rng = Rng(seed);
    for (size_t i = 0; i < cast(size_t) img.w * img.h; i++) {
        double g = rng.fastGauss() * sigma;
        foreach (c; 0 .. 3) {
            double gg = mono ? g : g * 0.7 + rng.fastGauss() * sigma * 0.5;
            img.p[i * 3 + c] = cast(float) max(0.0, min(1.0, img.p[i * 3 + c] + gg));
        }
    }
}
void opSpeckle(double density, ulong seed) { // toner dust: small dark dots
    auto rng = Rng(seed);
    long n = cast(long)(density * img.w * img.h / 1000.0);
    foreach (i; 0 .. n) {
        double x = rng.next() * img.w, y = rng.next() * img.h, r = 0.4 + rng.next() * 1.1;
        Contour[] cs = [ellipse(x, y, r, r * (0.6 + rng.next() * 0.8), false)];
        fillContours(cs, 0.1f, 0.1f, 0.1f, cast(float)(0.5 + 0.5 * rng.next()));
    }
}
void opStreak(double x, double w, double dark) {
    foreach (y; 0 .. img.h) foreach (xx; max(0, cast(int) x) .. min(img.w, cast(int)(x + w))) foreach (c; 0 .. 3) img.at(xx, y, c) *= cast(float)(1 - dark);
}
void opThresh(double t, double noise, ulong seed) {
    auto rng = Rng(seed);
    for (size_t i = 0; i < cast(size_t) img.w * img.h; i++) {
        float v = 0.299f * img.p[i * 3] + 0.587f * img.p[i * 3 + 1] + 0.114f * img.p[i * 3 + 2];
        float o = (v + rng.gauss() * noise) < t ? 0 : 1;
        img.p[i * 3] = img.p[i * 3 + 1] = img.p[i * 3 + 2] = o;
    }
}
void opDither() { // Floyd-Steinberg on luminance (for halftone-ish fax greys)
    opGray();
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        float old = img.at(x, y, 0), nw = old < 0.5f ? 0 : 1, e = old - nw;
        img.at(x, y, 0) = nw;
        if (x + 1 < img.w) img.at(x + 1, y, 0) += e * 7 / 16;
        if (y + 1 < img.h) {
            if (x > 0) img.at(x - 1, y + 1, 0) += e * 3 / 16;
            img.at(x, y + 1, 0) += e * 5 / 16;
            if (x + 1 < img.w) img.at(x + 1, y + 1, 0) += e * 1 / 16;
        }
    }
    for (size_t i = 0; i < cast(size_t) img.w * img.h; i++) img.p[i * 3 + 1] = img.p[i * 3 + 2] = img.p[i * 3];
}
void opResize(int ow, int oh) { // area average when shrinking, bilinear when enlarging
    auto src = img;
    auto dst = newImg(ow, oh, 0, 0, 0);
    double fx = cast(double) src.w / ow, fy = cast(double) src.h / oh;
    foreach (y; 0 .. oh) foreach (x; 0 .. ow) {
        if (fx > 1 || fy > 1) {
            int xa = cast(int)(x * fx), xb = max(xa + 1, cast(int)((x + 1) * fx)), ya = cast(int)(y * fy), yb = max(ya + 1, cast(int)((y + 1) * fy));
            xb = min(xb, src.w); yb = min(yb, src.h);
            float[3] s = 0; int n = 0;
            foreach (yy; ya .. yb) foreach (xx; xa .. xb) { foreach (c; 0 .. 3) s[c] += src.at(xx, yy, c); n++; }
            foreach (c; 0 .. 3) dst.at(x, y, c) = n ? s[c] / n : 1;
        } else {
            bool inside;
            foreach (c; 0 .. 3) dst.at(x, y, c) = sampleBil(src, min(src.w - 1.0, (x + 0.5) * fx - 0.5 < 0 ? 0 : (x + 0.5) * fx - 0.5), min(src.h - 1.0, (y + 0.5) * fy - 0.5 < 0 ? 0 : (y + 0.5) * fy - 0.5), c, inside);
        }
    }
    img = dst;
}
void opMoire(double period, double angle, double strength) {
    double ca = cos(angle), sa = sin(angle);
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        double u = x * ca + y * sa, v = -x * sa + y * ca;
        double m = 1 - strength * (0.5 + 0.5 * sin(2 * PI * u / period) * sin(2 * PI * v / (period * 1.7)));
        foreach (c; 0 .. 3) img.p[(y * img.w + x) * 3 + c] *= cast(float) m;
    }
}
void opSubpix(int pitch, double strength) { // an LCD's RGB stripes
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        int ph = (x / max(1, pitch)) % 3;
        foreach (c; 0 .. 3) img.p[(y * img.w + x) * 3 + c] *= cast(float)(c == ph ? 1 : 1 - strength);
        if (y % (pitch * 3) == 0) foreach (c; 0 .. 3) img.p[(y * img.w + x) * 3 + c] *= cast(float)(1 - strength * 0.6);
    }
}
void opBand(double x0, double y0, double x1, double y1, double width, double strength) { // glossy band along a line
    double dx = x1 - x0, dy = y1 - y0, l = sqrt(dx * dx + dy * dy);
    foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) {
        double d = abs((x - x0) * dy - (y - y0) * dx) / l;
        double a = strength * exp(-(d * d) / (width * width));
        if (a < 0.004) continue;
        foreach (c; 0 .. 3) { float* p = &img.p[(y * img.w + x) * 3 + c]; *p = cast(float)(*p + (1 - *p) * a); }
    }
}
void opHaze(double a) { foreach (ref v; img.p) v = cast(float)(v + (0.93 - v) * a); }
void opJitter(double amp, ulong seed) { // fax/scan line jitter: shift rows
    auto rng = Rng(seed);
    auto src = img;
    auto dst = newImg(src.w, src.h, 1, 1, 1);
    double off = 0;
    foreach (y; 0 .. src.h) {
        off = off * 0.9 + rng.gauss() * amp * 0.3;
        int o = cast(int) round(off);
        foreach (x; 0 .. src.w) { int xs = max(0, min(src.w - 1, x - o)); foreach (c; 0 .. 3) dst.at(x, y, c) = src.at(xs, y, c); }
    }
    img = dst;
}
void opCrop(int x, int y, int w, int h, float r, float g, float b) { // window into the image (outside: colour)
    auto dst = newImg(w, h, r, g, b);
    foreach (yy; 0 .. h) foreach (xx; 0 .. w) {
        int sx = x + xx, sy = y + yy;
        if (sx >= 0 && sy >= 0 && sx < img.w && sy < img.h) foreach (c; 0 .. 3) dst.at(xx, yy, c) = img.at(sx, sy, c);
    }
    img = dst;
}

void writePPM(string path) {
    auto f = File(path, "wb");
    f.writef("P6\n%d %d\n255\n", img.w, img.h);
    auto buf = new ubyte[img.w * img.h * 3];
    foreach (i, v; img.p) buf[i] = cast(ubyte) max(0, min(255, cast(int) round(v * 255)));
    f.rawWrite(buf);
    f.close();
}

Img[string] saved;

void main() {
    img = newImg(8, 8, 1, 1, 1);
    foreach (line; stdin.byLineCopy()) {
        auto a = line.split("\t");
        if (a.length == 0) continue;
        float F(size_t i) { return to!float(a[i]); }
        double D(size_t i) { return to!double(a[i]); }
        int I(size_t i) { return to!int(a[i]); }
        switch (a[0]) {
        case "F": {
            auto f = ah_open(toStringz(a[3]), I(2));
            if (!f) { stderr.writeln("cannot open font ", a[3]); return; }
            fonts[I(1)] = f; upems[I(1)] = ah_upem(f);
            break; }
        case "P": img = newImg(I(1), I(2), F(3), F(4), F(5)); blendMode = 0; break;
        case "M": blendMode = I(1); break;
        case "T": drawText(I(1), D(2), D(3), D(4), F(5), F(6), F(7), F(8), D(9), D(10), D(11), a[12]); break;
        case "R": fillContours([[Pt(D(1), D(2)), Pt(D(1) + D(3), D(2)), Pt(D(1) + D(3), D(2) + D(4)), Pt(D(1), D(2) + D(4))]], F(5), F(6), F(7), F(8)); break;
        case "L": fillContours([quadLine(D(1), D(2), D(3), D(4), D(5))], F(6), F(7), F(8), F(9)); break;
        case "C": fillContours([ellipse(D(1), D(2), D(3) + D(4) / 2, D(3) + D(4) / 2, false), ellipse(D(1), D(2), D(3) - D(4) / 2, D(3) - D(4) / 2, true)], F(5), F(6), F(7), F(8)); break;
        case "E": fillContours([ellipse(D(1), D(2), D(3), D(4), false)], F(5), F(6), F(7), F(8)); break;
        case "Q": { // polygon: Q n x y ... r g b a
            int n = I(1);
            Contour c;
            foreach (k; 0 .. n) c ~= Pt(D(2 + 2 * k), D(3 + 2 * k));
            fillContours([c], F(2 + 2 * n), F(3 + 2 * n), F(4 + 2 * n), F(5 + 2 * n));
            break; }
        case "Y": { // stroke polyline: Y n x y ... width r g b a
            int n = I(1);
            double w = D(2 + 2 * n);
            Contour[] cs;
            foreach (k; 0 .. n - 1) cs ~= quadLine(D(2 + 2 * k), D(3 + 2 * k), D(4 + 2 * k), D(5 + 2 * k), w);
            foreach (k; 0 .. n) cs ~= ellipse(D(2 + 2 * k), D(3 + 2 * k), w / 2, w / 2, false);
            // draw each piece separately so overlaps do not cancel
            foreach (c; cs) fillContours([c], F(3 + 2 * n), F(4 + 2 * n), F(5 + 2 * n), F(6 + 2 * n));
            break; }
        case "S": saved[a[1]] = Img(img.w, img.h, img.p.dup); break;
        case "U": { auto s = saved[a[1]]; img = Img(s.w, s.h, s.p.dup); break; }
        case "K": {
            switch (a[1]) {
            case "warp": {
                double[9] H; foreach (k; 0 .. 9) H[k] = D(4 + k);
                opWarp(I(2), I(3), H, I(13), [F(14), F(15), F(16)], to!ulong(a[17]));
                break; }
            case "barrel": opBarrel(D(2)); break;
            case "gray": opGray(); break;
            case "levels": opLevels(D(2), D(3), D(4)); break;
            case "tint": opTint(F(2), F(3), F(4)); break;
            case "light": opLight(D(2), D(3), D(4), D(5)); break;
            case "gradient": opGradient(D(2), D(3), D(4)); break;
            case "vignette": opVignette(D(2)); break;
            case "blur": opBlur(D(2)); break;
            case "motion": opMotion(D(2), D(3)); break;
            case "noise": opNoise(D(2), to!ulong(a[3]), I(4)); break;
            case "speckle": opSpeckle(D(2), to!ulong(a[3])); break;
            case "streak": opStreak(D(2), D(3), D(4)); break;
            case "thresh": opThresh(D(2), D(3), to!ulong(a[4])); break;
            case "dither": opDither(); break;
            case "resize": opResize(I(2), I(3)); break;
            case "moire": opMoire(D(2), D(3), D(4)); break;
            case "subpix": opSubpix(I(2), D(3)); break;
            case "band": opBand(D(2), D(3), D(4), D(5), D(6), D(7)); break;
            case "haze": opHaze(D(2)); break;
            case "jitter": opJitter(D(2), to!ulong(a[3])); break;
            case "rot90": transpose(img); { auto t = Img(img.w, img.h, img.p.dup); foreach (y; 0 .. img.h) foreach (x; 0 .. img.w) foreach (c; 0 .. 3) img.at(x, y, c) = t.at(img.w - 1 - x, y, c); } break;
            case "crop": opCrop(I(2), I(3), I(4), I(5), F(6), F(7), F(8)); break;
            default: stderr.writeln("unknown op ", a[1]);
            }
            break; }
        case "O": writePPM(a[1]); writeln("ok\t", a[1]); stdout.flush(); break;
        default: stderr.writeln("unknown command ", a[0]);
        }
    }
}
