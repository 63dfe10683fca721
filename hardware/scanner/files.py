"""File import: JPEG/PNG/TIFF/BMP/WebP images and PDFs → page images (BGR numpy arrays).

Everything a clerk can drag in is untrusted: the header is read first and decoded pixels are
bounded (a 100-megapixel JPEG is decoded at a reduced scale via libjpeg's DCT scaling; other
formats over the limit are refused), truncated/corrupt files and encrypted or empty PDFs raise
`BadImageFile` with a bilingual message. PDF pages are rendered with pypdfium2 (on white).

Pages are decoded one at a time (`iter_bytes`, `iter_file`) under a *total* pixel budget as well
as the per-page bound: a small PDF of 50 huge pages, a multi-page G4 TIFF or an animated PNG of
many full-size frames once decoded every page first and took gigabytes; now the page that would
pass `TOTAL_PIXELS` is refused before it is decoded.
"""

from __future__ import annotations

import io
import stat
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hardware.camera.errors import BadImageFile

MAX_PIXELS = 40_000_000  # decoded pixels we accept per page (a 16 MP 高拍仪 frame is well below)
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 50
TOTAL_PIXELS = 100_000_000  # decoded pixels of all pages of one file together
PDF_DPI = 200
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


@dataclass(frozen=True)
class PageChar:
    """One character of a PDF page's text layer as the page draws it: its Unicode text, its glyph
    box in the rendered image's pixels (x0, y0, x1, y1), the angle of its baseline (radians), its
    font size in pixels and its origin on the baseline (x, y; pixels)."""
    text: str
    box: tuple[float, float, float, float]
    angle: float
    size: float
    origin: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class LoadedPage:
    image: np.ndarray  # BGR uint8
    source: str
    page_no: int  # 1-based
    media_type: str
    downscaled: bool = False
    # a PDF page's text layer (`page_chars`): the visible characters the file says it draws, in the
    # image's pixels; () for images and for PDF pages without one. Untrusted like the file: the
    # reader takes none of it that the pixels do not show (`app.prefill.textlayer`)
    text: tuple[PageChar, ...] = ()


def _bad(path: str, zh: str, en: str) -> BadImageFile:
    return BadImageFile(f"无法读取文件 {path}：{zh}", f"cannot read {path}: {en}",
                        hint_zh="请重新拍摄或扫描，或选择 JPEG/PNG/TIFF/PDF 文件",
                        hint_en="capture or scan again, or choose a JPEG/PNG/TIFF/PDF file")


