// Family AC's photo renderer (held-out OCR family, session 36): OpenSceneGraph on Mesa llvmpipe, offscreen.
// One process per generate call; one capture per stdin line of key=value tokens.  The page (a PNM from the
// Pascal page writer) is a textured grid mesh (flat, bent, curled at a corner, folded), lying on a desk or
// a 高拍仪 base, held in the air, under a plastic sleeve, or shown on a monitor; a perspective camera with its
// own lights; a thumb as geometry; then glare, defocus / motion blur, vignetting, sensor noise, a tone curve
// and JPEG by our own code and OSG's jpeg plugin.  Replies `ok id:inside:charpx;...` per line: for each field
// rectangle the caller sent (page pixels), the fraction of it inside the frame and its glyph height in image
// pixels, so the ground truth can say honestly what was cut off or too small to read.
#include <osg/Geometry>
#include <osg/Geode>
#include <osg/Texture2D>
#include <osg/MatrixTransform>
#include <osg/ShapeDrawable>
#include <osg/Material>
#include <osg/LightSource>
#include <osg/BlendFunc>
#include <osg/Depth>
#include <osgDB/ReadFile>
#include <osgDB/WriteFile>
#include <osgViewer/Viewer>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

static std::map<std::string, std::string> kv;
static double num(const char* k, double d) { auto it = kv.find(k); return it == kv.end() ? d : atof(it->second.c_str()); }
static std::string str(const char* k, const std::string& d = "") { auto it = kv.find(k); return it == kv.end() ? d : it->second; }
static std::vector<double> vec(const char* k) {
  std::vector<double> v; auto it = kv.find(k); if (it == kv.end()) return v;
  std::stringstream ss(it->second); std::string t; while (std::getline(ss, t, ',')) v.push_back(atof(t.c_str())); return v;
}

struct Page { double w, h, bend, curl, fold, foldv, wave; };

// page point (u,v in [0,1], v down the page) -> world (x right, y up, z up from desk), mm
static osg::Vec3d pagePoint(const Page& p, double u, double v) {
  double x = (u - 0.5) * p.w, y = (0.5 - v) * p.h, z = 0;
  z += p.bend * (1 - pow(2 * u - 1, 2)) ;                        // bowed across (a page that was folded in a book)
  z += p.wave * (0.5 + 0.5 * sin(v * 6.2832 * 1.3));           // a soft ripple (never below the desk)
  double cu = std::max(0.0, (u + v - 1.35) / 0.65);             // lower-right corner lifting
  z += p.curl * cu * cu;
  if (p.fold != 0) z += p.fold * std::max(0.0, 1 - fabs(v - p.foldv) * 6) ;  // a crease ridge across the page
  return osg::Vec3d(x, y, z + 0.3);
}

