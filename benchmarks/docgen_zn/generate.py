"""Family ZN's set: the kind plan, one file's choices (document variant, capture, marks, format), and the
three stages that make the files — every page of a call in one Rscript process (grid + ragg, cairo_pdf
for e-licences), every photo in one Blender process (Cycles on the CPU), then GStreamer/efix per file —
with `truth.json` and the value-level `unreadable` flags computed from where each value's ink is."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.docgen_zn import documents as D
from benchmarks.docgen_zn import faces, photo, rgrid, scan
from benchmarks.docgen_zn import values as V

FAMILY = "ZN"
HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
PHOTO = ("phone_desk", "phone_sleeve", "phone_curl", "phone_thumb", "gaopaiyi", "screen_photo")
# capture -> weight; the Blender share is held to about 12 % of files (20 % of ID cards) by the CPU budget (README, Speed)
CAPTURES = {"phone_desk": 5, "phone_sleeve": 1.2, "phone_curl": 1.2, "phone_thumb": 1, "gaopaiyi": 0.8, "screen_photo": 0.8,
            "flatbed": 14, "adf": 7, "photocopy": 10, "copy_of_copy": 6, "fax_standard": 4, "fax_fine": 4,
            "scanner_app": 9, "chat_screenshot": 6, "chat_forward": 8, "elicence_pdf": 6}
FORMATS = {"phone_desk": ["jpg"] * 6 + ["png", "webp"], "phone_sleeve": ["jpg"], "phone_curl": ["jpg", "jpg", "webp"],
           "phone_thumb": ["jpg"], "gaopaiyi": ["jpg", "jpg", "png"], "screen_photo": ["jpg"],
           "flatbed": ["jpg", "png", "tif", "pdf"], "adf": ["pdf", "tif", "jpg"], "photocopy": ["png", "jpg", "tif"],
           "copy_of_copy": ["png", "jpg", "pdf"], "fax_standard": ["tif"], "fax_fine": ["tif"], "scanner_app": ["jpg", "pdf", "png"],
           "chat_screenshot": ["png", "jpg"], "chat_forward": ["jpg", "webp"], "elicence_pdf": ["pdf"]}


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default mix scaled to n (every kind once from n = 6), shuffled by seed."""
    total = sum(MIX.values())
    counts = {k: max(1, round(v * n / total)) for k, v in MIX.items()} if n >= len(MIX) else {}
    kinds = [k for k, c in counts.items() for _ in range(c)]
    order = list(MIX)
    while len(kinds) < n:
        kinds.append(order[len(kinds) % len(order)])
    while len(kinds) > n:
        big = max(counts, key=lambda k: kinds.count(k))
        kinds.remove(big)
    rng = np.random.default_rng([seed, 7])
    rng.shuffle(kinds)
    return kinds


def _source_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:12]


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"{FAMILY}|{n}|{seed}|{_source_hash()}".encode()).hexdigest()[:16]


def _capture(rng: np.random.Generator, kind: str) -> str:
    caps = dict(CAPTURES)
    if kind in ("id_card_front", "id_card_back"):
        caps.pop("elicence_pdf")
        caps["phone_desk"] += 2
        caps["phone_thumb"] += 1
    if kind == "other":
        caps.pop("elicence_pdf")
    names = list(caps)
    p = np.array([caps[k] for k in names], float)
    return names[int(rng.choice(len(names), p=p / p.sum()))]


