"""Family ZT's set: plan (kind, variant, capture per file), pages laid out by one Ruby/Prawn process per
generate call (documents streamed to it as JSON lines), rasterised by MuPDF's `mutool draw` at each
capture's dpi, captured by wgpu (photos, 高拍仪, screens) or albumentations (scans, copies, faxes,
scanner apps, chat), truth written as FIELDS.md says with `unreadable` computed from where each value's
ink lands in the frame."""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zt import docs as D
from benchmarks.docgen_zt.pages import MM, Doc

HERE = Path(__file__).resolve().parent
RUBY_SCRIPT = HERE / "prawn" / "zt_pages.rb"
FAMILY = "ZT"

MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = {"photo_desk": 22, "photo_low": 8, "photo_sleeve": 8, "photo_thumb": 7, "photo_cut": 6, "gaopaiyi": 12,
            "screen_photo": 5, "flatbed": 20, "photocopy": 12, "copy_of_copy": 6, "fax": 8, "scanner_app": 10,
            "chat_forward": 8, "chat_screenshot": 6, "e_licence_pdf": 8}
FORMS = {"company": 24, "branch": 8, "partnership": 6, "individual": 12}
OTHERS = ["blank", "receipt", "form", "letter", "certificate"]
PHOTO = {"photo_desk": "desk", "photo_low": "low", "photo_sleeve": "sleeve", "photo_thumb": "thumb", "photo_cut": "cut",
         "gaopaiyi": "gpy", "screen_photo": "screen"}


def _alloc(n: int, mix: dict) -> list[str]:
    """`n` labels in the proportions of `mix` (largest remainders)."""
    tot = sum(mix.values())
    raw = {k: n * v / tot for k, v in mix.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(mix).index(k)))[: n - sum(out.values())]:
        out[k] += 1
    return [k for k in mix for _ in range(out[k])]


def kinds_for(n: int, seed: int) -> list[tuple[str, str, str]]:
    """(kind, variant, capture) per file, deterministic for (n, seed)."""
    r = random.Random(f"zt-plan-{seed}-{n}")
    kinds = _alloc(n, MIX)
    r.shuffle(kinds)
    caps = _alloc(n, CAPTURES)
    r.shuffle(caps)
    lic = ("business_license", "food_business_license")
    for i, c in enumerate(caps):  # e-licence PDFs are business / food licences
        if c == "e_licence_pdf" and kinds[i] not in lic:
            j = next((j for j in range(n) if kinds[j] in lic and caps[j] != "e_licence_pdf"), None)
            if j is None:
                caps[i] = "flatbed"
            else:
                caps[i], caps[j] = caps[j], caps[i]
    nb = kinds.count("business_license")
    forms = _alloc(nb, FORMS)
    r.shuffle(forms)
    plan, bi, oi = [], 0, r.randrange(len(OTHERS))
    for k, c in zip(kinds, caps, strict=True):
        if k == "business_license":
            v = f"{'zb' if r.random() < 0.5 else 'fb'}-{forms[bi]}"
            bi += 1
        elif k == "food_business_license":
            v = "zb" if r.random() < 0.4 else "fb"
        elif k == "other":
            v = OTHERS[oi % len(OTHERS)]
            oi += 1
        else:
            v = ""
        plan.append((k, v, c))
    return plan


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".rb"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    h.update(f"{n}/{seed}".encode())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- phase 1: the document
def _on_sheet(card: Doc, r: random.Random) -> Doc:
    """An ID card as photocopied / scanned: the card's page program placed on an A4 sheet."""
    sheet = Doc(*D.A4, card.kind)
    x0, y0 = r.uniform(150, 220), r.uniform(70, 200)
    sheet.rect(x0, y0, card.w, card.h, 0.5, "999999")

    def mv(o):
        o = dict(o)
        t = o["t"]
        if t in ("text", "qr"):
            o["x"] += x0
            o["y"] += y0
        elif t == "line":
            a, b, c, d = o["p"]
            o["p"] = [a + x0, b + y0, c + x0, d + y0]
        elif t == "rect":
            a, b, c, d = o["r"]
            o["r"] = [a + x0, b + y0, c, d]
        elif t == "poly":
            o["pts"] = [[a + x0, b + y0] for a, b in o["pts"]]
        elif t in ("circle", "seal"):
            o["cx"] += x0
            o["cy"] += y0
        return o

    sheet.ops += [mv(o) for o in card.ops]
    sheet.boxes = {k: [[a + x0, b + y0, c + x0, d + y0] for a, b, c, d in v] for k, v in card.boxes.items()}
    sheet.faces = set(card.faces)
    return sheet


