"""A licence photographed in dim light is read again with the light divided out.

In a dim room (a desk lamp, a dusk window) a phone's page reaches the reader with its paper at
80–150 grey, falling off across the sheet, and its thin value print only 20–40 levels under the
paper, in sensor noise. The text detector's fixed input normalisation boxes the bold labels and
leaves the values (ZL zl_0094, a partnership's 营业执照 at paper ~120: 17 boxes, 1 of 9 fields). The
reader reads such a page once more with each pixel divided by its paper's local level
(`contrast.light_divided`) and takes only what the first reading left blank or in doubt. Drawn
here: such a page — on main every value is blank; with the dim re-read the name and type read —,
and the same page lit (paper 240) is not read again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import DIM_LIFT, light_divided, paper_level
from tests.prefill.fonts import SANS, SERIF, cjk_font

ROWS = (("名称", "杭州禾和美容院有限公司"), ("类型", "有限责任公司(自然人独资)"), ("法定代表人", "毛飞国"),
        ("住所", "浙江省杭州市西湖区育才路47号"), ("成立日期", "2016年04月18日"))


def _licence() -> np.ndarray:
    """A 营业执照's page: a dark title, dark bold-ish labels, thin lighter values (a Song face)."""
    img = Image.new("L", (1100, 800), 240)
    d = ImageDraw.Draw(img)
    d.text((400, 60), "营业执照", font=cjk_font(64, SANS), fill=20)
    label, value = cjk_font(22, SANS), cjk_font(16, SERIF)
    d.text((80, 190), "统一社会信用代码", font=label, fill=30)
    d.text((80, 225), "91330106MA2B3C4D5E", font=value, fill=170)
    for i, (name, text) in enumerate(ROWS):
        d.text((80, 300 + 56 * i), name, font=label, fill=30)
        d.text((240, 300 + 56 * i), text, font=value, fill=170)
    return np.asarray(img)


def _photo(page: np.ndarray, light: float, noise: float = 6.0, seed: int = 0) -> np.ndarray:
    """The page on a dark desk under `light` (1: lit), falling off to 3/4 across the frame, with
    sensor noise and a phone's JPEG (BGR)."""
    desk = np.full((1000, 1400), 60, np.float32)
    desk[100:900, 150:1250] = page
    ramp = np.linspace(1.0, 0.75, desk.shape[1], dtype=np.float32)[None, :] if light < 1 else 1.0
    out = desk * light * ramp + np.random.default_rng(seed).normal(0, noise, desk.shape)
    ok, buf = cv2.imencode(".jpg", np.clip(out, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE), cv2.COLOR_GRAY2BGR)


def _read(image: np.ndarray) -> tuple[dict[str, str], dict[str, float]]:
    got = reader.read_page(image)
    fields = {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}
    return fields, dict(got.clock.counts) if got.clock else {}


def test_light_divided_lifts_the_paper_and_keeps_the_print_under_it() -> None:
    page = _photo(_licence(), 0.45)[100:900, 150:1250]
    assert paper_level(page) < reader.DIM_PAPER
    lit = light_divided(page)
    g = cv2.cvtColor(lit, cv2.COLOR_BGR2GRAY).astype(np.float32)
    for paper in (g[700:780, 30:200], g[700:780, 900:1070]):  # blank paper left and right, as a lit page's
        assert abs(float(np.median(paper)) - DIM_LIFT) < 12
    title = g[60:130, 400:660]
    assert float(np.percentile(title, 5)) < 0.4 * DIM_LIFT  # large print stays dark


def test_a_dim_licence_reads_its_values_read_again_lit(monkeypatch: pytest.MonkeyPatch) -> None:
    photo = _photo(_licence(), 0.45)
    monkeypatch.setattr(reader, "DIM_PAPER", 0.0)  # main: no dim re-read
    before, _ = _read(photo)
    monkeypatch.setattr(reader, "DIM_PAPER", 170.0)
    after, counts = _read(photo)
    assert counts.get("look_dim") == 1
    # (drawn: 0 fields on main, the name and the type with the re-read)
    assert len(after) > len(before) and len(after) >= 2
    assert after.get("name") == "杭州禾和美容院有限公司"
    for key, value in after.items():
        assert value == {"name": ROWS[0][1], "entity_type": ROWS[1][1], "legal_representative": ROWS[2][1],
                         "address": ROWS[3][1], "established_date": "2016-04-18"}[key]
    for key, value in before.items():  # nothing read before is lost or read otherwise
        assert after.get(key) == value


def test_a_lit_page_is_not_read_again() -> None:
    _, counts = _read(_photo(_licence(), 1.0, noise=2.0))
    assert not counts.get("look_dim")
