"""Text normalisation shared by validators and OCR: full-width → half-width, spacing."""

from __future__ import annotations


def to_halfwidth(text: str) -> str:
    """Fold full-width ASCII (Ａ１２，) and the ideographic space to their ASCII forms.

    NFKC would also do this but it rewrites characters clerks expect to keep (e.g. ㈱),
    so only the U+FF01–U+FF5E block and U+3000 are folded.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def compact(text: str) -> str:
    """Half-width, upper-case, with all white space removed: the form codes are compared in."""
    return "".join(to_halfwidth(text).split()).upper()

