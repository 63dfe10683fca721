"""Family ZH's captures, done by OpenImageIO's `oiiotool` (Debian openimageio-tools 2.4): one command
chain per file — page-space marks and occluders composited with --over, --paste onto a transparent
canvas, --warp with a 3×3 homography (phone at an angle, 高拍仪, scanner skew), --st_warp for folds and
curls, the desk under it with --over, --blur/--median, seeded --noise, --ccmatrix colour casts, --powc
gamma, --contrast, --mul by vignettes, shadows and screen moiré, --resize, --text for 复印件与原件一致 notes,
and its JPEG/PNG/WEBP/TIFF writers with quality settings. numpy/Pillow only make the desk textures, the
masks (vignette, shadow, glare, st maps), hands, signatures and rotated watermarks, the 1-bit fax
dither and the PDF wrapper of scanner-app output.

A value is `unreadable` when a character of it lies (half or more of its cell) under an opaque thumb or
a blown-out glare, or outside the frame: computed from the page boxes of each character (fo.Page.boxes)."""

from __future__ import annotations

import io
import math
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

KAI_TTF = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
HEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# capture → weight per kind group (card, licence, other)
CAPTURES = {
    "phone_desk": (5, 4, 3), "phone_lowlight": (2, 2, 1), "phone_shadow": (2, 2, 1), "phone_hand": (3, 1, 1),
    "sleeve_glare": (2, 1, 0), "fold_curl": (1, 2, 1), "gaopaiyi": (3, 2, 1), "flatbed": (2, 2, 2), "adf": (0, 2, 1),
    "photocopy": (3, 2, 2), "copy_of_copy": (1, 1, 1), "fax": (1, 1, 1), "scanner_app": (2, 2, 1),
    "chat_screenshot": (2, 1, 1), "screen_photo": (1, 1, 1), "e_pdf": (0, 2, 0),
}
FORMATS = {
    "phone_desk": ("jpg", "jpg", "webp", "png"), "phone_lowlight": ("jpg",), "phone_shadow": ("jpg", "webp"),
    "phone_hand": ("jpg",), "sleeve_glare": ("jpg", "png"), "fold_curl": ("jpg", "webp"), "gaopaiyi": ("jpg", "png"),
    "flatbed": ("png", "tif", "pdf", "jpg"), "adf": ("tif", "pdf", "png"), "photocopy": ("png", "jpg", "tif"),
    "copy_of_copy": ("jpg", "png"), "fax": ("tif", "png"), "scanner_app": ("jpg", "pdf"),
    "chat_screenshot": ("png", "jpg"), "screen_photo": ("jpg",), "e_pdf": ("pdf",),
}
WATERMARKS = ["仅供办理营业执照变更登记使用", "仅供办理食品经营许可使用，他用无效", "仅供银行开户使用", "仅供政务服务窗口办理业务使用",
              "仅供申请公共场所卫生许可证使用", "此复印件仅供办理社保登记使用，再复印无效"]


def group(kind: str) -> int:
    return 0 if kind.startswith("id_card") else 2 if kind == "other" else 1


def choose(rng: np.random.Generator, kind: str) -> tuple[str, str]:
    names = list(CAPTURES)
    w = np.array([CAPTURES[c][group(kind)] for c in names], float)
    cap = names[int(rng.choice(len(names), p=w / w.sum()))]
    fmt = FORMATS[cap][int(rng.integers(len(FORMATS[cap])))]
    return cap, fmt


def page_dpi(cap: str, master: str) -> int:
    if master == "card":
        return {"fax": 200, "chat_screenshot": 220, "flatbed": 220, "photocopy": 200, "copy_of_copy": 200, "adf": 200,
                "scanner_app": 240}.get(cap, 270)
    big = master == "a3l"
    if cap in ("fax",):
        return 96 if big else 136
    if cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "scanner_app"):
        return 100 if big else 136
    return 95 if big else 125


# ---------------------------------------------------------------- numpy helpers
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, max(size, 6))