def sniff(data: bytes) -> str | None:
    """The media type from magic bytes (never from the file name)."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if data[:2] == b"BM":
        return "image/bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "application/pdf"
    return None


def _pil_to_bgr(im) -> np.ndarray:  # noqa: ANN001 - PIL image
    from PIL import Image

    if im.mode in ("RGBA", "LA", "P", "PA"):
        page = Image.new("RGBA", im.size, (255, 255, 255, 255))  # on white, in 8-bit (no float copies)
        page.alpha_composite(im.convert("RGBA"))
        rgb = np.asarray(page.convert("RGB"))
    else:
        rgb = np.asarray(im if im.mode == "RGB" else im.convert("RGB"))  # (no copy of an RGB frame first)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def _complete(data: bytes, kind: str) -> bool:
    """Whether an image file's bytes end where its format says a whole file ends (JPEG: the EOI
    marker, PNG: the IEND chunk, WebP: the RIFF length). A truncated file is left to Pillow, which
    refuses it; libjpeg through OpenCV would fill the missing rows with grey and go on."""
    if kind == "image/jpeg":
        return data.endswith(b"\xff\xd9")
    if kind == "image/png":
        return data.endswith(b"IEND\xaeB`\x82")
    if kind == "image/webp":
        return len(data) >= 12 and int.from_bytes(data[4:8], "little") + 8 == len(data)
    return False


PNG_TURN_KEYS = (b"Raw profile type exif", b"XML:com.adobe.xmp")  # text chunks Pillow reads an orientation from


def _png_may_turn(data: bytes) -> bool:
    """Whether a PNG holds a chunk Pillow may read an EXIF/XMP orientation from (`eXIf`, or a text
    chunk under one of PNG_TURN_KEYS). Walked over the chunk headers: Pillow's own `getexif` on a
    PNG decodes the whole image first (its `eXIf` may follow the pixels)."""
    i = 8
    while i + 8 <= len(data):
        n, kind = int.from_bytes(data[i:i + 4], "big"), data[i + 4:i + 8]
        if kind == b"eXIf" or kind in (b"tEXt", b"zTXt", b"iTXt") and data[i + 8:i + 8 + n].split(b"\0", 1)[0] in PNG_TURN_KEYS:
            return True
        i += 12 + n
    return False


def _direct_bgr(data: bytes, kind: str, im) -> np.ndarray | None:  # noqa: ANN001 - PIL image (opened, not loaded)
    """The first frame of a plain 8-bit RGB or grey JPEG/PNG/WebP decoded by OpenCV straight into BGR,
    or None when the file is anything else (Pillow then decodes it as before).

    The same libjpeg-turbo/libpng/libwebp decoders give the same pixels as Pillow's decode, RGB copy
    and channel swap (checked bit for bit on every JPEG, PNG and WebP of families K, L and M, baseline
    and progressive, 4:4:4/4:2:2/4:2:0, grey; a test checks it), in one pass and one array: a phone
    JPEG 28–41 → 13–18 ms of CPU, a scan's PNG 58–245 → 39–134 ms. Anything whose pixels Pillow would
    change on the way — an EXIF turn, transparency, a palette, 16 bits, CMYK, several frames — or a
    file that does not end where its format ends (truncated) keeps Pillow's path."""
    if kind not in ("image/jpeg", "image/png", "image/webp") or im.mode not in ("RGB", "L"):
        return None
    if getattr(im, "n_frames", 1) != 1 or "transparency" in im.info or not _complete(data, kind):
        return None
    if kind == "image/png":
        if len(data) < 26 or data[12:16] != b"IHDR" or data[24] != 8:
            return None  # (bit depth 8 only: 1/2/4/16-bit samples are scaled differently)
        if _png_may_turn(data):
            return None
    else:
        try:
            if im.getexif().get(0x0112, 1) not in (0, 1):
                return None  # (turned by `_upright`)
        except Exception:  # noqa: BLE001 - a broken EXIF block: Pillow's path decides
            return None
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    if bgr is None or bgr.ndim != 3 or bgr.shape[2] != 3 or (bgr.shape[1], bgr.shape[0]) != im.size:
        return None
    return bgr


PIXEL_ASPECT_MIN = 1.15  # a TIFF whose two resolutions differ by more than this has pixels that are not square


def _square_pixels(bgr: np.ndarray, im, max_pixels: int, turned: bool = False) -> np.ndarray:  # noqa: ANN001 - PIL image
    """A TIFF page whose pixels are not square, as its resolution tags say, stretched to square ones
    along its coarser axis. A fax in standard mode is 204 × 98 dpi (ITU-T T.4): a fax server's TIFF
    keeps those pixels, each twice as high as wide, so read as square the page is squashed to half
    its height — every row half as tall, the OCR's print too flat to read (held-out family ZM's four
    standard faxes, whose TIFFs carry 204 × 98). Rows are repeated for a 1-bit page (as a fax
    machine prints them), interpolated otherwise; when the stretch would pass `max_pixels`, the finer
    axis is shrunk instead (`turned`: the page was turned a quarter by its EXIF tag, so its axes swapped).
    Only TIFF: other formats' density tags are often a camera's guess."""
    if getattr(im, "format", None) != "TIFF":
        return bgr
    dpi = im.info.get("dpi") or im.info.get("resolution")
    try:
        xd, yd = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return bgr
    if xd <= 0 or yd <= 0 or max(xd, yd) / min(xd, yd) <= PIXEL_ASPECT_MIN:
        return bgr
    if turned:
        xd, yd = yd, xd
    h, w = bgr.shape[:2]
    fx, fy = (1.0, xd / yd) if xd > yd else (yd / xd, 1.0)
    if w * fx * h * fy > max_pixels:  # (the finer axis brought down to the coarser one's instead)
        fx, fy = (1.0, 1.0) if fx * fy <= 1 else (1.0 / fy, 1.0) if fy > 1 else (1.0, 1.0 / fx)
    size = (max(1, round(w * fx)), max(1, round(h * fy)))
    nearest = im.mode == "1"
    return cv2.resize(bgr, size, interpolation=cv2.INTER_NEAREST if nearest else cv2.INTER_AREA if fx * fy < 1
                      else cv2.INTER_LINEAR)


