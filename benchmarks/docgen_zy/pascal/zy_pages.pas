{ Family ZY's page writer: reads drawing/layout commands (one per line, tab-separated) on stdin and writes
  one PDF per document with fcl-pdf (TPDFDocument, TrueType CJK faces embedded as subsets). It does the
  layout work that needs the faces' metrics: spread labels (名　称), CJK line breaking with 禁则 and
  shrink-to-fit, centred titles, seal text on an arc, handwriting jitter, guilloche bands, the emblem.
  After each document it prints the drawn box of every tagged field (BOX tag x0 y0 x1 y1, mm from the
  top-left) and DONE <path>, so the Python side can judge what a thumb or glare covers. }
program zy_pages;
{$mode objfpc}{$H+}{$codepage utf8}
uses cwstring, SysUtils, Classes, Math, fpPDF, fpParseTTF;

type
  TFace = record path: string; info: TTFFileInfo; upm: double; end;
var
  faces: array of TFace;
  docFont: array of integer;
  D: TPDFDocument = nil;
  P: TPDFPage;
  outPath: string;
  pageH: double;
  tags: TStringList;
  bx0, by0, bx1, by1, bsz: array of double;
  rng: longword;
  FS: TFormatSettings;

function F(const s: string): double;
begin
  Result := StrToFloat(s, FS);
end;

function NextRand: double;  { xorshift32, seeded per command: deterministic }
begin
  rng := rng xor (rng shl 13); rng := rng xor (rng shr 17); rng := rng xor (rng shl 5);
  Result := (rng mod 100000) / 100000.0;
end;

procedure AddBox(const tag: string; x0, y0, x1, y1, sz: double);
var i: integer;
begin
  if tag = '-' then exit;
  i := tags.IndexOf(tag);
  if i < 0 then begin
    i := tags.Add(tag);
    SetLength(bx0, tags.Count); SetLength(by0, tags.Count); SetLength(bx1, tags.Count); SetLength(by1, tags.Count); SetLength(bsz, tags.Count);
    bx0[i] := x0; by0[i] := y0; bx1[i] := x1; by1[i] := y1; bsz[i] := sz;
  end else begin
    bx0[i] := Min(bx0[i], x0); by0[i] := Min(by0[i], y0); bx1[i] := Max(bx1[i], x1); by1[i] := Max(by1[i], y1); bsz[i] := Min(bsz[i], sz);
  end;
end;

function UseFace(fi: integer; size: integer): boolean;
begin
  if docFont[fi] < 0 then docFont[fi] := D.AddFont(faces[fi].path, 'Z' + IntToStr(fi));
  P.SetFont(docFont[fi], Max(size, 4));
  Result := True;
end;

function CharW(fi: integer; c: WideChar; size: double): double;  { mm }
var g: word;
begin
  g := faces[fi].info.GetGlyphIndex(Ord(c));
  Result := faces[fi].info.GetAdvanceWidth(g) / faces[fi].upm * size * 25.4 / 72.0;
end;

function TextW(fi: integer; const u: UnicodeString; size: double): double;
var i: integer;
begin
  Result := 0;
  for i := 1 to Length(u) do Result := Result + CharW(fi, u[i], size);
end;

procedure Txt(fi, size: integer; x, y, deg: double; const u: UnicodeString);
var s: UTF8String;
begin
  if u = '' then exit;
  UseFace(fi, size);
  s := UTF8Encode(u);
  P.WriteText(x, y, s, deg);
end;

procedure TextBox(const tag: string; fi, size: integer; x, y: double; const u: UnicodeString);
begin
  Txt(fi, size, x, y, 0, u);
  AddBox(tag, x, y - size * 0.3528 * 0.88, x + TextW(fi, u, size), y + size * 0.3528 * 0.15, size);
end;

const NoStart: UnicodeString = '，。；、：）》」』！？%,.;:)';

{ break u into lines of at most w mm; returns the lines }
function BreakLines(fi: integer; const u: UnicodeString; size, w: double): TStringList;
var i: integer; cur: UnicodeString; cw, cwid: double;
begin
  Result := TStringList.Create;
  cur := ''; cw := 0;
  i := 1;
  while i <= Length(u) do begin
    cwid := CharW(fi, u[i], size);
    if (cw + cwid > w) and (cur <> '') then begin
      if (Pos(u[i], NoStart) > 0) and (Length(cur) > 1) then begin
        { 禁则: a closing mark never starts a line: carry the last character down with it }
        Result.Add(UTF8Encode(Copy(cur, 1, Length(cur) - 1)));
        cur := Copy(cur, Length(cur), 1);
        cw := CharW(fi, cur[1], size);
      end else begin
        Result.Add(UTF8Encode(cur)); cur := ''; cw := 0;
      end;
    end;
    cur := cur + u[i]; cw := cw + cwid;
    Inc(i);
  end;
  if cur <> '' then Result.Add(UTF8Encode(cur));
end;

