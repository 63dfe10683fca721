# Family AF's page drawer: reads pages as tab-separated drawing commands on stdin, rasterises them with
# its own anti-aliased scanline filler (non-zero winding, 4 sub-scanlines, exact horizontal coverage),
# glyphs from face files through stb_truetype (cmap checked per character, falling back along the
# command's face chain), its own line breaking, and writes each page as PNG through stb_image_write.
# One line per finished page on stdout: "OK <path> <faces used> <missing chars>".
import std/[strutils, math, tables, algorithm, sets]
from std/unicode import runes, Rune, `$`

{.passC: "-I/usr/include/stb".}
{.compile: "stbimpl.c".}

type
  FontInfo {.importc: "stbtt_fontinfo", header: "stb_truetype.h".} = object

proc stbtt_InitFont(info: ptr FontInfo, data: ptr uint8, offset: cint): cint {.importc, header: "stb_truetype.h".}
proc stbtt_GetFontOffsetForIndex(data: ptr uint8, index: cint): cint {.importc, header: "stb_truetype.h".}
proc stbtt_ScaleForMappingEmToPixels(info: ptr FontInfo, px: cfloat): cfloat {.importc, header: "stb_truetype.h".}
proc stbtt_GetFontVMetrics(info: ptr FontInfo, a, d, g: ptr cint) {.importc, header: "stb_truetype.h".}
proc stbtt_FindGlyphIndex(info: ptr FontInfo, cp: cint): cint {.importc, header: "stb_truetype.h".}
proc stbtt_GetGlyphHMetrics(info: ptr FontInfo, g: cint, adv, lsb: ptr cint) {.importc, header: "stb_truetype.h".}
proc stbtt_GetGlyphBitmapBox(info: ptr FontInfo, g: cint, sx, sy: cfloat, x0, y0, x1, y1: ptr cint) {.importc, header: "stb_truetype.h".}
proc stbtt_MakeGlyphBitmap(info: ptr FontInfo, output: ptr uint8, w, h, stride: cint, sx, sy: cfloat, g: cint) {.importc, header: "stb_truetype.h".}
proc stbi_write_png(filename: cstring, w, h, comp: cint, data: pointer, stride: cint): cint {.importc, header: "stb_image_write.h".}

type
  Face = ref object
    path: string
    data: seq[uint8]
    info: FontInfo
    ascent: float
  Glyph = object
    w, h, x0, y0: int
    bits: seq[uint8]
  Canvas = object
    w, h: int
    px: seq[uint8]
  Pt = tuple[x, y: float]

var faces: seq[Face]
var glyphCache = initTable[(int, int, int), Glyph]()
var used = initHashSet[string]()
var missing = 0

proc loadFace(path: string, index: int): Face =
  result = Face(path: path)
  let s = readFile(path)
  result.data = newSeq[uint8](s.len)
  if s.len > 0: copyMem(addr result.data[0], unsafeAddr s[0], s.len)
  let off = stbtt_GetFontOffsetForIndex(addr result.data[0], cint(index))
  if stbtt_InitFont(addr result.info, addr result.data[0], off) == 0:
    quit("bad face " & path, 2)
  var a, d, g: cint
  stbtt_GetFontVMetrics(addr result.info, addr a, addr d, addr g)
  result.ascent = float(a) / float(a - d)

proc pick(chain: seq[int], cp: int): (int, int) =
  ## the first face of the chain whose cmap has the character, and its glyph index
  for f in chain:
    let g = int(stbtt_FindGlyphIndex(addr faces[f].info, cint(cp)))
    if g != 0: return (f, g)
  if cp > 32 and cp != 0x3000: inc missing
  return (chain[0], 0)

