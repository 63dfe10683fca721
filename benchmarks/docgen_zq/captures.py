"""Family ZQ's captures: phone photos and 高拍仪 frames path-traced by LuxCore (photo.py, lux_worker.py)
and finished like a phone (OpenCL), scans / feeder scans / photocopies / copies of copies / faxes /
scanner-app output / chat screenshots and forwards in OpenCL kernels (clscan.py), e-licence PDFs from
cairo's PDFSurface. Each returns the file written and the set of truth keys the capture hides (their
ink cut off by the frame, under a thumb, or washed out by glare)."""

from __future__ import annotations

import io
import math
import tempfile
from pathlib import Path

import cairocffi as cairo
import numpy as np
from PIL import Image

from benchmarks.docgen_zq import clscan as C
from benchmarks.docgen_zq import draw as D
from benchmarks.docgen_zq import pages, photo

PHOTO = ["phone_desk", "phone_angle", "phone_curl", "phone_fold", "phone_sleeve", "phone_thumb", "phone_lowlight",
         "phone_shake", "gaopaiyi", "screen_photo"]
SCAN = ["flatbed", "adf", "photocopy", "copy_of_copy", "fax_std", "fax_fine", "scanner_app", "chat_screenshot",
        "chat_forward", "elicense_pdf"]


def _lin(a8):
    return (a8.astype(np.float32) / 255.0) ** 2.2


def _save(arr8: np.ndarray, path_base: Path, fmt: str, rng, dpi=None, mode=None) -> Path:
    im = Image.fromarray(arr8)
    if mode:
        im = im.convert(mode)
    ext = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "tiff": ".tif", "pdf": ".pdf"}[fmt]
    p = path_base.with_suffix(ext)
    kw = {}
    if dpi:
        kw["dpi"] = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    if fmt == "jpeg":
        im.save(p, "JPEG", quality=int(rng.integers(72, 93)), subsampling=2, **kw)
    elif fmt == "webp":
        im.save(p, "WEBP", quality=int(rng.integers(70, 90)), method=2)
    elif fmt == "tiff":
        im.save(p, "TIFF", compression="group3" if im.mode == "1" else "tiff_lzw", **kw)
    elif fmt == "pdf":
        if im.mode == "1":
            im = im.convert("L")
        im.save(p, "PDF", resolution=float(kw.get("dpi", (150, 150))[0]), quality=85)
    else:
        im.save(p, "PNG", **kw)
    return p


def _boxes_px(ink, W_mm, H_mm, to_px):
    """Each truth key's ink boxes as pixel quads through `to_px` (u, v page fractions → x, y)."""
    out = {}
    for key, boxes in ink.boxes.items():
        out[key] = [to_px([(x0 / W_mm, y0 / H_mm), (x1 / W_mm, y0 / H_mm), (x1 / W_mm, y1 / H_mm), (x0 / W_mm, y1 / H_mm)])
                    for x0, y0, x1, y1 in boxes]
    return out


def _hidden_by_frame(quads, w, h, margin=2):
    return {k for k, qs in quads.items() if any((q[:, 0].min() < margin) or (q[:, 1].min() < margin) or
                                                 (q[:, 0].max() > w - margin) or (q[:, 1].max() > h - margin) for q in qs)}


def _hidden_by_mask(quads, mask, frac=0.15):
    """Keys with any ink box whose pixels are more than `frac` covered by `mask` (thumb, glare)."""
    hid = set()
    h, w = mask.shape
    for k, qs in quads.items():
        for q in qs:
            x0, y0 = int(max(0, q[:, 0].min())), int(max(0, q[:, 1].min()))
            x1, y1 = int(min(w, q[:, 0].max() + 1)), int(min(h, q[:, 1].max() + 1))
            if x1 > x0 and y1 > y0 and mask[y0:y1, x0:x1].mean() > frac:
                hid.add(k)
    return hid


