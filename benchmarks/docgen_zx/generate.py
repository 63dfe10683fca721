"""Family ZX's plan, captures and truth: `generate(out_dir, n, seed)`, `make_one(i, entry, seed, out_dir)`,
`kinds_for(n, seed)`, `params_hash(n, seed)`, `summary(truth)`.

Pages are laid out here (layouts.py, draw.py) and drawn by pureimage in one node process (runtime.py);
scans, photocopies, copies of copies, faxes, scanner-app output and chat forwards are jimp pipelines in that
process; photos, hand-held shots, 高拍仪 frames, sleeves and screens are rendered by PyBullet's TinyRenderer
(photo.py) and finished (glare, sensor noise, blur, JPEG) by jimp; e-licences are pdf-lib vector PDFs."""

from __future__ import annotations

import hashlib
import json
import math
import random
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_zx import draw as DR
from benchmarks.docgen_zx import layouts as L
from benchmarks.docgen_zx import runtime as R
from benchmarks.docgen_zx import values as V
from benchmarks.docgen_zx.draw import Doc, seal

HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "desk_photo", "handheld", "gaopaiyi", "sleeve",
            "screen", "chat_forward", "scanner_app", "e_pdf"]
PHOTO = {"desk_photo", "handheld", "gaopaiyi", "sleeve", "screen", "chat_forward"}
LICENCES = {"business_license", "public_health_license", "food_business_license"}


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"zx:{n}:{seed}".encode())
    for p in sorted(HERE.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".cjs", ".json") and "node_modules" not in p.parts:
            h.update(p.relative_to(HERE).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: the default mix scaled to n (every kind once from n=6), each kind's captures dealt round-robin
    from a seeded shuffle (e-licence PDFs only for licences)."""
    rng = random.Random(f"zx-plan:{n}:{seed}")
    total = sum(MIX.values())
    counts = {k: v * n // total for k, v in MIX.items()}
    order = sorted(MIX, key=lambda k: -MIX[k])
    if n >= len(MIX):
        for k in MIX:
            counts[k] = max(counts[k], 1)
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    plan = []
    for kind in MIX:
        caps = [c for c in CAPTURES if c != "e_pdf" or kind in LICENCES]
        rng.shuffle(caps)
        for j in range(counts[kind]):
            plan.append({"kind": kind, "capture": caps[j % len(caps)]})
    rng.shuffle(plan)
    return plan


# ---- marks ---------------------------------------------------------------------------------------------
def on_a4(card: Doc, rng: random.Random) -> tuple[Doc, float, float]:
    """An ID card photocopied/scanned on an A4 sheet: the card's ops shifted onto the page."""
    d = Doc(210.0, 297.0, "#ffffff")
    dx, dy = 62 + rng.uniform(-8, 8), 38 + rng.uniform(-6, 10)
    d.frame(dx - 0.3, dy - 0.3, card.w + 0.6, card.h + 0.6, 0.35, "#9a9a9a")
    d.rect(dx, dy, card.w, card.h, card.bg)
    shift(card, d, dx, dy)
    return d, dx, dy


def shift(src: Doc, dst: Doc, dx: float, dy: float) -> None:
    for op in src.ops:
        t = op[0]
        if t in ("rect", "frame"):
            dst.ops.append([t, op[1] + dx, op[2] + dy, *op[3:]])
        elif t == "line":
            dst.ops.append([t, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, *op[5:]])
        elif t in ("ring", "disc"):
            dst.ops.append([t, op[1] + dx, op[2] + dy, *op[3:]])
        elif t == "polyline":
            dst.ops.append([t, [[a + dx, b + dy] for a, b in op[1]], *op[2:]])
        elif t == "poly":
            dst.ops.append([t, [[[a + dx, b + dy] for a, b in r] for r in op[1]], op[2]])
        elif t == "modules":
            dst.ops.append([t, op[1] + dx, op[2] + dy, *op[3:]])
        elif t == "text":
            dst.ops.append([t, op[1], op[2], op[3] + dx, op[4] + dy, *op[5:]])
        elif t == "glyphs":
            dst.ops.append([t, op[1], op[2], op[3], [[c, x + dx, y + dy, r] for c, x, y, r in op[4]]])
    for k, cs in src.fields.items():
        dst.fields[k] = [(x + dx, y + dy) for x, y in cs]
    dst.faces |= src.faces


def watermark(d: Doc, rng: random.Random) -> None:
    txt = rng.choice(["仅供办理食品经营许可使用", "仅供政务服务中心办理业务使用", "仅供银行开户使用 他用无效",
                      "仅供公共场所卫生许可申请使用", "此复印件仅供备案使用，再复印无效"])
    col = rng.choice(["#90909066", "#c0404055", "#3050a05a"])
    size = min(d.w, d.h) / 16
    step = size * 9
    rot = -rng.uniform(22, 35)
    y = d.h * 0.2
    while y < d.h * 1.05:
        d.text(d.w * 0.08, y, txt, size, "sans", col, rot=rot)
        y += step


def copy_note(d: Doc, rng: random.Random, seed: int, x: float, y: float) -> None:
    """复印件与原件一致 + signature + date, handwritten (a kai face with per-glyph jitter)."""
    ink = rng.choice(["#1b2f8a", "#161616", "#213a9a"])
    s = min(d.w, d.h) / 36
    d.text(x, y, "复印件与原件一致", s, "kai", ink, jitter=seed, jamp=s * 0.05, jrot=0.07, rot=rng.uniform(-4, 2))
    d.text(x + s * 2, y + s * 1.7, V.person_name(rng), s * 1.3, "kai", ink, jitter=seed + 1, jamp=s * 0.08,
           jrot=0.12, sx=1.15, rot=rng.uniform(-8, 3))
    d.text(x + s * 0.5, y + s * 3.4, f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}", s * 0.9,
           "kai", ink, jitter=seed + 2, jamp=s * 0.05, jrot=0.08)
    d.polyline([(x - s * 0.3, y + s * 2.2), (x + s * 1.5, y + s * 1.9), (x + s * 6, y + s * 2.4)], s * 0.06, ink)


