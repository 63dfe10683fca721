"""ID-card use cases: read a card through a backend and check it; keep a read on a case.

Every read is checked before anyone uses it:
- ``checksum`` — the GB 11643 check digit of the number (None when the card has no GB 11643
  number, e.g. the 2017 foreigner card's 15-character permit number);
- ``consistency`` — sex and birth date on the chip agree with the number;
- ``expired`` — the card's validity has ended before today (长期 never expires).

A failed check is reported with the read (``checks`` + ``check_issues``), never dropped and never
silently used: recording a read whose checks failed needs an explicit acknowledgement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import InputError, ZongchuangError
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor
from app.validators import validate_id_number
from app.validators.dates import LONG_TERM, check_id_validity
from hardware.idcard import CardType, IdCardError, IdCardReader, IdentityCard, open_reader

DEFAULT_TIMEOUT = 5.0

# reader error kind → CLI exit code (documented in docs/idcard.md)
EXIT_CODES = {"no_card": 10, "timeout": 11, "frame": 12, "card": 13, "unavailable": 14, "helper": 15, "config": 2,
              "reader": 16}


class IdCardReadError(ZongchuangError):
    """A reader error, shown bilingually with an exit code per kind (no card, timeout, bad frame …)."""

    def __init__(self, error: IdCardError):
        super().__init__(error.message_zh, error.message_en, hint_zh=error.hint_zh, hint_en=error.hint_en)
        self.kind = error.kind
        self.exit_code = EXIT_CODES.get(error.kind, 16)
        self.cause = error


@dataclass
class CheckIssue:
    check: str
    severity: str  # "error" | "warning"
    code: str
    message_zh: str
    message_en: str

    def as_dict(self) -> dict[str, str]:
        return {"check": self.check, "severity": self.severity, "code": self.code,
                "message_zh": self.message_zh, "message_en": self.message_en}


@dataclass
class CardReadResult:
    card: IdentityCard
    checks: dict[str, bool | None]
    issues: list[CheckIssue] = field(default_factory=list)
    read_at: str = ""

    @property
    def passed(self) -> bool:
        """True when no check failed (a check that does not apply is None, not a failure)."""
        return self.checks.get("checksum") is not False and self.checks.get("consistency") is not False \
            and self.checks.get("expired") is not True

    def as_dict(self, *, photo: bool = False) -> dict[str, Any]:
        out = self.card.fields()
        out["checks"] = dict(self.checks)
        out["checks_passed"] = self.passed
        out["check_issues"] = [i.as_dict() for i in self.issues]
        out["read_at"] = self.read_at
        if self.card.warnings:
            out["read_warnings"] = list(self.card.warnings)
        if photo:
            out.update(self.card.photo_fields())
        return out


def check_card(card: IdentityCard, today: dt.date | None = None) -> CardReadResult:
    """Run the three checks on a card that has been read."""
    today = today or dt.date.today()
    issues: list[CheckIssue] = []
    checks: dict[str, bool | None] = {"checksum": None, "consistency": None, "expired": None}

    gb11643 = card.card_type is not CardType.FOREIGN_2017 and bool(card.id_number)
    if card.card_type is not CardType.FOREIGN_2017 and not card.id_number:
        checks["checksum"] = False
        issues.append(CheckIssue("checksum", "error", "id.missing", "证件未返回证件号码", "the card returned no ID number"))
    if gb11643:
        result = validate_id_number(card.id_number, today=today)
        shape_bad = any(i.code in ("id.shape", "id.checksum") for i in result.errors)
        checks["checksum"] = not shape_bad
        for issue in result.errors:
            name = "checksum" if issue.code in ("id.shape", "id.checksum") else "consistency"
            issues.append(CheckIssue(name, "error", issue.code, issue.message_zh, issue.message_en))
        for issue in result.warnings:
            issues.append(CheckIssue("checksum", "warning", issue.code, issue.message_zh, issue.message_en))
        if not shape_bad:
            consistent = not any(i.code in ("id.birth", "id.birth_range", "id.province") for i in result.errors)
            facts = result.facts
            if card.sex and facts.get("sex") and card.sex != facts["sex"]:
                consistent = False
                issues.append(CheckIssue("consistency", "error", "card.sex_mismatch",
                                         f"证件性别“{card.sex}”与号码（{facts['sex']}）不一致",
                                         f"sex on the card ({card.sex}) disagrees with the number ({facts['sex']})"))
            if card.birth_date and facts.get("birth_date") and card.birth_date != facts["birth_date"]:
                consistent = False
                issues.append(CheckIssue("consistency", "error", "card.birth_mismatch",
                                         f"证件出生日期 {card.birth_date.isoformat()} 与号码（{facts['birth_date'].isoformat()}）不一致",
                                         f"birth date on the card ({card.birth_date.isoformat()}) disagrees with the number "
                                         f"({facts['birth_date'].isoformat()})"))
            if card.birth_date is None and card.card_type is not CardType.SOCIAL_SECURITY:
                issues.append(CheckIssue("consistency", "warning", "card.birth_missing",
                                         "证件未返回出生日期，仅按号码核对", "the card gave no birth date; checked the number only"))
            checks["consistency"] = consistent
    elif card.card_type is CardType.FOREIGN_2017 and card.birth_date and len(card.id_number) == 15:
        # permit number: 3-letter nationality, 4-digit place, YYMMDD birth, sequence, check
        yymmdd = card.birth_date.strftime("%y%m%d")
        checks["consistency"] = card.id_number[7:13] == yymmdd
        if not checks["consistency"]:
            issues.append(CheckIssue("consistency", "error", "card.birth_mismatch",
                                     "永久居留证号码中的出生日期与证件不一致",
                                     "the birth date inside the permit number disagrees with the card"))

    valid_to = card.valid_to
    if isinstance(valid_to, dt.date):
        if card.card_type is CardType.RESIDENT and card.birth_date and card.valid_from:
            v = check_id_validity(card.birth_date, card.valid_from, valid_to, today=today)
            for issue in v.errors + v.warnings:
                issues.append(CheckIssue("expired", "error" if issue in v.errors else "warning", issue.code,
                                         issue.message_zh, issue.message_en))
        elif valid_to < today:
            issues.append(CheckIssue("expired", "error", "validity.expired", f"证件已于 {valid_to.isoformat()} 过期",
                                     f"the card expired on {valid_to.isoformat()}"))
        checks["expired"] = valid_to < today
        if card.valid_from and card.valid_from > today:
            issues.append(CheckIssue("expired", "warning", "validity.not_yet", "证件有效期尚未开始",
                                     "the card's validity has not started yet"))
    elif valid_to == LONG_TERM:
        checks["expired"] = False
        if card.card_type is CardType.RESIDENT and card.birth_date and card.valid_from:
            v = check_id_validity(card.birth_date, card.valid_from, LONG_TERM, today=today)
            for issue in v.warnings:
                issues.append(CheckIssue("expired", "warning", issue.code, issue.message_zh, issue.message_en))
    elif card.card_type is not CardType.SOCIAL_SECURITY:
        issues.append(CheckIssue("expired", "warning", "validity.missing", "证件未返回有效期，无法判断是否过期",
                                 "the card gave no validity period; expiry cannot be checked"))
    return CardReadResult(card=card, checks=checks, issues=issues,
                          read_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def reader_for(backend: str, **options: Any) -> IdCardReader:
    from app.bootstrap import register_devices

    register_devices()  # the backends are declared by the composition root
    try:
        return open_reader(backend, **{k: v for k, v in options.items() if v is not None})
    except IdCardError as exc:
        raise IdCardReadError(exc) from exc


def configured_reader(data_dir: Any = None, *, training: bool = False) -> IdCardReader:
    """The reader this workstation is configured for: chosen by the composition root
    (`app.bootstrap.configured_reader`, which alone knows the backends)."""
    from app.bootstrap import configured_reader as choose

    return choose(data_dir, training=training)


def read_with(reader: IdCardReader, *, timeout: float = DEFAULT_TIMEOUT, today: dt.date | None = None,
              latest_address: bool = False) -> CardReadResult:
    """Wait for a card on an (opened or not) reader, read and check it."""
    try:
        card = reader.read_card(timeout)
        if latest_address:
            newest = reader.read_latest_address()
            if newest:
                card.warnings.append(f"追加住址：{newest}")
                card.address = f"{card.address}（追加住址：{newest}）" if card.address else newest
    except IdCardError as exc:
        raise IdCardReadError(exc) from exc
    return check_card(card, today)


def read_card(backend: str, options: dict[str, Any] | None = None, *, wait: float = DEFAULT_TIMEOUT,
              today: dt.date | None = None, latest_address: bool = False) -> CardReadResult:
    """Open the backend (constructor `options`), read one card placed within `wait` seconds,
    check it, close the reader."""
    reader = reader_for(backend, **(options or {}))
    try:
        return read_with(reader, timeout=wait, today=today, latest_address=latest_address)
    finally:
        try:
            reader.close()
        except IdCardError:
            pass


def watch(reader: IdCardReader, on_card: Callable[[CardReadResult], None], *,
          on_error: Callable[[IdCardReadError], None] | None = None, should_stop: Callable[[], bool] = lambda: False,
          poll: float = 1.0, today: dt.date | None = None) -> None:
    """Read every card placed on the reader until `should_stop()`; a card is read once per placing.

    Device loss is reported through `on_error` and the reader is retried (hot-plug).
    """
    import time

    waiting_removal = False
    while not should_stop():
        try:
            present = reader.wait_for_card(poll)
            if not present:
                waiting_removal = False
                continue
            if waiting_removal:
                time.sleep(0.2)
                continue
            result = check_card(reader.read(), today)
            waiting_removal = True
            on_card(result)
        except IdCardError as exc:
            waiting_removal = False
            if on_error is not None:
                on_error(IdCardReadError(exc))
            time.sleep(poll if exc.kind in ("unavailable", "timeout") else 0.2)


def card_read_payload(result: CardReadResult) -> dict[str, Any]:
    """What `cases.record_card_read` keeps (no photo bytes)."""
    data = result.card.fields()
    data.update(source="chip", read_at=result.read_at)
    return data


def record_on_case(ctx: ServiceContext, case_ident: str, result: CardReadResult, *, actor: Actor,
                   acknowledge_failed: bool = False) -> None:
    """Keep a read on a case. A read whose checks failed is refused unless acknowledged."""
    if not result.passed and not acknowledge_failed:
        problems = "；".join(i.message_zh for i in result.issues if i.severity == "error")
        raise InputError(f"读卡核验未通过，未写入办件：{problems}",
                         "the card failed its checks; not recorded on the case",
                         hint_zh="请人工核对证件后确认再写入", hint_en="check the card by eye and confirm to record it")
    case_svc.record_card_read(ctx, case_ident, card_read_payload(result), actor=actor)


def apply_card(ctx: ServiceContext, case_ident: str, result: CardReadResult, *, actor: Actor,
               acknowledge_failed: bool = False) -> list[str]:
    """The card read at the window, onto the case, in ONE transaction: keep the read, put the
    holder on the case (applicant, or contact person of an organisation), and fill the fields the
    catalog takes from the card. Returns the keys filled. Any failure leaves the case as it was."""
    from app.services.prefill import apply_prefill

    with ctx.store.unit_of_work(actor):
        record_on_case(ctx, case_ident, result, actor=actor, acknowledge_failed=acknowledge_failed)
        case_svc.applicant_from_card(ctx, case_ident, result.as_dict(), actor=actor)
        filled = list(apply_prefill(ctx, case_ident, actor=actor).filled)
        from app.services.bundles import share_member_values

        share_member_values(ctx, case_ident, actor=actor)  # 一件事: the holder reaches every member
    ctx.publish("case.changed", uuid=case_ident)
    return filled


# -- the window's reader (the devices the composition root opened, `app.bootstrap.Devices`) ---------

def reader_status(devices: Any) -> dict[str, str]:
    """{state, label, reason_zh}: no_reader / ready / card_present / reading / error (call off the GUI thread)."""
    try:
        reader = devices.reader()
    except Exception as exc:  # auto-detection found nothing: say so, try again later
        return {"state": "no_reader", "reason_zh": getattr(exc, "message_zh", str(exc))}
    if reader is None:
        return {"state": "no_reader", "reason_zh": "未配置读卡器（设置 ZONGCHUANG_IDCARD，或用 --training 模拟）"}
    try:
        reader.wait_for_card(0.05)
    except Exception:
        pass  # the status below carries the reason
    return dict(reader.status.as_dict())


def read_at_window(devices: Any, timeout: float = 5.0) -> dict[str, Any]:
    """Wait for a card on the window's reader and read it: the card's fields, its checks, and the
    result object (`_result`) that `apply_card` keeps on the case."""
    reader = devices.reader()
    if reader is None:
        raise InputError("未配置读卡器", "no ID-card reader is configured",
                         hint_zh="在“设置（F12）”中选择读卡器，或用培训模式",
                         hint_en="choose the reader in Settings (F12), or use training mode")
    result = read_with(reader, timeout=timeout)
    data = result.as_dict()
    data["_result"] = result
    return data


# ---- 人证比对 ------------------------------------------------------------------------------------
COMPARE_FIELDS = ("name", "sex", "birth_date", "id_number", "address", "valid_to")


def comparison_view(ctx: ServiceContext, result: CardReadResult, *, actor: Actor,
                    case_uuid: str | None = None) -> dict[str, Any]:
    """What the clerk compares with the person and the documents (人证比对), on the clerk's own
    screen only: the card's values unmasked and the chip photo. Audited as a `pi.view` (field
    names, purpose 人证比对) before anything is returned; a role without `pi.view` gets
    `PermissionDenied`. The photo stays in memory: it is never written to the case."""
    from app.security.audit import audit_pi_view

    data = result.card.fields()
    values = {k: str(data.get(k) or "") for k in COMPARE_FIELDS if data.get(k)}
    audit_pi_view(ctx, actor, case_uuid=case_uuid, fields=list(values), purpose="人证比对（受理员本屏）")
    return {"fields": values, "photo": result.card.photo_bmp or b"", "photo_status": result.card.photo_status.value}
