"""Family P: documents written as PDFs by ReportLab, rasterised by poppler (pdftoppm), captured with
numpy + OpenCV the way a 综合受理 window receives them. `generate(dir, n, seed) -> truth`."""

from __future__ import annotations

import hashlib
import json
import math
import random
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from reportlab.pdfgen import canvas

from benchmarks.docgen_p import docs as D
from benchmarks.docgen_p import render as R

VERSION = "p1"
HERE = Path(__file__).resolve().parent

# kind -> share of the 150-file set
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
OTHERS = ["blank", "blank", "blank", "receipt", "receipt", "receipt", "form", "form", "form", "letter", "letter",
          "letter", "hukou", "hukou", "hukou", "invoice", "invoice", "bank_card", "bank_card", "bank_card"]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{VERSION}|{n}|{seed}".encode())
    for name in ("generate.py", "docs.py", "render.py", "values.py"):
        h.update((HERE / name).read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int) -> list[str]:
    total = sum(k for _, k in MIX)
    out: list[str] = []
    for kind, share in MIX:
        out += [kind] * max(1, round(share * n / total))
    while len(out) > n:
        c = Counter(out)
        out.remove(max(c, key=c.get))
    while len(out) < n:
        out.append("business_license")
    return out


# ---------------------------------------------------------------- PDF and raster

def write_pdf(path: Path, pages: list[tuple[tuple[float, float], object]]) -> None:
    c = canvas.Canvas(str(path), pagesize=pages[0][0], invariant=1, pageCompression=1)
    c.setAuthor("")
    for size, draw in pages:
        c.setPageSize(size)
        draw(c)
        c.showPage()
    c.save()


def raster(pdf: Path, page: int, dpi: int, gray: bool = False) -> np.ndarray:
    out = pdf.with_suffix(f".p{page}")
    cmd = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-aa", "yes", "-aaVector", "yes"]
    cmd += ["-gray"] if gray else ["-png"]
    subprocess.run([*cmd, str(pdf), str(out)], check=True, capture_output=True)
    f = out.with_suffix(out.suffix + (".pgm" if gray else ".png"))
    img = cv2.imread(str(f), cv2.IMREAD_COLOR)
    f.unlink()
    return img


def dpi_for(size: tuple[float, float], long_px: int) -> int:
    return max(60, int(long_px / (max(size) / 72.0)))


# ---------------------------------------------------------------- captures (numpy + OpenCV)

def _noise(img: np.ndarray, g: np.random.Generator, sigma: float) -> np.ndarray:
    n = g.standard_normal(img.shape[:2], dtype=np.float32) * sigma      # luminance noise, one draw per pixel
    return np.clip(img.astype(np.float32) + n[..., None], 0, 255).astype(np.uint8)


def _background(g: np.random.Generator, r: random.Random, w: int, h: int, kind: str) -> np.ndarray:
    if kind == "mat":                      # the 高拍仪's dark rubber mat
        base = np.array(r.choice([(40, 42, 45), (30, 55, 35), (25, 25, 28)]), np.float32)
        bg = np.ones((h, w, 3), np.float32) * base
        bg += g.standard_normal((h, w, 1), dtype=np.float32) * 4
    elif kind == "wood":
        base = np.array(r.choice([(70, 110, 150), (60, 90, 120), (110, 150, 185)]), np.float32)
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(ys / r.uniform(6, 14) + 3 * np.sin(xs / r.uniform(150, 300))) * 12
        bg = base[None, None, :] + grain[..., None]
    elif kind == "counter":                # the white laminate counter with a grey cast
        bg = np.ones((h, w, 3), np.float32) * np.array(r.choice([(200, 205, 208), (180, 186, 190)]), np.float32)
        bg += g.standard_normal((h, w, 1), dtype=np.float32) * 3
    else:
        bg = np.ones((h, w, 3), np.float32) * 250
    return np.clip(bg, 0, 255).astype(np.uint8)


