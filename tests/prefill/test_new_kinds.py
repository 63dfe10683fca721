"""The catalog's other kinds (issue 15) read from generated photos through the CLI's service:
食品经营许可证, 户口簿 (常住人口登记卡), 结婚证, 不动产权证书, 银行卡 — classified, their fields
read and validated (check digits, Luhn, closed lists); bad input is `other`, a bad number blank."""

from __future__ import annotations

import random

import cv2

from app.prefill.extract import REASONS
from app.services.prefill import ocr_files
from app.validators.text import to_halfwidth
from benchmarks.docgen import RENDERERS, PhotoOptions, make_sample, photograph

PHOTO = dict(out_long_side=2400, perspective=0.015, tilt_deg=2.0, noise=2.0, jpeg_quality=85, fill=0.8)
CARD = dict(out_long_side=1600, perspective=0.015, tilt_deg=2.0, noise=2.0, jpeg_quality=85, fill=0.7)
MUST = {"food_business_license": ("license_no", "credit_code", "name", "business_form"),
        "household_register": ("name", "id_number", "relationship", "sex"),
        "marriage_certificate": ("party1_id_number", "party2_id_number", "certificate_no", "holder"),
        "real_estate_certificate": ("certificate_no", "unit_number", "co_ownership"),
        "bank_card": ("card_number", "bank_name")}


def norm(v: str) -> str:
    return "".join(to_halfwidth(v).split())


def test_each_new_kind_is_read_from_a_photo(engine, tmp_path) -> None:
    samples, paths = {}, []
    for i, kind in enumerate(MUST):
        s = make_sample(kind, 300 + i, PhotoOptions(**(CARD if kind == "bank_card" else PHOTO)))  # type: ignore[arg-type]
        path = tmp_path / f"{kind}.jpg"
        cv2.imwrite(str(path), s.image)
        samples[str(path)] = s
        paths.append(path)
    results, failures = ocr_files(paths)
    assert not failures
    for out in results:
        s = samples[out["file"]]
        assert out["kind"] == s.kind, (out["file"], out["kind"])
        assert set(out["fields"]) >= set(s.truth)
        for key, want in s.truth.items():
            f = out["fields"][key]
            if f["value"]:
                assert f["value"] == norm(want), (s.kind, key, f["value"], want)  # never a wrong pre-fill
            elif want:
                assert f["reason"] in REASONS, (s.kind, key, f)
        for key in MUST[s.kind]:
            assert out["fields"][key]["value"] == norm(s.truth[key]), (s.kind, key, out["fields"][key])


def test_bank_card_number_failing_luhn_is_blank_and_a_letter_is_other(engine, tmp_path) -> None:
    rng = random.Random(7)
    make, render = RENDERERS["bank_card"]
    card = make(rng)
    number = card["card_number"]
    card["card_number"] = number[:-1] + str((int(number[-1]) + 1) % 10)  # one digit off: Luhn fails
    bad = tmp_path / "card.jpg"
    cv2.imwrite(str(bad), photograph(render(card, rng), rng, PhotoOptions(**CARD)))  # type: ignore[arg-type]
    letter = tmp_path / "letter.png"
    page = (255 * (1 + 0 * cv2.imread(str(bad))[:600, :800])).astype("uint8")
    from PIL import Image, ImageDraw

    from benchmarks.docgen import _font

    img = Image.fromarray(page)
    d = ImageDraw.Draw(img)
    for i, row in enumerate(("关于办理营业执照和户口簿的通知", "请携带结婚证、银行卡及不动产权证书到窗口办理。",
                             "联系电话：027-12345678")):
        d.text((40, 60 + i * 60), row, font=_font(30), fill=(0, 0, 0))
    img.save(letter)
    results, failures = ocr_files([bad, letter])
    assert not failures
    assert results[0]["kind"] == "bank_card"
    f = results[0]["fields"]["card_number"]
    assert f["value"] == "" and f["reason"] == "check_digit"
    assert results[1]["kind"] == "other" and results[1]["fields"] == {}
