"""Family ZF's set: the kind plan, one file (`make_one`), the whole set with truth.json (`generate`),
the parameters' hash and the summary the bench prints.

Each file draws everything from its own generator `default_rng([seed, i])`, so any file can be made
again alone and comes out byte-identical."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import numpy as np
from PIL import Image

from . import capture as C
from . import faces as F
from . import render as R
from . import typeset as T
from . import values as V

FAMILY = "ZF"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
NEGATIVES = ["blank", "receipt", "form", "letter", "certificate", "notice"]
CLASS_CN = {"company": "公司", "branch": "分公司", "partnership": "合伙企业", "individual": "个体工商户"}
VERSION = "zf-1"


def counts_for(n: int) -> dict[str, int]:
    """The default mix scaled to n (largest remainders; every kind at least once when n >= 6)."""
    total = sum(MIX.values())
    raw = {k: v * n / total for k, v in MIX.items()}
    out = {k: int(x) for k, x in raw.items()}
    if n >= len(MIX):
        for k in out:
            out[k] = max(1, out[k])
    rest = n - sum(out.values())
    for k in sorted(raw, key=lambda k: raw[k] - int(raw[k]), reverse=True):
        if rest <= 0:
            break
        out[k] += 1
        rest -= 1
    while sum(out.values()) > n:  # the minimum of one pushed the sum over n
        k = max(out, key=lambda k: out[k])
        out[k] -= 1
    return out


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: each file's kind and capture, shuffled by the seed; captures dealt from their weights so
    each kind gets a spread of them."""
    rng = np.random.default_rng([seed, 990001])
    kinds = [k for k, c in counts_for(n).items() for _ in range(c)]
    kinds = [kinds[i] for i in rng.permutation(len(kinds))]
    deck: list[str] = []
    for name, (w, _) in C.CAPTURES.items():
        deck += [name] * w
    plan = []
    order = rng.permutation(len(deck))
    for pos, k in enumerate(kinds):
        cap = deck[order[pos % len(deck)]]
        if k.startswith("id_card") and cap == "e_pdf":
            cap = "phone_desk"
        plan.append({"kind": k, "capture": cap})
    return plan


