"""Family ZW's generator: the plan, each file's values and capture, the three engines' runs (TCPDF layout in
one php process, Godot photos in one process under a private Xvfb, GD captures in one php process) and the
truth entries. `generate` streams a whole set through one process of each engine; `make_one` runs the same
path for a single file, so a file made alone is byte-identical to the one made in a set."""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from . import docs, faces
from . import values as V

HERE = Path(__file__).resolve().parent
KINDS = ["id_card_front", "id_card_back", "business_license", "public_health_license", "food_business_license", "other"]
MIX_150 = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
           "food_business_license": 20, "other": 20}
CAPTURES = ["scan", "photocopy", "copy2", "fax", "scanapp", "chat", "desk", "handheld", "gaopaiyi", "sleeve", "screen", "epdf"]
PHOTO = {"desk", "handheld", "gaopaiyi", "sleeve", "screen"}
LICENCES = {"business_license", "public_health_license", "food_business_license"}
SOURCES = ["__init__.py", "generate.py", "docs.py", "values.py", "faces.py", "layout.php", "capture.php",
           "godot/project.godot", "godot/photo.gd"]


def source_hash() -> str:
    h = hashlib.sha256()
    for s in SOURCES:
        h.update(s.encode() + b"\0" + (HERE / s).read_bytes())
    return h.hexdigest()


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"zw|{n}|{seed}|{source_hash()}".encode()).hexdigest()[:16]


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_zw"


def missing_tools() -> list[str]:
    out = [t for t in ("php", "pdftocairo", "godot3", "Xvfb") if shutil.which(t) is None]
    if not Path("/usr/share/php/tcpdf/tcpdf.php").exists():
        out.append("php-tcpdf")
    return out + faces.missing_faces()


# ---------------- the plan ----------------

def kinds_for(n: int, seed: int) -> list[dict]:
    """The kind and capture of every file: the default mix scaled to n (one of each kind first for small n),
    captures dealt from a per-kind shuffled cycle so every capture appears."""
    r = random.Random(f"zw-plan-{seed}")
    if n >= 150:
        kinds = [k for k in KINDS for _ in range(round(MIX_150[k] * n / 150))]
        while len(kinds) < n:
            kinds.append("business_license")
        kinds = kinds[:n]
    else:
        kinds = [KINDS[j % len(KINDS)] for j in range(min(n, 6))]
        pool = [k for k in KINDS for _ in range(MIX_150[k])]
        kinds += [pool[r.randrange(len(pool))] for _ in range(n - len(kinds))]
    r.shuffle(kinds)
    cycles: dict[str, list[str]] = {}
    plan = []
    for k in kinds:
        allowed = [c for c in CAPTURES if c != "epdf" or k in LICENCES]
        if not cycles.get(k):
            cycles[k] = allowed[:]
            r.shuffle(cycles[k])
        plan.append({"kind": k, "capture": cycles[k].pop()})
    if n <= 12:  # a small set still shows the three engines: a photo, a GD capture and an e-licence
        caps = ["desk", "scan", "photocopy", "fax", "sleeve", "chat"]
        for j, e in enumerate(plan):
            e["capture"] = "epdf" if e["kind"] == "business_license" and j >= 0 and n >= 6 else caps[j % len(caps)]
    return plan


# ---------------- marks ----------------

