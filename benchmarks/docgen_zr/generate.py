"""Family ZR's generator: the kind plan for (n, seed), one file per plan entry (document laid out in our
code → PDFKit PDF → pdf.js raster → a Warp photo or a G'MIC scan, or the PDF itself for an e-licence),
and truth.json. `generate` keeps one Node renderer and one G'MIC batch per call; `make_one` makes a
single file on its own with the same bytes (each file draws from its own numpy Generator)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zr import captures as C
from benchmarks.docgen_zr import documents as D
from benchmarks.docgen_zr import faces as F
from benchmarks.docgen_zr import values as V
from benchmarks.docgen_zr.draw import MM, Page
from benchmarks.docgen_zr.nodepdf import Node, check_installed

FAMILY = "ZR"
HERE = Path(__file__).resolve().parent
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
BL_FORMS = [("company", 5), ("branch", 2), ("partnership", 1.5), ("individual", 2.5)]
OTHER = ["blank", "receipt", "letter", "letter", "form", "form", "certificate"]
HIDE_AT = 0.2  # a value is unreadable when over a fifth of one of its lines is out of frame, covered or glared out


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")) + [HERE / "node" / "render.mjs", HERE / "node" / "package-lock.json"]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of every file: the default mix scaled to n (each kind at least once from n = 6), shuffled."""
    total = sum(c for _, c in MIX)
    counts = {k: max(1 if n >= len(MIX) else 0, round(c * n / total)) for k, c in MIX}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda x: counts[x])
        counts[k] -= 1
    while sum(counts.values()) < n:
        k = max(MIX, key=lambda kc: kc[1] * n / total - counts[kc[0]])[0]
        counts[k] += 1
    plan = [k for k, _ in MIX for _ in range(counts[k])]
    rng = np.random.default_rng([seed, 999])
    return [plan[int(i)] for i in rng.permutation(len(plan))]


# ------------------------------------------------------------------------------------------------ one file
def _document(node: Node, kind: str, rng: np.random.Generator) -> tuple[Page, dict, str]:
    if kind == "id_card_front":
        return D.id_front(node, rng)
    if kind == "id_card_back":
        return D.id_back(node, rng)
    if kind == "business_license":
        forms, w = zip(*BL_FORMS, strict=False)
        p = np.array(w, float)
        form = forms[int(rng.choice(len(forms), p=p / p.sum()))]
        return D.business_license(node, rng, form, copy=rng.random() < 0.55)
    if kind == "public_health_license":
        return D.health_license(node, rng)
    if kind == "food_business_license":
        return D.food_license(node, rng, copy=rng.random() < 0.5)
    return D.other(node, rng, OTHER[int(rng.integers(len(OTHER)))])


def _marks(pg: Page, rng: np.random.Generator, kind: str, capture: str) -> list[str]:
    """Marks a clerk's copies carry: a 仅供…使用 watermark, 复印件与原件一致 with a signature, a seal over text."""
    marks = []
    copyish = capture in ("photocopy", "copy_of_copy", "flatbed", "adf", "fax_fine", "fax_std", "scanner_app", "chat_forward")
    if kind == "other":
        return marks
    if rng.random() < (0.35 if copyish else 0.12):
        use = V.pick(rng, ["办理营业执照变更", "办理食品经营许可", "政务服务中心办事", "银行开户", "办理卫生许可"])
        text = f"仅供{use}使用，他用无效"
        size = pg.w / 18
        step = size * 7
        for row in range(-2, int(pg.h / step) + 3):
            for col in range(-1, int(pg.w / (size * len(text))) + 2):
                x = col * size * len(text) * 1.05 + (row % 2) * size * 3
                y = row * step
                pg.text("sans", size, x, y, text, "#6b6b6b", rot=-28, opacity=0.22)
        marks.append("watermark")
    if copyish and rng.random() < 0.4:
        size = pg.w / (14 if pg.w < 100 * MM else 24)
        x = pg.w * float(rng.uniform(0.45, 0.6))
        y = pg.h * float(rng.uniform(0.55, 0.9))
        pg.text("kai", size, x, y, "复印件与原件一致", "#1b2a80", rot=float(rng.normal(0, 4)))
        pg.signature(x + size * 2, y + size * 1.6, size * 4, rng)
        pg.text("kai", size * 0.8, x + size * 1.5, y + size * 3.2, V.date_cn(V.date_between(rng, V.TODAY.replace(year=2025), V.TODAY)), "#1b2a80")
        marks.append("copy_certified")
    if rng.random() < 0.2 and pg.boxes:
        keys = sorted(pg.boxes)
        key = keys[int(rng.integers(len(keys)))]
        x0, y0, x1, y1 = pg.boxes[key][0]
        r = max(pg.w, pg.h) * (0.09 if pg.w < 100 * MM else 0.06)
        pg.seal(x0 + (x1 - x0) * float(rng.uniform(0.2, 0.8)), (y0 + y1) / 2, r,
                V.company_name(rng, V.place(rng), "company"), "", face="serif", opacity=0.55)
        marks.append("seal_over_text")
    return marks


