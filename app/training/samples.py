"""The documents on the training desk: one sample of every kind the catalog's materials need
(ID card front and back, business licence, 公共场所卫生许可证, and a plain notice for the
materials OCR does not classify) for one consistent applicant — the simulated ID card's holder
(张三) and her 悦来宾馆, whose old health licence carries the old name — so a trainee can run a
公共场所卫生许可（变更） case from start to end.

The flat scans ship in `resources/training/` (rendered once by
`benchmarks/make_training_samples.py`); `photo(kind)` lays one on a desk as the camera sees it.
Training mode's simulated 高拍仪 (`hardware.camera.simulated`) shows whichever of these the
trainee puts "on the desk". Nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

HOLDER = {"name": "张三", "sex": "女", "nation": "汉", "birth_date": "1949-12-31", "id_number": "11010519491231002X",
          "address": "北京市朝阳区建国路88号院3号楼2单元501室", "issuing_authority": "北京市公安局朝阳分局",
          "valid_from": "2012-06-01", "valid_to": "长期"}
NEW_NAME = "武汉市青山区悦来宾馆有限公司"
OLD_NAME = "武汉市青山区悦来旅社有限公司"
ADDRESS = "湖北省武汉市青山区和平大道1234号"


def credit_code() -> str:
    from app.validators.creditcode import uscc_check_char

    return "91420107MA4K2XQ15" + uscc_check_char("91420107MA4K2XQ15")


# kind → the label the trainee picks from
DESK = {"id_card_front": "身份证人像面（张三）", "id_card_back": "身份证国徽面（张三）",
        "business_license": "营业执照（悦来宾馆，变更后）", "public_health_license": "公共场所卫生许可证（原证）",
        "name_change_notice": "名称变更登记通知书", "blank_sheet": "空白纸（拍错示例）"}


@lru_cache(maxsize=16)
def flat(kind: str) -> np.ndarray:
    """The flat scan (BGR) of a desk document, from the package's resources."""
    from importlib.resources import files

    import cv2

    if kind not in DESK:
        raise KeyError(kind)
    data = (files("resources.training") / f"{kind}.jpg").read_bytes()
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    img.setflags(write=False)
    return img


@lru_cache(maxsize=16)
def photo(kind: str, long_side: int = 1800) -> np.ndarray:
    """The document as the camera sees it lying on the desk: 75 % of a 4:3 frame, turned by
    one degree, slightly brighter towards one side (as under a desk lamp)."""
    import cv2

    doc = flat(kind)
    w, h = long_side, long_side * 3 // 4
    dh, dw = doc.shape[:2]
    scale = 0.75 * min(w / dw, h / dh)
    cw, ch = dw * scale, dh * scale
    t = np.deg2rad(1.0)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32) @ rot.T
    corners += np.array([w / 2, h / 2], np.float32)
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32), corners)
    out = cv2.warpPerspective(doc, m, (w, h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT,
                              dst=np.full((h, w, 3), (70, 70, 75), np.uint8))
    light = (0.92 + 0.08 * np.linspace(0, 1, w, dtype=np.float32))[None, :, None]
    out = np.clip(out.astype(np.float32) * light, 0, 255).astype(np.uint8)
    out.setflags(write=False)
    return out


def empty_desk(long_side: int = 1800) -> np.ndarray:
    desk = np.full((long_side * 3 // 4, long_side, 3), (70, 70, 75), np.uint8)
    desk.setflags(write=False)
    return desk
