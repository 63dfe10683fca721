"""Family AG: plan, one file, a whole set. Values (values.py) -> display list (layout.py) -> marks added here ->
either a vector PDF (pdfout.py, e-licences) or a capture job streamed to the one worker process (worker.py:
raster.py draws the page, capture.py's numba kernels capture it). Truth per benchmarks/docgen_b/FIELDS.md."""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

from benchmarks.docgen_ag import layout as L
from benchmarks.docgen_ag import values as V
from benchmarks.docgen_ag.capture import apply_h, homography
from benchmarks.docgen_ag.fonts import FACES, missing_faces

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_SEED = 6868
KEYS = {
    "id_card_front": ["name", "sex", "nation", "birth_date", "address", "id_number"],
    "id_card_back": ["issuing_authority", "valid_from", "valid_to"],
    "business_license": ["name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                         "established_date", "address", "business_scope", "valid_to"],
    "public_health_license": ["license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to"],
    "food_business_license": ["license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
                              "business_form", "business_items", "valid_to"],
    "other": [],
}
FACE_LABEL = {"song": "AR-PL-SungtiL-GB", "kai": "AR-PL-KaitiM-GB", "hei": "WenQuanYi-Micro-Hei", "zenhei": "WenQuanYi-Zen-Hei",
              "uming": "AR-PL-UMing", "hand": "LXGW-WenKai", "droid": "Droid-Sans-Fallback"}
CARD_CAPTURES = ["scan", "photocopy", "copy-of-copy", "fax-fine", "scanner-app", "chat-forward", "desk-photo", "hand-held",
                 "gaopaiyi", "sleeve", "screen-photo"]
LICENCE_CAPTURES = ["scan", "photocopy", "copy-of-copy", "fax-standard", "fax-fine", "scanner-app", "chat-forward",
                    "desk-photo", "hand-held", "gaopaiyi", "sleeve", "screen-photo", "e-licence-pdf"]
OTHER_DOCS = ["household", "marriage", "receipt", "letter", "form", "blank"]
PHOTO = {"desk-photo", "hand-held", "gaopaiyi", "sleeve", "screen-photo"}
COPYLIKE = {"scan", "photocopy", "copy-of-copy", "fax-standard", "fax-fine", "scanner-app"}
PURPOSES = ["办理营业执照变更登记", "办理食品经营许可", "办理公共场所卫生许可", "社保开户", "银行开户", "办理税务登记", "投标"]


# ---------- plan ----------

def kinds_for(n: int, seed: int) -> list[dict]:
    """The plan: one entry per file (kind, capture, sub-variant). 150 files: 25 ID fronts, 20 backs, 50 business
    licences, 15 health, 20 food, 20 other; small sets take the kinds in turn."""
    rng = random.Random(f"ag-plan-{seed}")
    mix = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
           ("food_business_license", 20), ("other", 20)]
    if n < 150:
        order = ["id_card_front", "business_license", "food_business_license", "id_card_back", "public_health_license", "other",
                 "business_license", "id_card_front", "food_business_license", "business_license"]
        kinds = [order[i % len(order)] for i in range(n)]
    else:
        kinds = [k for k, c in mix for _ in range(c)]
        kinds += ["business_license"] * (n - len(kinds))
    caps = {}
    plan = []
    for i, k in enumerate(kinds):
        pool = CARD_CAPTURES if k.startswith("id_card") else LICENCE_CAPTURES if k != "other" else CARD_CAPTURES
        if k not in caps or not caps[k]:
            caps[k] = list(pool)
            rng.shuffle(caps[k])
        cap = caps[k].pop()
        sub = ""
        if k == "business_license":
            sub = f"{'sole' if rng.random() < 0.35 else 'company'}-{rng.choice(['original', 'duplicate'])}"
        elif k == "food_business_license":
            sub = rng.choice(["original", "duplicate"])
        elif k == "other":
            sub = OTHER_DOCS[i % len(OTHER_DOCS)] if n >= 12 else OTHER_DOCS[(i // 6) % len(OTHER_DOCS)]
        plan.append({"kind": k, "capture": cap, "sub": sub})
    if n < 150:  # small sets: show an e-licence PDF and a fax early
        for j, e in enumerate(plan):
            if e["kind"] == "food_business_license" and j == 2:
                e["capture"] = "e-licence-pdf"
            if e["kind"] == "business_license" and j == 1:
                e["capture"] = "hand-held"
    if n >= 150:
        rng.shuffle(plan)
    return plan


# ---------- documents ----------

def _document(entry: dict, rng: random.Random):
    k, sub = entry["kind"], entry["sub"]
    if k == "id_card_front":
        v = V.id_front(rng)
        return v, L.id_front(v, rng), "front"
    if k == "id_card_back":
        v = V.id_back(rng)
        return v, L.id_back(v, rng), "back"
    if k == "business_license":
        who, copy = sub.split("-")
        v = V.company(rng, who == "sole")
        land = copy == "original"
        return v, L.business(v, rng, land), f"{who}-{copy}-{'landscape' if land else 'portrait'}"
    if k == "public_health_license":
        v = V.health(rng)
        return v, L.health(v, rng), "health-portrait"
    if k == "food_business_license":
        v = V.food(rng)
        land = sub == "original"
        return v, L.food(v, rng, land), f"food-{sub}-{'landscape' if land else 'portrait'}"
    return {}, L.other(sub, rng), f"other-{sub}"


def _embed(card: L.Doc, x: float, y: float, s: float) -> L.Doc:
    """An ID card laid on an A4 sheet at (x, y) mm, scale s (a copier's enlargement)."""
    d = L.Doc(210, 297)
    d.faces_used = set(card.faces_used)
    d.rect(x, y, card.w * s, card.h * s, card.paper)
    d.frame(x - 0.3, y - 0.3, card.w * s + 0.6, card.h * s + 0.6, 0.35, (0.5, 0.5, 0.5))  # the card's edge on the glass
    for it in card.items:
        t = it[0]
        if t == "T":
            d.items.append(("T", x + it[1] * s, y + it[2] * s, it[3] * s, it[4], it[5], it[6], it[7] * s, it[8]))
        elif t == "R":
            d.items.append(("R", x + it[1] * s, y + it[2] * s, it[3] * s, it[4] * s, it[5], it[6]))
        elif t == "P":
            d.items.append(("P", [[[x + p[0] * s, y + p[1] * s] for p in poly] for poly in it[1]], it[2], it[3]))
        elif t == "S":
            d.items.append(("S", [[x + p[0] * s, y + p[1] * s] for p in it[1]], it[2] * s, it[3], it[4]))
    d.boxes = {f: [x + b[0] * s, y + b[1] * s, x + b[2] * s, y + b[3] * s] for f, b in card.boxes.items()}
    return d


def _overlaps(r, boxes) -> bool:
    return any(r[0] < b[2] and b[0] < r[2] and r[1] < b[3] and b[1] < r[3] for b in boxes)


def _free_spot(d: L.Doc, w: float, h: float, rng: random.Random):
    boxes = list(d.boxes.values())
    for _ in range(200):
        x = rng.uniform(12, max(13, d.w - w - 12))
        y = rng.uniform(12, max(13, d.h - h - 12))
        if not _overlaps((x - 2, y - 2, x + w + 2, y + h + 2), boxes):
            return x, y
    return None


def _signature(d: L.Doc, x: float, y: float, size: float, rng: random.Random, ink):
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((x + t * size * 3.2 + math.sin(t * 17 + rng.random()) * size * 0.25,
                    y - size * 0.5 + math.sin(t * 11 + rng.random() * 2) * size * 0.45))
    d.stroke(pts, 0.35, ink, 0.9)


def _marks(page: L.Doc, entry: dict, rng: random.Random) -> tuple[list[str], L.Doc]:
    """Marks made on the paper after it was printed or copied, drawn as a layer of their own: usage watermarks,
    复印件与原件一致 with a signature, a company seal over the rows, handwritten notes. They keep clear of every
    field's value except the seal, whose red ink leaves the print legible (a fax gets it in a free spot)."""
    cap = entry["capture"]
    marks: list[str] = []
    d = L.Doc(page.w, page.h)
    d.boxes = dict(page.boxes)
    for j, it in enumerate(page.items):  # printed text is an obstacle too (labels, titles, footers)
        if it[0] == "T" and not it[8] and it[3] > 1.5:
            w = page.width(it[5], it[3], it[4], it[7])
            d.boxes[f"_t{j}"] = [it[1], it[2] - it[3], it[1] + w, it[2] + 0.3 * it[3]]
    fax = cap.startswith("fax")
    scale = 1.0 if d.w > 100 else 0.4
    if cap in COPYLIKE or cap == "chat-forward":
        wanted = [m for m in ("watermark", "certified-copy", "stamp", "handwriting") if rng.random() < 0.4]
    elif cap == "e-licence-pdf":
        wanted = ["watermark"] if rng.random() < 0.5 else []
    else:
        wanted = ["handwriting"] if rng.random() < 0.12 else []
    ink = rng.choice([(0.1, 0.15, 0.55), (0.12, 0.12, 0.15), (0.15, 0.2, 0.45)])
    if fax:  # a light watermark does not survive a fax's threshold
        wanted = [m for m in wanted if m != "watermark"]
    for m in wanted:
        if m == "watermark":
            text = f"仅供{rng.choice(PURPOSES)}使用　他用无效"
            col = rng.choice([(0.72, 0.72, 0.72), (0.7, 0.78, 0.88), (0.86, 0.66, 0.66)]) if not fax else (0.88, 0.88, 0.88)
            size, ang = 7.0 * scale, rng.choice([-30.0, -25.0, -35.0])
            step = 55 * scale
            for j in range(-3, int(d.h / step) + 4):
                d.text(-30 * scale, j * step, size, "hei", text + "　" + text, color=col, angle=ang)
            marks.append(m)
        elif m == "certified-copy":
            spot = _free_spot(d, 62 * scale, 22 * scale, rng)
            if spot:
                x, y = spot
                d.text(x, y + 8 * scale, 6 * scale, "hand", "复印件与原件一致", color=ink, angle=rng.uniform(-4, 3))
                _signature(d, x + 6 * scale, y + 19 * scale, 6 * scale, rng, ink)
                d.text(x + 30 * scale, y + 20 * scale, 4.2 * scale, "hand", f"{rng.randint(2024, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}", color=ink)
                d.boxes["_certified"] = [x, y, x + 62 * scale, y + 22 * scale]
                marks.append(m)
        elif m == "stamp":
            # a company seal pressed over the printed rows: red under-ink, the text stays legible through it
            boxes = list(page.boxes.values())
            spot = _free_spot(d, 40 * scale, 40 * scale, rng) if fax or not boxes else None
            if spot:
                cx, cy = spot[0] + 20 * scale, spot[1] + 20 * scale
            elif boxes:
                b = rng.choice(boxes)
                cx, cy = (b[0] + b[2]) / 2 + rng.uniform(-10, 10) * scale, (b[1] + b[3]) / 2 + rng.uniform(-6, 6) * scale
            else:
                continue
            name = V.company(rng, False)["name"]
            L.seal(d, cx, cy, 20 * scale, name[:16], rng, fname="song", alpha=0.55)
            marks.append(m)
        elif m == "handwriting":
            spot = _free_spot(d, 70 * scale, 12 * scale, rng)
            if spot:
                note = rng.choice(["已核验原件", f"办理人：{V.person_name(rng)}", f"联系电话 1{rng.randint(3, 9)}{rng.randint(100000000, 999999999)}",
                                   "原件已退回", "请于三个工作日内补正材料"])
                d.text(spot[0], spot[1] + 8 * scale, 5.5 * scale, "hand", note, color=ink, angle=rng.uniform(-5, 5))
                d.boxes["_note"] = [spot[0], spot[1], spot[0] + 70 * scale, spot[1] + 12 * scale]
                marks.append(m)
    return marks, d


# ---------- captures ----------

def _frame_for(d: L.Doc, cap: str, rng: random.Random):
    """Camera frame size and the page's four corners in it."""
    land = d.w > d.h
    long_side = rng.choice([1600, 1800, 2000]) if cap != "chat-forward" else 1800
    ow, oh = (long_side, long_side * 3 // 4) if land else (long_side * 3 // 4, long_side)
    if cap == "gaopaiyi":
        ow, oh = (1920, 1440) if land else (1440, 1920)
    f = {"desk-photo": rng.uniform(0.68, 0.86), "hand-held": rng.uniform(0.7, 0.9), "gaopaiyi": rng.uniform(0.62, 0.78),
         "sleeve": rng.uniform(0.7, 0.85), "screen-photo": rng.uniform(0.72, 0.88), "chat-forward": rng.uniform(0.7, 0.85)}[cap]
    aspect = d.w / d.h
    pw = min(ow * f, oh * f * aspect)
    ph = pw / aspect
    cx, cy = ow / 2 + rng.uniform(-0.05, 0.05) * ow, oh / 2 + rng.uniform(-0.05, 0.05) * oh
    rot = math.radians({"gaopaiyi": rng.uniform(-3, 3), "hand-held": rng.uniform(-12, 12)}.get(cap, rng.uniform(-7, 7)))
    tilt = 0.015 if cap == "gaopaiyi" else 0.07 if cap == "hand-held" else 0.05
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * pw / 2, sy * ph / 2
        x += rng.uniform(-tilt, tilt) * pw
        y += rng.uniform(-tilt, tilt) * ph
        corners.append((cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)))
    return ow, oh, np.asarray(corners), pw


def _job(d: L.Doc, entry: dict, rng: random.Random, out: Path, fseed: int, mk: L.Doc | None = None):
    """The worker job for capture `entry['capture']` of page `d`, the unreadable fields, and the formats."""
    cap = entry["capture"]
    unread: set[str] = set()
    steps: list = []
    land = d.w > d.h
    if cap in PHOTO or cap == "chat-forward":
        ow, oh, corners, pw = _frame_for(d, cap, rng)
        dpi = min(560.0, 1.15 * pw / (d.w / 25.4))
        k = dpi / 25.4
        W, H = round(d.w * k), round(d.h * k)
        src = np.array([[0, 0], [W, 0], [W, H], [0, H]], float)
        # page-space effects first: screen pixels, sleeve haze, glare, thumb
        if cap == "screen-photo":
            steps.append(["subpixels", rng.choice([3, 4, 5]), rng.uniform(0.15, 0.35)])
        if cap == "sleeve":
            steps.append(["haze", rng.uniform(0.06, 0.12), [0.93, 0.95, 0.97]])
            a = (rng.uniform(0, W), 0)
            steps.append(["band", a[0], a[1], a[0] + rng.uniform(-0.6, 0.6) * W, H, rng.uniform(0.02, 0.05) * W, rng.uniform(0.2, 0.35)])
        boxes = {f: [c * k for c in b] for f, b in d.boxes.items()}
        if boxes and cap in ("desk-photo", "sleeve", "hand-held", "gaopaiyi") and rng.random() < 0.4:
            f = rng.choice(sorted(boxes))
            b = boxes[f]
            r = max(min((b[2] - b[0]) * 0.35, 0.12 * W), (b[3] - b[1]) * 1.2, 0.04 * W)
            cx, cy = (b[0] + b[2]) / 2 + rng.uniform(-0.15, 0.15) * (b[2] - b[0]), (b[1] + b[3]) / 2
            strength = rng.uniform(2.2, 3.0)
            steps.append(["glare", cx, cy, r, strength, [1.0, 1.0, 0.98]])
            reach = r * math.sqrt(math.log(strength / 0.3))
            for g, bb in boxes.items():
                nx, ny = min(max(cx, bb[0]), bb[2]), min(max(cy, bb[1]), bb[3])
                if math.hypot(nx - cx, ny - cy) < reach:
                    unread.add(g)
        if boxes and cap == "hand-held" and rng.random() < 0.6:
            side = rng.choice([0, 1])
            tx = 0 if side == 0 else W
            ty = rng.uniform(0.25, 0.85) * H
            rx, ry = 0.09 * max(W, H) if d.w < 100 else 0.06 * max(W, H), 0.05 * max(W, H) if d.w < 100 else 0.035 * max(W, H)
            steps.append(["thumb", tx, ty, rx, ry, 0.0 if side == 0 else math.pi, 0.86, 0.66, 0.55, fseed])
            for g, bb in boxes.items():
                nx, ny = min(max(tx, bb[0]), bb[2]), min(max(ty, bb[1]), bb[3])
                if ((nx - tx) / (rx + 4)) ** 2 + ((ny - ty) / (ry + 4)) ** 2 < 1.0:
                    unread.add(g)
        if cap in ("hand-held", "desk-photo") and rng.random() < 0.2:  # part of the page out of frame
            dx = rng.choice([-1, 1]) * rng.uniform(0.12, 0.22) * ow
            corners = corners + np.array([dx, 0.0])
        h = homography(src, corners)
        for g, bb in boxes.items():
            pts = apply_h(h, [(bb[0], bb[1]), (bb[2], bb[1]), (bb[2], bb[3]), (bb[0], bb[3])])
            if (pts[:, 0] < 6).any() or (pts[:, 1] < 6).any() or (pts[:, 0] > ow - 6).any() or (pts[:, 1] > oh - 6).any():
                unread.add(g)
        gk, grgb = {"desk-photo": (0, rng.choice([[0.62, 0.45, 0.3], [0.75, 0.62, 0.45], [0.5, 0.38, 0.3]])),
                    "hand-held": (2, rng.choice([[0.45, 0.45, 0.48], [0.7, 0.68, 0.62], [0.35, 0.3, 0.28]])),
                    "gaopaiyi": (1, rng.choice([[0.12, 0.35, 0.25], [0.15, 0.15, 0.17]])),
                    "sleeve": (0, [0.66, 0.52, 0.38]), "screen-photo": (3, [0.6, 0.6, 0.62]),
                    "chat-forward": (0, [0.7, 0.58, 0.42])}[cap]
        steps.append(["warp", list(np.linalg.inv(h).ravel()), oh, ow, gk, fseed, grgb, rng.uniform(-0.04, 0.03)])
        steps.append(["lighting", rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25), rng.uniform(0.05, 0.3),
                      rng.uniform(0.2, 0.6) * ow if cap in ("desk-photo", "hand-held") and rng.random() < 0.4 else 0.0,
                      0.12 * ow, rng.uniform(0.15, 0.35), rng.uniform(-0.06, 0.06) if cap != "screen-photo" else -0.05])
        if cap == "hand-held" and rng.random() < 0.6:
            steps.append(["motion", rng.uniform(-4, 4), rng.uniform(-4, 4), 7])
        steps.append(["gauss", rng.uniform(0.5, 1.2), rng.uniform(0.5, 1.2)])
        steps.append(["sensor", fseed, rng.uniform(0.01, 0.03), rng.uniform(0.9, 1.1)])
        if cap == "chat-forward":
            lng = 1280
            s = lng / max(ow, oh)
            steps.append(["resample", round(oh * s), round(ow * s)])
            steps.append(["jpeg_cycle", rng.randint(80, 90)])
            return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                    "save": {"format": "jpeg", "quality": rng.randint(62, 76)}}, unread, ["jpeg", "chat-recompressed"]
        return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                "save": {"format": "jpeg", "quality": rng.randint(82, 94)}}, unread, ["jpeg"]
    # flatbed-like captures of the page itself
    if cap in ("fax-standard", "fax-fine"):
        dpi = 300.0
        k = dpi / 25.4
        W, H = round(d.w * k), round(d.h * k)
        if land:
            if rng.random() < 0.5:
                steps.append(["rot90", rng.choice([1, 3])])
                fw, fh = H, W
            else:  # reduced onto a portrait sheet
                pad = round((W * 297 / 210 - H) / 2)
                steps.append(["pad", pad, 0, pad, 0, [1.0, 1.0, 1.0]])
                fw, fh = W, H + 2 * pad
        else:
            fw, fh = W, H
        vres = 98 if cap == "fax-standard" else 196
        lines = round(fh / k / 25.4 * vres)
        width = round(fw / k / 25.4 * 204)
        theta = rng.uniform(-1.0, 1.0)
        if mk is not None and mk.items:  # the marks were made on the copy that was faxed
            steps.insert(0, ["overlay", mk.dict()])
        steps.append(["warp", list(np.linalg.inv(_rot(fw, fh, theta)).ravel()), fh, fw, 2, fseed, [1.0, 1.0, 1.0], 0.0])
        steps.append(["resample", lines, width])
        steps.append(["bilevel", rng.uniform(0.7, 0.8) if vres == 98 else rng.uniform(0.62, 0.74), rng.random() < 0.35, fseed, rng.uniform(0.0, 0.01)])
        if rng.random() < 0.5:
            return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                    "save": {"format": "tiff-g4", "dpi": [204, vres]}}, unread, ["tiff-g4"]
        if vres == 98:
            steps.append(["rowdouble"])
        return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                "save": {"format": "png", "dpi": [204, 196]}}, unread, ["png"]
    dpi = float(rng.choice([200, 240, 300])) if d.w > 100 else 300.0
    k = dpi / 25.4
    W, H = round(d.w * k), round(d.h * k)
    theta = rng.uniform(-2.0, 2.0)
    steps.append(["warp", list(np.linalg.inv(_rot(W, H, theta)).ravel()), H, W, 2, fseed, [0.97, 0.97, 0.96], 0.0])
    if cap == "scan":
        steps += [["gauss", 0.6, 0.6], ["sensor", fseed, 0.007, rng.uniform(0.9, 1.05)]]
        fmt = rng.choice(["png", "jpeg", "jpeg"])
        return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                "save": {"format": fmt, "quality": 90, "dpi": [dpi, dpi]}}, unread, [fmt]
    if cap in ("photocopy", "copy-of-copy"):
        rounds = 1 if cap == "photocopy" else 2
        gray = not (mk is not None and mk.items and rng.random() < 0.6)  # a colour scan shows the red and blue ink
        for r in range(rounds):
            steps += [["gauss", 0.7 + 0.3 * r, 0.7 + 0.3 * r],
                      ["toner", fseed + r, rng.uniform(7, 10), rng.uniform(0.45, 0.6), rng.uniform(0.0005, 0.002),
                       rng.uniform(0.03, 0.2), float(rng.randint(0, W)) if rng.random() < 0.4 else -1.0]]
            if r == 0 and rounds == 2:
                steps.append(["warp", list(np.linalg.inv(_rot(W, H, rng.uniform(-1.5, 1.5))).ravel()), H, W, 2, fseed + 7,
                              [0.96, 0.96, 0.96], 0.0])
        if mk is not None and mk.items:  # stamped, signed, written on after copying: the ink keeps its colour
            steps.append(["overlay", mk.dict()])
        steps.append(["sensor", fseed, 0.015, 1.0])
        fmt = rng.choice(["png", "jpeg"])
        return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
                "save": {"format": fmt, "quality": 85, "gray": gray, "dpi": [dpi, dpi]}}, unread, [fmt, "grey" if gray else "colour"]
    # scanner-app: phone shot flattened by the app, then its enhance filter
    corners = np.array([[0, 0], [W, 0], [W, H], [0, H]], float) + np.array([[rng.uniform(-1, 1) * 0.012 * W, rng.uniform(-1, 1) * 0.012 * H] for _ in range(4)])
    steps[-1] = ["warp", list(np.linalg.inv(homography(np.array([[0, 0], [W, 0], [W, H], [0, H]], float), corners)).ravel()),
                 H, W, 2, fseed, [1.0, 1.0, 1.0], rng.uniform(-0.02, 0.02)]
    steps += [["lighting", rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2), 0.15, 0.0, 1.0, 0.0, rng.uniform(-0.04, 0.04)],
              ["gauss", 0.9, 0.9], ["sensor", fseed, 0.02, 1.0],
              ["enhance", rng.uniform(0.12, 0.25), rng.uniform(0.72, 0.85), rng.choice([0.0, 0.6, 1.0]), rng.uniform(0.5, 1.2)]]
    fmt = rng.choice(["jpeg", "pdf-raster"])
    return {"doc": d.dict(), "dpi": dpi, "steps": steps, "out": str(out),
            "save": {"format": fmt, "quality": rng.randint(70, 88), "dpi": [dpi, dpi]}}, unread, [fmt]


