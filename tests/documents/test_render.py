"""Every document renders from case data: the text read back, the shipped font embedded, the
QR codes decodable, the 补打 stamp on reprints."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files

import pytest

from app.documents import RenderOptions, render_pdf, resolve_document
from app.documents.render import render_calibration_pdf
from resources.fonts import FONT_FILE, LICENSE_FILE
from tests.documents.conftest import (
    FIXED_NUMBER,
    FIXED_UUID,
    MASKED_ID,
    RAW_ID,
    decode_qr,
    findings_block,
    fixed_data,
    pdf_fonts,
    pdf_text,
    render_png,
)

DAY = dt.date(2026, 11, 22)
OPTS = RenderOptions(issued_on=DAY)


def squash(text: str) -> str:
    return "".join(text.split())


def test_shipped_font_is_truetype_glyf_with_licence():
    font = files("resources.fonts") / FONT_FILE
    data = font.read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00", "TrueType outlines (not CFF 'OTTO')"
    num_tables = int.from_bytes(data[4:6], "big")
    tags = {data[12 + 16 * i: 16 + 16 * i] for i in range(num_tables)}
    assert b"glyf" in tags and b"CFF " not in tags
    licence = (files("resources.fonts") / LICENSE_FILE).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "LXGW" in licence


def test_receipt_content(tmp_path):
    pdf = render_pdf(resolve_document("receipt"), fixed_data(), OPTS)
    text = squash(pdf_text(pdf, tmp_path))
    for expected in ("受理回执", "青山区卫生健康局", "青卫受〔2026〕1122010007号", FIXED_NUMBER, "公共场所卫生许可（变更）",
                     "武汉市青山区悦来宾馆有限公司", "91420107MA4K2XQ15P", MASKED_ID, "138****8000",
                     "2026年12月16日前", "17个工作日", "容缺受理", "2026年11月22日", "clerk01",
                     "青山区政务服务中心01号窗口", "公共场所卫生许可证变更申请表", "原公共场所卫生许可证正、副本",
                     "1份", "已收取", "容缺后补", "2026.11-1", "ab" * 8):
        assert squash(expected) in text, expected
    assert RAW_ID not in text, "the full ID number never appears on paper"
    assert "补打" not in text


def test_receipt_qr_carries_uuid_and_number(tmp_path):
    pdf = render_pdf(resolve_document("受理回执"), fixed_data(), OPTS)
    codes = decode_qr(render_png(pdf, tmp_path, dpi=150))
    assert codes == [f"ZC:CASE:1;no={FIXED_NUMBER};uuid={FIXED_UUID}"]


def test_receipt_qr_is_a_progress_url_when_the_platform_is_known(tmp_path):
    pdf = render_pdf(resolve_document("receipt"), fixed_data(platform_url="https://zwfw.example.cn/"), OPTS)
    codes = decode_qr(render_png(pdf, tmp_path, dpi=150))
    assert codes == [f"https://zwfw.example.cn/progress?no={FIXED_NUMBER}&uuid={FIXED_UUID}"]


@pytest.mark.parametrize("name", ["receipt", "material-receipt", "notice", "correction-notice", "tolerance-notice",
                                  "tolerance-pledge", "refusal", "health-license"])
def test_every_document_embeds_the_shipped_font(name, tmp_path):
    data = fixed_data()
    if name == "refusal":
        data = fixed_data(state="refused", decision={"decision": "refuse", "findings": findings_block()})
    if name == "health-license":
        data = fixed_data(state="approved")
    if name == "correction-notice":
        data = fixed_data(state="correction_requested")
    pdf = render_pdf(resolve_document(name, data.item), data, OPTS)
    fonts = pdf_fonts(pdf, tmp_path)
    wenkai = [f for f in fonts if "LXGWWenKai" in f["name"]]
    assert wenkai and all(f["emb"] and f["type"].startswith("TrueType") for f in wenkai)
    assert all(f["emb"] for f in fonts), fonts  # nothing left to the viewer (no Helvetica, no STSong CID font)
    assert not any("STSong" in f["name"] for f in fonts)


def test_one_time_notice_lists_every_finding(tmp_path):
    findings = findings_block()
    data = fixed_data(state="refused", decision={"decision": "refuse", "refuse_kind": "correction",
                                                 "findings": findings})
    text = squash(pdf_text(render_pdf(resolve_document("一次性告知书"), data, OPTS), tmp_path))
    assert "一次性告知书" in text and "青卫告〔2026〕1122010007号" in text
    for f in findings:
        assert squash(f["message"]) in text
    assert "共3项" in text
    assert "原公共场所卫生许可证正、副本" in text and "统一社会信用代码" in text  # subjects by catalog label
    assert "须补正" in text and "提示" in text and "行政许可法" in text


def test_correction_notice_title(tmp_path):
    data = fixed_data(state="correction_requested", decision={"decision": "refuse", "findings": findings_block()})
    text = squash(pdf_text(render_pdf(resolve_document("补正告知书"), data, OPTS), tmp_path))
    assert "补正告知书" in text and "青卫补〔2026〕1122010007号" in text and "需要补正的问题" in text


def test_tolerance_notice_and_pledge(tmp_path):
    data = fixed_data()
    notice = squash(pdf_text(render_pdf(resolve_document("容缺受理通知书"), data, OPTS), tmp_path))
    assert "容缺受理通知书" in notice and "名称变更证明" in notice and "2026年11月27日" in notice
    assert "一式两份" in notice and "补交复印件1份" in notice
    assert resolve_document("tolerance-notice").copies == 2
    pledge = squash(pdf_text(render_pdf(resolve_document("容缺受理承诺书"), data, OPTS), tmp_path))
    assert "容缺受理承诺书" in pledge and "2026年11月27日前补交" in pledge and "承诺人（签字或盖章）" in pledge
    assert "91420107MA4K2XQ15P" in pledge


def test_tolerance_deadline_per_material_from_the_decision(tmp_path):
    data = fixed_data()
    data.decision = dict(data.decision, tolerated=[{"material": "M05", "name": "名称变更证明（市场监管部门出具的变更登记通知书）",
                                                    "supplement_days": 3, "deadline": "2026-11-25"}])
    text = squash(pdf_text(render_pdf(resolve_document("tolerance-notice"), data, OPTS), tmp_path))
    assert "2026年11月25日" in text


def test_refusal_notice_reasons_and_remedies(tmp_path):
    findings = findings_block()
    data = fixed_data(state="refused", decision={"decision": "refuse", "refuse_kind": "inadmissible", "findings": findings})
    text = squash(pdf_text(render_pdf(resolve_document("不予受理通知书"), data, OPTS), tmp_path))
    assert "不予受理通知书" in text and "青卫不受〔2026〕1122010007号" in text
    assert squash(findings[0]["message"]) in text and squash(findings[1]["message"]) in text
    assert findings[2]["message"] not in text  # an info note is no reason to refuse
    assert "六十日内向青山区人民政府申请行政复议" in text and "六个月内依法向人民法院提起行政诉讼" in text


def test_refusal_uses_the_clerks_reason_without_findings(tmp_path):
    data = fixed_data(state="refused", decision=None, refusal_reason="申请事项不属于本机关职权范围")
    text = squash(pdf_text(render_pdf(resolve_document("refusal"), data, OPTS), tmp_path))
    assert "申请事项不属于本机关职权范围" in text


def test_commitment_letter(tmp_path):
    from app.catalog import default_catalog
    from app.documents import MaterialLine

    item = default_catalog().get("010170001000-03")  # 延续: M05 may be replaced by a commitment
    data = fixed_data(item=item, state="accepted", decision={"decision": "accept", "findings": [], "committed": [
        {"material": "M05", "name": "公共场所卫生检测报告（近一年）", "verification": "发证后 3 个月内现场核查检测报告原件"}]},
        materials=[MaterialLine("M01", "公共场所卫生许可证延续申请表", "received", 1, 0, 2),
                   MaterialLine("M05", "公共场所卫生检测报告（近一年）", "committed")])
    text = squash(pdf_text(render_pdf(resolve_document("告知承诺书", item), data, OPTS), tmp_path))
    for expected in ("证明事项告知承诺书", "公共场所卫生检测报告（近一年）", "发证后3个月内现场核查检测报告原件",
                     "公共场所卫生管理条例", "不实承诺的责任", "申请人承诺", "承诺人（签字或盖章）"):
        assert expected in text, expected


def test_certificate_with_verification_qr(tmp_path):
    data = fixed_data(state="approved")
    pdf = render_pdf(resolve_document("certificate", data.item), data, OPTS)
    text = squash(pdf_text(pdf, tmp_path))
    for expected in ("公共场所卫生许可证", "鄂卫公证字〔2026〕第010001号", "武汉市青山区悦来宾馆有限公司", "张三",
                     "武汉市青山区和平大道1234号", "住宿、美发", "2026年12月10日至2028年5月31日",  # 变更 keeps the old end
                     "发证机关：青山区卫生健康局"):
        assert expected in text, expected
    codes = decode_qr(render_png(pdf, tmp_path, dpi=150))
    assert len(codes) == 1 and codes[0].startswith("ZC:CERT:1;item=010170001000-02;no=鄂卫公证字")
    assert ";to=2028-05-31;fp=" in codes[0]


def test_certificate_preprinted_prints_only_values_and_moves_by_the_offset(tmp_path):
    data = fixed_data(state="approved")
    spec = resolve_document("公共场所卫生许可证", data.item)
    full = squash(pdf_text(render_pdf(spec, data, OPTS), tmp_path))
    pre = squash(pdf_text(render_pdf(spec, data, RenderOptions(issued_on=DAY, preprinted=True)), tmp_path))
    assert "单位名称" in full and "单位名称" not in pre and "武汉市青山区悦来宾馆有限公司" in pre
    import numpy as np

    a = render_png(render_pdf(spec, data, RenderOptions(issued_on=DAY, preprinted=True)), tmp_path, dpi=72)
    b = render_png(render_pdf(spec, data, RenderOptions(issued_on=DAY, preprinted=True, offset_mm=(5.0, 3.0))),
                   tmp_path, dpi=72)
    ink_a, ink_b = np.argwhere(a < 128), np.argwhere(b < 128)
    shift = ink_b.min(axis=0) - ink_a.min(axis=0)  # (rows down, columns right) in pixels at 72 dpi
    assert abs(shift[1] - 5 / 25.4 * 72) <= 1.5 and abs(shift[0] - 3 / 25.4 * 72) <= 1.5


def test_reprint_is_stamped(tmp_path):
    pdf = render_pdf(resolve_document("notice"), fixed_data(), RenderOptions(issued_on=DAY, reprint_note="补打 2026-11-23 09:00 clerk02"))
    text = squash(pdf_text(pdf, tmp_path))
    assert "补打" in text and "2026-11-2309:00clerk02" in text


def test_calibration_page(tmp_path):
    pdf = render_calibration_pdf("VPDF", (1.5, -0.5), DAY)
    text = squash(pdf_text(pdf, tmp_path))
    assert "套打校准页" in text and "VPDF" in text and "+1.5mm" in text and "-0.5mm" in text and "20−X" in text


def test_long_notices_flow_onto_more_pages(tmp_path):
    many = [dict(findings_block()[0], message=f"第{i}号问题：材料页码缺失", rule=f"R{i}") for i in range(40)]
    data = fixed_data(state="refused", decision={"decision": "refuse", "findings": many})
    text = squash(pdf_text(render_pdf(resolve_document("notice"), data, OPTS), tmp_path))
    assert "第2页共" in text and "第39号问题" in text and "共40项" in text


def _red_centre_top_left(pdf: bytes, tmp_path) -> tuple[float, float]:
    """Centre (x, y) in mm of the red crosshair in the page's top-left 40 mm."""
    import subprocess

    import numpy as np
    from PIL import Image

    src = tmp_path / "cal.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "254", "-png", "-singlefile", "-W", "400", "-H", "400", str(src),
                    str(tmp_path / "cal")], check=True)
    rgb = np.asarray(Image.open(tmp_path / "cal.png").convert("RGB")).astype(int)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 100) & (rgb[..., 2] < 100)
    ys, xs = np.nonzero(red)
    return xs.mean() / 10, ys.mean() / 10  # 254 dpi = 10 px per mm


