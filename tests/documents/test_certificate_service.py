"""出件: the certificate from the platform's result (applied by the sync service), printed with
the printer's 套打 offset on pre-printed paper, the seal image in its slot; 补正 requested by
the back office prints the 补正告知书 with the platform's reasons."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.services import cases as case_svc
from app.services import printing
from app.services.sync import apply_status_events
from tests.documents.conftest import decode_qr, make_case, pdf_text, render_png

CERT = {"license_no": "420107202611220001", "issued_on": "2026-12-10", "valid_from": "2026-12-10",
        "valid_to": "2028-05-31"}


def squash(text: str) -> str:
    return "".join(text.split())


def _approved(ctx, clerk):
    ref = make_case(ctx, clerk)
    case_svc.transition(ctx, ref.uuid, "queued", actor=clerk, reason="待上报")
    applied = apply_status_events(ctx, [{"case_uuid": ref.uuid, "status": "approved", "reasons": [],
                                         "certificate": CERT, "at": "2026-12-10T02:00:00+00:00"}], cursor="1")
    assert applied and applied[0]["to"] == "approved"
    return ref


def test_certificate_from_the_platform_result(ctx, clerk, tmp_path):
    ref = _approved(ctx, clerk)
    offered = {c.name: c for c in printing.list_documents(ctx, ref.uuid)}
    assert offered["公共场所卫生许可证"].available
    rendered = printing.render_document(ctx, ref.uuid, "certificate", actor=clerk)
    text = squash(pdf_text(rendered.pdf, tmp_path))
    assert CERT["license_no"] in text and "2026年12月10日至2028年5月31日" in text and "住宿、美发" in text
    qr = decode_qr(render_png(rendered.pdf, tmp_path, dpi=150))
    assert qr and f"no={CERT['license_no']}" in qr[0] and "fp=" in qr[0]


def _ink_origin(pdf: bytes, tmp_path) -> np.ndarray:
    page = render_png(pdf, tmp_path, dpi=72)
    return np.argwhere(page < 128).min(axis=0)


def test_preprinted_certificate_uses_the_printers_offset(ctx, clerk, tmp_path):
    ref = _approved(ctx, clerk)
    printing.set_calibration(ctx, "CERT_PRINTER", 4.0, 2.0, actor=clerk)
    plain = printing.render_document(ctx, ref.uuid, "certificate", actor=clerk, printer="OTHER", preprinted=True)
    shifted = printing.render_document(ctx, ref.uuid, "certificate", actor=clerk, printer="CERT_PRINTER",
                                       preprinted=True)
    dy, dx = _ink_origin(shifted.pdf, tmp_path) - _ink_origin(plain.pdf, tmp_path)
    assert abs(dx - 4 / 25.4 * 72) <= 1.5 and abs(dy - 2 / 25.4 * 72) <= 1.5
    assert "证号" not in squash(pdf_text(shifted.pdf, tmp_path))  # the paper carries the labels


def test_seal_image_is_drawn_in_the_seal_slot(ctx, clerk, tmp_path):
    ref = make_case(ctx, clerk)
    seal = ctx.data_dir / "seal.png"
    img = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((10, 10, 390, 390), outline=(220, 0, 0, 255), width=18)
    img.save(seal)
    without = printing.render_document(ctx, ref.uuid, "receipt", actor=clerk)
    printing.set_defaults(ctx, seal_image="seal.png")
    with_seal = printing.render_document(ctx, ref.uuid, "receipt", actor=clerk)
    def red_pixels(pdf: bytes) -> int:
        rgb = _rgb(pdf, tmp_path)
        return int(((rgb[..., 0] > 180) & (rgb[..., 1] < 80)).sum())

    assert red_pixels(without.pdf) == 0 and red_pixels(with_seal.pdf) > 200


def _rgb(pdf: bytes, tmp_path) -> np.ndarray:
    import subprocess
    import uuid

    src = tmp_path / f"{uuid.uuid4().hex[:6]}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(src), str(src.with_suffix(""))], check=True)
    return np.asarray(Image.open(src.with_suffix(".png")).convert("RGB")).astype(int)


def test_correction_requested_by_the_back_office(ctx, clerk, tmp_path):
    ref = make_case(ctx, clerk)
    case_svc.transition(ctx, ref.uuid, "queued", actor=clerk, reason="待上报")
    apply_status_events(ctx, [{"case_uuid": ref.uuid, "status": "补正", "reasons": ["平面布局图比例不清"],
                               "at": "2026-12-01T02:00:00+00:00"}], cursor="1")
    offered = {c.name: c for c in printing.list_documents(ctx, ref.uuid)}
    assert offered["补正告知书"].available
    text = squash(pdf_text(printing.render_document(ctx, ref.uuid, "补正告知书", actor=clerk).pdf, tmp_path))
    assert "补正告知书" in text and "平面布局图比例不清" in text and "共1项" in text