def params_hash(n: int, seed: int) -> str:
    """Changes with n, the seed, or any of the generator's source files."""
    h = hashlib.sha256(f"{VERSION}|{n}|{seed}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _style(rng) -> dict:
    return {
        "label_face": V.pick(rng, F.HEI + F.SONG[:1]),
        "value_face": V.pick(rng, F.SONG + F.FANG + F.FANG + F.HEI[:2] + F.KAI[1:2]),
        "title_face": V.pick(rng, F.SONG + F.HEI[:1]),
        "digit_face": V.pick(rng, F.DIGITS),
        "code_face": V.pick(rng, F.HEI[:2] + F.SONG[:1] + F.DIGITS[:1]),
        "seal_face": V.pick(rng, F.SONG + F.HEI[:1]),
        "pen_face": V.pick(rng, F.KAI),
        "paper": V.pick(rng, ["#fbf8f0", "#fffdf7", "#ffffff", "#f8f4ea", "#fdfaf2"]),
        "frame": V.pick(rng, ["#b8975a", "#c4a46a", "#a88a55", "#c8b078", "#9a8a6a"]),
        "red_title": bool(rng.random() < 0.25),
        "size": float(rng.uniform(14.0, 16.5)),
        "bare_no": bool(rng.random() < 0.5),
        "table": bool(rng.random() < 0.6),
        "item_lines": bool(rng.random() < 0.5),
    }


def _build(kind: str, v: dict, variant: dict, ink: bool, rng_seed: int, style: dict, marks: list[str]):
    rng = np.random.default_rng(rng_seed)  # the same draws for the print and its ink map
    if kind == "id_card_front":
        pg = T.id_front(v, ink, rng, style)
    elif kind == "id_card_back":
        pg = T.id_back(v, ink, rng, style)
    elif kind == "business_license":
        pg = T.business_license(v, ink, rng, style, variant["copy"])
    elif kind == "public_health_license":
        pg = T.health_license(v, ink, rng, style, variant["landscape"])
    elif kind == "food_business_license":
        pg = T.food_license(v, ink, rng, style, variant["copy"])
    else:
        pg = T.negative(variant["sub"], ink, rng, style)
    owner = v.get("name", "") if isinstance(v.get("name"), str) and kind != "id_card_front" else V.person_name(rng) + "个人"
    T.add_marks(pg, marks, rng, style, owner if len(owner) <= 22 else owner[:22], V.person_name(rng))
    return pg


def _values(kind: str, rng) -> tuple[dict, dict, dict[str, str], str]:
    """(values, variant, truth values by key, variant label)."""
    if kind in ("id_card_front", "id_card_back"):
        v = V.id_card(rng)
        keys = T.IDF_KEYS if kind == "id_card_front" else T.IDB_KEYS
        return v, {}, {k: v[k] for k in keys}, "card"
    if kind == "business_license":
        form = V.pick(rng, ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 2 + ["individual"] * 3)
        v = V.business_license(rng, form)
        copy = bool(rng.random() < 0.5)
        truth = {k: v[k] for k in T.BL_KEYS}
        return v, {"copy": copy}, truth, f"{'副本' if copy else '正本'}-{CLASS_CN[v['class']]}"
    if kind == "public_health_license":
        v = V.health_license(rng)
        land = bool(rng.random() < 0.35)
        return v, {"landscape": land}, {k: v[k] for k in T.PH_KEYS}, "横版" if land else "竖版"
    if kind == "food_business_license":
        v = V.food_license(rng)
        copy = bool(rng.random() < 0.4)
        return v, {"copy": copy}, {k: v[k] for k in T.FB_KEYS}, "副本" if copy else "正本"
    sub = V.pick(rng, NEGATIVES)
    return {}, {"sub": sub}, {}, sub


PPI_PHONE = {"card": 380, "a3": 118, "a4": 165, "receipt": 200}


def _page_class(kind: str, variant: dict) -> str:
    if kind.startswith("id_card"):
        return "card"
    if kind == "business_license" and not variant["copy"]:
        return "a3"
    if kind == "other" and variant.get("sub") == "receipt":
        return "receipt"
    return "a4"


def _ppi(pc: str, capture: str) -> float:
    if capture in C.V_DPI:
        return {"card": 300.0, "a3": 100.0, "a4": 150.0, "receipt": 200.0}[pc]
    if capture == "screen_photo":
        return PPI_PHONE[pc] * 1.2
    return float(PPI_PHONE[pc])


def _marks(rng, kind: str, capture: str) -> list[str]:
    marks = []
    copyish = capture in ("flatbed", "photocopy", "copy_of_copy", "fax", "adf_scan", "scanner_app", "chat_screenshot")
    if rng.random() < (0.35 if copyish else 0.12):
        marks.append("watermark")
    # a copy note is written on the sheet beside a card, not on the card: licences only
    if kind not in ("other", "id_card_front", "id_card_back") and rng.random() < (0.35 if copyish else 0.05):
        marks.append("copy_note")
    if kind in ("business_license", "public_health_license", "food_business_license") and rng.random() < 0.18:
        marks.append("seal_over")
    return marks


def _encode(img: np.ndarray, fmt: str, dpi: int, rng) -> bytes:
    im = Image.fromarray(img)
    buf = io.BytesIO()
    if fmt == "jpeg":
        im.convert("RGB").save(buf, "JPEG", quality=int(rng.integers(68, 93)), dpi=(dpi, dpi))
    elif fmt == "png":
        im.save(buf, "PNG", dpi=(dpi, dpi))
    elif fmt == "webp":
        im.convert("RGB").save(buf, "WEBP", quality=int(rng.integers(70, 90)), method=4)
    elif fmt == "tiff":
        if img.ndim == 2 and set(np.unique(img)) <= {0, 255}:
            im.convert("1").save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        else:
            im.save(buf, "TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
    elif fmt == "pdf":
        im.convert("RGB" if img.ndim == 3 else "L").save(buf, "PDF", resolution=float(dpi))
    else:
        raise ValueError(fmt)
    return buf.getvalue()


EXT = {"jpeg": "jpg", "png": "png", "webp": "webp", "tiff": "tif", "pdf": "pdf"}


def make_one(i: int, plan_item: dict, seed: int, out_dir) -> dict:
    """File i of the set: values, the Typst page and its ink map, the capture, the truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, i])
    kind, capture = plan_item["kind"], plan_item["capture"]
    v, variant, truth_vals, variant_label = _values(kind, rng)
    style = _style(rng)
    marks = _marks(rng, kind, capture)
    build_seed = int(rng.integers(2**31))
    # faces: a face that lacks a glyph of what it draws is swapped for one that has it (no fallback)
    for _ in range(4):
        start = len(F.DRAWN)
        pg = _build(kind, v, variant, False, build_seed, style, marks)
        runs = F.DRAWN[start:]
        bad = {face for face, text in runs if not F.covers(face, text)}
        if not bad:
            break
        del F.DRAWN[start:]
        for role, face in list(style.items()):
            if face in bad:
                texts = [t for f, t in runs if f == face]
                style[role] = F.choose(rng, F.SONG + F.HEI, texts)
    else:
        raise RuntimeError(f"file {i}: no faces cover its text")
    faces_used = sorted(pg.faces)
    formats = C.CAPTURES[capture][1]
    fmt = formats[int(rng.integers(len(formats)))]
    name = f"zf{i + 1:04d}"
    hidden: dict[int, bool] = {}
    notes: list[str] = []
    if capture == "e_pdf":
        data = R.pdf(pg)
        fmt = "pdf"
    else:
        pc = _page_class(kind, variant)
        ppi = _ppi(pc, capture)
        page = R.png(pg, ppi)
        ink = _build(kind, v, variant, True, build_seed, style, marks)
        lab = R.labels(ink, ppi / 2, page.shape[:2])
        vsize = 8.4 if pc == "card" else style["size"] * 0.8
        tile = max(6, int(vsize * ppi / 72))
        shot = C.shoot(capture, page, lab, rng, tile, pc == "card", pg.w)
        hidden, notes = shot.hidden, shot.notes
        data = _encode(shot.image, fmt, shot.dpi, rng)
    fname = f"{name}.{EXT[fmt]}"
    (out_dir / fname).write_bytes(data)
    keys = list(truth_vals)
    fields = {k: {"value": truth_vals[k], "unreadable": bool(hidden.get(keys.index(k) + 1, False))} for k in keys}
    all_marks = marks + [n for n in notes if n in ("thumb", "glare", "shadow")]
    return {"file": fname, "kind": kind, "variant": variant_label, "capture": capture, "marks": all_marks,
            "faces": faces_used, "formats": [fmt], "fields": fields}


def generate(out_dir, n: int = 150, seed: int = 9898) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, item, seed, out_dir) for i, item in enumerate(plan)]
    truth = {"family": FAMILY, "generator": "benchmarks/docgen_zf", "renderer": "typst", "captures": "augraphy",
             "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    """Counts the bench prints: per kind, capture, variant, mark, format; and the unreadable fields."""
    out: dict = {"kinds": {}, "captures": {}, "variants": {}, "marks": {}, "formats": {}, "unreadable": []}
    for f in truth["files"]:
        for key, val in (("kinds", f["kind"]), ("captures", f["capture"]), ("variants", f"{f['kind']}:{f['variant']}")):
            out[key][val] = out[key].get(val, 0) + 1
        for m in f["marks"]:
            out["marks"][m] = out["marks"].get(m, 0) + 1
        for m in f["formats"]:
            out["formats"][m] = out["formats"].get(m, 0) + 1
        for k, t in f["fields"].items():
            if t["unreadable"]:
                out["unreadable"].append(f"{f['file']}:{k}")
    out["unreadable_fields"] = len(out["unreadable"])
    return out
