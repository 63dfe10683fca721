"""Family N's set: which document, marks, capture and file format each file gets, the truth file,
and the summary the benchmark prints. Every file has its own seeded random stream (`{seed}-{i}`), so
a file is the same whether made alone, in a pool of workers or in a longer set."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from benchmarks.docgen_n import capture as C
from benchmarks.docgen_n import docs as D
from benchmarks.docgen_n.page import PT, Page

HERE = Path(__file__).resolve().parent
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
ID_CAPTURES = ["glass_angle", "wechat_thumb", "ultrawide", "wb_cast", "on_document", "jpeg_heavy", "phone_desk"]
LIC_CAPTURES = ["ultrawide", "wb_cast", "on_document", "jpeg_heavy", "phone_desk", "flat_scan"]
NEG_CAPTURES = ["wechat_thumb", "ultrawide", "wb_cast", "on_document", "jpeg_heavy", "flat_scan"]
NOTES = ["复印件已核", "缺法人签字", "待补材料", "已录入", "原件已退", "请核对地址", "加急", "明早来取"]
ID_PPM, PAGE_PPM = 12.0, 6.0


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of n files: the 150-file mix scaled to n, in a seeded order."""
    total = sum(c for _, c in MIX)
    out: list[str] = []
    for k, c in MIX:
        out += [k] * max(1, round(c * n / total))
    rng = random.Random(f"{seed}-kinds")
    rng.shuffle(out)
    while len(out) < n:
        out.append(MIX[len(out) % len(MIX)][0])
    return out[:n]


def draw_document(kind: str, rng: random.Random) -> tuple[Page, dict, str]:
    """The page (not yet rendered), its truth fields and its variant."""
    if kind == "id_card_front":
        return D.id_front(rng, ID_PPM, rng.random() < 0.28)
    if kind == "id_card_back":
        return D.id_back(rng, ID_PPM)
    if kind == "business_license":
        return D.business_licence(rng, PAGE_PPM)
    if kind == "public_health_license":
        return D.health_licence(rng, PAGE_PPM)
    if kind == "food_business_license":
        return D.food_licence(rng, PAGE_PPM)
    return D.negative(rng, PAGE_PPM)


@lru_cache(maxsize=4)
def _other_page(seed: int, which: str) -> np.ndarray:
    """A plain printed page (a notice, a contract) used as the reverse side seen through thin paper
    or as the document a page lies on."""
    rng = random.Random(f"{seed}-{which}")
    while True:
        p, _, var = D.negative(rng, PAGE_PPM)
        if var in ("other-lease", "other-notice"):
            return p.render()


def _note_writer(rng: random.Random):
    text = rng.choice(NOTES)

    def write(note: np.ndarray) -> np.ndarray:
        h_mm, w_mm = note.shape[0] / PAGE_PPM, note.shape[1] / PAGE_PPM
        p = Page(w_mm, h_mm, PAGE_PPM, bg="#ffffff")
        pt = min(14.0, w_mm * 0.8 / len(text) / PT, h_mm * 0.42 / PT)
        ink = rng.choice(["#1f3f9a", "#202020", "#b02020"])
        p.text(w_mm * 0.08, h_mm * (0.5 if h_mm < 20 else 0.42), text, "kaiti_gb", pt, ink, rot=rng.uniform(-5, 5))
        if h_mm >= 20:
            p.text(w_mm * 0.3, h_mm * 0.8, rng.choice(["12/3", "王", "李 11.28", "→窗口3"]), "kaiti_gb", pt * 0.8, ink)
        ink = cv2.resize(p.render(), (note.shape[1], note.shape[0])).astype(np.float32) / 255
        return C._u8(note.astype(np.float32) * ink)
    return write


def _choose_marks(kind: str, rng: random.Random, fields: dict) -> list[str]:
    if kind in ("business_license", "public_health_license", "food_business_license"):
        pool = ["highlighter", "sticky_note", "show_through", "folded_corner"]
        marks = rng.sample(pool, rng.choice([0, 1, 1, 2]))
        if rng.random() < 0.1:
            marks.append("sticky_over")
        return sorted(marks, key=lambda m: m == "folded_corner")     # the fold last: it cuts the page
    if kind == "id_card_front":
        return ["highlighter"] if rng.random() < 0.3 else []
    if kind == "id_card_back":
        return ["highlighter"] if rng.random() < 0.15 else []
    return rng.sample(["sticky_note", "show_through"], rng.choice([0, 1]))


