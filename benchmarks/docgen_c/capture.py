"""How family-C pages reach the workstation: phone photos on a desk (angle, scale, perspective,
glare, shadow, low resolution, JPEG), flatbed scans (300/200/150 dpi, slight skew, a card in the
corner of an A4 bed) and photocopies (grey or binarised, toner noise, A3 reduced to A4, a
hand-written 与原件一致 and signature, a stamp) — plus the screen copy of an e-licence.

Each capture returns the doc→image homography and the glare mask, so the truth can mark a field
`unreadable` only where the frame or glare really hides it.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from benchmarks.docgen_c.render import handwriting, rect_stamp, scribble


@dataclass
class Shot:
    image: np.ndarray            # BGR
    H: np.ndarray                # 3x3, page pixels -> image pixels
    glare: np.ndarray | None     # float32 0..1 over the image, or None
    mode: str
    ext: str = "jpg"
    quality: int = 90


def _rng(r: random.Random) -> np.random.Generator:
    return np.random.default_rng(r.randrange(1 << 30))


def desk(w: int, h: int, r: random.Random) -> np.ndarray:
    g = _rng(r)
    kind = r.choice(("wood", "wood", "grey", "white", "dark", "cloth"))
    if kind == "wood":
        base = np.array(r.choice(((60, 100, 150), (40, 75, 120), (90, 130, 170))), np.float32)  # BGR browns
        streak = cv2.resize(g.normal(0, 1, (max(2, h // 6), 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        img = base[None, None, :] * (1 + 0.18 * streak[..., None])
    elif kind == "grey":
        img = np.full((h, w, 3), r.uniform(110, 170), np.float32)
    elif kind == "white":
        img = np.full((h, w, 3), r.uniform(205, 235), np.float32)
    elif kind == "dark":
        img = np.full((h, w, 3), r.uniform(25, 60), np.float32)
    else:
        img = np.array(r.choice(((120, 70, 40), (60, 110, 60), (140, 140, 160))), np.float32)[None, None, :] * np.ones((h, w, 1), np.float32)
    img += g.normal(0, 5, (h, w, 1)).astype(np.float32)
    if r.random() < 0.4:  # a pen lying on the desk
        cx, cy = r.uniform(0, w), r.uniform(0, h)
        ang = r.uniform(0, math.pi)
        L = r.uniform(0.2, 0.4) * max(w, h)
        p1 = (int(cx - L / 2 * math.cos(ang)), int(cy - L / 2 * math.sin(ang)))
        p2 = (int(cx + L / 2 * math.cos(ang)), int(cy + L / 2 * math.sin(ang)))
        cv2.line(img, p1, p2, r.choice(((30, 30, 30), (160, 60, 20), (20, 20, 160))), max(4, int(min(w, h) * 0.012)))
    return img


def _mask_rounded(w: int, h: int, rad: int) -> np.ndarray:
    m = np.zeros((h, w), np.uint8)
    if rad <= 0:
        m[:] = 255
        return m
    cv2.rectangle(m, (rad, 0), (w - rad, h), 255, -1)
    cv2.rectangle(m, (0, rad), (w, h - rad), 255, -1)
    for cx, cy in ((rad, rad), (w - rad, rad), (rad, h - rad), (w - rad, h - rad)):
        cv2.circle(m, (cx, cy), rad, 255, -1)
    return m


def phone(page_rgb: Image.Image, r: random.Random, size_class: str, card: bool) -> Shot:
    doc = cv2.cvtColor(np.asarray(page_rgb), cv2.COLOR_RGB2BGR)
    dh, dw = doc.shape[:2]
    longs = {"card": (1024, 1280, 1600, 2000), "a4": (1600, 2000, 2400, 3000), "a3": (2000, 2400, 3000, 3600)}[size_class]
    out_long = r.choice(longs)
    doc_land = dw >= dh
    land = doc_land if r.random() < 0.75 else not doc_land
    W, H_ = (out_long, int(out_long * 0.75)) if land else (int(out_long * 0.75), out_long)
    mode_angle = r.random()
    if mode_angle < 0.78:
        ang = r.uniform(-15, 15)
    elif mode_angle < 0.92:
        ang = r.uniform(-35, 35)
    else:
        ang = r.choice((90, 180, 270)) + r.uniform(-5, 5)
    crop = r.random() < 0.08
    cover = r.uniform(1.02, 1.12) if crop else (r.uniform(0.42, 0.85) if card else r.uniform(0.6, 0.93))
    a = math.radians(ang)
    rot_w = abs(dw * math.cos(a)) + abs(dh * math.sin(a))
    rot_h = abs(dw * math.sin(a)) + abs(dh * math.cos(a))
    s = cover * min(W / rot_w, H_ / rot_h)
    cx = W / 2 + r.uniform(-1, 1) * max(0.0, (W - rot_w * s) / 2) * 0.9 + (r.uniform(-0.08, 0.08) * W if crop else 0)
    cy = H_ / 2 + r.uniform(-1, 1) * max(0.0, (H_ - rot_h * s) / 2) * 0.9 + (r.uniform(-0.08, 0.08) * H_ if crop else 0)
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    dst = []
    jit = r.uniform(0.0, 0.07) * min(dw, dh) * s
    for x, y in src:
        x0, y0 = (x - dw / 2) * s, (y - dh / 2) * s
        xr = x0 * math.cos(a) - y0 * math.sin(a) + cx + r.uniform(-jit, jit)
        yr = x0 * math.sin(a) + y0 * math.cos(a) + cy + r.uniform(-jit, jit)
        dst.append([xr, yr])
    Hm = cv2.getPerspectiveTransform(src, np.float32(dst))
    bg = desk(W, H_, r)
    mask = _mask_rounded(dw, dh, int(min(dw, dh) * 0.055) if card else 0)
    warped = cv2.warpPerspective(doc, Hm, (W, H_), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR).astype(np.float32)
    wm = cv2.warpPerspective(mask, Hm, (W, H_)).astype(np.float32)[..., None] / 255.0
    # soft drop shadow under the page/card
    sh = cv2.GaussianBlur(np.roll(wm[..., 0], (int(W * 0.006), int(W * 0.006)), (0, 1)), (0, 0), W * 0.006)[..., None]
    bg = bg * (1 - 0.45 * sh)
    img = warped * wm + bg * (1 - wm)
    # lighting: smooth gradient, sometimes a cast shadow
    yy, xx = np.mgrid[0:H_, 0:W].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    light = 1 + r.uniform(0.05, 0.3) * ((xx / W - 0.5) * gx + (yy / H_ - 0.5) * gy)
    img *= light[..., None] * r.uniform(0.82, 1.05)
    if r.random() < 0.3:
        poly = np.zeros((H_, W), np.float32)
        x0 = r.uniform(-0.2, 0.6) * W
        pts = np.int32([[x0, -10], [x0 + r.uniform(0.3, 0.7) * W, -10], [x0 + r.uniform(0.1, 0.8) * W, H_ * r.uniform(0.3, 1.1)],
                        [x0 - r.uniform(0, 0.3) * W, H_ * r.uniform(0.3, 1.1)]])
        cv2.fillPoly(poly, [pts], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), W * 0.03)
        img *= (1 - r.uniform(0.2, 0.45) * poly)[..., None]
    glare = None
    if r.random() < 0.32:
        glare = np.zeros((H_, W), np.float32)
        corners = np.float32(dst)
        t = (r.random(), r.random())
        gxp = corners[0, 0] + (corners[1, 0] - corners[0, 0]) * t[0] + (corners[3, 0] - corners[0, 0]) * t[1]
        gyp = corners[0, 1] + (corners[1, 1] - corners[0, 1]) * t[0] + (corners[3, 1] - corners[0, 1]) * t[1]
        rad = r.uniform(0.06, 0.22) * min(dw, dh) * s
        cv2.ellipse(glare, (int(gxp), int(gyp)), (int(rad * r.uniform(1, 2.2)), int(rad)), r.uniform(0, 180), 0, 360, 1.0, -1)
        glare = cv2.GaussianBlur(glare, (0, 0), rad * 0.35) * r.uniform(0.7, 1.0)
        glare = np.clip(glare * 1.25, 0, 1)
        img = img * (1 - glare[..., None]) + 252 * glare[..., None]
    tint = np.float32([r.uniform(0.92, 1.06), r.uniform(0.96, 1.03), r.uniform(0.92, 1.08)])
    img *= tint
    g = _rng(r)
    sig = r.uniform(0.3, 1.2)
    img = cv2.GaussianBlur(img, (0, 0), sig)
    if r.random() < 0.1:
        k = r.choice((3, 5, 7))
        ker = np.zeros((k, k), np.float32)
        ker[k // 2, :] = 1.0 / k
        M = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), r.uniform(0, 180), 1)
        ker = cv2.warpAffine(ker, M, (k, k))
        img = cv2.filter2D(img, -1, ker / max(ker.sum(), 1e-6))
    img += g.normal(0, r.uniform(1.5, 6), img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    return Shot(out, Hm, glare, "phone", "jpg", r.randint(55, 92))


def _place_on_bed(doc: np.ndarray, doc_mm: tuple[float, float], dpi: int, r: random.Random, bed_mm: tuple[float, float] | None,
                  skew: float, reduce: float = 1.0, card: bool = False) -> tuple[np.ndarray, np.ndarray]:
    dh, dw = doc.shape[:2]
    if card:  # the card's rounded edge shows on the bed
        doc = doc.copy()
        rad = int(min(dw, dh) * 0.055)
        edge = 255 - _mask_rounded(dw, dh, rad)
        doc[edge > 0] = 253
        cv2.drawContours(doc, cv2.findContours(255 - edge, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0], -1,
                         (165, 165, 165), max(2, dw // 300))
    px_per_mm = dpi / 25.4
    s = doc_mm[0] * px_per_mm * reduce / dw
    a = math.radians(skew)
    # room the skewed page needs, so a straight-fed page is never cut by its own skew
    sk_x = abs(math.sin(a)) * doc_mm[1] * reduce
    sk_y = abs(math.sin(a)) * doc_mm[0] * reduce
    if bed_mm is None:
        bed_mm = (doc_mm[0] * reduce + 4 + sk_x, doc_mm[1] * reduce + 4 + sk_y)
    W, H_ = int(bed_mm[0] * px_per_mm), int(bed_mm[1] * px_per_mm)
    off_x = r.uniform(1, max(1.5, (bed_mm[0] - doc_mm[0] * reduce) * 0.15 + 2)) * px_per_mm
    off_y = r.uniform(1, max(1.5, (bed_mm[1] - doc_mm[1] * reduce) * 0.15 + 2)) * px_per_mm
    if bed_mm[0] - doc_mm[0] * reduce > 60 and r.random() < 0.4:  # card laid in the middle of the bed
        off_x = (W - dw * s) / 2 + r.uniform(-20, 20) * px_per_mm
        off_y = r.uniform(10, 60) * px_per_mm
    off_x += (sk_x if skew > 0 else 0) * px_per_mm
    off_y += (sk_y if skew < 0 else 0) * px_per_mm
    M = np.float32([[s * math.cos(a), -s * math.sin(a), off_x], [s * math.sin(a), s * math.cos(a), off_y], [0, 0, 1]])
    out = cv2.warpAffine(doc, M[:2], (W, H_), flags=cv2.INTER_AREA, borderValue=(253, 253, 253))
    return out, M


def scan(page_rgb: Image.Image, doc_mm: tuple[float, float], r: random.Random, card: bool) -> Shot:
    doc = cv2.cvtColor(np.asarray(page_rgb), cv2.COLOR_RGB2BGR)
    a3 = max(doc_mm) > 300
    dpi = r.choice((150, 200)) if a3 else r.choice((200, 300, 300))
    bed = (210.0, 297.0) if card else None
    img, M = _place_on_bed(doc, doc_mm, dpi, r, bed, r.uniform(-1.5, 1.5), card=card)
    f = img.astype(np.float32)
    f = (f - 10) * r.uniform(1.02, 1.1) + 8  # scanner auto-levels: whiter paper, darker ink
    f = cv2.GaussianBlur(f, (0, 0), r.uniform(0.3, 0.7))
    f += _rng(r).normal(0, 1.5, f.shape).astype(np.float32)
    out = np.clip(f, 0, 255).astype(np.uint8)
    ext = "png" if (r.random() < 0.2 and out.shape[0] * out.shape[1] < 6e6) else "jpg"
    return Shot(out, M, None, f"scan{dpi}", ext, r.randint(80, 95))


def copy(page_rgb: Image.Image, doc_mm: tuple[float, float], r: random.Random, card: bool,
         boxes_doc: list[tuple[float, float, float, float]]) -> Shot:
    doc = cv2.cvtColor(np.asarray(page_rgb), cv2.COLOR_RGB2BGR)
    a3 = max(doc_mm) > 300
    dpi = r.choice((200, 300)) if not a3 else 200
    if a3:  # A3 licence copied onto A4 at 71 %
        bed = (297.0, 210.0) if doc_mm[0] > doc_mm[1] else (210.0, 297.0)
        img, M = _place_on_bed(doc, doc_mm, dpi, r, bed, r.uniform(-1.2, 1.2), reduce=0.69)
    else:
        bed = (297.0, 210.0) if doc_mm[0] > doc_mm[1] and not card else (210.0, 297.0)
        fit = min(1.0, (bed[0] - 8) / doc_mm[0], (bed[1] - 8) / doc_mm[1])
        img, M = _place_on_bed(doc, doc_mm, dpi, r, bed if card or fit < 1 or r.random() < 0.5 else None,
                               r.uniform(-1.2, 1.2), reduce=fit, card=card)
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.float32)
    g = _rng(r)
    binar = r.random() < 0.4
    gray = (gray - r.uniform(20, 50)) * r.uniform(1.1, 1.35) + 10
    if binar:
        thr = r.uniform(120, 165)
        gray = np.where(cv2.GaussianBlur(gray, (0, 0), 0.6) + g.normal(0, 12, gray.shape) > thr, 250.0, 25.0)
    else:
        gray = 255 * (np.clip(gray, 0, 255) / 255.0) ** r.uniform(1.1, 1.6)
    # toner noise and streaks
    n_specks = int(gray.size * r.uniform(0.0002, 0.0015))
    ys, xs = g.integers(0, gray.shape[0], n_specks), g.integers(0, gray.shape[1], n_specks)
    gray[ys, xs] = g.uniform(0, 90, n_specks)
    if r.random() < 0.4:
        for _ in range(r.randint(1, 3)):
            x = r.randrange(gray.shape[1])
            gray[:, x:x + r.randint(1, 4)] *= r.uniform(0.6, 0.9)
    if r.random() < 0.5:  # dark copier edge
        e = r.randint(4, 20)
        gray[:, :e] *= 0.3
    rgb = Image.fromarray(np.clip(gray, 0, 255).astype(np.uint8)).convert("RGB")
    # pen on the copy: 与原件一致 + signature + date, or a stamp; kept off the printed values
    out_boxes = []
    for bx in boxes_doc:
        pts = cv2.perspectiveTransform(np.float32([[[bx[0], bx[1]]], [[bx[2], bx[3]]]]), M)
        out_boxes.append((pts[0, 0, 0], pts[0, 0, 1], pts[1, 0, 0], pts[1, 0, 1]))
    size = int(dpi / 25.4 * r.uniform(5, 8))

    def free(x: float, y: float, w: float, h: float) -> bool:
        return all(x + w < b[0] or x > b[2] or y + h < b[1] or y > b[3] for b in out_boxes) and x + w < rgb.width and y + h < rgb.height

    ink = r.choice(((25, 45, 140), (20, 20, 20), (30, 60, 170)))
    if r.random() < 0.8:
        for _ in range(40):
            x, y = r.uniform(0.03, 0.7) * rgb.width, r.uniform(0.05, 0.92) * rgb.height
            if free(x, y, size * 8, size * 5.5):
                handwriting(rgb, x, y, r.choice(("与原件一致", "与原件相符", "此复印件与原件一致")), size, r, color=ink)
                scribble(rgb, x + size, y + size * 2.6, size * 4, size * 1.4, r, color=ink)
                handwriting(rgb, x + size * 0.5, y + size * 4, r.choice(("2026.11.2", "2026年12月1日", "26.11.30")), int(size * 0.7), r, color=ink)
                break
    if card and r.random() < 0.3:  # written across the card copy, as clerks ask
        handwriting(rgb, r.uniform(0.05, 0.3) * rgb.width, r.uniform(0.05, 0.2) * rgb.height,
                    r.choice(("仅供办理营业执照使用", "仅限办理公共场所卫生许可使用", "再复印无效")), int(size * 0.9), r,
                    color=ink, angle=r.uniform(-25, -10))
    if r.random() < 0.3:
        for _ in range(30):
            x, y = r.uniform(0.05, 0.75) * rgb.width, r.uniform(0.05, 0.9) * rgb.height
            if free(x, y, size * 7, size * 2.5):
                rect_stamp(rgb, x, y, r.choice(("复印件", "仅供备案使用", "经办人已核验")), int(size * 0.8), r)
                break
    out = cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR)
    return Shot(out, M, None, "copy_bin" if binar else "copy_grey", r.choice(("jpg", "png")) if out.size < 2e7 else "jpg",
                r.randint(75, 92))


def screen(page_rgb: Image.Image, r: random.Random) -> Shot:
    """The e-licence as displayed/exported: clean, downsized."""
    doc = cv2.cvtColor(np.asarray(page_rgb), cv2.COLOR_RGB2BGR)
    dh, dw = doc.shape[:2]
    target = r.choice((1400, 1800, 2200))
    s = min(1.0, target / max(dw, dh))
    out = cv2.resize(doc, (int(dw * s), int(dh * s)), interpolation=cv2.INTER_AREA)
    return Shot(out, np.float32([[s, 0, 0], [0, s, 0], [0, 0, 1]]), None, "screen", "png", 95)


def hidden(shot: Shot, boxes: list[tuple[float, float, float, float]]) -> str:
    """'' if every box of a value is inside the frame and clear of glare, else the reason."""
    h, w = shot.image.shape[:2]
    for b in boxes:
        pts = np.float32([[[b[0], b[1]]], [[b[2], b[1]]], [[b[2], b[3]]], [[b[0], b[3]]]])
        q = cv2.perspectiveTransform(pts, shot.H.astype(np.float64)).reshape(-1, 2)
        if (q[:, 0] < 1).any() or (q[:, 1] < 1).any() or (q[:, 0] > w - 2).any() or (q[:, 1] > h - 2).any():
            return "cropped"
        if shot.glare is not None:
            m = np.zeros((h, w), np.uint8)
            cv2.fillConvexPoly(m, q.astype(np.int32), 1)
            area = m.sum()
            if area and ((shot.glare > 0.7) & (m > 0)).sum() / area > 0.10:
                return "glare"
    return ""
