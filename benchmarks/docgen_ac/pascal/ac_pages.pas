program ac_pages;
{ Family AC's page writer (held-out OCR family, session 36).
  Reads one JSON page description per stdin line, draws it into an fcl-image TFPMemoryImage (glyphs from
  libfreetype through FPC's freetypeh binding, blended by our own code; rules, boxes, emblem, seals with text
  on an arc, QR modules, guilloche, stamps, handwriting and portraits by our own rasteriser) and writes a PNM
  (FPWritePNM) for the capture stage; e-licences are also (or only) written as vector PDFs by fcl-pdf with an
  embedded TrueType face.  Line breaking is ours (CJK per character, Latin/digit runs kept whole, no line
  starting with closing punctuation).  Replies one line per page: `ok {"id":[x0,y0,x1,y1,lines],...}|faces`. }
{$mode objfpc}{$H+}{$packrecords c}
uses
  cwstring, Classes, SysUtils, Math, fpjson, jsonparser, FPImage, FPCanvas, FPImgCanv, FPWritePNM, FPWritePNG,
  freetypeh, fppdf;

type
  { FreeType's glyph slot as laid out by FreeType 2.6+ on LP64 (freetypeh's record uses 32-bit FT_Fixed). }
  TMyBitmap = record
    rows, width: longword;
    pitch: longint;
    buffer: PByte;
    num_grays: word;
    pixel_mode, palette_mode: byte;
    palette: pointer;
  end;
  TMyMetrics = record
    width, height, horiBearingX, horiBearingY, horiAdvance, vertBearingX, vertBearingY, vertAdvance: int64;
  end;
  TMyVector = record x, y: int64; end;
  PMyVector = ^TMyVector;
  TMyMatrix = record xx, xy, yx, yy: int64; end;
  PMyMatrix = ^TMyMatrix;
  TMySlot = record
    alibrary, face, next: pointer;
    glyph_index: longword;
    gdata, gfinal: pointer;
    metrics: TMyMetrics;
    linearHoriAdvance, linearVertAdvance: int64;
    advance: TMyVector;
    format: longword;
    bitmap: TMyBitmap;
    bitmap_left, bitmap_top: longint;
  end;
  PMySlot = ^TMySlot;
  TFaceRec = record
    path: string;
    index: integer;
    face: PFT_Face;
    used: boolean;
  end;
  TPt = record x, y: double; end;
  TPts = array of TPt;
  TIntArr = array of integer;

procedure FT_Set_Transform(face: PFT_Face; matrix: PMyMatrix; delta: PMyVector); cdecl; external 'freetype' name 'FT_Set_Transform';

var
  ftlib: PFT_Library;
  faces: array of TFaceRec;
  img: TFPMemoryImage;
  W, H: integer;
  rngState: QWord;
  { PDF side }
  pdf: TPDFDocument;
  ppage: TPDFPage;
  pdfScale: double;           { mm per px }
  pdfFontIdx: array of integer;

function Rnd: double;
begin
  rngState := rngState * 6364136223846793005 + 1442695040888963407;
  Result := ((rngState shr 11) and $FFFFFFFFFF) / 1099511627776.0;
end;

{ ---------- pixels ---------- }
procedure Blend(x, y: integer; r, g, b: integer; a: double); inline;
var c: TFPColor; ia: double;
begin
  if (x < 0) or (y < 0) or (x >= W) or (y >= H) or (a <= 0) then exit;
  if a > 1 then a := 1;
  c := img.Colors[x, y];
  ia := 1 - a;
  c.red := round((c.red shr 8) * ia + r * a) * 257;
  c.green := round((c.green shr 8) * ia + g * a) * 257;
  c.blue := round((c.blue shr 8) * ia + b * a) * 257;
  img.Colors[x, y] := c;
end;

{ multiply blend (ink over ink, like a seal over printed text) }
procedure BlendMul(x, y: integer; r, g, b: integer; a: double); inline;
var c: TFPColor; ia: double; cr, cg, cb: integer;
begin
  if (x < 0) or (y < 0) or (x >= W) or (y >= H) or (a <= 0) then exit;
  if a > 1 then a := 1;
  c := img.Colors[x, y];
  ia := 1 - a;
  cr := c.red shr 8; cg := c.green shr 8; cb := c.blue shr 8;
  c.red := round(cr * ia + (cr * r / 255) * a) * 257;
  c.green := round(cg * ia + (cg * g / 255) * a) * 257;
  c.blue := round(cb * ia + (cb * b / 255) * a) * 257;
  img.Colors[x, y] := c;
end;

var gMul: boolean = false;

procedure Put(x, y: integer; r, g, b: integer; a: double); inline;
begin
  if gMul then BlendMul(x, y, r, g, b, a) else Blend(x, y, r, g, b, a);
end;

{ anti-aliased polygon fill: 4 sub-scanlines, fractional horizontal coverage, even-odd }
procedure FillPoly(const p: TPts; r, g, b: integer; a: double);
const SUB = 4;
var
  ymin, ymax, xmin, xmax: double; i, j, n, y, s, k, x, x0, x1, cnt: integer;
  cov: array of double; xs: array of double; sy, t, xa, xb, f: double; tmp: double;
