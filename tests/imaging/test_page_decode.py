"""File decoding for `zongchuang ocr` (`hardware.scanner.files`): a plain 8-bit RGB or grey JPEG, PNG
or WebP is decoded by OpenCV straight into BGR — the same pixels as Pillow's decode, RGB copy and
channel swap, in one pass — and everything Pillow would change on the way (an EXIF turn, an alpha
channel composited on white) or refuse (a truncated file) still goes through Pillow."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image, ImageFile

from hardware.camera.errors import BadImageFile
from hardware.scanner.files import load_bytes


def _photo() -> Image.Image:
    """A photo-like page: smooth colour, print, noise (so every codec has detail to lose)."""
    rng = np.random.default_rng(5)
    img = cv2.GaussianBlur((rng.random((331, 517, 3)) * 255).astype(np.uint8), (0, 0), 4)
    img = cv2.addWeighted(img, 0.5, np.full_like(img, 200), 0.5, 0)
    for i, y in enumerate(range(40, 320, 36)):
        cv2.putText(img, f"ROW {i} 4403 2019", (20, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (20, 20, 30), 2)
    img = np.clip(img.astype(np.int16) + rng.integers(-6, 7, img.shape), 0, 255).astype(np.uint8)
    return Image.fromarray(img)


def _saved(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def _pillow_bgr(data: bytes) -> np.ndarray:
    """What the Pillow path made of a plain RGB or grey file: decode, RGB copy, channel swap."""
    return cv2.cvtColor(np.asarray(Image.open(io.BytesIO(data)).convert("RGB")), cv2.COLOR_RGB2BGR)


PLAIN = [("JPEG", "RGB", {"quality": 85}), ("JPEG", "RGB", {"quality": 70, "progressive": True}),
         ("JPEG", "RGB", {"quality": 90, "subsampling": 0}), ("JPEG", "RGB", {"quality": 80, "subsampling": 1}),
         ("JPEG", "L", {"quality": 85}), ("PNG", "RGB", {}), ("PNG", "L", {}), ("WEBP", "RGB", {"quality": 80})]


@pytest.mark.parametrize(("fmt", "mode", "kw"), PLAIN)
def test_a_plain_file_is_decoded_in_one_pass_to_the_same_pixels(monkeypatch, fmt: str, mode: str, kw: dict) -> None:
    data = _saved(_photo().convert(mode), fmt, **kw)
    want = _pillow_bgr(data)

    def no_pillow_decode(self):  # noqa: ANN001, ANN202
        raise AssertionError("decoded by Pillow")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_pillow_decode)
    pages = load_bytes(data, f"page.{fmt.lower()}")
    assert len(pages) == 1 and pages[0].page_no == 1 and not pages[0].downscaled
    got = pages[0].image
    assert got.dtype == np.uint8 and got.shape == want.shape and got.flags.c_contiguous
    assert np.array_equal(got, want)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_an_exif_turn_still_turns_the_page(fmt: str) -> None:
    """A phone photo stored on its side with an Orientation tag (JPEG APP1, PNG eXIf chunk)."""
    upright = _photo()
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned 90° anticlockwise: the viewer turns it 90° clockwise
    data = _saved(upright.transpose(Image.Transpose.ROTATE_90), fmt, exif=exif.tobytes(),
                  **({"quality": 95} if fmt == "JPEG" else {}))
    page = load_bytes(data, "phone")[0].image
    assert page.shape[:2] == (upright.size[1], upright.size[0])
    if fmt == "PNG":  # lossless: exactly the upright page
        assert np.array_equal(page, cv2.cvtColor(np.asarray(upright), cv2.COLOR_RGB2BGR))


def test_transparency_is_still_composited_on_white() -> None:
    rgba = np.zeros((60, 80, 4), np.uint8)
    rgba[10:30, 10:50] = (0, 0, 0, 255)  # black print; the rest transparent
    page = load_bytes(_saved(Image.fromarray(rgba, "RGBA"), "PNG"), "cut-out.png")[0].image
    assert page[20, 20].tolist() == [0, 0, 0] and page[50, 70].tolist() == [255, 255, 255]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
@pytest.mark.parametrize("lenient", [False, True])
def test_a_truncated_file_is_still_refused(fmt: str, lenient: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also when a library imported into the process (WeasyPrint does, on import) switched Pillow's
    process-wide LOAD_TRUNCATED_IMAGES on: the full suite imports it before this test (found by CI)."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", lenient)
    data = _saved(_photo(), fmt)
    with pytest.raises(BadImageFile):
        load_bytes(data[: len(data) * 2 // 3], "cut")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is lenient  # (the process's setting is given back)
