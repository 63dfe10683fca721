"""Family AF's generator: the plan, the engines and the truth.

Pages are drawn by a Nim program on stb_truetype (nim/afpage.nim), e-licences written by a PoDoFo
C++ program (cpp/afpdf.cpp), photos / hand-held shots / 高拍仪 frames / sleeves / screens rendered by
Kivy under a private Xvfb (kivy_photo.py), scans / copies / faxes / scanner-app output / chat
forwards processed by a Common Lisp program on SBCL (lisp/afscan.lisp). Each engine is one process per
generate call; the compiled ones are built once per source hash into ~/.cache/zongchuang/docgen_af/.
Python only plans, lays out (layout.py), decides the truth and changes containers with Pillow.
"""

from __future__ import annotations

import hashlib
import importlib.util
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

from benchmarks.docgen_af import layout as Lay
from benchmarks.docgen_af import scene

HERE = Path(__file__).resolve().parent
FAMILY = "AF"
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
SCANS = ["flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app", "chat_forward"]
PHOTOS = ["desk_photo", "handheld", "gaopaiyi", "sleeve", "screen"]
LICENCES = {"business_license", "public_health_license", "food_business_license"}
CAPTURES = SCANS + PHOTOS + ["e_licence_pdf"]


def _sources() -> list[Path]:
    return sorted(p for p in HERE.rglob("*") if p.suffix in {".py", ".nim", ".c", ".lisp", ".cpp"} and "__pycache__" not in p.parts)


def source_hash() -> str:
    h = hashlib.sha256()
    for p in _sources():
        h.update(p.relative_to(HERE).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"AF|{n}|{seed}|{source_hash()}".encode()).hexdigest()[:16]


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_af" / source_hash()


