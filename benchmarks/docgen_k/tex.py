"""The TeX side of family K: every page is a TikZ picture the size of the document typeset by
XeLaTeX with xeCJK (TeX's own line breaking and inter-character glue for paragraphs, labels spread
with `\\makebox[..][s]`, `tabular` rules for the ruled forms), then rasterised by Ghostscript.

Faces are pinned to files (no fontconfig lookup): Noto Serif CJK SC (values, sometimes
horizontally condensed to 90 % with FakeStretch as narrow-format printers do), Noto Sans CJK SC
Medium (labels, faux bold), AR PL UKai (hand-written notes and signatures). `faces_ok` checks every
character a page prints is in the face's cmap, because xeCJK would otherwise drop it silently.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

NOTO = Path("/usr/share/fonts/opentype/noto")
FACES = {  # face key -> (file, collection index)
    "noto_serif_sc": (NOTO / "NotoSerifCJK-Regular.ttc", 2),
    "noto_serif_sc_bold": (NOTO / "NotoSerifCJK-Bold.ttc", 2),
    "noto_sans_sc_medium": (NOTO / "NotoSansCJK-Medium.ttc", 2),
    "ar_pl_ukai": (Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 0),
}


def _font(cmd: str, key: str, extra: str = "") -> str:
    f, idx = FACES[key]
    return (f"\\newfontfamily{cmd}{{{f.name}}}[Path={f.parent}/,FontIndex={idx}{extra}]\n"
            f"\\newCJKfontfamily{cmd}CJK{{{f.name}}}[Path={f.parent}/,FontIndex={idx}{extra}]\n")


def preamble() -> str:
    f, idx = FACES["noto_serif_sc"]
    out = [r"\documentclass{article}", r"\usepackage{fontspec}", r"\usepackage[CJKchecksingle]{xeCJK}",
           r"\usepackage{tikz}", r"\usetikzlibrary{shapes.geometric,decorations.text}",
           r"\usepackage{array}",
           f"\\setmainfont{{{f.name}}}[Path={f.parent}/,FontIndex={idx}]",
           f"\\setCJKmainfont{{{f.name}}}[Path={f.parent}/,FontIndex={idx}]"]
    out.append(_font(r"\fsong", "noto_serif_sc").strip())
    out.append(_font(r"\fnarrow", "noto_serif_sc", ",FakeStretch=0.9").strip())
    out.append(_font(r"\fsongb", "noto_serif_sc_bold").strip())
    out.append(_font(r"\fhei", "noto_sans_sc_medium").strip())
    out.append(_font(r"\fheib", "noto_sans_sc_medium", ",FakeBold=1.5").strip())
    out.append(_font(r"\fkai", "ar_pl_ukai").strip())
    out += [r"\hoffset=-1in \voffset=-1in \topmargin=0pt \headheight=0pt \headsep=0pt \footskip=0pt",
            r"\oddsidemargin=0pt \evensidemargin=0pt \parindent=0pt \textheight=2000mm \textwidth=2000mm",
            r"\topskip=0pt \pagestyle{empty} \tracinglostchars=2",
            # font switches set the Latin and the CJK face together
            *[f"\\newcommand\\u{n}{{\\f{n}\\f{n}CJK}}" for n in ("song", "narrow", "songb", "hei", "heib", "kai")],
            r"\newcommand\sz[1]{\fontsize{#1}{#1*1.35}\selectfont}",
            r"\begin{document}"]
    return "\n".join(out) + "\n"


def esc(s: str) -> str:
    return "".join({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "$": r"\$", "#": r"\#",
                    "&": r"\&", "_": r"\_", "^": r"\^{}", "~": r"\~{}"}.get(c, c) for c in s)


def spread(label: str, width_em: float) -> str:
    """A label spread over a fixed width the way licences print 名\u3000\u3000称."""
    inner = r"\hfill ".join(esc(c) for c in label)
    return f"\\makebox[{width_em}em][s]{{{inner}}}"


def page(w_mm: float, h_mm: float, body: str) -> str:
    return (f"\\pdfpagewidth={w_mm}mm \\pdfpageheight={h_mm}mm\n"
            f"\\begin{{tikzpicture}}[x=1mm,y=-1mm,inner sep=0pt,outer sep=0pt]\n"
            f"\\useasboundingbox (0,0) rectangle ({w_mm},{h_mm});\n{body}\n\\end{{tikzpicture}}\\newpage\n")


def compile_pages(pages: list[str], workdir: Path) -> Path:
    """One XeLaTeX run over all pages (fonts load once); returns the PDF."""
    workdir.mkdir(parents=True, exist_ok=True)
    tex = workdir / "k.tex"
    tex.write_text(preamble() + "".join(pages) + "\\end{document}\n", encoding="utf-8")
    proc = subprocess.run(["xelatex", "-interaction=batchmode", "-halt-on-error", tex.name], cwd=workdir,
                          capture_output=True, text=True, timeout=900)
    log = (workdir / "k.log").read_text(encoding="utf-8", errors="replace") if (workdir / "k.log").exists() else ""
    if proc.returncode != 0 or not (workdir / "k.pdf").exists():
        hint = ""
        if "xelatex.fmt" in proc.stdout + proc.stderr:
            hint = " (no xelatex.fmt: run `update-fmtutil && fmtutil-sys --byfmt xelatex` as root)"
        raise RuntimeError(f"xelatex failed in {workdir}{hint}: {log[-3000:] or proc.stdout[-2000:]}")
    if "Missing character" in log:
        lines = [ln for ln in log.splitlines() if "Missing character" in ln]
        raise RuntimeError(f"xelatex dropped glyphs: {lines[:5]}")
    return workdir / "k.pdf"


def rasterise(pdf: Path, page_no: int, dpi: int, out: Path) -> Path:
    """Ghostscript (not poppler): one page at `dpi`, anti-aliased."""
    gs = shutil.which("gs") or "gs"
    subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", f"-r{dpi}",
                    "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-dFirstPage={page_no}", f"-dLastPage={page_no}",
                    f"-sOutputFile={out}", str(pdf)], check=True, capture_output=True, timeout=300)
    return out


@functools.cache
def _cmap(key: str) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont
    f, idx = FACES[key]
    font = TTCollection(str(f)).fonts[idx] if f.suffix == ".ttc" else TTFont(str(f))
    return frozenset(font.getBestCmap())


def missing_glyphs(text: str, key: str) -> set[str]:
    cm = _cmap(key)
    return {c for c in text if not c.isspace() and ord(c) not in cm}
