"""Session 34 (epdf): a permit's address whose registration note wrapped onto a row of its own.

A 公共场所卫生许可证's 地址 printed `…2单元401室` and, wrapped under it, `（集中登记地）` (ZV zv_062's e-PDF, zv_017's
高拍仪 frame): `extract._premises_address` took any row under a row ending in a room (`室`) for the next field's
value whose label was not read, and blanked the address (`ragged rows`, `wrapped_row_incomplete`). A last row
that is a bracketed phrase of a few Chinese characters and nothing else is the address's registration note
(集中登记地, 自主申报, 托管): the rows are judged without it (`REGISTRATION_NOTE_ROW`). A row under a room that is
anything else still makes the address doubtful. Pillow-drawn pages read through the CLI's service.
"""

from __future__ import annotations

from tests.prefill.pages import read_file as read
from tests.prefill.test_food_health_layouts import HEALTH, draw_justified

ROW1 = "河南省郑州市金水区胜利路1258号4幢2单元401室"


def _health(second: str) -> list[tuple[str, str]]:
    rows = [("许可证号", "豫卫公字〔2026〕第410113307907号")]
    for lab, v in HEALTH:
        if lab == "地址":
            rows += [(lab, ROW1), ("", second)]
        else:
            rows.append((lab, {"许可项目": "美容店"}.get(lab, v)))
    return rows


def test_registration_note_wrapped_under_a_room_ends_the_address(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import extract

    path = draw_justified(tmp_path / "health.png", "卫生许可证", _health("（集中登记地）"), column=200)
    out = read(path)
    assert out["kind"] == "public_health_license"
    assert out["fields"]["address"]["value"] == ROW1 + "(集中登记地)", out["fields"]["address"]
    monkeypatch.setattr(extract, "REGISTRATION_NOTE_ROW", False)
    assert read(path)["fields"]["address"]["value"] == ""  # (main: `ragged rows`)


def test_other_row_under_a_room_still_makes_the_address_doubtful(engine, tmp_path) -> None:
    out = read(draw_justified(tmp_path / "health.png", "卫生许可证", _health("金水区人民政府"), column=200))
    assert out["fields"]["address"]["value"] == ""