def _card_mask(h: int, w: int, rad: int) -> np.ndarray:
    m = np.zeros((h, w), np.uint8)
    cv2.rectangle(m, (rad, 0), (w - rad - 1, h - 1), 255, -1)
    cv2.rectangle(m, (0, rad), (w - 1, h - rad - 1), 255, -1)
    for cx, cy in ((rad, rad), (w - rad - 1, rad), (rad, h - rad - 1), (w - rad - 1, h - rad - 1)):
        cv2.circle(m, (cx, cy), rad, 255, -1)
    return m


def _place(img: np.ndarray, bg: np.ndarray, r: random.Random, fill: float, jitter: float, rot: float,
           card: bool = False) -> np.ndarray:
    """Warp the document onto the background: scale to `fill` of the frame, rotate, perspective jitter, drop shadow."""
    H, W = bg.shape[:2]
    h, w = img.shape[:2]
    s = fill * min(W / w, H / h)
    cx, cy = W / 2 + r.uniform(-0.05, 0.05) * W, H / 2 + r.uniform(-0.05, 0.05) * H
    a = math.radians(rot)
    jit = [(r.uniform(-jitter, jitter) * W, r.uniform(-jitter, jitter) * H) for _ in range(4)]
    for _ in range(30):                       # the whole document stays inside the frame (nothing cut off)
        pts = []
        for (x, y), (jx, jy) in zip(((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)), jit, strict=True):
            x, y = x * s, y * s
            x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
            pts.append((cx + x + jx, cy + y + jy))
        if all(0.01 * W <= px <= 0.99 * W and 0.01 * H <= py <= 0.99 * H for px, py in pts):
            break
        s *= 0.96
        cx, cy = (cx + W / 2) / 2, (cy + H / 2) / 2
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    M = cv2.getPerspectiveTransform(src, np.float32(pts))
    m0 = _card_mask(h, w, int(w * 9 / 242.6)) if card else np.full((h, w), 255, np.uint8)   # rounded card corners
    mask = cv2.warpPerspective(m0, M, (W, H))
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 8, 0), 6, 1), (0, 0), 9).astype(np.float32) / 255.0
    out = bg.astype(np.float32) * (1 - 0.45 * shadow[..., None])
    warped = cv2.warpPerspective(img, M, (W, H), flags=cv2.INTER_LINEAR)
    m = (mask.astype(np.float32) / 255.0)[..., None]
    out = out * (1 - m) + warped.astype(np.float32) * m
    return np.clip(out, 0, 255).astype(np.uint8)


def _lighting(img: np.ndarray, r: random.Random, strength: float) -> np.ndarray:
    H, W = img.shape[:2]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = r.uniform(0, W), r.uniform(0, H)
    d = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / max(W, H)
    field = 1.0 - strength * d + r.uniform(-0.05, 0.05)
    tint = np.array([r.uniform(0.9, 1.0), r.uniform(0.95, 1.0), r.uniform(0.98, 1.05)], np.float32)   # BGR: warm
    return np.clip(img.astype(np.float32) * field[..., None] * tint, 0, 255).astype(np.uint8)


def _lens(img: np.ndarray, k1: float) -> np.ndarray:
    H, W = img.shape[:2]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    nx, ny = (xs - W / 2) / (W / 2), (ys - H / 2) / (W / 2)
    f = 1 + k1 * (nx * nx + ny * ny)
    return cv2.remap(img, nx * f * (W / 2) + W / 2, ny * f * (W / 2) + H / 2, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _motion(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    if length < 2:
        return img
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1.0
    M = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    k = cv2.warpAffine(k, M, (length, length))
    return cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))


def _phone_shadow(img: np.ndarray, r: random.Random) -> np.ndarray:
    """The soft shadow of the phone and hand over one side of the page."""
    H, W = img.shape[:2]
    m = np.zeros((H, W), np.uint8)
    x0 = int(r.uniform(0.55, 0.8) * W)
    pts = np.array([[x0, 0], [W, 0], [W, H], [int(x0 + r.uniform(-0.2, 0.2) * W), H]], np.int32)
    cv2.fillPoly(m, [pts], 255)
    m = cv2.GaussianBlur(m, (0, 0), W / 25).astype(np.float32) / 255.0
    return np.clip(img.astype(np.float32) * (1 - r.uniform(0.15, 0.3) * m[..., None]), 0, 255).astype(np.uint8)


