"""A simulated document camera (高拍仪) for training and tests: it shows whichever document the
trainee puts "on the desk", still, so auto-capture fires once, as with a real camera.

It is a camera backend like `CameraSource` (`open`, `read`, `close`), selected with the camera
spec `simulated` (training mode uses it when no real camera is configured). The pictures come
from a provider the caller passes in (kind → BGR image; the package's training samples), so
this device layer renders nothing itself. `place(kind)` puts a document down (None clears the
desk); the first frames after a change show the empty desk, so the stillness detector re-arms
even when the same kind is put down again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

import numpy as np

from hardware.camera.errors import CaptureError


class SimulatedCamera:
    spec = "simulated"

    def __init__(self, documents: Callable[[str], np.ndarray], labels: Mapping[str, str],
                 empty: Callable[[], np.ndarray], *, start: str | None = None, gap_frames: int = 2):
        self._documents = documents
        self.labels = dict(labels)
        self._empty = empty
        self._lock = threading.Lock()
        self._on_desk: str | None = None
        self._gap = 0
        self.gap_frames = gap_frames
        self.opened = False
        if start:
            self.place(start)

    def kinds(self) -> list[str]:
        return list(self.labels)

    @property
    def on_desk(self) -> str | None:
        return self._on_desk

    def place(self, kind: str | None) -> None:
        """Put a document on the desk (None: take it away)."""
        if kind is not None and kind not in self.labels:
            raise CaptureError(f"模拟高拍仪没有样张“{kind}”", f"the simulated camera has no sample '{kind}'")
        with self._lock:
            self._on_desk = kind
            self._gap = self.gap_frames

    def open(self) -> SimulatedCamera:
        self.opened = True
        return self

    def read(self) -> np.ndarray:
        with self._lock:
            if self._gap > 0 or self._on_desk is None:
                self._gap = max(0, self._gap - 1)
                return self._empty().copy()
            kind = self._on_desk
        return self._documents(kind).copy()

    @property
    def resolution(self) -> tuple[int, int]:
        h, w = self._empty().shape[:2]
        return w, h

    def close(self) -> None:
        self.opened = False

    def __enter__(self) -> SimulatedCamera:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()
