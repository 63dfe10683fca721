"""Photos of a document shown on a screen (a scan on a phone held up to the window's camera, or on a
monitor), drawn here: a page with a system CJK font, shown through a display's red/green/blue
sub-pixel grid at a pitch the camera does not match (moiré), inside a phone's black bars, on a desk,
at a slight perspective — and read through `app.services.prefill.ocr_files` (`zongchuang ocr --json`).

On such a photo the grey of the paper oscillates with the sub-pixel grid as strongly as thin print:
values were lost (blank) or garbled. The reader reads such a page through its brightest channel
(`app.imaging.screen`); a photo of paper, even on a coloured patterned cloth, is read as before.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.imaging.screen import (
    BAND_PATTERN,
    SCREEN_PATTERN,
    band_pattern,
    descreen,
    display_grid,
    is_screen_photo,
    screen_pattern,
)
from app.prefill.reader import choose_page
from tests.prefill.fonts import cjk_font as _font
from tests.prefill.pages import card_back, read_jpeg


def grey_back(authority: str, period: str) -> np.ndarray:
    """A card back's layout (emblem, title, then the two rows), light grey value print (RGB)."""
    return card_back(authority, period, label_ink=(90, 90, 90), value_ink=(70, 70, 70), value_size=34, star=False)


BEAT_DEPTH = 0.05  # (family M's phones: bands 10–30 px apart, pastel)


def on_screen(page: np.ndarray, pitch: float = 4.3, angle: float = 0.06, seed: int = 3,
              beat: float = 0.0) -> np.ndarray:
    """A photo of `page` shown on a phone (BGR): the page letterboxed in black on the phone's
    portrait screen, every screen point lit by its red, green or blue sub-pixel column (pitch in
    photo pixels, the grid turned by `angle` rad against the camera: moiré), the phone on a grey
    desk at a slight perspective, lens blur, sensor noise, JPEG. `beat` > 0: a finer grid seen from
    further away, as the camera records it once its pixels beat with the grid — smooth pastel bands
    `beat` pixels apart, red, green and blue peaking a third of a band apart."""
    rng = np.random.default_rng(seed)
    ph, pw = page.shape[:2]
    sw, sh = pw + 40, int(2.1 * pw)  # a phone screen: portrait, the page across its middle
    screen = np.full((sh, sw, 3), 12, np.uint8)
    y0 = (sh - ph) // 2
    screen[y0:y0 + ph, 20:20 + pw] = page
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    u = xx * np.cos(angle) + yy * np.sin(angle)
    v = -xx * np.sin(angle) + yy * np.cos(angle)
    rows = 0.75 + 0.25 * np.cos(2 * np.pi * v / pitch) if not beat else 1.0  # the dark gaps between pixel rows
    lit = screen.astype(np.float32)
    for c in range(3):  # R, G, B columns, a third of the pitch apart
        if beat:
            lit[..., c] *= 1.0 - BEAT_DEPTH * (1.0 - np.cos(2 * np.pi * (u / beat - c / 3.0)))
            continue
        col = np.clip(1.6 * np.cos(2 * np.pi * (u / pitch - c / 3.0)) + 0.2, 0.0, 1.0)
        lit[..., c] *= col * rows * 1.9
    screen = np.clip(lit, 0, 255).astype(np.uint8)
    H, W = int(sh * 1.25), int(sh * 0.95)  # the photo: the phone on a grey desk
    photo = np.full((H, W, 3), (110, 105, 100), np.uint8)
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    ox, oy = (W - sw) / 2, (H - sh) / 2
    dst = np.float32([[ox + 30, oy + 10], [ox + sw - 10, oy + 40], [ox + sw + 10, oy + sh - 20], [ox - 10, oy + sh]])
    m = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(screen, m, (W, H), dst=photo, borderMode=cv2.BORDER_TRANSPARENT)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7)
    photo = np.clip(photo.astype(np.float32) + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)
    return cv2.cvtColor(photo, cv2.COLOR_RGB2BGR)