def _fold(img: np.ndarray, r: random.Random) -> np.ndarray:
    """A fold crease across the page: a bright and a dark band side by side."""
    H, W = img.shape[:2]
    out = img.astype(np.float32)
    if r.random() < 0.5:
        y = int(H * r.uniform(0.4, 0.6))
        out[y - 3:y, :] *= 0.82
        out[y:y + 3, :] = np.minimum(out[y:y + 3, :] * 1.08, 255)
    else:
        x = int(W * r.uniform(0.4, 0.6))
        out[:, x - 3:x] *= 0.82
        out[:, x:x + 3] = np.minimum(out[:, x:x + 3] * 1.08, 255)
    return out.astype(np.uint8)


def _staple(img: np.ndarray, r: random.Random) -> np.ndarray:
    H, W = img.shape[:2]
    x, y = int(W * r.uniform(0.03, 0.08)), int(H * r.uniform(0.03, 0.07))
    out = img.copy()
    cv2.line(out, (x, y), (x + int(W * 0.04), y + int(H * 0.012)), (90, 90, 95), max(2, W // 500))
    return out


def capture_phone(img, g, r, marks, card=False):
    H, W = (2448, 3264) if r.random() < 0.5 else (1920, 2560)
    if r.random() < 0.35:
        H, W = W, H
    bg = _background(g, r, W, H, r.choice(["wood", "counter", "wood"]))
    out = _place(img, bg, r, r.uniform(0.45, 0.7) if card else r.uniform(0.78, 0.93), 0.035, r.uniform(-6, 6), card)
    out = _lens(out, r.uniform(-0.04, 0.06))
    out = _lighting(out, r, r.uniform(0.1, 0.35))
    if r.random() < 0.35:
        out = _phone_shadow(out, r)
        marks.append("phone_shadow")
    out = _motion(out, r.choice([1, 1, 3, 5, 7]), r.uniform(0, 180))
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.5, 1.2))
    if r.random() < 0.15:                      # a dim counter: under-exposed, pushed up, sensor and colour noise, smeared
        f = out.astype(np.float32) * r.uniform(0.35, 0.55)
        f += g.standard_normal(f.shape, dtype=np.float32) * r.uniform(3, 6)
        f = np.clip(255.0 * (np.clip(f, 0, 255) / 255.0) ** r.uniform(0.55, 0.7), 0, 255).astype(np.uint8)
        out = cv2.bilateralFilter(f, 5, 30, 5)
        marks.append("low_light")
    if r.random() < 0.4:                                        # the phone's sharpening halo
        blur = cv2.GaussianBlur(out, (0, 0), 2.0)
        out = cv2.addWeighted(out, 1.6, blur, -0.6, 0)
        marks.append("sharpened")
    return _noise(out, g, r.uniform(2, 6))


def capture_wall_frame(img, g, r, marks, card=False):
    """A licence photographed where it hangs: in a glazed frame on the shop wall, shot from below and
    to the side, the glass reflecting a window as a soft bright band."""
    h, w = img.shape[:2]
    mat = int(0.03 * max(h, w))
    img = cv2.copyMakeBorder(img, mat, mat, mat, mat, cv2.BORDER_CONSTANT, value=r.choice([(235, 240, 242), (210, 225, 235)]))
    fr = int(0.035 * max(h, w))
    img = cv2.copyMakeBorder(img, fr, fr, fr, fr, cv2.BORDER_CONSTANT, value=r.choice([(30, 40, 60), (20, 20, 22), (60, 150, 190)]))
    H, W = (2448, 3264) if r.random() < 0.5 else (1920, 2560)
    if h > w:
        H, W = W, H
    wall = np.ones((H, W, 3), np.float32) * np.array(r.choice([(215, 220, 222), (190, 205, 215), (200, 200, 196)]), np.float32)
    wall += g.standard_normal((H, W, 1), dtype=np.float32) * 3
    out = _place(img, np.clip(wall, 0, 255).astype(np.uint8), r, r.uniform(0.72, 0.86), 0.05, r.uniform(-3, 3))
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    a = math.radians(r.uniform(20, 70))
    d = (xs * math.cos(a) + ys * math.sin(a)) / max(W, H)
    c0, wid = r.uniform(0.3, 0.9), r.uniform(0.04, 0.1)
    band = np.exp(-((d - c0) / wid) ** 2) * r.uniform(0.18, 0.32)
    out = out.astype(np.float32) * (1 - band[..., None]) + 255 * band[..., None]
    out = _lighting(np.clip(out, 0, 255).astype(np.uint8), r, r.uniform(0.1, 0.3))
    out = _motion(out, r.choice([1, 3, 5]), r.uniform(0, 180))
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.5, 1.0))
    marks.append("glass_reflection")
    return _noise(out, g, r.uniform(2, 5))


