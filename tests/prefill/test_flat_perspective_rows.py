"""A flat page photographed at a slant and stored without its outline (cut by the frame, or a chat's
forward of the photo): its rows fan — 6.5° at the title, 0° at the foot on ZM zm_0138, a dim 营业执照 —
as a curled page's do, but every row is straight (a homography maps straight rows to straight rows).
The curl levelling (`app.prefill.curl`) fired on such pages and, the page taken for a curl, a digit read
with another digit second was doubted as one torn by the bend (`reader.CURL_TORN_DIGITS`): zm_0138's
right address `…146号阳光花园5号楼1单元2603室` blank (`doubtful_character`), and zm_0130's right name
lost to the levelled geometry. A page is levelled only when its rows turn along their own length
(`curl.row_bend`)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.prefill import reader
from app.prefill.curl import row_curl
from tests.prefill.test_fanning_rows import PAPER, TRUTH, _norm, permit


def slanted(flat: np.ndarray, yaw: float = 0.35, pitch: float = 0.25, roll: float = 3.0) -> np.ndarray:
    """The flat page (with a margin of paper) seen by a camera turned `yaw` and tilted `pitch`
    (radians) and rolled `roll` degrees — a homography only —, cropped to the photo's extent: the
    rows fan from ~9° to ~3° down the page and each stays straight."""
    pad = 300
    page = cv2.copyMakeBorder(flat, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=PAPER)
    h, w = page.shape[:2]
    f = 1.2 * w
    k = np.array([[f, 0, w / 2], [0, f, h / 2], [0, 0, 1.0]])
    ry = np.array([[np.cos(yaw), 0, np.sin(yaw)], [0, 1, 0], [-np.sin(yaw), 0, np.cos(yaw)]])
    rx = np.array([[1, 0, 0], [0, np.cos(pitch), -np.sin(pitch)], [0, np.sin(pitch), np.cos(pitch)]])
    r = np.radians(roll)
    rz = np.array([[np.cos(r), -np.sin(r), 0], [np.sin(r), np.cos(r), 0], [0, 0, 1]])
    hom = k @ rz @ rx @ ry @ np.linalg.inv(k)
    corners = cv2.perspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32).reshape(-1, 1, 2), hom)
    (x0, y0), (x1, y1) = corners.reshape(-1, 2).min(0), corners.reshape(-1, 2).max(0)
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]])
    return cv2.warpPerspective(page, shift @ hom, (int(x1 - x0), int(y1 - y0)), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=PAPER)


def photo() -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", slanted(permit()), [cv2.IMWRITE_JPEG_QUALITY, 88])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _unsure_digit(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine as it read zm_0138's address: every digit right, one of them (here the second 3 of
    `1133号`) at 0.92 with another digit second — a dim, noisy photo's print, no bend."""
    real = engine.read

    def read(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        out = []
        for ln in real(*args, **kwargs):
            at = ln.text.find("1133号")
            if at >= 0 and len(ln.chars) == len(ln.text):
                chars = list(ln.chars)
                chars[at + 3] = (0.92, "8", 0.07)
                ln = reader.TextLine(ln.text, ln.score, ln.quad, ln.flipped, tuple(chars), ln.xs)
            out.append(ln)
        return out

    monkeypatch.setattr(engine, "read", read)


def test_flat_page_in_perspective_is_not_levelled(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # main took the fan for a curl, levelled the page and doubted the unsure digit as torn by the bend:
    # the right address blank (`doubtful_character`). Straight rows: read as photographed, every value kept
    _unsure_digit(engine, monkeypatch)
    img = photo()
    got = reader.read_page(img, engine, flatten=False)
    assert got.kind == "public_health_license"
    fields = got.extraction.public_fields()
    for key, want in TRUTH.items():
        assert _norm(fields[key]["value"]) == want, (key, fields[key])
    assert not got.clock.counts.get("curl_level")


def test_straight_fanned_rows_fit_no_curve(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # the photo's rows fan enough for the levelling's other tests (range, residual) but turn along their
    # length by less than `CURL_BEND`: no curve (`got.lines` are in the photo's coordinates, as read)
    from app.prefill import curl

    img = photo()
    got = reader.read_page(img, engine, flatten=False)
    assert row_curl(got.lines, img.shape) is None
    monkeypatch.setattr(curl, "CURL_BEND", 0.0)
    assert row_curl(got.lines, img.shape) is not None
