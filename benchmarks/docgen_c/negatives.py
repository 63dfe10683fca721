"""Family-C pages that are no document kind (expected kind `other`): a blank sheet, sensor noise,
an unrelated photo, and letters that talk about licences (a notice, an authorisation letter)."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
from PIL import Image, ImageDraw

from benchmarks.docgen_c import values as V
from benchmarks.docgen_c.fonts import face
from benchmarks.docgen_c.render import Page, paper, seal, wrap_lines

INK = (25, 25, 25)


def blank(r: random.Random) -> Page:
    img = paper(1700, 2400, r, tint=r.choice(((250, 250, 250), (245, 243, 236))), noise=2.5)
    if r.random() < 0.5:  # a fold line
        ImageDraw.Draw(img).line((0, 1200, 1700, 1200), fill=(228, 228, 228), width=3)
    return Page(img, "other", variant="blank")


def noise(r: random.Random) -> Page:
    g = np.random.default_rng(r.randrange(1 << 30))
    arr = g.integers(0, 256, (900, 1200, 3), dtype=np.uint8) if r.random() < 0.5 else \
        np.clip(g.normal(128, 60, (90, 120, 3)), 0, 255).astype(np.uint8).repeat(10, 0).repeat(10, 1)
    return Page(Image.fromarray(arr), "other", variant="noise")


def scene(r: random.Random) -> Page:
    """An unrelated photo: sky, hills, a sun, a house."""
    w, h = 1600, 1200
    yy = np.linspace(0, 1, h)[:, None, None]
    top, bottom = np.array((90, 150, 230), np.float32), np.array((220, 235, 250), np.float32)
    arr = (top * (1 - yy) + bottom * yy) * np.ones((1, w, 1), np.float32)
    img = Image.fromarray(arr.astype(np.uint8))
    d = ImageDraw.Draw(img)
    sx = r.randint(900, 1350)
    d.ellipse((sx, 100, sx + 150, 250), fill=(255, 230, 120))
    for k in range(3):
        base = h * (0.55 + 0.1 * k)
        pts = [(x, base - r.uniform(40, 200) * abs(np.sin(x / r.uniform(150, 400)))) for x in range(0, w + 50, 50)]
        d.polygon(pts + [(w, h), (0, h)], fill=(60 + 30 * k, 120 + 20 * k, 60))
    x = r.randint(200, 1000)
    d.rectangle((x, 700, x + 260, 900), fill=(200, 180, 150))
    d.polygon([(x - 20, 700), (x + 130, 590), (x + 280, 700)], fill=(160, 50, 40))
    return Page(img, "other", variant="scene")


def letter(r: random.Random) -> Page:
    """A notice or an authorisation letter that mentions 营业执照, 名称, 住所, 法定代表人…"""
    p = V.place(r)
    company = f"{(p[0] if p[0].endswith('市') else p[1])[:-1]}{r.choice(V.TRADE_WORDS)}{r.choice(V.INDUSTRIES)[0]}有限公司"
    person = V.person_name(r)
    auth = V.authority(p[2], p[0], p[1])
    if r.random() < 0.5:
        title = "授权委托书"
        body = (f"兹委托{person}（公民身份号码：{V.id_number(r, p[3], V.date_between(r, dt.date(1970, 1, 1), dt.date(2000, 1, 1)), '男')}）"
                f"代表我单位{company}（统一社会信用代码：{V.uscc(r, p[3])}）前往{auth}办理营业执照变更登记（名称、住所、"
                "法定代表人、经营范围）相关手续，并代为领取营业执照正本、副本。受托人在办理上述事项过程中所签署的有关文件，"
                "我单位均予以认可，并承担相应的法律责任。委托期限自签字之日起三十日内有效。")
        tail = ["委托单位（盖章）：", "法定代表人（签字）：", V.cn_date(V.date_between(r, dt.date(2025, 1, 1), dt.date(2026, 11, 1)))]
    else:
        title = "关于按时报送企业年度报告的告知书"
        body = (f"{company}：根据《企业信息公示暂行条例》的规定，企业应当于每年1月1日至6月30日，通过国家企业信用信息公示"
                "系统报送上一年度年度报告。请贵单位对照营业执照记载的名称、类型、住所、法定代表人、注册资本、成立日期、营业期限及"
                "经营范围等信息，核对登记事项是否发生变化；发生变化的，应当自作出变更决议之日起30日内申请变更登记，并换领营业执照。"
                "未按规定期限公示年度报告的，将被列入经营异常名录。特此告知。")
        tail = [f"{auth}", V.cn_date(V.date_between(r, dt.date(2025, 1, 1), dt.date(2026, 11, 1)))]
    img = paper(1654, 2339, r, tint=(252, 252, 250), noise=1.5)
    page = Page(img, "other", variant="letter")
    d = ImageDraw.Draw(img)
    tf = face("song_bold", 64)
    d.text((827 - tf.getlength(title) / 2, 200), title, font=tf, fill=INK)
    bf = face(r.choice(("song", "hei")), 40)
    y = 360
    for para in (body,):
        lines = wrap_lines("\u3000\u3000" + para, bf, 1654 - 360)
        for ln in lines:
            d.text((180, y), ln, font=bf, fill=INK)
            y += 66
    y += 80
    for t in tail:
        d.text((1000, y), t, font=bf, fill=INK)
        y += 70
    if r.random() < 0.6:
        seal(img, 1200, y - 120, 150, company if title == "授权委托书" else auth, r)
    return page


MAKERS = (blank, noise, scene, letter, letter)
