"""Family ZQ's photos: the scene for one capture (page mesh bends, desk, lights, thumb, sleeve,
camera at a tilt with depth of field), rendered by LuxCoreRender in lux_worker's process, and the
pinhole projection of page points into the frame (for the truth's `unreadable`)."""

from __future__ import annotations

import atexit
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.docgen_zq.lux_worker import page_point

_WORKER: dict = {}


def _worker():
    p = _WORKER.get("p")
    if p is None or p.poll() is not None:
        empty = Path(tempfile.mkdtemp(prefix="zq_noicd_"))
        env = dict(os.environ, OCL_ICD_VENDORS=str(empty), OMP_NUM_THREADS="1")
        root = Path(__file__).resolve().parents[2]
        env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
        p = subprocess.Popen([sys.executable, "-m", "benchmarks.docgen_zq.lux_worker"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(root))
        _WORKER.update(p=p, empty=empty)
    return p


def close():
    """End the renderer process (waited for, so its CPU time is counted as a finished child's)."""
    p = _WORKER.pop("p", None)
    if p is not None:
        try:
            p.stdin.close()
            p.wait(timeout=60)
        except Exception:  # noqa: BLE001 - never leave it running
            p.kill()
            p.wait()
    e = _WORKER.pop("empty", None)
    if e is not None:
        os.rmdir(e)


atexit.register(close)


def render(req: dict) -> np.ndarray:
    p = _worker()
    p.stdin.write(json.dumps(req) + "\n")
    p.stdin.flush()
    ans = "ZQ:"
    while True:  # pyluxcore prints its library checks on stdout: answers are the lines marked ZQ:
        line = p.stdout.readline()
        if not line or line.startswith("ZQ:"):
            ans = line.strip()[3:]
            break
    if ans != "ok":
        raise RuntimeError(f"LuxCore worker: {ans or 'died'}")
    a = np.load(req["out"])
    os.unlink(req["out"])
    return a


def _norm(v):
    v = np.asarray(v, float)
    return v / np.linalg.norm(v)


def project(req, pts3) -> np.ndarray:
    """Pixel coordinates of 3D points through the request's pinhole camera (LuxCore's perspective
    camera: the field of view spans the frame's longer side)."""
    W, H = req["size"]
    o = np.asarray(req["cam"], float)
    f = _norm(np.asarray(req["target"], float) - o)
    r = _norm(np.cross(f, req["up"]))
    u = np.cross(r, f)
    P = np.asarray(pts3, float) - o
    z = P @ f
    t = math.tan(math.radians(req["fov"]) / 2)
    s = max(W, H) / 2
    x = (P @ r) / z / t * s + W / 2
    y = -(P @ u) / z / t * s + H / 2
    return np.stack([x, y], 1)


def page_uv_to_px(req, uv) -> np.ndarray:
    return project(req, [page_point(req, a, b) for a, b in uv])
