"""Wrong pre-fills of ZU's first sight that the page's own certainty said to doubt (session 33, lane zuwrong).

- zu_0040 / zu_0025 (phone photos): `…31号8楼` / `…34号8楼` for 3楼, the 8 read at 0.83 / 0.949 with 3 as the
  runner-up. A digit torn with another digit below BILEVEL_TORN_DIGIT was doubted on 1-bit and curled pages
  only; now on every page (`reader.GREY_TORN_DIGITS`, `distrust_page_digits`).
- zu_0007 (a blurred photo of a 食品经营许可证): `JY11401063620170` for JY144…, the second 1 at 0.84 with 4
  second. The number's value carried its line's score (0.97), not its characters': the blurred page's floor
  and the torn-digit rule never saw the 0.84 (`kinds.JY_CHARS`).
- zu_0093 (a phone photo the gate passed, a seal and handwriting over its rows): five of its eight values
  read in doubt, and the name `…企业管到咨询有限公司` (管理) pre-filled at 0.85. A page whose values read
  mostly in doubt is held to the blurred page's floor (`reader.POOR_PAGE`).
- zu_0140 (a blurred chat picture): `…;务代理服务。(除…` for 票务代理服务 — the wrapped row's 票 boxed and not
  read, its `务` 0.9 of a pitch right of the row above's first character (`layout.RAGGED_WRAPPED_HEAD`).
"""

from __future__ import annotations

from app.imaging.document import Quality
from app.prefill.extract import Extraction, FieldResult
from app.prefill.kinds import extract_food
from app.prefill.layout import Line, Piece, ragged
from app.prefill.reader import distrust_damaged, distrust_page_digits


def _address(torn: float) -> Extraction:
    f = FieldResult("辽宁省沈阳市和平区新华路980弄31号8楼", 0.98, [0.0, 0.0, 10.0, 10.0], weakest=torn)
    f.torn_digit = torn
    return Extraction("business_license", 1.0, {"address": f})


def test_a_digit_torn_with_another_digit_is_doubted_on_a_grey_page() -> None:
    ex = _address(0.831)
    distrust_page_digits(ex, bilevel=False, curled=False)
    assert ex.fields["address"].flagged  # (main: pre-filled on a grey page)
    sure = _address(0.97)
    distrust_page_digits(sure, bilevel=False, curled=False)
    assert not sure.fields["address"].flagged


def test_a_jy_number_carries_its_digits_certainty() -> None:
    no = "JY11401063620170"
    chars = tuple((0.84, "4", 0.138) if i == 3 else (0.99, "", 0.0) for i in range(len(no)))
    lines = [Line("许可证编号", 0.99, 60, 100, 160, 120, 0), Line(no, 0.975, 200, 100, 420, 120, 1, chars)]
    f = extract_food(lines)["license_no"]
    assert f.value == no
    assert f.weakest < 0.85 and f.torn_digit < 0.85  # (main: 0.975 and 1.0, the line's score)
    ex = Extraction("food_business_license", 1.0, {"license_no": f})
    distrust_damaged(ex, Quality(False, ("blurred",), {"glare": 0.05}))
    assert ex.fields["license_no"].flagged


def _poor_page(name_weakest: float, doubtful: int) -> Extraction:
    fields = {"name": FieldResult("深圳天成金鼎企业管到咨询有限公司", 0.977, None, weakest=name_weakest),
              "credit_code": FieldResult("914403058RF03R2877", 1.0, None),
              "entity_type": FieldResult("有限责任公司(自然人独资)", 0.957, None, weakest=0.957)}
    for k in range(doubtful):
        fields[f"f{k}"] = FieldResult("某值", 0.5, None, flagged=True, note="doubtful character", weakest=0.5)
    return Extraction("business_license", 1.0, fields)


def test_a_page_read_mostly_in_doubt_holds_its_values_to_the_blurred_floor() -> None:
    ex = _poor_page(0.85, 5)
    distrust_damaged(ex, Quality(True, (), {}))
    assert ex.fields["name"].flagged  # (main: pre-filled, the gate passed the photo)
    assert not ex.fields["entity_type"].flagged and not ex.fields["credit_code"].flagged
    legible = _poor_page(0.85, 1)
    distrust_damaged(legible, Quality(True, (), {}))
    assert not legible.fields["name"].flagged


def _row(text: str, x0: float, y: float, pitch: float = 15.3) -> Piece:
    xs = tuple(x0 + pitch * (i + 0.5) for i in range(len(text)))
    return Piece(text, 0.99, (x0 - 8, y, x0 + pitch * len(text) + 4, y + 20), tuple((0.99, "", 0.0) for _ in text), xs)


def test_a_wrapped_row_whose_head_was_boxed_and_not_read_is_ragged() -> None:
    top = _row("许可项目:建设工程施工。(依法须经批准的项目,经相关", 210, 480)
    mid = _row("部门批准后方可开展经营活动,具体经营项目以相关部门", 210, 505)
    late = _row("务代理服务。(除依法须经批准的项目外,凭营业执", 225.3, 530)
    late = Piece(late.text, late.score, (202, 530, late.box[2], 550), late.chars, late.xs)
    assert ragged([top, mid, late], hanging=True)  # (main: the box starts with the others')
    whole = _row("票务代理服务。(除依法须经批准的项目外,凭营业", 210, 530)
    assert not ragged([top, mid, whole], hanging=True)
