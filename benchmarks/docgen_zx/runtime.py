"""The Node.js side of family ZX: its npm packages (pureimage, opentype.js, jimp, pdf-lib, @pdf-lib/fontkit)
installed by `npm ci` from the committed lock file into ~/.cache/zongchuang/docgen_zx/<lock hash>/, and one
`node zx.cjs` process per generate call that draws, scans and writes the documents streamed to it as JSON
lines. Faces are cut from the system's .ttc collections into cached .otf/.ttf files (opentype.js reads no
collections); the cmap check is made against the very files node draws with."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
NODE_DIR = HERE / "node"


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_zx"


def missing_tool() -> str | None:
    """Why this machine cannot run the family (for tests' skip), or None."""
    if not shutil.which("node") or not shutil.which("npm"):
        return "node/npm not installed (make sysdeps: nodejs, npm)"
    try:
        import pybullet  # noqa: F401
    except ImportError:
        return "pybullet not installed (make venv: pyproject's dev extra)"
    return None


def node_modules() -> Path:
    lock = (NODE_DIR / "package-lock.json").read_bytes() + (NODE_DIR / "package.json").read_bytes()
    d = cache_root() / ("node-" + hashlib.sha256(lock).hexdigest()[:16])
    nm = d / "node_modules"
    if (d / ".ok").exists():
        return nm
    d.mkdir(parents=True, exist_ok=True)
    shutil.copy(NODE_DIR / "package.json", d / "package.json")
    shutil.copy(NODE_DIR / "package-lock.json", d / "package-lock.json")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=d, check=True,
                   stdout=subprocess.DEVNULL)
    (d / ".ok").write_text("ok")
    return nm


# ---- faces -----------------------------------------------------------------------------------------
# key -> (system file, index in the collection or None, what it is used for)
FACES = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "Noto Serif CJK SC: licence values"),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "Noto Serif CJK SC Bold: titles"),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC: labels, ID card"),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "Noto Sans CJK SC Bold"),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None, "AR PL KaitiM GB: handwriting"),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None, "AR PL SungtiL GB: older forms"),
    "fallback": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", None, "Droid Sans Fallback"),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei: e-licence sans"),
}
FALLBACK = ["serif", "sans", "fallback"]
# e-licence PDFs: @pdf-lib/fontkit writes broken subsets of CID-keyed CFF faces (Noto CJK), so the PDFs are
# laid out and embedded with TrueType-outline faces; the cmap check is made against these same files
PDF_FACES = {"serif": "song", "serif_b": "song", "sans": "zenhei", "sans_b": "zenhei"}
PDF_FALLBACK = ["song", "zenhei", "fallback"]


@cache
def face_file(key: str) -> str:
    """The face node draws with: a single-font file (cut from a .ttc once, cached by the source's size/mtime)."""
    src, idx, _ = FACES[key]
    if idx is None:
        return src
    st = os.stat(src)
    tag = hashlib.sha256(f"{src}:{idx}:{st.st_size}:{int(st.st_mtime)}".encode()).hexdigest()[:12]
    out = cache_root() / "faces" / f"{key}-{tag}{'.otf' if 'opentype' in src else '.ttf'}"
    if not out.exists():
        from fontTools.ttLib import TTCollection

        out.parent.mkdir(parents=True, exist_ok=True)
        coll = TTCollection(src, lazy=True)
        tmp = out.with_suffix(".tmp")
        coll.fonts[idx].save(str(tmp))
        tmp.rename(out)
    return str(out)


@cache
def face_metrics(key: str) -> tuple[dict, dict, int]:
    """(cmap codepoint -> glyph name, glyph name -> advance, unitsPerEm) of the file node draws with."""
    from fontTools.ttLib import TTFont

    f = TTFont(face_file(key), lazy=True)
    cmap = f.getBestCmap()
    hm = f["hmtx"].metrics
    adv = {g: hm[g][0] for g in set(cmap.values())}
    return cmap, adv, f["head"].unitsPerEm


def has(key: str, ch: str) -> bool:
    return ord(ch) in face_metrics(key)[0]


def width(key: str, text: str, size: float) -> float:
    cmap, adv, upm = face_metrics(key)
    return sum(adv[cmap[ord(c)]] for c in text if ord(c) in cmap) * size / upm


class Node:
    """One node process; `call` sends a command and waits for its one-line answer."""

    def __init__(self) -> None:
        nm = node_modules()
        env = dict(os.environ, ZX_NODE_MODULES=str(nm))
        self.p = subprocess.Popen(["node", "--max-old-space-size=3000", str(NODE_DIR / "zx.cjs")], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, env=env, text=True, encoding="utf-8")
        self.call({"cmd": "fonts", "files": {k: face_file(k) for k in FACES}})

    def call(self, msg: dict) -> dict:
        assert self.p.stdin and self.p.stdout
        self.p.stdin.write(json.dumps(msg, ensure_ascii=False) + "\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError("docgen_zx node process died")
        ans = json.loads(line)
        if not ans.get("ok"):
            raise RuntimeError("docgen_zx node: " + ans.get("error", "?"))
        return ans

    def close(self) -> None:
        if self.p.stdin:
            self.p.stdin.close()
        self.p.wait(timeout=60)

    def __enter__(self) -> Node:
        return self

    def __exit__(self, *a) -> None:  # noqa: ANN002
        self.close()