def _env(extra: dict | None = None) -> dict:
    """The explicit environment every engine runs in (nothing of the caller's leaks in)."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "HOME": str(cache_root()),
           "OMP_NUM_THREADS": "1", "TZ": "UTC"}
    env.update(extra or {})
    return env


# ---- building the engines -------------------------------------------------------------------------
def missing_tools() -> list[str]:
    out = [t for t in ("nim", "sbcl", "g++", "Xvfb") if shutil.which(t) is None]
    if not Path("/usr/include/stb/stb_truetype.h").exists():
        out.append("libstb-dev")
    if not Path("/usr/include/podofo/podofo.h").exists():
        out.append("libpodofo-dev")
    if importlib.util.find_spec("kivy") is None:
        out.append("kivy (pip)")
    return out


def _build(name: str, cmd_for, check: Path) -> Path:
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    if check.exists():
        return check
    tmp = Path(tempfile.mkdtemp(prefix=f"build_{name}_", dir=root))
    try:
        out = tmp / check.name
        subprocess.run(cmd_for(tmp, out), check=True, env=_env({"HOME": str(tmp)}), stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, cwd=tmp)
        os.replace(out, check)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return check


def nim_bin() -> Path:
    return _build("nim", lambda tmp, out: ["nim", "c", "-d:release", "--opt:speed", "--hints:off", "--verbosity:0",
                                           f"--nimcache:{tmp / 'nc'}", f"-o:{out}", str(HERE / "nim" / "afpage.nim")],
                  cache_root() / "afpage")


def lisp_fasl() -> Path:
    return _build("sbcl", lambda tmp, out: ["sbcl", "--noinform", "--non-interactive", "--no-userinit", "--no-sysinit",
                                            "--eval", f'(compile-file "{HERE / "lisp" / "afscan.lisp"}" :output-file "{out}")'],
                  cache_root() / "afscan.fasl")


def pdf_bin() -> Path:
    return _build("pdf", lambda tmp, out: ["g++", "-O2", "-std=c++17", "-o", str(out), str(HERE / "cpp" / "afpdf.cpp"), "-lpodofo"],
                  cache_root() / "afpdf")


def _stream(cmd: list[str], lines: list[str], env: dict, expect: int) -> list[str]:
    """Run one engine over all its jobs (stdin lines) and return its OK lines."""
    p = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, env=env)
    oks = [ln for ln in p.stdout.splitlines() if ln.startswith("OK")]
    if p.returncode != 0 or len(oks) != expect:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({p.returncode}): {p.stderr[-2000:]}")
    return oks


class Xvfb:
    """A private X server (its own display number from -displayfd) for the Kivy renderer."""

    def __enter__(self):
        r, w = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
                                     pass_fds=[w], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
        os.close(w)
        buf = b""
        while not buf.endswith(b"\n"):
            chunk = os.read(r, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            buf += chunk
        os.close(r)
        self.display = ":" + buf.decode().strip()
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)


# ---- the plan -------------------------------------------------------------------------------------
def _counts(n: int) -> list[tuple[str, int]]:
    total = sum(c for _, c in MIX)
    raw = [(k, n * c / total) for k, c in MIX]
    out = {k: int(v) for k, v in raw}
    rest = n - sum(out.values())
    for k, _v in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[:rest]:
        out[k] += 1
    return [(k, out[k]) for k, _ in MIX]


def kinds_for(n: int, seed: int) -> list[dict]:
    r = random.Random(f"AF-plan-{n}-{seed}")
    kinds = [k for k, c in _counts(n) for _ in range(c)]
    r.shuffle(kinds)
    plan = []
    rot = {k: r.sample(CAPTURES, len(CAPTURES)) for k, _ in MIX}
    used = Counter()
    for i, kind in enumerate(kinds):
        caps = [c for c in rot[kind] if c != "e_licence_pdf" or kind in LICENCES]
        cap = caps[used[kind] % len(caps)]
        used[kind] += 1
        marks = []
        if cap != "e_licence_pdf":
            if r.random() < 0.3:
                marks.append("watermark")
            if r.random() < (0.5 if cap in ("photocopy", "copy_of_copy", "fax", "flatbed") else 0.15):
                marks.append("copy_note")
            if r.random() < 0.15:
                marks.append("stamp")
            if r.random() < 0.15:
                marks.append("handwriting")
        elif r.random() < 0.3:
            marks.append("watermark")
        plan.append({"i": i, "kind": kind, "capture": cap, "marks": marks})
    return plan


# ---- one document's spec --------------------------------------------------------------------------
def _doc_rng(seed: int, i: int, what: str) -> random.Random:
    return random.Random(f"AF-{seed}-{i}-{what}")


def _photo_job(r: random.Random, cap: str, page: Lay.Page, tex: str, out: str, seed: int) -> dict:
    pw, ph = page.w, page.h
    land = pw >= ph
    W, H = (1600, 1200) if land else (1200, 1600)
    if cap == "gaopaiyi":
        W, H = (1920, 1440) if land else (1440, 1920)
    job = {"tex": tex, "out": out, "W": W, "H": H, "pw": pw, "ph": ph, "seed": seed % 997, "fovy": 52.0,
           "light": [r.uniform(-0.5, 0.5), r.uniform(-0.5, 0.5), 1.0], "noise": r.uniform(0.015, 0.04),
           "exposure": r.uniform(1.4, 2.1), "vignette": r.uniform(0.2, 0.6), "ambient": r.uniform(0.45, 0.7)}
    fill = r.uniform(0.72, 0.9)
    tilt = r.uniform(3, 25)
    roll = r.uniform(-8, 8)
    shape, amp = "flat", 0.0
    tx, ty = r.uniform(-0.03, 0.03) * pw, r.uniform(-0.03, 0.03) * ph
    desk = r.choice([[0.55, 0.38, 0.22], [0.75, 0.62, 0.45], [0.35, 0.36, 0.38], [0.85, 0.85, 0.83], [0.25, 0.18, 0.12]])
    job["bg"] = {"rect": [-4 * pw, -4 * ph, 4 * pw, 4 * ph], "kind": 1, "col": desk}
    if cap == "desk_photo":
        shape = r.choice(["flat", "bent", "curl", "fold", "wave"])
        amp = r.uniform(0.03, 0.08) * min(pw, ph) if shape != "flat" else 0.0
        if r.random() < 0.5:
            job["shadow"] = [r.uniform(0.2, 0.8), r.uniform(0.1, 0.5), r.uniform(0.2, 0.4)]
        job["glare"] = [r.random(), r.random(), r.uniform(0.1, 0.2), r.uniform(0.0, 0.3)]
    elif cap == "handheld":
        shape = r.choice(["bent", "curl", "wave"])
        amp = r.uniform(0.05, 0.12) * min(pw, ph)
        tilt = r.uniform(10, 35)
        roll = r.uniform(-15, 15)
        job["bg"]["col"] = r.choice([[0.3, 0.3, 0.32], [0.6, 0.58, 0.55], [0.2, 0.22, 0.28]])
        side = r.choice(["left", "right", "bottom"])
        u = {"left": 0.03, "right": 0.97}.get(side, r.uniform(0.2, 0.8))
        v = r.uniform(0.3, 0.9) if side != "bottom" else 0.97
        job["thumb"] = [u, v, r.uniform(0.05, 0.08) * (1.0 if pw < 100 else 0.7)]
        job["thumb_angle"] = r.uniform(-30, 30)
        job["motion"] = [r.uniform(-1, 1) * 0.0015, r.uniform(-1, 1) * 0.0015]
        job["defocus"] = r.uniform(0, 0.0008)
        if r.random() < 0.35:  # the frame cuts one edge of the page off
            fill = r.uniform(0.95, 1.15)
            tx += r.choice([-1, 1]) * r.uniform(0.05, 0.12) * pw
    elif cap == "gaopaiyi":
        tilt, roll = r.uniform(0, 2), r.uniform(-3, 3)
        job["bg"]["col"] = r.choice([[0.18, 0.18, 0.2], [0.9, 0.9, 0.9], [0.12, 0.25, 0.15]])
        job["ambient"] = 0.8
        job["glare"] = [0.5 + r.uniform(-0.1, 0.1), 0.5 + r.uniform(-0.1, 0.1), 0.35, r.uniform(0.05, 0.2)]
        job["fovy"] = 40.0
    elif cap == "sleeve":
        shape = r.choice(["flat", "bent"])
        amp = r.uniform(0.01, 0.03) * min(pw, ph)
        job["haze"] = r.uniform(0.05, 0.14)
        strong = r.random() < 0.6
        job["glare"] = [r.uniform(0.15, 0.85), r.uniform(0.15, 0.85), r.uniform(0.06, 0.14),
                        r.uniform(3.0, 4.5) if strong else r.uniform(0.3, 0.6)]
        m = 4.0 if pw > 100 else 2.0
        edge = [0.8, 0.82, 0.85]
        job["front"] = [{"rect": [-pw / 2 - m, -ph / 2 - m, pw / 2 + m, -ph / 2 - m + 1.2], "kind": 3, "col": edge, "z": 1.0},
                        {"rect": [-pw / 2 - m, ph / 2 + m - 1.2, pw / 2 + m, ph / 2 + m], "kind": 3, "col": edge, "z": 1.0}]
    elif cap == "screen":
        job["screen"] = True
        ppm = r.uniform(3.2, 4.2)
        job["screen_res"] = [pw * ppm, ph * ppm]
        tilt = r.uniform(5, 20)
        job["exposure"] = r.uniform(1.2, 1.6)
        job["ambient"] = 1.0
        job["glare"] = [r.random(), r.random(), r.uniform(0.2, 0.35), r.uniform(0.05, 0.2)]
        b = 0.08 * max(pw, ph)
        dark = [0.06, 0.06, 0.07]
        job["bg"]["col"] = dark
        job["front"] = [{"rect": [-pw / 2 - b, -ph / 2 - b, pw / 2 + b, -ph / 2], "kind": 3, "col": dark, "z": 0.5},
                        {"rect": [-pw / 2 - b, ph / 2, pw / 2 + b, ph / 2 + b], "kind": 3, "col": dark, "z": 0.5},
                        {"rect": [-pw / 2 - b, -ph / 2, -pw / 2, ph / 2], "kind": 3, "col": dark, "z": 0.5},
                        {"rect": [pw / 2, -ph / 2, pw / 2 + b, ph / 2], "kind": 3, "col": dark, "z": 0.5}]
    job["shape"], job["amp"] = shape, amp
    aspect = W / H
    half = max(pw / aspect, ph) / 2 / fill
    dist = half / math.tan(math.radians(job["fovy"]) / 2)
    az = math.radians(r.uniform(0, 360))
    t = math.radians(tilt)
    job["target"] = [tx, ty, 0.0]
    job["eye"] = [tx + dist * math.sin(t) * math.cos(az), ty + dist * math.sin(t) * math.sin(az), dist * math.cos(t)]
    ro = math.radians(roll)
    job["up"] = [math.sin(ro), math.cos(ro), 0.0]
    return job


def _photo_unreadable(job: dict, page: Lay.Page) -> set[str]:
    """Fields a person could not read in the frame: under the thumb, washed out by a strong glare, or
    cut off by the frame's edge."""
    bad = set()
    mvp = scene.camera(job)
    for key, (x0, y0, x1, y1) in page.boxes.items():
        u0, v0, u1, v1 = x0 / page.w, y0 / page.h, x1 / page.w, y1 / page.h
        if job.get("thumb"):
            a0, b0, a1, b1 = scene.thumb_box(job)
            if u0 < a1 and u1 > a0 and v0 < b1 and v1 > b0:
                bad.add(key)
        g = job.get("glare")
        if g and g[3] > 2.2:
            cu, cv = min(max(g[0], u0), u1), min(max(g[1], v0), v1)
            d2 = (cu - g[0]) ** 2 + ((cv - g[1]) * 1.4) ** 2
            if g[3] * math.exp(-d2 / (g[2] * g[2])) > 2.2:  # paper and ink both near white after the tone curve
                bad.add(key)
        for u, v in ((u0, v0), (u1, v0), (u0, v1), (u1, v1)):
            p = scene.project(mvp, scene.page_point(job, u, v), job["W"], job["H"])
            if p is None or not (2 <= p[0] <= job["W"] - 2 and 2 <= p[1] <= job["H"] - 2):
                bad.add(key)
    return bad


