"""The engines family ZZ drives, each built once per source hash into ~/.cache/zongchuang/docgen_zz/ and
run as one process per generate call with an explicit environment (nothing in os.environ is changed):
the Rust page drawer (cargo offline against Debian's /usr/share/cargo/registry), the Irrlicht photo
renderer (g++ against libirrlicht-dev, Burning's Video under a private Xvfb), ImageJ macros (Debian
imagej's ij.jar under the same Xvfb: its -batch mode cannot start with java.awt.headless=true) and the
iText 5 PDF writer (javac against Debian's itext5.jar)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEXT = "/usr/share/java/itext5.jar"
IJ = "/usr/share/java/ij.jar"
HINT = "make sysdeps (rustc cargo librust-ttf-parser-dev librust-ab-glyph-rasterizer-dev librust-png-dev librust-serde-json-dev libirrlicht-dev imagej libitext5-java xvfb)"


class Missing(RuntimeError):
    pass


def _src_hash(*parts: Path) -> str:
    h = hashlib.sha256()
    for p in parts:
        for f in sorted(p.rglob("*")) if p.is_dir() else [p]:
            if f.is_file() and "target" not in f.parts:
                h.update(f.relative_to(HERE).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zongchuang" / "docgen_zz"


def base_env(display: str | None = None) -> dict:
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home()), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "OMP_NUM_THREADS": "1", "TZ": "UTC", "SOURCE_DATE_EPOCH": "1700000000"}
    if display:
        env["DISPLAY"] = display
    return env


def _tool(*names: str) -> str:
    for n in names:
        p = shutil.which(n, path="/usr/bin:/bin:/usr/local/bin") if not n.startswith("/") else (n if Path(n).exists() else None)
        if p:
            return p
    raise Missing(f"{names[0]} not installed: {HINT}")


def _publish(tmp: Path, final: Path) -> Path:
    try:
        tmp.rename(final)
    except OSError:  # another process built it first
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def rust_bin() -> Path:
    src = HERE / "rust"
    out = cache_root() / f"rust-{_src_hash(src)}"
    exe = out / "zzpages"
    if exe.exists():
        return exe
    cargo = _tool("/usr/bin/cargo", "cargo")
    for crate in ("ttf-parser-0.15.2", "ab_glyph_rasterizer-0.1.7", "png-0.17.7", "serde_json-1.0.87"):
        if not Path("/usr/share/cargo/registry", crate).exists():
            raise Missing(f"Debian crate {crate} missing: {HINT}")
    cache_root().mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="rust-build-", dir=cache_root()))
    shutil.copytree(src, tmp / "src_tree")
    (tmp / "src_tree" / ".cargo").mkdir(exist_ok=True)
    (tmp / "src_tree" / ".cargo" / "config.toml").write_text(
        '[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n[net]\noffline = true\n')
    env = base_env()
    env.update({"CARGO_HOME": str(tmp / "cargo_home"), "CARGO_TARGET_DIR": str(tmp / "target")})
    if Path("/usr/bin/rustc").exists():
        env["RUSTC"] = "/usr/bin/rustc"
    r = subprocess.run([cargo, "build", "--release", "--offline"], cwd=tmp / "src_tree", env=env, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("cargo build failed: " + r.stderr[-3000:])
    shutil.copy2(tmp / "target" / "release" / "zzpages", tmp / "zzpages")
    shutil.rmtree(tmp / "target", ignore_errors=True)
    shutil.rmtree(tmp / "cargo_home", ignore_errors=True)
    shutil.rmtree(tmp / "src_tree", ignore_errors=True)
    return _publish(tmp, out) / "zzpages"


def irr_bin() -> Path:
    src = HERE / "irr" / "zzphoto.cpp"
    out = cache_root() / f"irr-{_src_hash(src)}"
    exe = out / "zzphoto"
    if exe.exists():
        return exe
    gxx = _tool("g++")
    if not Path("/usr/include/irrlicht/irrlicht.h").exists():
        raise Missing(f"libirrlicht-dev missing: {HINT}")
    cache_root().mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="irr-build-", dir=cache_root()))
    r = subprocess.run([gxx, "-O2", "-o", str(tmp / "zzphoto"), str(src), "-I/usr/include/irrlicht", "-lIrrlicht"],
                       env=base_env(), capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("g++ failed: " + r.stderr[-3000:])
    return _publish(tmp, out) / "zzphoto"


def java_classes() -> Path:
    src = HERE / "java" / "ZzPdf.java"
    out = cache_root() / f"java-{_src_hash(src)}"
    if (out / "ZzPdf.class").exists():
        return out
    javac = _tool("javac")
    if not Path(ITEXT).exists():
        raise Missing(f"libitext5-java missing: {HINT}")
    cache_root().mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="java-build-", dir=cache_root()))
    r = subprocess.run([javac, "-cp", ITEXT, "-d", str(tmp), str(src)], env=base_env(), capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("javac failed: " + r.stderr[-3000:])
    return _publish(tmp, out)


def check_tools(need_x: bool = True) -> None:
    """Raise Missing when an engine cannot run here (the tests skip with the make hint)."""
    _tool("/usr/bin/cargo", "cargo")
    _tool("g++")
    _tool("java")
    _tool("javac")
    for p in (ITEXT, IJ, "/usr/include/irrlicht/irrlicht.h"):
        if not Path(p).exists():
            raise Missing(f"{p} missing: {HINT}")
    if need_x:
        _tool("Xvfb")


class Xvfb:
    """A private X server for ImageJ and Irrlicht (display number chosen by the server itself)."""

    def __enter__(self):
        r, w = os.pipe()
        self.proc = subprocess.Popen([_tool("Xvfb"), "-displayfd", str(w), "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
                                     pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=base_env())
        os.close(w)
        buf = b""
        with os.fdopen(r, "rb") as fh:
            while not buf.endswith(b"\n"):
                ch = fh.read(1)
                if not ch:
                    break
                buf += ch
        if not buf.strip():
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + buf.decode().strip()
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def draw_pages(docs: list[dict]) -> list[int]:
    """Rasterise pages (layout.Page.doc() + out + scale) in one Rust process; returns missing-glyph counts."""
    if not docs:
        return []
    exe = rust_bin()
    inp = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    r = subprocess.run([str(exe)], input=inp.encode(), capture_output=True, env=base_env(), check=False)
    if r.returncode:
        raise RuntimeError("zzpages failed: " + r.stderr.decode()[-2000:])
    return [int(ln.split()[-1]) for ln in r.stdout.decode().splitlines() if ln.strip()]


def render_photos(jobs: list[dict], display: str) -> None:
    if not jobs:
        return
    exe = irr_bin()
    inp = "".join(" ".join(f"{k}={v}" for k, v in j.items()) + "\n" for j in jobs)
    r = subprocess.run([str(exe)], input=inp.encode(), capture_output=True, env=base_env(display), check=False)
    if r.returncode or r.stdout.decode().count("ok ") != len(jobs):
        raise RuntimeError("zzphoto failed: " + r.stdout.decode()[-1000:] + r.stderr.decode()[-2000:])


def imagej(jobs: list[tuple[str, str, str, int, dict]], display: str, work: Path) -> None:
    if not jobs:
        return
    jf = work / "ij_jobs.txt"
    lines = []
    for inp, out, pipe, seed, params in jobs:
        lines.append("|".join([inp, out, pipe, str(seed), ";".join(f"{k}={v}" for k, v in params.items())]))
    jf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = base_env(display)
    env["TMPDIR"] = str(work)
    java = _tool("java")
    r = subprocess.run([java, "-Xmx1200m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", f"-Djava.io.tmpdir={work}",
                        "-jar", IJ, "-batch", str(HERE / "ij" / "zzcapture.ijm"), str(jf)],
                       capture_output=True, env=env, cwd=str(work), check=False, timeout=1800)
    done = r.stdout.decode().count("ok ")
    if done != len(jobs):
        raise RuntimeError(f"ImageJ did {done}/{len(jobs)} jobs: " + r.stdout.decode()[-1500:] + r.stderr.decode()[-1500:])


def write_pdfs(docs: list[dict]) -> None:
    """docs: {out, w, h, title, c (bg), ops, faces} -> PDFs written by iText 5 in one JVM."""
    if not docs:
        return
    cls = java_classes()
    lines = []
    for d in docs:
        bg = d["c"]
        lines.append("\t".join(["DOC", d["out"], str(d["w"]), str(d["h"]), d["title"], str((bg[0] << 16) | (bg[1] << 8) | bg[2])]))
        for fp in d["faces"]:
            lines.append("FACE\t" + fp)
        for o in d["ops"]:
            c = [str(int(v)) for v in o.get("c", [0, 0, 0])[:3]]
            a = str(o.get("c", [0, 0, 0, 1.0])[3])
            mul = "1" if o.get("mul") else "0"
            t = o["t"]
            if t == "text":
                lines.append("\t".join(["TEXT", str(o["x"]), str(o["y"]), str(o["s"]), str(o["f"]), *c, a, str(o["ls"]), str(o["r"]),
                                        str(o["sx"]), mul, o["v"].replace("\t", " ")]))
            elif t == "line":
                lines.append("\t".join(["LINE", str(o["x1"]), str(o["y1"]), str(o["x2"]), str(o["y2"]), str(o["lw"]), *c, a]))
            elif t == "rect":
                lines.append("\t".join(["RECT", str(o["x"]), str(o["y"]), str(o["w"]), str(o["h"]), str(o["lw"]), "1" if o["fill"] else "0", *c, a, mul]))
            elif t == "circle":
                lines.append("\t".join(["CIRCLE", str(o["x"]), str(o["y"]), str(o["rad"]), str(o["lw"]), "1" if o["fill"] else "0", *c, a, mul]))
            elif t in ("poly", "polyline"):
                lines.append("\t".join(["POLY" if t == "poly" else "POLYLINE", str(o.get("lw", 0)), *c, a, mul, *[str(v) for v in o["p"]]]))
            elif t == "qr":
                lines.append("\t".join(["QR", str(o["x"]), str(o["y"]), str(o["m"]), str(o["n"]), o["bits"]]))
        lines.append("END")
    r = subprocess.run([_tool("java"), "-Xmx800m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", "-cp", f"{cls}:{ITEXT}", "ZzPdf"],
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, env=base_env(), check=False)
    if r.returncode or r.stdout.decode().count("ok ") != len(docs):
        raise RuntimeError("ZzPdf failed: " + r.stderr.decode()[-2000:])
    for d in docs:
        _fix_pdf(Path(d["out"]))


def _fix_pdf(p: Path) -> None:
    """iText stamps the time (CreationDate/ModDate), a time-based /ID and random subset prefixes: replace
    them in place, byte for byte the same length, so a set is reproducible."""
    import re

    b = p.read_bytes()
    b = re.sub(rb"\(D:\d{14}", b"(D:20240101000000", b)
    prefixes = sorted(set(re.findall(rb"/([A-Z]{6})\+", b)))
    for k, pre in enumerate(prefixes):
        new = ("ZZ" + "".join(chr(65 + (k // 26 ** i) % 26) for i in range(4))).encode()
        b = b.replace(b"/" + pre + b"+", b"/" + new + b"+")
    digest = hashlib.md5(re.sub(rb"/ID \[<[0-9a-fA-F]+><[0-9a-fA-F]+>\]", b"", b)).hexdigest().encode()
    b = re.sub(rb"/ID \[<([0-9a-fA-F]+)><([0-9a-fA-F]+)>\]",
               lambda m: b"/ID [<" + digest[:len(m.group(1))].ljust(len(m.group(1)), b"0") + b"><" + digest[:len(m.group(2))].ljust(len(m.group(2)), b"0") + b">]", b)
    p.write_bytes(b)
