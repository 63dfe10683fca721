"""Family ZS's generator: the plan of kinds and variants for n files, one file made from (index, plan
item, seed) alone — values, layout, marks, PDFBox page and render, capture, encoding, truth — and the
set written with truth.json. One JVM serves the whole set."""

from __future__ import annotations

import hashlib
import io
import json
import math
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from . import captures as C
from . import documents as D
from . import ornaments as O
from . import photo, scan
from . import values as V
from .pdfbox import Jvm, Page

HERE = Path(__file__).resolve().parent
FAMILY = "ZS"
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
BL_FORMS = [("company", 22), ("branch", 10), ("partnership", 8), ("individual", 10)]
MM = 72 / 25.4


def _scaled(pairs, n):
    total = sum(c for _, c in pairs)
    raw = [(k, c * n / total) for k, c in pairs]
    out = {k: max(1, int(math.floor(r))) for k, r in raw}
    rest = sorted(raw, key=lambda kr: -(kr[1] - math.floor(kr[1])))
    i = 0
    while sum(out.values()) < n:
        out[rest[i % len(rest)][0]] += 1
        i += 1
    while sum(out.values()) > n:
        k = max(out, key=out.get)
        out[k] -= 1
    return out


def kinds_for(n: int, seed: int) -> list[tuple[str, str]]:
    """(kind, variant) per file: the default mix scaled to n, every kind present, shuffled by seed."""
    counts = _scaled(MIX, n) if n >= len(MIX) else {k: 1 for k, _ in MIX[:n]}
    rng = np.random.default_rng([seed, 7])
    plan: list[tuple[str, str]] = []
    for kind, c in counts.items():
        if kind == "business_license":
            forms = _scaled(BL_FORMS, c) if c >= len(BL_FORMS) else {f: 1 for f, _ in BL_FORMS[:c]}
            for form, m in forms.items():
                for j in range(m):
                    plan.append((kind, f"{'copy' if (j + int(rng.integers(2))) % 2 else 'original'}-{form}"))
        else:
            plan += [(kind, "")] * c
    order = rng.permutation(len(plan))
    return [plan[int(i)] for i in order]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for f in sorted(list(HERE.glob("*.py")) + list(HERE.glob("java/*.java"))):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- marks on the page
WATERMARKS = ["仅供办理营业执照变更登记使用", "仅供银行开户使用，他用无效", "仅供办理卫生许可证使用", "仅供本次业务办理使用",
              "仅供办理食品经营许可使用", "此复印件仅供入职备案使用"]


def add_marks(doc: D.Doc, rng, cap: str) -> list[str]:
    pg = doc.page
    marks = []
    if doc.kind == "other":
        return marks
    copyish = cap in ("photocopy", "copy_of_copy", "flatbed", "adf", "fax_fine", "fax_std", "scanner_app")
    if not doc.card and rng.random() < (0.45 if copyish else 0.15):
        # 复印件与原件一致 and a signature, handwritten near the bottom / in a margin
        s = min(pg.w, pg.h) / (54 * MM)
        size = (3.2 if doc.card else 5.5) * MM * (1 if doc.card else s / 3.9)
        size = min(size, 9 * MM)
        x = pg.w * float(rng.uniform(0.05, 0.35))
        y = pg.h * float(rng.uniform(0.06, 0.16)) if not doc.card else pg.h * 0.03
        pg.rgb(20, 30, 110)
        pg.text("wenkai", size, x, y + size * 1.3, "复印件与原件一致", float(rng.normal(0, 3)))
        O.scribble(pg, x + size * 8.5, y + size * 0.6, size * 4, size * 1.6, rng)
        pg.text("wenkai", size * 0.8, x + size * 1, y, f"{V.TODAY.year}.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}")
        marks.append("copy_note")
    if rng.random() < 0.25:
        txt = str(rng.choice(WATERMARKS))
        pg.alpha(float(rng.uniform(0.18, 0.35)))
        red = rng.random() < 0.4
        pg.rgb(*((220, 40, 40) if red else (90, 90, 90)))
        size = min(pg.w, pg.h) / (9 if doc.card else 14)
        ang = float(rng.uniform(20, 40))
        step = size * len(txt) * 0.75
        for row in range(-2, int(pg.h / (size * 5)) + 3):
            for col in range(-1, int(pg.w / step) + 2):
                pg.text("song", size, col * step + (row % 2) * step / 2, row * size * 5, txt, ang)
        pg.alpha(1.0)
        marks.append("watermark")
    if doc.kind in ("business_license", "food_business_license", "public_health_license") and rng.random() < 0.25:
        corp = doc.truth.get("name") or "个体工商户"
        if len(corp) > 24 or not all(ord(c) in __import__("benchmarks.docgen_zs.faces", fromlist=["cmap"]).cmap("song") for c in corp):
            corp = corp[:24]
        r = min(pg.w, pg.h) * 0.1
        O.seal(pg, pg.w * float(rng.uniform(0.3, 0.7)), pg.h * float(rng.uniform(0.35, 0.6)), r, corp, "", rng,
               "song", alpha=0.7)
        marks.append("seal_over_text")
    if cap in ("phone_thumb",) or (cap.startswith("phone") and "thumb" in marks):
        marks.append("thumb")
    return marks


