"""A 卫生许可证's holder and items named by the premises' words certificates print today (session 17,
names): a bath named …浴池, a lodging …公寓 or …青年旅舍, items 足疗、汗蒸 or 住宿(民宿). The name was
blanked as having lost its form and the items as an unknown item (`vocabulary`). Drawn permits read
end to end (`tests.prefill.test_food_health_layouts.draw_justified`)."""

from __future__ import annotations

from pathlib import Path

from tests.prefill.pages import read_file
from tests.prefill.test_food_health_layouts import HEALTH, draw_justified


def _permit(tmp_path: Path, name: str, items: str) -> dict:
    rows = [(lab, name if lab == "单位名称" else items if lab == "许可项目" else v) for lab, v in HEALTH]
    out = read_file(draw_justified(tmp_path / "permit.png", "卫生许可证", rows, column=200))
    assert out["kind"] == "public_health_license"
    return out["fields"]


def test_a_bath_named_by_its_pool_with_foot_and_sweat_rooms(tmp_path: Path) -> None:
    f = _permit(tmp_path, "上海市徐汇区清泉浴池", "沐浴(浴池)、足疗、汗蒸")
    assert f["name"]["value"] == "上海市徐汇区清泉浴池", f["name"]
    assert f["license_items"]["value"] == "沐浴(浴池)、足疗、汗蒸", f["license_items"]


def test_a_lodging_named_as_a_flat_house_or_a_hostel(tmp_path: Path) -> None:
    f = _permit(tmp_path, "上海徐汇悦居公寓", "住宿(民宿)")
    assert f["name"]["value"] == "上海徐汇悦居公寓", f["name"]
    assert f["license_items"]["value"] == "住宿(民宿)", f["license_items"]
    # a name cut inside its last word still lost its form
    f = _permit(tmp_path, "上海徐汇悦居公", "住宿")
    assert f["name"]["value"] == "" and f["name"]["reason"] == "vocabulary", f["name"]
