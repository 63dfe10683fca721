"""Family Z's generator: plan the kinds, draw each document's values and page (pages.py), add the
marks a counter's copies carry in the page itself (watermarks, 复印件与原件一致 notes, company seals,
highlighter, sticky notes), render it with headless Firefox ESR (firefox.py), capture it with G'MIC
(capture.py), and write truth.json per benchmarks/docgen_b/FIELDS.md."""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_z import capture as C
from benchmarks.docgen_z import draw, faces, firefox, pages
from benchmarks.docgen_z import values as V

FAMILY = "Z"
PREFIX = "z"
DEFAULT_MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
               "food_business_license": 20, "other": 20}
HERE = Path(__file__).resolve().parent

CAP_ID = {"phone_desk": 30, "phone_lowlight": 6, "gaopaiyi": 18, "scan_flatbed": 12, "photocopy": 14, "copy_of_copy": 4,
          "scanner_app": 6, "chat_forward": 8, "fax": 2}
CAP_LIC = {"phone_desk": 20, "phone_lowlight": 4, "gaopaiyi": 12, "scan_flatbed": 14, "scan_adf": 8, "photocopy": 10,
           "copy_of_copy": 4, "fax": 4, "scanner_app": 8, "chat_forward": 7, "screen_photo": 5, "pdf_print": 4}
CAP_OTHER = {"phone_desk": 25, "scan_flatbed": 25, "photocopy": 15, "scanner_app": 10, "fax": 10, "chat_forward": 15}
FORMATS = {
    "phone_desk": {"jpg": 88, "png": 6, "webp": 6}, "phone_lowlight": {"jpg": 100}, "chat_forward": {"jpg": 80, "webp": 20},
    "screen_photo": {"jpg": 90, "png": 10}, "gaopaiyi": {"jpg": 80, "png": 20},
    "scan_flatbed": {"png": 30, "jpg": 35, "pdf": 20, "tif": 15}, "scan_adf": {"pdf": 45, "tif": 30, "jpg": 25},
    "photocopy": {"jpg": 50, "pdf": 30, "png": 20}, "copy_of_copy": {"jpg": 60, "pdf": 40}, "fax": {"tif": 60, "png": 25, "pdf": 15},
    "scanner_app": {"jpg": 50, "pdf": 50}, "pdf_print": {"pdf": 100},
}
USES = ["办理营业执照变更登记", "办理食品经营许可", "办理公共场所卫生许可", "银行开户", "社保登记", "本次业务办理", "投标"]