def make_file(i: int, kind: str, capture: str, seed: int, folder: Path) -> dict:
    rng = random.Random(f"{seed}-{i}")
    page, fields, variant = draw_document(kind, rng)
    img = page.render()
    faces = set(page.faces)
    marks_done: list[str] = []
    filled = [k for k, v in fields.items() if v["value"] and k in page.boxes]
    for mark in _choose_marks(kind, rng, fields):
        if mark == "highlighter" and filled:
            img = C.highlighter(img, page.boxes, page.ppm, rng, rng.sample(filled, min(len(filled), rng.choice([1, 2]))))
        elif mark == "sticky_note":
            out = C.sticky_note(img, page.boxes, page.ppm, rng, None, _note_writer(rng))
            if out is None:
                continue
            img = out[0]
            faces.add("kaiti_gb")
        elif mark == "sticky_over" and filled:
            key = rng.choice([k for k in filled if k in ("legal_representative", "valid_to", "name")] or filled)
            img, covered = C.sticky_note(img, page.boxes, page.ppm, rng, key, _note_writer(rng))
            for k in covered:
                fields[k]["unreadable"] = True
            faces.add("kaiti_gb")
        elif mark == "show_through":
            img = C.show_through(img, _other_page(seed, "back"), rng)
        elif mark == "folded_corner":
            out = C.folded_corner(img, page.boxes, page.ppm, rng)
            if out is None:
                continue
            img = out
        else:
            continue
        marks_done.append(mark)
    fmt = "jpg"
    if capture == "glass_angle":
        img = C.glass_angle(img, rng)
        fmt = rng.choice(["png", "jpg", "bmp"])
    elif capture == "wechat_thumb":
        img = C.wechat_thumb(img, rng, thumb=rng.randint(360, 420))
    elif capture == "ultrawide":
        img = C.ultrawide(img, rng)
    elif capture == "wb_cast":
        img = C.wb_cast(img, rng)
    elif capture == "on_document":
        img = C.on_document(img, _other_page(seed, "under"), rng)
    elif capture == "jpeg_heavy":
        img = C.jpeg_heavy(img, rng)
    elif capture == "flat_scan":
        img = C.flat_scan(img, rng)
        fmt = rng.choice(["png", "tif", "bmp", "jpg"])
    else:
        img = C.phone_desk(img, rng)
    name = f"n{i + 1:04d}.{fmt}"
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if fmt == "jpg":
        pil.save(buf, "JPEG", quality=rng.randint(82, 92))
        formats = ["jpeg"]
    elif fmt == "tif":
        pil.save(buf, "TIFF", compression="tiff_jpeg", quality=85, dpi=(200, 200))
        formats = ["tiff-jpeg"]
    elif fmt == "bmp":
        pil.save(buf, "BMP")
        formats = ["bmp"]
    else:
        pil.save(buf, "PNG", compress_level=6)
        formats = ["png"]
    (folder / name).write_bytes(buf.getvalue())
    return {"file": name, "kind": kind, "fields": fields, "capture": capture, "variant": variant,
            "marks": marks_done, "formats": formats, "faces": sorted(faces)}


def plan(n: int, seed: int) -> list[tuple[int, str, str]]:
    kinds = kinds_for(n, seed)
    rng = random.Random(f"{seed}-captures")
    cycles: dict[str, list[str]] = {}
    out = []
    for i, k in enumerate(kinds):
        pool = ID_CAPTURES if k.startswith("id_card") else NEG_CAPTURES if k == "other" else LIC_CAPTURES
        if not cycles.get(k):
            cycles[k] = rng.sample(pool, len(pool))
        out.append((i, k, cycles[k].pop()))
    return out


def _one(args) -> dict:
    i, kind, capture, seed, folder = args
    return make_file(i, kind, capture, seed, Path(folder))


def generate(folder, n: int = 150, seed: int = 5353, workers: int | None = None) -> dict:
    """Write n files and truth.json into folder; return the truth dict."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(i, k, c, seed, str(folder)) for i, k, c in plan(n, seed)]
    workers = workers or int(os.environ.get("DOCGEN_N_WORKERS", "2"))
    if workers > 1 and n > 4:
        with ProcessPoolExecutor(workers) as ex:
            entries = list(ex.map(_one, jobs, chunksize=4))
    else:
        entries = [_one(j) for j in jobs]
    truth = {"family": "N", "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": entries}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def params_hash(n: int, seed: int) -> str:
    """Changes with the parameters and with any source file of the generator."""
    h = hashlib.sha256(f"{n}-{seed}".encode())
    for f in sorted(HERE.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {
        "kinds": dict(Counter(f["kind"] for f in files)),
        "captures": dict(Counter(f["capture"] for f in files)),
        "marks": dict(Counter(m for f in files for m in f["marks"])),
        "formats": dict(Counter(x for f in files for x in f["formats"])),
        "faces": dict(Counter(x for f in files for x in f["faces"])),
        "unreadable": sum(v["unreadable"] for f in files for v in f["fields"].values()),
    }
