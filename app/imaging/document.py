"""Document processing on camera frames and scans: find the page, flatten it, judge it.

Pure OpenCV/numpy so that the camera preview (hardware) and the capture service (app) share
it. Steps: detect the document quadrilateral → perspective-correct to the real aspect of the
document (ID card 85.6 × 54 mm, A4 / licence 297 × 210 mm, portrait or landscape) → deskew a
page that had no visible edges → rotate by a multiple of 90° when asked → a quality gate that
names its reasons (blurred, glare, cut_off, too_small, too_dark). `StillnessDetector` implements
auto-capture: fire once the quad has been still for N frames and the quality gate passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

# real aspect ratios (long side / short side)
ASPECTS = {"id_card": 85.6 / 54.0, "a4": 297.0 / 210.0}
ASPECT_SNAP = 0.10  # snap to a known aspect when the measured one is within 10 %
WORK_SIDE = 900  # long side of the down-scaled image used for detection

QUALITY_REASONS = {
    "blurred": ("图像模糊，请保持稳定或重新对焦", "the image is blurred; hold still or refocus"),
    "glare": ("有反光，请调整角度或灯光", "glare on the document; tilt it or change the light"),
    "cut_off": ("文档不完整（超出画面边缘）", "the document is cut off at the frame edge"),
    "too_small": ("文档在画面中太小，请靠近或放大", "the document is too small in the frame"),
    "too_dark": ("画面太暗，请打开补光灯", "the image is too dark; turn on the light"),
    "no_document": ("未检测到文档边缘", "no document edges were found"),
}


@dataclass(frozen=True)
class Quality:
    ok: bool
    reasons: tuple[str, ...] = ()
    metrics: dict[str, float] = field(default_factory=dict)

    def messages(self) -> list[tuple[str, str]]:
        return [QUALITY_REASONS[r] for r in self.reasons if r in QUALITY_REASONS]

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "reasons": list(self.reasons),
                "metrics": {k: round(float(v), 4) for k, v in self.metrics.items()}}


@dataclass(frozen=True)
class ProcessedPage:
    image: np.ndarray  # BGR, flattened and cropped
    quad: np.ndarray | None  # 4×2 float32 corners in the source image (tl, tr, br, bl), None if not found
    doc_format: str  # id_card / a4 / unknown / full_frame
    quality: Quality
    skew_deg: float = 0.0
    transform: np.ndarray | None = None  # 3×3 homography: source pixel → page pixel
    region: tuple[int, int, int, int] | None = None  # the source box the page was cut from (no quad)


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Order 4 points as top-left, top-right, bottom-right, bottom-left."""
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    c = pts.mean(axis=0)
    ang = np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0])
    pts = pts[np.argsort(ang)]  # clockwise from the left-ish
    start = int(np.argmin(pts.sum(axis=1)))
    return np.roll(pts, -start, axis=0)


def _downscale(img: np.ndarray, side: int = WORK_SIDE) -> tuple[np.ndarray, float]:
    """`img` shrunk (INTER_AREA) to `side` long side at most, and the scale. (~18 ms of CPU for a
    2400 px photo at a non-integer factor: a caller looking at one image twice shares it —
    `downscaled`.)"""
    h, w = img.shape[:2]
    s = min(1.0, side / max(h, w))
    if s < 1.0:
        img = cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    return img, s


def downscaled(img: np.ndarray) -> tuple[np.ndarray, float]:
    """The working copy `find_document_quad` and `content_box` look at (WORK_SIDE long side), for a
    caller that asks both about the same image (`small=`): the same pixels, shrunk once."""
    return _downscale(img, WORK_SIDE)


def _gray(img: np.ndarray) -> np.ndarray:
    return img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