def plan(i: int, kind: str, seed: int) -> dict:
    """Everything one file is made of, from (seed, i) alone."""
    rng = np.random.default_rng([seed, i, 1313])
    cap = _capture(rng, kind)
    variant, meta = kind, {}
    if kind == "id_card_front":
        page, truth, meta = D.id_front(rng)
    elif kind == "id_card_back":
        page, truth, meta = D.id_back(rng)
    elif kind == "business_license":
        form = V.pick(rng, ["company"] * 5 + ["branch"] * 2 + ["partnership"] * 2 + ["individual"] * 3)
        copy = bool(rng.random() < 0.5) if cap not in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax_standard", "fax_fine") else bool(rng.random() < 0.8)
        page, truth, meta = D.business_license(rng, form, copy)
        variant = f"{'fuben' if copy else 'zhengben'}-{form}"
    elif kind == "public_health_license":
        page, truth, meta = D.public_health(rng)
    elif kind == "food_business_license":
        copy = bool(rng.random() < 0.4)
        page, truth, meta = D.food(rng, copy)
        variant = "fuben" if copy else "zhengben"
    else:
        page, truth, meta = D.other(rng)
        variant = f"other-{meta.get('variant', 'page')}"
    card = kind in ("id_card_front", "id_card_back")
    marks: list[str] = []
    # a card that goes through a scanner, copier or fax is a 身份证复印件: the card on an A4 sheet
    if card and cap not in PHOTO:
        # (one card: the back's term is the one the law gives the front's holder — session 29's first sight
        # paired two people's sides, and the reader's cross-check of both sides blanked 11 periods)
        other_side = D.id_back(rng, truth)[0] if kind == "id_card_front" else D.id_front(rng, truth)[0]
        top_first = rng.random() < 0.7
        dx = float(rng.uniform(45, 70))
        pages = [(page, dx, 40.0), (other_side, dx, 120.0)] if top_first else [(other_side, dx, 40.0), (page, dx, 120.0)]
        page = rgrid.sheet_with_cards(pages)
        variant = f"{kind}-copy_sheet"
    if cap not in PHOTO and cap != "elicence_pdf" and kind != "other" and rng.random() < 0.45:
        use = V.pick(rng, ["办理营业执照变更", "办理卫生许可证延续", "银行开户", "办理食品经营许可", "社保登记", "政务服务中心窗口办理业务"])
        faces.check("zn_notosans", "仅供" + use + "使用")
        page.call(f'watermark({page.w}, {page.h}, {rgrid.q("仅供" + use + "使用")}, "zn_notosans", "#6d6d6d", 0.28, {11 if page.w > 100 else 5})')
        marks.append("watermark")
    if cap not in PHOTO and cap != "elicence_pdf" and kind != "other" and rng.random() < 0.35:
        x, y = page.w * float(rng.uniform(0.45, 0.62)), page.h * float(rng.uniform(0.86, 0.92))
        page.text(x, y, "复印件与原件一致", 14 if page.w > 100 else 6, "zn_kai", col="#1b2a6b")
        page.call(f"scribble({x + (48 if page.w > 100 else 20):.1f}, {y:.1f}, {22 if page.w > 100 else 9}, {int(rng.integers(1, 10**6))})")
        marks.append("copy_note")
    if kind in ("business_license", "food_business_license") and cap not in PHOTO and rng.random() < 0.25:
        page.seal(page.w * float(rng.uniform(0.3, 0.7)), page.h * float(rng.uniform(0.4, 0.6)), 20, truth["name"][:16], "zn_notosans_b", alpha=0.55)
        marks.append("company_seal")
    used = sorted(set(meta.get("faces", [])))
    if cap == "elicence_pdf":  # drawn through fontconfig on cairo_pdf: every run checked in the face it gets there
        for face, text in page.drawn:
            faces.check(faces.pdf_face(face), text)
        used = sorted({faces.pdf_face(f) for f in used})
    fmt = V.pick(rng, FORMATS[cap])
    if cap in PHOTO:
        dpi = 450 if card else 150 if page.w > 300 else 200
    elif cap in ("fax_standard", "fax_fine", "photocopy", "copy_of_copy", "chat_screenshot", "chat_forward", "scanner_app"):
        dpi = 200
    elif cap == "elicence_pdf":
        dpi = 150
    else:
        dpi = int(V.pick(rng, [150, 200, 300])) if page.w < 300 else 150
    return {"i": i, "kind": kind, "capture": cap, "variant": variant, "page": page, "truth": truth, "dpi": dpi,
            "fmt": fmt, "marks": marks, "faces": used, "seed": int(rng.integers(1, 2**31))}


def _name(p: dict) -> str:
    return f"zn_{p['i']:04d}.{p['fmt']}"


