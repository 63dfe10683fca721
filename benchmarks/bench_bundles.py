"""高效办成一件事: what one form and one set of materials save, counted from the catalog.

For each 一件事 and a few 情形 combinations: the form fields the applicant fills item by item
(every member's visible form) versus once in the merged form, and the materials handed in item
by item (every member's checklist) versus once (shared documents once; a document a member
issues, e.g. the 营业执照 from 个体工商户设立登记, not at all). Counts, not timings: exact and
machine-independent.
"""

from __future__ import annotations

from typing import Any

SCENARIOS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "YJS-KBCYD": [
        ("新开店：无执照，设招牌（默认）", {}),
        ("新开店：无执照，招牌+烟草（tests/ui/test_bundle_flow.py）", {"tobacco": "yes"}),
        ("新开店：无执照，招牌+烟草+公众聚集场所", {"tobacco": "yes", "crowd_place": "yes"}),
        ("已有执照：招牌+烟草", {"has_license": "yes", "tobacco": "yes"}),
    ],
    "YJS-XSECS": [
        ("出生证已签发，办社保卡（默认）", {}),
        ("出生证一并签发，办社保卡", {"has_birth_cert": "no"}),
    ],
}


def main() -> dict[str, Any]:
    from app.catalog import default_catalog
    from app.catalog.bundles import count_savings

    cat = default_catalog()
    results: dict[str, Any] = {}
    print(f"{'一件事 / 情形':<34}{'事项':>4}{'字段 逐项':>10}{'一次':>6}{'材料 逐项':>10}{'一次':>6}{'必交 逐项':>10}{'一次':>6}")
    for code, scenarios in SCENARIOS.items():
        b = cat.bundle(code)
        for label, answers in scenarios:
            c = count_savings(b, cat.items, answers)
            results[f"{code}:{label}"] = c
            print(f"{b.name + '：' + label:<34}{c['members']:>4}{c['fields_item_by_item']:>10}{c['fields_once']:>6}"
                  f"{c['materials_item_by_item']:>10}{c['materials_once']:>6}"
                  f"{c['required_materials_item_by_item']:>10}{c['required_materials_once']:>6}")
    return results


if __name__ == "__main__":
    main()
