"""Plain data the readers return: the card, its type, and the reader state the UI shows.

No behaviour beyond formatting lives here, so the same objects cross the helper-process
boundary (as JSON), the CLI and the UI unchanged.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

LONG_TERM = "长期"


class CardType(enum.StrEnum):
    """What the chip is. The value is what JSON carries; `code` is the byte-248 letter."""

    RESIDENT = "resident"                 # 居民身份证
    FOREIGN_2017 = "foreign_permanent_2017"  # 外国人永久居留身份证 (2017, 'I')
    FOREIGN_2023 = "foreign_permanent_2023"  # 外国人永久居留身份证 (2023, 'Y')
    HMT_RESIDENCE = "hk_macao_taiwan_residence"  # 港澳台居民居住证 ('J')
    SOCIAL_SECURITY = "social_security"   # 社会保障卡 (PC/SC, no SAM)

    @property
    def code(self) -> str:
        return {"foreign_permanent_2017": "I", "foreign_permanent_2023": "Y",
                "hk_macao_taiwan_residence": "J"}.get(self.value, "")

    @property
    def label_zh(self) -> str:
        return {
            "resident": "居民身份证",
            "foreign_permanent_2017": "外国人永久居留身份证（2017版）",
            "foreign_permanent_2023": "外国人永久居留身份证（2023版）",
            "hk_macao_taiwan_residence": "港澳台居民居住证",
            "social_security": "社会保障卡",
        }[self.value]


class PhotoStatus(enum.StrEnum):
    DECODED = "decoded"            # photo_bmp holds the decoded picture
    NO_DECODER = "no_decoder"      # raw WLT kept; no vendor decoder configured
    DECODE_FAILED = "decode_failed"  # decoder present but it refused the WLT
    ABSENT = "absent"              # the chip/backend gave no photo


@dataclass
class IdentityCard:
    """One card as read. Dates are `datetime.date`; `valid_to` may be the string 长期.

    Fields a card type does not have stay empty (``""``/``None``). `sex` and `nation` are the
    names (男/女, 汉); the codes as read are kept in `sex_code` / `nation_code`.
    """

    card_type: CardType = CardType.RESIDENT
    name: str = ""
    sex: str = ""
    sex_code: str = ""
    nation: str = ""
    nation_code: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    id_number: str = ""
    issuing_authority: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | str | None = None
    # other card types
    english_name: str = ""
    nationality: str = ""         # ISO 3166 alpha-3 as on the chip (foreigner cards)
    pass_number: str = ""         # 通行证号码 (J)
    issue_count: str = ""         # 签发次数 (J) / 换证次数 (Y)
    card_version: str = ""        # I
    authority_code: str = ""      # I: 受理机关代码
    previous_number: str = ""     # Y: link to the old 15-character number
    # social security card
    card_number: str = ""
    birthplace_code: str = ""
    # photo and raw material
    photo_wlt: bytes = b""
    photo_bmp: bytes | None = None
    photo_status: PhotoStatus = PhotoStatus.ABSENT
    photo_note: str = ""
    fingerprint: bytes = b""
    raw_text: bytes = b""
    backend: str = ""
    warnings: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        """The JSON view: dates as YYYY-MM-DD (valid_to may be 长期), bytes as base64/omitted."""
        def d(v: dt.date | str | None) -> str:
            if v is None:
                return ""
            return v if isinstance(v, str) else v.isoformat()

        out: dict[str, Any] = {
            "card_type": self.card_type.value,
            "card_type_code": self.card_type.code,
            "card_type_label": self.card_type.label_zh,
            "name": self.name, "sex": self.sex, "nation": self.nation,
            "birth_date": d(self.birth_date), "address": self.address, "id_number": self.id_number,
            "issuing_authority": self.issuing_authority,
            "valid_from": d(self.valid_from), "valid_to": d(self.valid_to),
            "english_name": self.english_name, "nationality": self.nationality,
            "pass_number": self.pass_number, "issue_count": self.issue_count,
        }
        if self.card_type is CardType.FOREIGN_2017:
            out.update(card_version=self.card_version, authority_code=self.authority_code)
        if self.card_type is CardType.FOREIGN_2023:
            out["previous_number"] = self.previous_number
        if self.card_type is CardType.SOCIAL_SECURITY:
            out.update(card_number=self.card_number, birthplace_code=self.birthplace_code)
        out.update(photo_status=self.photo_status.value, photo_note=self.photo_note,
                   photo_wlt_bytes=len(self.photo_wlt), backend=self.backend)
        return out

    def photo_fields(self) -> dict[str, str]:
        out = {"photo_wlt_base64": base64.b64encode(self.photo_wlt).decode() if self.photo_wlt else ""}
        if self.photo_bmp:
            out["photo_bmp_base64"] = base64.b64encode(self.photo_bmp).decode()
        return out


class ReaderState(enum.StrEnum):
    NO_READER = "no_reader"
    READY = "ready"
    CARD_PRESENT = "card_present"
    READING = "reading"
    ERROR = "error"

    @property
    def label_zh(self) -> str:
        return {"no_reader": "未连接读卡器", "ready": "请放置证件", "card_present": "已检测到证件",
                "reading": "正在读卡", "error": "读卡器故障"}[self.value]


@dataclass(frozen=True)
class ReaderStatus:
    """What the UI shows about a reader; `reason_*` explains NO_READER/ERROR."""

    state: ReaderState
    reason_zh: str = ""
    reason_en: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"state": self.state.value, "label": self.state.label_zh, "reason_zh": self.reason_zh,
                "reason_en": self.reason_en}