def read(tmp_path: Path, img: np.ndarray) -> tuple[str, dict]:
    result = read_jpeg(tmp_path, img, quality=85, name="screen.jpg")
    return result["kind"], result["fields"]


def test_card_back_photographed_on_a_phone_reads_its_rows(engine, tmp_path) -> None:
    kind, fields = read(tmp_path, on_screen(grey_back("凯里市公安局", "2017.04.06-2037.04.06")))
    assert kind == "id_card_back"
    assert fields["issuing_authority"]["value"] == "凯里市公安局"
    assert fields["valid_from"]["value"] == "2017-04-06"
    assert fields["valid_to"]["value"] == "2037-04-06"


def test_screen_grid_is_told_from_paper_and_patterned_cloth() -> None:
    page = cv2.cvtColor(grey_back("凯里市公安局", "2017.04.06-2037.04.06"), cv2.COLOR_RGB2BGR)
    shown = on_screen(grey_back("凯里市公安局", "2017.04.06-2037.04.06"))
    assert is_screen_photo(shown)
    assert not is_screen_photo(page)
    # a card lying on a coloured check cloth (fine, saturated, alternating), the page found as the
    # reader finds it: the card's paper carries no pixel-to-pixel colour, it is no screen
    yy, xx = np.mgrid[0:1100, 0:1500]
    cloth = np.where(((xx // 5 + yy // 5) % 2)[..., None] == 0, (40, 60, 200), (200, 190, 60)).astype(np.uint8)
    cloth[230:230 + 638, 240:240 + 1012] = page
    found = choose_page(cloth)
    assert found.quad is not None
    assert not is_screen_photo(found.image)
    assert screen_pattern(cloth) > screen_pattern(found.image)
    # the brightest channel: the paper's grid gone, black print kept
    flat = descreen(shown)
    assert flat.shape == shown.shape and np.array_equal(flat[..., 0], flat[..., 2])


def test_grid_beaten_into_broad_bands_is_a_screen_and_tinted_paper_is_not() -> None:
    # a phone photographed from further off: its grid beats with the camera's pixels into pastel
    # bands ~22 px apart, smooth from pixel to pixel — the pixel-to-pixel measure misses them
    shown = on_screen(grey_back("凯里市公安局", "2017.04.06-2037.04.06"), beat=22.0)
    jpeg = cv2.imdecode(cv2.imencode(".jpg", shown, [cv2.IMWRITE_JPEG_QUALITY, 85])[1], cv2.IMREAD_COLOR)
    page = choose_page(jpeg).image
    assert screen_pattern(page) < SCREEN_PATTERN
    assert band_pattern(page) >= BAND_PATTERN and is_screen_photo(page)
    # a card back on pale green card stock, large black title, JPEG at a webcam's quality (its
    # chroma halved: colour fringes around the print), and a pink photocopy: no bands on bare paper
    for tint in ((214, 240, 212), (246, 222, 226)):
        card = card_back("株洲市公安局芦淞区分局", "2008.11.21-长期", star=True)
        card[np.all(card == (246, 247, 245), axis=2)] = tint
        img = cv2.cvtColor(card, cv2.COLOR_RGB2BGR)
        img = cv2.imdecode(cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 70])[1], cv2.IMREAD_COLOR)
        assert band_pattern(img) < BAND_PATTERN / 2
        assert not is_screen_photo(img)


def _row_page() -> tuple[np.ndarray, tuple[float, float, float], float]:
    """A descreened page's row `地址：山西省太原市小店区迎宾大道1754号13号楼2210号` (grey BGR) and where
    its value's print ends (x) and its row's top and bottom."""
    img = Image.new("RGB", (1100, 120), (245, 245, 245))
    d = ImageDraw.Draw(img)
    f = _font(30)
    d.text((20, 40), "地址：", font=f, fill=(30, 30, 30))
    d.text((110, 40), "山西省太原市小店区迎宾大道1754号13号楼2210号", font=f, fill=(30, 30, 30))
    x_end = 110 + d.textlength("山西省太原市小店区迎宾大道1754号", font=f)
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR), (x_end, 36.0, 78.0), 110 + d.textlength(
        "山西省太原市小店区迎宾大道1754号13号楼2210号", font=f)


