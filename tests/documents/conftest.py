"""Fixtures for documents and printing: fixed document data (stable goldens), cases built
through the real services, PDF read-back helpers (pdftotext, pdffonts, pdftoppm, QR decode),
and a real CUPS scheduler with a CUPS-PDF queue."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import time
import uuid as uuidlib
from pathlib import Path

import numpy as np
import pytest

from app.catalog import default_catalog
from app.documents import DocumentData, MaterialLine
from app.services import cases as case_svc

FIXED_UUID = "0f0e0d0c-1111-4222-8333-444455556666"
FIXED_NUMBER = "420107-01-20261122-0007"
RAW_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
ITEM = "010170001000-02"  # 公共场所卫生许可（变更）


def findings_tolerance() -> list[dict]:
    return [
        {"rule": "MAT-M05", "severity": "容缺", "field": None, "material": "M05", "message": "名称变更证明未提交",
         "basis": "容缺受理办法第五条", "hint": "补交复印件 1 份"},
        {"rule": "R02", "severity": "warn", "field": "unit_name", "material": None,
         "message": "单位名称与营业执照不一致，请核对", "basis": "", "hint": "核对营业执照"},
    ]


def findings_block() -> list[dict]:
    return [
        {"rule": "MAT-M04", "severity": "block", "field": None, "material": "M04", "message": "未提交原公共场所卫生许可证正、副本",
         "basis": "公共场所卫生管理条例实施细则第二十四条", "hint": "提交原件"},
        {"rule": "FLD-credit_code", "severity": "block", "field": "credit_code", "material": None,
         "message": "统一社会信用代码校验位错误", "basis": "GB 32100-2015", "hint": "按营业执照重新填写"},
        {"rule": "R09", "severity": "info", "field": None, "material": None, "message": "申请表须由法定代表人签字",
         "basis": "", "hint": ""},
    ]


def fixed_data(**overrides) -> DocumentData:
    """Document data with every value fixed (dates, uuid, hash) — the goldens' input."""
    item = default_catalog().get(ITEM)
    materials = [MaterialLine(m.code, m.name, "received", m.copies.original, m.copies.copy_, 2)
                 for m in item.materials[:4]]
    materials.append(MaterialLine("M05", item.material("M05").name, "tolerated", 0, 1, 0))
    decision = {"decision": "accept_with_tolerance", "findings": findings_tolerance(), "due_date": "2026-12-16",
                "supplement_deadline": "2026-11-27", "catalog_version": "2026.11-1", "catalog_hash": "ab" * 32}
    base = dict(
        uuid=FIXED_UUID, acceptance_number=FIXED_NUMBER, item=item, state="accepted_tolerance",
        applicant={"kind": "organisation", "name": "武汉市青山区悦来宾馆有限公司", "credit_code": "91420107MA4K2XQ15P",
                   "contact_name": "张三", "contact_id_number": RAW_ID, "phone": "13800138000"},
        fields={"unit_name": "武汉市青山区悦来宾馆有限公司", "legal_rep_name": "张三",
                "premises_address": "武汉市青山区和平大道1234号", "license_items": "住宿,美发",
                "original_valid_to": "2028-05-31"},
        materials=materials, catalog_version="2026.11-1", catalog_hash="ab" * 32, center_name="青山区政务服务中心",
        center_code="420107", window_no="01", clerk="clerk01", accepted_on=dt.date(2026, 11, 22),
        due_date=dt.date(2026, 12, 16), decision=decision,
        result={"license_no": "鄂卫公证字〔2026〕第010001号", "issued_on": "2026-12-10"})
    base.update(overrides)
    return DocumentData(**base)


# ---- PDF read-back --------------------------------------------------------------------------------
def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} not installed (poppler-utils is in build/setup/debian-packages.txt)")
    return path


