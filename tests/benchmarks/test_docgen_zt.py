"""Family ZT's generator (benchmarks/docgen_zt): a handful of files against the truth contract, the
check characters of its numbers, determinism for a seed, the `unreadable` logic, and the faces' cmaps.
Skipped when its engines are missing (ruby + ruby-prawn, mutool, a WebGPU adapter)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys

import numpy as np
import pytest

from tests.benchmarks.truth_keys import check_file, check_reproduced, id_ok, uscc_ok


def _engines() -> str | None:
    if not shutil.which("ruby") or subprocess.run(["ruby", "-e", "require 'prawn'"], capture_output=True).returncode:
        return "ruby with ruby-prawn missing (build/setup/debian-packages.txt)"
    if not shutil.which("mutool"):
        return "mutool (mupdf-tools) missing"
    try:
        import albumentations  # noqa: F401
        import wgpu

        if wgpu.gpu.request_adapter_sync(power_preference="low-power") is None:
            return "no WebGPU adapter (mesa-vulkan-drivers)"
    except Exception as exc:  # wgpu / albumentations not installed, or no Vulkan driver
        return f"family ZT's engines: {type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="module")
def zt_set(tmp_path_factory):
    why = _engines()
    if why:
        pytest.skip(why)
    from benchmarks import docgen_zt as G

    folder = tmp_path_factory.mktemp("zt")
    truth = G.generate(folder, 6, 31)
    return G, folder, truth


def test_set_meets_the_contract(zt_set):
    G, folder, truth = zt_set
    assert truth["family"] == "ZT" and len(truth["files"]) == 6
    assert json.loads((folder / "truth.json").read_text(encoding="utf-8")) == truth
    for f in truth["files"]:
        check_file(folder, f)
    s = G.summary(truth)
    assert s["files"] == 6 and sum(s["kinds"].values()) == 6


def test_numbers_carry_valid_check_characters():
    from benchmarks.docgen_zt import values as V

    r = random.Random(5)
    for _ in range(200):
        reg = V.region(r)
        birth = V.rand_date(r, 1950, 2008)
        sex = r.choice("男女")
        n = V.id_number(r, reg[3], birth, sex)
        assert id_ok(n) and n[6:14] == birth.strftime("%Y%m%d") and int(n[16]) % 2 == (sex == "男")
        assert uscc_ok(V.uscc(r, reg[3], r.choice(["company", "individual"])))
    assert V.capital_upper(500) == "伍佰万元整" and V.capital_upper(1050) == "壹仟零伍拾万元整"


def test_same_seed_same_file(zt_set, tmp_path):
    G, folder, truth = zt_set
    check_reproduced(G, G.kinds_for(6, 31), folder, truth, tmp_path)


def test_default_mix():
    from benchmarks.docgen_zt.generate import kinds_for

    plan = kinds_for(150, 7373)
    kinds = [k for k, _, _ in plan]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "id_card_front": 25, "id_card_back": 20, "business_license": 50, "public_health_license": 15,
        "food_business_license": 20, "other": 20}
    forms = {v.split("-")[1] for k, v, _ in plan if k == "business_license"}
    assert forms == {"company", "branch", "partnership", "individual"}
    assert {v.split("-")[0] for k, v, _ in plan if k == "business_license"} == {"zb", "fb"}
    assert all(k in ("business_license", "food_business_license") for k, _, c in plan if c == "e_licence_pdf")


def test_unreadable_follows_the_ink():
    from benchmarks.docgen_zt.photo import field_readable, visible_cells

    # a 10×10-cell page seen everywhere except its right two columns (out of frame), glare on cell (2, 2)
    h, w = 40, 40
    vv, uu = np.mgrid[0:h, 0:w]
    mask = np.zeros((h, w, 4), np.float32)
    mask[..., 0] = (uu + 0.5) / w
    mask[..., 1] = (vv + 0.5) / h
    mask[..., 3] = 1.0
    mask[:, 32:, 3] = 0.0          # not the page (desk): the page's right fifth is outside the frame
    mask[8:12, 8:12, 2] = 2.0      # glare over cell (2, 2)
    seen, glared = visible_cells(mask, 10, 10, 0.5)
    assert seen[:, :8].all() and not seen[:, 8:].any() and glared[2, 2] and glared.sum() == 1
    assert field_readable([[0.05, 0.5, 0.6, 0.58]], seen, glared)         # ink in frame, no glare
    assert not field_readable([[0.05, 0.5, 0.85, 0.58]], seen, glared)    # runs out of the frame
    assert not field_readable([[0.15, 0.15, 0.35, 0.25]], seen, glared)   # under the glare
    assert not field_readable([[0.05, 0.6, 0.5, 0.7], [0.6, 0.7, 0.9, 0.8]], seen, glared)  # a wrapped line cut


def test_every_string_is_checked_against_its_face():
    from benchmarks.docgen_zt.pages import Doc, Face

    try:
        Face.get("mono")
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    d = Doc(100, 100, "other")
    d.text(10, 10, "0123", "mono", 10)
    with pytest.raises(ValueError, match="no glyph"):
        d.text(10, 20, "营业执照", "mono", 10)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
