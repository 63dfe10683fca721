"""Model weights stored as float32 denormals are loaded as 0 (issue 15, latency: `engine.FLUSH_DENORMALS`).

PP-OCRv6_det_small stores 255,958 weights under float32's smallest normal magnitude (1.18e-38), most of
them in two convolutions of its neck; on x86 without flush-to-zero each multiply by one takes the slow
path, and the detector cost ~2.4× its CPU. Loaded as 0 they add nothing they added before (under 1e-36
to an activation): the detector's map is the same bit for bit. No timing here: the tests pin that the
sessions the engine reads with hold no denormal weight, and that the map does not move."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import platform
import struct
from collections.abc import Iterator

import numpy as np
import pytest

from app.prefill import engine as eng_mod
from app.prefill.engine import flushed_denormals


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def _field(num: int, payload: bytes) -> bytes:
    return _varint(num << 3 | 2) + _varint(len(payload)) + payload


def _f32(value: float) -> bytes:
    """A float32's 4 bytes from its bit pattern, not from a double-to-float conversion: with the CPU in
    flush-to-zero mode (which something loaded into CI's test process turns on) the conversion packs
    a denormal as 0, and the test model held no denormal at all (CI, twice: `assert 0 == 3`)."""
    sign = 0x80000000 if value < 0 else 0
    mag = abs(value)
    if 0.0 < mag < float(np.finfo(np.float32).tiny):
        return struct.pack("<I", sign | round(mag / 2.0 ** -149))  # (a denormal: mantissa × 2^-149)
    return struct.pack("<f", value)


def _tensor(name: str, values: list[float], dtype: int = 1, packed: bool = False) -> bytes:
    data = (b"".join(map(_f32, values)) if dtype == 1
            else struct.pack(f"<{len(values)}q", *map(int, values)))
    return (_varint(1 << 3) + _varint(len(values)) + _varint(2 << 3) + _varint(dtype)
            + _field(4 if packed else 9, data) + _field(8, name.encode()))


def _model(*tensors: bytes) -> bytes:
    graph = _field(1, b"node") + b"".join(_field(5, t) for t in tensors)
    return _varint(1 << 3) + _varint(8) + _field(7, graph) + _field(8, b"opset")


def test_denormal_weights_are_set_to_zero_in_place() -> None:
    tiny = float(np.finfo(np.float32).tiny)
    raw = [1.0, 1e-40, -3e-41, 0.0, tiny, -2.5e-38]
    model = _model(_tensor("w_raw", raw), _tensor("w_packed", [0.5, 7e-39], packed=True),
                   _tensor("shape", [3, 4], dtype=7))
    out, n = flushed_denormals(model)
    assert n == 3  # (1e-40, -3e-41, 7e-39: tiny itself and -2.5e-38 are normal floats)
    assert len(out) == len(model)
    changed = [i for i in range(len(model)) if out[i] != model[i]]
    want = bytearray(model)
    for value, new in ((1e-40, 0.0), (-3e-41, 0.0), (7e-39, 0.0)):
        at = bytes(want).index(_f32(value))
        want[at:at + 4] = _f32(new)
    assert out == want and changed  # (only those floats' bytes moved)
    again, m = flushed_denormals(out)
    assert m == 0 and again == out


@contextlib.contextmanager
def _denormals_are_zero() -> Iterator[None]:
    """This thread's SSE unit in denormals-are-zero and flush-to-zero mode (MXCSR bits 6 and 15), as a
    library loaded into the process may leave it (one of the docgen test peers did, in CI): glibc's
    x86-64 fenv_t holds MXCSR at byte 28."""
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    saved = (ctypes.c_uint8 * 32)()
    assert libm.fegetenv(saved) == 0
    daz = (ctypes.c_uint8 * 32)(*saved)
    mxcsr = int.from_bytes(bytes(daz[28:32]), "little") | 0x8040
    daz[28:32] = list(mxcsr.to_bytes(4, "little"))
    assert libm.fesetenv(daz) == 0
    try:
        yield
    finally:
        libm.fesetenv(saved)


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64") or platform.system() != "Linux",
                    reason="sets MXCSR through glibc's x86-64 fenv_t")
def test_denormals_are_found_with_the_cpu_in_denormals_are_zero_mode() -> None:
    """Found by their bits, not by a float compare: in DAZ mode every denormal compares equal to 0, and
    a compare-based count found none (CI: `assert 0 == 3` after a docgen peer turned the mode on)."""
    model = _model(_tensor("w", [1.0, 1e-40, -3e-41, 0.0]), _tensor("p", [0.5, 7e-39], packed=True))
    with _denormals_are_zero():
        assert float(np.float32(1e-40) * np.float32(1.0)) == 0.0  # (the mode is on)
        out, n = flushed_denormals(model)
    assert n == 3
    assert flushed_denormals(out)[1] == 0


def test_the_detector_reads_with_no_denormal_weight(monkeypatch) -> None:  # noqa: ANN001
    import onnxruntime

    shipped = eng_mod.rapidocr_model_dir() / eng_mod.RAPID_MODELS["det"]
    assert flushed_denormals(shipped.read_bytes())[1] > 100_000  # (why: the model as stored)
    seen: list[tuple[str | None, bytes | None]] = []
    create = onnxruntime.InferenceSession._create_inference_session

    def recording(self, *a, **kw):  # noqa: ANN001, ANN202
        seen.append((self._model_path, self._model_bytes))
        return create(self, *a, **kw)

    monkeypatch.setattr(onnxruntime.InferenceSession, "_create_inference_session", recording)
    engine = eng_mod.RapidOcrEngine(threads=1)
    engine.load()
    engine._detector(eng_mod.DET_MODEL)
    assert len(seen) >= 3  # (detector, recogniser, classifier)
    for path, model in seen:
        data = model if model is not None else open(path, "rb").read()  # noqa: PTH123, SIM115
        assert flushed_denormals(data)[1] == 0, path
    det = engine._detector(eng_mod.DET_MODEL)[0].session.session  # type: ignore[attr-defined]
    assert det._model_bytes is None  # (the flushed bytes are not kept for the session's life)


def test_the_detectors_map_is_the_same_bit_for_bit(engine, monkeypatch) -> None:  # noqa: ANN001
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    from tests.prefill.test_less_work import _page

    img = _page(["姓名 张三", "性别 男 民族 汉", "出生 1989 年 1 月 2 日", "住址 北京市朝阳区光华路9号",
                 "公民身份号码 110105198901020013"], 30, (544, 862), margin=50)
    monkeypatch.setattr(eng_mod, "FLUSH_DENORMALS", False)
    stored = eng_mod.RapidOcrEngine(threads=1)
    stored.load()
    det_stored = stored._detector(eng_mod.DET_MODEL)[0]
    det_now = engine._detector(eng_mod.DET_MODEL)[0]
    blob = DetPreProcess(960, "max", det_now.mean, det_now.std)(img)
    a, b = det_stored.session(blob), det_now.session(blob)
    assert a.shape == b.shape and (a == b).all()
    assert float(b.max()) > 0.5  # (the page's rows were found: not a blank map compared)
    assert det_stored.session.session._model_bytes is None and det_stored.session.session._model_path
