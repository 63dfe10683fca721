"""Family W's generator: each document written as SVG (benchmarks/docgen_w/docs.py), marked (watermarks,
certified-copy notes, seals, highlighter, sticky notes), exported to PNG by Inkscape's command line, then
captured and encoded by ffmpeg (capture.py). `generate(out_dir, n, seed)` writes w0001.<ext> … and
truth.json; `make_one` makes one file alone (same bytes as in the set)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_w import capture as C
from benchmarks.docgen_w import docs as D
from benchmarks.docgen_w import faces as F
from benchmarks.docgen_w import values as V
from benchmarks.docgen_w.svg import Page

pick = V.pick
HERE = Path(__file__).resolve().parent
SHARES = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
          "food_business_license": 20, "other": 20}
LICENCE_CAPTURES = {"flatbed": 12, "feeder": 6, "photocopy": 10, "copy_of_copy": 3, "fax": 4, "phone_desk": 16,
                    "gaopaiyi": 10, "scanner_app": 7, "chat_screenshot": 10, "screen_photo": 6, "low_light": 4,
                    "motion": 4, "sleeve": 4}
CARD_CAPTURES = {"card_gaopaiyi": 20, "card_phone": 20, "card_copy_a4": 20, "card_scan": 10, "card_chat": 12,
                 "card_fax": 4, "card_glare": 8, "card_low_light": 6}


def renderer_version() -> str:
    inks = subprocess.run(["inkscape", "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    ffv = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True, timeout=60).stdout.splitlines()[0]
    return f"{inks} | {ffv}"


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    h.update(renderer_version().encode())
    h.update(f"{n}/{seed}".encode())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of a set of n: the default shares scaled (every kind at least once), shuffled by seed."""
    tot = sum(SHARES.values())
    counts = {k: max(1, round(v * n / tot)) for k, v in SHARES.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng(seed).shuffle(plan)
    return plan


def render(svg: str, png: Path) -> Path:
    """Inkscape's command line exports the SVG to PNG at its own pixel size (96 dpi of px units)."""
    src = png.with_suffix(".svg")
    src.write_text(svg, encoding="utf-8")
    r = subprocess.run(["inkscape", "--export-type=png", f"--export-filename={png}", "--export-background-opacity=1",
                        str(src)], capture_output=True, text=True, timeout=180)
    if r.returncode != 0 or not png.exists():
        raise RuntimeError(f"inkscape failed ({r.returncode}): {r.stderr[-800:]}")
    return png


def ui_frame(rng: np.random.Generator, tmp: Path, app: str, landscape: bool = False) -> tuple[Path, tuple[int, int, int, int]]:
    """A phone screen around a picture, drawn as SVG and rendered by Inkscape: a chat app's image viewer
    (black; turned sideways for a landscape picture) or the e-licence app (white, its header and buttons)."""
    W, H = 1080, int(pick(rng, [2340, 2400, 1920]))
    if landscape:
        W, H = H, W
    pg = Page(W, H, 1.0, bg="#000000" if app == "chat" else "#f4f5f7")
    hf = pick(rng, F.HEI)
    fg = "#ffffff" if app == "chat" else "#111111"
    pg.text(60, 62, f"{int(rng.integers(8, 23))}:{int(rng.integers(60)):02d}", hf, 40, fill=fg)
    pg.rect(W - 150, 34, 80, 36, stroke=fg, sw=3, rx=8)
    pg.rect(W - 146, 38, float(rng.uniform(20, 72)), 28, fill=fg, rx=5)
    if app == "chat":
        pg.text(W / 2, H - 80, pick(rng, ["原图", "查看原图(1.2M)", "查看原图(836K)"]), hf, 36, fill="#dddddd", anchor="middle")
        pg.text(60, H - 80, "⋯" if F.covers(hf, "⋯") else "...", hf, 44, fill="#dddddd")
        area = (0, 140, W, H - 300)
    else:
        pg.rect(0, 100, W, 130, fill=pick(rng, ["#c8161d", "#1f5fa0", "#b8242a"]))
        pg.text(W / 2, 185, pick(rng, ["电子营业执照", "电子证照", "我的证照"]), hf, 48, fill="#ffffff", anchor="middle")
        for i, b in enumerate(["亮照", "下载", "授权", "验照"]):
            pg.rect(40 + i * 255, H - 200, 235, 110, fill="#ffffff", rx=20)
            pg.text(157 + i * 255, H - 130, b, hf, 40, fill="#333333", anchor="middle")
        area = (30, 260, W - 60, H - 520)
    png = render(pg.svg(), tmp / f"ui_{app}.png")
    return png, area


# ------------------------------------------------------------------------------- marks (SVG)
def add_marks(rng: np.random.Generator, pg: Page, kind: str, capture: str) -> tuple[list[str], set[str]]:
    """Marks a window's papers carry, drawn into the page's SVG: 仅供…使用 watermarks, 复印件与原件一致
    with a signature, a company seal over the copy, highlighter, a sticky note (hides what it covers),
    a clerk's pencil tick."""
    marks: list[str] = []
    hidden: set[str] = set()
    copyish = capture in ("photocopy", "copy_of_copy", "card_copy_a4", "fax", "flatbed", "scanner_app", "card_scan", "feeder")
    hand = pick(rng, F.HAND)
    W, H = pg.w, pg.h
    s = min(W, H)
    if kind != "other" and rng.random() < (0.35 if copyish else 0.12):
        use = pick(rng, ["办理营业执照变更登记", "办理食品经营许可", "本次业务办理", "办理社保登记", "银行开户", "招投标"])
        txt = f"仅供{use}使用，他用无效"
        col = pick(rng, ["#888888", "#c03030", "#3050a0"])
        op = float(rng.uniform(0.25, 0.5))
        ang = float(rng.uniform(-35, -15))
        size = s * float(rng.uniform(0.045, 0.07))
        f = F.covering(pick(rng, F.HEI + F.KAI), F.HEI, txt)
        pg.faces.add(f)
        rows = []
        for j in range(-1, 3):
            rows.append(f'<text x="{W * 0.05:.1f}" y="{H * (0.25 + 0.3 * j):.1f}" font-family="{f}" font-size="{size:.2f}" '
                        f'fill="{col}" opacity="{op:.2f}" transform="rotate({ang:.1f} {W / 2:.1f} {H / 2:.1f})">{txt}　　{txt}</text>')
        pg.raw("".join(rows))
        marks.append("watermark")
    if kind != "other" and copyish and rng.random() < 0.45:
        x, y = W * float(rng.uniform(0.45, 0.7)), H * float(rng.uniform(0.55, 0.85))
        sz = s * 0.045
        pg.text(x, y, pick(rng, ["复印件与原件一致", "与原件一致", "此复印件与原件相符"]), hand, sz, fill=pick(rng, ["#1a2a8a", "#111111"]),
                role=F.HAND, extra=f'transform="rotate({float(rng.uniform(-8, 4)):.1f} {x:.1f} {y:.1f})"')
        name = V.person_name(rng)
        pg.text(x + sz, y + sz * 1.6, name, hand, sz * 1.2, fill="#1a2a8a", role=F.HAND)
        pg.text(x + sz, y + sz * 3.0, f"{V.TODAY.year}.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}", hand, sz * 0.9, fill="#1a2a8a", role=F.HAND)
        marks.append("certified_copy")
        if rng.random() < 0.5:
            co, _ = V.company_name(rng, V.place(rng), "其他有限责任公司")
            pg.seal(x + sz * 4, y + sz, s * 0.09, co, "", pick(rng, F.SONG), opacity=float(rng.uniform(0.55, 0.8)), rot=float(rng.uniform(-30, 30)))
            marks.append("company_seal")
    if kind != "other" and pg.boxes and rng.random() < 0.06:
        k = pick(rng, sorted(pg.boxes))
        a, b, c, d = pg.boxes[k][0]
        pg.parts.insert(1, f'<rect x="{a - 0.5:.2f}" y="{b - 0.3:.2f}" width="{c - a + 1:.2f}" height="{d - b + 0.6:.2f}" '
                           f'fill="#ffe930" opacity="0.45"/>')  # under the print, as the ink lies on the paper
        marks.append("highlighter")
    if kind != "other" and rng.random() < 0.05:
        nw = s * float(rng.uniform(0.18, 0.26))
        x, y = float(rng.uniform(0.05, 0.95)) * W - nw / 2, float(rng.uniform(0.2, 0.9)) * H - nw / 2
        pg.rect(x + 0.8, y + 0.8, nw, nw, fill="#000000", opacity=0.15)
        pg.rect(x, y, nw, nw, fill=pick(rng, ["#fff27a", "#ffd0e0", "#c8f0c0"]))
        pg.text(x + nw * 0.1, y + nw * 0.35, pick(rng, ["待补材料", "复核", "加急", "已核"]), hand, nw * 0.16, fill="#223", role=F.HAND)
        for key, bs in pg.boxes.items():
            if any(a < x + nw and c > x and b < y + nw and d > y for a, b, c, d in bs):
                hidden.add(key)
        marks.append("sticky_note")
    if kind != "other" and rng.random() < 0.06:
        x, y = W * float(rng.uniform(0.05, 0.2)), H * float(rng.uniform(0.05, 0.15))
        pg.path(f"M{x:.1f},{y:.1f} l{s * 0.02:.1f},{s * 0.02:.1f} l{s * 0.04:.1f},-{s * 0.05:.1f}", stroke="#444", sw=s * 0.004)
        marks.append("tick")
    return marks, hidden


def _card_on_a4(rng: np.random.Generator, card: Page) -> Page:
    """A card photocopied on an A4 sheet: the card's SVG nested at its real size on the page."""
    a4 = Page(210, 297, float(rng.uniform(4.5, 6.5)), bg="#ffffff")
    x, y = float(rng.uniform(45, 75)), float(rng.uniform(20, 70))
    inner = card.svg()
    inner = inner.replace('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"',
                          f'<svg x="{x:.2f}" y="{y:.2f}"', 1)
    inner = inner.replace(f'width="{round(card.w * card.scale)}" height="{round(card.h * card.scale)}"',
                          f'width="{card.w:.2f}" height="{card.h:.2f}"', 1)
    a4.defs.extend(card.defs)
    a4.raw(inner)
    a4.rect(x, y, card.w, card.h, stroke="#555", sw=0.3, rx=3)
    a4.faces |= card.faces
    a4.boxes = {k: [(a + x, b + y, c + x, d + y) for a, b, c, d in v] for k, v in card.boxes.items()}
    return a4


def _weighted(rng: np.random.Generator, table: dict[str, int]) -> str:
    keys = list(table)
    w = np.array([table[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of a set (kind chosen by the plan): its own rng from (seed, i), so it can be made alone."""
    rng = np.random.default_rng([seed, i, 6969])
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pg, fields, variant = D.BUILDERS[kind](rng)
    card = kind.startswith("id_card")
    cap = _weighted(rng, CARD_CAPTURES if card else LICENCE_CAPTURES)
    if kind == "other" and cap in ("sleeve",):
        cap = "phone_desk"
    if card and cap == "card_copy_a4":
        pg = _card_on_a4(rng, pg)
    marks, hidden = add_marks(rng, pg, kind, cap)
    with tempfile.TemporaryDirectory(prefix="famw_") as td:
        tmp = Path(td)
        png = render(pg.svg(), tmp / "page.png")
        boxes = pg.px_boxes()
        img, hid2, fmt, gray, mono, q = _capture(rng, cap, png, tmp, boxes, kind, marks)
        hidden |= hid2
        stem = out_dir / f"w{i + 1:04d}"
        out = C.encode(rng, img, stem, fmt, gray, mono, q)
    for k in hidden:
        if k in fields:
            fields[k]["unreadable"] = True
    for k in ("valid_from", "valid_to"):  # one printed run holds both dates on ID backs and health licences
        if k in fields and k in hidden:
            fields[k]["unreadable"] = True
    return {"file": out.name, "kind": kind, "fields": fields, "capture": cap, "variant": variant, "marks": marks,
            "faces": sorted(pg.faces), "formats": [out.suffix.lstrip(".")]}


def _capture(rng: np.random.Generator, cap: str, png: Path, tmp: Path, boxes: dict, kind: str,
             marks: list[str]) -> tuple[Path, set[str], str, bool, bool, int]:
    """The capture chain by name; returns (image, hidden keys, format, gray, 1-bit, JPEG quality)."""
    hidden: set[str] = set()
    fmt, gray, mono, q = "jpg", False, False, int(rng.integers(2, 9))
    src = png
    if rng.random() < 0.12 and cap not in ("fax", "card_fax"):
        src = C.shadow_fold(rng, src, tmp, fold=kind not in ("id_card_front", "id_card_back") and rng.random() < 0.7, shadow=True)
        marks.append("fold_shadow")
    if cap in ("flatbed", "card_scan"):
        gray = rng.random() < 0.3
        img = C.scan(rng, src, tmp, gray, float(rng.uniform(0.9, 1.2)), float(rng.uniform(-1.5, 1.5)))
        if cap == "card_scan":
            img = C.photo(rng, img, tmp, {}, 1800, 0.6, 0.0, bg="color=c=white:s={W}x{H}".format(**_wh(img, 0.6)))[0]
        fmt = pick(rng, ["png", "tif", "pdf", "jpg"])
    elif cap == "feeder":
        gray = rng.random() < 0.6
        img = C.scan(rng, src, tmp, gray, float(rng.uniform(0.7, 0.95)), float(rng.uniform(-2.5, 2.5)), feeder=True)
        fmt = pick(rng, ["pdf", "tif", "jpg"])
    elif cap in ("photocopy", "copy_of_copy", "card_copy_a4"):
        img = C.photocopy(rng, src, tmp, 2 if cap == "copy_of_copy" else 1)
        img = C.scan(rng, img, tmp, True, float(rng.uniform(0.9, 1.1)), float(rng.uniform(-1, 1)))
        gray, fmt = True, pick(rng, ["pdf", "jpg", "png", "tif"])
    elif cap in ("fax", "card_fax"):
        if cap == "card_fax":
            src = C.photo(rng, src, tmp, {}, 1400, 0.5, 0.0, bg="color=c=white:s={W}x{H}".format(**_wh(src, 0.5)))[0]
        img = C.fax(rng, src, tmp, fine=rng.random() < 0.75)
        mono, fmt = True, pick(rng, ["tif", "png", "pdf"])
    elif cap == "scanner_app":
        img, hidden = C.photo(rng, src, tmp, boxes, int(rng.integers(1600, 2300)), 0.015, 0.012, bg="color=c=white:s={W}x{H}".format(**_wh(src, 0.015)))
        img = C.optics(rng, img, tmp, 0.0, 0, float(rng.uniform(0.03, 0.08)), float(rng.uniform(1.3, 1.6)), gamma=1.1,
                       vignette=False, sat=float(rng.uniform(1.1, 1.5)))
        fmt = pick(rng, ["pdf", "jpg", "pdf"])
    elif cap in ("chat_screenshot", "card_chat"):
        img, hidden = C.photo(rng, src, tmp, boxes, int(rng.integers(1500, 2100)), float(rng.uniform(0.03, 0.12)),
                              float(rng.uniform(0.0, 0.05)))
        img = C.optics(rng, img, tmp, float(rng.uniform(0.3, 0.9)), int(rng.integers(2, 8)), float(rng.uniform(-0.04, 0.05)),
                       float(rng.uniform(0.95, 1.1)))
        img = C.recompress(rng, img, tmp, int(pick(rng, [1280, 1600, 1920])), int(rng.integers(4, 12)))
        pw, ph = C.size_of(img)
        ui, area = ui_frame(rng, tmp, "chat", landscape=pw > ph and rng.random() < 0.6)
        img = C.phone_frame(rng, img, tmp, ui, area)
        fmt = pick(rng, ["png", "png", "jpg", "webp"])
    elif cap == "screen_photo":
        ui, area = ui_frame(rng, tmp, "app")
        scr = C.moire(rng, C.phone_frame(rng, src, tmp, ui, area), tmp)
        img, _ = C.photo(rng, scr, tmp, {}, int(rng.integers(1800, 2500)), float(rng.uniform(0.04, 0.12)), float(rng.uniform(0.0, 0.05)))
        img = C.optics(rng, img, tmp, float(rng.uniform(0.5, 1.1)), int(rng.integers(3, 10)), float(rng.uniform(-0.02, 0.06)),
                       float(rng.uniform(0.9, 1.1)), cast=True)
    else:  # photos: phone on the desk, 高拍仪, low light, motion, sleeve, card photos
        card = cap.startswith("card_")
        strong = cap in ("sleeve", "card_glare") or rng.random() < 0.08
        if cap in ("sleeve", "card_glare") or rng.random() < 0.15:
            src, hidden = C.glare(rng, src, tmp, boxes, strong)
            if "glare" not in marks:
                marks.append("glare")
        top_down = cap in ("gaopaiyi", "card_gaopaiyi")
        margin = float(rng.uniform(0.35, 0.9)) if card else float(rng.uniform(0.04, 0.25))
        tilt = float(rng.uniform(0.0, 0.025)) if top_down else float(rng.uniform(0.02, 0.09))
        bg = None
        if top_down:
            w2, h2 = _wh2(src, margin)
            bg = f"color=c={pick(rng, ['0x2a2a2a', '0x3b3b40', '0x505050', '0xe8e8e8'])}:s={w2}x{h2},noise=alls=5:allf=u:all_seed={int(rng.integers(1, 10**6))}"
        img, cut_hidden = C.photo(rng, src, tmp, boxes, int(rng.integers(1800, 2800)) if not top_down else int(rng.integers(1600, 2400)),
                                  margin, tilt, bg=bg, cut=(not card and rng.random() < 0.07))
        hidden |= cut_hidden
        low = cap in ("low_light", "card_low_light")
        img = C.optics(rng, img, tmp,
                       blur=float(rng.uniform(0.4, 1.3)) if cap != "motion" else 0.3,
                       noise=int(rng.integers(14, 26)) if low else int(rng.integers(2, 9)),
                       bright=float(rng.uniform(-0.2, -0.1)) if low else float(rng.uniform(-0.05, 0.08)),
                       contrast=float(rng.uniform(0.7, 0.9)) if low or cap == "sleeve" else float(rng.uniform(0.9, 1.15)),
                       gamma=float(rng.uniform(0.65, 0.85)) if low else 1.0,
                       lens=float(rng.uniform(-0.06, -0.01)) if top_down else float(rng.uniform(-0.02, 0.0)),
                       cast=rng.random() < 0.6, motion=int(rng.integers(3, 7)) if cap == "motion" else 0)
        fmt = pick(rng, ["jpg", "jpg", "jpg", "webp", "png"])
        if rng.random() < 0.06:  # taken sideways or the card laid upside down
            img = C.ff([str(img)], pick(rng, ["transpose=clock", "transpose=cclock", "hflip,vflip"]), tmp / "turn.png")
            marks.append("turned")
    return img, hidden, fmt, gray, mono, q


def _wh(png: Path, margin: float) -> dict:
    w, h = C.size_of(png)
    return {"W": w + 2 * int(w * margin), "H": h + 2 * int(h * margin)}


def _wh2(png: Path, margin: float) -> tuple[int, int]:
    d = _wh(png, margin)
    return d["W"], d["H"]


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for face in F.FACES:
        F.check_face(face)
    if shutil.which("inkscape") is None or shutil.which("ffmpeg") is None:
        raise RuntimeError("family W needs inkscape and ffmpeg (build/setup/debian-packages.txt)")
    plan = kinds_for(n, seed)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(plan)]
    truth = {"family": "W", "params_hash": params_hash(n, seed), "n": n, "seed": seed, "renderer": renderer_version(),
             "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    """Counts per kind, capture, variant, mark, face and format (and unreadable fields)."""
    fs = truth["files"]
    return {
        "kinds": dict(Counter(f["kind"] for f in fs)),
        "captures": dict(Counter(f["capture"] for f in fs)),
        "variants": dict(Counter(f["variant"] for f in fs)),
        "marks": dict(Counter(m for f in fs for m in f["marks"])),
        "faces": dict(Counter(x for f in fs for x in f["faces"])),
        "formats": dict(Counter(x for f in fs for x in f["formats"])),
        "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"]),
    }

