"""Session 36 (zzmix): a 。 read where the registrar's verbatim sentence prints ，is that comma
(`extract.SENTENCE_STOP_COMMA`).

ZZ zz_126, a 高拍仪 frame of a 个体工商户 licence: `…经相关部门批准后方可开展经营活动。具体经营项目以…`, the 。 at
0.82 with `.` second — a ，whose faint tail was lost, read by its round head; the scope was blanked
`boilerplate` on main. A 。 between items, or one that is no part of a standard sentence, is judged as before.
"""

from __future__ import annotations

from app.prefill import extract as ex_mod
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import recognised

ROWS = ["道路货物运输（不含危险货物）；普通货物仓储服务（不含危险化学品等需许",
        "可审批的项目）；国内货物运输代理；装卸搬运许可项目：道路货物运输（不",
        "含危险货物）（依法须经批准的项目，经相关部门批准后方可开展经营活动。",
        "具体经营项目以相关部门批准文件或许可证件为准）"]


def _scope(rows: list[str]) -> dict:
    lines = [recognised("营业执照", 618, 232, 950, 298), recognised("统一社会信用代码", 492, 140, 607, 161),
             recognised("923701022HYQ3JEKPQ", 495, 169, 660, 187),
             recognised("名称", 502, 395, 602, 418), recognised("历下德润小吃店", 600, 397, 708, 417),
             recognised("类型", 502, 430, 588, 455), recognised("个体工商户", 602, 433, 679, 453),
             recognised("经营范围", 505, 613, 586, 633)]
    for i, row in enumerate(rows):
        y = 613 + 21 * i
        stop = row.find("。")
        lines.append(recognised(row, 605, y, 605 + 13.4 * len(row), y + 19,
                                {stop: (0.82, ".", 0.13)} if stop >= 0 else None))
    return extract(to_lines(lines), "business_license").fields["business_scope"].public()


def test_a_full_stop_in_the_standard_sentence_is_its_comma(monkeypatch) -> None:  # noqa: ANN001
    got = _scope(ROWS)
    assert got["value"].endswith("方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准)"), got
    monkeypatch.setattr(ex_mod, "SENTENCE_STOP_COMMA", False)  # (main: blank, `boilerplate`)
    got = _scope(ROWS)
    assert got["value"] == "" and got["reason"] == "format"


def test_a_full_stop_between_items_stays_doubtful() -> None:
    rows = [ROWS[0].replace("；普通", "。普通"), *ROWS[1:2], ROWS[2].replace("活动。", "活动，"), ROWS[3]]
    assert _scope(rows)["value"] == ""
