"""No finding shows a raw key to the applicant or the clerk: not a field key (`credit_code`), a
material code (`M04`), a data-source key (`elicense.公共场所卫生许可证`) or an OCR kind
(`business_license`) — over every application of both corpora (ours and the guide corpus)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cases.interchange import parse_case_document
from app.catalog import default_catalog
from app.review.engine import prereview

HERE = Path(__file__).resolve().parent
FOLDERS = [p for p in (HERE / "corpus", HERE / "corpus_guide") if p.is_dir()]
RAW = re.compile(r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+|(?<![A-Za-z0-9])M\d{2}(?![0-9])|"
                 r"\b(?:elicense|shared|history|id_card|business_license|ocr|fields|card)\.")


def _entries():
    for folder in FOLDERS:
        for p in sorted(folder.glob("*.json")):
            yield pytest.param(p, id=f"{folder.name}/{p.stem}")


def test_the_pattern_catches_raw_keys():
    for bad in ("credit_code", "elicense.公共场所卫生许可证", "材料 M04", "business_license", "ocr.M02.name"):
        assert RAW.search(bad), bad
    for fine in ("91420107MA4K2XQ17X", "鄂卫公证字〔2023〕第420107000123号", "GB/T 3304", "2026-11-23"):
        assert not RAW.search(fine), fine


@pytest.mark.parametrize("path", list(_entries()))
def test_no_raw_keys_in_findings(path, calendar):
    entry = json.loads(path.read_text(encoding="utf-8"))
    doc = parse_case_document(entry["case"], path.name)
    result = prereview(default_catalog(), doc, calendar=calendar)
    for f in result.findings:
        for text in (f.message, f.hint):
            hit = RAW.search(text or "")
            assert hit is None, f"{path.stem}: {f.rule} shows “{hit.group(0)}”: {text}"
        # a check-digit failure never tells the applicant which last digit to write: the slip is
        # usually elsewhere, and "fixing" the check digit would make a wrong number pass
        assert "末位应为" not in f.message, f"{path.stem}: {f.rule}: {f.message}"
        assert f.basis, f"{path.stem}: {f.rule} cites no basis"
        assert f.field or f.material or f.situation, f"{path.stem}: {f.rule} names no place"
