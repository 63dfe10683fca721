"""Family ZU's set: plan, pages (Perl + PDF::API2, one process per generate call), Ghostscript rasters,
JAX captures, truth with `unreadable` computed from where each value's ink lands."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from . import capture as CP
from . import pages as PG
from . import values as V

HERE = Path(__file__).resolve().parent
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
CAPTURES = [("phone", 36), ("gaopaiyi", 10), ("screen", 4), ("scan", 14), ("copy", 9), ("copy2", 5), ("fax", 6),
            ("scanner_app", 7), ("chat", 9)]
OTHERS = ["blank", "receipt", "form", "letter", "cert"]
VERSION = "zu-1"


def _sources_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.rglob("*")):
        if p.suffix in (".py", ".pl") and "__pycache__" not in p.parts:
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"{_sources_hash()}|{VERSION}|{n}|{seed}".encode()).hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one entry per file (kind, variant, capture), the default mix scaled to n."""
    exact = [c * n / 150 for _, c in MIX]
    counts = [int(e) for e in exact]
    for i in sorted(range(len(MIX)), key=lambda i: -(exact[i] - counts[i]))[: n - sum(counts)]:
        counts[i] += 1
    r = np.random.RandomState(seed % (2 ** 31))
    kinds = [k for (k, _), c in zip(MIX, counts, strict=True) for _ in range(c)]
    r.shuffle(kinds)
    cw = np.array([c for _, c in CAPTURES], float)
    plan = []
    for i, k in enumerate(kinds):
        cap = CAPTURES[int(r.choice(len(CAPTURES), p=cw / cw.sum()))][0]
        if k == "business_license":
            form = "zhengben" if r.rand() < 0.45 else "fuben"
            ent = V.pick(r, ["company"] * 10 + ["branch"] * 3 + ["partnership"] * 2 + ["sole"] * 5)
            if r.rand() < 0.16:
                cap = "elicense"
            variant = f"{form}-{ent}"
        elif k == "food_business_license":
            variant = "zhengben" if r.rand() < 0.5 else "fuben"
        elif k == "id_card_front":
            variant = "front"
        elif k == "id_card_back":
            variant = "back"
        elif k == "public_health_license":
            variant = "standard"
        else:
            variant = OTHERS[i % len(OTHERS)] if n < 20 else V.pick(r, OTHERS)
        if cap == "screen" and k.startswith("id_card"):
            cap = "phone"
        plan.append({"kind": k, "variant": variant, "capture": cap})
    return plan


class Ctx:
    def __init__(self, out_dir: Path) -> None:
        self.perl = PG.Perl()
        self.tmp = Path(tempfile.mkdtemp(prefix="zu_", dir=out_dir))

    def close(self) -> None:
        self.perl.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _doc(r, i: int, e: dict, tmp: Path):
    """Values and the page's items for plan entry e: (W, H, items, fields, faces, marks)."""
    k, var = e["kind"], e["variant"]
    if k == "id_card_front":
        W, H, it, fields = PG.id_front(r, V.person(r), tmp, i)
    elif k == "id_card_back":
        W, H, it, fields = PG.id_back(r, V.person(r))
    elif k == "business_license":
        form, ent = var.split("-")
        v = V.business(r, ent)
        W, H, it = PG.business_license(r, v, form == "zhengben")
        fields = PG.business_fields(v)
    elif k == "public_health_license":
        W, H, it, fields = PG.health_license(r, V.health(r))
    elif k == "food_business_license":
        W, H, it, fields = PG.food_license(r, V.food(r), var == "zhengben")
    else:
        W, H, it = PG.other_doc(r, var)
        fields = {}
    mk, names = ([], [])
    if e["capture"] != "elicense" or r.rand() < 0.4:
        mk, names = PG.marks(r, W, H, k)
        if e["capture"] == "elicense":
            mk = [m for m in mk if m.get("t") == "text" and m.get("rot")]  # an e-licence carries only its 仅供…使用 watermark
            names = ["watermark"] if mk else []
    items = it + mk
    inv = {v: n for n, v in PG.FACES.items()}
    faces = sorted({inv[x[f]] for x in items for f in ("f", "fa") if f in x})
    return W, H, items, fields, faces, names


