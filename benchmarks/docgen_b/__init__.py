"""Family B: a second, independent generator of document photos for the OCR pre-fill benchmark.

It was written without looking at the product's extractor or at family A (`benchmarks/docgen.py`),
from what real documents look like, so the product can be *reported* on layouts it was not
developed on. `generate(out_dir, n, seed)` writes JPEG/PNG/PDF files and `truth.json`:

    {"family": "B", "seed": 7, "files": [{"file": "b0003.jpg", "kind": "business_license",
      "variant": "...", "condition": "phone", "fields": {"name": {"value": "...", "unreadable": false}}}]}

Deterministic by (seed, index). Field keys per kind: FIELDS.md. Scoring lives elsewhere
(`benchmarks/ocr_scoring.py`) so both families are scored by the same code.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from benchmarks.docgen_b import docs, negatives, photo
from benchmarks.docgen_b.docs import Doc
from benchmarks.docgen_b.render import Page

BUILDERS: dict[str, Callable[[random.Random], Doc]] = {
    "id_card_front": docs.id_card_front,
    "id_card_back": docs.id_card_back,
    "business_license": docs.business_license,
}
for _name in ("public_health_license", "food_business_license", "household_register", "marriage_certificate",
              "real_estate_certificate", "bank_card"):
    if hasattr(docs, _name):
        BUILDERS[_name] = getattr(docs, _name)
BUILDERS["other"] = negatives.other

# one round of the cycle: licences and ID sides weigh most (they carry the targets)
CYCLE = ("business_license", "id_card_front", "id_card_back", "business_license", "public_health_license",
         "food_business_license", "household_register", "business_license", "id_card_front", "id_card_back",
         "marriage_certificate", "real_estate_certificate", "bank_card", "business_license", "other",
         "public_health_license", "food_business_license")
KINDS = tuple(dict.fromkeys(k for k in CYCLE if k in BUILDERS))


def kind_sequence(n: int, kinds: tuple[str, ...] | None = None) -> list[str]:
    cycle = [k for k in CYCLE if k in BUILDERS and (not kinds or k in kinds)]
    return [cycle[i % len(cycle)] for i in range(n)]


def make(kind: str, seed: int, index: int, out_stem: str, captures: tuple[str, ...] | None = None) -> dict:
    """Build one file (out_stem + extension) and return its ground-truth entry. `captures` (a subset
    of photo.NEW_CAPTURES) draws the capture from those instead (flatbed scans, grey/binarised
    copies, screenshots, 768×1024 phone photos); without it the output is as it always was."""
    rnd = random.Random(f"B/{seed}/{index}/{kind}")
    doc = BUILDERS[kind](rnd)
    page = doc.page
    condition = _condition(rnd, doc)
    if captures and condition != "raw":
        return _make_new_capture(doc, random.Random(f"B/{seed}/{index}/{kind}/capture"), captures, out_stem)
    hidden: set[str] = set()
    if condition in ("scanner", "photocopy") and not doc.card and rnd.random() < 0.6:
        _annotate(page, rnd)
    arr = cv2.cvtColor(np.asarray(page.img), cv2.COLOR_RGB2BGR)
    if condition == "phone_glare":
        arr, hidden = photo.glare(arr, page.char_boxes, rnd, on_field=rnd.random() < 0.6)
    if condition == "raw":                     # a picture that is not of paper (negatives)
        img, meta, fmt = arr, {"size": [arr.shape[1], arr.shape[0]]}, "jpg"
    elif condition in ("phone", "phone_glare", "lowres"):
        img, meta = photo.phone(arr, rnd, card=doc.card, lowres=condition == "lowres")
        fmt = "jpg"
    elif condition == "scanner":
        img, meta = photo.scanner(arr, rnd, card=doc.card)
        fmt = rnd.choice(["png", "pdf", "jpg"])
    else:
        img, meta = photo.photocopy(arr, rnd, card=doc.card)
        fmt = rnd.choice(["jpg", "pdf"])
    if doc.card and condition in ("scanner", "photocopy") and rnd.random() < 0.6:
        img = _annotate_card_copy(img, rnd)
    if doc.meta.get("format"):
        fmt = doc.meta["format"]
    name = photo.save(img, out_stem, fmt, rnd)
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc.truth.items()}
    return {"file": Path(name).name, "kind": doc.kind, "variant": doc.variant, "condition": condition,
            "meta": meta, "fields": fields}


def generate(out_dir: str | Path, n: int = 150, seed: int = 7, kinds: tuple[str, ...] | None = None,
             captures: tuple[str, ...] | None = None) -> Path:
    """Write n files and truth.json into out_dir; returns the truth path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entries = [make(kind, seed, i, str(out / f"b{i:04d}"), captures)
               for i, kind in enumerate(kind_sequence(n, kinds))]
    truth = out / "truth.json"
    truth.write_text(json.dumps({"family": "B", "seed": seed, "files": entries}, ensure_ascii=False, indent=1),
                     encoding="utf-8")
    return truth


