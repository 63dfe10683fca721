"""Family ZZ: the plan (kinds, captures, marks), marks drawn on the page, capture parameters, honest
`unreadable` flags from the thumb's and the sleeve glare's footprint on the page, and the phases that
run each engine once per call (Rust pages -> Irrlicht photos -> ImageJ pipelines; iText e-licences)."""

from __future__ import annotations

import hashlib
import json
import math
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.docgen_zz import documents as D
from benchmarks.docgen_zz import engines as E
from benchmarks.docgen_zz import values as V
from benchmarks.docgen_zz.layout import Page

HERE = Path(__file__).resolve().parent
FAMILY = "ZZ"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
SCANS = ["flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app", "chat_forward"]
PHOTOS = ["desk_photo", "handheld", "gaopaiyi", "sleeve", "screen"]
CAPTURES = SCANS + PHOTOS + ["e_pdf"]
LICENCES = ("business_license", "public_health_license", "food_business_license")
PURPOSES = ["办理食品经营许可", "办理卫生许可证延续", "营业执照变更登记", "社保开户", "银行开户", "办理税务登记", "公积金提取", "招投标"]


def _sources() -> list[Path]:
    return sorted(p for p in HERE.rglob("*") if p.is_file() and p.suffix in (".py", ".rs", ".toml", ".cpp", ".java", ".ijm"))


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}".encode())
    for p in _sources():
        h.update(p.relative_to(HERE).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _counts(n: int) -> dict[str, int]:
    total = sum(MIX.values())
    raw = {k: v * n / total for k, v in MIX.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(MIX).index(k)))[: n - sum(out.values())]:
        out[k] += 1
    return out


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: kind, capture and marks of each file, the mix scaled from 150, captures dealt round-robin."""
    rng = random.Random(f"zz-plan-{seed}")
    kinds = [k for k, c in _counts(n).items() for _ in range(c)]
    rng.shuffle(kinds)
    raster = SCANS + PHOTOS
    deck: list[str] = []
    plan = []
    for i, kind in enumerate(kinds):
        if not deck:
            deck = raster[:] + ["e_pdf", "e_pdf"]
            rng.shuffle(deck)
        cap = deck.pop()
        if cap == "e_pdf" and kind not in LICENCES:
            cap = raster[(i * 7 + seed) % len(raster)]
        marks = []
        if rng.random() < 0.3:
            marks.append("watermark")
        if cap in ("photocopy", "copy_of_copy", "fax", "scanner_app", "flatbed") and rng.random() < 0.55:
            marks.append("copy_note")
        if kind != "other" and rng.random() < 0.25:
            marks.append("stamp")
        if rng.random() < 0.2:
            marks.append("handwriting")
        if cap in ("desk_photo", "handheld", "gaopaiyi") and rng.random() < (0.75 if cap == "handheld" else 0.2):
            marks.append("thumb")
        plan.append({"index": i, "kind": kind, "capture": cap, "marks": marks})
    return plan


def _embed_card(card: Page, rng: random.Random) -> Page:
    """An ID card photocopied/scanned on an A4 sheet: the card's ops moved onto the sheet."""
    a4 = Page(210.0, 297.0, rng)
    ox, oy = rng.uniform(45, 75), rng.uniform(30, 70)
    a4.rect(ox, oy, card.w, card.h, fill=True, color=card.bg)
    fmap = {}
    for p in card.faces:
        fmap[card.faces.index(p)] = a4._fi(p)
    for o in card.ops:
        o = dict(o)
        for k in ("x", "x1", "x2"):
            if k in o:
                o[k] = o[k] + ox
        for k in ("y", "y1", "y2"):
            if k in o:
                o[k] = o[k] + oy
        if "p" in o:
            o["p"] = [v + (ox if j % 2 == 0 else oy) for j, v in enumerate(o["p"])]
        if o["t"] == "text":
            o["f"] = fmap[o["f"]]
        a4.ops.append(o)
    a4.rect(ox, oy, card.w, card.h, lw=0.35, color=(90, 90, 90))
    a4.boxes = {k: [(x + ox, y + oy, w, h) for x, y, w, h in v] for k, v in card.boxes.items()}
    a4.used_faces = set(card.used_faces)
    a4.role_face = card.role_face
    a4.card_at = (ox, oy, card.w, card.h)
    return a4


