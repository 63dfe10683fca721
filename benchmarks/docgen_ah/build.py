"""Family AH: pages drawn by a D program (gdc) with its own anti-aliased scanline filler over FreeType
glyph outlines, captures by the same D program's own pixel code (perspective warps, lighting, copier
toner, fax binarisation, screen moiré), e-licence PDFs by an own writer on pikepdf + fontTools.
`generate(out_dir, n, seed)` writes the files and truth.json; see README.md."""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_ah import docs as D
from benchmarks.docgen_ah import values as V
from benchmarks.docgen_ah.page import Page, face_files, font_commands, here, missing_faces

DEFAULT_SEED = 5757
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
PAPER = ["flatbed", "photocopy", "copy2", "fax_std", "fax_fine", "scanapp", "chat"]
PHOTO = ["desk", "handheld", "gaopaiyi", "sleeve", "screen"]
LICENCES = ("business_license", "public_health_license", "food_business_license")
OTHER_DOCS = ["form", "receipt", "letter", "hukou", "marriage", "blank"]


# ---------------------------------------------------------------- plan
def kinds_for(n: int, seed: int = DEFAULT_SEED) -> list[dict]:
    """The plan: one {kind, capture} per file, the default mix scaled to n, shuffled by seed."""
    rng = random.Random(f"ah-plan-{seed}")
    if n < 30:
        cycle = ["id_card_front", "business_license", "id_card_back", "food_business_license", "public_health_license", "other"]
        kinds = [cycle[i % len(cycle)] for i in range(n)]
        caps = ["handheld", "epdf", "photocopy", "fax_std", "desk", "scanapp", "sleeve", "screen", "chat", "gaopaiyi", "copy2", "flatbed", "fax_fine"]
        return [{"kind": k, "capture": caps[i % len(caps)] if not (caps[i % len(caps)] == "epdf" and k not in LICENCES) else "flatbed"}
                for i, k in enumerate(kinds)]
    total = sum(c for _, c in MIX)
    counts = [max(1, round(c * n / total)) for _, c in MIX]
    counts[2] += n - sum(counts)
    kinds = [k for (k, _), c in zip(MIX, counts, strict=True) for _ in range(c)]
    rng.shuffle(kinds)
    plan = []
    cyc = {"lic": 0, "id": 0, "oth": 0}
    lic_caps = PAPER + PHOTO + ["epdf", "epdf"]
    id_caps = PAPER + PHOTO + ["handheld", "desk"]
    oth_caps = PAPER + PHOTO
    orders = {k: rng.sample(v, len(v)) for k, v in (("lic", lic_caps), ("id", id_caps), ("oth", oth_caps))}
    for k in kinds:
        g = "lic" if k in LICENCES else "id" if k.startswith("id_") else "oth"
        o = orders[g]
        plan.append({"kind": k, "capture": o[cyc[g] % len(o)]})
        cyc[g] += 1
    return plan


# ---------------------------------------------------------------- the D engine
def _sources() -> list[Path]:
    d = here()
    return sorted([*d.glob("*.py"), *(d / "d").glob("*.d"), *(d / "d").glob("*.c")])