def stamp(d: Doc, rng: random.Random, cx: float, cy: float, r: float) -> None:
    name = V.firm(rng, V.place(rng))[0]
    name = name[:16]
    seal(d, cx, cy, r, name, rng.choice(["", "公章", "业务专用章"]), c=rng.choice(["#d3202aa8", "#c8232c90"]))


# ---- captures ------------------------------------------------------------------------------------------
def _scan_steps(cap: str, rng: random.Random, w: int, h: int) -> tuple[list, int, int]:
    """jimp pipeline for a scan-like capture of a w×h page; returns (steps, out w, out h)."""
    st: list = []
    if cap == "flatbed":
        st += [["tint", 252, 250, 246], ["blur", rng.uniform(0.35, 0.7)]]
        deg = rng.uniform(-1.6, 1.6)
        pw, ph = int(w * 1.04), int(h * 1.03)
        st += [["warp", deg, 1.0, rng.uniform(-8, 8), rng.uniform(-6, 6), pw, ph, [236, 236, 232]],
               ["levels", rng.uniform(0, 12), rng.uniform(238, 255), rng.uniform(0.9, 1.1)], ["noise", rng.uniform(1, 3)]]
        return st, pw, ph
    if cap in ("photocopy", "copy_of_copy"):
        passes = 1 if cap == "photocopy" else 2
        ow, oh = w, h
        for k in range(passes):
            st += [["grey"], ["blur_grey", rng.uniform(0.4, 0.7) + 0.15 * k],
                   ["levels", rng.uniform(25, 50) + 10 * k, rng.uniform(195, 225) - 8 * k, rng.uniform(1.15, 1.5)],
                   ["warp", rng.uniform(-1.8, 1.8), rng.uniform(0.985, 1.0), rng.uniform(-10, 10), rng.uniform(-10, 10), ow, oh, [252, 252, 252]],
                   ["speckle", rng.randint(40, 160) * (k + 1), 1.6, 0.75], ["streaks", rng.randint(0, 3), 0.18],
                   ["edge_shadow", rng.choice("lrtb"), rng.randint(20, 70), rng.uniform(0.4, 0.85)],
                   ["noise", 3 + 2 * k]]
        return st, ow, oh
    if cap == "fax":
        st += [["grey"], ["blur_grey", 0.5], ["warp", rng.uniform(-1.2, 1.2), 1.0, 0, 0, w, h, [255, 255, 255]]]
        fine = rng.random() < 0.5
        hh = h if fine else h // 2
        st += [["resize", w, hh]]
        st += [["threshold", rng.uniform(120, 150), 8]] if rng.random() < 0.7 else [["dither", 128]]
        st += [["speckle", rng.randint(30, 120), 0.8, 1.0], ["resize", w, h]]
        return st, w, h
    if cap == "scanner_app":
        st += [["tint", rng.randint(236, 250), rng.randint(232, 246), rng.randint(220, 238)], ["blur", rng.uniform(0.5, 0.9)],
               ["vignette", rng.uniform(0.05, 0.2)], ["noise", rng.uniform(2, 4)],
               ["warp", rng.uniform(-0.8, 0.8), 1.0, 0, 0, w, h, [255, 255, 255]],
               ["levels", rng.uniform(60, 90), rng.uniform(180, 205), 1.0], ["unsharp", 1.2, rng.uniform(0.5, 1.2)]]
        if rng.random() < 0.4:
            st += [["grey"]]
        return st, w, h
    raise ValueError(cap)


