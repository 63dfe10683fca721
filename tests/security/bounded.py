"""Run a command of the real CLI in a subprocess and report its exit code, output, wall time
and peak resident memory, written by a tiny wrapper in the child. The peak is the child's own
`VmHWM` (Linux): `ru_maxrss` survives fork+exec, so a large test process (the whole suite, with
OCR models loaded) made every child look as big as itself. Used by the bomb tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_WRAPPER = r"""
import json, resource, sys
out = sys.argv[1]
rc = 0
try:
    if sys.argv[2] == "-c":
        exec(sys.argv[3]); rc = 0
    else:
        from app.cli.main import main
        rc = main(sys.argv[2:])
finally:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:  # this process image's own high-water mark: ru_maxrss keeps the forking parent's RSS
        with open("/proc/self/status") as st:
            peak = next(int(line.split()[1]) for line in st if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        pass
    with open(out, "w") as fh:
        json.dump({"maxrss_kib": peak}, fh)
sys.exit(rc)
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float


def run_bounded(args: list[str], *, timeout: float = 120, mem_limit_mib: int = 2048, env: dict | None = None,
                stdin: str = "") -> Run:
    """`zongchuang ARGS` (or `-c CODE`) with an address-space cap so a bomb cannot take the
    machine down even when the product fails; peak RSS measured in the child."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        report = fh.name
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}

    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mem_limit_mib * 1024 * 1024, mem_limit_mib * 1024 * 1024))

    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-c", _WRAPPER, report, *args], capture_output=True, text=True,
                              env=full_env, timeout=timeout, input=stdin, preexec_fn=cap, cwd=ROOT)
        seconds = time.monotonic() - start
        try:
            peak = json.loads(Path(report).read_text())["maxrss_kib"] / 1024
        except (OSError, ValueError):
            peak = float("nan")
        return Run(proc.returncode, proc.stdout, proc.stderr, seconds, peak)
    finally:
        Path(report).unlink(missing_ok=True)