proc glyph(f, g: int, size: float): Glyph =
  let key = (f, g, int(size * 4))
  if glyphCache.hasKey(key): return glyphCache[key]
  let sc = stbtt_ScaleForMappingEmToPixels(addr faces[f].info, cfloat(size))
  var x0, y0, x1, y1: cint
  stbtt_GetGlyphBitmapBox(addr faces[f].info, cint(g), sc, sc, addr x0, addr y0, addr x1, addr y1)
  var gl = Glyph(w: int(x1 - x0), h: int(y1 - y0), x0: int(x0), y0: int(y0))
  if gl.w > 0 and gl.h > 0:
    gl.bits = newSeq[uint8](gl.w * gl.h)
    stbtt_MakeGlyphBitmap(addr faces[f].info, addr gl.bits[0], cint(gl.w), cint(gl.h), cint(gl.w), sc, sc, cint(g))
  glyphCache[key] = gl
  gl

proc advance(f, g: int, size: float): float =
  var adv, lsb: cint
  stbtt_GetGlyphHMetrics(addr faces[f].info, cint(g), addr adv, addr lsb)
  float(adv) * float(stbtt_ScaleForMappingEmToPixels(addr faces[f].info, cfloat(size)))

proc blend(c: var Canvas, x, y: int, col: array[3, float], a: float) {.inline.} =
  if x < 0 or y < 0 or x >= c.w or y >= c.h or a <= 0.0: return
  let i = (y * c.w + x) * 3
  let aa = min(a, 1.0)
  for k in 0..2:
    c.px[i + k] = uint8(clamp(float(c.px[i + k]) * (1.0 - aa) + col[k] * aa + 0.5, 0.0, 255.0))

# ---- anti-aliased non-zero polygon filling -------------------------------------------------------
proc fill(c: var Canvas, contours: seq[seq[Pt]], col: array[3, float], alpha: float) =
  const SS = 4
  var miny = 1e9
  var maxy = -1e9
  var minx = 1e9
  var maxx = -1e9
  for ct in contours:
    for p in ct:
      miny = min(miny, p.y); maxy = max(maxy, p.y); minx = min(minx, p.x); maxx = max(maxx, p.x)
  if maxy < 0 or miny >= float(c.h) or maxx < 0 or minx >= float(c.w): return
  let y0 = max(0, int(floor(miny)))
  let y1 = min(c.h - 1, int(ceil(maxy)))
  let x0 = max(0, int(floor(minx)))
  let x1 = min(c.w - 1, int(ceil(maxx)))
  var cov = newSeq[float](x1 - x0 + 2)
  var xs: seq[(float, int)]
  for py in y0..y1:
    for i in 0..<cov.len: cov[i] = 0.0
    var any = false
    for s in 0..<SS:
      let sy = float(py) + (float(s) + 0.5) / SS
      xs.setLen(0)
      for ct in contours:
        let n = ct.len
        for i in 0..<n:
          let a = ct[i]
          let b = ct[(i + 1) mod n]
          if (a.y <= sy and b.y > sy) or (b.y <= sy and a.y > sy):
            let t = (sy - a.y) / (b.y - a.y)
            xs.add((a.x + t * (b.x - a.x), (if b.y > a.y: 1 else: -1)))
      if xs.len < 2: continue
      xs.sort(proc (p, q: (float, int)): int = cmp(p[0], q[0]))
      var wnd = 0
      for k in 0..<xs.len - 1:
        wnd += xs[k][1]
        if wnd == 0: continue
        let xa = clamp(xs[k][0], float(x0), float(x1) + 1.0) - float(x0)
        let xb = clamp(xs[k + 1][0], float(x0), float(x1) + 1.0) - float(x0)
        if xb <= xa: continue
        any = true
        let ia = int(floor(xa))
        let ib = min(int(floor(xb)), cov.len - 1)
        if ia == ib:
          cov[ia] += (xb - xa) / SS
        else:
          cov[ia] += (float(ia + 1) - xa) / SS
          for i in ia + 1 ..< ib: cov[i] += 1.0 / SS
          if ib < cov.len: cov[ib] += (xb - float(ib)) / SS
    if any:
      for i in 0 .. x1 - x0:
        if cov[i] > 0.001: c.blend(x0 + i, py, col, min(cov[i], 1.0) * alpha)