# ------------------------------------------------------------------ marks drawn on the page
def mark_painter(marks, doc, rng):
    def paint(ctx, W, H, rng2):
        if "watermark" in marks:
            use = V_USES[int(rng.integers(len(V_USES)))]
            ctx.save()
            ctx.translate(W / 2, H / 2)
            ctx.rotate(-math.radians(rng.uniform(20, 40)))
            size = min(W, H) / 11
            D.set_face(ctx, doc["label_face"], size)
            s = f"仅供{use}使用"
            pages.F.check(doc["label_face"], s)
            tw = ctx.text_extents(s)[4]
            ctx.set_source_rgba(0.55, 0.55, 0.6, rng.uniform(0.22, 0.38))
            for j in (-1, 0, 1):
                ctx.move_to(-tw / 2, j * H / 3)
                ctx.show_text(s)
            ctx.restore()
        if "copy_note" in marks:
            face = doc.get("kai_face", "AR PL UKai CN")
            x, y = W * rng.uniform(0.45, 0.6), H * rng.uniform(0.84, 0.9)
            size = min(W, H) / (14 if doc["paper"] != "card" else 9)
            D.text(ctx, face, size * 0.75, x, y, "复印件与原件一致", (0.1, 0.12, 0.45))
            ctx.set_source_rgb(0.1, 0.12, 0.45)
            ctx.set_line_width(size * 0.07)
            sx, sy = x + size * 0.5, y + size * 1.1
            ctx.move_to(sx, sy)
            for _i in range(14):
                ctx.rel_curve_to(size * 0.3, -size * rng.uniform(0.3, 0.9), size * 0.4, size * rng.uniform(0.2, 0.8), size * 0.45, size * rng.uniform(-0.3, 0.3))
            ctx.stroke()
        if "company_seal" in marks:  # a company's own seal stamped across its name or address
            r = min(W, H) / 8
            D.seal(ctx, doc["seal_face"], W * rng.uniform(0.3, 0.6), H * rng.uniform(0.35, 0.6), r,
                   doc.get("org") or doc["fields"].get("name", "") or "某某有限公司", "", alpha=0.55, rng=rng)
    return paint


V_USES = ["办理营业执照变更", "银行开户", "社保登记", "办理食品经营许可", "投标", "本次业务办理", "税务登记"]


# ------------------------------------------------------------------ photos
DESKS = [("blender_wood", (0.32, 0.2, 0.1), (0.5, 0.33, 0.18), 12), ("fbm", (0.55, 0.55, 0.56), (0.7, 0.7, 0.7), 40),
         ("blender_wood", (0.62, 0.5, 0.36), (0.75, 0.62, 0.45), 8), ("checkerboard3d", (0.85, 0.85, 0.83), (0.78, 0.78, 0.76), 25),
         ("fbm", (0.12, 0.12, 0.14), (0.2, 0.2, 0.22), 60), ("blender_marble", (0.8, 0.8, 0.78), (0.6, 0.6, 0.6), 6)]


def _camera(rng, pw, ph, W, H, tilt_deg, fill, fov):
    az = rng.uniform(0, 2 * math.pi)
    tilt = math.radians(tilt_deg)
    target = np.array([rng.uniform(-0.03, 0.03) * pw, rng.uniform(-0.03, 0.03) * ph, 0.0])
    dirv = np.array([math.sin(tilt) * math.cos(az), math.sin(tilt) * math.sin(az), math.cos(tilt)])
    roll = rng.uniform(-0.12, 0.12)
    land_doc, land_frame = pw >= ph, W >= H
    base = 0.0 if land_doc == land_frame else math.pi / 2
    up = np.array([-math.sin(base + roll), math.cos(base + roll), 0.0])
    req = {"size": [W, H], "page_m": [pw, ph], "target": target.tolist(), "up": up.tolist(), "fov": fov, "bend": {}}
    dist = 1.0
    for _ in range(4):
        req["cam"] = (target + dirv * dist).tolist()
        px = photo.page_uv_to_px(req, [(0, 0), (1, 0), (1, 1), (0, 1)])
        ext = max((px[:, 0].max() - px[:, 0].min()) / W, (px[:, 1].max() - px[:, 1].min()) / H)
        dist *= ext / fill
    req["cam"] = (target + dirv * dist).tolist()
    return req, dist