def _marks(pg: Page, entry: dict, rng: random.Random) -> None:
    W, H = pg.w, pg.h
    marks = entry["marks"]
    small = W < 100
    if "watermark" in marks:
        txt = f"仅供{rng.choice(PURPOSES)}使用，他用无效"
        size = 3.0 if small else rng.uniform(7, 10)
        col = rng.choice([(120, 120, 120), (60, 90, 200), (200, 60, 60)])
        tw = pg.width("hei", size, txt)
        for r in range(int(H / (size * 5)) + 2):
            for c in range(-1, int(W / (tw * 0.95)) + 2):
                x = c * tw * 0.95 + (r % 2) * tw * 0.45 - tw * 0.3
                y = r * size * 5 + tw * 0.3
                pg.text(x, y, size, txt, "hei", col, alpha=0.2, rot=-28)
    if "stamp" in marks:
        keys = [k for k in ("name", "address", "legal_representative", "premises_address", "issuing_authority") if k in pg.boxes]
        if keys:
            bx = pg.boxes[rng.choice(keys)][0]
            r = 5.0 if small else rng.uniform(15, 20)
            co = V.company(rng)["name"]
            pg.seal(bx[0] + bx[2] * rng.uniform(0.3, 0.9), bx[1] + bx[3] * 0.5, r, co[:18], alpha=rng.uniform(0.55, 0.8),
                    rot=rng.uniform(-25, 25), role="song")
    if "copy_note" in marks:
        if hasattr(pg, "card_at"):
            ox, oy, cw, ch = pg.card_at
            x, y = ox + rng.uniform(-5, 20), oy + ch + rng.uniform(18, 40)
        else:
            x, y = rng.uniform(W * 0.08, W * 0.35), (H - rng.uniform(36, 44)) if not small else 44
        s = 2.6 if small else rng.uniform(6, 8)
        rot = rng.uniform(-6, 4)
        w = pg.handwriting(x, y, s, "复印件与原件一致", rot=rot)
        pg.signature(x + w * 0.2, y + s * 1.6, s * 0.9)
        pg.handwriting(x + w * 0.45, y + s * 2.9, s * 0.6, V.cn_date_nopad(V.date_between(rng, 2024, 2026).isoformat()), rot=rot)
    if "handwriting" in marks:
        note = rng.choice(["已核对", "原件已核", "请加急", "√", "材料齐全", f"电话{rng.randint(13000000000, 18999999999)}", "收件人：" + V.name(rng)])
        s = 2.4 if small else rng.uniform(5, 7)
        pg.handwriting(rng.uniform(W * 0.55, W * 0.75), rng.uniform(H * 0.05, H * 0.1) + s, s, note, color=rng.choice([(20, 30, 120), (150, 20, 20), (30, 30, 30)]),
                       rot=rng.uniform(-8, 8))


def _frac_inside(box, inside) -> float:
    x, y, w, h = box
    pts = [(x + w * (i + 0.5) / 12, y + h * (j + 0.5) / 4) for i in range(12) for j in range(4)]
    return sum(1 for p in pts if inside(*p)) / len(pts)