proc area(p: seq[Pt]): float =
  for i in 0..<p.len:
    let a = p[i]
    let b = p[(i + 1) mod p.len]
    result += a.x * b.y - b.x * a.y

proc oriented(p: seq[Pt], ccw = true): seq[Pt] =
  result = p
  if (area(p) > 0) != ccw: result.reverse()

proc circlePts(cx, cy, r: float, n = 0): seq[Pt] =
  let m = if n > 0: n else: max(12, int(r * 0.8))
  for i in 0..<m:
    let t = 2 * PI * float(i) / float(m)
    result.add((cx + r * cos(t), cy + r * sin(t)))

proc strokePath(c: var Canvas, pts: seq[Pt], width: float, col: array[3, float], alpha: float, closed = false) =
  var cs: seq[seq[Pt]]
  let n = pts.len
  let segs = if closed: n else: n - 1
  for i in 0..<segs:
    let a = pts[i]
    let b = pts[(i + 1) mod n]
    let dx = b.x - a.x
    let dy = b.y - a.y
    let L = sqrt(dx * dx + dy * dy)
    if L < 1e-6: continue
    let nx = -dy / L * width / 2
    let ny = dx / L * width / 2
    cs.add(oriented(@[(a.x + nx, a.y + ny), (b.x + nx, b.y + ny), (b.x - nx, b.y - ny), (a.x - nx, a.y - ny)]))
  if width > 1.5:
    for i in 0..<n:
      if closed or (i > 0 and i < n - 1) or true:
        cs.add(oriented(circlePts(pts[i].x, pts[i].y, width / 2, 10)))
  if cs.len > 0: c.fill(cs, col, alpha)

proc ring(c: var Canvas, cx, cy, r, width: float, col: array[3, float], alpha: float) =
  c.fill(@[oriented(circlePts(cx, cy, r + width / 2)), oriented(circlePts(cx, cy, r - width / 2), false)], col, alpha)

proc star(cx, cy, r, rot: float): seq[Pt] =
  for i in 0..9:
    let rr = if i mod 2 == 0: r else: r * 0.382
    let t = rot - PI / 2 + PI * float(i) / 5
    result.add((cx + rr * cos(t), cy + rr * sin(t)))

# ---- glyphs ---------------------------------------------------------------------------------------
proc blitGlyph(c: var Canvas, gl: Glyph, x, y: int, col: array[3, float], alpha: float) =
  for j in 0..<gl.h:
    for i in 0..<gl.w:
      let v = gl.bits[j * gl.w + i]
      if v > 0: c.blend(x + gl.x0 + i, y + gl.y0 + j, col, float(v) / 255.0 * alpha)

proc blitRotated(c: var Canvas, gl: Glyph, ox, oy, ang: float, col: array[3, float], alpha: float) =
  ## the glyph's origin (pen position on the baseline) at (ox, oy), turned by `ang` radians
  if gl.w == 0: return
  let ca = cos(ang)
  let sa = sin(ang)
  var bx0 = 1e9
  var by0 = 1e9
  var bx1 = -1e9
  var by1 = -1e9
  for (u, v) in [(gl.x0, gl.y0), (gl.x0 + gl.w, gl.y0), (gl.x0, gl.y0 + gl.h), (gl.x0 + gl.w, gl.y0 + gl.h)]:
    let X = ox + float(u) * ca - float(v) * sa
    let Y = oy + float(u) * sa + float(v) * ca
    bx0 = min(bx0, X); bx1 = max(bx1, X); by0 = min(by0, Y); by1 = max(by1, Y)
  for py in int(floor(by0)) .. int(ceil(by1)):
    for px in int(floor(bx0)) .. int(ceil(bx1)):
      let dx = float(px) + 0.5 - ox
      let dy = float(py) + 0.5 - oy
      let u = dx * ca + dy * sa - float(gl.x0) - 0.5
      let v = -dx * sa + dy * ca - float(gl.y0) - 0.5
      let iu = int(floor(u))
      let iv = int(floor(v))
      if iu < -1 or iv < -1 or iu >= gl.w or iv >= gl.h: continue
      let fu = u - float(iu)
      let fv = v - float(iv)
      proc at(a, b: int): float =
        if a < 0 or b < 0 or a >= gl.w or b >= gl.h: 0.0 else: float(gl.bits[b * gl.w + a])
      let s = (at(iu, iv) * (1 - fu) + at(iu + 1, iv) * fu) * (1 - fv) + (at(iu, iv + 1) * (1 - fu) + at(iu + 1, iv + 1) * fu) * fv
      if s > 0.5: c.blend(px, py, col, s / 255.0 * alpha)

