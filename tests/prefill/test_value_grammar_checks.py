"""Values whose own grammar says they were misread or cut (session 21, X's and Y's wrong pre-fills):
an address that names only its divisions or skips from its province to a street, a licence's copy
marker read onto a value, a scope header without its colon, an ID card's name that is no name."""

from __future__ import annotations

from tests.prefill.pages import recognised as line


def test_an_address_of_divisions_only_is_cut_short() -> None:
    from app.prefill.extract import _address_cut_short

    # (the row's rest under a watermark or not read: 福建省厦门市思明区 of …思明区莲前西路995号…)
    assert _address_cut_short("福建省厦门市思明区")
    assert _address_cut_short("广西壮族自治区南宁市青秀区")
    assert not _address_cut_short("福建省厦门市思明区莲前西路995号22号楼2单元2625室")
    assert not _address_cut_short("北京市朝阳区建国路88号")
    assert not _address_cut_short("")


def test_an_address_skipping_from_its_province_to_a_street_lost_its_middle() -> None:
    from app.prefill.extract import _unit_after_name

    assert _unit_after_name("辽宁省沈路305号28号楼3单元603室")
    assert not _unit_after_name("辽宁省沈阳市和平区中华路305号28号楼3单元603室")
    assert not _unit_after_name("海南省陵水黎族自治县椰林镇新建路12号")
    assert not _unit_after_name("湖北省仙桃市沔阳大道66号")
    assert not _unit_after_name("内蒙古自治区呼和浩特市新城区新华大街1号")


def test_a_copy_marker_read_onto_a_name_is_no_part_of_it() -> None:
    from app.prefill.extract import _name_value

    assert _name_value("南京永辉商贸有限公司(正本)") == "南京永辉商贸有限公司"
    assert _name_value("南京永辉商贸有限公司(副本)") == "南京永辉商贸有限公司"
    assert _name_value("南京永辉商贸(集团)有限公司") == "南京永辉商贸(集团)有限公司"


def test_a_long_card_name_without_dot_or_surname_is_no_name() -> None:
    from app.prefill.extract import _card_name_shaped

    assert not _card_name_shaped("缺法人签字")  # (a sticky note's words over the name's place)
    assert _card_name_shaped("那顺乌日图")  # (a minority name starting with a surname)
    assert _card_name_shaped("欧阳明月光")
    assert _card_name_shaped("买买提·艾力")
    assert _card_name_shaped("肖磊庆")


def test_a_scope_header_without_its_colon_is_not_prefilled() -> None:
    # `许可项目第二类增值电信业务`: the colon after the header was lost, and with it the list's other
    # thin marks may be (`技术推广信息系统` for `技术推广;信息系统`) — the scope is left blank
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def page(scope: str) -> list:
        return [line("营业执照", 380, 60, 700, 130), line("统一社会信用代码 91110105MA01ABCD2X", 60, 160, 700, 195),
                line("名称", 60, 220, 130, 255), line("北京星河科技有限公司", 220, 220, 560, 255),
                line("类型", 60, 280, 130, 315), line("有限责任公司(自然人投资或控股)", 220, 280, 640, 315),
                line("法定代表人", 60, 340, 200, 375), line("王建国", 220, 340, 320, 375),
                line("经营范围", 60, 400, 180, 435), line(scope, 220, 400, 1100, 435),
                line("注册资本", 60, 480, 180, 515), line("人民币100万元", 220, 480, 420, 515)]

    good = "一般项目:技术服务、技术开发。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    f = extract(to_lines(page(good))).fields["business_scope"]
    assert not f.flagged or f.note != "doubtful character", f
    bad = good.replace("一般项目:", "一般项目")
    f = extract(to_lines(page(bad))).fields["business_scope"]
    assert f.public()["value"] == "", f


def test_a_colon_inside_a_licence_address_is_a_misread_character() -> None:
    from app.prefill.extract import _address_result

    # (Y y0120: the 1 of 67号1楼 read as a colon)
    bad = _address_result("陕西省西安市雁塔区科技路67号:楼211室", None)
    assert bad.flagged and bad.note == "punctuation in an address"
    good = _address_result("陕西省西安市雁塔区科技路67号1楼211室", None)
    assert good.note != "punctuation in an address"


def test_a_health_permit_number_prints_gong_then_zi_after_wei() -> None:
    # (X x0046: 皖卫公宇 for 皖卫公字 on a fax, 宇 read sure): after 卫 a 公共场所 permit's number
    # prints 公, then 证 or 许 or neither, then 字 or nothing
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def page(no: str) -> list:
        return [line("公共场所卫生许可证", 300, 60, 800, 130), line(no, 300, 160, 900, 195),
                line("单位名称", 60, 240, 200, 275), line("合肥悦来酒店有限公司", 240, 240, 600, 275)]

    for good in ("皖卫公字(2025)第340104216425号", "粤卫公证字〔2019〕第005864号", "桂卫公许字(2026)450103第7840号",
                 "沪徐汇卫公字(2024)第0342号", "浙卫公〔2025〕第330106-88407号"):
        f = extract(to_lines(page(good))).fields["license_no"]
        assert f.note != "not a licence number", (good, f)
    f = extract(to_lines(page("皖卫公宇(2025)第340104216425号"))).fields["license_no"]
    assert f.public()["value"] == "" and f.note == "not a licence number", f


def test_a_business_term_runs_whole_years_from_the_established_date() -> None:
    # (T t0110: 2028年06月01日 read for 06月04日, the 成立日期 2008年06月05日, each read sure)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def page(established: str, term: str) -> list:
        return [line("营业执照", 380, 60, 700, 130), line("统一社会信用代码 91110105MA01ABCD2X", 60, 160, 700, 195),
                line("名称", 60, 220, 130, 255), line("北京星河科技有限公司", 220, 220, 560, 255),
                line("类型", 60, 280, 130, 315), line("有限责任公司(自然人投资或控股)", 220, 280, 640, 315),
                line("成立日期", 60, 340, 180, 375), line(established, 220, 340, 480, 375),
                line("营业期限", 60, 400, 180, 435), line(term, 220, 400, 700, 435)]

    for est, term, want in (("2008年06月05日", "2008年06月05日至2028年06月04日", "2028-06-04"),
                            ("2008年06月05日", "2008年06月05日至2028年06月05日", "2028-06-05"),
                            ("2018年01月01日", "2018年01月01日至2027年12月31日", "2027-12-31"),
                            ("2010年03月02日", "2012年07月09日至2032年07月08日", "2032-07-08"),  # (a later start)
                            ("2008年06月05日", "2008年06月05日至长期", "长期")):
        f = extract(to_lines(page(est, term))).fields["valid_to"]
        assert f.public()["value"] == want, (term, f)
    f = extract(to_lines(page("2008年06月05日", "2008年06月05日至2028年06月01日"))).fields["valid_to"]
    assert f.public()["value"] == "" and f.note == "term not whole years", f