def _make(plans: list[dict], out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zn_work_"))
    stats = {}
    try:
        jobs = []
        for p in plans:
            p["src"] = work / (f"page_{p['i']:04d}.pdf" if p["capture"] == "elicence_pdf" else f"page_{p['i']:04d}.png")
            jobs.append((p["page"], p["src"], p["dpi"], p["capture"] == "elicence_pdf"))
        c0 = _cpu()
        stats["r_s"] = rgrid.run(jobs, work)
        stats["r_cpu"] = _cpu() - c0
        for p in plans:
            p["boxes"] = rgrid.boxes(p["src"])
        bjobs = []
        for p in plans:
            if p["capture"] in PHOTO:
                rng = np.random.default_rng([p["seed"], 2])
                j, fx = photo.job(rng, p["capture"], p["src"], work / f"frame_{p['i']:04d}.png", p["page"].w, p["page"].h, p["boxes"], p["seed"])
                p["frame"], p["effects"] = Path(j["out"]), fx
                bjobs.append(j)
        c0 = _cpu()
        vis, stats["blender_s"] = photo.run(bjobs, work)
        stats["blender_cpu"], stats["frames"] = _cpu() - c0, len(bjobs)
        t0, c0 = time.perf_counter(), _cpu()
        entries = [_capture_file(p, vis, out, work) for p in plans]
        stats["capture_s"], stats["capture_cpu"] = time.perf_counter() - t0, _cpu() - c0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _LAST_STATS.clear()
    _LAST_STATS.update(stats)
    return entries


_LAST_STATS: dict = {}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (R, Blender, GStreamer, efix)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def _capture_file(p: dict, vis: dict, out: Path, work: Path) -> dict:
    rng = np.random.default_rng([p["seed"], 3])
    cap, fmt, src, dpi = p["capture"], p["fmt"], p["src"], p["dpi"]
    dst = out / _name(p)
    hidden: set[str] = set()
    effects = list(p.get("effects", []))
    if cap in PHOTO:
        hidden = photo.hidden_keys(vis.get(str(p["frame"]), {}))
        scan.phone_finish(p["frame"], dst, rng, fmt)
    elif cap == "elicence_pdf":
        shutil.copyfile(src, dst)
    elif cap in ("flatbed", "adf"):
        tgt = int(V.pick(rng, [150, 200, 300])) if cap == "flatbed" else 200
        tgt = min(tgt, dpi)
        mid = work / f"cap_{p['i']:04d}.{fmt if fmt in ('jpg', 'png') else 'png'}"
        scan.flatbed(src, mid, dpi, tgt, rng, mid.suffix[1:], adf=cap == "adf")
        scan.save_as(mid, dst, fmt, tgt)
        effects.append(f"{tgt}dpi")
    elif cap in ("photocopy", "copy_of_copy"):
        mid = work / f"cap_{p['i']:04d}.{fmt if fmt in ('jpg', 'png') else 'png'}"
        scan.photocopy(src, mid, dpi, int(V.pick(rng, [150, 200])), rng, mid.suffix[1:], gens=1 if cap == "photocopy" else int(rng.integers(2, 4)))
        scan.save_as(mid, dst, fmt, 150)
    elif cap in ("fax_standard", "fax_fine"):
        scan.fax(src, dst, dpi, cap == "fax_fine", rng, work)
    elif cap == "scanner_app":
        mid = work / f"cap_{p['i']:04d}.{fmt if fmt in ('jpg', 'png') else 'jpg'}"
        scan.scanner_app(src, mid, rng, mid.suffix[1:])
        scan.save_as(mid, dst, fmt, 200)
    elif cap == "chat_screenshot":
        scan.chat_screenshot(src, dst, rng, fmt)
    elif cap == "chat_forward":
        scan.chat_forward(src, dst, rng, fmt)
    else:
        raise ValueError(cap)
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in p["truth"].items()}
    return {"file": dst.name, "kind": p["kind"], "fields": fields, "capture": cap, "variant": p["variant"],
            "marks": sorted(p["marks"]) + [e for e in effects if e in ("thumb", "sleeve_glare", "fold", "curl")],
            "faces": p["faces"], "formats": [fmt], "effects": effects}


def make_one(i: int, kind: str, seed: int, out_dir) -> dict:  # noqa: ANN001
    """File i of a set (kind from kinds_for) made on its own: the same bytes and truth entry as in the set."""
    return _make([plan(i, kind, seed)], Path(out_dir))[0]


def generate(out_dir, n: int, seed: int) -> dict:  # noqa: ANN001
    out = Path(out_dir)
    t0 = time.perf_counter()
    kinds = kinds_for(n, seed)
    files = _make([plan(i, k, seed) for i, k in enumerate(kinds)], out)
    truth = {"family": FAMILY, "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files,
             "render_seconds": {k: round(v, 1) for k, v in _LAST_STATS.items()},
             "generator": "benchmarks/docgen_zn (R grid + ragg/cairo_pdf pages, Blender Cycles photos, GStreamer/efix scans)"}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    if os.environ.get("ZN_VERBOSE"):
        print(f"family ZN: {n} files in {time.perf_counter() - t0:.0f} s {truth['render_seconds']}")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(f["formats"][0] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