def capture_gaopaiyi(img, g, r, marks, card=False):
    H, W = (1944, 2592)
    if r.random() < 0.2:
        H, W = W, H
    bg = _background(g, r, W, H, "mat")
    out = _place(img, bg, r, r.uniform(0.35, 0.5) if card else r.uniform(0.85, 0.96), 0.008, r.uniform(-2, 2), card)
    out = _lighting(out, r, r.uniform(0.05, 0.2))
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.6, 1.0))
    return _noise(out, g, r.uniform(1.5, 3.5))


def capture_scanner(img, g, r, marks, card=False, dpi=300):
    if card:        # the card laid at the corner of the A4 bed, the whole bed scanned
        bed = np.full((int(11.69 * dpi), int(8.27 * dpi), 3), 248, np.uint8)
        ch, cw = img.shape[:2]
        x, y = int(r.uniform(0.03, 0.3) * bed.shape[1]), int(r.uniform(0.03, 0.2) * bed.shape[0])
        bed[y:y + ch, x:x + cw] = img[: bed.shape[0] - y, : bed.shape[1] - x]
        img = bed
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), r.uniform(-1.5, 1.5), 1.0)
    out = cv2.warpAffine(img, M, (w, h), borderValue=(250, 250, 250))
    gamma = r.uniform(0.85, 1.15)
    out = np.clip(255.0 * (out / 255.0) ** gamma, 0, 255).astype(np.uint8)
    if r.random() < 0.3:                                        # lid left open: a dark band at one edge
        band = int(w * r.uniform(0.02, 0.05))
        out[:, -band:] = (out[:, -band:] * 0.25).astype(np.uint8)
        marks.append("lid_open")
    return _noise(out, g, r.uniform(1, 3))


def capture_copier(img, g, r, marks, card=False):
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.float32)
    lo, hi = r.uniform(30, 70), r.uniform(190, 225)
    gray = np.clip((gray - lo) / (hi - lo) * 255, 0, 255)
    gray = cv2.GaussianBlur(gray, (0, 0), r.uniform(0.5, 0.9))
    speck = (g.random(gray.shape, dtype=np.float32) < r.uniform(0.0003, 0.0015)).astype(np.float32)
    speck = cv2.dilate(speck, np.ones((2, 2), np.uint8))
    gray = np.minimum(gray, 255 - speck * 200)
    h, w = gray.shape
    M = cv2.getRotationMatrix2D((w / 2, h / 2), r.uniform(-1.2, 1.2), 1.0)
    gray = cv2.warpAffine(gray, M, (w, h), borderValue=255)
    edge = int(min(h, w) * 0.012)
    gray[:edge, :] *= 0.3
    marks.append("toner")
    return cv2.cvtColor(np.clip(gray, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def chat_recompress(img, r, formats):
    """A file forwarded through a chat app: long side cut to 1280 (or 1080/1920) and re-encoded."""
    long_side = r.choice([1080, 1280, 1280, 1920])
    h, w = img.shape[:2]
    s = long_side / max(h, w)
    if s < 1:
        img = cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, r.randint(55, 72)])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def camscanner(img, r, marks):
    """A scanner app's 'enhance' filter: white paper, boosted contrast, sharpened."""
    f = img.astype(np.float32)
    bgd = cv2.GaussianBlur(f, (0, 0), 25)
    f = np.clip(f / np.maximum(bgd, 1) * 245, 0, 255)
    f = np.clip((f - 40) * 1.25, 0, 255)
    blur = cv2.GaussianBlur(f, (0, 0), 1.5)
    marks.append("app_enhance")
    return np.clip(f * 1.5 - blur * 0.5, 0, 255).astype(np.uint8)


