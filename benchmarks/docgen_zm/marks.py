"""Marks a window clerk meets on submitted copies, drawn onto the SVG page before capture: the
diagonal 仅供…使用 watermark, the handwritten 复印件与原件一致 note with a signature, and a company seal
stamped over the text."""

from __future__ import annotations

from benchmarks.docgen_zm import art, fonts
from benchmarks.docgen_zm import values as V
from benchmarks.docgen_zm.svg import Page

PURPOSES = ["仅供办理食品经营许可使用", "仅供办理卫生许可证使用", "仅供银行开户使用", "仅供本次业务办理使用，他用无效",
            "仅供办理营业执照变更使用", "此复印件仅供政务服务中心备案使用"]


def watermark(pg: Page, rng) -> None:
    face = "fhei" if fonts.covers("fhei", "".join(PURPOSES)) and not fonts.FC_ONLY else "wqymicro"
    text = V.pick(rng, PURPOSES)
    size = max(pg.w, pg.h) / 22
    ang = float(rng.uniform(-35, -20))
    color = V.pick(rng, ["#555555", "#3050a0", "#a03030"])
    step_x, step_y = size * len(text) * 0.75, size * 4.2
    y = -pg.h * 0.2
    while y < pg.h * 1.2:
        x = -pg.w * 0.3 + (y / step_y % 2) * step_x / 2
        while x < pg.w * 1.1:
            pg.text(x, y, text, face, size, fill=color, opacity=0.22, transform=f"rotate({ang:.1f} {x:.1f} {y:.1f})")
            x += step_x
        y += step_y


def certified_copy(pg: Page, rng) -> None:
    face = V.pick(rng, ["ukai", "wenkai", "kaitim"])
    size = max(pg.w, pg.h) / 32
    x = float(rng.uniform(pg.w * 0.45, pg.w * 0.6))
    y = float(rng.uniform(pg.h * 0.72, pg.h * 0.86))
    color = V.pick(rng, ["#1a2f8f", "#111111", "#2a2a6a"])
    rot = float(rng.uniform(-8, 4))
    pg.add(f'<g transform="rotate({rot:.1f} {x:.1f} {y:.1f})">')
    pg.text(x, y, "复印件与原件一致", face, size, fill=color)
    art.signature(pg, x + size, y + size * 1.6, size * 5, rng, color=color)
    pg.text(x + size * 1.5, y + size * 3.2, V.cn_date_loose(V.TODAY), face, size * 0.8, fill=color)
    pg.add("</g>")


def company_seal(pg: Page, rng, over: tuple[float, float] | None = None) -> None:
    name = f"{V.pick(rng, V.PLACES)[2]}{V.pick(rng, V.FIRM_WORDS)}{V.pick(rng, ['商贸', '科技', '餐饮管理'])}有限公司"
    r = min(pg.w, pg.h) * 0.11
    cx, cy = over if over else (pg.w * float(rng.uniform(0.3, 0.7)), pg.h * float(rng.uniform(0.4, 0.8)))
    art.seal(pg, cx, cy, r, name, V.pick(rng, ["uming", "notoserif", "sungti"]), rng=rng, opacity=0.7)


def apply(pg: Page, rng, wanted: list[str]) -> list[str]:
    done = []
    for m in wanted:
        if m == "watermark":
            watermark(pg, rng)
        elif m == "certified_copy":
            certified_copy(pg, rng)
        elif m == "seal_over_text":
            box = None
            for k in ("name", "address", "legal_representative"):
                if pg.boxes.get(k):
                    x0, y0, x1, y1 = pg.boxes[k][0]
                    box = ((x0 + x1) / 2, (y0 + y1) / 2)
                    break
            company_seal(pg, rng, box)
        done.append(m)
    return done
