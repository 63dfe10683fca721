"""Family V's generator: plan the kinds of a set, make each file (values → fpdf2 page → pypdfium2
raster → marks → albumentations capture → saved format) and write truth.json. Each file depends on
(seed, index, kind) only, so one file can be made again on its own (`make_one`)."""

from __future__ import annotations

import hashlib
import io
import json
import random
from collections import Counter
from importlib import metadata
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image

from benchmarks.docgen_v import captures as C
from benchmarks.docgen_v import faces as F
from benchmarks.docgen_v import pages as P
from benchmarks.docgen_v import values as V
from benchmarks.docgen_v.pages import FIXED

HERE = Path(__file__).resolve().parent
KINDS = ("id_card_front", "id_card_back", "business_license", "public_health_license", "food_business_license", "other")
SHARE = (25, 20, 50, 15, 20, 20)

PURPOSES = ("仅供办理营业执照变更登记使用", "仅供办理食品经营许可使用", "仅供银行开户使用，他用无效", "仅供本次业务办理使用，他用无效",
            "仅供办理公共场所卫生许可使用", "仅供社保登记使用")


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of every file: the default shares scaled to n (every kind at least once from n = 6),
    shuffled by the seed."""
    raw = [n * s / sum(SHARE) for s in SHARE]
    cnt = [int(x) for x in raw]
    if n >= len(KINDS):
        cnt = [max(c, 1) for c in cnt]
    order = sorted(range(len(KINDS)), key=lambda k: raw[k] - int(raw[k]), reverse=True)
    i = 0
    while sum(cnt) < n:
        cnt[order[i % len(order)]] += 1
        i += 1
    while sum(cnt) > n:
        cnt[cnt.index(max(cnt))] -= 1
    plan = [k for k, c in zip(KINDS, cnt, strict=True) for _ in range(c)]
    random.Random(f"famv-plan-{n}-{seed}").shuffle(plan)
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for src in sorted(HERE.glob("*.py")):
        h.update(src.read_bytes())
    for dist in ("fpdf2", "albumentations", "pypdfium2", "numpy", "opencv-python-headless", "pillow"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    h.update(f"n={n};seed={seed}".encode())
    return h.hexdigest()[:16]


CAPTURES = {  # kind group -> (capture, weight)
    "card": (("phone", 30), ("gaopaiyi", 18), ("flatbed", 12), ("photocopy", 16), ("chat_forward", 10), ("lowlight", 6), ("fax", 4),
             ("copy_of_copy", 4)),
    "licence": (("flatbed", 14), ("adf", 9), ("phone", 16), ("gaopaiyi", 10), ("photocopy", 12), ("copy_of_copy", 5), ("fax", 5),
                ("scanner_app", 9), ("chat_forward", 8), ("screen_photo", 5), ("lowlight", 3), ("framed_wall", 4)),
    "other": (("flatbed", 25), ("phone", 25), ("photocopy", 15), ("gaopaiyi", 10), ("chat_forward", 10), ("fax", 5), ("adf", 10)),
}
FORMATS = {
    "phone": (("jpg", 85), ("webp", 10), ("png", 5)), "lowlight": (("jpg", 90), ("webp", 10)),
    "gaopaiyi": (("jpg", 80), ("png", 10), ("pdf", 10)), "flatbed": (("jpg", 40), ("png", 25), ("pdf", 25), ("tif", 10)),
    "adf": (("tif", 40), ("pdf", 50), ("png", 10)), "photocopy": (("pdf", 40), ("jpg", 30), ("png", 15), ("tif", 15)),
    "copy_of_copy": (("pdf", 40), ("jpg", 40), ("tif", 20)), "fax": (("tif", 60), ("png", 25), ("pdf", 15)),
    "scanner_app": (("pdf", 60), ("jpg", 40)), "chat_forward": (("jpg", 55), ("png", 30), ("webp", 15)),
    "screen_photo": (("jpg", 90), ("webp", 10)), "elicense_pdf": (("pdf", 100),), "framed_wall": (("jpg", 100),),
}


def pick(r: random.Random, table) -> str:  # noqa: ANN001
    return r.choices([t[0] for t in table], weights=[t[1] for t in table])[0]


def build(kind: str, r: random.Random) -> tuple[P.Doc, dict, str]:
    """The page of one document, its truth values and its layout variant."""
    p = V.place(r)
    if kind in ("id_card_front", "id_card_back"):
        v = V.id_card(r, p)
        if kind == "id_card_front":
            return P.id_front(v, r), {k: v[k] for k in ("name", "sex", "nation", "birth_date", "address", "id_number")}, "id-front"
        return P.id_back(v, r), {k: v[k] for k in ("issuing_authority", "valid_from", "valid_to")}, "id-back"
    if kind == "business_license":
        v = V.company(r, p)
        var = r.choices(("zheng-2019", "fu-2019", "fu-2016", "e-print"), weights=(35, 35, 15, 15))[0]
        if v["_pat"] == "ih" and var == "fu-2016":
            var = "fu-2019"
        return P.business_license(v, r, var), {k: x for k, x in v.items() if not k.startswith("_")}, var
    if kind == "public_health_license":
        v = V.public_health(r, p)
        var = r.choice(("ph-table", "ph-plain", "ph-land"))
        return P.public_health(v, r, var), {k: x for k, x in v.items() if not k.startswith("_")}, var
    if kind == "food_business_license":
        v = V.food(r, p)
        var = r.choice(("food-2015-zheng", "food-2015-fu", "food-2023"))
        return P.food(v, r, var), {k: x for k, x in v.items() if not k.startswith("_")}, var
    var = r.choice(("neg-blank", "neg-receipt", "neg-form", "neg-letter", "neg-cert"))
    co = V.company(r, p)
    name = co["name"] or f"{p[2]}{r.choice(V.SHOP_WORDS)}商贸有限公司"
    return P.negative(r, var, p, V.person_name(r), name), {}, var


def save(img: np.ndarray, path_noext: Path, fmt: str, r: random.Random, dpi: int, vector: bytes | None = None) -> str:
    """Write the capture in its format; PDFs embed the raster (JPEG stays DCT) in a new fpdf2 page
    sized at the capture's dpi, or keep the born-digital vector page."""
    out = path_noext.with_suffix("." + fmt)
    if fmt == "pdf" and vector is not None:
        out.write_bytes(vector)
        return out.name
    bw = img.ndim == 2
    im = Image.fromarray(img if not bw else img).convert("1") if bw else Image.fromarray(img)
    if fmt == "jpg":
        im.convert("RGB").save(out, quality=r.randint(78, 92))
    elif fmt == "webp":
        im.convert("RGB").save(out, quality=r.randint(70, 85), method=4)
    elif fmt == "png":
        im.save(out, optimize=False)
    elif fmt == "tif":
        im.save(out, compression="group4" if bw else r.choice(("tiff_lzw", "tiff_adobe_deflate")), dpi=(dpi, dpi))
    else:
        buf = io.BytesIO()
        if bw:
            im.save(buf, format="PNG")
        else:
            im.convert("RGB").save(buf, format="JPEG", quality=r.randint(75, 90))
        pdf = FPDF(unit="pt", format=(im.width * 72 / dpi, im.height * 72 / dpi))
        pdf.set_creation_date(FIXED)
        pdf.set_producer(r.choice(("docgen_v scan", "Scanner", "MFP")))
        pdf.set_auto_page_break(False)
        pdf.set_margin(0)
        pdf.add_page()
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=im.width * 72 / dpi, h=im.height * 72 / dpi)
        out.write_bytes(bytes(pdf.output()))
    return out.name


