// Family AF's e-licence PDFs, written by PoDoFo 0.9.8: the same tab-separated drawing commands the Nim
// page drawer reads (units: PDF points, origin top-left; flipped here), text in a TrueType CJK face
// embedded as a subset with Identity-H and a ToUnicode map (so pdftotext gives the characters back),
// rules, boxes, rings, stars, QR modules, the emblem, rotated watermark text and seal text on an arc.
// Lines are broken by our own measure (the face's advance widths through PoDoFo's metrics).
// One process per generate call; one "OK <path>" line per written PDF.
#include <podofo/podofo.h>

#include <cmath>
#include <cstdint>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace PoDoFo;

static std::vector<std::string> split(const std::string& s, char c) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == c) { out.push_back(cur); cur.clear(); } else cur += ch;
  }
  out.push_back(cur);
  return out;
}

static std::vector<uint32_t> codepoints(const std::string& s) {
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    uint32_t cp; int n;
    if (c < 0x80) { cp = c; n = 1; } else if ((c >> 5) == 6) { cp = c & 0x1f; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0f; n = 3; } else { cp = c & 0x07; n = 4; }
    for (int k = 1; k < n && i + k < s.size(); k++) cp = (cp << 6) | (s[i + k] & 0x3f);
    cps.push_back(cp); i += n;
  }
  return cps;
}

static std::string utf8(uint32_t cp) {
  std::string o;
  if (cp < 0x80) o += char(cp);
  else if (cp < 0x800) { o += char(0xc0 | (cp >> 6)); o += char(0x80 | (cp & 0x3f)); }
  else if (cp < 0x10000) { o += char(0xe0 | (cp >> 12)); o += char(0x80 | ((cp >> 6) & 0x3f)); o += char(0x80 | (cp & 0x3f)); }
  else { o += char(0xf0 | (cp >> 18)); o += char(0x80 | ((cp >> 12) & 0x3f)); o += char(0x80 | ((cp >> 6) & 0x3f)); o += char(0x80 | (cp & 0x3f)); }
  return o;
}

