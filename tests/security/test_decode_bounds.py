"""Decoding bombs (issue 21, high 4): small files that declare many huge pages — a PDF, a
multi-page G4 TIFF, an animated PNG — go through `zongchuang ocr` (the real CLI, a subprocess)
within a bounded peak RSS and time: pages are decoded one at a time under a total pixel budget,
and the page that would pass it is refused with a bilingual message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hardware.scanner import files
from tests.security.bounded import run_bounded

MAX_MIB, MAX_SECONDS = 1100, 120


def _pdf(path: Path, pages: int = 50) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(14400, 14400)  # 200 × 200 inches: each page is capped at 40 MP when rendered
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    path.write_bytes(buf.getvalue())
    return path


def _tiff(path: Path, frames: int = 50) -> Path:
    from PIL import Image

    page = Image.new("1", (6000, 6000), 1)  # 36 MP of white, a few hundred bytes in G4
    page.save(path, format="TIFF", compression="group4", save_all=True, append_images=[page] * (frames - 1))
    return path


def _apng(path: Path, frames: int = 20) -> Path:
    from PIL import Image

    a = Image.new("RGBA", (4000, 4000), (255, 255, 255, 0))  # 20 × 16 MP
    b = Image.new("RGBA", (4000, 4000), (255, 255, 255, 1))  # frames must differ to be kept
    a.save(path, format="PNG", save_all=True, append_images=[b if i % 2 == 0 else a for i in range(frames - 1)],
           default_image=False)
    return path


@pytest.mark.parametrize("make", [_pdf, _tiff, _apng], ids=["pdf", "g4-tiff", "apng"])
def test_many_huge_pages_stay_within_memory(tmp_path, make):
    bomb = make(tmp_path / f"bomb.{make.__name__[1:]}")
    assert bomb.stat().st_size < 8 * 1024 * 1024
    run = run_bounded(["ocr", str(bomb), "--json"], timeout=MAX_SECONDS * 2, mem_limit_mib=3072)
    print(f"{bomb.name}: {bomb.stat().st_size} bytes, peak {run.peak_mib:.0f} MiB, {run.seconds:.1f} s")
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stderr, run.stderr[-1500:]
    assert run.peak_mib < MAX_MIB, f"peak {run.peak_mib:.0f} MiB"
    assert run.seconds < MAX_SECONDS
    if run.code != 0:  # refused at the budget (ocr may also stop at its page limit first: fine)
        assert "百万像素" in run.stderr and "MP" in run.stderr, run.stderr[-800:]


def test_the_budget_counts_pages_together():
    """In process: the third 40 MP page of a PDF passes the 100 MP total and is refused before
    it is rendered; the first two come out one at a time."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(5):
        pdf.new_page(14400, 14400)
    buf = io.BytesIO()
    pdf.save(buf)
    pages = files.iter_bytes(buf.getvalue(), "bomb.pdf")
    first = next(pages)
    assert first.image.shape[0] * first.image.shape[1] <= files.MAX_PIXELS
    next(pages)
    with pytest.raises(files.BadImageFile):
        next(pages)


def test_a_fifo_is_not_read(tmp_path):
    import os

    fifo = tmp_path / "scan.jpg"
    os.mkfifo(fifo)
    with pytest.raises(files.BadImageFile):
        files.load_file(fifo)


def test_the_peak_is_the_childs_own():
    """The bound is on the command, not on the test process that forked it: a 600 MiB parent
    must not make a trivial child look 600 MiB big (ru_maxrss survives fork+exec)."""
    ballast = bytearray(600 * 1024 * 1024)
    ballast[:: 4096] = b"\x01" * len(ballast[:: 4096])
    run = run_bounded(["-c", "pass"], timeout=60)
    del ballast
    assert run.code == 0 and run.peak_mib < 300, f"peak {run.peak_mib:.0f} MiB"