def build(i: int, item, seed: int):
    kind, variant, cap = item
    r = random.Random(f"zt-{seed}-{i}")
    if kind == "business_license":
        d, fields, var = D.business_license(r, variant)
    elif kind == "food_business_license":
        d, fields, var = D.food_license(r, variant)
    elif kind == "public_health_license":
        d, fields, var = D.health_license(r)
    elif kind == "id_card_front":
        d, fields, var = D.id_front(r)
    elif kind == "id_card_back":
        d, fields, var = D.id_back(r)
    else:
        d, fields, var = D.other(r, variant)
    marks = ["seal"] if any(o["t"] == "seal" for o in d.ops) else []
    photo = cap in PHOTO or cap in ("e_licence_pdf",)
    if kind.startswith("id_card") and not photo:
        d = _on_sheet(d, r)
    if not photo or cap == "screen_photo":
        if r.random() < 0.3:
            marks.append("watermark")
        if cap in ("photocopy", "copy_of_copy", "flatbed", "fax", "scanner_app") and r.random() < 0.45:
            marks.append("copy_note")
        if r.random() < 0.12:
            marks.append("stamp")
    D.add_marks(d, r, marks)
    return d, fields, var, marks


def _ruby(docs: list[tuple[Doc, Path]]) -> None:
    if not shutil.which("ruby"):
        raise RuntimeError("family ZT needs ruby and ruby-prawn (build/setup/debian-packages.txt)")
    lines = []
    for d, out in docs:
        s = d.spec()
        s["out"] = str(out)
        lines.append(json.dumps(s, ensure_ascii=False))
    p = subprocess.run(["ruby", str(RUBY_SCRIPT)], input="\n".join(lines) + "\n", text=True, capture_output=True)
    if p.returncode != 0 or p.stdout.count("ok ") != len(docs):
        raise RuntimeError(f"family ZT: Prawn failed: {p.stderr[-2000:]}")


def raster(pdf: Path, dpi: float, tmp: Path) -> np.ndarray:
    out = tmp / (pdf.stem + f"-{int(dpi)}.png")
    p = subprocess.run(["mutool", "draw", "-q", "-r", f"{dpi:.0f}", "-c", "rgb", "-o", str(out), str(pdf)],
                       capture_output=True, text=True)
    if p.returncode != 0 or not out.exists():
        raise RuntimeError(f"family ZT: mutool draw failed: {p.stderr[-500:]}")
    img = np.array(Image.open(out).convert("RGB"))
    out.unlink()
    return img


