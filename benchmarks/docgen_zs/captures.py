"""Family ZS's capture plan and dispatch: which capture a file gets (phone photos on desks, in sleeves,
curled/folded, thumbs, low light, 高拍仪, screens photographed, flatbed/feeder scans, photocopies and
copies of copies, faxes, scanner-app output, chat forwards and screenshots, e-licence PDFs), the page
dpi each needs, the camera/light parameters, and which fields a capture really hides."""

from __future__ import annotations

import math

import numpy as np

MM = 72 / 25.4
PHOTO = {"phone_desk", "phone_lowlight", "phone_sleeve", "phone_curl", "phone_fold", "phone_thumb", "phone_shake",
         "gaopaiyi", "screen_photo", "chat_forward", "chat_screenshot", "scanner_app_photo"}

# capture weights per kind family
CAPS_CARD = [("phone_desk", 5), ("phone_thumb", 4), ("phone_sleeve", 2), ("phone_lowlight", 2), ("phone_shake", 1),
             ("gaopaiyi", 2), ("flatbed", 3), ("photocopy", 3), ("copy_of_copy", 1), ("fax_fine", 1),
             ("scanner_app", 2), ("chat_forward", 2), ("chat_screenshot", 1)]
CAPS_DOC = [("phone_desk", 5), ("phone_curl", 2), ("phone_fold", 2), ("phone_sleeve", 2), ("phone_lowlight", 2),
            ("phone_shake", 1), ("phone_thumb", 1), ("gaopaiyi", 2), ("screen_photo", 2), ("flatbed", 4), ("adf", 2),
            ("photocopy", 4), ("copy_of_copy", 1), ("fax_fine", 1), ("fax_std", 1), ("scanner_app", 2),
            ("chat_forward", 2), ("chat_screenshot", 1), ("elicense_pdf", 3)]


