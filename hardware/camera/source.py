"""Document camera (高拍仪) frames through OpenCV `VideoCapture`, and a bounded-rate preview worker.

A 高拍仪 is a plain UVC camera. By index we open it with the platform backend (V4L2 / DirectShow)
and set MJPG *before* the resolution (high resolutions exist only in MJPG). By path/URL we open
a video file, a stream, or an image sequence (`frames/%03d.jpg` with CAP_IMAGES), so tests and
training mode run exactly the same code. `PreviewWorker` reads frames on a plain thread and hands
them to a callback at a bounded rate (no Qt here; the UI marshals to its GUI thread). A camera
that stops delivering frames raises/reports `CameraUnavailable` instead of hanging.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from hardware.camera.errors import CameraUnavailable


@dataclass(frozen=True)
class CameraSpec:
    """Where frames come from: a device index, or a file/URL/image-sequence pattern."""

    device: int | str
    width: int = 2592
    height: int = 1944
    fps: int = 15
    mjpg: bool = True

    @classmethod
    def parse(cls, text: str | int, **kw: int) -> CameraSpec:
        if isinstance(text, int) or (isinstance(text, str) and text.strip().isdigit()):
            return cls(int(text), **kw)
        return cls(str(text), **kw)


def _backend_for_index() -> int:
    if sys.platform.startswith("win"):
        return cv2.CAP_DSHOW
    if sys.platform.startswith("linux"):
        return cv2.CAP_V4L2
    return cv2.CAP_ANY


class CameraSource:
    """One opened camera. `read()` returns a BGR frame or raises `CameraUnavailable`."""

    def __init__(self, spec: CameraSpec | str | int, *, max_failures: int = 15, loop: bool = False):
        self.spec = spec if isinstance(spec, CameraSpec) else CameraSpec.parse(spec)
        self.max_failures = max_failures
        self.loop = loop  # image sequences/files: start again at the end (training/demo)
        self._cap: cv2.VideoCapture | None = None
        self._lock = threading.Lock()

    def _open_capture(self) -> cv2.VideoCapture:
        dev = self.spec.device
        if isinstance(dev, int):
            cap = cv2.VideoCapture(dev, _backend_for_index())
            if cap.isOpened():
                if self.spec.mjpg:  # must precede the resolution, or the driver stays at YUYV sizes
                    cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.spec.width)
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.spec.height)
                cap.set(cv2.CAP_PROP_FPS, self.spec.fps)
                cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        elif "%" in dev:
            cap = cv2.VideoCapture(dev, cv2.CAP_IMAGES)
        else:
            cap = cv2.VideoCapture(dev)
        return cap

    def open(self) -> CameraSource:
        with self._lock:
            if self._cap is None:
                cap = self._open_capture()
                if not cap.isOpened():
                    cap.release()
                    raise CameraUnavailable(f"无法打开高拍仪/摄像头 {self.spec.device}",
                                            f"cannot open camera {self.spec.device}",
                                            hint_zh="检查 USB 连接，或在设置中选择其他摄像头",
                                            hint_en="check the USB cable or choose another camera in settings")
                self._cap = cap
        return self

    @property
    def resolution(self) -> tuple[int, int]:
        cap = self.open()._cap
        assert cap is not None
        return int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))

    def read(self) -> np.ndarray:
        self.open()
        failures = 0
        while True:
            with self._lock:
                cap = self._cap
                if cap is None:
                    raise CameraUnavailable("摄像头已关闭", "the camera was closed")
                ok, frame = cap.read()
                if not ok and self.loop and not isinstance(self.spec.device, int):
                    cap.release()
                    self._cap = self._open_capture()
                    ok, frame = self._cap.read()
            if ok and frame is not None and frame.size:
                return frame
            failures += 1
            if failures >= self.max_failures or not isinstance(self.spec.device, int):
                raise CameraUnavailable("摄像头没有画面（可能已断开）", "the camera delivers no frames (disconnected?)",
                                        hint_zh="重新插拔高拍仪后再试", hint_en="reconnect the document camera and retry")
            time.sleep(0.02)

    def close(self) -> None:
        with self._lock:
            if self._cap is not None:
                self._cap.release()
                self._cap = None

    def __enter__(self) -> CameraSource:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()


FrameCallback = Callable[[np.ndarray], None]
ErrorCallback = Callable[[Exception], None]


class PreviewWorker:
    """Read frames on a background thread; deliver at most `max_fps` per second to `on_frame`.

    The newest frame is also kept in `latest` (for a still capture). Errors (camera lost) go to
    `on_error` once and stop the worker. `stop()` joins the thread.
    """

    def __init__(self, source: CameraSource, on_frame: FrameCallback, *, max_fps: float = 8.0,
                 on_error: ErrorCallback | None = None, preview_long_side: int | None = 960):
        self.source = source
        self.on_frame = on_frame
        self.on_error = on_error
        self.interval = 1.0 / max_fps if max_fps > 0 else 0.0
        self.preview_long_side = preview_long_side
        self.latest: np.ndarray | None = None
        self.frames_delivered = 0
        self.error: Exception | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> PreviewWorker:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="camera-preview", daemon=True)
            self._thread.start()
        return self

    def _shrink(self, frame: np.ndarray) -> np.ndarray:
        side = self.preview_long_side
        h, w = frame.shape[:2]
        if side and max(h, w) > side:
            s = side / max(h, w)
            return cv2.resize(frame, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
        return frame

    def _run(self) -> None:
        next_at = 0.0
        while not self._stop.is_set():
            try:
                frame = self.source.read()
            except Exception as exc:  # camera lost: report once, stop
                self.error = exc
                if self.on_error:
                    self.on_error(exc)
                return
            self.latest = frame
            now = time.monotonic()
            if now >= next_at:
                next_at = now + self.interval
                try:
                    self.on_frame(self._shrink(frame))
                    self.frames_delivered += 1
                except Exception as exc:  # a consumer bug must not kill the camera thread silently
                    self.error = exc
                    if self.on_error:
                        self.on_error(exc)
                    return
            else:
                self._stop.wait(min(self.interval, max(0.0, next_at - now)))

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
