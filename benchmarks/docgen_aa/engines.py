"""Family AA's three compiled helpers, built once per source hash into ~/.cache/zongchuang/docgen_aa/:
the OCaml page writer (camlimages + FreeType; also writes the e-licence PDFs), the CImg photo renderer
(C++, g++) and the JuicyPixels scan/copy/fax pipelines (Haskell, ghc). Each runs as one process per
generate call, fed documents on stdin; every subprocess gets an explicit environment."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = {"ocaml": HERE / "ocaml" / "aa_pages.ml", "cimg": HERE / "cimg" / "aa_photo.cpp", "hs": HERE / "hs" / "AaScan.hs"}
HINT = "install the toolchains with `make sysdeps` (ocaml, ocaml-findlib, libcamlimages-ocaml-dev, cimg-dev, ghc, libghc-juicypixels-dev)"


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_aa"


def env() -> dict:
    """The whole environment a helper sees: nothing inherited but PATH and HOME."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home()), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
            "OMP_NUM_THREADS": "1"}


def missing_tools() -> list[str]:
    need = {"ocamlfind": "ocaml-findlib", "ocamlopt": "ocaml", "g++": "g++", "ghc": "ghc"}
    out = [pkg for tool, pkg in need.items() if shutil.which(tool) is None]
    if not Path("/usr/include/CImg.h").exists():
        out.append("cimg-dev")
    return out


def _digest(name: str) -> str:
    return hashlib.sha256(SOURCES[name].read_bytes()).hexdigest()[:16]


def binary(name: str) -> Path:
    """The helper's executable, compiled when its source changed."""
    digest = _digest(name)
    d = cache_root() / f"{name}-{digest}"
    exe = d / {"ocaml": "aa_pages", "cimg": "aa_photo", "hs": "aa_scan"}[name]
    if exe.exists():
        return exe
    if missing_tools():
        raise RuntimeError("docgen_aa: missing " + ", ".join(missing_tools()) + "; " + HINT)
    tmp = d.with_name(d.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    src = tmp / SOURCES[name].name
    shutil.copy(SOURCES[name], src)
    if name == "ocaml":
        cmd = ["ocamlfind", "ocamlopt", "-package", "camlimages.freetype,camlimages.core", "-linkpkg", src.name, "-o", exe.name]
    elif name == "cimg":
        cmd = ["g++", "-O2", "-std=c++17", "-o", exe.name, src.name, "-ljpeg", "-lpthread"]
    else:
        cmd = ["ghc", "-O2", "-v0", "-outputdir", "build", "-o", exe.name, src.name]
    r = subprocess.run(cmd, cwd=tmp, env=env(), capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"docgen_aa: building {name} failed:\n{r.stdout}\n{r.stderr}")
    try:  # another process may have finished the same build meanwhile: keep the first
        tmp.rename(d)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
    return exe


class Helper:
    """One running helper: write a job, read lines until DONE/OK."""

    def __init__(self, name: str):
        self.name = name
        self.proc = subprocess.Popen([str(binary(name))], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=env(), cwd=str(cache_root()), text=True, encoding="utf-8", bufsize=1)

    def call(self, text: str, end: str) -> list[str]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(text if text.endswith("\n") else text + "\n")
        self.proc.stdin.flush()
        out = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"docgen_aa: helper {self.name} died (rc={self.proc.poll()})")
            line = line.rstrip("\n")
            if line == end:
                return out
            out.append(line)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


class Engines:
    """The three helpers of one generate call, started lazily."""

    def __init__(self):
        self._h: dict[str, Helper] = {}

    def get(self, name: str) -> Helper:
        if name not in self._h:
            self._h[name] = Helper(name)
        return self._h[name]

    def page(self, ops: str) -> list[str]:
        return self.get("ocaml").call(ops, "DONE")

    def photo(self, job: str) -> list[str]:
        return self.get("cimg").call(job, "DONE")

    def scan(self, job: str) -> None:
        self.get("hs").call(job, "OK")

    def close(self) -> None:
        for h in self._h.values():
            h.close()
        self._h.clear()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