proc chainOf(s: string): seq[int] =
  for p in s.split(','): result.add(parseInt(p))

proc measure(chain: seq[int], size, spacing: float, text: string): float =
  for r in text.runes:
    let (f, g) = pick(chain, int(r))
    result += advance(f, g, size) + spacing

proc drawLine(c: var Canvas, chain: seq[int], size, x, top, spacing: float, text: string, col: array[3, float], alpha: float) =
  ## one line whose em box starts at `top`
  var pen = x
  for r in text.runes:
    let (f, g) = pick(chain, int(r))
    used.incl(faces[f].path)
    let base = top + faces[f].ascent * size
    let gl = glyph(f, g, size)
    c.blitGlyph(gl, int(round(pen)), int(round(base)), col, alpha)
    pen += advance(f, g, size) + spacing

const noStart = "，。、；：）》」』！？%,.;:)"

proc wrapLines(chain: seq[int], size, width: float, text: string): seq[string] =
  ## our own line breaker: characters fill the line; a closing punctuation mark never starts one
  var line = ""
  var w = 0.0
  for r in text.runes:
    let (f, g) = pick(chain, int(r))
    let a = advance(f, g, size)
    let ch = $r
    if w + a > width and line.len > 0 and not noStart.contains(ch):
      result.add(line)
      line = ""
      w = 0.0
    line.add(ch)
    w += a
  if line.len > 0: result.add(line)

# ---- marks ----------------------------------------------------------------------------------------
var rng: uint32 = 1
proc rnd(): float =
  rng = rng * 1664525'u32 + 1013904223'u32
  float(rng shr 8) / 16777216.0

proc qr(c: var Canvas, x, y, m: float, seed: int) =
  rng = uint32(seed * 7919 + 17)
  let n = 25
  let black = [20.0, 20.0, 20.0]
  proc finder(c: var Canvas, fx, fy: float) =
    c.fill(@[oriented(@[(fx, fy), (fx + 7 * m, fy), (fx + 7 * m, fy + 7 * m), (fx, fy + 7 * m)]),
             oriented(@[(fx + m, fy + m), (fx + 6 * m, fy + m), (fx + 6 * m, fy + 6 * m), (fx + m, fy + 6 * m)], false)], black, 1.0)
    c.fill(@[@[(fx + 2 * m, fy + 2 * m), (fx + 5 * m, fy + 2 * m), (fx + 5 * m, fy + 5 * m), (fx + 2 * m, fy + 5 * m)]], black, 1.0)
  c.finder(x, y); c.finder(x + float(n - 7) * m, y); c.finder(x, y + float(n - 7) * m)
  for j in 0..<n:
    for i in 0..<n:
      let inF = (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8)
      if inF: continue
      if (j == 6 or i == 6):
        if (i + j) mod 2 == 0:
          c.fill(@[@[(x + float(i) * m, y + float(j) * m), (x + float(i + 1) * m, y + float(j) * m), (x + float(i + 1) * m, y + float(j + 1) * m), (x + float(i) * m, y + float(j + 1) * m)]], black, 1.0)
        continue
      if rnd() < 0.5:
        c.fill(@[@[(x + float(i) * m, y + float(j) * m), (x + float(i + 1) * m, y + float(j) * m), (x + float(i + 1) * m, y + float(j + 1) * m), (x + float(i) * m, y + float(j + 1) * m)]], black, 1.0)