def photo_capture(doc, cap, rng, out_base: Path, tmp: Path, marks):
    big = cap == "gaopaiyi"
    Wm, Hm = pages.page_size(doc)
    portrait = Hm > Wm
    W, H = (2592, 1944) if big else (1600, 1200)
    if portrait:
        W, H = H, W
    pw, ph = Wm / 1000, Hm / 1000
    if cap == "gaopaiyi":
        tilt, fill, fov = rng.uniform(0, 4), rng.uniform(0.62, 0.8), 50
    elif cap == "phone_angle":
        tilt, fill, fov = rng.uniform(22, 35), rng.uniform(0.8, 1.02), rng.uniform(60, 68)
    else:
        tilt, fill, fov = rng.uniform(4, 24), rng.uniform(0.72, 0.95), rng.uniform(58, 68)
    if cap in ("phone_thumb",) and rng.random() < 0.4:
        fill = rng.uniform(0.98, 1.08)  # held close: an edge may leave the frame
    req, dist = _camera(rng, pw, ph, W, H, tilt, fill, fov)
    # texture resolution near the frame's sampling of the page (never far below it)
    px_per_mm = max(W, H) * fill / max(Wm, Hm) * 1.25
    dpi = min(max(px_per_mm * 25.4, 150), 400 if doc["paper"] != "card" else 900)
    fo = (["gray", "subpixel", "default"][int(rng.integers(3))], ["slight", "full", "none", "medium"][int(rng.integers(4))])
    if cap == "screen_photo":
        dpi = min(dpi, 110 if doc["paper"] != "card" else 400)
    arr, ink = pages.render(doc, dpi, fo, marks=mark_painter(marks, doc, rng))
    if cap == "screen_photo":
        scr = C.lcd(C.Img(arr.astype(np.float32) / 255.0), 3)
        arr = scr.u8()
    tex = tmp / f"tex_{out_base.stem}.png"
    Image.fromarray(arr).save(tex, compress_level=1)
    d = DESKS[int(rng.integers(len(DESKS)))]
    req.update(texture=str(tex), desk={"pattern": d[0], "c1": d[1], "c2": d[2], "scale": d[3]},
               seed=int(rng.integers(1, 2**30)), spp=1, depth=1, sampler="RANDOM", out=str(tmp / f"{out_base.stem}.npy"),
               lens_radius=rng.uniform(0.0002, 0.0008), focus=dist * rng.uniform(0.97, 1.03))
    cam = np.array(req["cam"])
    light = "lamp" if rng.random() < 0.35 else "window"
    if cap == "phone_lowlight":
        light = "dim"
    if cap in ("gaopaiyi",):
        light = "panel"
    glare_pt = np.array([rng.uniform(-0.3, 0.3) * pw, rng.uniform(-0.3, 0.3) * ph, 0.0])
    v = cam - glare_pt
    mirror = np.array([-v[0], -v[1], v[2]])
    mirror /= np.linalg.norm(mirror)
    if cap == "phone_sleeve":
        req["coating"] = {"ks": rng.uniform(0.1, 0.25), "rough": rng.uniform(0.05, 0.12)}
        ldir = mirror
    else:
        az = rng.uniform(0, 2 * math.pi)
        el = math.radians(rng.uniform(40, 75))
        ldir = np.array([math.cos(az) * math.cos(el), math.sin(az) * math.cos(el), math.sin(el)])
    g = rng.uniform(0.75, 1.05)  # the page's white as the light leaves it (linear)

    def fill(pos, level):  # a weak second source (room light): a point, so 1 spp stays clean
        d2 = float(np.sum((np.asarray(pos) - glare_pt) ** 2))
        return {"type": "point", "pos": list(map(float, pos)), "gain": [level * 40 * d2] * 3}
    if light == "window":
        th = rng.uniform(2.0, 4.5)
        k = g * 0.5 / ((1 - math.cos(math.radians(th))) * max(ldir[2], 0.3))
        req["lights"] = [{"type": "window", "dir": (-ldir).tolist(), "theta": th, "gain": [k, k, k * 1.06]},
                         fill((-ldir[0], -ldir[1], 1.5), 0.15)]
    elif light == "lamp":
        pos = glare_pt + ldir * rng.uniform(0.5, 0.8) * max(0.6, dist)
        d2 = float(np.sum((pos - glare_pt) ** 2))
        gain = d2 * 3.2 * g / max(ldir[2], 0.3)
        req["lights"] = [{"type": "spot", "pos": pos.tolist(), "target": [0, 0, 0], "cone": rng.uniform(35, 60), "delta": 15,
                          "gain": [gain * 1.08, gain, gain * 0.78]}, fill((0.3, -0.4, 1.6), 0.08)]
    elif light == "dim":
        pos = np.array([rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5), 1.4])
        req["lights"] = [fill(pos, 0.2 * g)]
        req["lights"][0]["gain"][2] *= 0.7
    else:  # 高拍仪: its LED head beside the lens
        req["lights"] = [fill((0.05, 0.02, dist * 0.95), 0.45), fill((-0.05, 0.02, dist * 0.95), 0.45)]
    if cap == "screen_photo":  # a monitor showing the e-licence: its LCD mosaic lit evenly, no paper bends
        req["lights"] = [fill((cam[0], cam[1], cam[2] + 0.05), 2.6)]
        req["desk"] = {"pattern": "fbm", "c1": [0.02, 0.02, 0.025], "c2": [0.05, 0.05, 0.06], "scale": 50}  # the bezel
    if cap == "phone_curl":
        req["bend"]["curl"] = [["left", "right", "top", "bottom"][int(rng.integers(4))], rng.uniform(0.06, 0.15) * min(pw, ph)]
    elif cap == "phone_fold":
        req["bend"]["fold"] = [rng.uniform(0.35, 0.65), rng.uniform(0.02, 0.06) * min(pw, ph), "v" if rng.random() < 0.5 else "h"]
    elif doc["paper"] != "card" and cap != "screen_photo":
        req["bend"]["wave"] = [rng.uniform(0.002, 0.008), float(rng.integers(1, 3))]
    thumb_poly = None
    if cap == "phone_thumb" or (cap == "phone_desk" and doc["paper"] == "card" and rng.random() < 0.3):
        edge = int(rng.integers(4))
        t = rng.uniform(0.2, 0.8)
        u, vv = [(t, 0.0), (1.0, t), (t, 1.0), (0.0, t)][edge]
        inward = [(0, -1), (-1, 0), (0, 1), (1, 0)][edge]  # world direction into the page
        x, y, _ = photo.page_point(req, u, vv)
        rad, ln = (0.0085, 0.024) if doc["paper"] != "card" else (0.0075, 0.02)
        ang = math.atan2(inward[1], inward[0]) + rng.uniform(-0.4, 0.4)
        cx, cy = x - math.cos(ang) * ln * rng.uniform(0.2, 0.6), y - math.sin(ang) * ln * rng.uniform(0.2, 0.6)
        req["thumb"] = {"x": cx, "y": cy, "angle": ang, "radius": rad, "length": ln, "color": [0.8, 0.56, 0.45]}
        ca, sa = math.cos(ang), math.sin(ang)
        ring = [(cx + s * ln * ca - rr * sa, cy + s * ln * sa + rr * ca, rad * 1.2)
                for s, rr in [(-1, 0), (-0.7, rad), (0, rad * 1.05), (0.7, rad), (1, 0), (0.7, -rad), (0, -rad * 1.05), (-0.7, -rad)]]
        thumb_poly = photo.project(req, ring)
    lin = photo.render(req)
    # -------- the phone's finishing, in OpenCL: white balance, tone, vignette, noise, optics, sharpening
    img = C.Img(lin)
    wb = np.diag([rng.uniform(0.92, 1.08), 1.0, rng.uniform(0.9, 1.1)])
    expo = rng.uniform(0.9, 1.25) * (2.2 if light == "dim" else 1.0)
    C.tone(img, int(rng.integers(2**31)), cm=wb * expo, gamma=2.2, contrast=rng.uniform(1.0, 1.15),
           vign=rng.uniform(0.1, 0.4), sat=rng.uniform(0.85, 1.05),
           shot=0.025 if light == "dim" else rng.uniform(0.004, 0.012), read=0.012 if light == "dim" else 0.003)
    if cap == "phone_shake":
        img = C.blur(img, rng.uniform(1.2, 2.6), rng.uniform(0.3, 0.9))
    elif cap != "screen_photo" and rng.random() < 0.25:
        img = C.blur(img, rng.uniform(0.6, 1.2))
    C.unsharp(img, 1.2, rng.uniform(0.2, 0.6))
    out8 = img.u8()
    W0, H0 = pages.page_size(doc)
    quads = _boxes_px(ink, W0, H0, lambda uv: photo.page_uv_to_px(req, uv))
    hidden = _hidden_by_frame(quads, W, H)
    if thumb_poly is not None:
        from PIL import ImageDraw
        m = Image.new("L", (W, H), 0)
        ImageDraw.Draw(m).polygon([tuple(p) for p in thumb_poly], fill=255)
        hidden |= _hidden_by_mask(quads, np.asarray(m) > 0, 0.05)
    if cap == "phone_sleeve":  # glare: a value whose ink box shows no dark ink any more is washed out
        lum = out8.astype(np.float32).mean(2)
        for k, qs in quads.items():
            for q in qs:
                x0, y0 = int(max(0, q[:, 0].min())), int(max(0, q[:, 1].min()))
                x1, y1 = int(min(W, q[:, 0].max() + 1)), int(min(H, q[:, 1].max() + 1))
                if x1 > x0 and y1 > y0 and np.percentile(lum[y0:y1, x0:x1], 8) > 228:
                    hidden.add(k)
    fmt = "jpeg" if rng.random() < 0.8 else ("webp" if rng.random() < 0.5 else "png")
    return _save(out8, out_base, fmt, rng), hidden, {"luxcore_px": W * H}


