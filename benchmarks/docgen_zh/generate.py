"""Family ZH's generator: plan the kinds, draw each document's values and XSL-FO page, render all the
set's pages in one Apache FOP run (one JVM), rasterise each page with pdftoppm at the dpi its capture
needs, capture it with oiiotool (capture.py), write the file and its truth entry. E-licence PDFs are
FOP's own PDF of that one document (its dates and file ID fixed from the document, so a seed gives
the same bytes)."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_zh import capture as C
from benchmarks.docgen_zh import docs, fo, fop

FAMILY = "ZH"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
KEYS = {"id_card_front": ["name", "sex", "nation", "birth_date", "address", "id_number"],
        "id_card_back": ["issuing_authority", "valid_from", "valid_to"],
        "business_license": ["name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                             "established_date", "address", "business_scope", "valid_to"],
        "public_health_license": ["license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to"],
        "food_business_license": ["license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
                                  "business_form", "business_items", "valid_to"],
        "other": []}
HERE = Path(__file__).resolve().parent


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}:{n}:{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The default mix scaled to n (every kind at least once when n ≥ 6), in a seeded order."""
    total = sum(MIX.values())
    counts = {k: max(1, round(v * n / total)) if n >= len(MIX) else 0 for k, v in MIX.items()}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    while sum(counts.values()) < n:
        k = max(MIX, key=lambda k: MIX[k] * n / total - counts[k])
        counts[k] += 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    rng = np.random.default_rng([seed, 999])
    return [plan[i] for i in rng.permutation(len(plan))]


def _doc(i: int, kind: str, seed: int) -> dict:
    rng = np.random.default_rng([seed, i, 1])
    page, values, variant = docs.BUILDERS[kind](rng)
    crng = np.random.default_rng([seed, i, 2])
    cap, fmt = C.choose(crng, kind)
    return {"i": i, "kind": kind, "page": page, "values": values, "variant": variant, "cap": cap, "fmt": fmt, "crng": crng}


def _finish(d: dict, pdf: Path, pageno: int, out_dir: Path, work: Path) -> dict:
    i, kind, page = d["i"], d["kind"], d["page"]
    name = f"zh_{i:04d}_{kind}.{d['fmt']}"
    out = out_dir / name
    fop.check_page(pdf, pageno, page.faces)
    if d["cap"] == "e_pdf":
        out.write_bytes(fop.normalise_pdf(pdf.read_bytes(), f"2026{(i % 12) + 1:02d}{(i % 27) + 1:02d}"))
        res = {"marks": ["e_licence"], "hidden": []}
    else:
        dpi = C.page_dpi(d["cap"], page.master)
        png = fop.rasterise(pdf, pageno, dpi, work / "page")
        res = C.capture(png, page.boxes, dpi, kind, d["cap"], d["fmt"], d["crng"], out, work)
    fields = {k: {"value": d["values"][k], "unreadable": bool(k in res["hidden"] and d["values"][k] != "")}
              for k in KEYS[kind]}
    return {"file": name, "kind": kind, "fields": fields, "capture": d["cap"], "variant": d["variant"],
            "marks": sorted(set(res["marks"])), "faces": sorted(page.faces), "formats": [d["fmt"]]}


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of a set made alone (its page rendered in a FOP run of its own): the same bytes and truth."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    d = _doc(i, kind, seed)
    work = Path(tempfile.mkdtemp(prefix="famzh_one_"))
    try:
        pdf = fop.render_pdf(fo.document([d["page"]]), work, f"doc{i}")
        return _finish(d, pdf, 1, out_dir, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    ds = [_doc(i, k, seed) for i, k in enumerate(plan)]
    work = Path(tempfile.mkdtemp(prefix="famzh_"))
    files = []
    try:
        batch = [d for d in ds if d["cap"] != "e_pdf"]
        pdf = fop.render_pdf(fo.document([d["page"] for d in batch]), work, "set") if batch else None
        pageno = {d["i"]: k + 1 for k, d in enumerate(batch)}
        for d in ds:
            if d["cap"] == "e_pdf":
                epdf = fop.render_pdf(fo.document([d["page"]]), work / f"e{d['i']}", f"doc{d['i']}")
                files.append(_finish(d, epdf, 1, out_dir, work))
            else:
                files.append(_finish(d, pdf, pageno[d["i"]], out_dir, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
