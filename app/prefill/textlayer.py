"""A vector PDF's text layer read into the page's lines — only where the pixels show the same text.

An e-licence (电子证照) arrives as a vector PDF: the file holds every character it draws, with its
Unicode value and its box (`hardware.scanner.files.page_chars`). The page is still rendered and
OCR'd like a scan (the reader's rules work on what the page shows), and the OCR loses things the
file holds: a character it was unsure of, a row cut by a watermark laid over it, a value boxed
together with a caption beside it. Here the layer's characters are grouped into lines as a
detector boxes them (level characters on one baseline, split at a gap of `LAYER_GAP` font sizes),
and each line is **checked against the OCR of the same render**: the recogniser's characters that
stand inside the line's box, or — when those differ — the recogniser's reading of the line's own
crop, must read the layer's text (a character the recogniser read otherwise counts when the layer's
is its runner-up: the layer settles between its two readings). A line so checked replaces the OCR's
reading of its print, every character sure. A line that fails keeps the OCR's lines there (the
raster reading), and a page where under `LAYER_AGREE` of the layer's characters check out keeps its
OCR reading whole: a layer that lies (a ToUnicode map to other characters, text the drawing does
not show) or is garbled can never put a value the page does not show — at most it is not used.

What the OCR read where the layer has no character at all is print that is no text of the file's
(a watermark stamped as an image or as paths, a seal's ring, an emblem): on a page whose text the
layer accounts for (every such line together under `LAYER_OVERLAY` of the OCR's characters) those
lines are dropped — they are what cut values' rows into pieces — unless one is of a row's own size
on a layer row (`LAYER_ROW_PRINT`: a value drawn as outlines beside its label). On a page with more
such print (a scanned picture inside the PDF: a card's image with a typed caption) they are kept.

Characters drawn at an angle (a seal's ring of text) form no line. A page the reader turned keeps
its layer where the turned characters run level."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import cv2
import numpy as np

from app.prefill.engine import OcrEngine, StageClock, TextLine
from app.validators.text import to_halfwidth

TEXT_LAYER = True  # a PDF page's text layer checked against its OCR is read into its lines (False: OCR only)
LAYER_GAP = 1.5  # font sizes of paper between two characters of a row that split it into two lines
LAYER_ROW = 0.3  # a character joins a row whose baseline is within this share of the font size of its own
LAYER_SIZES = 1.4  # … and whose font size is within this ratio of its own (a caption beside a value is another row)
LAYER_LEVEL = 0.03  # radians: a character's baseline this close to level on the page joins a line
LAYER_AGREE = 0.8  # share of the layer's characters (in lines) that must check out for the page to use it
LAYER_MIN_LINES = 3  # … over at least this many lines
LAYER_OVERLAY = 0.15  # OCR characters standing on no layer character, at most this share: dropped as overlay
LAYER_CROPS = 40  # lines read again from their own crop per page at most
LAYER_PAD = (0.35, 0.2)  # a crop's margin around a line's glyphs, in font sizes (x, y), as the detector boxes
LAYER_MARKS = 2  # punctuation marks of a line the recogniser may pass over where the pixels show their ink
LAYER_MARK_INK = 0.08  # … share of a mark's glyph box in dark print (the mark is drawn there, not paper)
# A line the file itself draws other text across — its own tilted characters (a 仅供…使用 watermark or a seal's
# ring set as text, opaque ink laid over the row: where its strokes cross a glyph the glyph is that ink, not the
# text's) — may fail its check through no fault of the layer: such lines are left out of the page's LAYER_AGREE
# share (neither for nor against it), as long as the lines that checked out still hold LAYER_CROSSED_FLOOR of all
# the layer's characters. A failed line is never used either way (the OCR's reading stands there); only the page
# gate changes. 0: off (every failed line counts against the page).
LAYER_CROSSED_FLOOR = 0.5  # 0.0: off (measured, see docs/capture-ocr.md Session 38 agpdf; landed off, switched on by the lead with the folder run)
LAYER_CROSSED_INK = 150  # in such a line's crop, print this light (0–255) is the laid-over ink, taken off (0: off)
_LAYER_FORMS = str.maketrans({"〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")", "【": "(", "】": ")",
                           "“": '"', "”": '"', "‘": "'", "’": "'", "：": ":", "，": ",", "；": ";"})


@dataclass
class LayerLine:
    text: str
    boxes: list[tuple[float, float, float, float]]  # per character, page coordinates
    size: float  # font size in page pixels
    checked: bool = False

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (min(b[0] for b in self.boxes), min(b[1] for b in self.boxes),
                max(b[2] for b in self.boxes), max(b[3] for b in self.boxes))

    @property
    def centre_y(self) -> float:
        return float(np.median([(b[1] + b[3]) / 2 for b in self.boxes]))


def same_text(a: str, b: str) -> bool:
    """Two readings of one row equal as a clerk reads them: width forms, bracket and quote shapes and
    spaces aside."""
    return fold(a) == fold(b)


def fold(text: str) -> str:
    return "".join(to_halfwidth(unicodedata.normalize("NFKC", text)).translate(_LAYER_FORMS).split())


def _ring(chars: tuple, i: int) -> bool:
    """A level character set on a ring of tilted ones (a seal's text: the character at the top of the
    arc runs level), told by a neighbour in the file's order of its size, tilted, within three sizes."""
    a = chars[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(chars):
            b = chars[j]
            near = max(abs(a.box[0] - b.box[0]), abs(a.box[1] - b.box[1])) <= 3 * max(a.size, b.size)
            if near and abs(b.angle - a.angle) > LAYER_LEVEL and 0.8 * a.size <= b.size <= 1.25 * a.size:
                return True
    return False


def _mapped(chars: tuple, to_page: np.ndarray, shape: tuple[int, ...]) -> list[tuple[str, tuple, float, float]]:
    """(text, page box, page font size, page baseline y) of each level character inside the page."""
    out = []
    h, w = shape[:2]
    lin = to_page[:2, :2]
    for i, ch in enumerate(chars):
        text = getattr(ch, "text", "")
        if not text or text.isspace() or _ring(chars, i):
            continue
        x0, y0, x1, y1 = ch.box
        pts = cv2.perspectiveTransform(np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float64),
                                       to_page).reshape(-1, 2)
        # the character's baseline direction on the page (PDF angles run counter-clockwise, image y down)
        d = lin @ np.array([np.cos(ch.angle), -np.sin(ch.angle)])
        if d[0] <= 0 or abs(d[1]) > LAYER_LEVEL * d[0]:
            continue
        bx = (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))
        if bx[2] < 0 or bx[3] < 0 or bx[0] > w or bx[1] > h:
            continue
        size = float(ch.size) * float(np.sqrt(abs(np.linalg.det(lin))))
        if size <= 0:
            continue
        base = cv2.perspectiveTransform(np.array([[ch.origin]], np.float64), to_page).reshape(2)
        out.append((text, bx, size, float(base[1])))
    return out