def _photo_job(pg: Page, entry: dict, rng: random.Random, tex: str, out: str) -> tuple[dict, dict]:
    """Irrlicht job for a photo capture and the unreadable footprints on the page."""
    cap = entry["capture"]
    land = pg.w >= pg.h
    W, H = (1600, 1200) if land or cap == "gaopaiyi" else (1200, 1600)
    job = {"tex": tex, "out": out, "W": W, "H": H, "pw": pg.w, "ph": pg.h, "seed": rng.randint(1, 10**6),
           "lx": round(rng.uniform(-0.5, 0.5), 3), "ly": 1.0, "lz": round(rng.uniform(-0.5, 0.5), 3)}
    foot = {}
    if cap == "gaopaiyi":
        job.update(tilt=round(rng.uniform(0, 3), 2), az=round(rng.uniform(0, 360), 1), roll=round(rng.uniform(-2, 2), 2), fov=48,
                   distk=round(rng.uniform(1.05, 1.2), 3), desk=rng.choice([1, 3]), amb=round(rng.uniform(0.8, 0.92), 3), spec=0.02,
                   bend=round(rng.uniform(0, 1.5), 2))
    elif cap == "desk_photo":
        job.update(tilt=round(rng.uniform(8, 32), 2), az=round(rng.uniform(-40, 40), 1), roll=round(rng.uniform(-6, 6), 2), fov=round(rng.uniform(42, 55), 1),
                   distk=round(rng.uniform(1.0, 1.2), 3), desk=rng.choice([0, 0, 2]), amb=round(rng.uniform(0.5, 0.7), 3), spec=round(rng.uniform(0, 0.12), 3),
                   bend=round(rng.uniform(0, 8), 2) if pg.w > 100 else 0, curl=rng.choice([0, 0, 1]) if pg.w > 100 else 0,
                   fold=round(rng.choice([0, 0, rng.uniform(2, 6)]), 2) if pg.w > 100 else 0)
    elif cap == "handheld":
        job.update(tilt=round(rng.uniform(4, 22), 2), az=round(rng.uniform(-30, 30), 1), roll=round(rng.uniform(-10, 10), 2), fov=round(rng.uniform(45, 58), 1),
                   distk=round(rng.uniform(1.0, 1.15), 3), desk=2, amb=round(rng.uniform(0.45, 0.65), 3), spec=round(rng.uniform(0, 0.1), 3),
                   bend=round(rng.uniform(2, 10), 2) if pg.w > 100 else 0)
    elif cap == "sleeve":
        gx, gy = rng.uniform(0.15, 0.85) * pg.w, rng.uniform(0.15, 0.85) * pg.h
        gr, ga = rng.uniform(0.12, 0.25) * max(pg.w, pg.h), rng.uniform(0.9, 1.0)
        # the lamp's reflection on the film: washed-out light over the page where the film mirrors it
        # (drawn on the page's texture, so its footprint on the page is known), and the film itself in 3D
        pg.glow(gx, gy, gr, (255, 255, 255), alpha=ga, ax=1.0, ay=0.6)
        job.update(tilt=round(rng.uniform(5, 25), 2), az=round(rng.uniform(-30, 30), 1), roll=round(rng.uniform(-5, 5), 2), fov=50,
                   distk=round(rng.uniform(1.0, 1.15), 3), desk=rng.choice([0, 1]), amb=round(rng.uniform(0.55, 0.7), 3), spec=0.05,
                   sleeve=1, gx=round(gx, 2), gy=round(gy, 2), gr=round(gr * 1.3, 2), ga=round(ga * 0.3, 3))
        foot["glare"] = (gx, gy, gr, ga)
    elif cap == "screen":
        job.update(tilt=round(rng.uniform(3, 20), 2), az=round(rng.uniform(-25, 25), 1), roll=round(rng.uniform(-5, 5), 2), fov=50,
                   distk=round(rng.uniform(1.05, 1.25), 3), desk=3, amb=1.0, spec=0, screen=1)
    if "thumb" in entry["marks"]:
        side = rng.choice(["l", "r", "b"])
        tr = (0.055 if pg.w > 100 else 0.12) * max(pg.w, pg.h) * rng.uniform(0.9, 1.2)
        tu = {"l": rng.uniform(-0.02, 0.04) * pg.w, "r": rng.uniform(0.96, 1.02) * pg.w, "b": rng.uniform(0.1, 0.9) * pg.w}[side]
        tv = {"l": rng.uniform(0.2, 0.9) * pg.h, "r": rng.uniform(0.2, 0.9) * pg.h, "b": rng.uniform(0.96, 1.02) * pg.h}[side]
        ta = {"l": rng.uniform(-30, 30), "r": rng.uniform(-30, 30), "b": rng.uniform(60, 120)}[side]
        job.update(thumb=1, tu=round(tu, 2), tv=round(tv, 2), tr=round(tr, 2), ta=round(ta, 1))
        foot["thumb"] = (tu, tv, tr, ta)
    return job, foot


