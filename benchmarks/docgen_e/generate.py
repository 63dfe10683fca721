"""Family E set generation: pick kind and capture per file, draw the layout at the capture's
pixel density, add the marks people make on copies, capture, and write the file plus truth.json.

Each file uses its own random streams derived from (seed, index), so a set is reproducible and
files can be made in parallel.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks.docgen_e import layouts as L
from benchmarks.docgen_e.capture import (
    bend,
    fax,
    flatbed,
    phone,
    phone_geometry,
    photocopy_degrade,
    scanner_app,
)

FAMILY = "E"
SHARES = (("id_card_front", 18), ("id_card_back", 17), ("business_license", 40), ("public_health_license", 10),
          ("food_business_license", 10), ("other", 10))
CAPTURES = (("phone", 26), ("chat", 20), ("scanapp", 12), ("scan", 18), ("photocopy", 16), ("fax", 8))
SIZES = {"id_card_front": (85.6, 54.0), "id_card_back": (85.6, 54.0), "other": (210, 297)}


def params_hash(n: int, seed: int) -> str:
    """Hash of the parameters and of this package's source: a changed generator makes a new set."""
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def plan(n: int, seed: int) -> list[str]:
    rng = random.Random(f"{seed}-plan")
    total = sum(w for _, w in SHARES)
    kinds: list[str] = []
    for kind, w in SHARES:
        kinds += [kind] * int(round(n * w / total))
    while len(kinds) < n:
        kinds.append(rng.choices([k for k, _ in SHARES], weights=[w for _, w in SHARES])[0])
    kinds = kinds[:n]
    rng.shuffle(kinds)
    return kinds


def _layout(kind: str):
    return {"id_card_front": L.id_front, "id_card_back": L.id_back, "business_license": L.business_license,
            "public_health_license": getattr(L, "health_license", None),
            "food_business_license": getattr(L, "food_license", None), "other": getattr(L, "negative", None)}[kind]


def make_one(args: tuple[int, str, int, str]) -> dict:
    i, kind, seed, out_dir = args
    lrng = random.Random(f"{seed}-{i}-layout")
    crng = random.Random(f"{seed}-{i}-capture")
    mrng = random.Random(f"{seed}-{i}-marks")
    caps = [c for c, _ in CAPTURES]
    weights = [w for _, w in CAPTURES]
    cap = crng.choices(caps, weights=weights)[0]
    if cap == "fax" and kind.startswith("id_"):
        cap = "photocopy"
    layout = _layout(kind)
    # the pixel density the capture needs
    geo: dict = {}
    if cap in ("phone", "chat"):
        def ppm(w: float, h: float) -> float:          # known once the layout chose its paper size
            geo.update(phone_geometry(crng, w, h, chat=cap == "chat"))
            return geo["render_ppm"]
    elif cap == "scanapp":
        def ppm(w: float, h: float) -> float:          # the app's output size
            long_px = crng.choice((1000, 1200, 1400) if max(w, h) < 100 else (1280, 1600, 1754, 2339))
            return long_px / max(w, h)
    elif cap == "fax":
        dpi = crng.choice((100, 110, 120))
        ppm = 2 * dpi / 25.4                  # the fax scanner samples finer than it sends
    else:
        dpi = crng.choices((150, 200, 300), weights=(3, 4, 3))[0]
        ppm = dpi / 25.4
    page, truth, variant = layout(lrng, ppm)
    marks: list[str] = []
    is_card = kind.startswith("id_")
    if is_card and cap in ("scan", "photocopy"):
        page = L.embed_on_sheet(page, mrng)
        marks.append("on-sheet")
    if not is_card and kind != "other" and mrng.random() < 0.15:
        L.fold_line(page, mrng)
        marks.append("fold")
    if kind != "other" and mrng.random() < 0.12:
        L.pen_mark(page, mrng)
        marks.append("pen")
    detail: dict = {}
    if cap == "photocopy":
        detail = photocopy_degrade(page, mrng)
    # marks made on a copy or on the sheet before it is handed in
    licence = kind in ("business_license", "public_health_license", "food_business_license")
    if licence and mrng.random() < (0.4 if cap in ("scan", "photocopy", "fax") else 0.15):
        L.company_seal(page, truth.get("name") or "", mrng)
        marks.append("company-seal")
    if (not is_card or "on-sheet" in marks) and kind != "other" and mrng.random() < 0.35 and L.handwritten_note(page, mrng):
        marks.append("note")
    if (not is_card or "on-sheet" in marks) and kind != "other" and mrng.random() < 0.15 and L.box_stamp(page, mrng):
        marks.append("stamp")
    if not is_card and cap in ("phone", "chat", "scanapp") and mrng.random() < 0.3:
        bend(page, mrng, mrng.uniform(0.006, 0.02) if cap != "scanapp" else mrng.uniform(0.002, 0.008))
        marks.append("curl")
    if cap in ("phone", "chat"):
        glossy = is_card or mrng.random() < 0.5
        shot = phone(page, crng, geo, glossy, kind)
    elif cap == "scanapp":
        shot = scanner_app(page, crng, kind)
    elif cap == "fax":
        shot = fax(page, crng, dpi)
    else:
        ext = crng.choices(("jpg", "png", "pdf"), weights=(5, 2, 3))[0]
        shot = flatbed(page, crng, dpi, ext, detail, grey=cap == "photocopy" and crng.random() < 0.5)
    name = f"e{i + 1:04d}.{shot.ext}"
    Path(out_dir, name).write_bytes(shot.data)
    fields = {}
    for key, value in truth.items():
        f = {"value": value, "unreadable": key in shot.hidden and value != ""}
        if f["unreadable"]:
            f["hidden_by"] = shot.hidden[key]
        fields[key] = f
    if kind == "other":
        fields = {}
    return {"file": name, "kind": kind, "variant": variant, "capture": cap, "marks": marks,
            "capture_detail": {**detail, **shot.detail}, "fields": fields}


def generate(out_dir: str | os.PathLike, n: int = 150, seed: int = 4242, workers: int | None = None) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = plan(n, seed)
    jobs = [(i, k, seed, str(out)) for i, k in enumerate(kinds)]
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers > 1 and n > 4:
        with ProcessPoolExecutor(workers) as ex:
            files = list(ex.map(make_one, jobs, chunksize=2))
    else:
        files = [make_one(j) for j in jobs]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    unread = [(f["file"], k, v.get("hidden_by")) for f in files for k, v in f["fields"].items() if v.get("unreadable")]
    return {"kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "licence_variants": dict(Counter("-".join(f["variant"].split("-")[:2]) for f in files if f["kind"] == "business_license")),
            "marks": dict(Counter(m for f in files for m in f["marks"])),
            "unreadable_fields": len(unread), "unreadable_files": len({u[0] for u in unread}),
            "unreadable_by": dict(Counter(u[2] for u in unread)), "unreadable": unread}
