"""Capture and OCR pre-fill use cases: files/frames → material pages → OCR → form fields.

- `ocr_files` / `read_image`: classify and read images (the `zongchuang ocr` CLI).
- `capture_material`: process photos/scans/files (flatten, quality gate, drop blank pages), store
  each page as JPEG via `add_material_file`, several pages also as one PDF (role `document`),
  then OCR the material and pre-fill the case.
- `ocr_material`: OCR a material's stored pages; results go to `MaterialRow.quality["ocr"]`
  (field key → {value, confidence, box, page, kind, flagged, candidate}) so the interchange
  document's `materials[].ocr` carries them; per-page kinds in `quality["ocr_pages"]`.
- `apply_prefill`: fill each catalog field from its ordered `prefill` sources through
  `set_fields` with provenance (`FieldInput(source, source_ref=material code, confidence, box)`).
  The chip read wins over OCR; where they disagree the disagreement is recorded in the ID
  material's `quality["discrepancies"]` and in the case's `extra["discrepancies"]`
  (`{"field", "source", "chip", "ocr", "material"}`) for pre-review to turn into a finding.
  `history.*` sources are not filled here: the applicant's earlier data is reused only after
  their consent at the window (Ctrl+H, `consent.reuse_with_window_consent`).
Never guess: flagged (low-confidence) OCR values are never written into fields.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.catalog.schema import FieldType
from app.catalog.situations import matches
from app.errors import InputError, ZongchuangError
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor

ID_KINDS = ("id_card_front", "id_card_back")
OCR_SOURCES = {"id_card": ID_KINDS, "business_license": ("business_license",),
               "public_health_license": ("public_health_license",),
               **{k: (k,) for k in ("food_business_license", "household_register", "marriage_certificate",
                                    "real_estate_certificate", "bank_card")}}
MAX_OCR_PAGES = 5  # pages of one input file the CLI reads before giving up on finding a document



# ------------------------------------------------------------------ reading images

def _as_error(exc: Exception, path: str) -> ZongchuangError:
    if isinstance(exc, ZongchuangError):
        return exc
    zh = getattr(exc, "message_zh", None)
    if zh:
        return InputError(zh, getattr(exc, "message_en", zh), hint_zh=getattr(exc, "hint_zh", ""),
                          hint_en=getattr(exc, "hint_en", ""))
    return InputError(f"无法识别 {path}：{type(exc).__name__}", f"cannot read {path}: {exc}")


def read_image(image: np.ndarray, *, engine: str | None = None, threads: int | None = None, flatten: bool = True,
               text_layer: tuple = (), layer_to_image: np.ndarray | None = None):
    """OCR one BGR image → `app.prefill.reader.PageRead` (`text_layer`: the PDF page's characters it
    was rendered from, `layer_to_image` mapping their pixels to this image's; `read_page`)."""
    from app.prefill.engine import get_engine
    from app.prefill.reader import read_page

    return read_page(image, get_engine(engine, threads), flatten=flatten, text_layer=text_layer,
                     layer_to_image=layer_to_image)


def ocr_files(paths: Sequence[str | Path], *, engine: str | None = None,
              threads: int | None = None) -> tuple[list[dict[str, Any]], list[tuple[str, ZongchuangError]]]:
    """The `zongchuang ocr --json` objects for each path, and the inputs that could not be read."""
    from app.prefill.engine import get_engine
    from app.prefill.reader import read_page
    from hardware.scanner.files import is_blank, iter_file

    results: list[dict[str, Any]] = []
    failures: list[tuple[str, ZongchuangError]] = []
    eng = None
    for path in paths:
        t0 = time.perf_counter()
        obj: dict[str, Any] = {"file": str(path), "kind": "other", "fields": {}, "elapsed_ms": 0}
        try:
            for n, page in enumerate(iter_file(path)):  # one decoded page at a time
                if n >= MAX_OCR_PAGES:
                    break
                if is_blank(page.image):
                    continue
                if eng is None:  # the one model load of this call is not counted against a page
                    t_load = time.perf_counter()
                    eng = get_engine(engine, threads)
                    eng.load()
                    t0 += time.perf_counter() - t_load
                read = read_page(page.image, eng, text_layer=page.text)
                if read.kind != "other":
                    obj["kind"], obj["fields"] = read.kind, read.extraction.public_fields()
                    if read.others:  # (both sides of an ID card copied onto one sheet)
                        obj["documents"] = read.documents()
                    if read.retake:  # (nothing readable as captured: why, for the clerk to ask for a retake)
                        obj["retake"] = read.retake
                    break
        except ZongchuangError as exc:
            if isinstance(exc, InputError) or exc.exit_code != 8:
                failures.append((str(path), exc))
            else:
                raise
        except Exception as exc:  # a decoder/engine failure on one file must not end the batch
            failures.append((str(path), _as_error(exc, str(path))))
        obj["elapsed_ms"] = int(round((time.perf_counter() - t0) * 1000))
        results.append(obj)
    return results, failures


# ------------------------------------------------------------------ capture into a material

@dataclass
class CaptureResult:
    material: str
    pages: int
    digests: list[str]
    pdf_digest: str | None
    quality: list[dict[str, Any]]
    skipped_blank: int = 0
    ocr: dict[str, Any] | None = None
    prefilled: list[str] = field(default_factory=list)
    discrepancies: list[dict[str, Any]] = field(default_factory=list)
    kind: str | None = None  # the first classified page's kind (id_card_front, business_license, …)
    page_kinds: list[str] = field(default_factory=list)
    retake: list[str] = field(default_factory=list)  # a new page unreadable as captured: its cause each


# a page of a known kind of which nothing could be read, and why (`reader.retake_cause`): what the
# capture screen tells the clerk at once, while the applicant is still at the window
RETAKE_REASONS = {
    "small_print": ("图片文字太小无法辨认，请申请人发送原图（勿用聊天压缩图）或用原件重新拍摄/扫描",
                    "print too small to read: ask for the original picture (not a chat-compressed copy) or a new capture"),
    "screen": ("图片有屏幕摩尔纹或彩色噪点无法辨认，请申请人发送原图或用原件重新拍摄/扫描",
               "a screen's moiré or colour grain over the print: ask for the original picture or a capture of the paper"),
    "too_dark": ("图片太暗无法辨认，请申请人发送原图或在充足光线下重新拍摄/扫描",
                 "too dark to read: ask for the original picture or capture it again in good light"),
    "blurred": ("图片模糊无法辨认，请申请人发送原图或用原件重新拍摄/扫描",
                "too blurred to read: ask for the original picture or a new capture"),
}


def _encode_jpeg(img: np.ndarray, quality: int = 90) -> bytes:
    import cv2

    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise InputError("页面图像编码失败", "could not encode the page image")
    return buf.tobytes()


def _pages_pdf(jpegs: list[bytes]) -> bytes:
    """One PDF holding the page JPEGs as they are (no re-encoding)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(j)) for j in jpegs]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=200.0)
    return out.getvalue()


def _frames_from(source: Any) -> list[tuple[np.ndarray, tuple]]:
    """Each page's image and, for a PDF page, its text layer (`hardware.scanner.files.page_chars`)."""
    from hardware.scanner.files import load_bytes, load_file

    if isinstance(source, np.ndarray):
        return [(source, ())]
    if isinstance(source, bytes):
        return [(p.image, p.text) for p in load_bytes(source)]
    if isinstance(source, str | Path):
        return [(p.image, p.text) for p in load_file(source)]
    out: list[tuple[np.ndarray, tuple]] = []
    for item in source:
        out.extend(_frames_from(item))
    return out


def capture_material(ctx: ServiceContext, ident: str, material_code: str, source: Any, *, actor: Actor,
                     flatten: bool = True, strict: bool = False, ocr: bool = True,
                     engine: str | None = None, progress: Progress | None = None,
                     before_store: Callable[[], None] | None = None) -> CaptureResult:
    """Store photos/scans/files as a material's pages (one PDF too when several), OCR, pre-fill.

    `source`: a BGR array, bytes of an image/PDF, a path, or a list of these (one page each).
    `strict=True` refuses pages that fail the quality gate (the UI's auto-capture retakes them).
    `progress(stage, done, total)`: called per page — stage `page` while the pages are checked
    and straightened, `ocr` while they are read (done = pages finished so far).
    `before_store()`: runs once the input is known good, just before the pages are stored (a
    replaced page is deleted there, so an unreadable replacement leaves the old page in place).
    """
    from app.imaging.document import QUALITY_REASONS, process_document
    from app.prefill.reader import too_small_for_a_page
    from hardware.scanner.files import is_blank

    try:
        frames = _frames_from(source)
    except Exception as exc:
        raise _as_error(exc, str(source) if isinstance(source, str | Path) else "input") from None
    pages: list[np.ndarray] = []
    qualities: list[dict[str, Any]] = []
    layers: list[tuple[tuple, np.ndarray]] = []  # each stored page's text layer and its map onto the page
    blank = 0
    for i, (frame, text) in enumerate(frames):
        _tell(progress, "page", i, len(frames))
        if is_blank(frame):
            blank += 1
            continue
        processed = process_document(frame, detect=flatten, deskew_page=flatten)
        if processed.quad is not None and too_small_for_a_page(processed):
            # the edges found are a copy's red 与原件一致 box or a label, not the page (a sheet that
            # fills the 高拍仪 frame shows no edges of its own): keep the whole frame, as the reader does
            processed = process_document(frame, detect=False, deskew_page=flatten)
        q = processed.quality.as_dict() | {"doc_format": processed.doc_format}
        if strict and not processed.quality.ok:
            zh = "；".join(QUALITY_REASONS[r][0] for r in processed.quality.reasons)
            en = "; ".join(QUALITY_REASONS[r][1] for r in processed.quality.reasons)
            raise InputError(f"图像质量不合格：{zh}", f"the image failed the quality check: {en}",
                             hint_zh="请调整后重新拍摄", hint_en="adjust and capture again")
        pages.append(processed.image)
        qualities.append(q)
        layers.append((text, processed.transform if processed.transform is not None else np.eye(3)))
    if not pages:
        raise InputError("没有可保存的页面（空白页或无内容）", "no page to store (blank or empty input)",
                         hint_zh="请重新拍摄或扫描", hint_en="capture or scan again")
    jpegs = [_encode_jpeg(p) for p in pages]
    if before_store is not None:
        before_store()
    digests = [case_svc.add_material_file(ctx, ident, material_code, j, actor=actor, media_type="image/jpeg",
                                          filename=f"{material_code}-p{i + 1}.jpg",
                                          quality={"capture": qualities})
               for i, j in enumerate(jpegs)]
    pdf_digest = None
    if len(jpegs) > 1:
        pdf_digest = case_svc.add_material_file(ctx, ident, material_code, _pages_pdf(jpegs), actor=actor,
                                                media_type="application/pdf", filename=f"{material_code}.pdf",
                                                role="document", page_no=1, quality={"capture": qualities})
    result = CaptureResult(material_code, len(pages), digests, pdf_digest, qualities, blank)
    if ocr:
        # (a PDF page's text layer goes with the page just stored: read on the page as stored — a
        # later re-read of the material from its stored JPEGs has none)
        carried = {d: layer for d, layer in zip(digests, layers, strict=True) if layer[0]}
        result.ocr, pages_read = _ocr_material(ctx, ident, material_code, actor=actor, engine=engine, progress=progress,
                                               only=set(digests), layers=carried)
        result.page_kinds = [p["kind"] for p in pages_read]
        result.retake = [p["retake"] for p in pages_read if p.get("retake") and p.get("sha256") in digests]
        result.kind = next((k for k in result.page_kinds if k != "other"), "other")
        report = apply_prefill(ctx, ident, actor=actor)
        result.prefilled, result.discrepancies = report.filled, report.discrepancies
    return result


Progress = Callable[[str, int, int], None]


def _tell(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        try:
            progress(stage, done, total)
        except Exception:  # a progress display that went away never stops the capture
            pass


def _material_pages(ctx: ServiceContext, ident: str, material_code: str) -> list[tuple[int, str, bytes]]:
    with ctx.store.read() as session:
        row = case_svc._load(session, ident)
        refs = sorted(((a.page_no, a.sha256) for a in row.attachments
                       if a.material_code == material_code and a.role == "page" and a.media_type.startswith("image/")),
                      key=lambda t: t[0])
    return [(page, digest, ctx.store.attachments.get(digest)) for page, digest in refs]


def _ocr_material(ctx: ServiceContext, ident: str, material_code: str, *, actor: Actor,
                  engine: str | None = None, progress: Progress | None = None,
                  only: set[str] | None = None, layers: dict[str, tuple[tuple, np.ndarray]] | None = None,
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from hardware.scanner.files import iter_bytes

    pages = _material_pages(ctx, ident, material_code)
    if not pages:
        raise InputError(f"材料 {material_code} 还没有页面图像", f"material {material_code} has no page images yet")
    fields: dict[str, dict[str, Any]] = {}
    page_info: list[dict[str, Any]] = []
    todo = sum(1 for _p, d, _b in pages if only is None or d in only)
    done = 0
    for page_no, digest, data in pages:
        counted = only is None or digest in only  # progress counts the pages just taken
        if counted:
            _tell(progress, "ocr", done, todo)
        img = next(iter_bytes(data, f"{material_code}-p{page_no}")).image  # the first page only
        text, to_img = (layers or {}).get(digest, ((), None))
        read = read_image(img, engine=engine, flatten=False, text_layer=text, layer_to_image=to_img)
        done += counted
        page_info.append({"page": page_no, "sha256": digest, "kind": read.kind, "rotation": read.rotation,
                          "elapsed_ms": read.elapsed_ms, "retake": read.retake})
        # (every document on the page: both sides of an ID card copied onto one sheet are kept)
        for doc in read.stored()["documents"]:
            for key, f in doc["fields"].items():
                entry = {**f, "page": page_no, "kind": doc["kind"]}
                old = fields.get(key)
                better = old is None or (old.get("flagged") and not entry.get("flagged")) or (
                    bool(old.get("flagged")) == bool(entry.get("flagged")) and entry["confidence"] > old["confidence"])
                if better:
                    fields[key] = entry
    _tell(progress, "ocr", todo, todo)
    kinds = [p["kind"] for p in page_info if p["kind"] != "other"]
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        case_svc._touch_after_edit(uow, row)
        material = next(m for m in row.materials if m.code == material_code)
        quality = dict(material.quality or {})
        quality["ocr"] = fields
        quality["ocr_pages"] = page_info
        material.quality = quality
        if kinds:
            material.doc_kind = kinds[0]
        uow.audit("case.material_ocr", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": material_code, "kinds": kinds, "keys": sorted(fields)})
    ctx.publish("case.changed", uuid=ident, material=material_code)
    return fields, page_info


# ------------------------------------------------------------------ pre-fill into fields

@dataclass
class PrefillReport:
    filled: list[str] = field(default_factory=list)
    discrepancies: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # field key → why it was not filled


def _norm_cmp(v: str) -> str:
    from app.validators.text import compact

    return compact(v or "").replace("族", "")


def _coerce(spec: Any, value: str) -> str | None:
    """Fit an OCR/chip value to the field's type; None when it does not fit (never force it)."""
    if spec.type == FieldType.CHOICE and spec.options:
        if value in spec.options:
            return value
        if "个体" in value and "个体工商户" in spec.options:
            return "个体工商户"
        if re.search(r"公司|企业|合伙|厂", value) and "企业" in spec.options:
            return "企业"
        return None
    if spec.type == FieldType.MULTI and spec.options:
        parts = [p for p in re.split(r"[、,，;；/\s]+", value) if p]
        return ",".join(parts) if parts and all(p in spec.options for p in parts) else None
    if spec.type in (FieldType.DATE, FieldType.DATE_OR_LONG):
        from app.validators.dates import parse_date

        if value == "长期":
            return value if spec.type == FieldType.DATE_OR_LONG else None
        d = parse_date(value)
        return d.isoformat() if d else None
    if spec.type in (FieldType.INT, FieldType.DECIMAL):
        return value if re.fullmatch(r"\d+(\.\d+)?", value) else None
    return value


def apply_prefill(ctx: ServiceContext, ident: str, *, actor: Actor, overwrite: bool = False) -> PrefillReport:
    """Fill empty (or OCR-filled) fields from the case's chip read, OCR'd materials and history."""
    detail = case_svc.case_detail(ctx, ident)
    item = ctx.catalog.get(detail["item_code"])
    card = detail.get("card_read") or None
    existing = detail.get("fields") or {}
    materials = detail.get("materials") or []
    report = PrefillReport()

    def ocr_value(doc: str, key: str) -> tuple[str, dict[str, Any]] | None:
        kinds = OCR_SOURCES.get(doc, ())
        for m in materials:
            q = m.get("quality") or {}
            page_kinds = {p.get("kind") for p in q.get("ocr_pages", [])} | {m.get("doc_kind")}
            if not page_kinds & set(kinds):
                continue
            f = (q.get("ocr") or {}).get(key)
            if f and f.get("kind") in kinds and f.get("value") and not f.get("flagged"):
                return m["code"], f
        return None

    updates: dict[str, case_svc.FieldInput] = {}
    discrepancies: list[dict[str, Any]] = []
    answers = {k: (v if isinstance(v, list) else [v]) for k, v in (detail.get("answers") or {}).items()}
    for spec in item.fields:
        if not spec.prefill or (spec.when and not matches(spec.when, answers)):
            continue
        cur = existing.get(spec.key) or {}
        if cur.get("value") and not overwrite and (cur.get("confirmed") or cur.get("source") not in ("ocr", "history")):
            report.skipped[spec.key] = "already set"
            continue
        chosen: case_svc.FieldInput | None = None
        for src in spec.prefill:
            doc, _, key = src.partition(".")
            if doc == "id_card":
                chip = (card or {}).get(key) if card and card.get("source", "chip") == "chip" else None
                ocr = ocr_value("id_card", key)
                if chip:
                    value = _coerce(spec, str(chip))
                    if ocr and _norm_cmp(ocr[1]["value"]) != _norm_cmp(str(chip)):
                        discrepancies.append({"field": spec.key, "source": src, "chip": str(chip),
                                              "ocr": ocr[1]["value"], "material": ocr[0]})
                    if value is not None:
                        chosen = case_svc.FieldInput(value, "id_card", "chip", 1.0)
                        break
                if ocr:
                    value = _coerce(spec, ocr[1]["value"])
                    if value is not None:
                        chosen = case_svc.FieldInput(value, "ocr", ocr[0], ocr[1]["confidence"], ocr[1].get("box") or None)
                        break
            elif doc in OCR_SOURCES:
                ocr = ocr_value(doc, key)
                if ocr:
                    value = _coerce(spec, ocr[1]["value"])
                    if value is not None:
                        chosen = case_svc.FieldInput(value, "ocr", ocr[0], ocr[1]["confidence"], ocr[1].get("box") or None)
                        break
        if chosen is None:
            report.skipped[spec.key] = "no confident source"
            continue
        if cur.get("value") == chosen.value and cur.get("source") == chosen.source:
            continue
        updates[spec.key] = chosen
    if updates:
        case_svc.set_fields(ctx, ident, updates, actor=actor)
        report.filled = sorted(updates)
    if discrepancies:
        _record_discrepancies(ctx, ident, discrepancies, actor=actor)
    report.discrepancies = discrepancies
    return report


def prefill_reasons(ctx: ServiceContext, ident: str) -> dict[str, str]:
    """Why each empty pre-fillable field of the case was not pre-filled by OCR: field key → the
    OCR `reason` (`glare`, `label_not_found`, `check_digit` …) of the material it would come
    from. The form screen shows it next to the empty field, so the clerk knows whether a retake
    helps. A field blank because its whole page was unreadable as captured (`retake`) maps to
    `retake_<cause>` (`retake_small_print`, `retake_screen` …) when the page's cause is stored.
    Fields with a value, or with no OCR read of their material, are left out."""
    detail = case_svc.case_detail(ctx, ident)
    item = ctx.catalog.get(detail["item_code"])
    existing = detail.get("fields") or {}
    out: dict[str, str] = {}
    for spec in item.fields:
        if not spec.prefill or (existing.get(spec.key) or {}).get("value"):
            continue
        for src in spec.prefill:
            doc, _, key = src.partition(".")
            kinds = OCR_SOURCES.get(doc, ())
            found = [(((m.get("quality") or {}).get("ocr") or {}).get(key), m) for m in detail.get("materials") or []]
            hit = next(((f, m) for f, m in found if f and f.get("kind") in kinds and f.get("reason")), None)
            if hit:
                out[spec.key] = _retake_cause(*hit) or str(hit[0]["reason"])
                break
    return out


def _retake_cause(entry: dict[str, Any], material: dict[str, Any]) -> str:
    """`retake_<cause>` (`retake_small_print`, `retake_screen`, …) for a field left blank because
    its page was unreadable as captured (reason `retake`), from the page's own cause kept in
    `quality["ocr_pages"]`; "" for any other reason (or a page stored before causes were kept)."""
    if entry.get("reason") != "retake":
        return ""
    pages = (material.get("quality") or {}).get("ocr_pages") or []
    cause = next((p.get("retake") for p in pages if p.get("page") == entry.get("page") and p.get("retake")), "")
    return f"retake_{cause}" if cause else ""


def _record_discrepancies(ctx: ServiceContext, ident: str, items: list[dict[str, Any]], *, actor: Actor) -> None:
    with ctx.store.unit_of_work(actor) as uow:
        row = case_svc._load(uow.session, ident)
        extra = dict(row.extra or {})
        extra["discrepancies"] = items
        row.extra = extra
        by_material: dict[str, list[dict[str, Any]]] = {}
        for d in items:
            by_material.setdefault(d["material"], []).append(d)
        for m in row.materials:
            if m.code in by_material:
                q = dict(m.quality or {})
                q["discrepancies"] = by_material[m.code]
                m.quality = q
        uow.audit("case.prefill_discrepancy", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"fields": sorted({d["field"] for d in items})})
    ctx.publish("case.changed", uuid=ident)


def prefill_from_card(ctx: ServiceContext, ident: str, card: Mapping[str, Any], *, actor: Actor) -> PrefillReport:
    """Record a chip read on the case and pre-fill from it (chip wins over OCR)."""
    case_svc.record_card_read(ctx, ident, card, actor=actor)
    return apply_prefill(ctx, ident, actor=actor)


def warm_up() -> bool:
    """Load the OCR models once (off the GUI thread, while the clerk logs in), so the first capture
    is fast and loading never happens in the middle of a case. False when OCR is not installed."""
    try:
        from app.prefill.engine import get_engine
    except ImportError:
        return False
    engine = get_engine()
    load = getattr(engine, "load", None)
    if load is not None:
        load()
    return True
