"""Family ZV's generator: plan, values and layouts in Python, pages drawn by one Go program
(go/zvpages.go: fogleman/gg + golang/freetype rasters, gofpdf vector e-licences, scan/copy/fax/chat
pipelines on disintegration/imaging), photos rendered by raylib (rl_photo.py) under a private Xvfb."""

from __future__ import annotations

import datetime
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

from . import layout as L
from . import values as V

HERE = Path(__file__).resolve().parent
FAMILY = "ZV"
VERSION = 1
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_zv"

MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]

# TrueType (glyf) faces only: golang/freetype reads neither CFF outlines nor collections (.ttc).
FONT_DIRS = "/usr/share/fonts/truetype"
FACE_FILES = {
    "gbsn": f"{FONT_DIRS}/arphic-gbsn00lp/gbsn00lp.ttf",      # AR PL SungtiL GB (宋体)
    "gkai": f"{FONT_DIRS}/arphic-gkai00mp/gkai00mp.ttf",      # AR PL KaitiM GB (楷体)
    "droid": f"{FONT_DIRS}/droid/DroidSansFallbackFull.ttf",  # Droid Sans Fallback (黑体-like)
    "wenkai": f"{FONT_DIRS}/lxgw-wenkai/LXGWWenKai-Regular.ttf",  # LXGW WenKai (楷)
    "babel": f"{FONT_DIRS}/babelstone/BabelStoneHan.ttf",     # BabelStone Han (宋, wide coverage: the last fallback)
}
# chain name -> faces in the order the drawer tries them for each character (cmap lookup)
CHAINS = {
    "song": ["gbsn", "babel", "droid"],
    "song2": ["babel", "gbsn", "droid"],
    "kai": ["gkai", "wenkai", "babel", "droid"],
    "kai2": ["wenkai", "gkai", "babel", "droid"],
    "hei": ["droid", "babel"],
}
BODY_FACES = ["song", "song2", "kai", "kai2", "hei"]

CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app", "chat_forward",
            "desk_photo", "handheld", "gaopaiyi", "sleeve", "screen", "elicense_pdf"]
LICENCES = {"business_license", "public_health_license", "food_business_license"}
PHOTO = {"desk_photo", "handheld", "gaopaiyi", "sleeve", "screen"}


def _sources() -> list[Path]:
    return sorted(list(HERE.glob("*.py")) + list(HERE.glob("go/*.go")))


def source_hash() -> str:
    h = hashlib.sha256(f"zv-{VERSION}".encode())
    for p in _sources():
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"{source_hash()}|{n}|{seed}".encode()).hexdigest()[:16]


def faces_available() -> dict[str, str]:
    return {k: p for k, p in FACE_FILES.items() if Path(p).exists()}


def chains() -> dict[str, list[str]]:
    have = faces_available()
    out = {}
    for name, keys in CHAINS.items():
        paths = [have[k] for k in keys if k in have]
        if not paths:
            raise RuntimeError(f"no TrueType CJK face for chain {name}: install fonts-arphic-gbsn00lp, fonts-droid-fallback … (make sysdeps)")
        out[name] = paths
    return out


# ---------------- the plan ----------------
def _counts(n: int) -> list[tuple[str, int]]:
    if n == 150:
        return MIX
    if n <= 6:
        return [(k, 1 if i < n else 0) for i, (k, _) in enumerate(MIX)]
    raw = [(k, c * n / 150) for k, c in MIX]
    base = {k: int(v) for k, v in raw}
    rest = n - sum(base.values())
    for k, _v in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[:rest]:
        base[k] += 1
    return [(k, base[k]) for k, _ in MIX]


