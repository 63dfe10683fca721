"""Family ZK's generator: the kind plan for a set, one file per plan entry (values → matplotlib page
at the dpi its capture needs → marks → capture → encoding) and the truth entry, with `unreadable`
computed from where each value's ink landed (the camera's frame, a thumb, a glare).

    from benchmarks.docgen_zk import generate
    truth = generate(Path("out"), 150, 6565)
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from . import camera as C
from . import documents as D
from . import faces as F
from . import scanner as S
from .page import Page

FAMILY = "ZK"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
LICENCE_FORMS = ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 1 + ["individual"] * 2

# capture -> weight, per kind group
CAPTURES = {
    "card": {"phone": 5, "phone_sleeve": 2, "phone_lowlight": 2, "phone_hand": 3, "doccam": 3, "flatbed": 3, "photocopy": 3,
             "copy_of_copy": 1, "scanner_app": 2, "chat_forward": 2, "chat_screenshot": 1, "fax": 1},
    "a3": {"phone": 4, "phone_lowlight": 1, "phone_curl": 1, "doccam": 2, "photocopy": 2, "e_pdf": 2, "screen_photo": 1,
           "chat_forward": 1, "scanner_app": 1},
    "a4": {"phone": 3, "phone_sleeve": 1, "phone_curl": 1, "phone_fold": 1, "phone_lowlight": 1, "doccam": 2, "flatbed": 3,
           "adf": 2, "photocopy": 2, "copy_of_copy": 1, "fax": 1, "scanner_app": 2, "chat_forward": 1, "chat_screenshot": 1,
           "screen_photo": 1, "e_pdf": 1},
    "other": {"phone": 3, "flatbed": 2, "photocopy": 1, "adf": 1, "scanner_app": 1, "fax": 1, "chat_forward": 1},
}
FORMATS = {
    "phone": {"jpg": 8, "png": 1, "webp": 1}, "phone_sleeve": {"jpg": 1}, "phone_lowlight": {"jpg": 1}, "phone_hand": {"jpg": 1},
    "phone_curl": {"jpg": 1}, "phone_fold": {"jpg": 1}, "doccam": {"jpg": 3, "png": 1},
    "flatbed": {"jpg": 3, "png": 1, "tif": 1, "pdf": 2}, "adf": {"pdf": 2, "tif": 1, "png": 1},
    "photocopy": {"jpg": 2, "png": 1, "pdf": 1, "tif": 1}, "copy_of_copy": {"jpg": 1, "pdf": 1}, "fax": {"tif": 2, "png": 1, "pdf": 1},
    "scanner_app": {"jpg": 2, "pdf": 2}, "chat_forward": {"jpg": 3, "webp": 1}, "chat_screenshot": {"png": 2, "jpg": 1},
    "screen_photo": {"jpg": 1}, "e_pdf": {"pdf": 1},
}
CAMERA = {"phone", "phone_sleeve", "phone_lowlight", "phone_hand", "phone_curl", "phone_fold", "doccam", "chat_forward", "chat_screenshot"}
SHEET = {"flatbed", "photocopy", "copy_of_copy", "fax", "adf"}  # a card is copied/scanned on an A4 sheet
HIDE_FRACTION = 0.12  # a value is unreadable when more than this share of its ink is out of frame, under a thumb or a glare


def _weighted(rng: np.random.Generator, table: dict) -> str:
    keys = list(table)
    w = np.array([table[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one spec per file (kind, variant, capture, marks, format), scaled from the 150-file mix
    (every kind at least once from n = 6), shuffled by the seed."""
    total = sum(MIX.values())
    raw = {k: v * n / total for k, v in MIX.items()}
    counts = {k: max(1, int(math.floor(r))) if n >= len(MIX) else int(math.floor(r)) for k, r in raw.items()}
    order = sorted(MIX, key=lambda k: raw[k] - math.floor(raw[k]), reverse=True)
    i = 0
    while sum(counts.values()) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts.values()) > n:
        k = max(counts, key=lambda k: counts[k])
        counts[k] -= 1
    rng = np.random.default_rng([seed, 7])
    kinds = [k for k in MIX for _ in range(counts[k])]
    kinds = [kinds[int(j)] for j in rng.permutation(len(kinds))]
    plan = []
    for j, kind in enumerate(kinds):
        if kind == "business_license":
            form = LICENCE_FORMS[int(rng.integers(len(LICENCE_FORMS)))]
            variant = f"{form}/{'original' if rng.random() < 0.45 else 'copy'}"
            group = "a3" if variant.endswith("original") else "a4"
        elif kind == "food_business_license":
            variant = "original" if rng.random() < 0.5 else "copy"
            group = "a4"
        elif kind == "public_health_license":
            variant, group = "", "a4"
        elif kind.startswith("id_card"):
            variant, group = "", "card"
        else:
            variant, group = D.OTHER_KINDS[j % len(D.OTHER_KINDS)], "other"
        capture = _weighted(rng, CAPTURES[group])
        fmt = _weighted(rng, FORMATS[capture])
        marks = []
        if kind != "other" and capture != "e_pdf":
            if rng.random() < (0.3 if kind.startswith("id_card") else 0.12):
                marks.append("watermark")
            if capture in SHEET | {"scanner_app"} and rng.random() < 0.35:
                marks.append("copy_note")
            if not kind.startswith("id_card") and rng.random() < 0.15:
                marks.append("seal")
        plan.append({"kind": kind, "variant": variant, "capture": capture, "format": fmt, "marks": marks, "group": group})
    return plan


