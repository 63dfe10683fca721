"""Family X's faces: every CJK and digit face the pages name, resolved by fontconfig (the family
wkhtmltoimage's QtWebKit asks for) and checked to be really there, with its cmap for coverage.

QtWebKit falls back silently when a family is missing; `check_faces()` renders one probe row per face
and one in a family that does not exist and fails loudly when a face draws exactly like the fallback."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from benchmarks.docgen_x.pages import ALL_FACES, DIGITS

FALLBACK = "No Such Face X"


@functools.cache
def resolve(face: str) -> tuple[str, int]:
    """The font file (and index in a collection) fontconfig gives for `face`; raises unless it is that family."""
    out = subprocess.run(["fc-match", "-f", "%{family}\n%{file}\n%{index}", face], capture_output=True, text=True,
                         timeout=30, check=True).stdout.split("\n")
    fams = [f.strip() for f in out[0].split(",")]
    if face not in fams:
        raise RuntimeError(f"family X: fontconfig resolves {face!r} to {fams} ({out[1]}): install the package "
                           f"listed in build/setup/debian-packages.txt")
    return out[1], int(out[2] or 0)


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    path, idx = resolve(face)
    f = TTFont(path, fontNumber=idx, lazy=True) if path.endswith((".ttc", ".otc")) else TTFont(path, lazy=True)
    return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(c.isspace() or ord(c) in cm for c in text)


def probe_text(face: str) -> str:
    return "0123456789X" if face in DIGITS else "营业执照名称住所12"


_checked: set[str] = set()


def check_faces(render, tmp: Path) -> None:  # noqa: ANN001 - render(html, w, h, out) from generate.py
    """Render each face's probe and the fallback's; raise when a face draws exactly like the fallback."""
    from PIL import Image, ImageChops

    todo = [f for f in ALL_FACES if f not in _checked]
    if not todo:
        return
    for f in todo:
        resolve(f)
    rows = todo + [FALLBACK, FALLBACK + " digits"]
    body = "".join(
        f'<div style="position:absolute;left:4px;top:{i * 60}px;font-family:\'{f.replace(" digits", "")}\';font-size:40px;'
        f'white-space:nowrap">{"0123456789X" if f.endswith(" digits") else probe_text(f)}</div>' for i, f in enumerate(rows))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;width:600px;height:'
            f'{60 * len(rows)}px;background:#fff;position:relative}}</style></head><body>{body}</body></html>')
    png = render(html, 600, 60 * len(rows), tmp / "faceprobe.png")
    im = Image.open(png).convert("L")
    crops = [im.crop((0, i * 60, 600, i * 60 + 60)) for i in range(len(rows))]
    fb_cjk, fb_dig = crops[-2], crops[-1]
    same = [f for f, c in zip(todo, crops, strict=False) if ImageChops.difference(c, fb_dig if f in DIGITS else fb_cjk).getbbox() is None]
    if same:
        raise RuntimeError(f"family X: QtWebKit drew {same} exactly like a missing family (silent fallback)")
    _checked.update(todo)
