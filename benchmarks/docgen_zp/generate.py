"""Family ZP's generator: the kind plan, one file made end to end (values → libharu PDF → pdfium raster
→ a Taichi photo or a Halide scan pipeline → the file format), truth.json, the parameters' hash and the
summary the bench prints."""

from __future__ import annotations

import hashlib
import io
import json
import math
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from benchmarks.docgen_zp import canvas as CV
from benchmarks.docgen_zp import documents as D
from benchmarks.docgen_zp import hpdf as H
from benchmarks.docgen_zp import marks as M
from benchmarks.docgen_zp import photo
from benchmarks.docgen_zp import scan as S
from benchmarks.docgen_zp import values as V

FAMILY = "ZP"
HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
KEYS = {
    "id_card_front": ["name", "sex", "nation", "birth_date", "address", "id_number"],
    "id_card_back": ["issuing_authority", "valid_from", "valid_to"],
    "business_license": ["name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                         "established_date", "address", "business_scope", "valid_to"],
    "public_health_license": ["license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to"],
    "food_business_license": ["license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
                              "business_form", "business_items", "valid_to"],
    "other": [],
}
PHOTO_MODES = {"desk", "thumb", "sleeve", "curl", "fold", "lowlight", "gaopaiyi", "screen"}
CAPTURES = {  # capture: weight
    "desk": 13, "thumb": 6, "sleeve": 6, "curl": 5, "fold": 5, "lowlight": 6, "gaopaiyi": 6, "screen": 3,
    "flatbed": 10, "adf": 5, "photocopy": 7, "copy_of_copy": 4, "fax": 5, "scanner_app": 5,
    "chat_forward": 5, "chat_screenshot": 3, "e_pdf": 4,
}
FIXED_DATE = time.gmtime(1795167000)  # 2026-11-20, written into the scan PDFs (no clock in the bytes)
HIDDEN_SHARE = 0.04  # a value is unreadable when more than this share of its ink cells is not seen legibly


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default mix scaled to n (every kind at least once from n = 6), shuffled."""
    kinds = list(MIX)
    counts = {k: MIX[k] * n / 150 for k in kinds}
    c = {k: int(math.floor(v)) for k, v in counts.items()}
    if n >= len(kinds):
        for k in kinds:
            c[k] = max(1, c[k])
    order = sorted(kinds, key=lambda k: -(counts[k] - math.floor(counts[k])))
    j = 0
    while sum(c.values()) < n:
        c[order[j % len(order)]] += 1
        j += 1
    while sum(c.values()) > n:
        big = max(kinds, key=lambda k: c[k])
        c[big] -= 1
    plan = [k for k in kinds for _ in range(c[k])]
    rng = np.random.default_rng([seed, 7])
    rng.shuffle(plan)
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}:{n}:{seed}".encode())
    for f in sorted(HERE.glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


# ------------------------------------------------------------------ pages ------------------------------
def _style(rng, kind: str) -> dict:  # noqa: ANN001
    if kind.startswith("id_card"):
        return {"label_face": "hei", "value_face": V.pick(rng, ["hei", "hei", "song", "ming"]),
                "title_face": V.pick(rng, ["song", "ming", "hei"]), "seal_face": "song", "frame": (0.7, 0.6, 0.4)}
    return {"label_face": V.pick(rng, ["hei", "song", "ming"]),
            "value_face": V.pick(rng, ["song", "ming", "kai", "ukai", "hei", "wenkai"]),
            "title_face": V.pick(rng, ["song", "ming", "hei", "wenkai_bold"]),
            "seal_face": V.pick(rng, ["song", "hei", "ming"]),
            "frame": [(0.78, 0.6, 0.35), (0.65, 0.45, 0.3), (0.5, 0.6, 0.75), (0.75, 0.5, 0.45)][int(rng.integers(4))]}


def _values(rng, kind: str) -> tuple[dict, str]:  # noqa: ANN001
    if kind == "id_card_front":
        return V.id_front(rng), "front"
    if kind == "id_card_back":
        return V.id_back(rng), "back"
    if kind == "business_license":
        form = V.pick(rng, ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 1 + ["individual"] * 2)
        copy = rng.random() < 0.45
        v = V.company(rng, V.place(rng), form)
        v["serial"] = "".join(str(int(rng.integers(10))) for _ in range(20))
        return v, f"{'fuben' if copy else 'zhengben'}-{form}"
    if kind == "public_health_license":
        return V.health(rng), "zhengben"
    if kind == "food_business_license":
        return V.food(rng), "fuben" if rng.random() < 0.35 else "zhengben"
    ok = V.pick(rng, ["blank", "receipt", "certificate", "form", "letter", "letter"])
    return V.other(rng, ok), ok


def draw(kind: str, variant: str, v: dict, st: dict, rng, pdf_path: Path, marks: list[str]) -> CV.Canvas:  # noqa: ANN001
    doc = H.Doc()
    try:
        if kind == "id_card_front":
            c = D.id_front(doc, rng, v, st)
        elif kind == "id_card_back":
            c = D.id_back(doc, rng, v, st)
        elif kind == "business_license":
            c = D.business_license(doc, rng, v, st, variant.startswith("fuben"))
        elif kind == "public_health_license":
            c = D.health_license(doc, rng, v, st)
        elif kind == "food_business_license":
            c = D.food_license(doc, rng, v, st, variant == "fuben")
        else:
            c = D.other_page(doc, rng, v, st)
        if "company_seal" in marks:
            M.company_seal(c, rng, v.get("name", v.get("org", "")) or "某某有限公司", st["seal_face"], c.boxes)
        if "watermark" in marks:
            M.watermark(c, rng, V.pick(rng, ["hei", "song"]))
        if "copy_note" in marks:
            M.copy_note(c, rng, V.pick(rng, ["song", "hei", "kai"]), V.pick(rng, ["kai", "ukai", "wenkai"]))
        doc.save(str(pdf_path))
        return c
    finally:
        doc.close()


def raster(pdf_path: Path, dpi: float) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        img = pdf[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        pdf.close()
    return np.asarray(img)


# ------------------------------------------------------------------ captures ---------------------------
def _choose_capture(rng, kind: str) -> str:  # noqa: ANN001
    caps = dict(CAPTURES)
    if kind.startswith("id_card"):
        for k in ("curl", "fold", "adf", "e_pdf"):
            caps.pop(k)
    if kind == "other":
        caps.pop("e_pdf")
    names = sorted(caps)
    w = np.array([caps[k] for k in names], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _on_glass(card: np.ndarray, dpi: float, rng) -> np.ndarray:  # noqa: ANN001
    """A card laid on an A4 scanner glass: the card's raster on a white A4 sheet at dpi."""
    W, Hh = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = np.full((Hh, W, 3), 255, np.uint8)
    ch, cw = card.shape[:2]
    x = int(rng.uniform(0.08, 0.9) * (W - cw))
    y = int(rng.uniform(0.05, 0.55) * (Hh - ch))
    sheet[y:y + ch, x:x + cw] = card
    return sheet


def _affine(w: int, h: int, ang_deg: float, sx: float = 1.0, sy: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> tuple:
    """Output → source map rotating by ang about the centre and scaling by (sx, sy) (source px per output px)."""
    a = math.radians(ang_deg)
    ca, sa = math.cos(a), math.sin(a)
    ow, oh = w / sx, h / sy
    # src = C_src + R * S * (out - C_out)
    A, B = ca * sx, -sa * sy
    Cc, Dd = sa * sx, ca * sy
    c0 = w / 2 - (A * ow / 2 + B * oh / 2) + dx
    f0 = h / 2 - (Cc * ow / 2 + Dd * oh / 2) + dy
    return (A, B, c0, Cc, Dd, f0), int(round(ow)), int(round(oh))


def _grey(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        return img
    return (img[:, :, 0] * 0.299 + img[:, :, 1] * 0.587 + img[:, :, 2] * 0.114).astype(np.uint8)


def _save(img: np.ndarray, path: Path, fmt: str, rng, dpi: tuple[float, float] | None = None, quality: int | None = None) -> Path:  # noqa: ANN001
    im = Image.fromarray(img)
    q = quality or int(rng.integers(78, 94))
    kw = {}
    if dpi:
        kw["dpi"] = (round(dpi[0]), round(dpi[1]))
    if fmt == "jpeg":
        im.save(path, "JPEG", quality=q, subsampling=2, **kw)
    elif fmt == "webp":
        im.save(path, "WEBP", quality=q, method=4)
    elif fmt == "png":
        im.save(path, "PNG", compress_level=6, **kw)
    elif fmt == "tiff":
        im.save(path, "TIFF", compression="tiff_lzw" if im.mode != "1" else "group4", **kw)
    elif fmt == "pdf":
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q)
        Image.open(buf).save(path, "PDF", resolution=float(dpi[0] if dpi else 200), creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return path


def _reencode(img: np.ndarray, times: int, rng) -> np.ndarray:  # noqa: ANN001
    for _ in range(times):
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, "JPEG", quality=int(rng.integers(60, 85)), subsampling=2)
        img = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
    return img


def _downscale_to(img: np.ndarray, long_side: int) -> np.ndarray:
    """Halide area averaging by the integer factor that brings the long side nearest above long_side,
    then a Halide bilinear warp to the exact size."""
    h, w = img.shape[:2]
    fac = max(1, int(max(h, w) / long_side))
    if fac > 1:
        img = S.area(img, fac)
        h, w = img.shape[:2]
    s = max(h, w) / long_side
    if s > 1.001:
        m, ow, oh = _affine(w, h, 0.0, s, s)
        img = S.warp(img, ow, oh, m, 1, blur=0.0, noise=0.0)
    return img


def _chat_screen(doc_img: np.ndarray, rng, path_pdf: Path) -> np.ndarray:  # noqa: ANN001
    """A chat app's screenshot (1080×2340): status bar, title bar, the forwarded image in a bubble,
    the input bar — drawn by libharu, rasterised by pdfium at 1 px per pt."""
    W, Hh = 1080.0, 2340.0
    doc = H.Doc()
    try:
        c = CV.Canvas(doc, W / CV.MM, Hh / CV.MM)  # 1 pt per pixel
        k = 1 / CV.MM
        dark = rng.random() < 0.3
        bg = (0.07, 0.07, 0.07) if dark else (0.93, 0.93, 0.93)
        fg = (0.9, 0.9, 0.9) if dark else (0.1, 0.1, 0.1)
        c.fill_color(bg)
        c.rect(0, 0, c.w, c.h, fill=True, stroke=False)
        c.fill_color((0.12, 0.12, 0.12) if dark else (0.97, 0.97, 0.97))
        c.rect(0, 0, c.w, 230 * k, fill=True, stroke=False)
        c.text(50 * k, 70 * k, f"{int(rng.integers(7, 23))}:{int(rng.integers(0, 60)):02d}", "sans", 34, fg)
        c.text(880 * k, 70 * k, f"{int(rng.integers(12, 99))}%", "sans", 30, fg)
        title = V.pick(rng, ["文件传输助手", V.person_name(rng), "窗口受理群", V.person_name(rng) + "（客户）"])
        c.centered(c.w / 2, 180 * k, title, "hei", 44, fg)
        c.text(40 * k, 180 * k, "〈", "hei", 44, fg)
        h, w = doc_img.shape[:2]
        bw = 760.0
        bh = bw * h / w
        if bh > 1650:
            bh = 1650.0
            bw = bh * w / h
        x0 = 1080 - 50 - bw if rng.random() < 0.6 else 170.0
        y0 = 330.0
        c.fill_color((0.8, 0.8, 0.8))
        c.rect(x0 * k - 1, y0 * k - 1, bw * k + 2, bh * k + 2, fill=True, stroke=False)
        buf = io.BytesIO()
        Image.fromarray(doc_img).save(buf, "PNG", compress_level=1)
        c.image_png(buf.getvalue(), x0 * k, y0 * k, bw * k, bh * k)
        c.fill_color((0.6, 0.75, 0.9))
        c.rect((x0 + bw + 12 if x0 < 500 else x0 - 110) * k, y0 * k, 96 * k, 96 * k, fill=True, stroke=False)
        c.fill_color((0.12, 0.12, 0.12) if dark else (0.97, 0.97, 0.97))
        c.rect(0, (Hh - 170) * k, c.w, 170 * k, fill=True, stroke=False)
        c.fill_color((0.2, 0.2, 0.2) if dark else (1, 1, 1))
        c.rect(130 * k, (Hh - 145) * k, 700 * k, 90 * k, fill=True, stroke=False)
        doc.save(str(path_pdf))
    finally:
        doc.close()
    out = raster(path_pdf, 72.0)
    path_pdf.unlink()
    return out


def capture(cap: str, kind: str, pdf: Path, c: CV.Canvas, rng, out_base: Path) -> tuple[Path, list[str], np.ndarray | None]:  # noqa: ANN001
    """The capture's file, its formats and (for photos) the page's visibility grid."""
    pw, ph = c.w, c.h
    card = pw < 100
    if cap in PHOTO_MODES:
        st = photo.plan(rng, cap, pw, ph)
        if cap not in ("gaopaiyi", "screen"):
            # two samples where there is an integral to take (shake, missed focus, dim light); one otherwise
            st["spp"] = 2 if (st["shake_x"] or st["focus"] != st["dist"] or cap == "lowlight") else 1
        tex = raster(pdf, photo.texture_dpi(st, pw, ph))
        frame, vis = photo.render(st, tex)
        if cap == "gaopaiyi":
            fmt = V.pick(rng, ["jpeg", "jpeg", "jpeg", "png"])
        else:
            fmt = V.pick(rng, ["jpeg"] * 12 + ["webp"] * 3 + ["png"])
        return _save(frame, out_base.with_suffix("." + {"jpeg": "jpg"}.get(fmt, fmt)), fmt, rng), [fmt], vis
    if cap == "e_pdf":
        path = out_base.with_suffix(".pdf")
        path.write_bytes(pdf.read_bytes())
        return path, ["pdf"], None
    if cap in ("chat_forward", "chat_screenshot"):
        if rng.random() < 0.5:  # a phone photo forwarded
            st = photo.plan(rng, "desk", pw, ph)
            st["spp"] = 1
            frame, vis = photo.render(st, raster(pdf, photo.texture_dpi(st, pw, ph)))
        else:  # a scan forwarded
            dpi = 300 if card else 150
            img = raster(pdf, dpi)
            if card:
                img = _on_glass(img, dpi, rng)
            m, ow, oh = _affine(img.shape[1], img.shape[0], float(rng.normal(0, 0.6)))
            frame, vis = S.warp(img, ow, oh, m, int(rng.integers(1 << 30)), blur=0.6, noise=0.01, gamma=1.1), None
        small = _downscale_to(frame, 1280)
        small = _reencode(small, int(rng.integers(1, 3)), rng)
        if cap == "chat_screenshot":
            small = _chat_screen(small, rng, out_base.with_suffix(".ui.pdf"))
            fmt = V.pick(rng, ["png", "jpeg"])
        else:
            fmt = V.pick(rng, ["jpeg", "jpeg", "webp"])
        return _save(small, out_base.with_suffix("." + {"jpeg": "jpg"}.get(fmt, fmt)), fmt, rng, quality=int(rng.integers(70, 86))), [fmt], vis
    seed = int(rng.integers(1 << 30))
    if cap in ("flatbed", "adf"):
        dpi = float(V.pick(rng, [150, 200, 300] if cap == "flatbed" else [150, 200]))
        if pw > 300 and dpi > 200:
            dpi = 200.0
        img = raster(pdf, dpi)
        if card:
            img = _on_glass(img, dpi, rng)
        colour = rng.random() < (0.7 if cap == "flatbed" else 0.4)
        if not colour:
            img = _grey(img)
        ang = float(rng.normal(0, 0.5 if cap == "flatbed" else 1.2))
        stretch = 1.0 + (float(rng.uniform(-0.012, 0.012)) if cap == "adf" else 0.0)
        m, ow, oh = _affine(img.shape[1], img.shape[0], ang, 1.0, stretch)
        out = S.warp(img, ow, oh, m, seed, blur=float(rng.uniform(0.3, 0.9)), gain=float(rng.uniform(1.0, 1.06)),
                     black=float(rng.uniform(0.0, 0.06)), gamma=float(rng.uniform(0.9, 1.2)), noise=float(rng.uniform(0.005, 0.02)),
                     streak=float(rng.uniform(0.01, 0.03)) if cap == "adf" else 0.0, bg=float(rng.uniform(200, 250)))
        fmt = V.pick(rng, ["png", "tiff", "pdf", "jpeg"] if cap == "flatbed" else ["pdf", "tiff", "pdf"])
        return _save(out, out_base.with_suffix("." + {"jpeg": "jpg", "tiff": "tif"}.get(fmt, fmt)), fmt, rng, dpi=(dpi, dpi)), [fmt], None
    if cap in ("photocopy", "copy_of_copy"):
        dpi = 200.0 if pw > 300 else 300.0 if card else 240.0
        img = _grey(raster(pdf, dpi))
        if card:
            img = _grey(_on_glass(np.stack([img] * 3, 2), dpi, rng))
        rounds = 1 if cap == "photocopy" else 2
        for r_ in range(rounds):
            m, ow, oh = _affine(img.shape[1], img.shape[0], float(rng.normal(0, 0.8)), 1.0, 1.0, float(rng.normal(0, 6)), float(rng.normal(0, 6)))
            img = S.warp(img, ow, oh, m, seed + r_, blur=float(rng.uniform(0.5, 1.0)), noise=0.01, gamma=1.0)
            img = S.copier(img, seed + 11 + r_, mid=float(rng.uniform(0.45, 0.6)), slope=float(rng.uniform(6, 12)),
                           speck=float(rng.uniform(0.0002, 0.002)), band=float(rng.uniform(0.0, 0.25)),
                           band_y=float(rng.uniform(0, img.shape[0])), band_w=float(rng.uniform(20, 120)), fill=float(rng.uniform(0.1, 0.5)))
        # the copy is scanned for the window's file: a scan of the copy at 150–200 dpi
        sdpi = float(V.pick(rng, [150, 200]))
        s = dpi / sdpi
        m, ow, oh = _affine(img.shape[1], img.shape[0], float(rng.normal(0, 0.3)), s, s)
        out = S.warp(img, ow, oh, m, seed + 99, blur=0.4, noise=0.008, gamma=1.0)
        fmt = V.pick(rng, ["png", "jpeg", "pdf", "tiff"])
        return _save(out, out_base.with_suffix("." + {"jpeg": "jpg", "tiff": "tif"}.get(fmt, fmt)), fmt, rng, dpi=(sdpi, sdpi)), [fmt], None
    if cap == "fax":
        fine = rng.random() < 0.5
        ydpi = 196.0 if fine else 98.0
        img = _grey(raster(pdf, 204.0))
        if card:
            img = _grey(_on_glass(np.stack([img] * 3, 2), 204.0, rng))
        m, ow, oh = _affine(img.shape[1], img.shape[0], float(rng.normal(0, 0.7)), 1.0, 204.0 / ydpi)
        g = S.warp(img, ow, oh, m, seed, blur=0.7, noise=0.02, gamma=1.0)
        bw = S.binarise(g, seed + 1, thr=float(rng.uniform(0.45, 0.62)), dither=float(rng.uniform(0.0, 0.35)))
        path = out_base.with_suffix(".tif")
        Image.fromarray(bw).convert("1", dither=Image.Dither.NONE).save(
            path, "TIFF", compression=V.pick(rng, ["group3", "group4"]), dpi=(204, int(ydpi)))
        return path, ["tiff"], None
    if cap == "scanner_app":
        dpi = 160.0 if pw > 300 else 220.0 if not card else 400.0
        img = raster(pdf, dpi)
        h, w = img.shape[:2]
        # the app's residual keystone and uneven light, then its "enhance" filter
        m, ow, oh = _affine(w, h, float(rng.normal(0, 0.8)), float(rng.uniform(0.98, 1.02)), float(rng.uniform(0.98, 1.02)))
        shot = S.warp(img, ow, oh, m, seed, blur=float(rng.uniform(0.5, 1.0)), gain=float(rng.uniform(0.75, 0.95)),
                      black=0.0, gamma=float(rng.uniform(1.0, 1.3)), noise=0.02)
        mode = V.pick(rng, ["colour", "grey", "bw"])
        if mode == "colour":
            out = S.planes(shot, lambda pl, ch: S.enhance(pl, float(rng.uniform(0.9, 1.3)), 0.0))
        else:
            out = S.enhance(_grey(shot), float(rng.uniform(1.0, 1.5)), 0.0)
            if mode == "bw":
                out = S.binarise(out, seed + 5, 0.55, 0.0)
        fmt = V.pick(rng, ["pdf", "jpeg", "pdf"])
        return _save(out, out_base.with_suffix("." + {"jpeg": "jpg"}.get(fmt, fmt)), fmt, rng, dpi=(dpi, dpi)), [fmt], None
    raise ValueError(cap)


def hidden_fields(c: CV.Canvas, vis: np.ndarray | None, cell: float) -> set[str]:
    """Fields whose ink the photo does not show legibly: more than HIDDEN_SHARE of the cells under the
    value's ink boxes (their glyph bodies) were never seen by a frame pixel (out of frame, under the
    thumb, washed by glare)."""
    if vis is None:
        return set()
    out = set()
    for key, boxes in c.boxes.items():
        tot = hid = 0
        for x0, y0, x1, y1 in boxes:
            xs = np.arange(x0 + cell / 2, x1, cell / 2)
            hgt = y1 - y0  # the body of the glyphs: the box's middle, not its ascent/descent margins
            ys = np.arange(y0 + 0.3 * hgt, y1 - 0.2 * hgt + 1e-6, min(cell / 2, hgt / 4))
            for yy in ys:
                for xx in xs:
                    i, j = int(xx / cell), int(yy / cell)
                    tot += 1
                    if j >= vis.shape[0] or i >= vis.shape[1] or vis[j, i] == 0:
                        hid += 1
        if tot and hid / tot > HIDDEN_SHARE:
            out.add(key)
    return out


def _truth_values(kind: str, v: dict) -> dict:
    return {k: v[k] for k in KEYS[kind]}


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of the set (kind from the plan): drawn, captured, written; returns its truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, i, 2929])
    v, variant = _values(rng, kind)
    st = _style(rng, kind)
    cap = _choose_capture(rng, kind)
    marks: list[str] = []
    if kind != "other" or rng.random() < 0.3:
        if cap in ("photocopy", "copy_of_copy", "flatbed", "fax", "scanner_app", "adf") and rng.random() < 0.45:
            marks.append("copy_note")
        if rng.random() < 0.2:
            marks.append("watermark")
        if kind in ("business_license", "food_business_license", "public_health_license") and rng.random() < 0.15 \
                and cap not in ("e_pdf",):
            marks.append("company_seal")
    base = out_dir / f"zp_{i:04d}"
    pdf = base.with_suffix(".src.pdf")
    c = draw(kind, variant, v, st, rng, pdf, marks)
    try:
        path, fmts, vis = capture(cap, kind, pdf, c, rng, base)
    finally:
        pdf.unlink(missing_ok=True)
    cell = 0.5 if c.w < 100 else 1.0
    hidden = hidden_fields(c, vis, cell)
    fields = {k: {"value": val, "unreadable": k in hidden} for k, val in _truth_values(kind, v).items()}
    used = sorted({st["label_face"], st["value_face"]} | ({"mono"} if kind in ("id_card_front", "business_license", "food_business_license") else set()))
    return {"file": path.name, "kind": kind, "fields": fields, "capture": cap, "variant": variant, "marks": marks,
            "faces": used, "formats": fmts}


def generate(out_dir, n: int = 150, seed: int = 2929) -> dict:  # noqa: ANN001
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(plan)]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    def count(key: str) -> dict:
        out: dict = {}
        for f in truth["files"]:
            vals = f[key] if isinstance(f[key], list) else [f[key]]
            for x in vals:
                out[x] = out.get(x, 0) + 1
        return dict(sorted(out.items()))
    unread = sum(t["unreadable"] for f in truth["files"] for t in f["fields"].values())
    return {"kinds": count("kind"), "captures": count("capture"), "variants": count("variant"), "marks": count("marks"),
            "faces": count("faces"), "formats": count("formats"), "unreadable": unread}
