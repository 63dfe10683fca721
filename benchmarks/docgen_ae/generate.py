"""Family AE: plan, engines, captures and truth (see README.md).

Pages: rust/ (tiny-skia + fontdue) draws every page from layout.py's operations, one process per call.
Photos, hand-held shots, 高拍仪 frames, sleeves, screens: ogre/ae_photo.cpp (OGRE 1.12, private Xvfb,
Mesa llvmpipe). Scans, photocopies, copies of copies, faxes, scanner-app output, chat forwards, photo
finishing: fortran/ae_scan.f90. E-licences: pdf_borb.py (borb). Python here plans, lays out, moves
files between the engines and changes containers (PNM -> PNG/JPEG/TIFF) with Pillow; it does no image
operation itself."""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.docgen_ae import layout as L

FAMILY = "AE"
HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "desk_photo", "handheld", "gaopaiyi", "sleeve", "screen",
            "chat_forward", "scanner_app", "e_pdf"]
PHOTO = {"desk_photo", "handheld", "gaopaiyi", "sleeve", "screen"}
LICENCES = {"business_license", "public_health_license", "food_business_license"}
MARKS = ["watermark", "copy_note", "stamp", "handwriting"]
SOURCES = ["__init__.py", "generate.py", "layout.py", "values.py", "pdf_borb.py", "rust/Cargo.toml", "rust/Cargo.lock",
           "rust/src/main.rs", "rust/.cargo/config.toml", "fortran/ae_scan.f90", "ogre/ae_photo.cpp"]
OGRE_PLUGIN_DIR = "/usr/lib/x86_64-linux-gnu/OGRE"
HINT = "family AE needs cargo, gfortran, g++ with libogre-1.12-dev, Xvfb and borb: run `make sysdeps venv`"


def source_hash() -> str:
    h = hashlib.sha256()
    for rel in SOURCES:
        h.update(rel.encode())
        h.update((HERE / rel).read_bytes())
    return h.hexdigest()[:16]


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"AE:{n}:{seed}:{source_hash()}".encode()).hexdigest()[:16]


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_ae"


def missing_tools() -> list[str]:
    miss = [t for t in ("cargo", "gfortran", "g++", "Xvfb", "pkg-config") if shutil.which(t) is None]
    if not Path(OGRE_PLUGIN_DIR, "RenderSystem_GL.so").exists():
        miss.append("libogre-1.12-dev")
    if not Path("/usr/share/cargo/registry/tiny-skia-0.8.3").exists():
        miss.append("librust-tiny-skia-dev")
    try:
        import borb  # noqa: F401
    except ImportError:
        miss.append("borb (pip)")
    return miss


def _child_env(extra: dict | None = None) -> dict:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"), "LC_ALL": "C.UTF-8",
           "OMP_NUM_THREADS": "1", "LP_NUM_THREADS": "1"}
    for k in ("CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN"):
        if k in os.environ:
            env[k] = os.environ[k]
    env.update(extra or {})
    return env


def build() -> dict[str, Path]:
    """The three compiled helpers, built once per source hash into the cache."""
    root = cache_root() / source_hash()
    bins = {"pages": root / "target" / "release" / "ae_pages", "scan": root / "ae_scan", "photo": root / "ae_photo"}
    if all(b.exists() for b in bins.values()):
        return bins
    miss = missing_tools()
    if miss:
        raise RuntimeError(f"missing {', '.join(miss)}: {HINT}")
    root.mkdir(parents=True, exist_ok=True)
    env = _child_env({"CARGO_TARGET_DIR": str(root / "target")})
    if not bins["pages"].exists():
        subprocess.run(["cargo", "build", "--release", "--offline", "--quiet"], cwd=HERE / "rust", env=env, check=True)
    if not bins["scan"].exists():
        subprocess.run(["gfortran", "-O2", "-ffree-line-length-none", "-J", str(root), "-o", str(bins["scan"]) + ".tmp",
                        str(HERE / "fortran" / "ae_scan.f90")], env=env, check=True)
        os.replace(str(bins["scan"]) + ".tmp", bins["scan"])
    if not bins["photo"].exists():
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "OGRE"], capture_output=True, text=True, check=True).stdout.split()
        subprocess.run(["g++", "-O1", "-std=c++14", f'-DOGRE_PLUGIN_DIR="{OGRE_PLUGIN_DIR}"', "-o", str(bins["photo"]) + ".tmp",
                        str(HERE / "ogre" / "ae_photo.cpp"), *flags], env=env, check=True)
        os.replace(str(bins["photo"]) + ".tmp", bins["photo"])
    return bins


