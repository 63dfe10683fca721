"""Family ZY's generator: the plan, the per-document values and marks, and the run through the engines:
one Free Pascal process on fcl-pdf writes every page as a PDF (e-licences stay those vector PDFs), poppler's
Splash (pdftoppm) rasterises the rest, one LÖVE 11 process under Xvfb renders the photos, one Perl Imager
process does the scans, copies, faxes, scanner-app output, chat forwards and the photos' finishing."""

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

from . import docs, layout
from . import faces as FA
from . import photo as PH
from . import values as V

HERE = Path(__file__).resolve().parent
KINDS = ["id_card_front", "id_card_back", "business_license", "public_health_license", "food_business_license", "other"]
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = ["flatbed", "photocopy", "copy_of_copy", "fax", "desk_photo", "handheld", "gaopaiyi", "sleeve", "screen",
            "chat_forward", "scanner_app", "e_pdf"]
CARD_CAPTURES = [c for c in CAPTURES if c not in ("fax", "e_pdf")]
SHEET_CAPTURES = ("flatbed", "photocopy", "copy_of_copy")
MARKS = ["watermark", "copy_note", "stamp", "handwriting"]
USES = ["办理营业执照变更", "办理食品经营许可", "办理卫生许可", "政务服务中心受理", "银行开户", "本次申报"]


class ToolMissing(RuntimeError):
    pass


def _sources() -> list[Path]:
    return sorted(p for p in HERE.rglob("*") if p.suffix in (".py", ".pas", ".lua", ".pl") and "__pycache__" not in p.parts)


def source_hash() -> str:
    h = hashlib.sha256()
    for p in _sources():
        h.update(p.relative_to(HERE).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"zy|{n}|{seed}|{source_hash()}".encode()).hexdigest()[:16]


def check_tools() -> None:
    need = {"fpc": "fpc (Free Pascal, Debian fpc)", "pdftoppm": "poppler-utils", "love": "love (LÖVE 11)",
            "xvfb-run": "xvfb", "perl": "perl"}
    miss = [v for k, v in need.items() if not shutil.which(k)]
    if subprocess.run(["perl", "-MImager", "-e", "1"], capture_output=True).returncode != 0:
        miss.append("libimager-perl")
    if FA.missing():
        miss.append("CJK faces " + ", ".join(FA.missing()))
    if miss:
        raise ToolMissing("family ZY needs " + "; ".join(miss) + " (make sysdeps)")


def pascal_binary() -> str:
    """zy_pages compiled once per source version into the cache."""
    src = HERE / "pascal" / "zy_pages.pas"
    key = hashlib.sha256(src.read_bytes()).hexdigest()[:16]
    d = FA.cache_root() / "bin" / key
    exe = d / "zy_pages"
    if not exe.exists():
        tmp = Path(tempfile.mkdtemp(prefix="zy_fpc_", dir=FA.cache_root()))
        shutil.copy(src, tmp / "zy_pages.pas")
        r = subprocess.run(["fpc", "-O2", "-v0", "zy_pages.pas"], cwd=tmp, capture_output=True, text=True)
        if r.returncode != 0 or not (tmp / "zy_pages").exists():
            raise RuntimeError("fpc failed: " + r.stdout[-2000:] + r.stderr[-2000:])
        d.mkdir(parents=True, exist_ok=True)
        os.replace(tmp / "zy_pages", exe)
        shutil.rmtree(tmp, ignore_errors=True)
    return str(exe)


