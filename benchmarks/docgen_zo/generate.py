"""Family ZO's generator: the plan (kinds, licence forms, captures per file), one upLaTeX run for a
call's pages, each file captured (photo.py / scan.py) and written with its truth entry."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zo import layout as L
from benchmarks.docgen_zo import records as R
from benchmarks.docgen_zo import scan as S
from benchmarks.docgen_zo import typeset as T

MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
KINDS = list(MIX)
CAPTURES = {  # capture -> weight; cards never come as e-licence PDFs
    "phone": 25, "gaopaiyi": 10, "flatbed": 24, "adf": 13, "photocopy": 14, "copy_of_copy": 7, "fax": 11,
    "scanner_app": 11, "chat": 9, "screen": 5, "epdf": 8,
}
FORMS = ["company"] * 4 + ["branch", "partnership", "individual", "individual"]
OTHERS = ["blank", "receipt", "letter", "certificate", "form"]
SIZES = {"card": (85.6, 54.0)}


def _rng(seed: int, i: int, salt: str = "") -> np.random.Generator:
    h = hashlib.sha256(f"zo|{seed}|{i}|{salt}".encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "little"))


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: kind, licence form, copy (副本) or not, capture and format of each file, the default
    mix scaled to n (every kind present from n = 6)."""
    rng = _rng(seed, -1, "plan")
    counts = {k: max(1, round(v * n / 150)) for k, v in MIX.items()}
    while sum(counts.values()) > n:
        k = max((k for k in counts if counts[k] > 1 or n < len(MIX)), key=lambda k: counts[k] - MIX[k] * n / 150)
        counts[k] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    kinds = [k for k in KINDS for _ in range(counts[k])]
    rng.shuffle(kinds)
    caps = list(CAPTURES)
    wts = np.array([CAPTURES[c] for c in caps], float)
    plan = []
    for j, k in enumerate(kinds):
        allowed = [c for c in caps if not (k.startswith("id_card") and c in ("epdf",))]
        w = np.array([CAPTURES[c] for c in allowed], float)
        cap = allowed[int(rng.choice(len(allowed), p=w / w.sum()))] if j >= 6 else caps[[0, 2, 4, 6, 1, 8][j] if not (k.startswith("id_card") and caps[[0, 2, 4, 6, 1, 8][j]] == "epdf") else 0]
        item = {"kind": k, "capture": cap}
        if k == "business_license":
            item["form"] = FORMS[int(rng.integers(len(FORMS)))]
            item["copy"] = bool(rng.random() < 0.45)
        if k == "other":
            item["doc"] = OTHERS[int(rng.integers(len(OTHERS)))]
        plan.append(item)
    del wts
    return plan


def _document(i: int, item: dict, seed: int):
    """The record and the page of file i (its own random stream: the same in a batch or alone)."""
    rng = _rng(seed, i, "doc")
    k = item["kind"]
    rec = {"fields": {}, "extra": {}}
    if k == "id_card_front":
        rec = R.id_front(rng)
        page = L.id_front(rec, rng)
    elif k == "id_card_back":
        rec = R.id_back(rng)
        page = L.id_back(rec, rng)
    elif k == "business_license":
        rec = R.business(rng, item["form"])
        page = L.business(rec, rng, item["copy"])
    elif k == "public_health_license":
        rec = R.health(rng)
        page = L.health(rec, rng)
    elif k == "food_business_license":
        rec = R.food(rng)
        page = L.food(rec, rng)
    else:
        page = L.other(rng, item["doc"])
    marks = []
    card = k.startswith("id_card")
    cap = item["capture"]
    if card and cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        page = L.on_sheet(page, rng)
    if k != "other" and cap not in ("epdf",):
        r = rng.random()
        if r < 0.2:
            L.watermark(page, rng, rng.choice(["办理营业执照变更登记", "公共场所卫生许可申请", "食品经营许可办理", "政务服务窗口核验"]))
            marks.append("watermark")
        elif r < 0.38 and page.h > 100 and cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app", "phone"):
            L.copy_note(page, rng, "")
            marks.append("copy_note")
        elif r < 0.48 and k in ("business_license", "food_business_license") and not card:
            L.seal_over(page, rng, "legal_representative", rec["fields"]["name"][:14] or "个体工商户经营者")
            marks.append("seal_over_text")
    return rec, page, marks, rng


def _truth_fields(kind: str, rec: dict, hidden: set[str]) -> dict:
    from benchmarks.docgen_zo.values import TODAY  # noqa: F401
    keys = {"other": []}.get(kind, list(rec["fields"]))
    return {key: {"value": rec["fields"][key], "unreadable": key in hidden} for key in keys}


