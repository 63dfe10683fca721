"""Pages that reach us already binarised (a phone scanner app's black-and-white mode, a fax, a
1-bit PDF scan): every pixel is black or white.

Why this needs care: the thresholding that made the page black and white also turned the card's
printed background — the fine guilloche lines of an ID card, a licence's security pattern — into
black hairlines as dark as the text. A hairline crossing a row between two characters is read as
a dash or as 一 (民族 `一汉`, 住址 `育才路-362-号`): the value fails its vocabulary or, worse, reads
confidently wrong. In a grey capture the same lines are faint and the recogniser passes over them.

What is removed: chains of thin, free pieces of ink that line up along one smooth line over more
than 2.5 text rows. Thin: their vertical extent is at most ~0.6 of the page's text stroke width.
Free: nothing else is inked within 0.6 of a text row above or below them (a character's thin
horizontal strokes have the rest of the character there; 年's stacked strokes protect each
other). Chained: each piece continues the line of the previous one within a couple of pixels and
at most 2.5 rows further on, and one piece of the chain is at least a text row long — no stroke
of a character is free over a whole row; the hairline runs free between the rows' characters
and past their ends. Where a hairline crosses a character nothing is removed (the recogniser
reads through it); the pixels it shares with a stroke stay. Every other pixel is left as it was.
A chain that stays within half a rule's thickness of one straight line over more than 6 rows is a
printed rule (a ruled table's border on a faxed licence: as thin and as free as a hairline, but
drawn with a ruler) and stays: cut into dashes, it read as strokes and lost 住所/经营场所 on L's faxes.
Cost (process CPU, measured at load ~13 over the 62 bilevel pages of families D–K): p50 190 ms,
p90 700 ms (12 MP scans; it grows with the pixels), only on bilevel pages; the check that a page
is bilevel costs ~5 ms.
"""

from __future__ import annotations

import cv2
import numpy as np

MID_SHARE = 0.03  # at most this share of grey pixels (48–207) for a page to count as bilevel
MIN_DARK = 0.01  # … and at least this share of black (a blank page is no binarised print)
SPARSE_DARK = 0.003  # … or this share, with less grey than black (a card scanned 1-bit on a white A4)
LONG_ROWS = 2.5  # a chain must span this many text rows
GAP_ROWS = 2.5  # pieces further apart than this many rows are not linked
ANCHOR_ROWS = 1.0  # … and hold a piece this long (no stroke of a character is)
REACH_ROWS = 0.6  # "near": within this many text rows above or below
RULE_ROWS = 6.0  # a straight chain this long is a printed rule and stays
DITHER_LONE = 0.2  # a bilevel page whose ink is at least this share of lone dots (≤ 2 inked neighbours of 8) is dithered


def is_bilevel(gray: np.ndarray) -> bool:
    """Whether a grey page holds (almost) only black and white: a binarised capture. JPEG and a
    PDF's resampling leave a thin grey fringe on the strokes (1–2 % of the pixels); a photo or a
    grey scan has 20 % and more.

    A sparse page — an ID card scanned in a scanner's black-and-white mode on a white A4, a
    licence's few rows — inks only 0.3–1 % of the sheet; there the grey allowance is larger than
    the ink itself and cannot tell a binarised page from a grey one whose thin print is mostly
    anti-aliased fringe (a light copy of a card on A4: 1 % grey around 0.3 % black), so it counts
    only when it has less grey than black. At 1 % black alone, Q's six 1-bit card scans got none
    of the bilevel handling (3 fields of 27 fewer read)."""
    s = gray[::2, ::2]
    if s.size == 0:
        return False
    mid = np.count_nonzero((s > 48) & (s < 208)) / s.size
    dark = np.count_nonzero(s <= 48) / s.size
    return mid < MID_SHARE and (dark >= MIN_DARK or dark >= SPARSE_DARK and mid < dark)


