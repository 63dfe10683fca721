"""upLaTeX runs: a batch of pages typeset in one e-upTeX run, converted by dvipdfmx with family ZO's
font map; single pages taken out of the batch's DVI as their own PDFs (`dvipdfmx -s N`: the e-licences)
and rasterised by Ghostscript."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from benchmarks.docgen_zo import faces
from benchmarks.docgen_zo.layout import Page, preamble

TIMES: list[float] = []  # seconds of each TeX run (README: measured speed)


def env(texdir: Path) -> dict:
    e = dict(os.environ)
    e.update({"TEXFONTS": f"{texdir}:", "TTFONTS": f"{texdir}:", "OPENTYPEFONTS": f"{texdir}:",
              "SOURCE_DATE_EPOCH": "1764979200", "FORCE_SOURCE_DATE": "1", "max_print_line": "10000"})
    return e


class Batch:
    """One TeX run over `pages`; `pdf` holds them all, `single(i)` one of them as its own PDF."""

    def __init__(self, pages: list[Page], work: Path):
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.texdir = work / "fonts"
        self.map = faces.install(self.texdir)
        src = preamble() + "".join(p.tex() for p in pages) + "\\end{document}\n"
        (work / "zo.tex").write_text(src, encoding="utf-8")
        t0 = time.perf_counter()
        r = subprocess.run(["uplatex", "-kanji=utf8", "-interaction=nonstopmode", "-halt-on-error", "zo.tex"], cwd=work,
                           env=env(self.texdir), capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            log = (work / "zo.log").read_text(errors="replace") if (work / "zo.log").exists() else r.stdout
            raise RuntimeError("uplatex failed:\n" + log[-3000:])
        self.pdf = work / "zo.pdf"
        self._dvipdfmx(self.pdf, None)
        TIMES.append(time.perf_counter() - t0)
        self.n = len(pages)

    def _dvipdfmx(self, out: Path, page: int | None):
        cmd = ["dvipdfmx", "-q", "-f", self.map.name, "-o", str(out)]
        if page is not None:
            cmd += ["-s", str(page + 1)]
        subprocess.run(cmd + ["zo.dvi"], cwd=self.work, env=env(self.texdir), check=True, capture_output=True, timeout=300)

    def single(self, i: int, out: Path) -> Path:
        self._dvipdfmx(out, i)
        return out


def gs_raster(pdf: Path, page: int, out: Path, dpi: float | tuple[float, float], gray: bool = False, text_alpha: int = 4,
              graphics_alpha: int = 4, device: str | None = None, pre: str = "", extra: list[str] | None = None) -> Path:
    """Ghostscript renders `page` (0-based) of `pdf` at `dpi`; `pre`: PostScript run before the file
    (a BeginPage skew, a copier's screen)."""
    res = f"{dpi[0]:.2f}x{dpi[1]:.2f}" if isinstance(dpi, tuple) else f"{dpi:.2f}"
    dev = device or ("pnggray" if gray else "png16m")
    cmd = ["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dNOINTERPOLATE", f"-sDEVICE={dev}", f"-r{res}",
           f"-dFirstPage={page + 1}", f"-dLastPage={page + 1}", f"-dTextAlphaBits={text_alpha}",
           f"-dGraphicsAlphaBits={graphics_alpha}", "-dNumRenderingThreads=1", f"-sOutputFile={out}"] + (extra or [])
    if pre:
        cmd += ["-c", pre, "-f"]
    subprocess.run(cmd + [str(pdf)], check=True, capture_output=True, timeout=300)
    return out