def test_row_whose_box_stops_before_its_print_ends_is_not_prefilled() -> None:
    # on a photographed phone the detector's box of `地址` stopped where the moiré grew stronger:
    # `…迎宾大道1754号` looked like a whole address, `13号楼2210号` was never read
    from app.prefill.extract import Extraction, FieldResult
    from app.prefill.layout import Line
    from app.prefill.reader import distrust_cut_rows

    page, (x_end, y1, y2), x_full = _row_page()
    for box_end, cut in ((x_end, True), (x_full, False)):
        value = "山西省太原市小店区迎宾大道1754号" if cut else "山西省太原市小店区迎宾大道1754号13号楼2210号"
        lines = [Line("地址：", 0.99, 20, y1, 100, y2, 0), Line(value, 0.99, 110, y1, box_end, y2, 1)]
        ex = Extraction("public_health_license", 5.0,
                        {"address": FieldResult(value, 0.99, [110, y1, box_end, y2])})
        distrust_cut_rows(ex, lines, page)
        assert ex.fields["address"].flagged is cut
        assert (ex.fields["address"].public()["reason"] == "wrapped_row_incomplete") is cut


def test_complete_row_ending_at_the_frame_and_the_screens_edge_is_prefilled() -> None:
    # a phone photo whose page is the whole frame: a complete address ends just before the licence's
    # double frame line, and past it the screen's black bezel — both are no print of the row. A row
    # cut short before more characters is still not pre-filled
    from app.prefill.extract import Extraction, FieldResult
    from app.prefill.layout import Line
    from app.prefill.reader import distrust_cut_rows

    page, (x_end, y1, y2), x_full = _row_page()
    edge = int(x_full) + 12
    page = page.copy()
    page[:, edge:edge + 3] = 60
    page[:, edge + 8:edge + 10] = 60
    page[:, edge + 30:] = 15
    for box_end, value, cut in ((x_full, "山西省太原市小店区迎宾大道1754号13号楼2210号", False),
                                (x_end, "山西省太原市小店区迎宾大道1754号", True)):
        lines = [Line("地址：", 0.99, 20, y1, 100, y2, 0), Line(value, 0.99, 110, y1, box_end, y2, 1)]
        ex = Extraction("public_health_license", 5.0, {"address": FieldResult(value, 0.99, [110, y1, box_end, y2])})
        distrust_cut_rows(ex, lines, page)
        assert ex.fields["address"].flagged is cut


def _licence_rows(paper: tuple[int, int, int], w: int = 1200, h: int = 850) -> np.ndarray:
    """An A4-landscape page of licence rows (label, value; ~22 px print) on `paper` (RGB)."""
    img = Image.new("RGB", (w, h), paper)
    d = ImageDraw.Draw(img)
    d.text((470, 50), "营业执照", fill=(20, 20, 20), font=_font(64))
    rows = ("名称  滨江恒远贸易有限公司", "类型  有限责任公司（自然人独资）", "法定代表人  周立新",
            "住所  浙江省杭州市滨江区长河街道江虹路768号", "成立日期  2016年03月21日",
            "经营范围  日用百货销售；五金产品零售；办公用品销售；家用电器销售；")
    for i, row in enumerate(rows):
        d.text((90, 200 + 70 * i), row, fill=(25, 25, 25), font=_font(24))
    return np.asarray(img)


def _on_monitor(page: np.ndarray, brightness: float = 1.0) -> np.ndarray:
    """A photo (BGR) of `page` shown on a monitor, too far and too blurred for its sub-pixels to show:
    the lit page inside the display's black bezel, the monitor before a grey wall, lens blur, JPEG."""
    ph, pw = page.shape[:2]
    photo = np.full((ph + 400, pw + 500, 3), (118, 122, 126), np.uint8)
    photo[150:ph + 250, 200:pw + 300] = (14, 14, 14)  # the bezel
    lit = np.clip(cv2.cvtColor(page, cv2.COLOR_RGB2BGR).astype(np.float32) * brightness, 0, 255).astype(np.uint8)
    photo[200:200 + ph, 250:250 + pw] = lit
    photo = cv2.GaussianBlur(photo, (0, 0), 1.6)
    return cv2.imdecode(cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 85])[1], cv2.IMREAD_COLOR)