def desk(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A desk or counter surface: wood grain, grey laminate, green cutting mat, dark cloth."""
    kind = int(rng.integers(4))
    fw, fh = w, h
    w, h = w // 3 + 1, h // 3 + 1
    y, x = np.mgrid[0:h, 0:w].astype(np.float32) * 3
    noise = rng.normal(0, 1, (h // 3 + 2, w // 3 + 2)).astype(np.float32)
    nz = np.asarray(Image.fromarray(noise).resize((w, h), Image.BILINEAR))
    if kind == 0:
        base = np.array([0.55, 0.38, 0.22]) * float(rng.uniform(0.8, 1.15))
        grain = 0.08 * np.sin((y + 25 * np.sin(x / 180 + float(rng.uniform(0, 6)))) / float(rng.uniform(3, 7))) + 0.03 * nz
    elif kind == 1:
        base = np.array([0.78, 0.78, 0.76]) * float(rng.uniform(0.85, 1.05))
        grain = 0.02 * nz
    elif kind == 2:
        base = np.array([0.18, 0.42, 0.32])
        grain = 0.02 * nz + 0.05 * ((x % 60 < 1.5) | (y % 60 < 1.5))
    else:
        base = np.array([0.16, 0.17, 0.2]) * float(rng.uniform(0.8, 1.3))
        grain = 0.03 * nz
    img = np.clip(base[None, None, :] * (1 + grain[..., None]), 0, 1)
    return np.asarray(Image.fromarray((img * 255).astype(np.uint8)).resize((fw, fh), Image.BILINEAR))


def save_png(arr: np.ndarray, path: Path) -> Path:
    Image.fromarray(arr).save(path, optimize=False, compress_level=1)
    return path


def vignette(w: int, h: int, strength: float, cx: float = 0.5, cy: float = 0.5) -> np.ndarray:
    y, x = np.mgrid[0:h // 4 + 1, 0:w // 4 + 1].astype(np.float32) * 4
    r = np.hypot((x / w - cx) * 1.2, (y / h - cy) * 1.2)
    v = (np.clip(1 - strength * r ** 2, 0.2, 1) * 255).astype(np.uint8)
    return np.asarray(Image.fromarray(v).resize((w, h), Image.BILINEAR).convert("RGB"))


def shadow_mask(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A soft shadow (a phone or head) falling over part of the frame: multiply mask."""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    side = int(rng.integers(4))
    k = float(rng.uniform(0.25, 0.5))
    pts = {0: [(0, 0), (int(w * k), 0), (int(w * k * 0.6), h), (0, h)],
           1: [(w, 0), (w - int(w * k), 0), (w - int(w * k * 1.3), h), (w, h)],
           2: [(0, 0), (w, 0), (w, int(h * k * 0.7)), (0, int(h * k))],
           3: [(0, h), (w, h), (w, h - int(h * k)), (0, h - int(h * k * 0.6))]}[side]
    d.polygon(pts, fill=int(rng.uniform(110, 170)))
    img = img.filter(ImageFilter.GaussianBlur(max(w, h) / 40))
    a = np.asarray(img)
    return np.repeat(a[..., None], 3, axis=2)


# ---------------------------------------------------------------- page-space overlay
def overlay(rng: np.random.Generator, w: int, h: int, cap: str, kind: str, dpi: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """RGBA marks drawn over the page (watermark, seal stamp, signature, thumb, glare) and the occlusion
    map (1 = this pixel hides the ink under it)."""
    ov = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    occ = np.zeros((h, w), np.float32)
    marks: list[str] = []
    mm = dpi / 25.4
    copyish = cap in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf", "scanner_app", "gaopaiyi")
    if kind != "other" and rng.random() < (0.45 if copyish else 0.15):
        text = WATERMARKS[int(rng.integers(len(WATERMARKS)))]
        size = int((7 if kind.startswith("id_card") else 14) * mm)
        layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
        dl = ImageDraw.Draw(layer)
        f = _font(HEI, size)
        col = (60, 60, 60, 70) if rng.random() < 0.5 else (200, 40, 40, 80)
        step = int(size * 4)
        for yy in range(0, h * 2, step):
            dl.text(((yy // step) % 2 * size * 3, yy), (text + "　　") * 4, font=f, fill=col)
        layer = layer.rotate(float(rng.uniform(20, 35)), resample=Image.BILINEAR, center=(w, h))
        ov.alpha_composite(layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h)))
        marks.append("watermark")
    if kind not in ("other", "id_card_front", "id_card_back") and copyish and rng.random() < 0.4:
        # 复印件与原件一致 and a signature, handwritten in the blank band above the footer (Pillow: oiiotool's
        # --text draws no CJK from a collection file)
        size = int(8.5 * mm)
        x, y = int(rng.uniform(0.5, 0.6) * w), int(0.88 * h) - size
        col = (25, 40, 120, 235) if rng.random() < 0.6 else (190, 25, 25, 235)
        dn = ImageDraw.Draw(ov)
        dn.text((x, y), "复印件与原件一致", font=_font(KAI_TTF, size), fill=col)
        pts = [(x + size * 5 + k * size * 0.3, y + size * 1.4 + size * 0.45 * math.sin(k * 1.3 + float(rng.uniform(0, 3))))
               for k in range(14)]
        dn.line(pts, fill=col, width=max(2, size // 9), joint="curve")
        marks.append("copy_note_signed")
    if kind in ("business_license", "food_business_license", "public_health_license") and rng.random() < 0.25:
        # the holder's own seal stamped on the copy, over the text
        r = int(19 * mm)
        cx, cy = int(rng.uniform(0.3, 0.7) * w), int(rng.uniform(0.35, 0.75) * h)
        sl = Image.new("RGBA", (2 * r + 4, 2 * r + 4), (0, 0, 0, 0))
        ds = ImageDraw.Draw(sl)
        ds.ellipse((2, 2, 2 * r, 2 * r), outline=(215, 30, 40, 150), width=max(2, int(1.2 * mm)))
        f = _font(UKAI, int(4.2 * mm))
        name = "合同专用章" if rng.random() < 0.3 else "公章"
        ds.text((r - f.getlength(name) / 2, int(r * 1.3)), name, font=f, fill=(215, 30, 40, 150))
        ds.regular_polygon((r, r, int(r * 0.3)), 5, rotation=0, fill=(215, 30, 40, 150))
        ov.alpha_composite(sl.rotate(float(rng.uniform(-30, 30))), (cx - r, cy - r))
        marks.append("seal_over_text")
    if cap == "phone_hand":  # a thumb over the edge of the document
        side = int(rng.integers(4))
        tw, th = (0.16 * w, 0.5 * h) if kind.startswith("id_card") else (0.09 * w, 0.22 * h)
        along = float(rng.uniform(0.2, 0.8))
        depth = float(rng.uniform(0.55, 1.0))
        if side in (0, 1):
            cx = (0 if side == 0 else w) + (1 if side == 0 else -1) * tw * (depth - 0.5)
            box = (cx - tw / 2, along * h - th / 2, cx + tw / 2, along * h + th / 2)
        else:
            th, tw = tw * (h / w) ** 0 * 1.0, th * 0.7
            cy = (0 if side == 2 else h) + (1 if side == 2 else -1) * th * (depth - 0.5)
            box = (along * w - tw / 2, cy - th / 2, along * w + tw / 2, cy + th / 2)
        hand = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        dh = ImageDraw.Draw(hand)
        skin = tuple(int(c) for c in rng.integers([190, 140, 110], [235, 185, 160])) + (255,)
        dh.ellipse(box, fill=skin)
        nail = (box[0] + (box[2] - box[0]) * 0.25, box[1] + (box[3] - box[1]) * 0.1, box[2] - (box[2] - box[0]) * 0.25,
                box[1] + (box[3] - box[1]) * 0.35) if side != 2 else (box[0] + (box[2] - box[0]) * 0.25, box[3] - (box[3] - box[1]) * 0.35,
                                                                       box[2] - (box[2] - box[0]) * 0.25, box[3] - (box[3] - box[1]) * 0.1)
        dh.ellipse(nail, fill=(238, 205, 195, 255))
        hand = hand.filter(ImageFilter.GaussianBlur(max(2, w / 500)))
        ha = np.asarray(hand)[..., 3].astype(np.float32) / 255
        occ = np.maximum(occ, (ha > 0.8).astype(np.float32))
        ov.alpha_composite(hand)
        marks.append("thumb")
    if cap == "sleeve_glare":
        y, x = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = float(rng.uniform(0.2, 0.8)) * w, float(rng.uniform(0.2, 0.8)) * h
        rx, ry = float(rng.uniform(0.08, 0.2)) * w, float(rng.uniform(0.06, 0.16)) * h
        ang = float(rng.uniform(0, math.pi))
        xr = (x - gx) * math.cos(ang) + (y - gy) * math.sin(ang)
        yr = -(x - gx) * math.sin(ang) + (y - gy) * math.cos(ang)
        d2 = (xr / rx) ** 2 + (yr / ry) ** 2
        a = np.clip(1.5 * np.exp(-d2 * 0.7), 0, 1) * float(rng.uniform(0.9, 1.0))
        g = np.zeros((h, w, 4), np.uint8)
        g[..., :3] = 255
        g[..., 3] = (a * 255).astype(np.uint8)
        ov.alpha_composite(Image.fromarray(g))
        occ = np.maximum(occ, (a >= 0.9).astype(np.float32))
        marks.append("glare")
    return np.asarray(ov), occ, marks


# ---------------------------------------------------------------- geometry
def homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    a = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(a))
    hm = vt[-1].reshape(3, 3)
    return hm / hm[2, 2]


def apply_h(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.c_[pts, np.ones(len(pts))] @ hm.T
    return p[:, :2] / p[:, 2:3]


def quad(rng: np.random.Generator, w: int, h: int, W: int, H: int, fill: float, tilt: float, rot: float) -> np.ndarray:
    """Where the page's corners land in a W×H frame: scaled to `fill`, rotated by `rot` degrees, keystoned
    by `tilt` (fraction), off-centre a little."""
    s = fill * min(W / w, H / h)
    cx, cy = W / 2 + float(rng.uniform(-0.04, 0.04)) * W, H / 2 + float(rng.uniform(-0.04, 0.04)) * H
    c = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]) * s
    t = math.radians(rot)
    c = c @ np.array([[math.cos(t), math.sin(t)], [-math.sin(t), math.cos(t)]])
    side = int(rng.integers(4))
    k = tilt
    if side == 0:  # far edge at the top: top shorter
        c[0, 0] *= 1 - k
        c[1, 0] *= 1 - k
    elif side == 1:
        c[2, 0] *= 1 - k
        c[3, 0] *= 1 - k
    elif side == 2:
        c[0, 1] *= 1 - k
        c[3, 1] *= 1 - k
    else:
        c[1, 1] *= 1 - k
        c[2, 1] *= 1 - k
    c += rng.uniform(-0.012, 0.012, c.shape) * max(W, H)
    return c + [cx, cy]


def char_cells(boxes: dict, dpi: float) -> dict[str, list[tuple[float, float, float, float]]]:
    """Per field, a cell (x0, y0, x1, y1 in page pixels) for each printed character."""
    from benchmarks.docgen_zh.fo import em
    k = dpi / 25.4
    out: dict[str, list] = {}
    for field, runs in boxes.items():
        cells = []
        for x, y, w, h, s in runs:
            tot = sum(em(c) for c in s) or 1
            xx = x
            for ch in s:
                cw = w * em(ch) / tot
                if not ch.isspace():
                    cells.append((xx * k, y * k, (xx + cw) * k, (y + h) * k))
                xx += cw
        out[field] = cells
    return out


def hidden_fields(cells: dict, occ: np.ndarray | None, hm: np.ndarray | None, frame: tuple[int, int] | None) -> set[str]:
    """Fields with a character half or more under an occluder, or with its centre outside the frame."""
    hidden = set()
    for field, cs in cells.items():
        for x0, y0, x1, y1 in cs:
            if occ is not None:
                a = occ[max(int(y0), 0):max(int(math.ceil(y1)), 1), max(int(x0), 0):max(int(math.ceil(x1)), 1)]
                if a.size and float(a.mean()) >= 0.5:
                    hidden.add(field)
                    break
            if hm is not None and frame is not None:
                pts = apply_h(hm, np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [(x0 + x1) / 2, (y0 + y1) / 2]]))
                inside = [(0 <= px < frame[0] and 0 <= py < frame[1]) for px, py in pts]
                if not inside[4] or sum(inside[:4]) < 3:
                    hidden.add(field)
                    break
    return hidden


# ---------------------------------------------------------------- the chain
def oiio(args: list[str], cwd: Path) -> None:
    r = subprocess.run(["oiiotool", "--threads", "1", "--nosoftwareattrib", *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    if r.returncode:
        raise RuntimeError(f"oiiotool failed: {r.stderr[-600:]} :: {' '.join(args)[:400]}")


def _out_opts(fmt: str, rng: np.random.Generator) -> list[str]:
    if fmt == "jpg":
        return ["--compression", f"jpeg:{int(rng.integers(62, 93))}"]
    if fmt == "webp":
        return ["--compression", f"webp:{int(rng.integers(60, 90))}"]
    if fmt == "tif":
        return ["--compression", "lzw"]
    return []


def capture(page_png: Path, boxes: dict, dpi: int, kind: str, cap: str, fmt: str, rng: np.random.Generator,
            out: Path, work: Path) -> dict:
    """`page_png` captured as `cap` into `out` (suffix = fmt). Returns marks and hidden fields."""
    work.mkdir(parents=True, exist_ok=True)
    with Image.open(page_png) as page:  # the header only: oiiotool reads the pixels
        w, h = page.size
    ov, occ, marks = overlay(rng, w, h, cap, kind, dpi)
    cells = char_cells(boxes, dpi)
    hidden = hidden_fields(cells, occ, None, None)
    seed = int(rng.integers(1, 2**31 - 1))
    args: list[str] = [page_png.name if page_png.parent == work else str(page_png)]
    if ov[..., 3].any():
        save_png(ov, work / "ov.png")
        args += ["--ch", "R,G,B,A=1.0", "ov.png", "--swap", "--over", "--ch", "R,G,B"]
    hm = None
    frame = None
    photo = cap in ("phone_desk", "phone_lowlight", "phone_shadow", "phone_hand", "sleeve_glare", "fold_curl", "screen_photo", "gaopaiyi")
    if cap == "fold_curl":
        y, x = np.mgrid[0:h, 0:w].astype(np.float32)
        s, t = (x + 0.5) / w, (y + 0.5) / h
        if rng.random() < 0.5:  # a fold across: a crease displacing rows a little
            fy = float(rng.uniform(0.35, 0.65))
            t = t + 0.006 * np.exp(-((t - fy) / 0.03) ** 2) * np.sign(t - fy)
            shade = 1 - 0.25 * np.exp(-((y / h - fy) / 0.012) ** 2) + 0.06 * np.tanh((y / h - fy) / 0.05)
            marks.append("fold")
        else:  # a curled edge
            cx = float(rng.uniform(0.75, 0.9))
            s = s + 0.04 * np.clip((s - cx) / (1 - cx), 0, 1) ** 2
            shade = 1 - 0.3 * np.clip((x / w - cx) / (1 - cx), 0, 1) ** 1.5
            marks.append("curl")
        st = np.dstack([s, t, np.zeros_like(s)]).astype(np.float32)
        Image.fromarray((np.clip(st[..., 0], 0, 1.2) / 1.2 * 65535).astype(np.uint16)).save(work / "s.png")
        Image.fromarray((np.clip(st[..., 1], 0, 1.2) / 1.2 * 65535).astype(np.uint16)).save(work / "t.png")
        save_png((np.repeat(np.clip(shade, 0, 1)[..., None], 3, 2) * 255).astype(np.uint8), work / "shade.png")
        args += ["s.png", "t.png", "--chappend", "--mulc", "1.2", "--st_warp", "shade.png", "--mul"]
    if photo or cap in ("flatbed", "adf", "scanner_app", "photocopy", "copy_of_copy", "chat_screenshot", "fax"):
        card = kind.startswith("id_card")
        portrait = h > w
        if cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax"):
            W, H = (int(w * 1.08), int(h * 1.06)) if not card else (int(w * 2.2), int(h * 2.9))
            q = quad(rng, w, h, W, H, 0.93 if not card else 0.45, 0.0, float(rng.uniform(-2.2, 2.2)))
            if card:
                q += [float(rng.uniform(-0.25, 0.25)) * W, -float(rng.uniform(0.1, 0.25)) * H]
        elif cap == "scanner_app":
            W, H = w, h
            q = quad(rng, w, h, W, H, 1.0, 0.01, float(rng.uniform(-0.6, 0.6)))
        elif cap == "chat_screenshot":
            W, H = w, h
            q = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
        else:
            long_side = 1600 if not card else 1280
            W, H = (long_side, int(long_side * 0.75)) if not portrait else (int(long_side * 0.75), long_side)
            if card and rng.random() < 0.3:
                W, H = H, W
            fill = float(rng.uniform(0.62, 0.86)) if card else float(rng.uniform(0.8, 0.98))
            tilt = 0.0 if cap == "gaopaiyi" else float(rng.uniform(0.03, 0.16))
            rot = float(rng.uniform(-2, 2)) if cap == "gaopaiyi" else float(rng.uniform(-9, 9))
            q = quad(rng, w, h, W, H, fill, tilt, rot)
            if not card and rng.random() < 0.15:  # cut by the frame
                q += [float(rng.uniform(-0.1, 0.1)) * W, float(rng.uniform(-0.1, 0.1)) * H]
                marks.append("cut_off")
        hm = homography(np.array([[0, 0], [w, 0], [w, h], [0, h]], float), q)
        frame = (W, H)
        hidden |= hidden_fields(cells, None, hm, frame)
        m = hm.T.flatten()
        canvas = max(W, w), max(H, h)
        mat = ",".join(f"{v:.9g}" for v in m)
        if photo:  # the page with an alpha channel, warped, over the desk
            args += ["--ch", "R,G,B,A=1.0", "--pattern", "constant:color=0,0,0,0", f"{canvas[0]}x{canvas[1]}", "4", "--paste", "+0+0",
                     "--warp:filter=triangle", mat, "--cut", f"{W}x{H}+0+0"]
            save_png(desk(rng, W, H) if cap != "gaopaiyi" else np.full((H, W, 3), [30, 32, 36], np.uint8), work / "desk.png")
            args += ["desk.png", "--ch", "R,G,B,A=1.0", "--over", "--ch", "R,G,B"]
        else:  # white platen: warp the inverted page over black, invert back (no alpha needed)
            args += ["--invert", "--pattern", "constant:color=0,0,0", f"{canvas[0]}x{canvas[1]}", "3", "--paste", "+0+0",
                     "--warp:filter=triangle", mat, "--cut", f"{W}x{H}+0+0", "--invert"]
            bg = {"flatbed": 0.99, "adf": 0.965, "photocopy": 0.94, "copy_of_copy": 0.92, "fax": 1.0, "scanner_app": 1.0, "chat_screenshot": 1.0}[cap]
            if bg < 1:
                args += ["--mulc", f"{bg}"]
            if cap in ("photocopy", "copy_of_copy"):  # the copier lid's dark edges
                e = max(int(0.012 * W), 2)
                for geom in (f"{W}x{e}+0+0", f"{W}x{e}+0+{H - e}", f"{e}x{H}+0+0", f"{e}x{H}+{W - e}+0"):
                    args += ["--fill:color=0.24,0.24,0.24", geom]
    else:
        W, H = w, h
        args += ["--ch", "R,G,B"]
    # photometric
    if photo:
        blur = 3 if rng.random() < 0.6 else 5
        if cap == "screen_photo":
            y, x = np.mgrid[0:H, 0:W].astype(np.float32)
            per = float(rng.uniform(3.2, 5.5))
            ang = float(rng.uniform(0, 3.14))
            moire = 0.86 + 0.14 * np.cos((x * math.cos(ang) + y * math.sin(ang)) * 2 * math.pi / per) * np.cos(
                (x * math.sin(ang) - y * math.cos(ang)) * 2 * math.pi / (per * 1.07))
            save_png((np.repeat(moire[..., None], 3, 2) * 255).astype(np.uint8), work / "moire.png")
            args += ["moire.png", "--mul", "--ccmatrix", "0.9,0.05,0.05,0.02,0.95,0.05,0.05,0.08,1.1", "--addc", "0.04"]
            marks.append("moire")
        args += ["--blur:kernel=gaussian", f"{blur}x{blur}"]
        # light: one multiply mask = vignette × shadow × colour temperature × exposure
        noise = float(rng.uniform(0.008, 0.025))
        warm = float(rng.uniform(-0.06, 0.08))
        gain = np.array([1.0, 1 - abs(warm) * 0.3, 1 - warm - 0.06 * (warm > 0)], np.float32) / (1 + max(warm, 0))
        light = vignette(W, H, float(rng.uniform(0.2, 0.6))).astype(np.float32) / 255
        mono = 1
        if cap == "phone_lowlight":
            gain = gain * float(rng.uniform(0.35, 0.55)) * np.array([1.0, 0.92, 0.72], np.float32)
            noise, mono = float(rng.uniform(0.035, 0.06)), 0
            marks.append("low_light")
        elif cap == "phone_shadow":
            light *= shadow_mask(rng, W, H).astype(np.float32) / 255
            marks.append("shadow")
        save_png((np.clip(light * gain, 0, 1) * 255).astype(np.uint8), work / "light.png")
        args += ["light.png", "--mul", "--powc", f"{rng.uniform(0.85, 1.15):.3f}",
                 f"--noise:type=gaussian:stddev={noise:.3f}:mono={mono}:seed={seed + 1}"]
        if cap == "sleeve_glare":
            marks.append("sleeve")
            args += ["--ccmatrix", "0.94,0.02,0.02,0.02,0.96,0.02,0.02,0.02,0.97", "--addc", "0.03"]
    elif cap in ("photocopy", "copy_of_copy"):
        passes = 2 if cap == "copy_of_copy" else 1
        for k in range(passes):
            args += ["--chsum:weight=0.299,0.587,0.114", f"--contrast:black={rng.uniform(0.12, 0.25):.2f}:white={rng.uniform(0.78, 0.9):.2f}",
                     "--blur:kernel=gaussian", "3x3", f"--noise:type=salt:value=0:portion={rng.uniform(0.0005, 0.002):.4f}:seed={seed + k}",
                     "--ch", "0,0,0"]
            if k == 0 and passes == 2:
                args += ["--rotate:filter=triangle", f"{rng.uniform(-1.2, 1.2):.2f}", "--fill:color=0.9,0.9,0.9", f"{W}x{int(H * 0.004)}+0+{int(H * 0.996)}"]
        marks.append("copier")
    elif cap in ("flatbed", "adf"):
        args += ["--blur:kernel=gaussian", "3x3", "--contrast:black=0.03:white=0.97",
                 f"--noise:type=gaussian:stddev=0.01:seed={seed}"]
        if cap == "adf":
            x = int(rng.uniform(0.1, 0.9) * W)
            args += ["--fill:color=0.55,0.55,0.55", f"2x{H}+{x}+0"]
            marks.append("feeder_streak")
            args += ["--chsum:weight=0.299,0.587,0.114", "--ch", "0,0,0"] if rng.random() < 0.6 else []
    elif cap == "scanner_app":
        args += ["--chsum:weight=0.299,0.587,0.114", "--contrast:black=0.25:white=0.75", "--unsharp:kernel=gaussian:width=3:contrast=1",
                 "--ch", "0,0,0"] if rng.random() < 0.6 else ["--contrast:black=0.08:white=0.9", "--ccmatrix", "1.04,0,0,0,1.02,0,0,0,0.98"]
        marks.append("enhanced")
    elif cap == "fax":
        args += ["--chsum:weight=0.299,0.587,0.114"]
        if not kind.startswith("id_card") and H > W:  # standard-resolution lines: vertical detail lost
            args += ["--resize:filter=box", f"{W}x{max(H * 3 // 4, 1)}", "--resize:filter=box", f"{W}x{H}"]
        args += ["--contrast:black=0.15:white=0.85", f"--noise:type=gaussian:stddev=0.04:seed={seed}"]
    elif cap == "chat_screenshot":
        args += ["--blur:kernel=gaussian", "3x3"]
    if cap == "chat_screenshot":
        # the page shrunk into a chat bubble on a phone screen (1080 wide), UI drawn by Pillow
        sw, sh = 1080, 2340
        bw = int(sw * float(rng.uniform(0.62, 0.78)))
        bh = int(bw * H / W)
        if bh > sh * 0.62:
            bh = int(sh * 0.62)
            bw = int(bh * W / H)
        ui = Image.new("RGB", (sw, sh), (237, 237, 237))
        d = ImageDraw.Draw(ui)
        d.rectangle((0, 0, sw, 200), fill=(237, 237, 237))
        f = _font(HEI, 44)
        d.text((sw // 2 - 120, 110), V_NAME[int(rng.integers(len(V_NAME)))], font=f, fill=(20, 20, 20))
        d.text((40, 30), f"{int(rng.integers(8, 23))}:{int(rng.integers(60)):02d}", font=_font(HEI, 36), fill=(0, 0, 0))
        d.line((0, 200, sw, 200), fill=(210, 210, 210), width=2)
        d.rectangle((0, sh - 160, sw, sh), fill=(246, 246, 246))
        d.rounded_rectangle((120, sh - 130, sw - 240, sh - 40), 12, fill=(255, 255, 255))
        top = int(rng.uniform(260, sh - 200 - bh))
        left = sw - 150 - bw if rng.random() < 0.5 else 150
        d.rounded_rectangle((left - 130 if left == 150 else sw - 130, top, left - 30 if left == 150 else sw - 30, top + 100), 10,
                            fill=(120, 160, 200))
        ui.save(work / "ui.png")
        args += ["--resize:filter=lanczos3", f"{bw}x{bh}", "ui.png", "--paste", f"+{left}+{top}"]
        # the value boxes shrink with the page: hidden stays as computed (nothing covers them)
    tail_w, tail_h = W, H
    if cap == "fax":
        args += ["-d", "uint8", "-o", "stage.png"]
        oiio(args, work)
        g = np.asarray(Image.open(work / "stage.png").convert("L"), np.float32) / 255
        bayer = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32) / 16
        thr = np.tile(bayer, (g.shape[0] // 4 + 1, g.shape[1] // 4 + 1))[: g.shape[0], : g.shape[1]]
        dither = rng.random() < 0.5
        bw_ = g > (0.25 + 0.5 * thr if dither else 0.55)
        im = Image.fromarray(bw_).convert("1")
        marks.append("fax_dither" if dither else "fax_threshold")
        if fmt == "tif":
            im.save(out, compression="group4", dpi=(204, 196))
        else:
            im.save(out, optimize=False)
        return {"marks": marks, "hidden": sorted(hidden), "size": [tail_w, tail_h]}
    if fmt == "pdf":
        args += ["-d", "uint8", "--compression", f"jpeg:{int(rng.integers(70, 90))}", "-o", "stage.jpg"]
        oiio(args, work)
        im = Image.open(work / "stage.jpg")
        buf = io.BytesIO()
        im.save(buf, "PDF", resolution=float(dpi), producer="Scanner", title="scan", creationDate=None, modDate=None)
        out.write_bytes(_strip_pdf_dates(buf.getvalue()))
        return {"marks": marks, "hidden": sorted(hidden), "size": [tail_w, tail_h]}
    args += ["-d", "uint8", *_out_opts(fmt, rng), "-o", out.name if out.parent == work else str(out)]
    oiio(args, work)
    return {"marks": marks, "hidden": sorted(hidden), "size": [tail_w, tail_h]}


V_NAME = ["文件传输助手", "张科长", "工作群", "代办小李", "财务王姐", "客户-陈总"]


def _strip_pdf_dates(data: bytes) -> bytes:
    import re
    return re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", lambda m: b"/" + m.group(1) + b" (D:20261120090000)", data)
