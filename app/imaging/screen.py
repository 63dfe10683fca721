"""Photos of a document shown on a screen (a scan on a monitor or a phone, photographed at the window).

A colour display lights each point of the page with one of its red, green or blue sub-pixels; the
camera samples that grid at a slightly different pitch, so the paper comes out as fine, strongly
coloured stripes and curved moiré fringes. The grey the recogniser reads (a weighted mean of the
channels) then oscillates across the paper about as strongly as thin print does: the detector loses
light value rows and the recogniser garbles what it keeps. Black print stays dark in every channel,
while a point of paper is bright in at least one channel: the brightest channel per pixel is the
paper's envelope with the print still in it (`descreen`).

Detected cheaply on the flattened page (`screen_pattern`): colour that changes from pixel to pixel
on the paper. Printed paper, a photocopy, a desk's or a tablecloth's pattern (outside the page) and a
red seal (its colour is the same over many pixels) have little of it; the sub-pixel grid has a lot,
everywhere on the lit paper.

A phone's finer grid, photographed from further away, beats with the camera's pixels into broad
bands instead (`band_pattern`): pastel pink, green and blue stripes 10–30 px apart, each smooth from
pixel to pixel, so the measure above misses them (family M's phones: 0.96–2.1, under 3.0). They are
measured on the paper alone, at least 4 px away from print (the colour fringes a JPEG draws around
black print on tinted paper — an ID card back's large title — look like bands too), as the colour a
blur of σ 6 px removes.

Both measures are magnitudes, and a dim phone photo's sensor grain is colour that changes from pixel
to pixel too: family ZD's low-light phones and noisy desk and 高拍仪 photos of paper measured
`screen_pattern` 7.7–11.6 (and beat `band_pattern` 3.1–5.3), past any real screen there, so 13 of its
150 pages are read as screens. They are read through `descreen` still — measured, the brightest
channel reads a warm dim photo better than its grey (those 13 pages 35.8 % exact without it, 46.3 %
with it; zd0150, a low-light ID card, is found at all only so) — but the clerk must not be told of a
screen there. A display's grid is periodic and grain is not (`display_grid`): in a tile's spectrum the
grid's colour sits in a few frequencies, grain spreads over all of them.
"""

from __future__ import annotations

import cv2
import numpy as np

SCREEN_PATTERN = 3.0  # colour change per pixel (grey levels) above which a page is a photographed screen
SCREEN_MIN_SIDE = 320  # pages smaller than this are not judged (a tile would hold a seal or a margin)
TILE = 96  # side of the sampled tiles (pixels of the flattened page, at its own resolution)
GRID = 3  # tiles per side, spread over the middle 60 % of the page
BAND_PATTERN = 3.1  # colour change of the bare paper over a few pixels above which the paper shows beat bands
BAND_SIGMA = 6.0  # (σ of the blur they are measured against: bands up to ~30 px apart)
PRINT_CLEARANCE = 9  # paper pixels counted are the centre of a 9×9 square of bright paper (4 px from print)
DISPLAY_CAST = 22.0  # blue over red (grey levels) of a page's lit paper above which it is a display's white …
DISPLAY_LEVEL = 240.0  # … when that paper is this bright (its brightest channel): lit, not a dim cool photo
DISPLAY_LIT = 60.0  # (the lit paper: the page's pixels at or above this percentile of the brightest channel)
PERIODIC_SHARE = 0.5  # share of a tile's colour power in its strongest frequencies (PERIODIC_TOP) above which the
# colour is a grid: photographed screens 0.71–0.998 (drawn in tests/prefill/test_screen_photos at
# pitches 3.1–6 px and beats 12–30 px, ZE's screen photos), ZD's sensor grain 0.10–0.31
PERIODIC_TOP = 0.01  # (those frequencies: this share of the tile's pixel count, of its half-spectrum)
TILE_RANK = 3  # the page's value is that of its 3rd most patterned tile (a phone shows the page between
# black bars, so part of the tiles fall on the bars; a single tile can be a seal's edge)


