"""Family H's generator loop: the mix of kinds, one capture path per file, the truth file, and
`summary(truth)` (counts by kind, capture, variant, file format, unreadable fields).

    python -m benchmarks.docgen_h.generate OUTDIR [N] [SEED]
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import cv2

from benchmarks.docgen_h import capture as C
from benchmarks.docgen_h.docs import MAKERS

MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
MIN_PX = 12.0   # smallest glyph height (px, the em size) of a value a person still reads in a picture
# which drawn box hides which truth field
BOX_FIELDS = {"valid": ("valid_from", "valid_to"), "est": ("established_date",), "term": ("valid_to",),
              "valid_to_txt": ("valid_to",)}


def plan(n: int, seed: int) -> list[tuple[str, str]]:
    """(kind, capture) per file: kinds in the MIX proportions (ID cards and licences first when n is
    small), captures dealt round-robin per kind from a shuffled list."""
    rng = random.Random(f"H-plan-{seed}")
    total = sum(c for _, c in MIX)
    counts = {k: int(c * n / total) for k, c in MIX}
    order = [k for k, _ in MIX]
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    out = []
    for k, c in counts.items():
        caps = [x for x in C.CAPTURES if k.startswith("id_card") or x not in C.ID_ONLY]
        rng.shuffle(caps)
        out += [(k, caps[j % len(caps)]) for j in range(c)]
    rng.shuffle(out)
    return out


def make_one(kind: str, cap: str, rng: random.Random) -> tuple:
    pg, fields, meta = MAKERS[kind](rng)
    boxes = dict(pg.boxes)
    for k, v in BOX_FIELDS.items():
        if k in boxes:
            for t in v:
                boxes.setdefault(t, boxes[k])
    under = None
    if cap == "overlap":   # the other card handed over with it: the other side of someone's card
        under = MAKERS["id_card_back" if kind == "id_card_front" else "id_card_front"](rng)[0].rgb()
    img, hidden, ext, scale = C.capture(pg.rgb(), {k: b for k, b in boxes.items() if k in fields}, kind, cap, rng, under)
    sizes = dict(pg.sizes)
    for k, v in BOX_FIELDS.items():
        if k in sizes:
            for t in v:
                sizes.setdefault(t, sizes[k])
    # too small to read: a value whose glyphs end up under MIN_PX pixels (a long scope shrunk to fit,
    # photographed by a 720p 高拍仪) is one a person at the window could not read either
    hidden += [k for k in fields if sizes.get(k, 99) * scale < MIN_PX]
    for h in hidden:
        if h in fields and fields[h]["value"]:
            fields[h]["unreadable"] = True
    return pg, fields, meta, img, ext


def generate_files(outdir: Path | str, n: int, seed: int, params_hash: str = "") -> dict:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)   # one thread: on a shared, loaded machine OpenCV's thread pool only adds system time
    try:
        files = [_one_file(out, i, kind, cap, seed) for i, (kind, cap) in enumerate(plan(n, seed), 1)]
    finally:
        cv2.setNumThreads(threads)
    truth = {"family": "H", "n": n, "seed": seed, "params_hash": params_hash, "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def _one_file(out: Path, i: int, kind: str, cap: str, seed: int) -> dict:
    """File i of the set: its own random stream, page, capture, file and truth entry."""
    rng = random.Random(f"H-{seed}-{i}")
    pg, fields, meta, img, ext = make_one(kind, cap, rng)
    name = f"h{i:04d}.{ext}"
    C.save(img, out / name, ext, rng)
    marks = list(meta.get("marks", []))
    if any(f["unreadable"] for f in fields.values()):
        marks.append("unreadable-field")
    if kind.startswith("id_card") and cap in C.A4_CAPS:
        marks.append("card-on-a4")
    return {"file": name, "kind": kind, "capture": cap, "variant": meta["variant"], "formats": [ext],
            "faces": sorted(set(meta.get("faces", []))), "marks": marks, "fields": fields}


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(f["formats"][0] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "licence_variants": dict(Counter(f["variant"] for f in fs if f["kind"] == "business_license")),
            "unreadable": sum(v["unreadable"] for f in fs for v in f["fields"].values())}


if __name__ == "__main__":
    from benchmarks import docgen_h
    d = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 8383
    t = docgen_h.generate(d, n, seed)
    print(json.dumps(summary(t), ensure_ascii=False))
