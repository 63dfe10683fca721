"""Family ZI's generator: values → a Skia page (documents.py) → a capture (Mitsuba 3 photo in camera.py,
SimpleITK scan/copy/fax in scanner.py, Skia's own PDF for e-licences) → the file and its truth entry."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections import Counter
from pathlib import Path

import numpy as np
import skia
from PIL import Image

from . import camera, faces, scanner
from . import documents as D
from . import values as V
from .skiapage import Page

FAMILY = "ZI"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAMERA = ["phone_desk", "phone_lamp", "phone_curl", "phone_fold", "sleeve_glare", "thumb", "low_light", "gaopaiyi", "screen_photo"]
SCREENS = {"laptop": ((344.0, 194.0), (1280, 720)), "monitor": ((477.0, 268.0), (1280, 720)),
           "tablet": ((136.0, 217.0), (800, 1280))}
SCANNER = ["flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app", "chat_screenshot"]
E_FORMS = ["e_pdf", "e_png"]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default mix scaled to n (every kind at least once from n = 6), shuffled."""
    total = sum(MIX.values())
    counts = {k: max(1 if n >= len(MIX) else 0, int(v * n / total)) for k, v in MIX.items()}
    order = sorted(MIX, key=lambda k: -(MIX[k] * n / total - int(MIX[k] * n / total)))
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    plan = [k for k in MIX for _ in range(counts[k])]
    np.random.default_rng(seed).shuffle(plan)
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    h.update(f"{n}/{seed}/{camera.VARIANT}".encode())
    return h.hexdigest()[:16]


# pages --------------------------------------------------------------------------------------------------
def style_for(rng) -> dict:
    return {"label_face": V.pick(rng, ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "AR PL UKai CN"]),
            "value_face": V.pick(rng, faces.SERIF + faces.SANS + ["AR PL UKai CN"]),
            "number_face": V.pick(rng, ["Noto Sans CJK SC Medium", "Noto Serif CJK SC", "DejaVu Sans Mono", "WenQuanYi Zen Hei"]),
            "seal_face": V.pick(rng, ["Noto Sans CJK SC Bold", "Noto Serif CJK SC Bold", "WenQuanYi Zen Hei"]),
            "frame": V.pick(rng, ["gold", "red"])}


def draw(canvas: skia.Canvas, doc: str, v: dict | None, style: dict, marks: list[str], seed: int):
    """Draw document `doc` with values `v` and `marks` on a canvas in mm; returns (truth values, ink boxes)."""
    w, h = D.SIZES[doc]
    P = Page(canvas, w, h, seed)
    vals: dict = {}
    if doc == "id_card_front":
        vals = D.id_front(P, v, style)
    elif doc == "id_card_back":
        vals = D.id_back(P, v, style)
    elif doc in ("bl_original", "bl_copy"):
        vals = D.business_license(P, v, style, doc == "bl_original")
    elif doc == "public_health_license":
        vals = D.health_license(P, v, style)
    elif doc == "food_business_license":
        vals = D.food_license(P, v, style)
    else:
        getattr(D, doc)(P, style)
    if "seal_over_text" in marks and v:
        bx = P.boxes.get("name") or P.boxes.get("legal_representative")
        x0, y0, x1, y1 = bx[0]
        D.alpha_seal(P, (x0 + x1) / 2 + float(P.rng.uniform(-5, 5)), (y0 + y1) / 2 + 3, min(w, h) * (0.09 if w > 100 else 0.16),
                     v.get("name", "")[:16] or "专用章", style["seal_face"])
    if "copy_note" in marks:  # in the licence's bottom margin; on a card, over the photo
        if w > 100:
            D.copy_note(P, w * float(P.rng.uniform(0.45, 0.6)), h * float(P.rng.uniform(0.8, 0.86)), min(w, h) * 0.035,
                        V.person_name(P.rng))
        else:
            D.copy_note(P, w * 0.64, h * 0.16, 2.8, V.person_name(P.rng))
    if "watermark" in marks:
        D.watermark(P, V.pick(P.rng, ["仅供办理公共场所卫生许可使用", "仅供食品经营许可申请使用", "仅供银行开户使用",
                                      "仅供办理营业执照变更使用", "此复印件仅供政务服务中心使用"]),
                    V.pick(P.rng, ["Noto Sans CJK SC", "AR PL UKai CN"]))
    return vals, P.boxes


