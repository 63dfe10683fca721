"""Fonts shipped with the product and embedded in every PDF it prints.

`LXGWWenKai-Regular.ttf` is LXGW WenKai 1.250 (霞鹜文楷), TrueType `glyf` outlines, unmodified
(the OFL reserves the font name for unmodified copies), licence in `OFL.txt` next to it.
Load it with `importlib.resources.files("resources.fonts") / FONT_FILE`.
"""

FONT_FILE = "LXGWWenKai-Regular.ttf"
LICENSE_FILE = "OFL.txt"
