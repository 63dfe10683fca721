"""Family AC's generator: the plan, the three engines (a Free Pascal page writer, an OpenSceneGraph photo
renderer under a private Xvfb, a Perl PDL scan/copy/fax pipeline), marks, and the honest ground truth."""

from __future__ import annotations

import fcntl
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

from benchmarks.docgen_ac import layouts as L

HERE = Path(__file__).resolve().parent
FAMILY = "AC"
FACES = [  # (path, face index, short name)
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "ARPL-SungtiL-GB"),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "NotoSerifCJK-SC"),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "DroidSansFallback"),
    ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "ARPL-KaitiM-GB"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "NotoSansCJK-SC"),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "WenQuanYi-ZenHei"),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "NotoSerifCJK-SC-Bold"),
    ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "LXGWWenKai"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "NotoSansCJK-SC-Bold"),
]
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "desk_photo", "handheld", "gaopaiyi", "sleeve", "screen",
            "chat_forward", "scanner_app", "e_licence_pdf"]
PHOTO = {"desk_photo", "handheld", "gaopaiyi", "sleeve", "screen", "chat_forward"}
SOURCES = sorted(p for p in HERE.rglob("*") if p.suffix in (".py", ".pas", ".cpp", ".pl") and "__pycache__" not in p.parts)


def _src_hash(paths) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}|{_src_hash(SOURCES)}|{FACES}".encode())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_ac"


def tools_missing() -> str | None:
    for tool, pkg in (("fpc", "fpc"), ("g++", "g++"), ("perl", "perl"), ("Xvfb", "xvfb"), ("pnmtojpeg", "netpbm")):
        if not shutil.which(tool):
            return f"{tool} not installed (apt-get install {pkg}; `make sysdeps`)"
    if subprocess.run(["perl", "-MPDL", "-e", "1"], capture_output=True).returncode:
        return "Perl PDL not installed (apt-get install pdl; `make sysdeps`)"
    if not Path("/usr/include/osg/Geometry").exists():
        return "OpenSceneGraph headers missing (apt-get install libopenscenegraph-dev; `make sysdeps`)"
    for path, _, _ in FACES:
        if not Path(path).exists():
            return f"font {path} missing (`make sysdeps`)"
    return None


def _env(extra: dict | None = None) -> dict:
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home()), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
           "OMP_NUM_THREADS": "1"}
    env.update(extra or {})
    return env


def build() -> dict:
    """The Pascal page writer and the OSG renderer, compiled once per source hash into the cache."""
    srcs = [HERE / "pascal" / "ac_pages.pas", HERE / "osg" / "ac_photo.cpp"]
    d = cache_root() / _src_hash(srcs)
    pages, photo = d / "ac_pages", d / "ac_photo"
    if pages.exists() and photo.exists():
        return {"pages": pages, "photo": photo, "dir": d}
    d.mkdir(parents=True, exist_ok=True)
    with open(d / ".lock", "w") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX)
        if not pages.exists():
            with tempfile.TemporaryDirectory() as t:
                r = subprocess.run(["fpc", "-O2", "-v0", f"-FU{t}", f"-o{t}/ac_pages", str(srcs[0])], capture_output=True, text=True, env=_env())
                if r.returncode:
                    raise RuntimeError("fpc failed: " + r.stdout[-2000:] + r.stderr[-2000:])
                shutil.move(f"{t}/ac_pages", pages)
        if not photo.exists():
            r = subprocess.run(["g++", "-O2", "-o", str(photo) + ".tmp", str(srcs[1]), "-losg", "-losgDB", "-losgViewer", "-losgUtil",
                                "-lOpenThreads"], capture_output=True, text=True, env=_env())
            if r.returncode:
                raise RuntimeError("g++ failed: " + r.stderr[-3000:])
            os.replace(str(photo) + ".tmp", photo)
    return {"pages": pages, "photo": photo, "dir": d}


