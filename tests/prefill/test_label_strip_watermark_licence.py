"""Session 36 (forms): a label strip read on a licence before a value that starts at the page's value
column keeps only its label (`reader.RECOVER_AT_COLUMN_PAGES`), as on an ID card.

AA aa_083 (a flatbed scan of a 食品经营许可证 under a diagonal usage watermark): the detector skipped the
letter-spaced `经 营 者 名 称`; `recover_labels` read its strip as `经营者名称口` — the watermark's 品 crossing the
gap between the label and the value — and the name was pre-filled `口上海锦程食品有限公司` once the page read as
its kind (`kinds.TAIL_MISREAD`). The value starts where the other rows' values start, so nothing of it lies in the
strip: what follows the label there is other ink (ZA za0105's rule, measured on ID cards then). Drawn page and
stub recogniser of tests/prefill/test_label_near_misread.py.
"""

from __future__ import annotations

import pytest

from app.prefill import reader
from tests.prefill.test_label_near_misread import _premises


@pytest.mark.parametrize(("pages", "want"), [(True, "江苏省南京市鼓楼区和复东路357号"),
                                             (False, "口江苏省南京市鼓楼区和复东路357号")])
def test_a_licence_strip_before_a_value_at_the_column_keeps_only_its_label(monkeypatch: pytest.MonkeyPatch,
                                                                          pages: bool, want: str) -> None:
    monkeypatch.setattr(reader, "RECOVER_AT_COLUMN_PAGES", pages)  # (False: main's reading, the mark in the value)
    assert _premises("经营场所口", 0.95) == want