def _make_new_capture(doc: Doc, rnd: random.Random, captures: tuple[str, ...], out_stem: str) -> dict:
    condition = rnd.choice(captures)
    if doc.card and condition in ("copy_grey", "copy_bw", "screen") and rnd.random() < 0.5:
        condition = "flatbed"
    page = doc.page
    if condition in ("flatbed", "copy_grey", "copy_bw") and not doc.card and rnd.random() < 0.4:
        _annotate(page, rnd)
    arr = cv2.cvtColor(np.asarray(page.img), cv2.COLOR_RGB2BGR)
    if condition == "flatbed":
        img, meta = photo.flatbed(arr, rnd, doc.kind)
        fmt = rnd.choice(["png", "jpg", "pdf"])
    elif condition in ("copy_grey", "copy_bw"):
        img, meta = photo.copy_grey(arr, rnd, doc.kind, binary=condition == "copy_bw")
        fmt = rnd.choice(["png", "jpg"]) if condition == "copy_grey" else "png"
    elif condition == "screen":
        img, meta = photo.screen(arr, rnd)
        fmt = "png"
    else:
        img, meta = photo.phone_small(arr, rnd, card=doc.card)
        fmt = "jpg"
    name = photo.save(img, out_stem, fmt, rnd)
    fields = {k: {"value": v, "unreadable": False} for k, v in doc.truth.items()}
    return {"file": Path(name).name, "kind": doc.kind, "variant": doc.variant, "condition": condition,
            "meta": meta, "fields": fields}


def _condition(rnd: random.Random, doc: Doc) -> str:
    if doc.meta.get("condition"):
        return doc.meta["condition"]
    if doc.card:
        return rnd.choice(("phone", "phone", "phone", "phone_glare", "lowres", "scanner", "photocopy"))
    return rnd.choice(photo.CONDITIONS)


def _free_spot(page: Page, w: float, h: float, rnd: random.Random) -> tuple[float, float]:
    """A place for a note of w×h that covers no field's characters (else anywhere)."""
    boxes = [b for bs in page.char_boxes.values() for b in bs]
    for _ in range(60):
        x, y = rnd.uniform(0.05, 0.95) * page.w - w / 2, rnd.uniform(0.1, 0.95) * page.h - h / 2
        if all(x > b[2] or x + w < b[0] or y > b[3] or y + h < b[1] for b in boxes):
            return x, y
    return rnd.uniform(0.05, 0.7) * page.w, rnd.uniform(0.6, 0.85) * page.h


def _annotate(page: Page, rnd: random.Random) -> None:
    """What a copy carries: 与原件一致 in hand or as a stamp, a signature, sometimes a date."""
    size = int(page.w * rnd.uniform(0.025, 0.035))
    if rnd.random() < 0.5:
        x, y = _free_spot(page, size * 7, size * 3.5, rnd)
        page.handwriting(x, y, rnd.choice(["与原件一致", "此复印件与原件一致", "仅供办理许可使用"]), size, rnd,
                         angle=rnd.uniform(-8, 8))
        page.signature(x + size, y + size * 2.2, size * 4, size * 1.2, rnd)
    else:
        x, y = _free_spot(page, size * 8, size * 3, rnd)
        page.rect_stamp(x, y, ["与原件核对一致", "核对人："], rnd, angle=rnd.uniform(-10, 10), size=int(size * 0.8))


def _annotate_card_copy(img: np.ndarray, rnd: random.Random) -> np.ndarray:
    rgb = cv2.cvtColor(img, cv2.COLOR_BGR2RGB)
    page = Page(rgb.shape[1], rgb.shape[0])
    from PIL import Image

    page.img = Image.fromarray(rgb)
    from PIL import ImageDraw

    page.draw = ImageDraw.Draw(page.img)
    size = int(page.w * 0.04)
    x, y = rnd.uniform(0.1, 0.5) * page.w, rnd.uniform(0.55, 0.75) * page.h
    page.handwriting(x, y, "与原件一致", size, rnd, angle=rnd.uniform(-6, 6))
    page.signature(x + size, y + size * 2.4, size * 4, size * 1.2, rnd)
    return cv2.cvtColor(np.asarray(page.img), cv2.COLOR_RGB2BGR)