def rotate_noexif(img, r, marks, p=0.25):
    x = r.random()
    if x < p * 0.45:
        marks.append("rot90")
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if x < p * 0.9:
        marks.append("rot270")
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    if x < p:
        marks.append("rot180")
        return cv2.rotate(img, cv2.ROTATE_180)
    return img


def encode(img: np.ndarray, path_stem: Path, fmt: str, r: random.Random) -> Path:
    if fmt == "jpg":
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, r.randint(72, 94)])
    elif fmt == "png":
        ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 2])
    elif fmt == "webp":
        ok, buf = cv2.imencode(".webp", img, [cv2.IMWRITE_WEBP_QUALITY, r.randint(60, 85)])
    elif fmt == "tif":
        ok, buf = cv2.imencode(".tif", img)
    else:
        raise ValueError(fmt)
    assert ok
    p = path_stem.with_suffix("." + fmt)
    p.write_bytes(buf.tobytes())
    return p


def images_to_pdf(imgs: list[np.ndarray], out: Path, r: random.Random, footer: bool, tmp: Path) -> None:
    """A scanner app's PDF: each page a JPEG on an A4 page, its free-version footer at the corner."""
    def page(img, k):
        def draw(c):
            f = tmp / f"cs{k}.jpg"
            ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, r.randint(70, 88)])
            f.write_bytes(buf.tobytes())
            h, w = img.shape[:2]
            W, H = (595.0, 842.0) if h >= w else (842.0, 595.0)
            s = min(W / w, H / h)
            c.drawImage(str(f), (W - w * s) / 2, (H - h * s) / 2, w * s, h * s)
            if footer:
                face = R.pick(r, "hei", ["扫描全能王创建"])
                R.text(c, W - 12, 10, "扫描全能王 创建", face, 8, (0.45, 0.45, 0.45), anchor="r")
        h, w = img.shape[:2]
        return ((595.0, 842.0) if h >= w else (842.0, 595.0)), draw
    write_pdf(out, [page(im, k) for k, im in enumerate(imgs)])


# ---------------------------------------------------------------- marks drawn on the page (vector)

def copy_note(c, r: random.Random, W: float, H: float, purpose: str, marks: list[str]) -> None:
    """仅供…使用，他用无效: written across a copy in pen (people do this before handing a copy over)."""
    txt = f"仅供{purpose}使用，他用无效"
    face = R.pick(r, "pen", [txt])
    c.saveState()
    c.translate(W / 2, H / 2)
    c.rotate(r.uniform(15, 35))
    size = min(W, H) * r.uniform(0.055, 0.075)
    R.text(c, 0, 0, txt, face, size, r.choice([(0.1, 0.15, 0.6), (0.15, 0.15, 0.15)]), anchor="c",
           alpha=r.uniform(0.35, 0.6))
    c.restoreState()
    marks.append("copy_note")


def same_as_original(c, r: random.Random, x: float, y: float, size: float, marks: list[str]) -> None:
    face = R.pick(r, "pen", ["与原件一致"])
    R.text(c, x, y, "与原件一致", face, size, (0.1, 0.15, 0.55), alpha=0.9)
    R.scribble(c, r, x + size * 0.5, y - size * 1.6, size * 4, size * 0.9)
    marks.append("signed_copy")


PURPOSES = ["办理营业执照变更", "办理食品经营许可", "办理卫生许可证", "银行开户", "办理社保登记", "综合窗口受理"]


# ---------------------------------------------------------------- one file

def _fmt(r: random.Random, choices: list[str]) -> str:
    return r.choice(choices)


