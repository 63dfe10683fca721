"""Family ZM's generator: the kind and capture plan for a set, one file made (page laid out in SVG,
marks drawn, captured, encoded) with its truth entry, the whole set with truth.json, the parameters'
hash and the summary the bench prints."""

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

from benchmarks.docgen_zm import documents as D
from benchmarks.docgen_zm import fonts, marks, photo, render, scan, scenes
from benchmarks.docgen_zm.svg import Page

FAMILY = "ZM"
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
CAPTURES = [("phone_desk", 11), ("phone_lowlight", 6), ("phone_sleeve", 5), ("phone_thumb", 5), ("phone_curl", 4),
            ("phone_fold", 4), ("phone_shake", 2), ("phone_defocus", 2), ("gaopaiyi", 4), ("scanner_app", 4),
            ("chat_forward", 4), ("chat_screenshot", 3), ("screen_moire", 3), ("flatbed", 12), ("adf", 5),
            ("photocopy", 9), ("copy_of_copy", 5), ("fax_fine", 4), ("fax_std", 3), ("e_pdf", 5)]
CARD = ("id_card_front", "id_card_back")
HIDDEN_SHARE = 0.2  # a value is unreadable when a fifth of one of its printed lines is not in the picture


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one dict per file (kind, capture, licence entity/form), seeded."""
    rng = np.random.default_rng([seed, 7])
    total = sum(c for _, c in MIX)
    counts = {k: (c * n) // total for k, c in MIX}
    if n >= len(MIX):
        for k in counts:
            counts[k] = max(counts[k], 1)
    i = 0
    while sum(counts.values()) < n:
        counts[MIX[i % len(MIX)][0]] += 1
        i += 1
    while sum(counts.values()) > n:
        k = max(counts, key=counts.get)
        counts[k] -= 1
    kinds = [k for k, _ in MIX for _ in range(counts[k])]
    rng.shuffle(kinds)
    caps, w = zip(*CAPTURES, strict=True)
    p = np.array(w, float) / sum(w)
    plan = []
    for k in kinds:
        while True:
            cap = str(rng.choice(caps, p=p))
            if cap == "e_pdf" and k not in ("business_license", "food_business_license", "public_health_license"):
                continue
            if cap == "adf" and k in CARD:
                continue
            break
        item = {"kind": k, "capture": cap}
        if k == "business_license":
            item["entity"] = str(rng.choice(["company", "company", "branch", "partnership", "sole"]))
            item["original"] = bool(rng.random() < 0.5)
        plan.append(item)
    return plan


def _build(item: dict, rng, fc_only: bool):
    fonts.FC_ONLY = fc_only
    try:
        k = item["kind"]
        if k == "id_card_front":
            pg, fields, variant = D.id_front(rng)
        elif k == "id_card_back":
            pg, fields, variant = D.id_back(rng)
        elif k == "business_license":
            pg, fields, variant, _ = D.business_license(rng, item["entity"], item["original"])
        elif k == "public_health_license":
            pg, fields, variant = D.health_license(rng)
        elif k == "food_business_license":
            pg, fields, variant = D.food_license(rng)
        else:
            pg, fields, variant = D.other(rng)
        return pg, fields, variant
    finally:
        fonts.FC_ONLY = False


def _marks_for(item: dict, rng) -> list[str]:
    cap, k = item["capture"], item["kind"]
    if k == "other":
        return []
    copyish = cap in ("photocopy", "copy_of_copy", "flatbed", "adf", "fax_fine", "fax_std", "scanner_app")
    out = []
    if rng.random() < (0.3 if copyish or k in CARD else 0.1):
        out.append("watermark")
    if rng.random() < (0.35 if copyish else 0.06):
        out.append("certified_copy")
    if k not in CARD and rng.random() < (0.25 if copyish else 0.08):
        out.append("seal_over_text")
    return out


def _save(img: np.ndarray, path: Path, fmt: str, rng, dpi: int | None = None) -> None:
    im = Image.fromarray(img)
    if fmt == "jpg":
        im.convert("RGB").save(path, "JPEG", quality=int(rng.integers(78, 94)), dpi=(dpi, dpi) if dpi else (72, 72))
    elif fmt == "webp":
        im.convert("RGB").save(path, "WEBP", quality=int(rng.integers(70, 90)), method=4)
    elif fmt == "png":
        im.save(path, "PNG", dpi=(dpi, dpi) if dpi else (72, 72))
    elif fmt == "tif":
        im.save(path, "TIFF", compression="tiff_lzw", dpi=(dpi or 300, dpi or 300))
    elif fmt == "pdf":
        buf = io.BytesIO()
        im.convert("RGB" if im.mode != "L" else "L").save(buf, "PDF", resolution=float(dpi or 200))
        path.write_bytes(buf.getvalue())
    else:
        raise ValueError(fmt)


def _fmt(rng, choices: list[tuple[str, float]]) -> str:
    names, w = zip(*choices, strict=True)
    return str(rng.choice(names, p=np.array(w) / sum(w)))


def _card_on_a4(pg: Page, rng) -> Page:
    """An ID card face laid on an A4 sheet (the copy a window gets), slightly turned."""
    a4 = Page(210.0, 297.0, bg="#ffffff", prefix="a")
    x, y = float(rng.uniform(30, 95)), float(rng.uniform(25, 150))
    a4.embed(pg, x, y)
    a4.rect(x, y, pg.w, pg.h, stroke="#999", sw=0.25, rx=3.2)
    return a4


def make_one(i: int, item: dict, seed: int, out_dir: Path) -> dict:
    """File `i` of the set: its page, marks and capture; writes it into `out_dir`, returns its truth."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, i, 1])
    cap = item["capture"]
    pg, fields, variant = _build(item, rng, fc_only=(cap == "e_pdf"))
    mk = marks.apply(pg, rng, _marks_for(item, rng))
    if item["kind"] in CARD and cap in ("photocopy", "copy_of_copy", "fax_fine", "fax_std") or \
            (item["kind"] in CARD and cap == "flatbed" and rng.random() < 0.5):
        pg = _card_on_a4(pg, rng)
        variant += "-on-a4"
    hidden: dict[str, float] = {}
    stem = f"zm_{i:04d}"
    meta: dict = {}
    work = tempfile.mkdtemp(prefix="zm_raw_", dir=out_dir)
    try:
        if cap in ("flatbed", "adf"):
            img, dpi = scan.flatbed(pg, rng, cap == "adf")
            fmt = _fmt(rng, [("png", 3), ("tif", 2), ("pdf", 3), ("jpg", 2)])
            _save(img, out_dir / f"{stem}.{fmt}", fmt, rng, dpi)
            meta["dpi"] = dpi
        elif cap in ("photocopy", "copy_of_copy"):
            img, dpi = scan.photocopy(pg, rng, 1 if cap == "photocopy" else int(rng.integers(2, 4)))
            fmt = _fmt(rng, [("png", 2), ("tif", 2), ("pdf", 3), ("jpg", 2)])
            _save(img, out_dir / f"{stem}.{fmt}", fmt, rng, dpi)
            meta["dpi"] = dpi
        elif cap in ("fax_fine", "fax_std"):
            data, fmt, m = scan.fax(pg, rng, cap == "fax_fine")
            (out_dir / f"{stem}.{fmt}").write_bytes(data)
            meta.update(m)
        elif cap == "e_pdf":
            fmt = "pdf"
            (out_dir / f"{stem}.pdf").write_bytes(render.pdf(pg))
        else:
            if cap == "screen_moire":
                tex, box, size = scenes.screen_texture(pg, rng)
                screen_pg = Page(size[0] * 1000, size[1] * 1000)
                img, geo = scenes.phone(screen_pg, rng, "screen", work, texture=tex)
                uvmap = box
            else:
                kind = {"gaopaiyi": "gaopaiyi", "scanner_app": "desk", "chat_forward": "desk",
                        "chat_screenshot": "desk"}.get(cap, cap.removeprefix("phone_"))
                img, geo = scenes.phone(pg, rng, kind, work)
                uvmap = (0.0, 0.0, 1.0, 1.0)
            meta.update(geo["isp"])
            for key, boxes in pg.boxes.items():
                if key not in fields:
                    continue
                worst = 0.0
                for x0, y0, x1, y1 in boxes:
                    bu = (uvmap[0] + x0 / pg.w * (uvmap[2] - uvmap[0]), uvmap[1] + y0 / pg.h * (uvmap[3] - uvmap[1]),
                          uvmap[0] + x1 / pg.w * (uvmap[2] - uvmap[0]), uvmap[1] + y1 / pg.h * (uvmap[3] - uvmap[1]))
                    worst = max(worst, photo.hidden_fraction(geo, bu))
                hidden[key] = worst
            if cap == "scanner_app":
                img = scenes.scanner_app(img, geo, rng)
                fmt = _fmt(rng, [("pdf", 1), ("jpg", 1)])
            elif cap == "chat_forward":
                img = scenes.chat_forward(img, rng)
                fmt = "jpg"
            elif cap == "chat_screenshot":
                faces: set = set()
                img, _ = scenes.chat_screenshot(img, rng, faces)
                fmt = _fmt(rng, [("png", 1), ("jpg", 3)])
            elif cap == "gaopaiyi":
                fmt = _fmt(rng, [("jpg", 3), ("png", 1)])
            else:
                fmt = _fmt(rng, [("jpg", 8), ("webp", 1.2), ("png", 0.8)])
            _save(img, out_dir / f"{stem}.{fmt}", fmt, rng)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    truth_fields = {}
    for key, v in fields.items():
        hid = v != "" and hidden.get(key, 0.0) >= HIDDEN_SHARE
        truth_fields[key] = {"value": v, "unreadable": bool(hid)}
    entry = {"file": f"{stem}.{fmt}", "kind": item["kind"], "capture": cap, "variant": variant, "marks": mk,
             "faces": sorted({fonts.family(f) for f in pg.faces}), "formats": [fmt], "fields": truth_fields,
             "hidden_share": {k: round(v, 3) for k, v in hidden.items()}, "meta": meta}
    return json.loads(json.dumps(entry, ensure_ascii=False))  # as truth.json holds it (tuples become lists)


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def generate(out_dir, n: int = 150, seed: int = 9797) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, item, seed, out_dir) for i, item in enumerate(plan)]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {
        "kinds": dict(Counter(f["kind"] for f in files)),
        "captures": dict(Counter(f["capture"] for f in files)),
        "variants": dict(Counter(f["variant"] for f in files)),
        "marks": dict(Counter(m for f in files for m in f["marks"])),
        "formats": dict(Counter(x for f in files for x in f["formats"])),
        "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values()),
    }