def _marks(r: random.Random, kind: str, capture: str, w: float, h: float) -> tuple[list, list]:
    marks, names = [], []
    card = kind.startswith("id_card")
    if capture == "epdf":
        return marks, names
    if r.random() < (0.45 if card else 0.25):
        purpose = V.pick(r, ["仅供办理营业执照变更使用", "仅供办理食品经营许可使用", "仅供政务服务中心办事使用，他用无效",
                             "仅供本次业务办理使用", "此复印件仅供卫生许可申请使用"])
        marks.append({"t": "watermark", "run": faces.run(purpose, V.pick(r, ["hei", "song"])),
                      "color": V.pick(r, [[120, 120, 120], [200, 60, 60], [60, 80, 180]]), "alpha": V.pick(r, [0.18, 0.25, 0.3]),
                      "angle": V.pick(r, [20, 28, 35]), "size": 6.5 if card else V.pick(r, [26, 32])})
        names.append("watermark")
    if not card and capture in ("photocopy", "copy2", "scan", "fax", "scanapp", "desk", "chat") and r.random() < 0.4:
        marks.append({"t": "hand", "x": 12.0, "y": 8.5, "angle": V.pick(r, [0, 2, -2]), "size": 12,
                      "color": V.pick(r, [[30, 50, 160], [20, 20, 20]]),
                      "lines": [faces.run("复印件与原件一致", "hand"), faces.run(V.person_name(r) + "  " + f"{r.randrange(2025, 2027)}.{r.randrange(1, 13)}.{r.randrange(1, 29)}", "hand")]})
        names.append("handwriting")
    if not card and r.random() < 0.2:
        marks.append({"t": "stamp_box", "x": w - 62.0, "y": 9.0, "w": 34.0, "h": 11.0, "angle": 0, "size": 12,
                      "run": faces.run(V.pick(r, ["复印件", "与原件核对无误", "已核验"]), "song")})
        names.append("stamp")
    if not card and capture not in ("photocopy", "copy2", "fax") and r.random() < 0.25:
        # a company seal pressed over the lower text: red ink a person reads through
        marks.append({"t": "seal", "x": w * V.pick(r, [0.3, 0.45, 0.6]), "y": h * V.pick(r, [0.55, 0.7]), "r": 19.0,
                      "run": faces.run(V.pick(r, V.BRANDS) + "商贸有限公司", "song"), "alpha": 0.55})
        names.append("seal_over_text")
    return marks, names


# ---------------- one file's job ----------------

def _fmt(r: random.Random, capture: str) -> str:
    if capture == "epdf":
        return "pdf"
    if capture == "fax":
        return "png"
    if capture == "chat":
        return "jpg"
    if capture == "scanapp":
        return V.pick(r, ["pdf", "jpg", "jpg"])
    if capture in ("scan", "photocopy", "copy2"):
        return V.pick(r, ["jpg", "png", "jpg", "webp"])
    return V.pick(r, ["jpg", "jpg", "jpg", "webp"])


def _spec(i: int, entry: dict, seed: int) -> dict:
    r = random.Random(f"zw-{seed}-{i}-{entry['kind']}-{entry['capture']}")
    doc = docs.BUILDERS[entry["kind"]](r)
    capture = entry["capture"]
    marks, mark_names = _marks(r, entry["kind"], capture, doc["w"], doc["h"])
    fmt = _fmt(r, capture)
    if capture == "epdf":  # e-licences embed subsets of one face (TCPDF's subsetter works with Droid's tables)
        doc = dict(doc, v=_reface(doc["v"], "hei"), faces=["hei"])
    return {"i": i, "kind": entry["kind"], "capture": capture, "doc": doc, "marks": marks, "mark_names": mark_names,
            "fmt": fmt, "r": r, "file": f"zw_{i:03d}.{fmt}"}


def _reface(x, face: str):
    if isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and x[1] in faces.FACES:
        return faces.run(x[0], face) if x[1] not in ("mono", "sans") else x
    if isinstance(x, list):
        return [_reface(y, face) for y in x]
    if isinstance(x, dict):
        return {k: _reface(y, face) for k, y in x.items()}
    return x


def _covered(box, shape) -> bool:
    """Whether any of a grid of points over a field's box (mm) falls inside an occluder (page mm)."""
    x, y, w, h = box
    for a in range(25):
        for b in range(7):
            px, py = x + w * a / 24, y + h * b / 6
            if shape(px, py):
                return True
    return False


