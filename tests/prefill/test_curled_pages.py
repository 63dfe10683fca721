"""A curled page photographed: its rows bend (a cylinder's warp) and are shaded towards the curl.
The detector's straight-box test threw whole long rows away (a bent row's box is half empty), so a
permit's 地址 and 有效期限 were `label_not_found` while the short rows around them were read. Each case
draws its own page with system fonts and bends it."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill import engine as engine_mod
from tests.prefill.fonts import SERIF, cjk_font

ROWS = [("单位名称：", "杭州市明远文化传媒有限公司"), ("负 责 人：", "周建国"),
        ("地址：", "杭州市西湖区文三路1133号2楼南侧商铺"), ("许可项目：", "理发店、美容店"),
        ("有效期限：", "自2019年5月19日起至2023年5月18日止")]
TRUTH = {"name": "杭州市明远文化传媒有限公司", "legal_representative": "周建国",
         "address": "杭州市西湖区文三路1133号2楼南侧商铺", "license_items": "理发店、美容店",
         "valid_from": "2019-05-19", "valid_to": "2023-05-18"}


def permit() -> np.ndarray:
    """A flat portrait 卫生许可证 (BGR), colon labels, values right after them."""
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), (246, 246, 242))
    d = ImageDraw.Draw(img)
    d.text((380, 220), "卫生许可证", font=cjk_font(110, SERIF), fill=(20, 20, 20))
    d.text((330, 400), "浙卫公字〔2019〕第330106382846号", font=cjk_font(40, SERIF), fill=(20, 20, 20))
    label, value = cjk_font(44, SERIF), cjk_font(44, SERIF)
    y = 600
    for lab, val in ROWS:
        d.text((140, y), lab, font=label, fill=(20, 20, 20))
        d.text((140 + d.textlength(lab, font=label), y), val, font=value, fill=(20, 20, 20))
        y += 110
    d.text((760, 1380), "发证机关", font=cjk_font(40, SERIF), fill=(20, 20, 20))
    d.text((740, 1450), "2019年05月19日", font=cjk_font(40, SERIF), fill=(20, 20, 20))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def curl(flat: np.ndarray, rise: float = 0.11) -> np.ndarray:
    """The page bent like a sheet curling up at both sides, photographed from above: rows arch
    (their ends `rise` of the page's width higher than their middle) and the paper darkens towards
    the curled edges; then laid on a desk, a little smaller than the photo."""
    h, w = flat.shape[:2]
    xs = np.arange(w, dtype=np.float32)
    t = (xs - w / 2) / (w / 2)
    lift = (rise * w * t ** 2).astype(np.float32)
    map_x = np.repeat(xs[None, :], h, axis=0)
    map_y = np.arange(h, dtype=np.float32)[:, None] + lift[None, :]
    bent = cv2.remap(flat, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(90, 110, 140))
    shade = (1.0 - 0.3 * t ** 4)[None, :, None]
    bent = (bent.astype(np.float32) * shade).astype(np.uint8)
    desk = np.full((h + 200, w + 200, 3), (90, 110, 140), np.uint8)
    desk[100:100 + h, 100:100 + w] = bent
    return desk


def read(tmp_path: Path) -> dict:
    from app.services.prefill import ocr_files

    path = tmp_path / "curled.jpg"
    cv2.imwrite(str(path), curl(permit()), [cv2.IMWRITE_JPEG_QUALITY, 88])
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "public_health_license"
    return results[0]["fields"]


def test_rows_bent_by_a_curled_page_are_read(engine, tmp_path) -> None:
    fields = read(tmp_path)
    for key, want in TRUTH.items():
        assert fields[key]["value"].replace("（", "(").replace("）", ")") == want, (key, fields[key])


def test_without_reading_bent_rows_they_are_lost(engine, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the case above is a real one: with the straight-box test alone, the long bent rows vanish
    monkeypatch.setattr(engine_mod, "BENT_ROWS", False)
    fields = read(tmp_path)
    assert not fields["address"]["value"] and not fields["valid_from"]["value"]


def test_address_whose_row_end_was_lost_is_not_prefilled(engine, tmp_path) -> None:
    # the row's end bent away from its box (or glare) leaves `…西湖区文` — a place cut inside its name;
    # a permit's address whose last character ends no part of an address is blank, as a licence's is
    from app.services.prefill import ocr_files

    flat = permit()
    h, w = flat.shape[:2]
    # paper over the address row from just after `西湖区文` (the row starts at x=140, 44 px characters)
    cv2.rectangle(flat, (140 + 44 * 10 + 4, 600 + 2 * 110 - 8), (w - 60, 600 + 2 * 110 + 60), (242, 246, 246), -1)
    path = tmp_path / "cut.jpg"
    cv2.imwrite(str(path), flat, [cv2.IMWRITE_JPEG_QUALITY, 90])
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "public_health_license"
    fields = results[0]["fields"]
    assert not fields["address"]["value"] and fields["address"]["reason"] == "wrapped_row_incomplete", fields["address"]
    assert fields["name"]["value"] == TRUTH["name"]


def test_page_whose_only_row_bends_is_read_not_an_error(engine, tmp_path) -> None:
    # the detector kept no straight box and only the bent row: its box came back as ints and
    # rapidocr's in-place scaling of the boxes raised (a curled/screen photo of ZS read as an error)
    w, h = 1240, 900
    img = Image.new("RGB", (w, h), (246, 246, 242))
    ImageDraw.Draw(img).text((140, 420), "地址：杭州市西湖区文三路1133号2楼南侧商铺", font=cjk_font(44, SERIF), fill=(20, 20, 20))
    path = tmp_path / "one_bent_row.jpg"
    cv2.imwrite(str(path), curl(cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)), [cv2.IMWRITE_JPEG_QUALITY, 88])
    from app.services.prefill import ocr_files

    results, failures = ocr_files([path])
    assert failures == [] and results[0]["kind"] == "other"
