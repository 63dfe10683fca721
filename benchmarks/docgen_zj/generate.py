"""Family ZJ's set: the kind/variant/capture plan for n files, one file made (`make_one`), the set
(`generate`) with truth.json, `params_hash` and `summary`. One QGuiApplication and one VTK render
window serve the whole set, in this one process."""

from __future__ import annotations

import hashlib
import io
import json
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zj import documents as D
from benchmarks.docgen_zj import faces as F
from benchmarks.docgen_zj import photo as P
from benchmarks.docgen_zj import render as R
from benchmarks.docgen_zj import scan as S

FAMILY = "ZJ"
HERE = Path(__file__).resolve().parent
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
CAPTURES = {
    "card": [("phone", 30), ("phone_lowlight", 8), ("sleeve", 12), ("gaopaiyi", 10), ("flatbed", 8), ("photocopy", 12),
             ("copy_of_copy", 4), ("scanner_app", 5), ("chat_forward", 6), ("chat_screenshot", 5)],
    "licence": [("phone", 22), ("phone_lowlight", 6), ("sleeve", 8), ("gaopaiyi", 10), ("flatbed", 9), ("adf", 5),
                ("photocopy", 8), ("copy_of_copy", 5), ("fax", 5), ("scanner_app", 6), ("chat_screenshot", 4),
                ("chat_forward", 4), ("screen_photo", 6), ("e_pdf", 7)],
    "other": [("phone", 30), ("flatbed", 20), ("photocopy", 15), ("fax", 10), ("scanner_app", 10), ("chat_forward", 15)],
}
BIZ_VARIANTS = [("company", 50), ("branch", 15), ("partnership", 15), ("individual", 20)]
OTHER_VARIANTS = ["blank", "receipt", "form", "letter", "letter", "certificate"]
PHOTO = {"phone", "phone_lowlight", "sleeve", "gaopaiyi", "screen_photo"}


