"""Family ZE's generator: documents laid out as Gnumeric worksheets (sheet.py, docs.py), converted by
ssconvert, rasterised by pdftoppm, marked (art.py) and captured through OpenGL shaders (capture.py).

`generate(out_dir, n, seed)` writes ze0001.<ext> … and truth.json; `make_one(i, kind, seed, out_dir)`
makes one file on its own (the same bytes as in a whole set); `kinds_for(n, seed)` is the plan.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image, ImageDraw

from benchmarks.docgen_ze import art, capture, docs, sheet
from benchmarks.docgen_ze import values as V

FAMILY = "ZE"
PREFIX = "ze"
DEFAULT_MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
               "food_business_license": 20, "other": 20}
MAKERS = {"id_card_front": docs.id_front, "id_card_back": docs.id_back, "business_license": docs.business_license,
          "public_health_license": docs.health_license, "food_business_license": docs.food_license, "other": docs.other}

# capture -> weight, for documents on paper / for ID cards
CAPTURES = {"phone_desk": 18, "phone_sleeve": 6, "phone_curled": 7, "gaopaiyi": 9, "flatbed": 10, "adf": 6,
            "photocopy": 8, "copy_of_copy": 4, "fax": 5, "scanner_app": 6, "chat_screenshot": 6, "screen_photo": 5,
            "e_pdf": 8, "lowlight": 4}
CARD_CAPTURES = {"phone_desk": 20, "phone_sleeve": 8, "gaopaiyi": 14, "flatbed": 10, "photocopy": 12, "copy_of_copy": 3,
                 "scanner_app": 8, "chat_screenshot": 10, "lowlight": 6, "fax": 3}


def _sources() -> bytes:
    here = Path(__file__).resolve().parent
    return b"".join(p.read_bytes() for p in sorted(here.glob("*.py")))


def params_hash(n: int, seed: int) -> str:
    """The generator's source, the renderer's and rasteriser's versions, n and seed."""
    h = hashlib.sha256(_sources())
    h.update(sheet.version().encode())
    h.update(f"{n}|{seed}".encode())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    """The kinds of files 1…n: the default mix scaled to n (largest remainders, at least one of each
    kind from six files up), in an order shuffled by the seed."""
    total = sum(DEFAULT_MIX.values())
    raw = {k: v * n / total for k, v in DEFAULT_MIX.items()}
    cnt = {k: int(v) for k, v in raw.items()}
    if n >= len(DEFAULT_MIX):
        for k in cnt:
            cnt[k] = max(cnt[k], 1)
    while sum(cnt.values()) < n:
        k = max(raw, key=lambda k: raw[k] - cnt[k])
        cnt[k] += 1
    while sum(cnt.values()) > n:
        k = max(cnt, key=lambda k: cnt[k])
        cnt[k] -= 1
    plan = [k for k in DEFAULT_MIX for _ in range(cnt[k])]
    random.Random(f"ze-plan-{seed}").shuffle(plan)
    return plan


def _weighted(r: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return r.choices(keys, weights=[table[k] for k in keys])[0]


def generate(out_dir, n: int, seed: int) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(n, seed)
    files = [make_one(i, k, seed, out) for i, k in enumerate(plan)]
    truth = {"family": FAMILY, "params_hash": params_hash(n, seed), "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"kinds": dict(Counter(f["kind"] for f in fs)), "captures": dict(Counter(f["capture"] for f in fs)),
            "variants": dict(Counter(f["variant"] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])), "faces": dict(Counter(m for f in fs for m in f["faces"])),
            "formats": dict(Counter(m for f in fs for m in f["formats"])),
            "unreadable": sum(1 for f in fs for t in f["fields"].values() if t["unreadable"])}


# ---------------------------------------------------------------- one file