def _rot(W: int, H: int, deg: float) -> np.ndarray:
    """Page pixels -> image pixels: a small rotation about the centre."""
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    cx, cy = W / 2, H / 2
    return np.array([[c, -s, cx - c * cx + s * cy], [s, c, cy - s * cx - c * cy], [0, 0, 1.0]])


# ---------- worker ----------

def source_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_ag" / source_hash()


class Worker:
    """The one raster/capture process of a generate call (numba kernels compiled once per source hash)."""

    def __init__(self):
        cache = cache_root() / "numba"
        cache.mkdir(parents=True, exist_ok=True)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(Path.home()), "LANG": "C.UTF-8",
               "PYTHONPATH": str(REPO), "NUMBA_CACHE_DIR": str(cache), "NUMBA_NUM_THREADS": "1",
               "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
        self.p = subprocess.Popen([sys.executable, "-m", "benchmarks.docgen_ag.worker"], cwd=str(REPO), env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, job: dict) -> None:
        self.p.stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
        self.p.stdin.flush()
        ans = self.p.stdout.readline()
        if not ans.startswith("ok"):
            raise RuntimeError(f"docgen_ag worker: {ans.strip() or 'exited'} for {job['out']}")

    def close(self) -> None:
        if self.p.poll() is None:
            self.p.stdin.close()
            self.p.wait(timeout=60)


