"""Family ZT's documents as drawing programs for its Prawn writer (prawn/zt_pages.rb): every page is a list
of ops in points (origin top-left; the Ruby side flips y), text placed by Prawn's draw_text with
character_spacing for spread labels, wrapped here on the face's own advances (fontTools hmtx, the widths
Prawn uses), so where each value's ink lands is known: `Doc.boxes[field]` = its ink rectangles."""

from __future__ import annotations

import math
import os
import random
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

MM = 72 / 25.4
SYS = "/usr/share/fonts/truetype"
# faces pinned by file (Debian fonts-* packages); TTC members are cut to .ttf into the cache once
FACES = {
    "gbsn": f"{SYS}/arphic-gbsn00lp/gbsn00lp.ttf",          # AR PL SungtiL GB (宋)
    "uming": f"{SYS}/arphic/uming.ttc#0",                     # AR PL UMing CN (明/宋)
    "gkai": f"{SYS}/arphic-gkai00mp/gkai00mp.ttf",           # AR PL KaitiM GB (楷)
    "wenkai": f"{SYS}/lxgw-wenkai/LXGWWenKai-Regular.ttf",   # LXGW WenKai (楷, handwriting notes)
    "zenhei": f"{SYS}/wqy/wqy-zenhei.ttc#0",                  # WenQuanYi Zen Hei (黑)
    "microhei": f"{SYS}/wqy/wqy-microhei.ttc#0",              # WenQuanYi Micro Hei (黑)
    "mono": f"{SYS}/dejavu/DejaVuSansMono.ttf",              # ID numbers, dates on cards
    "sans": f"{SYS}/liberation2/LiberationSans-Regular.ttf",  # Latin (URLs)
}
LABEL_FACES = ["zenhei", "microhei"]
VALUE_FACES = ["gbsn", "uming", "gkai", "zenhei"]


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_zt"


def face_path(key: str) -> str:
    """The .ttf file of a face; a TTC member is extracted with fontTools into the cache once."""
    spec = FACES[key]
    if "#" not in spec:
        if not Path(spec).exists():
            raise FileNotFoundError(f"family ZT face {key}: {spec} missing (fonts-* packages, build/setup/debian-packages.txt)")
        return spec
    src, idx = spec.split("#")
    out = cache_root() / "faces" / f"{Path(src).stem}-{idx}.ttf"
    if not out.exists():
        if not Path(src).exists():
            raise FileNotFoundError(f"family ZT face {key}: {src} missing")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        TTCollection(src).fonts[int(idx)].save(str(tmp))
        tmp.replace(out)
    return str(out)


class Face:
    _cache: dict[str, Face] = {}

    def __init__(self, key: str):
        self.key, self.path = key, face_path(key)
        f = TTFont(self.path, lazy=True)
        self.cmap = f.getBestCmap()
        self.upm = f["head"].unitsPerEm
        self.hmtx = f["hmtx"].metrics
        f.close()

    @classmethod
    def get(cls, key: str) -> Face:
        if key not in cls._cache:
            cls._cache[key] = Face(key)
        return cls._cache[key]

    def check(self, s: str) -> None:
        for ch in s:
            if ord(ch) not in self.cmap:
                raise ValueError(f"family ZT: face {self.key} ({self.path}) has no glyph for {ch!r} in {s!r}")

    def adv(self, ch: str, size: float) -> float:
        return self.hmtx[self.cmap[ord(ch)]][0] * size / self.upm

    def width(self, s: str, size: float, cs: float = 0.0) -> float:
        return sum(self.adv(c, size) for c in s) + cs * max(len(s) - 1, 0)


NO_START = set("，。；：、）》」』”’！？,.;:)%")