static osg::ref_ptr<osg::Geode> pageMesh(const Page& p, osg::Image* img, int nu, int nv, double light) {
  osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
  osg::ref_ptr<osg::Vec3Array> vs = new osg::Vec3Array; osg::ref_ptr<osg::Vec2Array> ts = new osg::Vec2Array;
  osg::ref_ptr<osg::Vec3Array> ns = new osg::Vec3Array;
  for (int j = 0; j <= nv; j++) for (int i = 0; i <= nu; i++) {
    double u = double(i) / nu, v = double(j) / nv;
    osg::Vec3d a = pagePoint(p, u, v);
    osg::Vec3d du = pagePoint(p, std::min(1.0, u + 0.01), v) - pagePoint(p, std::max(0.0, u - 0.01), v);
    osg::Vec3d dv = pagePoint(p, u, std::max(0.0, v - 0.01)) - pagePoint(p, u, std::min(1.0, v + 0.01));
    osg::Vec3d n = du ^ dv; n.normalize();
    vs->push_back(a); ns->push_back(n); ts->push_back(osg::Vec2(u, 1 - v));
  }
  osg::ref_ptr<osg::DrawElementsUInt> el = new osg::DrawElementsUInt(GL_TRIANGLES);
  for (int j = 0; j < nv; j++) for (int i = 0; i < nu; i++) {
    unsigned a = j * (nu + 1) + i, b = a + 1, c = a + nu + 1, d = c + 1;
    el->push_back(a); el->push_back(c); el->push_back(b); el->push_back(b); el->push_back(c); el->push_back(d);
  }
  g->setVertexArray(vs); g->setNormalArray(ns, osg::Array::BIND_PER_VERTEX); g->setTexCoordArray(0, ts);
  osg::ref_ptr<osg::Vec4Array> col = new osg::Vec4Array; col->push_back(osg::Vec4(light, light, light, 1));
  g->setColorArray(col, osg::Array::BIND_OVERALL);
  g->addPrimitiveSet(el);
  osg::ref_ptr<osg::Texture2D> tex = new osg::Texture2D(img);
  tex->setResizeNonPowerOfTwoHint(false);
  tex->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
  tex->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
  tex->setMaxAnisotropy(8);
  tex->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE); tex->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
  osg::ref_ptr<osg::Geode> ge = new osg::Geode; ge->addDrawable(g);
  ge->getOrCreateStateSet()->setTextureAttributeAndModes(0, tex);
  return ge;
}

static osg::ref_ptr<osg::Image> proceduralTexture(int w, int h, osg::Vec3 base, int kind, std::mt19937& rng) {
  osg::ref_ptr<osg::Image> im = new osg::Image; im->allocateImage(w, h, 1, GL_RGB, GL_UNSIGNED_BYTE);
  std::uniform_real_distribution<double> U(0, 1);
  double ph = U(rng) * 10, fr = 8 + U(rng) * 20;
  for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
    double t = 1;
    if (kind == 0) t = 0.85 + 0.12 * sin((x * 0.7 + 8 * sin(y * 0.02 + ph)) / w * fr * 6.28) + 0.05 * U(rng);   // wood grain
    else if (kind == 1) t = 0.92 + 0.08 * U(rng);                                                          // matte mat / cloth
    else t = 0.9 + 0.1 * sin(y * 0.3) * sin(x * 0.3);                                                      // fabric weave
    unsigned char* px = im->data(x, y);
    for (int c = 0; c < 3; c++) px[c] = (unsigned char)std::max(0.0, std::min(255.0, base[c] * 255 * t));
  }
  return im;
}

static osg::ref_ptr<osg::Geode> quad(osg::Vec3 c, double w, double h, osg::Vec4 color, osg::Image* img) {
  osg::ref_ptr<osg::Geometry> g = osg::createTexturedQuadGeometry(c - osg::Vec3(w / 2, h / 2, 0), osg::Vec3(w, 0, 0), osg::Vec3(0, h, 0), 0, 0, 4, 4);
  osg::ref_ptr<osg::Vec4Array> col = new osg::Vec4Array; col->push_back(color); g->setColorArray(col, osg::Array::BIND_OVERALL);
  osg::ref_ptr<osg::Vec3Array> ns = new osg::Vec3Array; ns->push_back(osg::Vec3(0, 0, 1)); g->setNormalArray(ns, osg::Array::BIND_OVERALL);
  osg::ref_ptr<osg::Geode> ge = new osg::Geode; ge->addDrawable(g);
  if (img) {
    osg::ref_ptr<osg::Texture2D> t = new osg::Texture2D(img);
    t->setWrap(osg::Texture::WRAP_S, osg::Texture::REPEAT); t->setWrap(osg::Texture::WRAP_T, osg::Texture::REPEAT);
    ge->getOrCreateStateSet()->setTextureAttributeAndModes(0, t);
  }
  return ge;
}

// ---------- image post-processing (our own) ----------
struct Buf { int w, h; std::vector<float> d; float* at(int x, int y) { return &d[(size_t(y) * w + x) * 3]; } };