def _upright(im):  # noqa: ANN001, ANN202 - PIL image
    """The frame as the camera held it: phones and 高拍仪 SDKs save the sensor's pixels and an EXIF
    Orientation tag (3 = 180°, 6/8 = 90° either way, 2/4/5/7 mirrored) instead of turning the pixels.
    Without this a portrait phone photo reaches the reader on its side and costs a turn search (or a
    misread). Only the tag is honoured; a file without one is returned as it is."""
    from PIL import ImageOps

    try:
        orientation = im.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block is not a reason to refuse the picture
        return im
    if orientation in (2, 3, 4, 5, 6, 7, 8):
        return ImageOps.exif_transpose(im)
    return im


class _Budget:
    def __init__(self, source: str, total: int):
        self.source, self.total, self.used = source, total, 0

    def take(self, pixels: int) -> None:
        if self.used + pixels > self.total:
            raise _bad(self.source, f"页面像素总量过大（超过 {self.total // 1_000_000} 百万像素），请分成几个文件",
                       f"too many pixels in all pages together (over {self.total // 1_000_000} MP); split the file")
        self.used += pixels


def _iter_image(data: bytes, source: str, max_pixels: int, budget: _Budget) -> Iterator[LoadedPage]:
    from PIL import Image, ImageFile, UnidentifiedImageError

    kind = sniff(data)
    if kind is None or kind == "application/pdf":
        raise _bad(source, "不是可识别的图片格式", "not a recognised image format")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        old, old_truncated = Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES
        Image.MAX_IMAGE_PIXELS = None  # we enforce our own bound below, before decoding
        # a truncated file is refused whatever another library in the process set (WeasyPrint sets
        # Pillow's process-wide LOAD_TRUNCATED_IMAGES on import: a cut photo would read half grey)
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            im = Image.open(io.BytesIO(data))
            i = 0
            while True:
                if i:
                    if i >= MAX_PDF_PAGES:
                        break
                    try:
                        im.seek(i)  # frames one by one: never counts or decodes them all up front
                    except EOFError:
                        break
                w, h = im.size
                if w <= 0 or h <= 0:
                    raise _bad(source, "图片尺寸为 0", "the image has no pixels")
                downscaled = False
                if w * h > max_pixels:
                    if kind != "image/jpeg":
                        raise _bad(source, f"图片过大（{w}×{h}，超过 {max_pixels // 1_000_000} 百万像素）",
                                   f"the image is too large ({w}×{h}, over {max_pixels // 1_000_000} MP)")
                    k = next((k for k in (2, 4, 8) if (w // k) * (h // k) <= max_pixels), 8)
                    im.draft("RGB", (w // k, h // k))  # libjpeg decodes at 1/k scale directly
                    downscaled = True
                    if im.size[0] * im.size[1] > max_pixels:
                        raise _bad(source, "图片过大", "the image is too large")
                budget.take(im.size[0] * im.size[1])
                direct = _direct_bgr(data, kind, im) if i == 0 and not downscaled else None
                if direct is not None:
                    yield LoadedPage(direct, source, 1, kind, False)
                    i += 1
                    continue
                im.load()
                up = _upright(im)
                yield LoadedPage(_square_pixels(_pil_to_bgr(up), im, max_pixels, turned=up.size != im.size), source,
                                 i + 1, kind, downscaled)
                i += 1
        except BadImageFile:
            raise
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
                Image.DecompressionBombWarning, EOFError, MemoryError) as exc:
            raise _bad(source, f"图片已损坏或不完整（{type(exc).__name__}）", f"the image is corrupt or truncated ({exc})") from None
        finally:
            Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES = old, old_truncated


# text render modes (PDF 32000-1 §9.3.6) that draw nothing: 3 invisible (a scanner app's OCR layer under
# its page image), 7 clip only
INVISIBLE_MODES = (3, 7)
MAX_PAGE_CHARS = 20_000  # a page's text layer longer than this is not read (no document the reader knows has a tenth)


def page_chars(page, scale: float) -> tuple[PageChar, ...]:  # noqa: ANN001 - a pypdfium2 PdfPage
    """The characters of a PDF page's text layer that the page draws, mapped to the pixels of its
    render at `scale` (pixels per point): visible render modes only, the characters pdfium makes up
    (spaces and line breaks it infers) left out, and no character without a Unicode value (0, a
    private-use code: a glyph id without a mapping). A page turned by /Rotate gets none (not mapped).
    Nothing here is checked against the drawing: a text layer can say anything."""
    import ctypes

    import pypdfium2.raw as raw

    if page.get_rotation() % 360:
        return ()
    w_pt, h_pt = page.get_size()
    pixels = (max(1, round(w_pt * scale)), max(1, round(h_pt * scale)))
    dx, dy = ctypes.c_int(), ctypes.c_int()

    def device(x: float, y: float) -> tuple[float, float]:
        # (pdfium's own page-to-device mapping, the render's: a crop box that is not at the origin, or
        # a media box inherited from the page tree, is placed as the render places it; whole pixels,
        # so a point is mapped from 64 times further and scaled back)
        raw.FPDF_PageToDevice(page.raw, 0, 0, pixels[0] * 64, pixels[1] * 64, 0, x, y, dx, dy)
        return dx.value / 64.0, dy.value / 64.0

    out: list[PageChar] = []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0 or n > MAX_PAGE_CHARS:
            return ()
        tp = textpage.raw
        for i in range(n):
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                continue
            code = raw.FPDFText_GetUnicode(tp, i)
            if code <= 0x20 or 0xE000 <= code <= 0xF8FF or code in (0xFFFD, 0xFFFE, 0xFFFF) or code > 0x10FFFF:
                continue
            obj = raw.FPDFText_GetTextObject(tp, i)
            if not obj or raw.FPDFTextObj_GetTextRenderMode(obj) in INVISIBLE_MODES:
                continue
            x0, y0, x1, y1 = textpage.get_charbox(i)
            if not (x1 > x0 and y1 > y0):
                continue
            (ax, ay), (bx, by) = device(x0, y1), device(x1, y0)
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            # (the size drawn: the font's size set by `Tf` times the scale of the character's matrix — a
            # file may set `1 Tf` and size every character by its text matrix)
            size = float(raw.FPDFText_GetFontSize(tp, i))
            if raw.FPDFText_GetMatrix(tp, i, matrix):
                size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            out.append(PageChar(chr(code), (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)),
                                float(raw.FPDFText_GetCharAngle(tp, i)), size * scale, device(ox.value, oy.value)))
    finally:
        textpage.close()
    return tuple(out)


def render_pdf(data: bytes, source: str = "pdf", dpi: int = PDF_DPI, max_pixels: int = MAX_PIXELS,
               max_pages: int = MAX_PDF_PAGES) -> list[LoadedPage]:
    """Render every page of a PDF on white; encrypted, empty or broken PDFs raise BadImageFile."""
    return list(_iter_pdf(data, source, dpi, max_pixels, max_pages, _Budget(source, TOTAL_PIXELS)))


def _iter_pdf(data: bytes, source: str, dpi: int, max_pixels: int, max_pages: int,
              budget: _Budget) -> Iterator[LoadedPage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise _bad(source, "PDF 已加密（需要密码）", "the PDF is encrypted (password required)") from None
        raise _bad(source, "PDF 文件损坏", f"the PDF is damaged ({exc})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise _bad(source, "PDF 没有页面", "the PDF has no pages")
        if n > max_pages:
            raise _bad(source, f"PDF 页数过多（{n} 页，上限 {max_pages}）", f"too many pages ({n}, limit {max_pages})")
        for i in range(n):
            page = pdf[i]
            try:
                w_pt, h_pt = page.get_size()
                if not (w_pt > 0 and h_pt > 0):
                    raise _bad(source, "PDF 页面尺寸无效", "a PDF page has no size")
                scale = dpi / 72.0
                if w_pt * h_pt * scale * scale > max_pixels:
                    scale = (max_pixels / (w_pt * h_pt)) ** 0.5 * 0.999  # rounding stays under the bound
                width, height = max(1, round(w_pt * scale)), max(1, round(h_pt * scale))
                budget.take(width * height)
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
                image = _pil_to_bgr(bitmap.to_pil())
                bitmap.close()
                text = page_chars(page, scale)
            except pdfium.PdfiumError as exc:
                raise _bad(source, "PDF 页面无法渲染", f"a PDF page cannot be rendered ({exc})") from None
            finally:
                page.close()
            yield LoadedPage(image, source, i + 1, "application/pdf", text=text)
    finally:
        pdf.close()


def load_file(path: str | Path, *, max_pixels: int = MAX_PIXELS) -> list[LoadedPage]:
    """All pages of an image or PDF file, as BGR arrays (within the total pixel budget)."""
    return list(iter_file(path, max_pixels=max_pixels))


def iter_file(path: str | Path, *, max_pixels: int = MAX_PIXELS, total_pixels: int = TOTAL_PIXELS
              ) -> Iterator[LoadedPage]:
    """The pages of an image or PDF file one at a time (a FIFO or device is refused, not read)."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise _bad(str(path), "文件不存在", "the file does not exist") from None
    if stat.S_ISDIR(st.st_mode):
        raise _bad(str(path), "这是一个文件夹", "this is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise _bad(str(path), "不是普通文件", "not a regular file")
    if st.st_size == 0:
        raise _bad(str(path), "文件为空", "the file is empty")
    if st.st_size > MAX_FILE_BYTES:
        raise _bad(str(path), "文件过大", "the file is too large")
    data = p.read_bytes()
    return iter_bytes(data, str(path), max_pixels=max_pixels, total_pixels=total_pixels)


def load_bytes(data: bytes, source: str = "data", *, max_pixels: int = MAX_PIXELS) -> list[LoadedPage]:
    return list(iter_bytes(data, source, max_pixels=max_pixels))


def iter_bytes(data: bytes, source: str = "data", *, max_pixels: int = MAX_PIXELS,
               total_pixels: int = TOTAL_PIXELS) -> Iterator[LoadedPage]:
    """Pages one at a time: a caller that handles each page and drops it holds one page."""
    if not data:
        raise _bad(source, "文件为空", "the file is empty")
    budget = _Budget(source, total_pixels)
    if sniff(data) == "application/pdf":
        return _iter_pdf(data, source, PDF_DPI, max_pixels, MAX_PDF_PAGES, budget)
    return _iter_image(data, source, max_pixels, budget)


def is_blank(image: np.ndarray) -> bool:
    """A page with (almost) no ink: nothing to read or store as a material page."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (min(gray.shape[1], 600), min(gray.shape[0], 600)), interpolation=cv2.INTER_AREA)
    return float(small.std()) < 4.0 or float(cv2.Canny(small, 50, 150).mean()) < 0.2
