"""Family X: documents written as HTML + CSS and rendered by wkhtmltoimage 0.12.6 (QtWebKit), captured
with GraphicsMagick (`gm`). `generate(out_dir, n, seed)` writes x0001.<ext> … and truth.json.

Each file is made on its own from (seed, index, kind): a document (documents.py), a paper stage (an ID
card placed on an A4 copy page, marks drawn as a transparent wkhtmltoimage layer, glare, folds, a frame
that cuts the page), a capture (capture.py) and a format. Fields a glare, a sticky note or the frame's
edge really hides are `unreadable` in the truth."""

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

from benchmarks.docgen_x import capture as C
from benchmarks.docgen_x import faces as F
from benchmarks.docgen_x import values as V
from benchmarks.docgen_x.documents import BUILDERS
from benchmarks.docgen_x.pages import HAND, HEI, SONG, Page, seal

HERE = Path(__file__).resolve().parent
FAMILY = "X"
PREFIX = "x"
RENDER_TIMEOUT = 120

DRAWN: list[tuple[str, str]] = []  # (face, text) of every run drawn in this process (tests check coverage)

SHARES = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
          ("food_business_license", 20), ("other", 20)]

CAPTURES_ID = {"phone_desk": 24, "gaopaiyi": 18, "photocopy": 12, "copy_of_copy": 3, "flatbed": 8, "chat_screenshot": 10,
               "low_light": 6, "sleeve": 5, "scanner_app": 7, "fax": 3, "adf": 4}
CAPTURES_DOC = {"flatbed": 12, "adf": 7, "phone_desk": 16, "gaopaiyi": 12, "photocopy": 10, "copy_of_copy": 4, "fax": 5,
                "scanner_app": 8, "chat_screenshot": 8, "screen_photo": 6, "low_light": 5, "sleeve": 7}
FORMATS = {"phone": {"jpg": 78, "webp": 8, "png": 8, "pdf": 6}, "scan": {"pdf": 35, "jpg": 35, "tiff": 15, "png": 15},
           "copy": {"pdf": 30, "jpg": 40, "png": 15, "tiff": 15}, "fax": {"tiff_g4": 50, "pdf": 30, "png": 20},
           "app": {"pdf": 60, "jpg": 40}, "chat": {"jpg": 55, "png": 35, "webp": 10}}
FORMAT_OF = {"phone_desk": "phone", "gaopaiyi": "phone", "low_light": "phone", "sleeve": "phone", "screen_photo": "phone",
             "flatbed": "scan", "adf": "scan", "photocopy": "copy", "copy_of_copy": "copy", "fax": "fax", "scanner_app": "app",
             "chat_screenshot": "chat"}
EXT = {"jpg": "jpg", "png": "png", "webp": "webp", "pdf": "pdf", "tiff": "tif", "tiff_g4": "tif"}


