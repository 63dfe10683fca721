"""Family U's generator: documents drawn by pygame-ce (docs.py, render.py), marks drawn on the page,
captures in pyvips (capture.py), truth per benchmarks/docgen_b/FIELDS.md. A field is `unreadable`
only when a covering mark (sleeve glare core, sticky note, finger) or the frame's edge hides more than
2 % of the ink its value was drawn with (not merely blank paper inside the value's rectangle)."""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter
from pathlib import Path

import numpy as np

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
import pygame
import pyvips

from benchmarks.docgen_u import capture as C
from benchmarks.docgen_u import docs as D
from benchmarks.docgen_u import values as V
from benchmarks.docgen_u.render import Pen

HERE = Path(__file__).resolve().parent
SHARE = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
         "food_business_license": 20, "other": 20}
MAKERS = {"id_card_front": D.id_front, "id_card_back": D.id_back, "business_license": D.business_license,
          "public_health_license": D.health_license, "food_business_license": D.food_license, "other": D.other}
# capture -> (weight for ID cards, weight for licences, weight for negatives)
CAPTURES = {
    "flatbed": (1, 3, 3), "adf": (0, 2, 2), "phone_desk": (5, 4, 3), "phone_lowlight": (2, 1, 1),
    "gaopaiyi": (4, 3, 1), "photocopy": (4, 3, 1), "copy_of_copy": (1, 1, 0), "fax": (0, 1, 1),
    "scanner_app": (2, 2, 1), "chat_screenshot": (3, 3, 1), "screen_photo": (0, 2, 0), "printed_elicence": (0, 1, 0),
}


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of the n files: the default proportions scaled to n, every kind at least once when n ≥ 6,
    shuffled by the seed."""
    tot = sum(SHARE.values())
    counts = {k: max(1 if n >= 6 else 0, int(round(v * n / tot))) for k, v in SHARE.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng(seed).shuffle(kinds)
    return kinds


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    h.update(f"{n}:{seed}:{pygame.version.ver}:{pyvips.version(0)}.{pyvips.version(1)}.{pyvips.version(2)}".encode())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- marks on the page
def watermark(d: D.Doc, rng) -> None:
    purpose = V.pick(rng, ["仅供办理食品经营许可使用", "仅供办理营业执照变更使用", "仅供银行开户使用", "仅供政务服务中心办事使用，他用无效", "仅供本次业务办理使用"])
    pen = Pen(V.pick(rng, ["hei_noto", "song_noto", "hei_wqy"]), int(d.s.get_height() / 22), "ft",
              color=V.pick(rng, [(120, 120, 120), (40, 90, 200), (200, 60, 60)]))
    d.faces.add(pen.key)
    g = pen.surf(purpose, rotation=int(rng.integers(20, 40)))
    g.set_alpha(int(rng.integers(50, 110)))
    W, H = d.s.get_size()
    for yy in range(-H // 4, H, max(150, g.get_height() // 2 + 60)):
        d.s.blit(g, (int(rng.integers(-200, 80)) + (yy % 300), yy))


def copy_note(d: D.Doc, rng) -> None:
    """复印件与原件一致 in pen (LXGW WenKai, oblique) with a signature and date, or a stamp box."""
    W, H = d.s.get_size()
    s = max(22, int(min(W, H) / 22))
    key = V.pick(rng, ["kai_lxgw", "kai_gb"])
    col = V.pick(rng, [(20, 30, 120), (25, 25, 25), (180, 30, 30)])
    pen = Pen(key, s, V.pick(rng, ["ttf", "ft"]), oblique=rng.random() < 0.6, color=col)
    d.faces.add(key)
    boxes = [r for b in d.boxes.values() for r in b]
    for _ in range(12):  # clerks write in a free space (the last try is kept if none is free)
        x, y = int(W * (0.1 + 0.55 * rng.random())), int(H * (0.45 + 0.4 * rng.random()))
        if pygame.Rect(x - 10, y - 10, 9 * s, int(4 * s)).collidelist(boxes) < 0:
            break
    txt = V.pick(rng, ["复印件与原件一致", "此复印件与原件一致", "与原件核对无误"])
    r = pen.draw(d.s, txt, x, y, rotation=int(rng.integers(-8, 9)))
    if col == (180, 30, 30):
        pygame.draw.rect(d.s, col, r.inflate(20, 16), 3)
    pen.draw(d.s, V.person_name(rng), x + s, y + int(1.4 * s))
    pen.draw(d.s, f"{V.TODAY.year}.{V.TODAY.month}.{int(rng.integers(1, 20))}", x + 3 * s, y + int(2.7 * s))


def company_seal(d: D.Doc, rng) -> None:
    from benchmarks.docgen_u.render import seal
    W, H = d.s.get_size()
    name = f"{V.pick(rng, V.PLACES)[2] or '上海市'}{V.pick(rng, V.ZIHAO)}{V.pick(rng, V.INDUSTRY)[0]}有限公司"
    r = int(min(W, H) * 0.085)
    seal(d.s, int(W * (0.2 + 0.6 * rng.random())), int(H * (0.55 + 0.35 * rng.random())), r, name, "",
         V.pick(rng, ["song_gb", "hei_noto", "song_noto"]), alpha=int(rng.integers(110, 200)))


def highlighter(d: D.Doc, rng) -> None:
    keys = [k for k, b in d.boxes.items() if b]
    if not keys:
        return
    r = d.boxes[V.pick(rng, keys)][0].inflate(10, 4)
    ov = pygame.Surface(r.size, pygame.SRCALPHA)
    ov.fill((255, 235, 40, 90))
    d.s.blit(ov, r.topleft)


def occluders(d: D.Doc, rng, photo: bool) -> tuple[list[str], np.ndarray | None]:
    """Covering marks drawn on the page (sticky note, finger, sleeve glare) and the mask of what
    they hide."""
    W, H = d.s.get_size()
    marks, mask = [], np.zeros((H, W), bool)
    yy, xx = np.mgrid[0:H, 0:W]
    if rng.random() < 0.07:
        w, h = int(W * 0.18), int(W * 0.16)
        x, y = int(rng.integers(0, W - w)), int(rng.integers(0, H - h))
        pygame.draw.rect(d.s, (250, 232, 120), (x, y, w, h))
        Pen("kai_lxgw", max(18, h // 6), "ft", color=(40, 40, 120)).draw(d.s, V.pick(rng, ["补交材料", "核对", "待补正", "已收"]), x + 12, y + 14)
        d.faces.add("kai_lxgw")
        mask[y:y + h, x:x + w] = True
        marks.append("sticky_note")
    if photo and rng.random() < 0.15:
        side = int(rng.integers(0, 4))
        a, b = W * 0.06, H * 0.13
        cx = [0, W, int(W * rng.random()), int(W * rng.random())][side]
        cy = [int(H * rng.random()), int(H * rng.random()), 0, H][side]
        if side >= 2:
            a, b = W * 0.08, H * 0.1
        pygame.draw.ellipse(d.s, (212, 160, 130), (cx - a, cy - b, 2 * a, 2 * b))
        mask |= ((xx - cx) / a) ** 2 + ((yy - cy) / b) ** 2 < 1
        marks.append("finger")
    if photo and rng.random() < 0.22:
        cx, cy = W * (0.15 + 0.7 * rng.random()), H * (0.15 + 0.7 * rng.random())
        a, b = W * (0.05 + 0.1 * rng.random()), H * (0.03 + 0.06 * rng.random())
        r = np.sqrt(((xx - cx) / a) ** 2 + ((yy - cy) / b) ** 2)
        alpha = np.clip((1.15 - r) / 0.15, 0, 1) * 0.97
        arr = pygame.surfarray.pixels3d(d.s)
        arr[:] = (arr * (1 - alpha.T[..., None]) + 255 * alpha.T[..., None]).astype(np.uint8)
        del arr
        mask |= r < 1.02
        marks.append("glare")
    return marks, (mask if mask.any() else None)


# ---------------------------------------------------------------- captures
def page_on_a4(a: np.ndarray, rng, scale: float) -> np.ndarray:
    """An ID card (or a shrunk e-licence) laid on a white A4 page at 150 dpi; returns the page and offset."""
    W, H = 1240, 1754
    img = C.vimg(a).resize(scale)
    x, y = int((W - img.width) * (0.2 + 0.6 * rng.random())), int(120 + (H / 2 - img.height) * rng.random())
    page = (pyvips.Image.black(W, H, bands=3) + 250).cast("uchar").insert(img, x, y)
    page = page.draw_rect([110, 110, 110], x - 1, y - 1, img.width + 2, img.height + 2)  # the card's edge
    return page.copy(interpretation="srgb"), (x, y, img.width / a.shape[1])


def photo(doc: pyvips.Image, rng, lowlight: bool, top_down: bool = False) -> pyvips.Image:
    w, h = doc.width, doc.height
    fw = int(max(w, h) * (1.25 + 0.2 * rng.random()))
    fh = int(fw * (0.75 if w >= h else 1.33))
    cx, cy = fw / 2, fh / 2
    s = min(fw / w, fh / h) * (0.72 + 0.2 * rng.random())
    ang = math.radians(rng.normal(0, 2.5 if top_down else 5))
    tilt = 0.0 if top_down else 0.12 * rng.random()
    pts = []
    for px, py in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        k = 1 + tilt * (py / h) * (1 if rng.random() < 0.8 else -1)
        x, y = px * s * k, py * s
        pts.append((cx + x * math.cos(ang) - y * math.sin(ang) + rng.normal(0, fw * 0.01),
                    cy + x * math.sin(ang) + y * math.cos(ang) + rng.normal(0, fh * 0.01)))
    desk = V.pick(rng, [(120, 90, 60), (200, 200, 196), (60, 62, 70), (170, 140, 100), (225, 225, 220)])
    bg = C.surface(fw, fh, desk, rng)
    out = C.over(bg, C.warp(doc, pts, fw, fh))
    if top_down:
        out = C.barrel(out, -0.05 - 0.05 * rng.random())
    out = C.lighting(out, rng, 0.25 + 0.3 * rng.random())
    if lowlight:
        out = (out * (0.45 + 0.2 * rng.random())).cast("uchar")
        out = C.noise(out, 9, rng)
        out = C.cast(out, (1.08, 0.98, 0.8))
    else:
        out = C.cast(out, V.pick(rng, [(1, 1, 1), (1.04, 1.0, 0.92), (0.95, 1.0, 1.06)]))
        out = C.noise(out, 3, rng)
    if rng.random() < 0.25:
        out = C.motion(out, int(rng.integers(3, 9)), rng.random() * math.pi)
    else:
        out = out.gaussblur(0.6 + 0.8 * rng.random())
    if rng.random() < 0.4:
        out = out.copy(interpretation="srgb").sharpen(sigma=1.0)
    long_side = int(rng.integers(1600, 2600))
    return out.resize(long_side / max(out.width, out.height))


def scan(doc: pyvips.Image, rng, adf: bool) -> pyvips.Image:
    ang = rng.normal(0, 1.8 if adf else 0.8)
    img = doc.similarity(angle=ang, background=[255, 255, 255]).cast("uchar")
    img = img.embed(12, 12, img.width + 24, img.height + 24, extend="white")
    if adf:
        img = C.gray(img)
        x = int(rng.integers(100, img.width - 100))
        img = img.draw_rect(int(rng.integers(60, 140)), x, 0, 2, img.height, fill=True)
        img = to3(img)
    img = img.gaussblur(0.5 + 0.4 * rng.random())
    img = C.noise(img, 2, rng)
    dpi = V.pick(rng, [1.0, 1.0, 0.8, 1.33])
    return img.resize(dpi)


def to3(img: pyvips.Image) -> pyvips.Image:
    return C.to_rgb(img)


def photocopy(doc: pyvips.Image, rng, times: int) -> pyvips.Image:
    img = doc
    for _ in range(times):
        g = C.gray(img).cast("float")
        g = (g / 255) ** (1.3 + 0.4 * rng.random()) * 255  # toner darkens mid-greys (thin strokes survive)
        g = ((g - 128) * (1.1 + 0.25 * rng.random()) + 128 + rng.normal(6, 5))
        g = g.gaussblur(0.7)
        g = g.similarity(scale=0.995 + 0.01 * rng.random(), angle=rng.normal(0, 0.7), background=[255])
        speck = (C.gn(g.width, g.height, 1, rng) > 3.1) / 255 * -160
        g = (g + speck + C.gn(g.width, g.height, 5, rng)).cast("uchar")
        edge = pyvips.Image.xyz(g.width, g.height)[0]
        g = (g * ((edge < 25) / 255 * -0.45 + 1)).cast("uchar")
        img = to3(g)
    return img


def fax(doc: pyvips.Image, rng) -> pyvips.Image:
    g = C.gray(doc).resize(0.75).gaussblur(0.6)
    g = g.resize(1.0, vscale=0.5).resize(1.0, vscale=2.0, kernel="nearest") if rng.random() < 0.4 else g
    g = C.noise(g, 14, rng)
    return to3((g > int(rng.integers(120, 170))).ifthenelse(255, 0).cast("uchar"))


def scanner_app(doc: pyvips.Image, rng) -> pyvips.Image:
    """A phone scanner app: nearly rectified page, background flattened (divide by a blur), sharpened."""
    w, h = doc.width, doc.height
    j = lambda: rng.normal(0, w * 0.006)  # noqa: E731
    img = C.over(pyvips.Image.black(w, h, bands=3) + 235, C.warp(doc, [(j(), j()), (w + j(), j()), (w + j(), h + j()), (j(), h + j())], w, h))
    img = C.lighting(img, rng, 0.3)
    g = img.cast("float")
    bgb = g.gaussblur(25)
    img = ((g / (bgb + 1)) * 245).cast("uchar")
    if rng.random() < 0.4:
        img = to3((C.gray(img) > 150).ifthenelse(255, 0).cast("uchar"))
    return img.copy(interpretation="srgb").sharpen(sigma=1.2)


def ui_bar(w: int, h: int, text: str, rng, dark: bool) -> pyvips.Image:
    s = pygame.Surface((w, h))
    s.fill((20, 20, 20) if dark else (237, 237, 237))
    Pen("hei_noto", int(h * 0.38), "ttf", color=(230, 230, 230) if dark else (30, 30, 30)).draw(s, text, int(w * 0.05), int(h * 0.3))
    from benchmarks.docgen_u.render import to_array
    return C.vimg(to_array(s))


def chat(doc: pyvips.Image, rng) -> pyvips.Image:
    """A photo forwarded through a chat app and screenshotted in its viewer: phone-sized, letterboxed,
    status/title bars, JPEG twice."""
    ph = photo(doc, rng, False) if rng.random() < 0.7 else doc
    ph = C.jpeg_roundtrip(ph.resize(1280 / max(ph.width, ph.height)), int(rng.integers(60, 85)))
    SW, SH = 1080, 2340
    img = ph.resize(min(SW / ph.width, (SH - 400) / ph.height))
    dark = rng.random() < 0.7
    screen = (pyvips.Image.black(SW, SH, bands=3) + (0 if dark else 245)).cast("uchar")
    screen = screen.insert(img, (SW - img.width) // 2, (SH - img.height) // 2)
    screen = screen.insert(ui_bar(SW, 110, f"{int(rng.integers(8, 22))}:{int(rng.integers(0, 60)):02d}  5G  {int(rng.integers(20, 99))}%", rng, dark), 0, 0)
    screen = screen.insert(ui_bar(SW, 140, V.pick(rng, ["< 图片", "< 查看原图", "< 1/3", "< 微信"]), rng, dark), 0, 110)
    screen = screen.copy(interpretation="srgb")
    return C.jpeg_roundtrip(screen.resize(V.pick(rng, [1.0, 0.75, 0.6])), int(rng.integers(55, 85)))


def screen_photo(doc: pyvips.Image, rng) -> pyvips.Image:
    """An e-licence shown on a phone, photographed: dark bezel, app bar, moiré, then a desk photo."""
    SW = 1080
    img = doc.resize(SW / doc.width)
    SH = img.height + 420
    scr = (pyvips.Image.black(SW, SH, bands=3) + 248).cast("uchar").insert(img, 0, 250)
    scr = scr.insert(ui_bar(SW, 150, V.pick(rng, ["电子营业执照", "电子证照", "亮证"]), rng, False), 0, 80)
    scr = (scr.cast("float") * 0.92 + 12).cast("uchar")
    phone = (pyvips.Image.black(SW + 80, SH + 200, bands=3) + 15).cast("uchar").insert(scr, 40, 100)
    phone = C.moire(phone.copy(interpretation="srgb"), rng)
    return photo(phone, rng, rng.random() < 0.2)


def printed_elicence(doc: pyvips.Image, rng) -> pyvips.Image:
    a4 = (pyvips.Image.black(1240, 1754, bands=3) + 255).cast("uchar")
    img = doc.resize(min(1040 / doc.width, 1400 / doc.height))
    page = a4.insert(img, (1240 - img.width) // 2, 200).copy(interpretation="srgb")
    return scan(page, rng, False)


FORMATS = {
    "flatbed": ["png", "tiff", "pdf", "jpg"], "adf": ["pdf", "tiff", "jpg"], "phone_desk": ["jpg", "jpg", "webp"],
    "phone_lowlight": ["jpg"], "gaopaiyi": ["jpg", "jpg", "png"], "photocopy": ["jpg", "pdf", "png"],
    "copy_of_copy": ["jpg", "pdf"], "fax": ["tiff-g4", "png"], "scanner_app": ["jpg", "pdf"],
    "chat_screenshot": ["jpg", "png"], "screen_photo": ["jpg", "webp"], "printed_elicence": ["pdf", "jpg", "png"],
}
EXT = {"jpg": "jpg", "webp": "webp", "png": "png", "tiff": "tif", "tiff-g4": "tif", "pdf": "pdf"}


def pick_capture(kind: str, rng) -> str:
    col = 0 if kind.startswith("id_card") else 2 if kind == "other" else 1
    names = list(CAPTURES)
    w = np.array([CAPTURES[c][col] for c in names], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i: the document, its marks, one capture, the truth entry."""
    rng = np.random.default_rng([seed, i])
    d = MAKERS[kind](rng)
    cap = pick_capture(kind, rng)
    is_photo = cap in ("phone_desk", "phone_lowlight", "gaopaiyi", "chat_screenshot")
    is_copy = cap in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf", "scanner_app")
    marks: list[str] = []
    if kind != "other":
        if rng.random() < 0.25:
            watermark(d, rng)
            marks.append("watermark")
        if is_copy and rng.random() < 0.45 and not kind.startswith("id_card"):
            copy_note(d, rng)
            marks.append("copy_note")
        if kind not in ("id_card_front", "id_card_back") and rng.random() < 0.15:
            company_seal(d, rng)
            marks.append("company_seal")
        if rng.random() < 0.08:
            highlighter(d, rng)
            marks.append("highlighter")
    pre = D.arr(d)  # the page before covering marks: where each value's ink is
    occ, mask = occluders(d, rng, is_photo) if kind != "other" else ([], None)
    marks += occ
    a = D.arr(d)
    H, W = a.shape[:2]
    if mask is None:
        mask = np.zeros((H, W), bool)
    if is_photo and kind != "other" and rng.random() < 0.12:  # the frame cuts one edge of the page
        side, frac = int(rng.integers(0, 4)), 0.06 + 0.12 * rng.random()
        if side == 0:
            a = a[:, int(W * frac):]
            mask[:, : int(W * frac)] = True
        elif side == 1:
            a = a[:, : W - int(W * frac)]
            mask[:, W - int(W * frac):] = True
        elif side == 2:
            a = a[int(H * frac):]
            mask[: int(H * frac)] = True
        else:
            a = a[: H - int(H * frac)]
            mask[H - int(H * frac):] = True
        marks.append("cut_off")
    doc = C.vimg(a)
    if kind.startswith("id_card") and cap in ("flatbed", "photocopy", "copy_of_copy", "scanner_app", "adf", "fax"):
        doc, _ = page_on_a4(a, rng, V.pick(rng, [0.5, 0.5, 0.6]))
        marks.append("card_on_a4")
        if rng.random() < 0.4:
            doc = C.vimg(doc.numpy())
    if rng.random() < 0.12 and kind != "other" and not kind.startswith("id_card"):
        doc = C.crease(doc, rng, rng.random() < 0.5)
        marks.append("fold")
    if cap in ("phone_desk", "phone_lowlight"):
        img = photo(doc, rng, cap == "phone_lowlight")
    elif cap == "gaopaiyi":
        img = photo(doc, rng, False, top_down=True)
        img = (img.cast("float") * (0.85 + 0.35 * rng.random())).cast("uchar")
    elif cap in ("flatbed", "adf"):
        img = scan(doc, rng, cap == "adf")
    elif cap == "photocopy":
        img = photocopy(doc, rng, 1)
    elif cap == "copy_of_copy":
        img = photocopy(doc, rng, 2)
    elif cap == "fax":
        img = fax(doc, rng)
    elif cap == "scanner_app":
        img = scanner_app(doc, rng)
    elif cap == "chat_screenshot":
        img = chat(doc, rng)
    elif cap == "screen_photo":
        img = screen_photo(doc, rng)
    else:
        img = printed_elicence(doc, rng)
    img = img.cast("uchar").copy(interpretation="srgb") if img.bands == 3 else to3(img.cast("uchar"))
    fmt = V.pick(rng, FORMATS[cap])
    name = f"u{i + 1:04d}.{EXT[fmt]}"
    label = C.save(img, out_dir / name, fmt, rng)
    lum = pre @ np.array([0.299, 0.587, 0.114])
    fields = {}
    for key, value in d.fields.items():
        ink = hid = 0
        for r in d.boxes.get(key, []):
            r = r.clip(pygame.Rect(0, 0, W, H))
            if r.w and r.h and value:
                dark = lum[r.top:r.bottom, r.left:r.right] < 170  # the value's strokes, not its blank em box
                ink += int(dark.sum())
                hid += int((dark & mask[r.top:r.bottom, r.left:r.right]).sum())
        fields[key] = {"value": value, "unreadable": bool(ink and hid / ink > 0.02)}
    return {"file": name, "kind": kind, "fields": fields, "capture": cap, "variant": d.variant,
            "marks": sorted(set(marks)), "faces": sorted(d.faces), "formats": [label]}


def generate(out_dir, n: int = 150, seed: int = 4646) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = kinds_for(n, seed)
    files = [make_one(i, k, seed, out) for i, k in enumerate(kinds)]
    truth = {"family": "U", "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {
        "kinds": dict(Counter(f["kind"] for f in files)),
        "captures": dict(Counter(f["capture"] for f in files)),
        "variants": dict(Counter(f["variant"] for f in files)),
        "marks": dict(Counter(m for f in files for m in f["marks"])),
        "faces": dict(Counter(x for f in files for x in f["faces"])),
        "formats": dict(Counter(x for f in files for x in f["formats"])),
        "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values()),
    }