static PdfString pstr(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

struct Doc {
  PdfMemDocument* doc = nullptr;
  PdfPainter painter;
  std::vector<PdfFont*> fonts;
  std::vector<std::string> facePaths;
  double H = 0;
  std::string out;
};

static double num(const std::string& s) { return std::stod(s); }

static double charWidth(PdfFont* f, double size, uint32_t cp) {
  // our own measure: CJK and full-width forms one em, the rest from the face's metrics when it knows them
  if (cp >= 0x2E80 || (cp >= 0xFF00 && cp <= 0xFFEF)) return size;
  f->SetFontSize(float(size));
  double w = f->GetFontMetrics()->StringWidth(pstr(utf8(cp)));
  if (w <= 0) w = size * 0.55;
  return w;
}

static void text(Doc& d, PdfFont* f, double size, double x, double top, double spacing, const std::string& s,
                 double r, double g, double b) {
  f->SetFontSize(float(size));
  d.painter.SetFont(f);
  d.painter.SetColor(r / 255.0, g / 255.0, b / 255.0);
  double base = d.H - (top + size * 0.88);
  if (spacing == 0) { d.painter.DrawText(x, base, pstr(s)); return; }
  double pen = x;
  for (uint32_t cp : codepoints(s)) {
    d.painter.DrawText(pen, base, pstr(utf8(cp)));
    pen += charWidth(f, size, cp) + spacing;
  }
}

static double measure(PdfFont* f, double size, const std::string& s) {
  double w = 0;
  for (uint32_t cp : codepoints(s)) w += charWidth(f, size, cp);
  return w;
}

static void rotated(Doc& d, PdfFont* f, double size, double x, double y, double ang, const std::string& s,
                    double r, double g, double b) {
  // y is the baseline in top-left coordinates; ang in degrees, clockwise on the page
  double a = -ang * M_PI / 180.0;
  f->SetFontSize(float(size));
  d.painter.Save();
  d.painter.SetFont(f);
  d.painter.SetColor(r / 255.0, g / 255.0, b / 255.0);
  d.painter.SetTransformationMatrix(std::cos(a), std::sin(a), -std::sin(a), std::cos(a), x, d.H - y);
  d.painter.DrawText(0, 0, pstr(s));
  d.painter.Restore();
}

static void poly(Doc& d, const std::vector<std::pair<double, double>>& pts, double r, double g, double b) {
  d.painter.SetColor(r / 255.0, g / 255.0, b / 255.0);
  d.painter.MoveTo(pts[0].first, d.H - pts[0].second);
  for (size_t i = 1; i < pts.size(); i++) d.painter.LineTo(pts[i].first, d.H - pts[i].second);
  d.painter.ClosePath();
  d.painter.Fill();
}

static std::vector<std::pair<double, double>> star(double cx, double cy, double r, double rot) {
  std::vector<std::pair<double, double>> p;
  for (int i = 0; i < 10; i++) {
    double rr = i % 2 ? r * 0.382 : r;
    double t = rot - M_PI / 2 + M_PI * i / 5;
    p.push_back({cx + rr * std::cos(t), cy + rr * std::sin(t)});
  }
  return p;
}

static uint32_t rng_state = 1;
static double rnd() { rng_state = rng_state * 1664525u + 1013904223u; return (rng_state >> 8) / 16777216.0; }

int main() {
  Doc d;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    auto a = split(line, '\t');
    const std::string& op = a[0];
    try {
      if (op == "FACE") {
        d.facePaths.push_back(a[2]);
      } else if (op == "P") {
        d.doc = new PdfMemDocument();
        d.fonts.clear();
        for (auto& p : d.facePaths)
          d.fonts.push_back(d.doc->CreateFontSubset("AFFace", false, false, false,
                                                    new PdfIdentityEncoding(0, 0xffff, true), p.c_str()));
        d.H = num(a[2]);
        PdfPage* page = d.doc->CreatePage(PdfRect(0, 0, num(a[1]), d.H));
        d.painter.SetPage(page);
        d.painter.SetColor(num(a[3]) / 255.0, num(a[4]) / 255.0, num(a[5]) / 255.0);
        d.painter.Rectangle(0, 0, num(a[1]), d.H);
        d.painter.Fill();
        d.out = a[6];
      } else if (op == "T" || op == "TR" || op == "TC") {
        PdfFont* f = d.fonts[std::stoi(split(a[1], ',')[0])];
        double size = num(a[2]), x = num(a[3]);
        if (op != "T") {
          double w = measure(f, size, a[10]) + num(a[9]) * (codepoints(a[10]).size() - 1);
          x -= op == "TR" ? w : w / 2;
        }
        text(d, f, size, x, num(a[4]), num(a[9]), a[10], num(a[5]), num(a[6]), num(a[7]));
      } else if (op == "TS") {
        PdfFont* f = d.fonts[std::stoi(split(a[1], ',')[0])];
        double size = num(a[2]);
        auto cps = codepoints(a[9]);
        double w0 = measure(f, size, a[9]);
        double sp = cps.size() > 1 ? std::max(0.0, (num(a[5]) - w0) / (cps.size() - 1)) : 0.0;
        text(d, f, size, num(a[3]), num(a[4]), sp, a[9], num(a[6]), num(a[7]), num(a[8]));
      } else if (op == "W") {
        PdfFont* f = d.fonts[std::stoi(split(a[1], ',')[0])];
        double size = num(a[2]), width = num(a[5]), top = num(a[4]);
        static const std::string noStart = "，。、；：）》」』！？%,.;:)";
        std::string cur; double w = 0;
        for (uint32_t cp : codepoints(a[11])) {
          double cw = charWidth(f, size, cp);
          std::string ch = utf8(cp);
          if (w + cw > width && !cur.empty() && noStart.find(ch) == std::string::npos) {
            text(d, f, size, num(a[3]), top, 0, cur, num(a[7]), num(a[8]), num(a[9]));
            top += num(a[6]); cur.clear(); w = 0;
          }
          cur += ch; w += cw;
        }
        if (!cur.empty()) text(d, f, size, num(a[3]), top, 0, cur, num(a[7]), num(a[8]), num(a[9]));
      } else if (op == "K") {
        PdfFont* f = d.fonts[std::stoi(split(a[1], ',')[0])];
        rotated(d, f, num(a[2]), num(a[3]), num(a[4]), num(a[5]), a[11], num(a[6]), num(a[7]), num(a[8]));
      } else if (op == "A") {
        PdfFont* f = d.fonts[std::stoi(split(a[1], ',')[0])];
        double size = num(a[2]), cx = num(a[3]), cy = num(a[4]), rad = num(a[5]);
        double st = num(a[6]) * M_PI / 180, sw = num(a[7]) * M_PI / 180;
        auto cps = codepoints(a[12]);
        for (size_t k = 0; k < cps.size(); k++) {
          double t = st + (cps.size() > 1 ? sw * k / (cps.size() - 1) : 0);
          double ang = t + M_PI / 2;  // the glyph's up points away from the centre
          double px = cx + rad * std::cos(t), py = cy + rad * std::sin(t);
          double ox = px - std::cos(ang) * size / 2 - std::sin(ang) * (-size * 0.88);
          double oy = py - std::sin(ang) * size / 2 + std::cos(ang) * (-size * 0.88);
          rotated(d, f, size, ox, oy, ang * 180 / M_PI, utf8(cps[k]), num(a[8]), num(a[9]), num(a[10]));
        }
      } else if (op == "L") {
        d.painter.SetStrokeWidth(num(a[5]));
        d.painter.SetStrokingColor(num(a[6]) / 255.0, num(a[7]) / 255.0, num(a[8]) / 255.0);
        d.painter.DrawLine(num(a[1]), d.H - num(a[2]), num(a[3]), d.H - num(a[4]));
      } else if (op == "R") {
        d.painter.SetStrokeWidth(num(a[5]));
        d.painter.SetStrokingColor(num(a[6]) / 255.0, num(a[7]) / 255.0, num(a[8]) / 255.0);
        d.painter.Rectangle(num(a[1]), d.H - num(a[2]) - num(a[4]), num(a[3]), num(a[4]));
        d.painter.Stroke();
      } else if (op == "F") {
        d.painter.SetColor(num(a[5]) / 255.0, num(a[6]) / 255.0, num(a[7]) / 255.0);
        d.painter.Rectangle(num(a[1]), d.H - num(a[2]) - num(a[4]), num(a[3]), num(a[4]));
        d.painter.Fill();
      } else if (op == "C") {
        d.painter.SetStrokeWidth(num(a[4]));
        d.painter.SetStrokingColor(num(a[5]) / 255.0, num(a[6]) / 255.0, num(a[7]) / 255.0);
        d.painter.Circle(num(a[1]), d.H - num(a[2]), num(a[3]));
        d.painter.Stroke();
      } else if (op == "STAR") {
        poly(d, star(num(a[1]), num(a[2]), num(a[3]), 0), num(a[4]), num(a[5]), num(a[6]));
      } else if (op == "G") {
        std::vector<std::pair<double, double>> pts;
        for (auto& p : split(a[5], ';')) { auto q = split(p, ','); pts.push_back({num(q[0]), num(q[1])}); }
        poly(d, pts, num(a[1]), num(a[2]), num(a[3]));
      } else if (op == "S") {
        d.painter.SetStrokeWidth(num(a[1]));
        d.painter.SetStrokingColor(num(a[2]) / 255.0, num(a[3]) / 255.0, num(a[4]) / 255.0);
        auto pts = split(a[6], ';');
        for (size_t i = 0; i < pts.size(); i++) {
          auto q = split(pts[i], ',');
          if (i == 0) d.painter.MoveTo(num(q[0]), d.H - num(q[1])); else d.painter.LineTo(num(q[0]), d.H - num(q[1]));
        }
        d.painter.Stroke();
      } else if (op == "Q") {
        double x = num(a[1]), y = num(a[2]), m = num(a[3]);
        rng_state = uint32_t(std::stoi(a[4]) * 7919 + 17);
        const int n = 25;
        d.painter.SetColor(0.08, 0.08, 0.08);
        auto finder = [&](double fx, double fy) {
          d.painter.Rectangle(fx, d.H - fy - 7 * m, 7 * m, 7 * m); d.painter.Fill();
          d.painter.SetColor(1, 1, 1);
          d.painter.Rectangle(fx + m, d.H - fy - 6 * m, 5 * m, 5 * m); d.painter.Fill();
          d.painter.SetColor(0.08, 0.08, 0.08);
          d.painter.Rectangle(fx + 2 * m, d.H - fy - 5 * m, 3 * m, 3 * m); d.painter.Fill();
        };
        finder(x, y); finder(x + (n - 7) * m, y); finder(x, y + (n - 7) * m);
        for (int j = 0; j < n; j++)
          for (int i = 0; i < n; i++) {
            bool inF = (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
            if (inF) continue;
            bool on = (i == 6 || j == 6) ? (i + j) % 2 == 0 : rnd() < 0.5;
            if (on) { d.painter.Rectangle(x + i * m, d.H - y - (j + 1) * m, m, m); d.painter.Fill(); }
          }
      } else if (op == "E") {
        double cx = num(a[1]), cy = num(a[2]), r = num(a[3]);
        d.painter.SetColor(0.92, 0.75, 0.16);
        d.painter.Circle(cx, d.H - cy, r); d.painter.Fill();
        d.painter.SetColor(0.80, 0.10, 0.12);
        d.painter.Circle(cx, d.H - cy, r * 0.86); d.painter.Fill();
        poly(d, star(cx - r * 0.32, cy - r * 0.38, r * 0.2, 0), 235, 190, 40);
        for (int k = 0; k < 4; k++) {
          double t = -1.0 + 0.45 * k;
          poly(d, star(cx - r * 0.32 + r * 0.42 * std::cos(t), cy - r * 0.38 + r * 0.42 * std::sin(t), r * 0.07, t), 235, 190, 40);
        }
        poly(d, {{cx - r * 0.5, cy + r * 0.23}, {cx + r * 0.5, cy + r * 0.23}, {cx + r * 0.5, cy + r * 0.5}, {cx - r * 0.5, cy + r * 0.5}}, 235, 190, 40);
        poly(d, {{cx - r * 0.58, cy + r * 0.23}, {cx, cy + r * 0.05}, {cx + r * 0.58, cy + r * 0.23}}, 235, 190, 40);
      } else if (op == "U") {
        double x = num(a[1]), y = num(a[2]), w = num(a[3]), h = num(a[4]);
        rng_state = uint32_t(std::stoi(a[5]) * 31 + 5);
        d.painter.SetStrokeWidth(0.5);
        d.painter.SetStrokingColor(num(a[6]) / 255.0, num(a[7]) / 255.0, num(a[8]) / 255.0);
        int bands = 3 + int(rnd() * 3);
        for (int b = 0; b < bands; b++) {
          double f1 = 2 + rnd() * 5, f2 = 7 + rnd() * 9, amp = h * (0.15 + rnd() * 0.3), ph = rnd() * 2 * M_PI;
          double cy = y + h * (0.2 + 0.6 * rnd());
          int steps = int(w / 2);
          for (int i = 0; i <= steps; i++) {
            double t = double(i) / steps;
            double px = x + t * w, py = cy + amp * std::sin(2 * M_PI * f1 * t + ph) * std::cos(2 * M_PI * f2 * t * 0.25 + ph * 0.5);
            if (i == 0) d.painter.MoveTo(px, d.H - py); else d.painter.LineTo(px, d.H - py);
          }
          d.painter.Stroke();
        }
      } else if (op == "X") {
        d.painter.FinishPage();
        d.doc->GetInfo()->SetCreator(PdfString("docgen_af (PoDoFo)"));
        d.doc->GetInfo()->GetObject()->GetDictionary().RemoveKey(PdfName("CreationDate"));
        d.doc->GetInfo()->GetObject()->GetDictionary().RemoveKey(PdfName("Producer"));
        d.doc->EmbedSubsetFonts();
        d.doc->Write(d.out.c_str());
        delete d.doc;
        d.doc = nullptr;
        std::cout << "OK\t" << d.out << "\n" << std::flush;
      }
    } catch (const PdfError& e) {
      std::cerr << "podofo error on " << op << ": " << e.what() << "\n";
      return 3;
    }
  }
  return 0;
}
