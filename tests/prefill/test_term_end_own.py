"""Session 31 (zqphoto): a 营业执照's 营业期限 end judged by its own characters, not by a doubt in the term's start.

The term's row prints its start first (`2000年01月07日至2030年01月07日`), and the field is its end. A mark read
in the start — ZQ zq_0027 (a phone photo's grain read as a dash, `2000年-01月07日至…`), zq_0084 (a fold: the
start's 日 read as 3, `2003年02月193至…`) — made the whole row doubtful, and an end read sure, vouched for by the
whole years from the 成立日期, was left blank both times (`doubtful_character`). `extract.TERM_END_OWN`: a
doubtful end is judged again by the end date's own characters (at `DIGIT_CHAR`, as a 成立日期's are); a doubt in
the end itself still blanks it. Drawn 营业执照 on A4 at 200 dpi, the start's 日 torn (paper over its middle:
the recogniser reads it at ~0.44), read through `ocr_files`; main left valid_to blank (the rule switched off here).
The limits (a doubt in the end's own year, an end the whole years do not reach) on recognised lines.
"""

from __future__ import annotations

from pathlib import Path

import cv2

from tests.prefill.fonts import cjk_font
from tests.prefill.test_name_lost_character import CODE, _licence, _read

HEAD = [(700, "名称", "厦门思明武记贸易有限公司"), (800, "类型", "有限责任公司(自然人独资)"), (900, "法定代表人", "长孙磊宇")]
TERM_Y = 1100
TERM = "2000年01月07日至2030年01月07日"


def _torn(tmp_path: Path, before: str) -> Path:
    """The licence with the 日 after `before` on the term's row torn: paper over the middle of its
    cell (30–70 % of its width), as a fold's crease or a photo's grain takes a stroke's middle."""
    rows = [*HEAD, (1000, "成立日期", "2000年01月07日"), (TERM_Y, "营业期限", TERM),
            (1200, "住所", "福建省厦门市思明区解放路504弄52号")]
    path = _licence(tmp_path, rows)
    font = cjk_font(40)  # (the font `_licence` draws values with, from x 520)
    x0, w = 520 + font.getlength(before), font.getlength("日")
    page = cv2.imread(str(path))
    cv2.rectangle(page, (int(x0 + 0.3 * w), TERM_Y), (int(x0 + 0.7 * w), TERM_Y + 48), (250, 250, 250), -1)
    cv2.imwrite(str(path), page)
    return path


def test_a_doubt_in_the_terms_start_leaves_its_end(engine, tmp_path, monkeypatch) -> None:
    from app.prefill import extract

    path = _torn(tmp_path, "2000年01月07")
    on = _read(path)
    monkeypatch.setattr(extract, "TERM_END_OWN", False)
    off = _read(path)
    assert off["valid_to"]["value"] == ""  # (main: the start's torn 日 blanked the end)
    assert off["valid_to"]["reason"] == "doubtful_character"
    assert on["valid_to"]["value"] == "2030-01-07"
    assert on["established_date"]["value"] == off["established_date"]["value"] == "2000-01-07"


def _lines(term: str, weak_at: int, established: str = "2000年01月07日") -> list:
    """A 营业执照's rows as the recogniser gives them (label and value in one box), every character at
    1.00 but the term's `weak_at`-th at 0.44 (another character its runner-up)."""
    from app.prefill.layout import Line

    rows = [("统一社会信用代码", 200), (CODE, 250), ("营业执照", 300), ("名称厦门思明武记贸易有限公司", 700), ("类型有限责任公司(自然人独资)", 800),
            ("法定代表人长孙磊宇", 900), (f"成立日期{established}", 1000), (f"营业期限{term}", 1100),
            ("住所福建省厦门市思明区解放路504弄52号", 1200)]
    out = []
    for i, (text, y) in enumerate(rows):
        chars = [(1.0, "", 0.0)] * len(text)
        if text.startswith("营业期限"):
            chars[4 + weak_at] = (0.44, "3", 0.3)
        xs = tuple(220 + 40 * k for k in range(len(text)))
        out.append(Line(text, 0.98, 200, y, 240 + 40 * len(text), y + 44, i, tuple(chars), "", xs))
    return out


def test_the_ends_own_characters_decide(monkeypatch) -> None:
    from app.prefill import extract as X

    start_doubt = X.extract(_lines(TERM, TERM.index("日")), "business_license").fields["valid_to"]
    assert (start_doubt.value, start_doubt.flagged) == ("2030-01-07", False)
    monkeypatch.setattr(X, "TERM_END_OWN", False)
    main = X.extract(_lines(TERM, TERM.index("日")), "business_license").fields["valid_to"]
    assert main.flagged and main.note == "doubtful character"  # (main: blank)
    monkeypatch.setattr(X, "TERM_END_OWN", True)
    # a doubt in the end's own year: blank, as before
    end_doubt = X.extract(_lines(TERM, TERM.rindex("3")), "business_license").fields["valid_to"]
    assert end_doubt.flagged
    # an end on a day the whole years from the 成立日期 do not reach: blank, as before
    off_day = X.extract(_lines("2000年01月07日至2030年01月09日", 10), "business_license").fields["valid_to"]
    assert off_day.flagged
    # a page whose other rows are in doubt (fewer than TERM_END_SETTLED of them pre-filled): blank, as before
    monkeypatch.setattr(X, "TERM_END_SETTLED", 7)
    assert X.extract(_lines(TERM, TERM.index("日")), "business_license").fields["valid_to"].flagged