def _photo_setup(cap: str, rng: random.Random, kind: str, card: bool) -> dict:
    seed = rng.randrange(1 << 30)
    base = {"seed": seed, "shape": "flat", "amt": 0.0, "yaw": rng.uniform(-6, 6), "az": rng.uniform(-8, 8),
            "light": [rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(2, 4)], "fov": 50, "res": (1600, 1200),
            "desk": [rng.uniform(0.35, 0.8), rng.uniform(0.3, 0.65), rng.uniform(0.25, 0.5), 1]}
    if cap == "desk_photo":
        base.update(tilt=rng.uniform(5, 30), shape=rng.choice(["flat", "bent", "fold"]), amt=rng.uniform(0.004, 0.02),
                    props=[(rng.uniform(-0.3, 0.3), rng.uniform(0.22, 0.35), 0.07, 0.14, 0.01, [0.1, 0.1, 0.12, 1])])
    elif cap == "handheld":
        base.update(tilt=rng.uniform(8, 28), shape=rng.choice(["curl", "bent"]), amt=rng.uniform(0.01, 0.04),
                    roll=rng.uniform(-8, 8), desk=[0.55, 0.5, 0.45, 1])
        side = rng.choice([0.0, 1.0])
        reach = rng.uniform(0.02, 0.09) if card else rng.uniform(0.01, 0.05)  # how far the thumb's tip is on the page
        into = 0.0 if side < 0.5 else 180.0
        tip = reach if side < 0.5 else 1 - reach
        base["fingers"] = [(tip, rng.uniform(0.25, 0.85), into + rng.uniform(-20, 20), 0.075, 0.0095)]
        if rng.random() < 0.3:  # a second finger under/over the other edge
            base["fingers"].append((1 - tip, rng.uniform(0.3, 0.8), 180 - into + rng.uniform(-15, 15), 0.07, 0.009))
    elif cap == "gaopaiyi":
        base.update(tilt=rng.uniform(0, 3), az=rng.uniform(-2, 2), fov=42, desk=[0.08, 0.08, 0.09, 1], res=(1920, 1440),
                    light=[0.05, 0.1, 3.0], amb=0.6, diff=0.5, shadow=False)
    elif cap == "sleeve":
        base.update(tilt=rng.uniform(4, 22), shape="bent", amt=rng.uniform(0.002, 0.01))
    elif cap == "screen":
        base.update(tilt=rng.uniform(3, 18), desk=[0.04, 0.04, 0.05, 1], amb=0.95, diff=0.1, shadow=False, yaw=rng.uniform(-2, 2))
    elif cap == "chat_forward":
        base.update(tilt=rng.uniform(5, 25), res=(1280, 960))
    if card:  # a card bends less than a sheet
        base["amt"] *= 0.3
    base["dist"] = 0.0
    return base


def _fit_distance(setup: dict, w: float, h: float, fill: float) -> None:
    """Camera distance so the page fills `fill` of the frame's height (or width)."""
    W, H = setup["res"]
    vfov = math.radians(setup["fov"])
    hfov = 2 * math.atan(math.tan(vfov / 2) * W / H)
    need_h = h / (2 * math.tan(vfov / 2) * fill)
    need_w = w / (2 * math.tan(hfov / 2) * fill)
    setup["dist"] = max(need_h, need_w)


def _glare_lost(pts: dict, glares: list, W: int, H: int) -> set:
    lost = set()
    for key, pl in pts.items():
        for px, py in pl:
            for gx, gy, rx, ry, s in glares:
                d2 = ((px - gx * W) / (rx * W)) ** 2 + ((py - gy * H) / (ry * H)) ** 2
                if s * math.exp(-1.2 * d2) > 0.78:
                    lost.add(key)
    return lost


