"""File import (images, PDFs) with its bad inputs, and SANE scanning through the `test` device."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from hardware.camera.errors import BadImageFile
from hardware.scanner import sane_backend
from hardware.scanner.files import MAX_PIXELS, is_blank, load_bytes, load_file


def _jpeg(w: int, h: int, q: int = 80) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (200, 190, 180)).save(buf, "JPEG", quality=q)
    return buf.getvalue()


def test_images_and_multipage_tiff(tmp_path) -> None:
    p = tmp_path / "a.png"
    cv2.imwrite(str(p), np.full((50, 80, 3), 255, np.uint8))
    pages = load_file(p)
    assert len(pages) == 1 and pages[0].image.shape == (50, 80, 3)
    frames = [Image.new("RGB", (40, 30), c) for c in ("red", "blue", "green")]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    assert len(load_bytes(buf.getvalue(), "x.tif")) == 3


def test_pdf_pages_rendered_on_white() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, "PDF", save_all=True,
                                               append_images=[Image.new("RGB", (400, 300), "gray")])
    pages = load_bytes(buf.getvalue(), "two.pdf")
    assert [p.page_no for p in pages] == [1, 2]
    assert pages[0].image.mean() > 250 and is_blank(pages[0].image)


def test_hundred_megapixel_jpeg_is_decoded_within_the_bound() -> None:
    data = _jpeg(12000, 8400, 30)  # 100.8 MP
    pages = load_bytes(data, "huge.jpg")
    h, w = pages[0].image.shape[:2]
    assert h * w <= MAX_PIXELS and pages[0].downscaled


def test_hundred_megapixel_png_is_refused_before_decoding() -> None:
    # a valid PNG header claiming 10000×10000, with a tiny body: refused from the header alone
    buf = io.BytesIO()
    Image.new("1", (10000, 10000)).save(buf, "PNG")
    with pytest.raises(BadImageFile) as exc:
        load_bytes(buf.getvalue(), "bomb.png")
    assert "过大" in exc.value.message_zh


@pytest.mark.parametrize("data,word", [
    (b"", "为空"), (b"hello, not an image", "不是可识别"), (_jpeg(300, 200)[:400], "损坏"),
    (b"%PDF-1.4\n%%EOF\n", "PDF"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "损坏"),
])
def test_bad_inputs_raise_bilingual_errors(data: bytes, word: str) -> None:
    with pytest.raises(BadImageFile) as exc:
        load_bytes(data, "bad")
    assert word in exc.value.message_zh and exc.value.message_en


def test_encrypted_and_empty_pdf(tmp_path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    assert pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    enc = tmp_path / "enc.pdf"
    c = canvas.Canvas(str(enc), pagesize=A4, encrypt="secret")
    c.drawString(100, 700, "hello")
    c.save()
    with pytest.raises(BadImageFile) as exc:
        load_file(enc)
    assert "加密" in exc.value.message_zh
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                      b"trailer<</Root 1 0 R>>\n%%EOF\n")
    with pytest.raises(BadImageFile):
        load_file(empty)


@pytest.mark.skipif(not sane_backend.available(), reason="python-sane / libsane not installed on this machine")
def test_sane_test_device_scans_a_page() -> None:
    img = sane_backend.scan("test:0", dpi=100)
    assert img.ndim == 3 and img.shape[2] == 3 and min(img.shape[:2]) > 50
    assert img.dtype == np.uint8


@pytest.mark.skipif(not sane_backend.available(), reason="python-sane / libsane not installed on this machine")
def test_sane_unknown_device_is_a_clear_error() -> None:
    from hardware.camera.errors import ScannerUnavailable

    with pytest.raises(ScannerUnavailable) as exc:
        sane_backend.scan("nosuchbackend:0")
    assert "扫描仪" in exc.value.message_zh


@pytest.mark.parametrize(("orientation", "turn"), [(3, Image.Transpose.ROTATE_180), (6, Image.Transpose.ROTATE_90),
                                                   (8, Image.Transpose.ROTATE_270)])
def test_exif_orientation_is_honoured(orientation: int, turn: Image.Transpose) -> None:
    """A phone saves its sensor's pixels plus an Orientation tag; the page must come out as the photographer saw it."""
    upright = Image.new("RGB", (60, 100), "white")
    upright.paste((255, 0, 0), (0, 0, 60, 20))  # a red band across the top of the upright page
    stored = upright.transpose(turn)  # what the sensor wrote (the tag says how to turn it back)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=95, exif=exif.tobytes())
    page = load_bytes(buf.getvalue(), "phone.jpg")[0].image
    assert page.shape[:2] == (100, 60)
    top, bottom = page[:15].mean(axis=(0, 1)), page[-15:].mean(axis=(0, 1))
    assert top[2] > 200 and top[1] < 80  # BGR: red on top
    assert bottom.min() > 200


@pytest.mark.skipif(not sane_backend.available(), reason="python-sane / libsane not installed on this machine")
def test_a_scan_leaves_a_dropped_link_an_error_not_a_kill() -> None:
    """A SANE scan resets SIGPIPE to its default; after it, a write to a socket whose peer is gone
    (the outbox or co-browse link when the network drops) must still raise, not kill the
    workstation (it killed the whole test run once). Run in a child so a regression fails the test
    instead of ending the suite."""
    child = textwrap.dedent("""
        import socket
        from hardware.scanner import sane_backend
        sane_backend.scan("test:0", dpi=75)
        a, b = socket.socketpair()
        b.close()
        try:
            a.sendall(b"x" * 65536)
        except BrokenPipeError:
            print("raised")
    """)
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, f"the process died (status {out.returncode}): {out.stderr[-500:]}"
    assert out.stdout.strip() == "raised"
