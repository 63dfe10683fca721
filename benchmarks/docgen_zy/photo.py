"""Family ZY's camera set-ups for LÖVE (love/main.lua): the numbers for one photo of one page, and the same
projection in Python so the ground truth can say what a thumb, the glare or the frame's edge took away."""

from __future__ import annotations

import math
import random

PHOTO_CAPTURES = ("desk_photo", "handheld", "gaopaiyi", "sleeve", "screen")


def rot(yaw: float, pitch: float, roll: float) -> list[list[float]]:
    cy, sy = math.cos(math.radians(yaw)), math.sin(math.radians(yaw))
    cp, sp = math.cos(math.radians(pitch)), math.sin(math.radians(pitch))
    cr, sr = math.cos(math.radians(roll)), math.sin(math.radians(roll))
    rz = [[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]]
    ry = [[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]]
    rx = [[1, 0, 0], [0, cp, -sp], [0, sp, cp]]

    def mul(a, b):
        return [[sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)] for i in range(3)]

    return mul(rx, mul(ry, rz))


def bendz(j: dict, x: float, y: float) -> float:
    u, v = x / j["pw"], y / j["ph"]
    k, a = j["bendk"], j["benda"]
    if k == 0:
        return 0.0
    if k == 1:
        return a * math.sin(math.pi * min(max(u, 0), 1))
    if k == 2:
        t = max(0.0, u + v - 1.3)
        return a * t * t * 8.0
    return a * (1.0 - abs(2.0 * min(max(u, 0), 1) - 1.0))


def project(j: dict, x: float, y: float) -> tuple[float, float]:
    q = (x - j["pw"] / 2, y - j["ph"] / 2, -bendz(j, x, y))
    c = [j[f"r{i}1"] * q[0] + j[f"r{i}2"] * q[1] + j[f"r{i}3"] * q[2] for i in (1, 2, 3)]
    c[2] += j["dist"]
    return j["cx"] + j["f"] * c[0] / c[2], j["cy"] + j["f"] * c[1] / c[2]


def setup(capture: str, pw: float, ph: float, r: random.Random) -> dict:
    """The numbers for one photo: output size, camera, bending, lights, background, glare, shadow, thumb."""
    landscape = pw >= ph
    card = pw < 100
    if capture == "gaopaiyi":
        W, H = (1600, 1200) if landscape else (1200, 1600)
    elif capture == "screen":
        W, H = (1600, 1200) if r.random() < 0.6 else (1200, 1600)
    else:
        W, H = (1600, 1200) if landscape else (1200, 1600)
    yaw, pitch, roll = r.uniform(-6, 6), r.uniform(-8, 8), r.uniform(-5, 5)
    fill = r.uniform(0.72, 0.9)
    bendk, benda = 0, 0.0
    j = {"W": W, "H": H, "pw": pw, "ph": ph, "cx": W / 2 + r.uniform(-20, 20), "cy": H / 2 + r.uniform(-20, 20),
         "bg": 0, "bezel": 0, "sleeve": 0, "thumb": 0, "screen": 0, "gx": 0, "gy": 0, "gr": 1, "gs": 0,
         "sx": 0, "sy": 0, "sr": 1, "sd": 0, "shp": 0, "shs": 0, "tx": 0, "ty": 0, "trx": 1, "thry": 1, "tang": 0, "nx": 0, "ny": 0}
    warm = r.uniform(-0.06, 0.06)
    j.update(tr=1.0 + warm, tg=1.0, tb=1.0 - warm, amb=r.uniform(0.55, 0.75), lx=r.uniform(-0.5, 0.5),
             ly=r.uniform(-0.5, 0.5), lz=1.0, paperr=r.uniform(0.95, 1.0), paperg=r.uniform(0.94, 0.99),
             paperb=r.uniform(0.9, 0.97))
    j.update(bg1r=0.45, bg1g=0.3, bg1b=0.18, bg2r=0.62, bg2g=0.45, bg2b=0.3, bgox=r.uniform(0, 500), bgoy=r.uniform(0, 500))
    if capture == "desk_photo":
        yaw, pitch = r.uniform(-18, 18), r.uniform(-25, 25)
        bendk = r.choice([0, 1, 1, 2, 3])
        benda = r.uniform(2, 8) if not card else r.uniform(0, 1)
        if r.random() < 0.6:  # the phone's shadow
            j.update(sx=r.uniform(0, pw), sy=r.uniform(0, ph), sr=max(pw, ph) * r.uniform(0.2, 0.4), sd=r.uniform(0.15, 0.35))
        if r.random() < 0.5:
            j.update(bg1r=0.55, bg1g=0.56, bg1b=0.58, bg2r=0.7, bg2g=0.7, bg2b=0.72)
    elif capture == "handheld":
        yaw, pitch, roll = r.uniform(-15, 15), r.uniform(-18, 18), r.uniform(-12, 12)
        bendk, benda = r.choice([1, 2, 3]), (r.uniform(3, 12) if not card else r.uniform(0.5, 2))
        fill = r.uniform(0.8, 1.02)
        side = r.choice(["left", "right", "bottom"])
        t = r.uniform(0.2, 0.8)
        size = 11.0 if not card else 9.0  # a thumb is a thumb: about 2 cm across whatever it holds
        if side == "left":
            tx, ty, ang = r.uniform(-2, 6), ph * t, 0
        elif side == "right":
            tx, ty, ang = pw - r.uniform(-2, 6), ph * t, 0
        else:
            tx, ty, ang = pw * t, ph - r.uniform(-2, 6), 90
        tang = ang + r.uniform(-20, 20)
        inward = math.radians(tang if side == "left" else tang + 180)  # towards the nail, into the page
        j.update(thumb=1, tx=tx, ty=ty, trx=size * 1.5, thry=size * 0.95, tang=tang,
                 nx=tx + 0.55 * size * 1.5 * math.cos(inward), ny=ty + 0.55 * size * 1.5 * math.sin(inward))
        j.update(bg1r=0.3, bg1g=0.32, bg1b=0.35, bg2r=0.55, bg2g=0.5, bg2b=0.45)
    elif capture == "gaopaiyi":
        yaw, pitch, roll = r.uniform(-1, 1), r.uniform(-1, 1), r.uniform(-3, 3)
        fill = r.uniform(0.7, 0.85)
        j.update(bg=1, bg1r=0.12, bg1g=0.12, bg1b=0.13, bg2r=0.25, bg2g=0.25, bg2b=0.27, amb=0.9, lx=0, ly=0)
        if not card:
            bendk, benda = r.choice([0, 1]), r.uniform(0, 2)
    elif capture == "sleeve":
        yaw, pitch = r.uniform(-12, 12), r.uniform(-15, 15)
        j.update(sleeve=r.uniform(3, 6) if not card else 2, gx=r.uniform(0.2, 0.8) * pw, gy=r.uniform(0.2, 0.8) * ph,
                 gr=min(pw, ph) * r.uniform(0.08, 0.2), gs=r.uniform(0.6, 1.3), shp=r.uniform(0, pw + ph),
                 shs=r.uniform(0.05, 0.15))
    elif capture == "screen":
        yaw, pitch, roll = r.uniform(-15, 15), r.uniform(-12, 12), r.uniform(-4, 4)
        fill = r.uniform(0.72, 0.92)
        j.update(bg=2, bg1r=0.08, bg1g=0.08, bg1b=0.1, bg2r=0.3, bg2g=0.28, bg2b=0.26, screen=1,
                 pitch=max(pw, ph) / r.uniform(1100, 1900), moire=r.uniform(0.06, 0.2), bezel=max(pw, ph) * 0.05, amb=1.0,
                 tr=0.95, tg=1.0, tb=1.08, paperr=0.96, paperg=0.97, paperb=1.0)
        if r.random() < 0.7:
            j.update(gx=r.uniform(0.1, 0.9) * pw, gy=r.uniform(0.1, 0.9) * ph, gr=min(pw, ph) * r.uniform(0.1, 0.25),
                     gs=r.uniform(0.3, 1.2))
    R = rot(yaw, pitch, roll)
    for i in range(3):
        for k in range(3):
            j[f"r{i + 1}{k + 1}"] = R[i][k]
    # focal length and distance so the page fills `fill` of the frame
    f = W * r.uniform(0.85, 1.2)
    scale = min(W / pw, H / ph) * fill
    j.update(f=f, dist=f / scale, bendk=bendk, benda=benda)
    return j


