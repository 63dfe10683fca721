"""Family G's generator proper: the kind mix, one document per file (its own random stream, so a
file depends only on (seed, index)), the capture path, unreadable marking, truth.json; and
`summary(truth)` of counts for the benchmark's header line.

    python -m benchmarks.docgen_g OUTDIR [N] [SEED]
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

from benchmarks.docgen_g import capture as C
from benchmarks.docgen_g import docs as D
from benchmarks.docgen_g.values import Vocab

MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}


def schedule(n: int, seed: int) -> list[str]:
    """The kinds of files 1..n: the mix scaled to n (largest remainder), shuffled by the seed."""
    total = sum(MIX.values())
    exact = {k: v * n / total for k, v in MIX.items()}
    counts = {k: int(x) for k, x in exact.items()}
    for k in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[k] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng(seed).shuffle(kinds)
    return kinds


LICENCE_FORMS = [("zhengben", "company", 12), ("fuben", "company", 10), ("old2016", "company", 5),
                 ("zhengben", "branch", 4), ("fuben", "branch", 3), ("zhengben", "individual", 4),
                 ("fuben", "individual", 3), ("zhengben", "coop", 3), ("fuben", "coop", 2),
                 ("zhengben", "partner", 2), ("fuben", "partner", 2)]

CAPTURE_WEIGHTS = {
    "card": {"screen_photo": 2, "wechat_forward": 3, "hand_shadow": 2, "dim_evening": 2, "certified_copy": 3,
             "tablecloth": 2, "cropped_photo": 1},
    "page": {"screen_photo": 2, "wechat_forward": 2, "curled_page": 3, "hand_shadow": 2, "dim_evening": 2,
             "certified_copy": 3, "tablecloth": 2, "cropped_photo": 1},
}


PHOTO_CAPTURES = ("wechat_forward", "curled_page", "hand_shadow", "dim_evening", "tablecloth", "cropped_photo")


def build(kind: str, v: Vocab, rng) -> D.Doc:
    if kind == "id_card_front":
        return D.id_front(v, rng)
    if kind == "id_card_back":
        return D.id_back(v, rng)
    if kind == "business_license":
        w = np.array([f[2] for f in LICENCE_FORMS], float)
        layout, ent, _ = LICENCE_FORMS[int(rng.choice(len(LICENCE_FORMS), p=w / w.sum()))]
        return D.business_licence(v, rng, layout, ent)
    from benchmarks.docgen_g import docs_more as M
    return M.build(kind, v, rng)


def _overlap(a, b) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    area = max(1, (a[2] - a[0]) * (a[3] - a[1]))
    return inter / area


def make_one(i: int, kind: str, seed: int) -> tuple[dict, np.ndarray, D.Doc]:
    """File number i (1-based): (truth entry without "file", BGR image, the drawn document)."""
    rng = np.random.default_rng([seed, i])
    v = Vocab(rng)
    doc = build(kind, v, rng)
    marks: list[str] = []
    unreadable: set[str] = set()
    weights = CAPTURE_WEIGHTS["card" if doc.card else "page"]
    if kind == "other":
        weights = {k: w for k, w in weights.items() if k != "certified_copy"} | {"certified_copy": 1}
    names = list(weights)
    p = np.array([weights[k] for k in names], float)
    cap = names[int(rng.choice(len(names), p=p / p.sum()))]
    # a few values lost under a highlight on the laminate / glossy paper (direct photos only)
    if doc.fields and cap in PHOTO_CAPTURES and rng.random() < 0.12:
        single = [k for k, b in doc.boxes.items() if len(b) == 1 and doc.fields.get(k)]
        if single:
            key = single[int(rng.integers(len(single)))]
            wiped = C.glare_over(doc.page, doc.boxes[key][0], rng)
            marks.append("glare_over_value")
            for k, boxes in doc.boxes.items():
                if doc.fields.get(k) and any(_overlap(b, wiped) > 0.0 for b in boxes):
                    unreadable.add(k)
    kw = {}
    if cap == "certified_copy" and kind.endswith("license") and rng.random() < 0.6:
        # the holder stamps its own seal on the copy, partly over a value (legible under the red)
        key = "address" if rng.random() < 0.5 else "name"
        x0, y0, x1, y1 = doc.boxes[key][0]
        r = (y1 - y0) * rng.uniform(2.6, 3.4)
        kw["seal"] = (x0 + (x1 - x0) * rng.uniform(0.5, 0.9), (y0 + y1) / 2 + rng.uniform(-0.5, 0.5) * r, r,
                      doc.fields["name"])
    page_bgr = cv2.cvtColor(doc.page.uint8(), cv2.COLOR_RGB2BGR)
    if cap == "cropped_photo":
        img, cmarks, cut = C.cropped_photo(page_bgr, rng, doc.card, {k: b for k, b in doc.boxes.items() if doc.fields.get(k)})
        unreadable |= cut
    else:
        img, cmarks = C.PATHS[cap](page_bgr, rng, doc.card, **kw)
    entry = {"kind": kind, "capture": cap, "variant": doc.variant, "marks": marks + cmarks, "faces": doc.faces,
             "fields": {k: {"value": val, "unreadable": k in unreadable} for k, val in doc.fields.items()}}
    return entry, img, doc


def generate(outdir, n: int = 150, seed: int = 7272) -> dict:
    from benchmarks.docgen_g import params_hash
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i, kind in enumerate(schedule(n, seed), start=1):
        entry, img, _doc = make_one(i, kind, seed)
        name = f"g{i:04d}.jpg"
        cv2.imwrite(str(out / name), img, [cv2.IMWRITE_JPEG_QUALITY, 94])
        files.append({"file": name, **entry})
    truth = {"family": "G", "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"files": len(files), "kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "licence_forms": dict(Counter("-".join(f["variant"].split("-")[:2]) for f in files
                                          if f["kind"] == "business_license")),
            "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}