def make_one(i: int, kind: str, seed: int, out_dir) -> dict:
    out_dir = Path(out_dir)
    r = random.Random(f"ze-{seed}-{i}-{kind}")
    doc = MAKERS[kind](r)
    card = doc.card
    cap = _weighted(r, CARD_CAPTURES if card else CAPTURES)
    if cap == "e_pdf" and kind == "other":
        cap = "flatbed"
    marks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ze_") as tmp:
        work = Path(tmp)
        pdf = sheet.to_pdf(doc.sheet, work, gz=r.random() < 0.6)
        name = f"{PREFIX}{i + 1:04d}"
        if cap == "e_pdf":
            dest = out_dir / f"{name}.pdf"
            shutil.copyfile(pdf, dest)
            sheet.crop_pdf(dest, doc.sheet)  # a landscape licence's PDF page cut to its own size
            return _entry(dest, doc, cap, marks, ["pdf"], set())
        # the page raster: cards at card size and high resolution, paper at a scanner's or printer's
        aa = r.random() < 0.85
        if card:
            dpi = r.choice([400, 500, 600])
            crop = doc.crop
            page = Image.open(sheet.rasterise(pdf, work / "page.png", dpi, aa, crop_pt=crop)).convert("RGB")
            size_pt = (crop[2] - crop[0], crop[3] - crop[1])
            origin = (crop[0], crop[1])
        else:
            dpi = r.choice([150, 180, 200, 220]) if doc.sheet.paper != "iso_a3" else r.choice([150, 170, 200])
            page = Image.open(sheet.rasterise(pdf, work / "page.png", dpi, aa, crop_pt=doc.sheet.print_crop)).convert("RGB")
            size_pt = doc.sheet.size
            origin = (0.0, 0.0)
        boxes = {k: ((b[0] - origin[0]) / size_pt[0], (b[1] - origin[1]) / size_pt[1],
                     (b[2] - origin[0]) / size_pt[0], (b[3] - origin[1]) / size_pt[1]) for k, b in doc.sheet.boxes.items()}
        size_m = (size_pt[0] / 72 * 0.0254, size_pt[1] / 72 * 0.0254)
        # a card copied or scanned lies on an A4 sheet
        if card and cap in ("flatbed", "photocopy", "copy_of_copy", "fax", "scanner_app") and r.random() < 0.75:
            page, boxes, size_m = _card_on_a4(r, page, boxes, size_m)
        page = _marks(r, page, kind, cap, marks, card and size_m[0] < 0.1)
        content = None
        if not card:  # the sheet's printed area (a viewer app shows the licence, not the paper round it)
            ox, oy = doc.sheet.origin()
            cw, chh = sum(doc.sheet.cols), sum(doc.sheet.rows)
            content = (max(ox - 8, 0) / size_pt[0], max(oy - 8, 0) / size_pt[1],
                       min(ox + cw + 8, size_pt[0]) / size_pt[0], min(oy + chh + 8, size_pt[1]) / size_pt[1])
        img, hidden = _capture(r, page, boxes, size_m, cap, card and size_m[0] < 0.1, marks, kind, content)
        fmt = _format(r, cap)
        dest = out_dir / f"{name}.{ {'jpg': 'jpg', 'png': 'png', 'webp': 'webp', 'tiff': 'tif', 'pdf': 'pdf'}[fmt]}"
        _write(img, dest, fmt, r, cap)
        return _entry(dest, doc, cap, marks, [fmt], hidden)


def _entry(dest: Path, doc, cap: str, marks: list[str], formats: list[str], hidden: set[str]) -> dict:
    fields = {k: {"value": v, "unreadable": bool(k in hidden and v != "")} for k, v in doc.fields.items()}
    return {"file": dest.name, "kind": doc.kind, "fields": fields, "capture": cap, "variant": doc.variant,
            "marks": sorted(set(marks)), "faces": sorted(doc.sheet.faces), "formats": formats}


def _card_on_a4(r: random.Random, card: Image.Image, boxes: dict, size_m: tuple) -> tuple:
    """The card laid on the glass / copied onto an A4 sheet, near the top."""
    px_per_m = card.width / size_m[0]
    a4 = (0.21, 0.297)
    W, H = int(a4[0] * px_per_m * 0.5), int(a4[1] * px_per_m * 0.5)
    sheet_img = Image.new("RGB", (W, H), (255, 255, 255))
    cw, ch = card.width // 2, card.height // 2
    small = card.resize((cw, ch), Image.BOX)  # the sheet at half the card's resolution (a 250–300 dpi scan)
    x, y = int(W * r.uniform(0.12, 0.45)), int(H * r.uniform(0.06, 0.3))
    d = ImageDraw.Draw(sheet_img)
    d.rounded_rectangle((x - 2, y - 2, x + cw + 2, y + ch + 2), radius=int(cw * 0.04), fill=(120, 120, 120))
    sheet_img.paste(small, (x, y))
    nb = {k: ((x + b[0] * cw) / W, (y + b[1] * ch) / H, (x + b[2] * cw) / W, (y + b[3] * ch) / H) for k, b in boxes.items()}
    return sheet_img, nb, a4