# ---- plan ----------------------------------------------------------------------------------------

def _counts(n: int) -> dict[str, int]:
    total = sum(MIX.values())
    raw = {k: n * v / total for k, v in MIX.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(MIX).index(k)))[: n - sum(out.values())]:
        out[k] += 1
    return out


def kinds_for(n: int, seed: int) -> list[dict]:
    rng = random.Random(f"AE-plan:{n}:{seed}")
    kinds = [k for k, c in _counts(n).items() for _ in range(c)]
    rng.shuffle(kinds)
    plan = []
    per_kind: Counter = Counter()
    for i, kind in enumerate(kinds):
        caps = CAPTURES if kind in LICENCES else [c for c in CAPTURES if c != "e_pdf"]
        j = per_kind[kind]
        per_kind[kind] += 1
        cap = caps[(j + rng.randrange(len(caps)) if j == 0 else j + hash_int(kind, seed)) % len(caps)]
        if kind == "business_license":
            variant = rng.choice(["zhengben", "fuben"]) + "-" + rng.choice(["company", "company", "company", "geti", "branch"])
        elif kind == "food_business_license":
            variant = rng.choice(["zhengben", "fuben"])
        elif kind == "public_health_license":
            variant = "2019"
        elif kind == "other":
            variant = rng.choice(["hukou", "marriage", "receipt", "letter", "form"])
        else:
            variant = "2004"
        marks = [m for m in MARKS if rng.random() < {"watermark": 0.3, "copy_note": 0.3, "stamp": 0.15, "handwriting": 0.15}[m]]
        if cap in ("photocopy", "copy_of_copy") and "copy_note" not in marks and rng.random() < 0.6:
            marks.append("copy_note")
        if cap == "e_pdf":
            marks = [m for m in marks if m == "watermark"]
        plan.append({"index": i, "kind": kind, "variant": variant, "capture": cap, "marks": marks})
    return plan


def hash_int(s: str, seed: int) -> int:
    return int(hashlib.sha256(f"{s}:{seed}".encode()).hexdigest()[:6], 16)


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "marks": dict(Counter(m for f in files for m in f["marks"])), "formats": dict(Counter(x for f in files for x in f["formats"])),
            "unreadable": sum(1 for f in files for t in f["fields"].values() if t["unreadable"])}


# ---- occlusion -> honest unreadable flags ---------------------------------------------------------------

def _covered(box, inside) -> float:
    """Fraction of a field's box (page pixels) for which inside(x, y) holds, on a 12x6 grid."""
    x0, y0, x1, y1 = box
    hits = 0
    for a in range(12):
        for b in range(6):
            hits += bool(inside(x0 + (x1 - x0) * (a + 0.5) / 12, y0 + (y1 - y0) * (b + 0.5) / 6))
    return hits / 72


# ---- one document's jobs -------------------------------------------------------------------------------------

