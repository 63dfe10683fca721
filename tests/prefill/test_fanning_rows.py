"""A curled page photographed at a slant: its rows fan — the top rows run at 14°, the middle ones
at 5°, the foot at −4° (ZJ zj_0032, a curled 卫生许可证: 10° at its title, 7.9° at 单位名称, −4° at the
foot). `line_skew` turns a page by one angle only when its lines agree, so such a page stayed as
photographed and a value printed level with its label, far right of a spread label column, sat most
of a row lower than the label at the row's other end: paired with no label (`value_not_found`) or
with the next row's. `app.prefill.curl` lays each row level about its own centre."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import reader
from tests.prefill.fonts import SERIF, cjk_font

ROWS = [("单 位 名 称", "杭州明远文化传媒有限公司"), ("法定代表人", "周建国"),
        ("地　　　址", "杭州市西湖区文三路1133号"), ("许 可 项 目", "理发店、美容店"),
        ("有 效 期 限", "自2019年5月19日至2023年5月18日")]
TRUTH = {"name": "杭州明远文化传媒有限公司", "legal_representative": "周建国",
         "address": "杭州市西湖区文三路1133号", "license_items": "理发店、美容店",
         "valid_from": "2019-05-19", "valid_to": "2023-05-18"}
VALUE_X = 520  # values start this far right: the label column is spread to its width, as on a form
PAPER = (246, 246, 242)


def permit() -> np.ndarray:
    """A flat portrait 卫生许可证 (BGR): a spread label column, the values in a column of their own."""
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), PAPER)
    d = ImageDraw.Draw(img)
    ink = (20, 20, 20)
    d.text((380, 220), "卫生许可证", font=cjk_font(110, SERIF), fill=ink)
    d.text((330, 420), "浙卫公字〔2019〕第330106382846号", font=cjk_font(40, SERIF), fill=ink)
    font = cjk_font(40, SERIF)
    y = 600
    for lab, val in ROWS:
        d.text((140, y), lab, font=font, fill=ink)
        d.text((VALUE_X, y), val, font=font, fill=ink)
        y += 76
    d.text((700, 1280), "发证机关（盖章）", font=cjk_font(40, SERIF), fill=ink)
    d.text((720, 1360), "2019年05月19日", font=cjk_font(40, SERIF), fill=ink)
    d.text((250, 1560), "中华人民共和国国家卫生健康委员会监制", font=cjk_font(36, SERIF), fill=ink)
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def fan(flat: np.ndarray, top: float = 14.0, foot: float = -4.0, bow: float = -4.0) -> np.ndarray:
    """The page photographed with its rows fanning: the row crossing the page's middle at height a
    runs at an angle going from `top` (degrees) at the page's top to `foot` at its foot, turned about
    the page's middle — a sheet lifting off the desk towards its foot, seen at a slant (zj_0032: 10°,
    7.9° at 单位名称, −4° at the foot) —, and bowed across: each row turns by `bow` degrees (up: negative) from the
    page's left edge to its right edge (ZJ zj_0010, a bent 营业执照 in a sleeve: its rows turn by 2.3° from
    the text's left end to its right end; a flat page's rows run straight), cropped to the page."""
    pad = 240
    page = np.full((flat.shape[0] + 2 * pad, flat.shape[1] + 2 * pad, 3), PAPER, np.uint8)
    page[pad:-pad, pad:-pad] = flat
    h, w = page.shape[:2]
    xc = w / 2
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)

    def slope(a: np.ndarray) -> np.ndarray:
        return np.tan(np.radians(top + (foot - top) * np.clip((a - pad) / flat.shape[0], 0, 1)))

    bend = np.tan(np.radians(bow)) / flat.shape[1] * (xs - xc) ** 2 / 2  # (the slope grows along the row)
    a = ys.copy()
    for _ in range(10):  # (the flat row a photographed pixel lies on: y = a + slope(a)·(x − xc) + bend)
        a = ys - slope(a) * (xs - xc) - bend
    photo = cv2.remap(page, xs.astype(np.float32), a.astype(np.float32), cv2.INTER_LINEAR,
                      borderMode=cv2.BORDER_CONSTANT, borderValue=PAPER)
    return photo[pad:h - pad, pad:w - pad]  # (the page as stored: cropped to its own extent)


def read() -> dict:
    """The fanned page read as the workstation reads a case's stored page (`_ocr_material`: the
    page as stored, no outline looked for)."""
    from app.services.prefill import read_image

    ok, buf = cv2.imencode(".jpg", fan(permit()), [cv2.IMWRITE_JPEG_QUALITY, 88])
    read = read_image(cv2.imdecode(buf, cv2.IMREAD_COLOR), flatten=False)
    assert read.kind == "public_health_license"
    return read.extraction.public_fields()


def read_with(engine) -> dict:
    """As `read`, through `read_page` with this engine object (one whose reading a test wraps)."""
    ok, buf = cv2.imencode(".jpg", fan(permit()), [cv2.IMWRITE_JPEG_QUALITY, 88])
    got = reader.read_page(cv2.imdecode(buf, cv2.IMREAD_COLOR), engine, flatten=False)
    assert got.kind == "public_health_license"
    return got.extraction.public_fields()


def _norm(value: str) -> str:
    return value.replace("（", "(").replace("）", ")")


def test_fanning_rows_are_laid_level_and_paired(engine) -> None:
    fields = read()
    for key, want in TRUTH.items():
        assert _norm(fields[key]["value"]) == want, (key, fields[key])


def test_without_levelling_values_pair_with_no_label(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # the case above is a real one: read as photographed, values most of a row off their labels are lost
    monkeypatch.setattr(reader, "CURL_LEVEL", False)
    monkeypatch.setattr(reader, "FAN_LEVEL", False)  # (a fan's one-point map, `curl.row_fan`, pairs this page's rows too)
    fields = read()
    assert not fields["name"]["value"] and not fields["address"]["value"]


def test_flat_page_has_no_curve(engine) -> None:
    # a flat page's rows agree: no curve is fitted, the page is read as before
    from app.prefill.curl import row_curl

    flat = permit()
    got = reader.read_page(flat, engine, flatten=False)
    assert got.kind == "public_health_license"
    assert row_curl(got.lines, flat.shape) is None


def _torn_reader(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine as it reads zj_0032's address on its curl (`…虹井路1637号` for 1657: 3 at 0.88, 5
    second — the 5's top stroke lost in the bend): here the address's second 1 of `1133` read `7` at
    0.92 with `1` second. (The drawn page's print is too clean for the recogniser to tear on it.)"""
    real = engine.read

    def read(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        lines = real(*args, **kwargs)
        out = []
        for ln in lines:
            at = ln.text.find("1133号")
            if at >= 0 and len(ln.chars) == len(ln.text):
                chars = list(ln.chars)
                chars[at + 1] = (0.92, "1", 0.07)
                ln = reader.TextLine(ln.text[:at + 1] + "7" + ln.text[at + 2:], ln.score, ln.quad, ln.flipped,
                                     tuple(chars), ln.xs)
            out.append(ln)
        return out

    monkeypatch.setattr(engine, "read", read)


def test_torn_digit_on_a_fanned_page_is_not_prefilled(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # a digit read torn with another digit on a curled page is doubted (as on a 1-bit page), and the
    # second recogniser's agreement does not settle it: blank, the other values read
    _torn_reader(engine, monkeypatch)
    fields = read_with(engine)
    assert not fields["address"]["value"] and fields["address"]["reason"] == "doubtful_character", fields["address"]
    assert _norm(fields["name"]["value"]) == TRUTH["name"]