def tilted_boxes(chars: tuple, to_page: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Page boxes of the layer's characters drawn at an angle (not level: `_mapped` leaves them out)."""
    lin = to_page[:2, :2]
    out = []
    for ch in chars:
        if not getattr(ch, "text", "") or ch.text.isspace():
            continue
        d = lin @ np.array([np.cos(ch.angle), -np.sin(ch.angle)])
        if d[0] > 0 and abs(d[1]) <= LAYER_LEVEL * d[0]:
            continue
        x0, y0, x1, y1 = ch.box
        pts = cv2.perspectiveTransform(np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float64),
                                       to_page).reshape(-1, 2)
        out.append((float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())))
    return out


def _crossed(ll: LayerLine, tilted: list[tuple[float, float, float, float]]) -> bool:
    """The file draws one of its tilted characters over one of the line's glyphs."""
    return any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3] for a in ll.boxes for b in tilted)


def layer_lines(chars: tuple, to_page: np.ndarray, shape: tuple[int, ...]) -> list[LayerLine]:
    """The layer's level characters grouped into lines as a detector boxes rows: one baseline, one
    font size, split where the paper between two characters is wider than LAYER_GAP font sizes."""
    mapped = sorted(_mapped(chars, to_page, shape), key=lambda c: (c[3], c[1][0]))
    rows: list[list[tuple[str, tuple, float, float]]] = []
    centres: list[float] = []  # (each row's baseline: a `、` or a `“` sits low or high in its cell, on the same baseline)
    for c in mapped:
        cy, size = c[3], c[2]
        # (the nearest row of its size with print near it: a row of another column at the same height
        # is another row — it is split off below anyway by the paper between them)
        # (rows are opened in baseline order: only the last ones can be within reach)
        near = []
        for i in range(len(rows) - 1, -1, -1):
            if centres[i] < cy - LAYER_ROW * size:
                break
            if max(rows[i][0][2], size) <= LAYER_SIZES * min(rows[i][0][2], size):
                near.append(i)
        if near:
            rows[min(near, key=lambda i: abs(centres[i] - cy))].append(c)
        else:
            rows.append([c])
            centres.append(cy)
    out: list[LayerLine] = []
    for row in rows:
        row.sort(key=lambda c: c[1][0])
        cur: list[tuple[str, tuple, float, float]] = []
        for c in row:
            if cur and c[1][0] - max(p[1][2] for p in cur) > LAYER_GAP * max(c[2], cur[-1][2]):
                out.append(_line(cur))
                cur = []
            cur.append(c)
        if cur:
            out.append(_line(cur))
    return out