# ------------------------------------------------------------------ scanners, copiers, faxes, chat
def _scan(arr, rng, seed, dpi_x, dpi_y, render_dpi, skew=1.0, shift=(0, 0), border=(1, 1, 1), pad_mm=0.0, page_mm=None):
    """A flatbed/feeder pass: the page (rendered at render_dpi) resampled to the scanner's grid with a
    small rotation and offset, optics blur, tone and sensor noise. Returns the image and the page→px map."""
    h, w = arr.shape[:2]
    Wmm, Hmm = page_mm
    ow, oh = int(round((Wmm + 2 * pad_mm) / 25.4 * dpi_x)), int(round((Hmm + 2 * pad_mm) / 25.4 * dpi_y))
    a = math.radians(rng.uniform(-skew, skew))
    cx, cy = ow / 2 + shift[0], oh / 2 + shift[1]
    sx, sy = dpi_x / render_dpi, dpi_y / render_dpi

    def fwd(x, y):  # source px -> output px
        xs, ys = (x - w / 2) * sx, (y - h / 2) * sy
        return cx + xs * math.cos(a) - ys * math.sin(a), cy + xs * math.sin(a) + ys * math.cos(a)
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    Hm = C.homography(src, [fwd(*p) for p in src])
    img = C.warp(C.Img(arr.astype(np.float32) / 255.0), ow, oh, np.linalg.inv(Hm), ss=2, border=border)
    return img, (lambda uv: np.array([fwd(u * w, v * h) for u, v in uv])), (ow, oh)


