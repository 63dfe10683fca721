"""Family I: document pages typeset by Typst (own shaping, CJK line breaking, grids), faces pinned
(BabelStone Han, AR PL KaitiM GB; no font fallback), captures applied with numpy/OpenCV. Each
file's truth says what the page prints; see README.md for what is drawn and why."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import typst

from benchmarks.docgen_i import capture as C
from benchmarks.docgen_i import docs as D
from benchmarks.docgen_i import values as V
from benchmarks.docgen_i.typ import FONT_FILES, KAI, SONG, place, preamble, s, t

HERE = Path(__file__).resolve().parent
PDF_DATE = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
QUOTA = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
         "food_business_license": 20, "other": 20}
CAPTURES = {
    "id_card_front": ["gaopaiyi_wide"] * 4 + ["led_flicker"] * 3 + ["counter_glass"] * 4 + ["hand_motion"] * 3
    + ["laminated"] * 3 + ["email_800"] * 3 + ["id_copy_page"] * 5,
    "id_card_back": ["gaopaiyi_wide"] * 3 + ["led_flicker"] * 3 + ["counter_glass"] * 3 + ["hand_motion"] * 3
    + ["laminated"] * 2 + ["email_800"] * 2 + ["id_copy_page"] * 4,
    "business_license": ["gaopaiyi_wide"] * 6 + ["led_flicker"] * 4 + ["counter_glass"] * 5 + ["hand_motion"] * 4
    + ["aged_copy"] * 5 + ["laminated"] * 4 + ["clip_and_slip"] * 5 + ["pen_marked"] * 5 + ["email_800"] * 4
    + ["app_screenshot"] * 4 + ["pdf_multipage"] * 2 + ["pdf_scanned"] * 2,
    "public_health_license": ["gaopaiyi_wide"] * 2 + ["led_flicker", "counter_glass", "counter_glass", "hand_motion"]
    + ["aged_copy"] * 2 + ["laminated"] * 2 + ["clip_and_slip", "pen_marked", "email_800", "app_screenshot", "pdf_multipage"],
    "food_business_license": ["gaopaiyi_wide", "gaopaiyi_wide", "led_flicker", "led_flicker", "counter_glass", "counter_glass",
                              "hand_motion", "hand_motion", "aged_copy", "aged_copy", "laminated", "clip_and_slip",
                              "clip_and_slip", "pen_marked", "pen_marked", "email_800", "email_800", "app_screenshot",
                              "app_screenshot", "pdf_scanned"],
    "other": ["gaopaiyi_wide", "led_flicker", "counter_glass", "hand_motion", "aged_copy", "laminated", "clip_and_slip",
              "pen_marked", "email_800", "pdf_multipage"] * 2,
}
BL_FORMS = ["listed"] * 8 + ["state"] * 6 + ["collective"] * 6 + ["coopunion"] * 6 + ["foreign_branch"] * 7 \
    + ["individual_noname"] * 6 + ["company"] * 11
ID_FRONT_STYLES = ["plain"] * 10 + ["long_name"] * 5 + ["long_address"] * 6 + ["long_all"] * 4
ID_BACK_STYLES = ["plain"] * 9 + ["long_authority"] * 6 + ["long_term"] * 5
HEALTH_TEMPLATES = ["portrait_rows", "landscape_table", "items_list", "plain"]
OTHER_STYLES = ["certificate"] * 8 + ["notice"] * 3 + ["lost_notice"] * 3 + ["resolution"] * 3 + ["blank"] * 3
PEN_NOTES = ["与原件核对一致", "已核原件 12.3", "复印件已收", "待补：租赁合同", "经办人：王 已核", "原件已退回申请人"]
ENDORSE = ["此复印件仅供办理营业执照变更登记使用，再复印无效", "仅供办理食品经营许可申请使用",
           "此复印件仅用于办理公共场所卫生许可", "与原件一致，仅供本次业务使用"]


def params_hash(n: int, seed: int) -> str:
    """Changes with the generator's source, its fonts' presence and the parameters (family_bench
    regenerates the cached set when it changes)."""
    h = hashlib.sha256(f"I|{n}|{seed}|typst {getattr(typst, '__version__', '?')}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    for name, path in sorted(FONT_FILES.items()):
        h.update(f"{name}={Path(path).exists()}".encode())
    return h.hexdigest()[:16]


def quotas(n: int) -> dict[str, int]:
    """Files per kind: the 150-file quota scaled to n (every kind present once n ≥ 6)."""
    total = sum(QUOTA.values())
    q = {k: (v * n) // total for k, v in QUOTA.items()}
    order = sorted(QUOTA, key=lambda k: -((QUOTA[k] * n) % total))
    if n >= len(QUOTA):
        for k in QUOTA:
            if q[k] == 0:
                q[k] = 1
    i = 0
    while sum(q.values()) < n:
        q[order[i % len(order)]] += 1
        i += 1
    while sum(q.values()) > n:
        k = max(q, key=q.get)
        q[k] -= 1
    return q


class Coverage:
    """Every character drawn must be in the cmap of the face it is drawn with (Typst's fallback is
    off, so a missing glyph would be a box: the truth would then not be what the page shows)."""

    def __init__(self) -> None:
        from fontTools.ttLib import TTFont
        self.cmaps = {name: set(TTFont(path, lazy=True).getBestCmap()) for name, path in FONT_FILES.items()}

    def missing(self, texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(face, ch) for face, text in texts for ch in text if not ch.isspace() and ord(ch) not in self.cmaps[face]]


def _deal(rng: random.Random, pool: list[str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        chunk = pool[:]
        rng.shuffle(chunk)
        out.extend(chunk)
    return out[:k]


def _qr_png(text: str) -> bytes:
    import io

    import qrcode
    img = qrcode.make(text, box_size=6, border=1)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _png_to_rgb(png: bytes) -> np.ndarray:
    a = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    return cv2.cvtColor(a, cv2.COLOR_BGR2RGB)


def _rgb_to_png(img: np.ndarray) -> bytes:
    return cv2.imencode(".png", cv2.cvtColor(img, cv2.COLOR_RGB2BGR))[1].tobytes()


def _pen_note(doc: D.Doc, rng: random.Random) -> str:
    """A clerk's handwritten note (楷 face, blue ink, slightly rotated) in a margin that holds no value."""
    note = rng.choice(PEN_NOTES)
    if doc.kind == "business_license":
        x, y = 24.0, 50.0 if doc.w > doc.h else 52.0
    elif doc.kind == "public_health_license":
        x, y = 26.0, 48.0
    else:
        x, y = 22.0, doc.h - 38.0
    doc.texts.append((KAI, note))
    doc.marks.append("pen_note")
    doc.faces = sorted(set(doc.faces) | {KAI})
    return place(x, y, f"rotate({rng.uniform(-6, 3):.1f}deg, reflow: false, "
                       f"{t(note, font=KAI, size=15, fill='rgb(30, 50, 160, 220)')})")


