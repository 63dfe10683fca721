"""Python side of family ZN's renderer: each page is an R function of grid calls (viewports in page
millimetres, top-left origin), written into one R script per `generate` call and run by one `Rscript`
process; ragg rasterises (agg_png at the capture's dpi), cairo_pdf keeps e-licences as vector PDFs. The
R helpers (CJK line breaker measured with grobWidth, distributed labels, arc seals, guilloche, emblem,
QR-like blocks) live in PRELUDE; every page also writes the ink boxes of its fields (TSV, mm) so the
capture can say which values it hides."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

from benchmarks.docgen_zn import faces

PRELUDE = r"""
suppressMessages({library(grid); library(ragg); library(systemfonts)})
%REGISTER%
NOSTART <- strsplit("，。、；：？！）》」』”’·%〕】", "")[[1]]
BOX <- NULL
OFF <- c(0, 0)
mm <- function(v) unit(v, "native")
PDFMODE <- FALSE
# cairo_pdf finds faces through fontconfig, not systemfonts: there each face is its fontconfig family (+ face)
FC <- list(%FCMAP%)
gp <- function(fam, size, col="black", ...) {
  if (PDFMODE && !is.null(FC[[fam]])) gpar(fontfamily=FC[[fam]][[1]], fontface=FC[[fam]][[2]], fontsize=size, col=col, ...)
  else gpar(fontfamily=fam, fontsize=size, col=col, ...)
}
rec <- function(key, x0, y0, x1, y1) { if (nzchar(key)) BOX <<- rbind(BOX, data.frame(key=key, x0=x0 + OFF[1], y0=y0 + OFF[2], x1=x1 + OFF[1], y1=y1 + OFF[2])) }
# a card drawn at (dx, dy) mm on a sheet: its own millimetre viewport, its boxes offset
inset <- function(dx, dy, W, H, rot, draw) {
  OFF <<- c(dx, dy)
  pushViewport(viewport(x=mm(dx + W / 2), y=mm(dy + H / 2), width=unit(W, "mm"), height=unit(H, "mm"), angle=rot, xscale=c(0, W), yscale=c(H, 0)))
  draw(); popViewport(); OFF <<- c(0, 0)
}
watermark <- function(W, H, s, fam, col, alpha, size) {
  for (yy in seq(H * 0.15, H * 0.95, by=size * 1.6)) for (xx in seq(-W * 0.1, W, by=nchar(s) * size * 0.45))
    grid.text(s, mm(xx), mm(yy), rot=28, just="left", gp=gp(fam, size, col, alpha=alpha))
}
scribble <- function(x, y, w, seed) {
  set.seed(seed); t <- seq(0, 1, length.out=120)
  grid.lines(mm(x + w * t + 1.2 * sin(t * 40 + runif(1) * 6)), mm(y + 2.5 * sin(t * 23) * cos(t * 7 + runif(1))), gp=gpar(col="#1b2a6b", lwd=1.4))
}
tw <- function(s, fam, size) convertWidth(grobWidth(textGrob(s, gp=gp(fam, size))), "mm", TRUE)
tx <- function(x, y, s, size, fam, just="left", col="black", rot=0, key="", alpha=1) {
  g <- textGrob(s, x=mm(x), y=mm(y), just=c(just, "centre"), rot=rot, gp=gp(fam, size, col, alpha=alpha))
  grid.draw(g)
  if (nzchar(key)) { w <- tw(s, fam, size); h <- size * 0.3528
    x0 <- if (just == "left") x else if (just == "right") x - w else x - w / 2
    rec(key, x0, y - h / 2, x0 + w, y + h / 2) }
}
# CJK line breaker: widths measured per character in the face used; no line starts with NOSTART punctuation
wrap <- function(s, width, fam, size) {
  ch <- strsplit(s, "")[[1]]; if (!length(ch)) return(character(0))
  w <- vapply(ch, function(c) tw(c, fam, size), 0)
  lines <- character(0); cur <- character(0); acc <- 0
  for (i in seq_along(ch)) {
    if (acc + w[i] > width && length(cur) > 0) {
      if (ch[i] %in% NOSTART && length(cur) > 1) { carry <- cur[length(cur)]; cur <- cur[-length(cur)]
        lines <- c(lines, paste(cur, collapse="")); cur <- c(carry, ch[i]); acc <- tw(carry, fam, size) + w[i]; next }
      lines <- c(lines, paste(cur, collapse="")); cur <- character(0); acc <- 0 }
    cur <- c(cur, ch[i]); acc <- acc + w[i] }
  c(lines, paste(cur, collapse=""))
}
para <- function(x, y, s, width, size, fam, lead=1.55, col="black", key="", maxlines=99) {
  ls <- wrap(s, width, fam, size)
  if (length(ls) > maxlines) { size <- size * 0.85; ls <- wrap(s, width, fam, size) }
  for (i in seq_along(ls)) tx(x, y + (i - 1) * size * 0.3528 * lead, ls[i], size, fam, col=col, key=key)
  length(ls) * size * 0.3528 * lead
}
# a label spread over its column: 名　　称
spread <- function(x0, x1, y, s, size, fam, col="black") {
  ch <- strsplit(s, "")[[1]]; n <- length(ch)
  if (n == 1) { tx(x0, y, s, size, fam, col=col); return(invisible()) }
  w <- tw(ch[n], fam, size)
  xs <- seq(x0, x1 - w, length.out=n)
  for (i in seq_len(n)) tx(xs[i], y, ch[i], size, fam, col=col)
}
star <- function(x, y, r, col, rot=0) {
  a <- seq(0, 9) * pi / 5 + pi / 2 + rot; rr <- rep(c(r, r * 0.38), 5)
  grid.path(mm(x + rr * cos(a)), mm(y - rr * sin(a)), gp=gpar(fill=col, col=NA))
}
seal <- function(x, y, r, text, fam, col="#d7262b", alpha=0.78, inner="") {
  grid.circle(mm(x), mm(y), r=mm(r), gp=gpar(col=col, lwd=r * 0.55, fill=NA, alpha=alpha))
  star(x, y, r * 0.3, adjustcolor(col, alpha.f=alpha))
  ch <- strsplit(text, "")[[1]]; n <- length(ch)
  span <- min(4.2, 0.42 * n); a <- seq(pi / 2 + span / 2, pi / 2 - span / 2, length.out=n)
  for (i in seq_len(n)) grid.text(ch[i], mm(x + r * 0.72 * cos(a[i])), mm(y - r * 0.72 * sin(a[i])),
        rot=(a[i] - pi / 2) * 180 / pi, gp=gp(fam, r * 1.05, adjustcolor(col, alpha.f=alpha)))
  if (nzchar(inner)) grid.text(inner, mm(x), mm(y + r * 0.55), gp=gp(fam, r * 0.8, adjustcolor(col, alpha.f=alpha)))
}
guilloche <- function(x0, y0, x1, y1, col, k=7, amp=2.2, lwd=0.5) {
  t <- seq(0, 1, length.out=400)
  for (j in 0:(k - 1)) {
    yy <- y0 + amp + amp * sin(2 * pi * (t * 28 + j / k))
    grid.lines(mm(x0 + (x1 - x0) * t), mm(yy), gp=gpar(col=col, lwd=lwd))
    grid.lines(mm(x0 + (x1 - x0) * t), mm(y1 - (yy - y0)), gp=gpar(col=col, lwd=lwd))
    xx <- x0 + amp + amp * sin(2 * pi * (t * 20 + j / k))
    grid.lines(mm(xx), mm(y0 + (y1 - y0) * t), gp=gpar(col=col, lwd=lwd))
    grid.lines(mm(x1 - (xx - x0)), mm(y0 + (y1 - y0) * t), gp=gpar(col=col, lwd=lwd))
  }
}
emblem <- function(x, y, r) {
  grid.circle(mm(x), mm(y), r=mm(r), gp=gpar(fill="#c8161d", col="#e6b422", lwd=r * 0.8))
  star(x - r * 0.35, y - r * 0.35, r * 0.28, "#f2c200")
  for (k in 0:3) { a <- -0.2 + k * 0.42; star(x - r * 0.35 + r * 0.62 * cos(a), y - r * 0.35 + r * 0.62 * sin(a), r * 0.1, "#f2c200") }
  grid.rect(mm(x), mm(y + r * 0.35), width=mm(r * 1.1), height=mm(r * 0.25), gp=gpar(fill="#f2c200", col=NA))
  t <- seq(0, pi, length.out=30)
  grid.lines(mm(x + r * 0.85 * cos(t)), mm(y + r * 0.85 * sin(t) * 0.3 + r * 0.1), gp=gpar(col="#f2c200", lwd=r * 0.5))
}
qr <- function(x, y, s, bits) {
  n <- as.integer(sqrt(nchar(bits))); b <- as.integer(strsplit(bits, "")[[1]]) == 1; m <- s / n
  ij <- which(matrix(b, n, n), arr.ind=TRUE)
  grid.rect(mm(x + (ij[, 2] - 1) * m), mm(y + (ij[, 1] - 1) * m), width=mm(m * 1.02), height=mm(m * 1.02),
            just=c("left", "bottom"), gp=gpar(fill="black", col=NA))
  for (c in list(c(0, 0), c(n - 7, 0), c(0, n - 7))) {
    grid.rect(mm(x + c[1] * m), mm(y + c[2] * m), width=mm(7 * m), height=mm(7 * m), just=c("left", "bottom"), gp=gpar(fill="white", col="black", lwd=m * 2.5))
    grid.rect(mm(x + (c[1] + 2) * m), mm(y + (c[2] + 2) * m), width=mm(3 * m), height=mm(3 * m), just=c("left", "bottom"), gp=gpar(fill="black", col=NA)) }
}
waves <- function(W, H, col, n=24, amp=1.2) {
  t <- seq(0, W, length.out=300)
  for (j in seq_len(n)) grid.lines(mm(t), mm(j * H / n + amp * sin(t / 6 + j * 0.7) + amp * 0.6 * sin(t / 2.3 + j)), gp=gpar(col=col, lwd=0.35))
}
portrait <- function(x, y, w, h, shade) {
  grid.rect(mm(x), mm(y), width=mm(w), height=mm(h), just=c("left", "bottom"), gp=gpar(fill="#e9eef2", col=NA))
  cx <- x + w / 2; t <- seq(0, 2 * pi, length.out=60)
  grid.path(mm(c(x + w * 0.05, x + w * 0.2, cx, x + w * 0.8, x + w * 0.95)), mm(c(y + h, y + h * 0.74, y + h * 0.7, y + h * 0.74, y + h)),
            gp=gpar(fill=shade[1], col=NA))
  grid.path(mm(cx + w * 0.24 * cos(t)), mm(y + h * 0.42 + h * 0.24 * sin(t)), gp=gpar(fill=shade[2], col=NA))
  grid.path(mm(cx + w * 0.27 * cos(t[1:31])), mm(y + h * 0.38 - h * 0.2 * abs(sin(t[1:31]))), gp=gpar(fill=shade[3], col=NA))
}
page <- function(file, W, H, dpi, pdf, draw) {
  BOX <<- NULL; PDFMODE <<- pdf
  if (pdf) cairo_pdf(file, width=W / 25.4, height=H / 25.4) else agg_png(file, width=W, height=H, units="mm", res=dpi, background="white")
  pushViewport(viewport(xscale=c(0, W), yscale=c(H, 0)))
  draw()
  dev.off()
  if (!is.null(BOX)) write.table(BOX, paste0(file, ".boxes.tsv"), sep="\t", quote=FALSE, row.names=FALSE)
}
"""


def q(s: str) -> str:
    """An R string literal."""
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Page:
    """One page's grid calls; every string is checked against its face's cmap as it is added."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.lines: list[str] = []
        self.drawn: list[tuple[str, str]] = []  # (face, string) of every run, for the PDF faces' check

    def r(self, line: str) -> None:
        self.lines.append(line)

    def text(self, x, y, s, size, face, just="left", col="black", rot=0, key="", alpha=1.0):  # noqa: ANN001, ANN201
        faces.check(face, s)
        self.drawn.append((face, s))
        self.r(f'tx({x:.2f},{y:.2f},{q(s)},{size:.2f},"{face}",just="{just}",col="{col}",rot={rot:.2f},key="{key}",alpha={alpha:.2f})')

    def para(self, x, y, s, width, size, face, key="", lead=1.55, col="black", maxlines=99):  # noqa: ANN001, ANN201
        faces.check(face, s)
        self.drawn.append((face, s))
        self.r(f'para({x:.2f},{y:.2f},{q(s)},{width:.2f},{size:.2f},"{face}",lead={lead},col="{col}",key="{key}",maxlines={maxlines})')

    def spread(self, x0, x1, y, s, size, face, col="black"):  # noqa: ANN001, ANN201
        faces.check(face, s)
        self.drawn.append((face, s))
        self.r(f'spread({x0:.2f},{x1:.2f},{y:.2f},{q(s)},{size:.2f},"{face}",col="{col}")')

    def seal(self, x, y, r, text, face, col="#d7262b", alpha=0.78, inner=""):  # noqa: ANN001, ANN201
        faces.check(face, text + inner)
        self.drawn.append((face, text + inner))
        self.r(f'seal({x:.2f},{y:.2f},{r:.2f},{q(text)},"{face}",col="{col}",alpha={alpha:.2f},inner={q(inner)})')

    def rect(self, x, y, w, h, fill="NA", col="black", lwd=1.0):  # noqa: ANN001, ANN201
        f = "NA" if fill == "NA" else f'"{fill}"'
        c = "NA" if col == "NA" else f'"{col}"'
        self.r(f'grid.rect(mm({x:.2f}),mm({y:.2f}),width=mm({w:.2f}),height=mm({h:.2f}),just=c("left","bottom"),gp=gpar(fill={f},col={c},lwd={lwd}))')

    def line(self, xs, ys, col="black", lwd=1.0):  # noqa: ANN001, ANN201
        self.r(f'grid.lines(mm(c({",".join(f"{v:.2f}" for v in xs)})),mm(c({",".join(f"{v:.2f}" for v in ys)})),gp=gpar(col="{col}",lwd={lwd}))')

    def call(self, s: str) -> None:
        self.r(s)

    def r_code(self, file: Path, dpi: int, pdf: bool) -> str:
        body = "\n  ".join(self.lines)
        return f'page({q(file)},{self.w},{self.h},{dpi},{"TRUE" if pdf else "FALSE"},function() {{\n  {body}\n}})'