def on_a4(card: np.ndarray, dpi: float, r: random.Random) -> tuple[np.ndarray, tuple[int, int]]:
    """A card on the scanner glass or copied onto A4: white sheet, card near the top, sometimes enlarged."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = np.full((H, W, 3), 255, np.uint8)
    x = int(W * r.uniform(0.12, 0.4))
    y = int(H * r.uniform(0.05, 0.3))
    x = min(x, W - card.shape[1] - 10)
    sheet[y:y + card.shape[0], x:x + card.shape[1]] = card
    return sheet, (x, y)


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """One file of the set and its truth entry."""
    out_dir = Path(out_dir)
    r = random.Random(f"famv-{seed}-{i}-{kind}")
    doc, vals, variant = build(kind, r)
    card = kind in ("id_card_front", "id_card_back")
    group = "card" if card else "other" if kind == "other" else "licence"
    cap = pick(r, CAPTURES[group])
    if variant == "e-print" and r.random() < 0.45:
        cap = "elicense_pdf"
    if cap == "screen_photo" and kind not in ("business_license", "food_business_license"):
        cap = "phone"
    if cap == "framed_wall" and variant not in ("zheng-2019", "food-2015-zheng", "ph-land", "ph-table", "ph-plain"):
        cap = "phone"
    marks: list[str] = []
    unread: set[str] = set()
    boxes = doc.boxes
    # marks drawn into the page itself (a watermark typed on before sending, a highlighter pass)
    if kind != "other" and r.random() < 0.22 and cap not in ("elicense_pdf", "framed_wall"):
        wm = r.choice(PURPOSES)
        doc.watermark(wm, F.pick(r, ("noto_sans", "wqy_microhei", "noto_serif"), [wm]), rgb=r.choice(((120, 120, 120), (60, 90, 180), (200, 60, 60))),
                      size=26 if not card else 7)
        marks.append("watermark")
    pdf = doc.bytes()
    if cap == "elicense_pdf":
        fmt = "pdf"
        name = save(np.zeros((2, 2, 3), np.uint8), out_dir / f"v{i + 1:04d}", fmt, r, 72, vector=pdf)
        return entry(name, kind, vals, unread, cap, variant, marks, doc.used, fmt)
    dpi_page = {"phone": 170, "lowlight": 150, "gaopaiyi": 170, "flatbed": r.choice((200, 200, 300)), "adf": r.choice((150, 200)),
                "photocopy": 200, "copy_of_copy": 200, "fax": 200, "scanner_app": 200, "chat_forward": 150, "screen_photo": 130,
                "framed_wall": 150}[cap]
    if card:
        dpi_page = 480 if cap in ("phone", "lowlight", "gaopaiyi", "chat_forward") else 300 if cap == "flatbed" else 250
    page = C.raster(pdf, dpi_page)
    scale = dpi_page / 25.4
    if kind != "other" and r.random() < 0.12 and cap != "framed_wall":
        # a highlighter pass over one value (translucent: still readable)
        key = r.choice([k for k in boxes if boxes[k]] or [None])
        if key:
            x0, y0, x1, y1 = boxes[key][0]
            a, b, c, d = int(x0 * scale), int(y0 * scale), int(x1 * scale), int(y1 * scale)
            page[b:d, a:c] = C.multiply(page[b:d, a:c], np.full((d - b, c - a, 3), (255, 240, 90), np.uint8))
            marks.append("highlighter")
    flush = None
    photo_like = cap in ("phone", "lowlight", "gaopaiyi", "chat_forward", "framed_wall")
    if photo_like and kind != "other":
        k = r.random() * (0.35 if cap == "framed_wall" else 1.0)  # the frame's glass reflects more often
        if cap == "framed_wall":
            if k < 0.16:
                page, u = C.glare(page, r, boxes, scale)
                unread |= u
                marks.append("glare_glass")
        elif k < 0.16:
            page, u = C.glare(page, r, boxes, scale)
            unread |= u
            marks.append("glare_sleeve" if not card else "glare")
        elif k < 0.24:
            page, u = C.cover(page, r, boxes, scale, "finger" if card or r.random() < 0.5 else "sticky_note")
            unread |= u
            marks.append("covered")
        elif k < 0.31 and cap not in ("gaopaiyi", "framed_wall"):
            page, u, flush = C.cut(page, r, boxes, scale)
            unread |= u
            marks.append("cut_off")
        if not card and cap != "framed_wall" and r.random() < 0.2:
            page = C.comp([C.A.ElasticTransform(alpha=r.uniform(30, 60), sigma=r.uniform(40, 60), border_mode=C.REPL, p=1)], r.randrange(1 << 30), page)
            marks.append("wrinkled")
    if not card and r.random() < 0.12 and cap not in ("screen_photo", "framed_wall"):
        # a fold: the sheet was folded in three for an envelope
        for t in r.sample((1 / 3, 2 / 3, 1 / 2), r.randint(1, 2)):
            yy = int(page.shape[0] * t)
            page[max(yy - 2, 0):yy + 2] = (page[max(yy - 2, 0):yy + 2] * 0.82).astype(np.uint8)
            page[yy + 2:yy + 12] = np.minimum(page[yy + 2:yy + 12].astype(np.int32) + 10, 255).astype(np.uint8)
        marks.append("fold")
    out_dpi = dpi_page
    who = V.person_name(r)
    if card and cap in ("flatbed", "photocopy", "copy_of_copy", "fax"):
        if cap in ("photocopy", "copy_of_copy") and r.random() < 0.4:  # enlarged copy
            page = C.cv2.resize(page, None, fx=1.4, fy=1.4, interpolation=C.cv2.INTER_CUBIC)
            marks.append("enlarged")
        page, _ = on_a4(page, dpi_page, r)
    if cap == "phone":
        img = C.phone(page, r, small=card, flush=flush)
    elif cap == "lowlight":
        img = C.phone(page, r, small=card, dark=True, flush=flush)
    elif cap == "framed_wall":
        # the 正本 hanging framed on the shop's wall, photographed through the glass
        b = int(page.shape[1] * r.uniform(0.03, 0.05))
        frame = np.array(r.choice(((60, 40, 25), (25, 25, 25), (170, 140, 60))), np.uint8)
        framed = np.empty((page.shape[0] + 2 * b, page.shape[1] + 2 * b, 3), np.uint8)
        framed[:] = frame
        framed[b:-b, b:-b] = page
        img = C.phone(framed, r, small=False, ground_kind="stone")
        marks.append("frame_glass")
    elif cap == "gaopaiyi":
        img, m = C.gaopaiyi(page, r, small=card)
        marks += m
    elif cap == "flatbed":
        img = C.flatbed(page, r)
    elif cap == "adf":
        img = C.adf(page, r)
    elif cap in ("photocopy", "copy_of_copy"):
        img = C.photocopy(page, r, 2 if cap == "copy_of_copy" else 1)
    elif cap == "fax":
        img = C.fax(page, r)
    elif cap == "scanner_app":
        img = C.scanner_app(page, r)
    elif cap == "chat_forward":
        photo = C.phone(page, r, small=card, long_side=1600, flush=flush)
        photo = C.comp([C.A.Downscale(scale_range=(0.6, 0.8), p=1), C.A.ImageCompression(quality_range=(45, 70), p=1)], r.randrange(1 << 30), photo)
        img = C.phone_screen(r, photo, "")
        marks.append("chat_screenshot")
        out_dpi = 160
    else:  # screen_photo: the licence in a government app on a phone, photographed
        scr = C.phone_screen(r, page, r.choice(("电子营业执照", "亮证", "证照详情")))
        scr = C.moire(scr, r)
        img = C.phone(scr, r, small=False, ground_kind=r.choice(("wood", "stone")), long_side=2000)
        marks.append("moire")
    # ink put on after the capture: the copy's certification, a seal over the copy, a staple, notes
    if img.ndim == 2:
        pass
    elif cap in ("photocopy", "copy_of_copy", "flatbed", "adf") and kind != "other" and r.random() < (0.7 if "copy" in cap else 0.25):
        h, w = img.shape[:2]
        w_mm, h_mm = w / out_dpi * 25.4, h / out_dpi * 25.4
        purpose = r.choice(PURPOSES)
        sx, sy = r.uniform(0.45, 0.65) * w_mm, h_mm - r.uniform(48, 70)

        def draw(d: P.Doc) -> None:
            C.copy_stamp(d, r, sx, sy, who, purpose[:12])
            if not card and r.random() < 0.35:
                d.seal(r.uniform(0.2, 0.4) * w_mm, h_mm - r.uniform(45, 60), 20, vals.get("name") or "专用章", key="noto_sans", opacity=0.6)
                marks.append("company_seal")
        img = C.over(img, C.ink(w_mm, h_mm, out_dpi, r, draw)[:h, :w])
        marks.append("copy_stamp")
    elif cap in ("flatbed", "photocopy", "adf") and r.random() < 0.15:
        h, w = img.shape[:2]
        w_mm, h_mm = w / out_dpi * 25.4, h / out_dpi * 25.4
        note = r.choice(("已核对", "原件已验", "请于周五前补交材料", f"联系电话：1{r.randint(3, 9)}{r.randint(100000000, 999999999)}"))

        def draw_note(d: P.Doc) -> None:
            d.text(F.pick(r, F.KAI, [note]), 14, r.uniform(0.05, 0.5) * w_mm, r.uniform(10, 22), note, (25, 40, 140))
            d.pdf.set_draw_color(150, 150, 150)
            d.pdf.set_line_width(0.8)
            d.pdf.line(6, 6, 16, 4)
        img = C.over(img, C.ink(w_mm, h_mm, out_dpi, r, draw_note)[:h, :w])
        marks += ["handwriting", "staple"]
    if cap == "fax":
        h, w = img.shape[:2]
        line = (f"2026-{r.randint(1, 10):02d}-{r.randint(1, 28):02d} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}  "
                f"FROM: 0{r.randint(10, 999)}{r.randint(1000000, 9999999)}  TO: {r.randint(1000000, 9999999)}  P.01/01")

        def draw_hdr(d: P.Doc) -> None:
            d.text("liberation_mono", 8, 8, 4.5, line, (0, 0, 0))
        hdr = C.ink(w / out_dpi * 25.4, 6.35, out_dpi, r, draw_hdr)[:, :w]
        strip = np.full((hdr.shape[0], w), 255, np.uint8)
        strip[:, :hdr.shape[1]] = np.where(hdr[..., 3] > 110, 0, 255)
        img = np.vstack([strip, img])
        marks.append("fax_header")
    fmt = pick(r, FORMATS[cap])
    name = save(img, out_dir / f"v{i + 1:04d}", fmt, r, out_dpi)
    return entry(name, kind, vals, unread, cap, variant, marks, doc.used, fmt)


def entry(name: str, kind: str, vals: dict, unread: set[str], cap: str, variant: str, marks: list[str], used: list[str], fmt: str) -> dict:
    return {"file": name, "kind": kind,
            "fields": {k: {"value": v, "unreadable": k in unread and v != ""} for k, v in vals.items()},
            "capture": cap, "variant": variant, "marks": sorted(set(marks)), "faces": sorted(set(used)), "formats": [fmt]}


def generate(out_dir, n: int, seed: int) -> dict:  # noqa: ANN001 - str or Path
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": "V", "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