def _capture_params(s: dict, boxes: dict) -> tuple[dict, dict, set]:
    """(Godot job or None, GD job, unreadable box ids) for spec `s` once the layout told where each value is."""
    r: random.Random = s["r"]
    d = s["doc"]
    W, H = d["w"], d["h"]
    card = W < 100
    cap = s["capture"]
    hidden: set[str] = set()
    gjob = None
    gd = {"mode": cap, "seed": r.randrange(1, 2**31 - 1), "format": s["fmt"], "quality": V.pick(r, [72, 80, 86, 92]),
          "jpeg_passes": 1, "noise": V.pick(r, [4, 6, 9]), "tint": [0, 0, 0], "blur": 0, "sharpen": False}
    if cap in PHOTO:
        land = W >= H
        size = [1600, 1200] if land else [1200, 1600]
        if cap == "screen":
            size = [1600, 1200]
        mode = cap
        tilt = {"desk": r.uniform(4, 32), "handheld": r.uniform(8, 24), "gaopaiyi": 0.0, "sleeve": r.uniform(4, 22),
                "screen": r.uniform(8, 30)}[cap]
        fov = r.uniform(48, 62)
        Wd, Hd = W / 100, H / 100
        page_rot = r.uniform(-7, 7) if cap != "gaopaiyi" else r.uniform(-2, 2)
        fit = max(Hd, Wd * size[1] / size[0])  # the frame's vertical extent the page needs
        dist = fit / 2 / math.tan(math.radians(fov / 2)) * r.uniform(1.18, 1.45)
        az = r.uniform(-30, 30)
        ox, oz = math.sin(math.radians(az)) * dist * math.sin(math.radians(tilt)), math.cos(math.radians(az)) * dist * math.sin(math.radians(tilt))
        cam = [ox, dist * math.cos(math.radians(tilt)), oz, r.uniform(-0.03, 0.03) * Wd, r.uniform(-0.03, 0.03) * Hd, az if cap != "gaopaiyi" else 0.0]
        thumb = None
        glare = None
        sleeve = cap == "sleeve"
        bend = curl = fold = 0.0
        if cap in ("desk", "handheld"):
            bend = V.pick(r, [0.0, 0.02, 0.04, -0.02]) * (0.5 if card else 1)
            curl = V.pick(r, [0.0, 0.0, 0.06, 0.1]) * (0 if card else 1)
            fold = V.pick(r, [0.0, 0.0, 0.0, 0.25]) * (0 if card else 1)
        if cap == "handheld" or (cap == "desk" and r.random() < 0.2):
            # a thumb over one long edge; over a field when it lands there (then that field is unreadable)
            side = r.choice([0, 1])
            u = (0.02 if side == 0 else 0.98) + r.uniform(-0.02, 0.02)
            v = r.uniform(0.25, 0.85)
            rad = 0.105 if not card else 0.085
            mid = 0.32 if not card else 0.12
            rot = (90 if side == 0 else -90) + r.uniform(-25, 25)
            skin = V.pick(r, [[0.86, 0.64, 0.52], [0.78, 0.56, 0.43], [0.9, 0.72, 0.6]])
            x = (u - 0.5) * 2
            lift = (bend * (1 - x * x) if bend > 0 else -bend * x * x) * Wd / 2
            thumb = [u, v, rad, mid, rot, skin, lift]
            cx, cy = u * W, v * H
            half = (mid / 2) * 100
            R_ = rad * 100 + 2.0
            ang = math.radians(rot)
            ax, ay = math.sin(ang), math.cos(ang)  # capsule axis (Godot: along z, rotated about y)

            def in_thumb(px, py, cx=cx, cy=cy, ax=ax, ay=ay, half=half, R_=R_):
                t = max(-half, min(half, (px - cx) * ax + (py - cy) * ay))
                return math.hypot(px - cx - t * ax, py - cy - t * ay) <= R_
            for k, b in boxes.items():
                if _covered(b, in_thumb):
                    hidden.add(k)
        if sleeve:
            gu, gv = r.uniform(0.15, 0.85), r.uniform(0.15, 0.85)
            gr, gs = r.uniform(0.06, 0.14), r.uniform(1.2, 2.2)
            glare = [gu, gv, gr, gs]
            core = gr * math.sqrt(math.log(gs / 0.4) / 1.6) * max(W, H) / 2  # mm where the glare adds ≥ 0.4 of white

            def in_glare(px, py, gu=gu, gv=gv, core=core):
                return math.hypot(px - gu * W, py - gv * H) <= core
            for k, b in boxes.items():
                if _covered(b, in_glare):
                    hidden.add(k)
        desk = V.pick(r, [[0.55, 0.38, 0.22], [0.42, 0.3, 0.2], [0.7, 0.7, 0.68], [0.25, 0.27, 0.3], [0.82, 0.8, 0.75]])
        wood = 1.0 if desk[0] - desk[2] > 0.2 else 0.0
        if cap == "gaopaiyi":
            desk = V.pick(r, [[0.12, 0.3, 0.18], [0.85, 0.85, 0.85], [0.18, 0.18, 0.2]])
            wood = 0.0
        screen = cap == "screen"
        gjob = {"size": size, "desk_y": -0.03 if cap != "handheld" else -r.uniform(1.5, 3.0), "ambient": [0.22, 0.22, 0.24] if not screen else [0.05, 0.05, 0.06],
                "filmic": not sleeve and r.random() < 0.5, "exposure": r.uniform(0.85, 1.05),
                "w_mm": W, "h_mm": H, "bend": bend, "curl": curl, "fold": fold, "fold_at": r.uniform(0.35, 0.65),
                "fold_dir": V.pick(r, [[1, 0], [0, 1]]), "mode": mode, "grid": r.uniform(380, 760) if not card else r.uniform(250, 400),
                "sleeve": sleeve, "paper_tone": r.uniform(0.84, 0.93), "glare": glare, "page_rot": page_rot, "desk": desk,
                "wood": wood, "seed": r.uniform(0, 50), "sun": [r.uniform(-75, -45), r.uniform(-60, 60), (0.55 if not screen else 0.1) * r.uniform(0.8, 1.2)],
                "sun_color": V.pick(r, [[1, 0.97, 0.9], [1, 0.92, 0.8], [0.92, 0.96, 1]]),
                "lamp": [r.uniform(-3, 3), r.uniform(4, 7), r.uniform(-3, 3), r.uniform(0.15, 0.4) if not screen else 0.05],
                "lamp_shadow": False, "thumb": thumb,
                "phone_shadow": ([r.uniform(-0.4, 0.4) * Wd, r.uniform(0.1, 0.6) * Hd, 0.75, 1.55] if cap == "desk" and r.random() < 0.4 else None),
                "fov": fov, "cam": cam}
        for k in _out_of_frame(gjob, boxes):
            hidden.add(k)
        gd.update({"mode": "photo", "blur": 1 if cap == "handheld" and r.random() < 0.5 else 0, "sharpen": r.random() < 0.4,
                   "tint": V.pick(r, [[0, 0, 0], [6, 3, 0], [0, 2, 6]]),
                   "long_edge": V.pick(r, [0, 0, 1600])})
        if gd["long_edge"]:
            gd["crop"] = 0.0
    elif cap in ("scan", "chat"):
        gd.update({"angle": r.uniform(-1.8, 1.8), "lid": V.pick(r, [[252, 252, 250], [245, 245, 240], [40, 40, 42]]),
                   "blur": V.pick(r, [0, 0, 1]), "tint": V.pick(r, [[0, 0, 0], [4, 3, 0], [0, 0, 4]]),
                   "contrast": V.pick(r, [0, -6, -12]), "brightness": V.pick(r, [0, 4, -4])})
        if cap == "chat":
            gd.update({"long_edge": V.pick(r, [1280, 1440, 1600]), "crop": V.pick(r, [0.0, 0.0, 0.0]),
                       "jpeg_passes": V.pick(r, [2, 3]), "quality": V.pick(r, [60, 68, 75]), "format": "jpg"})
    elif cap in ("photocopy", "copy2"):
        gd.update({"angle": r.uniform(-1.5, 1.5), "black": V.pick(r, [30, 45, 60]), "white": V.pick(r, [205, 215, 225]),
                   "gamma": V.pick(r, [0.8, 1.0, 1.2]), "band": V.pick(r, [0.0, 0.02, 0.04]), "speckle": V.pick(r, [80, 200, 400])})
    elif cap == "fax":
        gd.update({"angle": r.uniform(-1.2, 1.2), "vdpi": V.pick(r, [98, 196, 196]), "dither": V.pick(r, ["fs", "thr"]),
                   "threshold": V.pick(r, [120, 140, 160]), "page_mm": [W, H],
                   "font": faces.FACES["sans"],
                   "header": f"FROM: 0{r.randrange(10, 99)}-{r.randrange(10**7, 10**8)}  {2026}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} {r.randrange(8, 18):02d}:{r.randrange(0, 60):02d}  P.1/1"})
    elif cap == "scanapp":
        gd.update({"angle": r.uniform(-0.6, 0.6), "mono": r.random() < 0.4, "font": faces.FACES["hei"],
                   "app": faces.run(V.pick(r, ["由 扫描宝 生成", "掌上扫描 · 高清", "文档扫描仪"]), "hei")[0]})
    # the scanner's glass around a card (ID cards scanned, copied or faxed sit on a lid-sized canvas)
    gd["dpi"] = _dpi(cap, card)
    if card and cap in ("scan", "photocopy", "copy2", "fax", "chat"):
        dpi = gd["dpi"]
        cw, ch = round(W / 25.4 * dpi), round(H / 25.4 * dpi)
        gw, gh = round(cw * r.uniform(1.5, 2.2)), round(ch * r.uniform(1.8, 2.6))
        if cap == "fax":  # a card faxed upright on a portrait sheet
            gh = max(gh, round(gw * r.uniform(1.1, 1.35)))
        gd["glass"] = [gw, gh, r.randrange(20, gw - cw - 10), r.randrange(20, gh - ch - 10),
                       gd.get("lid", [250, 250, 248]) if cap != "scanapp" else [250, 250, 250]]
        if cap == "fax":
            gd["page_mm"] = [gw / dpi * 25.4, gh / dpi * 25.4]
    return gjob, gd, hidden