# ---------- one file, a set ----------

def make_one(i: int, entry: dict, seed: int, out_dir, worker: Worker | None = None) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"ag-{seed}-{i}")
    fseed = rng.randrange(1, 2**31 - 1)
    v, d, variant = _document(entry, rng)
    cap = entry["capture"]
    base = f"ag_{i:03d}_{entry['kind']}"
    if entry["kind"].startswith("id_card") and cap in COPYLIKE:
        s = 1.4 if cap.startswith("fax") else rng.choice([1.0, 1.0, 1.2])
        d = _embed(d, rng.uniform(35, 60) if s > 1 else rng.uniform(40, 80), rng.uniform(25, 70), s)
        variant += "-on-a4" + ("-enlarged" if s > 1 else "")
    marks, mk = _marks(d, entry, rng)
    d.faces_used |= mk.faces_used
    overlay = cap in ("photocopy", "copy-of-copy", "fax-standard", "fax-fine")
    if not overlay:  # marks on the paper that was photographed / scanned / exported
        d.items += mk.items
    if cap.startswith("fax"):
        d.text(8, 6, 2.6, "hei", f"{rng.randint(2024, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
               f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  FROM: 0{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
               f"   TO: 政务服务中心综合窗口   P.01/01")
    unread: set[str] = set()
    if cap == "e-licence-pdf":
        from benchmarks.docgen_ag import pdfout

        name = base + ".pdf"
        pdfout.write(d.dict(), out_dir / name, title={"business_license": "电子营业执照", "public_health_license": "公共场所卫生许可证",
                                                       "food_business_license": "食品经营许可证"}.get(entry["kind"], ""))
        formats = ["pdf-vector"]
    else:
        ext = {"jpeg": ".jpg", "png": ".png", "tiff-g4": ".tif", "pdf-raster": ".pdf"}
        job, unread, formats = _job(d, entry, rng, out_dir / "x", fseed, mk if overlay else None)
        name = base + ext[job["save"]["format"]]
        job["out"] = str(out_dir / name)
        own = worker is None
        w = worker or Worker()
        try:
            w.run(job)
        finally:
            if own:
                w.close()
    fields = {key: {"value": v[key], "unreadable": key in unread} for key in KEYS[entry["kind"]]}
    faces = sorted(FACE_LABEL[f] for f in d.faces_used)
    return {"file": name, "kind": entry["kind"], "fields": fields, "capture": cap, "variant": variant,
            "marks": marks, "faces": faces, "formats": formats}


def params_hash(n: int, seed: int) -> str:
    return hashlib.sha256(f"ag|{n}|{seed}|{source_hash()}".encode()).hexdigest()[:16]


def generate(out_dir, n: int = 150, seed: int = DEFAULT_SEED) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    w = Worker()
    try:
        files = [make_one(i, e, seed, out_dir, w) for i, e in enumerate(plan)]
    finally:
        w.close()
    truth = {"family": "AG", "seed": seed, "n": n, "params_hash": params_hash(n, seed), "files": files}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    out: dict = {}
    for key in ("kind", "capture"):
        c: dict[str, int] = {}
        for f in truth["files"]:
            c[f[key]] = c.get(f[key], 0) + 1
        out[key] = dict(sorted(c.items()))
    for key in ("marks", "formats"):
        c = {}
        for f in truth["files"]:
            for m in f[key]:
                c[m] = c.get(m, 0) + 1
        out[key] = dict(sorted(c.items()))
    out["unreadable"] = sum(t["unreadable"] for f in truth["files"] for t in f["fields"].values())
    return out


def missing_tools() -> list[str]:
    miss = list(missing_faces())
    for mod in ("numba", "pikepdf", "fontTools", "PIL"):
        try:
            __import__(mod)
        except ImportError:
            miss.append(f"python package {mod} (make venv)")
    if shutil.which("pdftotext") is None:
        miss.append("pdftotext (poppler-utils, make sysdeps)")
    return miss


__all__ = ["generate", "make_one", "kinds_for", "params_hash", "summary", "missing_tools", "FACES", "DEFAULT_SEED"]
