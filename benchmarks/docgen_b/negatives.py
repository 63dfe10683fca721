"""Negative pages for family B (expected kind `other`, no fields): a blank sheet, sensor noise,
an unrelated photo, and a letter that talks about licences (授权委托书 / 告知书) without being one.
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from benchmarks.docgen_b import data as D
from benchmarks.docgen_b.docs import Doc
from benchmarks.docgen_b.render import Page, font


def other(rnd: random.Random) -> Doc:
    choice = rnd.choice(["blank", "noise", "scene", "letter", "letter", "notice"])
    if choice == "blank":
        page = Page(1240, 1754, (rnd.randint(240, 252),) * 3)
        return Doc(page, "other", {}, "blank_page")
    if choice == "noise":
        rng = np.random.default_rng(rnd.randint(0, 2**31))
        w, h = rnd.choice([(1600, 1200), (1200, 1600), (2048, 1536)])
        arr = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
        if rnd.random() < 0.5:
            arr = cv2.GaussianBlur(arr, (0, 0), rnd.uniform(1, 6))
        page = Page(w, h)
        page.img = Image.fromarray(arr)
        return Doc(page, "other", {}, "noise", meta={"condition": "raw"})
    if choice == "scene":
        return Doc(_scene(rnd), "other", {}, "scene_photo", meta={"condition": "raw"})
    return Doc(_letter(rnd, choice == "notice"), "other", {}, choice)


def _scene(rnd: random.Random) -> Page:
    """An outdoor snapshot: sky gradient, hills, buildings, a tree, a few people-shaped blobs."""
    w, h = rnd.choice([(2048, 1536), (1600, 1200), (1536, 2048)])
    rng = np.random.default_rng(rnd.randint(0, 2**31))
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    top = np.array([rnd.randint(150, 220), rnd.randint(180, 230), rnd.randint(220, 255)], np.float32)
    bottom = np.array([rnd.randint(200, 240), rnd.randint(210, 240), rnd.randint(220, 250)], np.float32)
    sky = top * (1 - yy) + bottom * yy
    arr = np.broadcast_to(sky, (h, w, 3)).copy()
    page = Page(w, h)
    page.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(page.img)
    horizon = int(h * rnd.uniform(0.5, 0.7))
    pts = [(0, h)] + [(x, horizon - 80 * np.sin(x / rnd.uniform(150, 400)) - rnd.uniform(0, 30)) for x in range(0, w + 50, 50)] + [(w, h)]
    d.polygon(pts, fill=(rnd.randint(60, 110), rnd.randint(110, 160), rnd.randint(50, 90)))
    for _ in range(rnd.randint(3, 8)):
        bx, bw, bh = rnd.uniform(0, w), rnd.uniform(80, 260), rnd.uniform(150, 600)
        c = (rnd.randint(120, 200),) * 3
        d.rectangle((bx, horizon - bh, bx + bw, horizon + 20), fill=c)
        for wy in range(int(horizon - bh + 20), horizon, 40):
            for wx in range(int(bx + 10), int(bx + bw - 20), 35):
                d.rectangle((wx, wy, wx + 18, wy + 22), fill=(70, 90, 120))
    tx = rnd.uniform(0.1, 0.9) * w
    d.rectangle((tx - 15, horizon - 50, tx + 15, horizon + 150), fill=(90, 60, 30))
    d.ellipse((tx - 130, horizon - 300, tx + 130, horizon - 20), fill=(40, 120, 50))
    arr = np.asarray(page.img, dtype=np.float32) + rng.normal(0, 4, (h, w, 3))
    page.img = Image.fromarray(np.clip(cv2.GaussianBlur(arr, (0, 0), 1.0), 0, 255).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.img)
    return page


def _letter(rnd: random.Random, notice: bool) -> Page:
    """A letter full of licence words: 授权委托书 or 一次性告知书 — it is not a licence."""
    page = Page(1240, 1754, (252, 252, 250))
    reg = D.region(rnd)
    company, _ = D.company_name(rnd, reg)
    p = D.person(rnd)
    agent = D.person(rnd)
    code = D.uscc(rnd, reg[0])
    tf, bf = font("hei", 52), font("song", 30)
    title = "补正材料一次性告知书" if notice else "授权委托书"
    page.text(620 - tf.getlength(title) / 2, 150, title, tf)
    if notice:
        body = (f"{company}：你单位申请的公共场所卫生许可（新办）事项，经审查，申请材料不齐全，现一次性告知需补正的材料："
                f"一、营业执照复印件（名称、统一社会信用代码、法定代表人、住所应与申请表一致）；二、法定代表人身份证复印件；"
                f"三、卫生检测报告。请于收到本告知书之日起二十个工作日内补正。")
    else:
        body = (f"委托单位：{company}　统一社会信用代码：{code}　法定代表人：{p.name}　住所：{p.address}。"
                f"兹委托{agent.name}（公民身份号码：{agent.id_number}）代表我单位办理营业执照变更登记及食品经营许可"
                f"相关事宜，受托人在办理上述事项过程中所签署的有关文件，我单位均予以认可。委托期限：自签字之日起三个月。")
    y = 300
    from benchmarks.docgen_b.render import split_rows

    for para in [body]:
        for row in split_rows("　　" + para, bf, 1000):
            page.text(120, y, row, bf)
            y += 52
    page.text(700, y + 120, ("委托单位（盖章）：" if not notice else "受理窗口（盖章）："), bf)
    page.text(760, y + 190, "2026年11月18日", bf)
    page.seal(900, y + 150, 110, company if not notice else D.market_authority(reg, rnd), rnd, alpha=0.7)
    return page
