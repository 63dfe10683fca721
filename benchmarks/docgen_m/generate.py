"""Family M's set: plan (kind and capture per file), one hand-written SVG per page rasterised by
librsvg, the capture in numpy/OpenCV, chat-app screenshots as a second SVG around the photo, truth.

Deterministic for (n, seed): every file draws from its own `random.Random` and numpy Generator seeded
by (seed, index), so the 2-process pool's order does not matter."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from benchmarks.docgen_m import capture as C
from benchmarks.docgen_m.docs import BUILDERS, Doc
from benchmarks.docgen_m.svg import FACE_NAMES, Svg, fontconfig, rasterise

HERE = Path(__file__).resolve().parent
# 30 slots: 5 fronts, 4 backs, 10 licences, 3 卫生, 4 食品, 4 negatives (150 = 25/20/50/15/20/20)
SLOTS = (["id_card_front"] * 5 + ["id_card_back"] * 4 + ["business_license"] * 10 + ["public_health_license"] * 3
         + ["food_business_license"] * 4 + ["other"] * 4)
ID_CAPTURES = ["chat_bubble", "phone_screen_photo", "rotated_no_exif", "lid_open_scan", "wooden_desk",
               "patterned_desk", "night_warm_denoise", "oversharpened", "coloured_paper_copy", "hand_cover",
               "acrylic_partition"]
PAGE_CAPTURES = ["chat_viewer", "phone_screen_photo", "rotated_no_exif", "a3_scan", "coloured_paper_copy",
                 "copy_of_copy", "night_warm_denoise", "oversharpened", "pen_cover", "clipboard",
                 "plastic_folder", "acrylic_partition"]
PAPER = {"pink": (250, 206, 214), "yellow": (250, 242, 172), "blue": (196, 220, 244), "green": (205, 236, 200)}


def plan(n: int, seed: int) -> list[tuple[int, str, str]]:
    rng = random.Random(seed)
    slots = [SLOTS[i % len(SLOTS)] for i in range(n)]
    rng.shuffle(slots)
    decks: dict[str, list[str]] = {}
    out = []
    for i, kind in enumerate(slots):
        deck = decks.setdefault(kind, [])
        if not deck:
            deck.extend(ID_CAPTURES if kind.startswith("id_card") else PAGE_CAPTURES)
            rng.shuffle(deck)
        out.append((i + 1, kind, deck.pop()))
    return out


def _chat(photo: np.ndarray, doc: Doc, rng: random.Random, work: Path, stem: str, conf: Path,
          viewer: bool) -> tuple[np.ndarray, Svg]:
    """A phone screenshot of the chat app showing the received photo: status bar, header, bubbles
    and a caption (a bubble), or the app's full-screen image viewer (licences)."""
    # the photo as the chat app recompressed it
    h, w = photo.shape[:2]
    s = 1280 / max(h, w)
    small = cv2.resize(photo, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(small, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(62, 80)])
    img_path = work / f"{stem}_chat.jpg"
    img_path.write_bytes(buf.tobytes())
    sw, sh = 1080, 2340
    svg = Svg(sw, sh)
    clock = f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}"
    dark = viewer
    fg = "#fff" if dark else "#111"
    svg.text(48, 62, clock, "microhei", 36, fg)
    for k in range(4):
        svg.rect(880 + k * 16, 60 - 10 - k * 8, 10, 10 + k * 8, fill=fg, stroke="none")
    svg.rect(960, 34, 66, 30, stroke=fg, sw=3, extra='rx="6"')
    svg.rect(966, 40, rng.randint(20, 54), 18, fill=fg, stroke="none")
    ih, iw = small.shape[:2]
    if viewer:
        s2 = sw / iw
        dh = ih * s2
        if dh > sh - 400:
            s2 = (sh - 400) / ih
        dw, dh = iw * s2, ih * s2
        svg.add(f'<image x="{(sw - dw) / 2:.1f}" y="{(sh - dh) / 2:.1f}" width="{dw:.1f}" height="{dh:.1f}" '
                f'xlink:href="{img_path.name}" preserveAspectRatio="none"/>')
        svg.text(sw / 2, 150, f"{rng.randint(1, 3)}/{rng.randint(3, 6)}", "microhei", 34, "#ddd", anchor="middle")
        svg.rect(sw / 2 - 90, sh - 170, 180, 64, stroke="#aaa", sw=2, extra='rx="10"')
        svg.text(sw / 2, sh - 126, "查看原图", "microhei", 30, "#eee", anchor="middle")
        bg = "#000"
    else:
        svg.rect(0, 90, sw, 100, fill="#ededed", stroke="none")
        svg.text(60, 158, "‹", "microhei", 50)
        contact = rng.choice(["王姐（个体户）", "李会计", "窗口代办-小刘", "阿依古丽", "张老板 鼎盛餐饮"])
        svg.text(sw / 2, 156, contact, "microhei", 36, anchor="middle")
        svg.text(sw / 2, 280, rng.choice(["昨天 17:08", "星期三 09:15", f"{clock}"]), "microhei", 26, "#999", anchor="middle")
        y = 340
        cap = rng.choice(["身份证照片发你了，看下清不清楚", "这是营业执照，麻烦帮忙看看", "证件在这，原件下午拿过来",
                          "您好，材料照片如下"])
        svg.rect(150, y, 40 + 36 * len(cap) * 0.98, 90, fill="#fff", stroke="none", extra='rx="12"')
        svg.rect(40, y, 90, 90, fill="#7a9cc6", stroke="none", extra='rx="10"')
        svg.text(170, y + 58, cap, "microhei", 34)
        y += 130
        dw = 700
        dh = ih * dw / iw
        svg.rect(40, y, 90, 90, fill="#7a9cc6", stroke="none", extra='rx="10"')
        svg.defs.append(f'<clipPath id="bub"><rect x="150" y="{y}" width="{dw}" height="{dh:.1f}" rx="14"/></clipPath>')
        svg.add(f'<image x="150" y="{y}" width="{dw}" height="{dh:.1f}" xlink:href="{img_path.name}" '
                f'clip-path="url(#bub)" preserveAspectRatio="none"/>')
        y += dh + 40
        svg.rect(sw - 40 - 90, y, 90, 90, fill="#c69a7a", stroke="none", extra='rx="10"')
        svg.rect(sw - 150 - 140, y, 140, 90, fill="#95ec69", stroke="none", extra='rx="12"')
        svg.text(sw - 150 - 110, y + 58, "收到", "microhei", 34)
        svg.rect(0, sh - 150, sw, 150, fill="#f6f6f6", stroke="none")
        svg.rect(130, sh - 125, 700, 80, fill="#fff", stroke="none", extra='rx="10"')
        bg = "#ededed"
    svg.check()
    p = work / f"{stem}_chat.svg"
    p.write_text(svg.xml(bg), encoding="utf-8")
    png = work / f"{stem}_chat.png"
    rasterise(p, png, conf)
    return cv2.cvtColor(cv2.imread(str(png), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB), svg


def cover_target(doc: Doc, rng: random.Random) -> str:
    """The value a pen or thumb lands on: a printed field's box, or on a negative (no fields) a box
    of its running text."""
    fields = sorted(k for k in doc.svg.boxes if doc.fields.get(k))
    return rng.choice(fields or sorted(doc.svg.boxes))


def make_one(job: tuple[int, str, str, int, str, str]) -> dict:
    i, kind, cap, seed, folder, work = job
    folder_p, work_p = Path(folder), Path(work)
    conf = work_p / "fonts.conf"
    rng = random.Random(f"M-{seed}-{i}")
    nrng = np.random.default_rng([seed, i, 77])
    doc = BUILDERS[kind](rng)
    doc.svg.check()
    stem = f"m{i:04d}"
    svg_path = folder_p / "svg" / f"{stem}.svg"
    svg_path.write_text(doc.svg.xml(), encoding="utf-8")
    png = work_p / f"{stem}.png"
    rasterise(svg_path, png, conf)
    img = cv2.cvtColor(cv2.imread(str(png), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    png.unlink()
    faces = set(doc.svg.faces)
    marks = list(doc.marks)
    unreadable: set[str] = set()
    boxes = {k: b for k, b in doc.svg.boxes.items() if doc.fields.get(k)}    # "_qr" and the like: not fields
    ext = "jpg"
    q = rng.randint(70, 92)
    if cap in ("pen_cover", "hand_cover"):
        target = cover_target(doc, rng)
        img, mask = (C.pen if cap == "pen_cover" else C.finger)(img, doc.svg.boxes[target], nrng)
        unreadable = C.covered(mask, boxes) | ({target} & set(boxes))
        marks.append(f"covered_{target}")
        img = C.phone_photo(img, nrng)
    elif cap == "clipboard":
        board, page = C.clipboard(img, nrng)
        unreadable = C.covered(C.changed(img, page), boxes)
        img = C.phone_photo(board, nrng)
    elif cap in ("chat_bubble", "chat_viewer"):
        photo = C.phone_photo(img, nrng)
        img, chat_svg = _chat(photo, doc, rng, work_p, stem, conf, cap == "chat_viewer")
        faces |= chat_svg.faces
        ext = "png" if rng.random() < 0.6 else "jpg"
    elif cap == "phone_screen_photo":
        shows_photo = rng.random() < 0.6             # a photo of the document on the phone, or its scan
        marks.append("screen_shows_photo" if shows_photo else "screen_shows_scan")
        img = C.phone_screen(C.phone_photo(img, nrng) if shows_photo else img, nrng)
    elif cap == "rotated_no_exif":
        k = rng.choice((1, 2, 3))
        marks.append(f"rotated_{k * 90}")
        img = C.scan_rotated(img, nrng, k) if kind != "id_card_front" and kind != "id_card_back" or rng.random() < 0.5 \
            else np.ascontiguousarray(np.rot90(C.phone_photo(img, nrng), k))
    elif cap == "a3_scan":
        img = C.a3_scan(img, nrng)
        ext = "png" if rng.random() < 0.5 else "jpg"
    elif cap == "lid_open_scan":
        img = C.lid_open_scan(img, nrng)
    elif cap in ("wooden_desk", "patterned_desk"):
        h, w = (1800, 2400)
        bg = C.wood(h, w, nrng) if cap == "wooden_desk" else C.pattern_cloth(h, w, nrng)
        img = C.phone_photo(img, nrng, bg=bg)
    elif cap == "night_warm_denoise":
        img = C.night_denoise(C.phone_photo(img, nrng), nrng)
    elif cap == "oversharpened":
        img = C.oversharpen(C.phone_photo(img, nrng), nrng)
    elif cap == "coloured_paper_copy":
        colour = rng.choice(sorted(PAPER))
        marks.append(f"paper_{colour}")
        img = C.paper_copy(img, nrng, PAPER[colour])
        img = C.phone_photo(img, nrng) if rng.random() < 0.5 else C.scan_rotated(img, nrng, 0)
    elif cap == "copy_of_copy":
        img = C.paper_copy(img, nrng, (252, 252, 250), generations=2)
        img = C.scan_rotated(img, nrng, 0)
        ext = "png" if rng.random() < 0.3 else "jpg"
    elif cap == "plastic_folder":
        img = C.phone_photo(C.plastic_folder(img, nrng), nrng)
    elif cap == "acrylic_partition":
        img = C.acrylic(C.phone_photo(img, nrng), nrng)
    else:
        raise ValueError(cap)
    out = folder_p / f"{stem}.{ext}"
    bgr = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    if ext == "jpg":
        cv2.imwrite(str(out), bgr, [cv2.IMWRITE_JPEG_QUALITY, q])
    else:
        cv2.imwrite(str(out), bgr, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    for f in work_p.glob(f"{stem}_chat*"):
        f.unlink()
    return {"file": out.name, "kind": kind, "variant": doc.variant, "capture": cap, "marks": sorted(marks),
            "formats": [ext], "faces": sorted(FACE_NAMES[f] for f in faces),
            "fields": {k: {"value": v, "unreadable": k in unreadable} for k, v in doc.fields.items()}}


def generate(folder: str | Path, n: int = 150, seed: int = 4747, workers: int | None = None) -> dict:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "svg").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="docgen_m_"))
    try:
        fontconfig(work)
        jobs = [(i, kind, cap, seed, str(folder), str(work)) for i, kind, cap in plan(n, seed)]
        workers = workers or int(os.environ.get("DOCGEN_M_WORKERS", "2"))
        if workers <= 1 or n <= 2:
            files = [make_one(j) for j in jobs]
        else:
            with ProcessPoolExecutor(max_workers=workers) as ex:
                files = list(ex.map(make_one, jobs, chunksize=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    truth = {"family": "M", "generator": "benchmarks/docgen_m (hand-written SVG, librsvg)", "n": n, "seed": seed,
             "params_hash": params_hash(n, seed), "files": files}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"M|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def summary(truth: dict) -> dict:
    files = truth["files"]
    return {"files": len(files), "kinds": dict(Counter(f["kind"] for f in files)),
            "captures": dict(Counter(f["capture"] for f in files)),
            "formats": dict(Counter(x for f in files for x in f["formats"])),
            "unreadable": sum(t["unreadable"] for f in files for t in f["fields"].values())}