begin
  n := length(p); if n < 3 then exit;
  ymin := p[0].y; ymax := p[0].y; xmin := p[0].x; xmax := p[0].x;
  for i := 1 to n - 1 do begin
    ymin := min(ymin, p[i].y); ymax := max(ymax, p[i].y); xmin := min(xmin, p[i].x); xmax := max(xmax, p[i].x);
  end;
  x0 := max(0, floor(xmin)); x1 := min(W - 1, ceil(xmax));
  if x1 < x0 then exit;
  setlength(cov, x1 - x0 + 2);
  setlength(xs, n + 2);
  for y := max(0, floor(ymin)) to min(H - 1, ceil(ymax)) do begin
    for i := 0 to high(cov) do cov[i] := 0;
    for s := 0 to SUB - 1 do begin
      sy := y + (s + 0.5) / SUB;
      cnt := 0;
      for i := 0 to n - 1 do begin
        j := (i + 1) mod n;
        if ((p[i].y <= sy) and (p[j].y > sy)) or ((p[j].y <= sy) and (p[i].y > sy)) then begin
          t := (sy - p[i].y) / (p[j].y - p[i].y);
          xs[cnt] := p[i].x + t * (p[j].x - p[i].x); inc(cnt);
        end;
      end;
      for i := 1 to cnt - 1 do begin
        tmp := xs[i]; k := i - 1;
        while (k >= 0) and (xs[k] > tmp) do begin xs[k + 1] := xs[k]; dec(k); end;
        xs[k + 1] := tmp;
      end;
      i := 0;
      while i + 1 < cnt do begin
        xa := max(xs[i], x0); xb := min(xs[i + 1], x1 + 1);
        if xb > xa then
          for x := floor(xa) to min(x1, ceil(xb) - 1) do begin
            f := min(xb, x + 1) - max(xa, x);
            if f > 0 then cov[x - x0] := cov[x - x0] + f / SUB;
          end;
        inc(i, 2);
      end;
    end;
    for x := x0 to x1 do
      if cov[x - x0] > 0.002 then Put(x, y, r, g, b, a * min(1, cov[x - x0]));
  end;
end;

procedure FillRectA(x0, y0, x1, y1: double; r, g, b: integer; a: double);
var p: TPts;
begin
  setlength(p, 4);
  p[0].x := x0; p[0].y := y0; p[1].x := x1; p[1].y := y0; p[2].x := x1; p[2].y := y1; p[3].x := x0; p[3].y := y1;
  FillPoly(p, r, g, b, a);
end;

procedure ThickLine(xa, ya, xb, yb, lw: double; r, g, b: integer; a: double);
var p: TPts; dx, dy, l: double;
begin
  dx := xb - xa; dy := yb - ya; l := sqrt(dx * dx + dy * dy);
  if l < 1e-6 then exit;
  dx := dx / l * lw / 2; dy := dy / l * lw / 2;
  setlength(p, 4);
  p[0].x := xa - dy; p[0].y := ya + dx; p[1].x := xb - dy; p[1].y := yb + dx;
  p[2].x := xb + dy; p[2].y := yb - dx; p[3].x := xa + dy; p[3].y := ya - dx;
  FillPoly(p, r, g, b, a);
end;

procedure Ellipse(cx, cy, rx, ry: double; r, g, b: integer; a: double);
var p: TPts; i, n: integer;
begin
  n := max(24, round((rx + ry) * 0.8));
  setlength(p, n);
  for i := 0 to n - 1 do begin
    p[i].x := cx + rx * cos(2 * pi * i / n); p[i].y := cy + ry * sin(2 * pi * i / n);
  end;
  FillPoly(p, r, g, b, a);
end;

procedure Ring(cx, cy, rad, lw: double; r, g, b: integer; a: double);
var p: TPts; i, n: integer;
begin
  n := max(48, round(rad * 1.2));
  setlength(p, 2 * n + 2);
  for i := 0 to n do begin
    p[i].x := cx + (rad + lw / 2) * cos(2 * pi * i / n); p[i].y := cy + (rad + lw / 2) * sin(2 * pi * i / n);
  end;
  for i := 0 to n do begin
    p[n + 1 + i].x := cx + (rad - lw / 2) * cos(-2 * pi * i / n); p[n + 1 + i].y := cy + (rad - lw / 2) * sin(-2 * pi * i / n);
  end;
  FillPoly(p, r, g, b, a);
end;

procedure Star(cx, cy, rad, rot: double; r, g, b: integer; a: double);
var p: TPts; i: integer; rr, ang: double;
begin
  setlength(p, 10);
  for i := 0 to 9 do begin
    if odd(i) then rr := rad * 0.382 else rr := rad;
    ang := rot - pi / 2 + i * pi / 5;
    p[i].x := cx + rr * cos(ang); p[i].y := cy + rr * sin(ang);
  end;
  FillPoly(p, r, g, b, a);
end;

{ ---------- glyphs ---------- }
function FaceFor(cp: longword; const pref: array of integer; out gi: longword): integer;
var i, k: integer;
begin
  for k := 0 to high(pref) do begin
    i := pref[k];
    if (i < 0) or (i > high(faces)) then continue;
    if (ppage <> nil) and ((i > high(pdfFontIdx)) or (pdfFontIdx[i] < 0)) then continue;
    gi := FT_Get_Char_Index(faces[i].face, cp);
    if gi <> 0 then exit(i);
  end;
  for i := 0 to high(faces) do begin
    if (ppage <> nil) and ((i > high(pdfFontIdx)) or (pdfFontIdx[i] < 0)) then continue;
    gi := FT_Get_Char_Index(faces[i].face, cp);
    if gi <> 0 then exit(i);
  end;
  gi := 0; Result := -1;
end;

function Advance(fi: integer; gi: longword; px: double): double;
var m: TMyMatrix; d: TMyVector; slot: PMySlot;
begin
  m.xx := 65536; m.xy := 0; m.yx := 0; m.yy := 65536; d.x := 0; d.y := 0;
  FT_Set_Transform(faces[fi].face, @m, @d);
  FT_Set_Pixel_Sizes(faces[fi].face, 0, max(1, round(px)));
  if FT_Load_Glyph(faces[fi].face, gi, FT_LOAD_NO_BITMAP) <> 0 then exit(px);
  slot := PMySlot(faces[fi].face^.glyph);
  Result := slot^.linearHoriAdvance / 65536.0;