def _wpick(rng: np.random.Generator, table):
    names = [t[0] for t in table]
    w = np.array([t[1] for t in table], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _counts(n: int) -> list[tuple[str, int]]:
    total = sum(c for _, c in MIX)
    raw = [(k, n * c / total) for k, c in MIX]
    got = [(k, max(1 if n >= len(MIX) else 0, int(round(v)))) for k, v in raw]
    diff = n - sum(c for _, c in got)
    order = sorted(range(len(got)), key=lambda i: -got[i][1])
    i = 0
    while diff != 0:
        k, c = got[order[i % len(got)]]
        if diff > 0:
            got[order[i % len(got)]] = (k, c + 1)
            diff -= 1
        elif c > 1:
            got[order[i % len(got)]] = (k, c - 1)
            diff += 1
        i += 1
    return got


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one dict per file (kind, variant, capture, format, marks wanted)."""
    rng = np.random.default_rng([seed, 5454, n])
    kinds = [k for k, c in _counts(n) for _ in range(c)]
    kinds = [kinds[int(i)] for i in rng.permutation(len(kinds))]
    plan = []
    for k in kinds:
        if k == "business_license":
            variant = _wpick(rng, BIZ_VARIANTS) + "-" + ("zhengben" if rng.random() < 0.5 else "fuben")
        elif k == "public_health_license":
            variant = "portrait" if rng.random() < 0.6 else "landscape"
        elif k == "food_business_license":
            variant = "zhengben" if rng.random() < 0.55 else "fuben"
        elif k == "other":
            variant = OTHER_VARIANTS[int(rng.integers(len(OTHER_VARIANTS)))]
        else:
            variant = "card"
        table = CAPTURES["card" if k.startswith("id_card") else "other" if k == "other" else "licence"]
        cap = _wpick(rng, table)
        if cap == "e_pdf" and k == "public_health_license":
            cap = "flatbed"
        fmt = {"phone": ["jpg", "jpg", "jpg", "webp"], "phone_lowlight": ["jpg"], "sleeve": ["jpg", "jpg", "png"],
               "gaopaiyi": ["jpg", "jpg", "png"], "flatbed": ["png", "tiff", "pdf", "jpg"], "adf": ["pdf", "tiff"],
               "photocopy": ["jpg", "png", "pdf"], "copy_of_copy": ["jpg", "png"], "fax": ["tiff", "png", "pdf"],
               "scanner_app": ["jpg", "pdf"], "chat_screenshot": ["png", "jpg"], "chat_forward": ["jpg", "jpg", "webp"],
               "screen_photo": ["jpg"], "e_pdf": ["pdf"]}[cap]
        marks = []
        copyish = cap in ("photocopy", "copy_of_copy", "flatbed", "adf", "fax", "scanner_app")
        if k != "other" and rng.random() < (0.35 if copyish or k.startswith("id_card") else 0.12):
            marks.append("watermark")
        if k != "other" and copyish and rng.random() < 0.45:
            marks.append("copy_note")
        if k not in ("other",) and not k.startswith("id_card") and rng.random() < 0.2:
            marks.append("seal_over")
        plan.append({"kind": k, "variant": variant, "capture": cap, "format": fmt[int(rng.integers(len(fmt)))],
                     "marks": marks})
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(f"{n}:{seed}".encode())
    return h.hexdigest()[:16]


def _encode(img: np.ndarray, fmt: str, path: Path, rng, dpi: float | tuple | None = None, bilevel: bool = False) -> None:
    if bilevel:
        im = Image.fromarray(img.astype(np.uint8) * 255).convert("1")
    else:
        im = Image.fromarray(img)
    kw = {}
    if dpi:
        kw["dpi"] = tuple(round(d) for d in dpi) if isinstance(dpi, tuple) else (round(dpi), round(dpi))
    if fmt == "jpg":
        im.convert("RGB" if img.ndim == 3 else "L").save(path, "JPEG", quality=int(rng.integers(72, 94)), **kw)
    elif fmt == "webp":
        im.save(path, "WEBP", quality=int(rng.integers(70, 90)), method=4)
    elif fmt == "png":
        im.save(path, "PNG", compress_level=4, **kw)
    elif fmt == "tiff":
        im.save(path, "TIFF", compression="group4" if bilevel else "tiff_lzw", **kw)
    elif fmt == "pdf":
        im.convert("1" if bilevel else ("RGB" if img.ndim == 3 else "L")).save(path, "PDF", dpi=kw.get("dpi", (150, 150)))
    else:
        raise ValueError(fmt)


def _photo(doc, marks, rng, cap: str, wanted: list[str]) -> tuple[np.ndarray, set[str], list[str]]:
    """A VTK capture of the page; returns the frame, the hidden fields and the marks it added."""
    w, h = doc["size"]
    card = w < 100
    got: list[str] = []
    if cap == "gaopaiyi":
        out = (2592, 1944) if w >= h else (1944, 2592)
        tilt, shape, light, desk = float(rng.uniform(0, 4)), "flat", "office", P.desk_pick(rng, ["green", "fabric", "laminate"])
        fill = float(rng.uniform(0.45, 0.6)) if card else float(rng.uniform(0.8, 0.92))
        thumb = glare = shadow = False
        blur = "none"
    else:
        long = int(P.pick(rng, [1600, 1800, 2000]))
        short = long * 3 // 4
        out = (long, short) if (w >= h) != (rng.random() < 0.15) else (short, long)
        tilt = float(rng.uniform(4, 35))
        shape = "flat" if card else P.pick(rng, ["flat", "flat", "bent", "curl", "fold"])
        light = "dim" if cap == "phone_lowlight" else P.pick(rng, ["bright", "office", "lamp"])
        desk = P.desk_pick(rng, ["wood", "dark", "laminate", "fabric", "counter"])
        fill = float(rng.uniform(0.55, 0.8)) if card else float(rng.uniform(0.72, 0.95))
        thumb = rng.random() < (0.35 if card else 0.25)
        glare = cap == "sleeve"
        shadow = rng.random() < 0.35
        blur = P.pick(rng, ["none"] * 6 + ["defocus", "shake"])
    cut = (not card) and cap != "gaopaiyi" and rng.random() < 0.08
    px_long = max(out) * fill * 1.25
    dpi = min(px_long / (max(w, h) / 25.4), 420.0)
    page, boxes = R.page_image(doc, dpi, marks, alpha=card)
    screen = cap == "screen_photo"
    size = (w, h)
    if screen:
        page, (ox, oy, sw, sh) = S.screen_texture(page, rng)
        boxes = {k: [(ox + a * sw, oy + b * sh, ox + c * sw, oy + d * sh) for a, b, c, d in v] for k, v in boxes.items()}
        size = (527.0, 296.0)
        shape, thumb, glare, cut = "flat", False, False, False
        fill = float(rng.uniform(0.8, 0.95))
        out = (max(out), min(out))
    img, hidden = P.capture(page, boxes, size, rng, out=out, desk=desk, light=light, tilt=tilt, shape=shape,
                            thumb=thumb, glare=glare, blur=blur, fill=fill, cut=cut, shadow=shadow, screen=screen)
    sigma = {"dim": 7.0, "lamp": 3.5}.get(light, 2.5)
    lum = S.gray(img)
    grain = S.wavelet_noise(lum, rng, sigma, levels=1) - lum  # the sensor's grain, in the wavelet domain
    img = img.astype(np.float32) + grain[..., None]
    if light == "dim":
        img = img * float(rng.uniform(0.6, 0.8))
    img = S.to_u8(img)
    got += [m for m, on in (("thumb", thumb), ("glare", glare), ("shadow", shadow), ("cut", cut),
                            (shape, shape != "flat"), (blur, blur != "none"), ("moire", screen)) if on]
    return img, hidden, got


def make_one(i: int, spec: dict, seed: int, out_dir) -> dict:
    """Make file i of the set from its plan entry; returns its truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    F.app()
    F.DRAWN_FACES = set()
    rng = np.random.default_rng([seed, i, 5454])
    kind, cap, fmt, marks = spec["kind"], spec["capture"], spec["format"], list(spec["marks"])
    doc = D.make_doc(kind, spec["variant"], rng)
    name = f"zj_{i:04d}_{kind}_{cap}.{fmt}"
    path = out_dir / name
    hidden: set[str] = set()
    extra: list[str] = []
    w, h = doc["size"]
    if cap == "e_pdf":
        R.page_pdf(doc, marks, path)
    elif cap in PHOTO:
        img, hidden, extra = _photo(doc, marks, rng, cap, marks)
        _encode(img, fmt, path, rng)
    elif cap in ("chat_forward", "chat_screenshot"):
        inner = "phone" if rng.random() < 0.75 else "scan"
        if inner == "phone":
            img, hidden, extra = _photo(doc, marks, rng, "phone", marks)
        else:
            img = S.flatbed(doc, marks, rng, 150)
        if cap == "chat_forward":
            k = 1280 / max(img.shape[:2])
            q = R.np_to_qimage(img).scaled(round(img.shape[1] * k), round(img.shape[0] * k),
                                            aspectMode=R.Qt.AspectRatioMode.IgnoreAspectRatio,
                                            mode=R.Qt.TransformationMode.SmoothTransformation)
            img = R.qimage_to_np(q)
        else:
            img = S.chat_screenshot(img, rng, D.V.pick(rng, ["文件传输助手", "张经理", "办事群（8）", "客户"]))
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, "JPEG", quality=int(rng.integers(60, 80)))  # the app recompressed it
        img = np.asarray(Image.open(buf).convert("RGB"))
        _encode(img, fmt, path, rng)
    elif cap in ("flatbed", "adf"):
        dpi = float(D.V.pick(rng, [150, 200]) if w > 300 else D.V.pick(rng, [200, 300]) if w < 100 else D.V.pick(rng, [150, 200, 200, 300]))
        img = S.flatbed(doc, marks, rng, dpi, adf=cap == "adf")
        _encode(img, fmt, path, rng, dpi=dpi)
    elif cap in ("photocopy", "copy_of_copy"):
        dpi = float(D.V.pick(rng, [150, 200]) if w > 300 else 200)
        src = S.bed(doc, marks, dpi, rng, float(rng.uniform(-1.5, 1.5)), card_on_a4=w < 100)
        img = S.photocopy(src, rng, 1 if cap == "photocopy" else int(rng.integers(2, 4)))
        _encode(img, fmt, path, rng, dpi=dpi)
    elif cap == "fax":
        bw, mode = S.fax(doc, marks, rng, fine=bool(rng.random() < 0.6))
        extra.append(mode)
        _encode(bw, fmt, path, rng, dpi=(204, 196 if mode == "fine" else 98), bilevel=True)  # fax pixels are not square
    elif cap == "scanner_app":
        dpi = float(D.V.pick(rng, [150, 200]))
        page, _ = R.page_image(doc, dpi * 2.4 if w < 100 else dpi if w < 300 else dpi * 0.75, marks)
        img = S.scanner_app(page, rng, bw=bool(rng.random() < 0.4))
        _encode(img, fmt, path, rng, dpi=dpi)
    else:
        raise ValueError(cap)
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc["fields"].items()}
    faces = sorted({doc["face"]} | ({doc["label_face"]} if "label_face" in doc else set()))
    return {"file": name, "kind": kind, "variant": spec["variant"], "capture": cap, "marks": sorted(set(marks + extra)),
            "faces": faces, "formats": [fmt], "fields": fields}


def generate(out_dir, n: int = 150, seed: int = 5454) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, spec, seed, out_dir) for i, spec in enumerate(plan)]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)),
            "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(f["formats"][0] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
