"""A monitor photographed close, its panel's pixels resolved: the page read with the lattice's fringes
taken out patch by patch (`screen.demoire`, `reader.DEMOIRE_READ`), and a value its own format closes
not judged cut by a fringe after its row (`reader.CUT_CLOSED`).

ZU zu_0100 (a 卫生许可证 on a monitor, lattice 5.2 camera pixels): through the brightest channel, and
through `delattice`'s low-pass over a panel pixel, the detector boxed the title alone; through
`demoire` every row, 5 of its 7 fields read. ZT zt0065 (an ID back on a monitor): the period row
`2010.12.03-2030.12.03` read at 0.999, blanked as "cut" by the dark moiré fringe after it.

Drawn here: an ID back on a monitor (`test_screen_lattice.on_monitor_close`: R, G and B stripes, the
gaps between panel pixels, the panel turned 2°, lens blur, noise, JPEG), read through `zongchuang ocr`.
On main: the title alone, every field `retake`.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.screen import demoire, lattice_period
from app.prefill.reader import choose_page
from tests.prefill.fonts import cjk_font
from tests.prefill.pages import read_jpeg
from tests.prefill.test_screen_lattice import _back, on_monitor_close


def test_card_back_on_a_monitor_photographed_close_reads_its_rows(tmp_path: Path) -> None:
    result = read_jpeg(tmp_path, on_monitor_close(_back()), quality=88, name="monitor.jpg")
    assert result["kind"] == "id_card_back"
    fields = {k: v["value"] for k, v in result["fields"].items()}
    # (on main, and with DEMOIRE_READ off: all three blank, `retake`)
    assert fields == {"issuing_authority": "乌鲁木齐市公安局天山区分局", "valid_from": "2016-08-10",
                      "valid_to": "2036-08-10"}
    assert "retake" not in result


def test_licence_on_a_phones_grid_reads_rows_not_its_title_alone(engine) -> None:  # noqa: ANN001
    # test_screen_title_kind's licence (12 px rows) on a phone's sub-pixel grid at a 3.5 px pitch: through
    # the brightest channel its title alone was read (every field blank, `retake`); through `demoire` its
    # rows, and each value pre-filled is the one printed
    from app.prefill.reader import read_page
    from tests.prefill.test_screen_photos import on_screen
    from tests.prefill.test_screen_title_kind import _page

    got = read_page(on_screen(_page("营 业 执 照"), pitch=3.5), engine)
    assert got.kind == "business_license"
    printed = {"name": "苏州顺昌汽车服务有限公司", "credit_code": "91320506MA1MX2KR41",
               "entity_type": "有限责任公司(自然人投资或控股)", "legal_representative": "张涛",
               "registered_capital": "伍拾万元整", "established_date": "2016-03-12",
               "address": "江苏省苏州市吴中区长桥街道东吴北路118号"}
    read = {k: v["value"] for k, v in got.extraction.public_fields().items() if v["value"]}
    assert len(read) >= 3 and all(printed.get(k) == v for k, v in read.items())


def test_demoire_takes_the_lattice_out_and_leaves_paper_as_it_was() -> None:
    page = choose_page(on_monitor_close(_back())).image
    assert lattice_period(page) > 0
    assert lattice_period(demoire(page)) == 0.0
    paper = cv2.cvtColor(_back(), cv2.COLOR_RGB2BGR)  # a card printed on paper: no lattice to take out
    grey = cv2.cvtColor(paper, cv2.COLOR_BGR2GRAY).astype(np.float32)
    out = demoire(paper)[..., 0].astype(np.float32)
    assert np.corrcoef(grey.ravel(), out.ravel())[0, 1] > 0.98  # (the strokes as drawn: only clipping at the stretch changes them)


def _period_row() -> tuple[np.ndarray, tuple[float, float, float]]:
    """A card back's period row on grey paper with a dark moiré fringe right after it (BGR), and where
    the row's print ends (x) and its top and bottom."""
    img = Image.new("RGB", (1000, 120), (235, 235, 235))
    d = ImageDraw.Draw(img)
    f = cjk_font(30)
    d.text((20, 40), "有效期限", font=f, fill=(40, 40, 40))
    d.text((180, 40), "2010.12.03-2030.12.03", font=f, fill=(40, 40, 40))
    x_end = 180 + d.textlength("2010.12.03-2030.12.03", font=f)
    page = cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)
    # the fringe: dark bands across the row's height right after its end, as dense as print
    xs = np.arange(int(x_end) + 4, int(x_end) + 90)
    page[44:72, xs[(xs // 3) % 2 == 0]] = 60
    return page, (x_end, 36.0, 78.0)


def test_whole_date_is_not_taken_for_a_cut_row_and_free_text_still_is() -> None:
    from app.prefill.extract import Extraction, FieldResult
    from app.prefill.layout import Line
    from app.prefill.reader import distrust_cut_rows

    page, (x_end, y1, y2) = _period_row()
    lines = [Line("有效期限", 0.99, 20, y1, 150, y2, 0), Line("2010.12.03-2030.12.03", 0.999, 180, y1, x_end, y2, 1)]
    ex = Extraction("id_card_back", 5.0, {"valid_from": FieldResult("2010-12-03", 0.999, [180, y1, x_end, y2]),
                                          "valid_to": FieldResult("2030-12-03", 0.999, [180, y1, x_end, y2])})
    distrust_cut_rows(ex, lines, page)
    assert not ex.fields["valid_from"].flagged and not ex.fields["valid_to"].flagged  # (main: both flagged)
    # the same fringe after a free-text value's row: it may have gone on under the fringe
    lines = [Line("签发机关", 0.99, 20, y1, 150, y2, 0), Line("洛阳市公安局", 0.99, 180, y1, x_end, y2, 1)]
    ex = Extraction("id_card_back", 5.0, {"issuing_authority": FieldResult("洛阳市公安局", 0.99, [180, y1, x_end, y2])})
    distrust_cut_rows(ex, lines, page)
    assert ex.fields["issuing_authority"].flagged
