"""Family T's set: documents drawn by Tk (benchmarks/docgen_t/docs.py, render.py) in a private Xvfb,
ink added on a second Tk pass and multiplied in (seals, watermarks, signatures, certified-copy notes,
highlighter), then captured with OpenCV (capture.py) and saved as JPEG/PNG/WEBP/TIFF/PDF."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import io
import json
import multiprocessing as mp
import os
import queue
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from benchmarks.docgen_t import capture as C
from benchmarks.docgen_t import values as V
from benchmarks.docgen_t.docs import DRAW
from benchmarks.docgen_t.render import DRAWN, KAI, SANS, Painter, Xvfb, tk_version

HERE = Path(__file__).resolve().parent
MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
CAPTURES = {"phone_desk": 20, "flatbed": 13, "adf": 8, "photocopy": 12, "fax": 5, "gaopaiyi": 12, "scanner_app": 8,
            "chat_screenshot": 9, "screen_photo": 5, "elicence_screenshot": 3, "low_light": 7}
FORMATS = {"flatbed": {"jpg": 5, "pdf": 3, "tiff": 1, "png": 1}, "adf": {"pdf": 5, "tiff": 3, "jpg": 2},
           "photocopy": {"jpg": 6, "pdf": 3, "png": 1}, "fax": {"tiff": 7, "png": 3},
           "phone_desk": {"jpg": 9, "webp": 1}, "low_light": {"jpg": 1}, "gaopaiyi": {"jpg": 4, "png": 1},
           "scanner_app": {"pdf": 1, "jpg": 1}, "chat_screenshot": {"png": 5, "jpg": 4, "webp": 1},
           "screen_photo": {"jpg": 1}, "elicence_screenshot": {"png": 3, "jpg": 2}}


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    h.update(f"{tk_version()}|cv2-{cv2.__version__}|{n}|{seed}".encode())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The default proportions scaled to n (every kind at least once when n ≥ 6), shuffled by seed."""
    tot = sum(MIX.values())
    counts = {k: max(1 if n >= len(MIX) else 0, round(v * n / tot)) for k, v in MIX.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    kinds = [k for k, v in counts.items() for _ in range(v)]
    np.random.default_rng(seed).shuffle(kinds)
    return kinds


def _choose(rng: np.random.Generator, weights: dict[str, int]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _marks_for(rng: np.random.Generator, kind: str, cap: str) -> list[str]:
    marks = []
    copyish = cap in ("photocopy", "flatbed", "adf", "fax", "scanner_app")
    if kind != "other" or rng.random() < 0.3:
        if rng.random() < (0.35 if copyish else 0.15):
            marks.append("watermark")
        if copyish and rng.random() < 0.3:
            marks.append("certified_copy")
        if kind in ("business_license", "food_business_license", "public_health_license") and copyish and rng.random() < 0.25:
            marks.append("company_seal")
        if rng.random() < 0.08:
            marks.append("highlighter")
        if rng.random() < 0.12:
            marks.append("signature")
    if cap in ("phone_desk", "gaopaiyi", "low_light", "flatbed") and rng.random() < 0.18:
        marks.append("fold")
    if cap in ("phone_desk", "low_light", "screen_photo") and rng.random() < (0.35 if kind.startswith("id_card") else 0.15):
        marks.append("glare")
    if cap in ("phone_desk", "gaopaiyi", "chat_screenshot") and rng.random() < 0.08:
        marks.append("cut_off")
    if cap == "photocopy" and rng.random() < 0.3:
        marks.append("copy_of_copy")
    if cap == "phone_desk" and rng.random() < 0.15:
        marks.append("plastic_sleeve")
    if kind != "other" and cap in ("phone_desk", "gaopaiyi", "flatbed", "photocopy") and rng.random() < 0.05:
        marks.append("sticky_note")
    return marks


def _ink(P: Painter, doc: dict, marks: list[str], rng: np.random.Generator, boxes: dict) -> list[str]:
    """The second Tk pass: every stroke of ink that lies over the printed page. Returns faces used."""
    faces: list[str] = []
    for f in doc["overlay"]:
        f(P)
    W, H = P.w, P.h
    u = min(W, H) / 1000
    if "watermark" in marks:
        face = V.pick(rng, SANS)
        faces.append(face)
        use = V.pick(rng, ["办理营业执照变更", "食品经营许可申请", "银行开户", "办理社保业务", "投标", "政务服务办理"])
        txt = f"仅供{use}使用，他用无效"
        col = V.pick(rng, ["#9a9a9a", "#c0c0c0", "#e7a3a3", "#a7b4d8"])
        ang = float(rng.uniform(15, 40))
        px = int(42 * u * rng.uniform(0.8, 1.4))
        step = px * len(txt) * 0.8
        for yy in np.arange(H * 0.15, H, step * 0.55):
            for xx in np.arange(-W * 0.2 + (yy % step), W, step):
                P.text(xx, yy, txt, face, px, col, anchor="w", angle=ang)
    if "company_seal" in marks:
        face = V.pick(rng, KAI[:2] + SANS[:1])
        faces.append(face)
        nm = doc["fields"].get("name") or "个体工商户"
        P.seal(rng.uniform(0.3, 0.8) * W, rng.uniform(0.35, 0.8) * H, 170 * u, nm[:22], "", face)
    if "certified_copy" in marks or "signature" in marks:
        face = V.pick(rng, KAI)
        faces.append(face)
        col = V.pick(rng, ["#1f2f8f", "#111111", "#203a70"])
        x, y = rng.uniform(0.08, 0.55) * W, rng.uniform(0.55, 0.85) * H
        if "certified_copy" in marks:
            P.text(x, y, V.pick(rng, ["复印件与原件一致", "此复印件与原件一致", "与原件核对无误"]), face, int(48 * u), col,
                   angle=float(rng.uniform(-6, 6)))
            P.text(x + 60 * u, y + 70 * u, f"{V.TODAY - dt.timedelta(days=int(rng.integers(0, 60))):%Y.%m.%d}", face, int(40 * u), col)
        pts, px_, py_ = [], x + rng.uniform(0, 200) * u, y + 140 * u
        for _ in range(int(rng.integers(6, 14))):
            px_ += rng.uniform(10, 45) * u
            pts += [px_, py_ + rng.uniform(-40, 40) * u]
        P.c.create_line(*pts, fill=col, width=max(2, int(4 * u)), smooth=True)
    if "highlighter" in marks and boxes:
        k = V.pick(rng, sorted(boxes))
        x0, y0 = min(b[0] for b in boxes[k]), min(b[1] for b in boxes[k])
        x1, y1 = max(b[2] for b in boxes[k]), max(b[3] for b in boxes[k])
        P.c.create_rectangle(x0 - 4, y0 - 2, x1 + 4, y1 + 2, fill=V.pick(rng, ["#fff27a", "#b8f5a0", "#ffc4e0"]), width=0)
    return faces


def _card_sheet(card: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An ID card laid on a flatbed / copier: the card on an A4 sheet at the card's own scale."""
    ch, cw = card.shape[:2]
    s = cw / 85.6
    W, H = int(210 * s), int(297 * s)
    sheet = np.full((H, W, 3), 255, np.uint8)
    x, y = int(rng.uniform(0.1, 0.5) * (W - cw)), int(rng.uniform(0.05, 0.45) * (H - ch))
    sheet[y:y + ch, x:x + cw] = card
    return C.resize_long(sheet, int(max(W, H) * rng.uniform(0.65, 0.85)))


def _save(img: np.ndarray, path: Path, fmt: str, rng: np.random.Generator, cap: str) -> None:
    if fmt == "jpg":
        q = int(rng.integers(50, 93)) if cap in ("chat_screenshot", "low_light", "phone_desk") else int(rng.integers(70, 96))
        ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
        path.write_bytes(buf.tobytes())
    elif fmt == "png":
        ok, buf = cv2.imencode(".png", cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
        path.write_bytes(buf.tobytes())
    elif fmt == "webp":
        ok, buf = cv2.imencode(".webp", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_WEBP_QUALITY, int(rng.integers(55, 90))])
        path.write_bytes(buf.tobytes())
    elif fmt == "tiff":
        im = Image.fromarray(img)
        if cap == "fax":
            im.convert("1").save(path, format="TIFF", compression="group4", dpi=(200, 100))
        else:
            im.convert("L" if np.allclose(img[..., 0], img[..., 2]) else "RGB").save(path, format="TIFF", compression="tiff_lzw", dpi=(200, 200))
    else:                                      # pdf: a scanner's one-page PDF wrapping a JPEG
        bio = io.BytesIO()
        Image.fromarray(img).save(bio, format="JPEG", quality=int(rng.integers(70, 92)))
        Image.open(bio).save(path, format="PDF", resolution=float(rng.choice([150, 200, 300])))
    assert path.stat().st_size > 1000


def _render_child(jobs: list[tuple[int, str]], seed: int, out_dir: str, q) -> None:  # noqa: ANN001 - a Queue
    """Runs in a spawned child: its own Xvfb and Tk, every job drawn and captured, the truth entries and
    drawn runs put on `q`. Tk keeps its X connection to the end of the process and dies on an X I/O
    error once Xvfb is gone, so the child leaves with os._exit and the caller's process never holds
    an X connection at all."""
    code = 0
    try:
        with Xvfb() as x:
            P = Painter(x.display)
            files = [_make(i, k, seed, Path(out_dir), P) for i, k in jobs]
            q.put(("ok", files, list(DRAWN)))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which raises
        import traceback
        q.put(("error", traceback.format_exc(), str(e)))
        code = 1
    q.close()
    q.join_thread()                      # the queue's feeder thread has flushed before the hard exit
    os._exit(code)


def _in_child(jobs: list[tuple[int, str]], seed: int, out_dir: Path) -> list[dict]:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_render_child, args=(jobs, seed, str(out_dir), q))
    p.start()
    while True:
        try:
            status, payload, extra = q.get(timeout=5)
            break
        except queue.Empty:
            if not p.is_alive():
                raise RuntimeError(f"family T renderer died (exit code {p.exitcode})") from None
    p.join()
    if status != "ok":
        raise RuntimeError(f"family T renderer failed: {extra}\n{payload}")
    DRAWN.extend(extra)
    return payload


def make_one(i: int, kind: str, seed: int, out_dir: Path) -> dict:
    """File i of the set (deterministic for seed and i), drawn in a child process of its own."""
    return _in_child([(i, kind)], seed, Path(out_dir))[0]


def _make(i: int, kind: str, seed: int, out_dir: Path, painter: Painter) -> dict:
    P = painter
    rng = np.random.default_rng([seed, i, 77])
    doc = DRAW[kind](P, rng)
    page = P.grab()
    boxes: dict[str, list[tuple[float, ...]]] = {}
    for key in doc["fields"]:
        runs = [P.c.bbox(item) for item in P.c.find_withtag(f"v_{key}")]
        if runs := [tuple(float(v) for v in b) for b in runs if b]:
            boxes[key] = runs
    cap = C and _choose(rng, CAPTURES)
    if cap in ("screen_photo", "elicence_screenshot") and kind.startswith("id_card"):
        cap = "phone_desk"
    if cap == "elicence_screenshot" and kind not in ("business_license", "food_business_license"):
        cap = "screen_photo" if kind != "other" else "chat_screenshot"
    marks = _marks_for(rng, kind, cap)
    P.page(P.w, P.h, "white")
    ink_faces = _ink(P, doc, marks, rng, boxes)
    ink = P.grab()
    page = C._u8(page.astype(np.float32) * ink.astype(np.float32) / 255)
    hidden: set[str] = set()
    if "fold" in marks:
        page = C.fold(page, rng)
    if "plastic_sleeve" in marks:
        page = C._u8(page.astype(np.float32) * 0.9 + 22)
    if "glare" in marks:
        page, h = C.glare(page, rng, boxes)
        hidden |= h
    if "sticky_note" in marks:
        page, h = C.sticky_note(page, rng, boxes)
        hidden |= h
    if "cut_off" in marks:
        page, h = C.cut_off(page, rng, boxes)
        hidden |= h
    card = kind.startswith("id_card")
    if card and cap in ("flatbed", "adf", "photocopy", "fax", "scanner_app"):
        page = _card_sheet(page, rng)
    if cap == "flatbed":
        img = C.flatbed(page, rng, rng.uniform(0.6, 1.0))
    elif cap == "adf":
        img = C.adf(page, rng)
    elif cap == "photocopy":
        img = C.photocopy(page, rng, 2 if "copy_of_copy" in marks else 1)
    elif cap == "fax":
        img = C.fax(page, rng)
    elif cap == "phone_desk":
        img = C.phone_desk(page, rng, small=card)
    elif cap == "low_light":
        img = C.phone_desk(page, rng, small=card, dark=True)
    elif cap == "gaopaiyi":
        img = C.gaopaiyi(page, rng)
    elif cap == "scanner_app":
        img = C.scanner_app(page, rng)
    elif cap == "chat_screenshot":
        img = C.chat_screenshot(page, rng)
    elif cap == "elicence_screenshot":
        img = C.elicence_screenshot(page, rng)
    else:
        img = C.screen_photo(page, rng)
    fmt = _choose(rng, FORMATS[cap])
    name = f"t{i + 1:04d}.{fmt}"
    _save(img, Path(out_dir) / name, fmt, rng, cap)
    fields = {k: {"value": v, "unreadable": k in hidden} for k, v in doc["fields"].items()}
    return {"file": name, "kind": kind, "fields": fields, "capture": cap, "variant": doc["variant"], "marks": marks,
            "faces": sorted(set(doc["faces"]) | set(ink_faces)), "formats": [fmt]}


def generate(out_dir, n: int = 150, seed: int = 2323) -> dict:  # noqa: ANN001 - str or Path
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = kinds_for(n, seed)
    files = _in_child(list(enumerate(kinds)), seed, out)
    truth = {"family": "T", "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    out: dict = {}
    for key in ("kind", "capture", "variant"):
        out[key] = dict(sorted(collections.Counter(f[key] for f in truth["files"]).items()))
    for key in ("marks", "faces", "formats"):
        out[key] = dict(sorted(collections.Counter(m for f in truth["files"] for m in f.get(key, ())).items()))
    out["unreadable"] = sum(t["unreadable"] for f in truth["files"] for t in f["fields"].values())
    return out
