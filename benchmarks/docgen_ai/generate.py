"""Family AI, written blind in session 39: pages as PostScript programs rendered by Ghostscript
(ppmraw; e-licence PDFs through pdfwrite with the CJK fonts embedded), photographs as three.js
scenes in headless Chromium (WebGL on SwiftShader), and the capture damage of scans, copies,
faxes, scanner apps, chat forwards and the camera's sensor in GNU Guile. Python only plans,
writes the programs and the truth, and encodes the finished pixels (Pillow: PNG / JPEG / TIFF G3).

One Ghostscript raster run, one pdfwrite run, one browser and one Guile process per generate call;
make_one(i, plan[i], seed, out) runs the same pipeline for one file and gives the same bytes."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from . import docs, ps
from . import marks as M

HERE = Path(__file__).resolve().parent
SOURCES = ["__init__.py", "generate.py", "docs.py", "marks.py", "ps.py", "values.py", "captures.scm", "photo.mjs",
           "photo_scene.js"]
THREE_VERSION = "0.187.0"
DEFAULT_SEED = 2525
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_ai"

MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
PHOTO = ("desk_photo", "handheld", "gaopaiyi", "sleeve", "screen")
FLAT = ("scan", "copy", "copy2", "fax_std", "fax_fine", "scanner_app", "chat")
CAPS = {
    "id_card_front": ["scan", "copy", "copy2", "fax_fine", "scanner_app", "chat", "desk_photo", "handheld", "gaopaiyi",
                      "sleeve", "screen", "copy", "handheld", "fax_std"],
    "id_card_back": ["scan", "copy", "copy2", "fax_std", "scanner_app", "chat", "desk_photo", "handheld", "gaopaiyi",
                     "sleeve", "screen", "fax_fine"],
    "business_license": ["scan", "copy", "copy2", "fax_std", "fax_fine", "scanner_app", "chat", "desk_photo", "handheld",
                         "gaopaiyi", "sleeve", "screen", "pdf", "pdf", "copy", "scan"],
    "public_health_license": ["scan", "copy", "fax_fine", "scanner_app", "chat", "desk_photo", "handheld", "sleeve",
                              "screen", "pdf", "gaopaiyi", "copy2", "fax_std"],
    "food_business_license": ["scan", "copy", "copy2", "fax_std", "fax_fine", "scanner_app", "chat", "desk_photo",
                              "handheld", "gaopaiyi", "sleeve", "screen", "pdf"],
    "other": ["scan", "copy", "fax_std", "scanner_app", "chat", "desk_photo", "handheld", "gaopaiyi", "fax_fine", "screen"],
}
UNSEEN = {"name", "address", "id_number", "legal_representative", "business_scope", "license_no", "credit_code",
          "premises_address", "issuing_authority", "valid_from", "license_items", "business_items"}


def missing_tools() -> list[str]:
    """What this generator needs that the machine lacks (make sysdeps installs the Debian ones)."""
    need = {"gs": "ghostscript", "guile": "guile-3.0", "node": "nodejs", "chromium": "chromium", "pdftotext": "poppler-utils"}
    out = [f"{pkg} ({exe})" for exe, pkg in need.items() if shutil.which(exe) is None]
    for name, (path, _sub) in ps.FONTS.items():
        if not Path(path).exists():
            out.append(f"font {name} ({path})")
    return out


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"ai:{n}:{seed}:three{THREE_VERSION}".encode())
    for s in SOURCES:
        h.update((HERE / s).read_bytes())
    return h.hexdigest()[:16]


def _src_hash() -> str:
    h = hashlib.sha256()
    for s in SOURCES:
        h.update((HERE / s).read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[tuple[str, str]]:
    """The plan: (kind, capture) per file. The default mix scaled to n, every kind once when n ≥ 6,
    captures dealt round-robin per kind from a seed-shuffled list."""
    r = random.Random(seed * 7919 + n)
    total = sum(c for _, c in MIX)
    counts = {k: max(1 if n >= len(MIX) else 0, round(c * n / total)) for k, c in MIX}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    plan = []
    for k, c in counts.items():
        caps = CAPS[k][:]
        r.shuffle(caps)
        plan += [(k, caps[j % len(caps)]) for j in range(c)]
    r.shuffle(plan)
    if n == 6:  # the test set: every kind, a photo (file 3, the one made again), a PDF, a fax
        plan = [("id_card_front", "copy"), ("public_health_license", "scan"), ("other", "fax_fine"),
                ("business_license", "desk_photo"), ("food_business_license", "pdf"), ("id_card_back", "chat")]
    return plan


# ------------------------------------------------------------------ planning one file
def _overlap(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    h = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    return w * h / max(1e-6, aw * ah)


def _covered(box, ells, rects) -> float:
    """The share of a value box (sampled on a 16 x 8 grid) inside any occluder ellipse or rectangle."""
    bx, by, bw, bh = box
    hit = 0
    for a in range(16):
        for b in range(8):
            x, y = bx + bw * (a + 0.5) / 16, by + bh * (b + 0.5) / 8
            if any(((x - ex) / ew) ** 2 + ((y - ey) / eh) ** 2 <= 1 for ex, ey, ew, eh in ells) or \
                    any(rx <= x <= rx + rw and ry <= y <= ry + rh for rx, ry, rw, rh in rects):
                hit += 1
    return hit / 128


def _prepare(i: int, entry, seed: int) -> dict:
    kind, cap = entry
    r = random.Random(f"ai-{seed}-{i}")
    pg, fields, variant, faces = docs.BUILDERS[kind](r)
    marks: list[str] = []
    is_id = kind.startswith("id_card")
    copyish = cap in ("copy", "copy2", "fax_std", "fax_fine", "scan", "scanner_app", "chat")
    # marks on the document itself (under the print)
    if copyish and kind != "other" and r.random() < 0.4:
        marks.append(M.watermark(pg, r))
    if copyish and kind in ("business_license", "food_business_license") and r.random() < 0.35:
        owner = fields.get("name", "")
        marks.append(M.seal_over(pg, r, owner, ["name", "address", "business_scope"]))
    sheet = pg
    dpi_scale = 1.0
    if is_id and cap in ("copy", "copy2", "fax_std", "fax_fine", "scan", "scanner_app"):
        # the card on a sheet: A4 for copies and faxes (often enlarged), a scanner's cropped bed for scans
        if cap == "scan" or cap == "scanner_app":
            sheet = ps.Page(150, 100)
            sx, sy, sc = r.uniform(12, 40), r.uniform(8, 14), 1.0
        else:
            sheet = ps.Page(210, 297)
            sc = r.choice([1.0, 1.41, 1.41, 1.6]) if cap != "fax_std" else r.choice([1.41, 1.6])
            sx, sy = (210 - 85.6 * sc) / 2 + r.uniform(-15, 15), r.uniform(25, 60)
        sheet.into("bg")
        sheet.color(1, 1, 1)
        sheet.box(0, 0, sheet.w, sheet.h, fill=True)
        sheet.color(0.55, 0.55, 0.55)
        sheet.box(sx - 0.3, sy - 0.3, 85.6 * sc + 0.6, 54 * sc + 0.6, lw=0.35)
        sheet.into("main")
        sheet.embed(pg, sx, sy, scale=sc)
        zone = (sx, sy + 54 * sc + 6, min(110, sheet.w - sx - 5), min(40, sheet.h - (sy + 54 * sc + 6) - 5))
        sheet.free = zone
        dpi_scale = sc
    if copyish and kind != "other" and sheet.free and r.random() < 0.5:
        m = M.certify(sheet, r, sheet.free)
        if m:
            marks.append(m)
    elif copyish and sheet.free and r.random() < 0.3:
        m = M.handwriting(sheet, r, sheet.free)
        if m:
            marks.append(m)
    marks = [m for m in marks if m]
    fmt, job = _capture(r, cap, kind, sheet, is_id)
    unreadable: set[str] = set()
    occluders = []
    if cap in ("desk_photo", "handheld", "sleeve") and kind != "other" and r.random() < 0.35:
        target = r.choice(sorted(k for k in fields if k in sheet.boxes and k in UNSEEN and fields[k]))
        bx, by, bw, bh = sheet.boxes[target]
        how = r.choice(["glare", "thumb"])
        if how == "glare":
            gw, gh = min(max(bw * 0.6, 14), 45), max(bh * 1.2, 7)
            o = {"type": "glare", "x": bx + bw * r.uniform(0.2, 0.6) - gw / 2, "y": by + bh / 2 - gh / 2, "w": gw, "h": gh}
            # washed out (text under ~20 % contrast) where the two additive spots sum past ~0.8:
            # about 0.7 of the larger spot's half-size, an ellipse of 1.05 gw x 1.33 gh
            ells = [(o["x"] + o["w"] / 2, o["y"] + o["h"] / 2, 0.525 * gw, 0.665 * gh)]
            rects = []
        else:
            tw_, th_ = (18, 15) if is_id else (22, 19)
            cx = bx + min(bw, 30) * r.uniform(0.2, 0.7)
            edge = "left" if cx < sheet.w / 2 else "right"
            o = {"type": "thumb", "x": cx - tw_ / 2, "y": by + bh / 2 - th_ / 2, "w": tw_, "h": th_, "edge": edge}
            fx0, fx1 = (-50, cx) if edge == "left" else (cx, sheet.w + 50)
            ells = [(cx, by + bh / 2, tw_ / 2, th_ / 2)]
            rects = [(fx0, o["y"], fx1 - fx0, th_)]
        occluders.append(o)
        marks.append(how)
        for k in fields:
            if k in sheet.boxes and _covered(sheet.boxes[k], ells, rects) > 0.12:
                unreadable.add(k)
                if k == "valid_from" and kind == "id_card_back":
                    unreadable.add("valid_to")
    if job is not None:
        job["occluders"] = occluders
    truth_fields = {k: {"value": v, "unreadable": k in unreadable} for k, v in fields.items()}
    if kind == "id_card_back" and "valid_from" in unreadable:
        truth_fields["valid_to"]["unreadable"] = True
    name = f"ai_{i:03d}_{kind}_{cap}.{fmt}"
    faces_list = sorted(set(faces))
    formats = [fmt]
    truth = {"file": name, "kind": kind, "fields": truth_fields, "capture": cap, "variant": variant,
             "marks": sorted(set(marks)), "faces": faces_list, "formats": formats}
    return {"i": i, "truth": truth, "page": sheet, "cap": cap, "job": job, "fmt": fmt, "seed": r.randint(1, 2 ** 30),
            "dpi_scale": dpi_scale, "r": r, "is_id": is_id}


def _capture(r: random.Random, cap: str, kind: str, pg: ps.Page, is_id: bool):
    """The output format and (for photographs) the three.js scene parameters."""
    if cap == "pdf":
        return "pdf", None
    if cap in FLAT:
        fmt = {"scan": r.choice(["png", "jpg"]), "copy": r.choice(["png", "jpg"]), "copy2": "jpg", "fax_std": "tif",
               "fax_fine": "tif", "scanner_app": "jpg", "chat": "jpg"}[cap]
        return fmt, None
    portrait = pg.h > pg.w
    w, h = (1200, 1600) if portrait else (1600, 1200)
    setup = {"desk_photo": "desk", "handheld": "handheld", "gaopaiyi": "gaopaiyi", "sleeve": "sleeve", "screen": "screen"}[cap]
    job = {"w": w, "h": h, "doc_w": pg.w, "doc_h": pg.h, "setup": setup,
           "bg": {"desk": r.choice(["wood", "gray", "white"]), "handheld": r.choice(["cloth", "gray", "wood", "office"]),
                  "gaopaiyi": r.choice(["pad", "white"]), "sleeve": r.choice(["wood", "gray", "cloth"]), "screen": "office"}[setup],
           "bend": 0 if setup == "screen" else r.uniform(0, 3 if is_id else 7), "curl": 0 if setup in ("screen", "gaopaiyi") else r.uniform(0, 1.0),
           "sky": [1, 1, r.uniform(0.9, 1)], "ambient": r.uniform(0.7, 1.1) if setup != "gaopaiyi" else 1.2,
           "light_color": r.choice([[1, 0.95, 0.85], [0.9, 0.95, 1], [1, 1, 1]]), "light": r.uniform(1.0, 1.8),
           "light_dir": [r.uniform(-200, 200), r.uniform(-200, 200), 400], "point": 0, "point_pos": [0, 0],
           "fov": r.uniform(50, 66), "fill": r.uniform(0.72, 0.9), "offx": r.uniform(-0.03, 0.03), "offy": r.uniform(-0.03, 0.03),
           "tilt_x": 0.0, "tilt_y": 0.0, "roll": 0.0, "screen_gain": r.uniform(0.85, 1.0), "pitch": r.choice([2.5, 3, 3.5]),
           "stripe_alpha": r.uniform(0.15, 0.35)}
    if setup == "desk":
        job.update(tilt_x=r.uniform(3, 18), tilt_y=r.uniform(-8, 8), roll=r.uniform(-8, 8))
    elif setup == "handheld":
        job.update(tilt_x=r.uniform(8, 26), tilt_y=r.uniform(-12, 12), roll=r.uniform(-15, 15), fill=r.uniform(0.7, 0.86))
    elif setup == "gaopaiyi":
        job.update(tilt_x=r.uniform(0, 2), tilt_y=r.uniform(-1.5, 1.5), roll=r.choice([0, 0, 90, -90, 180]) + r.uniform(-2, 2),
                   fov=r.uniform(40, 50), fill=r.uniform(0.7, 0.85))
        if abs(job["roll"]) > 45 and abs(job["roll"]) < 135:
            job.update(w=job["h"], h=job["w"])
    elif setup == "sleeve":
        job.update(tilt_x=r.uniform(4, 20), tilt_y=r.uniform(-10, 10), roll=r.uniform(-6, 6), point=r.uniform(0.3, 0.7),
                   point_pos=[r.uniform(-0.4, 0.4), r.uniform(-0.4, 0.4)])
    else:
        job.update(tilt_x=r.uniform(0, 14), tilt_y=r.uniform(-14, 14), roll=r.uniform(-6, 6), ambient=0.4, light=0.4)
    return ("jpg", job)


# ------------------------------------------------------------------ the engines
def _gs_env() -> dict:
    return {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "LC_ALL": "C"}


def _fontdir() -> Path:
    d = CACHE / _src_hash()
    d.mkdir(parents=True, exist_ok=True)
    (d / "cidfmap").write_text(ps.cidfmap(), encoding="ascii")
    return d


def _gs(ps_path: Path, device: str, out_pattern: Path, fontdir: Path) -> None:
    cmd = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", f"-I{fontdir}", "--permit-file-read=/usr/share/fonts/",
           f"-sDEVICE={device}", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-sOutputFile={out_pattern}"]
    if device == "pdfwrite":
        cmd = [c for c in cmd if "AlphaBits" not in c] + ["-dEmbedAllFonts=true", "-dSubsetFonts=true", "-dCompatibilityLevel=1.6"]
    p = subprocess.run(cmd + [str(ps_path)], env=_gs_env(), capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        raise RuntimeError(f"ghostscript {device} failed: {p.stdout[-1500:]} {p.stderr[-1500:]}")


def _guile_compiled() -> Path:
    d = CACHE / _src_hash()
    go = d / "captures.go"
    if not go.exists():
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f"captures.{os.getpid()}.go"
        expr = (f'(use-modules (system base compile)) (compile-file "{HERE / "captures.scm"}" #:output-file "{tmp}")')
        subprocess.run(["guile", "--no-auto-compile", "-c", expr], env={**_gs_env(), "GUILE_AUTO_COMPILE": "0"},
                       check=True, capture_output=True, timeout=600)
        tmp.rename(go)
    return go


def _three_dir() -> Path:
    d = CACHE / "npm"
    mod = d / "node_modules" / "three" / "build" / "three.module.js"
    if not mod.exists():
        d.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(d), f"three@{THREE_VERSION}"],
                       check=True, capture_output=True, timeout=600,
                       env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(Path.home())})
    return mod


DPI = {"scan": 170, "copy": 150, "copy2": 150, "scanner_app": 170, "chat": 130, "pdf": 72}


def _render_dpi(it: dict) -> float | tuple[float, float]:
    cap = it["cap"]
    if cap == "fax_std":
        return (204, 98)
    if cap == "fax_fine":
        return (204, 196)
    if cap in PHOTO:
        return 400 if it["is_id"] else 130
    if it["is_id"]:
        return {"scan": 300, "scanner_app": 300, "chat": 300}.get(cap, 200 if it["dpi_scale"] < 1.3 else 150)
    return DPI[cap]


def _program(pg: ps.Page, dpi) -> str:
    if isinstance(dpi, tuple):
        return pg.program(dpi[0]).replace(f"/HWResolution [{dpi[0]} {dpi[0]}]", f"/HWResolution [{dpi[0]} {dpi[1]}]", 1)
    return pg.program(dpi)


def _guile_ops(it: dict) -> list[str]:
    r = random.Random(it["seed"])
    cap = it["cap"]
    if cap == "scan":
        return ["(tint 99 98 95)", "(blur 1)", f"(curve 1.0 {r.randint(-6, 2)} {r.uniform(0.9, 1.1):.2f})", f"(noise {r.randint(3, 7)})",
                f"(shear {r.uniform(-0.012, 0.012):.4f} 250)", f"(specks {r.randint(0, 60)} 90)"]
    if cap in ("copy", "copy2"):
        one = ["(gray)", "(blur 1)", f"(curve {r.uniform(1.15, 1.45):.2f} {r.randint(-55, -25)} {r.uniform(1.1, 1.5):.2f})",
               f"(noise {r.randint(6, 14)})", f"(specks {r.randint(80, 500)} {r.randint(0, 60)})", f"(vstreaks {r.randint(0, 3)} {r.randint(20, 60)})",
               f"(edges {r.randint(10, 40)} {r.randint(60, 160)})", f"(shear {r.uniform(-0.015, 0.015):.4f} 255)"]
        if cap == "copy2":
            return one + ["(blur 1)", f"(curve 1.2 -25 {r.uniform(1.05, 1.3):.2f})", f"(noise {r.randint(6, 12)})",
                          f"(specks {r.randint(100, 400)} 20)", f"(vshear {r.uniform(-0.01, 0.01):.4f} 255)"]
        return one
    if cap in ("fax_std", "fax_fine"):
        return ["(gray)", f"(curve 1.1 -10 {r.uniform(0.9, 1.2):.2f})", f"(shear {r.uniform(-0.01, 0.01):.4f} 255)",
                f"(threshold {r.randint(135, 165)} {r.randint(10, 30)})", f"(specks {r.randint(50, 300)} 0)",
                f"(hdrop {r.randint(0, 12)})", f"(vstreaks {r.randint(0, 1)} 255)"]
    if cap == "scanner_app":
        return [f"(curve {r.uniform(1.15, 1.3):.2f} {r.randint(-30, -15)} {r.uniform(1.1, 1.35):.2f})", f"(noise {r.randint(2, 5)})",
                f"(vshear {r.uniform(-0.008, 0.008):.4f} 255)"] + (["(gray)"] if r.random() < 0.4 else [])
    if cap == "chat":
        return [f"(tint {r.randint(95, 100)} {r.randint(95, 100)} {r.randint(90, 100)})", f"(noise {r.randint(2, 6)})"]
    # photographs: the sensor
    return [f"(tint {r.randint(92, 104)} {r.randint(94, 102)} {r.randint(88, 104)})", f"(vignette {r.uniform(0.1, 0.35):.2f})",
            f"(noise {r.randint(3, 9)})"] + (["(blur 1)"] if r.random() < 0.3 else [])


def _encode(it: dict, pnm: Path, out: Path) -> None:
    from PIL import Image

    r = random.Random(it["seed"] + 1)
    im = Image.open(pnm)
    im.load()
    cap, fmt = it["cap"], it["fmt"]
    if fmt == "tif":
        im = im.convert("1", dither=Image.Dither.NONE)
        im.save(out, compression="group3", dpi=(204, 98 if cap == "fax_std" else 196))
        return
    if cap == "chat":
        long = max(im.size)
        target = r.choice([1080, 1280, 960]) if not it["is_id"] else r.choice([800, 1011])
        if long > target:
            im = im.resize((round(im.width * target / long), round(im.height * target / long)), Image.Resampling.BILINEAR)
        import io

        b = io.BytesIO()
        im.save(b, "JPEG", quality=r.randint(70, 85))
        im = Image.open(io.BytesIO(b.getvalue()))
        im.save(out, "JPEG", quality=r.randint(55, 70))
        return
    if fmt == "png":
        im.save(out, "PNG", dpi=(DPI.get(cap, 150),) * 2)
    else:
        im.save(out, "JPEG", quality=r.randint(78, 92) if cap != "scan" else 90)


def _run_batch(items: list[dict], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    fontdir = _fontdir()
    with tempfile.TemporaryDirectory(prefix="docgen_ai_") as td:
        tmp = Path(td)
        raster = [it for it in items if it["cap"] != "pdf"]
        pdfs = [it for it in items if it["cap"] == "pdf"]
        if raster:
            (tmp / "pages.ps").write_text(ps.PROLOG + "".join(_program(it["page"], _render_dpi(it)) for it in raster), encoding="ascii")
            _gs(tmp / "pages.ps", "ppmraw", tmp / "page%04d.ppm", fontdir)
            for k, it in enumerate(raster):
                it["raw"] = tmp / f"page{k + 1:04d}.ppm"
        if pdfs:
            (tmp / "e.ps").write_text(ps.PROLOG + "".join(it["page"].program(72) for it in pdfs), encoding="ascii")
            _gs(tmp / "e.ps", "pdfwrite", tmp / "e%04d.pdf", fontdir)
            for k, it in enumerate(pdfs):
                shutil.copyfile(tmp / f"e{k + 1:04d}.pdf", out_dir / it["truth"]["file"])
        photos = [it for it in raster if it["cap"] in PHOTO]
        if photos:
            from PIL import Image

            lines = []
            for it in photos:
                tex = tmp / f"tex{it['i']:04d}.png"
                Image.open(it["raw"]).save(tex, compress_level=1)
                job = dict(it["job"], texture=str(tex), out=str(tmp / f"photo{it['i']:04d}.ppm"), seed=it["seed"])
                lines.append(json.dumps(job))
                it["raw"] = Path(job["out"])
            (tmp / "photos.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp), "AI_PROFILE": str(tmp / "profile"), "LC_ALL": "C"}
            p = subprocess.run(["node", str(HERE / "photo.mjs"), str(_three_dir()), str(HERE / "photo_scene.js"),
                                str(tmp / "photos.jsonl"), shutil.which("chromium") or "chromium"],
                               env=env, capture_output=True, text=True, timeout=1800)
            if p.returncode != 0 or any(not it["raw"].exists() for it in photos):
                raise RuntimeError(f"three.js photos failed: {p.stdout[-800:]} {p.stderr[-1500:]}")
        jobs = []
        for it in raster:
            out = tmp / f"cap{it['i']:04d}.pnm"
            jobs.append(f'("{it["raw"]}" "{out}" {it["seed"]} ' + " ".join(_guile_ops(it)) + ")")
            it["pnm"] = out
        if jobs:
            (tmp / "jobs.scm").write_text("\n".join(jobs) + "\n", encoding="utf-8")
            go = _guile_compiled()
            subprocess.run(["guile", "--no-auto-compile", "-c", f'(load-compiled "{go}")', str(tmp / "jobs.scm")],
                           env={**_gs_env(), "GUILE_AUTO_COMPILE": "0"}, check=True, capture_output=True, timeout=1800)
            for it in raster:
                _encode(it, it["pnm"], out_dir / it["truth"]["file"])


def make_one(i: int, entry, seed: int, out_dir) -> dict:
    out_dir = Path(out_dir)
    it = _prepare(i, tuple(entry), seed)
    _run_batch([it], out_dir)
    return it["truth"]


def generate(out_dir, n: int = 150, seed: int = DEFAULT_SEED) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    items = [_prepare(i, e, seed) for i, e in enumerate(plan)]
    _run_batch(items, out_dir)
    truth = {"family": "AI", "seed": seed, "n": n, "params_hash": params_hash(n, seed),
             "engines": {"pages": "Ghostscript (PostScript programs, CID-keyed TrueType CJK fonts)",
                         "pdf": "Ghostscript pdfwrite", "photos": f"three.js {THREE_VERSION} in headless Chromium (SwiftShader WebGL)",
                         "captures": "GNU Guile 3.0 pixel code", "encoding": "Pillow"},
             "files": [it["truth"] for it in items]}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "marks": dict(Counter(m for f in files for m in f["marks"])), "formats": dict(Counter(f["formats"][0] for f in files)),
            "unreadable": sum(1 for f in files for t in f["fields"].values() if t["unreadable"])}