# ---------------------------------------------------------------------------------------------------

def _page_dpi(kind: str, variant: str, capture: str, spec_group: str) -> float:
    w, h = D.page_size(kind, variant)
    long_in = max(w, h) / 25.4
    if kind.startswith("id_card") and capture in SHEET:
        return 200.0
    if capture in ("flatbed", "adf", "fax", "photocopy", "copy_of_copy"):
        return 200.0 if max(w, h) <= 300 else 141.0  # A3 reduced onto A4
    if capture == "scanner_app":
        return 400.0 if kind.startswith("id_card") else 1900 / long_in
    if capture == "e_pdf":
        return 100.0
    if capture == "screen_photo":
        return 1450 / long_in
    if capture == "doccam":
        return 1.25 * 0.8 * 2592 / long_in
    fill = 0.62 if kind.startswith("id_card") else 0.85
    return 1.3 * fill * 1700 / long_in


def _sheet(card: np.ndarray, rng: np.random.Generator, marks: list[str]) -> tuple[Page, tuple[float, float]]:
    """A card laid on an A4 sheet for copying/scanning (top third, as clerks do)."""
    pg = Page(210, 297, 200, bg=(1, 1, 1))
    x, y = float(rng.uniform(25, 100)), float(rng.uniform(20, 70))
    pg.image(card, x, y, 85.6, 54.0, z=1, radius=3.2)
    from matplotlib.patches import FancyBboxPatch
    pg.ax.add_patch(FancyBboxPatch((x + 3.2, y + 3.2), 85.6 - 6.4, 54.0 - 6.4, boxstyle="round,pad=3.2", fc="none",
                                   ec="#6e6e6e", lw=0.35 * 72 / 25.4, zorder=1.2))  # the card's edge, as copiers show it
    D.add_marks(pg, rng, marks)
    return pg, (x, y)


