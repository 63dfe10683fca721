"""Family R's faces, pinned by file (and by index inside a TTC, with the face name Java must find there).
Render.java loads each with Font.createFonts and refuses a string its face cannot display."""

from __future__ import annotations

from pathlib import Path

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
NOTO = "/usr/share/fonts/opentype/noto/"
TT = "/usr/share/fonts/truetype/"

# key: (file, index in the collection, face name Java reports)
FACES: dict[str, tuple[str, int, str]] = {
    "fang": (FANDOL + "FandolFang-Regular.otf", 0, "FandolFang R"),
    "song": (FANDOL + "FandolSong-Regular.otf", 0, "FandolSong"),
    "songb": (FANDOL + "FandolSong-Bold.otf", 0, "FandolSong Bold"),
    "hei": (FANDOL + "FandolHei-Regular.otf", 0, "FandolHei"),
    "heib": (FANDOL + "FandolHei-Bold.otf", 0, "FandolHei Bold"),
    "kai": (FANDOL + "FandolKai-Regular.otf", 0, "FandolKai"),
    "gbsn": (TT + "arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB"),
    "gkai": (TT + "arphic-gkai00mp/gkai00mp.ttf", 0, "AR PL KaitiM GB"),
    "uming": (TT + "arphic/uming.ttc", 0, "AR PL UMing CN"),
    "wqy": (TT + "wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
    "zenhei": (TT + "wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
    "nserif": (NOTO + "NotoSerifCJK-Regular.ttc", 2, "Noto Serif CJK SC"),
    "nsans": (NOTO + "NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
    "nsansb": (NOTO + "NotoSansCJK-Bold.ttc", 2, "Noto Sans CJK SC Bold"),
    "nsansl": (NOTO + "NotoSansCJK-Light.ttc", 2, "Noto Sans CJK SC Light"),
    "wenkai": (TT + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "LXGW WenKai"),
    "mono": (TT + "dejavu/DejaVuSansMono.ttf", 0, "DejaVu Sans Mono"),
    "monob": (TT + "dejavu/DejaVuSansMono-Bold.ttf", 0, "DejaVu Sans Mono Bold"),
    "nmono": ("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf", 0, "NimbusMonoPS-Regular"),
    "sans": (TT + "dejavu/DejaVuSans.ttf", 0, "DejaVu Sans"),
}

# which faces a document's values may be set in (the licence's own print), by role
LICENCE_VALUE = ["fang", "song", "gbsn", "uming", "nserif", "kai", "hei", "wqy", "nsans"]
LICENCE_LABEL = ["hei", "heib", "song", "songb", "fang", "nsansb", "nserif"]
ID_VALUE = ["hei", "wqy", "nsans", "zenhei", "nsansl"]
ID_NUMBER = ["monob", "mono", "nmono"]
HAND = ["wenkai", "gkai", "kai"]


def missing() -> list[str]:
    """Faces whose file is not installed (the generator and its test skip/fail on these)."""
    return [k for k, (p, _, _) in FACES.items() if not Path(p).exists()]


def job_fonts() -> dict[str, list]:
    return {k: [p, i, name] for k, (p, i, name) in FACES.items()}