# ---------------------------------------------------------------- encoding
def _save(img: np.ndarray | Image.Image, path_noext: Path, fmt: str, rng, dpi: float | tuple = 200) -> Path:
    im = img if isinstance(img, Image.Image) else Image.fromarray(img)
    d = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    if fmt == "jpg":
        p = path_noext.with_suffix(".jpg")
        im.save(p, "JPEG", quality=int(rng.integers(78, 94)), subsampling=2, dpi=d)
    elif fmt == "png":
        p = path_noext.with_suffix(".png")
        im.save(p, "PNG", dpi=d, compress_level=int(rng.choice([1, 3, 6])))
    elif fmt == "webp":
        p = path_noext.with_suffix(".webp")
        im.save(p, "WEBP", quality=int(rng.integers(70, 88)), method=4)
    elif fmt == "tiff":
        p = path_noext.with_suffix(".tif")
        if im.mode == "1":
            im.save(p, "TIFF", compression=str(rng.choice(["group3", "group4"])), dpi=d)
        else:
            im.save(p, "TIFF", compression="tiff_lzw", dpi=d)
    else:  # pdf: the raster wrapped the way scanner software does
        p = path_noext.with_suffix(".pdf")
        if im.mode not in ("RGB", "L", "1"):
            im = im.convert("RGB")
        im.save(p, "PDF", resolution=float(d[0]))
    return p


def _jpeg_round(img: np.ndarray, q: int) -> np.ndarray:
    b = io.BytesIO()
    Image.fromarray(img).save(b, "JPEG", quality=q, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(b.getvalue())).convert("RGB"))


FORMATS = {"phone_desk": ["jpg"] * 5 + ["png", "webp"], "phone_lowlight": ["jpg"], "phone_sleeve": ["jpg", "jpg", "png"],
           "phone_curl": ["jpg"], "phone_fold": ["jpg", "webp"], "phone_thumb": ["jpg"], "phone_shake": ["jpg"],
           "gaopaiyi": ["jpg", "jpg", "png"], "screen_photo": ["jpg"], "flatbed": ["jpg", "png", "pdf", "tiff"],
           "adf": ["pdf", "tiff", "jpg"], "photocopy": ["jpg", "png", "pdf"], "copy_of_copy": ["jpg", "pdf"],
           "fax_fine": ["tiff"], "fax_std": ["tiff"], "scanner_app": ["jpg", "pdf"], "chat_forward": ["jpg", "webp"],
           "chat_screenshot": ["png", "jpg"], "elicense_pdf": ["pdf"]}


def _load(p: Path) -> np.ndarray:
    with Image.open(p) as im:
        return np.asarray(im.convert("RGB"))