def _encode(img: np.ndarray | None, fmt: str, rng: np.random.Generator, dpi: float, quality: int = 88, pdf_bytes: bytes | None = None,
            bilevel: bool = False) -> bytes:
    if pdf_bytes is not None:
        return pdf_bytes
    out = io.BytesIO()
    im = Image.fromarray(img) if not bilevel else Image.fromarray(img).convert("1")
    d = (int(round(dpi)), int(round(dpi)))
    if fmt == "jpg":
        im.convert("RGB" if im.mode != "L" else "L").save(out, "JPEG", quality=quality, subsampling=2 if quality < 90 else 0, dpi=d)
    elif fmt == "png":
        im.save(out, "PNG", dpi=d, compress_level=3)
    elif fmt == "webp":
        im.convert("RGB").save(out, "WEBP", quality=int(min(quality, 85)), method=4)
    elif fmt == "tif":
        im.save(out, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", dpi=d)
    elif fmt == "pdf":
        if im.mode not in ("1", "L"):
            im = im.convert("RGB")
        im.save(out, "PDF", resolution=float(dpi), title="scan", author="", creator="", producer="",
                creationDate=None, modDate=None)
    return out.getvalue()


def _unreadable(boxes: dict, loc: dict, pw: int, ph: int, offset=(0.0, 0.0), scale: float = 1.0) -> dict[str, bool]:  # noqa: ANN001
    """Per field: share of its ink points the capture hides (out of frame, thumb, glare) > HIDE_FRACTION."""
    res = {}
    for key, bl in boxes.items():
        pts = []
        for (x0, y0, x1, y1) in bl:
            bw, bh = (x1 - x0) * pw, (y1 - y0) * ph
            nx = max(3, int(bw / max(bh, 1) * 2))
            for fy in (0.3, 0.5, 0.7):
                for fx in np.linspace(0.02, 0.98, nx):
                    pts.append(((x0 + (x1 - x0) * fx) * pw, (y0 + (y1 - y0) * fy) * ph))
        if not pts:
            continue
        p = np.asarray(pts) * scale + offset
        _, hid = C.locate(loc, p)
        res[key] = bool(hid.mean() > HIDE_FRACTION)
    return res


def _camera_opts(rng: np.random.Generator, capture: str, kind: str, portrait: bool) -> dict:
    card = kind.startswith("id_card")
    if capture == "doccam":
        phone = C.DOC_CAMERA
        o = {"fill": float(rng.uniform(0.7, 0.9)) if not card else float(rng.uniform(0.35, 0.55)), "rotate": float(rng.uniform(-4, 4)),
             "tilt": 0.01, "desk": "pad_black" if rng.random() < 0.5 else "laminate_white", "light": "window", "cct": 5000,
             "exposure": 1.0, "vignette": 0.3, "defocus": float(rng.uniform(0, 0.8))}
    else:
        phone = C.PHONES[int(rng.integers(len(C.PHONES)))]
        o = {"fill": float(rng.uniform(0.5, 0.72)) if card else float(rng.uniform(0.72, 0.92)),
             "rotate": float(rng.normal(0, 6)), "tilt": float(rng.uniform(0.02, 0.14)),
             "desk": C.DESKS[int(rng.integers(len(C.DESKS) - 1))], "light": "lamp" if rng.random() < 0.4 else "window",
             "cct": float(rng.choice([2900, 3500, 4500, 5600, 6500])), "exposure": float(rng.uniform(0.6, 1.3)),
             "shadows": int(rng.random() < 0.35), "defocus": float(rng.uniform(0, 1.4)) if rng.random() < 0.4 else 0.0,
             "shake": float(rng.uniform(1, 4)) if rng.random() < 0.15 else 0.0, "vignette": float(rng.uniform(0.3, 0.8)),
             "awb": float(rng.uniform(0.7, 0.95)), "denoise": float(rng.uniform(0, 0.4))}
        if capture == "phone_sleeve":
            o.update(sleeve=True, glare=int(rng.integers(1, 3)))
        elif capture == "phone_lowlight":
            o.update(exposure=float(rng.uniform(0.08, 0.25)), cct=float(rng.choice([2700, 3000])), light="lamp", read_noise=5.0, denoise=0.5,
                     brightness=float(rng.uniform(0.6, 0.8)))
        elif capture == "phone_hand":
            o.update(thumb=float(rng.uniform(0.16, 0.26)))
        elif capture == "phone_curl":
            o.update(curl=True)
        elif capture == "phone_fold":
            o.update(fold=True)
        elif capture in ("chat_forward", "chat_screenshot") and rng.random() < 0.3:
            o.update(glare=1)
    o["phone"] = phone
    o["portrait"] = portrait
    if card:
        o["corner"] = 3.2 / 85.6
    return o


def make_one(i: int, spec: dict, seed: int, out_dir: Path) -> dict:
    """Make file `i` of plan `spec`; returns its truth entry."""
    out_dir = Path(out_dir)
    rng = np.random.default_rng([seed, i, 65])
    kind, variant, capture, fmt, marks = spec["kind"], spec["variant"], spec["capture"], spec["format"], list(spec["marks"])
    dpi = _page_dpi(kind, variant, capture, spec["group"])
    D.TRUETYPE_ONLY[0] = capture == "e_pdf"
    try:
        pg, truth_values, var = D.build(kind, variant, rng, dpi)
    finally:
        D.TRUETYPE_ONLY[0] = False
    card = kind.startswith("id_card")
    if not (card and capture in SHEET):
        D.add_marks(pg, rng, marks)
    used = set(pg.used_faces)
    hidden: dict[str, bool] = {}
    pdf_bytes = None
    bilevel = False
    out_dpi = dpi
    quality = 88
    ui_face = F.first_covering(["notosans", "zenhei", "microhei"], "发送的图片查看原图0123456789:%FROMPAGE")
    if capture == "e_pdf":
        pdf_bytes = pg.pdf()
        fmt = "pdf"
        img = None
    else:
        img, boxes = pg.raster()
        if card and capture in SHEET:
            sheet, _ = _sheet(img, rng, marks)
            used |= sheet.used_faces
            img, _ = sheet.raster()
        ph, pw = img.shape[:2]
        if capture in CAMERA:
            portrait = ph > pw and not card
            opts = _camera_opts(rng, capture, kind, portrait)
            img, loc = C.shoot(img, rng, opts)
            hidden = _unreadable(boxes, loc, pw, ph)
            quality = opts["phone"][4]
            out_dpi = 72
            if capture == "chat_forward":
                img = S.chat_forward(img, 1280)
                quality = int(rng.integers(60, 80))
            elif capture == "chat_screenshot":
                img = S.chat_screenshot(img, rng, ui_face, "微信用户" if rng.random() < 0.5 else "客户")
                used.add(ui_face)
                quality = 85
        elif capture == "screen_photo":
            scr, k, (sx0, sy0) = S.screen_frame(img, rng)
            opts = _camera_opts(rng, "phone", kind, False)
            opts.update(screen=True, corner=0.0, fill=float(rng.uniform(0.82, 0.98)), tilt=float(rng.uniform(0.02, 0.08)), desk="glass_black",
                        light="window", exposure=float(rng.uniform(0.8, 1.1)), defocus=0.0, shake=0.0, rotate=float(rng.normal(0, 3)))
            img, loc = C.shoot(scr, rng, opts)
            hidden = _unreadable(boxes, loc, pw, ph, offset=(sx0, sy0), scale=k)  # page → screen → frame
            quality = opts["phone"][4]
            out_dpi = 72
        elif capture == "flatbed":
            bed = (216, 297) if (card or rng.random() < 0.5) else None
            img = S.flatbed(img, rng, 200.0 if card else dpi, bed, grey=rng.random() < 0.25)
        elif capture == "adf":
            img = S.adf(img, rng)
        elif capture in ("photocopy", "copy_of_copy"):
            img = S.photocopy(img, rng, 1 if capture == "photocopy" else int(rng.integers(2, 4)))
        elif capture == "fax":
            fine = rng.random() < 0.5
            hdr = f"FROM:0{int(rng.integers(10, 999))}{int(rng.integers(1000000, 9999999))}  2026-{int(rng.integers(1, 12)):02d}-{int(rng.integers(1, 28)):02d} {int(rng.integers(8, 18)):02d}:{int(rng.integers(0, 60)):02d}  P.01"
            bits = S.fax(img, rng, 200.0 if card else dpi, fine, rng.random() < 0.4, hdr, "dejavu_mono")
            used.add("dejavu_mono")
            img = bits
            bilevel = True
            out_dpi = 204
        elif capture == "scanner_app":
            mode = str(rng.choice(["colour", "colour", "grey", "bw"]))
            img = S.scanner_app(img, rng, mode)
            quality = 85
    name = f"zk_{i:04d}_{kind}_{capture}.{fmt}"
    data = _encode(img if not bilevel else (img.astype(np.uint8) * 255), fmt, rng, out_dpi, quality, pdf_bytes, bilevel)
    (out_dir / name).write_bytes(data)
    fields = {k: {"value": v, "unreadable": bool(hidden.get(k, False)) and v != ""} for k, v in truth_values.items()}
    return {"file": name, "kind": kind, "fields": fields, "capture": capture, "variant": var, "marks": marks,
            "faces": sorted(used), "formats": [fmt]}


def _source_digest() -> str:
    h = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    import colour_demosaicing
    import lensfunpy
    import matplotlib
    h.update(f"{matplotlib.__version__}|{lensfunpy.__version__}|{colour_demosaicing.__version__}|{Image.__version__}".encode())
    return h.hexdigest()


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"{_source_digest()}|{n}|{seed}".encode()).hexdigest()[:16]


def generate(out_dir: Path, n: int = 150, seed: int = 6565) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, spec, seed, out_dir) for i, spec in enumerate(plan)]
    truth = {"family": FAMILY, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs if f["kind"] == "business_license")),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