def _encode(img: Image.Image, out_base: Path, fmt: str, dpi=None, jpeg_q=88) -> Path:
    ext = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "tiff": ".tif", "pdf": ".pdf"}[fmt]
    path = out_base.with_suffix(ext)
    kw = {}
    if dpi:
        kw["dpi"] = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    if fmt == "jpeg":
        img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(path, "JPEG", quality=jpeg_q, **kw)
    elif fmt == "png":
        img.save(path, "PNG", **kw)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=jpeg_q, method=4)
    elif fmt == "tiff":
        if img.mode == "1":
            img.save(path, "TIFF", compression="group3", **kw)
        else:
            img.save(path, "TIFF", compression="tiff_lzw", **kw)
    else:
        when = datetime.datetime(2026, 12, 1, 9, 30).timetuple()  # a fixed date: the same bytes for a seed
        img.convert("RGB" if img.mode not in ("L", "1") else img.mode).save(path, "PDF", resolution=(kw.get("dpi") or (150, 150))[0],
                                                                             creationDate=when, modDate=when)
    return path


def _photo(page: L.Page, pdf: Path, pidx: int, rng, work: Path, cap: str, out_base: Path, kind: str):
    from benchmarks.docgen_zo import photo as P
    card = page.w < 100
    tex_dpi = 500 if card else (150 if page.w > 300 else 200)
    png = T.gs_raster(pdf, pidx, work / "tex.png", tex_dpi, text_alpha=4, graphics_alpha=4)
    rgb = np.asarray(Image.open(png).convert("RGB"))
    if cap == "screen":
        rgb = S.moire_screen(rgb, 720 if page.h > page.w else 1080)
    landscape = page.w >= page.h
    spec = {"bend": "flat", "desk": str(rng.choice(["wood", "laminate", "dark"])), "light": str(rng.choice(["window", "lamp", "dim"], p=[0.5, 0.3, 0.2])),
            "tilt": float(rng.uniform(4, 35)), "landscape": landscape, "jitter": 1, "shake": 0.0,
            "fill": float(rng.uniform(1.35, 2.1) if card else rng.uniform(1.05, 1.3))}
    marks = []
    if cap == "gaopaiyi":
        spec.update(tilt=float(rng.uniform(0, 4)), light="window", fill=float(rng.uniform(1.6, 2.4) if card else rng.uniform(1.1, 1.4)), desk="laminate")
    else:
        if not card:
            spec["bend"] = str(rng.choice(["flat", "curl", "fold", "wave"]))
        if rng.random() < 0.25:
            spec["sleeve"] = True
            marks.append("sleeve")
        if rng.random() < 0.3:
            side = rng.integers(4)
            tx = [rng.uniform(0.1, 0.9) * page.w, page.w, rng.uniform(0.1, 0.9) * page.w, 0][side]
            ty = [page.h, rng.uniform(0.1, 0.9) * page.h, 0, rng.uniform(0.1, 0.9) * page.h][side]
            spec["thumb"] = (float(tx), float(ty))
            marks.append("thumb")
        if rng.random() < 0.2:
            spec.update(jitter=3, shake=float(rng.uniform(0.002, 0.008)))
            marks.append("shake")
        if spec["light"] == "dim":
            marks.append("low_light")
    frame, project = P.shoot(rgb, page.w / 1000, page.h / 1000, rng, spec)
    hidden = _hidden(page, frame, project, spec)
    dng = work / "frame.dng"
    P.write_dng(dng, frame, rng, float(rng.choice([1.0, 2.0, 4.0, 8.0] if spec["light"] != "dim" else [8.0, 16.0])))
    prof = "gaopaiyi" if cap == "gaopaiyi" else str(rng.choice(P.PHONES))
    marks.append(f"isp_{prof}")
    long_side = 1280 if cap == "chat" else 2000 if cap == "gaopaiyi" else int(rng.choice([1600, 1800, 2000]))
    jpg = P.develop(dng, prof, work / "dev.jpg", 95, long_side)
    img = Image.open(jpg).copy()
    if not landscape:
        img = img.transpose(Image.Transpose.ROTATE_90)
    fmt = "jpeg" if cap != "chat" else str(rng.choice(["jpeg", "webp"]))
    if cap == "gaopaiyi":
        fmt = str(rng.choice(["jpeg", "jpeg", "png"]))
    if cap == "phone" and rng.random() < 0.15:
        fmt = str(rng.choice(["png", "webp", "pdf"]))
    return _encode(img, out_base, fmt, jpeg_q=int(rng.integers(72, 92) if cap != "chat" else rng.integers(55, 78))), hidden, marks, fmt


def _hidden(page: L.Page, frame: np.ndarray, project, spec) -> set[str]:
    """Field values the photo does not show, from where their ink is: a box partly outside the frame,
    under the thumb, or washed out by glare (most of its pixels clipped white)."""
    from benchmarks.docgen_zo import photo as P
    hidden = set()
    lum = frame.mean(axis=2)
    for key, boxes in page.boxes.items():
        for x0, y0, x1, y1 in boxes:
            xs = np.linspace(x0, x1, 6)
            ys = np.linspace(y0, y1, 3)
            gx, gy = np.meshgrid(xs, ys)
            uv = project(gx.ravel(), gy.ravel())
            if (uv[:, 0] < 2).any() or (uv[:, 0] > P.W - 3).any() or (uv[:, 1] < 2).any() or (uv[:, 1] > P.H - 3).any():
                hidden.add(key)
                continue
            if spec.get("thumb"):
                tx, ty = spec["thumb"]
                rx, ry = 11.0 * 1.15, 11.0 * 1.7 * 1.15
                inside = ((gx - tx) / rx) ** 2 + ((gy - ty) / ry) ** 2 < 1.0
                if inside.any():
                    hidden.add(key)
                    continue
            u0, v0 = np.floor(uv.min(0)).astype(int)
            u1, v1 = np.ceil(uv.max(0)).astype(int)
            patch = lum[max(v0, 0):v1 + 1, max(u0, 0):u1 + 1]
            if patch.size and (patch > 250).mean() > 0.5:
                hidden.add(key)
    return hidden


