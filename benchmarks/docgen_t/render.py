"""Family T's renderer: Tcl/Tk 8.6 (through Python's tkinter) drawing on a Canvas inside a private
Xvfb, text laid out by Tk (canvas text items, `width=` wrapping, `angle=` for seal rims) and rendered by
Tk's Xft/fontconfig path, the page grabbed back from the X screen. No earlier family drew with Tk.

Every face is addressed by family name through fontconfig; `font()` refuses a face Tk did not really
resolve (`font.actual()`), and `text()` refuses a string with a character the face's own cmap lacks
(Xft would silently substitute another face for it), so each drawn run is in the face its truth names.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import time
import tkinter as tk
import tkinter.font as tkfont
from functools import cache

import numpy as np

SCREEN = 3000
DRAWN: list[tuple[str, str]] = []     # (face, text) of every run drawn, for the test

SERIF = ["AR PL UMing CN", "Noto Serif CJK SC", "AR PL SungtiL GB", "BabelStone Han"]
SANS = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
KAI = ["AR PL UKai CN", "AR PL KaitiM GB", "LXGW WenKai"]
MONO = ["DejaVu Sans Mono", "Nimbus Mono PS", "Noto Sans Mono CJK SC"]
FACES = SERIF + SANS + KAI + MONO


class FaceError(RuntimeError):
    """A face did not resolve, or does not cover a string drawn in it."""


@cache
def face_file(family: str) -> tuple[str, int]:
    out = subprocess.run(["fc-match", "-f", "%{file}\n%{index}\n%{family}", family], capture_output=True,
                         text=True, check=True).stdout.split("\n")
    if family.lower() not in out[2].lower():
        raise FaceError(f"fontconfig resolves {family!r} to {out[2]!r} ({out[0]})")
    return out[0], int(out[1] or 0)


@cache
def cmap(family: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont
    path, idx = face_file(family)
    f = TTFont(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap())


def covered(family: str, s: str) -> bool:
    cm = cmap(family)
    return all(ch.isspace() or ord(ch) in cm for ch in s)


class Xvfb:
    """A private X server on a free display number, started and stopped by the generator itself."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (Debian package xvfb)")
        for num in range(171 + os.getpid() % 50, 400):
            if os.path.exists(f"/tmp/.X{num}-lock") or os.path.exists(f"/tmp/.X11-unix/X{num}"):
                continue
            p = subprocess.Popen(["Xvfb", f":{num}", "-screen", "0", f"{SCREEN}x{SCREEN}x24", "-nolisten", "tcp"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(50):
                time.sleep(0.1)
                if os.path.exists(f"/tmp/.X11-unix/X{num}") or p.poll() is not None:
                    break
            if p.poll() is None:
                self.proc, self.display = p, f":{num}"
                return self
        raise RuntimeError("no free X display for Xvfb")

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Painter:
    """One Tk root with one borderless Canvas at the screen's origin; pages are drawn, updated and
    grabbed from the X screen (Pillow's ImageGrab over XCB)."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.root = tk.Tk(screenName=display)
        self.root.overrideredirect(True)
        self.root.geometry("+0+0")
        self.c = tk.Canvas(self.root, width=100, height=100, bg="white", highlightthickness=0, bd=0)
        self.c.pack()
        self.fonts: dict = {}
        self.w = self.h = 100

    def close(self) -> None:
        self.root.destroy()

    def page(self, w: int, h: int, bg: str = "white") -> None:
        self.c.delete("all")
        self.c.configure(width=w, height=h, bg=bg)
        self.w, self.h = w, h

    def font(self, family: str, px: int, weight: str = "normal") -> tkfont.Font:
        key = (family, px, weight)
        if key not in self.fonts:
            f = tkfont.Font(root=self.root, family=family, size=-px, weight=weight)
            if f.actual("family") != family:
                raise FaceError(f"Tk resolved {family!r} to {f.actual('family')!r}")
            self.fonts[key] = f
        return self.fonts[key]

    def text(self, x: float, y: float, s: str, family: str, px: int, fill: str = "black", anchor: str = "nw",
             weight: str = "normal", width: int = 0, angle: float = 0, tags: str = "") -> int:
        if not covered(family, s):
            bad = [ch for ch in s if not ch.isspace() and ord(ch) not in cmap(family)]
            raise FaceError(f"{family} lacks {bad!r} in {s!r}")
        DRAWN.append((family, s))
        kw = {"width": width} if width else {}
        return self.c.create_text(x, y, text=s, font=self.font(family, px, weight), fill=fill, anchor=anchor,
                                  angle=angle, tags=tags, **kw)

    def spaced(self, x: float, y: float, s: str, span: float, family: str, px: int, fill: str = "black",
               weight: str = "normal", tags: str = "") -> None:
        """A label justified across `span` pixels (名　　称): first and last characters at the ends."""
        if len(s) == 1:
            self.text(x, y, s, family, px, fill, weight=weight, tags=tags)
            return
        f = self.font(family, px, weight)
        widths = [f.measure(ch) for ch in s]
        gap = (span - sum(widths)) / (len(s) - 1)
        for ch, wd in zip(s, widths, strict=True):
            self.text(x, y, ch, family, px, fill, weight=weight, tags=tags)
            x += wd + gap

    def wrap(self, s: str, family: str, px: int, width: float, weight: str = "normal") -> list[str]:
        """Greedy character wrapping with the face's own advances (Tk only breaks at spaces), keeping
        closing punctuation off the start of a line as Chinese typesetting does."""
        f = self.font(family, px, weight)
        lines, cur, cw = [], "", 0.0
        for ch in s:
            a = f.measure(ch)
            if cw + a > width and cur and ch not in "，。；、）：”》":
                lines.append(cur)
                cur, cw = "", 0.0
            cur += ch
            cw += a
        if cur:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, s: str, family: str, px: int, width: float, lead: float = 1.5,
             fill: str = "black", tags: str = "", indent: float = 0, first: float | None = None) -> float:
        """Own-wrapped paragraph with line spacing `lead`; returns the y under it."""
        lines = self.wrap(s, family, px, width - indent if first is None else first)
        if first is not None and len(lines) > 1:
            rest = "".join(lines[1:])
            lines = lines[:1] + self.wrap(rest, family, px, width)
        for i, ln in enumerate(lines):
            self.text(x + (indent if i == 0 else 0), y, ln, family, px, fill, tags=tags)
            y += px * lead
        return y

    def guilloche(self, x0: float, y0: float, x1: float, y1: float, rng: np.random.Generator, colour: str,
                  n: int = 14, border: float = 0) -> None:
        """Interlaced sine bands, the security pattern of licences and ID backgrounds."""
        for k in range(n):
            amp = rng.uniform(4, 14)
            per = rng.uniform(30, 90)
            ph = rng.uniform(0, 6.28)
            if border:
                for yb in (y0 + k * border / n, y1 - k * border / n):
                    xs = np.arange(x0, x1, 6.0)
                    pts = np.column_stack([xs, yb + amp * np.sin(xs / per + ph)]).ravel().tolist()
                    self.c.create_line(*pts, fill=colour, width=1, smooth=True)
                for xb in (x0 + k * border / n, x1 - k * border / n):
                    ys = np.arange(y0, y1, 6.0)
                    pts = np.column_stack([xb + amp * np.sin(ys / per + ph), ys]).ravel().tolist()
                    self.c.create_line(*pts, fill=colour, width=1, smooth=True)
            else:
                yb = y0 + (y1 - y0) * (k + 0.5) / n
                xs = np.arange(x0, x1, 6.0)
                pts = np.column_stack([xs, yb + amp * np.sin(xs / per + ph)]).ravel().tolist()
                self.c.create_line(*pts, fill=colour, width=1, smooth=True)

    def seal(self, cx: float, cy: float, r: float, rim: str, bottom: str, family: str, colour: str = "#d4242a",
             star: bool = True) -> None:
        """A round red seal: double ring, five-pointed star, the owner's name on the rim (each character
        a rotated text item), a line under the star."""
        c = self.c
        c.create_oval(cx - r, cy - r, cx + r, cy + r, outline=colour, width=max(3, r / 22))
        px = int(r * 0.25)
        n = len(rim)
        spread = min(250.0, 22.0 * n)
        for i, ch in enumerate(rim):
            th = -spread / 2 + spread * (i + 0.5) / n
            t = math.radians(th)
            rr = r * 0.76
            self.text(cx + rr * math.sin(t), cy - rr * math.cos(t), ch, family, px, colour, anchor="center",
                      angle=-th, weight="bold")
        if star:
            pts = []
            for k in range(10):
                rad = r * (0.26 if k % 2 == 0 else 0.1)
                a = math.radians(-90 + 36 * k)
                pts += [cx + rad * math.cos(a), cy + rad * math.sin(a)]
            c.create_polygon(*pts, fill=colour, outline=colour)
        if bottom:
            self.text(cx, cy + r * 0.5, bottom, family, int(r * 0.17), colour, anchor="center", weight="bold")

    def qr(self, x: float, y: float, size: float, rng: np.random.Generator, n: int = 29) -> None:
        """A QR-like block: random modules and the three finder patterns."""
        m = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            m[fy:fy + 8 if fy == 0 else n, fx:fx + 8 if fx == 0 else n] = False
            m[fy:fy + 7, fx:fx + 7] = True
            m[fy + 1:fy + 6, fx + 1:fx + 6] = False
            m[fy + 2:fy + 5, fx + 2:fx + 5] = True
        s = size / n
        for j, i in zip(*np.nonzero(m), strict=True):
            self.c.create_rectangle(x + i * s, y + j * s, x + (i + 1) * s, y + (j + 1) * s, fill="black", width=0)

    def bbox(self, tag: str) -> tuple[int, int, int, int] | None:
        return self.c.bbox(tag)

    def grab(self) -> np.ndarray:
        """The canvas as an RGB array, read back from the X screen."""
        from PIL import ImageGrab
        self.root.update_idletasks()
        self.root.update()
        im = ImageGrab.grab(bbox=(0, 0, self.w, self.h), xdisplay=self.display)
        a = np.asarray(im.convert("RGB"))
        if a.shape[:2] != (self.h, self.w):
            raise RuntimeError(f"grabbed {a.shape} for a {self.w}x{self.h} page")
        return a


def tk_version() -> str:
    return f"tk{tk.TkVersion}-tcl{tk.TclVersion}"
