"""Which document a page is (issue 15): pages that share a licence's labels but are no licence.

An application form, an invoice, a lease, a letter and a notebook page carry 名称, 住所, 法定代表人,
统一社会信用代码 or the words 营业执照 — and a blank or noisy page carries nothing at all. None of
them may be read as a licence: their "fields" would be wrong pre-fills. Each page is drawn with
system CJK fonts (Pillow), photographed lightly (tilt, JPEG) and read by
`app.services.prefill.ocr_files` — the function behind `zongchuang ocr --json` — so decode, flatten,
OCR, classify and extract all run. Before the positive-evidence rule of `app.prefill.kinds.classify`
the form and the lease were read as business licences.
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.services.prefill import ocr_files
from app.validators.creditcode import uscc_check_char
from tests.prefill.fonts import HAND, SANS, SERIF, cjk_font


def _uscc(seed: int) -> str:
    rnd = random.Random(seed)
    body = "91" + "".join(rnd.choice("0123456789") for _ in range(6)) + "".join(
        rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc_check_char(body)


def _photo(page: Image.Image, path: Path, seed: int) -> Path:
    """A light phone photo of the page: on a grey desk, turned a little, JPEG."""
    rnd = random.Random(seed)
    img = cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2BGR)
    h, w = img.shape[:2]
    pad = int(0.08 * max(h, w))
    desk = np.full((h + 2 * pad, w + 2 * pad, 3), 120, np.uint8)
    desk[pad:pad + h, pad:pad + w] = img
    m = cv2.getRotationMatrix2D((desk.shape[1] / 2, desk.shape[0] / 2), rnd.uniform(-3, 3), 1.0)
    desk = cv2.warpAffine(desk, m, (desk.shape[1], desk.shape[0]), borderValue=(120, 120, 120))
    noise = np.random.default_rng(seed).normal(0, 3, desk.shape)
    desk = np.clip(desk.astype(np.float64) + noise, 0, 255).astype(np.uint8)
    cv2.imwrite(str(path), desk, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return path


def application_form(path: Path) -> Path:
    """A registration application: a table of a licence's labels, the values left empty or `见附件`."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 170), "市场主体登记申请表", fill="black", font=cjk_font(56, SERIF), anchor="mm")
    f = cjk_font(30, SANS)
    rows = ("名称", "统一社会信用代码", "类型", "法定代表人", "住所", "注册资本", "经营范围", "联系电话")
    y = 280
    for i, label in enumerate(rows):
        d.rectangle((110, y, 1130, y + 90), outline="black", width=2)
        d.line((470, y, 470, y + 90), fill="black", width=2)
        d.text((135, y + 28), label, fill="black", font=f)
        if i == 0:
            d.text((500, y + 24), "见附件", fill=(30, 40, 140), font=cjk_font(34, HAND))
        y += 90
    d.text((110, y + 70), "申请人声明：本申请人保证所填内容及提交材料真实有效。", fill="black", font=f)
    d.text((700, y + 170), "申请人（签章）：", fill="black", font=f)
    return _photo(page, path, 1)


def invoice(path: Path) -> Path:
    """An e-invoice: buyer and seller each with 名称 and a valid 统一社会信用代码, item rows, totals."""
    page = Image.new("RGB", (1754, 1100), (246, 248, 252))
    d = ImageDraw.Draw(page)
    brown = (150, 80, 40)
    d.text((877, 110), "电子发票（普通发票）", fill=brown, font=cjk_font(54, SERIF), anchor="mm")
    f, small = cjk_font(28, SANS), cjk_font(24, SANS)
    d.text((1250, 170), "发票号码：24332000000012345678", fill="black", font=small)
    d.text((1250, 210), "开票日期：2026年03月18日", fill="black", font=small)
    d.rectangle((80, 250, 1674, 900), outline=brown, width=2)
    d.line((877, 250, 877, 420), fill=brown, width=2)
    d.line((80, 420, 1674, 420), fill=brown, width=2)
    for x0, who, name, code in ((100, "购买方", "名称：杭州青禾物流有限公司", _uscc(3)),
                                (897, "销售方", "名称：东阳墨韵华贸易有限公司", _uscc(4))):
        d.text((x0, 280), who, fill=brown, font=f)
        d.text((x0 + 110, 280), name, fill="black", font=f)
        d.text((x0, 350), f"统一社会信用代码/纳税人识别号：{code}", fill="black", font=small)
    heads = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    for i, t in enumerate(heads):
        d.text((110 + i * 195, 450), t, fill="black", font=small)
    for r, row in enumerate((("*餐饮服务*餐费", "", "项", "1", "85.88", "85.88", "6%", "5.15"),
                             ("*信息技术服务*打印纸", "", "项", "1", "484.44", "484.44", "6%", "29.07"))):
        for i, t in enumerate(row):
            d.text((110 + i * 195, 510 + r * 50), t, fill="black", font=small)
    d.text((110, 760), "价税合计（大写）  壹仟贰佰叁拾肆元伍角整        （小写）¥1234.50", fill="black", font=f)
    d.text((110, 940), "开票人：向桂瑜", fill="black", font=f)
    return _photo(page, path, 2)