def _capture(i: int, item: dict, rec: dict, page: L.Page, marks: list, rng, pdf: Path, pidx: int, batch: T.Batch,
             out_dir: Path, work: Path) -> dict:
    cap = item["capture"]
    base = out_dir / f"zo_{i:04d}"
    hidden: set[str] = set()
    fmt = ""
    if cap in ("phone", "gaopaiyi", "chat", "screen"):
        path, hidden, m2, fmt = _photo(page, pdf, pidx, rng, work, cap, base, item["kind"])
        marks = marks + m2
    elif cap == "epdf":
        # typeset on its own (one TeX run of one page): the same PDF bytes in a set or made alone
        path = T.Batch([page], work / "own").single(0, base.with_suffix(".pdf"))
        fmt = "pdf"
    elif cap in ("flatbed", "adf"):
        dpi = float(rng.choice([150, 200, 300])) if cap == "flatbed" else float(rng.choice([150, 200]))
        gray = bool(rng.random() < (0.3 if cap == "flatbed" else 0.7))
        img = S.flatbed(pdf, pidx, page.w, page.h, rng, work, dpi, gray, adf=cap == "adf")
        fmt = str(rng.choice(["jpeg", "png", "tiff", "pdf"], p=[0.45, 0.2, 0.15, 0.2]))
        path = _encode(img, base, fmt, dpi=dpi, jpeg_q=int(rng.integers(75, 95)))
    elif cap in ("photocopy", "copy_of_copy"):
        dpi = float(rng.choice([150, 200, 300]))
        img = S.copier(pdf, pidx, page.w, page.h, rng, work, dpi, 1 if cap == "photocopy" else 2)
        fmt = str(rng.choice(["jpeg", "png", "pdf", "tiff"], p=[0.4, 0.25, 0.25, 0.1]))
        path = _encode(img, base, fmt, dpi=dpi, jpeg_q=int(rng.integers(70, 92)))
    elif cap == "fax":
        img, dpi = S.fax(pdf, pidx, page.w, page.h, rng, work, bool(rng.random() < 0.5))
        fmt = str(rng.choice(["tiff", "tiff", "pdf"]))
        path = _encode(img.convert("1"), base, fmt, dpi=dpi) if fmt == "tiff" else _encode(img.convert("L"), base, "pdf", dpi=dpi[0])
        marks = marks + [f"fax_{dpi[1]}"]
    else:  # scanner_app
        dpi = float(rng.choice([150, 200, 300]))
        img = S.scanner_app(pdf, pidx, page.w, page.h, rng, work, dpi)
        fmt = str(rng.choice(["png", "jpeg", "pdf"]))
        path = _encode(img, base, fmt, dpi=dpi, jpeg_q=int(rng.integers(80, 95)))
    kind = item["kind"]
    variant = kind
    if kind == "business_license":
        variant = f"{'duplicate' if item['copy'] else 'original'}-{item['form']}-{cap}"
    elif kind == "other":
        variant = f"other-{item['doc']}"
    return {"file": path.name, "kind": kind, "variant": variant, "capture": cap, "marks": sorted(set(marks)),
            "faces": sorted(page.faces), "formats": [fmt],
            "fields": _truth_fields(kind, rec, hidden if kind != "other" else set())}


def _run(items: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = [(i, item, *_document(i, item, seed)) for i, item in items]
    with tempfile.TemporaryDirectory(prefix="zo_") as tmp:
        work = Path(tmp)
        batch = T.Batch([d[3] for d in docs], work / "tex")
        res = []
        for pidx, (i, item, rec, page, marks, rng) in enumerate(docs):
            cw = work / f"c{i}"
            cw.mkdir()
            # each page as its own PDF (dvipdfmx -s): rasterised alike in a set or made alone
            one = batch.single(pidx, cw / "page.pdf") if item["capture"] != "epdf" else batch.pdf
            res.append(_capture(i, item, rec, page, marks, rng, one, 0, batch, out_dir, cw))
            shutil.rmtree(cw, ignore_errors=True)
    return res


def make_one(i: int, item: dict, seed: int, out_dir: Path) -> dict:
    return _run([(i, item)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 8181) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _run(list(enumerate(plan)), seed, out_dir)
    truth = {"family": "ZO", "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files,
             "tex_seconds": [round(t, 2) for t in T.TIMES[-1:]]}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"ZO|{n}|{seed}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def summary(truth: dict) -> dict:
    from collections import Counter
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}


_ = io