def _chroma_top(tile: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A tile's colour (each channel minus the pixel's grey) and its brightest channel, as float32.
    (The brightest channel is an elementwise maximum: numpy's `max(axis=2)` over a 3-long axis
    gives the same values at ten times the CPU.)"""
    f = tile.astype(np.float32)
    chroma = f - cv2.cvtColor(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    return chroma, np.maximum(np.maximum(f[..., 0], f[..., 1]), f[..., 2])


def _channel_mean(a: np.ndarray) -> np.ndarray:
    """`a.mean(axis=2)` of a float32 H×W×3 array, bit for bit ((a0 + a1) + a2, then / 3 in float32),
    without numpy's slow reduction over a 3-long axis."""
    return (a[..., 0] + a[..., 1] + a[..., 2]) / np.float32(3)


def _tile_pattern(tile: np.ndarray) -> float:
    """Mean colour (each channel minus the pixel's grey) that a blur of σ 2 px removes, on the brighter
    half of the tile (the lit paper, not the print)."""
    return _pattern(*_chroma_top(tile))


def _pattern(chroma: np.ndarray, top: np.ndarray) -> float:
    fine = _channel_mean(np.abs(_fine(chroma)))
    lit = top >= np.percentile(top, 50)
    return float(fine[lit].mean()) if lit.any() else 0.0


def _fine(chroma: np.ndarray) -> np.ndarray:
    """A tile's colour less what a blur of σ 2 px keeps: its pixel-to-pixel part."""
    return chroma - cv2.GaussianBlur(chroma, (0, 0), 2.0)


def _banded(chroma: np.ndarray) -> np.ndarray:
    """A tile's colour less what a blur of σ BAND_SIGMA keeps: bands up to ~30 px apart."""
    return chroma - cv2.GaussianBlur(chroma, (0, 0), BAND_SIGMA)


def _periodic(sig: np.ndarray) -> float:
    """How much of `sig`'s power (H×W×3) sits in its strongest frequencies (PERIODIC_TOP of the
    tile's pixel count, of the half-spectrum a real signal has), per channel, averaged: near 1 for a
    grid or its beat bands, a few tenths at most for noise. (A Hann window keeps the tile's edges
    from reading as frequencies.)"""
    h, w = sig.shape[:2]
    win = np.outer(np.hanning(h), np.hanning(w)).astype(np.float32)
    keep = max(1, int(h * w * PERIODIC_TOP))
    shares = []
    for c in range(sig.shape[2]):
        a = sig[..., c] - sig[..., c].mean()
        power = (np.abs(np.fft.rfft2(a * win)) ** 2).ravel()
        power[0] = 0.0
        total = float(power.sum())
        shares.append(float(np.partition(power, power.size - keep)[-keep:].sum()) / total if total > 0 else 0.0)
    return float(np.mean(shares))


def _tile_bands(tile: np.ndarray) -> float:
    """Mean colour (each channel minus the pixel's grey) that a blur of σ BAND_SIGMA removes, on the
    tile's bare paper: bright (in its brightest channel) and PRINT_CLEARANCE away from anything darker."""
    return _bands(*_chroma_top(tile))


def _bands(chroma: np.ndarray, top: np.ndarray) -> float:
    bright = (top >= 0.85 * np.percentile(top, 90)).astype(np.uint8)
    paper = cv2.erode(bright, np.ones((PRINT_CLEARANCE, PRINT_CLEARANCE), np.uint8)) > 0
    if paper.sum() < 200:
        return 0.0
    bands = _channel_mean(np.abs(_banded(chroma)))
    return float(bands[paper].mean())