end;

var gGray: boolean = false;

{ draw one glyph with its pen origin (baseline) at (ox, oy), rotated by ang (radians, counter-clockwise on the page) }
procedure DrawGlyph(fi: integer; gi: longword; px, ox, oy, ang: double; r, g, b: integer; a: double);
var m: TMyMatrix; d: TMyVector; slot: PMySlot; bx, by, x, y, ix, iy: integer; v: byte; fx, fy: double;
begin
  m.xx := round(cos(ang) * 65536); m.xy := round(-sin(ang) * 65536);
  m.yx := round(sin(ang) * 65536); m.yy := round(cos(ang) * 65536);
  fx := ox - floor(ox); fy := oy - floor(oy);
  d.x := round(fx * 64); d.y := -round(fy * 64);
  FT_Set_Transform(faces[fi].face, @m, @d);
  FT_Set_Pixel_Sizes(faces[fi].face, 0, max(1, round(px)));
  if FT_Load_Glyph(faces[fi].face, gi, FT_LOAD_RENDER or FT_LOAD_NO_BITMAP) <> 0 then exit;
  slot := PMySlot(faces[fi].face^.glyph);
  faces[fi].used := true;
  bx := floor(ox) + slot^.bitmap_left; by := floor(oy) - slot^.bitmap_top;
  if slot^.bitmap.buffer = nil then exit;
  for y := 0 to integer(slot^.bitmap.rows) - 1 do
    for x := 0 to integer(slot^.bitmap.width) - 1 do begin
      v := slot^.bitmap.buffer[y * slot^.bitmap.pitch + x];
      if v > 0 then begin
        ix := bx + x; iy := by + y;
        Put(ix, iy, r, g, b, a * v / 255);
      end;
    end;
end;

{ ---------- text layout ---------- }
type
  TGl = record cp: longword; fi: integer; gi: longword; adv: double; end;
  TGls = array of TGl;

function IsNoStart(cp: longword): boolean;
begin
  Result := (cp = $FF0C) or (cp = $3002) or (cp = $3001) or (cp = $FF1B) or (cp = $FF1A) or (cp = $FF09) or
    (cp = $300D) or (cp = $3011) or (cp = $FF01) or (cp = $FF1F) or (cp = $3015) or (cp = ord(')')) or
    (cp = ord(',')) or (cp = ord('.')) or (cp = ord(';')) or (cp = $FF05) or (cp = $2019) or (cp = $201D);
end;

function IsWordCh(cp: longword): boolean;
begin
  Result := ((cp >= ord('0')) and (cp <= ord('9'))) or ((cp >= ord('A')) and (cp <= ord('Z'))) or
    ((cp >= ord('a')) and (cp <= ord('z'))) or (cp = ord('.')) or (cp = ord('-'));
end;

var gMissing: integer = 0;

function Shape(const s: UnicodeString; const pref: array of integer; px, sp: double): TGls;
var i, n: integer; cp: longword; gi: longword; fi: integer;
begin
  setlength(Result, 0); n := 0;
  i := 1;
  while i <= length(s) do begin
    cp := ord(s[i]);
    if (cp >= $D800) and (cp <= $DBFF) and (i < length(s)) then begin
      cp := $10000 + ((cp - $D800) shl 10) + (ord(s[i + 1]) - $DC00); inc(i);
    end;
    inc(i);
    fi := FaceFor(cp, pref, gi);
    setlength(Result, n + 1);
    Result[n].cp := cp; Result[n].fi := fi; Result[n].gi := gi;
    if fi < 0 then begin inc(gMissing); Result[n].adv := px * 0.5; end
    else if cp = 32 then Result[n].adv := px * 0.3 + sp
    else Result[n].adv := Advance(fi, gi, px) + sp;
    inc(n);
  end;
end;

{ break into lines no wider than maxw; returns start indices }
function BreakLines(const gl: TGls; maxw: double): TIntArr;
var i, start, nl, lastBreak: integer; w: double;
begin
  setlength(Result, 1); Result[0] := 0; nl := 1;
  if maxw <= 0 then exit;
  w := 0; start := 0; lastBreak := -1;
  i := 0;
  while i <= high(gl) do begin
    if (i > start) and not (IsWordCh(gl[i].cp) and IsWordCh(gl[i - 1].cp)) then lastBreak := i;
    if (w + gl[i].adv > maxw) and (i > start) then begin
      if (lastBreak > start) and (i - lastBreak < 14) then i := lastBreak;
      while (i > start + 1) and IsNoStart(gl[i].cp) do dec(i);
      setlength(Result, nl + 1); Result[nl] := i; inc(nl);
      start := i; w := 0; lastBreak := -1;
      continue;
    end;
    w := w + gl[i].adv;
    inc(i);
  end;
end;

procedure PdfText(x, y, px, ang: double; const gl: TGls; a, b2: integer; r, g, b: integer);
var i, fi, curfi: integer; seg: UnicodeString; sx, sy, penx, cs, sn, nat: double;
  procedure Flush;
  begin
    if (seg <> '') and (curfi >= 0) and (pdfFontIdx[curfi] >= 0) then begin
      ppage.SetFont(pdfFontIdx[curfi], max(1, round(px * pdfScale * 72 / 25.4)));
      ppage.SetColor((r shl 16) or (g shl 8) or b, false);
      ppage.WriteText(sx * pdfScale, sy * pdfScale, UTF8Encode(seg), ang * 180 / pi);
    end;
    seg := '';
  end;
