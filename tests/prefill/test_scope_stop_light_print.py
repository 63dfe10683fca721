"""A 经营范围 printed in a light, thin face and photographed a little soft (session 31, zpphoto).

The cell after a scope's closing bracket is looked at for a `。` the recogniser dropped
(`reader.stop_unread`, in `confirm_row_end`), judged against the row's print: its paper (90th
percentile of the row's box) and its ink (5th percentile). Where the two lie within `INK_CONTRAST`
the print was "too faint to tell" and the scope was left blank (`full stop not read`) whatever the
cell held. Family ZP's phone photos and 高拍仪 frames of Ming/Song faces (thin strokes, covering little
of the row's box) measure 5th percentiles of 191–232 on paper of 227–251 though the row was read
whole: zp_0087 (高拍仪, paper 251, 5th percentile 223), zp_0120 (desk, 227 / 191), zp_0129 (高拍仪, 251 / 232,
its cell all 251). Such a cell is now judged by itself: when none of its pixels lies a faint stroke's
depth (`STOP_FAINT` of the row's contrast) under its own paper, it holds no stop (`STOP_BARE`) and the
scope is taken as read; any mark there leaves the scope in doubt, as before. (Judging such a row by its
stroke cores instead — its 1st percentile — also took ZO zo_0081's scope, which a neighbouring column's
label had joined: a wrong value the doubt had hidden. Not done.)
Rows drawn in AR PL UMing (a Ming face), blurred and with sensor noise; the reading ends at the
bracket as the recogniser gives it (characters' centres)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader as rd_mod
from app.prefill.layout import Piece
from app.prefill.reader import INK_CONTRAST
from tests.prefill.fonts import cjk_font
from tests.prefill.test_scope_stop_tucked import _checked as checked_piece

MING = ("/usr/share/fonts/truetype/arphic/uming.ttc",)
SIZE, X0, TOP = 20, 300, 28
READ = "开展经营活动)"
ROW = (X0 - 4, 18, X0 + SIZE * 7 + 4, 60)  # the detector's box of the row (page pixels)


def _scope_end(fill: int, paper: int, stop: bool = False, blur: float = 1.0, noise: float = 2.0) -> np.ndarray:
    """`…经营活动）` in a thin face at grey `fill` on `paper`, a `。` in the same ink after it (`stop`),
    blurred (a phone's soft focus) with seeded sensor noise, clipped as a camera clips."""
    font = cjk_font(SIZE, MING)
    img = Image.new("L", (700, 80), paper)
    d = ImageDraw.Draw(img)
    d.text((X0, TOP), "开展经营活动）", font=font, fill=fill)
    if stop:
        d.text((X0 + SIZE * 7, TOP), "。", font=font, fill=fill)
    g = cv2.GaussianBlur(np.asarray(img, dtype=np.float64), (0, 0), blur)
    g = g + np.random.default_rng(31).normal(0.0, noise, g.shape)
    return g.clip(0, 255).astype(np.uint8)


def _checked(gray: np.ndarray) -> tuple[bool, str]:
    """The scope row as read (READ at its cells) through the final row-end checks, as test_scope_stop_tucked."""
    xs = tuple(X0 + SIZE * (i + 0.5) for i in range(len(READ)))
    piece = Piece(READ, 0.99, (ROW[0], ROW[1], X0 + SIZE * len(READ), ROW[3]), tuple((0.99, "", 0.0) for _ in READ), xs)
    return checked_piece(gray, piece)


def _depths(gray: np.ndarray) -> tuple[float, float]:
    """The row's paper minus its 5th and its 1st percentile (as `reader._stop_cell` measures them)."""
    under = gray[ROW[1]:ROW[3], ROW[0]:ROW[2]]
    paper = float(np.percentile(under, 90))
    return paper - float(np.percentile(under, 5)), paper - float(np.percentile(under, 1))


def test_a_light_rows_bare_cell_after_the_bracket_is_paper(monkeypatch) -> None:  # noqa: ANN001
    gray = _scope_end(155, 246)
    edge, _ = _depths(gray)
    assert edge < INK_CONTRAST  # (the row's 5th percentile within INK_CONTRAST of its paper)
    assert _checked(gray) == (False, "开展经营活动)")
    monkeypatch.setattr(rd_mod, "STOP_BARE", False)
    assert _checked(gray)[0]  # (main: blank, `full stop not read`)


def test_a_light_rows_stop_after_the_bracket_is_still_seen() -> None:
    flagged, value = _checked(_scope_end(155, 246, stop=True))
    assert flagged or value == "开展经营活动)。"  # (never the scope without its stop)


def test_clipped_paper_beside_the_faintest_print_holds_no_stop(monkeypatch) -> None:  # noqa: ANN001
    # a 高拍仪's ring light: paper clipped at 255, print whose cores lie under INK_CONTRAST below it
    gray = _scope_end(205, 255, noise=0.0)
    edge, core = _depths(gray)
    assert edge <= core < INK_CONTRAST
    assert _checked(gray) == (False, "开展经营活动)")
    monkeypatch.setattr(rd_mod, "STOP_BARE", False)
    assert _checked(gray)[0]  # (too faint to tell: blank, as on main)


def test_the_faintest_print_with_a_mark_after_it_stays_in_doubt() -> None:
    flagged, value = _checked(_scope_end(205, 255, stop=True, noise=0.0))
    assert flagged or value == "开展经营活动)。"