def _screen_canvas(tex: np.ndarray, rng) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """A 1920×1080 monitor showing the page in a PDF viewer (grey surround, toolbar); returns the canvas
    and where the page sits in it (left, top, width, height as fractions)."""
    W, H = 1920, 1080
    can = np.full((H, W, 3), 64, np.uint8)
    can[:40] = (235, 235, 235)
    h, w = tex.shape[:2]
    k = min((H - 70) / h, (W - 80) / w) * float(rng.uniform(0.9, 1.0))
    ph, pw = int(h * k), int(w * k)
    small = np.asarray(Image.fromarray(tex).resize((pw, ph), Image.Resampling.BOX))
    top, left = 55, (W - pw) // 2
    can[top:top + ph, left:left + pw] = small
    return can, (left / W, top / H, pw / W, ph / H)


def _chat_page(img_path: Path, img_wh: tuple[int, int], rng) -> Page:
    """A phone's full-screen image viewer in a chat app, as a PDFBox page (360×780 pt, rendered 3×)."""
    pg = Page(360.0, 780.0)
    pg.rgb(0, 0, 0)
    pg.rect(0, 0, 360, 780, "f")
    pg.rgb(235, 235, 235)
    pg.text("sans", 13, 22, 760, f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}")
    pg.rect(310, 756, 26, 11, "s")
    pg.rect(312, 758, float(rng.uniform(6, 22)), 7, "f")
    w, h = img_wh
    k = min(360 / w, 640 / h)
    dw, dh = w * k, h * k
    pg.image(img_path, (360 - dw) / 2, 390 - dh / 2, dw, dh)
    pg.rgb(60, 60, 60)
    pg.rect(118, 24, 124, 30, "f")
    pg.rgb(235, 235, 235)
    pg.ctext("microhei", 12, 180, 34, str(rng.choice(["查看原图（1.6M）", "查看原图", "原图"])))
    pg.ctext("microhei", 11, 180, 730, "1/1")
    return pg


def make_one(i: int, item, seed: int, out_dir: Path, jvm: Jvm | None = None) -> dict:
    """File i of the set made from its plan item and the seed alone."""
    kind, variant = item
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = jvm is None
    jvm = jvm or Jvm()
    work = Path(tempfile.mkdtemp(prefix="zs_"))
    try:
        rng = np.random.default_rng([seed, i, 1])
        doc = D.build(kind, variant, rng, work)
        crng = np.random.default_rng([seed, i, 2])
        cap = C.choose(crng, kind, variant)
        marks = add_marks(doc, crng, cap)
        pg = doc.page
        page_mm = (pg.w / MM, pg.h / MM)
        dpi = C.page_dpi(cap, page_mm, crng)
        fmt = str(crng.choice(FORMATS[cap]))
        stem = out_dir / f"zs_{i:04d}"
        hidden: set[str] = set()
        raster = work / "page.bmp"
        if cap == "elicense_pdf":
            boxes = jvm.draw(pg, 72, None, stem.with_suffix(".pdf"))
            path = stem.with_suffix(".pdf")
        else:
            boxes = jvm.draw(pg, dpi, raster)
            tex = _load(raster)
            path = _capture(cap, tex, doc, page_mm, dpi, boxes, crng, stem, fmt, jvm, work, hidden, marks)
        truth_fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc.truth.items()}
        return {"file": path.name, "kind": kind, "variant": doc.variant if kind != "business_license" else variant,
                "capture": cap, "marks": marks, "faces": sorted(pg.used), "formats": [path.suffix.lstrip(".")],
                "page_dpi": dpi, "fields": truth_fields}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if own:
            jvm.close()


