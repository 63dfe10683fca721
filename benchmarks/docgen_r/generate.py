"""Family R's generator: documents drawn by Java2D (Render.java, compiled by javac into a cache folder
keyed by its source hash; one JVM draws every page of a set), captured in numpy/scipy/scikit-image,
encoded by Java's ImageIO (PNG, JPEG at a chosen quality, TIFF LZW / CCITT G4) or by Pillow for the
formats only it writes here (WEBP, PDF)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_r import capture as C
from benchmarks.docgen_r import faces as F
from benchmarks.docgen_r import layouts as L
from benchmarks.docgen_r import values as V

HERE = Path(__file__).resolve().parent
SHARE = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
         "food_business_license": 20, "other": 20}

# capture proportions: cards mostly photographed, licences mostly scanned or copied
CAPS_CARD = {"phone": 30, "gaopaiyi": 15, "flatbed": 12, "photocopy": 15, "copy2": 5, "chat": 10, "scanapp": 6, "lowlight": 5, "adf": 2}
CAPS_LIC = {"flatbed": 17, "adf": 10, "phone": 18, "gaopaiyi": 10, "photocopy": 10, "copy2": 4, "fax": 5, "scanapp": 8,
            "chat": 8, "screen": 6, "lowlight": 4}
FORMATS = {"jpg": 55, "png": 14, "pdf": 9, "tif": 7, "webp": 15}


def java_version() -> str:
    r = subprocess.run(["java", "-version"], capture_output=True, text=True)
    return (r.stderr or r.stdout).splitlines()[0] if r.returncode == 0 else "none"


def available() -> bool:
    return bool(shutil.which("java") and shutil.which("javac")) and not F.missing()


def _classes() -> Path:
    """Render.class compiled once per source version into the cache."""
    src = (HERE / "Render.java").read_bytes()
    key = hashlib.sha256(src).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_r_java" / key
    if not (base / "Render.class").exists():
        tmp = Path(tempfile.mkdtemp(prefix="javac_", dir=base.parent if base.parent.exists() else None))
        subprocess.run(["javac", "-encoding", "UTF-8", "-d", str(tmp), str(HERE / "Render.java")], check=True)
        base.parent.mkdir(parents=True, exist_ok=True)
        if base.exists():
            shutil.rmtree(tmp)
        else:
            tmp.rename(base)
    return base


def _java(job: dict, work: Path) -> None:
    jf = work / f"job{len(list(work.glob('job*.json')))}.json"
    jf.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run(["java", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Xmx768m", "-cp", str(_classes()),
                        "Render", str(jf)], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("Render.java failed: " + r.stderr[-3000:])


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")) + [HERE / "Render.java"]:
        h.update(p.name.encode() + p.read_bytes())
    h.update(f"{java_version()}|{n}|{seed}".encode())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    total = sum(SHARE.values())
    counts = {k: max(1, round(v * n / total)) for k, v in SHARE.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng([seed, 99]).shuffle(kinds)
    return kinds


def _weighted(rng, table: dict) -> str:
    keys = list(table)
    w = np.array([table[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def plan_one(i: int, kind: str, seed: int) -> dict:
    """Everything about file i decided before drawing: page ops, capture, marks, format."""
    rng = np.random.default_rng([seed, i])
    page, fields, ids, variant = L.BUILDERS[kind](rng)
    card = kind.startswith("id_card")
    cap = _weighted(rng, CAPS_CARD if card else CAPS_LIC)
    if cap == "screen" and kind != "business_license":
        cap = "phone"
    if variant.startswith("bl-e-"):   # the app's page: a screenshot, forwarded, or the phone photographed
        cap = V.pick(rng, ["screenshot", "screenshot", "chat", "screen", "screen"])
    marks: list[str] = []
    W, H = page["w"], page["h"]
    ops = page["ops"]
    pen = V.pick(rng, F.HAND)
    if kind != "other" or rng.random() < 0.3:
        if rng.random() < 0.2:          # 仅供…使用 across the page
            marks.append("watermark")
            use = V.pick(rng, ["仅供办理营业执照变更使用", "仅供银行开户使用，他用无效", "仅供办理食品经营许可使用", "此复印件仅供政务服务中心备案使用"])
            wf = V.pick(rng, ["hei", "kai", "song"])
            for k in range(3):
                ops.append({"t": "text", "x": W * 0.12, "y": H * (0.35 + 0.25 * k), "txt": use, "f": wf, "s": W / 22,
                            "c": [120, 120, 120, 80] if rng.random() < 0.6 else [200, 40, 40, 70], "rot": -18.0})
        if cap in ("photocopy", "copy2", "flatbed", "adf", "fax") and rng.random() < 0.35:
            marks.append("copycert")
            x, y = W * rng.uniform(0.08, 0.3), H * rng.uniform(0.82, 0.9) if not card else H * 0.93
            ink = [30, 40, 140] if rng.random() < 0.6 else [20, 20, 20]
            ops.append({"t": "text", "x": x, "y": y, "txt": "复印件与原件一致", "f": pen, "s": W / (26 if card else 30), "c": ink, "rot": float(rng.uniform(-6, 3))})
            pts = []
            px, py = x + W * 0.02, y + H * 0.04
            for k in range(12):
                pts += [px + k * W * 0.012, py + float(rng.uniform(-1, 1)) * H * 0.012]
            ops.append({"t": "poly", "pts": pts, "c": ink, "lw": 2.5})
        if rng.random() < 0.12:
            marks.append("company_seal")
            pl = V.place(rng)
            ops.append({"t": "seal", "cx": W * rng.uniform(0.55, 0.8), "cy": H * rng.uniform(0.55, 0.85), "r": min(W, H) * 0.12,
                        "txt": (pl[1] or pl[0]) + V.pick(rng, V.ZIHAO) + "有限公司", "f": V.pick(rng, ["song", "hei"]),
                        "c": [215, 35, 40, 150], "fs": 0.2, "span": 250.0})
        if not card and rng.random() < 0.05:
            marks.append("sticky")
            ops.append({"t": "rect", "x": W * 0.8, "y": H * 0.03, "w": W * 0.15, "h": W * 0.12, "c": [250, 235, 120], "fill": True})
            ops.append({"t": "text", "x": W * 0.815, "y": H * 0.03 + W * 0.06, "txt": V.pick(rng, ["待补材料", "原件已核", "复印两份"]),
                        "f": pen, "s": W * 0.025, "c": [20, 20, 90]})
    page["faces"] = sorted(set(page["faces"]) | {o["f"] for o in ops if "f" in o})
    hide = None
    if kind != "other":
        r = rng.random()
        cands = {"id_card_front": ["sex", "nation", "birth_date", "id_number"], "id_card_back": ["valid_from", "issuing_authority"],
                 "business_license": ["valid_to", "established_date", "credit_code"], "public_health_license": ["license_no", "valid_to"],
                 "food_business_license": ["valid_to", "license_no"]}[kind]
        target = V.pick(rng, cands)
        if cap in ("phone", "gaopaiyi", "lowlight", "chat") and r < 0.12:   # a reflection needs a lamp over a glossy face
            hide = ("glare", target)
        elif card and cap in ("phone", "lowlight") and r < 0.16:
            hide = ("thumb", target)
        elif card and cap == "phone" and r < 0.22 and target in ("id_number", "valid_from"):
            hide = ("cut", target)
    post = [m for m, p in (("fold", 0.1), ("shadow", 0.12), ("highlight", 0.05), ("sleeve", 0.06 if card else 0.02)) if rng.random() < p]
    if cap in ("fax",):
        post = [m for m in post if m != "highlight"]
    fmt = "tif-g4" if cap == "fax" and rng.random() < 0.6 else _weighted(rng, FORMATS)
    if cap in ("chat", "screenshot"):
        fmt = "jpg" if rng.random() < 0.6 else "png"
    return {"i": i, "kind": kind, "page": page, "fields": fields, "ids": ids, "variant": variant, "capture": cap,
            "marks": marks, "hide": hide, "post": post, "fmt": fmt, "q": float(rng.uniform(0.45, 0.92))}


def _ext(fmt: str) -> str:
    return {"tif-g4": "tif", "jpg": "jpg"}.get(fmt, fmt)


def finish_one(plan: dict, raw: np.ndarray, boxes: dict, out_dir: Path, work: Path, seed: int) -> tuple[dict, dict | None]:
    """Apply the marks and the capture to a drawn page; returns the truth entry and an encode job (or None
    when Pillow wrote the file)."""
    rng = np.random.default_rng([seed, plan["i"], 1])
    img = raw.astype(np.float64) / 255.0
    fields = json.loads(json.dumps(plan["fields"]))
    marks = list(plan["marks"])
    cut_box = None
    if plan["hide"]:
        how, target = plan["hide"]
        oid = plan["ids"][target]
        box = boxes.get(oid)
        if box and C.covers(img.shape, box, how):
            hidden = [k for k, v in plan["ids"].items() if v == oid]
            if how == "glare":
                img = C.glare(rng, img, box)
            elif how == "thumb":
                img = C.thumb(rng, img, box)
            else:
                cut_box = box
                # everything below the box's top edge leaves the frame too
                hidden = [k for k, v in plan["ids"].items() if v in boxes and boxes[v][1] >= box[1] - 2]
            for k in hidden:
                fields[k]["unreadable"] = True
            marks.append(how)
    for m in plan["post"]:
        if m == "highlight":
            oid = V.pick(rng, [v for v in plan["ids"].values() if v in boxes] or ["none"])
            if oid in boxes:
                x0, y0, x1, y1 = (int(v) for v in boxes[oid])
                img[max(0, y0):y1, max(0, x0):x1] *= np.array([1.0, 0.97, 0.45])
                marks.append("highlight")
        else:
            img = getattr(C, m)(rng, img)
            marks.append(m)
    cap = plan["capture"]
    if plan["kind"].startswith("id_card") and cap in ("flatbed", "adf", "photocopy", "copy2", "scanapp") and rng.random() < 0.6:
        img = C.card_on_a4(rng, img)
        marks.append("on_a4")
    if cut_box is not None:
        out = C.phone(rng, img, cut_box=cut_box)
    else:
        out = C.CAPTURES[cap](rng, img)
    name = f"r{plan['i'] + 1:04d}.{_ext(plan['fmt'])}"
    u8 = (np.clip(out, 0, 1) * 255 + 0.5).astype(np.uint8)
    fmt = plan["fmt"]
    job = None
    if fmt in ("webp", "pdf"):
        from PIL import Image  # Pillow only for the formats Java's ImageIO does not write
        im = Image.fromarray(u8, "L" if u8.ndim == 2 else "RGB")
        if fmt == "webp":
            im.save(out_dir / name, "WEBP", quality=int(plan["q"] * 100), method=4)
        else:
            fixed = time.strptime("2026-11-20", "%Y-%m-%d")     # the same bytes for the same seed
            im.save(out_dir / name, "PDF", resolution=float(V.pick(rng, [150, 200, 96])), creationDate=fixed, modDate=fixed)
    else:
        rawp = work / f"cap{plan['i']}.raw"
        u8.tofile(rawp)
        job = {"raw": str(rawp), "w": int(u8.shape[1]), "h": int(u8.shape[0]), "ch": 1 if u8.ndim == 2 else 3,
               "fmt": fmt if not (fmt == "tif-g4" and u8.ndim == 3) else "tif", "q": plan["q"], "out": str(out_dir / name)}
    entry = {"file": name, "kind": plan["kind"], "fields": fields, "capture": cap, "variant": plan["variant"],
             "marks": sorted(set(marks)), "faces": plan["page"]["faces"], "formats": [_ext(fmt) if fmt != "tif-g4" else "tif-g4"]}
    return entry, job


def _draw(plans: list[dict], work: Path) -> tuple[list[np.ndarray], dict]:
    pages = []
    for p in plans:
        pg = {k: v for k, v in p["page"].items() if k != "faces"}
        pg["out"] = str(work / f"page{p['i']}.raw")
        pages.append(pg)
    _java({"fonts": F.job_fonts(), "pages": pages, "boxes": str(work / "boxes.json")}, work)
    boxes = json.loads((work / "boxes.json").read_text(encoding="utf-8"))
    raws = [np.fromfile(pg["out"], dtype=np.uint8).reshape(pg["h"], pg["w"], 3) for pg in pages]
    return raws, boxes


def make_files(indices: list[int], kinds: list[str], seed: int, out_dir: Path) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plans = [plan_one(i, kinds[i], seed) for i in indices]
    with tempfile.TemporaryDirectory(prefix="famr_") as td:
        work = Path(td)
        raws, boxes = _draw(plans, work)
        entries, jobs = [], []
        for p, raw in zip(plans, raws, strict=True):
            e, j = finish_one(p, raw, boxes[str(work / f"page{p['i']}.raw")], out_dir, work, seed)
            entries.append(e)
            if j:
                jobs.append(j)
        if jobs:
            _java({"encode": jobs}, work)
    return entries


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    kinds = {i: kind}
    return make_files([i], kinds, seed, out_dir)[0]


def generate(out_dir, n: int, seed: int) -> dict:
    if not available():
        raise RuntimeError(f"family R needs java/javac and its faces; missing: {F.missing()}")
    out_dir = Path(out_dir)
    kinds = kinds_for(n, seed)
    files: list[dict] = []
    step = 25
    for a in range(0, n, step):
        files += make_files(list(range(a, min(n, a + step))), kinds, seed, out_dir)
    truth = {"family": "R", "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
