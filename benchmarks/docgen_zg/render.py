"""WeasyPrint lays the HTML out and writes the PDF; pdffonts proves every embedded face is one of the page's
stacks (a silent fallback raises); pdftoppm rasterises it;
the value spans' text boxes come back from WeasyPrint's layout as ink rectangles in page pixels, one cell
per character."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

_WP = None


def weasy():
    global _WP
    if _WP is None:
        import weasyprint
        _WP = weasyprint
    return _WP


class FontFallback(RuntimeError):
    pass


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def embedded_fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    names = []
    for line in out.splitlines()[2:]:
        if line.strip():
            names.append(line.split()[0].split("+", 1)[-1])
    return names


def check_fonts(pdf: Path, primary: list[str], allowed: set[str]) -> list[str]:
    """Every embedded font is a face of the page's stacks, and every primary face is embedded."""
    emb = embedded_fonts(pdf)
    al = {_norm(a): a for a in allowed}
    used = []
    for e in emb:
        hit = [a for k, a in al.items() if _norm(e).startswith(k)]
        if not hit:
            raise FontFallback(f"{pdf.name}: embedded font {e!r} is not in the page's stacks {sorted(allowed)}")
        used.append(max(hit, key=len))
    for f in set(primary):
        if not any(_norm(e).startswith(_norm(f)) for e in emb):
            raise FontFallback(f"{pdf.name}: face {f!r} was asked for but not embedded ({emb})")
    return sorted(set(used))


def render_pdf(html: str, pdf: Path):
    """Lay out and write the PDF; returns the laid-out document (for the value boxes)."""
    doc = weasy().HTML(string=html, base_url=str(pdf.parent)).render()
    doc.write_pdf(str(pdf))
    return doc


def value_cells(doc) -> tuple[dict[str, list[tuple[float, float, float, float]]], tuple[float, float]]:
    """Per truth key, one rectangle per drawn character (CSS px), from the text boxes inside its span."""
    page = doc.pages[0]
    cells: dict[str, list[tuple[float, float, float, float]]] = {}

    def walk(box, key):
        el = getattr(box, "element", None)
        if el is not None and getattr(box, "element_tag", None) != "html":
            k = el.get("data-f") if hasattr(el, "get") else None
            if k:
                key = k
        if key and type(box).__name__ == "TextBox":
            text = box.text
            n = max(1, len(text))
            w = box.width / n
            for i, ch in enumerate(text):
                if not ch.isspace():
                    cells.setdefault(key, []).append((box.position_x + i * w, box.position_y, w, box.height))
        for c in getattr(box, "children", None) or []:
            walk(c, key)

    walk(page._page_box, None)
    return cells, (page.width, page.height)


def raster(pdf: Path, dpi: float, gray: bool = False) -> np.ndarray:
    stem = pdf.with_suffix("")
    args = ["pdftoppm", "-r", f"{dpi:.2f}", "-singlefile"] + (["-gray"] if gray else []) + [str(pdf), str(stem)]
    subprocess.run(args, check=True, timeout=120, capture_output=True)
    f = stem.with_suffix(".pgm" if gray else ".ppm")
    a = np.asarray(Image.open(f).convert("RGB"))
    f.unlink()
    return a