class Renderer:
    def __init__(self, work: Path) -> None:
        self.work = work
        fonts_dir = work / "_fonts"
        fonts_dir.mkdir(parents=True, exist_ok=True)
        for name, path in FONT_FILES.items():
            if not Path(path).exists():
                raise RuntimeError(f"family I needs the font {name} ({path}): see build/setup/debian-packages.txt")
            link = fonts_dir / Path(path).name
            if not link.exists():
                link.symlink_to(path)
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(fonts_dir)])
        self.compiler = typst.Compiler(root=str(work), font_paths=fonts, ignore_system_fonts=True)

    def assets(self, stem: str, src: str, assets: dict[str, bytes]) -> str:
        d = self.work / stem
        d.mkdir(exist_ok=True)
        for name, data in assets.items():
            (d / name).write_bytes(data)
            src = src.replace(f'"{name}"', f'"/{stem}/{name}"')
        return src

    def compile(self, src: str, fmt: str, ppi: float | None = None) -> bytes | list[bytes]:
        # a fixed creation date: otherwise Typst stamps "now" into the PDF and a seed's files differ by run
        extra = {"timestamp": PDF_DATE, "pdf_tags": False} if fmt == "pdf" else {}   # untagged, as most issuers' PDFs
        res, warnings = self.compiler.compile_with_warnings(src.encode("utf-8"), format=fmt, ppi=ppi, **extra)
        if warnings:
            raise RuntimeError(f"typst warned (a face not found?): {warnings[:3]}")
        return res

    def png(self, src: str, ppi: float) -> np.ndarray:
        out = self.compile(src, "png", ppi)
        return _png_to_rgb(out[0] if isinstance(out, list) else out)