def _capture(cap, tex, doc, page_mm, dpi, boxes, rng, stem, fmt, jvm, work, hidden, marks) -> Path:
    pg = doc.page
    if cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax_fine", "fax_std", "scanner_app"):
        page = tex
        if doc.card:  # a card lies on an A4 sheet (copies of ID cards come on A4)
            bw, bh = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
            top = int(bh * rng.uniform(0.08, 0.5))
            left = int(bw * rng.uniform(0.1, 0.45))
            page = place_card(tex, (bh, bw), (top, left))
        if cap in ("flatbed", "adf"):
            out = scan.flatbed(page, rng, feeder=cap == "adf")
            if cap == "adf" or rng.random() < 0.3:
                out = scan.to_u8(np.repeat(scan.gray(out.astype(np.float32))[..., None], 3, 2))
            return _save(out, stem, fmt, rng, dpi)
        if cap in ("photocopy", "copy_of_copy"):
            out = scan.photocopy(page, rng, 1 if cap == "photocopy" else 2)
            return _save(Image.fromarray(out).convert("L"), stem, fmt, rng, dpi)
        if cap.startswith("fax"):
            bw_, fdpi = scan.fax(page, rng, cap == "fax_fine", dpi)
            return _save(Image.fromarray(bw_.astype(np.uint8) * 255).convert("1"), stem, "tiff", rng, fdpi)
        out = scan.scanner_app(page, rng)
        return _save(out, stem, fmt, rng, dpi)
    # camera captures
    if cap == "screen_photo":
        can, (fl, ft, fw, fh) = _screen_canvas(tex, rng)
        p = C.camera(cap, (527.0, 296.0), rng)
        p["screen"] = {"res": (1920, 1080), "nits": 1.0}
        p["desk"] = "dark"
        p["deform"] = "flat"
        p["sleeve"] = float(rng.uniform(0.5, 2.0))  # the screen's glass mirrors the window faintly
        p.pop("thumb", None)
        img, vis = photo.shoot(can, (527.0, 296.0), p, rng)
        # the page's boxes in the canvas' coordinates
        cb = {k: [((fl + x0 / pg.w * fw) * 1000, (1 - ft - fh + y0 / pg.h * fh) * 1000,
                   (fl + x1 / pg.w * fw) * 1000, (1 - ft - fh + y1 / pg.h * fh) * 1000) for x0, y0, x1, y1 in v]
              for k, v in boxes.items()}
        hidden |= C.hidden_fields(vis, cb, (1000.0, 1000.0))
        return _save(img, stem, fmt, rng, 72)
    p = C.camera(cap if cap not in ("chat_forward", "chat_screenshot") else "phone_desk", page_mm, rng)
    if p.get("thumb") and "thumb" not in marks:
        marks.append("thumb")
    if cap == "gaopaiyi":
        p.pop("thumb", None)
        marks[:] = [m for m in marks if m != "thumb"]
    img, vis = photo.shoot(tex, page_mm, p, rng)
    hidden |= C.hidden_fields(vis, boxes, (pg.w, pg.h))
    if cap == "chat_forward":  # sent through a chat app: downscaled to 1280 and re-encoded (twice when forwarded)
        img = scan.downscale(img, 1280)
        for _ in range(int(rng.integers(1, 3))):
            img = _jpeg_round(img, int(rng.integers(70, 86)))
        return _save(img, stem, fmt, rng, 72)
    if cap == "chat_screenshot":
        small = scan.downscale(img, 1280)
        small = _jpeg_round(small, int(rng.integers(72, 86)))
        ip = work / "chat.png"
        Image.fromarray(small).save(ip)
        cpg = _chat_page(ip, (small.shape[1], small.shape[0]), rng)
        shot = work / "chat.bmp"
        jvm.draw(cpg, 216, shot)
        return _save(_load(shot), stem, fmt, rng, 72)
    return _save(img, stem, fmt, rng, 72)


def place_card(tex: np.ndarray, bed_hw, at) -> np.ndarray:
    return scan.place_on_bed(tex.astype(np.float32), bed_hw, at, 252.0).astype(np.uint8)


def generate(out_dir, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    jvm = Jvm()
    try:
        files = [make_one(i, plan[i], seed, out_dir, jvm) for i in range(n)]
    finally:
        jvm.close()
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs if f["kind"] == "business_license")),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