def wrap(s: str, face: Face, size: float, width: float, first: float | None = None) -> list[str]:
    """Greedy CJK line breaking on the face's advances; no line starts with closing punctuation
    (it stays on the line before, a little over, as typesetters do); digits may break anywhere
    (real licences wrap 住所 in the middle of a number)."""
    lines, cur, w = [], "", 0.0
    limit = first if first is not None else width
    for ch in s:
        a = face.adv(ch, size)
        if cur and w + a > limit and ch not in NO_START:
            lines.append(cur)
            cur, w, limit = "", 0.0, width
        cur += ch
        w += a
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, w: float, h: float, kind: str):
        self.w, self.h, self.kind = w, h, kind
        self.ops: list[dict] = []
        self.boxes: dict[str, list[list[float]]] = {}
        self.faces: set[str] = set()

    def text(self, x, y, s, face, size, color="111111", cs=0.0, field=None, rot=0.0, op=1.0):
        f = Face.get(face)
        f.check(s)
        self.faces.add(face)
        self.ops.append({"t": "text", "f": face, "s": round(size, 2), "x": round(x, 2), "y": round(y, 2), "str": s,
                         "cs": round(cs, 3), "c": color, "rot": rot, "op": op})
        wdt = f.width(s, size, cs)
        if field:
            self.boxes.setdefault(field, []).append([x, y - 0.9 * size, x + wdt, y + 0.15 * size])
        return wdt

    def spread(self, x, y, s, face, size, width, color="111111"):
        """A label spread over `width` (名　　称) with Prawn's character_spacing."""
        f = Face.get(face)
        nat = f.width(s, size)
        cs = (width - nat) / (len(s) - 1) if len(s) > 1 and width > nat else 0.0
        return self.text(x, y, s, face, size, color, cs=cs)

    def para(self, x, y, s, face, size, width, lead, field=None, color="111111", first=None, maxlines=99):
        lines = wrap(s, Face.get(face), size, width, first)
        if len(lines) > maxlines:
            raise ValueError(f"family ZT: {s!r} needs {len(lines)} lines, {maxlines} allowed")
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, face, size, color, field=field)
        return y + len(lines) * lead

    def line(self, x1, y1, x2, y2, w=0.6, c="333333"):
        self.ops.append({"t": "line", "p": [round(v, 2) for v in (x1, y1, x2, y2)], "w": w, "c": c})

    def rect(self, x, y, w, h, lw=0.8, c="333333", fill=None, op=1.0):
        self.ops.append({"t": "rect", "r": [round(v, 2) for v in (x, y, w, h)], "w": lw, "c": c, "fill": fill, "op": op})

    def poly(self, pts, lw=0.4, c="333333", closed=False, fill=None, op=1.0):
        self.ops.append({"t": "poly", "pts": [[round(a, 2), round(b, 2)] for a, b in pts], "w": lw, "c": c,
                         "closed": closed, "fill": fill, "op": op})

    def circle(self, cx, cy, r, lw=0.8, c="333333", fill=None, op=1.0):
        self.ops.append({"t": "circle", "cx": cx, "cy": cy, "r": r, "w": lw, "c": c, "fill": fill, "op": op})

    def seal(self, cx, cy, r, s, face, bottom="", color="D2232A", op=0.82, rot=0.0):
        f = Face.get(face)
        f.check(s + bottom)
        self.faces.add(face)
        self.ops.append({"t": "seal", "cx": cx, "cy": cy, "r": r, "str": s, "f": face, "bottom": bottom, "c": color,
                         "op": op, "rot": rot})

    def qr(self, x, y, size, data: str):
        import qrcode

        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make()
        m = q.get_matrix()
        self.ops.append({"t": "qr", "x": x, "y": y, "size": size, "m": ["".join("1" if v else "0" for v in row) for row in m]})

    def guilloche(self, r: random.Random, x0, y0, x1, y1, band, color):
        """A border band of interlaced sine strokes (the licences' 防伪 frame), as paths."""
        k1, k2 = r.uniform(0.05, 0.09), r.uniform(0.11, 0.16)
        for j in range(5):
            ph = j * math.pi / 5
            for side in range(4):
                pts = []
                if side in (0, 2):
                    yy = y0 + band / 2 if side == 0 else y1 - band / 2
                    for t in range(0, int(x1 - x0) + 1, 3):
                        pts.append((x0 + t, yy + band / 2.4 * math.sin(k1 * t + ph) * math.cos(k2 * t)))
                else:
                    xx = x0 + band / 2 if side == 3 else x1 - band / 2
                    for t in range(0, int(y1 - y0) + 1, 3):
                        pts.append((xx + band / 2.4 * math.sin(k1 * t + ph) * math.cos(k2 * t), y0 + t))
                self.poly(pts, 0.35, color)
        self.rect(x0, y0, x1 - x0, y1 - y0, 0.9, color)
        self.rect(x0 + band, y0 + band, x1 - x0 - 2 * band, y1 - y0 - 2 * band, 0.6, color)

    def emblem(self, cx, cy, r, color="C8161D"):
        """A stylised national emblem: ring, gear teeth, five stars and gate as paths (not a likeness)."""
        self.circle(cx, cy, r, 1.2, color, fill="F2C230")
        self.circle(cx, cy, r * 0.78, 0.8, color, fill=color)
        pts = []
        for i in range(48):
            a = i * math.pi / 24
            rr = r * (1.0 if i % 2 else 1.08)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.poly(pts, 0.6, color, closed=True)
        self.star(cx, cy - r * 0.35, r * 0.22, "F2C230")
        for k in range(4):
            a = math.radians(-150 + k * 40)
            self.star(cx + r * 0.5 * math.cos(a), cy - r * 0.35 + r * 0.5 * math.sin(a) + r * 0.1, r * 0.08, "F2C230")
        self.rect(cx - r * 0.4, cy + r * 0.1, r * 0.8, r * 0.32, 0.5, "F2C230", fill="F2C230")

    def star(self, cx, cy, r, fill):
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.poly(pts, 0.2, fill, closed=True, fill=fill)

    def spec(self) -> dict:
        return {"w": round(self.w, 2), "h": round(self.h, 2), "ops": self.ops,
                "faces": {k: Face.get(k).path for k in sorted(self.faces)}}


def signature(d: Doc, r: random.Random, x, y, name, color="1F3A93"):
    d.text(x, y, name, r.choice(["wenkai", "gkai"]), r.uniform(15, 20), color, rot=r.uniform(-8, 8))
    pts, px = [], x
    for i in range(30):
        px += r.uniform(1.5, 4)
        pts.append((px, y + 6 + 5 * math.sin(i * r.uniform(0.7, 1.3)) + r.uniform(-1, 1)))
    d.poly(pts, 0.9, color)