def median_u8(a: np.ndarray) -> float:
    """`np.median` of a uint8 array, bit for bit (the middle value, or the mean of the two middle
    values), read off its histogram instead of partially sorting a copy: a 1000 px grey page
    3.1–3.4 → 0.8 ms of CPU."""
    n = a.size
    if a.dtype != np.uint8 or n == 0:
        return float(np.median(a))
    cum = np.cumsum(np.bincount(a.ravel(), minlength=256))
    lo = int(np.searchsorted(cum, (n - 1) // 2, side="right"))
    hi = int(np.searchsorted(cum, n // 2, side="right"))
    return (lo + hi) / 2


def _quad_candidates(small: np.ndarray) -> list[np.ndarray]:
    gray = _gray(small)
    h, w = gray.shape
    out: list[np.ndarray] = []
    blurred = cv2.GaussianBlur(gray, (5, 5), 0)
    masks = []
    # 1) edges
    v = median_u8(blurred)
    edges = cv2.Canny(blurred, max(10, int(0.5 * v)), min(255, int(1.3 * v) + 30))
    masks.append(cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2))
    # 2) a bright, low-saturation region (paper/cards against a desk)
    if small.ndim == 3:
        hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
        score = cv2.subtract(hsv[..., 2], hsv[..., 1] // 2)
    else:
        score = blurred
    _, otsu = cv2.threshold(cv2.GaussianBlur(score, (7, 7), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    otsu = cv2.morphologyEx(otsu, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    masks.append(otsu)
    for i, mask in enumerate(masks):
        mode = cv2.RETR_LIST if i == 0 else cv2.RETR_EXTERNAL
        contours, _ = cv2.findContours(mask, mode, cv2.CHAIN_APPROX_SIMPLE)
        for cnt in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
            area = cv2.contourArea(cnt)
            if area < 0.01 * w * h or area > 0.985 * w * h:
                continue
            hull = cv2.convexHull(cnt)
            peri = cv2.arcLength(hull, True)
            approx = None
            for eps in (0.02, 0.03, 0.05):
                a = cv2.approxPolyDP(hull, eps * peri, True)
                if len(a) == 4:
                    approx = a.reshape(4, 2).astype(np.float32)
                    break
            if approx is None:
                approx = cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32)
                # a rotated rectangle fit is only good when the hull fills it
                if area / max(1.0, cv2.contourArea(approx)) < 0.9:
                    continue
            out.append(order_corners(approx))
    return out


def _quad_score(q: np.ndarray, shape: tuple[int, int]) -> float:
    h, w = shape
    area = cv2.contourArea(q)
    if not cv2.isContourConvex(q.astype(np.int32).reshape(-1, 1, 2)):
        return -1
    sides = [np.linalg.norm(q[i] - q[(i + 1) % 4]) for i in range(4)]
    if min(sides) < 20:
        return -1
    # rectangularity: angles near 90°
    cos = []
    for i in range(4):
        a, b, c = q[i - 1], q[i], q[(i + 1) % 4]
        v1, v2 = a - b, c - b
        cos.append(abs(float(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2) + 1e-6))))
    if max(cos) > 0.35:
        return -1
    return area / (w * h) * (1 - max(cos))


def _background_outside(q: np.ndarray, edges: np.ndarray) -> bool:
    """True when what lies outside the quad looks like a desk, not more document (text, lines)."""
    h, w = edges.shape
    mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(mask, q.astype(np.int32), 255)
    grow = max(3, int(0.03 * max(h, w)))
    outer = cv2.dilate(mask, np.ones((grow, grow), np.uint8)) == 0
    inner = cv2.erode(mask, np.ones((grow, grow), np.uint8)) > 0
    if outer.mean() < 0.05:  # the quad fills the frame: nothing outside to judge
        return True
    inside = float(edges[inner].mean()) if inner.any() else 0.0
    outside = float(edges[outer].mean())
    return outside < 0.5 * inside + 1.0


PAPER_CHROMA = 14.0  # Lab a/b distance within which a pixel is the same paper as the page's
PAPER_SHADE = 45.0  # … and lightness this much darker (a shadow across the page) or 20 lighter
PAPER_RING = 0.6  # share of the ring just outside a quad that, on the page's paper, makes it an inner frame
RING_INK = 0.004  # share of text-sized ink in the band outside such a quad: the page goes on past it
PRINT_SHARE = 0.15  # … and at least this share of the band's dark pixels in text-sized marks


def _paper_like(lab: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """Mask of the pixels of `lab` that are the same paper as the colour `paper` (L, a, b)."""
    d_ab = np.hypot(lab[..., 1] - paper[1], lab[..., 2] - paper[2])
    dl = lab[..., 0] - paper[0]
    return (d_ab < PAPER_CHROMA) & (dl > -PAPER_SHADE) & (dl < 20)


def _ring_masks(q: np.ndarray, shape: tuple[int, int], width: float) -> tuple[np.ndarray, np.ndarray]:
    h, w = shape
    mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(mask, q.astype(np.int32), 255)
    k = max(3, int(width)) | 1
    ring = (cv2.dilate(mask, np.ones((k, k), np.uint8)) > 0) & (mask == 0)
    inner = cv2.erode(mask, np.ones((7, 7), np.uint8)) > 0
    return ring, inner


STEP = 3  # colour statistics are taken on every 3rd pixel each way (same answer, a ninth of the work)


def _paper_of(lab: np.ndarray, inner: np.ndarray, share: float = 50.0) -> np.ndarray:
    """The paper's colour inside a mask: the median of its lighter half (not its ink), or of its
    lightest `share` percent."""
    inside = lab[::STEP, ::STEP][inner[::STEP, ::STEP]]
    light = inside[:, 0].astype(np.float32)
    pick = inside[light >= np.percentile(light, 100.0 - share)]
    if inside.dtype != np.uint8:
        return np.median(pick.astype(np.float32), axis=0)
    # (np.median over axis 0 of the float32 copy, bit for bit: each channel's middle value or the
    # mean of its two, exact in float32 — from histograms, a third of the CPU)
    return np.array([median_u8(pick[:, c]) for c in range(pick.shape[1])], np.float32)


BLOCK_PAPER = 20.0  # a printed block's paper: the median of its lightest fifth


def _printed_block(lab: np.ndarray, inner: np.ndarray, ring: np.ndarray) -> bool:
    """More ink than paper inside, the same paper right outside: a block printed on the page (a QR
    code, a dense seal or emblem), never a page or a card, whose paper is most of it. Its paper is
    the lightest fifth inside: the lighter half is partly ink there (softened by a copier, a QR
    code's white modules are grey, 40 levels under the paper around it), so the block did not look
    printed on the page, and a 营业执照 copy was read from its 215 px QR code."""
    paper = _paper_of(lab, inner, BLOCK_PAPER)
    around = lab[::STEP, ::STEP][ring[::STEP, ::STEP]].astype(np.float32)
    if float(_paper_like(around, paper).mean()) < PAPER_RING:
        return False
    inside = lab[::STEP, ::STEP][inner[::STEP, ::STEP]][:, 0].astype(np.float32)
    return float(np.median(inside)) < paper[0] - PAPER_SHADE


def _inner_frame(q: np.ndarray, small: np.ndarray, lab: np.ndarray) -> bool:
    """True when the quad is something printed on the page (a table's frame, a seal, a QR code, a
    text block), not the paper's edge: right outside it lies the same paper as inside, and past
    it more printed matter (a certificate number above a table, the rows under a frame). A page's
    edge has the desk outside; a card alone on a white scanner bed has no ink around it."""
    h, w = small.shape[:2]
    side = max(np.ptp(q[:, 0]), np.ptp(q[:, 1]))
    ring, inner = _ring_masks(q, (h, w), 0.03 * side + 4)
    if ring[::STEP, ::STEP].sum() < 20 or inner[::STEP, ::STEP].sum() < 20:
        return False
    if _printed_block(lab, inner, ring):
        return True  # (the print past it may lie further off than the band below reaches)
    paper = _paper_of(lab, inner)
    around = lab[::STEP, ::STEP][ring[::STEP, ::STEP]].astype(np.float32)
    if float(_paper_like(around, paper).mean()) < PAPER_RING:
        return False
    band, _ = _ring_masks(q, (h, w), 0.15 * side + 4)
    ys, xs = np.nonzero(band[::STEP, ::STEP])
    y1, y2 = max(0, int(ys.min()) * STEP - 20), min(h, int(ys.max()) * STEP + 21)
    x1, x2 = max(0, int(xs.min()) * STEP - 20), min(w, int(xs.max()) * STEP + 21)
    bw = cv2.adaptiveThreshold(_gray(small[y1:y2, x1:x2]), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                               cv2.THRESH_BINARY_INV, 25, 18)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(bw)
    text = np.zeros(n, bool)
    text[1:] = (stats[1:, 3] >= 3) & (stats[1:, 3] < 0.1 * side) & (stats[1:, 2] < 0.2 * side)
    band = band[y1:y2, x1:x2]
    ink = float(text[labels[band]].mean())
    # (a desk's weave or grain next to a card of its colour makes specks, not print: most of the
    # band's dark pixels then belong to no text-sized mark)
    return ink > RING_INK and ink > PRINT_SHARE * float((bw[band] > 0).mean())


SIDE_CUT = True  # a quad one of whose sides runs across the page's own print is no page edge


SIDE_MARKS = 2  # text-sized marks cut by one side (ink on both sides of it) that make it a cut through print


def _marks_cut(q: np.ndarray, i: int, small: np.ndarray, side: float) -> int:
    """How many text-sized dark marks side i of the quad runs through: a character lies a few
    pixels on both sides of the line. A page's own edge has desk beyond it, and no character
    of the page crosses it; the line the edge itself leaves in a threshold runs along it, not
    across (left out by its shape), and a desk's grain makes specks that stop at the edge."""
    h, w = small.shape[:2]
    a, b = q[i].astype(np.float32), q[(i + 1) % 4].astype(np.float32)
    d = b - a
    length = float(np.linalg.norm(d))
    if length < 20:
        return 0
    u = d / length
    n = np.array([-u[1], u[0]], np.float32)
    reach = 0.03 * side + 4
    xs = [a[0] - reach, a[0] + reach, b[0] - reach, b[0] + reach]
    ys = [a[1] - reach, a[1] + reach, b[1] - reach, b[1] + reach]
    x1, x2 = max(0, int(min(xs))), min(w, int(max(xs)) + 1)
    y1, y2 = max(0, int(min(ys))), min(h, int(max(ys)) + 1)
    if x2 - x1 < 8 or y2 - y1 < 8:
        return 0
    bw = cv2.adaptiveThreshold(_gray(small[y1:y2, x1:x2]), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                               cv2.THRESH_BINARY_INV, 25, 18)
    n_, labels, stats, _ = cv2.connectedComponentsWithStats(bw)
    gy, gx = np.mgrid[y1:y2, x1:x2].astype(np.float32)
    along = (gx - a[0]) * u[0] + (gy - a[1]) * u[1]
    across = (gx - a[0]) * n[0] + (gy - a[1]) * n[1]
    near = (np.abs(across) <= reach) & (along >= 0.05 * length) & (along <= 0.95 * length)
    cut = 0
    for k in range(1, n_):
        cw, ch = stats[k, 2], stats[k, 3]
        if max(cw, ch) < 4 or max(cw, ch) > 0.1 * side:
            continue  # (a speck, or a rule / the edge's own line / a photo)
        m = (labels == k) & near
        if not m.any():
            continue
        ac, al = across[m], along[m]
        if ac.min() > -3 or ac.max() < 3:
            continue
        if np.ptp(al) > 3 * np.ptp(ac):
            continue  # (runs along the line: the edge's own shading, not a character across it)
        cut += 1
    return cut


def _side_cut(q: np.ndarray, small: np.ndarray) -> bool:
    """True when one side of the quad runs across the page's print rather than along its edge:
    SIDE_MARKS or more characters lie on both sides of it. A shadow's edge across a card on a
    desk, or a vignette's dark corner, gives a straight line through the page (ZB zb0024: the
    card's lit half taken for the card, its labels and the name's head left out; ZC zc0047: a
    left edge through the label column). No character of a page crosses the page's own edge,
    however pale the desk or dark the corner."""
    side = float(max(np.ptp(q[:, 0]), np.ptp(q[:, 1])))
    return any(_marks_cut(q, i, small, side) >= SIDE_MARKS for i in range(4))


def _paper_quad(q: np.ndarray, small: np.ndarray, lab: np.ndarray) -> np.ndarray | None:
    """The page an inner frame is printed on: the region of the frame's paper colour around it,
    when it ends inside the picture (on a desk); None when the paper runs out of the picture (a
    scan of a white page on a white bed: the printed matter then says where the page is)."""
    h, w = small.shape[:2]
    _, inner = _ring_masks(q, (h, w), 3)
    paper = _paper_of(lab, inner)
    mask = _paper_like(lab.astype(np.float32), paper).astype(np.uint8) * 255
    mask[inner] = 255  # the frame itself (its text, rules and seal) is on the page
    k = max(5, int(0.02 * max(h, w))) | 1
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((k, k), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    c = np.mean(q, axis=0).astype(int)
    lab_id = labels[min(h - 1, max(0, c[1])), min(w - 1, max(0, c[0]))]
    if lab_id == 0:
        return None
    x, y, cw, ch, area = stats[lab_id]
    if area > 0.9 * w * h or (x <= 1 and x + cw >= w - 1) or (y <= 1 and y + ch >= h - 1):
        return None
    cnts, _ = cv2.findContours((labels == lab_id).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hull = cv2.convexHull(max(cnts, key=cv2.contourArea))
    peri = cv2.arcLength(hull, True)
    for eps in (0.02, 0.03, 0.05):
        a = cv2.approxPolyDP(hull, eps * peri, True)
        if len(a) == 4:
            page = order_corners(a.reshape(4, 2).astype(np.float32))
            break
    else:
        page = order_corners(cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32))
    if _quad_score(page, (h, w)) <= 0 or cv2.contourArea(page) < 1.1 * cv2.contourArea(q):
        return None
    return page


DESK_INSIDE = True  # a quad that takes a dark desk in with the page gives way to the page's own quad inside it
DESK_SHARE = 0.6  # … when at most this share of what lies between the two is the inner page's paper …
DESK_DARK = 45.0  # … and that part is this much darker (Lab L, median) than the inner page's paper
DESK_PAGE = 0.2  # … and the inner quad is at least this share of the outer one …
DESK_RIM = 0.03  # … and only when the chosen quad runs along the frame's border (within this share) on 3 sides
DESK_WHOLE = 0.8  # … and at most this share (a quad a few pixels inside a card's edge is the same page)
DESK_CARD = True  # … or, off the frame's border, when the inner quad is an ID card (its shape and its rows a card's)


def _card_shaped(img: np.ndarray, q: np.ndarray) -> bool:
    """Whether the quad `q` (in `img`'s pixels) holds an ID card: it snaps to a card's shape, or to
    A4 at a steep angle (as `process_document` would flatten it), and its text rows are a card's —
    KEYSTONE_CARD_TEXT of its short side or more (a card's are 4–8 %; a licence photographed at an
    angle measures a card's 1.5–1.6 too, and small in a chat picture, 8 px print on a 355 px page,
    its merged rows measure 3.4 %). Judged at the photo's own resolution: in the working copy such
    a licence is ~170 px across and its rows merge into blocks."""
    page, fmt, _ = warp_quad_with_matrix(img, q)
    if fmt == "a4" and keystone(q) <= 0:
        return False
    return fmt in ("id_card", "a4") and text_scale(page) >= KEYSTONE_CARD_TEXT


def _page_inside(best: np.ndarray, cands: list[np.ndarray], small: np.ndarray, edges: np.ndarray,
                 img: np.ndarray | None = None, scale: float = 1.0) -> np.ndarray:
    """The page's own quad when the chosen one holds it with part of a dark desk. On a 高拍仪's
    gridded mat the mat's lines join the page's edge into one edge contour whose hull runs from the
    page to the frame's border: it scores best by its area (v0142: a 1,300 px quad over a 700 px
    page and the dark mat left of it; the page was read at the mat's brightness, judged blurred,
    and 7 of 9 fields were lost). A page's own quad lies inside it, and what lies between the two is
    no paper of the page but a desk far darker than it. (A page around a printed frame, a QR code
    or an ID card's photo has its own paper between the two, and a card on a white A4 sheet a
    lighter one: neither gives way.)"""
    if not DESK_INSIDE or small.ndim != 3:
        return best
    h, w = small.shape[:2]
    mx, my = DESK_RIM * w, DESK_RIM * h
    rim = [best[:, 0].min() <= mx, best[:, 0].max() >= w - 1 - mx, best[:, 1].min() <= my, best[:, 1].max() >= h - 1 - my]
    only_cards = sum(rim) < 3
    if only_cards and not DESK_CARD:
        return best
    # (off the frame's border — a chat viewer's picture spans the screen's width only, a phone's
    # body around its screen lies inside the frame — only an ID card inside gives way: licences
    # inside chat pictures and phone screens read worse from their own quads than from the picture
    # (37 such files of Q–W: 7 fields gained, 15 lost), cards better and for less CPU)
    outer = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(outer, best.astype(np.int32), 255)
    area = float(cv2.contourArea(best))
    lab: np.ndarray | None = None
    found, found_area = best, 0.0
    for q in cands:
        a = float(cv2.contourArea(q))
        if not (DESK_PAGE * area <= a < DESK_WHOLE * area) or a <= found_area or _quad_score(q, (h, w)) <= 0:
            continue
        if any(cv2.pointPolygonTest(best.reshape(-1, 1, 2), (float(x), float(y)), True) < -3 for x, y in q):
            continue  # not inside the chosen quad
        if not _background_outside(q, edges):
            continue
        lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB) if lab is None else lab
        ring, inner = _ring_masks(q, (h, w), 5)
        inside = np.zeros((h, w), np.uint8)
        cv2.fillConvexPoly(inside, q.astype(np.int32), 255)
        between = (outer > 0) & (cv2.dilate(inside, np.ones((9, 9), np.uint8)) == 0)
        pick = between[::STEP, ::STEP]
        if pick.sum() < 20 or inner[::STEP, ::STEP].sum() < 20:
            continue
        paper = _paper_of(lab, inner)
        rest = lab[::STEP, ::STEP][pick].astype(np.float32)
        if float(_paper_like(rest, paper).mean()) > DESK_SHARE or float(np.median(rest[:, 0])) > paper[0] - DESK_DARK:
            continue
        if only_cards and not _card_shaped(small if img is None else img, q if img is None else q / scale):
            continue  # (last: a warp of the photo at its own resolution, ~10 ms)
        found, found_area = q, a
    return found


def find_document_quad(img: np.ndarray, small: tuple[np.ndarray, float] | None = None) -> np.ndarray | None:
    """The document's corners (tl, tr, br, bl) in `img` coordinates, or None (`small`: `downscaled(img)`
    when the caller has it already)."""
    small, s = small if small is not None else _downscale(img)
    cands = _quad_candidates(small)
    best, best_score = None, 0.0
    edges = cv2.Canny(cv2.GaussianBlur(_gray(small), (3, 3), 0), 60, 160)
    for q in cands:
        sc = _quad_score(q, small.shape[:2])
        if sc > best_score and not _background_outside(q, edges):
            continue
        if sc > best_score:
            best, best_score = q, sc
    if best is None:
        return None
    best = _page_inside(best, cands, small, edges, img, s)
    if small.ndim == 3:
        lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB)
        if _inner_frame(best, small, lab):
            # a frame printed on the page: the page is the paper around it (or, when the paper
            # runs out of the picture, no edge is seen and the printed matter tells where it is)
            best = _paper_quad(best, small, lab)
            if best is None:
                return None
        elif SIDE_CUT and _side_cut(best, small):
            # the page goes on past a side with its print: the page is its paper around the quad,
            # or, when that runs out of the picture, its printed matter says where it is
            best = _paper_quad(best, small, lab)
            if best is None:
                return None
    return (best / s).astype(np.float32)


def content_box(img: np.ndarray, pad: float = 0.02,
                small: tuple[np.ndarray, float] | None = None) -> tuple[int, int, int, int] | None:
    """The box (x1, y1, x2, y2) around the printed matter of an image, or None when there is none.

    For the pages whose edges cannot be seen — a white document on the white glass of a flatbed,
    a copy, a page in a screenshot — the document is where its ink is: dark strokes clearly below
    their surroundings (an adaptive threshold, so a light-grey bed is not ink), toner specks and
    scanner noise removed by their size, strokes merged into blocks. Blocks much smaller than the
    largest are dropped unless they are near it or near a block kept (a page number far away is
    not the document; a 卫生许可证's title and number above rows of print above its seal are).
    `small`: `downscaled(img)` when the caller has it already."""
    small, s = small if small is not None else _downscale(img, WORK_SIDE)
    gray = _gray(small)
    h, w = gray.shape
    bw = cv2.adaptiveThreshold(cv2.GaussianBlur(gray, (3, 3), 0), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                               cv2.THRESH_BINARY_INV, 31, 18)
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw)
    keep = np.zeros_like(bw)
    for i in range(1, n):
        x, y, bw_, bh_, area = stats[i]
        if area >= 4 and max(bw_, bh_) >= 3:
            keep[y:y + bh_, x:x + bw_] |= 255
    grow = max(5, int(0.025 * max(h, w)))
    blocks = cv2.dilate(keep, np.ones((grow, grow), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(blocks)
    if n <= 1:
        return None
    comps = sorted((tuple(int(v) for v in stats[i]) for i in range(1, n)), key=lambda c: -c[4])
    bx, by, bw_, bh_, big = comps[0]
    x1, y1, x2, y2 = bx, by, bx + bw_, by + bh_
    if big < 0.002 * w * h:
        return None
    rest = [c for c in comps[1:] if c[4] >= 0.02 * big]
    grown = True
    while grown:  # (near the box grown so far: a title above rows above the largest block is the page's)
        grown = False
        for c in list(rest):
            x, y, cw, ch, _area = c
            if x < x2 + 0.15 * w and x + cw > x1 - 0.15 * w and y < y2 + 0.15 * h and y + ch > y1 - 0.15 * h:
                x1, y1, x2, y2 = min(x1, x), min(y1, y), max(x2, x + cw), max(y2, y + ch)
                rest.remove(c)
                grown = True
    px, py = pad * w, pad * h
    x1, y1 = max(0, int((x1 - px) / s)), max(0, int((y1 - py) / s))
    x2, y2 = min(img.shape[1], int((x2 + px) / s)), min(img.shape[0], int((y2 + py) / s))
    if x2 - x1 < 16 or y2 - y1 < 16:
        return None
    return x1, y1, x2, y2


KEYSTONE_FREE = 0.9  # opposite sides at least this share of each other: the quad's aspect is trusted


def keystone(quad: np.ndarray) -> float:
    """How far past KEYSTONE_FREE the quad's opposite sides differ (0 for a page seen square on). A
    page photographed at a steep angle (a seated clerk's phone: the far edge 25–40 % shorter) has
    no trustworthy aspect: averaging its opposite sides measured A4 licences at 1.12 and 1.72, and
    ID cards at 1.81, and they were flattened squashed (a wrapped value's rows ran together). Such a
    quad is snapped to the nearest real aspect within ASPECT_SNAP plus this share."""
    tl, tr, br, bl = quad
    top, bot = np.linalg.norm(tr - tl), np.linalg.norm(br - bl)
    left, right = np.linalg.norm(bl - tl), np.linalg.norm(br - tr)
    ratio = min(min(top, bot) / max(top, bot, 1e-6), min(left, right) / max(left, right, 1e-6))
    return max(0.0, KEYSTONE_FREE - float(ratio))


def _target_size(quad: np.ndarray, formats: tuple[str, ...] = tuple(ASPECTS)) -> tuple[int, int, str]:
    tl, tr, br, bl = quad
    w = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    h = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    long_, short = max(w, h), min(w, h)
    ratio = long_ / max(short, 1.0)
    fmt = "unknown"
    for name in formats:
        aspect = ASPECTS[name]
        if abs(ratio - aspect) / aspect <= ASPECT_SNAP:
            fmt, ratio = name, aspect
            break
    else:
        reach = ASPECT_SNAP + keystone(quad)
        near = min(formats, key=lambda n: abs(ratio - ASPECTS[n]) / ASPECTS[n]) if formats else None
        if near is not None and reach > ASPECT_SNAP and abs(ratio - ASPECTS[near]) / ASPECTS[near] <= reach:
            fmt, ratio = near, ASPECTS[near]
    # keep the larger measured side, derive the other from the real aspect
    long_px = int(round(long_))
    short_px = int(round(long_px / ratio))
    if w >= h:
        return long_px, short_px, fmt
    return short_px, long_px, fmt


CARD_TEXT = 0.03  # text rows lower than this share of the short side are a page's, not a card's
KEYSTONE_CARD_TEXT = 0.04  # a keystoned quad snapped to A4 whose rows are this high is a card
CARD_READ_SIDE = 626  # a card page's short side above which the reader shrinks it (544 px + 15 %)


def text_scale(page: np.ndarray) -> float:
    """The height of the page's text rows as a share of its short side (median by row length),
    0.0 when it has none. A card's rows are 4–8 % of its short side, a licence's 1.5–3 %: the
    measured aspect cannot tell a licence photographed at an angle (1.46–1.53) from a card
    (1.47–1.56), its text can."""
    small, _ = _downscale(page, 800)
    bw = cv2.adaptiveThreshold(_gray(small), 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    rows = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    _, _, stats, _ = cv2.connectedComponentsWithStats(rows)
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    keep = (h >= 4) & (w >= 2 * h) & (area >= 0.3 * w * h)
    if not keep.any():
        return 0.0
    w, h = w[keep].astype(np.int64), h[keep].astype(np.int64)
    order = np.lexsort((w, h))  # rows by height (then length), as sorting (h, w) pairs
    acc = np.cumsum(w[order])
    return int(h[order][int(np.argmax(acc >= int(acc[-1]) / 2))]) / min(small.shape[:2])


def warp_quad(img: np.ndarray, quad: np.ndarray, max_long_side: int = 2400) -> tuple[np.ndarray, str]:
    """Perspective-correct the quad to the document's real aspect; returns (image, format)."""
    page, fmt, _ = warp_quad_with_matrix(img, quad, max_long_side)
    return page, fmt


def warp_quad_with_matrix(img: np.ndarray, quad: np.ndarray, max_long_side: int = 2400,
                          formats: tuple[str, ...] = tuple(ASPECTS)) -> tuple[np.ndarray, str, np.ndarray]:
    w, h, fmt = _target_size(quad, formats)
    s = min(1.0, max_long_side / max(w, h))
    w, h = max(8, int(w * s)), max(8, int(h * s))
    dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    return cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE), fmt, m


def rotate90_matrix(shape: tuple[int, ...], degrees: int) -> np.ndarray:
    """3×3 matrix mapping pixel coordinates of an image of `shape` to the image rotated clockwise."""
    h, w = shape[:2]
    k = (degrees // 90) % 4
    if k == 1:
        return np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], np.float64)
    if k == 2:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], np.float64)
    if k == 3:
        return np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], np.float64)
    return np.eye(3)