def scan_capture(doc, cap, rng, out_base: Path, tmp: Path, marks):
    Wm, Hm = pages.page_size(doc)
    seed = int(rng.integers(2**31))
    fo = (["gray", "none", "default"][int(rng.integers(3))], ["slight", "full", "none"][int(rng.integers(3))])
    paint = mark_painter(marks, doc, rng)
    if cap == "elicense_pdf":
        p = out_base.with_suffix(".pdf")
        pages.render(doc, 72, fo, pdf_path=p, marks=paint)
        return p, set(), {}
    card = doc["paper"] == "card"
    if card:  # a card is copied/scanned on an A4 sheet: draw it at its place on the sheet
        page_mm = (210.0, 297.0)
    else:
        page_mm = (Wm, Hm)
    if cap in ("flatbed", "adf", "scanner_app"):
        dpi = float(rng.choice([150, 200, 300] if Wm < 300 else [150, 200]))
    elif cap in ("photocopy", "copy_of_copy"):
        dpi = float(rng.choice([200, 300] if Wm < 300 else [150, 200]))
    elif cap in ("fax_std", "fax_fine"):
        dpi = 204.0
    else:
        dpi = 150.0 if not card else 200.0
    render_dpi = dpi
    if card:
        carr, ink = pages.render(doc, render_dpi, fo, marks=paint)
        sheet = np.full((round(297 / 25.4 * render_dpi), round(210 / 25.4 * render_dpi), 3), 255, np.uint8)
        ox, oy = round(rng.uniform(30, 80) / 25.4 * render_dpi), round(rng.uniform(25, 60) / 25.4 * render_dpi)
        sheet[oy:oy + carr.shape[0], ox:ox + carr.shape[1]] = carr
        arr = sheet
        scale = 25.4 / render_dpi
        for k, bs in ink.boxes.items():
            ink.boxes[k] = [(x0 + ox * scale, y0 + oy * scale, x1 + ox * scale, y1 + oy * scale) for x0, y0, x1, y1 in bs]
    else:
        arr, ink = pages.render(doc, render_dpi, fo, marks=paint)
    dpi_y = {"fax_std": 98.0, "fax_fine": 196.0}.get(cap, dpi)
    skew = {"adf": 2.5, "copy_of_copy": 2.0, "fax_std": 1.5, "fax_fine": 1.5}.get(cap, 0.8)
    shift = (0.0, 0.0)
    if cap == "adf" and rng.random() < 0.3:  # a feeder that pulled the sheet late: its foot runs off
        shift = (0.0, rng.uniform(0.02, 0.06) * page_mm[1] / 25.4 * dpi_y)
    img, to_px, (ow, oh) = _scan(arr, rng, seed, dpi, dpi_y, render_dpi, skew, shift, page_mm=page_mm,
                                 border=(0.1, 0.1, 0.1) if cap == "flatbed" and rng.random() < 0.3 else (1, 1, 1))
    meta = {}
    if cap in ("flatbed", "adf"):
        img = C.blur(img, rng.uniform(0.4, 0.8))
        C.tone(img, seed, gamma=rng.uniform(0.95, 1.1), contrast=rng.uniform(1.0, 1.1), shot=0.01, read=0.006,
               sat=rng.uniform(0.8, 1.0), lift=0.02)
        fmt = ["jpeg", "png", "tiff", "pdf"][int(rng.integers(4))]
        out8, mode = img.u8(), "L" if rng.random() < 0.3 else None
    elif cap in ("photocopy", "copy_of_copy"):
        passes = 2 if cap == "copy_of_copy" else 1
        for i in range(passes):
            img = C.blur(img, rng.uniform(0.5, 0.9))
            C.tone(img, seed + i, gamma=rng.uniform(0.8, 0.95), contrast=rng.uniform(1.3, 1.6), sat=0.0, shot=0.02,
                   read=0.01, specks=rng.uniform(0.0003, 0.0015), lift=rng.uniform(0.0, 0.06))
            if i == 0 and passes == 2:  # the copy is laid on the glass again
                a8 = img.u8()
                img, to_px2, _ = _scan(a8, rng, seed, dpi, dpi, dpi, 1.2, page_mm=page_mm)
                prev = to_px
                def to_px(uv, p=prev, q=to_px2, w=a8.shape[1], h=a8.shape[0]):
                    return (q([(x / w, y / h) for x, y in p(uv)]))
        if rng.random() < 0.3:
            C.binarize(img, 2, seed, cell=rng.uniform(2.5, 3.5), angle=math.radians(45))
        fmt = ["jpeg", "tiff", "png", "pdf"][int(rng.integers(4))]
        out8, mode = img.u8(), "L"
    elif cap in ("fax_std", "fax_fine"):
        img = C.blur(img, 0.5, 0.4)
        C.tone(img, seed, contrast=1.3, sat=0.0, read=0.02)
        C.binarize(img, 1 if rng.random() < 0.3 else 0, seed, thr=rng.uniform(0.45, 0.62), jitter=0.12)
        out8 = img.u8()
        p = _save(out8, out_base, "tiff", rng, dpi=(204, int(dpi_y)), mode="1")
        quads = _boxes_px(ink, *page_mm, to_px)
        return p, _hidden_by_frame(quads, ow, oh), meta
    elif cap == "scanner_app":
        img = C.blur(img, 0.5)
        C.tone(img, seed, gamma=1.25, contrast=rng.uniform(1.4, 1.8), sat=rng.uniform(0.0, 1.2), lift=0.05, shot=0.005)
        C.unsharp(img, 1.5, 0.8)
        fmt = "pdf" if rng.random() < 0.6 else "jpeg"
        out8, mode = img.u8(), None
    else:  # chat: the page (a scan or a photo the sender took) inside an app, re-encoded on the way
        out8 = img.u8()
        if cap == "chat_forward":
            scale = 1280 / max(ow, oh)
            nw, nh = int(ow * scale), int(oh * scale)
            small = C.warp(C.Img(out8.astype(np.float32) / 255.0), nw, nh, np.diag([1 / scale, 1 / scale, 1.0]), ss=3)
            out8 = small.u8()
            for _ in range(int(rng.integers(1, 3))):
                buf = io.BytesIO()
                Image.fromarray(out8).save(buf, "JPEG", quality=int(rng.integers(55, 80)))
                out8 = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
            to_px0 = to_px
            def to_px(uv, p=to_px0, s=scale):
                return (p(uv) * s)
            quads = _boxes_px(ink, *page_mm, to_px)
            p = _save(out8, out_base, "jpeg" if rng.random() < 0.6 else "webp", rng)
            return p, _hidden_by_frame(quads, nw, nh), meta
        return _chat_screenshot(out8, ink, page_mm, to_px, (ow, oh), rng, out_base, doc)
    quads = _boxes_px(ink, *page_mm, to_px)
    hidden = _hidden_by_frame(quads, ow, oh)
    p = _save(out8, out_base, fmt, rng, dpi=int(dpi), mode=mode)
    return p, hidden, meta


