"""`zongchuang --self-test`: prove this installation works, part by part, on this machine.

IT runs it after installing (and the packaging test runs it on the frozen build). Each check
exercises the real code path the workstation uses — a temporary store opened and migrated by
Alembic, the OCR engine reading a bundled sample image, a reportlab PDF with the bundled font read
back through pdfium, the OS keyring, the device probes, an HTTPS handshake through the same
client library as the sync outbox — and reports ok / warn / fail / skip. Any `fail` makes the
command exit non-zero.

Layers above `app` add checks through the ``zongchuang.selftest`` entry points (the Qt part lives
in `ui.selftest`, because `app` never imports Qt; frozen builds carry the package metadata, see
build/zongchuang.spec). Checks run in order and share a temporary folder (`SelfTestEnv`),
so the Qt check can render the PDF the PDF check wrote. OCR runs before Qt so onnxruntime and
OpenCV load their native libraries first (see build/hooks/rthook_zongchuang.py).
"""

from __future__ import annotations

import contextlib
import difflib
import importlib
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from app.config import env_value

PLUGIN_GROUP = "zongchuang.selftest"

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"
STATUS_LABEL = {OK: "通过 OK", WARN: "注意 WARN", FAIL: "失败 FAIL", SKIP: "跳过 SKIP"}


@dataclass
class SelfTestEnv:
    """What checks share: a temporary folder and files earlier checks produced (e.g. "pdf")."""

    tmp: Path
    artifacts: dict[str, Any] = field(default_factory=dict)


CheckFn = Callable[[SelfTestEnv], tuple[str, str]]


@dataclass(frozen=True)
class SelfCheck:
    name: str
    title_zh: str
    title_en: str
    run: CheckFn


@dataclass
class CheckResult:
    name: str
    title_zh: str
    title_en: str
    status: str
    detail: str
    seconds: float


@dataclass
class SelfTestReport:
    results: list[CheckResult]
    version: str
    frozen: bool
    seconds: float

    @property
    def ok(self) -> bool:
        return all(r.status != FAIL for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "version": self.version, "frozen": self.frozen, "seconds": round(self.seconds, 3),
                "checks": [asdict(r) for r in self.results]}

    def render(self) -> str:
        lines = [f"综窗自检 / zongchuang self-test  v{self.version}  "
                 f"({'冻结包 frozen' if self.frozen else '源码 source'}, {platform.system()} {platform.machine()})"]
        for r in self.results:
            lines.append(f"  [{STATUS_LABEL.get(r.status, r.status):<9}] {r.title_zh} / {r.title_en}"
                         f"  ({r.seconds:.2f}s)")
            for part in (r.detail or "").splitlines():
                lines.append(f"      {part}")
        failed = [r.name for r in self.results if r.status == FAIL]
        if failed:
            lines.append(f"结果：失败（{', '.join(failed)}）/ result: FAILED ({', '.join(failed)})  {self.seconds:.1f}s")
        else:
            lines.append(f"结果：全部通过 / result: all checks passed  {self.seconds:.1f}s")
        return "\n".join(lines)


# -- the checks of the domain core ----------------------------------------------------------------

def check_environment(env: SelfTestEnv) -> tuple[str, str]:
    from app import __version__

    libc = " ".join(platform.libc_ver()) if sys.platform.startswith("linux") else ""
    return OK, (f"zongchuang {__version__}, Python {platform.python_version()}, {platform.platform()}"
                f"{', ' + libc if libc.strip() else ''}, {os.cpu_count()} CPU"
                f", ORT_DISABLE_TELEMETRY={os.environ.get('ORT_DISABLE_TELEMETRY', '')}")


def check_resources(env: SelfTestEnv) -> tuple[str, str]:
    from app.calendar.workdays import default_calendar
    from app.catalog import default_catalog

    catalog = default_catalog()
    default_calendar()
    root = resources.files("resources")
    needed = ["fonts/LXGWWenKai-Regular.ttf", "standards/gbt3304_nations.csv", "calendar/overrides.yaml",
              "selftest/sample_text.png"]
    missing = [p for p in needed if not root.joinpath(p).is_file()]
    migrations = resources.files("app.storage").joinpath("migrations").joinpath("versions")
    revisions = sorted(p.name for p in migrations.iterdir() if p.name.endswith(".py") and not p.name.startswith("_"))
    if missing or not revisions:
        return FAIL, f"缺少资源文件 / missing resources: {', '.join(missing) or 'migration scripts'}"
    items = getattr(catalog, "items", None)
    count = len(items) if items is not None else "?"
    return OK, f"事项目录 catalog: {count} items; migrations: {len(revisions)}; fonts, standards, calendar present"