def _doc(i: int, entry: dict, seed: int) -> dict:
    rng = random.Random(f"AE:{seed}:{i}:{entry['kind']}:{entry['variant']}")
    cap = entry["capture"]
    page = L.BUILDERS[entry["kind"]](rng, entry["variant"], entry["marks"])
    if cap == "e_pdf":  # e-licences are typeset in TrueType faces borb can embed
        ttf = {"song": "truetype/arphic-gbsn00lp/gbsn00lp.ttf", "hei": "truetype/arphic-gbsn00lp/gbsn00lp.ttf",
               "kai": "truetype/arphic-gkai00mp/gkai00mp.ttf", "title": "truetype/arphic-gbsn00lp/gbsn00lp.ttf"}
        page = L.BUILDERS[entry["kind"]](random.Random(f"AE:{seed}:{i}:{entry['kind']}:{entry['variant']}"), entry["variant"],
                                         entry["marks"], pick=ttf)
    occluders = list(page.occl)
    p = {}
    stem = f"ae_{i:04d}_{entry['kind']}_{cap}"
    cr = random.Random(f"AE-cap:{seed}:{i}")
    W, H = page.w, page.h
    text_px = page.text_px
    scale_note = None
    if cap in PHOTO or cap == "chat_forward" and cr.random() < 0.5:
        land = W >= H
        pw, ph = (2048, 1536) if land else (1536, 2048)
        if entry["kind"].startswith("id_card"):
            pw, ph = (1600, 1200)
        p = {"W": pw, "H": ph, "seed": hash_int(stem, seed) % 100000, "ambient": round(cr.uniform(0.35, 0.55), 3),
             "lx": round(cr.uniform(-1, 1), 3), "ly": round(cr.uniform(-1, 1), 3), "lz": round(cr.uniform(1.2, 2.2), 3),
             "desk_r": round(cr.uniform(0.3, 0.75), 3), "desk_g": round(cr.uniform(0.25, 0.6), 3), "desk_b": round(cr.uniform(0.2, 0.5), 3),
             "grain": round(cr.random(), 3), "fov": round(cr.uniform(50, 62), 2), "roll": round(cr.uniform(-4, 4), 2),
             "tilt": round(cr.uniform(5, 28), 2), "yaw": round(cr.uniform(-30, 30), 2), "dist": round(cr.uniform(1.0, 1.15), 3),
             "bend": round(cr.uniform(-0.02, 0.05), 3), "curl": round(cr.uniform(0, 0.08), 3)}
        mode = cap if cap in PHOTO else "desk_photo"
        if mode == "handheld":
            p.update({"bend": round(cr.uniform(0.04, 0.12), 3), "roll": round(cr.uniform(-12, 12), 2), "tilt": round(cr.uniform(8, 30), 2),
                      "thumb": 1, "thumb_r": round(cr.uniform(0.045, 0.06), 3), "fold": round(cr.choice([0, 0, 0.04, 0.08]), 3),
                      "fold_at": round(cr.uniform(0.3, 0.7), 3)})
            side = cr.choice([0, 1])
            tu = cr.uniform(0.02, 0.2) if side == 0 else cr.uniform(0.8, 0.98)
            tv = cr.uniform(0.25, 0.85)
            ta = 0.0 if side == 0 else math.pi
            p.update({"thumb_u": round(tu, 4), "thumb_v": round(tv, 4), "thumb_a": round(ta, 4)})
            pwid = 1.0 if W >= H else W / H
            phgt = H / W if W >= H else 1.0
            r = p["thumb_r"]
            cx = (tu - 0.5) * pwid - math.cos(ta) * r * 1.6
            cy = (0.5 - tv) * phgt
            ax, ay = r * 2.6 * 1.15, r * 1.15  # footprint in page units, with a parallax margin

            def in_thumb(x, y, cx=cx, cy=cy, ax=ax, ay=ay, pwid=pwid, phgt=phgt):
                ux = (x / W - 0.5) * pwid - cx
                uy = (0.5 - y / H) * phgt - cy
                return (ux / ax) ** 2 + (uy / ay) ** 2 <= 1
            occluders.append(in_thumb)
        elif mode == "gaopaiyi":
            p.update({"tilt": 0, "yaw": 0, "roll": round(cr.uniform(-2, 2), 2), "bend": 0, "curl": 0, "dist": round(cr.uniform(0.95, 1.05), 3),
                      "desk_r": 0.12, "desk_g": 0.12, "desk_b": 0.13, "grain": 0, "lx": 0, "ly": 0, "lz": 2.5, "ambient": 0.6, "fov": 52})
        elif mode == "sleeve":
            gu, gv = cr.uniform(0.2, 0.8), cr.uniform(0.2, 0.8)
            gw, gh = cr.uniform(0.12, 0.3), cr.uniform(0.05, 0.12)
            p.update({"sleeve": 1, "glare_u": round(gu, 4), "glare_v": round(gv, 4), "glare_w": round(gw, 4), "glare_h": round(gh, 4)})
            k = 1.6 * math.sqrt(0.45) / 2

            def in_glare(x, y, gu=gu, gv=gv, gw=gw, gh=gh, k=k):
                return ((x / W - gu) / (gw * k)) ** 2 + ((y / H - gv) / (gh * k)) ** 2 <= 1
            occluders.append(in_glare)
        elif mode == "screen":
            p.update({"screen": 1, "pixels": cr.randint(700, 1100), "tilt": round(cr.uniform(0, 15), 2), "bend": 0, "curl": 0,
                      "dist": round(cr.uniform(0.95, 1.05), 3), "ambient": 0.3})
        elif mode == "desk_photo" and cr.random() < 0.3:
            cv = cr.uniform(0.8, 0.92)
            p.update({"cover": 1, "cover_v": round(cv, 4), "cover_tilt": round(cr.uniform(-0.04, 0.04), 4),
                      "cover_r": round(cr.uniform(0.1, 0.9), 3), "cover_g": round(cr.uniform(0.1, 0.9), 3), "cover_b": round(cr.uniform(0.1, 0.9), 3)})
            occluders.append(lambda x, y, cv=cv: y / H >= cv - 0.05)
        # how big the page's text is in the photo: page fills ~ (1/dist) of the frame width at fov ~55
        scale_note = min(p["W"] / W, p["H"] / H) * 0.85 / p["dist"]
    jobs: dict = {"stem": stem, "page": page, "capture": cap, "photo": p or None}
    fr = random.Random(f"AE-fmt:{seed}:{i}")
    if cap == "e_pdf":
        fmt = "pdf"
    elif cap == "fax":
        fmt = "tiff"
    elif cap in ("photocopy", "copy_of_copy", "flatbed"):
        fmt = fr.choice(["png", "tiff", "jpeg"])
    else:
        fmt = "jpeg"
    jobs["format"] = fmt
    # scan / finishing parameters (Fortran)
    idc = entry["kind"].startswith("id_card")
    sd = hash_int(stem + "scan", seed) % 100000
    if cap == "flatbed":
        jobs["scan"] = ("flatbed", sd, 0.68 if idc else round(fr.uniform(0.85, 1.05), 3), round(fr.uniform(-1.2, 1.2), 3),
                        0.35 if idc else 0.03, round(fr.random(), 3), 0)
        eff = jobs["scan"][2]
    elif cap in ("photocopy", "copy_of_copy"):
        jobs["scan"] = ("photocopy" if cap == "photocopy" else "copycopy", sd, 0.68 if idc else round(fr.uniform(0.85, 1.0), 3),
                        round(fr.uniform(-1.5, 1.5), 3), 0.35 if idc else 0.02, round(fr.uniform(0.3, 1.0), 3), round(fr.uniform(-1.2, 1.2), 3))
        eff = jobs["scan"][2]
    elif cap == "fax":
        fine = fr.random() < 0.4
        sc = 1728 * (0.45 if idc else 0.96) / W
        jobs["scan"] = ("fax", sd, round(sc, 5), round(fr.uniform(-1.0, 1.0), 3), 0.02, 196 / 204 if fine else 98 / 204, 1 if fr.random() < 0.3 else 0)
        jobs["fax_lpi"] = 196 if fine else 98
        eff = sc * (196 / 204 if fine else 98 / 204)
    elif cap == "scanner_app":
        jobs["scan"] = ("scanapp", sd, 0.8 if idc else 1.0, 0.0, 0.0, round(fr.random(), 3), 1 if fr.random() < 0.35 else 0)
        eff = jobs["scan"][2]
    elif cap == "chat_forward":
        long_side = fr.choice([1280, 1440, 1600, 1920])
        src_long = max(p["W"], p["H"]) if p else max(W, H)
        jobs["scan"] = ("chat", sd, 1, 0, 0, long_side, round(fr.uniform(6, 14), 2))
        eff = (scale_note or 1.0) * long_side / src_long
    elif cap in PHOTO:
        jobs["scan"] = ("photo", sd, 1, 0, 0, round(fr.uniform(0.3, 1.0), 3), round(fr.uniform(1.5, 4.0), 3))
        eff = scale_note
    else:
        eff = 1.0
    # a person cannot read characters whose height falls under ~7 output pixels (or fax lines)
    fields = {}
    for key, fdat in page.fields.items():
        unread = False
        box = fdat.get("box")
        if box and fdat["value"]:
            if text_px.get(key, 20) * eff < 7.0:
                unread = True
            for occ in occluders:
                if _covered(box, occ) > 0.2:
                    unread = True
        fields[key] = {"value": fdat["value"], "unreadable": unread}
    jobs["fields"] = fields
    return jobs


