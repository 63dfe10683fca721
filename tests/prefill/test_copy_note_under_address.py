"""A copied ID card front with a note written or stamped right under the address's last row — a
复印件与原件一致 note in a pen's blue with the holder's signature and date, a red 收件专用 stamp, a pencil's
grey 经办人核对 — is the commonest document a service window sees. The note is no row of the address: it is
in another ink than the card's print (`layout.foreign_ink`). ZV's first sight blanked twelve of its
twenty-five ID-front addresses (`wrapped_row_incomplete`): the reader took the note as a further row of the
address (`…18号305室复印件与原件一致`), which then ended abruptly."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import layout
from app.prefill.layout import Line, foreign_ink, value_after
from tests.prefill.fonts import cjk_font

NUMBER = "420125195001179174"  # (GB 11643: born 1950-01-17, male)
ADDRESS = ("湖北省武汉市江汉区世纪大道", "210弄翠苑花园18号305室")


def _front(note: str, ink: tuple[int, int, int], *, paper: tuple[int, int, int] = (244, 244, 242),
           print_ink: tuple[int, int, int] = (25, 25, 25), stamp: bool = False, signed: bool = False) -> np.ndarray:
    """A card front (BGR) with `note` in `ink` just under the address's last row, a little right of its start."""
    img = Image.new("RGB", (1000, 640), paper)
    d = ImageDraw.Draw(img)
    lab, val = cjk_font(30), cjk_font(38)
    label_ink = (60, 110, 170)
    for label, y in (("姓名", 80), ("性别", 160), ("出生", 240), ("住址", 320)):
        d.text((40, y + 6), label, font=lab, fill=label_ink)
    d.text((440, 166), "民族", font=lab, fill=label_ink)
    for value, x, y in (("张振宇", 124, 80), ("男", 124, 160), ("汉", 540, 160), ("1950年1月17日", 124, 240),
                        (ADDRESS[0], 124, 320), (ADDRESS[1], 124, 372)):
        d.text((x, y), value, font=val, fill=print_ink)
    nf = cjk_font(32)
    d.text((170, 422), note, font=nf, fill=ink)
    if stamp:
        w = nf.getlength(note)
        d.rectangle((158, 416, 182 + w, 462), outline=ink, width=3)
    if signed:
        d.text((230, 466), "肖翠花", font=cjk_font(34), fill=ink)
        d.text((350, 474), "2024年8月15日", font=cjk_font(22), fill=ink)
    d.text((40, 556), "公民身份号码", font=lab, fill=label_ink)
    d.text((300, 550), NUMBER, font=cjk_font(40), fill=print_ink)
    return np.array(img)[:, :, ::-1].copy()


def _address(img: np.ndarray, engine, monkeypatch, on: bool) -> str:
    from app.prefill.reader import read_page

    monkeypatch.setattr(layout, "FOREIGN_INK", on)
    fields = read_page(img, engine).extraction.public_fields()
    assert fields["id_number"]["value"] == NUMBER
    return fields["address"]["value"]


def test_a_blue_copy_note_signed_and_dated_under_the_address_is_no_row_of_it(engine, monkeypatch) -> None:
    img = _front("复印件与原件一致", (40, 60, 170), signed=True)
    assert _address(img, engine, monkeypatch, False) == ""  # (main: `…305室复印件与原件一致`, ends abruptly)
    assert _address(img, engine, monkeypatch, True) == "".join(ADDRESS)


def test_a_red_stamp_under_the_address_is_no_row_of_it(engine, monkeypatch) -> None:
    img = _front("收件专用", (200, 50, 50), stamp=True)
    assert _address(img, engine, monkeypatch, False) == ""  # (main: `…305室收件专用`)
    assert _address(img, engine, monkeypatch, True) == "".join(ADDRESS)


def test_a_faint_grey_note_on_a_grey_copy_is_no_row_of_it(engine, monkeypatch) -> None:
    # a copy: no colour at all, the handwritten note's thin strokes copied far lighter than the print
    grey = _front("经办人核对", (150, 150, 150), paper=(236, 236, 236), print_ink=(40, 40, 40))
    img = np.repeat(grey.mean(axis=2, keepdims=True).astype(np.uint8), 3, axis=2)
    assert _address(img, engine, monkeypatch, False) == ""  # (main: `…305室经办人核对`)
    assert _address(img, engine, monkeypatch, True) == "".join(ADDRESS)


def _row(text: str, y: float, ink: tuple[float, ...], x: float = 124.0) -> Line:
    return Line(text, 0.99, x, y, x + 38.0 * len(text), y + 40.0, 0, ink=ink)


BLACK = (0.15, 0.0, 0.0, 230.0)


def test_rows_in_the_value_s_ink_are_taken_rows_in_another_ink_are_passed_over() -> None:
    label = Line("住址", 0.99, 40, 320, 100, 360, 0)
    first, second = _row(ADDRESS[0], 320, BLACK), _row(ADDRESS[1], 372, (0.2, 0.3, -0.4, 236.0))
    lines = [label, first, second, _row("复印件与原件一致", 424, (0.55, 5.0, -15.0, 238.0), x=170)]
    got = value_after(lines, ("住址",), ("公民身份号码",), multiline=True, max_lines=4)
    assert "".join(p.text for p in got) == "".join(ADDRESS)
    assert not got.hole
    # (a row in the value's ink there is a row of it)
    lines[-1] = _row("1单元", 424, (0.18, 0.1, 0.2, 240.0))
    got = value_after(lines, ("住址",), ("公民身份号码",), multiline=True, max_lines=4)
    assert "".join(p.text for p in got) == "".join(ADDRESS) + "1单元"


def test_foreign_ink_needs_a_clear_difference_and_leaves_glare_alone() -> None:
    assert not foreign_ink((0.3, 0.0, 0.0, 240.0), ())  # (unknown: judged as before)
    assert not foreign_ink((0.3, 0.5, -0.5, 240.0), BLACK)  # a single 室 row measures lighter: 0.82 as deep
    assert foreign_ink((0.3, 0.0, -12.0, 240.0), BLACK)  # a blue pen
    # print under a red seal: as deep as the value's, tinted by the seal (ZR zr_0094's standard sentence)
    assert not foreign_ink((0.16, 9.7, 2.3, 231.0), BLACK)
    assert foreign_ink((0.5, 0.0, 0.0, 240.0), BLACK)  # a pencil's grey, 0.59 as deep
    # the same faint row where the paper is far brighter: glare over a row of the value, not other ink
    assert not foreign_ink((0.5, 0.0, 0.0, 255.0), BLACK)
    # … or where the paper is clipped at white, however close the value's paper was to it (ZU zu_0002)
    assert not foreign_ink((0.71, 2.5, 0.4, 255.0), (0.22, 3.3, -0.8, 251.0))
    assert foreign_ink((0.71, 2.5, 0.4, 251.0), (0.22, 3.3, -0.8, 251.0))

