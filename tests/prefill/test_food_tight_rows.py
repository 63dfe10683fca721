"""食品经营许可证 pages whose values are filled in larger and lower than the form's labels, on a
small tilted capture (a document camera's frame of a page half its width): boxes as the recogniser
returns them on such a page (family X's `gaopaiyi` captures, session 21).

- The licence's `(正本)` tag under its title stands level with the 经营者名称 row: it is the
  document's copy, never the name's last words.
- Rows closer together than a value is tall: the 住所 value stands level with both 住所 and
  经营场所, and 经营场所 took it: the print is the value of the label on its first row only
  (`kinds._one_print_twice`): the 经营场所 is left blank, the 住所 kept.
"""

from __future__ import annotations

from tests.prefill.pages import recognised as line


def _fields(lines: list) -> dict:
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    return extract(to_lines(lines)).fields


def _tight_page() -> list:
    return [line("食品经营许可证", 150, 142, 394, 218), line("(正本)", 258, 200, 299, 226),
            line("经营者名称南京永辉商贸有限公司", 48, 207, 256, 254),
            line("社会信用代码(身份证号码)91320102MAE3MWD52M", 47, 234, 282, 284),
            line("法定代表人(负责人)夏侯鹏", 47, 264, 178, 301),
            line("住所", 50, 296, 84, 320), line("江苏省南京市玄武区珠江路784号1号楼6单元1148室", 122, 302, 405, 348),
            line("经营场所", 47, 323, 112, 352), line("江苏省南京市玄武区龙蟠路30号2号楼3单元1576室", 123, 330, 399, 373),
            line("主体业态", 47, 352, 112, 381), line("餐饮服务经营者(小餐饮)", 122, 358, 272, 392),
            line("经营项目", 48, 381, 110, 409), line("生食类食品制售", 123, 387, 217, 414),
            line("许可证编号JY23201020127622", 45, 409, 247, 443),
            line("发证机关", 49, 526, 110, 550), line("南京市玄武区市场监督管理局", 122, 527, 287, 552),
            line("有效期至", 48, 583, 109, 607), line("2031年10月29日", 123, 584, 225, 604),
            line("2026年10月30日", 317, 722, 408, 750)]


def test_copy_tag_beside_the_name_row_is_not_the_name() -> None:
    f = _fields(_tight_page())
    assert f["name"].value == "南京永辉商贸有限公司"


def test_address_box_level_with_two_labels_leaves_the_lower_one_blank() -> None:
    f = _fields(_tight_page())
    assert f["address"].value == "江苏省南京市玄武区珠江路784号1号楼6单元1148室" and not f["address"].flagged
    assert f["premises_address"].flagged