begin
  seg := ''; curfi := -2; cs := cos(ang); sn := sin(ang); penx := 0;
  sx := x; sy := y;
  for i := a to b2 - 1 do begin
    fi := gl[i].fi;
    if fi <> curfi then begin
      Flush; curfi := fi; sx := x + penx * cs; sy := y - penx * sn;
    end;
    if (gl[i].cp <> 32) and (gl[i].cp < $10000) then seg := seg + WideChar(gl[i].cp);
    if gl[i].cp = 32 then nat := -1 else if fi >= 0 then nat := Advance(fi, gl[i].gi, px) else nat := gl[i].adv;
    penx := penx + gl[i].adv;
    if abs(nat - gl[i].adv) > 0.05 then begin
      Flush; sx := x + penx * cs; sy := y - penx * sn;
    end;
  end;
  Flush;
end;

{ Draw text; returns the bbox. Options from the JSON op. }
procedure DoText(o: TJSONObject; ids: TJSONObject);
var
  s: UnicodeString; px, x, y, wrapw, lh, sp, jw, a, ang, penx, cs, sn, maxx, bx, by, jit, bold: double;
  pref: array of integer; arr: TJSONArray; i, li, k, lines, r, g, b, lastk: integer; gl: TGls; st: TIntArr;
  bb: TJSONArray; wsum, extra: double; hand: boolean; ga, gpx: double;
begin
  s := UTF8Decode(o.Get('txt', ''));
  px := o.Get('s', 20.0); x := o.Get('x', 0.0); y := o.Get('y', 0.0);
  wrapw := o.Get('w', 0.0); lh := o.Get('lh', px * 1.35); sp := o.Get('sp', 0.0); jw := o.Get('jw', 0.0);
  a := o.Get('a', 1.0); ang := o.Get('rot', 0.0) * pi / 180; jit := o.Get('jit', 0.0); bold := o.Get('bold', 0.0);
  hand := jit > 0;
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 20; g := 20; b := 20; end;
  arr := o.Get('f', TJSONArray(nil));
  setlength(pref, 0);
  if arr <> nil then begin
    setlength(pref, arr.Count);
    for i := 0 to arr.Count - 1 do pref[i] := arr.Integers[i];
  end;
  gl := Shape(s, pref, px, sp);
  if length(gl) = 0 then exit;
  if (jw > 0) and (length(gl) > 1) then begin
    wsum := 0; for i := 0 to high(gl) do wsum := wsum + gl[i].adv;
    extra := (jw - wsum) / (length(gl) - 1);
    if extra > 0 then for i := 0 to high(gl) - 1 do gl[i].adv := gl[i].adv + extra;
  end;
  st := BreakLines(gl, wrapw);
  lines := length(st);
  cs := cos(ang); sn := sin(ang);
  maxx := 0;
  for li := 0 to lines - 1 do begin
    if li + 1 < lines then lastk := st[li + 1] else lastk := length(gl);
    bx := x + li * lh * sn; by := y + px * 0.88 + li * lh * cs;
    if ppage <> nil then PdfText(bx, by, px, ang, gl, st[li], lastk, r, g, b)
    else begin
      penx := 0;
      for k := st[li] to lastk - 1 do begin
        if (gl[k].fi >= 0) and (gl[k].cp <> 32) then begin
          ga := ang; gpx := px;
          if hand then begin ga := ang + (Rnd - 0.5) * jit * 0.3; gpx := px * (1 + (Rnd - 0.5) * jit * 0.25); end;
          DrawGlyph(gl[k].fi, gl[k].gi, gpx, bx + penx * cs + (Rnd - 0.5) * jit * px * 0.1 * ord(hand),
            by - penx * sn + (Rnd - 0.5) * jit * px * 0.15 * ord(hand), ga, r, g, b, a);
          if bold > 0 then DrawGlyph(gl[k].fi, gl[k].gi, gpx, bx + penx * cs + bold, by - penx * sn, ga, r, g, b, a);
        end;
        penx := penx + gl[k].adv;
      end;
    end;
    penx := 0; for k := st[li] to lastk - 1 do penx := penx + gl[k].adv;
    if penx > maxx then maxx := penx;
  end;
  if (ids <> nil) and (o.Get('id', '') <> '') and (ids.IndexOfName(o.Get('id', '')) < 0) then begin
    bb := TJSONArray.Create;
    bb.Add(round(x)); bb.Add(round(y)); bb.Add(round(x + maxx)); bb.Add(round(y + (lines - 1) * lh + px * 1.1));
    bb.Add(lines); bb.Add(round(px));
    ids.Add(o.Get('id', ''), bb);
  end;
end;

