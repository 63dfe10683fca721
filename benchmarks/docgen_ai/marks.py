"""Family AI's marks on a page, in PostScript: a usage watermark (仅供…使用) under the print, a
company seal stamped over fields, a 复印件与原件一致 note with a pen signature, a reviewer's handwriting.
Under-layer marks are drawn between the paper and the print, which is how ink over toner looks
(the print stays black through the red); pen marks go in a blank area only, never over a field."""

from __future__ import annotations

import math
import random

from . import values as V
from .ps import Page, hx

PURPOSES = ["营业执照变更登记", "食品经营许可申请", "银行开户", "社保登记", "卫生许可延续", "不动产登记", "税务登记",
            "公积金开户", "招投标", "个体工商户注册"]
INKS = [(0.1, 0.2, 0.6), (0.05, 0.05, 0.1), (0.15, 0.3, 0.7)]


def watermark(pg: Page, r: random.Random) -> str:
    text = f"仅供{r.choice(PURPOSES)}使用" + r.choice(["，他用无效", "，复印无效", "", "，再复印无效"])
    g = r.uniform(0.72, 0.8)
    tint = r.choice([(g, g, g), (g * 0.9, g * 0.95, 1.0), (1.0, g, g)])
    size = r.uniform(4.5, 7.0) * (pg.w / 210) ** 0.5
    ang = r.choice([25, 30, 35, -25, -30])
    pg.into("under")
    pg.color(*tint)
    step = size * len(text) * 1.35
    gap = size * r.uniform(3.5, 5.0)
    diag = (pg.w ** 2 + pg.h ** 2) ** 0.5
    cells = []
    for row in range(-int(diag / gap / 2) - 1, int(diag / gap / 2) + 2):
        for colm in range(-int(diag / step / 2) - 1, int(diag / step / 2) + 2):
            cells.append(f"{hx(text)} {colm * step + (row % 2) * step / 2:.2f} {row * gap:.2f} T")
    pg._use("Ming", text)
    pg.raw(f"gsave {pg.w / 2:.2f} {pg.h / 2:.2f} translate {ang} rotate /Ming {size:.3f} F " + " ".join(cells) + " grestore")
    pg.into("main")
    return "watermark"


def seal_over(pg: Page, r: random.Random, owner: str, keys: list[str]) -> str:
    """The holder's own seal stamped over a field (on a copy: 加盖公章)."""
    target = next((k for k in keys if k in pg.boxes), None)
    if target is None:
        return ""
    x, y, w, h = pg.boxes[target]
    rad = min(pg.w, pg.h) * r.uniform(0.09, 0.13)
    pg.into("under")
    pg.seal(x + min(w, 60) * r.uniform(0.3, 0.8), y + h / 2, rad, owner[:16], r.choice(["", "合同专用章", ""]),
            rgb=(0.88, r.uniform(0.1, 0.25), 0.2), rot=r.uniform(-30, 30))
    pg.into("main")
    return "seal"


def _signature(pg: Page, r: random.Random, x: float, y: float, size: float) -> None:
    """A fast pen signature: a looping stroke."""
    pts = []
    t = 0.0
    n = 40
    for i in range(n):
        t = i / (n - 1)
        px = x + t * size * 4 + math.sin(t * 18 + r.random()) * size * 0.35
        py = y - math.sin(t * 11) * size * 0.5 - math.cos(t * 23) * size * 0.2
        pts.append(f"{px:.2f} {pg.h - py:.2f}")
    pg.raw(f"{size * 0.06:.3f} setlinewidth " + pts[0] + " moveto " + " ".join(p + " lineto" for p in pts[1:]) + " stroke")


def certify(pg: Page, r: random.Random, zone) -> str:
    """复印件与原件一致 + signature + date, in pen, in a blank zone."""
    if zone is None or zone[3] < 12:
        return ""
    x, y, w, h = zone
    pg.into("over")
    pg.color(*r.choice(INKS))
    size = min(5.5, w / 8.5)
    font = r.choice(["Kai", "GKai", "Wen"])
    pg.rotated_text(x + 2, y + size + 1, r.uniform(-4, 4), size, r.choice(["复印件与原件一致", "与原件一致", "此复印件与原件一致"]), font)
    _signature(pg, r, x + 4, y + size * 2.8, size)
    if h > size * 3.5:
        pg.rotated_text(x + size * 5, y + size * 3.6, r.uniform(-3, 3), size * 0.8,
                        V.cn_date(V.date(r, 2023, 2024)).replace("年0", "年").replace("月0", "月"), font)
    pg.into("main")
    return "certified_copy"


def handwriting(pg: Page, r: random.Random, zone) -> str:
    """A window clerk's note in pen (已核验 + a name), in a blank zone."""
    if zone is None or zone[3] < 8:
        return ""
    x, y, w, h = zone
    pg.into("over")
    pg.color(*r.choice(INKS[::2]))
    size = min(5.0, w / 9)
    pg.rotated_text(x + w * 0.45, y + h - 2, r.uniform(-6, 6), size, r.choice(["已核验", "原件已核", "已审", "核对无误"]) + " " + V.name(r),
                    r.choice(["Kai", "GKai", "Wen"]))
    pg.into("main")
    return "handwriting"