def _out_of_frame(g: dict, boxes: dict) -> set:
    """Field boxes with a point outside the camera's frame (the pinhole model of photo.gd's camera)."""
    c = g["cam"]
    pos = (c[0], c[1], c[2])
    tgt = (c[3], 0.0, c[4])
    up = (-math.sin(math.radians(c[5])), 0.0, -math.cos(math.radians(c[5])))

    def sub(a, b):
        return (a[0] - b[0], a[1] - b[1], a[2] - b[2])

    def dot(a, b):
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

    def cross(a, b):
        return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])

    def norm(a):
        n = math.sqrt(dot(a, a))
        return (a[0] / n, a[1] / n, a[2] / n)
    fwd = norm(sub(tgt, pos))
    right = norm(cross(fwd, up))
    upv = cross(right, fwd)
    tf = math.tan(math.radians(g["fov"] / 2))
    aspect = g["size"][0] / g["size"][1]
    W, H = g["w_mm"], g["h_mm"]
    th = math.radians(g["page_rot"])

    def inside(px, py):
        x, z = (px / W - 0.5) * W / 100, (py / H - 0.5) * H / 100
        wx, wz = x * math.cos(th) + z * math.sin(th), -x * math.sin(th) + z * math.cos(th)
        v = sub((wx, 0.0, wz), pos)
        dz = dot(v, fwd)
        return dz > 0 and abs(dot(v, upv) / (dz * tf)) < 0.985 and abs(dot(v, right) / (dz * tf * aspect)) < 0.985
    return {k for k, b in boxes.items() if _covered(b, lambda px, py: not inside(px, py))}