def lone_dots(gray: np.ndarray) -> float:
    """The share of a bilevel page's black pixels that have at most two black neighbours of their
    eight: a dot standing (almost) alone. A thresholded page's ink is strokes — every pixel of one
    has stroke on two sides or more, and only the ends of broken hairlines stand alone (0.00–0.09
    over the thresholded faxes and 1-bit scans of K–ZZ); a dithered page (error diffusion, an
    ordered or a checkerboard screen) draws its grey print and its tints as scattered dots
    (0.2–0.97 over the dithered faxes and copies of R–AA)."""
    ink = (gray < 128).astype(np.uint8)
    k = int(np.count_nonzero(ink))
    if not k:
        return 0.0
    around = cv2.filter2D(ink, cv2.CV_16S, np.ones((3, 3), np.float32), borderType=cv2.BORDER_CONSTANT) - ink
    return float(np.count_nonzero((around <= 2) & (ink > 0))) / k


def is_dithered(gray: np.ndarray) -> bool:
    """Whether a bilevel page draws its print in dots (`lone_dots` ≥ DITHER_LONE)."""
    return lone_dots(gray) >= DITHER_LONE


def run_lengths(mask: np.ndarray, axis: int) -> np.ndarray:
    """For each pixel of a boolean mask, the length of the run of set pixels it lies in along
    `axis` (0: down its column, 1: along its row); 0 off the mask."""
    m = (mask if axis == 0 else mask.T).astype(bool)
    h, w = m.shape
    if m.size == 0:
        return np.zeros(mask.shape, np.int32)
    flat = m.T.ravel()  # one column after another
    start = flat.copy()
    start[1:] &= ~flat[:-1]
    start[::h] = flat[::h]  # a run never continues from one column into the next
    ids = np.cumsum(start, dtype=np.int32) * flat
    lengths = np.bincount(ids)
    lengths[0] = 0
    out = lengths[ids].reshape(w, h).T.astype(np.int32)
    return out if axis == 0 else out.T


def stroke_width(ink: np.ndarray) -> int:
    """The commonest width of the ink's horizontal runs (every 4th row): the text's vertical
    stroke width."""
    sample = ink[::4]
    v = run_lengths(sample, 1)[sample]
    v = v[(v > 0) & (v <= 40)]
    return int(np.bincount(v).argmax()) if v.size else 0


def _end_line(xs: np.ndarray, ys: np.ndarray, end: int, span: float) -> tuple[float, float, float]:
    """(slope, y, x) of a piece's line at its left (0) or right (1) end, fitted over `span` px."""
    x = float(xs.min() if end == 0 else xs.max())
    sel = xs <= x + span if end == 0 else xs >= x - span
    fx, fy = xs[sel].astype(float), ys[sel].astype(float)
    mx, my = fx.mean(), fy.mean()
    var = float(((fx - mx) ** 2).sum())
    if fx.max() - fx.min() < 6 or var <= 0:
        return 0.0, my, x
    a = float(((fx - mx) * (fy - my)).sum()) / var
    return a, my + a * (x - mx), x


def _straight(pieces: list, thick: int) -> bool:
    """Whether a chain's pixels all lie within a rule's half-thickness of one straight line: a
    ruled table's border does (it is drawn with a ruler), a guilloche hairline bends (its waves
    and rosettes leave it several pixels off any chord over a few text rows)."""
    xs = np.concatenate([p[2] for p in pieces]).astype(float)
    ys = np.concatenate([p[3] for p in pieces]).astype(float)
    fit = np.polyfit(xs, ys, 1)
    return float(np.abs(ys - np.polyval(fit, xs)).max()) <= 0.5 * thick + 1.5


