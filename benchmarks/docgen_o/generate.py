"""Family O: generate(dir, n, seed) -> truth; params_hash(n, seed); summary(truth). See README.md."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections import Counter
from pathlib import Path

from benchmarks.docgen_o import capture as C
from benchmarks.docgen_o import docs as D
from benchmarks.docgen_o import values as V
from benchmarks.docgen_o.page import Page

HERE = Path(__file__).resolve().parent
MIX = [("id_card_front", 25), ("id_card_back", 20), ("business_license", 50), ("public_health_license", 15),
       ("food_business_license", 20), ("other", 20)]
OTHERS = ["blank", "receipt", "form", "letter", "hukou", "bank_card", "authorisation"]
LICENCE_CAPS = ["flatbed", "scanapp_bw", "gaopaiyi", "phone_desk", "photocopy_grey", "glass_frame", "sleeve", "lowlight"]
CARD_CAPS = ["card_a4_flatbed", "card_a4_copy", "card_a4_scanapp", "phone_desk", "gaopaiyi", "lowlight", "sleeve"]


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"O|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def schedule(n: int, seed: int) -> list[str]:
    """The kinds of files 1..n: the 150-file mix shuffled, so a smaller set is a prefix of the full one."""
    kinds = [k for k, c in MIX for _ in range(c)]
    random.Random(f"O-schedule-{seed}").shuffle(kinds)
    return (kinds * (n // len(kinds) + 1))[:n]


def _free_spot(rng, page: Page, w, h, tries=40):
    """A place for a w×h mark that touches no scored value."""
    for _ in range(tries):
        x, y = rng.uniform(0.05, 0.95) * page.w - w / 2, rng.uniform(0.3, 0.95) * page.h - h / 2   # below the title
        if all(x + w < b[0] - 8 or x > b[2] + 8 or y + h < b[1] - 8 or y > b[3] + 8 for b in page.boxes.values()):
            return x, y
    return None


def copy_stamp(rng, page: Page) -> bool:
    """复印件与原件一致 in a box, a handwritten signature and date, where it covers no value."""
    s = page.w / 40
    spot = _free_spot(rng, page, s * 9, s * 4.2)
    if not spot:
        return False
    x, y = spot
    col = rng.choice(["#C0182BCC", "#1D3FA8CC"])
    page.rect(x, y, x + s * 8.6, y + s * 1.7, stroke=col, sw=s * 0.1)
    page.text(x + s * 0.5, y + s * 1.25, "复印件与原件一致", rng.choice(["zenhei", "uming"]), s * 0.95, fill=col)
    ink = rng.choice(["#1B1B6ECC", "#111111CC"])
    page.text(x + s * 0.6, y + s * 3.0, V.person(rng), "wenkai", s * 1.3, fill=ink, angle=rng.uniform(-8, 4))
    page.text(x + s * 4.2, y + s * 3.6, f"2026.{rng.randint(1, 11)}.{rng.randint(1, 28)}", "wenkai", s * 0.9, fill=ink)
    return True


def watermark(rng, page: Page) -> None:
    biz = rng.choice(["食品经营许可", "营业执照变更", "卫生许可", "社保", "公积金提取", "个体户开业"])
    txt = f"仅供办理{biz}业务使用，他用无效"
    s = page.w / rng.choice([34, 40, 46])
    col = rng.choice(["#7A7A7A50", "#3060C048", "#C0303040"])
    ang = rng.choice([-30, -25, -35])
    step_y = s * 4
    for r, yy in enumerate(range(int(-page.h * 0.2), int(page.h * 1.2), int(step_y))):
        for xx in range(int(-page.w * 0.3) + (r % 2) * int(s * 6), int(page.w * 1.1), int(s * 14)):
            page.text(xx, yy, txt, "zenhei", s, fill=col, angle=ang)


def half_seal(rng, page: Page) -> None:
    r = page.w / 11
    page.seal(page.w + r * 0.1, rng.uniform(0.3, 0.7) * page.h, r, "上海市某某科技有限公司合同专用章")


def app_watermark(rng, page: Page) -> None:
    app = rng.choice(["扫描全能王 创建", "由 夸克扫描王 扫描", "WPS 扫描件", "白描 · 文档扫描"])
    s = page.w / 60
    page.text(page.w - s * 12, page.h - s * 1.2, app, "smiley", s, fill="#555555")


def glare(rng, page: Page, fields: dict, unreadable: set) -> None:
    """A hot reflection that washes out one value completely: that value is unreadable."""
    keys = [k for k in page.boxes if fields.get(k)]
    if not keys:
        return
    k = rng.choice(keys)
    x0, y0, x1, y1 = page.boxes[k]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    page.ellipse(cx, cy, (x1 - x0) / 2 + 40, (y1 - y0) / 2 + 30, fill="#FFFFFFF4")
    page.ellipse(cx, cy, (x1 - x0) / 2 + 90, (y1 - y0) / 2 + 60, fill="#FFFFFF50")
    unreadable.add(k)


def finger(rng, page: Page) -> None:
    y = rng.uniform(0.55, 0.8) * page.h
    page.ellipse(10, y, 55, 95, fill="#D9A07C")
    page.ellipse(30, y - 60, 35, 30, fill="#E8B99A")


def card_on_a4(rng, card_png: str, tmp: Path) -> Page:
    """The card printed on an A4 copy page (the way a window keeps an ID copy)."""
    a4 = Page(1654, 2339, bg=rng.choice(["#FFFFFF", "#F8F8F4"]))       # A4 at 200 dpi: the card at its real 85.6 mm
    cw = rng.randint(660, 760)
    ch = cw * 675 // 1070
    x, y = rng.randint(150, 1654 - cw - 150), rng.randint(200, 950)
    a4.raw(f"image over {x},{y} {cw},{ch} '{card_png}'")
    a4.boxes = {"card": (x, y, x + cw, y + ch)}
    return a4


def make(rng: random.Random, kind: str, tmp: Path, idx: int):
    marks: list[str] = []
    unreadable: set[str] = set()
    if kind in ("id_card_front", "id_card_back"):
        page, fields, variant, faces = D.id_front(rng) if kind == "id_card_front" else D.id_back(rng)
        cap = rng.choice(CARD_CAPS)
        if cap in ("phone_desk", "lowlight") and rng.random() < 0.5:
            finger(rng, page)
            marks.append("finger")
        card = str(tmp / "card.png")
        page.render(card)
        if cap.startswith("card_a4"):
            a4 = card_on_a4(rng, card, tmp)
            if rng.random() < 0.6:
                watermark(rng, a4)
                marks.append("watermark")
            if rng.random() < 0.4:
                a4.boxes = {"card": a4.boxes["card"]}
                if copy_stamp(rng, a4):
                    marks.append("copy_stamp")
            src = str(tmp / "page.png")
            a4.render(src)
            cap_real = {"card_a4_flatbed": "flatbed", "card_a4_copy": "photocopy_grey", "card_a4_scanapp": "scanapp_bw"}[cap]
            img = C.capture(rng, src, tmp, cap_real, soft="watermark" in marks)
        else:
            img = C.capture(rng, card, tmp, cap)
        return img, fields, variant, faces, cap, marks, unreadable
    if kind == "other":
        which = OTHERS[idx % len(OTHERS)] if rng.random() < 0.8 else rng.choice(OTHERS)
        page, fields, variant, faces = D.other(rng, which)
        cap = rng.choice(["flatbed", "phone_desk", "scanapp_bw", "photocopy_grey", "gaopaiyi"])
    else:
        copy = rng.random() < 0.5
        maker = {"business_license": D.business_license, "food_business_license": D.food_license,
                 "public_health_license": D.health_license}[kind]
        page, fields, variant, faces = maker(rng, copy)
        cap = rng.choice(LICENCE_CAPS)
        if cap in ("photocopy_grey", "flatbed", "scanapp_bw") and rng.random() < 0.5 and copy_stamp(rng, page):
            marks.append("copy_stamp")
        if cap in ("photocopy_grey", "flatbed") and rng.random() < 0.3:
            watermark(rng, page)
            marks.append("watermark")
        if rng.random() < 0.15:
            half_seal(rng, page)
            marks.append("half_seal")
        if cap == "glass_frame" and rng.random() < 0.5:
            glare(rng, page, fields, unreadable)
            marks.append("glare")
    if cap == "scanapp_bw":
        app_watermark(rng, page)
        marks.append("app_watermark")
    src = str(tmp / "page.png")
    page.render(src)
    img = C.capture(rng, src, tmp, cap, soft="watermark" in marks)
    return img, fields, variant, faces, cap, marks, unreadable


def generate(out_dir, n: int = 150, seed: int = 6161) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / "_work"
    tmp.mkdir(exist_ok=True)
    files = []
    for i, kind in enumerate(schedule(n, seed)):
        rng = random.Random(f"O-{seed}-{i}")
        img, fields, variant, faces, cap, marks, unreadable = make(rng, kind, tmp, i)
        fmt = rng.choices(["jpg", "png", "webp", "tif", "pdf"], weights=[10, 3, 2, 1.5, 1.5])[0]
        if kind == "other" and fmt == "pdf":
            fmt = "png"
        rotate = rng.choices([0, 90, 180, 270], weights=[14, 2, 1.5, 1])[0]
        first = None
        if fmt == "pdf":
            cover = Page(1240, 1754)
            cover.spread(400, 220, "申请材料目录", "uming", 52, 440)
            for j, t in enumerate(["1. 申请书", "2. 营业执照复印件", "3. 法定代表人身份证明", "4. 场所使用证明", "5. 其他材料"]):
                cover.text(200, 380 + j * 70, t, "babelstone", 34)
            first = str(tmp / "cover.png")
            cover.render(first)
        name = C.write(rng, img, out / f"o{i + 1:04d}", fmt, rotate, first)
        if rotate:
            marks.append(f"rotated{rotate}")
        files.append({"file": name, "kind": kind, "variant": variant, "capture": cap, "marks": marks,
                      "faces": sorted(set(faces)), "formats": [fmt],
                      "fields": {k: {"value": v, "unreadable": k in unreadable} for k, v in fields.items()}})
    shutil.rmtree(tmp, ignore_errors=True)
    truth = {"family": "O", "params_hash": params_hash(n, seed), "n": n, "seed": seed, "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    fs = truth["files"]
    return {"files": len(fs), "kinds": dict(Counter(f["kind"] for f in fs)),
            "captures": dict(Counter(f["capture"] for f in fs)),
            "formats": dict(Counter(f["formats"][0] for f in fs)),
            "marks": dict(Counter(m for f in fs for m in f["marks"])),
            "unreadable": sum(1 for f in fs for v in f["fields"].values() if v["unreadable"])}
