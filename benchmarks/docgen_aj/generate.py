"""Family AJ: pages drawn by Asymptote (XeLaTeX labels, embedded CJK fonts; multi-page PDFs rasterised by
pdftoppm), captures by a C# program on Mono with its own pixel code, files encoded by Pillow."""
from __future__ import annotations

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

from . import docs as D

HERE = Path(__file__).resolve().parent
SOURCES = ("__init__.py", "generate.py", "docs.py", "values.py", "capture.cs")
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
LICENCE = {"business_license", "public_health_license", "food_business_license"}
PHOTO = ["desk", "handheld", "gaopaiyi", "sleeve", "screen"]
FLAT = ["scan", "copy", "copy2", "fax_fine", "fax_std", "scanapp", "chat"]
DPI = {"card": 500, "a4p": 200, "a4l": 200}
PREAMBLE = r"""settings.tex="xelatex";
settings.outformat="pdf";
texpreamble("\usepackage{xeCJK}\setCJKmainfont{AR PL SungtiL GB}\newCJKfontfamily\hei{Noto Sans CJK SC}\newCJKfontfamily\kai{AR PL KaitiM GB}\newCJKfontfamily\ming{AR PL UMing CN}\newCJKfontfamily\serif{Noto Serif CJK SC}\newCJKfontfamily\hand{LXGW WenKai}\setmainfont{Noto Serif CJK SC}\setsansfont{Noto Sans CJK SC}\xeCJKsetup{CJKecglue={}}");
import roundedpath;
unitsize(1mm);
defaultpen(fontsize(10pt));
"""
FONT_FILES = ["/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
              "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]


def missing_tools() -> list[str]:
    need = {"asy": "asymptote", "xelatex": "texlive-xetex", "pdftoppm": "poppler-utils", "mcs": "mono-mcs", "mono": "mono-runtime"}
    return [pkg for exe, pkg in need.items() if shutil.which(exe) is None]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"aj|{n}|{seed}".encode())
    for s in SOURCES:
        h.update((HERE / s).read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one dict per file (kind, capture, layout choices), shuffled by the seed."""
    total = sum(c for _, c in MIX)
    counts = [c * n / total for _, c in MIX]
    ints = [int(c) for c in counts]
    for i in sorted(range(len(MIX)), key=lambda i: -(counts[i] - ints[i]))[: n - sum(ints)]:
        ints[i] += 1
    kinds = [k for (k, _), c in zip(MIX, ints, strict=True) for _ in range(c)]
    rng = random.Random(f"aj-plan-{seed}")
    rng.shuffle(kinds)
    plan = []
    caps_lic = ["pdf"] + FLAT + PHOTO
    for i, k in enumerate(kinds):
        if k in LICENCE:
            cap = caps_lic[(i * 7 + rng.randrange(3)) % len(caps_lic)]
        elif k == "other":
            cap = (FLAT + PHOTO)[(i * 5 + rng.randrange(2)) % (len(FLAT) + len(PHOTO))]
        else:
            cap = (FLAT + PHOTO)[(i * 3 + rng.randrange(4)) % (len(FLAT) + len(PHOTO))]
        plan.append({"kind": k, "capture": cap, "landscape": rng.random() < 0.55, "individual": rng.random() < 0.35})
    return plan


# ---------------------------------------------------------------- documents and marks
def build_doc(i: int, item: dict, seed: int) -> tuple[D.Doc, random.Random]:
    rng = random.Random(f"aj-{seed}-{i}")
    k, cap = item["kind"], item["capture"]
    photo = cap in PHOTO
    # ID copies: 1:1 or enlarged (放大复印); faxed cards always enlarged so the print survives 98 lines/inch
    scale = 1.5 if cap.startswith("fax") else rng.choice([1.0, 1.0, 1.25, 1.4])
    if k == "id_card_front":
        d = D.id_front(rng, on_a4=not photo, scale=scale)
    elif k == "id_card_back":
        d = D.id_back(rng, on_a4=not photo, scale=scale)
    elif k == "business_license":
        d = D.business_license(rng, item["landscape"], item["individual"])
    elif k == "public_health_license":
        d = D.health_license(rng)
    elif k == "food_business_license":
        d = D.food_license(rng, item["landscape"])
    else:
        d = D.other(rng)
    if cap != "pdf":
        add_marks(d, rng, cap)
    else:
        d.marks = []
    return d, rng


USES = ["办理开户", "办理社保登记", "申请税务登记", "办理食品经营许可", "投标", "银行贷款审核", "办理租赁备案"]


def add_marks(d: D.Doc, rng: random.Random, cap: str) -> None:
    p = D.Page(d)
    w, h = D.GEOM[d.geom]
    if d.geom == "card":
        if rng.random() < 0.25:
            p.text(w * 0.5, h * 0.45, f"仅供{rng.choice(USES)}使用", 9, r"\hei", "(0,0)", "rgb(0.45,0.45,0.45)", rot=rng.uniform(15, 30), extra="+opacity(0.45)")
            d.marks.append("watermark")
        return
    r = rng.random()
    if r < 0.45:
        use = rng.choice(USES)
        txt = f"仅供{use}使用，他用无效"
        for k in range(rng.choice([1, 2, 3])):
            p.text(w * (0.35 + 0.3 * (k % 2)), h * (0.3 + 0.22 * k), txt, rng.choice([16, 20, 24]), rng.choice([r"\hei", r"\hand", r"\kai"]),
                   "(0,0)", rng.choice(["rgb(0.4,0.4,0.4)", "rgb(0.2,0.3,0.7)", "rgb(0.7,0.2,0.2)"]), rot=rng.uniform(20, 40), extra="+opacity(0.4)")
        d.marks.append("watermark")
    if rng.random() < 0.45:
        ink = rng.choice(["rgb(0.1,0.15,0.55)", "rgb(0.08,0.08,0.1)"])
        x, y = (25 + rng.uniform(0, 30), rng.uniform(30, 44)) if d.kind not in ("id_card_front", "id_card_back") else (rng.uniform(40, 70), rng.uniform(70, 100))
        p.text(x, y + 9, "复印件与原件一致", 14, r"\hand", color=ink, rot=rng.uniform(-4, 4))
        from . import values as V
        p.text(x + 8, y, V.person_name(rng), 17, r"\hand", color=ink, rot=rng.uniform(-8, 3))
        p.text(x + 40, y - 1, f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}", 12, r"\hand", color=ink)
        d.marks.append("copy_note")
    if rng.random() < 0.3 and d.boxes:
        key = rng.choice(sorted(d.boxes))
        b = d.boxes[key]
        p.seal((b[0] + b[2]) / 2 + rng.uniform(-5, 5), (b[1] + b[3]) / 2 + rng.uniform(-4, 4), rng.uniform(14, 19),
               f"{rng.choice(['恒信', '嘉禾', '锦程', '瑞丰'])}{rng.choice(['科技', '贸易', '物流'])}有限公司", rng, opacity=0.55)
        d.marks.append("stamp_over")
    if rng.random() < 0.3:
        ink = "rgb(0.1,0.2,0.6)"
        note = rng.choice(["已核", "原件已收回", "经办：窗口3", "核对无误", "√"])
        p.text(w - rng.uniform(50, 70), h - rng.uniform(18, 24), note, 15, r"\hand", color=ink, rot=rng.uniform(-10, 10))
        d.marks.append("handwriting")
    if not d.marks:
        d.marks.append("none")


# ---------------------------------------------------------------- engines
def _env() -> dict:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
           "SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1", "OMP_NUM_THREADS": "1"}
    for k in ("TEXMFVAR", "TEXMFCACHE", "XDG_CACHE_HOME"):
        if k in os.environ:
            env[k] = os.environ[k]
    return env


def _page_code(d: D.Doc) -> str:
    w, h = D.GEOM[d.geom]
    return "\n".join(d.code) + f"\nclip(box((0,0),({w},{h})));\n"


def run_asy(pages: list[D.Doc], out_pdf: Path, work: Path) -> None:
    """One Asymptote run draws every page (newpage between them) into one PDF."""
    src = PREAMBLE + "\nnewpage();\n".join("{\n" + _page_code(d) + "}\n" for d in pages)
    asy = work / (out_pdf.stem + ".asy")
    asy.write_text(src, encoding="utf-8")
    r = subprocess.run(["asy", "-noV", "-o", out_pdf.stem, asy.name], cwd=work, env=_env(), capture_output=True, text=True, timeout=900)
    made = work / (out_pdf.stem + ".pdf")
    if r.returncode != 0 or not made.exists():
        raise RuntimeError(f"asy failed: {r.stderr[-2000:]}")
    if made != out_pdf:
        shutil.move(made, out_pdf)


def capture_exe() -> Path:
    h = hashlib.sha256((HERE / "capture.cs").read_bytes()).hexdigest()[:12]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_aj" / h
    exe = base / "capture.exe"
    if not exe.exists():
        base.mkdir(parents=True, exist_ok=True)
        tmp = base / f"capture.{os.getpid()}.exe"
        subprocess.run(["mcs", "-O+", "-nologo", f"-out:{tmp}", str(HERE / "capture.cs")], check=True, env=_env(), capture_output=True)
        tmp.replace(exe)
    return exe


# ---------------------------------------------------------------- capture parameters
def _unreadable_target(d: D.Doc, rng: random.Random) -> str | None:
    keys = [k for k in d.fields if k in d.boxes and d.fields[k] != ""]
    return rng.choice(sorted(keys)) if keys else None


def capture_job(d: D.Doc, cap: str, rng: random.Random, src: Path, dst: Path, img_wh: tuple[int, int]) -> tuple[str, list, str | None]:
    """The C# job line, the output formats, and the field the capture hides (if any)."""
    s = rng.randrange(1, 2**31)
    kv: dict = {"seed": s}
    op = cap
    hidden = None
    if cap == "scan":
        kv.update(rot=round(rng.uniform(-1.5, 1.5), 2), blur=rng.choice([0, 1]), gamma=round(rng.uniform(0.85, 1.05), 2),
                  tint=round(rng.uniform(-0.02, 0.03), 3), noise=0.012)
    elif cap in ("copy", "copy2"):
        op = "copy"
        kv.update(gen=2 if cap == "copy2" else 1, rot=round(rng.uniform(-1.2, 1.2), 2), contrast=round(rng.uniform(1.3, 1.8), 2),
                  dark=round(rng.uniform(0.05, 0.2), 2), speck=0.0003 if cap == "copy" else 0.0006, dx=rng.randint(-15, 15))
    elif cap in ("fax_fine", "fax_std"):
        op = "fax"
        kv.update(vdpi=196 if cap == "fax_fine" else 98, dpi=200, rot=round(rng.uniform(-0.8, 0.8), 2), thresh=round(rng.uniform(0.5, 0.62), 2))
    elif cap == "scanapp":
        kv.update(rot=round(rng.uniform(-0.8, 0.8), 2), boost=round(rng.uniform(1.05, 1.35), 2), gray=int(rng.random() < 0.4),
                  out=round(rng.uniform(0.8, 1.0), 2))
    elif cap == "chat":
        kv.update(long=rng.choice([1080, 1280, 1440, 1600]), sat=round(rng.uniform(1.0, 1.2), 2))
    else:
        op = "photo"
        iw, ih = img_wh
        portrait_doc = ih > iw
        W, H = (1536, 2048) if portrait_doc else (2048, 1536)
        if d.geom == "card":
            W, H = (2048, 1536)
        fill = rng.uniform(0.62, 0.8) if cap != "gaopaiyi" else rng.uniform(0.7, 0.85)
        # doc size in output fraction keeping aspect
        aw = fill
        ah = aw * (ih / iw) * (W / H)
        if ah > 0.9:
            ah = 0.9
            aw = ah * (iw / ih) * (H / W)
        cx, cy = 0.5 + rng.uniform(-0.06, 0.06), 0.5 + rng.uniform(-0.05, 0.05)
        tilt = {"desk": 0.06, "handheld": 0.08, "gaopaiyi": 0.01, "sleeve": 0.05, "screen": 0.04}[cap]
        rot = rng.uniform(-0.06, 0.06) if cap != "gaopaiyi" else rng.uniform(-0.02, 0.02)
        import math
        pts = []
        for ux, uy in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
            x, y = ux * aw * W, uy * ah * H
            x, y = x * math.cos(rot) - y * math.sin(rot), x * math.sin(rot) + y * math.cos(rot)
            # keystone: top edge shorter by tilt (camera looking from below/above)
            k = 1 - tilt * (0.5 - uy) + rng.uniform(-tilt, tilt) * 0.3
            pts += [round(cx + x * k / W, 4), round(cy + y / H, 4)]
        kv["quad"] = ",".join(str(v) for v in pts)
        bg = {"desk": rng.choice([(0.55, 0.4, 0.28), (0.75, 0.74, 0.7), (0.35, 0.36, 0.4)]), "handheld": (0.45, 0.47, 0.5),
              "gaopaiyi": (0.12, 0.12, 0.13), "sleeve": (0.6, 0.58, 0.55), "screen": (0.05, 0.05, 0.06)}[cap]
        kv.update(w=W, h=H, scene={"desk": "desk", "handheld": "desk", "gaopaiyi": "gaopaiyi", "sleeve": "sleeve", "screen": "screen"}[cap],
                  bgr=bg[0], bgg=bg[1], bgb=bg[2], lx=round(rng.uniform(0.1, 0.9), 2), ly=round(rng.uniform(0.1, 0.9), 2),
                  amb=round(rng.uniform(0.7, 0.9), 2), warm=round(rng.uniform(-0.02, 0.06), 3), blur=rng.choice([0, 0, 1]),
                  noise=round(rng.uniform(0.01, 0.03), 3))
        if cap == "handheld":
            kv["motion"] = rng.choice([0, 2, 3])
        if cap == "sleeve":
            kv["sb"] = round(rng.uniform(0.5, 1.3), 2)
        # a person could not read one field: glare (desk/sleeve/screen) or a thumb (handheld)
        if rng.random() < 0.3 and cap != "gaopaiyi":
            hidden = _unreadable_target(d, rng)
            if hidden:
                b = d.boxes[hidden]
                pw, ph = D.GEOM[d.geom]
                # field box centre (doc fraction, y down) mapped through the quad bilinearly
                fu = ((b[0] + b[2]) / 2) / pw
                fv = 1 - ((b[1] + b[3]) / 2) / ph
                if hidden in ("address", "business_scope", "business_items", "premises_address"):
                    fu = (b[0] + min(b[2], b[0] + 40)) / 2 / pw
                q = pts
                top = (q[0] + (q[2] - q[0]) * fu, q[1] + (q[3] - q[1]) * fu)
                bot = (q[6] + (q[4] - q[6]) * fu, q[7] + (q[5] - q[7]) * fu)
                ox, oy = top[0] + (bot[0] - top[0]) * fv, top[1] + (bot[1] - top[1]) * fv
                span = max(0.05, (b[2] - b[0]) / pw * aw * 0.55)
                if cap == "handheld":
                    kv.update(tx=round(ox, 4), ty=round(oy, 4), tr=round(min(0.12, span), 4))
                else:
                    kv.update(gx=round(ox, 4), gy=round(oy, 4), gr=round(min(0.12, max(0.06, span)), 4))
    line = f"{src} {dst} {op} " + " ".join(f"{k}={v}" for k, v in kv.items())
    return line, op, hidden


def encode(cap: str, ppm: Path, out_base: Path, rng: random.Random) -> tuple[str, list]:
    im = Image.open(ppm)
    im.load()
    if cap in ("fax_fine", "fax_std"):
        bw = im.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1")
        name = out_base.with_suffix(".tif")
        bw.save(name, compression="group4" if cap == "fax_fine" else "group3", dpi=(204, 196 if cap == "fax_fine" else 98))
        return name.name, ["tiff"]
    if cap == "scan":
        if rng.random() < 0.5:
            name = out_base.with_suffix(".png")
            im.save(name, optimize=False, dpi=(200, 200))
            return name.name, ["png"]
        name = out_base.with_suffix(".jpg")
        im.save(name, quality=rng.randint(80, 92), dpi=(200, 200))
        return name.name, ["jpeg"]
    if cap in ("copy", "copy2"):
        name = out_base.with_suffix(".png" if rng.random() < 0.5 else ".jpg")
        im = im.convert("L")
        if name.suffix == ".png":
            im.save(name)
        else:
            im.save(name, quality=rng.randint(70, 88))
        return name.name, ["png" if name.suffix == ".png" else "jpeg", "gray"]
    if cap == "chat":
        import io
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(70, 85))
        im2 = Image.open(io.BytesIO(buf.getvalue()))
        name = out_base.with_suffix(".jpg")
        im2.save(name, quality=rng.randint(55, 75))
        return name.name, ["jpeg", "recompressed"]
    name = out_base.with_suffix(".jpg")
    im.save(name, quality=rng.randint(78, 92))
    return name.name, ["jpeg"]


