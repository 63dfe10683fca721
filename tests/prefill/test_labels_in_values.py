"""A label's word inside another field's value: `民族` is the ID card's label of the nation, and
`民族路` / `民族大道` are streets of many cities (重庆 渝中区, 南宁 青秀区…). An address row that
holds such a street must not end at the word as if the nation's label followed on the row: the
address came back without its street (`…解放碑974号`), blank at best; a row starting with the street
ended the address at its first row, pre-filled (wrong). Cards drawn by
`tests/prefill/test_id_front_cases.card` and read through `zongchuang ocr --json`'s function."""

from __future__ import annotations

import pytest

from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card, read


@pytest.mark.parametrize("rows", [["重庆市渝中区解放碑民族路", "974号"], ["广西南宁市青秀区民族大道", "81号"],
                                  # (the street starting the wrapped row: the address was cut to its
                                  # first row and pre-filled — a wrong pre-fill)
                                  ["重庆市渝中区解放碑", "民族路974号"], ["广西南宁市青秀区", "民族大道81号"]])
def test_street_named_after_the_nation_label_stays_in_the_address(engine, tmp_path, rows: list[str]) -> None:
    fields = read(tmp_path, card(rows))
    assert fields["address"]["value"] == "".join(rows)
    assert_no_wrong(fields, {**PERSON, "address": "".join(rows)})