def raster(doc: str, v, style, marks, seed: int, px_mm: float) -> tuple[np.ndarray, dict, dict]:
    w, h = D.SIZES[doc]
    surf = skia.Surface(int(round(w * px_mm)), int(round(h * px_mm)))
    c = surf.getCanvas()
    c.clear(skia.ColorWHITE)
    c.scale(px_mm, px_mm)
    vals, boxes = draw(c, doc, v, style, marks, seed)
    arr = surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType)[:, :, :3]
    return np.ascontiguousarray(arr), vals, boxes


def pdf(doc: str, v, style, marks, seed: int) -> tuple[bytes, dict]:
    """The page as a vector PDF from Skia's PDF backend (a downloaded e-licence)."""
    w, h = D.SIZES[doc]
    stream = skia.DynamicMemoryWStream()
    meta = skia.PDF.Metadata()
    meta.fTitle = "电子营业执照" if doc.startswith("bl_") else "电子证照"
    meta.fCreator = "国家政务服务平台"
    meta.fProducer = "Skia/PDF"
    document = skia.PDF.MakeDocument(stream, meta)
    with document:
        c = document.beginPage(w / 25.4 * 72, h / 25.4 * 72)
        c.scale(72 / 25.4, 72 / 25.4)
        vals, _ = draw(c, doc, v, style, marks, seed)
        document.endPage()
    return stream.detachAsData().bytes(), vals


# captures --------------------------------------------------------------------------------------------
def shot_for(cap: str, size_mm, rng) -> dict:
    card = size_mm[0] < 100
    landscape = size_mm[0] >= size_mm[1]
    res = (880, 660) if card else (1120, 840)
    spp = 1
    if not landscape:
        res = res[::-1]
    fov = float(rng.uniform(60, 70))
    fill = float(rng.uniform(0.62, 0.86)) if cap not in ("thumb", "screen_photo") else float(rng.uniform(0.75, 0.92))
    big = max(size_mm) / 1000
    dist = big / fill / (2 * np.tan(np.radians(fov / 2)))
    tilt = np.radians(float(rng.uniform(4, 28))) if cap not in ("gaopaiyi",) else np.radians(float(rng.uniform(0, 2)))
    az = float(rng.uniform(0, 2 * np.pi))
    tx, ty = float(rng.uniform(-0.04, 0.04)) * big, float(rng.uniform(-0.04, 0.04)) * big
    cam = [tx + dist * np.sin(tilt) * np.cos(az), ty + dist * np.sin(tilt) * np.sin(az), dist * np.cos(tilt)]
    roll = np.radians(float(rng.normal(0, 5)))
    shot = {"res": res, "spp": spp, "fov": fov, "cam": [float(x) for x in cam], "target": [tx, ty, 0.0],
            "up": [float(np.sin(roll)), float(np.cos(roll)), 0.0], "desk": V.pick(rng, ["wood", "dark_wood", "laminate", "cloth", "counter"]),
            "light": V.pick(rng, ["window", "lamp", "panel"]), "bend": "flat",
            "denoise": float(rng.uniform(0.35, 0.6)), "fill": fill}
    if cap != "gaopaiyi":
        shot["aperture"] = float(rng.uniform(0.0005, 0.0025))
        shot["focus"] = float(dist * rng.uniform(0.93, 1.07))
    if cap == "gaopaiyi":
        shot.update(light="panel", desk=V.pick(rng, ["laminate", "counter"]), fov=float(rng.uniform(50, 56)))
        shot["cam"] = [tx, ty, float(big / 0.85 / (2 * np.tan(np.radians(shot["fov"] / 2))))]
        shot["up"] = [0.0, 1.0, 0.0]
    if cap == "phone_lamp":
        shot["light"] = "lamp"
    if cap == "phone_curl":
        shot["bend"] = "curl"
    if cap == "phone_fold":
        shot["bend"] = V.pick(rng, ["fold", "wave"])
    if cap == "sleeve_glare":
        shot.update(sleeve=True, glare=True)
    if cap == "thumb":
        side = V.pick(rng, [(-1.0, 0.0, 0.0), (1.0, 0.0, np.pi), (0.0, -1.0, np.pi / 2), (0.0, 1.0, -np.pi / 2)])
        along = float(rng.uniform(-0.7, 0.7))
        inset = float(rng.uniform(14, 30)) * (1.0 if card else 1.6)  # mm of thumb on the page
        tx_, ty_ = ((side[0] * (1 - 2 * inset / size_mm[0]), along) if side[0] else (along, side[1] * (1 - 2 * inset / size_mm[1])))
        shot["thumb"] = (tx_, ty_, side[2] + float(rng.normal(0, 0.25)))
    if cap == "screen_photo":
        shot.update(screen=True, light=V.pick(rng, ["none", "window"]), bend="flat", denoise=0.0, exposure_target=1.25)
        shot.pop("aperture", None)
    if cap == "low_light":
        shot.update(light="low", spp=1, exposure_target=0.5, denoise=0.0)
    return shot


