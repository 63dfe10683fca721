"""benchmarks/pytest_cpu.py: one log line per test with the CPU its process and finished children spent
(a test that burns CPU in a child process shows it; one that sleeps shows wall time and no CPU), and
the per-folder/module summary."""

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.pytest_cpu import main, summarise

ROOT = Path(__file__).resolve().parents[2]

BUSY = '''
import subprocess, sys, time

def test_child_burns_cpu():
    subprocess.run([sys.executable, "-c", "x = 0\\nfor i in range(6_000_000): x += i"], check=True)

def test_sleeps():
    time.sleep(0.6)
'''


def test_each_test_logs_its_cpu_and_children(tmp_path):
    (tmp_path / "test_busy.py").write_text(BUSY, encoding="utf-8")
    log = tmp_path / "cpu.tsv"
    # (the inner run is not an xdist worker even when this test runs on one: its log says `-`, not `gw1`)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")},
           "PYTEST_CPU_LOG": str(log), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "benchmarks.pytest_cpu",
                          "--rootdir", str(tmp_path), str(tmp_path / "test_busy.py")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    rows = {line.split("\t")[4]: line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()}
    busy, sleepy = rows["test_busy.py::test_child_burns_cpu"], rows["test_busy.py::test_sleeps"]
    assert float(busy[1]) > 0.2 and busy[3] == "-"  # the child's loop is counted
    assert float(sleepy[1]) < 0.3 <= float(sleepy[2])  # a sleep is wall time, not CPU


def test_summary_per_folder_and_module(tmp_path, capsys):
    lines = ["1.0\t2.00\t3.00\t-\ttests/a/test_x.py::t1", "2.0\t1.50\t1.50\tgw0\ttests/a/test_y.py::t2",
             "3.0\t0.50\t9.00\tgw1\ttests/b/test_z.py::t3[p]", "4.0\t1.00\t1.00\t-\ttest_top.py::t4", "garbage"]
    sums = summarise(lines)
    assert sums["tests/a"] == {"cpu": 3.5, "wall": 4.5, "tests": 2}
    assert sums["tests/b/test_z.py"] == {"cpu": 0.5, "wall": 9.0, "tests": 1}
    assert sums["."] == sums["test_top.py"] == {"cpu": 1.0, "wall": 1.0, "tests": 1}
    (tmp_path / "log.tsv").write_text("\n".join(lines), encoding="utf-8")
    assert main([str(tmp_path / "log.tsv")]) == 0
    out = capsys.readouterr().out
    assert "tests/a" in out and "     5.0      14.5      4  all" in out
