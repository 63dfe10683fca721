// Family AA camera captures with CImg's software 3D renderer (no display: cimg_display=0).
// One process per generate call; jobs on stdin, one per line, "key=value" fields separated by tabs.
// Each job: the page (PPM from the OCaml page writer) becomes the texture of a UV-mapped mesh
// (flat, bent, curled or folded), rotated and placed in front of a perspective camera
// (CImg::draw_object3d with Gouraud light), over a desk / 高拍仪 plate / dark room; a thumb (an
// ellipsoid mesh) and a phone or monitor edge are extra primitives; glare, sleeve sheen, vignetting,
// sensor noise and blur follow, then JPEG (or PPM for a chat forward) by CImg.  For every probe box
// (page UV rectangle) the program answers which fraction of it lands inside the frame.
#define cimg_display 0
#define cimg_use_jpeg
#include <CImg.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace cimg_library;

typedef std::map<std::string, std::string> Job;

static double num(Job &j, const char *k, double d) {
  Job::iterator it = j.find(k);
  return it == j.end() ? d : atof(it->second.c_str());
}
static std::string str(Job &j, const char *k) { return j.count(k) ? j[k] : std::string(); }

struct Cam {
  double R[9], Z, f, cx, cy, pw, ph;
  // page point (u,v in 0..1, height z in page units) -> rotated world point
  void world(double u, double v, double z, double &x, double &y, double &zz) const {
    double px = (u - 0.5) * pw, py = (v - 0.5) * ph;
    x = R[0] * px + R[1] * py + R[2] * z;
    y = R[3] * px + R[4] * py + R[5] * z;
    zz = R[6] * px + R[7] * py + R[8] * z;
  }
  // same projection as CImg's draw_object3d: X + f*x/(z+Z+f)
  void project(double x, double y, double z, double &sx, double &sy) const {
    double pz = z + Z + f;
    sx = cx + f * x / pz;
    sy = cy + f * y / pz;
  }
};

struct Deform {
  double bend, curl, fold, foldpos;
  double z(double u, double v, double pw) const {
    double h = bend * pw * std::sin(M_PI * u);                       // sheet bowed across its width
    if (curl > 0 && u + v > 1.45) h -= curl * pw * std::pow(u + v - 1.45, 2.0);  // a lifted corner
    h -= fold * pw * (0.5 - std::fabs(v - foldpos)) * 0.15;          // a fold ridge across the page
    return h;
  }
};

static void rotation(double pitch, double yaw, double roll, double *R) {
  double a = pitch * M_PI / 180, b = yaw * M_PI / 180, c = roll * M_PI / 180;
  double Rx[9] = {1, 0, 0, 0, cos(a), -sin(a), 0, sin(a), cos(a)};
  double Ry[9] = {cos(b), 0, sin(b), 0, 1, 0, -sin(b), 0, cos(b)};
  double Rz[9] = {cos(c), -sin(c), 0, sin(c), cos(c), 0, 0, 0, 1};
  double T[9];
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 3; ++k) {
      T[i * 3 + k] = 0;
      for (int m = 0; m < 3; ++m) T[i * 3 + k] += Ry[i * 3 + m] * Rx[m * 3 + k];
    }
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 3; ++k) {
      R[i * 3 + k] = 0;
      for (int m = 0; m < 3; ++m) R[i * 3 + k] += Rz[i * 3 + m] * T[m * 3 + k];
    }
}

