"""Family ZG's generator: the kind plan, one file's making (HTML → WeasyPrint PDF → pdffonts check →
pdftoppm raster → capture frame through nona → darktable develop → finish and encode), the truth entry
(values, and `unreadable` where the capture hides a value's ink), the whole set with one darktable run
for all frames, its summary and its parameter hash."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import camera as C
from . import captures as K
from . import develop as D
from . import documents as P
from . import render as R
from .values import pick

FAMILY = "ZG"
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
FORMS = ["company", "company", "company", "branch", "partnership", "individual", "individual"]


def kinds_for(n: int, seed: int) -> list[str]:
    """The default mix scaled to n (every kind present from n = 6), shuffled by the seed."""
    total = sum(MIX.values())
    counts = {k: max(1, round(v * n / total)) if n >= len(MIX) else 0 for k, v in MIX.items()}
    if n < len(MIX):
        kinds = list(MIX)[:n]
    else:
        while sum(counts.values()) > n:
            k = max((x for x in counts if counts[x] > 1), key=lambda x: counts[x] - MIX[x] * n / total)
            counts[k] -= 1
        while sum(counts.values()) < n:
            k = min(counts, key=lambda x: counts[x] - MIX[x] * n / total)
            counts[k] += 1
        kinds = [k for k, c in counts.items() for _ in range(c)]
    rng = np.random.default_rng([seed, 999])
    order = rng.permutation(len(kinds))
    return [kinds[i] for i in order]


def _code_hash() -> str:
    h = hashlib.sha256()
    for f in sorted(Path(__file__).parent.glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"{FAMILY}|{n}|{seed}|{_code_hash()}".encode()).hexdigest()[:16]


@dataclass
class Job:
    i: int
    kind: str
    name: str
    rng: np.random.Generator
    page: P.Page
    plan: K.Plan
    frame: np.ndarray | None = None
    ops: list = field(default_factory=list)
    hidden: dict = field(default_factory=dict)
    faces_used: list = field(default_factory=list)
    post: dict = field(default_factory=dict)
    done: bool = False
    file: str = ""


def _build(kind: str, rng) -> P.Page:
    if kind == "id_card_front":
        return P.id_card_front(rng)
    if kind == "id_card_back":
        return P.id_card_back(rng)
    if kind == "business_license":
        return P.business_license(rng, "original" if rng.random() < 0.55 else "duplicate", pick(rng, FORMS))
    if kind == "public_health_license":
        return P.health_license(rng)
    if kind == "food_business_license":
        return P.food_license(rng)
    return P.other(rng)


def prepare(i: int, kind: str, seed: int, out_dir: Path, work: Path) -> Job:
    rng = np.random.default_rng([seed, i, 2121])
    page = _build(kind, rng)
    plan = K.choose(rng, kind)
    if page.kind == "other" and page.variant == "blank":
        plan.marks = [m for m in plan.marks if m != "copy_note"]
    name = f"zg{i + 1:04d}"
    job = Job(i, kind, name, rng, page, plan)
    if plan.marks:  # written / stamped on the paper: part of the page the capture sees
        page.html = page.html.replace("</body>", P.marks_overlay(page, rng, plan.marks) + "</body>")
    pdf = work / f"{name}.pdf"
    doc = R.render_pdf(page.html, pdf)
    job.faces_used = R.check_fonts(pdf, page.faces, page.allowed)
    cells, (cw, _) = R.value_cells(doc)
    if plan.capture == "elicence_pdf":
        job.file = f"{name}.pdf"
        shutil.copyfile(pdf, out_dir / job.file)
        job.done = True
        pdf.unlink()
        return job
    if plan.capture in PHONES or plan.capture == "screen_photo":
        _phone_dpi(job, rng)
    if plan.capture == "fax" and not kind.startswith("id_card"):
        plan.dpi = 1728 / (page.size_mm[0] / 25.4)  # a fax line is 1728 dots: the page is scaled to it
    img = R.raster(pdf, plan.dpi)
    pdf.unlink()
    px_per_css = img.shape[1] / cw
    _capture(job, img, cells, px_per_css, work)
    return job


PHONES = ("phone", "phone_angle", "phone_sleeve", "phone_hand", "phone_lowlight", "phone_fold", "chat_screenshot")


def _phone_dpi(job: Job, rng) -> None:
    """A phone's frame is drawn before the page is rasterised: the page needs ~1.3 pixels per frame pixel."""
    cap, card = job.plan.capture, job.kind.startswith("id_card")
    w_mm, h_mm = job.page.size_mm
    angle = cap == "phone_angle" or (cap not in ("chat_screenshot", "screen_photo") and rng.random() < 0.2)
    shot = K.phone_shot(rng, w_mm / h_mm, angle, h_mm > w_mm, card)
    if cap == "screen_photo":
        job.post["shot"] = shot
        return
    job.post["shot"] = shot
    job.plan.dpi = float(np.clip(1.3 * shot.fill * shot.out_w / (w_mm / 25.4), 80, 560))


