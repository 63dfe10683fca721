"""HTML + CSS for family S's pages, laid out by Chromium (Blink): grids and tables, label columns
justified with text-align-last, faces pinned by file through @font-face, SVG seals with textPath,
guilloche borders from repeating CSS gradients. Each value sits in an element with data-key so the
browser reports its boxes (the captures use them to decide what glare or the frame edge really hides)."""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import numpy as np
import qrcode

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
FACES = {  # key -> font file (pinned by path; Chromium loads it through @font-face)
    "fandol_song": f"{FANDOL}/FandolSong-Regular.otf",
    "fandol_song_bold": f"{FANDOL}/FandolSong-Bold.otf",
    "fandol_fang": f"{FANDOL}/FandolFang-Regular.otf",
    "fandol_hei": f"{FANDOL}/FandolHei-Regular.otf",
    "fandol_hei_bold": f"{FANDOL}/FandolHei-Bold.otf",
    "fandol_kai": f"{FANDOL}/FandolKai-Regular.otf",
    "arpl_sungti": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "arpl_kaiti": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "babelstone": "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
    "droid_fallback": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "lxgw_wenkai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "nimbus_mono": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "nimbus_sans": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "nimbus_sans_narrow": "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Regular.otf",
    "dejavu_mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu_cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
}
SERIF = ["fandol_song", "arpl_sungti", "babelstone"]
FANG = ["fandol_fang", "fandol_song"]
SANS = ["fandol_hei", "droid_fallback"]
KAI = ["fandol_kai", "arpl_kaiti", "lxgw_wenkai"]
DIGITS = ["nimbus_mono", "dejavu_mono", "nimbus_sans", "dejavu_cond", "nimbus_sans_narrow"]


def available(key: str) -> bool:
    return Path(FACES[key]).exists()


def font_css(keys: set[str]) -> str:
    return "\n".join(f'@font-face {{ font-family: "{k}"; src: url("{Path(FACES[k]).as_uri()}"); }}'
                     for k in sorted(keys) if available(k))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def qr_data_uri(text: str) -> str:
    q = qrcode.QRCode(border=1, box_size=4)
    q.add_data(text)
    q.make(fit=True)
    img = q.make_image(fill_color="black", back_color="white")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def seal_svg(text: str, size: int, color: str = "#d8262a", rot: float = 0.0, bottom: str = "", opacity: float = 0.82, face: str = "fandol_song") -> str:
    """A round red seal: the issuer's name along the upper arc (textPath), a star, an optional line
    below it; drawn over what it stamps with multiply blending, as ink is."""
    r = size / 2
    tr = r * 0.72
    n = max(len(text), 1)
    fs = min(size * 0.13, (3.1416 * 1.25 * tr) / n * 0.95)
    star = " ".join(f"{r + np.cos(np.pi / 2 + k * 4 * np.pi / 5) * r * 0.22:.1f},{r - np.sin(np.pi / 2 + k * 4 * np.pi / 5) * r * 0.22:.1f}"
                    for k in range(5))
    bottom_el = (f'<text x="{r}" y="{r * 1.52}" font-size="{fs * 0.9:.1f}" text-anchor="middle" fill="{color}" '
                 f'font-family="{face}">{esc(bottom)}</text>') if bottom else ""
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
            f'style="transform: rotate({rot:.1f}deg); opacity: {opacity}; mix-blend-mode: multiply">'
            f'<defs><path id="arc{size}{n}" d="M {r - tr:.1f},{r:.1f} A {tr:.1f},{tr:.1f} 0 1 1 {r + tr:.1f},{r:.1f}"/></defs>'
            f'<circle cx="{r}" cy="{r}" r="{r * 0.94:.1f}" fill="none" stroke="{color}" stroke-width="{size * 0.035:.1f}"/>'
            f'<polygon points="{star}" fill="{color}"/>'
            f'<text font-size="{fs:.1f}" fill="{color}" font-family="{face}" font-weight="bold">'
            f'<textPath href="#arc{size}{n}" startOffset="50%" text-anchor="middle" textLength="{3.1416 * tr * 0.98:.0f}">{esc(text)}</textPath></text>'
            f'{bottom_el}</svg>')