def _marks(r: random.Random, page: Image.Image, kind: str, cap: str, marks: list[str], bare_card: bool) -> Image.Image:
    """What the applicant or the clerk put on the paper before it was captured."""
    if bare_card:
        return page
    img = page.convert("RGBA")
    W, H = img.size
    copyish = cap in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf", "scanner_app", "gaopaiyi", "phone_desk", "chat_screenshot")
    if r.random() < 0.18:
        use = r.choice(["仅供办理营业执照变更使用", "仅供办理食品经营许可使用", "仅供银行开户使用，他用无效", "仅供政务服务中心备案使用",
                        "此复印件仅供办理社保登记使用"])
        img.alpha_composite(art.watermark(r, W, H, use, max(W // 22, 20), r.choice(["Noto Sans CJK SC", "AR PL UKai CN"])))
        marks.append("watermark")
    if kind != "other" and copyish and r.random() < 0.3:
        px = max(W // 26, 18)
        note = art.handwriting(r, r.choice(["复印件与原件一致", "与原件核对一致", "此件与原件相符"]), px, r.choice(["AR PL UKai CN", "LXGW WenKai"]))
        x, y = int(W * r.uniform(0.35, 0.55)), int(H * r.uniform(0.86, 0.92))
        img.alpha_composite(note, (min(x, max(W - note.width, 0)), min(y, max(H - note.height, 0))))
        sig = art.signature(r, px * 4, px * 2)
        img.alpha_composite(sig, (min(int(W * 0.62), max(W - sig.width, 0)), min(y + int(px * 1.4), max(H - sig.height, 0))))
        marks.append("copy_note")
    if kind in ("business_license", "food_business_license", "public_health_license") and copyish and r.random() < 0.2:
        sz = int(W * r.uniform(0.16, 0.22))
        owner = V.company(r, V.place(r))["name"] or "个体工商户"
        st = art.seal(r, owner, r.choice(["", "合同专用章", "业务专用章"]), size=sz, alpha=r.choice([120, 160]))
        img.alpha_composite(st, (int(W * r.uniform(0.5, 0.72)), int(H * r.uniform(0.62, 0.8))))
        marks.append("company_seal")
    if r.random() < 0.06:
        d = ImageDraw.Draw(img)
        x, y = int(W * r.uniform(0.05, 0.15)), int(H * r.uniform(0.2, 0.6))
        d.line([(x, y), (x + W // 60, y + W // 50), (x + W // 25, y - W // 40)], fill=(200, 20, 20, 230), width=max(W // 300, 3))
        marks.append("pen_tick")
    return img.convert("RGB")


def _shake_or_defocus(r: random.Random, shake: bool = True) -> list[tuple[float, float]]:
    """Sub-frame offsets (NDC) accumulated by the renderer: a hand's shake along a short path, or an
    out-of-focus lens as a ring of offsets round the sharp position (a disc of confusion), or a sharp
    frame."""
    k = r.random()
    if shake and k < 0.35:
        return _jitter(r, r.choice([2, 3, 4]), r.uniform(0.002, 0.007))
    if k < 0.7:
        rad = r.uniform(0.0008, 0.0028)  # 0.6–2 pixels on a 1600-pixel frame
        a0 = r.uniform(0, math.tau)
        return [(rad * math.cos(a0 + t * math.tau / 4), rad * math.sin(a0 + t * math.tau / 4)) for t in range(4)]
    return [(0.0, 0.0)]


def _jitter(r: random.Random, n: int, amp: float) -> list[tuple[float, float]]:
    """Hand shake: n sub-frames along a short curved path (amp in NDC)."""
    a = r.uniform(0, math.tau)
    pts = []
    for k in range(n):
        t = k / max(n - 1, 1) - 0.5
        pts.append((amp * t * math.cos(a) + amp * 0.3 * t * t, amp * t * math.sin(a)))
    return pts


def _capture(r: random.Random, page: Image.Image, boxes: dict, size_m: tuple, cap: str, card: bool, marks: list[str],
             kind: str, content: tuple | None = None) -> tuple[Image.Image, set[str]]:
    pw, ph = size_m
    portrait = ph >= pw
    seed = float(r.randint(1, 999))
    spec: dict = {"size": size_m, "seed": seed}
    hand = None
    glare = None

    def photo(tilt=(8, 30), lamp=(0.4, 1.0)) -> None:
        spec.update(tilt=r.uniform(*tilt), yaw=r.uniform(-180, 180) if r.random() < 0.3 else r.uniform(-25, 25),
                    roll=r.uniform(-8, 8), fov=r.uniform(50, 68), dist=(0.2 if card else 0.5),
                    fill=r.uniform(0.7, 0.92), desk=r.choice([0, 0, 1, 2, 5]), lamp=r.uniform(*lamp), ambient=r.uniform(0.45, 0.7),
                    light=(pw * r.uniform(-0.5, 1.5), ph * r.uniform(-0.6, 0.3), r.uniform(0.35, 0.8)),
                    vignette=r.uniform(0.1, 0.5), noise=r.uniform(0.01, 0.05), wb=(r.uniform(0.95, 1.1), 1.0, r.uniform(0.8, 1.02)),
                    jitter=_shake_or_defocus(r), card=card)
        if r.random() < 0.35:
            spec["shadow"] = (pw * r.uniform(0.2, 1.0), ph * r.uniform(-0.1, 0.6), max(pw, ph) * r.uniform(0.2, 0.45), r.uniform(0.25, 0.5))
            marks.append("shadow")

    W, H = 1600, 1200
    if cap in ("phone_desk", "phone_sleeve", "phone_curled", "lowlight", "chat_screenshot"):
        photo()
        W = r.choice([1440, 1600, 1600, 1800])
        H = int(W * 0.75)
        if portrait and not card:
            W, H = H, W
        if cap == "phone_sleeve":
            spec["gloss"] = r.uniform(0.25, 0.6)
            marks.append("sleeve")
            if r.random() < 0.6:
                glare = (r.uniform(0.1, 0.9), r.uniform(0.1, 0.9), r.uniform(0.06, 0.14) * (1 if card else 1.2), r.uniform(0.9, 1.3))
        elif cap == "phone_curled":
            spec["bend"] = (r.uniform(0.3, 0.7), r.uniform(0.003, 0.012) * (1 if r.random() < 0.6 else 0), r.uniform(0.6, 0.85), r.uniform(0.02, 0.08))
            marks.append("fold" if spec["bend"][1] > 0 else "curl")
        elif cap == "lowlight":
            spec.update(ambient=r.uniform(0.18, 0.3), lamp=r.uniform(0.1, 0.3), noise=r.uniform(0.06, 0.12), exposure=r.uniform(1.3, 1.8),
                        wb=(1.12, 1.0, 0.72), jitter=_jitter(r, 3, r.uniform(0.004, 0.01)))
        if cap != "lowlight" and r.random() < 0.12:
            glare = glare or (r.uniform(0.1, 0.9), r.uniform(0.1, 0.9), r.uniform(0.05, 0.1) * (1 if card else 1.2), r.uniform(0.9, 1.2))
        if r.random() < (0.22 if card else 0.15):
            hand = _hand(r, boxes)
            marks.append("hand")
        if r.random() < 0.08 and not card:  # the framing cuts off the page's top or bottom edge
            spec["fill"] = r.uniform(1.05, 1.2)
            spec["shift"] = (0.0, r.choice([-1, 1]) * r.uniform(0.1, 0.25))
            marks.append("cut_off")
    elif cap == "gaopaiyi":  # document camera looking straight down, its LED ring, auto exposure
        W, H = (1920, 1440) if not portrait or card else (1440, 1920)
        spec.update(tilt=r.uniform(0, 4), yaw=r.uniform(-3, 3), roll=r.uniform(-3, 3) + (90 if portrait and not card and r.random() < 0.2 else 0),
                    fov=50, dist=0.4, fill=r.uniform(0.55, 0.85) if card else r.uniform(0.85, 0.97), desk=r.choice([1, 5, 2]),
                    lamp=r.uniform(0.6, 1.0), ambient=r.uniform(0.5, 0.7), light=(pw / 2, ph / 2, 0.4), vignette=r.uniform(0.2, 0.6),
                    noise=r.uniform(0.01, 0.03), exposure=r.uniform(0.9, 1.25), card=card,
                    jitter=_shake_or_defocus(r, shake=False))
        if card and r.random() < 0.3:
            hand = _hand(r, boxes)
            marks.append("hand")
    elif cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax", "scanner_app"):
        dpi_scale = r.uniform(0.75, 1.0)
        W = int(page.width * dpi_scale) if not card else int(page.width * 0.5)
        W = min(W, 2480)
        H = int(W * ph / pw)
        spec.update(ortho=True, fill=r.uniform(0.96, 1.0), desk=3 if cap != "adf" else 4, lamp=0.0, ambient=1.0,
                    roll=0.0, noise=r.uniform(0.0, 0.02), card=card)
        if card:
            spec["fill"] = r.uniform(0.5, 0.8)
            spec["desk"] = r.choice([3, 4])
            W, H = 1400, 1000
        if cap == "adf":
            spec["streak"] = 0.0
            spec["bend"] = (0.5, 0.0, 1.0, 0.0)
        if cap in ("photocopy", "copy_of_copy"):
            lo, hi = (0.42, 0.92) if cap == "photocopy" else (0.4, 0.88)
            spec.update(post=1, lo=lo + r.uniform(-0.05, 0.05), hi=hi + r.uniform(-0.05, 0.05), streak=r.uniform(0.2, 0.7), noise=r.uniform(0.02, 0.06))
        elif cap == "fax":
            W = 1728  # a fax line: 1728 pixels (fine mode, the page reduced to it)
            H = int(W * ph / pw)
            spec.update(post=2, lo=0.35, hi=0.75, streak=1.0 if r.random() < 0.5 else 0.0, noise=0.04)
        elif cap == "scanner_app":
            spec.update(ortho=False, tilt=r.uniform(0, 5), yaw=r.uniform(-10, 10), roll=r.uniform(-2, 2), fov=55, dist=0.5,
                        fill=r.uniform(0.97, 1.0), lamp=0.3, ambient=0.8, post=3, lo=r.uniform(0.1, 0.25), hi=r.uniform(0.7, 0.85))
        spec["shift"] = (r.uniform(-0.01, 0.01), r.uniform(-0.01, 0.01))
        if not card and r.random() < 0.15:  # the sheet was folded in half for the applicant's bag
            spec["crease"] = (r.uniform(0.45, 0.55), r.uniform(0.15, 0.35))
            marks.append("crease")
        if cap != "scanner_app":  # the page lies a little skewed on the glass or in the feeder
            spec["roll"] = r.uniform(-1.5, 1.5) if r.random() < 0.6 else 0.0
    elif cap == "screen_photo":
        return _screen_photo(r, page, boxes, size_m, spec, marks, content)
    if hand:
        spec["hand"] = (hand[0] * pw, hand[1] * ph, 0.012, 0.009 if not card else 0.0045)
        spec["hand_dir"] = hand[2]
        spec["skin"] = r.choice([(0.85, 0.64, 0.52), (0.78, 0.58, 0.45), (0.9, 0.72, 0.62)])
    if glare:
        spec["glare"] = (glare[0] * pw, glare[1] * ph, glare[2] * max(pw, ph), glare[3])
        marks.append("glare")
    img, info = capture.render(page, spec, W, H)
    hidden = _hidden(boxes, spec, info["to_frame"], size_m)
    if cap == "copy_of_copy":  # copied again from the first copy
        spec2 = {"size": (pw, ph), "ortho": True, "fill": 0.99, "desk": 3, "lamp": 0.0, "ambient": 1.0, "post": 1,
                 "lo": 0.45, "hi": 0.92, "streak": r.uniform(0.3, 0.8), "noise": 0.04, "seed": seed + 1}
        img, _ = capture.render(img, spec2, W, H)
        marks.append("second_generation")
    if cap == "chat_screenshot":
        img = _chat(r, img)
    return img, hidden


def _hand(r: random.Random, boxes: dict) -> tuple[float, float, tuple[float, float]]:
    """A thumb on the page: on a value (then that value is hidden) or holding an edge."""
    keys = [k for k in boxes if not k.startswith("address") or k == "address"]
    if keys and r.random() < 0.5:
        b = boxes[r.choice(sorted(keys))]
        x, y = r.uniform(b[0], b[2]), (b[1] + b[3]) / 2
    else:
        x, y = r.choice([(r.uniform(0.0, 0.08), r.uniform(0.3, 0.95)), (r.uniform(0.92, 1.0), r.uniform(0.3, 0.95)),
                         (r.uniform(0.2, 0.8), r.uniform(0.96, 1.0))])
    a = r.uniform(-0.5, 0.5) + (math.pi / 2 if y > 0.5 else -math.pi / 2)
    return x, y, (math.cos(a) * 0.3, math.sin(a))


def _hidden(boxes: dict, spec: dict, to_frame, size_m: tuple) -> set[str]:
    """Fields whose value the capture does not show: under the thumb, washed out by glare, outside
    the frame. A value counts as hidden when any of 33 points over its ink is (glare: mixed ≥ 85 %
    toward white, where black ink keeps less than 15 % of its contrast)."""
    pw, ph = size_m
    hid = set()
    hand = spec.get("hand", (0, 0, 0, 0))
    hd = spec.get("hand_dir", (0.0, 1.0))
    glare = spec.get("glare", (0, 0, 0.05, 0.0))
    for k, (x0, y0, x1, y1) in boxes.items():
        for i in range(11):
            for j in range(3):
                u, v = x0 + (x1 - x0) * (i + 0.5) / 11, y0 + (y1 - y0) * (j + 0.5) / 3
                wx, wy = u * pw, v * ph
                fx, fy = to_frame(u, v)
                out = not (0.003 <= fx <= 0.997 and 0.003 <= fy <= 0.997)
                under = False
                if hand[3] > 0:
                    ax, ay = hand[0] - hd[0] * hand[2], hand[1] - hd[1] * hand[2]
                    bx, by = hand[0] + hd[0] * hand[2] * 6, hand[1] + hd[1] * hand[2] * 6
                    under = _capsule(wx, wy, ax, ay, bx, by) < hand[3] + 0.002
                g = glare[3] * (1 - _smooth(glare[2] * 0.55, glare[2], math.hypot(wx - glare[0], wy - glare[1])))
                if out or under or g > 0.85:
                    hid.add(k)
    for k in list(hid):
        if k.startswith("address") and k != "address":
            hid.add("address")
    return hid


def _capsule(px, py, ax, ay, bx, by) -> float:
    pax, pay, bax, bay = px - ax, py - ay, bx - ax, by - ay
    h = min(max((pax * bax + pay * bay) / (bax * bax + bay * bay), 0.0), 1.0)
    return math.hypot(pax - bax * h, pay - bay * h)


def _smooth(e0: float, e1: float, x: float) -> float:
    t = min(max((x - e0) / (e1 - e0), 0.0), 1.0)
    return t * t * (3 - 2 * t)


def _phone_chrome(r: random.Random, w: int, h: int, dark: bool) -> Image.Image:
    """A phone screen's background: status bar, a viewer's or app's top bar, bottom bar (shapes)."""
    bg = (0, 0, 0) if dark else (246, 246, 246)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    fg = (235, 235, 235) if dark else (30, 30, 30)
    f = art.font("Noto Sans CJK SC", max(min(w, h) // 28, 12))
    d.text((w * 0.05, h * 0.008), f"{r.randint(8, 18)}:{r.randint(0, 59):02d}", font=f, fill=fg)
    for k in range(4):
        d.rectangle((w * (0.78 + k * 0.02), h * 0.022 - k * 4, w * (0.79 + k * 0.02), h * 0.026), fill=fg)
    d.rounded_rectangle((w * 0.88, h * 0.012, w * 0.95, h * 0.026), radius=4, outline=fg, width=2)
    d.rectangle((0, h * 0.94, w, h), fill=(20, 20, 20) if dark else (255, 255, 255))
    return im


def _chat(r: random.Random, photo: Image.Image) -> Image.Image:
    """The photo forwarded through a chat app and screenshotted in its viewer."""
    w = r.choice([1080, 1170, 720])
    h = int(w * r.uniform(2.0, 2.2))
    back = _phone_chrome(r, w, h, dark=True)
    pw = 1.0
    ph = photo.height / photo.width * w / h
    if ph > 0.86:
        pw = 0.86 / ph
        ph = 0.86
    x0 = (1 - pw) / 2
    y0 = 0.5 - ph / 2
    img = capture.blit(photo, w, h, (x0, y0, x0 + pw, y0 + ph), back, {})
    return img


def _screen_photo(r: random.Random, page: Image.Image, boxes: dict, size_m: tuple, spec: dict, marks: list[str],
                  content: tuple | None = None):
    """An e-licence open on a phone, the phone photographed on the counter: the screen's pixels and
    the camera's make moiré. The viewer shows the licence's printed area (`content`, page fractions)."""
    if content:
        u0, v0, u1, v1 = content
        page = page.crop((round(u0 * page.width), round(v0 * page.height), round(u1 * page.width), round(v1 * page.height)))
        boxes = {k: ((b[0] - u0) / (u1 - u0), (b[1] - v0) / (v1 - v0), (b[2] - u0) / (u1 - u0), (b[3] - v0) / (v1 - v0))
                 for k, b in boxes.items()}
        size_m = (size_m[0] * (u1 - u0), size_m[1] * (v1 - v0))
    pw, ph = size_m
    sw, sh = (1080, 2340) if ph >= pw else (2340, 1080)  # a landscape licence: the phone turned
    back = _phone_chrome(r, sw, sh, dark=r.random() < 0.3)
    fw = r.uniform(0.94, 1.0)
    fh = fw * ph / pw * sw / sh
    if fh > 0.84:
        fh = 0.84
        fw = fh * pw / ph * sh / sw
    x0, y0 = (1 - fw) / 2, r.uniform(0.09, 0.96 - fh)
    screen = capture.blit(page, sw, sh, (x0, y0, x0 + fw, y0 + fh), back)
    sbox = {k: (x0 + b[0] * fw, y0 + b[1] * fh, x0 + b[2] * fw, y0 + b[3] * fh) for k, b in boxes.items()}
    phone = (0.07, 0.07 * sh / sw) if sh > sw else (0.07 * sw / sh, 0.07)
    spec.update(size=phone, screen=True, screen_res=(sw, sh), mask=r.uniform(0.1, 0.35), emit=r.uniform(0.7, 1.0),
                tilt=r.uniform(3, 22), yaw=r.uniform(-20, 20), roll=r.uniform(-6, 6), fov=60, dist=0.25, fill=r.uniform(0.85, 0.97),
                desk=r.choice([0, 1, 2]), lamp=0.3, ambient=0.35, light=(0.0, -0.1, 0.5), gloss=r.uniform(0.05, 0.25),
                noise=r.uniform(0.02, 0.05), vignette=0.3, jitter=_jitter(r, 2, 0.002))
    W, H = (1350, 1800) if sh > sw else (1800, 1350)
    if r.random() < 0.25:
        g = (r.uniform(0.2, 0.8), r.uniform(0.2, 0.8), r.uniform(0.1, 0.2), r.uniform(0.8, 1.1))
        spec["glare"] = (g[0] * phone[0], g[1] * phone[1], g[2] * phone[1], g[3])
        marks.append("glare")
    marks.append("moire")
    img, info = capture.render(screen, spec, W, H)
    return img, _hidden(sbox, spec, info["to_frame"], phone)


def _format(r: random.Random, cap: str) -> str:
    if cap == "fax":
        return r.choice(["tiff", "tiff", "png", "pdf"])
    if cap in ("flatbed", "adf"):
        return r.choice(["png", "tiff", "pdf", "jpg", "jpg"])
    if cap in ("photocopy", "copy_of_copy", "scanner_app"):
        return r.choice(["pdf", "jpg", "png", "jpg"])
    if cap == "chat_screenshot":
        return r.choice(["jpg", "jpg", "png", "webp"])
    return r.choice(["jpg", "jpg", "jpg", "webp", "png"]) if cap != "lowlight" else "jpg"


def _write(img: Image.Image, dest: Path, fmt: str, r: random.Random, cap: str) -> None:
    gray = cap in ("photocopy", "copy_of_copy", "adf") and r.random() < 0.6
    if cap == "fax":
        im = img.convert("L").convert("1", dither=Image.NONE)  # the post pass already drew 0/255
    elif gray:
        im = img.convert("L")
    else:
        im = img
    if fmt == "jpg":
        im.convert("L" if im.mode in ("1", "L") else "RGB").save(dest, "JPEG", quality=r.randint(45, 92))
    elif fmt == "png":
        im.save(dest, "PNG")
    elif fmt == "webp":
        im.convert("RGB").save(dest, "WEBP", quality=r.randint(50, 85), method=4)
    elif fmt == "tiff":
        if im.mode == "1":
            im.save(dest, "TIFF", compression="group4", dpi=(200, 200))
        else:
            im.save(dest, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    else:
        im.convert("L" if im.mode == "1" else im.mode).save(dest, "PDF", resolution=r.choice([150.0, 200.0, 300.0]))
        sheet.pin_pdf(dest)