def make_file(i: int, kind: str, seed: int, tmp: Path, out_dir: Path, other_what: str | None) -> dict:
    r = random.Random(seed * 100003 + i)
    g = np.random.default_rng(seed * 100003 + i)
    stem = out_dir / f"p{i + 1:04d}"
    faces: list[str] = []
    marks: list[str] = []
    pdf = tmp / f"p{i + 1:04d}.pdf"
    fields: dict = {}
    variant = ""

    if kind in ("id_card_front", "id_card_back"):
        v = D.id_values(r)
        fields = D.id_front_truth(v) if kind == "id_card_front" else D.id_back_truth(v)
        front = kind == "id_card_front"
        cap = r.choice(["phone", "phone", "phone", "gaopaiyi", "gaopaiyi", "scanner", "chat", "chat"]
                       + (["a4_copy", "a4_copy_pdf"] if front else []))
        if cap.startswith("a4_copy"):
            # the classic 复印件: front above, back below on one A4 page; truth is the front
            purpose = r.choice(PURPOSES)
            variant = "a4-copy"

            def draw(c):
                c.setFillColorRGB(1, 1, 1)
                c.rect(0, 0, *D.A4, stroke=0, fill=1)
                s = r.uniform(1.0, 1.08)
                x = (D.A4[0] - D.CARD[0] * s) / 2 + r.uniform(-30, 30)
                D.draw_id_front(c, r, v, faces, x, D.A4[1] - 90 - D.CARD[1] * s, s)
                D.draw_id_back(c, r, v, faces, x + r.uniform(-10, 10), D.A4[1] - 130 - 2 * D.CARD[1] * s, s)
                if r.random() < 0.7:
                    copy_note(c, r, D.A4[0], D.A4[1] * 1.2, purpose, marks)
                if r.random() < 0.5:
                    same_as_original(c, r, 360, 200, 16, marks)
            write_pdf(pdf, [(D.A4, draw)])
            img = raster(pdf, 1, r.choice([150, 200, 300]), gray=True)
            img = capture_copier(img, g, r, marks)
            if cap == "a4_copy_pdf":
                images_to_pdf([img], stem.with_suffix(".pdf"), r, r.random() < 0.5, tmp)
                fmt = "pdf"
            else:
                fmt = _fmt(r, ["jpg", "png", "tif"])
                encode(img, stem, fmt, r)
        else:
            variant = "card"

            def draw(c):
                (D.draw_id_front if front else D.draw_id_back)(c, r, v, faces)
                if r.random() < 0.12:
                    copy_note(c, r, *D.CARD, r.choice(PURPOSES), marks)
            write_pdf(pdf, [(D.CARD, draw)])
            dpi = {"phone": r.randint(450, 700), "chat": r.randint(450, 650), "gaopaiyi": r.randint(380, 520),
                   "scanner": r.choice([200, 300])}[cap]
            img = raster(pdf, 1, dpi)
            if cap == "phone":
                img = capture_phone(img, g, r, marks, card=True)
                img = rotate_noexif(img, r, marks, 0.2)
                fmt = _fmt(r, ["jpg", "jpg", "jpg", "png"])
            elif cap == "chat":
                img = capture_phone(img, g, r, marks, card=True)
                img = chat_recompress(img, r, None)
                img = rotate_noexif(img, r, marks, 0.2)
                fmt = _fmt(r, ["jpg", "jpg", "webp"])
            elif cap == "gaopaiyi":
                img = capture_gaopaiyi(img, g, r, marks, card=True)
                fmt = _fmt(r, ["jpg", "jpg", "png"])
            else:
                img = capture_scanner(img, g, r, marks, card=True, dpi=dpi)
                fmt = _fmt(r, ["jpg", "png", "tif"])
            encode(img, stem, fmt, r)

    elif kind in ("business_license", "public_health_license", "food_business_license", "other"):
        pages = []
        if kind == "business_license":
            etype = r.choice(["company"] * 5 + ["branch", "branch", "partnership", "partnership", "individual", "individual", "individual"])
            v = D.licence_values(r, etype)
            fields = D.licence_truth(v)
            layout = r.choice(["zhengben", "zhengben", "fuben", "fuben", "fuben", "elicence", "scanapp"])
            variant = f"{layout}-{etype}"
            if layout == "elicence":
                # the licence printed to PDF from a browser: header and footer lines, the licence scaled in
                def draw(c):
                    W, H = D.A4
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(0, 0, W, H, stroke=0, fill=1)
                    hf = R.pick(r, "hei", ["电子营业执照查看下载"])
                    faces.append(hf)
                    R.text(c, 24, H - 20, f"2026/{r.randint(10, 12)}/{r.randint(1, 28)} {r.randint(8, 17)}:{r.randint(0, 59):02d}", "dejavu_cond", 7, BLACK)
                    R.text(c, W / 2, H - 20, "电子营业执照 - 查看下载", hf, 7, BLACK, anchor="c")
                    R.text(c, 24, 16, "https://zzapp.gsxt.gov.cn/elicense/view?id=" + "".join(r.choice("0123456789abcdef") for _ in range(24)), "dejavu_cond", 7, BLACK)
                    R.text(c, W - 24, 16, "1/1", "dejavu_cond", 7, BLACK, anchor="r")
                    if r.random() < 0.5:
                        s = (W - 60) / D.A4[0]
                        D.draw_licence(c, r, v, True, faces, marks, *D.A4, ox=30, oy=(H - D.A4[1] * s) / 2, scale=s)
                    else:                                      # the landscape 正本 fitted to the page width
                        s = (W - 50) / D.A3L[0]
                        D.draw_licence(c, r, v, False, faces, marks, *D.A3L, ox=25, oy=H - 60 - D.A3L[1] * s, scale=s)
                pages = [(D.A4, draw)]
            elif layout == "scanapp":
                pages = [(D.A3L, lambda c: D.draw_licence(c, r, v, False, faces, marks, *D.A3L)),
                         (D.A4, lambda c: D.draw_licence(c, r, v, True, faces, marks, *D.A4))]
            else:
                portrait = layout == "fuben"
                size = D.A4 if portrait else D.A3L
                note = r.random() < 0.25

                def draw(c, portrait=portrait, size=size, note=note):
                    D.draw_licence(c, r, v, portrait, faces, marks, *size)
                    if note:
                        copy_note(c, r, *size, r.choice(PURPOSES), marks)
                pages = [(size, draw)]
        elif kind == "public_health_license":
            v = D.health_values(r)
            fields = D.health_truth(v)
            portrait = r.random() < 0.6
            size = D.A4 if portrait else (842.0, 595.0)
            variant = "portrait" if portrait else "landscape"
            pages = [(size, lambda c: D.draw_health(c, r, v, portrait, faces, marks, *size))]
        elif kind == "food_business_license":
            form2023 = r.random() < 0.45
            v = D.food_values(r, form2023)
            fields = D.food_truth(v)
            portrait = r.random() < 0.4
            size = D.A4 if portrait else D.A3L
            variant = ("2023" if form2023 else "2015") + ("-fuben" if portrait else "-zhengben")
            pages = [(size, lambda c: D.draw_food(c, r, v, portrait, faces, marks, *size))]
        else:
            what = other_what or "blank"
            variant = what
            if what == "bank_card":
                pages = [(D.CARD, lambda c: D.draw_bank_card(c, r, faces))]
            else:
                size = (226.0, 520.0) if what == "receipt" else D.A4
                pages = [(size, lambda c: D.draw_other(c, r, what, faces, marks, *size))]
        write_pdf(pdf, pages)

        if variant.startswith("elicence") or (variant == "invoice" and r.random() < 0.5):
            cap = "vector_pdf"
        elif variant.startswith("scanapp"):
            cap = "scanapp_pdf"
        elif variant == "bank_card":
            cap = r.choice(["phone", "gaopaiyi"])
        else:
            cap = r.choice(["phone", "phone", "chat", "chat", "gaopaiyi", "gaopaiyi", "scanner", "copier", "scanapp_pdf"]
                           + (["wall_frame", "wall_frame"] if kind != "other" else []))
        card = variant == "bank_card"
        size0 = pages[0][0]
        if cap == "vector_pdf":
            stem.with_suffix(".pdf").write_bytes(pdf.read_bytes())
            fmt = "pdf"
        elif cap == "scanapp_pdf":
            imgs = []
            for k in range(len(pages)):
                im = raster(pdf, k + 1, dpi_for(pages[k][0], r.randint(1700, 2400)))
                im = capture_gaopaiyi(im, g, r, marks) if r.random() < 0.3 else _lighting(im, r, 0.15)
                imgs.append(camscanner(im, r, marks))
            images_to_pdf(imgs, stem.with_suffix(".pdf"), r, r.random() < 0.6, tmp)
            fmt = "pdf"
        else:
            if cap == "phone":
                img = raster(pdf, 1, dpi_for(size0, 1300 if card else r.randint(2400, 3000)))
                img = capture_phone(img, g, r, marks, card=card)
                img = rotate_noexif(img, r, marks, 0.25)
                fmt = _fmt(r, ["jpg", "jpg", "jpg", "png"])
            elif cap == "chat":
                img = raster(pdf, 1, dpi_for(size0, r.randint(2200, 2800)))
                img = capture_phone(img, g, r, marks)
                img = chat_recompress(img, r, None)
                img = rotate_noexif(img, r, marks, 0.2)
                fmt = _fmt(r, ["jpg", "jpg", "webp"])
            elif cap == "wall_frame":
                img = raster(pdf, 1, dpi_for(size0, r.randint(2200, 2800)))
                img = capture_wall_frame(img, g, r, marks)
                fmt = _fmt(r, ["jpg", "jpg", "png"])
            elif cap == "gaopaiyi":
                img = raster(pdf, 1, dpi_for(size0, 1000 if card else 2300))
                img = capture_gaopaiyi(img, g, r, marks, card=card)
                fmt = _fmt(r, ["jpg", "jpg", "png"])
            elif cap == "scanner":
                dpi = r.choice([150, 200, 300]) if max(size0) < 1000 else r.choice([150, 200])
                img = raster(pdf, 1, dpi)
                img = capture_scanner(img, g, r, marks)
                fmt = _fmt(r, ["jpg", "png", "tif"])
            else:
                img = raster(pdf, 1, r.choice([150, 200]), gray=True)
                img = capture_copier(img, g, r, marks)
                fmt = _fmt(r, ["png", "tif", "jpg"])
            if r.random() < 0.15 and cap in ("phone", "gaopaiyi", "scanner", "copier"):
                img = _fold(img, r)
                marks.append("fold")
            if r.random() < 0.1 and cap in ("scanner", "copier"):
                img = _staple(img, r)
                marks.append("staple")
            encode(img, stem, fmt, r)
    else:
        raise ValueError(kind)

    fname = stem.with_suffix("." + fmt).name
    return {"file": fname, "kind": kind,
            "fields": {k: {"value": val, "unreadable": False} for k, val in fields.items()},
            "capture": cap, "variant": variant, "marks": sorted(set(marks)), "faces": sorted(set(faces)),
            "formats": [fmt]}


BLACK = D.BLACK


def generate(out_dir, n: int = 150, seed: int = 7373) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = kinds_for(n)
    order = random.Random(seed).sample(range(n), n)             # shuffle the kinds over file numbers
    kinds = [kinds[j] for j in order]
    others = list(OTHERS)
    random.Random(seed + 1).shuffle(others)
    files = []
    with tempfile.TemporaryDirectory(prefix="docgen_p_") as td:
        tmp = Path(td)
        k_other = 0
        for i, kind in enumerate(kinds):
            what = None
            if kind == "other":
                what = others[k_other % len(others)]
                k_other += 1
            files.append(make_file(i, kind, seed, tmp, out, what))
    truth = {"family": "P", "generator": "benchmarks.docgen_p", "version": VERSION, "seed": seed, "n": n,
             "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)),
            "captures": dict(Counter(f["capture"] for f in fs)), "formats": dict(Counter(f["formats"][0] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