def _dpi(cap: str, card: bool) -> int:
    if card:
        return {"fax": 300, "chat": 300}.get(cap, 400 if cap in PHOTO else 300)
    return {"scan": 200, "photocopy": 180, "copy2": 180, "fax": 200, "scanapp": 200, "chat": 170}.get(cap, 160)


# ---------------- the engines ----------------

def _font_dir() -> Path:
    h = hashlib.sha256((HERE / "layout.php").read_bytes() + json.dumps(faces.FACES).encode()).hexdigest()[:12]
    d = cache_root() / f"fonts-{h}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _php_stream(script: str, args: list[str], jobs: list[dict]) -> list[dict]:
    if not jobs:
        return []
    p = subprocess.run(["php", "-d", "memory_limit=1024M", str(HERE / script), *args],
                       input="".join(json.dumps(j, ensure_ascii=False) + "\n" for j in jobs),
                       capture_output=True, text=True, check=False)
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("{")]
    if p.returncode != 0 or len(lines) != len(jobs):
        raise RuntimeError(f"{script} failed ({p.returncode}): {p.stderr[-2000:]} {p.stdout[-500:]}")
    return [json.loads(ln) for ln in lines]


class _Xvfb:
    def __enter__(self):
        r, w = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                     pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        num = b""
        while not num.endswith(b"\n"):
            ch = os.read(r, 1)
            if not ch:
                break
            num += ch
        os.close(r)
        self.display = ":" + num.decode().strip()
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _godot(jobs: list[dict], tmp: Path) -> None:
    if not jobs:
        return
    jf = tmp / "godot_jobs.json"
    jf.write_text(json.dumps(jobs))
    home = tmp / "godot_home"
    home.mkdir(exist_ok=True)
    with _Xvfb() as x:
        env = dict(os.environ, DISPLAY=x.display, LP_NUM_THREADS="1", HOME=str(home), XDG_DATA_HOME=str(home),
                   XDG_CONFIG_HOME=str(home), XDG_CACHE_HOME=str(home), LC_ALL="C.UTF-8")
        p = subprocess.run(["godot3", "--path", str(HERE / "godot"), "--audio-driver", "Dummy", "-s", "photo.gd", "--", str(jf)],
                           env=env, capture_output=True, text=True, timeout=1800, check=False)
    missing = [j["out"] for j in jobs if not Path(j["out"]).exists()]
    if missing:
        raise RuntimeError(f"godot3 rendered {len(jobs) - len(missing)} of {len(jobs)}: {p.stderr[-2000:]}")