def rotate90(img: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate clockwise by 0/90/180/270 degrees."""
    k = (degrees // 90) % 4
    if k == 0:
        return img
    return np.ascontiguousarray(np.rot90(img, k=-k))


def text_line_direction(img: np.ndarray) -> str:
    """'horizontal' or 'vertical': which way the text lines of a page run (90° pages read vertical)."""
    small, _ = _downscale(img, 700)
    gray = _gray(small)
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    horiz = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 1)))
    vert = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 15)))

    def elongation(mask: np.ndarray, axis: int) -> float:
        _, _, stats, _ = cv2.connectedComponentsWithStats(mask)
        w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4].astype(np.int64)
        long_, short = (w, h) if axis == 0 else (h, w)
        return float(area[(area >= 30) & (long_ > 3 * short)].sum())

    return "vertical" if elongation(vert, 1) > 1.3 * elongation(horiz, 0) else "horizontal"


def estimate_skew(img: np.ndarray, max_deg: float = 12.0) -> float:
    """Small-angle skew of text lines in degrees (positive = rotate counter-clockwise to fix)."""
    small, _ = _downscale(img, 800)
    gray = _gray(small)
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    if bw.mean() < 1:
        return 0.0
    h, w = bw.shape
    best, best_score = 0.0, -1.0
    for deg in np.arange(-max_deg, max_deg + 0.01, 0.5):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), float(deg), 1.0)
        r = cv2.warpAffine(bw, m, (w, h), flags=cv2.INTER_NEAREST)
        # (row sums as exact integers — the same values as a float64 numpy sum, at a twentieth
        # of its CPU: 49 angles × an 800 px page)
        prof = cv2.reduce(r, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel().astype(np.float64)
        score = float(np.var(np.diff(prof)))
        if score > best_score:
            best, best_score = float(deg), score
    return best


def deskew_with_matrix(img: np.ndarray, deg: float) -> tuple[np.ndarray, np.ndarray]:
    if abs(deg) < 0.3:
        return img, np.eye(3)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out, np.vstack([m, [0, 0, 1]])


LIGHT_FIT_STEP = 8  # the page's lighting is fitted on every 8th pixel each way of the 1000 px view
LIGHT_FIT_KEEP = 12.0  # … refitted on the pixels within this many grey levels of the first fit


def _paper_light(gray: np.ndarray, med: float | None = None) -> np.ndarray:
    """The paper's brightness at each pixel as the light falls on it: the page's median, or where a
    lamp or a window lights one side more (a plane fitted over the page's paper — its text closed
    away — rising to one side), that plane. A page photographed with the light from one side runs
    from 220 to clipped white across its width: measured against the median alone, its whole bright
    side was called glare (17 % of a 食品经营许可证), and its values were distrusted as if a
    reflection lay over them. A glare spot is brighter than the light around it, which a plane
    over the whole page does not follow."""
    med = median_u8(gray) if med is None else med  # (`med`: the caller's median_u8(gray))
    h, w = gray.shape[:2]
    if min(h, w) < 4 * LIGHT_FIT_STEP:
        return np.full(gray.shape, med, np.float32)
    paper = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    sub = paper[::LIGHT_FIT_STEP, ::LIGHT_FIT_STEP].astype(np.float32)
    ys, xs = np.mgrid[0:sub.shape[0], 0:sub.shape[1]]
    a = np.stack([np.ones(sub.size), xs.ravel() / sub.shape[1], ys.ravel() / sub.shape[0]], axis=1)
    v = sub.ravel()
    # first fit on the paper's middle tones (not a photo, a seal, the desk's dark edge, nor the
    # brightest spots, which may be the glare itself); then on what lies near the fitted light
    keep = (v >= np.percentile(v, 10)) & (v <= np.percentile(v, 85))
    coef = np.zeros(3)
    for _ in range(3):  # robust: the glare spots (and what else is not the lit paper) leave the fit
        if keep.sum() < 10:
            return np.full(gray.shape, med, np.float32)
        coef = np.linalg.lstsq(a[keep], v[keep], rcond=None)[0]
        keep = np.abs(v - a @ coef) <= LIGHT_FIT_KEEP
    gx = np.arange(w, dtype=np.float32)[None, :] * (coef[1] / (sub.shape[1] * LIGHT_FIT_STEP))
    gy = np.arange(h, dtype=np.float32)[:, None] * (coef[2] / (sub.shape[0] * LIGHT_FIT_STEP))
    return np.maximum(coef[0] + gx + gy, med).astype(np.float32)


def assess_quality(frame: np.ndarray, quad: np.ndarray | None, page: np.ndarray | None = None, *,
                   min_fraction: float = 0.08, min_short_side: int = 400, blur_threshold: float = 60.0,
                   glare_fraction: float = 0.015, dark_level: float = 60.0, require_quad: bool = False) -> Quality:
    """Judge a frame (and the flattened page cut from it); `reasons` names each problem."""
    reasons: list[str] = []
    metrics: dict[str, float] = {}
    fh, fw = frame.shape[:2]
    region = page if page is not None else frame
    gray = _gray(region)
    small, _ = _downscale(gray, 1000)
    metrics["brightness"] = float(small.mean())
    if metrics["brightness"] < dark_level:
        reasons.append("too_dark")
    # sharpness: Laplacian magnitude on a fixed-size view, on the textured parts only — the
    # strongest p % of pixels, p the page's own share of ink (10 % for a dense page, down to
    # 0.5 % for a sparse notice), so a sharp page with little text is not judged blurred
    lap = cv2.Laplacian(cv2.GaussianBlur(small, (3, 3), 0), cv2.CV_64F)
    mag = np.abs(lap)
    med = median_u8(small)
    ink = cv2.dilate((small < med - 40).astype(np.uint8), np.ones((3, 3), np.uint8))
    metrics["ink"] = float(ink.mean())
    thr = np.percentile(mag, 100 - min(10.0, max(0.5, 100 * metrics["ink"])))
    # (a binarised page — a 1-bit scan stored lossless — is flat but for its ink's edges: when
    # they are fewer than that share of the pixels, the percentile falls on 0 and such a page,
    # as sharp as a page can be, read as blurred and had its values distrusted. Its edges then
    # are the textured part; a page with no edge at all stays blurred)
    edges = mag[mag >= thr] if thr > 0 else mag[mag > 0]
    metrics["sharpness"] = float(np.mean(edges)) if edges.size else 0.0
    if metrics["sharpness"] < blur_threshold * 0.25 and metrics["brightness"] >= dark_level:
        reasons.append("blurred")
    # glare: blown-out blobs on the page
    # blown-out pixels clearly brighter than the paper itself (a white page in good light is not glare)
    # (reference: the page's median, i.e. its paper; an evenly bright page has no headroom for glare)
    sat = small >= 250
    if sat.any():  # (the light is fitted only on pages with clipped pixels: most pages have none)
        sat &= small >= _paper_light(small, med) + 22
    sat = sat.astype(np.uint8)
    sat = cv2.morphologyEx(sat, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    metrics["glare"] = float(sat.mean())
    if metrics["glare"] > glare_fraction:
        reasons.append("glare")
    if quad is not None:
        area = float(cv2.contourArea(quad.astype(np.float32)))
        metrics["fraction"] = area / (fw * fh)
        margin = 0.004 * max(fw, fh)
        touches = bool(np.any(quad[:, 0] <= margin) or np.any(quad[:, 0] >= fw - 1 - margin)
                       or np.any(quad[:, 1] <= margin) or np.any(quad[:, 1] >= fh - 1 - margin))
        if touches:
            reasons.append("cut_off")
        if metrics["fraction"] < min_fraction:
            reasons.append("too_small")
    elif require_quad:
        reasons.append("no_document")
    if page is not None:
        metrics["short_side"] = float(min(page.shape[:2]))
        if min(page.shape[:2]) < min_short_side and "too_small" not in reasons:
            reasons.append("too_small")
    return Quality(not reasons, tuple(reasons), metrics)


def process_document(frame: np.ndarray, *, rotate: int = 0, require_quad: bool = False,
                     max_long_side: int = 2400, detect: bool = True, deskew_page: bool = True,
                     region: tuple[int, int, int, int] | None = None,
                     quad: np.ndarray | None = None) -> ProcessedPage:
    """Find, flatten, deskew and judge one document in a frame or scan. `region` (x1, y1, x2, y2)
    skips the detection and takes that part of the frame (deskewed) as the page; `quad`, the
    corners `find_document_quad` found in this frame already, skips it too."""
    if frame is None or frame.size == 0:
        raise ValueError("empty frame")
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    elif frame.shape[2] == 4:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    if quad is None:
        quad = find_document_quad(frame) if detect and region is None else None
    skew = 0.0
    rows = 0.0  # (the card-shaped page's `text_scale`, when measured: kept in its quality's metrics)
    if quad is not None:
        page, fmt, m = warp_quad_with_matrix(frame, quad, max_long_side)
        if fmt == "id_card" and min(page.shape[:2]) > CARD_READ_SIDE:
            rows = text_scale(page)
        if fmt == "id_card" and min(page.shape[:2]) > CARD_READ_SIDE and 0.0 < rows < CARD_TEXT:
            # card-shaped, page-sized text. A card (1.585) and A4 (1.414) are only 11 % apart and
            # a photo taken at an angle measures anything between: licences at 1.44–1.53 were
            # flattened as cards and shrunk to a card's size, where their text is unreadable.
            # (A page no larger than a card is read at its own size either way: not measured;
            # a page where no text rows were found at all stays what its aspect says.)
            page, fmt, m = warp_quad_with_matrix(frame, quad, max_long_side, formats=("a4",))
            rows = 0.0
        elif fmt == "a4" and keystone(quad) > 0 and text_scale(page) >= KEYSTONE_CARD_TEXT:
            # the other way round: an ID card photographed at a steep angle measures 1.35-1.38 and
            # snaps to A4, then is read as a page at 1,400 px (its nation read doubtful); its rows
            # are a card's (4-8 % of the short side; a licence's 1.5-3 %, a notice's title alone more)
            page, fmt, m = warp_quad_with_matrix(frame, quad, max_long_side, formats=("id_card",))
    else:
        page, fmt, m0 = frame, "full_frame", np.eye(3)
        if region is not None:
            x1, y1, x2, y2 = region
            page, fmt = frame[y1:y2, x1:x2], "content"
            m0 = np.array([[1, 0, -x1], [0, 1, -y1], [0, 0, 1]], np.float64)
        skew = estimate_skew(page) if deskew_page else 0.0
        page, m = deskew_with_matrix(page, skew)
        m = m @ m0
        h, w = page.shape[:2]
        s = min(1.0, max_long_side / max(h, w))
        if s < 1.0:
            page = cv2.resize(page, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
            m = np.diag([s, s, 1.0]) @ m
    m = rotate90_matrix(page.shape, rotate) @ m
    page = rotate90(page, rotate)
    quality = assess_quality(frame, quad, page, require_quad=require_quad)
    if rows > 0.0:
        # (the page kept as a card, its text rows measured: the reader shrinks a card's page by them,
        # `reader.CARD_ROW_PX`)
        quality.metrics["text_rows"] = rows
    return ProcessedPage(page, quad, fmt, quality, skew, m, region)


class StillnessDetector:
    """Auto-capture: `update(frame)` returns True once the document has been still for N frames.

    Still = the detected quad's corners moved less than `tolerance` (fraction of the frame's long
    side) between consecutive frames, and the quality gate passes. Fires once per resting
    document; moving the document (or removing it) re-arms it.
    """

    def __init__(self, frames: int = 5, tolerance: float = 0.01):
        self.frames = frames
        self.tolerance = tolerance
        self._last: np.ndarray | None = None
        self._count = 0
        self._fired = False
        self.last_quality: Quality | None = None
        self.last_quad: np.ndarray | None = None

    def update(self, frame: np.ndarray) -> bool:
        quad = find_document_quad(frame)
        self.last_quad = quad
        # judged on the page itself (not the desk around it: a white page on a dark desk is no glare)
        page = warp_quad(frame, quad, max_long_side=1000)[0] if quad is not None else None
        self.last_quality = assess_quality(frame, quad, page, require_quad=True, min_short_side=0)
        if quad is None:
            self._last, self._count, self._fired = None, 0, False
            return False
        limit = self.tolerance * max(frame.shape[:2])
        if self._last is not None and float(np.max(np.abs(quad - self._last))) <= limit:
            self._count += 1
        else:
            self._count, self._fired = 1, False
        self._last = quad
        if self._count >= self.frames and self.last_quality.ok and not self._fired:
            self._fired = True
            return True
        return False