# ---------------------------------------------------------------- phase 2: the capture
def _save(img: np.ndarray, path_stem: Path, fmt: str, r: random.Random, dpi: int = 200) -> str:
    im = Image.fromarray(img)
    if fmt == "jpeg":
        name = path_stem.with_suffix(".jpg")
        im.save(name, "JPEG", quality=r.randint(76, 92))
    elif fmt == "png":
        name = path_stem.with_suffix(".png")
        im.save(name, "PNG", dpi=(dpi, dpi))
    elif fmt == "webp":
        name = path_stem.with_suffix(".webp")
        im.save(name, "WEBP", quality=r.randint(60, 85), method=4)
    elif fmt == "tiff":
        name = path_stem.with_suffix(".tif")
        if im.mode == "1":
            im.save(name, "TIFF", compression="group4", dpi=(204, 196))
        else:
            im.save(name, "TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
    else:
        name = path_stem.with_suffix(".pdf")
        buf = io.BytesIO()
        im.convert("RGB" if im.mode != "1" else "1").save(buf, "PDF", resolution=float(dpi), title="scan",
                                                           creationDate=_EPOCH, modDate=_EPOCH)
        name.write_bytes(buf.getvalue())
    return name.name


_EPOCH = __import__("time").gmtime(1767225600)  # 2026-01-01: fixed dates keep the PDFs' bytes reproducible


def _boxes_uv(d: Doc) -> dict[str, list]:
    return {k: [[a / d.w, b / d.h, c / d.w, e / d.h] for a, b, c, e in v] for k, v in d.boxes.items()}


def capture(i: int, seed: int, cap: str, d: Doc, pdf: Path, out_dir: Path, tmp: Path):
    """The file for document `d` as capture `cap` says; returns (file name, format, unreadable fields)."""
    from benchmarks.docgen_zt import photo as P
    from benchmarks.docgen_zt import scans as S

    r = random.Random(f"zt-{seed}-{i}-cap")
    stem = out_dir / f"zt{i + 1:04d}"
    w_mm, h_mm = d.w / MM, d.h / MM
    unread: set[str] = set()
    if cap == "e_licence_pdf":
        name = stem.with_suffix(".pdf")
        shutil.copyfile(pdf, name)
        return name.name, "pdf", unread
    if cap in PHOTO or (cap.startswith("chat") and r.random() < 0.5):
        mode = PHOTO.get(cap, "desk")
        card = max(w_mm, h_mm) < 100
        # texture resolution: a little above the page's footprint in the frame (bilinear, no mip levels)
        dpi = 300 if card else (110 if max(w_mm, h_mm) > 300 else 160)
        page = P.screen_texture(raster(pdf, 150 if not card else 400, tmp), r) if mode == "screen" else raster(pdf, dpi, tmp)
        if mode == "screen":
            k = 300 / max(w_mm, h_mm)
            mw, mh = w_mm * k, h_mm * k
        else:
            mw, mh = w_mm, h_mm
        landscape = mw > mh
        ow, oh = (1600, 1200) if landscape else (1200, 1600)
        if card:
            ow, oh = (1440, 1080) if r.random() < 0.7 else (1600, 1200)
        sc = P.phone_scene(r, mw, mh, "desk" if mode == "screen" else mode)
        if mode == "screen":
            sc.update(screen=True, emit=r.uniform(0.8, 1.1), thumbs=[], shape={"kind": "flat", "lift": 0.0},
                      ambient=[0.2] * 3, gloss=0.0)
        col, mask = P.render(page, mw, mh, sc, ow, oh)
        lum = col.mean(-1)
        pm = mask[..., 3] > 0.9
        ref = float(np.median(lum[pm])) if pm.any() else 1.0
        gw, gh = (int(mw / 0.4), int(mh / 0.4)) if card else (int(mw), int(mh))
        # glare: the camera meters on the paper (develop), so a specular term as bright as the paper itself
        # lifts the ink to the clipped white of the paper around it: the strokes are gone there
        seen, glared = P.visible_cells(mask, gw, gh, 1.0 * ref)
        for f, boxes in _boxes_uv(d).items():
            if not P.field_readable(boxes, seen, glared):
                unread.add(f)
        img = P.develop(col, r, mode, (seed * 100003 + i) % 2**32, ref)
        if cap.startswith("chat"):
            img = S.chat(img, r, (seed * 7919 + i) % 2**31, cap == "chat_screenshot")
            fmt = "png" if cap == "chat_screenshot" and r.random() < 0.5 else r.choice(["jpeg", "webp"])
        else:
            fmt = "jpeg" if mode != "gpy" or r.random() < 0.7 else "png"
        return _save(img, stem, fmt, r), fmt, unread
    s = (seed * 7919 + i) % 2**31
    if cap == "flatbed":
        dpi = r.choice([150, 200, 300]) if max(w_mm, h_mm) < 300 else r.choice([150, 200])
        img = S.flatbed(raster(pdf, dpi, tmp), r, s)
        fmt = r.choice(["png", "tiff", "pdf", "jpeg"])
    elif cap in ("photocopy", "copy_of_copy"):
        dpi = r.choice([200, 300]) if max(w_mm, h_mm) < 300 else 200
        img = S.photocopy(raster(pdf, dpi, tmp), r, s, 2 if cap == "copy_of_copy" else 1)
        fmt = r.choice(["png", "tiff", "pdf", "jpeg"])
    elif cap == "fax":
        dpi = 200
        fine = r.random() < 0.5
        hdr = f"{r.randint(2025, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}  FROM: 0{r.randint(10, 999)}{r.randint(1000000, 89999999)}  P.01/01"
        b = S.fax(raster(pdf, dpi, tmp), r, s, fine, hdr)
        fmt = r.choice(["tiff", "tiff", "pdf"])
        name = _save_bilevel(b, stem, fmt)
        return name, fmt, unread
    elif cap == "scanner_app":
        dpi = r.choice([150, 200])
        img = S.scanner_app(raster(pdf, dpi, tmp), r, s)
        fmt = r.choice(["jpeg", "pdf", "jpeg"])
    else:  # chat forward of a clean raster (a scan or a screenshot of the e-licence)
        dpi = 150
        img = S.chat(raster(pdf, dpi, tmp), r, s, cap == "chat_screenshot")
        fmt = "png" if cap == "chat_screenshot" and r.random() < 0.5 else r.choice(["jpeg", "webp"])
    return _save(img, stem, fmt, r, dpi), fmt, unread


def _save_bilevel(b: np.ndarray, stem: Path, fmt: str) -> str:
    im = Image.fromarray(b).convert("1")
    if fmt == "tiff":
        name = stem.with_suffix(".tif")
        im.save(name, "TIFF", compression="group4", dpi=(204, 196))
    else:
        name = stem.with_suffix(".pdf")
        buf = io.BytesIO()
        im.save(buf, "PDF", resolution=204.0, title="fax", creationDate=_EPOCH, modDate=_EPOCH)
        name.write_bytes(buf.getvalue())
    return name.name


def _entry(i, item, d, fields, var, marks, name, fmt, unread):
    kind, _, cap = item
    fl = {k: {"value": v["value"], "unreadable": k in unread} for k, v in fields.items()}
    return {"file": name, "kind": kind, "fields": fl, "capture": cap, "variant": var, "marks": sorted(marks),
            "faces": sorted(d.faces), "formats": [fmt]}


def make_one(i: int, item, seed: int, out_dir) -> dict:
    """File `i` of a set made alone (its own Ruby process): the same bytes and truth as in `generate`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zt_") as t:
        tmp = Path(t)
        d, fields, var, marks = build(i, item, seed)
        pdf = tmp / f"p{i:04d}.pdf"
        _ruby([(d, pdf)])
        name, fmt, unread = capture(i, seed, item[2], d, pdf, out_dir, tmp)
        return _entry(i, item, d, fields, var, marks, name, fmt, unread)


def generate(out_dir, n: int = 150, seed: int = 7373) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = []
    with tempfile.TemporaryDirectory(prefix="zt_") as t:
        tmp = Path(t)
        built = [build(i, item, seed) for i, item in enumerate(plan)]
        pdfs = [tmp / f"p{i:04d}.pdf" for i in range(n)]
        _ruby([(b[0], p) for b, p in zip(built, pdfs, strict=True)])   # one Prawn process for the set
        for i, (item, (d, fields, var, marks)) in enumerate(zip(plan, built, strict=True)):
            name, fmt, unread = capture(i, seed, item[2], d, pdfs[i], out_dir, tmp)
            files.append(_entry(i, item, d, fields, var, marks, name, fmt, unread))
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "n": n, "seed": seed, "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    unread = Counter(f"{f['kind']}.{k}" for f in files for k, v in f["fields"].items() if v["unreadable"])
    return {"files": len(files), "kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "formats": dict(Counter(x for f in files for x in f["formats"])),
            "marks": dict(Counter(m for f in files for m in f["marks"])),
            "fields": sum(len(f["fields"]) for f in files),
            "unreadable_fields": sum(unread.values()), "unreadable": dict(unread)}