def test_calibration_crosshair_is_where_the_page_says(tmp_path):
    raw = render_calibration_pdf("P", (5.0, 3.0), DAY)
    x, y = _red_centre_top_left(raw, tmp_path)
    assert abs(x - 20) < 0.3 and abs(y - 20) < 0.3  # measured page: no offset applied
    verify = render_calibration_pdf("P", (5.0, 3.0), DAY, apply_offset=True)
    x, y = _red_centre_top_left(verify, tmp_path)
    assert abs(x - 25) < 0.3 and abs(y - 23) < 0.3  # right 5 mm, down 3 mm


def test_generic_certificate_of_another_item(tmp_path):
    from app.catalog import default_catalog

    item = default_catalog().get("100230002000-01")  # 仅销售预包装食品备案 → 备案凭证
    data = fixed_data(item=item, state="delivered",
                      applicant={"kind": "organisation", "name": "青山区便民超市", "credit_code": "92420107MA4K2XQ15P",
                                 "address": "武汉市青山区红钢城街1号"},
                      result={"license_no": "YB14201070012345", "issued_on": "2026-12-10", "valid_to": "长期"})
    pdf = render_pdf(resolve_document("certificate", item), data, OPTS)
    text = squash(pdf_text(pdf, tmp_path))
    for expected in ("仅销售预包装食品备案凭证", "备案编号：YB14201070012345", "青山区便民超市", "92420107MA4K2XQ15P",
                     "2026年12月10日起长期有效", "发证机关：青山区市场监督管理局"):
        assert expected in text, expected
    assert ";to=long;" in decode_qr(render_png(pdf, tmp_path, dpi=150))[0]


def test_pledge_of_an_organisation_still_being_set_up(tmp_path):
    """No credit code yet (a 设立 item, or a 一件事 whose registration member issues it): the operator who
    signs is named with a masked ID number and the code marked pending; with nobody named, the code is
    still asked for."""
    from app.documents.errors import MissingDocumentValue

    base = fixed_data().applicant
    data = fixed_data(applicant={**base, "credit_code": ""})
    pledge = squash(pdf_text(render_pdf(resolve_document("容缺受理承诺书"), data, OPTS), tmp_path))
    assert "设立中，统一社会信用代码待登记后取得；签署人：张三，居民身份证" in pledge
    assert RAW_ID not in pledge and MASKED_ID in pledge
    nobody = fixed_data(applicant={**base, "credit_code": "", "contact_name": "", "contact_id_number": ""})
    with pytest.raises(MissingDocumentValue):
        render_pdf(resolve_document("容缺受理承诺书"), nobody, OPTS)