def check_database(env: SelfTestEnv) -> tuple[str, str]:
    from sqlalchemy import inspect

    from app.storage import migrate, open_store

    note = ""
    with _temporary_key_source() as temporary:
        if temporary:
            note = "; 本机未配置密钥保管，临时库使用一次性口令 / no key source here: temp store used a throwaway passphrase"
        from app.bootstrap import switch_security_on

        switch_security_on()  # the store is opened as the workstation opens it (SQLCipher)
        store = open_store(env.tmp / "data")
        try:
            current = migrate.current_revision(store.engine)
            head = migrate.head_revision()
            tables = sorted(inspect(store.engine).get_table_names())
        finally:
            store.close()
    if current != head:
        return FAIL, f"迁移未到最新 / migrated to {current}, head is {head}"
    return OK, f"临时数据库已创建并迁移 / temp database migrated to {head}; {len(tables)} tables{note}"


@contextlib.contextmanager
def _temporary_key_source() -> Iterator[bool]:
    """The temp store must not depend on this machine's key set-up (the keyring check reports
    that); where there is no key source, a throwaway passphrase is set for the duration."""
    try:
        from app.security.keys import key_source
    except ImportError:
        yield False
        return
    if key_source() is not None:
        yield False
        return
    import secrets

    os.environ["ZONGCHUANG_KEY_PASSPHRASE"] = secrets.token_hex(16)
    try:
        yield True
    finally:
        os.environ.pop("ZONGCHUANG_KEY_PASSPHRASE", None)


def _sample_text() -> tuple[bytes, list[str]]:
    folder = resources.files("resources").joinpath("selftest")
    expected = [ln.strip() for ln in folder.joinpath("expected.txt").read_text(encoding="utf-8").splitlines()
                if ln.strip()]
    return folder.joinpath("sample_text.png").read_bytes(), expected


def _ocr_engine():  # noqa: ANN202 - returns the shipped engine or a minimal stand-in
    try:
        from app.prefill.engine import get_engine
    except ImportError:
        get_engine = None
    if get_engine is not None:
        return get_engine()
    return _MinimalRapid()


class _MinimalRapid:
    """RapidOCR with the wheel's own model files (used only where app.prefill is absent)."""

    name = "rapidocr"

    def read(self, image):  # noqa: ANN001, ANN201
        from rapidocr import RapidOCR

        models = Path(importlib.import_module("rapidocr").__file__).parent / "models"
        names = {"Det": "PP-OCRv6_det_small.onnx", "Rec": "PP-OCRv6_rec_small.onnx",
                 "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}
        missing = [n for n in names.values() if not (models / n).is_file()]
        if missing:  # rapidocr would download them: never at run time
            raise FileNotFoundError(f"OCR models missing from the installation: {missing}")
        engine = RapidOCR(params={"Global.log_level": "error",
                                  **{f"{k}.model_path": str(models / v) for k, v in names.items()}})
        out = engine(image)

        class _Line:
            def __init__(self, text: str) -> None:
                self.text = text

        return [_Line(t) for t in (out.txts or ())]


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.replace(" ", ""), b.replace(" ", "")).ratio()


