"""Document family C: a third, independent photo set for the OCR pre-fill benchmark (issue 15).

Written without looking at the extractor (app/prefill, app/imaging) or at families A/B; only the
field contract `benchmarks/docgen_b/FIELDS.md` and the scorer `benchmarks/ocr_scoring.py` are
shared. Pages are drawn the way the printed originals are laid out (national business-licence
template 正本/副本 in both orientations, justified labels, wrapping 住所 and 经营范围, seals, QR
captions, 个体工商户 and 分公司 licences, 卫生许可证, 食品经营许可证, ID card front/back, 户口簿,
结婚证, 不动产权证书, bank cards) and then captured as phone photos, scans or photocopies
(`capture.py`). Deterministic by seed; files are generated at bench time, not kept in git.

    generate(out_dir, n=180, seed=11) -> out_dir / "truth.json"   (format: see ocr_scoring.py)
    python -m benchmarks.docgen_c OUT [--n 180] [--seed 11]
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import cv2

from benchmarks.docgen_c import capture as C
from benchmarks.docgen_c import licences as L
from benchmarks.docgen_c import negatives as N
from benchmarks.docgen_c import personal as P
from benchmarks.docgen_c.render import Page

# share of the set per kind (weighted toward what the targets are stated over)
MIX = (("business_license", 58), ("id_card_front", 30), ("id_card_back", 22), ("public_health_license", 14),
       ("food_business_license", 14), ("household_register", 10), ("marriage_certificate", 8),
       ("real_estate_certificate", 8), ("bank_card", 8), ("other", 10))
CARDS = ("id_card_front", "id_card_back", "bank_card")


def plan(n: int, seed: int) -> list[str]:
    total = sum(w for _, w in MIX)
    kinds: list[str] = []
    acc = 0.0
    for kind, w in MIX:
        acc += w * n / total
        kinds += [kind] * (int(round(acc)) - len(kinds))
    random.Random(seed).shuffle(kinds)
    return kinds


def render(kind: str, r: random.Random, index: int) -> Page:
    if kind == "business_license":
        sub = r.choices(("company", "individual", "branch"), (0.65, 0.22, 0.13))[0]
        copy = r.choice(("正本", "副本"))
        landscape = (r.random() < 0.75) if copy == "正本" else (r.random() < 0.2)
        return L.business_licence(r, sub, copy, landscape)
    if kind == "public_health_license":
        return L.health_licence(r)
    if kind == "food_business_license":
        return L.food_licence(r, r.choice(("正本", "副本")))
    if kind == "other":
        return N.MAKERS[index % len(N.MAKERS)](r)
    return {"id_card_front": P.id_front, "id_card_back": P.id_back, "household_register": P.household,
            "marriage_certificate": P.marriage, "real_estate_certificate": P.real_estate, "bank_card": P.bank_card}[kind](r)


def doc_mm(kind: str, page: Page) -> tuple[float, float]:
    land = page.img.width > page.img.height
    if kind in CARDS:
        return (85.6, 54.0)
    if kind == "business_license":
        return (420.0, 297.0) if land else (210.0, 297.0)
    if kind == "food_business_license":
        return (297.0, 210.0) if land else (210.0, 297.0)
    if kind == "household_register":
        return (128.0, 182.0)
    if kind == "marriage_certificate":
        return (256.0, 92.0)
    if kind == "real_estate_certificate":
        return (190.0, 265.0)
    return (210.0, 297.0) if not land else (297.0, 210.0)


def shoot(kind: str, page: Page, r: random.Random) -> C.Shot:
    card = kind in CARDS
    if kind == "other" and page.variant == "noise":
        return C.screen(page.img, r)
    mm = doc_mm(kind, page)
    licence = kind.endswith("license")
    weights = (0.5, 0.2, 0.22, 0.08) if licence else (0.6, 0.2, 0.2, 0.0) if card else (0.6, 0.25, 0.15, 0.0)
    mode = r.choices(("phone", "scan", "copy", "screen"), weights)[0]
    if mode == "phone":
        size_class = "card" if card else ("a3" if max(mm) > 300 else "a4")
        return C.phone(page.img, r, size_class, card)
    if mode == "scan":
        return C.scan(page.img, mm, r, card)
    if mode == "copy":
        boxes = [b for bs in page.boxes.values() for b in bs]
        return C.copy(page.img, mm, r, card, boxes)
    return C.screen(page.img, r)


def generate(out_dir: Path | str, n: int = 180, seed: int = 11) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for i, kind in enumerate(plan(n, seed)):
        r = random.Random(seed * 1_000_003 + i)
        page = render(kind, r, i)
        shot = shoot(kind, page, r)
        name = f"c{i:04d}.{shot.ext}"
        params = [cv2.IMWRITE_JPEG_QUALITY, shot.quality] if shot.ext == "jpg" else [cv2.IMWRITE_PNG_COMPRESSION, 3]
        cv2.imwrite(str(out / name), shot.image, params)
        fields = {}
        for key, value in (page.truth if kind != "other" else {}).items():
            why = C.hidden(shot, page.boxes.get(key, [])) if value else ""
            fields[key] = {"value": value, "unreadable": bool(why), **({"hidden_by": why} if why else {})}
        entries.append({"file": name, "kind": kind, "variant": page.variant, "capture": shot.mode,
                        "size": [int(shot.image.shape[1]), int(shot.image.shape[0])], "fields": fields})
    truth = {"family": "C", "seed": seed, "files": entries}
    path = out / "truth.json"
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def summary(truth: dict) -> str:
    kinds = Counter(e["kind"] for e in truth["files"])
    caps = Counter(e["capture"] for e in truth["files"])
    unread = Counter(f.get("hidden_by") for e in truth["files"] for f in e["fields"].values() if f["unreadable"])
    by_kind_cap = Counter((e["kind"], e["capture"].rstrip("0123456789")) for e in truth["files"])
    lines = [f"files {len(truth['files'])}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()),
             "capture: " + ", ".join(f"{k} {v}" for k, v in sorted(caps.items())),
             "unreadable fields: " + (", ".join(f"{k} {v}" for k, v in unread.items()) or "none")]
    for k in kinds:
        lines.append(f"  {k:26} " + ", ".join(f"{c} {n}" for (kk, c), n in sorted(by_kind_cap.items()) if kk == k))
    return "\n".join(lines)