def auto_expose(frame_lin_target: float, img: np.ndarray) -> float:
    lum = img.mean(axis=2)
    return frame_lin_target / max(float(np.percentile(lum, 97)), 1e-4)


def encode(arr: np.ndarray, fmt: str, rng, dpi: int | None = None) -> bytes:
    im = Image.fromarray(arr) if arr.dtype != bool else Image.fromarray(arr).convert("1")
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    if fmt == "jpeg":
        im.convert("RGB" if im.mode in ("RGB", "1") and arr.ndim == 3 else "L").save(buf, "JPEG", quality=int(rng.integers(62, 93)), **kw)
    elif fmt == "webp":
        im.convert("RGB").save(buf, "WEBP", quality=int(rng.integers(55, 88)), method=4)
    elif fmt == "png":
        im.save(buf, "PNG", compress_level=4, **kw)
    elif fmt == "tiff":
        im.save(buf, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", **kw)
    elif fmt == "pdf":
        stamp = dt.datetime(V.TODAY.year, V.TODAY.month, V.TODAY.day, 9, 30)  # fixed: same bytes for a seed
        im.convert("RGB" if arr.ndim == 3 else "L").save(buf, "PDF", resolution=float(dpi or 150), creationDate=stamp.timetuple(), modDate=stamp.timetuple())
    return buf.getvalue()


def _capture_for(kind: str, rng) -> str:
    r = rng.random()
    if kind in ("id_card_front", "id_card_back"):
        # a card is rigid plastic: no curl or fold; no e-licence screen
        pool = [c for c in CAMERA if c not in ("screen_photo", "phone_curl", "phone_fold")] + [
            "phone_desk", "gaopaiyi", "flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app", "chat_screenshot", "adf", "flatbed"]
    elif kind == "other":
        pool = ["phone_desk", "phone_lamp", "low_light", "flatbed", "photocopy", "fax", "chat_screenshot", "phone_curl", "gaopaiyi"]
    else:
        pool = CAMERA + SCANNER + E_FORMS
    if kind not in ("id_card_front", "id_card_back", "other") and r < 0.03:
        return "e_pdf"
    return V.pick(rng, pool)


def make_one(i: int, kind: str, seed: int, out_dir) -> dict:
    out_dir = Path(out_dir)
    rng = np.random.default_rng([seed, i, 26])
    style = style_for(rng)
    variant = kind
    v = None
    if kind == "id_card_front":
        v, doc = V.id_front(rng), "id_card_front"
    elif kind == "id_card_back":
        v, doc = V.id_back(rng), "id_card_back"
    elif kind == "business_license":
        v = V.business(rng)
        doc = "bl_original" if rng.random() < 0.45 else "bl_copy"
        variant = f"{'original' if doc == 'bl_original' else 'copy'}-{v['form']}"
    elif kind == "public_health_license":
        v, doc = V.health(rng), "public_health_license"
    elif kind == "food_business_license":
        v, doc = V.food(rng), "food_business_license"
    else:
        doc = V.pick(rng, ["letter", "letter", "receipt", "certificate", "blank", "form"])
        variant = f"other-{doc}"
    cap = _capture_for(kind, rng)
    marks: list[str] = []
    if kind != "other":
        if rng.random() < 0.2:
            marks.append("watermark")
        if cap in ("photocopy", "copy_of_copy", "fax", "flatbed") and rng.random() < 0.55 or rng.random() < 0.08:
            marks.append("copy_note")
        if kind == "business_license" and rng.random() < 0.25:
            marks.append("seal_over_text")
    if cap == "thumb":
        marks.append("thumb")
    page_seed = int(rng.integers(1 << 31))
    size = D.SIZES[doc]
    card = size[0] < 100
    hidden: set[str] = set()
    base = f"zi_{i:04d}_{kind}"
    faces.USED.clear()
    if cap == "e_pdf":
        data, vals = pdf(doc, v, style, marks, page_seed)
        fmt = "pdf"
    else:
        if cap == "screen_photo":
            vals, hidden, fmt, data = _screen_photo(doc, v, style, marks, page_seed, size, rng)
        elif cap in camera_caps():
            shot = shot_for(cap, size, rng)
            # texture about as fine as the frame's pixels on the page: no mipmaps in Mitsuba's bitmap, so a
            # finer texture would alias at one sample per pixel
            px = shot["fill"] * max(shot["res"]) * 1.25 / max(size)
            page, vals, boxes = raster(doc, v, style, marks, page_seed, px)
            frame, aov = camera.render(page, size, shot, int(rng.integers(1 << 31)))
            hidden = camera.hidden(boxes, size, frame, aov, page)
            fmt = V.pick(rng, ["jpeg", "jpeg", "jpeg", "webp", "png"])
            data = encode(frame, fmt, rng)
        else:
            dpi = {"flatbed": V.pick(rng, [150, 200, 200]), "adf": V.pick(rng, [150, 200]), "photocopy": 200,
                   "copy_of_copy": 200, "fax": 200, "scanner_app": 200, "chat_screenshot": 150, "e_png": 150}[cap]
            if size[0] > 400 and dpi > 150:
                dpi = 150
            on_a4 = card and cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax")
            if card and not on_a4:
                dpi = max(dpi, 300)
            page, vals, boxes = raster(doc, v, style, [m for m in marks if not (on_a4 and m == "copy_note")], page_seed, dpi / 25.4)
            if on_a4:  # an ID card copy: the card on an A4 sheet, the note written beside it
                page = card_on_a4(page, dpi / 25.4, "copy_note" in marks, rng)
                size = D.SIZES["letter"]
            if cap == "flatbed":
                arr = scanner.scan(page, rng, colour=rng.random() < 0.7, feeder=False)
                fmt = V.pick(rng, ["png", "tiff", "pdf", "jpeg"])
            elif cap == "adf":
                arr = scanner.scan(page, rng, colour=rng.random() < 0.4, feeder=True)
                fmt = V.pick(rng, ["tiff", "pdf", "png"])
            elif cap in ("photocopy", "copy_of_copy"):
                arr = scanner.photocopy(page, rng, 1 if cap == "photocopy" else 2)
                fmt = V.pick(rng, ["tiff", "png", "jpeg", "pdf"])
            elif cap == "fax":
                arr = scanner.fax(page, rng, size, fine=rng.random() < 0.5)
                fmt = V.pick(rng, ["tiff", "png"])
                dpi = 204
            elif cap == "scanner_app":
                arr = scanner.scanner_app(page, rng)
                fmt = V.pick(rng, ["jpeg", "pdf"])
            elif cap == "chat_screenshot":
                arr = scanner.chat_screenshot(page, rng, lambda s: faces.font("Noto Sans CJK SC", s))
                fmt = V.pick(rng, ["jpeg", "png", "webp"])
                dpi = None
            else:
                arr, fmt = page, "png"
            data = encode(arr, fmt, rng, dpi)
    name = f"{base}.{ {'jpeg': 'jpg', 'tiff': 'tif'}.get(fmt, fmt)}"
    (out_dir / name).write_bytes(data)
    fields = {}
    if kind != "other":
        fields = {k: {"value": val, "unreadable": bool(k in hidden and val != "")} for k, val in vals.items()}
    return {"file": name, "kind": kind, "variant": variant, "capture": cap, "marks": sorted(marks),
            "faces": sorted(faces.USED), "formats": [fmt], "fields": fields}


def screen_image(page: np.ndarray, px: tuple[int, int], rng) -> tuple[np.ndarray, dict]:
    """The page shown full-screen in a viewer (dark or light chrome), as the screen's own pixels; returns
    the image and the value boxes in screen pixels."""
    W, H = px
    surf = skia.Surface(W, H)
    c = surf.getCanvas()
    c.clear(skia.ColorSetARGB(255, 38, 38, 40) if rng.random() < 0.6 else skia.ColorSetARGB(255, 226, 228, 232))
    c.drawRect(skia.Rect.MakeXYWH(0, 0, W, 34), skia.Paint(Color=skia.ColorSetARGB(255, 60, 62, 66)))
    ph, pw = page.shape[:2]
    k = min((W - 40) / pw, (H - 60) / ph)
    x0, y0 = (W - pw * k) / 2, 34 + (H - 34 - ph * k) / 2
    rgba = np.dstack([page, np.full(page.shape[:2], 255, np.uint8)])
    img = skia.Image.fromarray(np.ascontiguousarray(rgba), colorType=skia.kRGBA_8888_ColorType)
    c.drawImageRect(img, skia.Rect.MakeXYWH(x0, y0, pw * k, ph * k), skia.SamplingOptions(skia.FilterMode.kLinear))
    arr = surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType)[:, :, :3]
    return np.ascontiguousarray(arr), {"x0": x0, "y0": y0, "k": k}


