"""Session 32 (zrwrong): a value that opens a bracket it never closes is not pre-filled.

ZR zr_0090 (a flatbed scan of a 合伙企业's 营业执照): the 执行事务合伙人 is a company printed with the person
it appoints, `昆明青禾建筑工程有限公司(委派代表:何婷天)`, wrapped inside the bracket; the first row was read,
`…有限公司(委派`, and the wrapped `代表:何婷天)` not joined. The value was doubted (neither a person's nor an
entity's name), then the second recogniser read the same row alike and main pre-filled it. Printed
values close every bracket they open: such a value was cut short (`extract.UNCLOSED`, note
`unbalanced`, reason `format`: outside the second recogniser's asks). Drawn with Pillow — the wrapped
row washed out by a sleeve's glare — and read through `ocr_files`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.prefill.fonts import cjk_font
from tests.prefill.test_licence_columns import licence_head, read

SIZE, PITCH = 30, 52


def partnership(path: Path) -> Path:
    """A 合伙企业's 正本 whose 执行事务合伙人 row ends `(委派` and the row under it is glare."""
    img = Image.new("RGB", (1500, 1060), (250, 250, 246))
    d = ImageDraw.Draw(img)
    licence_head(d, "91530102MA6K8Q2X3C")
    font = cjk_font(SIZE)
    left = [("名称", ["昆明星辰星食品合伙企业(有限合伙)"]), ("类型", ["有限合伙企业"]),
            ("执行事务合伙人", ["昆明青禾建筑工程有限公司(委派"]),
            ("经营范围", ["信息系统集成服务;广告制作;日用百货", "销售;办公用品销售。(依法须经批准的",
                      "项目,经相关部门批准后方可开展经营", "活动)"])]
    right = [("出资额", ["人民币叁佰万元整"]), ("成立日期", ["2005年02月19日"]),
             ("合伙期限", ["2005年02月19日至长期"]), ("主要经营场所", ["云南省昆明市五华区厂口街", "道白龙村8组33号"])]
    for x_label, rows in ((70, left), (800, right)):
        y = 300
        for label, values in rows:
            d.text((x_label, y), label, font=font, fill="black")
            x_value = x_label + max(4, len(label)) * SIZE + 20
            for value in values:
                d.text((x_value, y), value, font=font, fill="black")
                y += PITCH
            if label == "执行事务合伙人":  # the wrapped `代表:何婷天)` under the glare: paper white
                d.rectangle((x_value - 10, y - 4, x_value + 400, y + SIZE + 8), fill=(255, 255, 255))
                y += PITCH
            y += 14
    d.text((880, 900), "登记机关", font=font, fill="black")
    d.text((1040, 960), "2022年05月26日", font=font, fill="black")
    img.save(path)
    return path


@pytest.mark.parametrize(("rule", "want"), [(True, ""), (False, "昆明青禾建筑工程有限公司(委派")])
def test_a_partner_read_to_an_open_bracket_is_not_prefilled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            rule: bool, want: str) -> None:
    import app.prefill.extract as X

    monkeypatch.setattr(X, "UNCLOSED", rule)  # (False: main's reading, zr_0090's wrong pre-fill)
    got = read(partnership(tmp_path / "partner.png"))
    assert got["legal_representative"]["value"] == want
    if rule:
        assert got["legal_representative"]["reason"] == "format"
    assert got["established_date"]["value"] == "2005-02-19"  # (the other values stay)


def test_unclosed_counts_round_brackets_of_either_width() -> None:
    from app.prefill.extract import _unclosed

    assert _unclosed("昆明青禾建筑工程有限公司(委派")
    assert _unclosed("某某合伙企业（有限合伙")
    assert not _unclosed("昆明青禾建筑工程有限公司(委派代表:何婷天)")
    assert not _unclosed("京卫公字〔2020〕第1号")  # (a number's 〔〕 are no round brackets)