def background_lines(gray: np.ndarray, row: float) -> np.ndarray:
    """Mask of the pixels of a bilevel page that belong to background hairlines (see the module's
    docstring); `row` is the height of the page's text rows in pixels."""
    ink = gray < 128
    none = np.zeros(gray.shape, bool)
    sw = stroke_width(ink)
    thick = int(0.6 * sw)
    if thick < 1 or row < 8:
        return none  # strokes too thin to tell a hairline from them
    thin = ink & (run_lengths(ink, 0) <= thick)
    reach = max(3, int(REACH_ROWS * row))
    kern = np.ones((2 * reach + 1, 3), np.uint8)
    ring = kern.copy()
    ring[max(0, reach - thick - 1):reach + thick + 2] = 0  # (a piece's own thickness is not "near")
    free = thin & ~(cv2.dilate(ink.astype(np.uint8), ring) > 0)  # nothing inked above or below
    joined = cv2.dilate(free.astype(np.uint8), np.ones((1, 5), np.uint8))
    n, lab, st, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    flat = (st[:, 2] >= 3) & (st[:, 3] <= 2 * thick + 3 + 0.05 * st[:, 2])
    flat[0] = False
    ys, xs = np.nonzero(flat[lab] & free)
    if xs.size == 0:
        return none
    labs = lab[ys, xs]
    order = np.argsort(labs, kind="stable")
    labs, ys, xs = labs[order], ys[order], xs[order]
    cuts = np.flatnonzero(np.diff(labs)) + 1
    pieces = [(int(px.min()), int(px.max()), px, py, _end_line(px, py, 0, row), _end_line(px, py, 1, row))
              for px, py in zip(np.split(xs, cuts), np.split(ys, cuts), strict=True) if px.size >= 3]
    if not pieces:
        return none
    pieces.sort(key=lambda p: p[0])
    lefts = np.array([p[0] for p in pieces])
    nxt = [-1] * len(pieces)
    prv = [-1] * len(pieces)
    for i, p in enumerate(pieces):
        a, y, x = p[5]
        lo, hi = np.searchsorted(lefts, [x - thick, x + GAP_ROWS * row + 1])
        best: tuple[float, int] | None = None
        for j in range(int(lo), int(hi)):
            if j == i or prv[j] != -1:
                continue
            _qa, qy, qx = pieces[j][4]
            gap = qx - x
            if abs(y + a * gap - qy) > 1.5 * thick + 1 + 0.02 * abs(gap):
                continue
            if best is None or gap < best[0]:
                best = (gap, j)
        if best is not None:
            nxt[i], prv[best[1]] = best[1], i
    remove = np.zeros(gray.shape, bool)
    for i in range(len(pieces)):
        if prv[i] != -1:
            continue
        chain = [i]
        while nxt[chain[-1]] != -1 and len(chain) <= len(pieces):
            chain.append(nxt[chain[-1]])
        span = pieces[chain[-1]][1] - pieces[chain[0]][0]
        longest = max(pieces[k][1] - pieces[k][0] for k in chain)
        if span < LONG_ROWS * row or longest < ANCHOR_ROWS * row:
            continue
        if span >= RULE_ROWS * row and _straight([pieces[k] for k in chain], thick):
            continue  # a printed rule (a table's border), not a background line
        for k in chain:
            remove[pieces[k][3], pieces[k][2]] = True
    # a removed pixel next to kept ink above or below stays (the end of a stroke it touched)
    near = cv2.dilate((ink & ~remove).astype(np.uint8), kern) > 0
    return remove & ~near


def drop_background_lines(image: np.ndarray, row: float) -> np.ndarray:
    """A copy of a bilevel page (BGR or grey) with its background hairlines painted white; the
    page itself when there are none."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    mask = background_lines(gray, row)
    if not mask.any():
        return image
    out = image.copy()
    out[mask] = 255
    return out


def soften_for_reread(image: np.ndarray, sigma: float) -> np.ndarray:
    """A bilevel page blurred by a Gaussian of `sigma` px: the grey a scanner saw before its
    threshold, roughly. A light face's strokes broken into dots by the threshold join again into
    faint strokes, which the recogniser (trained on grey print) reads; read this way a whole page
    loses as many fields as it gains, so the reader only looks in it for the fields the 1-bit
    reading left blank."""
    if sigma <= 0:
        return image
    return cv2.GaussianBlur(image, (0, 0), sigma)