def subpixels(img: np.ndarray) -> np.ndarray:
    """Each screen pixel as three vertical R, G, B stripes with a dark gap (the texture the camera sees)."""
    h, w = img.shape[:2]
    surf = skia.Surface(w * 3, h * 2)
    c = surf.getCanvas()
    rgba = np.dstack([img, np.full((h, w), 255, np.uint8)])
    c.scale(3, 2)
    c.drawImage(skia.Image.fromarray(np.ascontiguousarray(rgba), colorType=skia.kRGBA_8888_ColorType), 0, 0,
                skia.SamplingOptions(skia.FilterMode.kNearest))
    c.resetMatrix()
    tile = np.zeros((2, 3, 4), np.uint8)
    tile[0, 0] = (255, 110, 110, 255)
    tile[0, 1] = (110, 255, 110, 255)
    tile[0, 2] = (110, 110, 255, 255)
    tile[1] = (150, 150, 150, 255)
    shader = skia.Image.fromarray(tile, colorType=skia.kRGBA_8888_ColorType).makeShader(skia.TileMode.kRepeat, skia.TileMode.kRepeat)
    p = skia.Paint(Shader=shader, BlendMode=skia.BlendMode.kMultiply)
    c.drawPaint(p)
    return np.ascontiguousarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType)[:, :, :3])