static void gaussBlur(Buf& b, double sigma) {
  if (sigma < 0.3) return;
  int r = int(ceil(sigma * 2.5)); std::vector<float> k(2 * r + 1); double s = 0;
  for (int i = -r; i <= r; i++) { k[i + r] = exp(-i * i / (2 * sigma * sigma)); s += k[i + r]; }
  for (auto& x : k) x /= s;
  std::vector<float> tmp(b.d.size());
  for (int y = 0; y < b.h; y++) for (int x = 0; x < b.w; x++) for (int c = 0; c < 3; c++) {
    double a = 0; for (int i = -r; i <= r; i++) { int xx = std::min(b.w - 1, std::max(0, x + i)); a += k[i + r] * b.d[(size_t(y) * b.w + xx) * 3 + c]; }
    tmp[(size_t(y) * b.w + x) * 3 + c] = a; }
  for (int y = 0; y < b.h; y++) for (int x = 0; x < b.w; x++) for (int c = 0; c < 3; c++) {
    double a = 0; for (int i = -r; i <= r; i++) { int yy = std::min(b.h - 1, std::max(0, y + i)); a += k[i + r] * tmp[(size_t(yy) * b.w + x) * 3 + c]; }
    b.d[(size_t(y) * b.w + x) * 3 + c] = a; }
}

static void motionBlur(Buf& b, double len, double ang) {
  if (len < 1) return;
  int n = int(len) + 1; double dx = cos(ang), dy = sin(ang);
  std::vector<float> out(b.d.size());
  for (int y = 0; y < b.h; y++) for (int x = 0; x < b.w; x++) {
    double a[3] = {0, 0, 0};
    for (int i = 0; i < n; i++) {
      double t = i - (n - 1) / 2.0; int xx = std::min(b.w - 1, std::max(0, int(lround(x + t * dx)))); int yy = std::min(b.h - 1, std::max(0, int(lround(y + t * dy))));
      float* p = b.at(xx, yy); a[0] += p[0]; a[1] += p[1]; a[2] += p[2]; }
    for (int c = 0; c < 3; c++) out[(size_t(y) * b.w + x) * 3 + c] = a[c] / n;
  }
  b.d.swap(out);
}