def _version(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip().split("\n")[0]
    except (OSError, subprocess.SubprocessError):
        return "missing"


def renderer_version() -> str:
    return _version(["wkhtmltoimage", "--version"]) + " | " + _version(["gm", "version"])


def params_hash(n: int, seed: int) -> str:
    """Names a set: n, seed, this package's sources and the renderer's and gm's versions."""
    h = hashlib.sha256(f"{FAMILY}:{n}:{seed}:{renderer_version()}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default shares scaled to n (every kind at least once when n ≥ 6), shuffled by seed."""
    total = sum(s for _, s in SHARES)
    counts = {k: max(1, round(s * n / total)) if n >= len(SHARES) else 0 for k, s in SHARES}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    order = [k for k, _ in SHARES]
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    plan = [k for k in order for _ in range(counts[k])]
    random.Random(f"plan-{seed}-{n}").shuffle(plan)
    return plan


def render(html: str, w: int, h: int, out: Path, transparent: bool = False) -> Path:
    """One page through wkhtmltoimage (QtWebKit, offscreen Qt platform), exactly w x h pixels."""
    src = out.with_suffix(".html")
    src.write_text(html, encoding="utf-8")
    # BMP for opaque pages (no zlib pass: gm reads it next anyway), PNG where the layer needs alpha
    args = ["wkhtmltoimage", "-q", "--disable-smart-width", "--width", str(w), "--height", str(h), "-f",
            "png" if transparent or out.suffix == ".png" else "bmp"]
    if transparent:
        args.append("--transparent")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(out.parent)}
    p = subprocess.run([*args, str(src), str(out)], capture_output=True, text=True, timeout=RENDER_TIMEOUT, env=env)
    if p.returncode != 0 or not out.exists():
        raise RuntimeError(f"wkhtmltoimage failed ({p.returncode}): {p.stderr[-600:]}")
    return out


def _pick(r: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return r.choices(keys, weights=[table[k] for k in keys])[0]


def _overlap(a: tuple, b: tuple) -> float:
    """Share of box `a` covered by box `b`."""
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    area = max(1.0, (a[2] - a[0]) * (a[3] - a[1]))
    return max(0.0, x1 - x0) * max(0.0, y1 - y0) / area


def _paper(kind: str, pg: Page, capture: str, r: random.Random) -> tuple[Page, float, float, float, bool]:
    """The sheet that is captured: the document itself, or an ID card placed on an A4 copy page.
    Returns (page, scale, dx, dy, on_a4) mapping document px to sheet px."""
    if kind.startswith("id_card") and capture in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf", "scanner_app"):
        a4 = Page(1240, 1754, bg="#ffffff")
        s = r.uniform(0.62, 0.8)
        dx, dy = r.uniform(120, 1240 - 856 * s - 120), r.uniform(100, 500)
        a4.raw(f'<div style="position:absolute;left:{dx:.0f}px;top:{dy:.0f}px;width:{856 * s:.0f}px;height:{540 * s:.0f}px;'
               f'overflow:hidden;border-radius:{28 * s:.0f}px"><div style="zoom:{s:.4f};position:absolute;left:0;top:0;'
               f'width:856px;height:540px;background:{pg.bg};overflow:hidden">' + "".join(pg.parts) + "</div></div>")
        a4.faces, a4.runs = pg.faces, pg.runs
        a4.boxes = {k: (b[0] * s + dx, b[1] * s + dy, b[2] * s + dx, b[3] * s + dy) for k, b in pg.boxes.items()}
        return a4, s, dx, dy, True
    return pg, 1.0, 0.0, 0.0, False


def _marks(r: random.Random, kind: str, capture: str, paper: Page, truth_fields: dict) -> tuple[Page | None, list[str], list[tuple]]:
    """The marks layer (transparent): 仅供…使用 watermark, 复印件与原件一致 + signature, the applicant's
    seal, highlighter, a sticky note, a received stamp. Returns the layer, mark names and hiding boxes."""
    W, H = paper.w, paper.h
    ov = Page(W, H, bg="transparent")
    marks: list[str] = []
    hides: list[tuple] = []
    copy_like = capture in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf", "scanner_app")
    hand = r.choice(HAND)
    if kind != "other" and r.random() < 0.3:
        purpose = r.choice(["办理营业执照变更登记", "办理食品经营许可", "银行开户", "办理社保业务", "办理公共场所卫生许可", "本次业务办理"])
        txt = f"仅供{purpose}使用，他用无效"
        col = r.choice(["rgba(120,120,120,0.35)", "rgba(200,30,30,0.30)", "rgba(40,80,200,0.30)"])
        fs = max(26, W / 22)
        for k in range(r.randint(2, 4)):
            ov.raw(f'<div style="position:absolute;left:{W * r.uniform(0.02, 0.25):.0f}px;top:{H * (0.15 + 0.22 * k):.0f}px;'
                   f'white-space:nowrap;font-family:\'{r.choice(HEI + SONG)}\';font-size:{fs:.0f}px;color:{col};'
                   f'-webkit-transform:rotate({r.uniform(-35, -15):.0f}deg)">{txt}</div>')
        ov.faces.add(HEI[0])
        marks.append("watermark")
    if copy_like and r.random() < 0.45:
        x, y = W * r.uniform(0.45, 0.6), H * r.uniform(0.72, 0.86)
        ink = r.choice(["#1d2b8f", "#111111", "#1a3a9e"])
        ov.text(x, y, r.choice(["复印件与原件一致", "此复印件与原件一致", "与原件一致"]), W / 30, hand, ink,
                extra=f"-webkit-transform:rotate({r.uniform(-6, 4):.0f}deg)")
        ov.text(x + W * 0.05, y + W / 22, V.person_name(r), W / 24, hand, ink, extra="font-style:italic;")
        ov.text(x + W * 0.03, y + W / 11, f"{V.TODAY.year}.{r.randint(1, 11)}.{r.randint(1, 28)}", W / 36, hand, ink)
        marks.append("copy_cert")
    if kind in ("business_license", "food_business_license", "public_health_license") and copy_like and r.random() < 0.35:
        name = truth_fields.get("name") or "个体工商户"
        sz = W * 0.2
        ov.svg(W * r.uniform(0.35, 0.65), H * r.uniform(0.35, 0.7), sz, sz, seal(sz, name[:18], r.choice(SONG), opacity=0.65))
        marks.append("company_seal")
    if kind != "other" and r.random() < 0.12 and paper.boxes:
        key = r.choice(sorted(paper.boxes))
        b = paper.boxes[key]
        ov.raw(f'<div style="position:absolute;left:{b[0] - 4:.0f}px;top:{b[1] + 2:.0f}px;width:{min(b[2] - b[0], W * 0.6) + 8:.0f}px;'
               f'height:{min(b[3] - b[1], 60):.0f}px;background:rgba(255,235,0,0.35)"></div>')
        marks.append("highlighter")
    if r.random() < 0.1:
        sw = W * r.uniform(0.16, 0.24)
        x, y = W * r.uniform(0.05, 0.75), H * r.uniform(0.05, 0.8)
        ov.raw(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;width:{sw:.0f}px;height:{sw:.0f}px;'
               f'background:#fdf2a0;box-shadow:3px 3px 6px rgba(0,0,0,0.3);-webkit-transform:rotate({r.uniform(-8, 8):.0f}deg)"></div>')
        ov.text(x + sw * 0.1, y + sw * 0.15, r.choice(["缺法人签字", "原件已核", "待补材料", "请复印两份", "已收"]), sw / 7, hand, "#222", w=sw * 0.8)
        marks.append("sticky_note")
        hides.append((x - sw * 0.1, y - sw * 0.1, x + sw * 1.1, y + sw * 1.1))
    if r.random() < 0.08:
        sz = W * 0.16
        ov.svg(W * r.uniform(0.55, 0.8), H * r.uniform(0.05, 0.2), sz, sz * 0.7,
               seal(sz, r.choice(["政务服务中心", "综合受理窗口"]), r.choice(SONG), color="#c0262d", bottom="收件专用", oval=True))
        marks.append("received_stamp")
    return (ov if marks else None), marks, hides


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File number i (0-based) of kind `kind`: rendered, marked, captured, saved; returns its truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for attempt in range(8):  # a draw whose text a chosen face cannot draw is redrawn (deterministically)
        r = random.Random(f"{FAMILY}-{seed}-{i}-{kind}-{attempt}")
        pg, fields, variant = BUILDERS[kind](r)
        if all(F.covers(face, text) for face, text in pg.runs):
            break
    else:
        raise RuntimeError(f"family X: no face covers file {i}'s text")
    capture = _pick(r, CAPTURES_ID if kind.startswith("id_card") else
                    {k: v for k, v in CAPTURES_DOC.items() if k != "screen_photo" or kind in ("business_license", "food_business_license")})
    DRAWN.extend(pg.runs)
    paper, _, _, _, on_a4 = _paper(kind, pg, capture, r)
    unread: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="famx_") as td:
        tmp = Path(td)
        zoom = r.uniform(1.0, 1.35) if not kind.startswith("id_card") else r.uniform(0.9, 1.4)
        if on_a4:
            zoom = r.uniform(1.0, 1.25)
        if capture in ("chat_screenshot", "fax"):
            zoom *= 0.85
        W, H = int(paper.w * zoom), int(paper.h * zoom)
        copy = capture in ("photocopy", "copy_of_copy")
        ov, marks, hides = _marks(r, kind, capture, paper, fields)
        if ov is not None and capture not in ("photocopy", "copy_of_copy", "fax"):
            paper.parts += ov.parts  # marks on the sheet before it is captured: drawn in the same page
            paper.runs += ov.runs
            ov = None
        page = render(paper.html(zoom), W, H, tmp / "page.bmp")
        if copy:
            C.photocopy(r, page, tmp / "copied.miff", tmp, generation=2 if capture == "copy_of_copy" else 1)
            page = tmp / "copied.miff"
        if ov is not None:  # pen, stamps and watermark put on the copy after it was made
            lay = render(ov.html(zoom, transparent=True), W, H, tmp / "marks.png", transparent=True)
            C.overlay(page, lay, tmp / "marked.miff")
            page = tmp / "marked.miff"
        draw: list[str] = []
        if r.random() < (0.25 if capture in ("phone_desk", "gaopaiyi", "sleeve", "screen_photo") else 0.05) or capture == "sleeve":
            boxes = list(paper.boxes.values())
            if boxes and r.random() < 0.7:
                b = r.choice(boxes)
                cx, cy = r.uniform(b[0], b[2]), r.uniform(b[1], b[3])
            else:
                cx, cy = r.uniform(0, paper.w), r.uniform(0, paper.h)
            rx, ry = paper.w * r.uniform(0.04, 0.12), paper.h * r.uniform(0.02, 0.06)
            if capture == "sleeve":
                rx *= 1.6
            strength = r.uniform(0.8, 0.97)
            draw += C.glare((cx - rx) * zoom, (cy - ry) * zoom, (cx + rx) * zoom, (cy + ry) * zoom, strength)
            hides.append((cx - rx * 0.8, cy - ry * 0.8, cx + rx * 0.8, cy + ry * 0.8))
            marks.append("glare")
        if r.random() < 0.12 and not kind.startswith("id_card") or on_a4 and r.random() < 0.2:
            draw += C.fold(r, W, H)
            marks.append("fold")
        if capture in ("phone_desk", "gaopaiyi", "low_light", "chat_screenshot") and r.random() < 0.15:
            side = r.choice(["left", "right", "top", "bottom"])
            frac = r.uniform(0.03, 0.14)
            cut = {"left": (0, 0, paper.w * frac, paper.h), "right": (paper.w * (1 - frac), 0, paper.w, paper.h),
                   "top": (0, 0, paper.w, paper.h * frac), "bottom": (0, paper.h * (1 - frac), paper.w, paper.h)}[side]
            hides.append(cut)
            marks.append("cut_off")
            gx = {"left": f"{W - int(W * frac)}x{H}+{int(W * frac)}+0", "right": f"{W - int(W * frac)}x{H}+0+0",
                  "top": f"{W}x{H - int(H * frac)}+0+{int(H * frac)}", "bottom": f"{W}x{H - int(H * frac)}+0+0"}[side]
            draw += ["-crop", gx, "+page"]
        if draw:
            C.gm("convert", page, *draw, f"miff:{tmp / 'drawn.miff'}")
            page = tmp / "drawn.miff"
        for key, b in paper.boxes.items():
            if key in fields and any(_overlap(b, hb) > 0.04 for hb in hides):
                unread.add(key)
        shot = tmp / "shot.miff"
        if capture == "phone_desk":
            C.photo(r, page, shot, tmp, fill=r.uniform(0.55, 0.9), long_side=r.choice([1400, 1600, 1800, 2000, 2200]))
        elif capture == "gaopaiyi":
            C.photo(r, page, shot, tmp, strength=0.25, fill=r.uniform(0.6, 0.85), pad=r.choice(["#d8d8d0", "#2b2b2b", "#e8e4d8"]),
                    long_side=r.choice([1600, 1920, 2048]))
        elif capture == "low_light":
            C.photo(r, page, shot, tmp, fill=r.uniform(0.6, 0.9), dark=True, long_side=r.choice([1280, 1600, 2000]))
        elif capture == "sleeve":
            C.photo(r, page, shot, tmp, strength=0.6, fill=r.uniform(0.6, 0.85), sleeve=True, long_side=r.choice([1600, 2000]))
        elif capture in ("flatbed", "adf", "photocopy", "copy_of_copy"):
            C.scan(r, page, shot, tmp, feeder=capture == "adf" or (capture != "flatbed" and r.random() < 0.4),
                   dpi_scale=r.uniform(0.75, 1.0))
        elif capture == "fax":
            C.fax(r, page, shot, tmp)
        elif capture == "scanner_app":
            C.scanner_app(r, page, shot, tmp)
        elif capture == "chat_screenshot":
            ph = tmp / "chatphoto.miff"
            C.photo(r, page, ph, tmp, strength=0.6, fill=r.uniform(0.7, 0.92), long_side=1600)
            C.gm("convert", ph, "-resize", "1280x1280>", "-quality", str(r.randint(55, 80)), f"jpeg:{tmp / 'chat.jpg'}")
            C.phone_chrome(r, tmp / "chat.jpg", shot, tmp, viewer=True)
        elif capture == "screen_photo":
            scr = tmp / "screen.miff"
            C.phone_chrome(r, page, scr, tmp, viewer=False)
            C.screen_photo(r, scr, shot, tmp)
        else:
            raise ValueError(capture)
        fmt = _pick(r, FORMATS[FORMAT_OF[capture]])
        if fmt == "tiff_g4" and capture != "fax":
            fmt = "tiff"
        name = f"{PREFIX}{i + 1:04d}.{EXT[fmt]}"
        quality = r.randint(45, 92) if fmt in ("jpg", "webp", "pdf") else 90
        C.save(r, shot, out_dir / name, fmt, quality)
    _fix_pdf_dates(out_dir / name)
    faces = sorted(pg.faces)
    return {"file": name, "kind": kind,
            "fields": {k: {"value": v, "unreadable": k in unread} for k, v in fields.items()},
            "capture": capture, "variant": variant + ("-a4" if on_a4 else ""), "marks": sorted(set(marks)),
            "faces": faces, "formats": [fmt]}


def _fix_pdf_dates(path: Path) -> None:
    """gm's PDF writer stamps the clock into CreationDate/ModDate; pin them (same length) so a seed's set is byte-identical."""
    if path.suffix != ".pdf":
        return
    import re

    data = path.read_bytes()
    data = re.sub(rb"\((D:\d{14}[^)]*)\)", lambda m: b"(" + b"D:20260101000000"[: len(m.group(1))].ljust(len(m.group(1)), b"0") + b")", data)
    data = re.sub(rb"(<xmp:\w+Date>)[^<]*(</xmp:\w+Date>)", lambda m: m.group(0), data)
    path.write_bytes(data)


def generate(out_dir: Path, n: int, seed: int) -> dict:
    """n files x0001… and truth.json into out_dir (deterministic for a seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("wkhtmltoimage") is None or shutil.which("gm") is None:
        raise RuntimeError("family X needs wkhtmltoimage (Debian: wkhtmltopdf) and gm (Debian: graphicsmagick)")
    with tempfile.TemporaryDirectory(prefix="famx_faces_") as td:
        F.check_faces(lambda html, w, h, out: render(html, w, h, out), Path(td))
    plan = kinds_for(n, seed)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(plan)]
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "renderer": renderer_version(), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    """Counts per kind, capture, variant, mark, face and format (and how many fields are unreadable)."""
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