def choose(rng, kind: str, variant: str) -> str:
    caps = CAPS_CARD if kind.startswith("id_card") else CAPS_DOC
    if not (kind == "business_license" or kind == "food_business_license"):
        caps = [c for c in caps if c[0] != "elicense_pdf"]
    names = [c[0] for c in caps]
    w = np.array([c[1] for c in caps], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def page_dpi(cap: str, page_mm: tuple[float, float], rng) -> float:
    """The dpi PDFBox renders the page at for this capture."""
    long_mm = max(page_mm)
    if cap in ("flatbed", "adf", "photocopy", "copy_of_copy", "fax_fine", "fax_std", "scanner_app"):
        if cap == "scanner_app":  # the app's own output size
            return float(rng.choice([150, 200]))
        if long_mm < 100:  # a card scanned on an A4 sheet
            return float(rng.choice([200, 200, 240]))
        return float(rng.choice([150, 150, 200])) if long_mm > 400 else float(rng.choice([150, 200, 200, 200, 300]))
    if cap == "elicense_pdf":
        return 72.0
    # camera captures: enough texels for the frame (about 1.4 texels per frame pixel across the page)
    return float(min(480.0, 1650 / (long_mm / 25.4)))


def camera(cap: str, page_mm: tuple[float, float], rng) -> dict:
    """Parameters of one phone / 高拍仪 / screen frame."""
    wmm, hmm = page_mm
    land = wmm >= hmm
    gp = cap == "gaopaiyi"
    long = 2592 if gp else int(rng.choice([1600, 1600, 1600, 1600, 1800]))
    short = int(round(long * 3 / 4))
    size = (long, short) if land else (short, long)
    hfov = float(rng.uniform(62, 70)) if not gp else 58.0
    tilt = math.radians(float(rng.uniform(0, 2.5) if gp else rng.uniform(4, 35)))
    yaw = float(rng.uniform(0, 2 * math.pi))
    fill = float(rng.uniform(0.72, 0.92)) if not gp else float(rng.uniform(0.7, 0.85))
    if cap == "phone_thumb" or rng.random() < 0.12:
        fill = float(rng.uniform(0.85, 1.08))  # held close: an edge may leave the frame
    vfov = 2 * math.atan(math.tan(math.radians(hfov) / 2) * size[1] / size[0])
    need = max(wmm / (2 * math.tan(math.radians(hfov) / 2)), hmm / (2 * math.tan(vfov / 2)))
    D = need / fill
    look = np.array([rng.normal(0, wmm * 0.03), rng.normal(0, hmm * 0.03), 0.0])
    cam = look + D * np.array([math.sin(tilt) * math.cos(yaw), math.sin(tilt) * math.sin(yaw), math.cos(tilt)])
    p = {"size": size, "hfov": hfov, "cam_pos": cam.tolist(), "cam_look": look.tolist(),
         "cam_roll": float(rng.normal(0, 0.05)), "samples": 1,
         "page_rot": float(rng.normal(0, 0.06)), "page_dx": 0.0, "page_dy": 0.0, "deform": "flat",
         "desk": str(rng.choice(["wood", "laminate", "fabric", "dark"])) if not gp else str(rng.choice(["dark", "laminate"])),
         "desk_seed": int(rng.integers(1 << 30)),
         "focus": float(D), "aperture": float(rng.uniform(0.6, 1.4)) if not gp else 0.3,
         "shake": [float(rng.normal(0, 0.0006)), float(rng.normal(0, 0.0006))],
         "k1": float(rng.uniform(-0.06, 0.01)) if not gp else float(rng.uniform(-0.03, 0.0)), "k2": 0.0,
         "vignette": float(rng.uniform(0.15, 0.4)) if not gp else 0.1,
         "shot": float(rng.uniform(0.0002, 0.0008)), "read": float(rng.uniform(0.002, 0.004)),
         "wb": (np.array([1.0, 1.0, 1.0]) + rng.normal(0, 0.03, 3)).tolist(), "white": 2.2,
         "contrast": float(rng.uniform(1.0, 1.15)), "ev": float(rng.uniform(0.9, 1.1)), "ambient": float(rng.uniform(0.15, 0.3))}
    # the window: a big area light off to one side, high
    wa = float(rng.uniform(0, 2 * math.pi))
    wc = np.array([1400 * math.cos(wa), 1400 * math.sin(wa), float(rng.uniform(700, 1300))])
    p["window"] = {"c": wc.tolist(), "u": (np.array([-math.sin(wa), math.cos(wa), 0]) * 1000).tolist(),
                   "v": [0.0, 0.0, 900.0], "power": float(rng.uniform(0.7, 1.1)), "rgb": [0.95, 1.0, 1.08]}
    if rng.random() < 0.5 or cap == "phone_lowlight" or gp:
        lp = (cam + np.array([0, 0, 40.0])) if gp else np.array([rng.normal(0, 300), rng.normal(0, 300), float(rng.uniform(450, 700))])
        p["lamp"] = {"pos": lp.tolist(), "power": float(rng.uniform(0.6, 1.2)) * (3 if gp else 1), "rgb": [1.1, 0.98, 0.8]}
        p["phone_shadow"] = (not gp) and rng.random() < 0.5
    if cap == "phone_lowlight":
        p["window"]["power"] *= 0.08
        p["ambient"] = float(rng.uniform(0.02, 0.06))
        p["shot"], p["read"] = float(rng.uniform(0.003, 0.008)), float(rng.uniform(0.008, 0.016))
        p["shake"] = [float(rng.normal(0, 0.002)), float(rng.normal(0, 0.002))]
        p["samples"] = 2
    if cap == "phone_shake":
        p["shake"] = [float(rng.choice([-1, 1]) * rng.uniform(0.002, 0.005)), float(rng.normal(0, 0.002))]
        p["samples"] = 2
        if rng.random() < 0.5:  # and missed focus
            p["focus"] = float(D * rng.uniform(0.7, 0.85))
            p["aperture"] = float(rng.uniform(1.5, 2.2))
    if cap == "phone_curl":
        p["deform"] = "curl"
        p["curl_edge"], p["curl_start"], p["curl_h"] = int(rng.integers(4)), float(rng.uniform(0.55, 0.8)), float(rng.uniform(15, 45)) * max(wmm, hmm) / 300
    if cap == "phone_fold":
        p["deform"] = "fold"
        p["fold_axis"], p["fold_at"], p["fold_h"] = int(rng.integers(2)), float(rng.uniform(0.4, 0.6)), float(rng.uniform(6, 20)) * max(wmm, hmm) / 300
    if cap in ("phone_desk",) and rng.random() < 0.3:
        p["deform"] = "bend"
        p["bend_h"], p["bend_k"], p["bend_ph"] = float(rng.uniform(2, 8)), float(rng.uniform(0.5, 1.5)), float(rng.uniform(0, 6))
    if cap == "phone_sleeve":
        # a window placed where the sleeve mirrors it into the lens: the reflected ray of a page point
        q = np.array([rng.uniform(-0.3, 0.3) * wmm, rng.uniform(-0.3, 0.3) * hmm, 0.0])
        d = q - cam
        d /= np.linalg.norm(d)
        r = d * np.array([1, 1, -1])
        wc = q + r * float(rng.uniform(900, 1500))
        a = math.atan2(r[1], r[0])
        p["window"]["c"] = wc.tolist()
        p["window"]["u"] = (np.array([-math.sin(a), math.cos(a), 0]) * float(rng.uniform(500, 1100))).tolist()
        p["window"]["v"] = (np.cross(r, [-math.sin(a), math.cos(a), 0]) * float(rng.uniform(400, 900))).tolist()
        p["sleeve"] = float(rng.uniform(6, 16))
    if cap == "phone_thumb" or (cap in ("phone_desk", "phone_lowlight") and rng.random() < 0.25):
        edge = int(rng.integers(4))
        t = float(rng.uniform(0.15, 0.85))
        half = (wmm / 2, hmm / 2)
        if edge < 2:
            e = np.array([(1 if edge == 0 else -1) * half[0], (t - 0.5) * hmm, 0])
            inward = np.array([-1 if edge == 0 else 1, 0, 0.0])
        else:
            e = np.array([(t - 0.5) * wmm, (1 if edge == 2 else -1) * half[1], 0])
            inward = np.array([0, -1 if edge == 2 else 1, 0.0])
        rad = float(rng.uniform(8, 10.5))
        reach = float(rng.uniform(4, 18)) if min(wmm, hmm) < 60 else float(rng.uniform(8, 28))
        side = np.array([-inward[1], inward[0], 0]) * rng.normal(0, 6)
        p0 = e - inward * 60 + side + np.array([0, 0, rad + 14])
        p1 = e + inward * reach + side + np.array([0, 0, rad + 2])
        p["thumb"] = (p0.tolist(), p1.tolist(), rad)
    return p


def hidden_fields(visible: np.ndarray, boxes: dict, page_pt: tuple[float, float]) -> set[str]:
    """The fields whose ink the frame does not show: any line box of the field with more than a tenth of
    its grid cells unseen (cut off, under the thumb or washed out by glare)."""
    gh, gw = visible.shape
    W, H = page_pt
    out = set()
    for name, bl in boxes.items():
        for x0, y0, x1, y1 in bl:
            j0, j1 = int(max(0, x0 / W * gw)), int(min(gw - 1, x1 / W * gw))
            i0, i1 = int(max(0, (1 - y1 / H) * gh)), int(min(gh - 1, (1 - y0 / H) * gh))
            cells = visible[i0:i1 + 1, j0:j1 + 1]
            if cells.size and (~cells).mean() > 0.10:
                out.add(name)
                break
    return out
