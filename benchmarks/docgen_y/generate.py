"""Family Y's generator: each document a hand-written PostScript program (benchmarks/docgen_y/ps.py,
docs.py) rasterised by Ghostscript in batches, captured with netpbm (capture.py) the way a 综合受理
window receives it, and its truth written per the contract (benchmarks/docgen_b/FIELDS.md).

File i's values, page and capture depend only on (seed, i, kind), so `make_one` remakes any file of a
set byte for byte on its own; `generate` renders the pages of several files per Ghostscript run."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_y import capture as C
from benchmarks.docgen_y import docs as D
from benchmarks.docgen_y import faces as F
from benchmarks.docgen_y import values as V
from benchmarks.docgen_y.ps import Page, render, to_pdf

FAMILY = "Y"
VERSION = "y1"
SHARES = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
          ("food_business_license", 20), ("other", 20)]
LICENCES = ("business_license", "public_health_license", "food_business_license")
BATCH = 8  # pages per Ghostscript run

# capture -> weight per kind group (card, licence, other)
CAPTURES = {
    "flatbed": (3, 4, 3), "adf": (0, 3, 2), "phone-desk": (5, 5, 3), "gaopaiyi": (4, 3, 2), "photocopy": (4, 3, 2),
    "copy-of-copy": (2, 2, 1), "fax": (0, 2, 2), "scanner-app": (2, 3, 2), "chat-screenshot": (3, 3, 2),
    "screen-photo": (0, 2, 0), "e-pdf": (0, 2, 0), "lowlight-motion": (2, 2, 1),
}


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of a set of n files: the default proportions scaled (largest remainders, every kind at
    least once from n = 6), in an order shuffled by the seed."""
    total = sum(s for _, s in SHARES)
    raw = [(k, n * s / total) for k, s in SHARES]
    counts = {k: int(v) for k, v in raw}
    if n >= len(SHARES):
        for k in counts:
            counts[k] = max(counts[k], 1)
    rest = n - sum(counts.values())
    for k, _ in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[: max(rest, 0)]:
        counts[k] += 1
    while sum(counts.values()) > n:
        k = max(counts, key=counts.get)
        counts[k] -= 1
    plan = [k for k, _ in SHARES for _ in range(counts[k])]
    np.random.default_rng(seed).shuffle(plan)
    return plan


def _group(kind: str) -> int:
    return 0 if kind.startswith("id_card") else 1 if kind in LICENCES else 2


# ------------------------------------------------------------------------------------------------
# marks drawn into the page program (under the printed text, as ink on paper multiplies)
def _under(pg: Page, fn) -> None:  # noqa: ANN001
    n = len(pg.body)
    fn()
    new = pg.body[n:]
    del pg.body[n:]
    pg.body[1:1] = new


