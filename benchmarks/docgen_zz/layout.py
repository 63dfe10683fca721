"""Family ZZ's layout, in its own code: face choice by file path with a per-character cmap check and
fallback, advance widths from each face's hmtx (fontTools), a CJK line breaker (no closing punctuation
at a line start), letter-spaced labels, label/value grids, seals with characters on an arc, an emblem,
QR modules. A page is a list of drawing ops in millimetres that both the Rust drawer and the iText
writer consume."""

from __future__ import annotations

import math
import random
from functools import cache
from pathlib import Path

FONT_DIRS = "/usr/share/fonts"
ROLES = {  # candidates by file path ("path#index" for a .ttc face); the first installed of a document's shuffled list is used
    "song": ["truetype/arphic-gbsn00lp/gbsn00lp.ttf", "truetype/arphic/uming.ttc#0"],
    "hei": ["truetype/wqy/wqy-microhei.ttc#0", "truetype/droid/DroidSansFallbackFull.ttf", "truetype/wqy/wqy-zenhei.ttc#0"],
    "kai": ["truetype/arphic-gkai00mp/gkai00mp.ttf", "truetype/arphic/ukai.ttc#0"],
    "hand": ["truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "truetype/arphic/ukai.ttc#0", "truetype/arphic-gkai00mp/gkai00mp.ttf"],
    "bold": ["truetype/wqy/wqy-zenhei.ttc#0", "truetype/droid/DroidSansFallbackFull.ttf"],
    "mono": ["truetype/dejavu/DejaVuSansMono.ttf", "truetype/liberation/LiberationMono-Regular.ttf", "truetype/liberation2/LiberationMono-Regular.ttf"],
}
FALLBACK = ["truetype/wqy/wqy-zenhei.ttc#0", "truetype/droid/DroidSansFallbackFull.ttf", "truetype/arphic/uming.ttc#0"]
NO_START = set("，。、；：）」』》〉！？,.;:)%】")
NO_END = set("（「『《〈(【")

RED = [214, 30, 36]
BLACK = [20, 20, 22]


def _abs(p: str) -> str:
    path, _, idx = p.partition("#")
    return f"{FONT_DIRS}/{path}" + (f"#{idx}" if idx else "")


def installed(p: str) -> bool:
    return Path(_abs(p).split("#")[0]).exists()


@cache
def face_info(p: str) -> tuple[dict, float, set]:
    """(char -> advance in em, default advance, cmap) of one face."""
    from fontTools.ttLib import TTFont

    path, _, idx = _abs(p).partition("#")
    ft = TTFont(path, fontNumber=int(idx or 0), lazy=True)
    cmap = ft.getBestCmap()
    upem = ft["head"].unitsPerEm
    hm = ft["hmtx"].metrics
    adv = {chr(c): hm[g][0] / upem for c, g in cmap.items() if g in hm}
    ft.close()
    return adv, 1.0, set(cmap)


class Page:
    """Drawing ops for one page (mm, origin top-left, y down) and the fields' boxes."""

    def __init__(self, w: float, h: float, rng: random.Random, bg=(255, 255, 255)):
        self.w, self.h, self.rng, self.bg = w, h, rng, list(bg)
        self.ops: list[dict] = []
        self.faces: list[str] = []
        self.role_face: dict[str, str] = {}
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.used_faces: set[str] = set()
        for role, cands in ROLES.items():
            ok = [c for c in cands if installed(c)]
            self.role_face[role] = rng.choice(ok) if ok else FALLBACK[0]

    def _fi(self, p: str) -> int:
        if p not in self.faces:
            self.faces.append(p)
        return self.faces.index(p)

    def _face_for(self, role: str, ch: str) -> str:
        first = self.role_face[role]
        for p in [first] + [c for c in ROLES[role] if c != first and installed(c)] + [f for f in FALLBACK if installed(f)]:
            if ch in " \u3000" or ord(ch) in face_info(p)[2]:
                return p
        raise ValueError(f"no installed face has {ch!r}")

    def width(self, role: str, size: float, text: str, ls: float = 0.0, sx: float = 1.0) -> float:
        w = 0.0
        for ch in text:
            p = self._face_for(role, ch)
            w += face_info(p)[0].get(ch, 0.5) * size * sx + ls
        return w

    def text(self, x: float, y: float, size: float, text: str, role: str = "song", color=BLACK, alpha: float = 1.0,
             ls: float = 0.0, rot: float = 0.0, sx: float = 1.0, bold: float = 0.0, mul: bool = False, key: str | None = None,
             align: str = "l") -> float:
        """Draw `text` with its baseline at y; runs split where the role's face lacks a character. Returns the width."""
        w = self.width(role, size, text, ls, sx)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        runs: list[tuple[str, str]] = []
        for ch in text:
            p = self._face_for(role, ch)
            if runs and runs[-1][0] == p:
                runs[-1] = (p, runs[-1][1] + ch)
            else:
                runs.append((p, ch))
        pen = 0.0
        cr, sr = math.cos(math.radians(rot)), math.sin(math.radians(rot))
        for p, run in runs:
            self.used_faces.add(p)
            self.ops.append({"t": "text", "x": round(x + pen * cr, 3), "y": round(y + pen * sr, 3), "s": size, "f": self._fi(p), "v": run,
                             "c": list(color) + [alpha], "ls": ls, "r": rot, "sx": sx, "b": bold, "mul": mul})
            pen += self.width(role, size, run, ls, sx)
        if key:
            self.boxes.setdefault(key, []).append((x, y - size * 0.88, w, size * 1.1))
        return w

    def wrap(self, role: str, size: float, text: str, maxw: float, first_w: float | None = None) -> list[str]:
        lines, cur, limit = [], "", first_w if first_w is not None else maxw
        for ch in text:
            if cur and self.width(role, size, cur + ch) > limit:
                # pull the last character down with a closing mark; never end a line on an opening one
                if len(cur) > 1 and (ch in NO_START or cur[-1] in NO_END):
                    lines.append(cur[:-1])
                    cur = cur[-1] + ch
                else:
                    lines.append(cur)
                    cur = ch
                limit = maxw
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines or [""]

    def para(self, x: float, y: float, size: float, text: str, maxw: float, role: str = "song", lead: float = 1.45,
             key: str | None = None, color=BLACK, first_w: float | None = None, first_x: float | None = None) -> float:
        """A wrapped value; returns the y below its last line."""
        for i, ln in enumerate(self.wrap(role, size, text, maxw, first_w)):
            self.text(first_x if (i == 0 and first_x is not None) else x, y, size, ln, role, color, key=key)
            y += size * lead
        return y

    def spread(self, x: float, y: float, size: float, label: str, width: float, role: str = "song", color=BLACK, bold: float = 0.0) -> None:
        """A label spread over `width` as on real licences (名　　称)."""
        n = len(label)
        if n <= 1:
            self.text(x, y, size, label, role, color, bold=bold)
            return
        w = self.width(role, size, label)
        ls = max((width - w) / (n - 1), 0.0)
        self.text(x, y, size, label, role, color, ls=ls, bold=bold)

    # shapes
    def line(self, x1, y1, x2, y2, lw=0.3, color=BLACK, alpha=1.0):
        self.ops.append({"t": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "lw": lw, "c": list(color) + [alpha]})

    def rect(self, x, y, w, h, lw=0.3, color=BLACK, fill=False, alpha=1.0, mul=False):
        self.ops.append({"t": "rect", "x": x, "y": y, "w": w, "h": h, "lw": lw, "c": list(color) + [alpha], "fill": fill, "mul": mul})

    def circle(self, x, y, r, lw=0.3, color=BLACK, fill=False, alpha=1.0, mul=False):
        self.ops.append({"t": "circle", "x": x, "y": y, "rad": r, "lw": lw, "c": list(color) + [alpha], "fill": fill, "mul": mul})

    def poly(self, pts, color=BLACK, alpha=1.0, mul=False):
        self.ops.append({"t": "poly", "p": [round(v, 3) for xy in pts for v in xy], "c": list(color) + [alpha], "mul": mul})

    def polyline(self, pts, lw=0.3, color=BLACK, alpha=1.0, mul=False):
        self.ops.append({"t": "polyline", "p": [round(v, 3) for xy in pts for v in xy], "lw": lw, "c": list(color) + [alpha], "mul": mul})

    def glow(self, x, y, r, color=(255, 255, 255), alpha=1.0, ax=1.0, ay=1.0):
        self.ops.append({"t": "glow", "x": x, "y": y, "rad": r, "c": list(color) + [alpha], "ax": ax, "ay": ay})

    def star(self, cx, cy, r, color=RED, rot=-90.0, alpha=1.0, mul=False):
        pts = []
        for i in range(10):
            a = math.radians(rot + i * 36)
            rr = r if i % 2 == 0 else r * 0.382
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.poly(pts, color, alpha, mul)

    def qr(self, x, y, size, data: str):
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        self.rect(x - 1, y - 1, size + 2, size + 2, fill=True, color=(255, 255, 255))
        self.ops.append({"t": "qr", "x": x, "y": y, "m": size / n, "n": n, "bits": "".join("1" if b else "0" for row in m for b in row),
                         "c": BLACK + [1.0]})

    def seal(self, cx, cy, r, text: str, bottom: str = "", alpha: float = 0.82, rot: float = 0.0, role: str = "song"):
        """A round red seal: ring, star, the authority's name on an arc, a line below (multiply blend over text)."""
        col = self.rng.choice([RED, [200, 40, 50], [190, 20, 40]])
        self.circle(cx, cy, r, lw=r * 0.07, color=col, alpha=alpha, mul=True)
        self.star(cx, cy, r * 0.3, col, rot=-90 + rot, alpha=alpha, mul=True)
        n = len(text)
        span = min(250.0, 22.0 * n)
        size = r * 0.3
        for i, ch in enumerate(text):
            a = -90 - span / 2 + span * (i + 0.5) / n + rot
            rad = math.radians(a)
            rr = r * 0.78
            # character upright along the radius: baseline tangent, top towards the centre's outside
            px, py = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
            tr = a + 90
            w = self.width(role, size, ch)
            c_, s_ = math.cos(math.radians(tr)), math.sin(math.radians(tr))
            lx, ly = w / 2, -size * 0.35  # the glyph's centre from its baseline origin (y down)
            ox, oy = -(lx * c_ - ly * s_), -(lx * s_ + ly * c_)
            self.text(px + ox, py + oy, size, ch, role, col,
                      alpha=alpha, rot=tr, mul=True)
        if bottom:
            self.text(cx, cy + r * 0.55, r * 0.17, bottom, role, col, alpha=alpha, mul=True, align="c")

    def emblem(self, cx, cy, r):
        """A simplified national emblem: red disc, gold ring, five stars, a gate, wheat arcs."""
        gold = [236, 190, 60]
        self.circle(cx, cy, r, fill=True, color=[200, 28, 32])
        self.circle(cx, cy, r * 0.92, lw=r * 0.08, color=gold)
        self.star(cx, cy - r * 0.45, r * 0.22, gold)
        for k in range(4):
            a = math.radians(-150 + k * 40)
            self.star(cx + r * 0.5 * math.cos(a) * 0.9, cy - r * 0.45 + r * 0.28 * math.sin(a) + r * 0.14, r * 0.08, gold)
        self.rect(cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.12, fill=True, color=gold)
        self.rect(cx - r * 0.35, cy + r * 0.17, r * 0.7, r * 0.22, fill=True, color=gold)
        for k in range(3):
            self.rect(cx - r * 0.25 + k * r * 0.2, cy + r * 0.22, r * 0.1, r * 0.17, fill=True, color=[200, 28, 32])
        for side in (-1, 1):
            pts = [(cx + side * r * 0.75 * math.sin(math.radians(t)), cy + r * 0.75 * -math.cos(math.radians(t))) for t in range(40, 181, 10)]
            self.polyline(pts, lw=r * 0.08, color=gold)

    def handwriting(self, x, y, size, text, color=(30, 40, 120), rot=0.0, key=None):
        """Pen writing: the hand face, slanted baseline, uneven size."""
        pen = 0.0
        for ch in text:
            s = size * self.rng.uniform(0.9, 1.1)
            dy = self.rng.uniform(-0.4, 0.4) * size * 0.1
            w = self.text(x + pen * math.cos(math.radians(rot)), y + pen * math.sin(math.radians(rot)) + dy, s, ch, "hand", color,
                          rot=rot + self.rng.uniform(-4, 4), bold=size * 0.015, key=key)
            pen += w * self.rng.uniform(0.92, 1.05)
        return pen

    def signature(self, x, y, size, color=(25, 30, 110)):
        pts, px = [], x
        for _ in range(self.rng.randint(10, 18)):
            pts.append((px, y + self.rng.uniform(-size, size * 0.4)))
            px += self.rng.uniform(size * 0.2, size * 0.55)
        self.polyline(pts, lw=size * 0.06, color=color)

    def doc(self) -> dict:
        return {"w": self.w, "h": self.h, "c": self.bg, "ops": self.ops, "faces": [_abs(p) for p in self.faces]}