def _capture(job: Job, img: np.ndarray, cells, px_per_css: float, work: Path) -> None:
    rng, cap, card = job.rng, job.plan.capture, job.kind.startswith("id_card")
    ph, pw = img.shape[:2]
    portrait = ph > pw
    to_canvas = (1.0, 0.0, 0.0)
    marks = job.plan.marks
    if cap in PHONES:
        page = img
        if not card and (cap == "phone_fold" or (cap != "phone_sleeve" and rng.random() < 0.1)):
            page = K.fold(page, rng)
            marks.append("fold")
        if cap == "phone_sleeve":
            page = (page.astype(np.float32) * 0.9 + 22).astype(np.uint8)  # the sleeve's haze
            marks.append("sleeve")
        shot = job.post.pop("shot")
        if cap == "phone_lowlight":
            shot.eev = -1.7
        frame, alpha = C.remap(work, job.name, page, shot)
        box = K.page_box(alpha)
        overlays, cover = [], np.zeros(alpha.shape, np.float32)
        if cap == "phone_sleeve":
            g, col = K.overlay_alpha(alpha.shape, rng, "glare", box)
            overlays.append((g, col, 0.97))
            cover = np.maximum(cover, np.clip((g - 0.55) / 0.3, 0, 1))
            marks.append("glare")
        if cap == "phone_hand" or rng.random() < 0.06:
            t, col = K.overlay_alpha(alpha.shape, rng, "thumb", box)
            overlays.append((t, col, 1.0))
            cover = np.maximum(cover, t)
            marks.append("thumb")
        if rng.random() < 0.18:
            sh, col = K.overlay_alpha(alpha.shape, rng, "shadow", box)
            overlays.append((sh, col, float(rng.uniform(0.25, 0.5))))
            marks.append("shadow")
        seen = C.visible_cells(work, job.name, pw, ph, shot, cover)
        frame = K.lay(K.desk(rng, shot.out_w, shot.out_h), frame, alpha, rng)
        for al, col, st in overlays:
            frame = K.apply_alpha(frame, al, col, st)
        shake = rng.random() < 0.07
        job.ops = K.look_phone(rng, low_light=cap == "phone_lowlight", shake=shake, defocus=not shake and rng.random() < 0.08)
        if cap == "chat_screenshot":
            job.post["chat"] = True
    elif cap == "gaopaiyi":
        long_side = int(pick(rng, [1600, 2048]))
        ow, oh = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
        shot = C.Shot(ow, oh, v_out=float(rng.uniform(50, 62)), fill=float(rng.uniform(0.45, 0.6)) if card else float(rng.uniform(0.72, 0.86)),
                      pitch=float(rng.uniform(-3, 3)), yaw=float(rng.uniform(-2, 2)), roll=float(rng.uniform(-4, 4)),
                      abc=(0.0, float(rng.uniform(-0.04, -0.012)) * (0.55 if card else 0.8) ** 2, 0.0), vig=(float(rng.uniform(0.1, 0.3)), 0.0, 0.0),
                      eev=float(rng.uniform(-0.2, 0.3)))
        frame, alpha = C.remap(work, job.name, img, shot)
        seen = C.visible_cells(work, job.name, pw, ph, shot)
        mat = np.full((oh, ow, 3), pick(rng, [(40, 40, 42), (70, 72, 75), (200, 200, 195)]), np.uint8)
        frame = K.lay(mat, frame, alpha, rng, shadow=0.2)
        job.ops = [D.exposure(float(rng.uniform(0.0, 0.4))), D.colorcorrection(0.5, -2.5, -1.5, 0.0, 1.0),
                   D.sharpen(2.0, float(rng.uniform(0.5, 1.2))), D.grain(200, 5)]
    elif cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        canvas = img
        if cap in ("photocopy", "copy_of_copy", "fax") and card:
            canvas, x0, y0 = K.copier(img, rng)
            to_canvas = (1.0, float(x0), float(y0))
        elif cap == "flatbed" and card:
            sheet = np.full((int(ph * 1.6), int(pw * 1.5), 3), 252, np.uint8)
            x0, y0 = int(pw * 0.08), int(ph * 0.1)
            sheet[y0:y0 + ph, x0:x0 + pw] = img
            canvas, to_canvas = sheet, (1.0, float(x0), float(y0))
        ch, cw_ = canvas.shape[:2]
        roll = float(rng.uniform(-1.2, 1.2)) if cap != "adf" else float(rng.uniform(-2.5, 2.5))
        fill = float(rng.uniform(0.93, 0.99))
        if cap == "copy_of_copy":
            roll += float(rng.uniform(-1.5, 1.5))
            fill *= float(rng.uniform(0.97, 1.0))
        if cap == "scanner_app":
            fill = float(rng.uniform(0.97, 1.03))
        if cap == "flatbed" and job.page.variant.startswith("original") and rng.random() < 0.3:
            fill = float(rng.uniform(1.15, 1.4))  # an A3 licence on an A4 bed: the glass cuts it
            marks.append("cut_by_bed")
        if cap == "adf" and rng.random() < 0.6:
            xs = int(rng.integers(0, cw_ - 2))
            canvas = canvas.copy()
            canvas[:, xs:xs + 2] = (canvas[:, xs:xs + 2] * 0.55).astype(np.uint8)
            marks.append("streak")
        ow, oh = cw_, ch
        shot = C.Shot(ow, oh, v_out=8.0, fill=fill, roll=roll,
                      pitch=float(rng.uniform(-2, 2)) if cap == "scanner_app" else 0.0,
                      yaw=float(rng.uniform(-1.5, 1.5)) if cap == "scanner_app" else 0.0,
                      ox=float(rng.uniform(-0.01, 0.01)), oy=float(rng.uniform(-0.01, 0.01)),
                      shear=(0.0, float(rng.uniform(-0.01, 0.01)) if cap == "adf" else 0.0), eev=0.0)
        frame, alpha = C.remap(work, job.name, canvas, shot)
        seen = C.visible_cells(work, job.name, cw_, ch, shot)
        pw, ph = cw_, ch
        lid = {"flatbed": 246, "adf": 70, "photocopy": 30, "copy_of_copy": 25, "fax": 255, "scanner_app": 120}[cap]
        frame = K.lay(np.full((oh, ow, 3), lid, np.uint8), frame, alpha, rng, shadow=0.15 if lid > 200 else 0.0)
        gray = cap == "fax" or (cap in ("adf", "flatbed", "scanner_app") and rng.random() < 0.35)
        gen = {"photocopy": 1, "copy_of_copy": 2}.get(cap, 0)
        job.ops = K.look_scan(rng, gray, gen)
        if cap == "scanner_app":
            job.ops = [D.exposure(float(rng.uniform(0.4, 0.8))), D.contrast_high(), D.sharpen(2.5, 1.5)] + ([D.monochrome()] if gray else [])
        if cap == "fax":  # dark greys pulled to black, light ones to white, then Floyd–Steinberg to 1 bit
            job.ops = [D.exposure(float(rng.uniform(0.0, 0.3)), float(rng.uniform(0.02, 0.06))), D.monochrome(),
                       D.contrast_high(), D.dither_1bit()]
            job.post["bilevel"] = True
        job.post["dpi"] = job.plan.dpi
    elif cap == "screen_photo":
        screen, rect = _screen(job, img, work)
        k = rect[2] / pw
        to_canvas = (k * 2, rect[0] * 2.0, rect[1] * 2.0)
        # the monitor's pixel grid: each screen pixel becomes 2x2 with a dark gap (moiré once remapped)
        big = np.repeat(np.repeat(screen, 2, axis=0), 2, axis=1)
        big[1::2, :, :] = (big[1::2, :, :] * 0.55).astype(np.uint8)
        big[:, 1::2, :] = (big[:, 1::2, :] * 0.7).astype(np.uint8)
        ch, cw_ = big.shape[:2]
        shot = job.post.pop("shot")
        shot.fill = float(rng.uniform(0.8, 1.0))
        frame, alpha = C.remap(work, job.name, big, shot)
        seen = C.visible_cells(work, job.name, cw_, ch, shot)
        pw, ph = cw_, ch
        frame = K.lay(np.full((shot.out_h, shot.out_w, 3), 18, np.uint8), frame, alpha, rng, shadow=0.0)
        job.ops = [D.exposure(float(rng.uniform(-0.3, 0.3))), D.colorcorrection(0.4, -2.0, -1.0, 0.0, 1.0),
                   D.grain(400, 10)] + ([D.blurs_lens(4)] if rng.random() < 0.3 else [])
        marks.append("moire")
    else:
        raise ValueError(cap)
    job.hidden = C.hidden_fields(cells, px_per_css, pw, ph, seen, to_canvas)
    job.frame = frame


