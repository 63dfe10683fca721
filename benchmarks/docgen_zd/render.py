"""Family ZD's renderer: ConTeXt MkIV (LuaTeX) typesets many documents in one run (a page each, each
with its own paper size); the log and `pdffonts` are checked so no face silently fell back and no glyph
was dropped; value boxes are read back from the job's .tuc (`\\hpos`); poppler's pdftoppm rasterises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from benchmarks.docgen_zd import faces as F

PREAMBLE = r"""% interface=en (no blank first line: ConTeXt 2021 then never reads the file)
\definefontfeature[zdcjk][mode=node,script=hang,lang=zhs,kern=yes,liga=yes]
\starttypescript[serif][zdsong]
\definefontsynonym[Serif][file:/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf][features=zdcjk]
\stoptypescript
\definetypeface[zdbody][rm][serif][zdsong][default]
\setupbodyfont[zdbody,10pt]
\definepapersize[zdcard][width=85.6mm,height=54mm]
\definepapersize[zdreceipt][width=80mm,height=160mm]
\setuppapersize[A4][A4]
\setuplayout[page]
\setuppagenumbering[location=]
\setupheader[state=stop]
\setupfooter[state=stop]
\definelayer[zdpage][width=\paperwidth,height=\paperheight]
\setupbackgrounds[page][background=zdpage]
\definecolor[zdlabel][r=.12,g=.36,b=.62]
\setscript[hanzi]
\enabletrackers[fonts.missing]
\setuptolerance[horizontal,stretch]
\starttext
"""


def context_version() -> str:
    out = subprocess.run(["context", "--version"], capture_output=True, text=True, timeout=120).stdout
    m = re.search(r"current version: (\S+ \S+)", out)
    return m.group(1) if m else "unknown"


def typeset(pages: list[str], work: Path, job: str = "zd") -> tuple[Path, dict[str, tuple[int, float, float, float, float]]]:
    """One ConTeXt pass (`--once`: the \\hpos boxes are only read back, never used on the page) over `pages` (ConTeXt page sources). Returns the PDF and every \\hpos box by name:
    (page, x, y_top, w, h) in mm from the page's top-left corner (heights measured from the .tuc)."""
    work.mkdir(parents=True, exist_ok=True)
    tex = work / f"{job}.tex"
    tex.write_text(PREAMBLE + "\n".join(pages) + "\n\\stoptext\n", encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    proc = subprocess.run(["context", "--batchmode", "--nodates", "--once", tex.name], cwd=work,
                          capture_output=True, text=True, timeout=1800, env=env)
    pdf = work / f"{job}.pdf"
    log = (work / f"{job}.log").read_text(encoding="utf-8", errors="replace") if (work / f"{job}.log").exists() else proc.stdout
    if proc.returncode != 0 or not pdf.exists():
        (Path(tempfile.gettempdir()) / "zd_context_failed.log").write_text(log, encoding="utf-8")
        at = log.find("tex error")
        raise RuntimeError(f"context failed ({proc.returncode}): {log[at:at + 1500] if at >= 0 else log[-3000:]}")
    bad = [ln for ln in log.splitlines() if "missing" in ln.lower() and ("character" in ln.lower() or "glyph" in ln.lower())]
    if bad:
        raise RuntimeError("ConTeXt dropped glyphs: " + "; ".join(bad[:5]))
    check_pdf_fonts(pdf)
    return pdf, read_positions(work / f"{job}.tuc")


def check_pdf_fonts(pdf: Path) -> list[str]:
    """Every font in the PDF is one of ZD's pinned faces (no Latin Modern / fallback crept in)."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=300).stdout
    names = [ln.split()[0].split("+")[-1] for ln in out.splitlines()[2:] if ln.strip()]
    known = {v[3] for v in F.FACES.values()}
    stray = [n for n in names if not any(n.startswith(k) for k in known)]
    if stray:
        raise RuntimeError(f"unexpected fonts in {pdf.name}: {sorted(set(stray))}")
    return names


_POS = re.compile(r'\["(zd\w+?)"\]=\{([^{}]*)\}')
_KV = re.compile(r'\["?(\w+)"?\]=(-?[\d.]+)')


def read_positions(tuc: Path) -> dict[str, tuple[int, float, float, float, float]]:
    out = {}
    if not tuc.exists():
        return out
    text = tuc.read_text(encoding="utf-8", errors="replace")
    sp = 65536 * 72.27 / 25.4  # scaled points per mm
    for name, body in _POS.findall(text):
        kv = {k: float(v) for k, v in _KV.findall(body)}
        if "x" in kv and "y" in kv:
            out[name] = (int(kv.get("p", 1)), kv["x"] / sp, kv["y"] / sp, kv.get("w", 0) / sp,
                         (kv.get("h", 0) + kv.get("d", 0)) / sp, kv.get("h", 0) / sp)
    return out


def rasterise(pdf: Path, page: int, dpi: int, out_stem: Path, aa: bool = True, gray: bool = False) -> Path:
    args = ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-singlefile",
            "-aa", "yes" if aa else "no", "-aaVector", "yes" if aa else "no"]
    args += ["-gray"] if gray else []
    subprocess.run(args + ["-png", str(pdf), str(out_stem)], check=True, timeout=600, capture_output=True)
    return out_stem.with_suffix(".png")


def available() -> str | None:
    """Why this family cannot be generated here, or None."""
    for tool in ("context", "pdftoppm", "pdffonts", "gimp-console-2.10"):
        if shutil.which(tool) is None:
            return f"{tool} not installed"
    miss = F.missing_files()
    return f"faces missing: {miss}" if miss else None