def test_page_in_a_displays_cold_white_is_read_as_a_screen_without_a_visible_grid() -> None:
    # a monitor shines at a far colder white than the room's light the camera balanced for: the
    # page's paper comes out blue (family S's photographed monitors: blue over red 24–37), while the
    # blur has taken every trace of the sub-pixel grid — read through the brightest channel all the same
    from app.imaging.screen import display_white
    from app.prefill.reader import shown_on_display

    cold = choose_page(_on_monitor(_licence_rows((222, 238, 252))))
    assert not is_screen_photo(cold.image)
    assert display_white(cold.image) and shown_on_display(cold)
    # paper the room lights (neutral white, or a warm 12-level cast) is no display; nor is the same
    # cold page dim (a dark photo's cool cast, far below a lit screen's white)
    for paper, brightness in (((246, 246, 244), 1.0), ((248, 244, 236), 1.0), ((222, 238, 252), 0.8)):
        page = choose_page(_on_monitor(_licence_rows(paper), brightness))
        assert not shown_on_display(page), (paper, brightness)


def test_blue_id_card_is_not_taken_for_a_displays_white() -> None:
    # an ID card's printed background is pale blue: its rows are a card's height, it is left as it is
    from app.prefill.reader import shown_on_display

    card = card_back("株洲市公安局芦淞区分局", "2008.11.21-长期", star=True)
    card[np.all(card == (246, 247, 245), axis=2)] = (224, 238, 252)
    photo = np.full((1100, 1500, 3), (120, 120, 120), np.uint8)
    photo[230:230 + 638, 240:240 + 1012] = cv2.cvtColor(card, cv2.COLOR_RGB2BGR)
    page = choose_page(photo)
    assert not shown_on_display(page)


def _dim_grainy_photo(page_rgb: np.ndarray, noise: float, quality: int = 0, seed: int = 5) -> np.ndarray:
    """A photo of paper in dim warm light, its exposure pushed (BGR): every channel's sensor noise
    amplified independently — colour grain from pixel to pixel, no grid — kept as PNG (0) or JPEG'd."""
    rng = np.random.default_rng(seed)
    bgr = cv2.cvtColor(page_rgb, cv2.COLOR_RGB2BGR).astype(np.float32)
    bgr *= np.float32((0.45, 0.62, 0.8))  # warm, dim
    bgr += rng.normal(0, noise, bgr.shape).astype(np.float32)
    img = np.clip(bgr, 0, 255).astype(np.uint8)
    if quality:
        img = cv2.imdecode(cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])[1], cv2.IMREAD_COLOR)
    return img


def test_a_dim_photos_colour_grain_reads_like_a_screen_but_is_no_display_grid() -> None:
    # family ZD's low-light phones: grain as strong as a grid by both magnitudes; read through the
    # brightest channel like a screen (it reads better so), but the clerk is told of too little
    # light, not of a screen (`reader.retake_cause(…, grain=True)`)
    card = grey_back("凯里市公安局", "2017.04.06-2037.04.06")
    for grainy in (_dim_grainy_photo(card, 14.0), _dim_grainy_photo(card, 20.0, quality=88)):
        assert is_screen_photo(grainy) and not display_grid(grainy)
    for shown in (on_screen(card), on_screen(card, pitch=3.1), on_screen(card, angle=0.3)):
        assert display_grid(choose_page(shown).image)
    banded = cv2.imdecode(cv2.imencode(".jpg", on_screen(card, beat=22.0), [cv2.IMWRITE_JPEG_QUALITY, 85])[1],
                          cv2.IMREAD_COLOR)
    assert display_grid(choose_page(banded).image)
    clean = cv2.cvtColor(card, cv2.COLOR_RGB2BGR)
    assert not is_screen_photo(clean)  # (display_grid is asked only of a page is_screen_photo took)