def _line(chars: list[tuple[str, tuple, float, float]]) -> LayerLine:
    return LayerLine("".join(c[0] for c in chars), [c[1] for c in chars], float(np.median([c[2] for c in chars])))


@dataclass
class _OcrChar:
    line: int
    index: int
    x: float
    y: float
    ch: str
    prob: float
    alt: str


def _ocr_chars(lines: list[TextLine]) -> list[_OcrChar]:
    """Each OCR character with its centre on the page (from the recogniser's frames; spread evenly
    over the box when unknown). Level lines only: a slanted line's characters are left unplaced."""
    out = []
    for i, ln in enumerate(lines):
        n = len(ln.text)
        if not n:
            continue
        q = np.asarray(ln.quad, np.float64)
        start, end = (q[0] + q[3]) / 2, (q[1] + q[2]) / 2
        xs = ln.xs if len(ln.xs) == n else tuple((k + 0.5) / n for k in range(n))
        for k, ch in enumerate(ln.text):
            if ch.isspace():
                continue
            p = start + (end - start) * xs[k]
            prob, alt = (ln.chars[k][0], ln.chars[k][1]) if len(ln.chars) == n else (ln.score, "")
            out.append(_OcrChar(i, k, float(p[0]), float(p[1]), ch, prob, alt))
    return out


def _inside(c: _OcrChar, ll: LayerLine) -> bool:
    x0, y0, x1, y1 = ll.box
    m = 0.5 * ll.size
    return x0 - m <= c.x <= x1 + m and y0 - 0.3 * ll.size <= c.y <= y1 + 0.3 * ll.size


def _settles(chars: list[tuple[str, str]], layer: str, marks: frozenset[int] = frozenset()) -> bool:
    """The recogniser's reading (character, runner-up) is the layer's text, or its runner-up is
    wherever it differs (one folded character for one). `marks`: places in `layer` of punctuation
    whose ink the page shows (`_shown_marks`): the reading may pass over up to LAYER_MARKS of them —
    a `；` or `，` after a full-width bracket is a few dots in a wide cell, which the recogniser reading
    the row drops (the detector even splits the row there), though it is drawn."""
    read = "".join(ch for ch, _ in chars)
    if same_text(read, layer):
        return True
    pairs = [(fold(ch), fold(alt)) for ch, alt in chars if not ch.isspace()]
    if any(len(a) != 1 for a, _ in pairs):
        return False
    want = [(i, f) for i, ch in enumerate(layer) for f in fold(ch)]
    if len(pairs) == len(want):
        return all(a == y or alt == y for (a, alt), (_, y) in zip(pairs, want, strict=True))
    if not marks or not 0 < len(want) - len(pairs) <= LAYER_MARKS:
        return False
    k = 0  # (the reading is the layer with some shown marks passed over, in order: nothing else differs)
    for i, y in want:
        if k < len(pairs) and y in pairs[k]:
            k += 1
        elif i not in marks:
            return False
    return k == len(pairs)