def _unreadable(pg: Page, foot: dict) -> set[str]:
    bad = set()
    tests = []
    if "thumb" in foot:
        tu, tv, tr, ta = foot["thumb"]
        a = math.radians(ta)
        rx, rz = tr * 0.8 * 1.2, tr * 1.5 * 1.2  # the ellipsoid's footprint, grown for its height over the page

        def in_thumb(x, y, tu=tu, tv=tv, a=a, rx=rx, rz=rz):
            dx, dz = x - tu, -(y - tv)
            # Irrlicht's Y rotation by ta: local = R(-ta) * world in the XZ plane
            lx = dx * math.cos(a) - dz * math.sin(a)
            lz = dx * math.sin(a) + dz * math.cos(a)
            return (lx / rx) ** 2 + (lz / rz) ** 2 <= 1.0

        tests.append((in_thumb, 0.08))
    if "glare" in foot:
        gx, gy, gr, ga = foot["glare"]

        def in_glare(x, y, gx=gx, gy=gy, gr=gr, ga=ga):
            d2 = ((x - gx) / gr) ** 2 + ((y - gy) / (gr * 0.6)) ** 2
            return d2 < 1 and ga * min(1.0, (1 - d2) * 2.5) >= 0.7  # text left at under ~30 % contrast

        tests.append((in_glare, 0.04))  # a few characters washed out lose the value
    for key, boxes in pg.boxes.items():
        for b in boxes:
            if any(_frac_inside(b, t) > lim for t, lim in tests):
                bad.add(key)
    return bad


