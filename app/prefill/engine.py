"""OCR engines behind one interface: RapidOCR (default, ONNX Runtime) and PaddleOCR (optional).

Rules this module enforces:
- nothing downloads at run time: RapidOCR gets the explicit paths of the models inside its wheel,
  and we refuse to start when one is missing (rapidocr would otherwise fetch it);
- `ORT_DISABLE_TELEMETRY=1` is set before onnxruntime can be imported (setting it later is useless);
- logs are quiet; the model loads once, lazily, under a lock, so the UI can warm it up off the GUI
  thread (`warm_up`) and every later call shares it;
- the thread count is configurable (`ZONGCHUANG_OCR_THREADS`, default: all cores of an old 2-core PC).

Output is a list of `TextLine`s (text, score, 4-point box, and whether the line classifier
turned the crop 180°), which `app.prefill.layout` turns into fields.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from importlib import util as importlib_util
from pathlib import Path
from typing import Protocol

import numpy as np

from app.errors import ZongchuangError

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

DET_LIMIT_SIDE = 544  # the det model upsizes pages whose short side is below this
RAPID_MODELS = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx",
                "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}


class OcrUnavailable(ZongchuangError):
    exit_code = 8


@dataclass(frozen=True)
class TextLine:
    text: str
    score: float
    quad: tuple[tuple[float, float], ...]  # 4 points, clockwise from top-left of the text
    flipped: bool = False  # the line classifier read it upside down

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.quad]
        ys = [p[1] for p in self.quad]
        return min(xs), min(ys), max(xs), max(ys)


class OcrEngine(Protocol):
    name: str

    def load(self) -> object: ...

    def read(self, image: np.ndarray) -> list[TextLine]: ...


def default_threads() -> int:
    raw = os.environ.get("ZONGCHUANG_OCR_THREADS", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return max(1, min(4, os.cpu_count() or 2))


def rapidocr_model_dir() -> Path:
    spec = importlib_util.find_spec("rapidocr")
    if spec is None or not spec.origin:
        raise OcrUnavailable("未安装文字识别组件 rapidocr", "the OCR package rapidocr is not installed",
                             hint_zh="请重新安装综窗", hint_en="reinstall the workstation software")
    return Path(spec.origin).parent / "models"


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


class RapidOcrEngine:
    """PP-OCRv6 small det/rec + the 0/180 line classifier, on ONNX Runtime, CPU."""

    name = "rapidocr"

    def __init__(self, threads: int | None = None, model_dir: Path | None = None):
        self.threads = threads or default_threads()
        self.model_dir = Path(model_dir) if model_dir else rapidocr_model_dir()
        self._engine = None
        self._lock = threading.Lock()

    def _paths(self) -> dict[str, Path]:
        paths = {k: self.model_dir / v for k, v in RAPID_MODELS.items()}
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
                from rapidocr import RapidOCR

                t = self.threads
                self._engine = RapidOCR(params={
                    "Global.log_level": "error",
                    "Det.model_path": str(paths["det"]), "Rec.model_path": str(paths["rec"]),
                    "Cls.model_path": str(paths["cls"]),
                    "EngineConfig.onnxruntime.intra_op_num_threads": t,
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                    "Det.limit_side_len": DET_LIMIT_SIDE,
                })
                for name in ("RapidOCR", "rapidocr"):
                    logging.getLogger(name).setLevel(logging.ERROR)
        return self._engine

    def warm_up(self) -> None:
        """Load the models and run one tiny image (call from a worker thread at start-up)."""
        self.read(np.full((64, 256, 3), 255, np.uint8))

    def read(self, image: np.ndarray) -> list[TextLine]:
        eng = self.load()
        from rapidocr.utils.process_img import map_boxes_to_original

        h, w = image.shape[:2]
        img, op_record = eng.preprocess_img(image)
        det_res, cls_res, rec_res, _ = eng.run_ocr_steps(img, op_record)
        if det_res.boxes is None or rec_res.txts is None:
            return []
        boxes = map_boxes_to_original(det_res.boxes, op_record, h, w)
        flips = [("180" in lab and sc > eng.cfg.Cls.cls_thresh) for lab, sc in (cls_res.cls_res or [])]
        out = []
        for i, (box, txt, sc) in enumerate(zip(boxes, rec_res.txts, rec_res.scores, strict=False)):
            if not txt or not txt.strip() or sc < 0.3:
                continue
            quad = tuple((float(x), float(y)) for x, y in np.asarray(box).reshape(-1, 2)[:4])
            out.append(TextLine(txt.strip(), float(sc), quad, flips[i] if i < len(flips) else False))
        return out


class PaddleOcrEngine:
    """PaddleOCR with local model folders only (never downloads); optional, not installed by default."""

    name = "paddleocr"

    def __init__(self, det_dir: str | Path | None = None, rec_dir: str | Path | None = None,
                 threads: int | None = None):
        self.det_dir = Path(det_dir or os.environ.get("ZONGCHUANG_PADDLE_DET_DIR", ""))
        self.rec_dir = Path(rec_dir or os.environ.get("ZONGCHUANG_PADDLE_REC_DIR", ""))
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

    def read(self, image: np.ndarray) -> list[TextLine]:
        eng = self.load()
        out: list[TextLine] = []
        for res in eng.predict(image):
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
    name = (name or os.environ.get("ZONGCHUANG_OCR_ENGINE") or "rapidocr").lower()
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
