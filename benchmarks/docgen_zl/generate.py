"""Family ZL's set: the kind plan, one file per (index, kind, seed), truth.json, params_hash and the
summary the bench prints."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from . import capture as C
from . import documents as D
from . import marks as M
from . import pdfwrite
from . import text as T

FAMILY = "ZL"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES_CARD = {"phone_desk": 24, "phone_thumb": 12, "phone_sleeve": 10, "phone_lowlight": 7, "gaopaiyi": 12,
                 "flatbed": 8, "photocopy": 10, "copy2": 4, "fax": 3, "scanapp": 5, "chat_forward": 5, "chat_screenshot": 3}
CAPTURES_PAGE = {"phone_desk": 16, "phone_lowlight": 5, "phone_sleeve": 6, "phone_curl": 6, "phone_fold": 6, "phone_thumb": 5,
                 "gaopaiyi": 8, "flatbed": 8, "adf": 5, "photocopy": 8, "copy2": 4, "fax": 4, "scanapp": 6,
                 "chat_forward": 3, "chat_screenshot": 3, "screen_photo": 3, "epdf": 6}
CAPTURES_OTHER = {"phone_desk": 6, "gaopaiyi": 2, "flatbed": 3, "photocopy": 3, "fax": 2, "scanapp": 2, "chat_forward": 1,
                  "epdf": 1}
MODES = {"light": 40, "unhinted": 25, "mono": 15, "lcd": 20}


def _pick(rng, weights: dict):
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of a set of n files: the default mix scaled to n (every kind at least once from n=6),
    shuffled by the seed."""
    total = sum(MIX.values())
    counts = {k: max(1 if n >= len(MIX) else 0, int(round(v * n / total))) for k, v in MIX.items()}
    order = sorted(MIX, key=lambda k: -MIX[k])
    i = 0
    while sum(counts.values()) > n:
        k = order[i % len(order)]
        if counts[k] > 1:
            counts[k] -= 1
        i += 1
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    kinds = [k for k in MIX for _ in range(counts[k])]
    rng = np.random.default_rng([seed, 7676])
    rng.shuffle(kinds)
    return kinds


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"ZL|{n}|{seed}".encode())
    here = Path(__file__).resolve().parent
    for p in sorted(list(here.glob("*.py")) + list(here.glob("octave/*.m")) + list(here.glob("*.vert")) + list(here.glob("*.frag"))):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _card_on_glass(card: np.ndarray, dpi: float, rng) -> T.Canvas:
    """An ID card laid on the scanner's / copier's glass: at 200 dpi the whole A4 page with the card
    near its top, at 300 dpi the area the clerk framed around the card."""
    w, h = (210.0, 297.0) if dpi < 250 else (float(rng.uniform(110, 150)), float(rng.uniform(75, 100)))
    cv = T.Canvas(w, h, dpi, "light", (250, 250, 248))
    x, y = float(rng.uniform(8, w - 95)), float(rng.uniform(8, min(h - 60, 120)))
    cv.art.paste(Image.fromarray(card), (int(cv.px(x)), int(cv.px(y))))
    cv.card_at = (x, y)
    return cv


