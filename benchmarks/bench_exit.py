"""How long the workstation takes to go away after a normal close (issue 17: "about 10 s to exit").

Runs the real `ui.app.run` (the code behind `zongchuang gui`) in a child process over a fresh data
directory with an unreachable platform, logs a clerk in through the login screen, closes the main
window after `BENCH_EXIT_CLOSE_S` seconds (default 1.5: while the OCR models still load, the worst
case) and measures from `close()` to the end of the process. Noisy on a loaded machine: the figure
is wall-clock time. `BENCH_EXIT_N` runs (default 3).

Cause found: QCoreApplication's destructor waits for every task of the global QThreadPool (the OCR
warm-up, a health check against an unreachable platform), then the interpreter's teardown ran
full garbage collections over the catalog and the OCR models. Both are gone: those tasks run on
daemon threads (`ui.worker.run_detached`) and `ui.app.run` freezes the heap once everything is
closed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DRIVER = r"""
import sys, time
from ui import main_window
_show = main_window.MainWindow.show

def show(self):
    _show(self)
    from PySide6.QtCore import QTimer
    from tests.ui.conftest import CLERK_PASSWORD, add_clerk
    add_clerk(self.session.ctx)
    self.login.user.setText("clerk01"); self.login.password.setText(CLERK_PASSWORD); self.login.submit()
    def close():
        print("CLOSE", time.time(), flush=True)
        self.close()
    QTimer.singleShot(int(float(sys.argv[2]) * 1000), close)

main_window.MainWindow.show = show
from ui.app import run
sys.exit(run(sys.argv[1]))
"""


def one(close_after: float) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "config.toml").write_text('[workstation]\ncenter_code = "420107"\n'
                                          'platform_url = "https://10.255.255.1:8443"\n', encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   ZONGCHUANG_KEY_PASSPHRASE=os.environ.get("ZONGCHUANG_KEY_PASSPHRASE", "bench-exit-not-a-secret"))
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(data), str(close_after)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        closed = None
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("CLOSE"):
                closed = float(line.split()[1])
        proc.wait(timeout=300)
        end = time.time()
        if closed is None:
            raise RuntimeError(f"the window never closed (exit {proc.returncode})")
        return end - closed


def main() -> dict:
    n = int(os.environ.get("BENCH_EXIT_N", "3"))
    close_after = float(os.environ.get("BENCH_EXIT_CLOSE_S", "1.5"))
    times = [one(close_after) for _ in range(n)]
    print(f"close → process gone, closed {close_after} s after start, n={n}: "
          f"median {statistics.median(times):.2f} s, max {max(times):.2f} s "
          f"({', '.join(f'{t:.2f}' for t in times)})")
    return {"median_s": statistics.median(times), "max_s": max(times), "n": n}


if __name__ == "__main__":
    main()