FORMATS = {
    "photo": [("jpg", 8), ("webp", 1), ("png", 1)],
    "gaopaiyi": [("jpg", 6), ("png", 2), ("pdf", 1)],
    "flatbed": [("png", 3), ("tif", 3), ("pdf", 3), ("jpg", 2)],
    "adf": [("tif", 3), ("pdf", 4)],
    "photocopy": [("jpg", 3), ("png", 2), ("pdf", 1)],
    "copy_of_copy": [("jpg", 3), ("png", 1), ("tif", 1)],
    "fax_fine": [("tif", 4), ("pdf", 1)],
    "fax_std": [("tif", 4), ("pdf", 1)],
    "scanner_app": [("pdf", 3), ("jpg", 3)],
    "chat_forward": [("jpg", 5), ("webp", 1)],
    "chat_screenshot": [("png", 3), ("jpg", 1)],
    "screen_moire": [("jpg", 1)],
}


def _format(rng: np.random.Generator, capture: str) -> str:
    opts = FORMATS.get(capture, FORMATS["photo"] if capture in C.PHOTO else [("png", 1)])
    names, w = zip(*opts, strict=False)
    p = np.array(w, float)
    return names[int(rng.choice(len(names), p=p / p.sum()))]


def _encode(img: Image.Image, path: Path, fmt: str, rng: np.random.Generator, dpi: float, capture: str) -> None:
    d = (round(dpi), round(dpi)) if not capture.startswith("fax") else ((204, 98) if capture == "fax_std" else (204, 196))
    if fmt == "jpg":
        img.convert("RGB" if img.mode not in ("L",) else "L").save(path, "JPEG", quality=int(rng.integers(72, 94)),
                                                                    subsampling=2 if capture in C.PHOTO else 0, dpi=d)
    elif fmt == "png":
        img.save(path, "PNG", dpi=d, compress_level=4)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=int(rng.integers(70, 90)), method=4)
    elif fmt == "tif":
        if capture.startswith("fax"):
            img.convert("1").save(path, "TIFF", compression="group4", dpi=d)
        else:
            img.save(path, "TIFF", compression="tiff_lzw", dpi=d)
    elif fmt == "pdf":
        im = img.convert("1") if capture.startswith("fax") else img.convert("RGB" if img.mode != "L" else "L")
        buf = io.BytesIO()
        im.save(buf, "PDF", resolution=float(d[0]), creationDate=_EPOCH, modDate=_EPOCH, producer="zongchuang docgen_zr",
                title="scan")
        path.write_bytes(buf.getvalue())
    else:
        raise ValueError(fmt)


_EPOCH = __import__("time").gmtime(1795165200)  # 2026-11-20, fixed so PDFs are byte-identical


def _card_on_glass(page: np.ndarray, dpi: float, rng: np.random.Generator) -> np.ndarray:
    """An ID card scanned or copied: the card's raster on an A4 glass area (moving bytes only)."""
    gw, gh = int(210 / 25.4 * dpi), int((297 if dpi <= 200 else 148) / 25.4 * dpi)  # A4 glass, A5 at 300 dpi
    canvas = np.full((gh, gw, 3), 250, np.uint8)
    h, w = page.shape[:2]
    x = int(rng.uniform(0.1, 0.4) * gw)
    y = int(rng.uniform(0.06, 0.5 if dpi <= 200 else 0.3) * gh)
    canvas[y:y + h, x:x + w] = page
    return canvas, (x, y)