def _build(kind: str, rng: random.Random, k: int, plan: dict) -> D.Doc:
    if kind == "id_card_front":
        return D.id_front(rng, plan["id_front"][k])
    if kind == "id_card_back":
        return D.id_back(rng, plan["id_back"][k])
    if kind == "business_license":
        qr = _qr_png(f"https://www.gsxt.gov.cn/{rng.randrange(10 ** 12):012d}")
        return D.business_licence(rng, plan["bl_form"][k], "zhengben" if k % 2 == 0 else "fuben", rng.random() < 0.4, qr)
    if kind == "public_health_license":
        return D.health_licence(rng, HEALTH_TEMPLATES[k % len(HEALTH_TEMPLATES)])
    if kind == "food_business_license":
        return D.food_licence(rng, "2023" if k % 2 == 0 else "2015", "zhengben" if (k // 2) % 2 == 0 else "fuben")
    return D.other_doc(rng, plan["other"][k])


def _app_screen(r: Renderer, stem: str, page_png: bytes, doc: D.Doc, rng: random.Random) -> np.ndarray:
    """A screenshot of a 电子证照 phone app showing the licence: status bar, title bar, the licence
    image, buttons, and the app's faint diagonal 'for use only' watermark."""
    w, h = 72.0, 156.0
    title = {"business_license": "电子营业执照", "public_health_license": "电子证照", "food_business_license": "电子证照"}[doc.kind]
    src = preamble(w, h, 'rgb("#f3f4f6")')
    src += place(0, 0, 'rect(width: 72mm, height: 17mm, fill: rgb("#c9302c"))')
    src += place(4, 2.2, t(f"{rng.randint(8, 11)}:{rng.randint(0, 59):02d}", size=6.5, fill="white"))
    src += place(54, 2.2, t("5G  86%", size=6.5, fill="white"))
    src += place(0, 9.0, t(title, size=9, fill="white", bold=True), anchor="top + center")
    src += place(3, 9.0, t("〈", size=9, fill="white"))
    img_w = 66.0
    src += place(3, 21, f'image("page.png", width: {img_w:.1f}mm)')
    ih = img_w * doc.h / doc.w
    y = 21 + ih + 6
    for i, b in enumerate(["下载", "分享", "授权使用"]):
        src += place(5 + i * 22, y, f'box(width: 18mm, height: 8mm, radius: 2mm, fill: rgb("#ffffff"), stroke: 0.4pt + rgb("#c9302c"), '
                                    f'align(center + horizon, {t(b, size=7, fill=chr(114) + "gb(" + chr(34) + "#c9302c" + chr(34) + ")")}))')
    mark_txt = f"仅供办事使用 {dt.date(2026, 12, rng.randint(1, 3)).isoformat()}"
    for k in range(5):
        src += place(4, 30 + k * 22, f"rotate(-28deg, reflow: false, {t(mark_txt, size=8, fill='rgb(120, 120, 120, 40)')})")
    doc.texts += [(SONG, title), (SONG, "下载分享授权使用5G86%〈:0123456789"), (SONG, mark_txt)]
    src = r.assets(stem, src, {"page.png": page_png})
    return r.png(src, 1080 / (w / 25.4))


def _copy_page(r: Renderer, stem: str, card_png: bytes, doc: D.Doc, rng: random.Random) -> np.ndarray:
    """One side of the card photocopied on an A4 page, with the applicant's handwritten
    endorsement below it (one side per file)."""
    note = rng.choice(ENDORSE)
    who = V.person_name(rng)
    src = preamble(210, 297, 'rgb("#ffffff")')
    src += place(0, 40, 'box(stroke: 0.7pt + rgb("#8a8a8a"), radius: 3mm, clip: true, image("card.png", width: 85.6mm))',
                 anchor="top + center")
    src += place(40, 108, f"rotate({rng.uniform(-4, 2):.1f}deg, reflow: false, box(width: 140mm, "
                          f"{t(note + '  ' + who + '  2026.12.' + str(rng.randint(1, 3)), font=KAI, size=14, fill='rgb(25, 40, 140)')}))")
    doc.texts.append((KAI, note + who + "2026.12.0123456789"))
    doc.marks.append("copy_endorsement")
    doc.faces = sorted(set(doc.faces) | {KAI})
    src = r.assets(stem, src, {"card.png": card_png})
    return r.png(src, 200)


def _second_page(doc: D.Doc) -> str:
    name = doc.fields.get("name") or "本市场主体"
    body = (f"{name}企业信用信息公示报告。本报告内容来源于国家企业信用信息公示系统，包括登记信息、备案信息、"
            "行政许可信息、行政处罚信息、列入经营异常名录信息等。报告生成时间：2026年12月02日。")
    doc.texts.append((SONG, body))
    return ("#pagebreak()\n#set page(width: 210mm, height: 297mm, margin: 25mm, fill: white)\n"
            f"#text(font: {s(SONG)}, size: 11pt, {s(body)})\n")


def _write(img: np.ndarray, path: Path, q: int = 88) -> None:
    bgr = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ext = path.suffix.lower()
    params = [cv2.IMWRITE_JPEG_QUALITY, q] if ext == ".jpg" else [cv2.IMWRITE_WEBP_QUALITY, q] if ext == ".webp" else []
    if not cv2.imwrite(str(path), bgr, params):
        raise RuntimeError(f"could not write {path}")


def make_file(r: Renderer, folder: Path, stem: str, doc: D.Doc, cap: str, rng: random.Random) -> tuple[str, list[str]]:
    """Render `doc`, apply capture `cap`, write the file; returns its name and format list."""
    is_card = doc.kind.startswith("id_card")
    ppi = 356 if is_card else 150
    src = doc.src
    if cap == "pen_marked":
        src += _pen_note(doc, rng)
    src = r.assets(stem, src, doc.assets) if doc.assets else src
    if cap == "pdf_multipage":
        pdf = r.compile(src + _second_page(doc), "pdf")
        (folder / f"{stem}.pdf").write_bytes(pdf)
        return f"{stem}.pdf", ["pdf", "pdf_vector", "pages_2"]
    page = r.png(src, ppi)
    if cap == "pen_marked":
        page = C.pen_marks(page, rng)
    if cap == "clip_and_slip":
        page = C.paper_clip(page, rng)
        page = C.receipt_slip(page, rng, rng.choice(["bottom-left", "bottom-right"] if doc.kind != "other" else ["top-left"]))
        doc.marks += ["paper_clip", "receipt_slip"]
    fmt, q = "jpg", rng.randint(78, 92)
    if cap == "gaopaiyi_wide":
        img = C.on_surface(page, rng, fill=0.82, tilt=0.01, out_long=1600 if is_card else 2000)
        img = C.barrel(img, rng)
        img = C.arm_shadow(img, rng)
        img = C.sensor(C.lighting(img, rng, 0.12), rng, 2.0)
        doc.marks.append("barrel_lens")
    elif cap == "led_flicker":
        img = C.sensor(C.led_banding(C.on_surface(page, rng, fill=0.78, tilt=0.04), rng), rng, 3.0)
    elif cap == "counter_glass":
        img = C.glass_reflection(C.on_surface(page, rng, fill=0.75, tilt=0.05), rng)
    elif cap == "hand_motion":
        shot = C.on_surface(page, rng, fill=0.8, tilt=0.04, out_long=2000)
        px_per_mm = 2000 * 0.8 / max(page.shape[:2]) * ppi / 25.4
        img = C.sensor(C.motion_blur(shot, rng, text_px=px_per_mm * (3.0 if is_card else 3.7)), rng, 2.5)
    elif cap == "aged_copy":
        img = C.aged(C.photocopy(page, rng) if rng.random() < 0.5 else page, rng)
        fmt = rng.choice(["jpg", "png", "tiff"])
    elif cap == "laminated":
        img = C.laminate_glare(C.on_surface(C.laminate_border(page, rng), rng, fill=0.8, tilt=0.03), rng)
    elif cap == "clip_and_slip" or cap == "pen_marked":
        img = C.lighting(C.on_surface(page, rng, fill=0.85, tilt=0.03), rng) if rng.random() < 0.6 else page
        fmt = "jpg" if img is not page else rng.choice(["png", "jpg"])
    elif cap == "email_800":
        base = C.on_surface(page, rng, fill=0.9, tilt=0.02) if rng.random() < 0.5 else C.photocopy(page, rng)
        h, w = base.shape[:2]
        img = C.low_res(base, 800 if is_card else int(800 * max(h, w) / min(h, w)))
        q = rng.randint(65, 78)
        doc.marks.append("low_res_800")
    elif cap == "app_screenshot":
        img = _app_screen(r, stem, _rgb_to_png(page), doc, rng)
        fmt = rng.choice(["png", "jpg", "webp"])
        doc.marks.append("app_chrome")
    elif cap == "pdf_scanned":
        scan = C.aged(C.photocopy(page, rng), rng)
        pdf_src = (preamble(doc.w, doc.h, "white") + '#place(top + left, image("scan.png", width: 100%))\n')
        pdf_src = r.assets(stem, pdf_src, {"scan.png": cv2.imencode(".png", cv2.cvtColor(scan, cv2.COLOR_RGB2BGR))[1].tobytes()})
        (folder / f"{stem}.pdf").write_bytes(r.compile(pdf_src, "pdf"))
        return f"{stem}.pdf", ["pdf", "pdf_raster"]
    elif cap == "id_copy_page":
        img = C.photocopy(_copy_page(r, stem, _rgb_to_png(page), doc, rng), rng)
        fmt = rng.choice(["jpg", "png"])
    else:
        raise ValueError(cap)
    if fmt == "jpg" and rng.random() < 0.12:
        fmt = "bmp"
    name = f"{stem}.{fmt}"
    _write(img, folder / name, q)
    return name, [fmt]


def generate(folder: Path | str, n: int = 150, seed: int = 9494) -> dict:
    """Write n files and truth.json into folder; return the truth dict."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    q = quotas(n)
    plan = {"id_front": _deal(rng, ID_FRONT_STYLES, q["id_card_front"]), "id_back": _deal(rng, ID_BACK_STYLES, q["id_card_back"]),
            "bl_form": _deal(rng, BL_FORMS, q["business_license"]), "other": _deal(rng, OTHER_STYLES, q["other"])}
    caps = {k: _deal(rng, CAPTURES[k], q[k]) for k in QUOTA}
    jobs = [(kind, k) for kind in QUOTA for k in range(q[kind])]
    rng.shuffle(jobs)
    cov = Coverage()
    files = []
    work = Path(tempfile.mkdtemp(prefix="docgen_i_"))
    try:
        r = Renderer(work)
        for i, (kind, k) in enumerate(jobs, 1):
            frng = random.Random(f"I-{seed}-{i}")
            doc = _build(kind, frng, k, plan)
            stem = f"i{i:04d}"
            name, formats = make_file(r, folder, stem, doc, caps[kind][k], frng)
            miss = cov.missing(doc.texts)
            if miss:
                raise RuntimeError(f"{stem}: glyphs missing from their face: {miss[:10]}")
            files.append({"file": name, "kind": kind,
                          "fields": {key: {"value": v, "unreadable": False} for key, v in doc.fields.items()},
                          "capture": caps[kind][k], "variant": doc.variant, "marks": sorted(set(doc.marks)),
                          "formats": formats, "faces": doc.faces})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    truth = {"family": "I", "generator": "benchmarks.docgen_i", "n": n, "seed": seed, "params_hash": params_hash(n, seed),
             "files": files}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)),
            "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(f["formats"][0] for f in fs)),
            "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "unreadable": sum(v["unreadable"] for f in fs for v in f["fields"].values())}
