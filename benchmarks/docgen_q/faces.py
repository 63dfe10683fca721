"""Faces pinned by file through a private fontconfig, text blocks laid out and shaped by Pango
(HarfBuzz) through the `pango-view` CLI, one PNG per block, read back as a coverage mask.

Every span's characters are checked against its face's cmap (fontTools) before it is drawn: Pango
falls back silently, and the private fontconfig holds only the pinned files, so a missing glyph
would come from another pinned face. `fc-match` must name the pinned file for every face.
"""

from __future__ import annotations

import hashlib
import html
import os
import subprocess
import tempfile
from functools import cache, lru_cache
from pathlib import Path

import cv2
import numpy as np

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
# key: (fontconfig family, style, file, index in the file, role)
FACES = {
    "fandol_song": ("FandolSong", "Regular", f"{FANDOL}/FandolSong-Regular.otf", 0, "宋"),
    "fandol_song_b": ("FandolSong", "Bold", f"{FANDOL}/FandolSong-Bold.otf", 0, "宋 bold"),
    "fandol_fang": ("FandolFang", "Regular", f"{FANDOL}/FandolFang-Regular.otf", 0, "仿宋"),
    "fandol_hei": ("FandolHei", "Regular", f"{FANDOL}/FandolHei-Regular.otf", 0, "黑"),
    "fandol_hei_b": ("FandolHei", "Bold", f"{FANDOL}/FandolHei-Bold.otf", 0, "黑 bold"),
    "fandol_kai": ("FandolKai", "Regular", f"{FANDOL}/FandolKai-Regular.otf", 0, "楷"),
    "sungtil": ("AR PL SungtiL GB", "Regular", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "宋"),
    "kaitim": ("AR PL KaitiM GB", "Regular", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "楷"),
    "microhei": ("WenQuanYi Micro Hei", "Regular", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "黑"),
    "noto_serif": ("Noto Serif CJK SC", "Regular", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "宋"),
    "noto_sans_m": ("Noto Sans CJK SC", "Medium", "/usr/share/fonts/opentype/noto/NotoSansCJK-Medium.ttc", 2, "黑"),
    "wenkai": ("LXGW WenKai", "Regular", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "楷 hand"),
    "dejavu_mono": ("DejaVu Sans Mono", "Book", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, "OCR-B-like digits"),
    "nimbus_mono_b": ("Nimbus Mono PS", "Bold", "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", 0, "mono digits"),
}
GROUPS = {
    "song": ["fandol_song", "sungtil", "noto_serif"],
    "title": ["fandol_song_b", "fandol_hei_b"],
    "fang": ["fandol_fang", "fandol_song"],
    "hei": ["fandol_hei", "microhei", "noto_sans_m"],
    "kai": ["fandol_kai", "kaitim", "wenkai"],
    "hand": ["wenkai", "kaitim"],
    "digits": ["dejavu_mono", "nimbus_mono_b"],
}
DRAWN: list[tuple[str, str]] = []      # (face key, text) of every span drawn, for the tests


def _root() -> Path:
    key = hashlib.sha1(repr(sorted(FACES.items())).encode()).hexdigest()[:10]
    return Path(tempfile.gettempdir()) / f"docgen_q_fonts_{os.getuid()}_{key}"


@lru_cache(maxsize=1)
def fontconfig_env() -> dict:
    """A fontconfig that knows the pinned files only (symlinked into a private folder)."""
    root = _root()
    fonts = root / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for path in {v[2] for v in FACES.values()}:
        link = fonts / Path(path).name
        if not link.exists():
            try:
                link.symlink_to(path)
            except FileExistsError:
                pass
    conf = root / "fonts.conf"
    if not conf.exists():
        tmp = root / f"fonts.conf.{os.getpid()}"
        tmp.write_text(f"<?xml version='1.0'?>\n<!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>\n<fontconfig>"
                       f"<dir>{fonts}</dir><cachedir>{root / 'cache'}</cachedir></fontconfig>\n")
        tmp.replace(conf)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    env.pop("FONTCONFIG_PATH", None)
    return env


