"""Sure-looking values with a character the recogniser dropped or swapped (session 19, phone lane).

- A character under a seal's ring was skipped (`闵行区方力利店` for 方力便利店 at 0.99, every character
  sure): its neighbours stand ~1.8 pitches apart, a gap `Piece.lost_character` leaves alone (coarse
  placement must not make names doubtful). The value asks the reader to look at the gap's paper
  (`GAP_CHECK`, `reader.confirm_row_end`): ink there (in the recogniser's own view, a seal's red
  ring as light as paper) is a character not read; a printed space, or a seal's ring alone, is not.
- A 经营范围 whose own full stop after the registrar's sentence was dropped by the recogniser
  (`…经营活动)` read, `…经营活动）。` printed): the cell after the bracket holds one stop-sized mark
  and nothing else — the scope's grammar leaves nothing else to print there — so it is read as
  its `。` (`reader.stop_mark`); any other ink there leaves the scope in doubt, as before.
Rows drawn with Pillow; pieces as the recogniser gives them (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import GAP_CHECK, Extraction, _result
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

PITCH = 30
X0, Y0, H = 200, 40, 40


def _page(text: str, skip: int | None, seal: bool) -> np.ndarray:
    """`text` drawn one character per pitch on a colour page; a red seal's ring over the row when
    `seal`. The character at `skip` is drawn (and will be missing from the reading) unless it is a
    space."""
    img = Image.new("RGB", (800, 160), (238, 236, 230))
    d = ImageDraw.Draw(img)
    font = cjk_font(26)
    for i, ch in enumerate(text):
        if ch != " ":
            d.text((X0 + PITCH * i + 2, Y0 + 6), ch, font=font, fill=(30, 30, 30))
    if seal:
        cx = X0 + PITCH * (skip or 0) + PITCH // 2
        d.ellipse((cx - 70, Y0 - 50, cx + 70, Y0 + 90), outline=(200, 40, 40), width=5)
    return np.asarray(img)[..., ::-1].copy()


def _read(text: str, skip: int) -> Piece:
    """The recogniser's reading of the row without the character at `skip`, its positions as coarse
    as the recogniser's frames (those after the gap placed a third of a pitch early)."""
    kept = [(ch, X0 + PITCH * i + PITCH / 2 - (PITCH / 3 if 0 <= skip < i else 0))
            for i, ch in enumerate(text) if i != skip]
    read = "".join(ch for ch, _ in kept)
    return Piece(read, 0.99, (X0 - 2, Y0, X0 + PITCH * len(text) + 2, Y0 + H),
                 tuple((0.99, "", 0.0) for _ in read), tuple(x for _, x in kept))


def _checked(text: str, skip: int, seal: bool = False, drawn: str | None = None) -> bool:
    piece = _read(text, skip)
    assert not piece.lost_character  # (too narrow a gap to call from the positions alone)
    res = _result(piece.text, [piece])
    ex = Extraction("business_license", 1.0, {"name": res})
    confirm_row_end(ex, [], _page(drawn if drawn is not None else text, skip, seal))
    return ex.fields["name"].flagged


def test_a_character_skipped_between_two_read_ones_is_found_on_the_page() -> None:
    assert _checked("闵行区方力便利店", 6)
    assert _checked("闵行区方力便利店", 6, seal=True)  # (black print under a red seal's ring)


def test_paper_or_a_seals_ring_in_a_gap_is_no_character() -> None:
    # the same positions over a printed space: the value stands
    assert not _checked("闵行区方力 利店", 5, drawn="闵行区方力 利店")
    # a red seal's ring crossing the space: the recogniser's view drops red ink, the value stands
    assert not _checked("闵行区方力 利店", 5, seal=True, drawn="闵行区方力 利店")


def test_evenly_read_values_ask_for_no_look() -> None:
    piece = _read("闵行区方力便利店", -1)
    assert not [a for a in _result(piece.text, [piece]).blank_after if a[2] == GAP_CHECK]


def _scope_end(after: str) -> tuple[np.ndarray, tuple[float, float, float, float], Piece]:
    """A scope's last row `…经营活动）` and what is printed after the bracket, on a phone photo's
    shaded paper; the reading has the bracket last (a lone `。` after it is often dropped)."""
    font = cjk_font(26)
    img = Image.new("L", (700, 80), 232)
    d = ImageDraw.Draw(img)
    d.text((300, 22), "开展经营活动）" + after, font=font, fill=45)
    shade = np.linspace(0, 25, 700)[None, :]
    gray = (np.asarray(img, dtype=np.float64) - shade).clip(0, 255).astype(np.uint8)
    read = "开展经营活动)"
    xs = tuple(300 + 26 * (i + 0.5) for i in range(len(read)))
    piece = Piece(read, 0.99, (300, 18, 300 + 26 * len(read), 56), tuple((0.99, "", 0.0) for _ in read), xs)
    return gray, (298.0, 18.0, 300 + 26 * 7 + 2, 56.0), piece


def test_a_lone_full_stop_after_the_scopes_bracket_is_read() -> None:
    from app.prefill.extract import STOP_CHECK, _room_after_sentence

    for after, want in (("。", "开展经营活动)。"), ("", "开展经营活动)"), ("许可", None)):
        gray, _, piece = _scope_end(after)
        room = _room_after_sentence([piece])
        assert room is not None and room[2] == STOP_CHECK
        res = _result(piece.text, [piece])
        res.blank_after.append(room)
        ex = Extraction("business_license", 1.0, {"business_scope": res})
        confirm_row_end(ex, [], gray)
        got = ex.fields["business_scope"]
        if want is None:  # (a character after the bracket is no stop: the scope stays in doubt)
            assert got.flagged
        else:
            assert not got.flagged and got.value == want