def _chat_screenshot(img8, ink, page_mm, to_px, size, rng, out_base, doc):
    """A phone screenshot (1080×2340) of a chat with the page shown in full-screen preview or a bubble."""
    SW, SH = 1080, 2340
    surf = cairo.ImageSurface(cairo.FORMAT_RGB24, SW, SH)
    ctx = cairo.Context(surf)
    dark = rng.random() < 0.3
    ctx.set_source_rgb(*(0.07, 0.07, 0.07) if dark else (0.93, 0.93, 0.93))
    ctx.paint()
    face = "Noto Sans CJK SC"
    ctx.set_source_rgb(*(0.15, 0.15, 0.15) if dark else (0.97, 0.97, 0.97))
    ctx.rectangle(0, 0, SW, 230)
    ctx.fill()
    fg = (0.9, 0.9, 0.9) if dark else (0.1, 0.1, 0.1)
    D.text(ctx, face, 40, 40, 70, f"{int(rng.integers(8, 23))}:{int(rng.integers(0, 60)):02d}", fg)
    D.text(ctx, face, 48, SW / 2, 180, ["办事群", "窗口-材料预审", "张经理", "客户"][int(rng.integers(4))], fg, anchor="center")
    ow, oh = size
    maxw, maxh = SW * 0.92, SH - 520
    s = min(maxw / ow, maxh / oh)
    nw, nh = int(ow * s), int(oh * s)
    x0, y0 = int((SW - nw) / 2), int(260 + (maxh - nh) / 2)
    small = C.warp(C.Img(img8.astype(np.float32) / 255.0), nw, nh, np.diag([1 / s, 1 / s, 1.0]), ss=3).u8()
    a = np.ndarray((SH, surf.get_stride() // 4, 4), np.uint8, surf.get_data())
    surf.flush()
    a[y0:y0 + nh, x0:x0 + nw, 0] = small[:, :, 2]
    a[y0:y0 + nh, x0:x0 + nw, 1] = small[:, :, 1]
    a[y0:y0 + nh, x0:x0 + nw, 2] = small[:, :, 0]
    surf.mark_dirty()
    ctx.set_source_rgb(*(0.15, 0.15, 0.15) if dark else (0.97, 0.97, 0.97))
    ctx.rectangle(0, SH - 220, SW, 220)
    ctx.fill()
    D.text(ctx, face, 40, 60, SH - 100, "发送给朋友　　保存图片　　编辑", fg)
    surf.flush()
    arr = np.ndarray((SH, surf.get_stride() // 4, 4), np.uint8, surf.get_data())[:, :SW, 2::-1].copy()
    quads = _boxes_px(ink, *page_mm, lambda uv: to_px(uv) * s + np.array([x0, y0]))
    hidden = _hidden_by_frame(quads, SW, SH)
    p = _save(arr, out_base, "png" if rng.random() < 0.7 else "jpeg", rng)
    return p, hidden, {}


def tmpdir():
    return Path(tempfile.mkdtemp(prefix="zq_"))
