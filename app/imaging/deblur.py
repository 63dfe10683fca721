"""Pages smeared by the camera's motion (a phone moved while the shutter was open): every point of
the page is drawn as a short straight streak, the same length and direction all over the page.

Why it matters: a streak of 6–10 px along a row runs a character's strokes into its neighbours'
and washes a licence's light grey labels into the paper; the detector finds the large title and
a few dark values, the labels go unread and the whole page is left blank (S's x0062: 0 of 8
fields). Unlike defocus, a straight smear is undone well: its spectrum is a sinc with regular
zeros, and a Wiener filter with the streak as its kernel brings the strokes back (x0062 read
5 of 8 fields after it).

How the smear is found: the cepstrum (inverse transform of the log power spectrum) of a page
smeared along a line of length L holds a deep negative peak at distance L in the smear's
direction — the sinc's zeros repeat every 1/L — and nothing as deep elsewhere. It is averaged
over a few windowed tiles from the middle of the page. What else makes such a peak, measured
over S's 150 pages: a copier's dither and a scan enlarged by a whole factor (nearest neighbour)
make exact 4 or 8 px periods along a pixel axis; a hand's smear runs along no pixel axis exactly,
so a peak straight along a row or a column is not taken (an exactly horizontal smear is missed,
the price of never deconvolving a copy's dither). Checked only on pages the quality gate finds
soft (`sharpness`), by the reader.

A smear is not always a streak: a phone's multi-frame capture (night and HDR modes merge several
short exposures, aligned only where the scene holds still enough) leaves a hand's motion as a few
discrete copies of the page. The cepstrum measures only where the smear's spectrum has its zeros,
and three copies spanning a streak's length have the same zeros as the streak in the band that
carries the strokes (their response is the streak's with sin(x) for x); past that band the
streak's response keeps falling and the copies' comes back up to 1 at their spacing. A streak's
filter on copies amplifies what they never took away, and the strokes ring into ghosts (ZJ's
shaken photos: 24 of 45 fields read through it, 29 undone as copies). Which of the two a page holds shows right
there: at the copies' own frequency (3 / length) the page keeps as much detail along the smear as
across it after copies, and almost none after a streak (`copies_kept`).
"""

from __future__ import annotations

import cv2
import numpy as np

TILE = 256  # side of the cepstrum's tiles (px; smaller on a small page)
TILES = 8  # at most this many tiles, from the middle of the page (8 of 256 px: ~9 ms; 4 of 512: ~30 ms)
MIN_LEN = 7.0  # a smear shorter than this (px) is left alone (the recogniser reads through it: P's and O's
# phone pages with 5–6.4 px peaks read 24 of 24 fields either way, deconvolved at +30 % CPU)
MAX_LEN = 30.0  # … and one longer is not looked for
MIN_DEPTH = 6.5  # the peak must lie this many standard deviations under the cepstrum's median there
MIN_PEAK = 0.01  # … and be at least this deep (x0062's smear 0.017; a copier's dither at 5 px 0.0045)
NSR = 0.01  # the Wiener filter's noise-to-signal ratio (x0062: 0.01 and 0.03 read alike)
COPIES = 3  # a smear left as copies is undone as this many copies spanning its length. ZJ's six shaken photos
# (three copies each): 29 of 45 fields read with 3, 27 with 4, 23 with 2, 24 with the streak's filter; 0 wrong each
COPIES_KEPT = -0.6  # … when the page's log detail along the smear at 3 / length is at most this under the detail
# across it (`copies_kept`; ZJ's six copies −0.51…+0.26, ZF's thirteen streaks −1.84…−0.12, four of them above
# this and read the same or better as copies — zf0114 +3 fields —, the three ZF streaks read worse as copies
# −0.74…−1.27; a streak's own response there is ~0.1, −2.3, lifted towards 0 by the sensor's noise)
COPIES_WEDGE = np.radians(12)  # the directions around the smear's (and across it) that count


