"""Family Q: generate(dir, n, seed) -> truth; params_hash(n, seed); summary(truth)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from benchmarks.docgen_q import capture as C
from benchmarks.docgen_q import docs as D
from benchmarks.docgen_q import faces as F

MIX = {"id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
       "food_business_license": 20, "other": 20}
MAKERS = {"id_card_front": D.id_front, "id_card_back": D.id_back, "business_license": D.business_license,
          "public_health_license": D.health_license, "food_business_license": D.food_license, "other": D.negative}
PURPOSES = ["办理食品经营许可", "公共场所卫生许可变更", "营业执照变更登记", "综合窗口受理", "银行开户"]
FORMATS = [("jpg", 0.5), ("png", 0.14), ("webp", 0.12), ("tif", 0.1), ("pdf", 0.14)]
HERE = Path(__file__).resolve().parent


def params_hash(n: int, seed: int) -> str:
    h = hashlib.sha256(f"Q|{n}|{seed}|{F.pango_version()}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def kinds_for(n: int, seed: int) -> list[str]:
    total = sum(MIX.values())
    counts = {k: max(1 if n >= len(MIX) else 0, round(v * n / total)) for k, v in MIX.items()}
    while sum(counts.values()) > n:
        counts[max(counts, key=counts.get)] -= 1
    while sum(counts.values()) < n:
        counts["business_license"] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    np.random.default_rng([seed, 99]).shuffle(kinds)
    return kinds


def _pdf(jpeg: bytes, w: int, h: int, dpi: float = 200) -> bytes:
    pw, ph = w * 72 / dpi, h * 72 / dpi
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode() + jpeg + b"\nendstream",
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _write(img: np.ndarray, path_stem: Path, fmt: str, rng) -> str:
    import cv2
    bgr = (np.clip(img, 0, 1)[..., ::-1] * 255 + 0.5).astype(np.uint8)
    if fmt == "jpg":
        ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(55, 96))])
    elif fmt == "png":
        ok, buf = cv2.imencode(".png", bgr)
    elif fmt == "webp":
        ok, buf = cv2.imencode(".webp", bgr, [cv2.IMWRITE_WEBP_QUALITY, int(rng.integers(60, 92))])
    elif fmt == "tif":
        ok, buf = cv2.imencode(".tif", bgr)
    else:
        ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(75, 92))])
        data = _pdf(buf.tobytes(), bgr.shape[1], bgr.shape[0])
        p = path_stem.with_suffix(".pdf")
        p.write_bytes(data)
        return p.name
    assert ok
    p = path_stem.with_suffix("." + fmt)
    p.write_bytes(buf.tobytes())
    return p.name


def make_one(i: int, kind: str, seed: int, out: Path) -> dict:
    rng = np.random.default_rng([seed, i])
    pg, fields, variant = MAKERS[kind](rng)
    card = kind in ("id_card_front", "id_card_back") or variant == "bankcard"
    caps = C.CARD_CAPTURES if card else [c for c in C.PAGE_CAPTURES if c != "wall_frame" or variant in C.FRAMED]
    cap = caps[int(rng.integers(len(caps)))]
    marks = []
    photo = cap in ("gaopaiyi_exposure", "counter_glass", "chat_forward", "screen_moire", "wall_frame")
    bw = cap == "bw_scan"            # in 1 bit a pen watermark or a company seal turns black over the values
    if rng.random() < 0.25 and not bw:
        C.mark_watermark(pg, rng, PURPOSES[int(rng.integers(len(PURPOSES)))])
        marks.append("usage_watermark")
    if not card and not bw and kind != "other" and rng.random() < 0.2:
        C.mark_company_seal(pg, rng, fields.get("name") or "综合受理窗口")
        marks.append("company_seal")
    if kind != "other" and rng.random() < 0.1:
        C.mark_highlighter(pg, rng)
        marks.append("highlighter")
    if rng.random() < 0.08:
        C.mark_sticky(pg, rng)
        marks.append("sticky_note")
    if not card and rng.random() < 0.15:
        C.mark_crease(pg, rng)
        marks.append("crease")
    if photo and rng.random() < 0.25:
        strong = rng.random() < 0.5
        C.mark_glare(pg, rng, strong)
        marks.append("glare_strong" if strong else "glare")
    if cap == "counter_glass" and rng.random() < 0.7:
        C.mark_hand(pg, rng)
        marks.append("hand")
    truth = {k: {"value": v, "unreadable": bool(pg.unreadable(k))} for k, v in fields.items()} if kind != "other" else {}
    img, cap_name = C.capture(pg, cap, rng, card)
    if cap in ("flatbed", "adf", "certified_copy", "bw_scan") and rng.random() < 0.12:
        k = int(rng.integers(1, 4))
        img = np.ascontiguousarray(np.rot90(img, k))
        marks.append(f"rotated_{90 * k}")
    fmt = "png" if cap in ("chat_forward", "bw_scan") and rng.random() < 0.6 else FORMATS[int(rng.choice(len(FORMATS), p=[p for _, p in FORMATS]))][0]
    name = _write(img.astype(np.float32), out / f"q{i + 1:04d}", fmt, rng)
    return {"file": name, "kind": kind, "fields": truth, "capture": cap_name, "variant": variant,
            "marks": sorted(marks), "faces": sorted(pg.faces), "formats": [fmt]}


def generate(dir, n: int = 150, seed: int = 8585) -> dict:
    out = Path(dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [make_one(i, k, seed, out) for i, k in enumerate(kinds_for(n, seed))]
    truth = {"family": "Q", "params_hash": params_hash(n, seed), "n": n, "seed": seed, "files": files}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def summary(truth: dict) -> dict:
    count = lambda key: {v: sum(1 for f in truth["files"] if v in (f[key] if isinstance(f[key], list) else [f[key]]))  # noqa: E731
                         for v in sorted({x for f in truth["files"] for x in (f[key] if isinstance(f[key], list) else [f[key]])})}
    return {"files": len(truth["files"]), "kinds": count("kind"), "captures": count("capture"), "variants": count("variant"),
            "marks": count("marks"), "formats": count("formats"), "faces": count("faces"),
            "unreadable": sum(1 for f in truth["files"] for t in f["fields"].values() if t["unreadable"])}