proc guilloche(c: var Canvas, x, y, w, h: float, seed: int, col: array[3, float], alpha: float) =
  rng = uint32(seed * 31 + 5)
  let bands = 3 + int(rnd() * 3)
  for b in 0..<bands:
    let f1 = 2.0 + rnd() * 5
    let f2 = 7.0 + rnd() * 9
    let amp = h * (0.15 + rnd() * 0.3)
    let ph = rnd() * 2 * PI
    let cy = y + h * (0.2 + 0.6 * rnd())
    var pts: seq[Pt]
    let steps = int(w / 3)
    for i in 0..steps:
      let t = float(i) / float(steps)
      pts.add((x + t * w, cy + amp * sin(2 * PI * f1 * t + ph) * cos(2 * PI * f2 * t * 0.25 + ph * 0.5)))
    c.strokePath(pts, 1.0, col, alpha)

proc emblem(c: var Canvas, cx, cy, r: float) =
  let gold = [235.0, 190.0, 40.0]
  let red = [205.0, 25.0, 30.0]
  c.fill(@[circlePts(cx, cy, r)], gold, 1.0)
  c.fill(@[circlePts(cx, cy, r * 0.86)], red, 1.0)
  # the gear and wheat ring as a toothed band
  var teeth: seq[Pt]
  for i in 0..<48:
    let t = 2 * PI * float(i) / 48
    let rr = if i mod 2 == 0: r * 0.98 else: r * 0.90
    teeth.add((cx + rr * cos(t), cy + rr * sin(t)))
  c.fill(@[oriented(teeth), oriented(circlePts(cx, cy, r * 0.86), false)], gold, 1.0)
  c.fill(@[star(cx - r * 0.32, cy - r * 0.38, r * 0.2, 0.0)], gold, 1.0)
  for k in 0..3:
    let a = -1.0 + 0.45 * float(k)
    c.fill(@[star(cx - r * 0.32 + r * 0.42 * cos(a), cy - r * 0.38 + r * 0.42 * sin(a), r * 0.07, a)], gold, 1.0)
  # Tiananmen: a gate, roofs and five doors
  let gx = cx - r * 0.5
  let gy = cy + r * 0.05
  c.fill(@[@[(gx, gy + r * 0.18), (gx + r, gy + r * 0.18), (gx + r, gy + r * 0.45), (gx, gy + r * 0.45)]], gold, 1.0)
  c.fill(@[@[(gx - r * 0.08, gy + r * 0.18), (gx + r * 0.5, gy), (gx + r * 1.08, gy + r * 0.18)]], gold, 1.0)
  for k in 0..4:
    let dx = gx + r * (0.1 + 0.18 * float(k))
    c.fill(@[@[(dx, gy + r * 0.3), (dx + r * 0.07, gy + r * 0.3), (dx + r * 0.07, gy + r * 0.45), (dx, gy + r * 0.45)]], red, 1.0)
  c.fill(@[@[(cx - r * 0.7, cy + r * 0.55), (cx + r * 0.7, cy + r * 0.55), (cx + r * 0.6, cy + r * 0.68), (cx - r * 0.6, cy + r * 0.68)]], gold, 1.0)

proc colOf(r, g, b: string): array[3, float] = [parseFloat(r), parseFloat(g), parseFloat(b)]

