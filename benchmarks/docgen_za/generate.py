"""Family ZA's generator: documents laid out by Scribus 1.5.8 (the desktop-publishing engine, driven by
its Python scripter without its GUI, one Scribus process per batch) and exported with Scribus's own
renderer (`ImageExport`), then captured with Pillow as a service-centre window receives them.

    generate(out_dir, n, seed) -> truth   # files za0001.<ext> … and truth.json
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image

from benchmarks.docgen_za import capture as C
from benchmarks.docgen_za import layout as L

HERE = Path(__file__).resolve().parent
SHARES = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
          "food_business_license": 20, "other": 20}


@functools.lru_cache(maxsize=1)
def scribus_version() -> str:
    """Scribus's own version line; raises when Scribus is not installed."""
    exe = shutil.which("scribus")
    if exe is None:
        raise RuntimeError("scribus not installed (Debian package `scribus`)")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    if "1.5" not in out:
        raise RuntimeError(f"unexpected Scribus version: {out!r}")
    return out.splitlines()[-1]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"ZA|{n}|{seed}|{scribus_version()}|pillow".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default shares scaled to n (largest remainders, each kind at least
    once when n ≥ 6), shuffled by the seed."""
    total = sum(SHARES.values())
    if n >= len(SHARES):
        base = {k: max(1, v * n // total) for k, v in SHARES.items()}
    else:
        base = {k: 0 for k in SHARES}
    while sum(base.values()) > n:
        k = max(base, key=lambda k: base[k])
        base[k] -= 1
    rest = sorted(SHARES, key=lambda k: -(SHARES[k] * n / total - base[k]))
    i = 0
    while sum(base.values()) < n:
        base[rest[i % len(rest)]] += 1
        i += 1
    kinds = [k for k in SHARES for _ in range(base[k])]
    random.Random(f"za-kinds-{n}-{seed}").shuffle(kinds)
    return kinds


def _rng(i: int, seed: int) -> random.Random:
    return random.Random(f"za-{seed}-{i}")


def render(specs: list[dict], work: Path) -> None:
    """Lay out and export every page in one Scribus process (`scribus -g -ns -py`, Qt offscreen)."""
    scribus_version()
    job = work / "job.json"
    job.write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZA_JOB": str(job),
           "XDG_RUNTIME_DIR": str(work), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(["scribus", "-g", "-ns", "-py", str(HERE / "scribus_job.py")], env=env, cwd=work,
                          capture_output=True, text=True, timeout=60 + 20 * len(specs))
    err = job.with_name("job.json.err")
    if err.exists():
        raise RuntimeError("Scribus job failed:\n" + err.read_text())
    if not job.with_name("job.json.done").exists():
        raise RuntimeError(f"Scribus ended without finishing (rc {proc.returncode}): {proc.stderr[-2000:]}")
    for s in specs:
        if not Path(s["out"]).exists():
            raise RuntimeError(f"Scribus wrote no image for {s['out']}")


def _plan(i: int, kind: str, seed: int, work: Path) -> tuple[random.Random, L.Page, dict, str, dict]:
    r = _rng(i, seed)
    page, fields, variant = L.BUILDERS[kind](r)
    spec = page.spec(str(work / f"page{i:04d}.png"))
    return r, page, fields, variant, spec


def _finish(i: int, kind: str, plan: tuple, out_dir: Path) -> dict:
    r, page, fields, variant, spec = plan
    pg = Image.open(spec["out"]).convert("RGB")
    k = pg.width / page.w  # px per mm
    boxes = {key: [(x * k, y * k, (x + w) * k, (y + h) * k) for (x, y, w, h) in bl] for key, bl in page.boxes.items()}
    card = kind.startswith("id_card")
    cap = r.choices(*zip(*C.CAPTURES["card" if card else "page"], strict=False))[0]
    if kind != "business_license" and cap in ("screen_photo", "printed_elicence"):
        cap = "phone_photo"
    marks: list[str] = []
    hidden: set[str] = set()
    if kind != "other" and not card and r.random() < 0.1:
        marks.append(C.mark_fold(pg, r))
    if kind != "other" and r.random() < (0.22 if cap in ("photocopy", "copy_of_copy", "flatbed_scan", "scanner_app") else 0.08):
        marks.append(C.mark_watermark(pg, r))
    if kind != "other" and not card and r.random() < 0.12:
        marks.append(C.mark_stamp(pg, r, fields.get("name", "")[:16] or "专用章"))
    if kind != "other" and cap in C.PHOTOS and cap != "screen_photo" and boxes and r.random() < (0.2 if card else 0.1):
        m, hid = C.mark_glare(pg, r, boxes)
        marks.append(m)
        hidden |= hid
    if kind != "other" and boxes and r.random() < 0.05:
        m, hid = C.mark_cover(pg, r, boxes)
        marks.append(m)
        hidden |= hid
    if kind != "other" and cap in ("phone_photo", "low_light") and boxes and r.random() < 0.07:
        pg, hid = C.cut_edge(pg, r, boxes)
        marks.append("cut_off")
        hidden |= hid
    note = cap in ("photocopy", "copy_of_copy") and r.random() < 0.6 or cap == "flatbed_scan" and r.random() < 0.1
    if note:
        marks.append("copy_note")
    im = C.capture(pg, kind, cap, r, note)
    fmt = _format(cap, im, r)
    name = f"za{i + 1:04d}.{fmt}"
    _save(im, out_dir / name, fmt, r)
    truth_fields = {key: {"value": v, "unreadable": key in hidden} for key, v in fields.items()}
    return {"file": name, "kind": kind, "fields": truth_fields, "capture": cap, "variant": variant,
            "marks": marks, "faces": sorted(page.faces), "formats": [fmt]}


def _format(cap: str, im: Image.Image, r: random.Random) -> str:
    if im.mode == "1":
        return r.choice(["tif", "tif", "png"])
    if cap in ("phone_photo", "low_light", "gaopaiyi", "screen_photo"):
        return r.choices(["jpg", "webp", "png"], [80, 12, 8])[0]
    if cap == "chat_screenshot":
        return r.choice(["png", "jpg"])
    if cap == "scanner_app":
        return r.choice(["jpg", "pdf"])
    return r.choices(["png", "jpg", "pdf", "tif", "webp"], [25, 35, 22, 12, 6])[0]


def _save(im: Image.Image, path: Path, fmt: str, r: random.Random) -> None:
    if fmt == "jpg":
        im.convert("RGB" if im.mode != "L" else "L").save(path, "JPEG", quality=r.randint(50, 92))
    elif fmt == "webp":
        im.save(path, "WEBP", quality=r.randint(55, 88), method=4)
    elif fmt == "png":
        im.save(path, "PNG")
    elif fmt == "tif":
        if im.mode == "1":
            im.save(path, "TIFF", compression="group4", dpi=(200, 200))
        else:
            im.save(path, "TIFF", compression="tiff_lzw", dpi=(300, 300))
    elif fmt == "pdf":
        im.convert("RGB" if im.mode != "L" else "L").save(path, "PDF", resolution=200.0)
    else:
        raise ValueError(fmt)


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i alone (its own Scribus start): the same truth entry and bytes as in the whole set."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="za_") as tmp:
        plan = _plan(i, kind, seed, Path(tmp))
        render([plan[4]], Path(tmp))
        return _finish(i, kind, plan, out_dir)


def generate(out_dir, n: int = 150, seed: int = 3535) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    kinds = kinds_for(n, seed)
    files = []
    with tempfile.TemporaryDirectory(prefix="za_") as tmp:
        work = Path(tmp)
        plans = [_plan(i, k, seed, work) for i, k in enumerate(kinds)]
        for a in range(0, n, 60):  # one Scribus start per 60 pages
            render([p[4] for p in plans[a:a + 60]], work)
        for i, k in enumerate(kinds):
            files.append(_finish(i, k, plans[i], out_dir))
            Path(plans[i][4]["out"]).unlink()
    truth = {"family": "ZA", "params_hash": params_hash(n, seed), "seed": seed, "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"].split("-")[0] + "-" + f["variant"].split("-")[1] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "faces": dict(Counter(x for f in fs for x in f["faces"])),
            "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"])}
