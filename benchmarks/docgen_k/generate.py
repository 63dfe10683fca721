"""Family K's set: plan the 150 files, typeset them with XeLaTeX (one run per worker, fonts load
once), rasterise each page with Ghostscript, apply K's captures, write truth.json."""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from benchmarks.docgen_k import capture as C
from benchmarks.docgen_k import docs as D
from benchmarks.docgen_k import tex as T

PLAN = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
        "food_business_license": 20, "other": 20}
BUILD = {"id_card_front": D.id_front, "id_card_back": D.id_back, "business_license": D.business_license,
         "public_health_license": D.health_license, "food_business_license": D.food_license, "other": D.other}


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"K|{n}|{seed}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int) -> list[str]:
    """The plan's kinds interleaved (so a small n still draws every kind), cycled past 150."""
    queues = {k: [k] * v for k, v in PLAN.items()}
    order: list[str] = []
    total = sum(PLAN.values())
    while len(order) < total:
        for k in PLAN:
            # take kinds in proportion: a kind is due when its share so far lags its plan share
            if queues[k] and (PLAN[k] - len(queues[k])) / PLAN[k] <= len(order) / total + 1e-9:
                order.append(queues[k].pop())
    return [order[i % total] for i in range(n)]


def plan(n: int, seed: int) -> list[dict]:
    items = []
    counters: Counter[str] = Counter()
    for i, kind in enumerate(kinds_for(n)):
        rng = random.Random(f"K-{seed}-{i}")
        doc = BUILD[kind](rng)
        caps = C.ID_CAPTURES if kind.startswith("id_card") else C.LICENCE_CAPTURES
        cap = caps[(counters[kind] + seed) % len(caps)]
        counters[kind] += 1
        marks = list(doc.marks)
        faces = list(doc.faces)
        if cap == "certified_copy":
            when = D.V.date(rng, 2024, 2026)
            x, y = (20, doc.h - 62) if doc.w < doc.h else (24, doc.h - 58)
            doc.tex = doc.tex.replace("\\end{tikzpicture}", D.certified(x, y, D.V.person(rng), when) + "\\end{tikzpicture}")
            marks += ["certified_stamp", "signature"]
            faces.append("ar_pl_ukai")
        for text, face in doc.printed:
            missing = T.missing_glyphs(text, face)
            if missing:
                raise ValueError(f"{kind} prints glyphs {sorted(missing)} that {face} lacks")
        fmt = "png" if cap == "pdf_viewer_67" else "pdf" if cap.startswith("scanapp") and rng.random() < 0.5 else "jpg"
        items.append({"i": i, "doc": doc, "capture": cap, "format": fmt, "marks": sorted(set(marks)),
                      "faces": sorted(set(faces)), "seed": rng.randrange(2 ** 31)})
    return items


def _apply(cap: str, img: np.ndarray, rng: random.Random) -> tuple[np.ndarray, int]:
    q = rng.randint(80, 92)
    if cap == "scanapp_bw":
        return C.scanapp(img, rng, True), q
    if cap == "scanapp_enhanced":
        return C.scanapp(img, rng, False), q
    if cap == "castjpeg_5mp":
        return C.castjpeg(img, rng)
    fn = {"gaopaiyi_padded": C.gaopaiyi_padded, "flash_hotspot": C.flash_hotspot, "trifold": C.trifold,
          "monitor_photo": C.monitor_photo, "pdf_viewer_67": C.pdf_viewer, "certified_copy": C.certified_copy,
          "staples_punch": C.staples_punch, "counter_cover": C.counter_cover, "id_closeup_edge": C.id_closeup_edge,
          "dark_glossy_desk": C.dark_glossy_desk}[cap]
    out = fn(img, rng)
    return out, (rng.randint(55, 70) if cap == "gaopaiyi_padded" else q)


def _work(args: tuple[list[dict], str]) -> list[tuple[int, str]]:
    items, folder = args
    out_dir = Path(folder)
    work = out_dir / f".tex{items[0]['i']}"
    pdf = T.compile_pages([it["doc"].tex for it in items], work)
    done = []
    for pno, it in enumerate(items, 1):
        doc = it["doc"]
        png = T.rasterise(pdf, pno, doc.dpi, work / "page.png")
        img = np.asarray(Image.open(png).convert("RGB"))
        rng = random.Random(it["seed"])
        shot, q = _apply(it["capture"], img, rng)
        name = f"k{it['i'] + 1:04d}.{it['format']}"
        pil = Image.fromarray(np.ascontiguousarray(shot))
        if it["format"] == "png":
            pil.save(out_dir / name, optimize=False, compress_level=6)
        elif it["format"] == "pdf":
            pil.save(out_dir / name, "PDF", resolution=200.0, quality=q)
        else:
            cv2.imwrite(str(out_dir / name), cv2.cvtColor(shot, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
        done.append((it["i"], name))
    for p in work.iterdir():
        p.unlink()
    work.rmdir()
    return done


def generate(folder, n: int = 150, seed: int = 2828, workers: int = 2) -> dict:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    items = plan(n, seed)
    chunks = [items[k::workers] for k in range(workers) if items[k::workers]]
    names: dict[int, str] = {}
    if len(chunks) == 1:
        names.update(_work((chunks[0], str(folder))))
    else:
        with ProcessPoolExecutor(len(chunks)) as pool:
            for res in pool.map(_work, [(c, str(folder)) for c in chunks]):
                names.update(res)
    files = []
    for it in items:
        doc = it["doc"]
        files.append({"file": names[it["i"]], "kind": doc.kind,
                      "fields": {k: {"value": v, "unreadable": False} for k, v in doc.fields.items()},
                      "capture": it["capture"], "variant": doc.variant, "marks": it["marks"],
                      "formats": [it["format"]], "faces": it["faces"]})
    truth = {"family": "K", "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