def _marks(pg: Page, kind: str, capture: str, rng: np.random.Generator) -> list[str]:
    marks: list[str] = []
    copyish = capture in ("photocopy", "copy-of-copy", "fax", "adf", "flatbed", "scanner-app")
    if rng.random() < (0.3 if copyish else 0.12) and capture != "e-pdf":
        purpose = V.pick(rng, ["仅供办理营业执照变更登记使用", "仅供办理食品经营许可使用", "仅供XX银行开户使用",
                               "仅供本次业务办理使用，他用无效", "仅供政务服务中心存档使用"])
        face = V.pick(rng, D.HEI[:2] + D.SONG[:1])
        col_ = V.pick(rng, [(0.75, 0.75, 0.75), (0.7, 0.78, 0.95), (0.95, 0.7, 0.7)])

        def wm() -> None:
            size = max(pg.w, pg.h) / 30
            text_w = F.width(F.resolve(face, purpose), purpose) * size
            ang = float(rng.uniform(20, 40))
            for row in range(-2, int(pg.h / (size * 5)) + 3):
                for col in range(0, int(pg.w / (text_w * 1.2)) + 2):
                    x, y = col * text_w * 1.2 - row * size * 2, row * size * 5
                    pg.body.append(f"gsave {pg.P(x, y)} translate {ang:.1f} rotate "
                                   f"{-x * 72 / 25.4:.2f} {-(pg.h - y) * 72 / 25.4:.2f} translate")
                    pg.text(x, y, purpose, face, size, col_)
                    pg.body.append("grestore")
        _under(pg, wm)
        marks.append("watermark")
    if copyish and rng.random() < 0.35:
        x, y = pg.w * rng.uniform(0.45, 0.62), pg.h * rng.uniform(0.55, 0.85)
        hand = V.pick(rng, ["WenKai", "UKai", "KaitiM"])
        ink = V.pick(rng, [(0.1, 0.1, 0.45), (0.05, 0.05, 0.05), (0.75, 0.1, 0.1)])
        sz = max(pg.w, pg.h) / 40

        def note() -> None:
            pg.text(x, y, V.pick(rng, ["复印件与原件一致", "与原件核对一致", "此复印件与原件一致"]), hand, sz, ink)
            pg.handwriting(x + sz, y + sz * 1.8, sz * 5, rng, ink)
            pg.text(x + sz * 2, y + sz * 3.4, f"{V.TODAY.year}.{V.TODAY.month}.{int(rng.integers(1, 20))}", hand, sz * 0.8, ink)
        _under(pg, note)
        marks.append("copy-note")
    on_paper = copyish or pg.w > 100  # a seal or signature goes on paper, not on a bare card
    if kind != "other" and rng.random() < 0.2 and capture != "e-pdf" and on_paper:
        r = max(pg.w, pg.h) / 14
        cx, cy = pg.w * rng.uniform(0.25, 0.75), pg.h * rng.uniform(0.3, 0.8)
        legend = V.pick(rng, V.ZIHAO) + V.pick(rng, ["科技", "贸易", "餐饮"]) + "有限公司"
        _under(pg, lambda: pg.seal(cx, cy, r, legend, V.pick(rng, D.SONG[:2]), c=(0.8, 0.15, 0.2), rot=float(rng.uniform(-30, 30))))
        marks.append("company-seal")
    if rng.random() < 0.1 and capture not in ("e-pdf",) and on_paper:
        x, y = pg.w * rng.uniform(0.1, 0.7), pg.h * rng.uniform(0.7, 0.95)
        _under(pg, lambda: pg.handwriting(x, y, pg.w * 0.18, rng, (0.1, 0.1, 0.5)))
        marks.append("signature")
    return marks


# ------------------------------------------------------------------------------------------------
def _plan_one(i: int, kind: str, seed: int) -> dict:
    """Everything about file i that precedes Ghostscript: its page program, truth, capture plan."""
    rng = np.random.default_rng([seed, i, 7919])
    pg, fields, variant = D.BUILDERS[kind](rng)
    g = _group(kind)
    names = [c for c, w in CAPTURES.items() if w[g]]
    cap = V.weighted(rng, [(c, CAPTURES[c][g]) for c in names])
    # an ID card scanned or copied lies on an A4 page
    if kind.startswith("id_card") and cap in ("flatbed", "photocopy", "copy-of-copy", "scanner-app") and rng.random() < 0.8:
        a4 = Page(210, 297, bg=(1, 1, 1))
        ox, oy = float(rng.uniform(20, 100)), float(rng.uniform(20, 160))
        rot = float(rng.normal(0, 1.5))
        a4.body.append(f"gsave {a4.P(ox, oy + pg.h)} translate {rot:.2f} rotate")
        a4.body.append("newpath 0 0 moveto " + f"{pg.w * 72 / 25.4:.2f} 0 rlineto 0 {pg.h * 72 / 25.4:.2f} rlineto "
                       f"{-pg.w * 72 / 25.4:.2f} 0 rlineto closepath gsave clip")
        a4.body += pg.body
        a4.body.append("grestore 0.4 setgray 0.5 setlinewidth stroke grestore")
        a4.used |= pg.used
        a4.boxes = {k: [(x0 + ox, y0 + oy, x1 + ox, y1 + oy) for x0, y0, x1, y1 in v] for k, v in pg.boxes.items()}
        pg = a4
        variant += "-on-a4"
    marks = _marks(pg, kind, cap, rng)
    fmt = _format(cap, rng)
    # pixels per mm the page is rendered at
    long_mm = max(pg.w, pg.h)
    target = {"flatbed": rng.uniform(1700, 2600), "adf": rng.uniform(1500, 2300), "photocopy": rng.uniform(1600, 2400),
              "copy-of-copy": rng.uniform(1400, 2000), "fax": 2386.0, "scanner-app": rng.uniform(1600, 2200),
              "e-pdf": 1000.0}.get(cap, rng.uniform(1500, 2300))
    if kind.startswith("id_card") and pg.w < 100:
        target = rng.uniform(900, 1500)
    dpi = int(round(target / long_mm * 25.4))
    return {"i": i, "kind": kind, "page": pg, "fields": fields, "variant": variant, "capture": cap, "marks": marks,
            "format": fmt, "dpi": dpi, "cap_seed": int(rng.integers(1, 2**31 - 1))}


