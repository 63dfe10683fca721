"""A document's title lost on a copy (session 25, lane kinds): pages of a known kind read as `other`.

- A certified copy's usage watermark (`仅供办理…使用`, large, at an angle across the sheet) crossing the
  title: the detector sees one region at the watermark's angle there and boxes neither, so the title and
  the permit number go unread and the labels left are not evidence enough (ZE ze0052, an adf copy of a
  公共场所卫生许可证). `reader.WATERMARK_KIND` reads such a page once more with the watermark out of the
  detector's view.
- A letter-spaced title (`营　业　执　照`) read as single characters with its middle character lost
  under the watermark (ZE ze0101: `营` `执` `照`): the places of the characters read leave one
  character's room (`kinds._spaced_titles`).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import classify
from app.prefill.layout import Line
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_certified_copies import A4, watermark

_PERMIT = {"license_no": "闵行区卫公证字〔2022〕第4126号", "name": "上海一品教育咨询有限公司",
           "legal_representative": "田诗俊", "address": "上海市闵行区黄河路439号", "license_items": "沐浴",
           "valid_from": "2022-12-15", "valid_to": "2026-12-14"}
_ROWS = (("单位名称", _PERMIT["name"]), ("法定代表人(负责人)", "田诗俊"), ("地　　址", _PERMIT["address"]),
         ("许可项目", "沐浴"), ("有效期限", "自2022年12月15日至2026年12月14日"))


def _watermarked_permit(tmp_path: Path) -> Path:
    """A 公共场所卫生许可证 on A4 at 200 dpi, copied and stamped with a grey usage watermark across
    the whole sheet, one of its lines running through the title and the permit number."""
    sheet = Image.new("RGB", A4, (250, 250, 250))
    d = ImageDraw.Draw(sheet)
    d.text((420, 330), "公共场所卫生许可证", font=cjk_font(92, SERIF), fill=(20, 20, 20))
    d.text((560, 480), _PERMIT["license_no"], font=cjk_font(34), fill=(20, 20, 20))
    font = cjk_font(38)
    for i, (label, value) in enumerate(_ROWS):
        d.text((260, 700 + 110 * i), label, font=font, fill=(20, 20, 20))
        d.text((680, 700 + 110 * i), value, font=font, fill=(20, 20, 20))
    d.text((1000, 1420), "上海市闵行区卫生健康委员会", font=cjk_font(34), fill=(20, 20, 20))
    d.text((1100, 1480), "2022年12月9日", font=cjk_font(34), fill=(20, 20, 20))
    watermark(sheet, "仅供办理食品经营许可证使用", angle=35.0, size=100, fill=(170, 170, 170))
    path = tmp_path / "permit.jpg"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 88])
    return path


def test_a_watermark_over_the_title_reads_the_permit(engine, tmp_path) -> None:
    # before: the title and the number unread under the watermark, `other` and every field blank
    from app.services.prefill import ocr_files

    results, failures = ocr_files([_watermarked_permit(tmp_path)])
    assert not failures and results[0]["kind"] == "public_health_license"
    fields = results[0]["fields"]
    for key, want in _PERMIT.items():
        assert fields[key]["value"] in ("", want), (key, fields[key])
    assert fields["license_no"]["value"] and fields["name"]["value"]


def test_the_reread_is_off_without_the_switch(engine, tmp_path, monkeypatch) -> None:
    # (the case above fails on main: with the re-read off the page is `other`, as it was)
    from app.prefill import reader
    from app.services.prefill import ocr_files

    monkeypatch.setattr(reader, "WATERMARK_KIND", False)
    results, _ = ocr_files([_watermarked_permit(tmp_path)])
    assert results[0]["kind"] == "other"


def _spaced_licence(chars: tuple[tuple[str, float], ...]) -> list[Line]:
    """A 营业执照 副本 read with its letter-spaced title as single characters at `chars` (character,
    left x), printed 70 px high over 40 px rows, and five labelled rows whose values were read — not
    the credit code's: a licence read with no title and no number is no licence (`classify`)."""
    lines = [Line(ch, 0.99, x, 190.0, x + 66, 260.0, i) for i, (ch, x) in enumerate(chars)]
    rows = (("名称", "蜀山区汇川五金店"), ("经营者", "司海文"), ("注册日期", "2007年3月17日"),
            ("经营场所", "安徽省合肥市蜀山区科技园路762号9幢2层"), ("经营范围", "一般项目:建筑材料销售"))
    for k, (label, value) in enumerate(rows):
        y = 420.0 + 60 * k
        lines.append(Line(label, 0.99, 90, y, 90 + 40 * len(label), y + 40, len(lines)))
        lines.append(Line(value, 0.99, 330, y + 30, 330 + 40 * len(value), y + 70, len(lines)))
    lines.append(Line("统一社会信用代码", 0.99, 30, 130, 350, 170, len(lines)))
    return lines


def test_a_spaced_title_with_its_middle_character_lost_names_the_page() -> None:
    # ze0101: `营` `执` `照` 112 px apart, 229 px across the lost 业 (before: `other`)
    assert classify(_spaced_licence((("营", 280.0), ("执", 505.0), ("照", 617.0))))[0] == "business_license"


def test_spaced_characters_without_room_for_the_lost_one_are_no_title() -> None:
    # the same three characters evenly spaced leave no room for a fourth: `营执照` is no title read,
    # and the page without title or number stays `other`
    assert classify(_spaced_licence((("营", 280.0), ("执", 392.0), ("照", 504.0))))[0] == "other"


def _crossed_licence(text: str, xs: tuple[float, ...]) -> list[Line]:
    """`_spaced_licence` with its title row read as one box: a usage watermark's head and the
    letter-spaced title, the recogniser's character centres at `xs`."""
    lines = _spaced_licence(())
    lines.append(Line(text, 0.95, xs[0] - 30, 165.0, xs[-1] + 30, 263.0, len(lines), xs=xs))
    return lines


def test_a_watermark_character_inside_the_title_spacing_names_the_page() -> None:
    # ZV zv_051 (a 高拍仪 frame of a 营业执照 正本): `仅供银行开户营用业执照`, the watermark's 用 read between
    # 营 and 业, the title's characters 110–125 px apart all the same (before: `other`)
    xs = (187.0, 250.0, 297.0, 344.0, 406.0, 453.0, 500.0, 563.0, 625.0, 735.0, 860.0)
    assert classify(_crossed_licence("仅供银行开户营用业执照", xs))[0] == "business_license"


def test_title_characters_pushed_apart_by_others_are_no_title() -> None:
    # the same characters evenly spaced: the 用 between 营 and 业 takes a character's room of its own,
    # so the four are no letter-spaced title (a run of words that merely holds them in order)
    xs = tuple(187.0 + 62.0 * i for i in range(11))
    assert classify(_crossed_licence("仅供银行开户营用业执照", xs))[0] == "other"