def _screen(job: Job, img: np.ndarray, work: Path) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A PDF viewer on a 1920×1080 monitor showing the page fitted to the window (laid out by WeasyPrint)."""
    from PIL import Image
    ph, pw = img.shape[:2]
    avail_w, avail_h = 1920 - 120, 1080 - 110
    k = min(avail_w / pw, avail_h / ph)
    w, h = int(pw * k), int(ph * k)
    x0, y0 = (1920 - w) // 2, 80 + (avail_h - h) // 2
    Image.fromarray(img).resize((w, h), Image.LANCZOS).save(work / f"{job.name}_scr.png")
    html = (f"<html><head><style>@page {{ size:1920px 1080px; margin:0 }} body {{ margin:0; width:1920px; height:1080px; "
            f"background:#525659; font-family:'Noto Sans CJK SC'; position:relative }} .bar {{ position:absolute; left:0; top:0; width:1920px; "
            f"height:56px; background:#323639; color:#f1f1f1; font-size:20px; line-height:56px; padding-left:24px }} "
            f"img {{ position:absolute; left:{x0}px; top:{y0}px; width:{w}px; height:{h}px }}</style></head><body>"
            f"<div class=bar>电子营业执照.pdf\u3000\u3000{int(job.rng.integers(1, 3))} / 1\u3000\u3000{int(k * 100 * 96 / job.plan.dpi)}%</div>"
            f"<img src='{job.name}_scr.png'></body></html>")
    pdf = work / f"{job.name}_scr.pdf"
    R.render_pdf(html, pdf)
    R.check_fonts(pdf, ["Noto Sans CJK SC"], {"Noto Sans CJK SC"})
    scr = R.raster(pdf, 96.0)  # 1920 CSS px at 96 per inch
    pdf.unlink()
    (work / f"{job.name}_scr.png").unlink()
    return scr, (x0, y0, w, h)


def _chat(job: Job, photo: np.ndarray, work: Path) -> np.ndarray:
    """A phone's screenshot of the photo opened in a chat app's viewer (status bar, black stage, toolbar)."""
    from PIL import Image
    W, H = 1080, 2340
    ph, pw = photo.shape[:2]
    k = min(W / pw, (H - 420) / ph)
    w, h = int(pw * k), int(ph * k)
    Image.fromarray(photo).resize((w, h), Image.LANCZOS).save(work / f"{job.name}_chat.png")
    rng = job.rng
    hh, mm = int(rng.integers(8, 19)), int(rng.integers(0, 60))
    html = (f"<html><head><style>@page {{ size:{W}px {H}px; margin:0 }} body {{ margin:0; width:{W}px; height:{H}px; background:#000; "
            f"font-family:'Noto Sans CJK SC'; color:#fff; position:relative }} .st {{ position:absolute; top:18px; left:48px; right:48px; "
            f"font-size:38px }} .st span {{ float:right }} img {{ position:absolute; left:{(W - w) // 2}px; top:{(H - h) // 2}px; "
            f"width:{w}px; height:{h}px }} .tb {{ position:absolute; bottom:60px; left:0; width:{W}px; text-align:center; font-size:34px; "
            f"color:#ddd; word-spacing:120px }}</style></head><body><div class=st>{hh}:{mm:02d}<span>5G\u2002{int(rng.integers(20, 100))}%</span></div>"
            f"<img src='{job.name}_chat.png'><div class=tb>转发 收藏 编辑 保存</div></body></html>")
    pdf = work / f"{job.name}_chat.pdf"
    R.render_pdf(html, pdf)
    R.check_fonts(pdf, ["Noto Sans CJK SC"], {"Noto Sans CJK SC"})
    out = R.raster(pdf, 96.0)
    pdf.unlink()
    (work / f"{job.name}_chat.png").unlink()
    return out


def finish(job: Job, developed: np.ndarray | None, out_dir: Path, work: Path) -> dict:
    if not job.done:
        img = developed
        if job.post.get("chat"):
            img = _chat(job, img, work)
        fmt = job.plan.fmt
        if job.post.get("bilevel") and fmt == "jpg":
            fmt = "png"
        job.file = f"{job.name}.{fmt}"
        K.encode(img, fmt, job.rng, out_dir / job.file, job.post.get("dpi"), bilevel=job.post.get("bilevel", False))
    fields = {}
    for key, value in job.page.truth.items():
        fields[key] = {"value": value, "unreadable": bool(job.hidden.get(key, 0.0) > 0.0)}
    return {"file": job.file, "kind": job.kind, "fields": fields, "capture": job.plan.capture,
            "variant": f"{job.page.variant}" if job.kind != "business_license" else job.page.variant,
            "marks": sorted(set(job.plan.marks)), "faces": job.faces_used, "formats": [job.file.rsplit(".", 1)[1]],
            "hidden": {k: round(v, 3) for k, v in job.hidden.items() if v > 0}}


def _run(items: list[tuple[int, str]], seed: int, out_dir: Path) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zg_work_"))
    try:
        jobs = [prepare(i, kind, seed, out_dir, work) for i, kind in items]
        todo = [j for j in jobs if not j.done]
        dev = D.develop([(j.frame, j.ops, j.name) for j in todo], work)
        by = {j.name: d for j, d in zip(todo, dev, strict=True)}
        for j in todo:
            j.frame = None
        return [finish(j, by.get(j.name), out_dir, work) for j in jobs]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File `i` of a set made with `seed`, on its own: the same bytes and truth entry as in the set."""
    return _run([(i, kind)], seed, out_dir)[0]


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir = Path(out_dir)
    plan = kinds_for(n, seed)
    files = []
    step = 50  # frames developed per darktable run (its start costs ~2 s; 50 frames hold ~250 MB)
    for a in range(0, n, step):
        files += _run([(i, plan[i]) for i in range(a, min(n, a + step))], seed, out_dir)
    truth = {"family": FAMILY, "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    def count(key):
        out: dict[str, int] = {}
        for f in truth["files"]:
            vals = f[key] if isinstance(f[key], list) else [f[key]]
            for v in vals:
                out[v] = out.get(v, 0) + 1
        return dict(sorted(out.items()))
    unread = sum(t["unreadable"] for f in truth["files"] for t in f["fields"].values())
    return {"files": len(truth["files"]), "kinds": count("kind"), "captures": count("capture"), "marks": count("marks"),
            "formats": count("formats"), "unreadable_fields": unread,
            "unreadable": [(f["file"], k) for f in truth["files"] for k, t in f["fields"].items() if t["unreadable"]]}
