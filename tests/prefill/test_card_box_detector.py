"""A card scanned on a flatbed (or copied onto a sheet) is read through the box around its print
(`content`), not a flattened quad: its text detector ran at the licences' 1,024 px floor where a
flattened card's runs at 862 px. A box whose rows are a card's share of its short side is detected
at a card's size (`reader.DET_BOX_ROW`), and reads the same; a licence's box keeps the floor."""

from __future__ import annotations

import cv2
import numpy as np

from tests.prefill.pages import card_back


def _scanned_card() -> np.ndarray:
    """A card back scanned at ~385 dpi on a white bed: 1,300 × 820 px in a 2,400 × 3,300 px scan."""
    card = cv2.cvtColor(card_back("杭州市公安局西湖分局", "2016.05.12-2036.05.12"), cv2.COLOR_RGB2BGR)
    card = cv2.resize(card, (1300, 820), interpolation=cv2.INTER_CUBIC)
    bed = np.full((3300, 2400, 3), 252, np.uint8)
    bed[400:1220, 500:1800] = card
    return bed


def test_a_scanned_card_box_is_detected_at_a_cards_size_and_reads_the_same(engine, monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import reader

    scan = _scanned_card()

    def read(box_row: float) -> tuple[dict[str, str], int, str]:
        monkeypatch.setattr(reader, "DET_BOX_ROW", box_row)
        got = reader.read_page(scan, engine)
        fields = {k: f.value for k, f in got.extraction.fields.items() if not f.flagged}
        return fields, int(got.clock.counts["det_side"]), got.doc_format

    fields, side, fmt = read(20.0)
    floor_fields, floor_side, _ = read(0.0)
    assert fmt == "content"  # (no quad: the box around the print on the bed)
    assert floor_side >= reader.DET_MIN_SIDE
    assert side <= reader.DET_CARD_SIDE + 8  # a flattened card's size: ~0.7 of the floor's pixels
    assert fields == floor_fields
    assert fields.get("issuing_authority") == "杭州市公安局西湖分局"
    assert fields.get("valid_from") == "2016-05-12" and fields.get("valid_to") == "2036-05-12"


def test_a_licence_box_keeps_the_floor() -> None:
    """A licence's rows (1.5–3 % of its short side) are no card's: its box keeps 1,024 px; so does
    a whole frame or a quad's page with a card's rows (only a printed-matter box is a card cut out)."""
    from app.prefill import reader
    from tests.prefill.test_less_work import _page

    rows = ["名称 上海云帆文化传媒有限公司", "住所 上海市静安区共和新路1234号5楼", "经营范围 文化艺术交流活动；会议及展览服务"] * 8
    licence = _page(rows, 22, (990, 1400))
    assert reader.text_scale(licence) < reader.DET_BOX_TEXT
    assert reader._det_side(licence, "content") == reader._det_side(licence) >= reader.DET_MIN_SIDE
    card = cv2.resize(cv2.cvtColor(card_back("株洲市公安局芦淞区分局", "2008.11.21-长期"), cv2.COLOR_RGB2BGR),
                      (1300, 820), interpolation=cv2.INTER_CUBIC)
    assert reader._det_side(card, "content") == reader.DET_CARD_SIDE
    assert reader._det_side(card, "full_frame") == reader._det_side(card) == reader.DET_MIN_SIDE


def test_a_licence_box_with_a_cards_rows_keeps_the_floor(monkeypatch) -> None:  # noqa: ANN001
    """Large print alone is no card: a 卫生许可证 (portrait) printed large, and a 正本 drawn with
    large rows whose printed-matter box is its block of rows (wider than any card), have rows over
    DET_BOX_TEXT of the box's short side. Detected at a card's size, a faded character at a row's
    end went unboxed (test_licence_columns); a box of no card's shape keeps the licences' floor."""
    from app.prefill import reader
    from tests.prefill.test_less_work import _page

    rows = ["单位名称 兰州新越宾馆有限公司", "法定代表人 张建国", "地址 甘肃省兰州市城关区庆阳路88号",
            "许可项目 住宿 沐浴 美容美发", "有效期限 2023年05月12日至2027年05月11日"]
    portrait = _page(rows * 3, 36, (1400, 990))
    wide = _page(["一般项目:机动车修理;洗车服务;二手车经纪;汽车零配件零售。", "(除依法须经批准的项目外,凭营业执照依",
                  "法自主开展经营活动)", "名称 呼伦贝尔市禾苗餐饮管理有限公司"] * 2, 28, (650, 1450), margin=30)
    for page in (portrait, wide):
        assert reader.text_scale(page) >= reader.DET_BOX_TEXT  # a card's rows by their height alone
        assert not reader.card_box_shape(page)
        assert reader._det_side(page, "content") == reader._det_side(page) >= reader.DET_MIN_SIDE
        monkeypatch.setattr(reader, "DET_BOX_ASPECT", (0.0, 99.0))  # (the shape is what keeps it)
        assert reader._det_side(page, "content") < reader.DET_MIN_SIDE
        monkeypatch.undo()
