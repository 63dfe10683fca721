"""Family ZB's generator: plan, one file (page by MuPDF, capture by POV-Ray or numpy), truth, summary."""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
import pymupdf

from . import documents as D
from . import pixels as P
from . import pov
from . import values as V
from .mupdf_pages import FACE_FILES, MM, Page, check_installed, covers, pdf_font_name, rasterise, seal, sticky

FAMILY = "ZB"
PREFIX = "zb"
DEFAULT_MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
               "food_business_license": 20, "other": 20}
HERE = Path(__file__).resolve().parent

CAPTURES_ID = {"phone_desk": 30, "phone_sleeve": 8, "gaopaiyi": 15, "flatbed": 13, "photocopy": 12, "copy_of_copy": 3,
               "chat_forward": 8, "fax": 3, "scanner_app": 8}
CAPTURES_LIC = {"phone_desk": 18, "phone_fold": 8, "phone_sleeve": 5, "gaopaiyi": 10, "screen_photo": 6, "flatbed": 10,
                "adf_scan": 7, "photocopy": 8, "copy_of_copy": 3, "fax": 5, "scanner_app": 6, "chat_forward": 6,
                "pdf_original": 5, "png_export": 3}
CAPTURES_OTHER = {"phone_desk": 30, "flatbed": 20, "adf_scan": 15, "photocopy": 10, "fax": 10, "scanner_app": 15}
USES = ("办理营业执照变更", "办理食品经营许可", "银行开户", "办理社保登记", "综合窗口受理")
SHEET_CAPTURES = {"flatbed", "adf_scan", "photocopy", "copy_of_copy", "fax", "scanner_app"}


def kinds_for(n: int, seed: int) -> list[str]:
    """The default mix scaled to n (largest remainders), every kind at least once when n ≥ 6, shuffled by seed."""
    total = sum(DEFAULT_MIX.values())
    raw = {k: v * n / total for k, v in DEFAULT_MIX.items()}
    counts = {k: int(math.floor(x)) for k, x in raw.items()}
    if n >= len(DEFAULT_MIX):
        for k in counts:
            counts[k] = max(counts[k], 1)
    while sum(counts.values()) < n:
        k = max(raw, key=lambda k: raw[k] - counts[k])
        counts[k] += 1
    while sum(counts.values()) > n:
        floor = 1 if n >= len(DEFAULT_MIX) else 0
        k = max((k for k in counts if counts[k] > floor), key=lambda k: counts[k] - raw[k])
        counts[k] -= 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng([seed, 0xB]).shuffle(plan)
    return plan