def check_ocr(env: SelfTestEnv) -> tuple[str, str]:
    import cv2
    import numpy as np

    raw, expected = _sample_text()
    image = cv2.imdecode(np.frombuffer(raw, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        return FAIL, "OpenCV 无法解码样张 / OpenCV could not decode the sample image"
    engine = _ocr_engine()
    started = time.monotonic()
    lines = [ln.text for ln in engine.read(image)]
    took = time.monotonic() - started
    scores = [max((_similar(want, got) for got in lines), default=0.0) for want in expected]
    detail = f"识别 / read: {' | '.join(lines) or '(nothing)'}  [{getattr(engine, 'name', 'ocr')}, {took:.2f}s]"
    if min(scores, default=0.0) < 0.8:
        return FAIL, f"样张文字未读出 / sample text not recognised; {detail}"
    from app.prefill.engine import second_recognizer  # its model ships too (SecondRecognizer)

    try:
        second_recognizer().load()
    except Exception as exc:  # noqa: BLE001 - any failure to load it is this check's finding
        return FAIL, f"第二识别模型无法加载 / second recogniser not loadable: {exc}; {detail}"
    return OK, detail + " +rec2"


def check_pdf(env: SelfTestEnv) -> tuple[str, str]:
    import pypdfium2 as pdfium
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import code128, createBarcodeDrawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    text = "综窗自检 受理通知书 ZC-2026-0815"
    font_path = env.tmp / "selftest-font.ttf"
    font_path.write_bytes(resources.files("resources").joinpath("fonts/LXGWWenKai-Regular.ttf").read_bytes())
    if "ZCSelfTest" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZCSelfTest", str(font_path)))
    pdf_path = env.tmp / "selftest.pdf"
    c = canvas.Canvas(str(pdf_path), pagesize=A4)
    c.setFont("ZCSelfTest", 18)
    c.drawString(72, 760, text)
    code128.Code128("ZC20260815", barHeight=30).drawOn(c, 72, 690)
    renderPDF.draw(createBarcodeDrawing("QR", value="ZC-2026-0815", width=90, height=90), c, 72, 580)
    c.showPage()
    c.save()

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[0]
        read_back = page.get_textpage().get_text_range()
        bitmap = page.render(scale=1).to_pil().convert("L")
    finally:
        pdf.close()
    dark = sum(bitmap.histogram()[:128])
    env.artifacts["pdf"] = pdf_path
    env.artifacts["pdf_text"] = text
    if text.replace(" ", "") not in read_back.replace(" ", "").replace("\r", "").replace("\n", ""):
        return FAIL, f"PDF 文字读回不一致 / PDF text read back differs: {read_back!r}"
    if dark < 500:
        return FAIL, f"PDF 渲染为空白 / PDF page rendered blank ({dark} dark pixels)"
    return OK, f"reportlab 生成（内嵌字体、条码、二维码）并由 pdfium 读回 / written and read back ({dark} dark px)"


def check_keyring(env: SelfTestEnv) -> tuple[str, str]:
    import uuid

    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    backends = getattr(backend, "backends", None)
    usable = not isinstance(backend, fail.Keyring) and (backends is None or len(backends) > 0)
    if not usable or env_value("ZONGCHUANG_KEYRING", "").lower() in {"none", "off", "0"}:
        if _passphrase_configured():
            return OK, (f"没有系统密钥环（{name}），已配置密钥口令：数据密钥以口令加密保存"
                        " / no OS keyring; the key passphrase is configured, keys are kept wrapped by it")
        return FAIL, (f"没有系统密钥环（{name}），也未配置密钥口令：工作站无法保存数据密钥"
                      " / no OS keyring and no key passphrase: the workstation cannot keep its data key\n"
                      "建议：桌面请解锁系统密钥环；无桌面的机器由运维执行 zongchuang security init --passphrase-file"
                      " / hint: unlock the desktop keyring, or IT runs `zongchuang security init --passphrase-file`")
    probe_user = f"selftest:{uuid.uuid4().hex}"
    secret = uuid.uuid4().hex
    keyring.set_password("zongchuang-selftest", probe_user, secret)
    try:
        back = keyring.get_password("zongchuang-selftest", probe_user)
    finally:
        try:
            keyring.delete_password("zongchuang-selftest", probe_user)
        except Exception:
            pass
    if back != secret:
        return FAIL, f"密钥环写入后读回不一致 / keyring round trip failed ({name})"
    return OK, f"密钥环可写可读 / keyring round trip ok ({name})"


def _passphrase_configured() -> bool:
    try:
        from app.security.keys import configured_passphrase
    except ImportError:
        return bool(env_value("ZONGCHUANG_KEY_PASSPHRASE"))
    return configured_passphrase() is not None


def check_devices(env: SelfTestEnv) -> tuple[str, str]:
    from app.bootstrap import probe_devices

    found = probe_devices()
    errors = found.pop("errors", [])
    found.pop("elapsed_s", None)
    summary = ", ".join(f"{kind}: {len(devs)}" for kind, devs in sorted(found.items()))
    missing_code = [e for e in errors if e.get("error", "").startswith(("ModuleNotFoundError", "ImportError"))]
    detail = f"枚举完成 / enumerated: {summary or 'no probes'}"
    if errors:
        detail += "\n" + "\n".join(f"{e['kind']}: {e['error']}" for e in errors)
    if missing_code:
        return FAIL, "安装包缺少设备组件 / device code missing from the installation\n" + detail
    return (WARN if errors else OK), detail


def check_calendar(env: SelfTestEnv) -> tuple[str, str]:
    """From October: next year's 国务院办公厅 holiday notice must be loaded (else due dates past
    New Year are provisional)."""
    import datetime as dt

    from app.calendar.workdays import default_calendar
    from app.paths import data_dir
    from app.services.calendar import OVERRIDES, next_year_warning

    calendar = default_calendar(data_dir() / OVERRIDES)
    warning = next_year_warning(calendar)
    if warning:
        return WARN, warning
    year = dt.date.today().year
    loaded = [str(y) for y in (year, year + 1) if calendar.covers(y)]
    return OK, f"节假日安排已导入 / holidays loaded: {', '.join(loaded) or '—'}"


def check_tls(env: SelfTestEnv) -> tuple[str, str]:
    from app.services._selftest_tls import https_roundtrip

    return https_roundtrip(env.tmp)


CORE_CHECKS: list[SelfCheck] = [
    SelfCheck("environment", "运行环境", "environment", check_environment),
    SelfCheck("resources", "数据资源", "bundled resources", check_resources),
    SelfCheck("database", "数据库迁移", "database + migrations", check_database),
    SelfCheck("ocr", "文字识别", "OCR sample image", check_ocr),
    SelfCheck("pdf", "PDF 生成与读回", "PDF render + read back", check_pdf),
    SelfCheck("keyring", "系统密钥环", "OS keyring", check_keyring),
    SelfCheck("devices", "设备枚举", "device enumeration", check_devices),
    SelfCheck("tls", "TLS 握手", "TLS handshake", check_tls),
    SelfCheck("calendar", "节假日数据", "holiday calendar", check_calendar),
]


def plugin_checks() -> tuple[list[SelfCheck], list[CheckResult]]:
    """Checks contributed by other layers; a layer that fails to import becomes a result."""
    from importlib.metadata import entry_points

    targets = {ep.value for ep in entry_points(group=PLUGIN_GROUP)}
    checks: list[SelfCheck] = []
    problems: list[CheckResult] = []
    for target in sorted(targets):
        module_name, _, attr = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                problems.append(CheckResult(module_name, module_name, module_name, SKIP,
                                            f"未安装 / not installed ({exc.name})", 0.0))
            else:  # the layer exists but a dependency of it is missing: a broken installation
                problems.append(CheckResult(module_name, module_name, module_name, FAIL,
                                            f"{type(exc).__name__}: {exc}", 0.0))
            continue
        except Exception as exc:
            problems.append(CheckResult(module_name, module_name, module_name, FAIL, f"{type(exc).__name__}: {exc}", 0.0))
            continue
        checks.extend(getattr(module, attr or "checks")())
    return checks, problems


def run_selftest(only: list[str] | None = None, echo: Callable[[str], None] | None = None) -> SelfTestReport:
    """Run the checks (all, or those named in `only`) and return the report; never raises."""
    from app import __version__

    started = time.monotonic()
    checks = list(CORE_CHECKS)
    extra, results = plugin_checks()
    checks += extra
    if only:
        checks = [c for c in checks if c.name in only]
        results = [r for r in results if r.name in only]
    tmp = Path(tempfile.mkdtemp(prefix="zongchuang-selftest-"))
    env = SelfTestEnv(tmp=tmp)
    try:
        for check in checks:
            t0 = time.monotonic()
            try:
                status, detail = check.run(env)
            except Exception as exc:
                status = FAIL
                detail = _describe(exc)
            result = CheckResult(check.name, check.title_zh, check.title_en, status, detail, time.monotonic() - t0)
            results.append(result)
            if echo is not None:
                echo(f"  [{STATUS_LABEL.get(status, status):<9}] {check.title_zh} / {check.title_en}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return SelfTestReport(results=results, version=__version__, frozen=bool(getattr(sys, "frozen", False)),
                          seconds=time.monotonic() - started)


def _describe(exc: BaseException) -> str:
    bilingual = getattr(exc, "bilingual", None)
    if callable(bilingual):
        return bilingual()
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    return f"{type(exc).__name__}: {exc}{where}"