def _run(entries: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    bins = build()
    docs = [(i, e, _doc(i, e, seed)) for i, e in entries]
    with tempfile.TemporaryDirectory(prefix="docgen_ae_") as tmpd:
        tmp = Path(tmpd)
        # 1. pages (Rust): every raster page, in an order that keeps the drawer's faces warm
        pages = []
        for _i, _e, d in docs:
            if d["capture"] == "e_pdf":
                continue
            pg = d["page"]
            pages.append((tuple(sorted(pg.pick.values())), {"out": str(tmp / f"{d['stem']}.png"), "w": pg.w, "h": pg.h, "bg": pg.bg,
                                                             "faces": [str(L.FONT_DIRS / f) for f in pg.faces], "ops": pg.ops}))
        pages.sort(key=lambda t: (t[0], t[1]["out"]))
        if pages:
            _stream([str(bins["pages"])], [json.dumps(pj, ensure_ascii=False) for _, pj in pages], _child_env({"RUST_BACKTRACE": "1"}))
        # PNG -> PPM container change for the C++/Fortran readers
        from PIL import Image

        for _i, _e, d in docs:
            if d["capture"] != "e_pdf":
                with Image.open(tmp / f"{d['stem']}.png") as im:
                    im.convert("RGB").save(tmp / f"{d['stem']}.ppm")
        # 2. photos (OGRE under a private Xvfb)
        photo_lines = []
        for _i, _e, d in docs:
            if d["photo"]:
                kv = " ".join(f"{k} {v}" for k, v in sorted(d["photo"].items()))
                photo_lines.append(f"{tmp / (d['stem'] + '.ppm')} {tmp / (d['stem'] + '.photo.ppm')} {kv}")
        if photo_lines:
            _with_xvfb([str(bins["photo"])], photo_lines, tmp)
        # 3. scans, copies, faxes, chat forwards, photo finishing (Fortran)
        scan_lines = []
        for _i, _e, d in docs:
            if "scan" in d:
                mode, sd, sc, skew, p1, p2, p3 = d["scan"]
                src = tmp / (d["stem"] + (".photo.ppm" if d["photo"] else ".ppm"))
                ext = ".ppm" if mode in ("flatbed", "chat", "photo") or (mode == "scanapp" and p3 < 0.5) else ".pgm"
                d["pnm"] = tmp / (d["stem"] + ".out" + ext)
                scan_lines.append(f'{mode} "{src}" "{d["pnm"]}" {sd} {sc} {skew} {p1} {p2} {p3}')
        if scan_lines:
            _stream([str(bins["scan"])], scan_lines, _child_env({"GFORTRAN_UNBUFFERED_PRECONNECTED": "y"}))
        # 4. e-licences (borb)
        pdf_lines = []
        for _i, _e, d in docs:
            if d["capture"] == "e_pdf":
                pdf_lines.append(json.dumps(_pdf_job(d["page"], str(out_dir / f"{d['stem']}.pdf")), ensure_ascii=False))
        if pdf_lines:
            _stream([sys.executable, "-m", "benchmarks.docgen_ae.pdf_borb"], pdf_lines,
                    _child_env({"PYTHONPATH": os.pathsep.join([str(HERE.parent.parent), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]),
                                "PYTHONHASHSEED": "0"}))
        # 5. containers
        results = []
        for _i, e, d in docs:
            fmt = d["format"]
            name = f"{d['stem']}.{'jpg' if fmt == 'jpeg' else 'tif' if fmt == 'tiff' else fmt}"
            if fmt != "pdf":
                with Image.open(d["pnm"]) as im:
                    if fmt == "jpeg":
                        q = 72 + hash_int(d["stem"], seed) % 22 if d["capture"] != "chat_forward" else 70 + hash_int(d["stem"], seed) % 12
                        im.convert("RGB" if im.mode != "L" else "L").save(out_dir / name, "JPEG", quality=q)
                    elif fmt == "tiff" and d["capture"] == "fax":
                        im.convert("1", dither=Image.Dither.NONE).save(out_dir / name, "TIFF", compression="group4", dpi=(204, d["fax_lpi"]))
                    elif fmt == "tiff":
                        im.save(out_dir / name, "TIFF", compression="tiff_lzw", dpi=(200, 200))
                    else:
                        im.save(out_dir / name, "PNG", dpi=(200, 200))
            pg = d["page"]
            results.append({"file": name, "kind": e["kind"], "variant": e["variant"], "capture": d["capture"], "marks": list(e["marks"]),
                            "faces": sorted(Path(f).name for f in pg.used), "formats": [fmt], "fields": d["fields"]})
    return results


PDF_FALLBACK = "truetype/droid/DroidSansFallbackFull.ttf"
PDF_FACES = ["truetype/arphic-gbsn00lp/gbsn00lp.ttf", "truetype/arphic-gkai00mp/gkai00mp.ttf", PDF_FALLBACK,
             "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"]


def _pdf_face(page, role: str, ch: str) -> str:
    f = page.face_for(role, ch)
    if f.endswith(".ttf") and ord(ch) in L.face_metrics(f)[0]:
        return f
    for f in PDF_FACES:
        if L.installed(f) and ord(ch) in L.face_metrics(f)[0]:
            return f
    raise ValueError(f"no TrueType face for {ch!r} in the e-licence")


def _pdf_runs(page, op: dict, color) -> list[dict]:
    """A text op as runs of one TrueType face each (cmap-checked), at measured x offsets."""
    runs, x = [], op["x"]
    cur, face, x0 = "", None, x
    for ch in op["txt"]:
        f = _pdf_face(page, op.get("role", "song"), ch) if ch.strip() else (face or PDF_FALLBACK)
        if face is not None and f != face:
            runs.append({"t": "text", "x": x0, "y": op["y"], "s": op["s"], "c": color, "txt": cur, "sp": op.get("sp", 0), "face": str(L.FONT_DIRS / face)})
            cur, x0 = "", x
        face = f
        cur += ch
        x += page.adv(op.get("role", "song"), ch, op["s"]) + op.get("sp", 0)
    if cur.strip():
        runs.append({"t": "text", "x": x0, "y": op["y"], "s": op["s"], "c": color, "txt": cur, "sp": op.get("sp", 0), "face": str(L.FONT_DIRS / face)})
    return runs


def _pdf_job(page, out: str) -> dict:
    items = []
    for op in page.ops:
        t = op["t"]
        if t == "text" and abs(op.get("rot", 0)) < 0.01 and op["txt"].strip():
            items += _pdf_runs(page, op, op["c"][:3])
        elif t == "text":  # watermark rows: kept as text, unrotated, in a light grey
            items += _pdf_runs(page, op, [205, 205, 205])
        elif t in ("rect", "poly", "circle", "qr"):
            items.append({k: v for k, v in op.items() if k != "bm"})
        elif t == "arctext":
            n = len(op["txt"])
            for k, ch in enumerate(op["txt"]):
                a = math.radians(op["a0"] + (op["a1"] - op["a0"]) * k / max(1, n - 1) - 90)
                items.append({"t": "text", "x": op["cx"] + op["r"] * math.cos(a) - op["s"] / 2, "y": op["cy"] + op["r"] * math.sin(a) + op["s"] / 3,
                              "s": op["s"] * 0.8, "c": op["c"][:3], "txt": ch, "sp": 0, "face": str(L.FONT_DIRS / _pdf_face(page, "song", ch))})
    return {"out": out, "w": page.w, "h": page.h, "scale": 842.0 / max(page.w, page.h), "items": items}


def _stream(cmd: list[str], lines: list[str], env: dict) -> None:
    """One process for all jobs: lines in, one "ok" line out per job."""
    import time
    t0 = time.perf_counter()
    if os.environ.get("DOCGEN_AE_DEBUG"):
        print("stream", Path(cmd[-1]).name, len(lines), file=sys.stderr)
    r = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, env=env, timeout=3000)
    oks = [ln for ln in r.stdout.splitlines() if ln.startswith("ok ")]
    if r.returncode != 0 or len(oks) != len(lines):
        raise RuntimeError(f"{Path(cmd[-1]).name} failed ({r.returncode}, {len(oks)}/{len(lines)}): {r.stderr[-1500:]}")
    if os.environ.get("DOCGEN_AE_DEBUG"):
        import resource
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        print("  took", round(time.perf_counter() - t0, 1), "children cpu so far", round(ru.ru_utime + ru.ru_stime, 1), file=sys.stderr)