def _weighted(rng: np.random.Generator, table: dict) -> str:
    keys = list(table)
    w = np.array([table[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    h.update(f"{pymupdf.VersionBind}|{pymupdf.VersionFitz}|{_pov_version()}|{n}|{seed}".encode())
    return h.hexdigest()[:16]


def _pov_version() -> str:
    try:
        return pov.version()
    except Exception:  # noqa: BLE001 - the hash still names the generator when POV-Ray is missing
        return "no-povray"


# ------------------------------------------------------------------------------------------- marks

def _watermark(text: str, face: str, color: tuple, opacity: float, angle: float):
    def draw(page: pymupdf.Page, overlay: bool) -> None:
        r = page.rect
        fs = max(r.width, r.height) / 22
        sh = page.new_shape()
        step_x, step_y = fs * len(text) * 1.1, fs * 4.5
        y = -r.height * 0.2
        while y < r.height * 1.2:
            x = -r.width * 0.3 + (y / step_y % 2) * step_x / 2
            while x < r.width * 1.1:
                sh.insert_text(pymupdf.Point(x, y), text, fontsize=fs, fontname=pdf_font_name(face), fontfile=FACE_FILES[face], color=color,
                               fill_opacity=opacity, morph=(pymupdf.Point(x, y), pymupdf.Matrix(angle)))
                x += step_x
            y += step_y
        sh.commit(overlay=True)
    return draw


def _copy_note(x: float, y: float, face: str, signer: str, date: str, rng: np.random.Generator):
    """复印件与原件一致 + a signature + date, handwritten in blue-black or red ink (mm position)."""
    ink = (0.1, 0.12, 0.45) if rng.random() < 0.7 else (0.75, 0.1, 0.1)
    pts = [(float(rng.uniform(0, 1)), float(rng.uniform(0, 1))) for _ in range(9)]

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        X, Y = x * MM, y * MM
        fs = 16
        sh = page.new_shape()
        sh.insert_text(pymupdf.Point(X, Y), "复印件与原件一致", fontsize=fs, fontname=pdf_font_name(face), fontfile=FACE_FILES[face],
                       color=ink, morph=(pymupdf.Point(X, Y), pymupdf.Matrix(float(rng.uniform(-6, 6)))))
        sh.insert_text(pymupdf.Point(X + fs * 1.5, Y + fs * 1.6), signer, fontsize=fs * 1.2, fontname=pdf_font_name(face),
                       fontfile=FACE_FILES[face], color=ink)
        sh.insert_text(pymupdf.Point(X + fs * 1.5, Y + fs * 3.0), date, fontsize=fs * 0.8, fontname=pdf_font_name(face),
                       fontfile=FACE_FILES[face], color=ink)
        sx, sy = X + fs * 6, Y + fs * 1.2
        prev = None
        for px, py in pts:  # the scrawl under the name
            p = pymupdf.Point(sx + px * fs * 4, sy + py * fs * 0.9)
            if prev is not None:
                sh.draw_bezier(prev, pymupdf.Point(prev.x + fs, prev.y - fs * 0.6), pymupdf.Point(p.x - fs, p.y + fs * 0.6), p)
            prev = p
        sh.finish(color=ink, width=1.1, closePath=False)
        sh.commit(overlay=True)
    return draw


def _highlight(value: str):
    def draw(page: pymupdf.Page, overlay: bool) -> None:
        for r in page.search_for(value)[:3]:
            sh = page.new_shape()
            sh.draw_rect(r + (-1, -1, 1, 1))
            sh.finish(color=None, fill=(1.0, 0.95, 0.2), fill_opacity=0.35)
            sh.commit(overlay=True)
    return draw


def _cover(value: str, found: list):
    """A sticky note over the value's printed place (found by MuPDF's own text search)."""
    def draw(page: pymupdf.Page, overlay: bool) -> None:
        rects = page.search_for(value)
        found.extend(rects)
        for r in rects[:2]:
            sticky(pymupdf.Rect(r.x0 - 6, r.y0 - 5, r.x1 + 12, r.y1 + 6))(page, True)
    return draw


# ------------------------------------------------------------------------------------------ making

def _sheet_for_card(card_doc: pymupdf.Document, rng: np.random.Generator) -> Page:
    """An ID card side copied onto A4 (as a window receives it): the card image placed on the sheet."""
    card_png = card_doc[0].get_pixmap(dpi=400, alpha=False).tobytes("png")
    pg = Page(210.0, 297.0)
    x, y = float(rng.uniform(40, 80)), float(rng.uniform(25, 90))
    rect = pymupdf.Rect(x * MM, y * MM, (x + 85.6) * MM, (y + 54) * MM)

    def draw(page: pymupdf.Page, overlay: bool) -> None:
        page.insert_image(rect, stream=card_png)
        sh = page.new_shape()
        sh.draw_rect(rect)
        sh.finish(color=(0.6, 0.6, 0.6), width=0.4)
        sh.commit()
    pg.under.append(draw)
    pg.card_rect = (x, y)  # type: ignore[attr-defined]
    return pg


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File number i (0-based) of the set: its page, its capture, its truth entry."""
    check_installed()
    rng = np.random.default_rng([seed, i, 0x2B])
    d = D.BUILDERS[kind](rng)
    page: Page = d["page"]
    fields = {k: {"value": v, "unreadable": False} for k, v in d["fields"].items()}
    table = CAPTURES_ID if kind.startswith("id_card") else CAPTURES_OTHER if kind == "other" else CAPTURES_LIC
    capture = _weighted(rng, table)
    marks: list[str] = []
    faces = set(d["faces"])
    licence = kind not in ("other",) and not kind.startswith("id_card")
    signer = V.person_name(rng)
    hand = D.choose_face(rng, ("AR PL KaitiM GB", "LXGW WenKai"), "复印件与原件一致仅供使用.0123456789" + "".join(USES) + signer)
    covered: list = []
    if kind.startswith("id_card") and capture in SHEET_CAPTURES:
        sheet = _sheet_for_card(page.render(), rng)
        target = sheet
        marks.append("a4_sheet")
    else:
        target = page
    # marks on the paper (or the exported image) before it is captured
    if licence and capture not in ("pdf_original", "png_export", "screen_photo") and rng.random() < 0.06:
        key = V.pick(rng, [k for k in ("legal_representative", "credit_code", "name") if k in d["fields"] and d["fields"][k]])
        target.over.append(_cover(d["fields"][key], covered))
        fields[key]["unreadable"] = True
        marks.append("sticky_cover")
        cover_key = key
    else:
        cover_key = None
    copies = capture in ("photocopy", "copy_of_copy", "fax", "adf_scan", "flatbed", "scanner_app")
    if (copies or capture == "chat_forward") and kind != "other" and rng.random() < 0.4:
        use = V.pick(rng, USES)
        txt = f"仅供{use}使用"
        target.over.append(_watermark(txt, hand, (0.55, 0.55, 0.55) if rng.random() < 0.6 else (0.8, 0.2, 0.2),
                                      float(rng.uniform(0.25, 0.45)), float(rng.uniform(20, 40))))
        faces.add(hand)
        target.faces.add(hand)
        marks.append("watermark")
    if copies and kind != "other" and rng.random() < 0.45:
        W, H = target.w_mm, target.h_mm
        x = float(rng.uniform(15, W * 0.45))
        y = float(rng.uniform(H * 0.8, H - 28)) if not hasattr(target, "card_rect") else target.card_rect[1] + 70  # type: ignore[attr-defined]
        target.over.append(_copy_note(x, y, hand, signer, f"{V.TODAY.year}.{int(rng.integers(1, 6))}.{int(rng.integers(1, 28))}", rng))
        faces.add(hand)
        target.faces.add(hand)
        marks += ["copy_note", "signature"]
    if copies and licence and rng.random() < 0.25:
        comp = d["fields"].get("name") or "某某有限公司"
        if covers(hand, comp) and len(comp) <= 22:
            W, H = target.w_mm, target.h_mm
            target.over.append(seal(float(rng.uniform(W * 0.25, W * 0.7)), float(rng.uniform(H * 0.55, H * 0.85)), 20, comp, hand,
                                    opacity=0.65))
            faces.add(hand)
            target.faces.add(hand)
            marks.append("company_seal")
    if licence and capture in ("photocopy", "flatbed", "phone_desk") and rng.random() < 0.06:
        v = d["fields"].get("name", "")
        if v and v != (d["fields"].get(cover_key) if cover_key else None):
            target.over.append(_highlight(v))
            marks.append("highlighter")
    doc = target.render()
    if cover_key and not covered:
        fields[cover_key]["unreadable"] = False  # the value was not found on one line: nothing covered
        marks.remove("sticky_cover")
    data, ext, extra = capture_page(doc, target, capture, kind, rng, d)
    marks += extra
    name = f"{PREFIX}{i + 1:04d}.{ext}"
    (out_dir / name).write_bytes(data)
    return {"file": name, "kind": kind, "fields": fields, "capture": capture, "variant": d["variant"],
            "marks": sorted(set(marks)), "faces": sorted(faces), "formats": [ext]}


def _fmt(rng: np.random.Generator, table: dict) -> str:
    return _weighted(rng, table)


def capture_page(doc: pymupdf.Document, page: Page, capture: str, kind: str, rng: np.random.Generator,
                 d: dict) -> tuple[bytes, str, list]:
    """The page as the window receives it; returns (bytes, extension, marks the capture added)."""
    card = kind.startswith("id_card") and not hasattr(page, "card_rect")
    w_mm, h_mm = page.w_mm, page.h_mm
    extra: list[str] = []
    if capture == "pdf_original":
        return doc.tobytes(garbage=3, deflate=True), "pdf", ["e_licence"]
    if capture == "png_export":
        a = P.f32(rasterise(doc, int(rng.integers(120, 180))))
        return P.encode(a, "png", rng), "png", ["e_licence"]
    if capture in ("phone_desk", "phone_sleeve", "phone_fold", "gaopaiyi", "screen_photo", "chat_forward"):
        landscape = w_mm >= h_mm
        if card:
            ow, oh = (1280, 960)
        else:
            ow, oh = (1440, 1080) if landscape else (1080, 1440)
        focal = capture == "phone_desk" and rng.random() < 0.1
        if capture in ("chat_forward", "phone_fold", "phone_sleeve") or focal:
            ow, oh = int(ow * 0.8), int(oh * 0.8)
        if rng.random() < 0.15 and not card:  # a portrait page photographed in a landscape frame or the reverse
            ow, oh = oh, ow
        fill = float(rng.uniform(0.62, 0.88))
        px_per_mm = fill * max(ow, oh) / max(w_mm, h_mm)
        dpi = int(min(max(px_per_mm * 25.4 * 1.3, 90), 600))
        tex = rasterise(doc, dpi, aa=int(rng.choice([4, 6, 8])))
        bend = None
        if capture == "phone_fold":
            if rng.random() < 0.6:
                bend = {"type": "fold", "pos": float(rng.uniform(0.3, 0.7)), "angle": float(rng.uniform(-0.2, 0.2)),
                        "width": float(rng.uniform(0.05, 0.15)), "height": max(w_mm, h_mm) / 1000 * float(rng.uniform(0.01, 0.03)),
                        "lift": max(w_mm, h_mm) / 1000 * float(rng.uniform(0.005, 0.02))}
                extra.append("fold")
            else:
                bend = {"type": "curl", "corner": (float(rng.choice([0.0, 1.0])), float(rng.choice([0.0, 1.0]))),
                        "radius": float(rng.uniform(0.2, 0.4)), "height": max(w_mm, h_mm) / 1000 * float(rng.uniform(0.03, 0.08))}
                extra.append("curl")
        if capture == "screen_photo":
            tex = P.u8(P.subpixels(P.f32(tex), int(rng.integers(3, 6))))
            extra.append("moire")
        scene, drawn = pov.phone_scene(rng, w_mm, h_mm, (ow, oh), card=card, sleeve=capture == "phone_sleeve",
                                       bend=bend, shadow=capture != "screen_photo" and rng.random() < 0.28,
                                       screen=capture == "screen_photo", topdown=capture == "gaopaiyi",
                                       blur=focal, fill=fill,
                                       low_light=capture == "phone_desk" and rng.random() < 0.15)
        extra += [k for k in ("shadow", "sleeve") if drawn.get(k)]
        if "aperture" in scene:
            extra.append("focal_blur")
        img = P.f32(pov.render(scene, tex, ow, oh))
        img = P.sensor_noise(img, rng, float(rng.uniform(0.01, 0.035)))
        if capture == "chat_forward":
            s = float(rng.uniform(0.5, 0.8))
            img = P.jpeg_roundtrip(P.resize(img, int(ow * s), int(oh * s)), int(rng.integers(55, 80)))
            img = P.jpeg_roundtrip(img, int(rng.integers(50, 75)))
            if rng.random() < 0.5:  # screenshotted in the chat viewer: black frame, status bar
                # the viewer turned with the photo: a landscape photo is screenshotted on a landscape screen
                sw, sh_ = (1080, 2340) if img.shape[0] >= img.shape[1] else (2340, 1080)
                bar = 90 if sw < sh_ else 0
                sc = min(sw / img.shape[1], (sh_ - 2 * bar) / img.shape[0])
                body = P.resize(img, int(img.shape[1] * sc), int(img.shape[0] * sc))
                canvas = np.zeros((sh_, sw, 3), np.float32)
                y0, x0 = (sh_ - body.shape[0]) // 2, (sw - body.shape[1]) // 2
                canvas[y0:y0 + body.shape[0], x0:x0 + body.shape[1]] = body
                if bar:
                    canvas[:bar] = 0.1
                    canvas[30:60, 40:140] = 0.85
                    canvas[30:60, sw - 160:sw - 40] = 0.85
                extra.append("screenshot")
                fmt = _fmt(rng, {"png": 2, "jpg": 2})
                return P.encode(canvas, fmt, rng, q=int(rng.integers(60, 85))), fmt, extra
            fmt = _fmt(rng, {"jpg": 3, "webp": 1})
            return P.encode(img, fmt, rng, q=int(rng.integers(55, 80))), fmt, extra
        if capture == "gaopaiyi" and rng.random() < 0.5:
            img = np.clip(img + 0.5 * (img - P.blur(img, 1.5)), 0, 1)  # the 高拍仪's own sharpening
        fmt = _fmt(rng, {"jpg": 8, "png": 1, "webp": 1})
        return P.encode(img, fmt, rng), fmt, extra
    # --- sheets: flatbed (POV-Ray orthographic), feeder, copies, faxes, scanner apps (numpy)
    if capture == "flatbed":
        dpi = 150
        bed = (216.0, 297.0) if w_mm <= h_mm else (297.0, 216.0)
        tex = rasterise(doc, int(dpi * 1.25))
        scene = pov.flatbed_scene(w_mm, h_mm, bed, (float(rng.uniform(0, 4)), float(rng.uniform(0, 4))),
                                  float(rng.uniform(-1.5, 1.5)), float(rng.uniform(0.85, 0.98)))
        ow, oh = int(bed[0] / 25.4 * dpi), int(bed[1] / 25.4 * dpi)
        img = P.f32(pov.render(scene, tex, ow, oh))
        img = P.sensor_noise(img, rng, 0.01)
        if rng.random() < 0.35:
            img = P.grey(img)
        fmt = _fmt(rng, {"jpg": 4, "pdf": 2, "png": 1, "tif": 1})
        return P.encode(img, fmt, rng, dpi=dpi), fmt, extra
    if capture == "adf_scan":
        dpi = int(rng.choice([150, 200, 200]))
        colour = rng.random() < 0.4
        a = P.f32(rasterise(doc, dpi, grey=not colour))
        a = P.rotate(a, float(rng.uniform(-2.0, 2.0)), 1.0, shift=(float(rng.uniform(-8, 8)), float(rng.uniform(-15, 15))))
        if rng.random() < 0.5:
            x = int(rng.integers(0, a.shape[1]))
            a[:, x:x + 2] *= 0.5  # a speck on the feeder's glass: one streak down the page
            extra.append("streak")
        a = P.sensor_noise(a, rng, 0.008)
        fmt = _fmt(rng, {"pdf": 3, "tif": 1, "jpg": 2})
        return P.encode(a, fmt, rng, dpi=dpi), fmt, extra
    if capture in ("photocopy", "copy_of_copy"):
        dpi = int(rng.choice([150, 200]))
        a = P.f32(rasterise(doc, dpi, grey=True))
        a = P.rotate(a, float(rng.uniform(-1.5, 1.5)), 1.0)
        g = P.photocopy(a, rng, 2 if capture == "copy_of_copy" else 1)
        fmt = _fmt(rng, {"jpg": 3, "png": 1, "pdf": 2})
        return P.encode(g, fmt, rng, dpi=dpi), fmt, extra
    if capture == "fax":
        a = P.f32(rasterise(doc, 200, grey=True))
        a = P.rotate(a, float(rng.uniform(-1.2, 1.2)), 1.0)
        fine = rng.random() < 0.6
        H, W = a.shape[:2]
        a = P.resize(a, int(W * 204 / 200), int(H * (196 if fine else 98) / 200))
        if not fine:
            a = P.resize(a, a.shape[1], a.shape[0] * 2)  # standard mode: every line drawn twice
        b = P.fax(a, rng, dither=rng.random() < 0.3)
        extra.append("fine" if fine else "standard")
        return P.encode(b, "tif", rng, dpi=200), "tif", extra
    if capture == "scanner_app":
        dpi = int(rng.choice([150, 200]))
        bw = rng.random() < 0.4
        a = P.f32(rasterise(doc, dpi, grey=bw))
        a = P.illumination(a, rng, float(rng.uniform(0.15, 0.35)))
        a = P.sensor_noise(a, rng, 0.02)
        a = P.whiten(a, rng)
        if bw:
            extra.append("bw_mode")
        fmt = _fmt(rng, {"pdf": 3, "jpg": 2})
        return P.encode(a, fmt, rng, dpi=dpi, q=int(rng.integers(65, 90))), fmt, extra
    raise ValueError(capture)


def generate(out_dir, n: int, seed: int) -> dict:  # noqa: ANN001 - str or Path
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs),
            "kind": dict(Counter(f["kind"] for f in fs)),
            "capture": dict(Counter(f["capture"] for f in fs)),
            "variant": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"])}
