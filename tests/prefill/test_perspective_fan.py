"""A flat page photographed at a slant and read without its outline (its far corner off the frame, a
light desk around it: ZS zs_0010, zs_0061, ZR zr_0028, zr_0135): its rows fan in perspective — zs_0010
from −20° at the head to +2° at the foot, after a deskew of the printed-matter box that the page's border
and a watermark pulled the wrong way —, each row straight. `line_skew` levels one shared angle only and
`curl.row_curl` bent rows only, so the page was read as photographed: a spread label column's upright
boxes sat a row off their values at the far end, and the values went to no label or the next one's.
Straight rows of one plane meet at one point; `curl.row_fan` sends that point to infinity along x, which
lays every row level at once (pixels and boxes alike)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.prefill import reader
from app.prefill.curl import row_fan
from app.prefill.engine import TextLine
from tests.prefill.test_fanning_rows import TRUTH, _norm, permit
from tests.prefill.test_flat_perspective_rows import slanted


def photo(roll: float) -> np.ndarray:
    """The permit seen by a camera turned and tilted (its rows fan by ~10°) and held rolled `roll`°."""
    ok, buf = cv2.imencode(".jpg", slanted(permit(), yaw=0.6, pitch=0.3, roll=roll), [cv2.IMWRITE_JPEG_QUALITY, 88])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


@pytest.mark.parametrize("roll", [15.0, -15.0])
def test_rows_fanning_in_perspective_are_levelled(engine, roll: float) -> None:
    got = reader.read_page(photo(roll), engine)
    assert got.kind == "public_health_license"
    fields = got.extraction.public_fields()
    for key, want in TRUTH.items():
        assert _norm(fields[key]["value"]) == want, (key, fields[key])
    assert got.clock.counts.get("fan_level")


def test_without_the_fan_levelled_values_are_lost(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # the case above is main's: read as photographed, most of its values were blank (none wrong)
    monkeypatch.setattr(reader, "FAN_LEVEL", False)
    got = reader.read_page(photo(15.0), engine)
    fields = got.extraction.public_fields()
    right = sum(_norm(fields[k]["value"]) == want for k, want in TRUTH.items())
    wrong = sum(bool(fields[k]["value"]) and _norm(fields[k]["value"]) != want for k, want in TRUTH.items())
    assert right <= 3 and wrong == 0, fields


def _row(x0: float, y0: float, length: float, deg: float, h: float = 30.0) -> TextLine:
    a = np.radians(deg)
    d, n = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
    p0 = np.array([x0, y0])
    quad = (p0, p0 + length * d, p0 + length * d + h * n, p0 + h * n)
    return TextLine("营业执照样本文字", 0.99, tuple((float(p[0]), float(p[1])) for p in quad))


def test_rows_at_one_angle_or_scattered_are_no_fan() -> None:
    shape = (1400, 1000, 3)
    # one shared angle: `line_skew`'s to level, not a fan
    assert row_fan([_row(100, 200 + 90 * i, 600, 8.0) for i in range(10)], shape) is None
    # rows through one point far to the left (a flat page at a slant): levelled, each row then level
    v = np.array([-2500.0, 700.0])
    rows = []
    for i in range(10):
        y = 200 + 100 * i
        deg = float(np.degrees(np.arctan2(y - v[1], 100 - v[0])))
        rows.append(_row(100, y, 700, deg))
    fan = row_fan(rows, shape)
    assert fan is not None
    m, _ = fan
    for ln in rows:
        q = cv2.perspectiveTransform(np.array(ln.quad, np.float64).reshape(-1, 1, 2), m).reshape(-1, 2)
        assert abs(np.degrees(np.arctan2(q[1][1] - q[0][1], q[1][0] - q[0][0]))) < 0.5
    # rows whose angles scatter with no common point (crumpled paper, a fold's two planes): left
    rng = np.random.default_rng(3)
    assert row_fan([_row(100, 200 + 100 * i, 600, float(rng.uniform(-12, 12))) for i in range(10)], shape) is None


def test_fan_is_looked_for_only_on_pages_cut_without_an_outline() -> None:
    # a page cut by its outline snapped to a document's shape is flat by construction — a fan left on it is
    # a fold's two planes (ZS zs_0134: levelled, a scope's `；` read `，` were paired into a wrong value);
    # a quad of no document's shape (a thumb in its side: zr_0106, zr_0123) or no quad leaves perspective
    from app.imaging.document import ProcessedPage, Quality

    page = np.zeros((10, 10, 3), np.uint8)
    quad = np.array([[0, 0], [9, 0], [9, 9], [0, 9]], np.float32)
    ok = Quality(True, (), {})
    assert reader._outlined(ProcessedPage(page, quad, "a4", ok))
    assert reader._outlined(ProcessedPage(page, quad, "id_card", ok))
    assert not reader._outlined(ProcessedPage(page, quad, "unknown", ok))
    assert not reader._outlined(ProcessedPage(page, None, "content", ok))