def _dpi(e: dict, W: float, H: float) -> float:
    cap = e["capture"]
    if cap in ("phone", "gaopaiyi", "screen", "scanner_app", "chat"):
        return round(min(2200 / (max(W, H) / 25.4), 700))
    if W < 100:
        return 300 if cap == "scan" else 200
    return 150


def _raster(pdf: Path, pages: list[tuple[int, float]], out: Path) -> dict:
    """Ghostscript: each (page, dpi) of the book as RGB, one gs call per dpi."""
    by: dict[float, list[int]] = {}
    for pg, dpi in pages:
        by.setdefault(dpi, []).append(pg)
    res = {}
    for dpi, pgs in by.items():
        pgs = sorted(set(pgs))
        d = out / f"r{int(dpi)}"
        d.mkdir(exist_ok=True)
        subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", f"-r{dpi}",
                        "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-sPageList={','.join(map(str, pgs))}",
                        "-o", str(d / "p%04d.png"), str(pdf)], check=True, capture_output=True)
        for j, pg in enumerate(pgs):
            res[(pg, dpi)] = np.asarray(Image.open(d / f"p{j + 1:04d}.png").convert("RGB"))
    return res


def _capture(r, e, page, dpi, W, H, seed):
    cap = e["capture"]
    if cap in ("phone", "gaopaiyi", "screen"):
        img, to_px, cover, conds = CP.photo(r, page, dpi, W, H, e["kind"], cap, seed)
        return img, to_px, cover, conds, None
    if cap == "scanner_app":
        img, to_px, cover, conds = CP.scanner_app(r, page, dpi, W, H, e["kind"], seed)
        return img, to_px, cover, conds, None
    if cap == "chat":
        if r.rand() < 0.7:
            img, to_px, cover, conds = CP.photo(r, page, dpi, W, H, e["kind"], "phone", seed)
        else:
            sdpi = dpi
            img, to_px, conds, _ = CP.scan(r, page, sdpi, W, H, "scan", seed)
            cover = None
        img, to_px, cover, c2 = CP.chat(r, img, to_px, cover)
        return img, to_px, cover, conds + c2, None
    img, to_px, conds, fax = CP.scan(r, page, dpi, W, H, cap, seed)
    return img, to_px, None, conds, fax