def kinds_for(n: int, seed: int) -> list[dict]:
    rng = random.Random(f"zv-plan-{seed}-{n}")
    kinds = [k for k, c in _counts(n) for _ in range(c)]
    rng.shuffle(kinds)
    caps_by_kind: dict[str, list[str]] = {}
    plan = []
    for i, kind in enumerate(kinds):
        allowed = [c for c in CAPTURES if c != "elicense_pdf" or kind in LICENCES]
        if kind.startswith("id_card"):
            allowed = [c for c in allowed if c != "fax"]
        pool = caps_by_kind.setdefault(kind, [])
        if not pool:
            pool.extend(rng.sample(allowed, len(allowed)))
        cap = pool.pop() if n > 6 else allowed[(i * 5 + seed) % len(allowed)]
        variant = {"business_license": rng.choice(["original", "copy"]),
                   "public_health_license": rng.choice(["portrait", "portrait", "landscape"]),
                   "food_business_license": rng.choice(["original", "copy"]),
                   "other": rng.choice(["hukou", "marriage", "receipt", "form", "letter"])}.get(kind, "card")
        plan.append({"kind": kind, "variant": variant, "capture": cap, "face": rng.choice(BODY_FACES)})
    return plan


# ---------------- the processes ----------------
def go_binary() -> Path:
    go = shutil.which("go")
    src = HERE / "go" / "zvpages.go"
    h = hashlib.sha256(src.read_bytes()).hexdigest()[:16]
    out = CACHE / f"zvpages-{h}"
    if out.exists():
        return out
    if not go:
        raise RuntimeError("Go is not installed: `make sysdeps` (golang-go and the golang-github-fogleman-gg-dev … packages)")
    CACHE.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "GO111MODULE": "off", "GOPATH": "/usr/share/gocode", "GOCACHE": str(CACHE / "gocache")}
    tmp = out.with_suffix(".tmp")
    r = subprocess.run([go, "build", "-o", str(tmp), str(src)], env=env, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(f"go build of zvpages failed (make sysdeps installs the golang-* packages): {r.stderr[-800:]}")
    tmp.rename(out)
    return out


class Session:
    """One Go drawer and (when a photo is asked for) one raylib worker under a private Xvfb."""

    def __init__(self) -> None:
        self.go = subprocess.Popen([str(go_binary())], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                   encoding="utf-8", bufsize=1)
        self.rl = None
        self.xvfb = None
        self.tmp = Path(tempfile.mkdtemp(prefix="zv_"))
        self.call({"op": "faces", "faces": chains()})

    def call(self, job: dict) -> dict:
        self.go.stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
        self.go.stdin.flush()
        ans = json.loads(self.go.stdout.readline() or '{"ok": false, "err": "zvpages died"}')
        if not ans.get("ok"):
            raise RuntimeError(f"zvpages {job.get('op')}: {ans.get('err')}")
        return ans

    def photo(self, job: dict) -> dict:
        if self.rl is None:
            self._start_rl()
        self.rl.stdin.write(json.dumps(job) + "\n")
        self.rl.stdin.flush()
        ans = json.loads(self.rl.stdout.readline() or '{"ok": false, "err": "rl_photo died"}')
        if not ans.get("ok"):
            raise RuntimeError(f"rl_photo: {ans.get('err')}")
        return ans

    def _start_rl(self) -> None:
        import importlib.util

        if importlib.util.find_spec("raylib") is None:
            raise RuntimeError("pip package raylib missing (pyproject dev extra: `make venv`)")
        xv = shutil.which("Xvfb")
        if not xv:
            raise RuntimeError("Xvfb missing (`make sysdeps`: xvfb)")
        r, w = os.pipe()
        self.xvfb = subprocess.Popen([xv, "-displayfd", str(w), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
                                     pass_fds=[w], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        disp = b""
        while not disp.endswith(b"\n"):
            ch = os.read(r, 1)
            if not ch:
                break
            disp += ch
        os.close(r)
        env = {**os.environ, "DISPLAY": ":" + disp.decode().strip(), "LP_NUM_THREADS": "1", "XDG_RUNTIME_DIR": str(self.tmp)}
        self.rl = subprocess.Popen([sys.executable, str(HERE / "rl_photo.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True, env=env, bufsize=1)

    def close(self) -> None:
        for p in (self.go, self.rl):
            if p is not None:
                try:
                    p.stdin.write('{"op": "quit"}\n')
                    p.stdin.close()
                    p.wait(timeout=20)
                except Exception:
                    p.kill()
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------- marks ----------------
def _hits(box, rect) -> bool:
    return not (box[2] < rect[0] or box[0] > rect[2] or box[3] < rect[1] or box[1] > rect[3])


def _free_spot(boxes: dict, W, H, w, h, rng, tries=40):
    spots = [(W - w - 14, H - h - 14), (14, H - h - 14), (W - w - 14, 14), (14, 14), (W / 2 - w / 2, H - h - 12)]
    for _ in range(tries):
        spots.append((rng.uniform(10, W - w - 10), rng.uniform(10, H - h - 10)))
    for x, y in spots:
        r = (x, y, x + w, y + h)
        if not any(_hits(b, r) for b in boxes.values()):
            return x, y
    return None


def marks_for(rng, entry, W, H, boxes, items) -> tuple[list[dict], list[dict], list[str]]:
    """(items drawn on the page, items written on the copy after copying, mark names)."""
    on_page, on_copy, names = [], [], []
    cap = entry["capture"]
    boxes = dict(boxes)  # field values, plus seals, codes and each mark once placed: marks never cover them
    for k, it in enumerate(items):
        if it["t"] in ("seal", "circle") and it.get("r", 0) > 5:
            boxes[f"_r{k}"] = [it["x"] - it["r"], it["y"] - it["r"], it["x"] + it["r"], it["y"] + it["r"]]
        elif it["t"] == "qr":
            boxes[f"_r{k}"] = [it["x"], it["y"], it["x"] + it["w"], it["y"] + it["w"]]
    if rng.random() < 0.35:  # 仅供…使用 watermark across the page (light, text stays legible)
        purpose = rng.choice(["仅供办理营业执照变更使用", "仅供综合窗口受理使用，他用无效", "仅供银行开户使用", "仅供本次申请使用 再复印无效"])
        size = max(W, H) / 26
        for k in range(4 if W > 100 else 2):
            on_page.append(L.T(W * (0.12 + 0.22 * k), H * (0.25 + 0.17 * k), purpose, size, "hei", rot=-28,
                               color=[120, 120, 120, 0.28] if rng.random() < 0.5 else [200, 40, 40, 0.25]))
        names.append("watermark")
    copyish = cap in ("photocopy", "copy_of_copy", "fax", "flatbed", "scanner_app")
    if copyish and rng.random() < 0.6:
        sz = max(W, H) / 42
        w, h = sz * 9, sz * 3.6
        spot = _free_spot(boxes, W, H, w, h, rng)
        if spot:
            x, y = spot
            boxes["_note"] = [x, y, x + w, y + h]
            note = [L.T(x, y, "复印件与原件一致", sz, "kai", color=L.BLUE_INK, jit=1.0, seed=rng.randrange(1 << 30), rot=rng.uniform(-4, 4)),
                     L.T(x + sz * 1.2, y + sz * 1.8, V.name(rng), sz * 1.2, "kai2", color=L.BLUE_INK, jit=1.6, seed=rng.randrange(1 << 30)),
                     L.T(x + sz * 4.8, y + sz * 2.6, V.cn_date_nopad(V.date_between(rng, datetime.date(2024, 1, 1), datetime.date(2026, 12, 1))), sz * 0.75, "kai", color=L.BLUE_INK, jit=0.8, seed=rng.randrange(1 << 30))]
            (on_copy if cap in ("photocopy", "copy_of_copy") else on_page).extend(note)
            names.append("copy_note")
    if cap == "fax":  # the sending machine's header line
        t = f"{V.date_between(rng, datetime.date(2025, 1, 1), datetime.date(2026, 12, 1)).isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
        on_page.append(L.T(6, 1.5, f"{t}  FROM: {rng.choice(['0571', '021', '010', '020', '025'])}-{rng.randrange(10000000, 99999999)}   TO: 综合受理窗口   P.001/00{rng.randrange(1, 4)}",
                           max(W, H) / 95, "hei", color=[0, 0, 0]))
        names.append("fax_header")
    if rng.random() < 0.25:  # a receiving stamp
        sz = max(W, H) / 40
        spot = _free_spot(boxes, W, H, sz * 7, sz * 2.6, rng)
        if spot:
            x, y = spot
            boxes["_stamp"] = [x, y, x + sz * 7, y + sz * 2.6]
            on_page += [{"t": "rect", "x": x, "y": y, "w": sz * 7, "h": sz * 2.6, "color": [200, 40, 50, 0.7], "lw": sz * 0.1},
                        L.T(x + sz * 3.5, y + sz * 0.5, rng.choice(["已核验", "收件专用", "原件已核"]), sz * 1.3, "hei", anchor="c", color=[200, 40, 50, 0.7])]
            names.append("stamp")
    if rng.random() < 0.2:  # a handwritten margin note
        sz = max(W, H) / 45
        spot = _free_spot(boxes, W, H, sz * 8, sz * 1.3, rng)
        if spot:
            on_page.append(L.T(spot[0], spot[1], rng.choice(["已电联", "待补材料", "原件已收回", "经办人核对"]), sz, "kai2", color=[20, 20, 20, 0.85], jit=1.4, seed=rng.randrange(1 << 30)))
            names.append("handwriting")
    if not entry["kind"].startswith("id_card") and entry["variant"] != "form":
        names.append("seal")
    return on_page, on_copy, names


# ---------------- captures ----------------
def _dpi(entry, W) -> float:
    cap = entry["capture"]
    card = W < 100
    base = {"flatbed": 300, "photocopy": 200, "copy_of_copy": 200, "fax": 200, "scanner_app": 220, "chat_forward": 200,
            "elicense_pdf": 150}.get(cap, 200)
    if card:
        base = {"flatbed": 600, "fax": 400, "chat_forward": 400}.get(cap, 520)
    return base


def scan_steps(rng, entry, on_copy, k) -> tuple[list[dict], str, int]:
    cap = entry["capture"]
    if cap == "flatbed":
        fmt = rng.choice(["png", "jpg", "jpg", "tif"])
        steps = [{"k": "tint", "r": 0.99, "g": 0.985, "b": 0.97}, {"k": "blur", "sigma": rng.uniform(0.5, 0.9)},
                 {"k": "rotate", "deg": rng.uniform(-1.2, 1.2), "bg": 250}, {"k": "levels", "lo": rng.uniform(5, 20), "hi": rng.uniform(235, 252), "gamma": rng.uniform(0.9, 1.1)},
                 {"k": "noise", "amp": rng.uniform(1.5, 3.5)}]
        if rng.random() < 0.4:
            steps.append({"k": "edge", "side": rng.randrange(4), "w": 0.03})
        return steps, fmt, rng.randrange(82, 95)
    if cap in ("photocopy", "copy_of_copy"):
        steps = [{"k": "gray"}, {"k": "blur", "sigma": 0.7}, {"k": "toner", "cut": rng.uniform(0.5, 0.62), "slope": rng.uniform(7, 11), "speckle": 0.0004, "streaks": rng.randrange(0, 3)}]
        if cap == "copy_of_copy":
            steps += [{"k": "rotate", "deg": rng.uniform(-1.5, 1.5), "bg": 255}, {"k": "scale", "sx": 0.8}, {"k": "blur", "sigma": 0.8},
                      {"k": "toner", "cut": rng.uniform(0.45, 0.55), "slope": 8, "speckle": 0.0006, "streaks": 1}, {"k": "scale", "sx": 1.25}]
        if on_copy:
            steps.append({"k": "overlay"})
        steps += [{"k": "rotate", "deg": rng.uniform(-2, 2), "bg": 255}, {"k": "pad", "px": rng.randrange(6, 30), "v": rng.randrange(20, 90)},
                  {"k": "noise", "amp": 3}]
        return steps, rng.choice(["png", "tif", "jpg"]), 85
    if cap == "fax":
        fine = rng.random() < 0.5
        steps = [{"k": "gray"}, {"k": "rotate", "deg": rng.uniform(-1.5, 1.5), "bg": 255}, {"k": "scale", "sx": 204 / 200, "sy": (196 if fine else 98) / 200, "box": 1},
                 {"k": "threshold", "t": rng.uniform(135, 165), "dither": 1 if rng.random() < 0.4 else 0, "spread": 70},
                 {"k": "dropout", "n": rng.randrange(0, 5)}]
        if not fine:
            steps.append({"k": "scale", "sx": 1, "sy": 2, "nearest": 1})
        return steps, "tif", 0
    if cap == "scanner_app":
        steps = [{"k": "blur", "sigma": rng.uniform(0.8, 1.3)}, {"k": "vignette", "amp": rng.uniform(0.2, 0.45)}, {"k": "noise", "amp": 4, "mono": 0},
                 {"k": "rotate", "deg": rng.uniform(-0.6, 0.6), "bg": 255}, {"k": "flatten", "sigma": 30, "gain": 1.08}, {"k": "sharpen", "sigma": 1.0}]
        if rng.random() < 0.4:
            steps.insert(0, {"k": "gray"})
        return steps, rng.choice(["jpg", "pdf"]), rng.randrange(70, 88)
    if cap == "chat_forward":
        steps = [{"k": "tint", "r": 1.0, "g": 0.97, "b": 0.9}, {"k": "rotate", "deg": rng.uniform(-3, 3), "bg": 90}, {"k": "blur", "sigma": 1.0},
                 {"k": "vignette", "amp": 0.3}, {"k": "noise", "amp": 5, "mono": 0}, {"k": "fit", "px": rng.choice([1280, 1600, 1080])},
                 {"k": "jpeg", "q": rng.randrange(55, 75)}]
        if rng.random() < 0.3:
            steps += [{"k": "chatframe", "w": 1080}]
            return steps, "png", 0
        steps += [{"k": "fit", "px": 1080 if rng.random() < 0.5 else 1280}]
        return steps, "jpg", rng.randrange(60, 80)
    raise ValueError(cap)


def scene_for(rng, entry, W, H) -> tuple[dict, int, int]:
    """raylib scene: camera, mesh, lights, thumb, glare, desk."""
    cap = entry["capture"]
    w, h = W / 100.0, H / 100.0
    land = W >= H
    card = W < 100
    OW, OH = (2000, 1500) if land else (1500, 2000)
    if card:
        OW, OH = 1600, 1200
    fovy = rng.uniform(40, 58)
    aspect = OW / OH
    tilt = {"desk_photo": rng.uniform(8, 32), "handheld": rng.uniform(5, 22), "gaopaiyi": 0.0, "sleeve": rng.uniform(6, 25),
            "screen": rng.uniform(3, 15)}[cap]
    margin = {"gaopaiyi": rng.uniform(1.15, 1.35), "screen": rng.uniform(1.25, 1.5)}.get(cap, rng.uniform(1.08, 1.35))
    half = math.tan(math.radians(fovy / 2))
    d = max(h / 2 * margin / half, w / 2 * margin / (half * aspect))
    t = math.radians(tilt)
    yaw = math.radians(rng.uniform(-6, 6))
    ox, oz = rng.uniform(-0.03, 0.03) * w, rng.uniform(-0.03, 0.03) * h
    if cap == "handheld" and rng.random() < 0.35:  # framed too tight: one side of the page out of the picture
        ox += rng.choice([-1, 1]) * w * rng.uniform(0.06, 0.14)
    cam = [ox + d * math.sin(t) * math.sin(yaw), d * math.cos(t), oz + d * math.sin(t) * math.cos(yaw)]
    sc = {"cam": cam, "target": [ox, 0, oz], "up": [0, 0, -1], "fovy": fovy, "mesh": "flat", "amp": 0.0,
          "lamp": [rng.uniform(-2, 2) * w, rng.uniform(2.5, 5) * max(w, h), rng.uniform(-2, 1) * h], "lamp_ref": 4.0 * max(w, h),
          "ambient": rng.uniform(0.3, 0.45), "diffuse": rng.uniform(0.55, 0.75),
          "tint": [1.0, rng.uniform(0.94, 1.0), rng.uniform(0.82, 0.97)], "shades": [], "bg": [rng.randrange(40, 110)] * 3}
    if cap in ("desk_photo", "handheld", "sleeve"):
        sc["desk"] = {"color": rng.choice([[190, 150, 110], [150, 110, 80], [210, 210, 205], [120, 120, 125], [230, 225, 215]]),
                      "ox": rng.randrange(0, 200), "oy": rng.randrange(0, 200), "scale": rng.uniform(3, 9), "size": max(w, h) * 5}
        sc["mesh"] = rng.choice(["flat", "arch", "curl", "fold"] if cap == "desk_photo" else ["wave", "curl", "arch"])
        sc["amp"] = rng.uniform(0.01, 0.05) * max(w, h) if not card else rng.uniform(0.0, 0.01)
        sc["corner"] = [rng.choice([0, 1]), rng.choice([0, 1])]
        if rng.random() < 0.5:  # the phone's shadow
            sc["shades"].append([rng.uniform(0.2, 0.8), rng.uniform(0.5, 1.1), rng.uniform(0.25, 0.5), rng.uniform(0.15, 0.4)])
    if cap == "gaopaiyi":  # the document camera's base plate and its LED
        sc["desk"] = {"color": rng.choice([[235, 235, 232], [40, 40, 45], [200, 200, 200]]), "ox": 0, "oy": 0, "scale": 0.5, "size": max(w, h) * 4}
        sc["lamp"] = [0, 1.3 * max(w, h), 0.05]
        sc["lamp_ref"] = 1.2 * max(w, h)
        sc["ambient"], sc["diffuse"] = 0.45, 0.6
        sc["tint"] = [1.0, 1.0, rng.uniform(0.95, 1.02)]
    if cap == "sleeve":  # plastic sleeve: haze and the lamp's reflection
        sc["haze"] = rng.uniform(0.03, 0.1)
        sc["glare"] = [rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85), rng.uniform(0.06, 0.16), rng.uniform(0.7, 1.35)]
    if cap == "screen":
        sc["emit"] = True
        sc["mesh"] = "flat"
        sc["bezel"] = 0.12 * max(w, h)
        sc["grid"] = [rng.uniform(900, 1500) * (w / max(w, h)), rng.uniform(900, 1500) * (h / max(w, h)), rng.uniform(0.2, 0.4)]
        sc["glare"] = [rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.5), rng.uniform(0.2, 0.4), rng.uniform(0.0, 0.25)]
        sc["bg"] = [rng.randrange(10, 40)] * 3
    if cap == "handheld" and rng.random() < 0.75:  # a thumb holding the page at an edge
        edge = rng.randrange(4)
        along = rng.uniform(0.15, 0.85)
        u, v = [(0.0, along), (1.0, along), (along, 0.0), (along, 1.0)][edge]
        r = (0.105 if not card else 0.085) * rng.uniform(0.85, 1.2)  # a thumb's half-width, ~9–13 mm
        ang = [90, 90, 0, 0][edge] + rng.uniform(-25, 25)
        inset = rng.uniform(0.0, 0.6) * r
        u += [inset / w, -inset / w, 0, 0][edge]
        v += [0, 0, inset / h, -inset / h][edge]
        sc["thumb"] = {"u": u, "v": v, "r": r, "deg": ang, "skin": rng.choice([[214, 170, 140], [195, 150, 120], [225, 185, 160]])}
        sc["shades"].append([u + 0.02, v + 0.02, r / w * 2.2, 0.35])
    return sc, OW, OH


def _glare_hides(g, box, W, H) -> bool:
    cu, cv, r, s = g
    if s <= 0.92:
        return False
    lim = math.log(s / 0.92) / 2.2  # g² below this: the mix to white exceeds 0.92, the ink keeps < 8 % of its contrast
    for i in range(9):
        for j in range(4):
            u = (box[0] + (box[2] - box[0]) * i / 8) / W
            v = (box[1] + (box[3] - box[1]) * j / 3) / H
            gg = math.hypot(u - cu, (v - cv) * H / W) / r
            if gg * gg < lim:
                return True
    return False


# ---------------- one document ----------------
def _build(rng, entry):
    kind, var, face = entry["kind"], entry["variant"], entry["face"]
    if kind == "business_license":
        return L.business_license(rng, face, var)
    if kind == "id_card_front":
        return L.id_front(rng, face)
    if kind == "id_card_back":
        return L.id_back(rng, face)
    if kind == "public_health_license":
        return L.public_health(rng, face, var)
    if kind == "food_business_license":
        return L.food(rng, face, var)
    return L.other(rng, face, var)


def make_one(i: int, entry: dict, seed: int, out_dir, session: Session | None = None) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = session is None
    s = session or Session()
    try:
        return _make(i, entry, seed, out_dir, s)
    finally:
        if own:
            s.close()


def _make(i, entry, seed, out_dir, s: Session) -> dict:
    rng = random.Random(f"zv-{seed}-{i}-{entry['kind']}-{entry['variant']}-{entry['capture']}")
    W, H, items, fields, extra = _build(rng, entry)
    lay = s.call({"op": "layout", "items": items})
    boxes = lay.get("boxes") or {}
    if extra.get("valid_to_same_box") and "valid_from" in boxes:
        boxes["valid_to"] = boxes["valid_from"]
    on_page, on_copy, marks = marks_for(rng, entry, W, H, boxes, items)
    items = items + on_page
    cap = entry["capture"]
    stem = f"zv_{i:03d}_{entry['kind']}"
    faces_used: Counter = Counter()
    unread: set[str] = set()
    if cap == "elicense_pdf":
        out = out_dir / f"{stem}.pdf"
        ans = s.call({"op": "pdf", "out": str(out), "w_mm": W, "h_mm": H, "items": items, "title": "电子证照"})
        fmt = "pdf"
    else:
        dpi = _dpi(entry, W)
        page = s.tmp / f"{stem}_page.png"
        ans = s.call({"op": "page", "out": str(page), "w_mm": W, "h_mm": H, "dpi": dpi, "items": items, "quality": -1,
                      "bg": [rng.randrange(244, 256), rng.randrange(242, 254), rng.randrange(232, 250)] if W > 100 else [255, 255, 255]})
        if cap in PHOTO:
            sc, OW, OH = scene_for(rng, entry, W, H)
            shot = s.tmp / f"{stem}_shot.png"
            got = s.photo({"page": str(page), "w_mm": W, "h_mm": H, "out": str(shot), "W": OW, "H": OH, "scene": sc, "boxes": boxes})
            for key, frac in got["inside"].items():
                if frac < 1.0:
                    unread.add(key)
            unread |= {k for k, n in got.get("hidden", {}).items() if n > 0}  # the thumb in front of any part of it
            if sc.get("glare"):
                unread |= {k for k, b in boxes.items() if _glare_hides(sc["glare"], b, W, H)}
            fmt = "jpg"
            out = out_dir / f"{stem}.jpg"
            steps = [{"k": "blur", "sigma": rng.uniform(0.4, 1.0)}, {"k": "vignette", "amp": rng.uniform(0.15, 0.45)},
                     {"k": "noise", "amp": rng.uniform(2, 6), "mono": 0}, {"k": "sharpen", "sigma": 0.8}]
            if cap == "screen":
                steps.insert(0, {"k": "moire", "fx": rng.uniform(0.2, 0.9), "fy": rng.uniform(0.05, 0.5), "amp": rng.uniform(0.03, 0.08)})
            s.call({"op": "capture", "src": str(shot), "out": str(out), "steps": steps, "seed": rng.randrange(1 << 62), "quality": rng.randrange(78, 93)})
            shot.unlink()
        else:
            steps, fmt, q = scan_steps(rng, entry, on_copy, dpi / 25.4)
            # overlay's scale: the image is at page dpi until the first scale step (copies put it before scaling back)
            kk = dpi / 25.4
            for st in steps:
                if st["k"] == "overlay":
                    st["kpx"] = kk
            out = out_dir / f"{stem}.{fmt}"
            s.call({"op": "capture", "src": str(page), "out": str(out), "steps": steps, "seed": rng.randrange(1 << 62), "quality": q,
                    "items": on_copy})
        page.unlink()
    for p, c in (ans.get("faces") or {}).items():
        faces_used[Path(p).name] += c
    if ans.get("missing"):
        raise RuntimeError(f"{stem}: {ans['missing']} characters in no face of their chain (tofu)")
    fl = {k: {"value": v["value"], "unreadable": bool(v["unreadable"] or k in unread)} for k, v in fields.items()}
    return {"file": out.name, "kind": entry["kind"], "variant": f"{entry['kind'].split('_')[0]}-{entry['variant']}",
            "capture": cap, "marks": sorted(set(marks)), "faces": sorted(faces_used), "formats": [fmt],
            "fields": fl}


def generate(out_dir, n: int = 150, seed: int = 9595) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    s = Session()
    try:
        files = [make_one(i, e, seed, out_dir, s) for i, e in enumerate(plan)]
    finally:
        s.close()
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(x for f in fs for x in f["formats"])), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
