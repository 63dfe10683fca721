"""The documents on the training desk: one sample of every kind the catalog's materials need
(ID card front and back, business licence, 公共场所卫生许可证, and a plain notice for the
materials OCR does not classify), rendered on demand by `app.training.docgen` for one
consistent applicant — the simulated ID card's holder (张三) and her 悦来宾馆, whose old health
licence carries the old name, so a trainee can run a 变更 case from start to end.

Training mode's simulated 高拍仪 (`hardware.camera.simulated`) shows whichever of these the
trainee puts "on the desk". Nothing is downloaded or read from disk: the renderers and the CJK
font (a Debian package) are all it needs.
"""

from __future__ import annotations

import random
from functools import lru_cache

import numpy as np

HOLDER = {"name": "张三", "sex": "女", "nation": "汉", "birth_date": "1949-12-31", "id_number": "11010519491231002X",
          "address": "北京市朝阳区建国路88号院3号楼2单元501室", "issuing_authority": "北京市公安局朝阳分局",
          "valid_from": "2012-06-01", "valid_to": "长期"}
NEW_NAME = "武汉市青山区悦来宾馆有限公司"
OLD_NAME = "武汉市青山区悦来旅社有限公司"
ADDRESS = "湖北省武汉市青山区和平大道1234号"


def credit_code() -> str:
    from app.training.docgen import uscc_check

    return "91420107MA4K2XQ15" + uscc_check("91420107MA4K2XQ15")


def business() -> dict[str, str]:
    return {"name": NEW_NAME, "credit_code": credit_code(), "entity_type": "有限责任公司（自然人投资或控股）",
            "legal_representative": "张三", "registered_capital": "人民币100万元", "established_date": "2015-03-18",
            "address": ADDRESS, "business_scope": "住宿服务；餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"}


HEALTH = {"license_no": "鄂卫公证字〔2023〕第000123号", "name": OLD_NAME, "legal_representative": "张三",
          "address": ADDRESS, "license_items": "住宿", "valid_from": "2023-05-10", "valid_to": "2027-05-09"}

# kind → (label the trainee picks from, OCR kind)
DESK = {"id_card_front": "身份证人像面（张三）", "id_card_back": "身份证国徽面（张三）",
        "business_license": "营业执照（悦来宾馆，变更后）", "public_health_license": "公共场所卫生许可证（原证）",
        "name_change_notice": "名称变更登记通知书", "blank_sheet": "空白纸（拍错示例）"}


def _notice(rng: random.Random) -> np.ndarray:
    """A plain A4 notice (名称变更登记通知书): text OCR reads but does not classify."""
    from PIL import Image, ImageDraw

    from app.training.docgen import _font

    img = Image.new("RGB", (1240, 1754), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.text((360, 140), "登记通知书", font=_font(64), fill=(20, 20, 20))
    lines = [f"{OLD_NAME}：", "", "经审查，你单位提交的名称变更登记申请材料齐全，", "符合法定形式，准予变更登记。",
             f"变更后名称：{NEW_NAME}", f"统一社会信用代码：{credit_code()}", "", "武汉市青山区市场监督管理局",
             "二〇二六年十一月二日"]
    for i, line in enumerate(lines):
        d.text((130, 340 + i * 70), line, font=_font(38), fill=(25, 25, 25))
    return np.asarray(img)[:, :, ::-1].copy()


def _blank(rng: random.Random) -> np.ndarray:
    from PIL import Image, ImageDraw

    from app.training.docgen import _font

    img = Image.new("RGB", (1240, 1754), (252, 252, 250))
    ImageDraw.Draw(img).text((140, 200), "（便签）", font=_font(40), fill=(60, 60, 60))
    return np.asarray(img)[:, :, ::-1].copy()


def flat(kind: str) -> np.ndarray:
    """The flat document (BGR) of a desk kind."""
    from app.training import docgen

    rng = random.Random(f"training:{kind}")
    if kind == "id_card_front":
        return docgen.render_id_front(HOLDER, rng)
    if kind == "id_card_back":
        return docgen.render_id_back(HOLDER, rng)
    if kind == "business_license":
        return docgen.render_business_license(business(), rng)
    if kind == "public_health_license":
        return docgen.render_health_license(HEALTH, rng)
    if kind == "name_change_notice":
        return _notice(rng)
    if kind == "blank_sheet":
        return _blank(rng)
    raise KeyError(kind)


@lru_cache(maxsize=16)
def photo(kind: str) -> np.ndarray:
    """The document as the camera sees it on the desk (slight tilt, even light, 1800×1350)."""
    from app.training import docgen

    img, _ = docgen.photograph_with_corners(flat(kind), random.Random(f"desk:{kind}"), docgen.PhotoOptions(
        out_long_side=1800, perspective=0.01, tilt_deg=1.0, noise=2.0, jpeg_quality=92, fill=0.75))
    img.setflags(write=False)
    return img


def empty_desk() -> np.ndarray:
    desk = np.full((1350, 1800, 3), (70, 70, 75), np.uint8)
    desk.setflags(write=False)
    return desk