def _weighted(rng: np.random.Generator, table: dict[str, int]) -> str:
    keys = list(table)
    w = np.array([table[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of files 1..n: the default mix scaled to n (every kind present from n = 6), shuffled."""
    total = sum(DEFAULT_MIX.values())
    counts = {k: max(1, round(v * n / total)) for k, v in DEFAULT_MIX.items()}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda x: counts[x])
        counts[k] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    plan = [k for k, v in counts.items() for _ in range(v)]
    np.random.default_rng([seed, 7]).shuffle(plan)
    return plan


def params_hash(n: int, seed: int) -> str:
    """Names a set: n, seed, every source file of the generator and the renderer's and G'MIC's versions."""
    h = hashlib.sha256(f"{FAMILY}|{n}|{seed}|{firefox.version()}|{C.version()}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def mount(card: draw.Page, rng: np.random.Generator) -> draw.Page:
    """An ID card laid on an A4 scanner bed / copier glass: the card somewhere on a white page."""
    pg = draw.Page(1240, 1754, "#fff")
    s = 0.55
    x = float(rng.uniform(90, 1240 - card.w * s - 90))
    y = float(rng.uniform(90, 700))
    pg.raw(f'<div style="position:absolute;left:{x:.0f}px;top:{y:.0f}px;width:{card.w}px;height:{card.h}px;'
           f'transform:scale({s});transform-origin:0 0;overflow:hidden;border-radius:38px;background:{card.bg};'
           f'box-shadow:0 0 3px rgba(0,0,0,0.5);">' + "".join(card.parts) + "</div>")
    pg.used |= card.used
    return pg


def add_marks(pg: draw.Page, kind: str, cap: str, fields: dict, rng: np.random.Generator) -> list[str]:
    """Marks drawn into the page before capture (what the applicant or clerk put on the copy)."""
    marks: list[str] = []
    copyish = cap in ("photocopy", "copy_of_copy", "scan_flatbed", "scan_adf", "scanner_app", "fax", "chat_forward")
    lic = kind in ("business_license", "food_business_license", "public_health_license")
    hand = draw.pick_colour(rng, ["WenKai", "KaitiM", "FandolKai"])
    if kind != "other" and (rng.random() < (0.35 if copyish else 0.1)):
        use = draw.pick_colour(rng, USES)
        txt = draw.pick_colour(rng, [f"仅供{use}使用", f"仅供{use}使用，他用无效", f"此复印件仅用于{use}，再复印无效"])
        colour = draw.pick_colour(rng, ["rgba(200,30,30,0.28)", "rgba(60,60,60,0.25)", "rgba(30,60,200,0.25)"])
        fam = pg.face(draw.pick_colour(rng, ["FandolHei", "FandolSong", "DroidFallback"]), txt)
        size = pg.w / 22
        ang = float(rng.uniform(-35, -15))
        rows = "".join(f'<div style="white-space:nowrap;margin:{size * 2.2:.0f}px 0 0 {(i % 2) * size * 3:.0f}px">'
                       + ("　　".join([draw.esc(txt)] * 4)) + "</div>" for i in range(9))
        pg.raw(f'<div style="position:absolute;left:-20%;top:-10%;width:140%;height:120%;transform:rotate({ang:.1f}deg);'
               f'font-family:{fam};font-size:{size:.0f}px;color:{colour};pointer-events:none">{rows}</div>')
        marks.append("watermark")
    if kind != "other" and cap in ("photocopy", "copy_of_copy", "scan_flatbed", "scanner_app") and rng.random() < 0.5:
        note = draw.pick_colour(rng, ["复印件与原件一致", "与原件一致", "此件与原件核对无误"])
        x = float(rng.uniform(pg.w * 0.08, pg.w * 0.45))
        y = pg.h * (0.86 if kind.startswith("id_card") else 0.83) if kind.startswith("id_card") else float(rng.uniform(pg.h * 0.55, pg.h * 0.7))
        ink = draw.pick_colour(rng, ["#1b2a6b", "#111", "#223a88"])
        pg.text(note, hand, pg.w / 30, x, y, f"color:{ink};transform:rotate({rng.uniform(-6, 4):.1f}deg);")
        sig = draw.signature(rng, 220, 70, ink)
        pg.svg(x + pg.w / 30 * len(note) * 0.4, y + pg.w / 26, 220, 70, sig)
        marks.append("certified_copy")
    if lic and copyish and rng.random() < 0.35:
        name = fields.get("name", {}).get("value") or "经营者"
        r = pg.w * 0.07
        draw.seal(pg, float(rng.uniform(pg.w * 0.55, pg.w * 0.8)), float(rng.uniform(pg.h * 0.35, pg.h * 0.65)), r, name, "",
                  draw.pick_colour(rng, ["FandolSong", "FandolHei", "SungtiL"]), opacity=float(rng.uniform(0.55, 0.85)),
                  rot=float(rng.uniform(-30, 30)), uid="co")
        marks.append("company_seal")
    if lic and rng.random() < 0.07:
        pg.box(pg.w * 0.1, pg.h * float(rng.uniform(0.2, 0.5)), pg.w * float(rng.uniform(0.25, 0.4)), pg.w * 0.018,
               "background:rgba(255,235,40,0.35);mix-blend-mode:multiply;")
        marks.append("highlighter")
    if lic and rng.random() < 0.05:
        txt = draw.pick_colour(rng, ["待核", "原件已看", "补材料", "已录入"])
        x, y = pg.w * 0.04, pg.h * 0.9
        pg.raw(f'<div style="position:absolute;left:{x:.0f}px;top:{y - pg.w * 0.05:.0f}px;width:{pg.w * 0.12:.0f}px;height:{pg.w * 0.09:.0f}px;'
               f'background:#fbe97a;box-shadow:2px 3px 6px rgba(0,0,0,0.3);transform:rotate({rng.uniform(-8, 8):.1f}deg);'
               f'font-family:{pg.face(hand, txt)};font-size:{pg.w * 0.025:.0f}px;padding:8px;color:#234">{txt}</div>')
        marks.append("sticky_note")
    return marks


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i (0-based) of a set: its values, page, marks, render and capture, and its truth entry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, i, 22])
    pg, fields, variant = pages.MAKERS[kind](rng)
    table = CAP_ID if kind.startswith("id_card") else CAP_OTHER if kind == "other" else dict(CAP_LIC)
    if kind == "public_health_license":
        table = {k: v for k, v in table.items() if k not in ("screen_photo", "pdf_print")}
    cap = _weighted(rng, table)
    fmt = _weighted(rng, FORMATS[cap])
    small = kind.startswith("id_card")
    if small and cap in ("scan_flatbed", "photocopy", "copy_of_copy", "scanner_app", "fax"):
        pg = mount(pg, rng)
        small = False
        variant += "-a4"
    marks = add_marks(pg, kind, cap, fields, rng)
    if cap.startswith("phone") or cap in ("chat_forward", "screen_photo"):
        for m, pr in (("shadow", 0.4), ("glare", 0.3 if kind.startswith("id_card") else 0.15), ("fold", 0.12), ("motion_blur", 0.1)):
            if rng.random() < pr and not (m == "fold" and kind.startswith("id_card")):
                marks.append(m)
    elif cap == "gaopaiyi" and kind.startswith("id_card") and rng.random() < 0.25:
        marks.append("glare")
    elif cap in ("scan_flatbed", "scan_adf", "photocopy") and not kind.startswith("id_card") and rng.random() < 0.15:
        marks.append("fold")
    name = f"{PREFIX}{i + 1:04d}"
    br = firefox.browser()
    with tempfile.TemporaryDirectory(prefix="docgen_z_") as tmp:
        html = Path(tmp) / f"{name}.html"
        html.write_text(pg.html(), encoding="utf-8")
        used = [faces.family(f) for f in sorted(pg.used)]
        if cap == "pdf_print":
            target = out_dir / f"{name}.pdf"
            target.write_bytes(br.print_pdf(html, pg.w, pg.h, used))
        else:
            png = Path(tmp) / "page.png"
            png.write_bytes(br.shot(html, pg.w, pg.h, used))
            target = C.capture(png, pg.w, pg.h, cap, marks, fmt, out_dir / name, rng, small)
    return {"file": target.name, "kind": kind, "fields": fields, "capture": cap, "variant": variant, "marks": marks,
            "faces": sorted(pg.used), "formats": [target.suffix.lstrip(".")]}


def generate(out_dir: Path, n: int = 150, seed: int = 2424) -> dict:
    """Write files z0001… and truth.json into out_dir; return the truth."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    """Counts per kind, capture, variant, mark, face and format (and unreadable fields)."""
    fs = truth["files"]
    return {
        "files": len(fs),
        "kinds": dict(Counter(f["kind"] for f in fs)),
        "captures": dict(Counter(f["capture"] for f in fs)),
        "variants": dict(Counter(re.sub(r"-a4$", "", f["variant"]) for f in fs)),
        "marks": dict(Counter(m for f in fs for m in f["marks"])),
        "faces": dict(Counter(x for f in fs for x in f["faces"])),
        "formats": dict(Counter(x for f in fs for x in f["formats"])),
        "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values()),
    }


__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary", "V"]