def make_one(i: int, entry: dict, seed: int, out_dir: Path, node: R.Node | None = None) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if node is None:
        with R.Node() as nd:
            return make_one(i, entry, seed, out_dir, nd)
    kind, cap = entry["kind"], entry["capture"]
    rng = random.Random(f"zx:{seed}:{i}:{kind}:{cap}")
    dseed = rng.randrange(1 << 30)
    DR.PDF_MODE["on"] = cap == "e_pdf"
    try:
        doc, truth, variant = L.BUILDERS[kind](rng, dseed)
    finally:
        DR.PDF_MODE["on"] = False
    card = kind.startswith("id_card")
    marks: list[str] = []
    photo = cap in PHOTO
    if card and not photo:  # cards are scanned / copied lying on an A4 sheet
        doc, cx0, cy0 = on_a4(doc, rng)
        if cap in ("photocopy", "copy_of_copy", "fax", "scanner_app") or rng.random() < 0.3:
            copy_note(doc, rng, dseed, cx0 + 2, cy0 + 75)
            marks.append("copy_note")
        if rng.random() < 0.4:
            watermark(doc, rng)
            marks.append("watermark")
    elif not card and cap not in ("e_pdf",):
        if cap in ("photocopy", "copy_of_copy", "scanner_app", "fax", "chat_forward") and rng.random() < 0.55:
            copy_note(doc, rng, dseed, doc.w * rng.uniform(0.06, 0.12), doc.h * rng.uniform(0.83, 0.88))
            marks.append("copy_note")
        if kind != "other" and rng.random() < 0.35:
            watermark(doc, rng)
            marks.append("watermark")
        if kind != "other" and cap in ("photocopy", "copy_of_copy", "scanner_app", "flatbed") and rng.random() < 0.45:
            stamp(doc, rng, doc.w * rng.uniform(0.35, 0.6), doc.h * rng.uniform(0.6, 0.85), min(doc.w, doc.h) * 0.1)
            marks.append("stamp_over_text")
    if cap == "fax":
        doc.text(6, 5.5, f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
                 f"  FROM:0{rng.randint(10, 999)}{rng.randint(1000000, 9999999)}  P.01/01", 2.6, "sans", "#000000")
        marks.append("fax_header")
    if kind in LICENCES:
        marks.append("seal_over_date")
    if "copy_note" in marks or (kind == "other" and variant in ("receipt", "form", "notice")):
        marks.append("handwriting")

    base = f"zx_{i:03d}_{kind}"
    fields_lost: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="zx_") as td:
        tmp = Path(td)
        if cap == "e_pdf":
            k = 2.834645669 / 1.0  # mm -> pt, ops in mm with scale 1
            out = out_dir / f"{base}.pdf"
            node.call({"cmd": "pdf", "seed": rng.randrange(1 << 30), "w": doc.w, "h": doc.h, "scale": k, "bg": doc.bg, "ops": doc.scaled(1.0),
                       "out": str(out), "title": {"business_license": "营业执照", "public_health_license": "卫生许可证",
                                                  "food_business_license": "食品经营许可证"}.get(kind, "")})
            fmt = "pdf"
        elif not photo:
            ppm = rng.choice([5.9, 5.9, 7.87]) if cap == "flatbed" else 5.9
            if cap == "fax":  # 1728 dots across the fax's scan width
                ppm = 1728 / (doc.w * 1.02)
            W, H = int(doc.w * ppm), int(doc.h * ppm)
            node.call({"cmd": "page", "id": "pg", "w": W, "h": H, "bg": doc.bg, "ops": doc.scaled(ppm)})
            steps, ow, oh = _scan_steps(cap, rng, W, H)
            fmt = {"flatbed": rng.choice(["jpg", "jpg", "jpg", "png"]), "photocopy": rng.choice(["jpg", "jpg", "jpg", "png"]),
                   "copy_of_copy": "jpg", "fax": "png",
                   "scanner_app": rng.choice(["pdf", "jpg"])}[cap]
            out = out_dir / f"{base}.{fmt}"
            node.call({"cmd": "scan", "id": "pg", "steps": steps, "seed": rng.randrange(1 << 30), "out": str(out),
                       "fmt": fmt, "q": rng.randint(70, 92)})
        else:
            ppm = 12.0 if card else (1500 / max(doc.w, doc.h))
            W, H = int(doc.w * ppm), int(doc.h * ppm)
            node.call({"cmd": "page", "id": "pg", "w": W, "h": H, "bg": doc.bg, "ops": doc.scaled(ppm)})
            node.call({"cmd": "texture", "id": "pg", "out": str(tmp / "tex.rgb")})
            from PIL import Image

            arr = np.fromfile(tmp / "tex.rgb", dtype=np.uint8).reshape(H, W, 3)
            if cap == "screen":  # the page shown on a monitor: white margins of a viewer around it, backlight
                arr = np.pad(arr, ((H // 14, H // 14), (W // 14, W // 14), (0, 0)), constant_values=238)
            Image.fromarray(arr).save(tmp / "tex.png", compress_level=1)
            setup = _photo_setup(cap, rng, kind, card)
            wm, hm = doc.w / 1000, doc.h / 1000
            if cap == "screen":
                wm, hm = wm * (1 + 2 / 14), hm * (1 + 2 / 14)
            fill = {"desk_photo": rng.uniform(0.7, 0.92), "handheld": rng.uniform(0.8, 1.02), "gaopaiyi": rng.uniform(0.72, 0.9),
                    "sleeve": rng.uniform(0.75, 0.92), "screen": rng.uniform(0.8, 0.95), "chat_forward": rng.uniform(0.75, 0.92)}[cap]
            if hm > wm:  # portrait documents are shot with the phone upright
                setup["res"] = (setup["res"][1], setup["res"][0])
            _fit_distance(setup, wm, hm, fill)
            from benchmarks.docgen_zx import photo as PH

            cen = {}
            for key, cs in doc.fields.items():
                if cap == "screen":
                    cen[key] = [((x * ppm + W // 14) , (y * ppm + H // 14)) for x, y in cs]
                else:
                    cen[key] = [(x * ppm, y * ppm) for x, y in cs]
            tw, th = arr.shape[1], arr.shape[0]
            frame, lost, info = PH.render(tmp, tmp / "tex.png", (wm, hm), setup, cen, (tw, th))
            fields_lost |= {k for k, v in lost.items() if v}
            FW, FH = setup["res"]
            frame.tofile(tmp / "frame.rgb")
            node.call({"cmd": "load", "id": "fr", "path": str(tmp / "frame.rgb"), "w": FW, "h": FH})
            glares = []
            if cap == "sleeve":
                glares.append((rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7), rng.uniform(0.08, 0.2), rng.uniform(0.05, 0.12), rng.uniform(0.7, 1.0)))
                marks.append("sleeve_glare")
            elif cap in ("desk_photo", "handheld") and rng.random() < 0.3:
                glares.append((rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(0.05, 0.12), rng.uniform(0.04, 0.1), rng.uniform(0.45, 0.9)))
                marks.append("glare")
            if cap == "handheld":
                marks.append("thumb")
            steps: list = []
            if cap == "screen":
                steps += [["moire", rng.uniform(3.2, 5.5), rng.uniform(0.08, 0.2), rng.uniform(0.05, 0.4)],
                          ["tint", 225, 238, 255], ["levels", 10, 235, 0.9]]
                marks.append("moire")
            steps += [["glare", *g] for g in glares]
            steps += [["blur", rng.uniform(0.5, 1.1) if cap != "gaopaiyi" else 0.45], ["vignette", rng.uniform(0.05, 0.3)],
                      ["noise", rng.uniform(2, 6)]]
            if rng.random() < 0.4:  # the phone's own sharpening
                steps.append(["unsharp", 1.5, rng.uniform(0.2, 0.7)])
            if cap == "chat_forward":
                steps += [["jpeg", rng.randint(55, 75)], ["resize", FW * 3 // 4, FH * 3 // 4], ["jpeg", rng.randint(50, 70)]]
                marks.append("recompressed")
            fields_lost |= _glare_lost(info["pts"], glares, FW, FH)
            fmt = "jpg"
            out = out_dir / f"{base}.jpg"
            node.call({"cmd": "scan", "id": "fr", "steps": steps, "seed": rng.randrange(1 << 30), "out": str(out),
                       "fmt": "jpg", "q": rng.randint(78, 92) if cap != "chat_forward" else 72})
    fields = {k: {"value": v, "unreadable": k in fields_lost and v != ""} for k, v in truth.items()}
    return {"file": out.name, "kind": kind, "fields": fields, "capture": cap, "variant": f"{variant}-{cap}" if kind != "business_license" else variant,
            "marks": sorted(set(marks)), "faces": sorted(R.FACES[f][2].split(":")[0] for f in doc.faces), "formats": [fmt]}


def generate(out_dir: Path, n: int = 150, seed: int = 2727) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = []
    with R.Node() as node:
        for i, e in enumerate(plan):
            files.append(make_one(i, e, seed, out_dir, node))
    truth = {"family": "ZX", "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "formats": dict(Counter(f["formats"][0] for f in fs)),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