def _shown_marks(page: np.ndarray, ll: LayerLine) -> frozenset[int]:
    """Places in the line of punctuation whose glyph box on the page holds dark print (LAYER_MARK_INK):
    marks the render draws there (a mark the layer claims over bare paper is not one)."""
    out = set()
    h, w = page.shape[:2]
    for i, (ch, (x0, y0, x1, y1)) in enumerate(zip(ll.text, ll.boxes, strict=False)):
        if not unicodedata.category(ch).startswith("P"):
            continue
        a, b, c, d = max(0, int(x0)), min(w, int(np.ceil(x1))), max(0, int(y0)), min(h, int(np.ceil(y1)))
        if b <= a or d <= c:
            continue
        cell = page[c:d, a:b]
        grey = cell if cell.ndim == 2 else cell.min(axis=2)
        if float((grey < 128).mean()) >= LAYER_MARK_INK:
            out.add(i)
    return frozenset(out)


def _crop(page: np.ndarray, ll: LayerLine) -> np.ndarray | None:
    x0, y0, x1, y1 = ll.box
    px, py = LAYER_PAD[0] * ll.size, LAYER_PAD[1] * ll.size
    h, w = page.shape[:2]
    a, b = max(0, int(x0 - px)), min(w, int(np.ceil(x1 + px)))
    c, d = max(0, int(y0 - py)), min(h, int(np.ceil(y1 + py)))
    if b - a < 4 or d - c < 4:
        return None
    return page[c:d, a:b]


LAYER_ROW_PRINT = 2.0  # an OCR box at most this many font sizes high, centred on a layer row, is print of that row


def _on_a_row(line: TextLine, layer: list[LayerLine]) -> bool:
    x0, y0, x1, y1 = line.bbox
    cy, h = (y0 + y1) / 2, y1 - y0
    return any(h <= LAYER_ROW_PRINT * ll.size and abs(cy - (ll.box[1] + ll.box[3]) / 2) <= 0.35 * ll.size
               for ll in layer)


def _as_text_line(ll: LayerLine, like: TextLine | None) -> TextLine:
    """A checked layer line as the reader's line: every character sure. One that is the whole of
    one OCR line keeps that line's box and character places (the detector's geometry the layout's
    rules were measured on); else its glyphs' box widened as a detector widens a row."""
    n = len(ll.text)
    sure = tuple((1.0, "", 0.0) for _ in range(n))
    if like is not None:
        # (the characters' places are the layer's own: the recogniser's frames place them a few
        # pixels off, and a gap between two of them can look like a character lost)
        qx0, qx1 = min(p[0] for p in like.quad), max(p[0] for p in like.quad)
        xs = tuple(min(1.0, max(0.0, ((b[0] + b[2]) / 2 - qx0) / max(1.0, qx1 - qx0))) for b in ll.boxes)
        return TextLine(ll.text, 1.0, like.quad, False, sure, xs)
    x0, y0, x1, y1 = ll.box
    px, py = LAYER_PAD[0] * ll.size, LAYER_PAD[1] * ll.size
    x0, y0, x1, y1 = x0 - px, y0 - py, x1 + px, y1 + py
    xs = tuple(((b[0] + b[2]) / 2 - x0) / max(1.0, x1 - x0) for b in ll.boxes)
    return TextLine(ll.text, 1.0, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), False, sure, xs)


LAYER_JOIN_SIZES = 1.15  # layer lines read whole in one OCR line are joined into it: one face size within this ratio


def _one_row(parts: list[LayerLine]) -> bool:
    """Layer lines of one print size on one baseline (a label and its value; not a caption of smaller
    print the detector boxed with a value — that one stays apart, as the layer splits it)."""
    sizes = [ll.size for ll in parts]
    return max(sizes) <= LAYER_JOIN_SIZES * min(sizes) and \
        max(ll.centre_y for ll in parts) - min(ll.centre_y for ll in parts) <= LAYER_ROW * min(sizes)