int main() {
  std::ios::sync_with_stdio(false);
  const int RW = 2048, RH = 1536;
  osg::ref_ptr<osg::GraphicsContext::Traits> tr = new osg::GraphicsContext::Traits;
  tr->x = 0; tr->y = 0; tr->width = RW; tr->height = RH; tr->red = tr->green = tr->blue = 8; tr->alpha = 8; tr->depth = 24;
  tr->windowDecoration = false; tr->doubleBuffer = false; tr->sharedContext = nullptr; tr->pbuffer = true;
  osg::ref_ptr<osg::GraphicsContext> gc = osg::GraphicsContext::createGraphicsContext(tr.get());
  if (!gc.valid()) { tr->pbuffer = false; gc = osg::GraphicsContext::createGraphicsContext(tr.get()); }
  if (!gc.valid()) { std::cout << "err no graphics context" << std::endl; return 2; }
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
  viewer.getCamera()->setGraphicsContext(gc.get());
  viewer.getCamera()->setViewport(new osg::Viewport(0, 0, RW, RH));
  viewer.getCamera()->setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
  osg::ref_ptr<osg::Image> shot = new osg::Image; shot->allocateImage(RW, RH, 1, GL_RGB, GL_UNSIGNED_BYTE);
  viewer.getCamera()->attach(osg::Camera::COLOR_BUFFER, shot.get());
  viewer.getCamera()->setDrawBuffer(GL_COLOR_ATTACHMENT0_EXT); viewer.getCamera()->setReadBuffer(GL_COLOR_ATTACHMENT0_EXT);
  viewer.setCameraManipulator(nullptr);
  viewer.getCamera()->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  viewer.setLightingMode(osg::View::NO_LIGHT);
  viewer.realize();

  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    kv.clear();
    { std::stringstream ss(line); std::string t; while (ss >> t) { size_t e = t.find('='); if (e != std::string::npos) kv[t.substr(0, e)] = t.substr(e + 1); } }
    std::mt19937 rng((unsigned)num("seed", 1)); std::normal_distribution<double> N(0, 1); std::uniform_real_distribution<double> U(0, 1);
    std::string mode = str("mode", "desk");
    osg::ref_ptr<osg::Image> page = osgDB::readImageFile(str("in"));
    if (!page) { std::cout << "err cannot read " << str("in") << std::endl; continue; }
    int pw = page->s(), ph = page->t();
    Page P; P.h = num("page_h_mm", 297); P.w = P.h * pw / ph;
    P.bend = num("bend", 0); P.curl = num("curl", 0); P.fold = num("fold", 0); P.foldv = num("foldv", 0.5); P.wave = num("wave", 0);
    // the pnm plugin already hands the rows over bottom-up, as GL wants them

    osg::ref_ptr<osg::Group> root = new osg::Group;
    osg::StateSet* ss = root->getOrCreateStateSet();
    ss->setMode(GL_LIGHTING, osg::StateAttribute::ON);
    ss->setMode(GL_DEPTH_TEST, osg::StateAttribute::ON);
    ss->setMode(GL_RESCALE_NORMAL, osg::StateAttribute::ON);
    osg::ref_ptr<osg::Material> mat = new osg::Material;
    mat->setColorMode(osg::Material::AMBIENT_AND_DIFFUSE);
    mat->setSpecular(osg::Material::FRONT_AND_BACK, osg::Vec4(0.08, 0.08, 0.08, 1)); mat->setShininess(osg::Material::FRONT_AND_BACK, 20);
    ss->setAttributeAndModes(mat);
    // lights: a key light (window or lamp) and an ambient fill
    std::vector<double> L = vec("light"); if (L.size() < 3) L = {200, 300, 900};
    osg::ref_ptr<osg::Light> li = new osg::Light; li->setLightNum(0);
    li->setPosition(osg::Vec4(L[0], L[1], L[2], 1));
    double warm = num("warm", 0); double amb = num("ambient", 0.45), dif = num("diffuse", 0.7);
    li->setAmbient(osg::Vec4(amb, amb * (1 - warm * 0.05), amb * (1 - warm * 0.15), 1));
    li->setDiffuse(osg::Vec4(dif, dif * (1 - warm * 0.08), dif * (1 - warm * 0.25), 1));
    li->setSpecular(osg::Vec4(0.6, 0.6, 0.6, 1));
    li->setConstantAttenuation(1);
    osg::ref_ptr<osg::LightSource> ls = new osg::LightSource; ls->setLight(li); root->addChild(ls);
    ss->setMode(GL_LIGHT0, osg::StateAttribute::ON);

    std::vector<double> bg = vec("bg"); if (bg.size() < 3) bg = {0.55, 0.42, 0.3};
    viewer.getCamera()->setClearColor(osg::Vec4(bg[0] * 0.4, bg[1] * 0.4, bg[2] * 0.4, 1));
    if (mode != "hand" && mode != "screen") {
      int kind = mode == "gpy" ? 1 : int(num("desk_kind", 0));
      osg::ref_ptr<osg::Image> dt = proceduralTexture(256, 256, osg::Vec3(bg[0], bg[1], bg[2]), kind, rng);
      root->addChild(quad(osg::Vec3(0, 0, 0), 2400, 2400, osg::Vec4(1, 1, 1, 1), dt.get()));
    }
    osg::ref_ptr<osg::Geode> pg;
    if (mode == "screen") {
      // the page shown on a monitor: emissive panel in a dark bezel, photographed off-axis
      osg::ref_ptr<osg::Geode> panel = pageMesh(P, page.get(), 2, 2, 1.0);
      osg::ref_ptr<osg::Material> em = new osg::Material; em->setColorMode(osg::Material::OFF);
      em->setEmission(osg::Material::FRONT_AND_BACK, osg::Vec4(0.85, 0.87, 0.9, 1)); em->setDiffuse(osg::Material::FRONT_AND_BACK, osg::Vec4(0.1, 0.1, 0.1, 1));
      panel->getOrCreateStateSet()->setAttributeAndModes(em, osg::StateAttribute::ON | osg::StateAttribute::OVERRIDE);
      root->addChild(panel);
      root->addChild(quad(osg::Vec3(0, 0, -1), P.w * 1.25 + 40, P.h * 1.1 + 40, osg::Vec4(0.06, 0.06, 0.07, 1), nullptr));
    } else {
      pg = pageMesh(P, page.get(), 48, 64, num("paper", 1.0));
      root->addChild(pg);
    }
    if (mode == "sleeve") {
      // a clear plastic sleeve a little above the page, slightly larger, catching the light
      osg::ref_ptr<osg::Geode> sl = quad(osg::Vec3(0, 0, 2.5 + P.bend * 0.7), P.w * 1.04, P.h * 1.03, osg::Vec4(0.92, 0.95, 1.0, 0.16), nullptr);
      osg::StateSet* s2 = sl->getOrCreateStateSet();
      s2->setMode(GL_BLEND, osg::StateAttribute::ON); s2->setRenderingHint(osg::StateSet::TRANSPARENT_BIN);
      s2->setAttributeAndModes(new osg::BlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA));
      s2->setAttributeAndModes(new osg::Depth(osg::Depth::LESS, 0, 1, false));
      osg::ref_ptr<osg::Material> m2 = new osg::Material; m2->setSpecular(osg::Material::FRONT_AND_BACK, osg::Vec4(1, 1, 1, 1)); m2->setShininess(osg::Material::FRONT_AND_BACK, 90);
      m2->setColorMode(osg::Material::AMBIENT_AND_DIFFUSE);
      s2->setAttributeAndModes(m2);
      root->addChild(sl);
    }
    // thumb: an ellipsoid of skin over the page edge
    std::vector<double> th = vec("thumb");
    if (th.size() >= 3) {
      osg::Vec3d c = pagePoint(P, th[0], th[1]);
      double r = th[2] * P.w;
      osg::ref_ptr<osg::ShapeDrawable> sd = new osg::ShapeDrawable(new osg::Sphere(osg::Vec3(0, 0, 0), 1.0));
      sd->setColor(osg::Vec4(0.86, 0.66, 0.55, 1));
      osg::ref_ptr<osg::Geode> tg = new osg::Geode; tg->addDrawable(sd);
      osg::ref_ptr<osg::MatrixTransform> mt = new osg::MatrixTransform;
      double ang = th.size() > 3 ? th[3] : 0;
      mt->setMatrix(osg::Matrix::scale(r * 0.62, r * 1.1, r * 0.22) * osg::Matrix::rotate(ang, osg::Vec3(0, 0, 1)) * osg::Matrix::translate(c + osg::Vec3d(0, 0, r * 0.3)));
      // the nail: a paler, flatter cap towards the thumb's tip (the end lying on the page)
      osg::ref_ptr<osg::ShapeDrawable> nd = new osg::ShapeDrawable(new osg::Sphere(osg::Vec3(0, 0, 0), 1.0));
      nd->setColor(osg::Vec4(0.93, 0.78, 0.74, 1));
      osg::ref_ptr<osg::Geode> ng = new osg::Geode; ng->addDrawable(nd);
      osg::ref_ptr<osg::MatrixTransform> nt = new osg::MatrixTransform;
      double tipx = (th[0] < 0.5 ? 1 : -1) * r * 0.25;
      nt->setMatrix(osg::Matrix::scale(r * 0.38, r * 0.42, r * 0.1) * osg::Matrix::translate(tipx, 0, r * 0.2) *
                    osg::Matrix::rotate(ang, osg::Vec3(0, 0, 1)) * osg::Matrix::translate(c + osg::Vec3d(0, 0, r * 0.3)));
      nt->addChild(ng); root->addChild(nt);
      mt->addChild(tg); root->addChild(mt);
    }
    // camera
    double fov = num("fov", 55), tilt = num("tilt", 10) * M_PI / 180, az = num("az", 0) * M_PI / 180, roll = num("roll", 0) * M_PI / 180;
    double fill = num("fill", 0.85);
    double aspect = double(RW) / RH;
    bool portrait = num("portrait", 0) > 0;
    double halfV = tan(fov * M_PI / 360);
    double need = portrait ? std::max(P.h / 2 / aspect, P.w / 2) : std::max(P.h / 2, P.w / 2 / aspect);
    double dist = need / halfV / fill;
    osg::Vec3d target(num("dx", 0) * P.w, num("dy", 0) * P.h, 0);
    osg::Vec3d eye = target + osg::Vec3d(sin(tilt) * sin(az), -sin(tilt) * cos(az), cos(tilt)) * dist;
    osg::Vec3d up(0, 1, 0);
    if (portrait) up = osg::Vec3d(-1, 0, 0);
    up = osg::Matrix::rotate(roll, osg::Vec3d(0, 0, 1)).preMult(up);
    osg::Matrix view = osg::Matrix::lookAt(eye, target, up);
    osg::Matrix proj = osg::Matrix::perspective(fov, aspect, dist * 0.05, dist * 4);
    viewer.getCamera()->setViewMatrix(view); viewer.getCamera()->setProjectionMatrix(proj);
    viewer.setSceneData(root);
    viewer.frame();

    // read back (rows bottom-up) into a float buffer, top-down
    Buf b; b.w = RW; b.h = RH; b.d.resize(size_t(RW) * RH * 3);
    for (int y = 0; y < RH; y++) { unsigned char* row = shot->data(0, RH - 1 - y); for (int x = 0; x < RW * 3; x++) b.d[size_t(y) * RW * 3 + x] = row[x]; }

    osg::Matrix vpw = view * proj * viewer.getCamera()->getViewport()->computeWindowMatrix();
    auto proj2 = [&](double u, double v) { osg::Vec3d w = pagePoint(P, u, v) * vpw; return osg::Vec2d(w.x(), RH - w.y()); };
    // glare: a bright lobe at a page point, by our own code (a sleeve's or glossy paper's reflection of the light)
    std::vector<double> gl = vec("glare");
    if (gl.size() >= 4) {
      osg::Vec2d c = proj2(gl[0], gl[1]); osg::Vec2d e = proj2(gl[0] + gl[2], gl[1]);
      double rr = std::max(8.0, (e - c).length());
      for (int y = 0; y < RH; y++) for (int x = 0; x < RW; x++) {
        double d2 = ((x - c.x()) * (x - c.x()) + (y - c.y()) * (y - c.y()) * 1.6) / (rr * rr);
        if (d2 > 9) continue;
        double k = gl[3] * exp(-d2 * 1.2) * 255;
        float* p = b.at(x, y); for (int cc = 0; cc < 3; cc++) p[cc] = p[cc] + k * (1.0 - p[cc] / 300.0);
      }
    }
    if (mode == "screen") {
      // moiré between the monitor's pixel grid and the sensor, and the panel's scan lines
      double f1 = num("moire", 0.9), a1 = U(rng) * 0.5;
      for (int y = 0; y < RH; y++) for (int x = 0; x < RW; x++) {
        double m = 1 - 0.12 * (0.5 + 0.5 * sin((x * cos(a1) + y * sin(a1)) * f1)) - 0.05 * (0.5 + 0.5 * sin(y * 2.1));
        float* p = b.at(x, y); for (int c = 0; c < 3; c++) p[c] *= m;
      }
    }
    gaussBlur(b, num("blur", 0.6));
    motionBlur(b, num("motion", 0), num("motion_ang", 0));
    // vignetting, tone curve, white balance, sensor noise (luma + chroma), all seeded
    double vig = num("vignette", 0.25), gain = num("gain", 1.0), nz = num("noise", 3.0);
    std::vector<double> wb = vec("wb"); if (wb.size() < 3) wb = {1, 1, 1};
    for (int y = 0; y < RH; y++) for (int x = 0; x < RW; x++) {
      double dx = (x - RW / 2.0) / (RW / 2.0), dy = (y - RH / 2.0) / (RW / 2.0);
      double v = 1 - vig * (dx * dx + dy * dy);
      double ln = N(rng) * nz;
      float* p = b.at(x, y);
      for (int c = 0; c < 3; c++) {
        double t = p[c] / 255.0 * gain * v * wb[c];
        t = t < 0 ? 0 : t; t = 1 - pow(1 - std::min(1.0, t), 1.15);   // soft shoulder
        p[c] = t * 255 + ln + N(rng) * nz * 0.4;
      }
    }
    osg::ref_ptr<osg::Image> out = new osg::Image;
    int OW = RW, OH = RH;
    if (portrait) { OW = RH; OH = RW; }
    out->allocateImage(OW, OH, 1, GL_RGB, GL_UNSIGNED_BYTE);
    for (int y = 0; y < OH; y++) for (int x = 0; x < OW; x++) {
      int sx = portrait ? RW - 1 - y : x, sy = portrait ? x : y;
      float* p = b.at(sx, sy);
      unsigned char* q = out->data(x, OH - 1 - y);   // osg::Image rows bottom-up; the writer flips back
      for (int c = 0; c < 3; c++) q[c] = (unsigned char)std::max(0.0f, std::min(255.0f, p[c] + 0.5f));
    }
    out->setOrigin(osg::Image::BOTTOM_LEFT);
    std::string op = str("out");
    osg::ref_ptr<osgDB::Options> opts = new osgDB::Options("JPEG_QUALITY " + std::to_string(int(num("q", 88))));
    if (!osgDB::writeImageFile(*out, op, opts.get())) { std::cout << "err cannot write " << op << std::endl; continue; }
    // fields: id:x0:y0:x1:y1:px (page pixels) -> inside fraction, glyph height in image pixels
    std::string res;
    std::stringstream fs(str("fields")); std::string f;
    while (std::getline(fs, f, ';')) {
      if (f.empty()) continue;
      std::vector<std::string> t; std::stringstream s2(f); std::string x; while (std::getline(s2, x, ':')) t.push_back(x);
      if (t.size() < 6) continue;
      double x0 = atof(t[1].c_str()) / pw, y0 = atof(t[2].c_str()) / ph, x1 = atof(t[3].c_str()) / pw, y1 = atof(t[4].c_str()) / ph, gpx = atof(t[5].c_str()) / ph;
      int in = 0, tot = 0; double hmin = 1e9;
      for (int j = 0; j <= 4; j++) for (int i = 0; i <= 6; i++) {
        double u = x0 + (x1 - x0) * i / 6, v = y0 + (y1 - y0) * j / 4;
        osg::Vec2d a = proj2(u, v);
        if (portrait) a = osg::Vec2d(a.y(), RW - 1 - a.x());
        tot++; if (a.x() >= 2 && a.y() >= 2 && a.x() < OW - 2 && a.y() < OH - 2) in++;
        if (j == 0) { osg::Vec2d b2 = proj2(u, std::min(1.0, v + gpx)); hmin = std::min(hmin, (b2 - proj2(u, v)).length()); }
      }
      char buf[200]; snprintf(buf, sizeof buf, "%s:%.3f:%.1f;", t[0].c_str(), double(in) / tot, hmin); res += buf;
    }
    std::cout << "ok " << res << std::endl;
  }
  return 0;
}
