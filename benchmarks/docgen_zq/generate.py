"""Family ZQ's set: the kind plan, one file per (index, kind, seed), truth.json, the parameters hash
and the summary the bench prints."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_zq import captures as CAP
from benchmarks.docgen_zq import documents, photo

FAMILY = "ZQ"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
# capture weights (photos are path-traced: they cost most)
CAPTURES = {
    "phone_desk": 4, "phone_angle": 2.5, "phone_curl": 2, "phone_fold": 2, "phone_sleeve": 2.5, "phone_thumb": 2.5,
    "phone_lowlight": 1.5, "phone_shake": 1.5, "gaopaiyi": 1, "screen_photo": 1.5,
    "flatbed": 12, "adf": 8, "photocopy": 10, "copy_of_copy": 5, "fax_std": 4, "fax_fine": 4, "scanner_app": 8,
    "chat_screenshot": 7, "chat_forward": 7, "elicense_pdf": 8,
}
CARD_NO = {"elicense_pdf", "adf", "screen_photo", "fax_std", "phone_curl", "phone_fold"}
HERE = Path(__file__).resolve().parent


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default mix scaled to n (every kind at least once when n ≥ 6)."""
    total = sum(MIX.values())
    counts = {k: max(1 if n >= len(MIX) else 0, round(v * n / total)) for k, v in MIX.items()}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda x: counts[x])
        counts[k] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    rng = np.random.default_rng([seed, 7])
    return [plan[i] for i in rng.permutation(len(plan))]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _capture(kind: str, rng) -> str:
    names = [c for c in CAPTURES if not (kind.startswith("id_card") and c in CARD_NO)
             and not (kind == "other" and c == "elicense_pdf")]
    w = np.array([CAPTURES[c] for c in names], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _marks(kind, cap, rng) -> list[str]:
    m = []
    if kind != "other" and rng.random() < 0.18:
        m.append("watermark")
    if cap in ("photocopy", "copy_of_copy", "flatbed", "scanner_app", "fax_fine") and kind != "other" and rng.random() < 0.45:
        m.append("copy_note")
    if kind in ("business_license", "food_business_license") and cap not in ("elicense_pdf",) and rng.random() < 0.12:
        m.append("company_seal")
    return m


def make_one(i: int, kind: str, seed: int, out_dir) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, i, 4343])
    doc = documents.make(kind, rng, i)
    cap = _capture(kind, rng)
    marks = _marks(kind, cap, rng)
    if "copy_note" in marks:
        doc["kai_face"] = ["AR PL UKai CN", "LXGW WenKai"][int(rng.integers(2))]
    tmp = CAP.tmpdir()
    try:
        base = out_dir / f"zq_{i:04d}"
        if cap in CAP.PHOTO:
            path, hidden, meta = CAP.photo_capture(doc, cap, rng, base, tmp, marks)
        else:
            path, hidden, meta = CAP.scan_capture(doc, cap, rng, base, tmp, marks)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc["fields"].items()}
    faces = sorted({doc[k] for k in ("title_face", "label_face", "value_face", "digit_face", "seal_face")})
    return {"file": path.name, "kind": kind, "variant": doc["variant"], "capture": cap, "marks": marks,
            "faces": faces, "formats": [path.suffix.lstrip(".").replace("jpg", "jpeg").replace("tif", "tiff")],
            "fields": fields}


def generate(out_dir, n: int = 150, seed: int = 4343) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    try:
        files = [make_one(i, k, seed, out_dir) for i, k in enumerate(plan)]
    finally:
        photo.close()
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
