"""Failure cases of page detection and kind classification (issue 15, held-out report): a page
on a scanner bed, a grey or binarised copy, a screenshot, and pages whose words resemble another
kind's. Photos come from family B's capture modes (`benchmarks.docgen_b.make(..., captures=…)`)
and are read through `app.services.prefill.ocr_files`, the function behind `zongchuang ocr --json`.

Each generated case was read as the wrong kind before the reader tried the region around the
image's printed matter when its first crop read as `other`, and before classification required
titles and labels standing as such: a misread kind is never allowed to pre-fill wrong values.
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.imaging.document import content_box
from app.prefill.extract import REASONS, classify
from app.prefill.layout import Line
from app.services.prefill import ocr_files
from benchmarks.docgen_b import docs, make, photo
from benchmarks.ocr_scoring import normalise


def no_wrong_prefill(out: dict, entry: dict) -> dict[str, str]:
    """The fields' values, after checking none of them is a wrong pre-fill (compared as the
    benchmark's scorer does: width, spaces and the shape of year brackets do not count)."""
    assert out["kind"] == entry["kind"]
    got = {}
    for key, t in entry["fields"].items():
        f = out["fields"][key]
        if f["value"]:
            assert normalise(f["value"]) == normalise(t["value"]), (key, f["value"], t["value"])
        elif t["value"]:
            assert f["reason"] in REASONS, (key, f)
        got[key] = f["value"]
    return got


def _lines(*rows: str) -> list[Line]:
    return [Line(t, 0.99, 10.0, 40.0 * i, 10.0 + 30 * len(t), 40.0 * i + 30, i) for i, t in enumerate(rows)]


def test_a_letter_naming_licence_labels_is_no_licence() -> None:
    letter = _lines("补正材料一次性告知书", "贵阳恒达物业服务股份有限公司：你单位申请的公共场所卫生许可（新",
                    "办）事项，经审查，申请材料不齐全，现一次性告知需补正的材料：一、营",
                    "业执照复印件（名称、统一社会信用代码、法定代表人、住所应与申请表一",
                    "致）；二、法定代表人身份证复印件；三、卫生检测报告。请于收到本告知",
                    "一、营业执照副本复印件；二、经营范围与登记机关核准一致", "受理窗口(盖章):", "2026年11月18日")
    assert classify(letter)[0] == "other"


def test_the_same_words_as_labels_make_a_licence() -> None:
    licence = _lines("营业执照", "统一社会信用代码", "91310115MA1K4Q2X3B", "名称 上海云帆文化传媒有限公司",
                     "类型 有限责任公司", "法定代表人 张三", "注册资本 100万元", "成立日期 2019年05月06日",
                     "住所 上海市浦东新区张江路88号", "经营范围 文化艺术交流活动", "登记机关")
    assert classify(licence)[0] == "business_license"


def test_a_household_page_with_an_id_number_is_no_id_card_front() -> None:
    # the 常住人口登记卡 title cut off by the crop: its table still carries labels no ID card has
    page = _lines("户别", "家庭户口", "户号", "819167345", "住址", "湖南省长沙市岳麓区工农路1608弄19号",
                  "姓名", "诸葛军明", "曾用名", "性别", "男", "出生地", "湖南省长沙市", "民族", "汉", "籍贯",
                  "四川省成都市", "出生日期", "1997年12月15日", "宗教信仰", "公民身份号码", "430104199712156110",
                  "文化程度", "婚姻状况", "兵役状况", "服务处所")
    assert classify(page)[0] == "household_register"


def test_an_id_card_front_stays_one() -> None:
    card = _lines("姓名 黎思萱", "性别 女 民族 布依", "出生 2000年4月18日", "住址 湖北省武汉市武昌区张",
                  "杨路641号9幢805室", "公民身份号码 420106200004185363")
    assert classify(card)[0] == "id_card_front"


def test_the_content_box_finds_a_white_page_on_a_white_bed() -> None:
    rnd = random.Random(3)
    doc = docs.business_license(rnd)
    page = cv2.cvtColor(np.asarray(doc.page.img), cv2.COLOR_RGB2BGR)
    for seed in range(4):
        img, meta = photo.flatbed(page, random.Random(seed), "business_license")
        box = content_box(img)
        assert box is not None
        x1, y1, x2, y2 = box
        h, w = img.shape[:2]
        # the licence's ink spans most of the page it lies on, and the box is not a text block
        assert (x2 - x1) * (y2 - y1) > 0.35 * w * h, meta
    assert content_box(np.full((1754, 1240, 3), 246, np.uint8)) is None  # an empty bed


CASES = [  # (kind, seed, index): what the reader made of it before
    ("household_register", 11, 6),  # binarised copy: read as id_card_front, wrong values pre-filled
    ("household_register", 11, 23),  # 300 dpi flatbed, a crop of the table only: other
    ("business_license", 11, 24),  # a portrait 副本 in a viewer screenshot: cropped to the scope block
    ("business_license", 11, 37),  # a landscape 正本, binarised copy at 300 dpi: other
    ("marriage_certificate", 11, 10),  # flatbed: the crop was the photo, no text
    ("other", 11, 14),  # a 告知书 naming 营业执照/统一社会信用代码 in a screenshot: was a licence
    ("public_health_license", 12, 15),  # screenshot: the side panel's thumbnail was taken for the page
]


@pytest.mark.parametrize(("kind", "seed", "index"), CASES)
def test_scans_copies_and_screenshots_read_as_their_kind(engine, tmp_path: Path, kind: str, seed: int,
                                                         index: int) -> None:
    entry = make(kind, seed, index, str(tmp_path / f"c{seed}-{index}"), photo.NEW_CAPTURES)
    results, failures = ocr_files([tmp_path / entry["file"]])
    assert not failures
    out = results[0]
    if kind == "other":
        assert out["kind"] == "other" and not out["fields"]
        return
    got = no_wrong_prefill(out, entry)
    assert sum(1 for v in got.values() if v) >= len(got) // 2, got