def _encode(img: np.ndarray, fmt: str, rng, dpi: float | None = None, bilevel: bool = False) -> bytes:
    buf = io.BytesIO()
    im = Image.fromarray(img)
    if fmt == "jpg":
        im.save(buf, "JPEG", quality=int(rng.integers(72, 94)), subsampling=2 if rng.random() < 0.7 else 0)
    elif fmt == "webp":
        im.save(buf, "WEBP", quality=int(rng.integers(65, 90)), method=4)
    elif fmt == "png":
        (im.convert("1") if bilevel else im).save(buf, "PNG", dpi=(dpi, dpi) if dpi else None, compress_level=3)
    elif fmt == "tif":
        if bilevel:
            im.convert("1").save(buf, "TIFF", compression="group4", dpi=(dpi or 204, dpi or 204))
        else:
            g = img.ndim == 3 and (img[..., 0] == img[..., 2]).all()
            (im.convert("L") if g else im).save(buf, "TIFF", compression="tiff_lzw", dpi=(dpi or 200, dpi or 200))
    elif fmt == "pdf":
        return pdfwrite.image_pdf(img, dpi or 200, int(rng.integers(70, 90)))
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def make_one(i: int, kind: str, seed: int, out_dir) -> dict:
    """File i of the set: its document, marks, capture and format, written into out_dir; returns its
    truth entry."""
    out_dir = Path(out_dir)
    rng = np.random.default_rng([seed, i, 76])
    card = kind.startswith("id_card")
    cap = _pick(rng, CAPTURES_CARD if card else CAPTURES_OTHER if kind == "other" else CAPTURES_PAGE)
    doc = D.build(kind, rng, tt=cap == "epdf")
    mode = "lcd" if cap in ("epdf", "screen_photo") and rng.random() < 0.7 else _pick(rng, MODES)
    art_seed = int(rng.integers(2**31))
    photo = cap in C.PHOTO or cap in ("chat_forward", "chat_screenshot")
    marks: list[str] = []
    # the page's dpi: what the capture needs
    if cap in C.PHOTO or cap in ("chat_forward", "chat_screenshot"):
        dpi = 420.0 if card else (150.0 if doc.w_mm > 300 else 200.0)
    elif cap == "epdf":
        dpi = 150.0
    elif cap == "fax":
        dpi = 200.0
    elif card:
        dpi = float(rng.choice([200, 300, 300]))
    else:
        dpi = float(rng.choice([150, 200])) if doc.w_mm < 300 else float(rng.choice([150, 150, 150, 200]))
    cv = D.render(doc, dpi, mode, art_seed)
    page_w, page_h = doc.w_mm, doc.h_mm
    if card and not photo:
        cv = _card_on_glass(cv.finish(), dpi, rng)
        page_w, page_h = cv.w_mm, cv.h_mm
    # marks on the page before its capture
    if cap in ("photocopy", "copy2", "flatbed", "scanapp", "fax", "chat_forward") and rng.random() < 0.45:
        marks.append("watermark")
        M.watermark(cv, rng)
    if cap in ("photocopy", "copy2", "flatbed", "adf", "scanapp") and kind != "other" and rng.random() < 0.4:
        marks.append("copy_note")
        M.copy_note(cv, rng, float(rng.uniform(0.45, 0.62)) * cv.w_mm, float(rng.uniform(0.72, 0.84)) * cv.h_mm)
    if cap in ("photocopy", "copy2", "flatbed", "scanapp", "adf") and kind != "other" and rng.random() < 0.3:
        marks.append("seal_over_text")
        name = (doc.fields.get("name") if kind in ("business_license", "food_business_license") else None) or "综合服务有限公司"
        if not name.endswith(("公司", "中心", "店", "馆", "部", "行", "厂", "堂", "所")):
            name = name + "专用章"
        M.company_seal(cv, rng, name[:18], float(rng.uniform(0.3, 0.7)) * cv.w_mm, float(rng.uniform(0.3, 0.6)) * cv.h_mm)
    hidden: set[str] = set()
    notes: list[str] = []
    fmt = "jpg"
    out_dpi = None
    bilevel = False
    page = None if cap == "epdf" else cv.finish()
    if cap in ("phone_desk", "phone_lowlight", "phone_sleeve", "phone_curl", "phone_fold", "phone_thumb", "gaopaiyi", "chat_forward", "chat_screenshot"):
        style = "phone_desk" if cap.startswith("chat") else cap
        img, hidden, notes = C.phone_photo(page, page_w, page_h, cv.boxes, style, rng, art_seed)
        if cap == "gaopaiyi":
            fmt = _pick(rng, {"jpg": 70, "png": 20, "tif": 10})
        elif cap == "chat_forward":
            s = 1280.0 / max(img.shape[:2])
            img = C.octave("resize", img, art_seed + 1, {"scale": s})
            fmt = _pick(rng, {"jpg": 75, "webp": 25})
        elif cap == "chat_screenshot":
            s = 1280.0 / max(img.shape[:2])
            img = C.octave("resize", img, art_seed + 1, {"scale": s})
            img = C.chat_screenshot(img, rng, art_seed + 2, doc.faces["label"])
            fmt = _pick(rng, {"png": 60, "jpg": 40})
        else:
            fmt = _pick(rng, {"jpg": 84, "webp": 10, "png": 6})
        marks += [m for m in notes if m in ("thumb", "glare")]
        if {"thumb", "curl", "fold"} & set(notes):
            marks.append("shadow")  # the thumb's or the lifted paper's shadow map on the page
    elif cap == "screen_photo":
        img, hidden = C.screen_photo(page, page_w, page_h, cv.boxes, rng, art_seed)
        fmt = "jpg"
        marks.append("moire")
    elif cap == "epdf":
        data = pdfwrite.vector_pdf(cv, doc.kind, dt.date(2025, 1, 1).strftime("%Y%m%d"))
        fmt = "pdf"
    else:
        img, out_dpi = C.scan(page, dpi, cap, rng, art_seed, a3=doc.w_mm > 300)
        bilevel = cap == "fax" or (cap == "scanapp" and (img.min() == 0 and len(np.unique(img[::7, ::7, 0])) <= 2))
        if cap == "fax":
            fmt = _pick(rng, {"tif": 70, "png": 30})
        elif cap == "scanapp":
            fmt = _pick(rng, {"pdf": 50, "jpg": 35, "png": 15})
        else:
            fmt = _pick(rng, {"png": 30, "tif": 25, "pdf": 30, "jpg": 15})
    if cap != "epdf":
        data = _encode(img, fmt, rng, out_dpi, bilevel)
    name = f"zl_{i:04d}.{fmt}"
    (out_dir / name).write_bytes(data)
    faces = sorted({v for v in doc.faces.values()})
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc.fields.items()}
    return {"file": name, "kind": kind, "variant": doc.variant, "capture": cap, "marks": sorted(set(marks)),
            "faces": faces, "formats": [fmt], "glyph_mode": mode, "notes": sorted(set(notes)), "fields": fields}


def generate(out_dir, n: int = 150, seed: int = 7676) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files,
             "renderer": "HarfBuzz + FreeType text engine, aggdraw art; Panda3D photos (" + _renderer() + "); GNU Octave scans",
             "octave_seconds": round(C.OCTAVE_SECONDS[0], 1), "octave_calls": C.OCTAVE_SECONDS[1]}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def _renderer() -> str:
    from . import photo

    return photo._BASE.get("renderer", "not started")


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "formats": dict(Counter(f["formats"][0] for f in files)),
            "marks": dict(Counter(m for f in files for m in f["marks"])),
            "unreadable": sum(1 for f in files for t in f["fields"].values() if t["unreadable"])}
