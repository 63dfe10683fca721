"""`simulator` backend: a configurable virtual card for training mode and the demo.

Not a test double — a selectable backend that behaves like a reader: the card can be placed and
taken away (`place`, `remove`), reads can be made slow or fail, and the state machine is the
same as a real reader's. Cards come from presets or a JSON file (`--card FILE`) with the
`IdentityCard` JSON keys.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from hardware.idcard.errors import BackendUnavailableError, NoCardError, SamStatusError
from hardware.idcard.model import LONG_TERM, CardType, IdentityCard, PhotoStatus
from hardware.idcard.nations import nation_name, sex_name
from hardware.idcard.reader import IdCardReader

# Fictional people with valid GB 11643 numbers (the demo applicant is 张三, 11010519491231002X).
PRESETS: dict[str, dict[str, Any]] = {
    "resident": {"card_type": "resident", "name": "张三", "sex": "女", "nation": "汉", "birth_date": "1949-12-31",
                 "address": "北京市朝阳区建国路88号院3号楼2单元501室", "id_number": "11010519491231002X",
                 "issuing_authority": "北京市公安局朝阳分局", "valid_from": "2012-06-01", "valid_to": LONG_TERM},
    "resident-young": {"card_type": "resident", "name": "王小明", "sex": "男", "nation": "汉", "birth_date": "2001-04-21",
                       "address": "湖北省武汉市青山区和平大道1234号", "id_number": "420107200104210013",
                       "issuing_authority": "武汉市公安局青山分局", "valid_from": "2019-05-10", "valid_to": "2029-05-10"},
    "hk-macao-taiwan": {"card_type": "hk_macao_taiwan_residence", "name": "陈大文", "sex": "男", "birth_date": "1985-11-20",
                        "address": "广东省深圳市福田区福华三路100号", "id_number": "810000198511200010",
                        "issuing_authority": "深圳市公安局", "valid_from": "2024-06-01", "valid_to": "2029-06-01",
                        "pass_number": "H12345678", "issue_count": "02"},
    "foreign-2023": {"card_type": "foreign_permanent_2023", "name": "安娜", "sex": "女", "birth_date": "1988-05-14",
                     "english_name": "PETROVA ANNA", "nationality": "RUS", "id_number": "931643198805140026",
                     "valid_from": "2023-12-01", "valid_to": "2033-12-01", "issue_count": "00"},
}


def card_from_dict(data: dict[str, Any]) -> IdentityCard:
    """Build a card from the JSON view (`IdentityCard.fields()` keys); codes or names accepted."""
    def date(key: str) -> dt.date | None:
        v = str(data.get(key) or "").strip()
        if not v:
            return None
        try:
            return dt.date.fromisoformat(v if "-" in v else f"{v[:4]}-{v[4:6]}-{v[6:8]}")
        except ValueError as exc:
            raise BackendUnavailableError(f"模拟证件的 {key} 不是日期：{v}", f"simulated card {key} is not a date: {v}") from exc

    try:
        kind = CardType(data.get("card_type") or "resident")
    except ValueError as exc:
        raise BackendUnavailableError(f"未知的证件类型 {data.get('card_type')}", f"unknown card type {data.get('card_type')}") from exc
    valid_to_raw = str(data.get("valid_to") or "").strip()
    card = IdentityCard(card_type=kind, name=str(data.get("name", "")), address=str(data.get("address", "")),
                        id_number=str(data.get("id_number", "")).upper(),
                        issuing_authority=str(data.get("issuing_authority", "")),
                        english_name=str(data.get("english_name", "")), nationality=str(data.get("nationality", "")),
                        pass_number=str(data.get("pass_number", "")), issue_count=str(data.get("issue_count", "")),
                        card_number=str(data.get("card_number", "")), backend="simulator")
    card.sex = sex_name(str(data.get("sex", "")))
    card.nation = nation_name(str(data.get("nation", ""))) if data.get("nation") else ""
    card.birth_date, card.valid_from = date("birth_date"), date("valid_from")
    card.valid_to = LONG_TERM if valid_to_raw == LONG_TERM else date("valid_to")
    card.photo_bmp = simulated_photo(card.sex)
    card.photo_status, card.photo_note = PhotoStatus.DECODED, "模拟证件照片（示意头像）/ simulated card photo (a drawn head)"
    return card


def simulated_photo(sex: str = "") -> bytes:
    """A drawn head-and-shoulders picture the size of a card photo (102×126, BMP, white ground),
    so training can practise 人证比对: obviously a drawing, never a person."""
    import cv2
    import numpy as np

    img = np.full((126, 102, 3), 250, np.uint8)
    cv2.ellipse(img, (51, 128), (46, 30), 0, 180, 360, (96, 72, 52), -1)       # shoulders (BGR)
    cv2.rectangle(img, (43, 86), (59, 100), (170, 200, 230), -1)              # neck
    hair = (40, 40, 45)
    if sex == "女":
        cv2.ellipse(img, (51, 62), (31, 40), 0, 0, 360, hair, -1)              # long hair behind
    cv2.ellipse(img, (51, 58), (23, 30), 0, 0, 360, (175, 205, 235), -1)       # face
    cv2.ellipse(img, (51, 42), (25, 17), 0, 180, 360, hair, -1)               # hair on top
    for x in (42, 60):
        cv2.circle(img, (x, 58), 2, (30, 30, 30), -1)                        # eyes
    cv2.ellipse(img, (51, 74), (7, 3), 0, 0, 180, (60, 60, 150), 1)           # mouth
    ok, buf = cv2.imencode(".bmp", img)
    return buf.tobytes() if ok else b""


def load_card(spec: str | Path | dict[str, Any] | IdentityCard | None) -> IdentityCard:
    if spec is None:
        return card_from_dict(PRESETS["resident"])
    if isinstance(spec, IdentityCard):
        return spec
    if isinstance(spec, dict):
        return card_from_dict(spec)
    text = str(spec)
    if text in PRESETS:
        return card_from_dict(PRESETS[text])
    path = Path(text)
    if not path.is_file():
        raise BackendUnavailableError(f"找不到模拟证件 {text}（可用预设：{'、'.join(PRESETS)}，或 JSON 文件）",
                                      f"no simulated card {text} (presets: {', '.join(PRESETS)}, or a JSON file)")
    try:
        return card_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise BackendUnavailableError(f"模拟证件文件不是有效 JSON：{exc}", f"simulated card file is not valid JSON: {exc}") from exc


class SimulatorReader(IdCardReader):
    backend = "simulator"

    def __init__(self, card: str | Path | dict[str, Any] | IdentityCard | None = None, *, present: bool = True,
                 read_delay: float = 0.0, fail_sw3: int | None = None):
        super().__init__()
        self._card = load_card(card)
        self.present = present
        self.read_delay = read_delay
        self.fail_sw3 = fail_sw3
        self.reads = 0

    def place(self, card: str | Path | dict[str, Any] | IdentityCard | None = None) -> None:
        if card is not None:
            self._card = load_card(card)
        self.present = True

    def remove(self) -> None:
        self.present = False

    def _open(self) -> None:
        pass

    def _close(self) -> None:
        pass

    def _find_card(self, timeout: float) -> bool:
        return self.present

    def _read(self) -> IdentityCard:
        if not self.present:
            raise NoCardError(0x80, "未找到证件", "no card found", hint_zh="请放置证件", hint_en="place the card")
        if self.read_delay:
            time.sleep(self.read_delay)
        if self.fail_sw3 is not None:
            from hardware.idcard.sam_frame import status_error

            err = status_error(self.fail_sw3)
            if isinstance(err, SamStatusError):
                raise err
        self.reads += 1
        c = self._card
        return IdentityCard(**{k: getattr(c, k) for k in c.__dataclass_fields__ if k != "warnings"},
                            warnings=list(c.warnings))
