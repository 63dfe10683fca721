"""The 256-byte identity text block (UCS-2LE, space padded) and its four layouts.

Byte 248 says which card it is: ``I`` = foreign permanent residence card 2017, ``J`` = 港澳台
居民居住证, ``Y`` = foreign permanent residence card 2023; anything else (space, zero) is a
resident card. Offsets are byte offsets into the block (two bytes per character).
"""

from __future__ import annotations

import datetime as dt

from hardware.idcard.errors import TextBlockError
from hardware.idcard.model import LONG_TERM, CardType, IdentityCard
from hardware.idcard.nations import nation_name, sex_name

TEXT_LEN = 256
TYPE_OFFSET = 248

# (offset, length) in bytes
RESIDENT = {"name": (0, 30), "sex": (30, 2), "nation": (32, 4), "birth": (36, 16), "address": (52, 70),
            "id": (122, 36), "authority": (158, 30), "from": (188, 16), "to": (204, 16)}
HMT = {**{k: v for k, v in RESIDENT.items() if k != "nation"}, "pass": (220, 18), "issues": (238, 4)}
FOREIGN_2017 = {"english": (0, 120), "sex": (120, 2), "id": (122, 30), "nationality": (152, 6), "name": (158, 30),
                "from": (188, 16), "to": (204, 16), "birth": (220, 16), "version": (236, 4), "authority": (240, 8)}
FOREIGN_2023 = {"name": (0, 30), "sex": (30, 2), "renewals": (32, 4), "birth": (36, 16), "english1": (52, 70),
                "id": (122, 36), "authority": (158, 30), "from": (188, 16), "to": (204, 16), "english2": (220, 22),
                "nationality": (242, 6), "previous": (250, 6)}


def card_type_of(block: bytes) -> CardType:
    if len(block) < TYPE_OFFSET + 2:
        return CardType.RESIDENT
    letter = block[TYPE_OFFSET]
    return {0x49: CardType.FOREIGN_2017, 0x4A: CardType.HMT_RESIDENCE, 0x59: CardType.FOREIGN_2023}.get(
        letter, CardType.RESIDENT)


def _text(block: bytes, spec: tuple[int, int], strip: bool = True) -> str:
    off, length = spec
    raw = block[off: off + length]
    if len(raw) % 2:
        raw = raw[:-1]
    # UCS-2LE: decode pairwise so a lone surrogate or junk never raises
    chars = []
    for i in range(0, len(raw), 2):
        code = raw[i] | (raw[i + 1] << 8)
        if code == 0:
            break
        chars.append(chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd")
    text = "".join(chars)
    return text.strip(" \u3000\x00") if strip else text


def parse_date(text: str) -> dt.date | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def parse_valid_to(text: str) -> dt.date | str | None:
    t = text.strip()
    if not t:
        return None
    if LONG_TERM in t:
        return LONG_TERM
    return parse_date(t)


def _dates(card: IdentityCard, fields: dict[str, str]) -> None:
    for key, attr, parser in (("birth", "birth_date", parse_date), ("from", "valid_from", parse_date),
                              ("to", "valid_to", parse_valid_to)):
        raw = fields.get(key, "")
        value = parser(raw) if raw else None
        setattr(card, attr, value)
        if raw and value is None:
            card.warnings.append(f"{attr}: 无法识别的日期“{raw}” / unreadable date '{raw}'")


def parse_text_block(block: bytes) -> IdentityCard:
    """Decode the identity text. Only `TextBlockError` escapes, whatever the bytes."""
    block = bytes(block)
    if len(block) < TEXT_LEN:
        raise TextBlockError(f"身份信息长度错误（{len(block)} 字节，应为 256）",
                             f"identity text has {len(block)} bytes, 256 expected")
    block = block[:TEXT_LEN]
    kind = card_type_of(block)
    layout = {CardType.RESIDENT: RESIDENT, CardType.HMT_RESIDENCE: HMT, CardType.FOREIGN_2017: FOREIGN_2017,
              CardType.FOREIGN_2023: FOREIGN_2023}[kind]
    f = {key: _text(block, spec) for key, spec in layout.items()}
    card = IdentityCard(card_type=kind, raw_text=block)
    card.name = f.get("name", "")
    card.sex_code = f.get("sex", "")
    card.sex = sex_name(card.sex_code) if card.sex_code else ""
    card.id_number = f.get("id", "").upper()
    card.issuing_authority = f.get("authority", "")
    _dates(card, f)
    if kind is CardType.RESIDENT:
        card.nation_code = f["nation"]
        card.nation = nation_name(f["nation"]) if f["nation"] else ""
        card.address = f["address"]
    elif kind is CardType.HMT_RESIDENCE:
        card.address = f["address"]
        card.pass_number = f["pass"]
        card.issue_count = f["issues"]
    elif kind is CardType.FOREIGN_2017:
        card.english_name = f["english"]
        card.nationality = f["nationality"]
        card.card_version = f["version"]
        card.authority_code = f["authority"]
        card.issuing_authority = card.authority_code
        if not card.name:
            card.name = card.english_name
    else:  # 2023 foreigner
        # part 1 holds characters 1-35 and part 2 characters 36-46 of one name: join unstripped
        joined = _text(block, FOREIGN_2023["english1"], strip=False) + _text(block, FOREIGN_2023["english2"], strip=False)
        card.english_name = " ".join(joined.split())
        card.nationality = f["nationality"]
        card.issue_count = f["renewals"]
        card.previous_number = f["previous"]
        if not card.name:
            card.name = card.english_name
    if not card.name and not card.id_number:
        raise TextBlockError("身份信息为空（姓名与号码均无）", "identity text is empty (no name, no number)")
    return card
