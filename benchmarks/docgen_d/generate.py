"""Family D orchestration: which documents, which captures, and the ground truth file.

Everything is drawn from `random.Random` / `numpy` generators seeded per file from (seed, index),
so a (n, seed) pair always gives the same files and the same truth.json on one machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import tempfile
from pathlib import Path

import numpy as np

from . import capture as C
from . import layouts as L
from . import values as V

HERE = Path(__file__).resolve().parent
SOURCE_FILES = ("values.py", "sheet.py", "layouts.py", "capture.py", "generate.py")
TODAY = dt.date(2026, 11, 20)            # the day the photos are "taken" (fixed: truth must not drift)

# share of each document in a set (fractions of n)
MIX = (("id_card_front", 0.20), ("id_card_back", 0.14), ("business_license", 0.34),
       ("public_health_license", 0.10), ("food_business_license", 0.11), ("other", 0.11))
PURPOSES = ("仅供办理卫生许可证使用", "仅供办理营业执照变更使用", "此复印件仅供食品经营许可申请用", "仅供本次业务办理使用")


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"D:{n}:{seed}".encode())
    for name in SOURCE_FILES:
        h.update((HERE / name).read_bytes())
    return h.hexdigest()[:16]


def plan(n: int, seed: int) -> list[str]:
    kinds: list[str] = []
    for kind, share in MIX:
        kinds += [kind] * int(round(n * share))
    while len(kinds) < n:
        kinds.append("business_license")
    kinds = kinds[:n]
    random.Random(seed).shuffle(kinds)
    return kinds


def _choose(rng: random.Random, table: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def _one(i: int, kind: str, seed: int, out: Path, tmp: Path) -> dict:
    rng = random.Random(f"D-{seed}-{i}")
    nrng = np.random.default_rng([seed, i, 4])
    pdf = tmp / f"d{i:04d}.pdf"
    card = kind.startswith("id_card")
    if card:
        p = V.person(rng, TODAY)
        doc = (L.id_front if kind == "id_card_front" else L.id_back)(pdf, rng, p)
    elif kind == "business_license":
        variant = _choose(rng, [("company", 0.55), ("individual", 0.22), ("branch", 0.23)])
        e = L.entity(rng, variant, TODAY)
        doc = L.business_license(pdf, rng, e, rng.choice(["正本", "副本", "副本"]), TODAY)
    elif kind == "public_health_license":
        doc = L.health_license(pdf, rng, TODAY)
    elif kind == "food_business_license":
        doc = L.food_license(pdf, rng, TODAY)
    else:
        neg = _choose(rng, [("blank", 0.35), ("notice", 0.35), ("photo", 0.30)])
        doc = (L.blank_page(pdf, rng) if neg == "blank" else L.notice_letter(pdf, rng, TODAY) if neg == "notice"
               else L.Doc("other", "photo", {}, 0, 0))
    big = doc.w_mm > 300 or doc.h_mm > 300                 # the A3 正本 does not fit an A4 scanner
    if doc.variant == "photo":
        how = "photo"
    elif card:
        how = _choose(rng, [("phone", 0.55), ("scan", 0.15), ("photocopy", 0.22), ("screen", 0.08)])
    elif big:
        how = _choose(rng, [("phone", 0.6), ("framed", 0.25), ("screen", 0.15)])
    elif doc.kind == "other":
        how = _choose(rng, [("phone", 0.5), ("scan", 0.3), ("photocopy", 0.2)])
    else:
        how = _choose(rng, [("phone", 0.42), ("framed", 0.08 if doc.glossy else 0.0), ("scan", 0.25),
                            ("photocopy", 0.15), ("screen", 0.10)])
    fmt = "jpg"
    if how == "photo":
        shop = f"{rng.choice(V.TRADE_NAMES)}{rng.choice(V.SHOPS)}"
        shot = C.unrelated_photo(nrng, shop)
    elif how in ("phone", "framed"):
        dpi = 700 if card else 180 if big else 240
        page = C.rasterise(pdf, dpi)
        shot = C.phone(nrng, page, C.mm_boxes_to_px(doc.boxes, dpi), card=card,
                       glossy=doc.glossy or how == "framed", framed=how == "framed", dpi=dpi)
    elif how == "screen":
        dpi = 400 if card else 150
        page = C.rasterise(pdf, dpi)
        shot = C.screen(nrng, page, C.mm_boxes_to_px(doc.boxes, dpi))
    else:
        dpi = int(rng.choice([200, 300, 300, 240]) if card else rng.choice([150, 200, 200, 240, 300]))
        page = C.rasterise(pdf, dpi)
        if how == "scan":
            shot = C.scan(nrng, page, C.mm_boxes_to_px(doc.boxes, dpi), dpi, card=card)
            fmt = _choose(rng, [("jpg", 0.6), ("png", 0.15), ("pdf", 0.25)])
        else:
            shot = C.photocopy(nrng, page, C.mm_boxes_to_px(doc.boxes, dpi), dpi, card=card,
                               purpose=rng.choice(PURPOSES), holder_seal=doc.fields.get("name", "") if not card else "")
            fmt = "png" if shot.meta.get("binarised") and rng.random() < 0.5 else _choose(rng, [("jpg", 0.7), ("pdf", 0.3)])
    path = C.encode(shot, out / f"d{i:04d}", nrng, fmt)
    fields = {}
    for key, value in doc.fields.items():
        hid = shot.hidden.get(key)
        fields[key] = {"value": value, "unreadable": bool(hid and value)}
        if hid and value:
            fields[key]["hidden_by"] = hid
    return {"file": path.name, "kind": doc.kind, "variant": doc.variant, "capture": how,
            "meta": {k: v for k, v in shot.meta.items() if k != "jpeg"}, "fields": fields}


def generate(out: Path, n: int = 150, seed: int = 2026) -> dict:
    """Write n files and out/truth.json; returns the truth."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = plan(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        files = [_one(i, kind, seed, out, Path(tmp)) for i, kind in enumerate(kinds, 1)]
    truth = {"family": "D", "seed": seed, "n": n, "today": TODAY.isoformat(),
             "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict[str, dict[str, int]]:
    """Counts per kind, variant and capture (for the README and the report)."""
    out: dict[str, dict[str, int]] = {"kind": {}, "variant": {}, "capture": {}, "unreadable": {}}
    for f in truth["files"]:
        out["kind"][f["kind"]] = out["kind"].get(f["kind"], 0) + 1
        kv = f"{f['kind']}:{f['variant'].split('-')[0] if f['kind'] != 'business_license' else '-'.join(f['variant'].split('-')[:2])}"
        out["variant"][kv] = out["variant"].get(kv, 0) + 1
        out["capture"][f["capture"]] = out["capture"].get(f["capture"], 0) + 1
        for k, v in f["fields"].items():
            if v.get("unreadable"):
                key = f"{f['kind']}.{k}:{v.get('hidden_by')}"
                out["unreadable"][key] = out["unreadable"].get(key, 0) + 1
    return out