def _format(cap: str, rng: np.random.Generator) -> str:
    opts = {"flatbed": ["jpg", "jpg", "png", "tif", "pdf"], "adf": ["jpg", "pdf", "tif"], "phone-desk": ["jpg", "jpg", "jpg", "webp"],
            "gaopaiyi": ["jpg", "jpg", "png"], "photocopy": ["png", "jpg", "pdf", "tif"], "copy-of-copy": ["png", "jpg", "pdf"],
            "fax": ["tif", "tif", "png"], "scanner-app": ["pdf", "jpg", "pdf"], "chat-screenshot": ["jpg", "png", "webp"],
            "screen-photo": ["jpg"], "e-pdf": ["pdf"], "lowlight-motion": ["jpg"]}[cap]
    return V.pick(rng, opts)


def _hidden(fields: dict, boxes: dict, disks: list[tuple[float, float, float]], keep: tuple[float, float, float, float]) -> set[str]:
    """Fields a capture really hides: a box under a glare core (disk in mm), or outside the kept part
    of the page (x0, y0, x1, y1 in mm)."""
    out = set()
    for key, bs in boxes.items():
        if key not in fields or fields[key] == "":
            continue
        for x0, y0, x1, y1 in bs:
            h = y1 - y0
            sx0, sy0, sx1, sy1 = x0 + h * 0.15, y0 + h * 0.15, x1 - h * 0.15, y1 - h * 0.15
            if x0 < keep[0] or y0 < keep[1] or x1 > keep[2] or y1 > keep[3]:
                out.add(key)
            for cx, cy, r in disks:
                nx, ny = min(max(cx, sx0), sx1), min(max(cy, sy0), sy1)
                if (nx - cx) ** 2 + (ny - cy) ** 2 < r * r:
                    out.add(key)
    return out