@cache
def check_face(key: str) -> None:
    """fc-match (through the private config) must name the pinned file and index."""
    fam, style, path, idx, _ = FACES[key]
    if not Path(path).exists():
        raise RuntimeError(f"face {key}: {path} missing (build/setup/debian-packages.txt)")
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}", f"{fam}:style={style}"],
                         capture_output=True, text=True, env=fontconfig_env()).stdout
    got_file, _, got_idx = out.partition("|")
    if Path(got_file).name != Path(path).name or int(got_idx or -1) != idx:
        raise RuntimeError(f"face {key}: fc-match gives {out!r}, pinned {path}#{idx}")


@cache
def cmap(key: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont
    _, _, path, idx, _ = FACES[key]
    f = TTFont(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap())


def covers(key: str, text: str) -> bool:
    cm = cmap(key)
    return all(ord(ch) in cm for ch in text if not ch.isspace())


def pick(group: str, text: str, rng) -> str:
    """A face of the group (random first choice) whose cmap covers text."""
    keys = list(GROUPS[group])
    first = keys[int(rng.integers(len(keys)))]
    for k in [first] + [k for k in keys if k != first]:
        if covers(k, text):
            return k
    raise ValueError(f"no {group} face covers {text!r}")


def _desc(key: str, size: float) -> str:
    fam, style, *_ = FACES[key]
    return f"{fam}, {style} {size:.1f}"


def render(spans, width: float | None = None, justify: bool = False, align: str = "left",
           line_spacing: float | None = None, rotate: float = 0.0) -> np.ndarray:
    """Lay out spans [(text, face, size_px, {letter_spacing: px, rise: px})] as one Pango paragraph
    block; return its coverage (float32, 0..1). Checks each span against its face first."""
    parts = []
    for text, key, size, *extra in spans:
        opts = extra[0] if extra else {}
        missing = [ch for ch in text if not ch.isspace() and not covers(key, ch)]
        if missing:
            raise ValueError(f"face {key} lacks {missing!r} in {text!r}")
        check_face(key)
        DRAWN.append((key, text))
        attrs = f'font_desc="{_desc(key, size)}" insert_hyphens="false"'
        if opts.get("letter_spacing"):
            attrs += f' letter_spacing="{int(opts["letter_spacing"] * 1024)}"'
        if opts.get("rise"):
            attrs += f' rise="{int(opts["rise"] * 1024)}"'
        parts.append(f"<span {attrs}>{html.escape(text, quote=False)}</span>")
    markup = "".join(parts)
    with tempfile.TemporaryDirectory(prefix="docgen_q_") as td:
        src, out = Path(td) / "t.txt", Path(td) / "t.png"
        src.write_text(markup, encoding="utf-8")
        cmd = ["pango-view", "--no-display", "--markup", "--pixels", "--margin=0", "--background=transparent",
               "--foreground=#000000", "--hinting=slight", f"--align={align}", "-o", str(out)]
        if width:
            cmd += [f"--width={int(width)}", "--wrap=char"]
        if justify:
            cmd.append("--justify")
        if line_spacing:
            cmd.append(f"--line-spacing={line_spacing}")
        if rotate:
            cmd.append(f"--rotate={rotate}")
        cmd.append(str(src))
        proc = subprocess.run(cmd, capture_output=True, text=True, env=fontconfig_env())
        if proc.returncode or not out.exists():
            raise RuntimeError(f"pango-view failed: {proc.stderr[-500:]}")
        img = cv2.imread(str(out), cv2.IMREAD_UNCHANGED)
    if img.ndim == 2:
        return (255 - img).astype(np.float32) / 255.0
    return img[..., 3].astype(np.float32) / 255.0


def pango_version() -> str:
    return subprocess.run(["pango-view", "--version"], capture_output=True, text=True).stdout.strip()