def lease(path: Path) -> Path:
    """A lease: the parties' 名称, 住所, 法定代表人 and credit code as labels, then clauses."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 160), "房屋租赁合同", fill="black", font=cjk_font(60, SERIF), anchor="mm")
    f = cjk_font(30, SERIF)
    rows = ("出租方（甲方）：", "名称：宁波恒瑞置业有限公司", f"统一社会信用代码：{_uscc(5)}",
            "住所：宁波市鄞州区天童南路588号", "法定代表人：陈志远",
            "承租方（乙方）：", "名称：宁波启明文化传媒有限公司", f"统一社会信用代码：{_uscc(6)}",
            "住所：宁波市海曙区中山西路138号", "法定代表人：王晓燕")
    y = 270
    for t in rows:
        d.text((110, y), t, fill="black", font=f)
        y += 62
    for t in ("第一条  甲方将位于宁波市鄞州区天童南路588号的房屋出租给乙方",
              "作为办公使用，建筑面积320平方米。",
              "第二条  租赁期限自2026年1月1日起至2028年12月31日止。",
              "第三条  乙方应按月支付租金，每月人民币贰万元整。"):
        d.text((110, y + 30), t, fill="black", font=f)
        y += 62
    return _photo(page, path, 3)


def letter(path: Path) -> Path:
    """A letter whose sentences name a licence, its holder's address and representative."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 170), "情况说明", fill="black", font=cjk_font(58, SERIF), anchor="mm")
    f = cjk_font(32, SERIF)
    lines = ("市场监督管理局：", "    我公司营业执照正本于2026年2月在搬迁中遗失，",
             "统一社会信用代码及法定代表人均未变更，住所仍为",
             "本市经济开发区创业路16号。特此说明，请予补发。", "", "营业执照副本复印件附后。")
    y = 300
    for t in lines:
        d.text((110, y), t, fill="black", font=f)
        y += 70
    d.text((700, y + 120), "2026年3月2日", fill="black", font=f)
    return _photo(page, path, 4)


def notebook(path: Path) -> Path:
    """A notebook page in handwriting: a list of what to bring."""
    page = Image.new("RGB", (1240, 1754), (250, 246, 232))
    d = ImageDraw.Draw(page)
    for y in range(200, 1700, 62):
        d.line((60, y, 1180, y), fill=(170, 190, 215), width=2)
    f = cjk_font(40, HAND)
    blue = (35, 45, 120)
    for i, t in enumerate(("今天下午去政务中心", "带营业执照原件和复印件", "法人身份证 正反面",
                           "卫生许可申请表 盖章", "电话预约 周三")):
        d.text((120, 200 + 2 * 62 * i + 10), t, fill=blue, font=f)
    return _photo(page, path, 5)


def noise(path: Path) -> Path:
    """A grey page of noise and blotches (a misfed scan)."""
    rng = np.random.default_rng(9)
    img = rng.normal(200, 40, (1400, 1000, 3)).clip(0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (3, 3), 0)
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return path


PAGES = (application_form, invoice, lease, letter, notebook, noise)


@pytest.mark.parametrize("draw", PAGES, ids=[draw.__name__ for draw in PAGES])
def test_a_page_sharing_a_licences_labels_is_other(engine, tmp_path, draw) -> None:
    results, failures = ocr_files([draw(tmp_path / f"{draw.__name__}.jpg")])
    assert not failures
    assert results[0]["kind"] == "other"
    assert not results[0]["fields"]
