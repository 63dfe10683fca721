"""Family F's set: plans the mix of kinds, forms and captures for (n, seed), draws each page,
photographs / scans it, writes the file and its truth (benchmarks/ocr_scoring.py format, plus
F's own keys: capture, variant, marks, print, rotation, and the rows drawn for every field).

    python -m benchmarks.docgen_f.generate OUTDIR [N] [SEED]
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import capture as C
from . import docs as D
from .values import Vocab

# about 25 / 20 / 50 / 15 / 20 / 20 of 150
MIX = (("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20))
CARD_CAPTURES = (("docam", 3), ("laminated", 3), ("desk_far", 2), ("phone_motion", 2), ("photocopy_photo", 2),
                 ("scan_app_bw", 1), ("pdf_viewer", 1), ("flatbed_pdf", 1))
PAGE_CAPTURES = (("docam", 3), ("phone_motion", 3), ("photocopy_photo", 2), ("pdf_viewer", 2), ("scan_app_bw", 2),
                 ("flatbed_pdf", 1), ("laminated", 1))
ROTATABLE = ("docam", "scan_app_bw", "flatbed_pdf", "phone_motion")


def makers() -> dict:
    return {"id_card_front": D.id_front, "id_card_back": D.id_back, "business_license": D.business_licence,
            **getattr(D, "MORE_MAKERS", {})}


def plan(n: int, seed: int) -> list[str]:
    """The kinds of the n files, in the proportions of MIX (kinds not drawn yet are left out)."""
    have = makers()
    mix = [(k, w) for k, w in MIX if k in have]
    total = sum(w for _, w in mix)
    kinds: list[str] = []
    for k, w in mix:
        kinds += [k] * int(round(n * w / total))
    while len(kinds) < n:
        kinds.append(mix[len(kinds) % len(mix)][0])
    kinds = kinds[:n]
    random.Random(seed).shuffle(kinds)
    return kinds


def _weighted(rng: random.Random, pairs) -> str:
    names, weights = zip(*pairs, strict=True)
    return rng.choices(names, weights)[0]


def make_one(i: int, kind: str, seed: int) -> tuple[dict, bytes]:
    rng = random.Random(f"F/{seed}/{i}")
    v = Vocab(rng)
    doc = makers()[kind](v, rng)
    if doc.variant == "desk_photo":
        shot = C.scene(doc, rng)
        cap = shot.capture
    else:
        cap = _weighted(rng, CARD_CAPTURES if doc.card else PAGE_CAPTURES)
        shot = C.CAPTURES[cap](doc, rng)
    if cap in ROTATABLE and rng.random() < 0.16:
        shot = C.rotate(shot, rng.choice((1, 2, 3)))
    name = f"f{i + 1:04d}.{shot.ext}"
    drawn = dict(doc.drawn)
    entry = {"file": name, "kind": kind, "capture": cap, "variant": doc.variant or kind,
             "marks": sorted(set(shot.marks) | set(doc.prints)), "print": list(doc.prints), "rotation": shot.rotation,
             "fields": {k: {"value": val, "unreadable": k in doc.unreadable} for k, val in doc.fields.items()},
             "drawn": {k: drawn[k] for k in doc.fields if k in drawn}}
    return entry, C.encode(shot)


def _make_to(job: tuple[int, str, int, str]) -> dict:
    i, kind, seed, out = job
    entry, data = make_one(i, kind, seed)
    (Path(out) / entry["file"]).write_bytes(data)
    return entry


def generate(outdir: str | Path, n: int, seed: int, params_hash: str = "") -> dict:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = plan(n, seed)
    workers = max(1, min(int(os.environ.get("DOCGEN_F_WORKERS", "2")), os.cpu_count() or 1, n))
    if workers > 1:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            made = list(pool.map(_make_to, [(i, k, seed, str(out)) for i, k in enumerate(kinds)], chunksize=4))
    else:
        made = [_make_to((i, k, seed, str(out))) for i, k in enumerate(kinds)]
    files = list(made)
    truth = {"family": "F", "n": n, "seed": seed, "params_hash": params_hash, "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"files": len(files),
            "kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "licence_variants": dict(Counter(f["variant"] for f in files if f["kind"] == "business_license")),
            "formats": dict(Counter(f["file"].rsplit(".", 1)[1] for f in files)),
            "rotated": sum(1 for f in files if f.get("rotation")),
            "unreadable": sum(1 for f in files for v in f["fields"].values() if v["unreadable"])}


if __name__ == "__main__":
    o, nn, sd = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150, int(sys.argv[3]) if len(sys.argv) > 3 else 6161
    from benchmarks import docgen_f

    t = docgen_f.generate(o, nn, sd)
    print(json.dumps(summary(t), ensure_ascii=False))