def _scan_params(r: random.Random, cap: str) -> tuple[float, list[str], str]:
    """(dpi of the drawn page, SBCL parameters, output format)."""
    if cap == "flatbed":
        return r.choice([150, 200, 200]), [f"angle={r.uniform(-1.5, 1.5):.2f}", f"noise={r.uniform(1.5, 3.5):.1f}",
                                           f"gamma={r.uniform(0.85, 1.15):.2f}"], r.choice(["png", "jpg", "tif"])
    if cap in ("photocopy", "copy_of_copy"):
        return r.choice([150, 200]), [f"angle={r.uniform(-2, 2):.2f}", f"toner={r.uniform(7, 11):.1f}",
                                      f"noise={r.uniform(3, 7):.1f}", f"side={r.randint(0, 3)}",
                                      f"shadow={r.randint(10, 40)}"], r.choice(["png", "jpg"])
    if cap == "fax":
        return 200, [f"lines={r.choice([98, 196, 196])}", f"angle={r.uniform(-1, 1):.2f}",
                     f"halftone={1 if r.random() < 0.3 else 0}", f"level={r.randint(120, 160)}",
                     f"drop={r.randint(0, 6)}"], r.choice(["tif", "tif", "png"])
    if cap == "scanner_app":
        return 200, [f"gray={1 if r.random() < 0.6 else 0}", f"bw={1 if r.random() < 0.3 else 0}"], r.choice(["jpg", "png"])
    return 200, [f"scale={r.uniform(0.5, 0.72):.2f}"], "jpg"  # chat_forward