def _screen_photo(doc, v, style, marks, page_seed, size, rng):
    """An e-licence on a laptop, monitor or tablet screen, photographed (Mitsuba: the screen an emitting
    mesh textured with its own subpixels, sampled at pixel centres: moiré)."""
    kind = V.pick(rng, ["laptop", "monitor"]) if size[0] > size[1] else "tablet"
    (sw, sh), px = SCREENS[kind]
    k_fit = min((px[0] - 40) / size[0], (px[1] - 60) / size[1])
    page, vals, boxes = raster(doc, v, style, marks, page_seed, k_fit)
    scr, at = screen_image(page, px, rng)
    mm = sw / px[0]
    f = k_fit * at["k"]  # page mm -> screen px
    sboxes = {key: [[(at["x0"] + x0 * f) * mm, (at["y0"] + y0 * f) * mm, (at["x0"] + x1 * f) * mm, (at["y0"] + y1 * f) * mm]
                    for x0, y0, x1, y1 in rects] for key, rects in boxes.items()}
    tex = subpixels(scr)
    shot = shot_for("screen_photo", (sw, sh), rng)
    frame, aov = camera.render(tex, (sw, sh), shot, int(rng.integers(1 << 31)))
    hidden = camera.hidden(sboxes, (sw, sh), frame, aov, scr)  # the screen image is the ink map (uv-indexed)
    fmt = V.pick(rng, ["jpeg", "jpeg", "webp"])
    return vals, hidden, fmt, encode(frame, fmt, rng)


def card_on_a4(card: np.ndarray, px_mm: float, note: bool, rng) -> np.ndarray:
    """A 身份证复印件: the card at true size on an A4 sheet (upper half), a 复印件与原件一致 note beside it."""
    W, H = D.SIZES["letter"]
    surf = skia.Surface(int(round(W * px_mm)), int(round(H * px_mm)))
    c = surf.getCanvas()
    c.clear(skia.ColorWHITE)
    c.scale(px_mm, px_mm)
    x, y = float(rng.uniform(55, 70)), float(rng.uniform(30, 70))
    rgba = np.dstack([card, np.full(card.shape[:2], 255, np.uint8)])
    c.drawImageRect(skia.Image.fromarray(np.ascontiguousarray(rgba), colorType=skia.kRGBA_8888_ColorType),
                    skia.Rect.MakeXYWH(x, y, 85.6, 54.0), skia.SamplingOptions(skia.FilterMode.kLinear))
    if note:
        P = Page(c, W, H, int(rng.integers(1 << 31)))
        D.copy_note(P, x + float(rng.uniform(0, 20)), y + 54 + float(rng.uniform(14, 30)), 6.0, V.person_name(P.rng))
    return np.ascontiguousarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType)[:, :, :3])


def camera_caps() -> list[str]:
    return CAMERA


def generate(out_dir, n: int = 150, seed: int = 4343) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": FAMILY, "seed": seed, "n": n, "params_hash": params_hash(n, seed), "renderer": "skia-python + mitsuba " + camera.VARIANT + " + SimpleITK",
             "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