static CImg<unsigned char> background(const std::string &kind, int W, int H, unsigned int seed) {
  CImg<float> bg(W, H, 1, 3);
  cimg::srand(seed);
  if (kind == "gaopaiyi") {  // the document camera's white base plate, a little uneven
    bg.fill(214);
    bg.get_shared_channel(2) += 6;
  } else if (kind == "screen") {  // a dark room around the monitor
    bg.fill(28);
  } else {  // a wooden or laminate desk
    double base[3] = {150 + cimg::rand() * 50, 110 + cimg::rand() * 40, 70 + cimg::rand() * 40};
    if (kind == "desk2") { base[0] = 190; base[1] = 192; base[2] = 188; }
    double fr = 0.01 + cimg::rand() * 0.02;
    cimg_forXY(bg, x, y) {
      double g = 0.85 + 0.1 * std::sin(y * fr + 3 * std::sin(x * 0.004 + y * 0.002));
      for (int c = 0; c < 3; ++c) bg(x, y, c) = base[c] * g;
    }
  }
  CImg<float> n(W / 8 + 1, H / 8 + 1, 1, 1);
  n.fill(0).noise(10, 0).blur(2);
  n.resize(W, H, 1, 1, 3);
  cimg_forXYC(bg, x, y, c) bg(x, y, c) += n(x, y);
  return CImg<unsigned char>(bg.cut(0, 255));
}

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    Job j;
    std::stringstream ss(line);
    std::string kv;
    while (std::getline(ss, kv, '\t')) {
      size_t p = kv.find('=');
      if (p != std::string::npos) j[kv.substr(0, p)] = kv.substr(p + 1);
    }
    unsigned int seed = (unsigned int)num(j, "seed", 1);
    cimg::srand(seed);
    std::string mode = str(j, "mode");
    int W = (int)num(j, "w", 1600), H = (int)num(j, "h", 1200);

    CImg<unsigned char> page(str(j, "in").c_str());
    double maxside = num(j, "texmax", 1800);
    double s = maxside / std::max(page.width(), page.height());
    if (s < 1) page.resize((int)(page.width() * s), (int)(page.height() * s), 1, 3, 2);
    if (mode == "screen") {  // the page shown on a monitor: screen pixels with RGB sub-pixel stripes
      int sw = (int)num(j, "screen_px", 900);
      double k = (double)sw / page.width();
      CImg<unsigned char> low = page.get_resize(sw, (int)(page.height() * k), 1, 3, 2);
      CImg<unsigned char> hi = low.get_resize(low.width() * 2, low.height() * 2, 1, 3, 1);
      cimg_forXYC(hi, x, y, c) {  // sub-pixel columns and the dark gaps between pixel rows
        double m = ((x + c) % 2 ? 0.82 : 1.0) * (y % 2 ? 0.88 : 1.0);
        hi(x, y, c) = (unsigned char)std::min(255.0, hi(x, y, c) * m * 1.05);
      }
      page = hi;
    }
    const int tw = page.width(), th = page.height();

    Cam cam;
    rotation(num(j, "pitch", 0), num(j, "yaw", 0), num(j, "roll", 0), cam.R);
    cam.f = num(j, "focale", 1400);
    cam.pw = tw;
    cam.ph = th;
    cam.cx = W / 2.0 + num(j, "shiftx", 0) * W;
    cam.cy = H / 2.0 + num(j, "shifty", 0) * H;
    double frac = num(j, "frac", 0.8);
    // page scale on screen, from the rolled page's bounding box (a 高拍仪 frame turned by 90° still fits)
    double rl = num(j, "roll", 0) * M_PI / 180, cr = std::fabs(std::cos(rl)), sr = std::fabs(std::sin(rl));
    double ew = tw * cr + th * sr, eh = tw * sr + th * cr;
    double fitw = std::min(frac * W / ew, frac * H / eh);
    cam.Z = cam.f / fitw - cam.f;
    Deform d = {num(j, "bend", 0), num(j, "curl", 0), num(j, "fold", 0), num(j, "foldpos", 0.5)};

    // the page mesh
    const int nu = 24, nv = 32;
    CImg<float> verts(nu * nv + 0, 3);
    for (int b = 0; b < nv; ++b)
      for (int a = 0; a < nu; ++a) {
        double u = a / (nu - 1.0), v = b / (nv - 1.0), x, y, z;
        cam.world(u, v, d.z(u, v, tw), x, y, z);
        verts(b * nu + a, 0) = (float)x;
        verts(b * nu + a, 1) = (float)y;
        verts(b * nu + a, 2) = (float)z;
      }
    CImgList<unsigned int> prims;
    CImgList<unsigned char> cols;
    for (int b = 0; b + 1 < nv; ++b)
      for (int a = 0; a + 1 < nu; ++a) {
        unsigned int i0 = b * nu + a, i1 = i0 + 1, i2 = i0 + nu, i3 = i2 + 1;
        float u0 = a / (nu - 1.0f) * (tw - 1), u1 = (a + 1) / (nu - 1.0f) * (tw - 1);
        float v0 = b / (nv - 1.0f) * (th - 1), v1 = (b + 1) / (nv - 1.0f) * (th - 1);
        prims.insert(CImg<unsigned int>::vector(i0, i2, i1, (unsigned int)u0, (unsigned int)v0, (unsigned int)u0,
                                                (unsigned int)v1, (unsigned int)u1, (unsigned int)v0));
        prims.insert(CImg<unsigned int>::vector(i1, i2, i3, (unsigned int)u1, (unsigned int)v0, (unsigned int)u0,
                                                (unsigned int)v1, (unsigned int)u1, (unsigned int)v1));
      }
    for (unsigned int k = 0; k < prims.size(); ++k) cols.insert(page, ~0U, true);  // shared texture
    CImg<float> opac(prims.size(), 1, 1, 1, 1.0f);

    std::string bgk = str(j, "bg");
    CImg<unsigned char> img = background(bgk, W, H, seed);
    CImg<float> zbuf(W, H, 1, 1, 0);

    // soft shadow of the sheet on the desk
    if (mode != "screen") {
      CImg<float> sh(W / 4, H / 4, 1, 1, 0);
      double off = num(j, "shadow", 0.015);
      CImg<int> poly(4, 2);
      double cu[4] = {0, 1, 1, 0}, cvv[4] = {0, 0, 1, 1};
      for (int k = 0; k < 4; ++k) {
        double x, y, z, sx, sy;
        cam.world(cu[k], cvv[k], 0, x, y, z);
        cam.project(x, y, z, sx, sy);
        poly(k, 0) = (int)((sx + off * W) / 4);
        poly(k, 1) = (int)((sy + off * W) / 4);
      }
      const float one = 1;
      sh.draw_polygon(poly, &one).blur((float)(off * W / 4 + 1));
      sh.resize(W, H, 1, 1, 3);
      cimg_forXYC(img, x, y, c) img(x, y, c) = (unsigned char)(img(x, y, c) * (1 - 0.45 * std::min(1.0f, sh(x, y))));
    }

    const unsigned int rt = (mode == "screen") ? 2 : 4;
    img.draw_object3d((float)cam.cx, (float)cam.cy, (float)cam.Z, verts, prims, cols, opac, rt, true, (float)cam.f,
                      (float)num(j, "lx", 0), (float)num(j, "ly", -400), (float)num(j, "lz", -3000),
                      (float)num(j, "spec", 0.15), (float)num(j, "shine", 0.3), 1.0f, zbuf);

    // a thumb holding the sheet: an ellipsoid mesh above the page at (thumb_u, thumb_v)
    double tu = num(j, "thumb_u", -1);
    if (tu >= 0) {
      double tv = num(j, "thumb_v", 0), tsz = num(j, "thumb_s", 0.08) * tw, tang = num(j, "thumb_a", 0);
      CImgList<unsigned int> tp;
      CImg<float> tvx = CImg<float>::sphere3d(tp, 1, 3);
      double ca = std::cos(tang), sa = std::sin(tang);
      cimg_forX(tvx, k) {
        double x = tvx(k, 0) * tsz * 0.55, y = tvx(k, 1) * tsz, z = tvx(k, 2) * tsz * 0.3;
        double rx = ca * x - sa * y, ry = sa * x + ca * y;
        double wx, wy, wz;
        // offset in page units
        cam.world(tu + rx / tw, tv + ry / th, d.z(tu, tv, tw) - tsz * 0.35 - z, wx, wy, wz);
        tvx(k, 0) = (float)wx;
        tvx(k, 1) = (float)wy;
        tvx(k, 2) = (float)wz;
      }
      CImgList<unsigned char> tc;
      unsigned char skin[3] = {(unsigned char)(200 + cimg::rand() * 30), (unsigned char)(150 + cimg::rand() * 25),
                               (unsigned char)(120 + cimg::rand() * 25)};
      for (unsigned int k = 0; k < tp.size(); ++k) tc.insert(CImg<unsigned char>::vector(skin[0], skin[1], skin[2]));
      img.draw_object3d((float)cam.cx, (float)cam.cy, (float)cam.Z, tvx, tp, tc, CImg<float>(tp.size(), 1, 1, 1, 1.0f), 4, true,
                        (float)cam.f, 0, -400, -3000, 0.3f, 0.4f, 1.0f, zbuf);
    }
    // a phone or monitor edge: a dark box along one border of the frame
    double edge = num(j, "edge", 0);
    if (edge > 0) {
      CImgList<unsigned int> bp;
      CImg<float> bv = CImg<float>::box3d(bp, (float)(W * 1.4), (float)(edge * H), 10);
      bv.shift_object3d(-(float)(W * 0.7), -(float)(edge * H) / 2, 0);
      CImgList<unsigned char> bc;
      const unsigned char dark[3] = {22, 22, 26};
      for (unsigned int k = 0; k < bp.size(); ++k) bc.insert(CImg<unsigned char>::vector(dark[0], dark[1], dark[2]));
      img.draw_object3d((float)(W / 2.0), (float)(H - edge * H / 2 + 1), 0.0f, bv, bp, bc, CImg<float>(bp.size(), 1, 1, 1, 1.0f), 2,
                        true, 0.0f);
    }

    // glare / sleeve sheen: additive light blobs at page positions
    CImg<float> out(img);
    double ga = num(j, "glare_a", 0);
    if (ga > 0) {
      double x, y, z, sx, sy;
      cam.world(num(j, "glare_u", 0.5), num(j, "glare_v", 0.5), 0, x, y, z);
      cam.project(x, y, z, sx, sy);
      double r = num(j, "glare_r", 0.1) * tw * fitw;
      double e = num(j, "glare_e", 1.6);
      cimg_forXY(out, px, py) {
        double dx = (px - sx) / (r * e), dy = (py - sy) / r;
        double g = ga * std::exp(-(dx * dx + dy * dy) * 1.2);
        if (g > 0.004) for (int c = 0; c < 3; ++c) out(px, py, c) += (float)(std::min(1.0, g) * (255 - out(px, py, c)));
      }
    }
    double sheen = num(j, "sheen", 0);
    if (sheen > 0) cimg_forXYC(out, px, py, c) out(px, py, c) = out(px, py, c) * (1 - (float)sheen) + 235 * (float)sheen;
    // vignetting, exposure, blur, sensor noise
    double vig = num(j, "vig", 0.25), expo = num(j, "expo", 1.0);
    cimg_forXYC(out, px, py, c) {
      double dx = (px - W / 2.0) / W, dy = (py - H / 2.0) / H;
      out(px, py, c) *= (float)(expo * (1 - vig * (dx * dx + dy * dy) * 2));
    }
    double bl = num(j, "blur", 0.6);
    if (bl > 0.05) out.blur((float)bl);
    double nz = num(j, "noise", 3);
    cimg::srand(seed + 7);
    if (nz > 0) out.noise(nz, 0);
    out.cut(0, 255);
    CImg<unsigned char> fin(out);
    std::string o = str(j, "out");
    if (o.size() > 4 && o.substr(o.size() - 4) == ".ppm") fin.save_pnm(o.c_str());
    else fin.save_jpeg(o.c_str(), (unsigned int)num(j, "q", 88));

    // visibility of probe boxes: "key:u0,v0,u1,v1;..."
    std::string probes = str(j, "probes");
    std::stringstream ps(probes);
    std::string pr;
    while (std::getline(ps, pr, ';')) {
      size_t c = pr.find(':');
      if (c == std::string::npos) continue;
      std::string key = pr.substr(0, c);
      double u0, v0, u1, v1;
      if (sscanf(pr.c_str() + c + 1, "%lf,%lf,%lf,%lf", &u0, &v0, &u1, &v1) != 4) continue;
      int in = 0, n = 0;
      double minh = 1e9;
      for (int a = 0; a <= 6; ++a)
        for (int b = 0; b <= 2; ++b) {
          double u = u0 + (u1 - u0) * a / 6.0, v = v0 + (v1 - v0) * b / 2.0, x, y, z, sx, sy;
          cam.world(u, v, d.z(u, v, tw), x, y, z);
          cam.project(x, y, z, sx, sy);
          ++n;
          if (sx >= 2 && sy >= 2 && sx < W - 2 && sy < H - 2 - (edge > 0 ? edge * H : 0)) ++in;
        }
      {  // on-screen height of the box (readability)
        double x, y, z, sx0, sy0, sx1, sy1;
        cam.world((u0 + u1) / 2, v0, 0, x, y, z);
        cam.project(x, y, z, sx0, sy0);
        cam.world((u0 + u1) / 2, v1, 0, x, y, z);
        cam.project(x, y, z, sx1, sy1);
        minh = std::sqrt((sx1 - sx0) * (sx1 - sx0) + (sy1 - sy0) * (sy1 - sy0));
      }
      std::printf("VIS\t%s\t%.3f\t%.1f\n", key.c_str(), (double)in / n, minh);
    }
    std::printf("DONE\n");
    std::fflush(stdout);
  }
  return 0;
}