def _prepare(i: int, entry: dict, seed: int, out_dir: Path, work: Path) -> dict:
    """Layout, marks, capture parameters and truth of one file; the engine jobs to run for it."""
    kind, cap = entry["kind"], entry["capture"]
    rng = random.Random(f"zz-{seed}-{i}-{kind}-{cap}")
    pg, truth, variant = D.BUILDERS[kind](rng)
    if kind.startswith("id_card") and cap in ("photocopy", "copy_of_copy", "fax", "flatbed") and rng.random() < 0.7:
        pg = _embed_card(pg, rng)
        variant += "-on-a4"
    _marks(pg, entry, rng)
    if cap == "scanner_app":
        pg.text(pg.w - 3, pg.h - 2.5, 2.2 if pg.w > 100 else 1.6, rng.choice(["扫描全能王 创建", "由夸克扫描王扫描", "全能扫描王"]), "hei",
                (120, 120, 120), alpha=0.8, align="r")
    if cap == "screen":  # the monitor's pixel rows, a moiré source once photographed
        for k in range(int(pg.h / 0.42)):
            pg.line(0, k * 0.42, pg.w, k * 0.42, lw=0.08, color=(0, 0, 0), alpha=0.07)
    jobs: dict = {"page": None, "photo": None, "ij": None, "pdf": None}
    ext = "jpg"
    page_png = str(work / f"page_{i:04d}.png")
    foot: dict = {}
    card = pg.w < 100
    if cap == "e_pdf":
        ext = "pdf"
        d = pg.doc()
        d.update(out=str(out_dir / f"zz_{i:03d}.pdf"), title=f"电子证照 {i:03d}")
        jobs["pdf"] = d
    else:
        # raster resolution (px/mm) per capture
        if cap in PHOTOS:
            scale = 13.0 if card else 6.8
        elif cap == "flatbed":
            scale = rng.choice([7.87, 11.81]) if not card else rng.choice([11.81, 23.6])
        elif cap == "chat_forward":
            scale = 6.0 if not card else 14.0
        else:
            scale = 7.87 if not card else 15.7
        js = rng.randint(1, 2**31 - 1)
        if cap in PHOTOS:
            shot = str(work / f"shot_{i:04d}.png")
            job, foot = _photo_job(pg, entry, rng, page_png, shot)
            jobs["photo"] = job
        d = pg.doc()
        d.update(out=page_png, scale=scale)
        jobs["page"] = d
        if cap in PHOTOS:
            p = {"blur": round(rng.uniform(0.4, 1.1), 2), "noise": round(rng.uniform(2, 7), 1), "usr": 1.5, "usm": round(rng.uniform(0.2, 0.5), 2),
                 "gamma": round(rng.uniform(0.85, 1.15), 2), "q": rng.randint(78, 93)}
            if cap == "screen":
                p["blur"] = round(rng.uniform(0.8, 1.3), 2)
            jobs["ij"] = (shot, None, "photo", js, p)
        else:
            if cap == "flatbed":
                p = {"rot": round(rng.uniform(-1.2, 1.2), 2), "blur": round(rng.uniform(0.4, 0.8), 2), "noise": round(rng.uniform(1, 4), 1),
                     "grey": rng.choice([0, 0, 1]), "q": rng.randint(85, 95)}
                ext = rng.choice(["jpg", "jpg", "png", "tif"])
            elif cap in ("photocopy", "copy_of_copy"):
                p = {"rot": round(rng.uniform(-2, 2), 2), "blur": round(rng.uniform(0.6, 1.0), 2), "gain": round(rng.uniform(1, 3), 2),
                     "noise": round(rng.uniform(3, 8), 1), "specks": rng.randint(10, 80), "edge": rng.choice([0, 0, rng.randint(8, 30)]), "q": rng.randint(75, 90)}
                ext = rng.choice(["jpg", "jpg", "png"])
            elif cap == "fax":
                yres = rng.choice([98, 196])
                hdr = f"{V.date_between(rng, 2025, 2026).isoformat()}_{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}__FROM:0{rng.randint(10, 99)}-{rng.randint(10000000, 99999999)}__P.0{rng.randint(1, 3)}"
                p = {"rot": round(rng.uniform(-1.5, 1.5), 2), "fw": 1728, "yres": yres, "dither": 1 if rng.random() < 0.3 else 0,
                     "thr": rng.randint(130, 175), "streaks": rng.randint(0, 4), "hdr": hdr}
                ext = rng.choice(["png", "tif"])
                variant += f"-{204}x{yres}"
            elif cap == "scanner_app":
                p = {"rot": round(rng.uniform(-0.6, 0.6), 2), "blur": round(rng.uniform(0.5, 0.9), 2), "grey": rng.choice([0, 1]),
                     "gain": round(rng.uniform(0.8, 2.5), 2), "usr": 2, "usm": round(rng.uniform(0.4, 0.7), 2), "noise": 1.5, "q": rng.randint(80, 92)}
            else:  # chat_forward
                p = {"max": rng.choice([1080, 1280, 1440]), "noise": round(rng.uniform(1, 3), 1), "hops": rng.randint(1, 3), "q": rng.randint(55, 78)}
            jobs["ij"] = (page_png, None, cap, js, p)
    name = f"zz_{i:03d}.{ext}"
    if jobs["ij"]:
        a, _, pipe, js, p = jobs["ij"]
        jobs["ij"] = (a, str(out_dir / name), pipe, js, p)
    bad = _unreadable(pg, foot)
    fields = {k: {"value": v, "unreadable": (k in bad and v != "")} for k, v in truth.items()}
    marks = list(entry["marks"])
    if cap in PHOTOS and "thumb" in marks and "thumb" not in foot:
        marks.remove("thumb")
    if kind in LICENCES:
        marks.append("seal_over_text")
    faces = sorted({Path(f.split("#")[0]).name for f in pg.used_faces})
    info = {"file": name, "kind": kind, "capture": cap, "variant": variant, "marks": marks, "faces": faces, "formats": [ext],
            "fields": fields}
    return {"info": info, "jobs": jobs}


def _run(items: list[dict], work: Path) -> None:
    pages = [it["jobs"]["page"] for it in items if it["jobs"]["page"]]
    missing = E.draw_pages(pages)
    if any(missing):
        raise RuntimeError(f"glyphs missing in a face despite the cmap check: {missing}")
    photos = [it["jobs"]["photo"] for it in items if it["jobs"]["photo"]]
    ij = [it["jobs"]["ij"] for it in items if it["jobs"]["ij"]]
    if photos or ij:
        with E.Xvfb() as x:
            E.render_photos(photos, x.display)
            E.imagej(ij, x.display, work)
    E.write_pdfs([it["jobs"]["pdf"] for it in items if it["jobs"]["pdf"]])


def _produce(pairs: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zz_work_"))
    try:
        items = [_prepare(i, e, seed, out_dir, work) for i, e in pairs]
        _run(items, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [it["info"] for it in items]


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    return _produce([(i, entry)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 4949) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _produce(list(enumerate(plan)), seed, out_dir)
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"])}