def _capture(p: dict, pnm: bytes, out: Path) -> set[str]:
    """Apply file p's capture to its rendered page and write it; returns the fields it hides."""
    rng = np.random.default_rng(p["cap_seed"])
    pg: Page = p["page"]
    k = p["dpi"] / 25.4
    img = C.Img(pnm, k)
    cap, fmt = p["capture"], p["format"]
    disks: list[tuple[float, float, float]] = []
    keep = (0.0, 0.0, pg.w, pg.h)
    seed = int(rng.integers(1, 10**6))
    photo = cap in ("phone-desk", "gaopaiyi", "lowlight-motion", "chat-screenshot", "screen-photo")
    extra: list[str] = []
    # cut off by the frame (photos only)
    if photo and rng.random() < 0.15:
        side = int(rng.integers(4))
        frac = float(rng.uniform(0.04, 0.14))
        w, h = img.wh
        cut = [0, 0, 0, 0]
        cut[side] = int((w if side in (0, 2) else h) * frac)
        img.cut(*cut)
        mm = [c / k for c in cut]
        keep = (mm[0], mm[1], pg.w - mm[2], pg.h - mm[3])
        extra.append("cut-off")
    if photo and rng.random() < 0.25:
        cx, cy = pg.w * float(rng.uniform(0.2, 0.8)), pg.h * float(rng.uniform(0.2, 0.8))
        rad = min(pg.w, pg.h) * float(rng.uniform(0.08, 0.2))
        img.glare((cx - keep[0]) * k, (cy - keep[1]) * k, rad * k)
        disks.append((cx, cy, rad * 0.5))
        extra.append("glare")
    if cap in ("phone-desk", "gaopaiyi", "photocopy") and rng.random() < 0.2 and not p["kind"].startswith("id_card"):
        img.fold(rng, bool(rng.random() < 0.5))
        extra.append("fold")
    if photo and rng.random() < 0.12:
        img.sleeve(rng)
        extra.append("sleeve")
    w, h = img.wh
    if cap == "flatbed":
        img.rotate(float(rng.normal(0, 0.6))).blur(float(rng.uniform(0, 0.8))).noise(float(rng.uniform(0.01, 0.04)), seed=seed)
        if rng.random() < 0.3:
            img.gray()
    elif cap == "adf":
        img.gray().rotate(float(rng.normal(0, 1.2))).do("pnmshear", f"{float(rng.normal(0, 0.6)):.2f}")
        img.blur(float(rng.uniform(0.3, 1.0))).noise(float(rng.uniform(0.02, 0.06)), seed=seed).norm(1, 2)
    elif cap in ("photocopy", "copy-of-copy"):
        rounds = 1 if cap == "photocopy" else 2
        img.gray()
        for r in range(rounds):
            img.rotate(float(rng.normal(0, 0.8)))
            img.blur(float(rng.uniform(0.4, 1.1)))
            img.do("pnmnorm", "-bvalue", str(int(rng.uniform(50, 100))), "-wvalue", str(int(rng.uniform(195, 235))), "-quiet")
            img.gamma(float(rng.uniform(0.75, 1.0))).noise(float(rng.uniform(0.0001, 0.0008)), "specks", seed=seed + r)
            if r:
                img.scale(float(rng.uniform(0.75, 0.9))).scale(1.0)
    elif cap == "fax":
        # rendered at 204 dpi (a fax's horizontal resolution, A4); "standard" mode halves the rows
        img.gray().rotate(float(rng.normal(0, 0.8)))
        if rng.random() < 0.5:
            img.do("pamscale", "-yscale", "0.5").do("pamscale", "-yscale", "2")
        if rng.random() < 0.5:
            img.do("pamthreshold", "-simple", "-threshold", f"{float(rng.uniform(0.55, 0.75)):.2f}")
        else:
            img.do("pamditherbw", "-fs", "-value", f"{float(rng.uniform(0.45, 0.6)):.2f}")
        img.do("pamtopnm")
    elif cap == "scanner-app":
        img.perspective(rng, 0.02, "rgb:e0/e0/e0", int(w * 0.9)).cut(int(w * 0.03), int(w * 0.03), int(w * 0.03), int(w * 0.03))
        img.gray().do("pnmnorm", "-bvalue", str(int(rng.uniform(40, 90))), "-wvalue", str(int(rng.uniform(170, 215))), "-quiet")
        img.gamma(float(rng.uniform(0.75, 0.95)))
    elif cap in ("phone-desk", "gaopaiyi", "lowlight-motion", "chat-screenshot"):
        desk = V.pick(rng, ["rgb:8a/6a/4a", "rgb:c8/c0/b0", "rgb:50/55/60", "rgb:d8/d8/d0", "rgb:30/5a/40", "rgb:9a/9a/a0"])
        strength = 0.03 if cap == "gaopaiyi" else 0.1
        img.perspective(rng, strength, desk, int(rng.uniform(1400, 2200)))
        if rng.random() < 0.5:
            img.shadow(rng, float(rng.uniform(0.2, 0.5)))
            extra.append("shadow")
        img.blur(float(rng.uniform(0.5, 1.5)))
        if cap == "gaopaiyi":
            img.gamma(float(rng.uniform(0.8, 1.3))).bright(int(rng.uniform(-5, 15)))
        if cap == "lowlight-motion":
            img.gamma(float(rng.uniform(0.6, 0.85))).bright(int(rng.uniform(-45, -25)))
            img.motion(int(rng.integers(3, 9)), float(rng.uniform(0, 180)))
            img.noise(float(rng.uniform(0.06, 0.14)), seed=seed).tint(1.0, 0.9, 0.72)
        else:
            img.noise(float(rng.uniform(0.02, 0.07)), seed=seed)
        if cap == "chat-screenshot":
            img.scale_to_width(int(rng.uniform(720, 1080)))
            ww, hh = img.wh
            bar = int(ww * 0.16)
            img.do("pnmpad", "-black", "-top", str(bar), "-bottom", str(int(bar * 1.3)))
            status = C.run(["ppmmake", "rgb:20/20/20", str(ww), str(int(bar * 0.35))])
            img._comp(status, 1.0)
    elif cap == "screen-photo":
        img.scale(0.6).bright(10).tint(0.85, 0.92, 1.0)
        img.do("pnmpad", "-black", "-top", str(int(w * 0.08)), "-bottom", str(int(w * 0.12)), "-left", str(int(w * 0.03)),
               "-right", str(int(w * 0.03)))
        img.moire(float(rng.uniform(0.06, 0.14)))
        img.perspective(rng, 0.08, V.pick(rng, ["rgb:70/60/50", "rgb:d0/d0/c8"]), int(rng.uniform(1300, 1900)))
        img.blur(float(rng.uniform(0.6, 1.4))).noise(float(rng.uniform(0.03, 0.08)), seed=seed)
    if fmt == "jpg":
        q = int(rng.uniform(45, 75)) if cap in ("chat-screenshot", "lowlight-motion") else int(rng.uniform(65, 93))
        data = img.jpeg(q)
    elif fmt == "png":
        data = img.png()
    elif fmt == "tif":
        data = img.tiff(g4=cap == "fax")
    elif fmt == "webp":
        data = img.webp(int(rng.uniform(50, 85)))
    else:
        data = img.pdf(int(rng.uniform(60, 88)), p["dpi"])
    out.write_bytes(data)
    p["marks"] = p["marks"] + extra
    return _hidden(p["fields"], pg.boxes, disks, keep)