def _pdf_pick():
    from fontTools.ttLib import TTFont

    cmaps = {}

    def cmap(i: int) -> set:
        if i not in cmaps:
            cmaps[i] = set(TTFont(Lay.PDF_FACES[i], lazy=True).getBestCmap())
        return cmaps[i]

    def pick(style: str, text: str) -> str:
        chain = Lay.PDF_CHAIN[style]
        for i in chain:
            if all(ord(c) in cmap(i) or c in " \u3000" for c in str(text)):
                return str(i)
        raise ValueError(f"no PDF face has all of {text!r}")

    return pick


def make_batch(items: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    """Every document of `items` through its engines, each engine started once for the batch."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="af_work_"))
    try:
        docs = []
        for i, entry in items:
            r = _doc_rng(seed, i, "doc")
            page, fields, variant = Lay.build(entry["kind"], r)
            cap = entry["capture"]
            mr = _doc_rng(seed, i, "marks")
            if cap in SCANS and entry["kind"].startswith("id_card"):
                Lay.add_marks(page, mr, entry["kind"], [m for m in entry["marks"] if m != "copy_note"])
                page, _ = Lay.copy_sheet(page, mr)
                Lay.add_marks(page, mr, "sheet", [m for m in entry["marks"] if m == "copy_note"])
            else:
                Lay.add_marks(page, mr, entry["kind"], entry["marks"])
            if entry["kind"] in LICENCES:
                entry_marks = sorted(set(entry["marks"]) | {"seal"})
            else:
                entry_marks = sorted(entry["marks"])
            docs.append({"i": i, "entry": entry, "page": page, "fields": fields, "variant": variant,
                         "marks": entry_marks, "cr": _doc_rng(seed, i, "capture")})
        # 1. pages: one Nim process draws every raster page
        nim_lines = [f"FACE\t{k}\t{p}\t{ix}" for k, (p, ix) in enumerate(Lay.FACES)]
        n_pages = 0
        for d in docs:
            cap = d["entry"]["capture"]
            if cap == "e_licence_pdf":
                continue
            if cap in SCANS:
                dpi, params, fmt = _scan_params(d["cr"], cap)
                d["scan"] = (params, fmt)
                s = dpi / 25.4
            else:
                s = (14.0 if d["page"].w < 100 else 6.0) if cap != "screen" else (12.0 if d["page"].w < 100 else 5.0)
            d["png"] = str(work / f"page_{d['i']:04d}.png")
            d["dpi"] = s * 25.4
            nim_lines += Lay.serialise(d["page"], s, d["png"])
            n_pages += 1
        if n_pages:
            oks = _stream([str(nim_bin())], nim_lines, _env(), n_pages)
            by = {ln.split("\t")[1]: ln.split("\t") for ln in oks}
            for d in docs:
                if "png" in d:
                    _, _, used, miss = by[d["png"]]
                    d["faces"] = sorted({Path(u).stem for u in used.split("|") if u})
                    d["missing"] = int(miss)
        # 2. scans: one SBCL process
        from PIL import Image

        scan_jobs = []
        for d in docs:
            if "scan" in d:
                ppm = str(work / f"page_{d['i']:04d}.ppm")
                Image.open(d["png"]).convert("RGB").save(ppm)  # container only
                params, _ = d["scan"]
                w, h = Image.open(d["png"]).size
                extra = [f"dpi={d['dpi']:.1f}", f"speckles={int(w * h / 1e6 * 60)}"]
                d["pnm"] = str(work / f"scan_{d['i']:04d}.pnm")
                scan_jobs.append("\t".join([d["entry"]["capture"], ppm, d["pnm"], str(seed * 1000 + d["i"]), *params, *extra]))
        if scan_jobs:
            _stream(["sbcl", "--noinform", "--non-interactive", "--no-userinit", "--no-sysinit", "--load", str(lisp_fasl()),
                     "--eval", "(afscan::main)"], scan_jobs, _env(), len(scan_jobs))
        # 3. photos: one Kivy process under a private Xvfb
        photo_jobs = []
        for d in docs:
            cap = d["entry"]["capture"]
            if cap in PHOTOS:
                d["shot"] = str(work / f"shot_{d['i']:04d}.png")
                job = _photo_job(d["cr"], cap, d["page"], d["png"], d["shot"], seed * 1000 + d["i"])
                d["job"] = job
                for key in _photo_unreadable(job, d["page"]):
                    if key in d["fields"]:
                        d["fields"][key]["unreadable"] = True
                photo_jobs.append(json.dumps(job))
        if photo_jobs:
            kivy_home = work / "kivy"
            kivy_home.mkdir()
            with Xvfb() as x:
                env = _env({"DISPLAY": x.display, "LIBGL_ALWAYS_SOFTWARE": "1", "GALLIUM_DRIVER": "llvmpipe",
                            "LP_NUM_THREADS": "1", "KIVY_NO_ARGS": "1", "KIVY_NO_CONSOLELOG": "1", "KIVY_NO_FILELOG": "1",
                            "KIVY_HOME": str(kivy_home), "KIVY_WINDOW": "sdl2", "KIVY_GL_BACKEND": "sdl2",
                            "KIVY_METRICS_DENSITY": "1", "HOME": str(kivy_home), "SDL_AUDIODRIVER": "dummy",
                            "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)})
                _stream([sys.executable, str(HERE / "kivy_photo.py")], photo_jobs, env, len(photo_jobs))
        # 4. e-licences: one PoDoFo process
        pdf_docs = [d for d in docs if d["entry"]["capture"] == "e_licence_pdf"]
        if pdf_docs:
            pick = _pdf_pick()
            lines = [f"FACE\t{k}\t{p}\t0" for k, p in enumerate(Lay.PDF_FACES)]
            for d in pdf_docs:
                d["out"] = f"af_{d['i']:04d}.pdf"
                lines += Lay.serialise(d["page"], 72 / 25.4, str(out_dir / d["out"]), pdf=True, pick=pick)
                used = {Lay.PDF_FACES[int(pick(st, "一"))] for st in d["page"].styles}
                d["faces"] = sorted(Path(u).stem for u in used)
                d["missing"] = 0
            _stream([str(pdf_bin())], lines, _env(), len(pdf_docs))
        # 5. containers
        files = []
        for d in docs:
            cap = d["entry"]["capture"]
            if cap in SCANS:
                im = Image.open(d["pnm"])
                fmt = d["scan"][1]
                name = f"af_{d['i']:04d}.{fmt}"
                if fmt == "jpg":
                    im.convert("RGB" if im.mode == "RGB" else "L").save(out_dir / name, quality=d["cr"].randint(70, 92))
                elif fmt == "tif":
                    if cap == "fax":
                        im.convert("1", dither=Image.Dither.NONE).save(out_dir / name, compression="group4",
                                                                        dpi=(204, 98 if "lines=98" in d["scan"][0] else 196))
                    else:
                        im.save(out_dir / name, compression="tiff_lzw", dpi=(round(d["dpi"]), round(d["dpi"])))
                else:
                    im.save(out_dir / name)
            elif cap in PHOTOS:
                name = f"af_{d['i']:04d}.jpg"
                Image.open(d["shot"]).save(out_dir / name, quality=d["cr"].randint(82, 93))
            else:
                name = d["out"]
            files.append({"file": name, "kind": d["entry"]["kind"], "fields": d["fields"], "capture": cap,
                          "variant": d["variant"], "marks": d["marks"], "faces": d["faces"],
                          "formats": [Path(name).suffix.lstrip(".")], "glyphs_missing": d["missing"],
                          **({"shape": d["job"]["shape"]} if "job" in d else {})})
        return files
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    return make_batch([(i, entry)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 3636) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = make_batch(list(enumerate(plan)), seed, out_dir)
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "formats": dict(Counter(f["formats"][0] for f in files)),
            "marks": dict(Counter(m for f in files for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}