def emblem_svg(size: int, color: str = "#c8161d") -> str:
    """A simplified national emblem (a ring, five stars, a gate) in the licence's red."""
    r = size / 2
    stars = []
    for cx, cy, s in ((0.5, 0.3, 0.14), (0.3, 0.2, 0.05), (0.38, 0.12, 0.05), (0.62, 0.12, 0.05), (0.7, 0.2, 0.05)):
        pts = " ".join(f"{(cx + np.cos(np.pi / 2 + k * 4 * np.pi / 5) * s) * size:.1f},{(cy - np.sin(np.pi / 2 + k * 4 * np.pi / 5) * s) * size:.1f}" for k in range(5))
        stars.append(f'<polygon points="{pts}" fill="#f4c430"/>')
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}"><circle cx="{r}" cy="{r}" r="{r * 0.96:.1f}" fill="{color}" stroke="#e0a800" stroke-width="{size * 0.04:.1f}"/>'
            + "".join(stars) + f'<rect x="{size * 0.28:.1f}" y="{size * 0.5:.1f}" width="{size * 0.44:.1f}" height="{size * 0.2:.1f}" fill="#f4c430"/>'
            f'<rect x="{size * 0.22:.1f}" y="{size * 0.72:.1f}" width="{size * 0.56:.1f}" height="{size * 0.05:.1f}" fill="#f4c430"/></svg>')


def page(css: str, body: str, faces: set[str], w: int, h: int, bg: str = "#fff") -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{font_css(faces)}\n'
            f'html, body {{ margin: 0; padding: 0; width: {w}px; height: {h}px; background: {bg}; overflow: hidden; }}\n'
            f'.lab {{ display: inline-block; text-align: justify; text-align-last: justify; white-space: nowrap; }}\n'
            f'{css}</style></head><body>{body}</body></html>')


def guilloche(c1: str, c2: str) -> str:
    return (f"repeating-linear-gradient(45deg, {c1} 0 2px, transparent 2px 7px), "
            f"repeating-linear-gradient(-45deg, {c2} 0 1.5px, transparent 1.5px 6px), "
            f"repeating-radial-gradient(circle at 50% 50%, {c1} 0 1px, transparent 1px 9px)")


def val(key: str, text: str, cls: str = "v") -> str:
    return f'<span class="{cls}" data-key="{key}">{esc(text)}</span>'


# ---------------------------------------------------------------- business licence (2019 national template)