def pdf_text(pdf: bytes | Path, tmp_path: Path) -> str:
    src = Path(pdf) if isinstance(pdf, Path) else _write(pdf, tmp_path)
    return subprocess.run([need("pdftotext"), str(src), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(pdf: bytes | Path, tmp_path: Path) -> list[dict]:
    src = Path(pdf) if isinstance(pdf, Path) else _write(pdf, tmp_path)
    out = subprocess.run([need("pdffonts"), str(src)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            rows.append({"name": parts[0], "type": " ".join(parts[1:-5]), "emb": parts[-5] == "yes"})
    return rows


def render_png(pdf: bytes | Path, tmp_path: Path, *, dpi: int = 60, page: int = 1, gray: bool = True) -> np.ndarray:
    """A page as a numpy array (pdftoppm), grayscale uint8."""
    from PIL import Image

    src = Path(pdf) if isinstance(pdf, Path) else _write(pdf, tmp_path)
    prefix = tmp_path / f"page-{uuidlib.uuid4().hex[:8]}"
    args = [need("pdftoppm"), "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [str(src), str(prefix)], check=True, capture_output=True)
    return np.asarray(Image.open(f"{prefix}.png").convert("L"))


def decode_qr(image: np.ndarray) -> list[str]:
    """The QR codes on a rendered page. OpenCV's classic detector misses a dense code at 150 dpi
    in some releases (4.14, which a fresh install pulls, finds none where earlier ones read it); the
    ArUco-based detector and a 2× upscale read the same pixels, so the helper tries them before
    saying there is no code."""
    import cv2

    detector = cv2.QRCodeDetector()
    big = cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
    for det, img in ((detector, image), (cv2.QRCodeDetectorAruco(), image), (detector, big)):
        text, _points, _ = det.detectAndDecode(img)
        if text:
            return [text]
    ok, texts, _points, _ = detector.detectAndDecodeMulti(image)
    return [t for t in texts if t] if ok else []


def image_difference(a: np.ndarray, b: np.ndarray, tile: int = 24, reach: int = 1) -> float:
    """The worst 24×24-pixel tile's share of dark pixels with no ink (even faint) within one
    pixel (`reach`) in the other image, both ways.

    Antialiasing and rasteriser differences move edges by at most a pixel and are absorbed;
    a changed word, a moved line or missing glyphs leave unmatched ink in one tile."""
    import cv2

    if abs(a.shape[0] - b.shape[0]) > 2 or abs(a.shape[1] - b.shape[1]) > 2:
        return 1.0
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])  # A4 rounds to 595 or 595.28 pt
    a, b = a[:h, :w], b[:h, :w]
    kernel = np.ones((2 * reach + 1, 2 * reach + 1), np.uint8)
    dark_a, dark_b = (a < 96).astype(np.uint8), (b < 96).astype(np.uint8)  # surely ink
    near_a = cv2.dilate((a < 192).astype(np.uint8), kernel)  # any ink, one pixel around
    near_b = cv2.dilate((b < 192).astype(np.uint8), kernel)
    lone = (dark_a & (1 - near_b)) | (dark_b & (1 - near_a))
    h, w = lone.shape
    worst = 0.0
    for y in range(0, h, tile):
        for x in range(0, w, tile):
            worst = max(worst, float(lone[y:y + tile, x:x + tile].mean()))
    return worst


def _write(pdf: bytes, tmp_path: Path) -> Path:
    p = tmp_path / f"doc-{uuidlib.uuid4().hex[:8]}.pdf"
    p.write_bytes(pdf)
    return p


# ---- cases through the real services --------------------------------------------------------------
def make_case(ctx, actor, *, decision: dict | None = None, state: str = "accepted_tolerance",
              received: tuple[str, ...] = ("M01", "M02", "M03", "M04"), due: dt.date = dt.date(2026, 12, 16),
              reason: str = "") -> case_svc.CaseRef:
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=actor)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "organisation", "name": "武汉市青山区悦来宾馆有限公司",
                                           "credit_code": "91420107MA4K2XQ15P", "contact_name": "张三",
                                           "contact_id_number": RAW_ID, "phone": "13800138000"}, actor=actor)
    case_svc.set_fields(ctx, ref.uuid, {"unit_name": "武汉市青山区悦来宾馆有限公司", "legal_rep_name": "张三",
                                        "premises_address": "武汉市青山区和平大道1234号", "license_items": "住宿,美发",
                                        "original_valid_to": "2028-05-31"}, actor=actor)
    for code in received:
        case_svc.add_material_file(ctx, ref.uuid, code, f"page of {code}".encode(), actor=actor)
    if state == "draft":
        return ref
    if decision is None:
        decision = {"decision": "accept_with_tolerance", "findings": findings_tolerance(), "due_date": due.isoformat(),
                    "supplement_deadline": "2026-11-27", "catalog_version": ctx.catalog.version,
                    "catalog_hash": ctx.catalog.content_hash}
    case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=actor, reason="预审", decision=decision)
    if state == "pre_reviewed":
        return ref
    case_svc.transition(ctx, ref.uuid, state, actor=actor, reason=reason or state,
                        due_date=due if state != "refused" else None)
    return ref


