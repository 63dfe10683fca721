"""A small ctypes binding to libharu (Debian libhpdf-2.3.0): the calls family ZP's pages are made with.

Only what the layouts use: documents, pages, TrueType faces loaded from their files (with the UTF-8
encoder), text runs placed by us (TextOut, SetTextMatrix for rotated seal characters), paths, colours,
line widths, PNG images and the extended graphics state (transparency for watermarks and seal ink).
Every call that returns a status is checked; a libharu error raises."""

from __future__ import annotations

import ctypes as C
from ctypes import c_char_p, c_float, c_uint, c_ulong, c_void_p

_LIB = C.CDLL("libhpdf-2.3.0.so")

ERROR_CB = C.CFUNCTYPE(None, c_ulong, c_ulong, c_void_p)


class HpdfError(RuntimeError):
    pass


_last_error: list[tuple[int, int]] = []


@ERROR_CB
def _on_error(code, detail, _data):  # noqa: ANN001 - libharu's callback
    _last_error.append((int(code), int(detail)))


def _sig(name, res, *args):  # noqa: ANN001
    f = getattr(_LIB, name)
    f.restype = res
    f.argtypes = list(args)
    return f


New = _sig("HPDF_New", c_void_p, ERROR_CB, c_void_p)
Free = _sig("HPDF_Free", None, c_void_p)
SaveToFile = _sig("HPDF_SaveToFile", c_ulong, c_void_p, c_char_p)
SetCompressionMode = _sig("HPDF_SetCompressionMode", c_ulong, c_void_p, c_uint)
UseUTFEncodings = _sig("HPDF_UseUTFEncodings", c_ulong, c_void_p)
SetCurrentEncoder = _sig("HPDF_SetCurrentEncoder", c_ulong, c_void_p, c_char_p)
SetInfoAttr = _sig("HPDF_SetInfoAttr", c_ulong, c_void_p, c_uint, c_char_p)
LoadTTFontFromFile = _sig("HPDF_LoadTTFontFromFile", c_char_p, c_void_p, c_char_p, c_uint)
LoadTTFontFromFile2 = _sig("HPDF_LoadTTFontFromFile2", c_char_p, c_void_p, c_char_p, c_uint, c_uint)
GetFont = _sig("HPDF_GetFont", c_void_p, c_void_p, c_char_p, c_char_p)
AddPage = _sig("HPDF_AddPage", c_void_p, c_void_p)
Page_SetWidth = _sig("HPDF_Page_SetWidth", c_ulong, c_void_p, c_float)
Page_SetHeight = _sig("HPDF_Page_SetHeight", c_ulong, c_void_p, c_float)
Page_SetFontAndSize = _sig("HPDF_Page_SetFontAndSize", c_ulong, c_void_p, c_void_p, c_float)
Page_BeginText = _sig("HPDF_Page_BeginText", c_ulong, c_void_p)
Page_EndText = _sig("HPDF_Page_EndText", c_ulong, c_void_p)
Page_TextOut = _sig("HPDF_Page_TextOut", c_ulong, c_void_p, c_float, c_float, c_char_p)
Page_ShowText = _sig("HPDF_Page_ShowText", c_ulong, c_void_p, c_char_p)
Page_SetTextMatrix = _sig("HPDF_Page_SetTextMatrix", c_ulong, c_void_p, c_float, c_float, c_float, c_float, c_float, c_float)
Page_SetCharSpace = _sig("HPDF_Page_SetCharSpace", c_ulong, c_void_p, c_float)
Page_TextWidth = _sig("HPDF_Page_TextWidth", c_float, c_void_p, c_char_p)
Page_SetRGBFill = _sig("HPDF_Page_SetRGBFill", c_ulong, c_void_p, c_float, c_float, c_float)
Page_SetRGBStroke = _sig("HPDF_Page_SetRGBStroke", c_ulong, c_void_p, c_float, c_float, c_float)
Page_SetLineWidth = _sig("HPDF_Page_SetLineWidth", c_ulong, c_void_p, c_float)
Page_MoveTo = _sig("HPDF_Page_MoveTo", c_ulong, c_void_p, c_float, c_float)
Page_LineTo = _sig("HPDF_Page_LineTo", c_ulong, c_void_p, c_float, c_float)
Page_CurveTo = _sig("HPDF_Page_CurveTo", c_ulong, c_void_p, c_float, c_float, c_float, c_float, c_float, c_float)
Page_Rectangle = _sig("HPDF_Page_Rectangle", c_ulong, c_void_p, c_float, c_float, c_float, c_float)
Page_Circle = _sig("HPDF_Page_Circle", c_ulong, c_void_p, c_float, c_float, c_float)
Page_ClosePath = _sig("HPDF_Page_ClosePath", c_ulong, c_void_p)
Page_Stroke = _sig("HPDF_Page_Stroke", c_ulong, c_void_p)
Page_Fill = _sig("HPDF_Page_Fill", c_ulong, c_void_p)
Page_FillStroke = _sig("HPDF_Page_FillStroke", c_ulong, c_void_p)
Page_GSave = _sig("HPDF_Page_GSave", c_ulong, c_void_p)
Page_GRestore = _sig("HPDF_Page_GRestore", c_ulong, c_void_p)
Page_Concat = _sig("HPDF_Page_Concat", c_ulong, c_void_p, c_float, c_float, c_float, c_float, c_float, c_float)
Page_SetDash = _sig("HPDF_Page_SetDash", c_ulong, c_void_p, C.POINTER(C.c_uint16), c_uint, c_uint)
CreateExtGState = _sig("HPDF_CreateExtGState", c_void_p, c_void_p)
ExtGState_SetAlphaFill = _sig("HPDF_ExtGState_SetAlphaFill", c_ulong, c_void_p, c_float)
ExtGState_SetAlphaStroke = _sig("HPDF_ExtGState_SetAlphaStroke", c_ulong, c_void_p, c_float)
ExtGState_SetBlendMode = _sig("HPDF_ExtGState_SetBlendMode", c_ulong, c_void_p, c_uint)
Page_SetExtGState = _sig("HPDF_Page_SetExtGState", c_ulong, c_void_p, c_void_p)
LoadPngImageFromMem = _sig("HPDF_LoadPngImageFromMem", c_void_p, c_void_p, c_char_p, c_uint)
Page_DrawImage = _sig("HPDF_Page_DrawImage", c_ulong, c_void_p, c_void_p, c_float, c_float, c_float, c_float)