def _entry(p: dict, name: str, hidden: set[str]) -> dict:
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in p["fields"].items()}
    return {"file": name, "kind": p["kind"], "fields": fields, "capture": p["capture"], "variant": p["variant"],
            "marks": sorted(set(p["marks"])), "faces": sorted(F.FACES[f][2] if f in F.FACES else f for f in p["page"].used),
            "formats": [p["format"]]}


def _finish(plans: list[dict], out_dir: Path) -> list[dict]:
    """Render the plans' pages (one gs run per batch; e-licence PDFs through pdfwrite) and capture them."""
    entries: dict[int, dict] = {}
    raster = [p for p in plans if p["capture"] != "e-pdf"]
    for p in plans:
        if p["capture"] == "e-pdf":
            name = f"y{p['i'] + 1:04d}.pdf"
            to_pdf(p["page"].program(), out_dir / name)
            entries[p["i"]] = _entry(p, name, set())
    for b in range(0, len(raster), BATCH):
        chunk = raster[b:b + BATCH]
        pages = render([p["page"].program() for p in chunk], [p["dpi"] for p in chunk])
        for p, pnm in zip(chunk, pages, strict=False):
            name = f"y{p['i'] + 1:04d}.{p['format']}"
            hidden = _capture(p, pnm, out_dir / name)
            entries[p["i"]] = _entry(p, name, hidden)
    return [entries[p["i"]] for p in plans]


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of a set (0-based) made on its own: the same bytes and truth as in the whole set."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return _finish([_plan_one(i, kind, seed)], out_dir)[0]


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plans = [_plan_one(i, kind, seed) for i, kind in enumerate(kinds_for(n, seed))]
    files = _finish(plans, out_dir)
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "n": n, "seed": seed, "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def _tool_versions() -> str:
    gs = subprocess.run(["gs", "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    nb = subprocess.run(["pamperspective", "--version"], capture_output=True, text=True, timeout=30)
    return f"gs {gs}; netpbm {(nb.stdout + nb.stderr).strip()[:80]}"


def params_hash(n: int, seed: int) -> str:
    """Names a set: the generator's sources, the renderer's and netpbm's versions, n and seed."""
    h = hashlib.sha256()
    for f in sorted(Path(__file__).parent.glob("*.py")):
        h.update(f.name.encode() + f.read_bytes())
    h.update(f"{VERSION}|{_tool_versions()}|{n}|{seed}".encode())
    return h.hexdigest()[:16]


def summary(truth: dict) -> dict:
    """Counts per kind, capture, variant, mark, face and format (and unreadable fields)."""
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}