def _tiles(page: np.ndarray) -> list[np.ndarray]:
    """The GRID × GRID tiles a page is judged on (none for grey pages and small pages)."""
    if page.ndim != 3 or page.shape[2] != 3 or min(page.shape[:2]) < SCREEN_MIN_SIDE:
        return []
    h, w = page.shape[:2]
    out = []
    for i in range(GRID):
        for j in range(GRID):
            cy, cx = int(h * (0.2 + 0.6 * i / (GRID - 1))), int(w * (0.2 + 0.6 * j / (GRID - 1)))
            y0, x0 = max(0, cy - TILE // 2), max(0, cx - TILE // 2)
            out.append(page[y0:y0 + TILE, x0:x0 + TILE])
    return out


def _rank(values: list[float]) -> float:
    """The TILE_RANK-th largest value (0 when there are fewer)."""
    values = sorted(values, reverse=True)
    return values[TILE_RANK - 1] if len(values) >= TILE_RANK else 0.0


def screen_pattern(page: np.ndarray) -> float:
    """How strongly the page shows a display's sub-pixel grid (0 for grey pages and small pages)."""
    return _rank([_tile_pattern(t) for t in _tiles(page)])


def band_pattern(page: np.ndarray) -> float:
    """How strongly the page's bare paper shows a display's grid beaten into broad colour bands."""
    return _rank([_tile_bands(t) for t in _tiles(page)])


def is_screen_photo(page: np.ndarray) -> bool:
    """`screen_pattern(page) >= SCREEN_PATTERN or band_pattern(page) >= BAND_PATTERN`, each tile's
    colour and brightest channel taken once for both."""
    parts = [_chroma_top(t) for t in _tiles(page)]
    return _rank([_pattern(*p) for p in parts]) >= SCREEN_PATTERN or _rank([_bands(*p) for p in parts]) >= BAND_PATTERN


def display_grid(page: np.ndarray) -> bool:
    """Whether the pixel-to-pixel colour or the beat bands `is_screen_photo` measured are periodic (a
    display's grid: `_periodic` at PERIODIC_SHARE or more on the TILE_RANK-th tile, for either) —
    not a dim photo's sensor grain. Asked only of a page `is_screen_photo` took: on paper with no
    colour to speak of, the share of next to nothing means nothing."""
    chromas = [_chroma_top(t)[0] for t in _tiles(page)]
    return (_rank([_periodic(_fine(c)) for c in chromas]) >= PERIODIC_SHARE
            or _rank([_periodic(_banded(c)) for c in chromas]) >= PERIODIC_SHARE)


def display_white(page: np.ndarray) -> bool:
    """Whether the page's paper is a display's cold white: its lit part (the brightest 40 % by the
    brightest channel) at DISPLAY_LEVEL or more and bluer than red by DISPLAY_CAST. A phone's camera
    balances its white for the room's light, and a monitor or phone screen in the photo shines at
    its own far colder white (6500 K and over), so the page shown on it comes out blue; paper lit by
    the room comes out neutral (a licence photographed on a desk: blue over red 0–10). Family S's
    photographed screens show no sub-pixel grid or beat bands at all (`screen_pattern` 0.3–0.5,
    `band_pattern` 0.4–2.3: blurred past them) but a cast of 24–37. (An ID card's printed
    background is blue as well: callers leave card pages out.)"""
    if page.ndim != 3 or page.shape[2] != 3 or min(page.shape[:2]) < SCREEN_MIN_SIDE:
        return False
    small = page[::4, ::4]
    top = np.maximum(np.maximum(small[..., 0], small[..., 1]), small[..., 2])
    lit = top >= np.percentile(top, DISPLAY_LIT)
    if not lit.any() or float(np.median(top[lit])) < DISPLAY_LEVEL:
        return False
    return float(np.median(small[..., 0][lit])) - float(np.median(small[..., 2][lit])) >= DISPLAY_CAST


def descreen(image: np.ndarray) -> np.ndarray:
    """The brightest channel of each pixel, as a grey BGR image: a lit sub-pixel of any colour is
    paper, print is dark in all three. (Blurring it further, σ 1 px, was measured on photographed
    phones: fewer fields read and more wrong — a phone's print is about as fine as its grid.)"""
    if image.ndim != 3:
        return image
    b, g, r = cv2.split(image)
    return cv2.cvtColor(cv2.max(cv2.max(b, g), r), cv2.COLOR_GRAY2BGR)


# A monitor photographed close: the camera resolves the panel's own pixels (R, G and B stripes side by
# side, the dark gaps between them), 2.6–4.7 camera pixels a panel pixel (family ZP's `screen` photos,
# the median of the tiles' strongest periods on the channel mean of their flattened pages). The brightest channel (`descreen`) keeps that
# lattice — a gap is dark in all three channels, and which sub-pixel falls on a camera pixel beats with
# the camera's grid into broad fringes — and the detector then finds one row or none on the page, its
# 30 px title included. Averaged over one panel pixel, the three channels give back the panel's own
# grey: each white panel pixel lights R, G and B.
LATTICE_MIN_PERIOD = 2.5  # a panel pixel at least this many camera pixels (a phone's finer grid, ~2 px and under, is left to `descreen`)
LATTICE_MAX_PERIOD = 8.0  # … and at most this many (coarser periodic grey is print: a table's rules, a guilloche)
LATTICE_SHARE = 0.5  # share of a tile's grey power (DC out) in its PERIODIC_TOP strongest frequencies at periods under
# LATTICE_MAX_PERIOD above which a periodic grid, not the print or a dim photo's grain, makes the tile: ZP's screens
# 0.5–0.95 on 6–9 of their 9 tiles; paper (a drawn card) ≤ 0.14, a dim photo's colour grain (drawn; ZQ's noisy
# `screen_photo` pages) ≤ 0.15; 217 screen/chat pages of X, ZC–ZO: 6 pages with 3 tiles or more
LATTICE_SIGMA = 0.5  # σ of the low-pass, in panel pixels: the lattice's fundamental kept at exp(-2π²·0.25) ≈ 0.7 %


def _tile_lattice(tile: np.ndarray) -> tuple[float, float]:
    """A tile's strongest period (camera pixels, on its channel mean) among those under
    LATTICE_MAX_PERIOD, and the share of the tile's power in the PERIODIC_TOP strongest of those
    frequencies: near 1 for a lattice, low for print (its power is at longer periods) and for grain
    (spread over every frequency)."""
    f = tile.astype(np.float32)
    grey = _channel_mean(f)
    h, w = grey.shape
    win = np.outer(np.hanning(h), np.hanning(w)).astype(np.float32)
    power = np.abs(np.fft.rfft2((grey - grey.mean()) * win)) ** 2
    power[0, 0] = 0.0
    radius = np.hypot(np.fft.fftfreq(h)[:, None], np.fft.rfftfreq(w)[None, :])
    fine = radius > 1.0 / LATTICE_MAX_PERIOD
    total = float(power.sum())
    if total <= 0.0:
        return 0.0, 0.0
    fine_power = np.where(fine, power, 0.0)
    peak = np.unravel_index(int(np.argmax(fine_power)), power.shape)
    keep = max(1, int(h * w * PERIODIC_TOP))
    top = float(np.partition(fine_power.ravel(), fine_power.size - keep)[-keep:].sum())
    return 1.0 / float(radius[peak]), top / total


def lattice_period(page: np.ndarray, tiles: int = TILE_RANK, least: float = LATTICE_MIN_PERIOD) -> float:
    """The period (camera pixels) of a panel's pixel lattice the photo resolves over the page, 0.0 when
    there is none: the median strongest period of the tiles whose fine power is LATTICE_SHARE or
    more, when at least `tiles` tiles are such and that period is `least` or more."""
    found = [_tile_lattice(t) for t in _tiles(page)]
    periods = [p for p, share in found if share >= LATTICE_SHARE]
    if len(periods) < tiles:
        return 0.0
    period = float(np.median(periods))
    return period if period >= least else 0.0


def delattice(image: np.ndarray, period: float) -> np.ndarray:
    """The page as the panel showed it: the channel mean low-passed over the lattice's period (σ
    LATTICE_SIGMA of it), stretched to the full grey range (a lit panel pixel's mean is a third of
    its brightest sub-pixel), as a grey BGR image."""
    grey = _channel_mean(image.astype(np.float32)) if image.ndim == 3 else image.astype(np.float32)
    smooth = cv2.GaussianBlur(grey, (0, 0), LATTICE_SIGMA * period)
    out = cv2.normalize(smooth, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return cv2.cvtColor(out, cv2.COLOR_GRAY2BGR)


# The lattice's fringes are not one frequency over the page: the panel is seen at an angle and the lens
# bends it, so the stripes' pitch and direction drift from one part of the page to the next (ZT zt0148,
# ZU zu_0100: in the whole page's spectrum the lattice is a broad smear, not a peak). Within a patch a
# few panel pixels across they are one grating: a handful of frequencies far above the patch's other
# power at that radius, while print's strokes spread theirs over every direction. Taking those peaks
# out patch by patch leaves the print as sharp as photographed; a low-pass over a panel pixel
# (`delattice`) blurs 12 px print with the lattice (the detector found the title alone on both pages).
DEMOIRE_TILE = 64  # side of the patches (camera pixels; overlapping by half, Hann-windowed)
DEMOIRE_PEAK = 4.0  # a frequency this many times the patch's median magnitude at its radius is the lattice's …
DEMOIRE_MIN_PERIOD = 2.0  # … among periods from this (the camera's Nyquist) …
DEMOIRE_MAX_PERIOD = LATTICE_MAX_PERIOD  # … to this (a coarser period is print: rows, a character's pitch)
DEMOIRE_STRETCH = (0.5, 99.5)  # percentiles of the cleaned grey stretched to black and white


def demoire(image: np.ndarray) -> np.ndarray:
    """The page as the panel showed it, as a grey BGR image: the channel mean (each lit panel pixel's
    stripes averaged to its grey) with the lattice's fringes taken out patch by patch — in each
    DEMOIRE_TILE patch, a frequency with a period of DEMOIRE_MIN_PERIOD…DEMOIRE_MAX_PERIOD whose
    magnitude is DEMOIRE_PEAK times the patch's median at that radius or more is brought down to
    that median (its phase kept) — then stretched between the DEMOIRE_STRETCH percentiles (the mean
    of a lit pixel's stripes is a third of its brightest). A patch of paper or print has no such
    peak and passes unchanged."""
    grey = _channel_mean(image.astype(np.float32)) if image.ndim == 3 else image.astype(np.float32)
    h, w = grey.shape
    t, step = DEMOIRE_TILE, DEMOIRE_TILE // 2
    if min(h, w) < t:
        return image if image.ndim == 3 else cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    # (padded by half a patch all round, so every pixel lies under two patches each way)
    pad_b, pad_r = step + (-(h + step) % step), step + (-(w + step) % step)
    g = cv2.copyMakeBorder(grey, step, pad_b, step, pad_r, cv2.BORDER_REFLECT)
    ny, nx = (g.shape[0] - t) // step + 1, (g.shape[1] - t) // step + 1
    win = np.outer(np.hanning(t), np.hanning(t)).astype(np.float32)
    root = np.sqrt(win)  # (analysis and synthesis each take a square root of the Hann window)
    tiles = np.lib.stride_tricks.sliding_window_view(g, (t, t))[::step, ::step][:ny, :nx].reshape(-1, t, t)
    means = tiles.mean(axis=(1, 2), keepdims=True)
    spec = np.fft.rfft2((tiles - means) * root, axes=(1, 2))
    mag = np.abs(spec)
    radius = np.hypot(np.fft.fftfreq(t)[:, None], np.fft.rfftfreq(t)[None, :])
    band = (radius >= 1.0 / DEMOIRE_MAX_PERIOD) & (radius <= 1.0 / DEMOIRE_MIN_PERIOD)
    ring = np.rint(radius * t).astype(int)
    ref = np.zeros_like(mag)
    for r in np.unique(ring[band]):
        sel = band & (ring == r)
        ref[:, sel] = np.median(mag[:, ring == r], axis=1)[:, None]
    peak = band[None] & (mag > DEMOIRE_PEAK * ref)
    spec *= np.where(peak, ref / np.maximum(mag, 1e-6), 1.0)
    back = (np.fft.irfft2(spec, s=(t, t), axes=(1, 2)) * root + means * win).reshape(ny, nx, 2, step, 2, step)
    # (overlap-add: each step × step block of the padded page lies under the four quarters of the
    # patches around it; the Hann windows of those quarters sum to the weight divided out)
    out = np.zeros((ny + 1, nx + 1, step, step), np.float32)
    weight = np.zeros((2, 2, step, step), np.float32)
    quarters = win.reshape(2, step, 2, step)
    for a in (0, 1):
        for b in (0, 1):
            out[a:a + ny, b:b + nx] += back[:, :, a, :, b, :]
            weight[a, b] = quarters[a, :, b, :]
    total = weight.sum(axis=(0, 1))
    # (an inner block's four quarters sum to `total`; the padded border's blocks have fewer, but are cut away)
    page = (out / np.maximum(total, 1e-6)).transpose(0, 2, 1, 3).reshape((ny + 1) * step, (nx + 1) * step)
    clean = page[step:step + h, step:step + w]
    lo, hi = np.percentile(clean, DEMOIRE_STRETCH)
    flat = np.clip((clean - lo) * (255.0 / max(1.0, float(hi - lo))), 0, 255).astype(np.uint8)
    return cv2.cvtColor(flat, cv2.COLOR_GRAY2BGR)