def _one(node: Node, i: int, kind: str, seed: int, out_dir: Path, work: Path, gmic_jobs: list | None) -> dict:
    rng = np.random.default_rng([seed, i])
    pg, fields, variant = _document(node, kind, rng)
    group = "card" if kind.startswith("id_card") else "other" if kind == "other" else "licence"
    capture = C.choose(rng, group, e_ok=kind in ("business_license", "food_business_license"))
    marks = _marks(pg, rng, kind, capture) if capture != "e_licence_pdf" else []
    page_mm = (pg.w / MM, pg.h / MM)
    stem = f"zr_{i:04d}"
    unread: set[str] = set()
    entry_dpi = 0.0
    if capture == "e_licence_pdf":
        fmt = "pdf"
        node.page(pg.w, pg.h, pg.ops, out_dir / f"{stem}.pdf", None)
        pending = None
    else:
        dpi = C.page_dpi(capture, page_mm, rng)
        raster = node.page(pg.w, pg.h, pg.ops, work / f"{stem}.pdf", dpi, work / f"{stem}.raw")
        (work / f"{stem}.pdf").unlink()
        fmt = _format(rng, capture)
        if capture in C.PHOTO:
            from benchmarks.docgen_zr import warp_camera as W  # Warp loads only when a photo is made
            P = C.photo_params(capture, (page_mm[0] / 1000, page_mm[1] / 1000), rng, int(rng.integers(1, 2**31 - 1)))
            img, seen = W.shoot(raster, (page_mm[0] / 1000, page_mm[1] / 1000), P, rng)
            for key, boxes in pg.boxes.items():
                if key in fields and fields[key] != "" and C.hidden_fraction(seen, boxes, (pg.w, pg.h)) > HIDE_AT:
                    unread.add(key)
            _encode(Image.fromarray(img), out_dir / f"{stem}.{fmt}", fmt, rng, 72.0, capture)
            entry_dpi = 0.0
            pending = None
        else:
            if kind.startswith("id_card") and capture not in ("chat_forward", "chat_screenshot"):
                raster, _ = _card_on_glass(raster, dpi, rng)
            src = work / f"{stem}_in.ppm"
            Image.fromarray(raster).save(src)
            pipe, ext = C.gmic_pipeline(capture, rng, int(rng.integers(1, 2**31 - 1)), dpi)
            dst = work / f"{stem}_out{ext}"
            fmt_rng_seed = int(rng.integers(1, 2**31 - 1))
            pending = (src, pipe, dst, fmt, fmt_rng_seed, dpi)
            entry_dpi = dpi
    entry = {"file": f"{stem}.{fmt}", "kind": kind, "capture": capture, "variant": variant, "marks": marks,
             "faces": sorted(F.NAMES[f] for f in pg.faces), "formats": [fmt],
             "fields": {k: {"value": v, "unreadable": k in unread} for k, v in fields.items()}}
    if entry_dpi:
        entry["dpi"] = entry_dpi
    if pending:
        src, pipe, dst, fmt, fseed, dpi = pending
        job = (src, pipe, dst)
        finish = (dst, out_dir / f"{stem}.{fmt}", fmt, fseed, dpi, capture, src)
        if gmic_jobs is None:
            C.run_gmic([job], f"{seed}_{i}")
            _finish(*finish)
        else:
            gmic_jobs.append((job, finish))
    return entry


def _finish(dst: Path, out: Path, fmt: str, fseed: int, dpi: float, capture: str, src: Path) -> None:
    img = Image.open(dst)
    img.load()
    if capture == "chat_screenshot":
        a = np.asarray(img.convert("RGB"))
        frame = np.zeros((2340, 1080, 3), np.uint8)
        h, w = a.shape[:2]
        scale_w = min(w, 1080)
        a = a[:min(h, 2000), :scale_w]
        y = (2340 - a.shape[0]) // 2
        x = (1080 - a.shape[1]) // 2
        frame[y:y + a.shape[0], x:x + a.shape[1]] = a
        frame[:70] = (30, 30, 30)
        img = Image.fromarray(frame)
    _encode(img, out, fmt, np.random.default_rng(fseed), dpi, capture)
    dst.unlink()
    src.unlink(missing_ok=True)


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File `i` of a set with `seed`, made on its own (same bytes as in `generate`)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    node = Node()
    work = Path(tempfile.mkdtemp(prefix="zr_work_"))
    try:
        return _one(node, i, kind, seed, out_dir, work, None)
    finally:
        node.close()
        shutil.rmtree(work, ignore_errors=True)


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    check_installed()
    plan = kinds_for(n, seed)
    node = Node()
    work = Path(tempfile.mkdtemp(prefix="zr_work_"))
    files = []
    jobs: list = []
    try:
        for i, kind in enumerate(plan):
            files.append(_one(node, i, kind, seed, out_dir, work, jobs))
            if len(jobs) >= 12:  # one gmic process per batch of pipelines
                C.run_gmic([j for j, _ in jobs], f"{seed}_b{i}")
                for _, fin in jobs:
                    _finish(*fin)
                jobs.clear()
        C.run_gmic([j for j, _ in jobs], f"{seed}_end")
        for _, fin in jobs:
            _finish(*fin)
    finally:
        node.close()
        shutil.rmtree(work, ignore_errors=True)
    truth = {"family": FAMILY, "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    c = {"files": len(files), "kinds": dict(Counter(f["kind"] for f in files)),
         "captures": dict(Counter(f["capture"] for f in files)),
         "variants": dict(Counter(f["variant"] for f in files)),
         "marks": dict(Counter(m for f in files for m in f["marks"])),
         "formats": dict(Counter(x for f in files for x in f["formats"])),
         "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}
    return c