class Engines:
    """The three engine processes of one generate call, each fed one job per stdin line."""

    def __init__(self):
        err = tools_missing()
        if err:
            raise RuntimeError(err)
        self.bins = build()
        self.tmp = Path(tempfile.mkdtemp(prefix="docgen_ac_"))
        faces = self.tmp / "faces.txt"
        faces.write_text("".join(f"{p}|{i}\n" for p, i, _ in FACES), encoding="utf-8")
        self.pages = subprocess.Popen([str(self.bins["pages"]), str(faces)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True, encoding="utf-8", env=_env(), cwd=self.tmp)
        self.xvfb = self.photo = self.scan = None

    def _ask(self, proc, line: str) -> str:
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        out = proc.stdout.readline().strip()
        if not out.startswith("ok"):
            raise RuntimeError(f"engine failed: {out or 'no reply'} for {line[:300]}")
        return out[2:].strip()

    def page(self, spec: dict):
        out = self._ask(self.pages, json.dumps(spec, ensure_ascii=False))
        ids, faces, missing = out.rsplit("|", 2)
        if int(missing):
            raise RuntimeError(f"{missing} characters had no glyph in any face")
        return json.loads(ids), [int(x) for x in faces.split(",") if x]

    def photo_job(self, kv: dict) -> dict:
        if self.photo is None:
            r, w = os.pipe()
            self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "320x240x24", "-nolisten", "tcp"], pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
            os.close(w)
            with os.fdopen(r) as f:
                disp = f.readline().strip()
            env = _env({"DISPLAY": f":{disp}", "LIBGL_ALWAYS_SOFTWARE": "1", "GALLIUM_DRIVER": "llvmpipe", "LP_NUM_THREADS": "1",
                         "MESA_SHADER_CACHE_DISABLE": "true", "OSG_NOTIFY_LEVEL": "FATAL", "OSG_THREADING": "SingleThreaded"})
            self.photo = subprocess.Popen([str(self.bins["photo"])], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, text=True, env=env, cwd=self.tmp)
        out = self._ask(self.photo, " ".join(f"{k}={v}" for k, v in kv.items()))
        res = {}
        for part in out.split(";"):
            if part.count(":") == 2:
                fid, inside, px = part.split(":")
                res[fid] = (float(inside), float(px))
        return res

    def scan_job(self, kv: dict) -> None:
        if self.scan is None:
            self.scan = subprocess.Popen(["perl", str(HERE / "perl" / "ac_scan.pl")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, text=True, env=_env({"PDL_AUTOPTHREAD_TARG": "1"}), cwd=self.tmp)
        self._ask(self.scan, " ".join(f"{k}={v}" for k, v in kv.items()))

    def close(self):
        for p in (self.pages, self.photo, self.scan):
            if p is not None:
                try:
                    p.stdin.close()
                    p.wait(timeout=30)
                except Exception:  # noqa: BLE001 - a hung engine is killed below
                    p.kill()
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------- plan
def kinds_for(n: int, seed: int) -> list[dict]:
    total = sum(MIX.values())
    counts = {k: (v * n) // total for k, v in MIX.items()}
    rem = sorted(MIX, key=lambda k: -((MIX[k] * n) % total))
    for k in rem[: n - sum(counts.values())]:
        counts[k] += 1
    if n >= len(MIX):
        for k in MIX:
            while counts[k] == 0:
                big = max(counts, key=counts.get)
                counts[big] -= 1
                counts[k] += 1
    rng = random.Random(f"AC-plan|{n}|{seed}")
    kinds = [k for k in MIX for _ in range(counts[k])]
    rng.shuffle(kinds)
    cyc: dict[str, list[str]] = {}
    plan = []
    for k in kinds:
        allowed = [c for c in CAPTURES if not (c == "e_licence_pdf" and k in ("id_card_front", "id_card_back", "other"))]
        if not cyc.get(k):
            cyc[k] = allowed[:]
            rng.shuffle(cyc[k])
        cap = cyc[k].pop()
        if k == "other":
            var = rng.choice(["hukou", "marriage", "receipt", "application", "notice"])
        elif k in ("business_license", "food_business_license"):
            var = rng.choice(["zhengben", "fuben"])
        else:
            var = "std"
        plan.append({"kind": k, "variant": var, "capture": cap})
    return plan


# ---------------------------------------------------------------- one document
def _fonts(rng: random.Random, pdf: bool) -> dict:
    if pdf:
        v = rng.choice([0, 0, 3])
        return {"value": [v, 0, 3], "label": [0, 3], "title": [0, 3], "seal": 0, "digits": [0, 3], "id_value": [0, 3]}
    v = rng.choice([0, 1, 4, 5])
    return {"value": [v, 1, 4, 2], "label": [rng.choice([4, 5, 2]), 4, 2], "title": [rng.choice([6, 8, 1]), 6, 2],
            "seal": rng.choice([0, 1, 4, 2]), "digits": [rng.choice([4, 2, 5]), 4], "id_value": [rng.choice([5, 4, 1]), 4, 2]}


def _add_marks(pg: L.Pg, rng: random.Random, kind: str, cap: str, card_on_a4: bool, fonts: dict) -> list[str]:
    marks = []
    if kind in ("business_license", "public_health_license", "food_business_license"):
        marks.append("seal")
    if cap == "e_licence_pdf":
        return marks
    hand = [3, 7]
    W, H = pg.W / pg.k, pg.H / pg.k   # page size in mm
    if kind != "other" and rng.random() < 0.4:
        purpose = rng.choice(["办理食品经营许可", "办理公共场所卫生许可", "政务服务中心窗口", "银行开户", "办理社保登记", "本次申报"])
        txt = f"仅供{purpose}使用"
        if rng.random() < 0.4:
            txt += "，他用无效"
        col = rng.choice([[120, 120, 120], [200, 60, 60], [60, 80, 160]])
        rot = rng.uniform(20, 38)
        size = max(5.0, min(W, H) / 14)
        rows = 2 if (card_on_a4 or W < 100) else rng.randint(3, 5)
        for r in range(rows):
            # each row starts off the page's left edge and climbs across the rows of the document
            x = (rng.uniform(-10, 10)) - pg.ox
            y = (H * (r + 1) / (rows + 1) + size * 2) - pg.oy
            if card_on_a4:
                x, y = -pg.ox + 20 + r * 10, 20 + r * 20 + 20
            pg.text(x, y, size, txt, [fonts["label"][0], 4, 2], col, rot=rot, a=rng.uniform(0.22, 0.4))
        marks.append("watermark")
    if cap in ("photocopy", "copy_of_copy", "flatbed", "fax", "scanner_app", "chat_forward") and rng.random() < 0.55:
        # 复印件与原件一致 + a signature and a handwritten date, low on the page (or under the card)
        sx = rng.uniform(0.05, 0.45) * W - pg.ox
        sy = (0.83 * H if not card_on_a4 else 140) - pg.oy
        sw = min(62.0, W * 0.4)
        pg.stamp(sx, sy, sw, sw * 0.22, "复印件与原件一致", fonts["label"][0], rot=rng.uniform(-8, 8),
                 c=rng.choice([[200, 30, 40], [60, 60, 170], [120, 30, 120]]))
        pg.sig(sx + sw + 2, sy - 2, sw * 0.7, sw * 0.25)
        pg.text(sx + sw + 2, sy + sw * 0.25, max(3.5, sw * 0.08), f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}",
                hand, [25, 35, 120], jit=1.0)
        marks += ["copy_note", "handwriting"]
    elif rng.random() < 0.2:
        note = rng.choice(["与原件核对无误", "经办人核对", "已核验原件", "复印有效"])
        nx, ny = rng.uniform(0.1, 0.5) * W - pg.ox, (0.9 * H if not card_on_a4 else 150) - pg.oy
        pg.text(nx, ny, max(3.6, W / 40), note + " " + L.V.person_name(rng), hand, [30, 40, 110], jit=1.0)
        marks.append("handwriting")
    return marks


def _photo_params(rng: random.Random, cap: str, page_h_mm: float, page_w_mm: float, portrait_page: bool) -> dict:
    p = {"mode": {"desk_photo": "desk", "chat_forward": "desk", "handheld": "hand", "gaopaiyi": "gpy", "sleeve": "sleeve",
                  "screen": "screen"}[cap], "page_h_mm": round(page_h_mm, 2)}
    p["portrait"] = 1 if portrait_page and rng.random() < 0.85 else 0
    p["fov"] = round(rng.uniform(50, 66), 1)
    p["tilt"] = round(rng.uniform(3, 28), 1)
    p["az"] = round(rng.uniform(-40, 40), 1)
    p["roll"] = round(rng.uniform(-7, 7), 1)
    p["fill"] = round(rng.uniform(0.72, 0.95), 3)
    p["dx"], p["dy"] = round(rng.uniform(-0.04, 0.04), 3), round(rng.uniform(-0.04, 0.04), 3)
    p["bend"] = round(rng.uniform(0, 0.03) * page_w_mm, 2)
    p["curl"] = round(rng.choice([0, 0, rng.uniform(0.02, 0.08) * page_w_mm]), 2)
    p["wave"] = round(rng.uniform(0, 0.01) * page_w_mm, 2)
    if rng.random() < 0.2 and page_h_mm > 100:
        p["fold"], p["foldv"] = round(rng.uniform(2, 6), 2), round(rng.uniform(0.3, 0.7), 3)
    p["light"] = ",".join(str(round(v)) for v in (rng.uniform(-600, 600), rng.uniform(-400, 600), rng.uniform(500, 1400)))
    p["ambient"], p["diffuse"], p["warm"] = round(rng.uniform(0.35, 0.55), 3), round(rng.uniform(0.45, 0.75), 3), round(rng.uniform(0, 1), 2)
    p["bg"] = ",".join(str(round(v, 3)) for v in rng.choice([(0.55, 0.4, 0.28), (0.7, 0.6, 0.45), (0.35, 0.36, 0.38), (0.8, 0.8, 0.78), (0.25, 0.2, 0.18)]))
    p["desk_kind"] = rng.choice([0, 1, 2])
    p["blur"] = round(rng.uniform(0.5, 1.1), 2)
    p["noise"] = round(rng.uniform(1.5, 4.5), 2)
    p["vignette"] = round(rng.uniform(0.1, 0.35), 3)
    p["gain"] = round(rng.uniform(0.92, 1.12), 3)
    p["wb"] = ",".join(str(round(v, 3)) for v in (rng.uniform(0.96, 1.06), 1.0, rng.uniform(0.9, 1.04)))
    p["q"] = rng.randint(78, 93)
    if p["mode"] == "hand":
        p["tilt"] = round(rng.uniform(5, 25), 1)
        p["roll"] = round(rng.uniform(-14, 14), 1)
        p["fill"] = round(rng.uniform(0.8, 1.08), 3)
        p["curl"] = round(rng.uniform(0.03, 0.1) * page_w_mm, 2)
        if rng.random() < 0.45:
            p["motion"], p["motion_ang"] = round(rng.uniform(1.5, 5), 2), round(rng.uniform(0, 3.14), 3)
    if p["mode"] == "gpy":
        p.update(tilt=round(rng.uniform(0, 3), 1), az=0, roll=round(rng.uniform(-3, 3), 1), fill=round(rng.uniform(0.8, 0.94), 3),
                 light="0,0,900", ambient=0.55, diffuse=0.55, blur=0.5, noise=1.5, vignette=0.12, bend=0, curl=0, wave=0)
        p.pop("fold", None)
        p["bg"] = rng.choice(["0.12,0.12,0.13", "0.2,0.3,0.22", "0.85,0.85,0.85"])
    if p["mode"] == "screen":
        p.update(bend=0, curl=0, wave=0, moire=round(rng.uniform(0.6, 1.4), 3), noise=round(rng.uniform(2.5, 5), 2), tilt=round(rng.uniform(5, 25), 1))
        p.pop("fold", None)
    return p


def make_doc(i: int, entry: dict, seed: int, out_dir: Path, eng: Engines) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"AC|{seed}|{i}")
    kind, cap, var = entry["kind"], entry["capture"], entry["variant"]
    pdf = cap == "e_licence_pdf"
    fonts = _fonts(rng, pdf)
    card = kind in ("id_card_front", "id_card_back")
    photo = cap in PHOTO
    card_on_a4 = card and not photo
    if pdf:
        k = 4.0
    elif photo:
        k = 16.0 if card else 7.0
    elif cap == "flatbed":
        k = rng.choice([150, 200, 200, 300 if card else 200]) / 25.4
    elif cap == "scanner_app":
        k = rng.choice([150, 180, 200]) / 25.4
    else:
        k = 200 / 25.4

    def pg_for(w_mm, h_mm):
        if card_on_a4:
            ox, oy = rng.uniform(25, 100), rng.uniform(20, 60)
            pg = L.Pg(w_mm, h_mm, k, bg=(252, 252, 250), ox=ox, oy=oy, page_w_mm=210, page_h_mm=297)
            return pg
        return L.Pg(w_mm, h_mm, k, bg=rng.choice([(252, 251, 246), (250, 248, 240), (253, 253, 251)]))

    pg, fields, layout = L.BUILDERS[kind](rng, pg_for, fonts, var)
    marks = _add_marks(pg, rng, kind, cap, card_on_a4, fonts)
    variant = layout
    stem = f"ac_{i:03d}"
    work = eng.tmp / f"{stem}.ppm"
    spec = {"w": pg.W, "h": pg.H, "seed": rng.randrange(1, 2**31), "bg": pg.bg, "ops": pg.ops,
            "grain": 0.0 if pdf else round(rng.uniform(0, 0.08), 3)}
    if pdf:
        fname = f"{stem}.pdf"
        spec.update(out="", pdf=str(out_dir / fname), mm_per_px=round(1 / k, 6), pdffaces=L.PDF_FACES, title="电子证照")
    else:
        spec["out"] = str(work)
    ids, used = eng.page(spec)
    W, H = pg.W, pg.H

    bad: set[str] = set()   # op ids a person could not read on this capture

    def samples(b):
        x0, y0, x1, y1 = b[:4]
        return [((x0 + (x1 - x0) * a / 6) / W, (y0 + (y1 - y0) * c / 4) / H) for a in range(7) for c in range(5)]

    fmt = "pdf"
    if photo:
        pw_mm, ph_mm = W / k, H / k
        pp = _photo_params(rng, cap, ph_mm, pw_mm, H > W)
        thumb = glare = None
        if cap in ("handheld", "desk_photo", "sleeve") and rng.random() < (0.75 if cap == "handheld" else 0.2):
            r_mm = rng.uniform(14, 18)
            side = rng.choice(["l", "r", "b"])
            if side == "l":
                u, v = rng.uniform(-0.03, 0.03), rng.uniform(0.25, 0.85)
            elif side == "r":
                u, v = rng.uniform(0.97, 1.03), rng.uniform(0.25, 0.85)
            else:
                u, v = rng.uniform(0.2, 0.8), rng.uniform(0.97, 1.02)
            th2 = r_mm / pw_mm
            ang = 0.0 if side != "b" else 1.5708
            pp["thumb"] = f"{u:.4f},{v:.4f},{th2:.4f},{ang:.4f}"
            thumb = (u, v, th2, ang)
        if cap in ("sleeve", "desk_photo", "handheld", "screen") and rng.random() < (0.8 if cap == "sleeve" else 0.3):
            gu, gv, gr, gs = rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85), rng.uniform(0.05, 0.16), rng.uniform(0.35, 1.1)
            pp["glare"] = f"{gu:.4f},{gv:.4f},{gr:.4f},{gs:.3f}"
            glare = (gu, gv, gr, gs)
        pp["fields"] = ";".join(f"{fid}:{b[0]}:{b[1]}:{b[2]}:{b[3]}:{b[5]}" for fid, b in ids.items())
        pp["seed"] = rng.randrange(1, 2**31)
        shot = eng.tmp / f"{stem}.jpg"
        pp["in"], pp["out"] = str(work), str(shot)
        vis = eng.photo_job(pp)
        for fid, (inside, gpx) in vis.items():
            if inside < 0.97 or gpx < 7.0:
                bad.add(fid)
        for fid, b in ids.items():
            for (u, v) in samples(b):
                if thumb:
                    tu, tv, th2, ang = thumb
                    rx, ry = 0.62 * th2 * 1.15, 1.1 * th2 * (W / H) * 1.15
                    if ang:
                        rx, ry = 1.1 * th2 * 1.15, 0.62 * th2 * (W / H) * 1.15
                    if ((u - tu) / rx) ** 2 + ((v - tv) / ry) ** 2 < 1:
                        bad.add(fid)
                if glare and glare[3] > 0.5:
                    gu, gv, gr, gs = glare
                    lim = math.log(gs / 0.5) / 1.2
                    if ((u - gu) / gr) ** 2 + ((v - gv) * (H / W) / gr) ** 2 < lim:
                        bad.add(fid)
        if cap == "chat_forward":
            fmt = "jpg"
            twice = int(rng.random() < 0.5)
            eng.scan_job({"in": str(shot), "out": str(out_dir / f"{stem}.jpg"), "mode": "chat", "seed": rng.randrange(1, 2**31),
                          "scale": round(2048 / rng.choice([1280, 1280, 1080, 1600]), 4), "q": rng.randint(60, 80), "twice": twice, "q1": rng.randint(70, 85)})
            fname = f"{stem}.jpg"
        else:
            fmt = "jpg"
            fname = f"{stem}.jpg"
            shutil.move(str(shot), out_dir / fname)
    elif not pdf:
        job = {"in": str(work), "seed": rng.randrange(1, 2**31), "scale": 1.0}
        mode = {"flatbed": "flatbed", "photocopy": "copy", "copy_of_copy": "copy2", "fax": "fax", "scanner_app": "scanapp"}[cap]
        job["mode"] = mode
        job["skew"] = round(rng.uniform(-1.6, 1.6), 3) if mode != "scanapp" else round(rng.uniform(-0.5, 0.5), 3)
        job["ox"], job["oy"] = round(rng.uniform(-4, 12), 1), round(rng.uniform(-4, 12), 1)
        if mode == "flatbed":
            fmt = rng.choice(["jpg", "jpg", "png", "tif"])
            job.update(noise=round(rng.uniform(1, 3.5), 2), gain=round(rng.uniform(0.97, 1.04), 3), q=rng.randint(82, 95),
                       wb=",".join(str(round(v, 3)) for v in (rng.uniform(0.97, 1.02), 1.0, rng.uniform(0.93, 1.01))))
        elif mode in ("copy", "copy2"):
            fmt = rng.choice(["png", "jpg", "tif"])
            job["q"] = rng.randint(80, 92)
        elif mode == "fax":
            fmt = rng.choice(["tif", "png"])
            job["lines"] = rng.choice([98, 196])
            job["dpi_in"] = round(k * 25.4)
            job["thr"] = rng.randint(135, 165)
        else:
            fmt = "jpg"
            job.update(gray=int(rng.random() < 0.4), q=rng.randint(75, 90))
        job["fmt"] = fmt
        fname = f"{stem}.{fmt}"
        job["out"] = str(out_dir / fname)
        eng.scan_job(job)
        # glyphs too small to read on this capture (fax lines halve the height; a copy of a copy loses thin strokes)
        for fid, b in ids.items():
            gpx = b[5]
            if mode == "fax":
                gpx = gpx * job["lines"] / job["dpi_in"]
            limit = {"fax": 8.0, "copy2": 11.0}.get(mode, 6.0)
            if gpx < limit:
                bad.add(fid)
    if work.exists():
        work.unlink()

    truth_fields = {}
    for key, (value, fid) in fields.items():
        truth_fields[key] = {"value": value, "unreadable": bool(fid is not None and value != "" and (fid in bad or fid not in ids))}
    return {"file": fname, "kind": kind, "fields": truth_fields, "capture": cap, "variant": variant, "marks": sorted(set(marks)),
            "faces": sorted({FACES[j][2] for j in used}), "formats": [fmt]}


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    eng = Engines()
    try:
        return make_doc(i, entry, seed, Path(out_dir), eng)
    finally:
        eng.close()


def generate(out_dir, n: int = 150, seed: int = 6262) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    eng = Engines()
    try:
        files = [make_doc(i, e, seed, out_dir, eng) for i, e in enumerate(plan)]
    finally:
        eng.close()
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "formats": dict(Counter(f["formats"][0] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