# ---------------------------------------------------------------- the set
def _entry(i: int, d: D.Doc, cap: str, fname: str, formats: list, hidden: str | None) -> dict:
    fields = {k: {"value": v, "unreadable": k == hidden} for k, v in d.fields.items()}
    return {"file": fname, "kind": d.kind, "fields": fields, "capture": cap, "variant": d.variant,
            "marks": sorted(set(d.marks)), "faces": sorted(set(d.faces)), "formats": formats}


def _make(items: list[tuple[int, dict]], seed: int, out_dir: Path) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    built = [(i, item, *build_doc(i, item, seed)) for i, item in items]
    entries: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="aj-") as tmpd:
        work = Path(tmpd)
        # e-licence PDFs: one page per PDF, from one asy call each (their own font subsets)
        for i, item, d, _rng in built:
            if item["capture"] == "pdf":
                name = f"aj_{i:03d}_{d.kind}.pdf"
                run_asy([d], work / f"e{i:03d}.pdf", work)
                shutil.copyfile(work / f"e{i:03d}.pdf", out_dir / name)
                entries[i] = _entry(i, d, "pdf", name, ["pdf", "vector"], None)
        # raster pages grouped by geometry: one asy run and one pdftoppm run per group
        groups: dict[str, list] = {}
        for b in built:
            if b[1]["capture"] != "pdf":
                groups.setdefault(b[2].geom, []).append(b)
        ppms: dict[int, Path] = {}
        for geom, grp in groups.items():
            pdf = work / f"g_{geom}.pdf"
            run_asy([b[2] for b in grp], pdf, work)
            subprocess.run(["pdftoppm", "-r", str(DPI[geom]), str(pdf), str(work / f"p_{geom}")], check=True, env=_env())
            nd = len(str(len(grp)))
            for k, b in enumerate(grp, 1):
                cand = [work / f"p_{geom}-{k:0{w}d}.ppm" for w in (nd, 1, 2, 3)]
                ppms[b[0]] = next(c for c in cand if c.exists())
        if ppms:
            jobs, meta = [], {}
            for i, item, d, rng in built:
                if i not in ppms:
                    continue
                with Image.open(ppms[i]) as im:
                    wh = im.size
                dst = work / f"c{i:03d}.ppm"
                line, op, hidden = capture_job(d, item["capture"], rng, ppms[i], dst, wh)
                jobs.append(line)
                meta[i] = (dst, hidden)
            r = subprocess.run(["mono", str(capture_exe())], input="\n".join(jobs) + "\n", env=_env(), capture_output=True, text=True, timeout=1800)
            if r.returncode != 0:
                raise RuntimeError(f"capture failed: {r.stderr[-2000:]}")
            for i, item, d, rng in built:
                if i in meta:
                    dst, hidden = meta[i]
                    fname, formats = encode(item["capture"], dst, out_dir / f"aj_{i:03d}_{d.kind}", rng)
                    entries[i] = _entry(i, d, item["capture"], fname, formats, hidden)
    return [entries[i] for i, _ in items]


def make_one(i: int, item: dict, seed: int, out_dir) -> dict:  # noqa: ANN001
    return _make([(i, item)], seed, Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 4141) -> dict:  # noqa: ANN001
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _make(list(enumerate(plan)), seed, out_dir)
    truth = {"family": "AJ", "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(t["unreadable"] for f in fs for t in f["fields"].values())}