BLEND_MULTIPLY = 1


def ok(status: int, what: str = "") -> None:
    if status or _last_error:
        err = _last_error[:] or [(status, 0)]
        _last_error.clear()
        raise HpdfError(f"libharu error {err[0][0]:#06x} (detail {err[0][1]}) in {what}")


class Doc:
    """One libharu document: faces are loaded once per document by file (and index for .ttc)."""

    def __init__(self) -> None:
        self.h = New(_on_error, None)
        if not self.h:
            raise HpdfError("HPDF_New failed")
        ok(SetCompressionMode(self.h, 0x0F), "SetCompressionMode")
        ok(UseUTFEncodings(self.h), "UseUTFEncodings")
        ok(SetCurrentEncoder(self.h, b"UTF-8"), "SetCurrentEncoder")
        self.fonts: dict[tuple[str, int], int] = {}

    def font(self, path: str, index: int = 0) -> int:
        key = (path, index)
        if key not in self.fonts:
            if path.endswith(".ttc"):
                name = LoadTTFontFromFile2(self.h, path.encode(), index, 1)
            else:
                name = LoadTTFontFromFile(self.h, path.encode(), 1)
            ok(0 if name else 1, f"LoadTTFont {path}")
            f = GetFont(self.h, name, b"UTF-8")
            ok(0 if f else 1, f"GetFont {path}")
            self.fonts[key] = f
        return self.fonts[key]

    def page(self, w_pt: float, h_pt: float) -> int:
        p = AddPage(self.h)
        ok(0 if p else 1, "AddPage")
        ok(Page_SetWidth(p, w_pt), "SetWidth")
        ok(Page_SetHeight(p, h_pt), "SetHeight")
        return p

    def gstate(self, alpha: float, multiply: bool = False) -> int:
        g = CreateExtGState(self.h)
        ok(ExtGState_SetAlphaFill(g, alpha), "AlphaFill")
        ok(ExtGState_SetAlphaStroke(g, alpha), "AlphaStroke")
        if multiply:
            ok(ExtGState_SetBlendMode(g, BLEND_MULTIPLY), "BlendMode")
        return g

    def png(self, data: bytes) -> int:
        img = LoadPngImageFromMem(self.h, data, len(data))
        ok(0 if img else 1, "LoadPngImageFromMem")
        return img

    def save(self, path: str) -> None:
        ok(SaveToFile(self.h, str(path).encode()), "SaveToFile")

    def close(self) -> None:
        if self.h:
            Free(self.h)
            self.h = None
