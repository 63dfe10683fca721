"""Family ZC's generator: AbiWord 3.0 lays out each document from hand-written AWML (`abiword
--to=pdf`), the PDF's embedded fonts are checked against the faces the page names (AbiWord substitutes
missing faces silently: a substitution fails loudly here), poppler's cairo backend rasterises it
(`pdftocairo -png -r DPI -singlefile`), and GEGL makes the capture (capture.py). Some files stay the
AbiWord PDF itself, as a downloaded e-licence."""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

from benchmarks.docgen_zc import art, capture, pages

HERE = Path(__file__).resolve().parent
FAMILY = "ZC"
SHARE = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
         "food_business_license": 20, "other": 20}
TODAY_MARK = "D:20260601090000Z"


def kinds_for(n: int, seed: int) -> list[str]:
    """The kind of each file: the default proportions scaled to n (every kind once when n ≥ 6), shuffled by seed."""
    total = sum(SHARE.values())
    counts = {k: max(1, round(v * n / total)) if n >= 6 else 0 for k, v in SHARE.items()}
    while sum(counts.values()) > n:
        k = max(counts, key=lambda x: counts[x])
        counts[k] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    random.Random(seed).shuffle(plan)
    return plan


@lru_cache(maxsize=1)
def renderer_version() -> str:
    a = subprocess.run(["abiword", "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    p = subprocess.run(["pdftocairo", "-v"], capture_output=True, text=True, timeout=60).stderr.strip().splitlines()[0]
    g = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "gegl"], capture_output=True, text=True, timeout=60).stdout
    return f"abiword {a}; {p}; gegl {g}"


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for f in sorted(HERE.glob("*.py")):
        h.update(f.name.encode() + f.read_bytes())
    h.update(f"{n}:{seed}:{renderer_version()}".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def postscript_names() -> dict[str, set[str]]:
    """fontconfig family → the PostScript names of its files (what a PDF embeds)."""
    out: dict[str, set[str]] = {}
    txt = subprocess.run(["fc-list", ":", "family", "postscriptname"], capture_output=True, text=True, timeout=60).stdout
    for line in txt.splitlines():
        m = re.match(r"(.*):postscriptname=(.*)$", line.strip())
        if not m:
            continue
        for fam in m.group(1).split(","):
            out.setdefault(fam.strip(), set()).add(m.group(2).strip())
    return out


def check_fonts(pdf: Path, faces: set[str]) -> None:
    """Every font the PDF embeds is one of the faces the page names; AbiWord's silent substitutions fail here."""
    names = postscript_names()
    allowed: set[str] = set()
    for f in faces:
        if f not in names:
            raise RuntimeError(f"face {f!r} is not installed")
        allowed |= names[f]
    txt = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    for line in txt.splitlines()[2:]:
        ps = line.split()[0].split("+", 1)[-1]
        if ps not in allowed:
            raise RuntimeError(f"{pdf.name}: AbiWord embedded {ps!r}, not one of {sorted(faces)}")


def images(rng: random.Random, cache: dict):
    def img(what: str, *a) -> bytes:
        if what == "guilloche":
            colour = rng.choice([(196, 160, 120), (170, 150, 110), (150, 170, 200), (200, 150, 150)])
            return art.png(art.guilloche(a[0], a[1], rng, colour))
        if what == "emblem":
            key = ("emblem", a[0])
            if key not in cache:
                cache[key] = art.png(art.emblem(a[0]))
            return cache[key]
        if what == "qr":
            return art.png(art.qr(29, 8, rng))
        if what == "seal":
            return art.png(art.seal(a[0], 420, rng, rng.choice(["", "", "登记专用章"])))
        if what == "photo":
            return art.png(art.photo(a[0], a[1], rng))
        if what == "cardbg":
            im = art.guilloche(a[0], a[1], rng, rng.choice([(150, 185, 215), (170, 200, 225)]))
            from PIL import Image
            bg = Image.new("RGBA", im.size, rng.choice([(238, 244, 248, 255), (244, 246, 240, 255), (250, 250, 252, 255)]))
            bg.alpha_composite(im)
            return art.png(bg)
        raise KeyError(what)
    return img


def normalise_pdf(src: Path, dst: Path) -> None:
    """The AbiWord PDF with its creation date fixed (same length, so the xref offsets hold)."""
    b = src.read_bytes()
    b = re.sub(rb"/CreationDate \(D:\d{14}Z\)", b"/CreationDate (" + TODAY_MARK.encode() + b")", b)
    dst.write_bytes(b)


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"zc-{seed}-{i}")
    stem = f"zc{i + 1:04d}"
    cache: dict = {}
    doc, fields, variant, faces, extra = pages.BUILDERS[kind](rng, images(rng, cache))
    card = kind.startswith("id_card")
    cap = capture.pick(rng, card)
    marks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zc_") as tmp:
        work = Path(tmp)
        abw = work / f"{stem}.abw"
        abw.write_text(doc.xml(), encoding="utf-8")
        subprocess.run(["abiword", "--to=pdf", str(abw)], cwd=work, check=True, capture_output=True, timeout=120)
        pdf = work / f"{stem}.pdf"
        if not pdf.exists():
            raise RuntimeError(f"AbiWord wrote no PDF for {stem}")
        check_fonts(pdf, set(faces))
        pages_n = re.findall(rb"/Type /Pages.*?/Count (\d+)", pdf.read_bytes(), re.S)
        if pages_n != [b"1"]:
            raise RuntimeError(f"{stem}: AbiWord laid out {pages_n} pages, the document must fit one")
        if cap == "e_pdf":
            name, fmt = f"{stem}.pdf", "pdf_abiword"
            normalise_pdf(pdf, out_dir / name)
        else:
            if card:
                dpi = rng.choice([500, 600])
            elif cap == "fax":
                dpi = 200  # fine-mode fax
            else:
                dpi = rng.choice([180, 200, 240]) if doc.w < 300 else rng.choice([150, 180])
            subprocess.run(["pdftocairo", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(work / "page")],
                           check=True, capture_output=True, timeout=120)
            page = work / "page.png"
            from PIL import Image
            with Image.open(page) as im:
                pw, ph = im.size
            paper: list[Path] = []
            r = rng.random
            if not card and kind != "other" and r() < 0.2 or card and r() < 0.3:
                marks.append("watermark")
                use = rng.choice(["仅供办理营业执照变更使用", "仅供食品经营许可申请使用", "仅供政务服务中心办事使用", "再复印无效"])
                lay = art.text_layer(pw, ph, [use], max(20, pw // 22), (120, 120, 120, 90), rng.uniform(20, 35), tile=r() < 0.6)
                paper.append(work / "wm.png")
                lay.save(paper[-1], compress_level=1)
            if cap == "photocopy" or (cap != "screen_photo" and not card and r() < 0.1):
                marks.append("certified_copy")
                lay = art.certify_note(pw, ph, rng, pages.V.name(rng))
                paper.append(work / "note.png")
                lay.save(paper[-1], compress_level=1)
            paper_copy = cap != "screen_photo"  # an e-licence on a screen has no ink on it
            if paper_copy and not card and extra.get("seal") and r() < 0.1:
                marks.append("company_stamp")
                lay = art.company_stamp(pw, ph, rng, extra["seal"])
                paper.append(work / "stamp.png")
                lay.save(paper[-1], compress_level=1)
            if paper_copy and not card and r() < 0.1:
                marks.append("fold")
                lay = art.fold(pw, ph, rng, r() < 0.5)
                paper.append(work / "fold.png")
                lay.save(paper[-1], compress_level=1)
            name, fmt = capture.capture(card, page, work, stem, rng, cap, paper, marks, out_dir)
    return {"file": name, "kind": kind, "fields": fields, "capture": cap, "variant": variant, "marks": sorted(set(marks)),
            "faces": faces, "formats": [fmt]}


def generate(out_dir, n: int = 150, seed: int = 6262) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("abiword") is None or shutil.which("gegl") is None:
        raise RuntimeError("family ZC needs abiword and gegl (build/setup/debian-packages.txt)")
    files = [make_one(i, k, seed, out_dir) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "renderer": renderer_version(), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)), "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "faces": dict(Counter(x for f in fs for x in f["faces"])), "formats": dict(Counter(x for f in fs for x in f["formats"])),
            "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"])}
