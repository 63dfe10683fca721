"""Apache FOP as the renderer: a FOP config registering the system CJK faces by file (TrueType only:
FOP 2.8 cannot read the CFF-outlined Noto CJK collections), one `fop` run (one JVM) for many pages,
every warning about a missing face or glyph turned into an error, pdffonts checked per page for the
faces the page asked for, pages rasterised by pdftoppm at the dpi each capture needs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# FO family name → (font file, TTC sub-font or "", the PostScript name pdffonts reports)
FACES = {
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN", "UMingCN"),
    "UKai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN", "UKaiCN"),
    "ZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei", "WenQuanYiZenHei"),
    "MicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei", "WenQuanYiMicroHei"),
    "WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "", "LXGWWenKai-Regular"),
    "Sungti": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "", "BousungEG-Light-GB"),
    "KaitiGB": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", "", "GBZenKai-Medium"),
    "LibMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "", "LiberationMono"),
    "DejaMono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "", "DejaVuSansMono"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "", "LiberationSerif"),
}
SERIF = ["UMing", "Sungti"]  # 宋/明 faces for licence text
SANS = ["ZenHei", "MicroHei"]  # 黑 faces (ID card values)
KAI = ["UKai", "KaitiGB", "WenKai"]
CJK = SERIF + SANS + KAI
MONO = ["LibMono", "DejaMono"]


def config(path: Path) -> Path:
    rows = []
    for name, (file, sub, _) in FACES.items():
        if not Path(file).exists():
            raise FileNotFoundError(f"face {name}: {file} is not installed")
        s = f' sub-font="{sub}"' if sub else ""
        rows.append(f'<font embed-url="file://{file}"{s} kerning="no"><font-triplet name="{name}" style="normal" weight="normal"/>'
                    f'<font-triplet name="{name}" style="normal" weight="bold"/></font>')
    path.write_text('<fop version="1.0"><strict-configuration>true</strict-configuration><renderers>'
                    '<renderer mime="application/pdf"><fonts>' + "".join(rows) + "</fonts></renderer></renderers></fop>",
                    encoding="utf-8")
    return path


class FaceMissing(RuntimeError):
    pass


def render_pdf(fo_text: str, work: Path, name: str) -> Path:
    """Run FOP once over `fo_text`; raise if FOP substituted a face or lacked a glyph."""
    if shutil.which("fop") is None:
        raise RuntimeError("Apache FOP (`fop`) is not installed")
    work.mkdir(parents=True, exist_ok=True)
    fo = work / f"{name}.fo"
    pdf = work / f"{name}.pdf"
    fo.write_text(fo_text, encoding="utf-8")
    cfg = config(work / "fop.xconf")
    r = subprocess.run(["fop", "-q", "-c", str(cfg), "-fo", str(fo), "-pdf", str(pdf)], capture_output=True, text=True,
                       timeout=900, env={"PATH": "/usr/bin:/bin", "JAVA_OPTS": "-Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1", "HOME": str(work)})
    bad = [ln for ln in (r.stdout + r.stderr).splitlines()
           if "not found. Substituting" in ln or "not available in font" in ln]
    if bad:
        raise FaceMissing("FOP substituted a face or missed glyphs: " + " | ".join(bad[:5]))
    if r.returncode or not pdf.exists():
        raise RuntimeError(f"fop failed ({r.returncode}): {(r.stderr or r.stdout)[-800:]}")
    return pdf


def page_fonts(pdf: Path, page: int) -> set[str]:
    out = subprocess.run(["pdffonts", "-f", str(page), "-l", str(page), str(pdf)], capture_output=True, text=True,
                         timeout=60).stdout.splitlines()[2:]
    return {re.sub(r"^[A-Z]{6}\+", "", ln.split()[0]) for ln in out if ln.strip()}


def check_page(pdf: Path, page: int, faces: set[str]) -> None:
    """Every face the page asked for is embedded and reachable from that page, and no face FOP was not
    given (Times, Helvetica: its silent fallbacks) is (FOP shares one resource dictionary between pages,
    so a page also lists faces other pages used)."""
    got = page_fonts(pdf, page)
    want = {FACES[f][2] for f in faces}
    known = {v[2] for v in FACES.values()}
    if want - got or got - known:
        raise FaceMissing(f"page {page}: asked for {sorted(want)}, pdffonts shows {sorted(got)}")


def rasterise(pdf: Path, page: int, dpi: int, out_base: Path) -> Path:
    """One page to PPM at `dpi` (pdftoppm, anti-aliased; uncompressed, read next by oiiotool)."""
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-singlefile", str(pdf),
                    str(out_base)], check=True, timeout=300)
    return out_base.with_suffix(".ppm")


_DATE = re.compile(rb"D:\d{14}[-+Z][^)\s<]*")
_XMPDATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)")
_ID = re.compile(rb"/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]")


def normalise_pdf(data: bytes, stamp: str) -> bytes:
    """FOP's PDF with its creation dates and file ID replaced by values from the document (same byte
    lengths, so the cross-reference offsets stay right): the same document gives the same bytes."""
    def date(m: re.Match) -> bytes:
        s = ("D:" + stamp + "000000")[: len(m.group(0))]
        return s.encode().ljust(len(m.group(0)), b"0")
    data = _DATE.sub(date, data)
    data = _XMPDATE.sub(lambda m: m.group(1) + (stamp[:4] + "-" + stamp[4:6] + "-" + stamp[6:8] + "T09:00:00+08:00")
                        .encode()[: len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3), data)
    import hashlib
    h = hashlib.md5(stamp.encode() + str(len(data)).encode()).hexdigest().upper()
    return _ID.sub(lambda m: b"/ID [<" + h[: len(m.group(1))].encode() + b"> <" + h[: len(m.group(2))].encode() + b">]", data)
