"""The PDFBox side: ZsPdf.java compiled once into ~/.cache/zongchuang/docgen_zs_java/<source hash>/ and
run as one JVM per generate call, fed documents as tab-separated drawing commands on stdin; it writes
each page with PDPageContentStream, renders it with PDFRenderer.renderImageWithDPI and answers with
the ink boxes of the fields drawn (PDF points, one box per line)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from . import faces

HERE = Path(__file__).resolve().parent
SRC = HERE / "java" / "ZsPdf.java"
JARS = ["/usr/share/java/pdfbox2.jar", "/usr/share/java/fontbox2.jar", "/usr/share/java/commons-logging.jar"]


def _classes() -> Path:
    h = hashlib.sha256(SRC.read_bytes()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "docgen_zs_java" / h
    if not (base / "ZsPdf.class").exists():
        missing = [j for j in JARS if not Path(j).exists()]
        if missing or shutil.which("javac") is None:
            raise RuntimeError(f"family ZS needs javac and libpdfbox2-java ({missing or 'javac'} missing)")
        tmp = base.with_name(base.name + f".tmp{os.getpid()}")
        tmp.mkdir(parents=True, exist_ok=True)
        subprocess.run(["javac", "-nowarn", "-encoding", "UTF-8", "-cp", ":".join(JARS), "-d", str(tmp), str(SRC)],
                       check=True, capture_output=True, timeout=300)
        if base.exists():
            shutil.rmtree(tmp)
        else:
            tmp.rename(base)
    return base


def _clean(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


class Page:
    """One document's drawing commands (PDF points, origin bottom-left)."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.cmds: list[str] = [f"PAGE\t{w:.2f}\t{h:.2f}"]
        self.used: set[str] = set()

    def _n(self, *v) -> str:
        return "\t".join(f"{x:.2f}" if isinstance(x, float) else str(x) for x in v)

    def rgb(self, r: int, g: int, b: int) -> None:
        self.cmds.append(f"RGB\t{int(r)}\t{int(g)}\t{int(b)}")

    def alpha(self, a: float) -> None:
        self.cmds.append(f"ALPHA\t{a:.3f}")

    def lw(self, w: float) -> None:
        self.cmds.append(f"LW\t{w:.2f}")

    def field(self, name: str | None) -> None:
        self.cmds.append(f"FIELD\t{name}" if name else "ENDF")

    def _face(self, key: str, text: str) -> str:
        faces.check(key, text)
        self.used.add(key)
        return _clean(text)

    def text(self, key: str, size: float, x: float, y: float, s: str, deg: float = 0.0) -> None:
        if s:
            self.cmds.append(f"TEXT\t{key}\t{self._n(float(size), float(x), float(y), float(deg))}\t{self._face(key, s)}")

    def ctext(self, key: str, size: float, cx: float, y: float, s: str) -> None:
        if s:
            self.cmds.append(f"CTEXT\t{key}\t{self._n(float(size), float(cx), float(y))}\t{self._face(key, s)}")

    def rtext(self, key: str, size: float, rx: float, y: float, s: str) -> None:
        if s:
            self.cmds.append(f"RTEXT\t{key}\t{self._n(float(size), float(rx), float(y))}\t{self._face(key, s)}")

    def spread(self, key: str, size: float, x: float, y: float, width: float, s: str) -> None:
        self.cmds.append(f"SPREAD\t{key}\t{self._n(float(size), float(x), float(y), float(width))}\t{self._face(key, s)}")

    def wrap(self, key: str, size: float, x: float, y: float, width: float, lead: float, maxlines: int, s: str) -> None:
        if s:
            self.cmds.append(f"WRAP\t{key}\t{self._n(float(size), float(x), float(y), float(width), float(lead), maxlines)}\t{self._face(key, s)}")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.cmds.append(f"LINE\t{self._n(float(x1), float(y1), float(x2), float(y2))}")

    def rect(self, x: float, y: float, w: float, h: float, mode: str = "s") -> None:
        self.cmds.append(f"RECT\t{self._n(float(x), float(y), float(w), float(h))}\t{mode}")

    def poly(self, pts, mode: str = "s") -> None:
        flat = "\t".join(f"{float(x):.2f}\t{float(y):.2f}" for x, y in pts)
        self.cmds.append(f"POLY\t{mode}\t{flat}")

    def image(self, path: Path, x: float, y: float, w: float, h: float) -> None:
        self.cmds.append(f"IMG\t{path}\t{self._n(float(x), float(y), float(w), float(h))}")


class Jvm:
    """One JVM for a generate call; `draw(page, dpi, png, pdf)` renders and returns the field boxes."""

    def __init__(self):
        cls = _classes()
        self.p = subprocess.Popen(["java", "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                                   "-XX:ActiveProcessorCount=1", "-Djava.awt.headless=true",
                                   "-Dsun.java2d.renderer=sun.java2d.marlin.DMarlinRenderingEngine",
                                   "-cp", ":".join([str(cls), *JARS]), "ZsPdf"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True, encoding="utf-8", bufsize=1)
        self.loaded: set[str] = set()

    def draw(self, page: Page, dpi: float, png: Path | None, pdf: Path | None = None) -> dict[str, list[tuple]]:
        head = []
        for key in sorted(page.used - self.loaded):
            path, ps = faces.FACES[key]
            head.append(f"FONT\t{key}\t{path}\t{ps}")
            self.loaded.add(key)
        body = head + ["DOC", *page.cmds, f"END\t{pdf or '-'}\t{dpi:.2f}\t{png or '-'}"]
        assert self.p.stdin and self.p.stdout
        self.p.stdin.write("\n".join(body) + "\n")
        self.p.stdin.flush()
        ans = self.p.stdout.readline().rstrip("\n")
        if not ans.startswith("OK"):
            raise RuntimeError(f"PDFBox: {ans or 'no answer'}")
        boxes: dict[str, list[tuple]] = {}
        for item in ans.split("\t", 1)[1].split(";"):
            if item.strip():
                name, *v = item.split(" ")
                boxes.setdefault(name, []).append(tuple(float(x) for x in v))
        return boxes

    def close(self) -> None:
        if self.p.poll() is None:
            try:
                assert self.p.stdin
                self.p.stdin.write("QUIT\n")
                self.p.stdin.close()
                self.p.wait(timeout=30)
            except Exception:  # noqa: BLE001
                self.p.kill()
                self.p.wait()