def business_license(d: dict, orient: str, lab_face: str, val_face: str, digit_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    """正本 (landscape, two columns) or 副本 (portrait, one column) of the 2019 template."""
    land = orient == "zb"
    w, h = (1400, 990) if land else (900, 1273)
    rows = d["rows"]  # [(label, key, value)]
    border = guilloche("rgba(196,120,60,.55)", "rgba(210,150,70,.45)")
    pad = 46 if land else 40
    fs = 19 if land else 17
    lab_w = 5.2 if any(len(lab) > 4 for lab, _, _ in rows) else 4.2
    row_html = []
    for lab, key, value in rows:
        cls = "v wrap" if key in ("business_scope", "address") else "v"
        row_html.append(f'<div class="row"><span class="lab" style="width:{lab_w}em">{esc(lab)}</span>'
                        f'<span class="{cls}" data-key="{key}">{esc(value)}</span></div>')
    if land:
        left = [r for r, (_, k, _) in zip(row_html, rows, strict=True) if k in d["left_keys"]]
        right = [r for r, (_, k, _) in zip(row_html, rows, strict=True) if k not in d["left_keys"]]
        body_rows = f'<div class="cols"><div class="col">{"".join(left)}</div><div class="col">{"".join(right)}</div></div>'
    else:
        body_rows = f'<div class="one">{"".join(row_html)}</div>'
    qr = qr_data_uri(f"http://www.gsxt.gov.cn/index.html?uniscid={d['credit_code']}")
    caption = d["qr_caption"]
    seal = seal_svg(d["registrar"], 150 if land else 136, rot=float(rng.uniform(-25, 25)), face=lab_face)
    fu = '<div class="fu">（副　本）</div>' if not land else ""
    copy_no = f'<div class="copyno">副本编号：{int(rng.integers(1, 4))}-{int(rng.integers(1, 3))}</div>' if not land and rng.random() < 0.5 else ""
    css = f"""
body {{ font-family: "{lab_face}"; color: #1a1a1a; }}
.frame {{ position: absolute; inset: 14px; background: {border}; }}
.inner {{ position: absolute; inset: 36px; background: #fffdf8; border: 2px solid #b07a3a; }}
.inner::before {{ content: ""; position: absolute; inset: 0; opacity: .18;
  background: repeating-radial-gradient(circle at 50% 55%, #e9b98a 0 1px, transparent 1px 13px); }}
.emb {{ position: absolute; top: {60 if land else 58}px; left: 50%; transform: translateX(-50%); }}
.title {{ position: absolute; top: {150 if land else 140}px; width: 100%; text-align: center; font-size: {66 if land else 56}px;
  letter-spacing: .35em; text-indent: .35em; font-family: "{d['title_face']}"; color: #111; }}
.fu {{ position: absolute; top: {236 if land else 212}px; width: 100%; text-align: center; font-size: 22px; letter-spacing: .2em; }}
.copyno {{ position: absolute; top: {90}px; left: {pad + 36}px; font-size: 15px; }}
.code {{ position: absolute; top: {170 if land else 262}px; left: {pad + 36}px; font-size: 17px; line-height: 1.4; }}
.code .v {{ font-family: "{digit_face}", "{val_face}"; font-size: 21px; letter-spacing: .04em; }}
.qr {{ position: absolute; top: {120 if land else 250}px; right: {pad + 30}px; width: {118 if land else 104}px; text-align: center; font-size: 10.5px; line-height: 1.3; }}
.qr img {{ width: 100%; image-rendering: pixelated; }}
.cols {{ position: absolute; top: {300 if land else 0}px; left: {pad + 50}px; right: {pad + 40}px; display: grid; grid-template-columns: 1.08fr 1fr; column-gap: 50px; }}
.one {{ position: absolute; top: 400px; left: {pad + 44}px; right: {pad + 44}px; }}
.row {{ display: flex; align-items: baseline; font-size: {fs}px; line-height: 1.62; margin-bottom: {9 if land else 11}px; }}
.row .lab {{ flex: none; margin-right: 1.2em; }}
.v {{ font-family: "{val_face}"; }}
.wrap {{ flex: 1; text-align: justify; text-justify: inter-character; word-break: break-all; line-height: 1.55; }}
.reg {{ position: absolute; right: {pad + 70}px; bottom: {150 if land else 160}px; font-size: 20px; text-align: center; line-height: 1.9; }}
.reg .seal {{ position: absolute; left: 50%; top: 50%; margin: -75px 0 0 -75px; }}
.foot {{ position: absolute; left: 0; right: 0; bottom: {60 if land else 58}px; text-align: center; font-size: 12px; color: #333; line-height: 1.6; }}
"""
    body = (f'<div class="frame"></div><div class="inner"></div>'
            f'<div class="emb">{emblem_svg(84 if land else 72)}</div><div class="title">营业执照</div>{fu}{copy_no}'
            f'<div class="code">统一社会信用代码<br>{val("credit_code", d["credit_code"])}</div>'
            f'<div class="qr"><img src="{qr}"><div>{esc(caption)}</div></div>{body_rows}'
            f'<div class="reg">登记机关<br><span>{esc(d["issue_date_text"])}</span>{seal}</div>'
            f'<div class="foot">国家企业信用信息公示系统网址：http://www.gsxt.gov.cn<br>'
            f'{esc(d["report_line"])}<br><span style="font-size:11px">国家市场监督管理总局监制</span></div>')
    return page(css, body, {lab_face, val_face, digit_face, d["title_face"]}, w, h, "#f6f1e7"), w, h


# ---------------------------------------------------------------- ID card

def id_front(d: dict, lab_face: str, val_face: str, num_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    w, h = 856, 540
    hue = int(rng.integers(180, 215))
    addr_rows = d["address_rows"]
    css = f"""
body {{ background: transparent; }}
.card {{ position: absolute; inset: 0; border-radius: 30px; overflow: hidden;
  background: radial-gradient(ellipse at 70% 40%, hsl({hue},40%,96%) 0, hsl({hue},35%,90%) 60%, hsl({hue - 20},30%,86%) 100%); }}
.card::before {{ content: ""; position: absolute; inset: 0; opacity: .35;
  background: repeating-linear-gradient(120deg, hsl({hue},50%,80%) 0 1px, transparent 1px 6px),
              repeating-radial-gradient(circle at 30% 110%, hsl({hue + 140},40%,85%) 0 1px, transparent 1px 8px); }}
.l {{ position: absolute; font-family: "{lab_face}"; color: hsl({hue},55%,38%); font-size: 24px; }}
.v {{ position: absolute; font-family: "{val_face}"; color: #111; font-size: 30px; }}
.addr {{ position: absolute; left: 160px; top: 290px; width: 390px; font-family: "{val_face}"; font-size: 28px; line-height: 42px;
  word-break: break-all; color: #111; }}
.num {{ position: absolute; left: 290px; top: 448px; font-family: "{num_face}"; font-size: 38px; letter-spacing: .14em; color: #111; }}
.photo {{ position: absolute; right: 46px; top: 70px; width: 236px; height: 290px;
  background: radial-gradient(ellipse 60px 75px at 50% 36%, #6d5a4e 0 98%, transparent 100%),
              radial-gradient(ellipse 120px 90px at 50% 108%, #3b3b46 0 98%, transparent 100%),
              linear-gradient(#f2f4f8, #e4e8ee); }}
"""
    body = (f'<div class="card"></div><div class="photo"></div>'
            f'<div class="l" style="left:62px;top:64px">姓名</div>{pos_val("name", d["name"], 160, 58)}'
            f'<div class="l" style="left:62px;top:130px">性别</div>{pos_val("sex", d["sex"], 160, 124)}'
            f'<div class="l" style="left:290px;top:130px">民族</div>{pos_val("nation", d["nation"], 386, 124)}'
            f'<div class="l" style="left:62px;top:196px">出生</div>'
            f'<div class="v" style="left:160px;top:190px" data-key="birth_date">{d["by"]}<span class="l" style="position:static"> 年 </span>'
            f'{d["bm"]}<span class="l" style="position:static"> 月 </span>{d["bd"]}<span class="l" style="position:static"> 日</span></div>'
            f'<div class="l" style="left:62px;top:296px">住址</div><div class="addr" data-key="address">{"<br>".join(esc(r) for r in addr_rows)}</div>'
            f'<div class="l" style="left:62px;top:456px">公民身份号码</div><div class="num" data-key="id_number">{esc(d["id_number"])}</div>')
    return page(css, body, {lab_face, val_face, num_face}, w, h, "transparent"), w, h


def pos_val(key: str, text: str, x: int, y: int) -> str:
    return f'<div class="v" style="left:{x}px;top:{y}px" data-key="{key}">{esc(text)}</div>'


def id_back(d: dict, lab_face: str, val_face: str, title_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    w, h = 856, 540
    hue = int(rng.integers(185, 215))
    css = f"""
body {{ background: transparent; }}
.card {{ position: absolute; inset: 0; border-radius: 30px; overflow: hidden;
  background: radial-gradient(circle at 50% 45%, hsl({hue},35%,94%) 0, hsl({hue},30%,88%) 70%, hsl({hue + 10},30%,84%) 100%); }}
.card::before {{ content: ""; position: absolute; inset: 0; opacity: .4;
  background: repeating-radial-gradient(circle at 50% 40%, hsl({hue - 170},45%,82%) 0 1px, transparent 1px 7px); }}
.emb {{ position: absolute; left: 60px; top: 44px; }}
.t1 {{ position: absolute; left: 230px; top: 78px; font-family: "{title_face}"; font-size: 40px; letter-spacing: .3em; color: #222; }}
.t2 {{ position: absolute; left: 230px; top: 150px; font-family: "{title_face}"; font-size: 62px; letter-spacing: .25em; color: #222; }}
.l {{ position: absolute; font-family: "{lab_face}"; color: hsl({hue},50%,35%); font-size: 24px; }}
.v {{ position: absolute; font-family: "{val_face}"; color: #111; font-size: 28px; }}
"""
    body = (f'<div class="card"></div><div class="emb">{emblem_svg(150)}</div><div class="t1">中华人民共和国</div>'
            f'<div class="t2">居民身份证</div>'
            f'<div class="l" style="left:190px;top:376px">签发机关</div>{pos_val("issuing_authority", d["authority"], 330, 370)}'
            f'<div class="l" style="left:190px;top:444px">有效期限</div>'
            f'<div class="v" style="left:330px;top:438px"><span data-key="valid_from">{d["from_text"]}</span>-<span data-key="valid_to">{d["to_text"]}</span></div>')
    return page(css, body, {lab_face, val_face, title_face}, w, h, "transparent"), w, h


# ---------------------------------------------------------------- public health licence (local variants)

def health_license(d: dict, lab_face: str, val_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    w, h = 900, 1273
    boxed = d["boxed"]
    rows = "".join(f'<tr><th><span class="lab" style="width:{d["lab_w"]}em">{esc(lab)}</span></th><td data-key="{key}">{esc(v)}</td></tr>'
                   for lab, key, v in d["rows"])
    css = f"""
body {{ font-family: "{lab_face}"; color: #1b1b1b; }}
.frame {{ position: absolute; inset: 22px; border: 10px solid transparent;
  border-image: repeating-linear-gradient(45deg, #2f7d4f 0 4px, #e7f2ea 4px 8px) 10; }}
.title {{ position: absolute; top: 120px; width: 100%; text-align: center; font-size: 58px; letter-spacing: .4em; text-indent: .4em; font-family: "{d['title_face']}"; }}
.no {{ position: absolute; top: 240px; width: 100%; text-align: center; font-size: 22px; font-family: "{val_face}"; }}
table {{ position: absolute; top: 320px; left: 90px; right: 90px; width: 720px; border-collapse: collapse; font-size: 21px; }}
th {{ text-align: left; vertical-align: top; padding: 14px 16px; font-weight: normal; white-space: nowrap; width: 1%; }}
td {{ font-family: "{val_face}"; padding: 14px 12px; line-height: 1.55; word-break: break-all; }}
{"th, td { border: 1.5px solid #333; }" if boxed else ""}
.iss {{ position: absolute; right: 120px; bottom: 190px; text-align: center; font-size: 21px; line-height: 2; }}
.iss .seal {{ position: absolute; left: 50%; top: 50%; margin: -72px 0 0 -72px; }}
.note {{ position: absolute; left: 90px; right: 90px; bottom: 80px; font-size: 14px; color: #444; }}
"""
    seal = seal_svg(d["issuer"], 144, rot=float(rng.uniform(-30, 30)), face=lab_face)
    body = (f'<div class="frame"></div><div class="title">卫生许可证</div>'
            f'<div class="no">{val("license_no", d["license_no"], "v")}</div><table>{rows}</table>'
            f'<div class="iss">发证机关：{esc(d["issuer"])}<br>{esc(d["issue_text"])}{seal}</div>'
            f'<div class="note">{esc(d["note"])}</div>')
    return page(css, body, {lab_face, val_face, d["title_face"]}, w, h, "#fbfcf8"), w, h


# ---------------------------------------------------------------- food business licence (2015 and 2023 templates)

def food_license(d: dict, lab_face: str, val_face: str, digit_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    new = d["template"] == "2023"
    w, h = 1400, 990
    lw = max(len(lab) for lab, _, _ in d["left"]) + 0.2  # the long labels of the template set the column
    left = "".join(f'<div class="row"><span class="lab" style="width:{lw}em">{esc(lab)}</span><span class="v wrap" data-key="{key}">{esc(v)}</span></div>'
                   for lab, key, v in d["left"])
    right = "".join(f'<div class="row"><span class="lab" style="width:8.2em">{esc(lab)}</span><span class="v wrap"{f" data-key={chr(34)}{key}{chr(34)}" if key else ""}>{esc(v)}</span></div>'
                    for lab, key, v in d["right"])
    seal = seal_svg(d["issuer"], 150, rot=float(rng.uniform(-30, 30)), face=lab_face)
    qr = f'<div class="qr"><img src="{qr_data_uri("https://spxkz.samr.gov.cn/" + d["license_no"])}"></div>' if new else ""
    fu = "（副本）" if d["copy"] else "（正本）"
    css = f"""
body {{ font-family: "{lab_face}"; color: #181818; }}
.frame {{ position: absolute; inset: 16px; background: {guilloche("rgba(40,110,170,.45)", "rgba(90,150,200,.4)")}; }}
.inner {{ position: absolute; inset: 34px; background: #fdfefe; border: 2px solid #2b6ea8; }}
.title {{ position: absolute; top: 70px; width: 100%; text-align: center; font-size: 60px; letter-spacing: .3em; text-indent: .3em; font-family: "{d['title_face']}"; }}
.fu {{ position: absolute; top: 152px; width: 100%; text-align: center; font-size: 22px; }}
.cols {{ position: absolute; top: 230px; left: 90px; right: 90px; display: grid; grid-template-columns: 1.5fr 1fr; column-gap: 48px; }}
.row {{ display: flex; align-items: baseline; font-size: 19px; line-height: 1.55; margin-bottom: 12px; }}
.row .lab {{ flex: none; margin-right: 1em; }}
.v {{ font-family: "{val_face}"; }}
.wrap {{ flex: 1; word-break: break-all; }}
[data-key=license_no], [data-key=credit_code] {{ font-family: "{digit_face}", "{val_face}"; letter-spacing: .03em; }}
.iss {{ position: absolute; right: 150px; bottom: 110px; text-align: center; font-size: 20px; line-height: 1.9; }}
.iss .seal {{ position: absolute; left: 50%; top: 50%; margin: -75px 0 0 -75px; }}
.qr {{ position: absolute; top: 70px; right: 100px; width: 110px; }} .qr img {{ width: 100%; image-rendering: pixelated; }}
"""
    body = (f'<div class="frame"></div><div class="inner"></div><div class="title">食品经营许可证</div><div class="fu">{fu}</div>{qr}'
            f'<div class="cols"><div>{left}</div><div>{right}</div></div>'
            f'<div class="iss">发证机关：{esc(d["issuer"])}<br>{esc(d["issue_text"])}{seal}</div>')
    return page(css, body, {lab_face, val_face, digit_face, d["title_face"]}, w, h, "#f3f7fa"), w, h


# ---------------------------------------------------------------- negatives

def other_page(d: dict, face: str, hand: str, rng: np.random.Generator) -> tuple[str, int, int]:
    w, h = 900, 1273
    kind = d["what"]
    css = f"""body {{ font-family: "{face}"; color: #1c1c1c; }}
.p {{ position: absolute; left: 90px; right: 90px; top: 110px; font-size: 20px; line-height: 1.9; text-align: justify; }}
h1 {{ text-align: center; font-size: 32px; letter-spacing: .2em; font-weight: normal; }}
table {{ border-collapse: collapse; width: 100%; font-size: 18px; }} td {{ border: 1px solid #444; padding: 10px; height: 26px; }}
.hand {{ font-family: "{hand}"; font-size: 26px; color: #223; }}
.seal {{ position: absolute; }}
"""
    if kind == "blank":
        return page("", "", {face}, w, h, "#fdfdfb"), w, h
    if kind == "letter":
        body = (f'<div class="p"><h1>{esc(d["title"])}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in d["paras"])
                + f'<p style="text-align:right">{esc(d["sign"])}<br>{esc(d["date"])}</p></div>'
                f'<div style="position:absolute;right:120px;top:{900}px">{seal_svg(d["sign"], 150, rot=float(rng.uniform(-20, 20)), face=face)}</div>')
    elif kind == "form":
        cells = "".join(f'<tr><td style="width:28%">{esc(a)}</td><td>{f"<span class=hand>{esc(b)}</span>" if b else ""}</td></tr>' for a, b in d["rows"])
        body = f'<div class="p"><h1>{esc(d["title"])}</h1><table>{cells}</table><p>{esc(d["foot"])}</p></div>'
    elif kind == "receipt":
        w, h = 560, 1100
        lines = "".join(f'<div style="display:flex;justify-content:space-between"><span>{esc(a)}</span><span>{esc(b)}</span></div>' for a, b in d["items"])
        css += ".p { left: 40px; right: 40px; top: 60px; font-size: 19px; line-height: 1.7; }"
        body = (f'<div class="p"><h1 style="font-size:26px">{esc(d["shop"])}</h1><div>单号：{esc(d["no"])}</div><div>时间：{esc(d["time"])}</div>'
                f'<hr style="border-top:2px dashed #555">{lines}<hr style="border-top:2px dashed #555">'
                f'<div style="display:flex;justify-content:space-between"><b>合计</b><b>{esc(d["total"])}</b></div>'
                f'<p style="text-align:center">谢谢惠顾，欢迎再次光临</p></div>')
    else:  # certificate
        css += """.frame { position: absolute; inset: 26px; border: 14px double #b8860b; }
.p { top: 260px; font-size: 26px; line-height: 2.1; text-indent: 2em; }"""
        body = (f'<div class="frame"></div><h1 style="position:absolute;top:120px;width:100%;font-size:60px;color:#b22">{esc(d["title"])}</h1>'
                f'<div class="p">{esc(d["text"])}<p style="text-align:right">{esc(d["sign"])}<br>{esc(d["date"])}</p></div>'
                f'<div style="position:absolute;right:130px;top:640px">{seal_svg(d["sign"], 160, face=face)}</div>')
    return page(css, body, {face, hand}, w, h, "#fdfdfb"), w, h


# ---------------------------------------------------------------- 电子营业执照 (the e-licence app's view)

def business_license_phone(d: dict, lab_face: str, val_face: str, rng: np.random.Generator) -> tuple[str, int, int]:
    """The electronic business licence as the official app shows it on a 414-px-wide phone: a status
    bar, the app's title bar, the licence card (emblem, 营业执照, the fields in a list) and the
    亮照/下载 buttons; long screenshots are taller."""
    w = 414
    h = int(rng.choice([896, 1100, 1300]))
    rows = [("统一社会信用代码", "credit_code", d["credit_code"])] + [(lab.replace("\u3000", ""), k, v) for lab, k, v in d["rows"] if k]
    items = "".join(f'<div class="it"><div class="k">{esc(lab)}</div><div class="v" data-key="{key}">{esc(v)}</div></div>'
                    for lab, key, v in rows)
    hue = int(rng.integers(205, 225))
    css = f"""
body {{ font-family: "{lab_face}"; background: hsl({hue},30%,95%); }}
.sb {{ height: 44px; background: hsl({hue},70%,38%); color: #fff; font: 14px "{val_face}"; display: flex; justify-content: space-between; padding: 0 18px; align-items: center; }}
.nav {{ height: 46px; background: hsl({hue},70%,38%); color: #fff; font-size: 18px; text-align: center; line-height: 46px; }}
.card {{ margin: 12px; background: #fff; border-radius: 10px; padding: 14px 16px 18px; box-shadow: 0 1px 4px rgba(0,0,0,.15);
  background-image: repeating-radial-gradient(circle at 50% 0, rgba(200,60,40,.05) 0 1px, transparent 1px 10px); }}
.head {{ text-align: center; }} .head .t {{ font-size: 30px; letter-spacing: .3em; text-indent: .3em; color: #b3121a; margin-top: 4px; }}
.it {{ display: grid; grid-template-columns: 8em 1fr; column-gap: 10px; padding: 7px 0; border-bottom: 1px solid #eee; font-size: 13.5px; line-height: 1.5; }}
.k {{ color: #777; text-align-last: justify; white-space: nowrap; }} .v {{ font-family: "{val_face}"; color: #111; word-break: break-all; }}
.btns {{ display: flex; gap: 12px; margin: 8px 12px; }} .btns div {{ flex: 1; text-align: center; padding: 10px; border-radius: 20px; background: hsl({hue},70%,42%); color: #fff; font-size: 15px; }}
"""
    body = (f'<div class="sb"><span>{int(rng.integers(8, 18))}:{int(rng.integers(0, 60)):02d}</span><span>5G ▮▮▮ {int(rng.integers(20, 99))}%</span></div>'
            f'<div class="nav">电子营业执照</div><div class="card"><div class="head">{emblem_svg(54)}<div class="t">营业执照</div></div>{items}'
            f'<div class="it"><div class="k">登记机关</div><div class="v">{esc(d["registrar"])}</div></div></div>'
            f'<div class="btns"><div>亮照</div><div>下载</div><div>授权</div></div>')
    return page(css, body, {lab_face, val_face}, w, h, "#eef2f7"), w, h
