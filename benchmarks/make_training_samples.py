"""Render the flat sample documents of training mode's desk into resources/training/ (run once;
the JPEGs are committed): one consistent applicant — the simulated card's holder 张三 and her
悦来宾馆 — so a trainee can run a 公共场所卫生许可（变更） case from start to end.

    python -m benchmarks.make_training_samples
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.training.samples import ADDRESS, HOLDER, NEW_NAME, OLD_NAME, credit_code
from benchmarks import docgen

OUT = Path(__file__).resolve().parents[1] / "resources" / "training"


def _page(lines: list[str], title: str) -> np.ndarray:
    img = Image.new("RGB", (1240, 1754), (250, 250, 246))
    d = ImageDraw.Draw(img)
    if title:
        d.text((620 - 34 * len(title), 140), title, font=docgen._font(64), fill=(20, 20, 20))
    for i, line in enumerate(lines):
        d.text((130, 340 + i * 70), line, font=docgen._font(38), fill=(25, 25, 25))
    return np.asarray(img)[:, :, ::-1].copy()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    business = {"name": NEW_NAME, "credit_code": credit_code(), "entity_type": "有限责任公司（自然人投资或控股）",
                "legal_representative": HOLDER["name"], "registered_capital": "人民币100万元",
                "established_date": "2015-03-18", "address": ADDRESS,
                "business_scope": "住宿服务；餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"}
    health = {"license_no": "鄂卫公证字〔2023〕第000123号", "name": OLD_NAME, "legal_representative": HOLDER["name"],
              "address": ADDRESS, "license_items": "住宿", "valid_from": "2023-05-10", "valid_to": "2027-05-09"}
    docs = {
        "id_card_front": docgen.render_id_front(HOLDER, random.Random(1)),
        "id_card_back": docgen.render_id_back(HOLDER, random.Random(2)),
        "business_license": docgen.render_business_license(business, random.Random(3)),
        "public_health_license": docgen.render_health_license(health, random.Random(4)),
        "name_change_notice": _page([f"{OLD_NAME}：", "", "经审查，你单位提交的名称变更登记申请材料齐全，",
                                     "符合法定形式，准予变更登记。", f"变更后名称：{NEW_NAME}",
                                     f"统一社会信用代码：{credit_code()}", "", "武汉市青山区市场监督管理局",
                                     "二〇二六年十一月二日"], "登记通知书"),
        "blank_sheet": _page(["（便签）"], ""),
    }
    for kind, img in docs.items():
        cv2.imwrite(str(OUT / f"{kind}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 88])
        print(OUT / f"{kind}.jpg")


if __name__ == "__main__":
    main()