def _write(r, e, img, out: Path, stem: str, fax, dpi) -> tuple[str, str]:
    cap = e["capture"]
    if fax:
        name = stem + ".tif"
        Image.fromarray(img).convert("1").save(out / name, compression="group4" if r.rand() < 0.5 else "group3", dpi=fax)
        return name, "tiff"
    if img.ndim == 2:
        im = Image.fromarray(img, "L")
    else:
        im = Image.fromarray(img, "RGB")
    u = r.rand()
    if cap in ("phone", "gaopaiyi", "screen"):
        fmt = "jpeg" if u < 0.75 else "webp" if u < 0.88 else "png"
    elif cap == "chat":
        fmt = "jpeg" if u < 0.6 else "webp" if u < 0.85 else "png"
    elif cap == "scanner_app":
        fmt = "pdf" if u < 0.5 else "jpeg"
    else:
        fmt = "png" if u < 0.4 else "tiff" if u < 0.6 else "jpeg" if u < 0.85 else "pdf"
    ext = {"jpeg": ".jpg", "webp": ".webp", "png": ".png", "tiff": ".tif", "pdf": ".pdf"}[fmt]
    name = stem + ext
    if fmt == "jpeg":
        im.save(out / name, "JPEG", quality=int(r.randint(72, 93)))
    elif fmt == "webp":
        im.save(out / name, "WEBP", quality=int(r.randint(70, 90)))
    elif fmt == "png":
        im.save(out / name, "PNG")
    elif fmt == "tiff":
        im.save(out / name, "TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
    else:
        im.save(out / name, "PDF", resolution=float(dpi if cap != "scanner_app" else 150))
    return name, fmt


def _rng(seed: int, i: int, salt: int) -> np.random.RandomState:
    return np.random.RandomState((seed * 1000003 + i * 7919 + salt) % (2 ** 31))


def _lay(ctx: Ctx, i: int, e: dict, seed: int, out_dir: Path, book: str) -> dict:
    r = _rng(seed, i, 1)
    W, H, items, fields, faces, marks = _doc(r, i, e, ctx.tmp)
    stem = f"zu_{i:04d}_{e['kind']}"
    job = {"i": i, "e": e, "W": W, "H": H, "fields": fields, "faces": faces, "marks": marks, "stem": stem}
    if e["capture"] == "elicense":
        _, boxes = ctx.perl.page(f"e{i}", W, H, items)
        ctx.perl.save(f"e{i}", out_dir / (stem + ".pdf"))
        job["boxes"] = boxes
        return job
    pg, boxes = ctx.perl.page(book, W, H, items)
    job.update(page=pg, boxes=boxes, dpi=_dpi(e, W, H))
    return job


def _finish(job: dict, page, seed: int, out_dir: Path) -> dict:
    e, i = job["e"], job["i"]
    if e["capture"] == "elicense":
        name, fmt, conds, vis = job["stem"] + ".pdf", "pdf", ["vector"], lambda b: True
    else:
        r = _rng(seed, i, 2)
        img, to_px, cover, conds, fax = _capture(r, e, page, job["dpi"], job["W"], job["H"], seed * 131 + i)
        name, fmt = _write(r, e, img, out_dir, job["stem"], fax, job["dpi"])
        shape = img.shape

        def vis(b, to_px=to_px, shape=shape, cover=cover):
            return CP.visible(b, to_px, shape, cover)
    fl = {}
    for k, v in job["fields"].items():
        b = job["boxes"].get(k)
        fl[k] = {"value": v, "unreadable": bool(v != "" and b and not vis(b))}
    return {"file": name, "kind": e["kind"], "variant": e["variant"], "capture": e["capture"], "conditions": conds,
            "marks": job["marks"], "faces": job["faces"], "formats": [fmt], "fields": fl}


def _run(items: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    ctx = Ctx(out_dir)
    try:
        jobs = [_lay(ctx, i, e, seed, out_dir, "main") for i, e in items]
        book = ctx.tmp / "book.pdf"
        need = [(j["page"], j["dpi"]) for j in jobs if "page" in j]
        rasters = {}
        if need:
            ctx.perl.save("main", book)
            rasters = _raster(book, need, ctx.tmp)
        return [_finish(j, rasters.get((j.get("page"), j.get("dpi"))), seed, out_dir) for j in jobs]
    finally:
        ctx.close()


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return _run([(i, entry)], seed, out_dir)[0]


def generate(out_dir, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = _run(list(enumerate(plan)), seed, out_dir)
    truth = {"family": "ZU", "params_hash": params_hash(n, seed), "n": n, "seed": seed, "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    out: dict = {"kinds": {}, "captures": {}, "formats": {}, "marks": {}, "unreadable": 0}
    for f in truth["files"]:
        out["kinds"][f["kind"]] = out["kinds"].get(f["kind"], 0) + 1
        out["captures"][f["capture"]] = out["captures"].get(f["capture"], 0) + 1
        for x in f["formats"]:
            out["formats"][x] = out["formats"].get(x, 0) + 1
        for m in f["marks"]:
            out["marks"][m] = out["marks"].get(m, 0) + 1
        out["unreadable"] += sum(1 for t in f["fields"].values() if t["unreadable"])
    return out
