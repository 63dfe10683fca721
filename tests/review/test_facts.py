"""The small readers behind the issue-16 checks: household lists, licence-number shapes,
营业期限 ends and ID-number keying slips — each with the shapes people really write."""

from __future__ import annotations

import datetime as dt

import pytest

from app.review.facts import keying_slip, term_end
from app.review.functions import count_people, licence_no_ok, lists_person


@pytest.mark.parametrize(("text", "n"), [
    ("赵敏（本人）；刘军（配偶）", 2),
    ("孙红梅 本人, 王建华 配偶, 王子涵 子女", 3),
    ("赵敏（本人，420107196205200468）、刘军（配偶，420107196001010011）", 2),
    ("赵敏，本人，420107196205200468", 1),
    ("赵敏、刘军、刘洋", 3),
    ("420107196205200468；420107196001010011", 2),
    ("家庭成员：赵敏（本人）、刘军（配偶）共2人", 2),
    ("赵敏 本人 退休；刘军 配偶 无业", 2),
    ("户主：赵敏；妻：李娜", 2),
    ("本人赵敏\n配偶刘军\n儿子刘洋", 3),
    ("赵敏 女 1962 本人", 1),
    ("", 0),
])
def test_count_people(text, n):
    assert count_people(text) == n


def test_lists_person():
    assert lists_person("赵敏（本人）；刘军", "")
    assert lists_person("赵敏；刘军", "赵敏") and not lists_person("刘军；刘洋", "赵敏")


@pytest.mark.parametrize(("no", "kind", "ok"), [
    ("鄂卫公证字〔2023〕第420107000123号", "public_health", True),
    ("沪卫公字（2023）第310115000123号", "public_health", True),
    ("鄂卫公证字[2022]第420107000318号", "public_health", True),
    ("粤卫公证字〔2019〕第0106A00123号", "public_health", True),
    ("浙卫公（2025）第330106-88407号", "public_health", True),
    ("桂卫公字（2026）第0782-29882号", "public_health", True),
    ("桂卫公〔2026〕450103第7840号", "public_health", True),
    ("桂卫公〔2026〕4501第7840号", "public_health", False),
    ("鄂卫公证字2023第420107000123号", "public_health", False),
    ("浙卫公2025第330106-88407号", "public_health", False),
    ("420107000123", "public_health", False),
    ("新出发鄂青字第2023017号", "publication", True),
    ("新出发京零字第东220046号", "publication", True),
    ("鄂出版2023017", "publication", False),
    ("JY14201070012345", "publication", False),
])
def test_licence_number_shapes(no, kind, ok):
    assert licence_no_ok(no, kind) is ok


@pytest.mark.parametrize(("text", "end"), [
    ("2006年05月01日至2026年04月30日", dt.date(2026, 4, 30)),
    ("2006-05-01至长期", None),
    ("长期", None),
    ("2026-04-30", dt.date(2026, 4, 30)),
    ("2006.05.01-2026.04.30", dt.date(2026, 4, 30)),
])
def test_term_end(text, end):
    assert term_end(text) == end


def test_keying_slip():
    card = "420107198503150137"
    assert keying_slip("420107198503150173", card) == "第 17、18 位数字前后颠倒"
    assert keying_slip("420107198503150131", card) == "第 18 位数字不同"
    assert keying_slip("420107198503160138", card) == "第 14、18 位数字不同"
    assert keying_slip("42010719850315013", card) == "漏填一位数字"
    assert keying_slip("4201071985031501377", card) == "多填一位数字"
    assert keying_slip(card, card) is None
    assert keying_slip("420106197811020355", card) is None  # another person
