"""The Node side of family ZR: one `node render.mjs` process per generate call, spoken to in JSON
lines. PDFKit measures strings (`widthOfString`) and writes each laid-out page as a PDF; pdf.js
rasterises it on @napi-rs/canvas at the capture's dpi. The npm packages are installed by `make sysdeps`
(`npm ci` from this folder's package.json/package-lock.json into NODE_DIR, outside version control)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np

from benchmarks.docgen_zr import faces

HERE = Path(__file__).resolve().parent / "node"
NODE_DIR = Path(os.environ.get("ZR_NODE_DIR", Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                                / "zongchuang" / "docgen_zr_node"))


class RendererMissing(RuntimeError):
    pass


def check_installed() -> None:
    if shutil.which("node") is None:
        raise RendererMissing("family ZR needs Node.js (Debian nodejs): `make sysdeps`")
    for pkg in ("pdfkit", "pdfjs-dist", "@napi-rs/canvas"):
        if not (NODE_DIR / "node_modules" / pkg / "package.json").exists():
            raise RendererMissing(f"family ZR's npm package {pkg} is missing from {NODE_DIR}: run `make sysdeps` "
                                  f"(npm ci from benchmarks/docgen_zr/node)")


class Node:
    """The renderer process: measure strings, write and rasterise pages."""

    def __init__(self) -> None:
        check_installed()
        env = {**os.environ, "ZR_NODE_DIR": str(NODE_DIR)}
        self.p = subprocess.Popen(["node", str(HERE / "render.mjs")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  env=env, text=True, encoding="utf-8", bufsize=1)
        self._cache: dict = {}
        self.ask({"op": "fonts", "fonts": faces.pdfkit_fonts()})

    def ask(self, req: dict) -> dict:
        assert self.p.stdin and self.p.stdout
        self.p.stdin.write(json.dumps(req, ensure_ascii=False) + "\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError("family ZR's node renderer exited")
        out = json.loads(line)
        if "error" in out:
            raise RuntimeError("node renderer: " + out["error"])
        return out

    def widths(self, face: str, size: float, strs: list[str], cs: float = 0.0) -> list[float]:
        todo = [s for s in strs if (face, size, cs, s) not in self._cache]
        if todo:
            for s, w in zip(todo, self.ask({"op": "measure", "f": face, "s": size, "strs": todo, "cs": cs})["w"], strict=False):
                self._cache[(face, size, cs, s)] = w
        return [self._cache[(face, size, cs, s)] for s in strs]

    def width(self, face: str, size: float, s: str, cs: float = 0.0) -> float:
        return self.widths(face, size, [s], cs)[0]

    def page(self, w_pt: float, h_pt: float, ops: list[dict], pdf: Path, dpi: float | None, raw: Path | None = None):
        for o in ops:
            if o["t"] == "text":
                faces.check(o["f"], o["str"])
        r = self.ask({"op": "page", "w": w_pt, "h": h_pt, "ops": ops, "pdf": str(pdf), "dpi": dpi,
                      "raw": str(raw) if raw else None})
        if not dpi:
            return None
        a = np.fromfile(raw, np.uint8).reshape(r["h"], r["w"], 3)
        raw.unlink()
        return a

    def close(self) -> None:
        if self.p.poll() is None:
            assert self.p.stdin
            self.p.stdin.close()
            try:
                self.p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