def _make_many(items: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = [_spec(i, e, seed) for i, e in items]
    keep = os.environ.get("ZW_KEEP_TMP")
    with tempfile.TemporaryDirectory(prefix="zw_") as t:
        if keep:
            t = tempfile.mkdtemp(prefix="zw_keep_")
        tmp = Path(t)
        fd = _font_dir()
        ljobs = []
        for s in specs:
            d = s["doc"]
            style = dict(d["style"], subset=False, id=f"zw-{seed}-{s['i']}")
            if s["capture"] == "epdf":
                style["subset"] = True
            ljobs.append({"tpl": d["tpl"], "w": d["w"], "h": d["h"], "v": d["v"], "style": style, "marks": s["marks"],
                          "out": str(tmp / f"p{s['i']:04d}.pdf")})
        laid = _php_stream("layout.php", [str(fd), json.dumps(faces.FACES)], ljobs)
        gjobs, cjobs, metas = [], [], []
        for s, lj, res in zip(specs, ljobs, laid, strict=True):
            boxes = {k: v for k, v in (res["boxes"] or {}).items()}
            gjob, gd, hidden = _capture_params(s, boxes)
            metas.append(hidden)
            if s["capture"] == "epdf":
                shutil.copyfile(lj["out"], out_dir / s["file"])
                continue
            png = tmp / f"p{s['i']:04d}"
            subprocess.run(["pdftocairo", "-png", "-singlefile", "-r", str(gd["dpi"]), lj["out"], str(png)], check=True,
                           capture_output=True)
            src = str(png) + ".png"
            if gjob is not None:
                gjob.update(page=src, out=str(tmp / f"g{s['i']:04d}.png"))
                gjobs.append(gjob)
                src = gjob["out"]
            cjobs.append(dict(gd, **{"in": src, "out": str(out_dir / s["file"])}))
        _godot(gjobs, tmp)
        _php_stream("capture.php", [], cjobs)
    return [_truth_entry(s, hidden) for s, hidden in zip(specs, metas, strict=True)]


def _truth_entry(s: dict, hidden: set) -> dict:
    d = s["doc"]
    fields = {k: {"value": f["value"], "unreadable": bool(f["box"] and f["box"] in hidden)} for k, f in d["fields"].items()}
    return {"file": s["file"], "kind": s["kind"], "fields": fields, "capture": s["capture"], "variant": d["variant"],
            "marks": sorted(set(s["mark_names"])), "faces": sorted(set(d["faces"])), "formats": [s["fmt"]]}


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    return _make_many([(i, entry)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 1616) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _make_many(list(enumerate(plan)), seed, out_dir)
    truth = {"family": "ZW", "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