def _tiles(h: int, w: int, n: int) -> list[tuple[int, int]]:
    """Top-left corners of up to TILES half-overlapping n×n tiles nearest the page's middle."""
    ys = range(0, h - n + 1, n // 2)
    xs = range(0, w - n + 1, n // 2)
    cy, cx = h / 2, w / 2
    corners = sorted(((y, x) for y in ys for x in xs),
                     key=lambda p: (p[0] + n / 2 - cy) ** 2 + (p[1] + n / 2 - cx) ** 2)
    return corners[:TILES]


def _log_spectrum(gray: np.ndarray) -> np.ndarray | None:
    """The page's log power spectrum averaged over up to TILES windowed tiles from its middle (DC at
    [0, 0]); None on a page too small for a tile."""
    h, w = gray.shape[:2]
    n = TILE
    while n > 64 and (h < n or w < n):
        n //= 2
    if h < n or w < n:
        return None
    win = np.outer(np.hanning(n), np.hanning(n)).astype(np.float32)
    acc = np.zeros((n, n), np.float32)
    corners = _tiles(h, w, n)
    for y, x in corners:
        t = gray[y:y + n, x:x + n].astype(np.float32) / 255.0
        t = (t - t.mean()) * win
        spec = cv2.dft(t, flags=cv2.DFT_COMPLEX_OUTPUT)
        acc += np.log(cv2.magnitude(spec[..., 0], spec[..., 1]) + 1e-3)
    return acc / len(corners)


def smear_peak(gray: np.ndarray, spectrum: np.ndarray | None = None) -> tuple[int, int, float, float] | None:
    """(dy, dx, peak, depth) of the deepest point of the page's cepstrum between MIN_LEN and
    MAX_LEN px from its origin, after a 3×3 mean (a smear's peak falls between the pixels and is
    spread over a few of them, a screen's or a dither's period is one sharp pixel); depth in
    standard deviations under the median of that ring. None on a page too small for a tile."""
    acc = _log_spectrum(gray) if spectrum is None else spectrum
    if acc is None:
        return None
    n = acc.shape[0]
    # (the log spectrum is real: the real part of its forward transform is its inverse's, scaled)
    cep = cv2.dft(acc, flags=cv2.DFT_SCALE | cv2.DFT_COMPLEX_OUTPUT)[..., 0]
    cep = cv2.blur(np.fft.fftshift(cep), (3, 3))
    c = n // 2
    yy, xx = np.mgrid[-c:c, -c:c]
    r = np.hypot(yy, xx)
    ring = (r >= MIN_LEN) & (r <= MAX_LEN)
    vals = np.where(ring, cep, np.inf)
    iy, ix = np.unravel_index(int(np.argmin(vals)), vals.shape)
    peak = float(cep[iy, ix])
    around = cep[ring]
    return int(iy) - c, int(ix) - c, peak, (float(np.median(around)) - peak) / (float(around.std()) + 1e-9)


def copies_kept(spectrum: np.ndarray, length: float, angle: float) -> float:
    """The page's mean log detail along the smear minus across it, at the frequency of COPIES copies
    spanning `length` (3 / length cycles a px, ± half a copy's step): about 0 when the smear is a
    few copies (their response comes back to 1 there), far under it for a streak (its response
    there is a zero between small lobes). Across the smear nothing was taken, and it stands at
    the same angle to the print's rows and columns as the smear's own direction."""
    n = spectrum.shape[0]
    c = n // 2
    s = np.fft.fftshift(spectrum)
    fy, fx = np.mgrid[-c:c, -c:c]
    freq = np.hypot(fy, fx) / n
    band = (freq >= (COPIES - 0.5) / length) & (freq <= min((COPIES + 0.5) / length, 0.5))
    theta = np.arctan2(fy, fx)

    def wedge(a: float) -> np.ndarray:
        off = np.abs(((theta - a + np.pi / 2) % np.pi) - np.pi / 2)  # (a direction and its opposite alike)
        return band & (off < COPIES_WEDGE)

    along, across = wedge(angle), wedge(angle + np.pi / 2)
    if not along.any() or not across.any():
        return float("-inf")
    return float(s[along].mean() - s[across].mean())


def motion_blur(gray: np.ndarray) -> tuple[float, float, int] | None:
    """(length px, angle rad, copies) of a straight motion smear over the grey page — copies 0 for
    a streak, COPIES when the page shows the smear left copies (`copies_kept`) —, or None when the
    page shows none (see the module's docstring)."""
    spectrum = _log_spectrum(gray)
    got = smear_peak(gray, spectrum)
    if got is None or spectrum is None:
        return None
    dy, dx, peak, depth = got
    if depth < MIN_DEPTH or -peak < MIN_PEAK or dy == 0 or dx == 0:
        return None
    length, angle = float(np.hypot(dy, dx)), float(np.arctan2(dy, dx))
    return length, angle, COPIES if copies_kept(spectrum, length, angle) >= COPIES_KEPT else 0


def streak(length: float, angle: float) -> np.ndarray:
    """The smear's kernel: a line of `length` px at `angle`, drawn with sub-pixel weights, sum 1."""
    size = int(np.ceil(length)) + 3 | 1
    k = np.zeros((size, size), np.float32)
    c = size // 2
    for t in np.linspace(-length / 2, length / 2, int(length * 4) + 1):
        x, y = c + t * np.cos(angle), c + t * np.sin(angle)
        x0, y0 = int(np.floor(x)), int(np.floor(y))
        fx, fy = x - x0, y - y0
        for oy, wy in ((0, 1 - fy), (1, fy)):
            for ox, wx in ((0, 1 - fx), (1, fx)):
                if 0 <= y0 + oy < size and 0 <= x0 + ox < size:
                    k[y0 + oy, x0 + ox] += wy * wx
    return k / k.sum()


def copies(length: float, angle: float, count: int) -> np.ndarray:
    """A smear left as `count` equal copies `length / count` px apart along `angle` (their comb has a
    streak of `length`'s zeros in the strokes' band), drawn with sub-pixel weights, sum 1."""
    size = int(np.ceil(length)) + 3 | 1
    k = np.zeros((size, size), np.float32)
    c = size // 2
    for i in range(count):
        t = (i - (count - 1) / 2) * length / count
        x, y = c + t * np.cos(angle), c + t * np.sin(angle)
        x0, y0 = int(np.floor(x)), int(np.floor(y))
        fx, fy = x - x0, y - y0
        for oy, wy in ((0, 1 - fy), (1, fy)):
            for ox, wx in ((0, 1 - fx), (1, fx)):
                if 0 <= y0 + oy < size and 0 <= x0 + ox < size:
                    k[y0 + oy, x0 + ox] += wy * wx
    return k / k.sum()


def deblur(image: np.ndarray, length: float, angle: float, count: int = 0, nsr: float = NSR) -> np.ndarray:
    """The page (BGR or grey, uint8) with a motion smear of `length` px at `angle` — a streak, or
    `count` copies spanning it — undone by a Wiener filter; edges padded by reflection so the
    page's border does not ring. (The filter is
    built once as a packed real spectrum, each channel then takes one real forward and one real
    inverse transform at a fast size: ~60 ms a channel for a 1,000 × 1,400 page.)"""
    k = copies(length, angle, count) if count else streak(length, angle)
    pad = k.shape[0] * 2
    h, w = image.shape[:2]
    fh, fw = cv2.getOptimalDFTSize(h + 2 * pad), cv2.getOptimalDFTSize(w + 2 * pad)
    kh = np.zeros((fh, fw), np.float32)
    kh[:k.shape[0], :k.shape[1]] = k
    kh = np.roll(kh, (-(k.shape[0] // 2), -(k.shape[1] // 2)), axis=(0, 1))  # centred at the origin
    hf = cv2.dft(kh, flags=cv2.DFT_COMPLEX_OUTPUT)
    den = hf[..., 0] ** 2 + hf[..., 1] ** 2 + nsr
    wf = np.dstack((hf[..., 0] / den, -hf[..., 1] / den))  # conj(H) / (|H|² + nsr): Hermitian
    # (its inverse is a real kernel; its real transform is the filter in the packed layout)
    packed = cv2.dft(cv2.dft(wf, flags=cv2.DFT_INVERSE | cv2.DFT_SCALE | cv2.DFT_REAL_OUTPUT))
    chans = [image] if image.ndim == 2 else [image[..., i] for i in range(image.shape[2])]
    out = []
    for ch in chans:
        g = cv2.copyMakeBorder(ch, pad, fh - h - pad, pad, fw - w - pad, cv2.BORDER_REFLECT).astype(np.float32)
        back = cv2.dft(cv2.mulSpectrums(cv2.dft(g), packed, 0), flags=cv2.DFT_INVERSE | cv2.DFT_SCALE | cv2.DFT_REAL_OUTPUT)
        out.append(np.clip(np.round(back[pad:pad + h, pad:pad + w]), 0, 255).astype(np.uint8))
    return out[0] if image.ndim == 2 else np.dstack(out)