MIN_PX = 8.0  # a Chinese character under ~8 pixels tall is not legible


def covered(j: dict, box: tuple[float, float, float, float, float]) -> str:
    """Why a person could not read the field in `box` (page mm, and its smallest point size) on this photo,
    or "" when they could."""
    x0, y0, x1, y1, size = box
    h = size * 25.4 / 72
    for cx in (x0, (x0 + x1) / 2, x1):
        a, b = project(j, cx, (y0 + y1) / 2 - h / 2), project(j, cx, (y0 + y1) / 2 + h / 2)
        if math.hypot(a[0] - b[0], a[1] - b[1]) < MIN_PX:
            return "too small"
    pts = [(x0 + (x1 - x0) * a / 8, y0 + (y1 - y0) * b / 2) for a in range(9) for b in range(3)]
    out = sum(1 for (x, y) in pts if not (2 <= project(j, x, y)[0] <= j["W"] - 2 and 2 <= project(j, x, y)[1] <= j["H"] - 2))
    if out:
        return "cut off"
    if j["thumb"]:
        ca, sa = math.cos(math.radians(j["tang"])), math.sin(math.radians(j["tang"]))
        hit = 0
        for x, y in pts:
            dx, dy = x - j["tx"], y - j["ty"]
            u, v = (ca * dx + sa * dy) / j["trx"], (-sa * dx + ca * dy) / j["thry"]
            hit += u * u + v * v <= 1.05
        if hit:
            return "thumb"
    if j["gs"] > 0.7:  # where the glare lifts black text within 0.3 of the paper: no longer legible
        rr = j["gr"] * math.sqrt(max(0.0, math.log(j["gs"] / 0.7)) / 2)
        hit = sum(1 for x, y in pts if (x - j["gx"]) ** 2 + (y - j["gy"]) ** 2 <= rr * rr)
        if hit >= 2:
            return "glare"
    return ""


def job_line(j: dict, tex: str, out: str) -> str:
    parts = [f"tex={tex}", f"out={out}"]
    for k, v in j.items():
        parts.append(f"{k}={v:.6f}" if isinstance(v, float) else f"{k}={v}")
    return "\t".join(parts)
