"""Family L's generator: every page is an ODT written by hand (benchmarks/docgen_l/odt.py), laid out
by LibreOffice Writer in one headless `soffice --convert-to pdf` call, rasterised by MuPDF
(`mutool draw`), then captured (capture.py). Truth holds what was drawn (benchmarks/ocr_scoring.py
format, keys of benchmarks/docgen_b/FIELDS.md)."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from benchmarks.docgen_l import capture as C
from benchmarks.docgen_l import fonts, layouts

HERE = Path(__file__).resolve().parent
SHARE = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
         "food_business_license": 20, "other": 20}
DPI_ID, DPI_DOC = 600, 200


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"L|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def plan(n: int) -> list[str]:
    """Kinds in the family's proportions (150 → 25/20/50/15/20/20), interleaved."""
    total = sum(SHARE.values())
    raw = {k: n * v / total for k, v in SHARE.items()}
    counts = {k: int(r) for k, r in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[k] += 1
    out: list[tuple[float, str]] = []
    for k, c in counts.items():
        out += [((j + 0.5) / c, k) for j in range(c)]
    return [k for _, k in sorted(out)]


def _captures(kinds: list[str], rng: random.Random) -> dict[str, list[str]]:
    out = {}
    for k in set(kinds):
        pool = C.ID_CAPTURES if k.startswith("id_card") else C.DOC_CAPTURES
        seq: list[str] = []
        while len(seq) < kinds.count(k):
            seq += rng.sample(pool, len(pool))
        out[k] = seq
    return out


def build(i: int, kind: str, seed: int):
    """The page of file i: (Doc, truth values, variant, marks)."""
    rng = random.Random(f"L-{seed}-{i}")
    nrng = np.random.default_rng([seed, i, 1])
    return layouts.BUILDERS[kind](rng, nrng)


def convert(odts: list[Path], out: Path, work: Path) -> None:
    """All ODTs to PDF in one Writer start (each start costs seconds); pinned faces only."""
    prof = (work / "lo-profile").as_uri()
    cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--norestore", "--convert-to", "pdf",
           "--outdir", str(out)] + [str(p) for p in odts]
    r = subprocess.run(cmd, env=fonts.fontconfig_env(work), capture_output=True, text=True, timeout=1800)
    missing = [p.name for p in odts if not (out / (p.stem + ".pdf")).exists()]
    if missing:
        raise RuntimeError(f"soffice did not convert {missing[:5]} ({len(missing)}): {r.stderr[-800:]}")


def _one(job: tuple) -> tuple[int, str, list[str], list[str]]:
    i, kind, cap, landscape, pdf, work, folder, seed, stem = job
    dpi = DPI_ID if kind.startswith("id_card") else DPI_DOC
    png = Path(work) / f"{stem}.png"
    subprocess.run(["mutool", "draw", "-q", "-r", str(dpi), "-c", "rgb", "-o", str(png), pdf, "1"], check=True,
                   capture_output=True)
    page = cv2.imread(str(png), cv2.IMREAD_COLOR)
    png.unlink()
    rng = np.random.default_rng([seed, i, 2])
    data, ext, formats, marks = C.apply(page, kind, cap, rng, landscape)
    name = f"{stem}.{ext}"
    (Path(folder) / name).write_bytes(data)
    return i, name, formats, marks


def generate(folder: Path, n: int = 150, seed: int = 3939, keep_work: Path | None = None, workers: int = 2) -> dict:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if fonts.missing_faces():
        raise RuntimeError(f"family L's pinned faces are missing: {fonts.missing_faces()} (apt texlive-lang-chinese, fonts-arphic-gbsn00lp)")
    for tool in ("soffice", "mutool"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} not found (apt libreoffice-writer-nogui, mupdf-tools)")
    kinds = plan(n)
    caps = _captures(kinds, random.Random(f"L-captures-{seed}"))
    used = Counter()
    work = Path(keep_work) if keep_work else Path(tempfile.mkdtemp(prefix="docgen_l_"))
    work.mkdir(parents=True, exist_ok=True)
    entries, odts, jobs = [], [], []
    try:
        for i, kind in enumerate(kinds):
            d, vals, variant, marks = build(i, kind, seed)
            bad = {f: fonts.uncovered(f, t) for f, t in d.drawn if fonts.uncovered(f, t)}
            if bad:
                raise ValueError(f"glyphs missing from the pinned faces: {bad}")
            stem = f"l{i + 1:04d}"
            odt = work / f"{stem}.odt"
            d.save(odt)
            odts.append(odt)
            landscape = d.page[0] > d.page[1]
            cap = caps[kind][used[kind]]
            used[kind] += 1
            if cap == "webcam" and not landscape:
                cap = "webp_chat"       # a portrait A4 in a 720-line webcam frame is unreadable to a person too
            entries.append({"file": None, "kind": kind,
                            "fields": {k: {"value": v, "unreadable": False} for k, v in vals.items()},
                            "capture": cap, "variant": variant, "marks": list(marks),
                            "formats": [], "faces": sorted({f for f, _ in d.drawn})})
            jobs.append([i, kind, cap, landscape, str(work / f"{stem}.pdf"), str(work), str(folder), seed, stem])
        convert(odts, work, work)
        with ProcessPoolExecutor(max_workers=workers) as ex:
            for i, name, formats, marks in ex.map(_one, jobs):
                entries[i]["file"] = name
                entries[i]["formats"] = formats
                entries[i]["marks"] += marks
    finally:
        if not keep_work:
            shutil.rmtree(work, ignore_errors=True)
    truth = {"family": "L", "params_hash": params_hash(n, seed), "n": n, "seed": seed,
             "generator": "benchmarks/docgen_l (ODT by hand → LibreOffice Writer → MuPDF → numpy/OpenCV captures)",
             "files": entries}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"files": len(files),
            "kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "variants": dict(Counter(f["variant"] for f in files)),
            "formats": dict(Counter(x for f in files for x in f["formats"])),
            "marks": dict(Counter(x for f in files for x in f["marks"])),
            "faces": dict(Counter(x for f in files for x in f["faces"])),
            "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}
