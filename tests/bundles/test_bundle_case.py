"""The 开办餐饮店 case through the services: one number, members from the 情形, one form, one set of materials."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.errors import InputError
from app.services import bundles as svc
from app.services.cases import FieldInput, case_form
from app.storage.tables import AuditRow
from tests.conftest import ROOT, cli_login

REG, FOOD, SIGN, TOBACCO = "010230004000-01", "010230001000-01", "010410001000-01", "010520001000-01"


def test_one_number_with_sub_numbers_per_applicable_member(ctx, clerk):
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"tobacco": "yes"}, actor=clerk)
    assert [m.acceptance_number for m in ref.members] == [f"{ref.acceptance_number}-{i:02d}" for i in (1, 2, 3, 4)]
    form = svc.bundle_form(ctx, ref.acceptance_number)
    assert [m["item_code"] for m in form["members"]] == [REG, FOOD, SIGN, TOBACCO]
    assert {m["department"] for m in form["members"]} == {"市场监督管理局", "城市管理执法局", "烟草专卖局"}
    assert [m["item_name"] for m in form["not_applicable"]] == ["公众聚集场所投入使用、营业前消防安全检查"]
    # a member's own 情形 follow the bundle's
    assert case_form(ctx, ref.members[1].uuid)["answers"]["main_business"] == ["catering"]
    # the next case of the day takes the next number: the bundle used one
    again = svc.create_bundle_case(ctx, "YJS-KBCYD", {}, actor=clerk)
    assert int(again.acceptance_number[-4:]) == int(ref.acceptance_number[-4:]) + 1
    with ctx.store.read() as s:
        actions = [a for (a,) in s.query(AuditRow.action).all()]
    assert actions.count("bundle.create") == 2


def test_a_shared_value_is_entered_once_and_present_in_every_member(ctx, clerk):
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"tobacco": "yes"}, actor=clerk)
    reached = svc.set_bundle_fields(ctx, ref.acceptance_number, {
        "operator_name": FieldInput("张三", "id_card", "card"),
        "premises_address": "武汉市青山区和平大道 1001 号",
        "business_name": "武汉市青山区张三小吃店",
    }, actor=clerk)
    assert len(reached["premises_address"]) == 4
    by_item = {m.acceptance_number: case_form(ctx, m.uuid) for m in ref.members}
    values = {f["item_code"]: {x["key"]: x for x in f["fields"]} for f in by_item.values()}
    assert values[REG]["operator_name"]["value"] == "张三"
    assert values[FOOD]["legal_rep_name"]["value"] == "张三" and values[FOOD]["legal_rep_name"]["source"] == "id_card"
    assert values[SIGN]["applicant_name"]["value"] == "张三"
    assert values[TOBACCO]["operator_name"]["value"] == "张三"
    assert values[FOOD]["operator_name"]["value"] == "武汉市青山区张三小吃店"  # 经营者名称 = the shop's name
    # derived: the 住所 of an 个体工商户 is its premises; the tobacco 业态 is 餐饮
    assert values[FOOD]["registered_address"]["value"] == "武汉市青山区和平大道 1001 号"
    assert values[FOOD]["registered_address"]["source_ref"] == "bundle:premises_address"
    assert values[TOBACCO]["business_form"]["value"] == "餐饮"
    merged = {f["key"]: f for f in svc.bundle_form(ctx, ref.acceptance_number)["fields"]}
    assert merged["operator_name"]["value"] == "张三" and merged["operator_name"]["source"] == "id_card"
    assert len(merged["operator_name"]["feeds"]) == 4
    assert "credit_code" not in merged  # no licence yet: it comes from the registration's result
    with pytest.raises(InputError):
        svc.set_bundle_fields(ctx, ref.acceptance_number, {"capacity": "80"}, actor=clerk)  # no fire check here


def test_a_page_captured_once_is_attached_to_every_member(ctx, clerk):
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"tobacco": "yes"}, actor=clerk)
    attached = svc.add_bundle_material_file(ctx, ref.acceptance_number, "id_card", b"\xff\xd8front-of-card",
                                            actor=clerk, doc_kind="id_card_front")
    assert attached == {ref.members[0].acceptance_number: "M02", ref.members[1].acceptance_number: "M03",
                        ref.members[2].acceptance_number: "M03", ref.members[3].acceptance_number: "M03"}
    shas = set()
    for m in ref.members:
        form = case_form(ctx, m.uuid)
        mat = next(x for x in form["materials"] if x["code"] == attached[m.acceptance_number])
        assert mat["status"] == "received" and mat["pages"] == 1
        shas.update(f["sha256"] for f in mat["files"])
    assert len(shas) == 1  # one document, stored once
    line = next(m for m in svc.bundle_form(ctx, ref.acceptance_number)["materials"] if m["key"] == "id_card")
    assert {v["status"] for v in line["members"].values()} == {"received"}


def _run(*args: str, home) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "ZONGCHUANG_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_cli_case_new_bundle_set_and_show(tmp_path):
    cli_login(tmp_path)
    out = json.loads(_run("case", "new", "--bundle", "YJS-KBCYD", "-a", "tobacco=yes", "-a", "signboard=no", "--json",
                          home=tmp_path).stdout)
    number = out["acceptance_number"]
    assert [m["acceptance_number"] for m in out["members"]] == [f"{number}-01", f"{number}-02", f"{number}-03"]
    _run("case", "set", number, "-f", "premises_address=武汉市青山区和平大道 1001 号", home=tmp_path)
    shown = _run("case", "show", number, home=tmp_path).stdout
    assert "开办餐饮店" in shown and "烟草专卖零售许可证核发（新办）" in shown and "烟草专卖局" in shown
    assert "不涉及 户外招牌设施设置" in shown
    assert "经营场所（具体到门牌号）" in shown and "→ 成员 01、02、03" in shown
    member = _run("case", "show", f"{number}-02", home=tmp_path).stdout
    assert "食品经营许可" in member and f"属于一件事“开办餐饮店” {number}" in member
    listed = _run("catalog", "list", home=tmp_path).stdout
    assert "YJS-KBCYD\t开办餐饮店\t一件事" in listed


def test_a_page_captured_on_one_member_reaches_the_others(ctx, clerk, tmp_path):
    """The capture screen works on the selected member; the shared document reaches the rest."""
    from PIL import Image, ImageDraw

    from app.services.prefill import capture_material

    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"tobacco": "yes"}, actor=clerk)
    img = Image.new("RGB", (1200, 800), "white")
    ImageDraw.Draw(img).rectangle((100, 100, 1100, 700), outline="black", width=8)
    ImageDraw.Draw(img).text((200, 300), "ID CARD 420107199001011238", fill="black")
    path = tmp_path / "card.png"
    img.save(path)
    capture_material(ctx, ref.members[0].uuid, "M02", str(path), actor=clerk, ocr=False, flatten=False)
    shared = svc.share_member_pages(ctx, ref.members[0].uuid, actor=clerk)
    assert shared == {ref.members[1].acceptance_number: ["M03"], ref.members[2].acceptance_number: ["M03"],
                      ref.members[3].acceptance_number: ["M03"]}
    line = next(m for m in svc.bundle_form(ctx, ref.acceptance_number)["materials"] if m["key"] == "id_card")
    assert {v["status"] for v in line["members"].values()} == {"received"}
    assert svc.share_member_pages(ctx, ref.members[0].uuid, actor=clerk) == {}  # nothing twice