def run(jobs: list[tuple[Page, Path, int, bool]], workdir: Path) -> float:
    """Render every (page, file, dpi, pdf) in one Rscript process; the seconds it took."""
    script = prelude() + "\n" + "\n".join(
        p.r_code(f, dpi, pdf) for p, f, dpi, pdf in jobs)
    sf = workdir / "zn_pages.R"
    sf.write_text(script, encoding="utf-8")
    t0 = time.perf_counter()
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795000000"}  # cairo_pdf's CreationDate: the same bytes for a seed
    res = subprocess.run(["Rscript", "--vanilla", str(sf)], capture_output=True, text=True, timeout=1800, env=env)
    if res.returncode != 0:
        raise RuntimeError(f"Rscript failed: {res.stderr[-2000:]}")
    sf.unlink()
    for _p, f, _dpi, pdf in jobs:
        if pdf:  # cairo stamps the wall clock: a fixed date of the same length keeps the xref offsets
            f.write_bytes(re.sub(rb"/CreationDate \(D:\d{14}", b"/CreationDate (D:20261120093000", f.read_bytes()))
    return time.perf_counter() - t0


def prelude() -> str:
    fc = ", ".join(f'{k}=list("{fam}", {face})' for k, (fam, face) in faces.PDF_FACES.items())
    return PRELUDE.replace("%REGISTER%", faces.r_register()).replace("%FCMAP%", fc)


def boxes(file: Path) -> dict[str, list[tuple[float, float, float, float]]]:
    """The ink boxes (mm, top-left origin) R recorded for each field key of a page."""
    out: dict[str, list] = {}
    bf = Path(str(file) + ".boxes.tsv")
    if not bf.exists():
        return out
    for ln in bf.read_text(encoding="utf-8").splitlines()[1:]:
        k, *v = ln.split("\t")
        out.setdefault(k, []).append(tuple(float(a) for a in v))
    bf.unlink()
    return out


def sheet_with_cards(cards: list[tuple[Page, float, float]], w: float = 210.0, h: float = 297.0) -> Page:
    """An A4 sheet with card pages placed on it at (dx, dy) mm (a 身份证复印件 page)."""
    p = Page(w, h)
    p.rect(0, 0, w, h, fill="#ffffff", col="NA")
    for c, dx, dy in cards:
        p.drawn.extend(c.drawn)
        body = "\n    ".join(c.lines)
        p.r(f"inset({dx:.2f},{dy:.2f},{c.w},{c.h},0,function() {{\n    {body}\n  }})")
        p.rect(dx, dy, c.w, c.h, col="#9a9a9a", lwd=0.6)
    return p
