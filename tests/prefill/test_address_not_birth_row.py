"""An ID front whose rows fan (session 29, lead; ZM zm_0014: a phone held close, the card's left edge
out of the frame and its outline not found; zm_0075: a scanner app's warped crop — the rows run at
16° at the name and 0° at the number, so no one angle levels them). The upright box of the birth
row's value `1987年5月24日` reaches into the address's first row and the address was read starting
with it — blank (`no province first`). A line read as the birth row's value is no part of the
address. The lines below are zm_0014's as the recogniser gave them (its last `extract` call)."""

from __future__ import annotations

import pytest

from app.prefill.layout import Line


def _lines(birth: str = "1987年5月24日") -> list[Line]:
    rows = [("姓名", 123, 172, 301, 250), ("韦嘉东", 275, 199, 465, 291), ("性别男", 89, 253, 325, 343),
            ("民族汉", 408, 320, 600, 398), ("出生", 58, 340, 197, 405), (birth, 230, 366, 679, 492),
            ("住址", 19, 432, 165, 505), ("云南省昆明市五华区建设大道", 209, 459, 830, 598),
            ("325号9层042室", 188, 523, 568, 624), ("身份号码", 0, 754, 317, 836),
            ("530102198705244514", 364, 767, 1045, 875)]
    return [Line(t, 0.99, x1, y1, x2, y2, i, ()) for i, (t, x1, y1, x2, y2) in enumerate(rows)]


@pytest.mark.parametrize(("on", "want"), [(True, "云南省昆明市五华区建设大道325号9层042室"), (False, "")])
def test_the_birth_rows_value_is_no_part_of_the_address(monkeypatch: pytest.MonkeyPatch, on: bool, want: str) -> None:
    import app.prefill.extract as X

    monkeypatch.setattr(X, "ADDRESS_NOT_BIRTH_ROW", on)  # (off: main's reading, the date first, blank)
    fields = X.extract(_lines(), "id_card_front").fields
    assert fields["birth_date"].value == "1987-05-24"
    assert fields["address"].public()["value"] == want