{ ---------- marks ---------- }
procedure ArcText(const s: UnicodeString; cx, cy, rad, px, span: double; pref: array of integer; r, g, b: integer; a: double);
var gl: TGls; i, n: integer; th, gx, gy, adv: double;
begin
  gl := Shape(s, pref, px, 0); n := length(gl);
  if n = 0 then exit;
  for i := 0 to n - 1 do begin
    { angle measured from the top, clockwise }
    if n = 1 then th := 0 else th := -span / 2 + span * i / (n - 1);
    adv := gl[i].adv;
    { the glyph's baseline is tangent to the circle; its pen origin sits left of centre by half the advance }
    gx := cx + rad * sin(th) - (adv / 2) * cos(th);
    gy := cy - rad * cos(th) - (adv / 2) * sin(th);
    if gl[i].fi >= 0 then DrawGlyph(gl[i].fi, gl[i].gi, px, gx, gy, -th, r, g, b, a);
  end;
end;

procedure LineCentered(const s: UnicodeString; cx, base, px: double; pref: array of integer; r, g, b: integer; a: double);
var gl: TGls; i: integer; tw, penx: double;
begin
  gl := Shape(s, pref, px, 0);
  tw := 0; for i := 0 to high(gl) do tw := tw + gl[i].adv;
  penx := cx - tw / 2;
  for i := 0 to high(gl) do begin
    if gl[i].fi >= 0 then DrawGlyph(gl[i].fi, gl[i].gi, px, penx, base, 0, r, g, b, a);
    penx := penx + gl[i].adv;
  end;
end;

procedure PdfArcText(const s: UnicodeString; cx, cy, rad, px, span: double; pref: array of integer; r, g, b: integer);
var gl: TGls; i, n: integer; th, gx, gy, adv: double;
begin
  gl := Shape(s, pref, px, 0); n := length(gl);
  for i := 0 to n - 1 do begin
    if n = 1 then th := 0 else th := -span / 2 + span * i / (n - 1);
    adv := gl[i].adv;
    gx := cx + rad * sin(th) - (adv / 2) * cos(th);
    gy := cy - rad * cos(th) - (adv / 2) * sin(th);
    PdfText(gx, gy, px, -th, gl, i, i + 1, r, g, b);
  end;
end;

procedure DoSeal(o: TJSONObject);
var cx, cy, rad, a, px: double; s, sub: UnicodeString; r, g, b, i, x, y: integer; pref: array of integer; arr: TJSONArray;
begin
  cx := o.Get('x', 0.0); cy := o.Get('y', 0.0); rad := o.Get('r', 100.0); a := o.Get('a', 0.8);
  s := UTF8Decode(o.Get('txt', '')); sub := UTF8Decode(o.Get('sub', ''));
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 210; g := 30; b := 35; end;
  setlength(pref, 1); pref[0] := o.Get('face', 0);
  px := rad * 0.27;
  if ppage <> nil then begin
    ppage.SetColor((r shl 16) or (g shl 8) or b, true);
    ppage.DrawEllipse((cx - rad) * pdfScale, (cy + rad) * pdfScale, 2 * rad * pdfScale, 2 * rad * pdfScale, rad * 0.055 * pdfScale, false, true);
    PdfArcText(s, cx, cy, rad * 0.9 - px * 0.92, px, pi * 1.25, pref, r, g, b);
    exit;
  end;
  gMul := true;
  Ring(cx, cy, rad, rad * 0.055, r, g, b, a);
  Star(cx, cy, rad * 0.3, 0, r, g, b, a);
  ArcText(s, cx, cy, rad * 0.9 - px * 0.92, px, pi * 1.25, pref, r, g, b, a);
  if sub <> '' then LineCentered(sub, cx, cy + rad * 0.62, px * 0.75, pref, r, g, b, a);
  gMul := false;
  { uneven ink: lighten random specks inside the seal }
  for i := 0 to round(rad * rad * 0.06) do begin
    x := round(cx + (Rnd * 2 - 1) * rad); y := round(cy + (Rnd * 2 - 1) * rad);
    Blend(x, y, 255, 250, 248, 0.35 + Rnd * 0.4);
  end;
end;

procedure DoEmblem(o: TJSONObject);
var cx, cy, rad: double; i: integer; p: TPts; ang: double; k: integer;
begin
  cx := o.Get('x', 0.0); cy := o.Get('y', 0.0); rad := o.Get('r', 60.0);
  if ppage <> nil then begin
    ppage.SetColor($C8102E, false); ppage.SetColor($E8B828, true);
    ppage.DrawEllipse((cx - rad) * pdfScale, (cy + rad) * pdfScale, 2 * rad * pdfScale, 2 * rad * pdfScale, rad * 0.08 * pdfScale, true, true);
    ppage.SetColor($E8B828, false);
    ppage.DrawRect((cx - rad * 0.55) * pdfScale, (cy + rad * 0.45) * pdfScale, rad * 1.1 * pdfScale, rad * 0.3 * pdfScale, 0.1, true, false);
    exit;
  end;
  { wheat-ear ring: golden ellipses around }
  for i := 0 to 35 do begin
    ang := 2 * pi * i / 36;
    Ellipse(cx + rad * 0.98 * cos(ang), cy + rad * 0.98 * sin(ang), rad * 0.11, rad * 0.07, 214, 170, 40, 1);
  end;
  Ellipse(cx, cy, rad * 0.88, rad * 0.88, 200, 20, 40, 1);
  Star(cx - rad * 0.02, cy - rad * 0.48, rad * 0.2, 0, 240, 200, 50, 1);
  for k := 0 to 3 do begin
    ang := -pi / 2 + (k - 1.5) * 0.42;
    Star(cx + rad * 0.48 * cos(ang) * 0.9 + rad * 0.05, cy - rad * 0.3 + (k - 1.5) * (k - 1.5) * rad * 0.06, rad * 0.07, 0.3 * (k - 1.5), 240, 200, 50, 1);
  end;
  { Tiananmen gate: roof, body, base }
  setlength(p, 4);
  p[0].x := cx - rad * 0.55; p[0].y := cy + rad * 0.05; p[1].x := cx + rad * 0.55; p[1].y := cy + rad * 0.05;
  p[2].x := cx + rad * 0.42; p[2].y := cy - rad * 0.1; p[3].x := cx - rad * 0.42; p[3].y := cy - rad * 0.1;
  FillPoly(p, 240, 200, 50, 1);
  FillRectA(cx - rad * 0.45, cy + rad * 0.05, cx + rad * 0.45, cy + rad * 0.3, 240, 200, 50, 1);
  for i := -2 to 2 do FillRectA(cx + i * rad * 0.16 - rad * 0.04, cy + rad * 0.17, cx + i * rad * 0.16 + rad * 0.04, cy + rad * 0.3, 200, 20, 40, 1);
  FillRectA(cx - rad * 0.62, cy + rad * 0.34, cx + rad * 0.62, cy + rad * 0.44, 240, 200, 50, 1);
  { cog wheel at the bottom }
  Ellipse(cx, cy + rad * 0.7, rad * 0.16, rad * 0.16, 240, 200, 50, 1);
  ThickLine(cx - rad * 0.5, cy + rad * 0.85, cx + rad * 0.5, cy + rad * 0.85, rad * 0.06, 200, 30, 40, 1);
end;

procedure DoQR(o: TJSONObject);
var x, y, m: double; bits: string; n, i, j: integer;
begin
  x := o.Get('x', 0.0); y := o.Get('y', 0.0); m := o.Get('m', 4.0); bits := o.Get('bits', ''); n := o.Get('n', 21);
  if ppage <> nil then begin
    ppage.SetColor($000000, false);
    for j := 0 to n - 1 do for i := 0 to n - 1 do
      if bits[j * n + i + 1] = '1' then
        ppage.DrawRect((x + i * m) * pdfScale, (y + (j + 1) * m) * pdfScale, m * pdfScale, m * pdfScale, 0, true, false);
    exit;
  end;
  for j := 0 to n - 1 do for i := 0 to n - 1 do
    if bits[j * n + i + 1] = '1' then FillRectA(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m, 10, 10, 10, 1);
end;

procedure DoGuilloche(o: TJSONObject);
var x, y, w, h, t, px, py, qx, qy, ph: double; r, g, b, k, i, n: integer; arr: TJSONArray; a: double;
  pts: array of TPDFCoord;
begin
  x := o.Get('x', 0.0); y := o.Get('y', 0.0); w := o.Get('w', 100.0); h := o.Get('h', 20.0); a := o.Get('a', 0.5);
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 180; g := 140; b := 60; end;
  n := max(40, round(w / 3));
  for k := 0 to o.Get('k', 6) - 1 do begin
    ph := k * pi / 3;
    if ppage <> nil then begin
      setlength(pts, n + 1);
      for i := 0 to n do begin
        t := i / n;
        pts[i].X := (x + t * w) * pdfScale;
        pts[i].Y := (y + h / 2 + h * 0.45 * sin(t * w / h * 1.3 + ph) * cos(t * w / h * 0.37 + ph * 0.5)) * pdfScale;
      end;
      ppage.SetColor((r shl 16) or (g shl 8) or b, true);
      ppage.DrawPolyLine(pts, 0.15);
      ppage.StrokePath;
      continue;
    end;
    px := x; py := y + h / 2 + h * 0.45 * sin(ph) * cos(ph * 0.5);
    for i := 1 to n do begin
      t := i / n;
      qx := x + t * w; qy := y + h / 2 + h * 0.45 * sin(t * w / h * 1.3 + ph) * cos(t * w / h * 0.37 + ph * 0.5);
      ThickLine(px, py, qx, qy, 1.1, r, g, b, a);
      px := qx; py := qy;
    end;
  end;
end;

procedure DoStamp(o: TJSONObject);
var x, y, w, h, ang, a, cs, sn, px: double; r, g, b, i, k: integer; arr: TJSONArray; s: UnicodeString; pref: array of integer;
  cx, cy: double; p: array[0..3] of TPt; gl: TGls; tw, penx: double;
  function Rot(dx, dy: double): TPt;
  begin Result.x := cx + dx * cs - dy * sn; Result.y := cy + dx * sn + dy * cs; end;
begin
  x := o.Get('x', 0.0); y := o.Get('y', 0.0); w := o.Get('w', 300.0); h := o.Get('h', 80.0);
  ang := o.Get('rot', 0.0) * pi / 180; a := o.Get('a', 0.8); s := UTF8Decode(o.Get('txt', ''));
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 200; g := 30; b := 40; end;
  setlength(pref, 1); pref[0] := o.Get('face', 0);
  cx := x + w / 2; cy := y + h / 2; cs := cos(ang); sn := sin(ang);
  p[0] := Rot(-w / 2, -h / 2); p[1] := Rot(w / 2, -h / 2); p[2] := Rot(w / 2, h / 2); p[3] := Rot(-w / 2, h / 2);
  gMul := true;
  for i := 0 to 3 do ThickLine(p[i].x, p[i].y, p[(i + 1) mod 4].x, p[(i + 1) mod 4].y, h * 0.06, r, g, b, a);
  px := h * 0.5;
  gl := Shape(s, pref, px, 0);
  tw := 0; for k := 0 to high(gl) do tw := tw + gl[k].adv;
  if tw > w * 0.92 then begin px := px * w * 0.92 / tw; gl := Shape(s, pref, px, 0); tw := w * 0.92; end;
  penx := -tw / 2;
  for k := 0 to high(gl) do begin
    if gl[k].fi >= 0 then
      with Rot(penx, px * 0.35) do DrawGlyph(gl[k].fi, gl[k].gi, px, x, y, -ang, r, g, b, a);
    penx := penx + gl[k].adv;
  end;
  gMul := false;
  for i := 0 to round(w * h * 0.02) do
    Blend(round(cx + (Rnd - 0.5) * w), round(cy + (Rnd - 0.5) * h), 250, 248, 245, 0.3 + Rnd * 0.5);
end;

{ a handwritten signature: a run of smooth pen strokes }
procedure DoSignature(o: TJSONObject);
var x, y, w, h, t, px, py, qx, qy, lw, f1, f2, ph: double; i, n, k, r, g, b: integer; arr: TJSONArray;
begin
  x := o.Get('x', 0.0); y := o.Get('y', 0.0); w := o.Get('w', 200.0); h := o.Get('h', 60.0); lw := o.Get('lw', 2.5);
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 20; g := 30; b := 120; end;
  for k := 0 to 2 + round(Rnd * 2) do begin
    f1 := 2 + Rnd * 5; f2 := 5 + Rnd * 9; ph := Rnd * 6;
    n := round(w / 2);
    px := x + k * w * 0.25; py := y + h / 2;
    for i := 1 to n do begin
      t := i / n;
      qx := x + k * w * 0.25 + t * w * (0.3 + Rnd * 0.02) + sin(t * f2 * pi + ph) * h * 0.12;
      qy := y + h / 2 + sin(t * f1 * pi + ph) * h * 0.35 + cos(t * f2 * pi) * h * 0.1;
      ThickLine(px, py, qx, qy, lw * (0.6 + 0.5 * sin(t * pi)), r, g, b, 0.9);
      px := qx; py := qy;
    end;
  end;
end;

procedure DoPortrait(o: TJSONObject);
var x, y, w, h: double; p: TPts;
begin
  x := o.Get('x', 0.0); y := o.Get('y', 0.0); w := o.Get('w', 100.0); h := o.Get('h', 120.0);
  Ellipse(x + w / 2, y + h * 0.38, w * 0.25, h * 0.22, 225, 190, 165, 1);
  Ellipse(x + w / 2, y + h * 0.26, w * 0.27, h * 0.13, 30, 25, 25, 1);
  setlength(p, 5);
  p[0].x := x + w * 0.05; p[0].y := y + h; p[1].x := x + w * 0.15; p[1].y := y + h * 0.72;
  p[2].x := x + w * 0.5; p[2].y := y + h * 0.64; p[3].x := x + w * 0.85; p[3].y := y + h * 0.72;
  p[4].x := x + w * 0.95; p[4].y := y + h;
  FillPoly(p, 40, 45, 60, 1);
  Ellipse(x + w * 0.41, y + h * 0.37, w * 0.03, h * 0.015, 30, 25, 25, 1);
  Ellipse(x + w * 0.59, y + h * 0.37, w * 0.03, h * 0.015, 30, 25, 25, 1);
  ThickLine(x + w * 0.44, y + h * 0.5, x + w * 0.56, y + h * 0.5, 2, 160, 80, 80, 1);
end;

procedure DoOp(o: TJSONObject; ids: TJSONObject);
var t: string; arr: TJSONArray; r, g, b: integer; x, y, w, h, lw, a: double;
begin
  t := o.Get('t', '');
  arr := o.Get('c', TJSONArray(nil));
  if arr <> nil then begin r := arr.Integers[0]; g := arr.Integers[1]; b := arr.Integers[2]; end
  else begin r := 20; g := 20; b := 20; end;
  a := o.Get('a', 1.0);
  if t = 'text' then DoText(o, ids)
  else if t = 'rect' then begin
    x := o.Get('x', 0.0); y := o.Get('y', 0.0); w := o.Get('w', 0.0); h := o.Get('h', 0.0); lw := o.Get('lw', 0.0);
    if ppage <> nil then begin
      ppage.SetColor((r shl 16) or (g shl 8) or b, lw > 0);
      if lw > 0 then ppage.DrawRect(x * pdfScale, (y + h) * pdfScale, w * pdfScale, h * pdfScale, lw * pdfScale, false, true)
      else ppage.DrawRect(x * pdfScale, (y + h) * pdfScale, w * pdfScale, h * pdfScale, 0, true, false);
    end
    else if lw <= 0 then FillRectA(x, y, x + w, y + h, r, g, b, a)
    else begin
      FillRectA(x, y, x + w, y + lw, r, g, b, a); FillRectA(x, y + h - lw, x + w, y + h, r, g, b, a);
      FillRectA(x, y + lw, x + lw, y + h - lw, r, g, b, a); FillRectA(x + w - lw, y + lw, x + w, y + h - lw, r, g, b, a);
    end;
  end
  else if t = 'line' then begin
    if ppage <> nil then begin
      ppage.SetColor((r shl 16) or (g shl 8) or b, true);
      ppage.DrawLine(o.Get('x1', 0.0) * pdfScale, o.Get('y1', 0.0) * pdfScale, o.Get('x2', 0.0) * pdfScale, o.Get('y2', 0.0) * pdfScale, o.Get('lw', 1.0) * pdfScale);
    end
    else ThickLine(o.Get('x1', 0.0), o.Get('y1', 0.0), o.Get('x2', 0.0), o.Get('y2', 0.0), o.Get('lw', 1.0), r, g, b, a);
  end
  else if t = 'seal' then DoSeal(o)
  else if t = 'emblem' then DoEmblem(o)
  else if t = 'qr' then DoQR(o)
  else if t = 'guilloche' then DoGuilloche(o)
  else if (t = 'stamp') and (ppage = nil) then DoStamp(o)
  else if (t = 'sig') and (ppage = nil) then DoSignature(o)
  else if (t = 'portrait') and (ppage = nil) then DoPortrait(o);
end;

procedure FillBackground(o: TJSONObject);
var arr: TJSONArray; c: TFPColor; x, y: integer; canv: TFPImageCanvas; grain: double;
begin
  arr := o.Get('bg', TJSONArray(nil));
  if arr <> nil then c := FPColor(arr.Integers[0] * 257, arr.Integers[1] * 257, arr.Integers[2] * 257)
  else c := colWhite;
  canv := TFPImageCanvas.Create(img);
  canv.Brush.FPColor := c; canv.Brush.Style := bsSolid;
  canv.Pen.Style := psClear;
  canv.FillRect(0, 0, W, H);
  canv.Free;
  grain := o.Get('grain', 0.0);
  if grain > 0 then
    for y := 0 to H - 1 do for x := 0 to W - 1 do
      if Rnd < 0.08 then Blend(x, y, 120, 110, 90, grain * Rnd);
end;

procedure LoadFaces(const listfile: string);
var sl: TStringList; i, p: integer; fr: TFaceRec;
begin
  sl := TStringList.Create; sl.LoadFromFile(listfile);
  for i := 0 to sl.Count - 1 do begin
    if trim(sl[i]) = '' then continue;
    p := pos('|', sl[i]);
    fr.path := copy(sl[i], 1, p - 1); fr.index := StrToInt(copy(sl[i], p + 1, 9)); fr.used := false;
    if FT_New_Face(ftlib, pchar(fr.path), fr.index, fr.face) <> 0 then begin
      writeln(stderr, 'cannot open face ', fr.path); halt(3);
    end;
    setlength(faces, length(faces) + 1); faces[high(faces)] := fr;
  end;
  sl.Free;
end;

function PaperFor(wpt, hpt: integer): TPDFPaper;
begin
  Result.W := wpt; Result.H := hpt;
  Result.Printable.L := 0; Result.Printable.T := 0; Result.Printable.R := wpt; Result.Printable.B := hpt;
end;

procedure RenderPage(const line: string);
var
  root: TJSONObject; ops: TJSONArray; ids: TJSONObject; i: integer; outp, pdfp, fl: string;
  wr: TFPWriterPNM; wpng: TFPWriterPNG; sec: TPDFSection; arr: TJSONArray; fn: string; pass: integer;
begin
  root := TJSONObject(GetJSON(line));
  try
    W := root.Get('w', 100); H := root.Get('h', 100);
    rngState := root.Get('seed', 1);
    outp := root.Get('out', ''); pdfp := root.Get('pdf', '');
    ops := root.Arrays['ops'];
    ids := TJSONObject.Create;
    for i := 0 to high(faces) do faces[i].used := false;
    gMissing := 0;
    for pass := 0 to 1 do begin
      if (pass = 0) and (outp = '') then continue;
      if (pass = 1) and (pdfp = '') then continue;
      ppage := nil; pdf := nil;
      if pass = 0 then begin
        img := TFPMemoryImage.Create(W, H);
        FillBackground(root);
      end else begin
        pdf := TPDFDocument.Create(nil);
        pdf.Options := [poPageOriginAtTop, poSubsetFont, poCompressFonts, poCompressText, poNoTrailerID];
        pdf.Infos.Title := root.Get('title', 'licence');
        pdf.Infos.Producer := 'fcl-pdf';
        pdf.Infos.CreationDate := EncodeDate(2024, 1, 1);
        pdf.DefaultUnitOfMeasure := uomMillimeters;
        pdfScale := root.Get('mm_per_px', 0.1);
        pdf.StartDocument;
        sec := pdf.Sections.AddSection;
        ppage := pdf.Pages.AddPage;
        ppage.UnitOfMeasure := uomMillimeters;
        sec.AddPage(ppage);
        { paper in points }
        ppage.Paper := PaperFor(round(W * pdfScale / 25.4 * 72), round(H * pdfScale / 25.4 * 72));
        ppage.UnitOfMeasure := uomPixels;
        ppage.UnitOfMeasure := uomMillimeters;
        setlength(pdfFontIdx, length(faces));
        arr := root.Get('pdffaces', TJSONArray(nil));
        for i := 0 to high(faces) do pdfFontIdx[i] := -1;
        if arr <> nil then
          for i := 0 to arr.Count - 1 do
            pdfFontIdx[arr.Integers[i]] := pdf.AddFont(faces[arr.Integers[i]].path, 'F' + IntToStr(arr.Integers[i]));
      end;
      for i := 0 to ops.Count - 1 do
        if (pass = 0) or (ops.Objects[i].Get('pdf', 1) = 1) then
          DoOp(ops.Objects[i], ids);
      if pass = 0 then begin
        if ExtractFileExt(outp) = '.png' then begin
          wpng := TFPWriterPNG.Create; wpng.UseAlpha := false; wpng.Indexed := false;
          img.SaveToFile(outp, wpng); wpng.Free;
        end else begin
          wr := TFPWriterPNM.Create;
          img.SaveToFile(outp, wr); wr.Free;
        end;
        img.Free; img := nil;
      end else begin
        pdf.SaveToFile(pdfp);
        pdf.Free; pdf := nil; ppage := nil;
      end;
    end;
    fl := '';
    for i := 0 to high(faces) do if faces[i].used then fl := fl + IntToStr(i) + ',';
    writeln('ok ', ids.AsJSON, '|', fl, '|', gMissing);
    flush(output);
    ids.Free;
  finally
    root.Free;
  end;
end;

var line: string;
begin
  DefaultSystemCodePage := CP_UTF8; SetMultiByteConversionCodePage(CP_UTF8);
  if FT_Init_FreeType(ftlib) <> 0 then halt(2);
  LoadFaces(ParamStr(1));
  while not eof(input) do begin
    readln(line);
    if line = '' then continue;
    try
      RenderPage(line);
    except
      on e: Exception do begin writeln('err ', e.ClassName, ': ', StringReplace(e.Message, #10, ' ', [rfReplaceAll])); flush(output); end;
    end;
  end;
end.
