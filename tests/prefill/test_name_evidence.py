"""A licence's person name gaining or losing a character (session 23, cards): a name is two to four
characters, each the whole value, so one character more or less reads like a name and is a wrong
pre-fill. Z z0103: `执行事务合伙人孔梅胜` printed tight, the recogniser read `人孔` as one character
(`执行事务合伙札梅胜`, 札 at 0.76): the label was found with its last character misread and the name
came out `梅胜`. ZA za0079: the detector boxed `经营者刘` and `刘涛燕` (one print, two boxes overlapping
at 刘): the name came out `刘涛燕刘`. Both are left blank (`doubtful_character`,
`extract.weak_name_evidence`); a label read whole, or boxes apart, keep the name.

Built as OCR lines with per-character probabilities, through the real extraction."""

from __future__ import annotations

from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_licence_partners import PARTNERSHIP, page
from tests.prefill.test_licence_rows import line


def _read(lines: list) -> dict[str, object]:
    return extract(to_lines(lines)).public_fields()["legal_representative"]


def _with_rep_row(rows: list, label: str) -> list:
    """The page's rows with its rep label's and value's lines replaced by `rows`."""
    base = page(rep_label=label, rep="孔梅胜", **PARTNERSHIP)
    return [ln for ln in base if not 485 <= ln.bbox[1] <= 487] + rows


def test_a_name_glued_to_a_label_whose_last_character_is_misread_in_doubt_is_not_prefilled() -> None:
    glued = line("执行事务合伙札梅胜", 88, 487, 268, 514, chars={6: (0.76, "机", 0.19)})
    out = _read(_with_rep_row([glued], "执行事务合伙人"))
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    # the label read whole: the name after it is the name
    whole = line("执行事务合伙人孔梅胜", 88, 487, 288, 514)
    assert _read(_with_rep_row([whole], "执行事务合伙人"))["value"] == "孔梅胜"


def test_a_name_whose_boxes_overlap_on_its_row_is_not_prefilled() -> None:
    twice = [line("经营者刘", 88, 487, 168, 514), line("刘涛燕", 148, 486, 208, 512)]
    out = _read(_with_rep_row(twice, "经营者"))
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    apart = [line("经营者", 88, 487, 148, 514), line("刘涛燕", 220, 486, 280, 512)]
    assert _read(_with_rep_row(apart, "经营者"))["value"] == "刘涛燕"