def _joined_line(parts: list[LayerLine], like: TextLine) -> TextLine:
    """Checked layer lines that together are the whole of one OCR line (the layer splits a row at
    LAYER_GAP font sizes of paper; the detector boxed the row across it — a value set well right of
    its label, `法定代表人（负责人）   孟敏`) as that one line: their texts joined by a space where
    the recogniser read the gap, the OCR line's box kept, every character sure. Read as two lines,
    the value would start far right of where the page's values follow their labels and read as a
    character lost before it (`extract.name_lost_character`); the OCR's own line reads it whole."""
    qx0, qx1 = min(p[0] for p in like.quad), max(p[0] for p in like.quad)
    span = max(1.0, qx1 - qx0)
    text, xs = "", []
    for n, ll in enumerate(parts):
        if n:
            gap = (parts[n - 1].box[2] + ll.box[0]) / 2
            text += " "
            xs.append(gap)
        text += ll.text
        xs += [(b[0] + b[2]) / 2 for b in ll.boxes]
    sure = tuple((1.0, "", 0.0) for _ in text)
    return TextLine(text, 1.0, like.quad, False, sure, tuple(min(1.0, max(0.0, (x - qx0) / span)) for x in xs))


def text_ink(page: np.ndarray, layer: list[LayerLine], kept: list[TextLine]) -> np.ndarray:
    """The page with paper wherever neither a layer character (checked or not) nor a line the OCR
    reading kept stands: the print the pixel rules judge a value's rows by (a row's end, a gap, a
    row below) is the file's text, not a watermark's or a seal's ink laid across it."""
    keep = np.zeros(page.shape[:2], np.uint8)
    for ll in layer:
        m = 0.15 * ll.size
        for x0, y0, x1, y1 in ll.boxes:
            cv2.rectangle(keep, (int(x0 - m), int(y0 - m)), (int(np.ceil(x1 + m)), int(np.ceil(y1 + m))), 1, -1)
    for ln in kept:
        cv2.fillPoly(keep, [np.asarray(ln.quad, np.int32).reshape(-1, 1, 2)], 1)
    out = page.copy()
    out[keep == 0] = 255
    return out


