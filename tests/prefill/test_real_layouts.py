"""Failure cases of real licences (issue 15), on generated photos through the CLI's service.

Each photo is written to a file and read by `app.services.prefill.ocr_files` — the function behind
`zongchuang ocr --json` — so the whole path runs: decode, flatten, OCR, classify, extract. The
documents use the national template of `benchmarks/docgen.py` (`style="national"`): justified
two-character labels (`名　　　称`) the recogniser returns as separate boxes or glued to the
value, values far from their label, 住所 wrapping inside its house number. These failed before
the layout reader found labels as characters on a row (name 0/10, type 1/10 on this family).
"""

from __future__ import annotations

from pathlib import Path

import cv2

from app.prefill.extract import REASONS
from app.services.prefill import ocr_files
from app.validators.text import to_halfwidth
from benchmarks.docgen import PhotoOptions, make_sample

PHOTO = dict(out_long_side=2400, perspective=0.02, tilt_deg=3.0, noise=3.0, jpeg_quality=80, fill=0.8)


def norm(v: str) -> str:
    return "".join(to_halfwidth(v).split())


def read_licence(tmp_path: Path, seed: int, **layout: object) -> tuple[dict, dict[str, str]]:
    s = make_sample("business_license", seed, PhotoOptions(**PHOTO), style="national", **layout)  # type: ignore[arg-type]
    path = tmp_path / f"licence-{seed}.jpg"
    cv2.imwrite(str(path), s.image)
    results, failures = ocr_files([path])
    assert not failures
    return results[0], s.truth


def assert_no_wrong_prefill(out: dict, truth: dict[str, str]) -> None:
    for key, want in truth.items():
        f = out["fields"][key]
        if f["value"]:
            assert f["value"] == norm(want), (key, f["value"], want)
        elif want:
            assert f["reason"] in REASONS, (key, f)


def test_justified_labels_far_from_their_values(engine, tmp_path) -> None:
    # 名 … 称 across a six-character label column, the value 2.5 characters further right
    out, truth = read_licence(tmp_path, 101, portrait=False, col_chars=6, gap=2.5, wrap=False, seal=False)
    assert out["kind"] == "business_license"
    assert_no_wrong_prefill(out, truth)
    for key in ("name", "entity_type", "address", "legal_representative"):
        assert out["fields"][key]["value"] == norm(truth[key]), key


def test_label_glued_to_its_value(engine, tmp_path) -> None:
    # the value starts a sixth of a character after 称/型/所: one box `称上海…`
    out, truth = read_licence(tmp_path, 102, portrait=True, col_chars=4, gap=0.15, wrap=False, seal=False)
    assert out["kind"] == "business_license"
    assert_no_wrong_prefill(out, truth)
    for key in ("name", "entity_type", "address"):
        assert out["fields"][key]["value"] == norm(truth[key]), key


def test_address_wrapping_inside_its_house_number(engine, tmp_path) -> None:
    # `…锦华小区2` / `6栋6单元15层02室`: the second row starts under the value, not the label
    out, truth = read_licence(tmp_path, 107, portrait=False, col_chars=5, gap=1.0, wrap=True, seal=False)
    assert_no_wrong_prefill(out, truth)
    assert out["fields"]["address"]["value"] == norm(truth["address"])


def test_business_term_is_read(engine, tmp_path) -> None:
    out, truth = read_licence(tmp_path, 105, portrait=False, col_chars=5, gap=0.6, wrap=False, seal=False)
    assert truth["valid_to"]
    assert out["fields"]["valid_to"]["value"] == truth["valid_to"]


def test_seal_over_a_value_never_gives_a_wrong_prefill(engine, tmp_path) -> None:
    for seed in (103, 104):
        out, truth = read_licence(tmp_path, seed, seal=True)
        assert out["kind"] == "business_license"
        assert_no_wrong_prefill(out, truth)


def test_health_licence_with_justified_labels(engine, tmp_path) -> None:
    # 单 位 名 称 / 地　　　址 spread over six characters, values two characters further right
    s = make_sample("public_health_license", 7, PhotoOptions(**PHOTO), style="national", col_chars=6, gap=2.0)  # type: ignore[arg-type]
    path = tmp_path / "health.jpg"
    cv2.imwrite(str(path), s.image)
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == "public_health_license"
    assert_no_wrong_prefill(results[0], s.truth)
    for key in ("license_no", "name", "address", "license_items", "valid_to"):
        assert results[0]["fields"][key]["value"] == norm(s.truth[key]).replace("(", "〔").replace(")", "〕") \
            if key == "license_no" else norm(s.truth[key]), key
