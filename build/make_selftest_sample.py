"""Render resources/selftest/sample_text.png from resources/selftest/expected.txt.

Run once when the expected text changes (`.venv/bin/python build/make_selftest_sample.py`); the
PNG is committed so the self-test never depends on rendering working.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "LXGWWenKai-Regular.ttf"
OUT = ROOT / "resources" / "selftest"


def main() -> None:
    lines = [ln for ln in (OUT / "expected.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    font = ImageFont.truetype(str(FONT), 40)
    width = 60 + max(int(font.getlength(ln)) for ln in lines)
    img = Image.new("L", (width, 40 + 64 * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((30, 20 + 64 * i), line, font=font, fill=0)
    img.save(OUT / "sample_text.png", optimize=True)


if __name__ == "__main__":
    main()
