"""Render a document to PDF bytes (deterministic for the same inputs: reportlab invariant mode)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from app.documents.data import DocumentData
from app.documents.fonts import register_font
from app.documents.registry import DocumentSpec


@dataclass(frozen=True)
class RenderOptions:
    issued_on: dt.date | None = None  # the date printed on the document (default: today)
    reprint_note: str = ""  # non-empty: the page carries the 补打 stamp with this note
    seal_image: Path | None = None  # the center's seal (PNG with transparency), drawn in the seal slot
    offset_mm: tuple[float, float] = (0.0, 0.0)  # 套打 calibration of the printer (right, down)
    preprinted: bool = False  # certificate on pre-printed paper: variable text only
    watermark: str = ""  # drawn across every page (training mode: "培训样张 无效")


def render_pdf(spec: DocumentSpec, data: DocumentData, options: RenderOptions | None = None) -> bytes:
    from app.documents import notices
    from app.documents.layout import build_story

    opts = options or RenderOptions()
    issued = opts.issued_on or dt.date.today()
    buf = io.BytesIO()
    if spec.kind == "notice":
        ctx = notices.Ctx(spec.name, data, issued, opts.seal_image, opts.reprint_note)
        story, furniture = spec.builder(ctx)
        furniture.watermark = opts.watermark
        build_story(buf, story, furniture, title=f"{spec.name} {data.acceptance_number}", author=data.center_name,
                    subject=data.item.name)
    elif spec.kind == "certificate":
        from reportlab.pdfgen.canvas import Canvas

        from app.documents.certificates import PAGE, draw_certificate

        c = Canvas(buf, pagesize=PAGE, invariant=1, initialFontName=register_font())
        c.setTitle(f"{spec.name} {data.acceptance_number}")
        c.setCreator("综窗 zongchuang")
        draw_certificate(c, spec.name, data, offset_mm=opts.offset_mm, preprinted=opts.preprinted,
                         seal_image=opts.seal_image, reprint_note=opts.reprint_note)
        if opts.watermark:
            from app.documents.layout import draw_watermark

            draw_watermark(c, opts.watermark, *PAGE)
        c.showPage()
        c.save()
    else:
        raise ValueError(f"{spec.name} is not rendered from a case")
    return buf.getvalue()


def render_calibration_pdf(printer: str, offset_mm: tuple[float, float], today: dt.date | None = None, *,
                           apply_offset: bool = False) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.calibration import draw_calibration

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, initialFontName=register_font())
    c.setTitle("套打校准页")
    draw_calibration(c, printer=printer, offset_mm=offset_mm, today=today or dt.date.today(),
                     apply_offset=apply_offset)
    c.showPage()
    c.save()
    return buf.getvalue()
