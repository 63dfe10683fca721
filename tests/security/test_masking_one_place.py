"""One masking module (`app.security.masking`) for every screen: a person's name is masked in
every list, a one-character name too (the delivery screen once showed it in full), and no
module masks by hand."""

from __future__ import annotations

import re
from pathlib import Path

from app.security.masking import mask_applicant_name, mask_name

ROOT = Path(__file__).resolve().parents[2]


def test_a_one_character_name_is_masked():
    assert mask_name("王") == "*"
    assert mask_applicant_name("王", "person") == "*"
    assert mask_applicant_name("张三丰", "person") == "张**"
    assert mask_applicant_name("武汉市青山区悦来宾馆有限公司", "organisation") == "武汉市青山区悦来宾馆有限公司"


HAND_MASK = re.compile(r"""\[:\d\]\s*\+\s*["']\*|["']\*["']\s*\*\s*\(?len\(""")


def test_no_module_masks_by_hand():
    bad = [f"{p.relative_to(ROOT)}:{n}" for pkg in ("ui", "app", "sync") for p in sorted((ROOT / pkg).rglob("*.py"))
           if "security" not in p.relative_to(ROOT).parts  # the masking module and the log redaction beside it
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if HAND_MASK.search(line)]
    assert not bad, "use app.security.masking:\n" + "\n".join(bad)
    assert HAND_MASK.search('c.applicant_name[:1] + "*"')


def test_no_second_masking_module():
    """The old `app.security_masking` forwarding shim is gone: one import path for masking."""
    assert not (ROOT / "app" / "security_masking.py").exists()
    users = [str(p.relative_to(ROOT)) for pkg in ("ui", "app", "sync", "tests") for p in (ROOT / pkg).rglob("*.py")
             if "security_masking" in p.read_text(encoding="utf-8") and p.name != "test_masking_one_place.py"]
    assert not users, users
