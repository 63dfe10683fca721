"""Pieces of a copy's usage watermark read into a value (session 34, lane photos2).

A usage watermark (`仅供银行开户使用`, large, slanted, repeated over the page) is boxed in pieces where it crosses
the page's print; a piece standing after a value on its row, or under its wrapped row, was read into the value
(ZV zv_051, a 高拍仪 frame of a 营业执照 正本: the type + `行开`; zv_017, a 卫生许可证: the address +
`共本次申请使用再复印`) and the value left blank. A box printed 1.5× the page's lines whose characters are a run
of a watermark line read elsewhere on the page, or that holds the watermark's close (`申请使用`, `再复印`, `他用无效`),
is the watermark's (`extract._without_watermark_pieces`).
"""

from __future__ import annotations

import pytest

from tests.prefill.test_id_front_cases import _line

_ROWS = (("名称", "武汉永盛美容美发股份有限公司"), ("类型", "股份有限公司(非上市、自然人投资或控股)"),
         ("法定代表人", "游磊"), ("注册资本", "人民币伍拾万元整"), ("成立日期", "2010年03月05日"),
         ("营业期限", "2010年03月05日至2030年03月05日"), ("住所", "湖北省武汉市汉阳区幸福路735号名都大厦10层37室"))


def _licence(piece: str, watermark: str) -> list:
    lines = [_line("营业执照", 300, 40, 700, 130), _line("统一社会信用代码", 60, 150, 360, 180),
             _line("9142010936830230PC", 60, 190, 400, 220)]
    for i, (label, value) in enumerate(_ROWS):
        y = 260 + 60 * i
        lines += [_line(label, 60, y, 60 + 30 * len(label), y + 30), _line(value, 240, y, 240 + 28 * len(value), y + 30)]
    # the watermark's piece right after the type on its row, printed half as high again as the rows
    x = 240 + 28 * len(_ROWS[1][1]) + 8
    lines.append(_line(piece, x, 297, x + 46 * len(piece), 343))
    if watermark:
        lines.append(_line(watermark, 500, 700, 980, 770))
    return lines


@pytest.mark.parametrize(("piece", "watermark", "want"), [
    ("行开", "仅供银行开户使用", _ROWS[1][1]),          # zv_051 (before: blank, `unknown type`)
    ("行开", "", ""),                                   # no watermark read on the page: the box is the row's
    ("户使用再复印", "仅供银行开", _ROWS[1][1]),          # the watermark's close, its start read apart
])
def test_a_watermark_piece_after_the_type(piece: str, watermark: str, want: str) -> None:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    fields = extract(to_lines(_licence(piece, watermark)), "business_license").fields
    assert fields["entity_type"].public()["value"] == want
    assert fields["name"].public()["value"] == _ROWS[0][1]