def with_text_layer(lines: list[TextLine], chars: tuple, to_page: np.ndarray, page: np.ndarray,
                    engine: OcrEngine, clock: StageClock | None = None) -> tuple[list[TextLine], np.ndarray | None]:
    """The page's OCR lines with the text layer's checked lines in place of the OCR's reading of the
    same print (module docstring), and the page as its text alone (`text_ink`); the OCR lines as they
    are and None when the layer is not used."""
    if not TEXT_LAYER or not chars or not lines:
        return lines, None
    layer = layer_lines(chars, to_page, page.shape)
    if len(layer) < LAYER_MIN_LINES:
        return lines, None
    ocr = _ocr_chars(lines)
    owner: dict[int, int] = {}  # OCR character (index in `ocr`) → the layer line it stands in
    by_y = sorted(range(len(ocr)), key=lambda k: ocr[k].y)
    ys = [ocr[k].y for k in by_y]
    for j, ll in enumerate(layer):
        _, y0, _, y1 = ll.box
        for k in by_y[bisect_left(ys, y0 - 0.3 * ll.size):bisect_right(ys, y1 + 0.3 * ll.size)]:
            if k not in owner and _inside(ocr[k], ll):
                owner[k] = j
    inside: list[list[int]] = [[] for _ in layer]
    for k, j in owner.items():
        inside[j].append(k)
    crops: list[int] = []
    marks = [_shown_marks(page, ll) for ll in layer]
    for j, ll in enumerate(layer):
        got = sorted(inside[j], key=lambda k: ocr[k].x)
        if _settles([(ocr[k].ch, ocr[k].alt) for k in got], ll.text, marks[j]):
            ll.checked = True
        elif len(crops) < LAYER_CROPS:
            crops.append(j)
    recognize = getattr(engine, "recognize", None)
    if crops and recognize is not None:
        # (each line's crop with its own characters' ink alone: a watermark's stroke or a seal's rim
        # crossing the row between them is not read into it; a glyph that draws another character
        # than the layer says is still that glyph)
        glyphs = text_ink(page, [layer[j] for j in crops], [])
        tilted = tilted_boxes(chars, to_page) if LAYER_CROSSED_INK else []
        if tilted:
            # (a line the file draws its tilted text across: that ink is lighter than the text's — a
            # watermark's grey — and is taken off the crop, leaving the glyphs with gaps where it crossed)
            grey = glyphs if glyphs.ndim == 2 else glyphs.min(axis=2)
            light = grey >= LAYER_CROSSED_INK
            for j in crops:
                if _crossed(layer[j], tilted):
                    x0, y0, x1, y1 = (int(v) for v in layer[j].box)
                    m = int(layer[j].size)
                    sub = (slice(max(0, y0 - m), y1 + m), slice(max(0, x0 - m), x1 + m))
                    glyphs[sub][light[sub]] = 255
        cut = [(j, _crop(glyphs, layer[j])) for j in crops]
        cut = [(j, im) for j, im in cut if im is not None]
        if cut:
            reads = recognize([im for _, im in cut], clock=clock)
            for (j, _), (txt, _, cs) in zip(cut, reads, strict=True):
                if len(cs) == len(txt) and _settles([(ch, c[1]) for ch, c in zip(txt, cs, strict=True)], layer[j].text,
                                                    marks[j]):
                    layer[j].checked = True
    total = sum(len(ll.text) for ll in layer)
    good = [ll for ll in layer if ll.checked]
    if clock is not None:
        clock.count("layer_lines", len(layer))
        clock.count("layer_checked", len(good))
        clock.count("layer_crops", len(crops))
    judged = total
    if LAYER_CROSSED_FLOOR and len(good) < len(layer):
        tilted = tilted_boxes(chars, to_page)
        if tilted:
            crossed = sum(len(ll.text) for ll in layer if not ll.checked and _crossed(ll, tilted))
            if sum(len(ll.text) for ll in good) >= LAYER_CROSSED_FLOOR * total:
                judged = total - crossed
                if clock is not None and crossed:
                    clock.count("layer_crossed", crossed)
    if len(good) < LAYER_MIN_LINES or sum(len(ll.text) for ll in good) < LAYER_AGREE * judged:
        if clock is not None:
            clock.count("layer_refused")
        return lines, None
    # OCR lines kept: those holding print of a layer line that did not check out (the raster reading
    # stands there), and — on a page with much print the layer does not hold — that print's lines
    unowned = [k for k in range(len(ocr)) if k not in owner]
    overlay = len(unowned) <= LAYER_OVERLAY * max(1, len(ocr))
    kept = {ocr[k].line for k, j in owner.items() if not layer[j].checked}
    if not overlay:
        kept |= {ocr[k].line for k in unowned}
    else:
        # (print of the text's own size standing on a row of the layer's is kept all the same: a value
        # the file draws as outlines beside its label — a watermark or a stamp is larger, or off the rows)
        kept |= {ocr[k].line for k in unowned if _on_a_row(lines[ocr[k].line], layer)}
    while True:  # a checked line partly read in a kept OCR line is that line's to read
        more = {ocr[k].line for j, ll in enumerate(layer) if ll.checked and any(ocr[i].line in kept for i in inside[j])
                for k in inside[j]} - kept
        if not more:
            break
        kept |= more
    out = [ln for i, ln in enumerate(lines) if i in kept]
    ink = text_ink(page, layer, out)
    solo: dict[int, int] = {}  # checked layer line → the one OCR line its print was read in
    placed: list[int] = []
    for j, ll in enumerate(layer):
        if not ll.checked or any(ocr[k].line in kept for k in inside[j]):
            continue
        placed.append(j)
        owners = {ocr[k].line for k in inside[j]}
        if len(owners) == 1:
            solo[j] = next(iter(owners))
    whole: dict[int, list[int]] = {}  # OCR line → the checked layer lines that are the whole of it
    for i in set(solo.values()):
        js = [j for j in placed if solo.get(j) == i]
        if all(owner.get(k) in js for k, c in enumerate(ocr) if c.line == i) and _one_row([layer[j] for j in js]):
            whole[i] = sorted(js, key=lambda j: layer[j].box[0])
    for j in placed:
        i = solo.get(j)
        if i in whole and len(whole[i]) > 1:
            if j == whole[i][0]:
                out.append(_joined_line([layer[m] for m in whole[i]], lines[i]))
            continue
        out.append(_as_text_line(layer[j], lines[i] if i in whole else None))
    out.sort(key=lambda ln: (min(p[1] for p in ln.quad), min(p[0] for p in ln.quad)))
    if clock is not None:
        clock.count("layer_used")
        clock.count("layer_dropped", float(len(lines) - len(kept) - len({ocr[k].line for k in owner} - kept)))
    return out, ink
