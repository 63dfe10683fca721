"""The camera code path on an image sequence (CAP_IMAGES): frames, preview thread, camera lost."""

from __future__ import annotations

import threading
import time

import pytest

from app.imaging.document import StillnessDetector, process_document
from hardware.camera.errors import CameraUnavailable
from hardware.camera.source import CameraSource, CameraSpec, PreviewWorker


def test_image_sequence_source_detects_and_warps_the_card(frames_dir) -> None:
    src = CameraSource(str(frames_dir / "%03d.jpg"))
    with src:
        assert src.resolution[0] == 1280
        det = StillnessDetector(frames=4)
        captured = None
        for _ in range(11):
            frame = src.read()
            if det.update(frame):
                captured = frame
                break
        assert captured is not None, "auto-capture never fired on a resting card"
        page = process_document(captured)
        assert page.quad is not None and page.doc_format == "id_card"
        assert page.quality.ok, page.quality.reasons
        # the sequence ends: the camera is "gone" — an error, not a hang
        with pytest.raises(CameraUnavailable):
            for _ in range(20):
                src.read()


def test_preview_worker_is_rate_bounded_and_reports_camera_loss(frames_dir) -> None:
    frames: list[tuple[float, tuple[int, ...]]] = []
    lost = threading.Event()
    errors: list[Exception] = []
    worker = PreviewWorker(CameraSource(str(frames_dir / "%03d.jpg")), lambda f: frames.append((time.monotonic(), f.shape)),
                           max_fps=20, on_error=lambda e: (errors.append(e), lost.set()), preview_long_side=640)
    worker.start()
    assert lost.wait(10), "the end of the stream was not reported"
    worker.stop()
    assert not worker.running
    assert isinstance(errors[0], CameraUnavailable) and errors[0].message_zh
    assert frames and all(max(shape[:2]) <= 640 for _, shape in frames)
    gaps = [b[0] - a[0] for a, b in zip(frames, frames[1:], strict=False)]
    assert all(g >= 0.045 for g in gaps), gaps  # ≤ 20 frames per second
    assert worker.latest is not None and max(worker.latest.shape[:2]) == 1280  # full-size still kept


def test_missing_camera_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(CameraUnavailable) as exc:
        CameraSource(str(tmp_path / "none" / "%03d.jpg")).open()
    assert "摄像头" in exc.value.message_zh


def test_spec_parsing() -> None:
    assert CameraSpec.parse("0").device == 0
    assert CameraSpec.parse("frames/%03d.jpg").device == "frames/%03d.jpg"
