"""What the text detector looks at on a page it read little of (the recogniser keeps the page).

A photocopy or a copy of a copy is peppered with toner specks, one to a few pixels each, as dark
as the print. The detector reads a small row as text from the run of its strokes against the paper
around them; specks scattered between and beside the strokes break that run into noise, and the
detector's probability on a faded body row stays under its binarisation threshold (S's x0096: 6
boxes — the title, the credit code, the seal — and nothing of nine labelled rows). A 3×3 median takes
out a speck of a few pixels and keeps a stroke (a stroke is as long as several of its widths), so the
same page gives the detector its rows back (x0096: 17 boxes). The recogniser, though, reads the
page as it is: the median thins a faint Song face's hairlines, and a character read from the
despeckled crop lost its last stroke (`冷食类食品制` for 冷食类食品制售, read from a median page).
"""

from __future__ import annotations

import cv2
import numpy as np

DESPECKLE_KERNEL = 3  # the median's side: a speck of up to ~2×2 px goes, strokes stay


def despeckled(image: np.ndarray) -> np.ndarray:
    """The page as the detector should see it: specks out (a `DESPECKLE_KERNEL` median)."""
    return cv2.medianBlur(image, DESPECKLE_KERNEL)


PRINT_CORE = 0.4  # a print stroke's core: darker than this share of the way from the page's ink to its paper
PRINT_INK = 0.15  # ink at all: darker than the paper by this share of the page's contrast
PRINT_REACH = 5  # the side of the square around a core pixel whose lighter ink is still the print's (px)
PRINT_DARKEST = 0.3  # the page's ink: this percentile of its grey (a watermark can cover more of the page than the print)


# Where the detector saw the watermark's own lines, the watermark's ink sets what is print: ink darker than
# the watermark's darkest strokes (this percentile of the ink in its boxes) is print, however light beside the
# page's darkest ink. A licence photographed on a desk (ZY zy_0144) prints its title and credit code in a bold
# black face (the page's ink 43) and its rows in a thin Song face whose cores are 132–143 grey, under a
# watermark at 162+: the fixed share of the way from ink to paper (< 118) took the rows out with the watermark,
# and the re-read's detector saw the title and the credit code alone.
OVERLAY_DARKEST = 3.0
OVERLAY_INK_PX = 200  # … measured when the watermark's boxes hold at least this many ink pixels


