"""Certificates printed at 出件 (A4 landscape, fixed millimetre layout so 套打 on pre-printed
paper works): 公共场所卫生许可证 and a generic layout for other 证照 of the catalog.

Values come from the case's back-office `result` (`license_no`, `issued_on`, `valid_from`,
`valid_to`, optional `elicense_id`) and its form fields. The verification QR carries the
certificate number and a fingerprint of the printed values; the seal-image slot draws the
center's seal when one is configured. With `preprinted=True` only the variable text is drawn
(the paper carries frame, title and labels), shifted by the printer's calibration offset.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.data import DocumentData, _as_date, zh_date
from app.documents.errors import DocumentNotApplicable
from app.documents.fonts import FONT, register_font
from app.documents.layout import RED, draw_qr, stamp_reprint

PAGE = landscape(A4)
LABEL_X, VALUE_X, TOP_Y, ROW_H = 45 * mm, 100 * mm, 128 * mm, 13 * mm


@dataclass(frozen=True)
class CertLine:
    label: str
    value: str


def _add_years(d: dt.date, years: int) -> dt.date:
    y = d.year + years
    return d.replace(year=y, day=min(d.day, calendar.monthrange(y, d.month)[1]))


YEARS = {"一年": 1, "两年": 2, "二年": 2, "三年": 3, "四年": 4, "五年": 5, "六年": 6}


def validity(name: str, data: DocumentData, issued: dt.date) -> tuple[dt.date, dt.date | None]:
    """(from, to): explicit in the result; else 沿用原证 (the original's end date), N years, or
    长期 (no end, to None). A catalog that says nothing and a result without an end: refused."""
    result = data.result or {}
    start = _as_date(result.get("valid_from")) or issued
    end = _as_date(result.get("valid_to"))
    if end is None:
        rule = data.item.result.validity
        if rule == "长期" or str(result.get("valid_to") or "") == "长期":
            return start, None
        if "沿用" in rule:
            end = _as_date(data.field_value("original_valid_to"))
            data.require(name, "fields.original_valid_to", end, "原许可证有效期至", "original licence valid-to date")
        elif rule in YEARS:
            end = _add_years(start, YEARS[rule]) - dt.timedelta(days=1)
        else:
            data.require(name, "result.valid_to", None, "有效期至", "valid-to date")
    return start, end  # type: ignore[return-value]


def certificate_lines(name: str, data: DocumentData) -> tuple[str, list[CertLine], dict[str, str]]:
    """(certificate number, printed lines, values for the QR fingerprint)."""
    if data.state not in {"approved", "delivered"}:
        raise DocumentNotApplicable(name, "办件尚未准予许可（出件前须审批通过）", "the case has not been approved")
    result = data.result or {}
    number = data.require(name, "result.license_no", (result.get("license_no") or "").strip(), "证照编号", "certificate number")
    issued = data.require(name, "result.issued_on", _as_date(result.get("issued_on")), "发证日期", "issue date")
    start, end = validity(name, data, issued)
    if data.item.result.certificate == "公共场所卫生许可证" or name == "公共场所卫生许可证":
        holder = data.require(name, "fields.unit_name", data.field_value("unit_name") or data.applicant.get("name", ""),
                              "单位名称", "unit name")
        lines = [
            CertLine("单位名称", holder),
            CertLine("法定代表人（负责人）", data.require(name, "fields.legal_rep_name", data.field_value("legal_rep_name"),
                                                  "法定代表人（负责人）", "legal representative")),
            CertLine("地　　址", data.require(name, "fields.premises_address", data.field_value("premises_address"),
                                           "经营场所地址", "premises address")),
            CertLine("许可项目", data.require(name, "fields.license_items",
                                           data.field_value("license_items").replace(",", "、"), "许可项目", "licensed items")),
        ]
    else:
        holder = data.applicant_name(name)
        lines = [CertLine("名　　称", holder)]
        id_label, id_value = data.applicant_identity(name)
        if data.is_organisation:
            lines.append(CertLine(id_label, id_value))
        address = data.applicant.get("address") or data.field_value("premises_address")
        if address:
            lines.append(CertLine("地　　址", address))
        lines.append(CertLine("事　　项", data.item.name))
    lines.append(CertLine("有效期限", f"{zh_date(start)} 至 {zh_date(end)}" if end else f"{zh_date(start)} 起长期有效"))
    values = {"no": number, "holder": holder, "from": start.isoformat(), "to": end.isoformat() if end else "long",
              "issued": issued.isoformat(), "issuer": data.item.implementer,
              "credit": data.applicant.get("credit_code", "")}
    return number, lines, values


def verification_payload(data: DocumentData, values: dict[str, str]) -> str:
    """What the certificate's QR carries: number, validity, and a fingerprint (sha256 of the
    printed values, 16 hex) the platform recomputes to detect an altered paper copy."""
    canonical = "|".join(f"{k}={values[k]}" for k in sorted(values))
    fp = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    eid = (data.result or {}).get("elicense_id", "")
    if data.platform_url:
        return f"{data.platform_url.rstrip('/')}/verify?no={values['no']}&fp={fp}"
    parts = [f"ZC:CERT:1;item={data.item.code};no={values['no']};to={values['to']};fp={fp}"]
    if eid:
        parts.append(f"eid={eid}")
    return ";".join(parts)


def draw_certificate(c: Canvas, name: str, data: DocumentData, *, offset_mm: tuple[float, float] = (0.0, 0.0),
                     preprinted: bool = False, seal_image: Path | None = None, reprint_note: str = "") -> None:
    register_font()
    number, lines, values = certificate_lines(name, data)
    issued = _as_date((data.result or {}).get("issued_on"))
    w, h = PAGE
    c.saveState()
    c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)  # +dy moves the print down the sheet
    if not preprinted:
        c.setStrokeColor(RED)
        c.setLineWidth(2.2)
        c.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
        c.setLineWidth(0.6)
        c.rect(15 * mm, 15 * mm, w - 30 * mm, h - 30 * mm)
        c.saveState()
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        t = c.beginText()
        t.setFont(FONT, 30)
        t.setTextRenderMode(2)
        c.setLineWidth(0.7)
        title = name
        t.setTextOrigin((w - c.stringWidth(title, FONT, 30)) / 2, h - 45 * mm)
        t.textOut(title)
        c.drawText(t)
        c.restoreState()
    c.setFillColor(colors.black)
    c.setFont(FONT, 13)
    number_label = "备案编号：" if data.item.result.kind == "备案凭证" else "证号："
    if not preprinted:
        c.drawString(LABEL_X, h - 60 * mm, number_label)
    c.drawString(LABEL_X + c.stringWidth(number_label, FONT, 13), h - 60 * mm, number)
    y = TOP_Y
    for line in lines:
        if not preprinted:
            c.setFont(FONT, 14)
            c.drawString(LABEL_X, y, line.label)
        c.setFont(FONT, 14 if len(line.value) <= 34 else 11)
        c.drawString(VALUE_X, y, line.value)
        y -= ROW_H
    # issuing organ, date, seal slot
    organ_x, organ_y = w - 80 * mm, 42 * mm
    c.setFont(FONT, 14)
    if not preprinted:
        c.drawCentredString(organ_x, organ_y + 9 * mm, "发证机关：" + data.item.implementer)
    else:
        c.drawCentredString(organ_x, organ_y + 9 * mm, data.item.implementer)
    if issued:
        c.drawCentredString(organ_x, organ_y, zh_date(issued))
    if seal_image and Path(seal_image).exists():
        d = 42 * mm
        c.drawImage(str(seal_image), organ_x - d / 2, organ_y - 14 * mm, d, d, mask="auto", preserveAspectRatio=True)
    # verification QR
    size = 30 * mm
    draw_qr(c, verification_payload(data, values), 30 * mm, 30 * mm, size)
    c.setFont(FONT, 8)
    c.drawCentredString(30 * mm + size / 2, 27 * mm, "扫码核验")
    c.restoreState()
    if reprint_note:
        stamp_reprint(c, reprint_note, w, h)