def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: kinds in the default mix (scaled to n), each with its capture and marks."""
    r = random.Random(f"zy-plan:{n}:{seed}")
    total = sum(MIX.values())
    counts = {k: max(1, round(v * n / total)) if n >= len(KINDS) else 0 for k, v in MIX.items()}
    kinds = [k for k in KINDS for _ in range(counts[k])]
    while len(kinds) < n:
        kinds.append(KINDS[len(kinds) % len(KINDS)])
    while len(kinds) > n:
        big = max(KINDS, key=lambda k: kinds.count(k))
        kinds.remove(big)
    r.shuffle(kinds)
    cyc = {"card": [], "lic": [], "other": []}
    plan = []
    for k in kinds:
        grp = "card" if k.startswith("id_card") else ("other" if k == "other" else "lic")
        if not cyc[grp]:
            pool = CARD_CAPTURES if grp == "card" else ([c for c in CAPTURES if c != "e_pdf"] if grp == "other" else CAPTURES)
            cyc[grp] = r.sample(pool, len(pool))
        cap = cyc[grp].pop()
        marks = [m for m, p in zip(MARKS, (0.3, 0.3, 0.25, 0.15), strict=True) if r.random() < p]
        if cap == "e_pdf":
            marks = []
        if grp == "card" and cap not in SHEET_CAPTURES:  # nobody writes on or stamps the card itself;
            marks = [m for m in marks if m == "watermark"]  # a phone app's 仅供…使用 watermark is common
        plan.append({"kind": k, "capture": cap, "marks": marks})
    return plan


# ---- one document's page ----------------------------------------------------------------------------
def _build(i: int, entry: dict, seed: int):
    r = random.Random(f"zy:{seed}:{i}")
    kind, cap = entry["kind"], entry["capture"]
    face = r.choice([FA.SONG, FA.HEI, FA.HEI, FA.BABEL, FA.SONG])
    layout.SHEET.clear()
    if kind.startswith("id_card") and cap in SHEET_CAPTURES:
        layout.SHEET.append((r.uniform(25, 60), r.uniform(25, 70)))
    try:
        if kind == "other":
            p, variant = docs.other(r, face)
            fields, signer = {}, V.name(r)
        else:
            p, fields, variant, signer = docs.BUILDERS[kind](r, face)
    finally:
        layout.SHEET.clear()
    ox, oy = p.ox, p.oy
    p.ox = p.oy = 0.0
    body = p.ops
    p.ops = []
    if "watermark" in entry["marks"]:
        p.watermark("仅供" + r.choice(USES) + "使用", r)
    under = p.ops
    p.ops = []
    if "stamp" in entry["marks"]:
        x, y = r.uniform(0.15, 0.85) * p.w, r.uniform(0.2, 0.85) * p.h
        rr = min(p.w, p.h) * (0.1 if p.card is None else 0.06) + 6
        p.seal(x, y, min(rr, 22), r.choice(["政务服务中心", "综合受理窗口", f"{V.region(r)[3]}行政审批局"]),
               r.choice(["收件专用章", "业务专用章", ""]))
    if "handwriting" in entry["marks"]:
        p.col(r.choice([layout.INK_BLUE, (30, 30, 30)]))
        p.hand(FA.KAI, 14 if p.w > 100 else 9, r.uniform(0.05, 0.5) * p.w, r.uniform(0.08, 0.95) * p.h, r.getrandbits(31),
               r.choice(["已核对", "原件已验", "请补正", "材料齐全", f"电话{r.randint(130, 189)}{r.randint(0, 99999999):08d}"]))
    if "copy_note" in entry["marks"]:
        if p.card is not None:  # on the sheet, under the card
            x, y = p.card[0] + r.uniform(0, 20), p.card[1] + p.card[3] + r.uniform(10, 25)
        else:
            x, y = r.uniform(0.05, 0.55) * p.w, r.uniform(0.72, 0.86) * p.h
        p.copy_note(r, signer, x, y, 12)
    over = p.ops
    p.ops = body[: p.mark_at] + under + body[p.mark_at:] + over
    p.ox, p.oy = ox, oy
    return r, p, fields, variant


def _dpi(kind: str, cap: str, card: bool) -> int:
    if cap in PH.PHOTO_CAPTURES:
        return 400 if card else 150
    if cap == "chat_forward":
        return 300 if card else 150
    if card and cap == "scanner_app":
        return 300
    return 200


# ---- the engines --------------------------------------------------------------------------------------
def _run_pascal(pages: list[tuple[str, layout.Page]]) -> dict[str, dict]:
    lines = [f"FACE\t{i}\t{FA.face_file(i)}" for i in range(len(FA.FACES))]
    for path, p in pages:
        lines.append(f"DOC\t{path}\t{p.w:.2f}\t{p.h:.2f}")
        lines.extend(p.ops)
        lines.append("END")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    r = subprocess.run([pascal_binary()], input="\n".join(lines) + "\n", capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError("zy_pages failed: " + r.stderr[-2000:])
    boxes: dict[str, dict] = {}
    cur: dict = {}
    for ln in r.stdout.splitlines():
        a = ln.split("\t")
        if a[0] == "BOX":
            cur[a[1]] = (float(a[2]), float(a[3]), float(a[4]), float(a[5]), float(a[6]))
        elif a[0] == "DONE":
            boxes[a[1]] = cur
            cur = {}
    return boxes


def _run_love(jobs: list[str], work: Path) -> None:
    if not jobs:
        return
    jf = work / "love_jobs.txt"
    jf.write_text("\n".join(jobs) + "\n", encoding="utf-8")
    # (SDL_VIDEODRIVER set here: docgen_u sets it to "dummy" in os.environ at import, and in a test
    # process that ran it first LÖVE inherited a driver with no OpenGL — CI: "Could not set window mode")
    env = dict(os.environ, SDL_VIDEODRIVER="x11", SDL_AUDIODRIVER="dummy", LIBGL_ALWAYS_SOFTWARE="1", XDG_DATA_HOME=str(work / "xdg"),
               LP_NUM_THREADS="1")
    r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 640x480x24", "love", str(HERE / "love"), str(jf)],
                       capture_output=True, text=True, env=env)
    done = r.stdout.count("DONE\t")
    if done != len(jobs):
        raise RuntimeError(f"love rendered {done}/{len(jobs)}: {r.stdout[-1000:]} {r.stderr[-2000:]}")


def _run_perl(jobs: list[dict]) -> None:
    if not jobs:
        return
    r = subprocess.run(["perl", str(HERE / "perl" / "zy_capture.pl")],
                       input="\n".join(json.dumps(j, ensure_ascii=False) for j in jobs) + "\n",
                       capture_output=True, text=True)
    if r.returncode != 0 or r.stdout.count("DONE\t") != len(jobs):
        raise RuntimeError("zy_capture.pl failed: " + r.stderr[-2000:])


def _rasterise(pdf: Path, dpi: int, out_stem: Path) -> Path:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-aa", "yes", "-aaVector", "yes", str(pdf), str(out_stem)],
                   check=True, capture_output=True)
    return out_stem.with_suffix(".png")


def _capture_job(cap: str, r: random.Random, src: Path, out: Path, kind: str, card_sheet: bool) -> tuple[dict, str]:
    """The Perl job for one capture and the output format."""
    j = {"capture": cap, "in": str(src), "seed": r.getrandbits(31), "font": FA.face_file(FA.HEI)}
    if cap == "flatbed":
        fmt = r.choice(["jpg", "jpg", "png", "tif"])
        j.update(blur=r.uniform(0.3, 0.8), rot=r.uniform(-1.2, 1.2), gamma=r.uniform(0.85, 1.1),
                 paper=[r.randint(240, 255), r.randint(238, 252), r.randint(228, 248)])
    elif cap in ("photocopy", "copy_of_copy"):
        fmt = r.choice(["jpg", "png", "png"])
        j.update(blur=r.uniform(0.4, 0.8), lo=r.uniform(30, 70), hi=r.uniform(226, 246), gamma=r.uniform(1.3, 1.8),
                 rot=r.uniform(-1.5, 1.5), specks=r.randint(50, 400), edge=r.choice([0, 1, 2, 3]))
    elif cap == "fax":
        fmt = r.choice(["tif", "tif", "png"])
        header = f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}  FROM: 0{r.randint(10, 999)}-{r.randint(2000000, 89999999)}  P.01/01"
        assert FA.covers(FA.HEI, header)
        j.update(dpi=200, ydpi=r.choice([98, 196]), rot=r.uniform(-1.0, 1.0), lo=r.uniform(40, 80), hi=r.uniform(215, 240), gamma=r.uniform(1.3, 1.7),
                 specks=r.randint(20, 200), dither=r.random() < 0.4, header=header)
    elif cap == "scanner_app":
        fmt = "jpg"
        brand = r.choice(["", "", "扫描全能王 创建"])
        assert FA.covers(FA.HEI, brand)
        j.update(persp=r.uniform(-0.02, 0.02), persp2=r.uniform(-0.02, 0.02), bw=r.random() < 0.35, brand=brand)
    elif cap == "chat_forward":
        fmt = "jpg"
        title = r.choice(["文件传输助手", "综合窗口工作群", V.name(r), "张经理"])
        clock = f"{r.randint(8, 22)}:{r.randint(0, 59):02d}"
        assert FA.covers(FA.HEI, title + clock)
        j.update(long=r.choice([1080, 1280, 1600]), q1=r.randint(55, 80), shot=r.random() < 0.4, title=title,
                 clock=clock, mine=r.random() < 0.5, rescale=r.random() < 0.3)
    else:  # the finishing of a photo
        fmt = "jpg"
        j.update(capture="photo", blur=r.uniform(0.6, 1.4) if cap == "handheld" else r.uniform(0.0, 0.7),
                 vig=r.uniform(0.1, 0.35) if cap != "gaopaiyi" else 0.05, grain=r.uniform(40, 90),
                 sharpen=r.random() < 0.5)
    j["q"] = r.randint(72, 92)
    j["fmt"] = fmt
    j["out"] = str(out.with_suffix("." + fmt))
    return j, fmt


def _produce(items: list[tuple[int, dict, int]], out_dir: Path) -> list[dict]:
    check_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="docgen_zy_") as tmp:
        work = Path(tmp)
        built = []
        for i, entry, seed in items:
            r, p, fields, variant = _build(i, entry, seed)
            built.append((i, entry, seed, r, p, fields, variant))
        pdfs = [(str(work / f"p{b[0]:04d}.pdf"), b[4]) for b in built]
        boxes = _run_pascal(pdfs)
        love_jobs, perl_jobs, results = [], [], []
        for (i, entry, _seed, r, p, fields, variant), (pdf, _) in zip(built, pdfs, strict=True):
            kind, cap = entry["kind"], entry["capture"]
            name = f"zy_{i:04d}_{kind}"
            card = p.w < 100
            unread = {k: "" for k in fields}
            bx = boxes[pdf]
            fmt = "pdf"
            if cap == "e_pdf":
                shutil.copy(pdf, out_dir / f"{name}.pdf")
            else:
                png = _rasterise(Path(pdf), _dpi(kind, cap, card), work / f"r{i:04d}")
                target = out_dir / name
                if cap in PH.PHOTO_CAPTURES:
                    j = PH.setup(cap, p.w, p.h, r)
                    shot = work / f"l{i:04d}.png"
                    love_jobs.append(PH.job_line(j, str(png), str(shot)))
                    for k in fields:
                        if k in bx:
                            unread[k] = PH.covered(j, bx[k])
                    pj, fmt = _capture_job(cap, r, shot, target, kind, False)
                else:
                    pj, fmt = _capture_job(cap, r, png, target, kind, p.card is not None)
                    if cap == "chat_forward":  # what the forward's downscaling leaves of the smallest text
                        dpi = _dpi(kind, cap, card)
                        w_px, h_px = p.w * dpi / 25.4, p.h * dpi / 25.4
                        s = min(1.0, pj["long"] / max(w_px, h_px))
                        if pj["shot"]:
                            s *= min(1.0, 760 / (w_px * s))
                        if pj["rescale"]:
                            s *= 0.92
                        for k in fields:
                            if k in bx and bx[k][4] * 0.3528 * dpi / 25.4 * s < PH.MIN_PX:
                                unread[k] = "too small"
                    if cap == "fax":
                        for k in fields:  # text under ~9 px tall at the fax's vertical resolution: no longer legible
                            if k in bx and bx[k][4] * 0.3528 / 25.4 * pj["ydpi"] < 9:
                                unread[k] = "fax resolution"
                perl_jobs.append(pj)
            truth_fields = {k: {"value": v, "unreadable": bool(unread.get(k))} for k, v in fields.items()}
            results.append({"file": f"{name}.{fmt}", "kind": kind, "fields": truth_fields, "capture": cap,
                            "variant": variant, "marks": list(entry["marks"]) + (["seal"] if kind in ("business_license", "public_health_license", "food_business_license") else []),
                            "faces": sorted(FA.FACES[k][0] for k in p.used), "formats": [fmt],
                            "card_on_sheet": p.card is not None})
        _run_love(love_jobs, work)
        _run_perl(perl_jobs)
    return results


def make_one(i: int, entry: dict, seed: int, out_dir) -> dict:
    return _produce([(i, entry, seed)], Path(out_dir))[0]


def generate(out_dir, n: int = 150, seed: int = 3838) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = _produce([(i, e, seed) for i, e in enumerate(plan)], out_dir)
    truth = {"family": "ZY", "n": n, "seed": seed, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in files)), "captures": dict(Counter(f["capture"] for f in files)),
            "marks": dict(Counter(m for f in files for m in f["marks"])),
            "formats": dict(Counter(x for f in files for x in f["formats"])),
            "faces": dict(Counter(x for f in files for x in f["faces"])),
            "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}
