"""The TrueType faces family AG sets its documents in (Debian font packages), read by fontTools: cmap, advance
widths, flattened glyph outlines (raster.py) and the glyf subset embedded in the e-licence PDFs (pdfout.py)."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

# name -> (file, font number in a collection, Debian package)
FACES = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "fonts-arphic-gbsn00lp"),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "fonts-arphic-gkai00mp"),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei"),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei"),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "fonts-arphic-uming"),
    "hand": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "fonts-lxgw-wenkai"),
    "droid": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "fonts-droid-fallback"),
}
FALLBACK = "droid"


class _Flat(BasePen):
    def __init__(self, gs, step: float):
        super().__init__(gs)
        self.contours: list[list[tuple[float, float]]] = []
        self.step = step

    def _moveTo(self, p):
        self.contours.append([p])

    def _lineTo(self, p):
        self.contours[-1].append(p)

    def _curveToOne(self, p1, p2, p3):
        p0 = self.contours[-1][-1]
        for t in np.linspace(0, 1, 9)[1:]:
            u = 1 - t
            self.contours[-1].append((u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                                      u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]))

    def _qCurveToOne(self, p1, p2):
        p0 = self.contours[-1][-1]
        for t in np.linspace(0, 1, 7)[1:]:
            u = 1 - t
            self.contours[-1].append((u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                                      u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]))

    def _closePath(self):
        pass


class Face:
    def __init__(self, name: str):
        path, num, _ = FACES[name]
        self.name, self.path, self.num = name, path, num
        self.tt = TTFont(path, fontNumber=num, lazy=True)
        self.cmap = self.tt.getBestCmap()
        self.upem = self.tt["head"].unitsPerEm
        self.hmtx = self.tt["hmtx"].metrics
        self.gs = self.tt.getGlyphSet()
        self._outlines: dict[str, list[np.ndarray]] = {}

    def has(self, ch: str) -> bool:
        return ord(ch) in self.cmap

    def advance(self, ch: str) -> float:
        """Advance in ems."""
        g = self.cmap.get(ord(ch))
        if g is None:
            return 1.0 if ord(ch) > 0x2E80 else 0.5
        return self.hmtx[g][0] / self.upem

    def outline(self, ch: str) -> list[np.ndarray]:
        hit = self._outlines.get(ch)
        if hit is None:
            g = self.cmap.get(ord(ch))
            if g is None:
                hit = []
            else:
                pen = _Flat(self.gs, 1.0)
                self.gs[g].draw(pen)
                hit = [np.asarray(c, float) for c in pen.contours if len(c) > 2]
            self._outlines[ch] = hit
        return hit


@functools.cache
def face(name: str) -> Face:
    return Face(name)


def missing_faces() -> list[str]:
    return [pkg for _, (p, _, pkg) in FACES.items() if not Path(p).exists()]