def print_only(image: np.ndarray, overlay: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """The page with its light overlay taken out, as the detector should see it, and the share of
    the page's ink taken out. A copy's usage watermark (`仅供…使用`, grey, large, at an angle) is
    printed lighter than the document's print: the print's strokes have cores as dark as the page's
    ink, the watermark's strokes none. Where a watermark's line crosses a row of values, the
    detector sees one region at the watermark's angle and boxes neither (T t0011: name, type and
    operator unboxed, plainly legible). Ink within a stroke's reach of a dark core stays (a print
    character's lighter edges and hairlines); ink that is nowhere near one goes to paper. A page
    with no light overlay loses little (its ink is the print's), so the share tells a watermarked
    page from a clean one; the recogniser still reads the page as it is.

    `overlay`: where the watermark's lines lie (a mask of the page's shape, from the detector's slanted
    boxes): a stroke darker than the watermark's darkest there (`OVERLAY_DARKEST`) is print's core too."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    paper, ink = float(np.percentile(gray, 90)), float(np.percentile(gray, PRINT_DARKEST))
    if paper - ink < 40:
        return image, 0.0
    inked = gray < paper - PRINT_INK * (paper - ink)
    cut = ink + PRINT_CORE * (paper - ink)
    if OVERLAY_DARKEST and overlay is not None and overlay.shape == gray.shape:
        marked = gray[overlay & inked]
        if marked.size >= OVERLAY_INK_PX:
            cut = max(cut, float(np.percentile(marked, OVERLAY_DARKEST)))
    core = (gray < cut).astype(np.uint8)
    near = cv2.dilate(core, np.ones((PRINT_REACH, PRINT_REACH), np.uint8)) > 0
    gone = inked & ~near
    share = float(gone.sum()) / max(1, int(inked.sum()))
    out = gray.copy()
    out[gone] = int(paper)
    return (out if image.ndim == 2 else cv2.cvtColor(out, cv2.COLOR_GRAY2BGR)), share


WASHED_SHARE = 0.5  # a page's darkest ink: this percentile of its grey (and 100 − it, its paper)
WASHED_GAMMA = 2.0  # the stretched page's tones between ink and paper go through this gamma (light greys darker)


def _ink_and_paper(image: np.ndarray) -> tuple[float, float]:
    """The page's darkest ink and its paper: the WASHED_SHARE percentiles of its grey (every 4th pixel)."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    lo, hi = np.percentile(gray[::4, ::4], (WASHED_SHARE, 100.0 - WASHED_SHARE))
    return float(lo), float(hi)


def washed_out(image: np.ndarray, level: float) -> bool:
    """Whether no ink on the page is darker than `level` (its WASHED_SHARE percentile of grey): a
    page in a sleeve's haze, an overexposed frame, a light copy. Print on paper, photographed or
    scanned, has stroke cores far under 100 even in a light face; a page without them is washed out."""
    lo, hi = _ink_and_paper(image)
    return lo >= level and hi - lo >= 20


def washed_stretched(image: np.ndarray) -> np.ndarray:
    """A washed-out page with its tones stretched from its darkest ink (→ black) to its paper
    (→ white), through WASHED_GAMMA (light greys darker): V's v0088, a 食品经营许可证 in a plastic
    sleeve whose grey labels lie 20 levels under the paper, gets its labels boxed (session 20,
    vcapture: 1 → 8 of 9 fields when the page was read this way instead — but a whole reading so
    replaced lost fields on other pages, so the reader only fills blanks from it)."""
    lo, hi = _ink_and_paper(image)
    if hi - lo < 20:
        return image
    lut = (np.clip((np.arange(256, dtype=np.float32) - lo) / (hi - lo), 0.0, 1.0) ** WASHED_GAMMA * 255).astype(np.uint8)
    return cv2.LUT(image, lut)


ROW_INK_SHARE = 1.0  # a row's stroke cores: this percentile of the grey inside its box (print covers 10–30 % of a
# row's box, its anti-aliased edges most of that: at 5 % a clean flatbed's serif rows measured 140–160, at 1 % 16–118)
ROW_SMALL = 1.3  # a row of the body: no taller than this many times the rows' median height (a title is 2–4×)
ROW_COUNT = 5  # rows needed to speak of the body's print at all


def body_ink(image: np.ndarray, boxes: list[tuple[float, float, float, float]]) -> float | None:
    """The grey of the body's stroke cores: the median over the page's small rows (`boxes`, page
    pixels) of each row's darkest ink (its ROW_INK_SHARE percentile). A copier renders a stroke's
    density by its width — its optics and toner transfer spread a thin stroke's ink over the paper
    around it, a broad stroke keeps a black core — so a light copy, or a copy of a copy, keeps its
    bold title and seal black while its small print fades to grey (ZL zl_0131: the title at 0, the
    rows' cores at 150–200 on 250 paper). `washed_out` judges the page by its darkest ink and never
    sees such a page; the body's rows tell it. None when fewer than ROW_COUNT rows."""
    if len(boxes) < ROW_COUNT:
        return None
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    tall = float(np.median([y2 - y1 for _, y1, _, y2 in boxes]))
    cores = []
    for x1, y1, x2, y2 in boxes:
        if y2 - y1 > ROW_SMALL * tall:
            continue
        cell = gray[max(0, int(y1)):int(y2) + 1, max(0, int(x1)):int(x2) + 1]
        if cell.size:
            cores.append(float(np.percentile(cell, ROW_INK_SHARE)))
    return float(np.median(cores)) if len(cores) >= ROW_COUNT else None


UNBOXED_DEPTH = 20  # grey levels under the paper that count as ink where no box was read
UNBOXED_PAD = 0.25  # a read box's own margin (share of its height): ink there is the box's row
UNBOXED_SPECK = 0.015  # an ink piece of at most this share of a row height squared is a speck, not a stroke
UNBOXED_DENSITY = 0.04  # a run of print: this share of a window a row high and half a row wide inked, or more …
UNBOXED_HEIGHT = (0.6, 1.6)  # … this many times the read rows' median height, at least and at most …
UNBOXED_LONG = 2.5  # … and at least this many times as wide as high (a run of characters, not one blot)
UNBOXED_ROWS = 2  # unboxed runs needed to speak of print the detector missed
UNBOXED_SHARE = 10.0  # a run's print: this percentile of its ink's grey (a faded stroke's body, not its darkest speck)


def unboxed_ink(image: np.ndarray, boxes: list[tuple[float, float, float, float]]) -> float | None:
    """The grey of the print the detector left unboxed: the median, over the runs of characters lying
    outside every read box (rows of the read rows' height, several characters long), of each run's
    print (its ink's UNBOXED_SHARE percentile). A copy of a copy keeps one part of its print dark and
    fades another — the grey labels (W zw_108: values at 100–120, labels at 180–200 and broken) or the
    small Song values under dark 黑体 labels (zw_129) — and the detector boxes the dark part alone:
    `body_ink`, measured where the boxes are, never sees the faded part. The runs are found on the
    ink outside the boxes with specks taken out, as a window's ink density (a faded character is
    broken into pieces that touch nothing). None when fewer than UNBOXED_ROWS runs (a page whose
    print is all boxed; a speck, a seal's ring, a QR code or a lone character makes no run)."""
    if len(boxes) < ROW_COUNT:
        return None
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    tall = float(np.median([y2 - y1 for _, y1, _, y2 in boxes]))
    if tall < 6:
        return None
    paper = float(np.percentile(gray[::4, ::4], 90))
    ink = (gray < paper - UNBOXED_DEPTH).astype(np.uint8)
    for x1, y1, x2, y2 in boxes:
        pad = UNBOXED_PAD * min(y2 - y1, 2 * tall)
        ink[max(0, int(y1 - pad)):max(0, int(y2 + pad) + 1), max(0, int(x1 - pad)):max(0, int(x2 + pad) + 1)] = 0
    n, lab, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    speck = np.zeros(n, bool)
    speck[1:] = stats[1:, cv2.CC_STAT_AREA] <= UNBOXED_SPECK * tall * tall
    ink[speck[lab]] = 0
    density = cv2.boxFilter(ink.astype(np.float32), -1, (int(tall), max(3, int(0.5 * tall))))
    n, _, stats, _ = cv2.connectedComponentsWithStats((density > UNBOXED_DENSITY).astype(np.uint8), connectivity=8)
    prints = []
    for x, y, w, h in stats[1:, :4]:
        if not UNBOXED_HEIGHT[0] * tall <= h <= UNBOXED_HEIGHT[1] * tall or w < UNBOXED_LONG * h:
            continue
        cell = gray[y:y + h, x:x + w][ink[y:y + h, x:x + w] > 0]
        if cell.size:
            prints.append(float(np.percentile(cell, UNBOXED_SHARE)))
    return float(np.median(prints)) if len(prints) >= UNBOXED_ROWS else None


FADED_CORE = 0.5  # where a faded body's stroke cores land between black and paper before WASHED_GAMMA (0.5 → grey 64):
# stretched to black itself (zl_0131, cores at 181) its rows' lighter strokes went to paper and read 0.89–0.94
# with a misread (`自沙镇`); at a quarter grey the rows read whole


def faded_stretched(image: np.ndarray, ink: float) -> np.ndarray:
    """A page whose body print is faded (`body_ink`) with its tones stretched so that print's cores
    land at FADED_CORE of the way from black to its paper, through WASHED_GAMMA (as `washed_stretched`
    stretches a washed-out page from its darkest ink): the bold title saturates, the grey rows get
    the contrast the detector needs and keep their lighter strokes."""
    _, hi = _ink_and_paper(image)
    if hi - ink < 20:
        return image
    lo = (ink - FADED_CORE * hi) / (1.0 - FADED_CORE)
    lut = (np.clip((np.arange(256, dtype=np.float32) - lo) / (hi - lo), 0.0, 1.0) ** WASHED_GAMMA * 255).astype(np.uint8)
    return cv2.LUT(image, lut)


DIM_LIFT = 235.0  # a dim page's paper is lifted to this grey (a lit page's paper photographs at 235–250)
DIM_REACH = 40  # the light's scale: the paper around a pixel within 1/DIM_REACH of the page's short side (rows of print are 1–3 % of it)


def paper_level(image: np.ndarray) -> float:
    """The page's paper: the 90th percentile of its grey (every 4th pixel); print covers far less."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    return float(np.percentile(gray[::4, ::4], 90))


def light_divided(image: np.ndarray) -> np.ndarray:
    """The page with the light that fell on it divided out: each pixel over its paper's local level
    (the grey's local maximum over print, smoothed, `DIM_REACH`), scaled so paper is `DIM_LIFT`. A page
    photographed in a dim room (a desk lamp, a dusk window) reaches the text detector with paper at
    80–150 grey and its thin print 20–40 levels under it, often falling off across the sheet; the
    detector's fixed input normalisation sees too little contrast there and boxes only the bold
    labels (ZL zl_0094, paper ~120: 17 boxes, the values of 8 of 9 fields unboxed; lit so, 26).
    Dividing keeps the print's contrast relative to its own paper, as a lit page has it."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    k = max(15, min(gray.shape[:2]) // DIM_REACH) | 1
    # (the noise smoothed first: a maximum over raw sensor noise takes its peaks for the paper)
    paper = cv2.dilate(cv2.GaussianBlur(gray, (0, 0), 2.0), cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    paper = cv2.GaussianBlur(paper.astype(np.float32), (0, 0), k)
    gain = DIM_LIFT / np.maximum(paper, 16.0)
    out = image.astype(np.float32) * (gain if image.ndim == 2 else gain[..., None])
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