procedure Wrap(const tag: string; fi, size: integer; x, y, w, lh: double; maxl: integer; const u: UnicodeString);
var L: TStringList; i, sz: integer; lhh: double;
begin
  sz := size; lhh := lh;
  L := BreakLines(fi, u, sz, w);
  while (L.Count > maxl) and (sz > 6) do begin  { shrink to fit the printed box }
    L.Free; Dec(sz); lhh := lh * sz / size;
    L := BreakLines(fi, u, sz, w);
  end;
  for i := 0 to L.Count - 1 do
    TextBox(tag, fi, sz, x, y + i * lhh, UTF8Decode(L[i]));
  L.Free;
end;

procedure Spread(const tag: string; fi, size: integer; x, y, w: double; const u: UnicodeString);
var i, n: integer; gap, tw, cx: double;
begin
  n := Length(u);
  if n <= 1 then begin TextBox(tag, fi, size, x, y, u); exit; end;
  tw := TextW(fi, u, size);
  gap := (w - tw) / (n - 1);
  if gap < 0 then gap := 0;
  cx := x;
  for i := 1 to n do begin
    TextBox(tag, fi, size, cx, y, u[i]);
    cx := cx + CharW(fi, u[i], size) + gap;
  end;
end;

procedure Arc(fi, size: integer; cx, cy, r, a0, a1: double; const u: UnicodeString);
var i, n: integer; a, rad, x, y, cw: double;
begin
  n := Length(u);
  for i := 1 to n do begin
    if n = 1 then a := (a0 + a1) / 2 else a := a0 + (a1 - a0) * (i - 1) / (n - 1);
    rad := DegToRad(a);
    cw := CharW(fi, u[i], size);
    { the glyph's baseline centre on the circle, the glyph upright towards the outside }
    x := cx + r * Sin(rad) - Cos(rad) * cw / 2;
    y := cy - r * Cos(rad) - Sin(rad) * cw / 2;
    Txt(fi, size, x, y, a, u[i]);
  end;
end;

procedure Star(cx, cy, r, rot: double);
var pts: array[0..9] of TPDFCoord; i: integer; a, rr: double;
begin
  for i := 0 to 9 do begin
    if i mod 2 = 0 then rr := r else rr := r * 0.382;
    a := DegToRad(rot + i * 36);
    pts[i].X := cx + rr * Sin(a); pts[i].Y := cy - rr * Cos(a);
  end;
  P.ResetPath;
  P.DrawPolygon(pts, 0.1);
  P.FillStrokePath;
end;

procedure Hand(const tag: string; fi, size: integer; x, y: double; seed: longword; const u: UnicodeString);
var i, sz: integer; cx, dy, deg: double;
begin
  rng := seed or 1;
  cx := x;
  for i := 1 to Length(u) do begin
    sz := size + Round(NextRand * 2) - 1;
    dy := (NextRand - 0.5) * size * 0.12;
    deg := (NextRand - 0.5) * 14;
    Txt(fi, sz, cx, y + dy, deg, u[i]);
    AddBox(tag, cx, y + dy - sz * 0.34, cx + CharW(fi, u[i], sz), y + dy + sz * 0.06, sz);
    cx := cx + CharW(fi, u[i], sz) * (0.85 + NextRand * 0.3);
  end;
end;

procedure Waves(x, y, w, h: double; n: integer; amp, per, lw: double);
var k, i, steps: integer; pts: array of TPDFCoord; t, ph: double;
begin
  steps := Max(8, Round(w / 1.5));
  SetLength(pts, steps + 1);
  for k := 0 to n - 1 do begin
    ph := k * 2 * Pi / n;
    for i := 0 to steps do begin
      t := i / steps;
      pts[i].X := x + t * w;
      pts[i].Y := y + h / 2 + (h / 2 - amp) * Sin(2 * Pi * t * w / per + ph) * Cos(Pi * t * 3 + ph / 2) + amp * Sin(2 * Pi * t * w / (per / 3) - ph);
    end;
    P.ResetPath;
    P.DrawPolyLine(pts, lw);
    P.StrokePath;
  end;
end;

procedure Poly(const a: array of string; first: integer; closed, fill: boolean; lw: double);
var pts: array of TPDFCoord; i, n: integer;
begin
  n := (Length(a) - first) div 2;
  if n < 2 then exit;
  SetLength(pts, n);
  for i := 0 to n - 1 do begin pts[i].X := F(a[first + 2 * i]); pts[i].Y := F(a[first + 2 * i + 1]); end;
  P.ResetPath;
  if closed then P.DrawPolygon(pts, lw) else P.DrawPolyLine(pts, lw);
  if fill then P.FillStrokePath else P.StrokePath;
end;

procedure NewDoc(const path: string; w, h: double);
var pp: TPDFPaper; S: TPDFSection; i: integer;
begin
  D := TPDFDocument.Create(nil);
  D.Options := [poPageOriginAtTop, poSubsetFont, poCompressFonts, poCompressText, poNoTrailerID];
  D.Infos.CreationDate := EncodeDate(2026, 1, 1);
  D.Infos.Producer := 'docgen_zy';
  D.Infos.Title := ExtractFileName(path);
  D.StartDocument;
  S := D.Sections.AddSection;
  P := D.Pages.AddPage;
  pp.W := Round(w * 72 / 25.4); pp.H := Round(h * 72 / 25.4);
  pp.Printable.L := 0; pp.Printable.T := 0; pp.Printable.R := pp.W; pp.Printable.B := pp.H;
  P.Paper := pp; P.PaperType := ptCustom;
  P.UnitOfMeasure := uomMillimeters;
  S.AddPage(P);
  pageH := h;
  outPath := path;
  SetLength(docFont, Length(faces));
  for i := 0 to High(docFont) do docFont[i] := -1;
  tags.Clear;
  P.SetColor(clBlack, True); P.SetColor(clBlack, False);
end;

procedure EndDoc;
var i: integer;
begin
  D.SaveToFile(outPath);
  FreeAndNil(D);
  for i := 0 to tags.Count - 1 do
    WriteLn('BOX'#9, tags[i], #9, FormatFloat('0.00', bx0[i], FS), #9, FormatFloat('0.00', by0[i], FS), #9,
            FormatFloat('0.00', bx1[i], FS), #9, FormatFloat('0.00', by1[i], FS), #9, FormatFloat('0', bsz[i], FS));
  WriteLn('DONE'#9, outPath);
  Flush(Output);
end;

var
  line: RawByteString;
  a: TStringArray;
  op: string;
  col: TARGBColor;
  fi: integer;
begin
  FS := DefaultFormatSettings; FS.DecimalSeparator := '.';
  tags := TStringList.Create;
  while not EOF(Input) do begin
    ReadLn(line);
    SetCodePage(line, CP_UTF8, False);
    if line = '' then continue;
    a := string(line).Split([#9]);
    op := a[0];
    if op = 'FACE' then begin
      fi := StrToInt(a[1]);
      if fi >= Length(faces) then SetLength(faces, fi + 1);
      faces[fi].path := a[2];
      faces[fi].info := TTFFileInfo.Create;
      faces[fi].info.LoadFromFile(a[2]);
      faces[fi].upm := faces[fi].info.Head.UnitsPerEm;
    end
    else if op = 'DOC' then NewDoc(a[1], F(a[2]), F(a[3]))
    else if op = 'COL' then begin
      col := (StrToInt(a[1]) shl 16) or (StrToInt(a[2]) shl 8) or StrToInt(a[3]);
      P.SetColor(col, True); P.SetColor(col, False);
    end
    else if op = 'T' then begin
      if F(a[6]) = 0 then TextBox(a[1], StrToInt(a[2]), StrToInt(a[3]), F(a[4]), F(a[5]), UTF8Decode(a[7]))
      else Txt(StrToInt(a[2]), StrToInt(a[3]), F(a[4]), F(a[5]), F(a[6]), UTF8Decode(a[7]));
    end
    else if op = 'C' then  { centred in [x, x+w] }
      TextBox(a[1], StrToInt(a[2]), StrToInt(a[3]),
              F(a[4]) + (F(a[6]) - TextW(StrToInt(a[2]), UTF8Decode(a[7]), StrToInt(a[3]))) / 2, F(a[5]), UTF8Decode(a[7]))
    else if op = 'SP' then Spread(a[1], StrToInt(a[2]), StrToInt(a[3]), F(a[4]), F(a[5]), F(a[6]), UTF8Decode(a[7]))
    else if op = 'W' then Wrap(a[1], StrToInt(a[2]), StrToInt(a[3]), F(a[4]), F(a[5]), F(a[6]), F(a[7]), StrToInt(a[8]), UTF8Decode(a[9]))
    else if op = 'HT' then Hand(a[1], StrToInt(a[2]), StrToInt(a[3]), F(a[4]), F(a[5]), StrToInt64(a[6]) and $7FFFFFFF, UTF8Decode(a[7]))
    else if op = 'ARC' then Arc(StrToInt(a[1]), StrToInt(a[2]), F(a[3]), F(a[4]), F(a[5]), F(a[6]), F(a[7]), UTF8Decode(a[8]))
    else if op = 'L' then P.DrawLine(F(a[1]), F(a[2]), F(a[3]), F(a[4]), F(a[5]))
    else if op = 'R' then P.DrawRect(F(a[1]), F(a[2]) + F(a[4]), F(a[3]), F(a[4]), F(a[5]), a[6] = '1', a[7] = '1')
    else if op = 'E' then P.DrawEllipse(F(a[1]) - F(a[3]), F(a[2]) + F(a[4]), 2 * F(a[3]), 2 * F(a[4]), F(a[5]), a[6] = '1', a[7] = '1')
    else if op = 'STAR' then Star(F(a[1]), F(a[2]), F(a[3]), F(a[4]))
    else if op = 'PL' then Poly(a, 4, a[2] = '1', a[3] = '1', F(a[1]))
    else if op = 'WAVE' then Waves(F(a[1]), F(a[2]), F(a[3]), F(a[4]), StrToInt(a[5]), F(a[6]), F(a[7]), F(a[8]))
    else if op = 'END' then EndDoc
    else begin WriteLn(StdErr, 'zy_pages: unknown op ', op); Halt(2); end;
  end;
end.
