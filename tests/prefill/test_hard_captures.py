"""Hard captures of paper, drawn here with Pillow and system CJK fonts and read through
`app.services.prefill.ocr_files` (`zongchuang ocr --json`): a page on a patterned tablecloth,
turned by ~10° and seen at an angle, in dim warm evening light with sensor noise.

An application form (公司登记（备案）申请书) carries a licence's labels with values filled in; it is
no licence. Its title is printed only a little larger than its entries (1.2×), so it was not taken
for a title, and the form was read as a 营业执照 with five fields pre-filled from it.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.prefill.fonts import HAND, SERIF
from tests.prefill.fonts import cjk_font as _font
from tests.prefill.pages import read_jpeg


def application_form() -> np.ndarray:
    """An A4 form: a title 1.2× the body, a bordered table of labels, entries in a hand-like face."""
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), (250, 250, 247))
    d = ImageDraw.Draw(img)
    d.text((330, 150), "公司登记（备案）申请书", font=_font(48, SERIF), fill=(15, 15, 15))
    d.text((150, 240), "注：请仔细阅读本申请书《填写说明》，按要求填写。", font=_font(26, SERIF), fill=(30, 30, 30))
    rows = [("名　　称", "佛山市恒泰建筑工程有限责任公司"), ("住　　所", "广东省佛山市顺德区北京西路1200号"),
            ("法定代表人", "钟辉桂"), ("注册资本", "100万元"), ("统一社会信用代码", ""),
            ("联系电话", "13834114370"), ("经营范围", "住宅室内装饰装修；园林绿化工程施工")]
    lab, val = _font(38, SERIF), _font(40, HAND)
    y = 300
    for label, value in rows:
        d.rectangle((140, y, 1100, y + 90), outline=(20, 20, 20), width=2)
        d.line((420, y, 420, y + 90), fill=(20, 20, 20), width=2)
        d.text((160, y + 24), label, font=lab, fill=(15, 15, 15))
        d.text((450, y + 22), value, font=val, fill=(25, 25, 60))
        y += 90
    d.text((150, y + 60), "本人（申请人）承诺：所提交的申请材料真实、合法、有效。", font=_font(30, SERIF), fill=(20, 20, 20))
    d.text((700, y + 180), "申请人签字：钟辉桂", font=_font(32, SERIF), fill=(20, 20, 20))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def on_tablecloth(page: np.ndarray, deg: float = 10.0, dim: float = 0.55, seed: int = 5) -> np.ndarray:
    """The page turned by `deg` and seen at an angle on a striped brown cloth, in warm dim light
    (`dim` of full brightness) with sensor noise, JPEG'd by the caller."""
    rng = np.random.default_rng(seed)
    ph, pw = page.shape[:2]
    H, W = int(ph * 1.3), int(pw * 1.45)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    stripes = 0.5 + 0.5 * np.sin(2 * np.pi * (yy + 0.3 * xx) / 40.0)
    cloth = np.stack([40 + 30 * stripes, 60 + 40 * stripes, 110 + 60 * stripes], axis=2)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    c, s = np.cos(np.radians(deg)), np.sin(np.radians(deg))
    cx, cy = W / 2, H / 2
    pts = [((x - pw / 2) * c - (y - ph / 2) * s, (x - pw / 2) * s + (y - ph / 2) * c) for x, y in src]
    dst = np.float32([[cx + px * (0.96 if py < 0 else 1.0), cy + py] for px, py in pts])  # far edge narrower
    m = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(page, m, (W, H), dst=cloth.astype(np.uint8), borderMode=cv2.BORDER_TRANSPARENT)
    warm = photo.astype(np.float32) * dim * np.float32([0.75, 0.9, 1.1])  # BGR: evening light is warm
    warm += rng.normal(0, 4.0, warm.shape)
    return np.clip(warm, 0, 255).astype(np.uint8)


def read(tmp_path: Path, img: np.ndarray) -> tuple[str, dict]:
    result = read_jpeg(tmp_path, img, quality=80, name="photo.jpg")
    return result["kind"], result["fields"]


def test_application_form_on_a_tablecloth_in_dim_light_is_no_licence(engine, tmp_path) -> None:
    kind, fields = read(tmp_path, on_tablecloth(application_form()))
    assert kind == "other"
    assert not any(f.get("value") for f in fields.values())