# ---- the command loop -----------------------------------------------------------------------------
var cv: Canvas
var outPath = ""
var line: string
while stdin.readLine(line):
  if line.len == 0: continue
  let a = line.split('\t')
  case a[0]
  of "FACE":
    faces.add(loadFace(a[2], parseInt(a[3])))
  of "P":
    cv = Canvas(w: parseInt(a[1]), h: parseInt(a[2]))
    cv.px = newSeq[uint8](cv.w * cv.h * 3)
    let col = colOf(a[3], a[4], a[5])
    for i in 0..<cv.w * cv.h:
      for k in 0..2: cv.px[i * 3 + k] = uint8(col[k])
    outPath = a[6]
    used.clear()
    missing = 0
  of "T":   # face-chain size x top r g b a spacing text
    cv.drawLine(chainOf(a[1]), parseFloat(a[2]), parseFloat(a[3]), parseFloat(a[4]), parseFloat(a[9]), a[10], colOf(a[5], a[6], a[7]), parseFloat(a[8]))
  of "TR":  # right-aligned: face-chain size xright top r g b a spacing text
    let ch = chainOf(a[1])
    let w = measure(ch, parseFloat(a[2]), parseFloat(a[9]), a[10])
    cv.drawLine(ch, parseFloat(a[2]), parseFloat(a[3]) - w, parseFloat(a[4]), parseFloat(a[9]), a[10], colOf(a[5], a[6], a[7]), parseFloat(a[8]))
  of "TC":  # centred
    let ch = chainOf(a[1])
    let w = measure(ch, parseFloat(a[2]), parseFloat(a[9]), a[10])
    cv.drawLine(ch, parseFloat(a[2]), parseFloat(a[3]) - w / 2, parseFloat(a[4]), parseFloat(a[9]), a[10], colOf(a[5], a[6], a[7]), parseFloat(a[8]))
  of "TS":  # spread over a width (letter-spaced labels): face-chain size x top width r g b a text
    let ch = chainOf(a[1])
    let size = parseFloat(a[2])
    let txt = a[9]
    var n = 0
    for r in txt.runes: inc n
    let w0 = measure(ch, size, 0.0, txt)
    let sp = if n > 1: max(0.0, (parseFloat(a[5]) - w0) / float(n - 1)) else: 0.0
    cv.drawLine(ch, size, parseFloat(a[3]), parseFloat(a[4]), sp, txt, colOf(a[6], a[7], a[8]), 1.0)
  of "W":   # face-chain size x top width lineh r g b a text -> prints the height used
    let ch = chainOf(a[1])
    let size = parseFloat(a[2])
    var top = parseFloat(a[4])
    for ln in wrapLines(ch, size, parseFloat(a[5]), a[11]):
      cv.drawLine(ch, size, parseFloat(a[3]), top, 0.0, ln, colOf(a[7], a[8], a[9]), parseFloat(a[10]))
      top += parseFloat(a[6])
  of "K":   # rotated text: face-chain size x y angle-deg r g b a spacing text
    let ch = chainOf(a[1])
    let size = parseFloat(a[2])
    let ang = degToRad(parseFloat(a[5]))
    var pen = 0.0
    let sp = parseFloat(a[10])
    for r in a[11].runes:
      let (f, g) = pick(ch, int(r))
      used.incl(faces[f].path)
      let gl = glyph(f, g, size)
      cv.blitRotated(gl, parseFloat(a[3]) + pen * cos(ang), parseFloat(a[4]) + pen * sin(ang), ang, colOf(a[6], a[7], a[8]), parseFloat(a[9]))
      pen += advance(f, g, size) + sp
  of "A":   # arc text: face-chain size cx cy radius start-deg sweep-deg r g b a text (upright, outward)
    let ch = chainOf(a[1])
    let size = parseFloat(a[2])
    let cx = parseFloat(a[3])
    let cy = parseFloat(a[4])
    let rad = parseFloat(a[5])
    var chars: seq[Rune]
    for r in a[12].runes: chars.add(r)
    let st = degToRad(parseFloat(a[6]))
    let sw = degToRad(parseFloat(a[7]))
    for k, r in chars:
      let t = st + (if chars.len > 1: sw * float(k) / float(chars.len - 1) else: 0.0)
      let (f, g) = pick(ch, int(r))
      used.incl(faces[f].path)
      let gl = glyph(f, g, size)
      let adv = advance(f, g, size)
      # the glyph's top toward the rim: rotate by t + 90°, pen so the glyph centres on the radius
      let ang = t + PI / 2
      let px = cx + rad * cos(t)
      let py = cy + rad * sin(t)
      let ox = px - cos(ang) * adv / 2 - sin(ang) * (-size * 0.88)
      let oy = py - sin(ang) * adv / 2 + cos(ang) * (-size * 0.88)
      cv.blitRotated(gl, ox, oy, ang, colOf(a[8], a[9], a[10]), parseFloat(a[11]))
  of "L":   # x1 y1 x2 y2 width r g b a
    cv.strokePath(@[(parseFloat(a[1]), parseFloat(a[2])), (parseFloat(a[3]), parseFloat(a[4]))], parseFloat(a[5]), colOf(a[6], a[7], a[8]), parseFloat(a[9]))
  of "R":   # x y w h width r g b a
    let x = parseFloat(a[1])
    let y = parseFloat(a[2])
    let w = parseFloat(a[3])
    let h = parseFloat(a[4])
    let lw = parseFloat(a[5])
    cv.fill(@[oriented(@[(x - lw / 2, y - lw / 2), (x + w + lw / 2, y - lw / 2), (x + w + lw / 2, y + h + lw / 2), (x - lw / 2, y + h + lw / 2)]),
              oriented(@[(x + lw / 2, y + lw / 2), (x + w - lw / 2, y + lw / 2), (x + w - lw / 2, y + h - lw / 2), (x + lw / 2, y + h - lw / 2)], false)],
            colOf(a[6], a[7], a[8]), parseFloat(a[9]))
  of "F":   # x y w h r g b a
    let x = parseFloat(a[1])
    let y = parseFloat(a[2])
    let w = parseFloat(a[3])
    let h = parseFloat(a[4])
    cv.fill(@[@[(x, y), (x + w, y), (x + w, y + h), (x, y + h)]], colOf(a[5], a[6], a[7]), parseFloat(a[8]))
  of "S":   # polyline: width r g b a x,y;x,y;...
    var pts: seq[Pt]
    for p in a[6].split(';'):
      let q = p.split(',')
      pts.add((parseFloat(q[0]), parseFloat(q[1])))
    cv.strokePath(pts, parseFloat(a[1]), colOf(a[2], a[3], a[4]), parseFloat(a[5]))
  of "G":   # filled polygon: r g b a x,y;...
    var pts: seq[Pt]
    for p in a[5].split(';'):
      let q = p.split(',')
      pts.add((parseFloat(q[0]), parseFloat(q[1])))
    cv.fill(@[pts], colOf(a[1], a[2], a[3]), parseFloat(a[4]))
  of "C":   # ring: cx cy r width r g b a
    cv.ring(parseFloat(a[1]), parseFloat(a[2]), parseFloat(a[3]), parseFloat(a[4]), colOf(a[5], a[6], a[7]), parseFloat(a[8]))
  of "STAR":  # cx cy r r g b a
    cv.fill(@[star(parseFloat(a[1]), parseFloat(a[2]), parseFloat(a[3]), 0.0)], colOf(a[4], a[5], a[6]), parseFloat(a[7]))
  of "Q":
    cv.qr(parseFloat(a[1]), parseFloat(a[2]), parseFloat(a[3]), parseInt(a[4]))
  of "U":   # guilloche: x y w h seed r g b a
    cv.guilloche(parseFloat(a[1]), parseFloat(a[2]), parseFloat(a[3]), parseFloat(a[4]), parseInt(a[5]), colOf(a[6], a[7], a[8]), parseFloat(a[9]))
  of "E":
    cv.emblem(parseFloat(a[1]), parseFloat(a[2]), parseFloat(a[3]))
  of "X":
    if stbi_write_png(cstring(outPath), cint(cv.w), cint(cv.h), 3, addr cv.px[0], cint(cv.w * 3)) == 0:
      quit("cannot write " & outPath, 3)
    var names: seq[string]
    for u in used: names.add(u)
    names.sort()
    stdout.writeLine("OK\t" & outPath & "\t" & names.join("|") & "\t" & $missing)
    stdout.flushFile()
  else:
    quit("unknown command " & a[0], 4)
