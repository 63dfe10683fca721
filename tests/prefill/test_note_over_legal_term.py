"""Session 36 (zzmix): a certifier's note grazing an ID card back's period row does not blank a period
whose two dates make a legal term (`extract.NOTE_TERM_VOUCHED`).

ZZ zz_011, a scanner app's 身份证 back: `复印件与原件一致` written between the 签发机关 and 有效期限 rows,
its box 9 px into the period row's, the period `1962.09.15-1967.09.15` read whole and sure — both dates
blanked `copy note over the value` on main. The note's own date mixing into one date breaks the 5/10/20
years; into both alike no hand writes. A period that is no legal term, a 长期 end, and a licence's date
stay doubted as before (the drawn case of test_zs_first_sight_wrongs.py is the licence's).

And an ID back's authority of the branch form `<city>公安局<district>分局` (a real city, one of its districts)
doubted only in the form's own words 公安局/分局 is pre-filled (`extract.AUTHORITY_FIXED_WORDS`; ZZ zz_082, a
photocopy: `上海市公安局徐汇区分局`, one 局 at 0.53 with 周 second — blanked `doubtful_character` on main).
"""

from __future__ import annotations

from app.prefill import extract as ex_mod
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import recognised


def _back(period: str) -> dict:
    lines = [recognised("中华人民共和国", 468, 141, 998, 216), recognised("居民身份证", 463, 298, 1064, 415),
             recognised("签发机关", 215, 604, 399, 658), recognised("上海市公安局普陀区分局", 469, 596, 993, 654),
             recognised("复印件与原件一致", 295, 652, 634, 714),
             recognised(f"有效期限{period}", 214, 705, 960, 770)]
    got = extract(to_lines(lines), "id_card_back").fields
    return {k: (got[k].public()["value"], got[k].public()["reason"]) for k in ("valid_from", "valid_to")}


def test_a_legal_term_under_a_grazing_note_is_prefilled(monkeypatch) -> None:  # noqa: ANN001
    assert _back("1962.09.15-1967.09.15") == {"valid_from": ("1962-09-15", ""), "valid_to": ("1967-09-15", "")}
    assert _back("2015.03.02-2035.03.02")["valid_to"] == ("2035-03-02", "")
    monkeypatch.setattr(ex_mod, "NOTE_TERM_VOUCHED", False)  # (main: both blank)
    assert _back("1962.09.15-1967.09.15") == {"valid_from": ("", "doubtful_character"),
                                              "valid_to": ("", "doubtful_character")}


def test_a_period_the_term_does_not_vouch_for_stays_doubted() -> None:
    got = _back("2019.07.03-长期")
    assert got["valid_from"] == ("", "doubtful_character")  # (a 长期 end checks no start)
    got = _back("2012.02.23-2026.02.23")  # (14 years: no legal term; flagged by the period rule itself)
    assert got["valid_from"][0] == "" and got["valid_to"][0] == ""


# ---------------------------------------------------------------- an authority doubted in its form's own words

def _authority(text: str, doubt: dict[int, tuple[float, str, float]]) -> tuple[str, str]:
    """ZZ zz_082's lines: label and authority one box, one character of the value in doubt (`doubt`
    keyed by the value's own positions)."""
    label = "签发机关"
    lines = [recognised("中华人民共和国", 758, 495, 1032, 543), recognised("居民身份证", 755, 577, 1064, 643),
             recognised(label + text, 626, 721, 1023, 765, {len(label) + i: d for i, d in doubt.items()}),
             recognised("有效期限2025.07.08-长期", 627, 780, 944, 815)]
    got = extract(to_lines(lines), "id_card_back").fields["issuing_authority"].public()
    return got["value"], got["reason"]


def test_an_authority_doubted_only_in_its_forms_words_is_prefilled(monkeypatch) -> None:  # noqa: ANN001
    auth = "上海市公安局徐汇区分局"
    assert _authority(auth, {5: (0.53, "周", 0.29)}) == (auth, "")  # (公安局's 局)
    assert _authority(auth, {10: (0.53, "周", 0.29)}) == (auth, "")  # (分局's 局)
    monkeypatch.setattr(ex_mod, "AUTHORITY_FIXED_WORDS", False)  # (main: blank)
    assert _authority(auth, {5: (0.53, "周", 0.29)}) == ("", "doubtful_character")


def test_an_authority_off_the_branch_form_stays_doubted() -> None:
    # (a doubt in a place name is judged by the places' own rules, as on main)
    assert _authority("上海市公安局高新区分局", {5: (0.53, "周", 0.29)})[0] == ""  # (no district of 上海市)
    assert _authority("上海市公安局徐汇分局", {4: (0.53, "周", 0.29)})[0] == ""  # (a branch named otherwise)
    assert _authority("徐汇区公安局", {4: (0.53, "周", 0.29)})[0] == ""  # (no branch)