def _with_xvfb(cmd: list[str], lines: list[str], tmp: Path) -> None:
    rfd, wfd = os.pipe()
    xv = subprocess.Popen(["Xvfb", "-displayfd", str(wfd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
                          pass_fds=(wfd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_child_env())
    os.close(wfd)
    try:
        disp = b""
        with os.fdopen(rfd, "rb") as f:
            while not disp.endswith(b"\n"):
                ch = f.read(1)
                if not ch:
                    break
                disp += ch
        if not disp.strip():
            raise RuntimeError("Xvfb did not start")
        env = _child_env({"DISPLAY": ":" + disp.decode().strip(), "LIBGL_ALWAYS_SOFTWARE": "1", "GALLIUM_DRIVER": "llvmpipe",
                          "MESA_LOADER_DRIVER_OVERRIDE": "llvmpipe", "LP_NUM_THREADS": "1"})
        old = os.getcwd()
        _stream_cwd(cmd, lines, env, tmp)
        assert os.getcwd() == old
    finally:
        xv.terminate()
        xv.wait(timeout=20)


def _stream_cwd(cmd, lines, env, cwd) -> None:
    r = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, env=env, cwd=cwd, timeout=3000)
    oks = [ln for ln in r.stdout.splitlines() if ln.startswith("ok ")]
    if r.returncode != 0 or len(oks) != len(lines):
        raise RuntimeError(f"ae_photo failed ({r.returncode}, {len(oks)}/{len(lines)}): {r.stderr[-1500:]}")


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    return _run([(i, entry)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 1414) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _run([(e["index"], e) for e in plan], seed, out_dir)
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
