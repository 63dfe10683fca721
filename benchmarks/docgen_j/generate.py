"""Generate family J: pages laid out by WeasyPrint (HTML/CSS, Pango line breaking) in the Fandol faces,
rasterised by pdftoppm, captured with numpy/OpenCV; truth per file (benchmarks/ocr_scoring.py format).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from benchmarks.docgen_j import capture as C
from benchmarks.docgen_j import docs as D
from benchmarks.docgen_j import render as R
from benchmarks.docgen_j import values as V

HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
ID_CAPTURES = ["cloth_photo", "thumb", "sleeve", "holo", "tungsten", "copy_overprint", "exif_rotated", "hdr_halo"]
LIC_CAPTURES = ["wall_frame", "cut_edge", "tungsten", "mixed_light", "hdr_halo", "adf_scan", "exif_rotated",
                "pdf_multi", "thermal_copy", "wall_frame"]
OTHER_CAPTURES = ["thermal_print", "adf_scan", "tungsten", "exif_rotated", "pdf_vector"]
ENTITIES = ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 2 + ["individual"] * 2
OTHER_SUBS = ["proxy", "form", "cover", "notice", "lease"]
OVERPRINTS = ["仅供办理营业执照变更登记使用", "仅供办理食品经营许可使用，再复印无效", "此复印件仅供办理卫生许可证使用",
              "仅供本人办理个体工商户登记使用"]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"J|{n}|{seed}".encode())
    for f in sorted(HERE.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def plan(n: int, seed: int) -> list[dict]:
    """Kinds in the family's proportions (150 → the contract's counts), each with its capture."""
    rng = random.Random(seed)
    total = sum(MIX.values())
    counts = {k: max(1, round(v * n / total)) for k, v in MIX.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    specs = []
    for kind, c in counts.items():
        caps = ID_CAPTURES if kind.startswith("id_card") else OTHER_CAPTURES if kind == "other" else LIC_CAPTURES
        off = rng.randrange(len(caps))
        for j in range(c):
            spec = {"kind": kind, "capture": caps[(off + j) % len(caps)]}
            if kind == "business_license":
                spec["entity"] = ENTITIES[j % len(ENTITIES)]
                spec["form"] = "copy" if j % 2 else "original"
            if kind == "other":
                spec["sub"] = "ticket" if spec["capture"] == "thermal_print" else OTHER_SUBS[j % len(OTHER_SUBS)]
            specs.append(spec)
    rng.shuffle(specs)
    return specs


def build(kind: str, spec: dict, rng: random.Random) -> dict:
    if kind in ("id_card_front", "id_card_back"):
        per = V.person(rng, minority=rng.random() < 0.35)
        op = rng.choice(OVERPRINTS) if spec["capture"] == "copy_overprint" else None
        d = (D.id_front if kind == "id_card_front" else D.id_back)(rng, per, op)
        d.update(variant=("minority" if per["nation"] != "汉" else "han") if kind == "id_card_front" else
                 ("长期" if per["valid_to"] == "长期" else "dated"), marks=["overprint"] if op else [])
        return d
    if kind == "business_license":
        return D.business_license(rng, spec["form"], spec["entity"])
    if kind == "public_health_license":
        return D.health_license(rng)
    if kind == "food_business_license":
        return D.food_license(rng)
    return D.other_doc(rng, spec["sub"])


def _visible(boxes: dict, H: np.ndarray | None, hw: tuple[int, int], cover: np.ndarray | None) -> dict[str, bool]:
    """Whether each value is whole inside the frame and not under the cover mask."""
    out = {}
    h, w = hw
    for k, (x0, y0, x1, y1) in boxes.items():
        pts = np.float32([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])[None]
        q = cv2.perspectiveTransform(pts, H)[0] if H is not None else pts[0]
        ok = bool((q[:, 0] >= 3).all() and (q[:, 0] < w - 3).all() and (q[:, 1] >= 3).all() and (q[:, 1] < h - 3).all())
        if ok and cover is not None:
            m = np.zeros((h, w), np.uint8)
            cv2.fillConvexPoly(m, q.astype(np.int32), 1)
            area = max(1, int(m.sum()))
            ok = float((cover * m).sum()) / area < 0.01
        out[k] = ok
    return out


def shoot(page: np.ndarray, boxes: dict, cap: str, is_card: bool, rng: np.random.Generator) -> tuple[np.ndarray, dict, list[str]]:
    """The capture `cap` of the rendered page → (picture, visibility per value, extra marks)."""
    ph, pw = page.shape[:2]
    landscape = pw > ph
    oh, ow = (1200, 1600) if is_card else ((1500, 2000) if landscape else (2000, 1500))
    marks: list[str] = []
    cover = None
    src = page.astype(np.float32)
    pre = np.eye(3, dtype=np.float32)
    if cap in ("adf_scan", "thermal_copy", "thermal_print"):
        if cap == "adf_scan":
            img, H = C.adf_scan(page, rng)
        else:
            img, H = C.thermal(page, rng), np.eye(3, dtype=np.float32)
        scale = min(1.0, 1700 / max(img.shape[:2]))
        if scale < 1:
            img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            H = np.float32([[scale, 0, 0], [0, scale, 0], [0, 0, 1]]) @ H
        img = C._finish(img, rng, noise=2.5, blur=0.4)
        return img, _visible(boxes, H, img.shape[:2], None), marks
    if cap == "copy_overprint":
        img, H = C.copy_page(page, rng)
        return C._finish(img, rng, noise=2, blur=0.5), _visible(boxes, H, img.shape[:2], None), marks
    if cap == "wall_frame":
        src, pre, _ = C.wall_frame(src, rng)
        marks.append("glass_frame")
    bg_kind = "cloth" if cap == "cloth_photo" or (is_card and rng.random() < 0.4) else "wall" if cap == "wall_frame" else "desk"
    bg = C._bg(bg_kind, oh, ow, rng)
    sh, sw = src.shape[:2]
    if cap == "cut_edge":
        axis = int(rng.integers(0, 2))
        sgn = float(rng.choice([-1, 1]))
        shift = (sgn * rng.uniform(0.2, 0.32), 0) if axis == 0 else (0, sgn * rng.uniform(0.2, 0.32))
        quad = C._quad(rng, oh, ow, sh, sw, rng.uniform(0.92, 1.0), 0.02, shift)
        marks.append("cut_" + ("left" if axis == 0 and sgn < 0 else "right" if axis == 0 else "top" if sgn < 0 else "bottom"))
    elif cap == "wall_frame":  # shot from below: the top edge looks narrower
        quad = C._quad(rng, oh, ow, sh, sw, rng.uniform(0.8, 0.9), 0.015)
        c = quad[:, 0].mean()
        quad[0, 0] += (c - quad[0, 0]) * 0.08
        quad[1, 0] -= (quad[1, 0] - c) * 0.08
    else:
        quad = C._quad(rng, oh, ow, sh, sw, rng.uniform(0.72, 0.88), 0.035)
    img, H = C.place(src, (oh, ow), quad, bg)
    H = H @ pre
    img = C._light(img, rng, 0.22)
    if cap == "wall_frame":
        img = C.glass_reflection(img, rng, quad)
    elif cap == "tungsten":
        img = C.tungsten(img)
    elif cap == "mixed_light":
        img = C.mixed_light(img, rng)
    elif cap == "hdr_halo":
        img = C.hdr_halo(img)
    elif cap == "holo":
        img = C.holo(img, rng, quad)
    elif cap == "sleeve":
        img = C.sleeve(img, rng, quad)
    elif cap == "thumb":
        img, cover = C.thumb(img, rng, quad)
    img = C._finish(img, rng, noise=3.0, blur=rng.uniform(0.4, 0.9))
    return img, _visible(boxes, H, img.shape[:2], cover), marks


def save_exif_rotated(img: np.ndarray, path: Path, rng: random.Random) -> str:
    """Store the pixels turned and an EXIF Orientation tag that turns them back: a viewer (and a
    person) sees the document upright."""
    tag, turn = rng.choice([(6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270), (3, Image.Transpose.ROTATE_180)])
    im = Image.fromarray(img).transpose(turn)
    exif = Image.Exif()
    exif[0x0112] = tag
    im.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return f"exif{tag}"


def make_one(folder: str, index: int, spec: dict, seed: int) -> dict:
    rng = random.Random(seed * 100003 + index)
    nrng = np.random.default_rng(seed * 100003 + index)
    kind, cap = spec["kind"], spec["capture"]
    d = build(kind, spec, rng)
    is_card = kind.startswith("id_card")
    dpi = 420 if is_card else (170 if kind != "other" or spec.get("sub") != "ticket" else 300)
    stem = f"j{index + 1:04d}"
    marks = list(d.get("marks", []))
    visible: dict[str, bool] = {}
    if cap in ("pdf_multi", "pdf_vector"):
        doc = R.layout(d["page"])
        if cap == "pdf_multi":
            cover = D.other_doc(rng, "cover")["page"]
            cdoc = R.layout(cover)
            doc = cdoc.copy(cdoc.pages + doc.pages)
            marks.append("wanted_page_2")
        name = stem + ".pdf"
        (Path(folder) / name).write_bytes(doc.write_pdf(full_fonts=True))
        fmt = "pdf"
    else:
        page, boxes, _ = R.draw(d["page"], dpi)
        img, visible, extra = shoot(page, boxes, cap, is_card, nrng)
        marks += extra
        if cap == "exif_rotated":
            name = stem + ".jpg"
            marks.append(save_exif_rotated(img, Path(folder) / name, rng))
            fmt = "jpg"
        elif cap in ("adf_scan", "copy_overprint") and rng.random() < 0.6:
            name = stem + ".png"
            Image.fromarray(img).save(Path(folder) / name, optimize=False, compress_level=3)
            fmt = "png"
        else:
            name = stem + ".jpg"
            Image.fromarray(img).save(Path(folder) / name, "JPEG", quality=int(rng.uniform(80, 93)))
            fmt = "jpg"
    fields = {k: {"value": v, "unreadable": bool(v) and not visible.get(k, True)} for k, v in d["fields"].items()}
    return {"file": name, "kind": kind, "fields": fields, "capture": cap, "variant": d.get("variant", ""),
            "marks": marks, "formats": [fmt], "faces": d["faces"]}


def generate(folder: Path | str, n: int = 150, seed: int = 1717) -> dict:
    """Write n files and truth.json into folder; returns the truth."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    specs = plan(n, seed)
    workers = int(os.environ.get("DOCGEN_J_WORKERS", "2"))
    if workers > 1 and n > 4:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            files = list(ex.map(make_one, [str(folder)] * n, range(n), specs, [seed] * n, chunksize=2))
    else:
        files = [make_one(str(folder), i, s, seed) for i, s in enumerate(specs)]
    truth = {"family": "J", "generator": "benchmarks/docgen_j", "seed": seed, "n": n,
             "params_hash": params_hash(n, seed), "files": files}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "formats": dict(Counter(x for f in files for x in f["formats"])),
            "unreadable": sum(v["unreadable"] for f in files for v in f["fields"].values())}
