"""Session 30 (ZO wrongs): a character read between a registrar's sentence and the next header of a
经营范围, not pre-filled.

ZO zo_0043, a chat-forwarded 营业执照 with the registrar's seal over the 一般项目's end, pre-filled
`…凭营业执照依法自主开展经营活动)类许可项目:…`: a character of other print (the seal's, a speck at
the row's start) read into the scope. The registrar's sentences are printed verbatim, and what follows
one closed by its bracket is the scope's end, its full stop, a separator, a further bracketed note or
the next header (`extract._stray_after_sentence`; the 881 such sentences of the cached development
sets' truth, nothing else). Drawn pages read through `ocr_files` (what `zongchuang ocr --json` runs):
the scope with the stray character was pre-filled on main (checked by switching the rule off); the
same scope without it is read whole.
"""

from __future__ import annotations

from app.prefill import extract
from tests.prefill.test_licence_ends import draw_licence, read

HEAD = ["一般项目：住宿服务；酒店管理；餐饮服务。（除依法须经批准的项"]
TAIL = ["（不含危险货物）。（依法须经批准的项目，经相关部门批准后方", "可开展经营活动）"]
ROW2 = "目外，凭营业执照依法自主开展经营活动）{}许可项目：道路货物运输"
WANT = ("一般项目:住宿服务;酒店管理;餐饮服务。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动){}"
        "许可项目:道路货物运输(不含危险货物)。(依法须经批准的项目,经相关部门批准后方可开展经营活动)")


def _rows(stray: str) -> list[tuple[str, list]]:
    return [("名称", ["南京博睿正酒店管理有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]),
            ("法定代表人", ["郭辉琪"]), ("注册资本", ["人民币捌佰万元整"]), ("成立日期", ["2017年08月11日"]),
            ("营业期限", ["长期"]), ("住所", ["江苏省南京市鼓楼区中山北路120号"]),
            ("经营范围", [*HEAD, ROW2.format(stray), *TAIL])]


def test_a_scope_of_two_parts_is_read_whole(engine, tmp_path) -> None:
    got = read(draw_licence(_rows(""), tmp_path / "scope.png"))
    assert got["business_scope"]["value"] == WANT.format(""), got["business_scope"]


def test_a_character_after_the_sentence_leaves_the_scope_blank(engine, tmp_path, monkeypatch) -> None:
    path = draw_licence(_rows("类"), tmp_path / "stray.png")
    on = read(path)["business_scope"]
    monkeypatch.setattr(extract, "SCOPE_AFTER_SENTENCE", False)
    # (session 37's SCOPE_PART_CLOSED blanks it too — 类 glued to 许可项目 after a 一般项目 part: off here,
    # so the test still shows what this rule alone does)
    monkeypatch.setattr(extract, "SCOPE_PART_CLOSED", False)
    off = read(path)["business_scope"]
    assert off["value"] == WANT.format("类"), off  # (main: pre-filled with it)
    assert on["value"] == "", on


def test_what_may_follow_a_sentence() -> None:
    stray = extract._stray_after_sentence
    sentence = "(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    assert stray("一般项目:酒店管理。" + sentence + "类许可项目:食品经营。")
    assert not any(stray("一般项目:酒店管理。" + sentence + after) for after in
                   ("", "。", "许可项目:食品经营。", "(具体经营项目以审批结果为准)"))
