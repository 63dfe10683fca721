"""Session 31 (wrongs4): a label's part taken as the value is not pre-filled; an ID back's authority read
after its label's tail is read without it.

Labels are split from values by their characters in reading order (`layout.normalize_labels`). Two first
sights pre-filled what was left of a label:
- ZP zp_0145 (a 公共场所卫生许可证 in a sleeve): the label prints `法定代表人（负责人）`; the sleeve's glare
  took the bracket, `人）：` and the name, the detector boxed `法定代表人` and `负责` apart, the first was
  found as the shorter alias and main pre-filled `负责` as the legal representative
  (`extract.LABEL_IN_VALUE`: a value that is a label's head, or that starts with a label's tail, is a
  label's part — `format`);
- ZQ zq_0147 (a chat screenshot of an ID back): `签` of 签发机关 not read inside its box, so the label was not
  found and the one line that is a whole authority was taken with the label's rest glued before it —
  main pre-filled `发机关昆明市公安局五华区分局` (`extract.LABEL_TAIL_CUT`: the authority is read after the
  tail).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from tests.prefill.fonts import cjk_font
from tests.prefill.pages import read_file

# zp_0145's lines as the recogniser gave them for the reading main pre-filled `负责` from: (text, score,
# box, character centres, the doubtful characters' (probability, runner-up, its probability))
ZP_0145 = [
    ("公共场所卫生许可证", 1.0, (413, 197, 983, 262), (448, 507, 576, 636, 705, 764, 834, 893, 962), {}),
    ("京卫公字(2020)第110108705837号", 0.984, (828, 273, 1131, 311),
     (846, 862, 883, 898, 924, 935, 940, 950, 961, 971, 992, 1005, 1018, 1023, 1034, 1044, 1054, 1060, 1070, 1080,
      1091, 1101, 1112, 1122), {}),
    ("单位名称:", 0.993, (184, 361, 292, 396), (204, 222, 245, 268, 285), {4: (0.966, ":", 0.426)}),
    ("法定代表人", 0.999, (184, 424, 310, 459), (204, 222, 245, 268, 292), {}),
    ("负责", 0.952, (293, 427, 371, 458), (332, 352), {1: (0.914, "货", 0.006)}),
    ("地址:北京市海区建设路3号1楼851室", 0.983, (183, 483, 635, 521),
     (206, 268, 284, 323, 338, 362, 385, 424, 447, 471, 486, 518, 533, 549, 564, 580, 588, 603, 619),
     {10: (0.682, "段", 0.098)}),
    ("许可项目:书店", 1.0, (183, 544, 356, 582), (203, 227, 244, 267, 285, 320, 343), {}),
    ("有效期限:自2020年04月05日至2024年04月04日", 1.0, (186, 605, 642, 641),
     (200, 223, 246, 263, 280, 309, 326, 337, 348, 360, 371, 388, 400, 417, 434, 445, 457, 480, 497, 508, 519, 531,
      542, 559, 574, 588, 605, 616, 633), {}),
    ("发证机关", 1.0, (887, 812, 974, 844), (900, 922, 943, 964), {}),
    ("2020年04月05日", 0.998, (1019, 871, 1155, 901), (1030, 1039, 1048, 1058, 1071, 1085, 1094, 1107, 1121, 1130, 1144),
     {}),
]


def _lines() -> list[Line]:
    return [Line(text, score, *box, i, tuple(doubt.get(k, (0.999, "", 0.0)) for k in range(len(text))), "", xs)
            for i, (text, score, box, xs, doubt) in enumerate(ZP_0145)]


@pytest.mark.parametrize(("rule", "want"), [(True, ""), (False, "负责")])
def test_a_bracketed_labels_rest_read_as_the_name_is_not_prefilled(monkeypatch: pytest.MonkeyPatch,
                                                                   rule: bool, want: str) -> None:
    import app.prefill.extract as X

    monkeypatch.setattr(X, "LABEL_IN_VALUE", rule)  # (False: main's reading, zp_0145's wrong pre-fill)
    monkeypatch.setattr(X, "NAME_NO_SURNAME", False)  # (session 37's surname rule blanks `负责` too)
    fields = X.extract(_lines(), "public_health_license").fields
    assert fields["legal_representative"].public()["value"] == want
    if rule:
        assert fields["legal_representative"].public()["reason"] == "format"
    assert fields["license_items"].public()["value"] == "书店"  # (the other values stay)
    assert fields["valid_to"].public()["value"] == "2024-04-04"


def _worn_back(path, gap: int) -> None:
    """An ID card back whose 签 of 签发机关 is worn off (nothing printed there), the authority printed
    `gap` px after the label: a tight gap boxes the label's rest and the authority as one line."""
    img = Image.new("RGB", (1012, 638), (246, 247, 245))
    d = ImageDraw.Draw(img)
    d.ellipse((70, 60, 270, 260), fill=(200, 40, 50))
    d.text((340, 90), "中 华 人 民 共 和 国", font=cjk_font(48), fill=(20, 20, 20))
    d.text((320, 190), "居 民 身 份 证", font=cjk_font(80), fill=(20, 20, 20))
    f = cjk_font(30)
    d.text((190, 462), "发机关", font=f, fill=(40, 90, 160))
    d.text((280 + gap, 462), "昆明市公安局五华区分局", font=f, fill=(20, 20, 20))
    d.text((160, 542), "有效期限", font=f, fill=(40, 90, 160))
    d.text((280 + gap, 542), "2021.05.04-2031.05.04", font=f, fill=(20, 20, 20))
    cv2.imwrite(str(path), cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR))


@pytest.mark.parametrize("gap", [0, 10])
def test_an_authority_after_its_labels_tail_is_read_without_it(engine, tmp_path, monkeypatch: pytest.MonkeyPatch,
                                                                gap: int) -> None:
    import app.prefill.extract as X

    path = tmp_path / "back.png"
    _worn_back(path, gap)
    got = read_file(path)
    assert got["kind"] == "id_card_back"
    assert got["fields"]["issuing_authority"]["value"] == "昆明市公安局五华区分局"
    assert got["fields"]["valid_to"]["value"] == "2031-05-04"
    monkeypatch.setattr(X, "LABEL_TAIL_CUT", False)
    # (without the cut the line is the label's rest and the authority: a label's part, not pre-filled)
    cut_off = read_file(path)["fields"]["issuing_authority"]
    assert (cut_off["value"], cut_off["reason"]) == ("", "format")
    monkeypatch.setattr(X, "LABEL_IN_VALUE", False)  # (main: zq_0147's wrong pre-fill)
    assert read_file(path)["fields"]["issuing_authority"]["value"] == "发机关昆明市公安局五华区分局"


def test_label_parts() -> None:
    from app.prefill.extract import label_in_value

    assert label_in_value("public_health_license", "legal_representative", "负责")
    assert label_in_value("id_card_back", "issuing_authority", "发机关昆明市公安局五华区分局")
    assert label_in_value("business_license", "legal_representative", "经营")  # (ZI zi_0112: 经营者's head)
    for kind, key, value in (("public_health_license", "legal_representative", "王永雪"),
                             ("id_card_back", "issuing_authority", "昆明市公安局五华区分局"),
                             ("business_license", "name", "名称"[:1] + "城科技有限公司"),
                             ("household_register", "relationship", "户主")):  # (a word of its vocabulary)
        assert not label_in_value(kind, key, value)
    assert not label_in_value("id_card_front", "address", "民族路974号")  # (a street named after a label's word)