def _native_hash() -> str:
    h = hashlib.sha256()
    for p in sorted((here() / "d").glob("*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"ah|{n}|{seed}".encode())
    for p in _sources():
        if p.exists():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:20]


def _env() -> dict:
    return {"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": os.environ.get("HOME", "/tmp"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def missing_tools() -> list[str]:
    out = []
    for tool in ("gdc", "gcc", "pkg-config", "fc-list"):
        if not shutil.which(tool, path="/usr/bin:/bin:/usr/local/bin"):
            out.append(f"{tool} (make sysdeps)")
    if not out and subprocess.run(["pkg-config", "--exists", "freetype2"], env=_env()).returncode:
        out.append("libfreetype-dev (make sysdeps)")
    try:
        import fontTools  # noqa: F401
        import pikepdf  # noqa: F401
    except ImportError as e:
        out.append(f"{e.name} (make venv)")
    if "fc-list (make sysdeps)" not in out:
        out += [f"font {f} (make sysdeps)" for f in missing_faces()]
    return out


def binary() -> Path:
    """The D drawer, compiled once per source hash into ~/.cache/zongchuang/docgen_ah/<hash>/."""
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_ah" / _native_hash()
    exe = base / "ahdraw"
    if exe.exists():
        return exe
    base.mkdir(parents=True, exist_ok=True)
    tmp = base / f"build.{os.getpid()}"
    tmp.mkdir(exist_ok=True)
    env = _env()
    cf = subprocess.run(["pkg-config", "--cflags", "freetype2"], capture_output=True, text=True, env=env, check=True).stdout.split()
    lf = subprocess.run(["pkg-config", "--libs", "freetype2"], capture_output=True, text=True, env=env, check=True).stdout.split()
    src = here() / "d"
    subprocess.run(["gcc", "-O2", "-c", *cf, str(src / "ftshim.c"), "-o", str(tmp / "ftshim.o")], env=env, check=True, cwd=tmp)
    subprocess.run(["gdc", "-O3", "-frelease", "-fno-bounds-check", "-o", str(tmp / "ahdraw"), str(src / "ahdraw.d"), str(tmp / "ftshim.o"), *lf],
                   env=env, check=True, cwd=tmp)
    os.replace(tmp / "ahdraw", exe)
    shutil.rmtree(tmp, ignore_errors=True)
    return exe


class Engine:
    """One D process; documents are streamed in as command lines, each answered with "ok"."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([str(binary())], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(),
                                     text=True, encoding="utf-8", bufsize=1)
        self.send(font_commands())

    def send(self, lines: list[str]) -> None:
        assert self.proc.stdin
        self.proc.stdin.write("\n".join(lines) + "\n")
        self.proc.stdin.flush()

    def render(self, lines: list[str], ppm: Path) -> np.ndarray:
        self.send([*lines, f"O\t{ppm}"])
        assert self.proc.stdout
        ans = self.proc.stdout.readline()
        if not ans.startswith("ok"):
            raise RuntimeError(f"ahdraw failed on {ppm.name}: {ans!r}")
        with Image.open(ppm) as im:
            a = np.asarray(im.convert("RGB"))
        ppm.unlink()
        return a

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


# ---------------------------------------------------------------- geometry
def homography(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """3x3 H (row-major) with src ~ H·dst: the D warp samples the source at H(x, y)."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return [*h.tolist(), 1.0]


def fmt(v) -> str:
    return f"{v:.6g}" if isinstance(v, float) else str(v)


def K(*a) -> str:  # noqa: N802
    return "\t".join(["K", *map(fmt, a)])


def warp_cmd(rng: random.Random, pw: int, ph: int, ow: int, oh: int, fill: float, tilt: float, rot: float,
             bg: int, bgc: tuple[float, float, float]) -> str:
    """Place the page (pw×ph) into an ow×oh frame covering `fill` of it, rotated by rot degrees, corners
    jittered by `tilt` of the page size (perspective); returns the D warp command."""
    s = min(ow * fill / pw, oh * fill / ph)
    cx, cy = ow / 2 + rng.uniform(-0.04, 0.04) * ow, oh / 2 + rng.uniform(-0.04, 0.04) * oh
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    dst = []
    for x, y in ((0, 0), (pw, 0), (pw, ph), (0, ph)):
        dx, dy = (x - pw / 2) * s, (y - ph / 2) * s
        dx += rng.uniform(-tilt, tilt) * pw * s
        dy += rng.uniform(-tilt, tilt) * ph * s
        dst.append((cx + dx * ca - dy * sa, cy + dx * sa + dy * ca))
    H = homography(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    LAST_WARP[:] = [homography([(0, 0), (pw, 0), (pw, ph), (0, ph)], dst), ow, oh]
    return K("warp", ow, oh, *H, bg, *bgc, rng.randrange(1 << 30))


LAST_WARP: list = []  # the latest photo warp's page->frame mapping and frame size (for out-of-frame fields)


def out_of_frame(page: Page, fwd: list[float], ow: int, oh: int) -> set[str]:
    """Fields any of whose characters the camera frame cuts off (mapped outside it, 3 px margin)."""
    gone = set()
    for k, boxes in page.boxes.items():
        for b in boxes:
            for x, y in ((b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])):
                w = fwd[6] * x + fwd[7] * y + fwd[8]
                u, v = (fwd[0] * x + fwd[1] * y + fwd[2]) / w, (fwd[3] * x + fwd[4] * y + fwd[5]) / w
                if not (3 <= u <= ow - 3 and 3 <= v <= oh - 3):
                    gone.add(k)
    return gone


# ---------------------------------------------------------------- marks and occluders
def _overlaps(a, b) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def free_spot(page: Page, w: float, h: float, rng: random.Random, region=None):
    boxes = [bx for v in page.boxes.values() for bx in v]
    x0, y0, x1, y1 = region or (0.05 * page.w, 0.05 * page.h, 0.95 * page.w, 0.95 * page.h)
    for _ in range(200):
        x = rng.uniform(x0, max(x0, x1 - w))
        y = rng.uniform(y0, max(y0, y1 - h))
        r = (x, y, x + w, y + h)
        if not any(_overlaps(r, (b[0] - 8, b[1] - 8, b[2] + 8, b[3] + 8)) for b in boxes):
            return x, y
    return None


def add_marks(page: Page, kind: str, capture: str, rng: random.Random, a4_card: bool) -> list[str]:
    marks: list[str] = []
    card_alone = kind.startswith("id_card") and not a4_card
    copyish = capture in ("photocopy", "copy2", "fax_std", "fax_fine", "flatbed", "scanapp", "chat")
    if kind == "other" and rng.random() < 0.5:
        return marks
    if rng.random() < 0.32:
        marks.append("watermark")
        txt = rng.choice(["仅供办理营业执照变更使用", "仅供食品经营许可申请使用，他用无效", "仅供政务服务中心存档使用", "仅供公共场所卫生许可办理使用", "此复印件仅供本次业务使用"])
        col = rng.choice([(0.55, 0.55, 0.55), (0.85, 0.25, 0.2), (0.3, 0.45, 0.8)])
        size = page.w / rng.uniform(16, 24)
        ang = rng.choice([-30.0, -25.0, -35.0, -20.0])
        wa = rng.uniform(0.16, 0.24)
        from benchmarks.docgen_ah.page import width
        L = width("sans", size, txt) * 1.25
        ca, sa = math.cos(math.radians(ang)), math.sin(math.radians(ang))
        gap = size * rng.uniform(3.5, 5.0)
        diag = math.hypot(page.w, page.h)
        for j in range(-int(diag / gap) - 1, int(diag / gap) + 2):
            # rows perpendicular to the text direction, each a chain of repeats along it
            bx, by = page.w / 2 - sa * j * gap, page.h / 2 + ca * j * gap
            off = rng.uniform(0, L)
            for i in range(-int(diag / L) - 2, int(diag / L) + 2):
                x, y = bx + ca * (i * L + off), by + sa * (i * L + off)
                if -L < x < page.w + L * 0.2 and -size < y < page.h + L * 0.6:
                    page.text("sans", size, x, y, txt, color=col, alpha=wa, angle=ang)
    if card_alone:
        return marks
    if (copyish or a4_card) and rng.random() < 0.45:
        fs = page.w / rng.uniform(26, 34)
        spot = free_spot(page, fs * 9, fs * 3.4, rng, (0.04 * page.w, 0.55 * page.h, 0.96 * page.w, 0.97 * page.h)) or \
            free_spot(page, fs * 9, fs * 3.4, rng)
        if spot:
            marks.append("copy_note")
            x, y = spot
            ink = rng.choice([D.BLUE_INK, (0.05, 0.05, 0.05)])
            face = rng.choice(["hand", "ukai", "kai"])
            page.text(face, fs, x, y + fs, "复印件与原件一致", color=ink, angle=rng.uniform(-4, 3))
            # signature: a name in a hand face plus a flourish
            nm = V.person(rng)["name"]
            w = page.text("hand", fs * 1.25, x + fs * 1.2, y + fs * 2.5, nm, color=ink, angle=rng.uniform(-8, 4))
            pts, cx = [], x + fs * 1.2 + w + fs * 0.3
            for t in range(14):
                pts.append((cx + t * fs * 0.22, y + fs * 2.3 + math.sin(t * 1.3) * fs * 0.35 - t * fs * 0.04))
            page.stroke(pts, max(1.5, fs * 0.06), ink, 0.9)
            page.text("hand", fs * 0.8, x + fs * 1.2, y + fs * 3.4, f"2026.{rng.randint(1, 9)}.{rng.randint(1, 28)}", color=ink)
    if rng.random() < 0.22:
        r = page.w / rng.uniform(11, 16)
        spot = free_spot(page, r * 1.4, r * 1.4, rng)
        pos = spot if spot and rng.random() < 0.5 else (rng.uniform(0.1, 0.8) * page.w, rng.uniform(0.15, 0.8) * page.h)
        marks.append("stamp")
        m = D.MM(page, 1.0)
        D.seal(m, pos[0] + r * 0.7, pos[1] + r * 0.7, r * 0.7, rng.choice(["政务服务中心综合受理窗口", f"{rng.choice(V.TRADE_WORDS)}科技有限公司", "经办核验专用", "市场监督管理局登记注册科"]),
               rng.choice(["", "业务专用章", "核验章"]), alpha=0.55)
    if rng.random() < 0.25:
        fs = page.w / rng.uniform(24, 32)
        txt = rng.choice(["已核对 原件已收回", "请于5个工作日内补正", "材料齐全", "仅用于办理本次业务", "核验人：窗口3号"])
        spot = free_spot(page, fs * len(txt) * 1.05, fs * 1.5, rng)
        if spot:
            marks.append("handwriting")
            page.text(rng.choice(["hand", "ukai"]), fs, spot[0], spot[1] + fs, txt, color=rng.choice([D.BLUE_INK, (0.75, 0.1, 0.1), (0.1, 0.1, 0.1)]),
                      angle=rng.uniform(-6, 6))
    return marks


SHORT = ("sex", "nation", "birth_date", "name", "valid_to", "valid_from", "established_date", "legal_representative",
         "registered_capital", "license_items", "credit_code", "id_number", "issuing_authority")


def occlude(page: Page, fields: dict, capture: str, rng: random.Random) -> tuple[set[str], str]:
    """Glare (desk, sleeve) or a thumb (hand-held) fully over one field; returns the fields a person
    cannot read any more (every field any of whose characters lies under the core)."""
    cands = [k for k in SHORT if k in page.boxes and k in fields and fields[k]]
    if not cands:
        return set(), ""
    key = rng.choice(cands)
    bx = page.boxes[key]
    x0, y0 = min(b[0] for b in bx), min(b[1] for b in bx)
    x1, y1 = max(b[2] for b in bx), max(b[3] for b in bx)
    if capture == "handheld":
        # a thumb from the nearest side edge over the field
        left = x0 < page.w - x1
        cx = x0 - (x1 - x0) * 0.1 if left else x1 + (x1 - x0) * 0.1
        rx = max((x1 - x0) * 1.15, 0.08 * page.w)
        cx = min(cx, rx * 0.6) if left else max(cx, page.w - rx * 0.6)
        rx = max(rx, (x1 - cx) * 1.12 if left else (cx - x0) * 1.12)
        ry = (y1 - y0) * 0.75 + 0.02 * page.h
        cy = (y0 + y1) / 2
        skin = (0.86, 0.66, 0.55)
        page.ellipse(cx, cy, rx * 1.05, ry * 1.08, (0.45, 0.3, 0.25), 0.35)
        page.ellipse(cx, cy, rx, ry, skin, 1.0)
        page.ellipse(cx + (rx * 0.55 if left else -rx * 0.55), cy - ry * 0.1, rx * 0.28, ry * 0.6, (0.93, 0.8, 0.74), 0.9)
        core = (cx, cy, rx, ry)
        how = "thumb"
    else:
        cx, cy = (x0 + x1) / 2 + rng.uniform(-0.1, 0.1) * (x1 - x0), (y0 + y1) / 2
        rx, ry = (x1 - x0) * 0.62 + 0.01 * page.w, (y1 - y0) * 0.62 + 0.008 * page.h
        if (x1 - x0) / 2 > rx * 0.8:
            rx = (x1 - x0) * 0.75
        for f, a in ((2.4, 0.2), (1.8, 0.35), (1.35, 0.6)):
            page.ellipse(cx, cy, rx * f, ry * f, (1, 1, 1), a)
        page.ellipse(cx, cy, rx, ry, (1, 1, 1), 1.0)
        core = (cx, cy, rx, ry)
        how = "glare"
    gone = set()
    for k, boxes in page.boxes.items():
        for b in boxes:
            for i in range(11):
                for j in range(4):
                    px_, py_ = b[0] + (b[2] - b[0]) * i / 10, b[1] + (b[3] - b[1]) * j / 3
                    if ((px_ - core[0]) / core[2]) ** 2 + ((py_ - core[1]) / core[3]) ** 2 < 1.0:
                        gone.add(k)
    if how == "glare":
        # what the halo leaves (alpha ≤ 0.6 white) is still legible; fields under the core are not
        pass
    return gone, how


# ---------------------------------------------------------------- one file
def _page_for(plan: dict, rng: random.Random) -> tuple[Page, dict, str, float, bool]:
    kind, cap = plan["kind"], plan["capture"]
    photo = cap in PHOTO
    if kind in ("id_card_front", "id_card_back"):
        a4 = cap in ("photocopy", "copy2", "fax_std", "fax_fine") or (cap in ("flatbed", "scanapp", "chat") and rng.random() < 0.5)
        k = 9.0 if a4 else (rng.uniform(11, 14) if not photo else rng.uniform(10, 12))
        page, f, var = D.id_page(rng, "front" if kind == "id_card_front" else "back", a4, k)
        return page, f, var, k, a4
    if kind == "business_license":
        land = rng.random() < 0.5 and not cap.startswith("fax")  # an A3 正本 is faxed as its A4 副本
        k = (rng.uniform(5.2, 6.2) if land else rng.uniform(7.2, 8.4)) * (0.85 if photo else 1.0)
        page, f, var = D.business(rng, k, land)
        return page, f, var, k, False
    if kind == "public_health_license":
        k = rng.uniform(7.0, 8.2) * (0.88 if photo else 1.0)
        page, f, var = D.health(rng, k)
        return page, f, var, k, False
    if kind == "food_business_license":
        land = rng.random() < 0.5
        k = (rng.uniform(7.0, 8.0)) * (0.88 if photo else 1.0)
        page, f, var = D.food(rng, k, land)
        return page, f, var, k, False
    which = OTHER_DOCS[rng.randrange(len(OTHER_DOCS))]
    k = rng.uniform(6.5, 7.5)
    page, f, var = D.other(rng, k, which)
    return page, f, var, k, False


def capture_chain(cap: str, page: Page, k: float, rng: random.Random) -> tuple[list[str], dict]:
    """The D ops after the page is drawn, and how the result is to be saved."""
    pw, ph = page.w, page.h
    ops: list[str] = []
    save = {"fmt": "jpg", "q": 88}
    R = lambda: rng.randrange(1 << 30)  # noqa: E731
    if cap == "flatbed":
        ow, oh = int(pw * 1.02), int(ph * 1.02)
        ops.append(warp_cmd(rng, pw, ph, ow, oh, 0.98, 0.0, rng.uniform(-1.2, 1.2), 0, (0.96, 0.96, 0.95)))
        ops += [K("blur", 0.6), K("levels", 0.02, 0.97, rng.uniform(0.9, 1.1)), K("noise", 0.008, R(), 0)]
        save = {"fmt": rng.choice(["jpg", "png"]), "q": rng.randint(85, 94)}
    elif cap in ("photocopy", "copy2"):
        for gen in range(1 if cap == "photocopy" else 2):
            ow, oh = pw, ph
            ops.append(warp_cmd(rng, pw, ph, ow, oh, 0.985, 0.0, rng.uniform(-1.0, 1.0), 0, (0.93, 0.93, 0.93)))
            ops += [K("gray"), K("blur", 0.7 + gen * 0.3), K("levels", 0.1 + gen * 0.04, 0.93 - gen * 0.02, 1.6),
                    K("speckle", rng.uniform(0.02, 0.08), R()), K("noise", 0.02, R(), 1)]
            if rng.random() < 0.4:
                ops.append(K("streak", rng.uniform(0, pw), rng.uniform(2, 6), rng.uniform(0.08, 0.2)))
            if gen == 0 and cap == "copy2":
                ops += [K("resize", int(pw * 0.8), int(ph * 0.8)), K("resize", pw, ph)]
        save = {"fmt": rng.choice(["png", "jpg", "tif"]), "q": rng.randint(75, 90)}
    elif cap in ("fax_std", "fax_fine"):
        ow = 1728
        oh = int(ph * 1728 / pw * (98 / 204 if cap == "fax_std" else 1.0) * (1.0 if cap == "fax_std" else 196 / 204))
        if pw > ph:  # a landscape page goes through the fax lengthwise
            ops.append(K("rot90"))
            pw, ph = ph, pw
            oh = int(ph * 1728 / pw * (98 / 204 if cap == "fax_std" else 196 / 204))
        # the fax's scanner darkens mid-greys first, so hairline strokes survive the coarse line pitch
        ops += [K("gray"), K("blur", 0.5), K("levels", 0.0, 0.96, 1.8), K("resize", ow, oh)]
        ops.append(K("jitter", 0.8, R()))
        ops.append(K("dither") if cap == "fax_fine" and rng.random() < 0.3 else K("thresh", rng.uniform(0.52, 0.58), 0.04, R()))
        save = {"fmt": "fax", "dpi": (204, 98 if cap == "fax_std" else 196)}
    elif cap == "scanapp":
        ow, oh = pw, ph
        ops.append(warp_cmd(rng, pw, ph, ow, oh, 1.0, 0.006, rng.uniform(-0.5, 0.5), 0, (1, 1, 1)))
        ops += [K("gradient", rng.uniform(-1, 1), rng.uniform(-1, 1), 0.08), K("blur", 0.5), K("levels", 0.08, 0.82, 0.95)]
        if rng.random() < 0.35:
            ops.append(K("gray"))
        save = {"fmt": rng.choice(["pdf", "jpg"]), "q": rng.randint(72, 86)}
    elif cap == "chat":
        long = rng.choice([1280, 1080, 1440])
        s = long / max(pw, ph)
        ow, oh = int(pw * s), int(ph * s)
        if rng.random() < 0.5:
            ops.append(warp_cmd(rng, pw, ph, ow, oh, 0.9, 0.03, rng.uniform(-3, 3), 3, (0.55, 0.5, 0.45)))
            ops += [K("gradient", rng.uniform(-1, 1), rng.uniform(-1, 1), 0.15), K("blur", 0.6)]
        else:
            ops += [K("resize", ow, ow * ph // pw)]
        ops.append(K("noise", 0.01, R(), 0))
        save = {"fmt": "chat", "q": rng.randint(55, 72)}
    else:
        # photos: a camera frame, the page inside it in perspective
        landscape = rng.random() < (0.7 if pw > ph else 0.3)
        base = {"desk": 2048, "handheld": 2000, "gaopaiyi": 2224, "sleeve": 2000, "screen": 1920}[cap]
        ow, oh = (base, int(base * 0.75)) if landscape else (int(base * 0.75), base)
        if cap == "screen":
            ops += [K("tint", 0.93, 0.97, 1.05), K("subpix", 1, 0.12), K("moire", rng.uniform(5, 9), rng.uniform(0, 3), 0.1)]
            ops.append(warp_cmd(rng, pw, ph, ow, oh, rng.uniform(0.78, 0.88), 0.04, rng.uniform(-4, 4), 4, (0.06, 0.06, 0.07)))
            ops += [K("blur", 1.0), K("levels", 0.05, 0.95, 1.0), K("noise", 0.02, R(), 0)]
        else:
            if cap == "sleeve":
                ops += [K("haze", rng.uniform(0.1, 0.16)), K("band", rng.uniform(0, pw), 0, rng.uniform(0, pw), ph, pw * 0.05, rng.uniform(0.25, 0.4))]
            fill = {"desk": rng.uniform(0.72, 0.86), "handheld": rng.uniform(0.8, 0.92), "gaopaiyi": rng.uniform(0.75, 0.88), "sleeve": rng.uniform(0.74, 0.86)}[cap]
            tilt = {"desk": 0.05, "handheld": 0.07, "gaopaiyi": 0.01, "sleeve": 0.05}[cap]
            rot = {"desk": 6, "handheld": 9, "gaopaiyi": 2, "sleeve": 6}[cap]
            bg = {"desk": rng.choice([1, 3, 0]), "handheld": rng.choice([1, 3, 0]), "gaopaiyi": 2, "sleeve": rng.choice([1, 3])}[cap]
            bgc = {1: (0.55, 0.38, 0.22), 3: (0.35, 0.4, 0.45), 0: (0.72, 0.72, 0.7), 2: (0.2, 0.2, 0.22)}[bg]
            ops.append(warp_cmd(rng, pw, ph, ow, oh, fill, tilt, rng.uniform(-rot, rot), bg, bgc))
            if cap == "gaopaiyi":
                ops += [K("barrel", rng.uniform(-0.04, 0.04)), K("light", ow / 2, oh / 2, ow * 0.6, 0.06)]
            else:
                ops += [K("gradient", rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(0.1, 0.25)), K("vignette", rng.uniform(0.1, 0.3)),
                        K("tint", *(rng.choice([(1.0, 0.97, 0.9), (0.95, 0.98, 1.05), (1, 1, 1)])))]
                if rng.random() < 0.5:
                    ops.append(K("light", rng.uniform(0, ow), rng.uniform(0, oh), ow * 0.25, rng.uniform(0.08, 0.18)))
            if cap == "handheld":
                a = rng.uniform(0, math.pi)
                ln = rng.uniform(2, 5)
                ops.append(K("motion", ln * math.cos(a), ln * math.sin(a)))
            ops += [K("blur", rng.uniform(0.6, 1.3)), K("noise", rng.uniform(0.012, 0.028), R(), 0)]
        save = {"fmt": "jpg", "q": rng.randint(78, 92)}
    return ops, save


def _save(arr: np.ndarray, save: dict, path_stem: Path, k: float) -> tuple[Path, list[str]]:
    im = Image.fromarray(arr)
    f = save["fmt"]
    if f == "png":
        p = path_stem.with_suffix(".png")
        im.save(p, optimize=False)
        return p, ["png"]
    if f == "tif":
        p = path_stem.with_suffix(".tif")
        im.convert("L").save(p, compression="tiff_lzw", dpi=(round(k * 25.4), round(k * 25.4)))
        return p, ["tiff-lzw"]
    if f == "fax":
        p = path_stem.with_suffix(".tif")
        im.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1").save(p, compression="group4", dpi=save["dpi"])
        return p, [f"tiff-g4-{save['dpi'][0]}x{save['dpi'][1]}"]
    if f == "pdf":
        from benchmarks.docgen_ah.pdfout import image_pdf
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=save["q"])
        p = path_stem.with_suffix(".pdf")
        image_pdf(buf.getvalue(), im.width, im.height, k * 25.4, p)
        return p, ["pdf-image"]
    if f == "chat":
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=save["q"] + 10)
        buf.seek(0)
        p = path_stem.with_suffix(".jpg")
        Image.open(buf).save(p, "JPEG", quality=save["q"])
        return p, ["jpeg-reencoded"]
    p = path_stem.with_suffix(".jpg")
    im.save(p, "JPEG", quality=save["q"])
    return p, ["jpeg"]


def make_one(i: int, plan: dict, seed: int, out_dir, engine: Engine | None = None) -> dict:
    """File i of the set (its plan entry {kind, capture}) written into out_dir; returns its truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"ah-{seed}-{i}")
    kind, cap = plan["kind"], plan["capture"]
    page, fields, variant, k, a4 = _page_for(plan, rng)
    stem = out_dir / f"ah{i + 1:04d}"
    if cap == "epdf":
        from benchmarks.docgen_ah.pdfout import vector_pdf
        title = {"business_license": "电子营业执照", "public_health_license": "公共场所卫生许可证（电子证照）",
                 "food_business_license": "食品经营许可证（电子证照）"}[kind]
        path = stem.with_suffix(".pdf")
        vector_pdf(page, k, path, title)
        marks, formats, unread = [], ["pdf-vector"], set()
    else:
        if cap in ("fax_std", "fax_fine"):
            page.text("mono", page.w / 95, page.w * 0.03, page.h * 0.012 + page.w / 95,
                      f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  FROM:0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}  P.01/01")
        marks = add_marks(page, kind, cap, rng, a4)
        unread: set[str] = set()
        if kind != "other" and cap in ("desk", "handheld", "sleeve") and rng.random() < 0.35:
            unread, how = occlude(page, fields, cap, rng)
            if how:
                marks.append(how)
        LAST_WARP.clear()
        ops, save = capture_chain(cap, page, k, rng)
        if LAST_WARP and (cap in PHOTO or cap == "chat") and kind != "other":
            cut = out_of_frame(page, *LAST_WARP) & set(fields)
            if cut:
                unread |= cut
                marks.append("out_of_frame")
        own = engine is None
        eng = engine or Engine()
        try:
            arr = eng.render(page.commands() + ops, stem.with_suffix(".ppm"))
        finally:
            if own:
                eng.close()
        path, formats = _save(arr, save, stem, k)
    return {"file": path.name, "kind": kind,
            "fields": {key: {"value": v, "unreadable": key in unread} for key, v in fields.items()},
            "capture": cap, "variant": variant, "marks": sorted(marks), "faces": sorted(page.faces), "formats": formats}


def generate(out_dir, n: int = 150, seed: int = DEFAULT_SEED) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    eng = Engine()
    try:
        files = [make_one(i, p, seed, out_dir, eng) for i, p in enumerate(plan)]
    finally:
        eng.close()
    truth = {"family": "AH", "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    out: dict = {"kinds": {}, "captures": {}, "marks": {}, "formats": {}, "unreadable": 0}
    for f in truth["files"]:
        out["kinds"][f["kind"]] = out["kinds"].get(f["kind"], 0) + 1
        out["captures"][f["capture"]] = out["captures"].get(f["capture"], 0) + 1
        for m in f["marks"]:
            out["marks"][m] = out["marks"].get(m, 0) + 1
        for m in f["formats"]:
            out["formats"][m] = out["formats"].get(m, 0) + 1
        out["unreadable"] += sum(1 for v in f["fields"].values() if v["unreadable"])
    return out


__all__ = ["generate", "make_one", "kinds_for", "params_hash", "summary", "missing_tools", "face_files"]