# ---- CUPS --------------------------------------------------------------------------------------------
def _scheduler_running() -> bool:
    try:
        out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "is running" in out.stdout and "not running" not in out.stdout


_PRODUCED: set[Path] = set()  # CUPS-PDF files this test run produced (removed at the end)


class _Cups:
    """The scheduler and our queue; `ensure` (re)starts cupsd and (re)adds the queue when
    something else on the machine stopped them between tests."""

    PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")

    def __init__(self) -> None:
        self.queue = f"ZC_DOCS_{os.getpid()}"
        self.started: list[subprocess.Popen] = []

    @staticmethod
    def live_queues() -> list[str]:
        """ZC_DOCS_<pid> queues of test runs still alive; queues of dead runs are removed."""
        out = subprocess.run(["lpstat", "-v"], capture_output=True, text=True).stdout
        live = []
        for name in re.findall(r"device for (ZC_DOCS_(\d+)):", out):
            queue, pid = name
            if Path(f"/proc/{pid}").exists():
                live.append(queue)
            else:
                subprocess.run(["lpadmin", "-x", queue], capture_output=True)
        return live

    def ensure(self) -> None:
        if not _scheduler_running():
            proc = subprocess.Popen([shutil.which("cupsd"), "-f"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            self.started.append(proc)
            for _ in range(100):
                if _scheduler_running():
                    break
                time.sleep(0.1)
            else:
                proc.kill()
                pytest.fail("cupsd did not start within 10 s")
        have = subprocess.run(["lpstat", "-v", self.queue], capture_output=True, text=True)
        if have.returncode != 0 or "cups-pdf" not in have.stdout:
            subprocess.run(["lpadmin", "-p", self.queue, "-v", "cups-pdf:/", "-E", "-P", str(self.PPD)], check=True,
                           capture_output=True)

    def close(self) -> None:
        subprocess.run(["lpadmin", "-x", self.queue], capture_output=True)
        if self.live_queues():  # another test run on this machine still prints through this scheduler
            return
        for proc in self.started:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def _cups_session():
    if os.geteuid() != 0:
        pytest.skip("CUPS queue administration (lpadmin, starting cupsd) needs root; CI runs as root")
    for tool in ("cupsd", "lpadmin", "lp", "lpstat"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed (cups, cups-client, cups-bsd in build/setup/debian-packages.txt)")
    if not _Cups.PPD.exists():
        pytest.skip("printer-driver-cups-pdf not installed")
    cups = _Cups()
    out_dir = Path(os.path.expanduser("~")) / "PDF"
    try:
        yield cups, out_dir
    finally:
        cups.close()
        for produced in _PRODUCED:  # only our own output: other runs may be waiting for theirs
            produced.unlink(missing_ok=True)


@pytest.fixture
def cups_pdf_queue(_cups_session):
    """A CUPS-PDF queue on a real scheduler: `cupsd -f` started if none runs (stopped at the end
    of the session), a uniquely named queue added with lpadmin; yields (queue, output folder)."""
    cups, out_dir = _cups_session
    cups.ensure()
    return cups.queue, out_dir


def pdf_files(out_dir: Path) -> set[Path]:
    return set(out_dir.glob("*.pdf")) if out_dir.exists() else set()


def wait_for_output(out_dir: Path, before: set[Path], job_id: str = "", *, prefix: str = "",
                    timeout: float = 60.0) -> Path:
    """The CUPS-PDF output file of this job (CUPS-PDF names files `<title>…-job_<N>.pdf` after
    the scheduler's job number; other test runs may print on the same machine) — by job number
    or by title prefix (Qt reports no job number) — once its size is stable."""
    number = job_id.rsplit("-", 1)[-1] if job_id else ""
    deadline = time.monotonic() + timeout
    last: dict[Path, int] = {}
    while time.monotonic() < deadline:
        for p in pdf_files(out_dir) - before:
            if (number and not p.name.endswith(f"job_{number}.pdf")) or not p.name.startswith(prefix):
                continue
            size = p.stat().st_size
            if size > 0 and last.get(p) == size:
                _PRODUCED.add(p)
                return p
            last[p] = size
        time.sleep(0.3)
    raise AssertionError(f"no CUPS-PDF output for job {job_id or '?'} in {out_dir} after {timeout} s")
