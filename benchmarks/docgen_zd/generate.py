"""Family ZD's generator: plan the kinds, draw each document's values and page (docs.py), typeset all pages
in one ConTeXt run (render.py), rasterise each page with pdftoppm at its capture's resolution and
anti-aliasing, capture every file in one GIMP batch (capture.py), and write truth.json.

Each file draws from its own `random.Random`, so `make_one(i, kind, seed, dir)` remakes file i alone,
byte for byte (a page typeset on its own rasterises the same; GIMP's noise here is seeded)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from PIL import Image

from benchmarks.docgen_zd import capture as C
from benchmarks.docgen_zd import docs as D
from benchmarks.docgen_zd import faces as F
from benchmarks.docgen_zd import render as R

FAMILY = "ZD"
PREFIX = "zd"
BASE = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
        "food_business_license": 20, "other": 20}
BUILDERS = {"id_card_front": D.id_card_front, "id_card_back": D.id_card_back, "business_license": D.business_license,
            "public_health_license": D.health_license, "food_business_license": D.food_license, "other": D.other}
HERE = Path(__file__).resolve().parent


def kinds_for(n: int, seed: int) -> list[str]:
    """The default proportions scaled to n (every kind present from n = 6), in a seeded order."""
    counts = {k: max(1 if n >= len(BASE) else 0, round(n * v / 150)) for k, v in BASE.items()}
    order = sorted(BASE, key=lambda k: -BASE[k])
    i = 0
    while sum(counts.values()) > n:
        k = order[i % len(order)]
        if counts[k] > 1:
            counts[k] -= 1
        i += 1
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    plan = [k for k in BASE for _ in range(counts[k])]
    random.Random(f"zd-plan-{n}-{seed}").shuffle(plan)
    return plan


@functools.cache
def _versions() -> str:
    def first(cmd: list[str]) -> str:
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
            return (p.stdout + p.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "missing"
    return "|".join((R.context_version(), first(["gimp-console-2.10", "--version"]), first(["pdftoppm", "-v"])))


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}|{_versions()}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _faces(r: random.Random, kind: str) -> dict[str, str]:
    song, hei, kai = F.STYLE["song"], F.STYLE["hei"], F.STYLE["kai"]
    if kind.startswith("id_card"):
        return {"label": r.choice(hei), "value": r.choice(hei + song[:2]), "title": r.choice(("FandolHeiBold", "NotoSansSCBold")),
                "mono": r.choice(F.STYLE["mono"]), "hand": r.choice(kai)}
    value = r.choices((r.choice(song), r.choice(kai), "FandolFang", r.choice(hei)), (60, 12, 10, 18))[0]
    return {"label": r.choice(song + hei), "value": value,
            "title": r.choice(("FandolSongBold", "NotoSerifSCBold", "FandolHeiBold", "NotoSansSCBold")),
            "mono": r.choice(F.STYLE["mono"] + [r.choice(song), r.choice(hei)]), "hand": r.choice(kai)}


def _fmt(r: random.Random, capture: str) -> str:
    table = {"flatbed": (("jpg", 40), ("png", 25), ("pdf", 20), ("tif", 15)),
             "adf_gray": (("png", 40), ("pdf", 30), ("tif", 30)),
             "photocopy": (("png", 35), ("jpg", 35), ("pdf", 20), ("tif", 10)),
             "copy_of_copy": (("png", 40), ("jpg", 40), ("pdf", 20)),
             "fax": (("tifg4", 50), ("png", 40), ("pdf", 10)),
             "printed_elicence": (("jpg", 40), ("png", 30), ("pdf", 30)),
             "pdf_elicence": (("pdf", 1),),
             "chat_screenshot": (("jpg", 85), ("png", 15)),
             "screen_photo": (("jpg", 1),)}
    opts = table.get(capture, (("jpg", 78), ("webp", 12), ("png", 10)))
    return r.choices([o[0] for o in opts], [o[1] for o in opts])[0]


class Spec:
    """One file planned: its document (page + truth) and how it will be captured."""

    def __init__(self, i: int, kind: str, seed: int):
        self.i, self.kind = i, kind
        self.r = random.Random(f"zd-{seed}-{i}")
        self.faces = _faces(self.r, kind)
        self.doc_id = f"{i + 1:04d}"
        self.page, self.fields, self.variant = BUILDERS[kind](self.doc_id, self.r, self.faces)[:3]
        card = kind.startswith("id_card")
        self.capture = C.pick_capture(self.r, card)
        if kind == "other" and self.capture == "pdf_elicence":
            self.capture = "flatbed"
        self.margin = C.margin_for(self.r, self.capture, card)
        self.out_long = C.out_long_for(self.r, self.capture)
        self.dpi = C.dpi_for(self.r, self.capture, card, self.page.w, self.page.h, self.margin, self.out_long)
        self.aa = self.r.random() < 0.85 or self.capture in ("pdf_elicence",)
        self.fmt = _fmt(self.r, self.capture)
        self.ext = {"tifg4": "tif"}.get(self.fmt, self.fmt)
        self.file = f"{PREFIX}{i + 1:04d}.{self.ext}"


def _boxes(spec: Spec, pos: dict, page_no: int) -> dict[str, tuple[float, float, float, float]]:
    """Value boxes of this document in pixels of its rasterised page (x, y from the top-left, w, h)."""
    k = spec.dpi / 25.4
    out = {}
    for name, (p, x, y, w, hd, h) in pos.items():
        if p != page_no or not name.startswith(f"zd{spec.doc_id}f"):
            continue
        key = name[len(f"zd{spec.doc_id}f"):]
        top = spec.page.h - y - h
        out[key] = (x * k, top * k, max(w, 1) * k, max(hd, 1) * k)
    return out


def _run_gimp(jobs: list[C.Job], work: Path) -> None:
    if not jobs:
        return
    rc = work / "gimprc"
    rc.write_text(C.GIMPRC, encoding="utf-8")
    script = C.PRELUDE + "\n".join(C.build(j) for j in jobs) + "\n(gimp-quit 0)\n"
    (work / "captures.scm").write_text(script, encoding="utf-8")
    env = {**os.environ, "GIMP2_DIRECTORY": str(work / "gimp-home"), "GEGL_THREADS": "1"}
    proc = subprocess.run(["gimp-console-2.10", "-i", "-n", "-d", "-f", "-g", str(rc), "-b", "-"], input=script,
                          capture_output=True, text=True, timeout=3600, env=env)
    missing = [j.gimp_out.name for j in jobs if not j.gimp_out.exists()]
    if missing:
        errs = [ln for ln in (proc.stdout + proc.stderr).splitlines() if "rror" in ln][:8]
        raise RuntimeError(f"GIMP made no {missing[:5]}: {errs}")


def _finish(spec: Spec, job: C.Job | None, out_dir: Path, single_pdf: Path | None) -> dict:
    dest = out_dir / spec.file
    if spec.capture == "pdf_elicence":
        shutil.copyfile(single_pdf, dest)
        marks: list[str] = ["born_digital"]
        hidden: set[str] = set()
    else:
        assert job is not None
        if spec.fmt == "pdf":
            im = Image.open(job.gimp_out)
            im.load()
            fixed = time.gmtime(1767225600)  # a fixed date: the same set is the same bytes
            im.save(dest, "PDF", resolution=float(spec.dpi), creationDate=fixed, modDate=fixed)
            job.gimp_out.unlink()
        marks, hidden = job.marks, job.hidden
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in spec.fields.items()}
    return {"file": spec.file, "kind": spec.kind, "fields": fields, "capture": spec.capture, "variant": spec.variant,
            "marks": sorted(set(marks)), "faces": sorted(spec.page.used), "formats": [spec.ext]}


def _make(specs: list[Spec], out_dir: Path) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zd_work_") as tmp:
        work = Path(os.environ.get("ZD_KEEP_WORK") or tmp)  # a folder kept for debugging, when named
        batch = [s for s in specs if s.capture != "pdf_elicence"]
        jobs: dict[int, C.Job] = {}
        singles: dict[int, Path] = {}
        if batch:
            pdf, pos = R.typeset([s.page.source() for s in batch], work / "batch", "zdbatch")
            for page_no, s in enumerate(batch, start=1):
                png = R.rasterise(pdf, page_no, s.dpi, work / f"page{s.i:04d}", aa=s.aa)
                with Image.open(png) as im:
                    W, H = im.size
                out = (out_dir / s.file) if s.fmt not in ("pdf",) else work / f"{s.file}.png"
                jobs[s.i] = C.Job(s.r, png, W, H, _boxes(s, pos, page_no), s.capture, s.kind, out, s.fmt, work, f"f{s.i:04d}")
                jobs[s.i].margin, jobs[s.i].out_long = s.margin, s.out_long
                if s.fmt == "pdf":
                    jobs[s.i].gimp_out = out
        for s in specs:
            if s.capture == "pdf_elicence":  # a downloaded e-licence: ConTeXt's own PDF of this page alone
                singles[s.i], _ = R.typeset([s.page.source()], work / f"single{s.i:04d}", "zdelicence")
        _run_gimp([jobs[s.i] for s in batch], work)
        return [_finish(s, jobs.get(s.i), out_dir, singles.get(s.i)) for s in specs]


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of a set made on its own (the same truth entry and bytes as in the whole set)."""
    return _make([Spec(i, kind, seed)], Path(out_dir))[0]


def generate(out_dir: Path | str, n: int, seed: int) -> dict:
    why = R.available()
    if why:
        raise RuntimeError(f"family ZD cannot be generated here: {why}")
    out_dir = Path(out_dir)
    specs = [Spec(i, k, seed) for i, k in enumerate(kinds_for(n, seed))]
    files = _make(specs, out_dir)
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    c = {key: Counter() for key in ("kind", "capture", "variant", "marks", "faces", "formats")}
    unreadable = 0
    for f in files:
        c["kind"][f["kind"]] += 1
        c["capture"][f["capture"]] += 1
        c["variant"][f"{f['kind']}:{f['variant']}"] += 1
        for key in ("marks", "faces", "formats"):
            c[key].update(f[key])
        unreadable += sum(1 for t in f["fields"].values() if t["unreadable"])
    return {"files": len(files), **{k: dict(sorted(v.items())) for k, v in c.items()}, "unreadable": unreadable}
