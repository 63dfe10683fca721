"""Synthetic document photos for the OCR benchmark and the capture/pre-fill tests.

Renders Chinese ID cards (front/back), business licences (company and 个体工商户), and
公共场所卫生许可证 with a CJK TrueType font, then "photographs" them: perspective, rotation
(incl. 90/180/270), blur, glare, shadow, sensor noise, JPEG 50–90, low/high resolution, a red
seal over text, wrapped addresses and business scopes. Each sample carries its ground truth in
the same field keys the `zongchuang ocr --json` contract uses.

This is a yardstick, not a training set: the product is judged on real photos, so nothing in
`app/prefill` may key on quirks of this generator (fixed positions, exact label spacing).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from app.validators.creditcode import uscc_check_char
from app.validators.idnumber import check_digit

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬建国志强文辉鹏飞宇浩然思远子涵雨萱梓轩一诺欣怡俊杰晓东海燕春梅秋菊冬雪建华立新振宇佳琪嘉怡"
NATIONS = ["汉"] * 12 + ["回", "满", "蒙古", "壮", "苗", "土家", "维吾尔", "藏", "彝", "朝鲜", "布依", "哈尼"]
PLACES = [
    ("420107", "湖北省武汉市青山区", ["和平大道", "建设一路", "冶金街", "钢都花园", "红卫路"]),
    ("420106", "湖北省武汉市武昌区", ["中北路", "武珞路", "中南路", "积玉桥街", "水果湖街"]),
    ("110105", "北京市朝阳区", ["建国路", "朝阳北路", "望京街", "酒仙桥路", "东三环中路"]),
    ("310115", "上海市浦东新区", ["张杨路", "世纪大道", "浦东南路", "花木路", "川沙路"]),
    ("440305", "广东省深圳市南山区", ["科技园南路", "南海大道", "后海大道", "桃园路", "西丽街道"]),
    ("510107", "四川省成都市武侯区", ["人民南路四段", "科华北路", "二环路南四段", "玉林南路"]),
    ("330106", "浙江省杭州市西湖区", ["文三路", "天目山路", "教工路", "古墩路", "西溪路"]),
    ("370102", "山东省济南市历下区", ["泉城路", "经十路", "解放路", "山大路", "和平路"]),
    ("610113", "陕西省西安市雁塔区", ["小寨东路", "长安南路", "科技路", "高新路"]),
    ("230103", "黑龙江省哈尔滨市南岗区", ["西大直街", "学府路", "红军街", "果戈里大街"]),
]
AUTH_SUFFIX = {"420107": "武汉市公安局青山分局", "420106": "武汉市公安局武昌分局", "110105": "北京市公安局朝阳分局",
               "310115": "上海市公安局浦东分局", "440305": "深圳市公安局南山分局", "510107": "成都市公安局武侯区分局",
               "330106": "杭州市公安局西湖分局", "370102": "济南市公安局历下区分局", "610113": "西安市公安局雁塔分局",
               "230103": "哈尔滨市公安局南岗分局"}
TRADE_WORDS = ["悦来", "鸿运", "华信", "金桥", "新希望", "恒通", "博远", "瑞丰", "佳和", "明德", "天成", "顺达", "福满楼",
               "长江", "万家", "聚鑫", "宏图", "青禾", "东方", "锦绣"]
INDUSTRIES = [("宾馆", "住宿服务；餐饮服务；食品销售；洗染服务；停车场服务"),
              ("商贸", "日用百货、五金交电、建筑材料、服装鞋帽、文具用品批发兼零售；货物进出口；技术进出口"),
              ("美容美发", "理发服务；美容服务；化妆品零售；个人卫生用品销售"),
              ("餐饮管理", "餐饮服务；餐饮管理；食品经营（销售预包装食品）；外卖递送服务"),
              ("科技", "软件开发；信息技术咨询服务；计算机系统服务；数据处理服务；网络技术服务；电子产品销售"),
              ("洗浴", "洗浴服务；足浴服务；养生保健服务（非医疗）；日用品销售"),
              ("书店", "图书、报刊零售；文具用品零售；文化用品设备出租；会议及展览服务")]
COMPANY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "股份有限公司（非上市、自然人投资或控股）",
                 "有限责任公司（非自然人投资或控股的法人独资）"]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@lru_cache(maxsize=1)
def font_path() -> str:
    for p in FONT_CANDIDATES:
        if Path(p).exists():
            return p
    raise FileNotFoundError("no CJK TrueType font found (install fonts-wqy-zenhei)")


@lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


id_check = check_digit  # GB 11643 check character (the product's own implementation)
uscc_check = uscc_check_char  # GB 32100 check character


def _date(rng: random.Random, start: int, end: int) -> dt.date:
    a = dt.date(start, 1, 1).toordinal()
    b = dt.date(end, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def _name(rng: random.Random) -> str:
    s = rng.choice(SURNAMES[:-2]) if rng.random() > 0.03 else "欧阳"
    return s + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def _address(rng: random.Random, place: tuple[str, str, list[str]], long: bool) -> str:
    road = rng.choice(place[2])
    addr = f"{place[1]}{road}{rng.randint(1, 399)}号"
    if long:
        addr += f"{rng.choice(['锦华', '阳光', '幸福', '绿地', '万科', '和谐'])}小区{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 32)}层{rng.randint(1, 8):02d}室"
    elif rng.random() < 0.5:
        addr += f"{rng.randint(1, 20)}栋{rng.randint(1, 30)}{rng.randint(1, 9):02d}室"
    return addr


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def random_person(rng: random.Random) -> dict[str, str]:
    place = rng.choice(PLACES)
    birth = _date(rng, 1950, 2006)
    sex = rng.choice(["男", "女"])
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    body = f"{place[0]}{birth:%Y%m%d}{seq:03d}"
    number = body + id_check(body)
    issue = _date(rng, max(birth.year + 17, 2006), 2025)
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    years = 10 if age <= 25 else 20 if age <= 45 else None
    valid_to = "长期" if years is None else _add_years(issue, years).isoformat()
    return {"name": _name(rng), "sex": sex, "nation": rng.choice(NATIONS), "birth_date": birth.isoformat(),
            "address": _address(rng, place, rng.random() < 0.5), "id_number": number,
            "issuing_authority": AUTH_SUFFIX[place[0]], "valid_from": issue.isoformat(), "valid_to": valid_to}


def random_business(rng: random.Random, individual: bool | None = None) -> dict[str, str]:
    individual = rng.random() < 0.35 if individual is None else individual
    place = rng.choice(PLACES)
    trade = rng.choice(TRADE_WORDS)
    industry, scope = rng.choice(INDUSTRIES)
    city = place[1].split("省")[-1][:3] if "省" in place[1] else place[1][:2]
    body = "9" + ("2" if individual else "1") + place[0] + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    code = body + uscc_check(body)
    established = _date(rng, 2000, 2025).isoformat()
    if rng.random() < 0.4:
        scope = scope + "；" + rng.choice(INDUSTRIES)[1]
    scope += "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    if individual:
        district = place[1].rsplit("市", 1)[-1]  # 个体工商户 names start with the whole district (浦东新区, not 东新区)
        name = f"{district}{trade}{industry}{rng.choice(['店', '馆', '部', '工作室'])}"
        return {"name": name, "credit_code": code, "entity_type": "个体工商户", "legal_representative": _name(rng),
                "registered_capital": "", "established_date": established,
                "address": _address(rng, place, rng.random() < 0.5), "business_scope": scope}
    name = f"{city}{trade}{industry}{rng.choice(['有限公司', '有限责任公司', '股份有限公司'])}"
    capital = rng.choice(["50", "100", "200", "300", "500", "1000", "30", "5000"])
    capital_text = rng.choice([f"{capital}万元整", f"人民币{capital}万元", f"{capital}万元人民币"])
    out = {"name": name, "credit_code": code, "entity_type": rng.choice(COMPANY_TYPES),
           "legal_representative": _name(rng), "registered_capital": capital_text, "established_date": established,
           "address": _address(rng, place, rng.random() < 0.5), "business_scope": scope}
    est = dt.date.fromisoformat(established)
    out["valid_to"] = rng.choice(["长期", (_add_years(est, rng.choice([10, 20, 30])) - dt.timedelta(days=1)).isoformat()])
    return out


def random_health_license(rng: random.Random) -> dict[str, str]:
    biz = random_business(rng, individual=False)
    year = rng.randint(2019, 2025)
    start = _date(rng, year, year)
    items = rng.choice(["住宿", "住宿、沐浴", "美发、美容", "游泳", "沐浴", "文化娱乐"])
    return {"license_no": f"{rng.choice(['鄂', '京', '沪', '粤', '川', '浙'])}卫公证字〔{year}〕第{rng.randint(1, 9999):06d}号",
            "name": biz["name"], "legal_representative": biz["legal_representative"], "address": biz["address"],
            "license_items": items, "valid_from": start.isoformat(), "valid_to": _add_years(start, 4).isoformat()}


# ---------------------------------------------------------------- rendering (flat scans)

def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if font.getlength(cur + ch) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def _cn_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _background(w: int, h: int, base: tuple[int, int, int], rng: random.Random) -> Image.Image:
    arr = np.zeros((h, w, 3), np.float32)
    arr[:] = base
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    wave = (np.sin(xx / rng.uniform(20, 60)) + np.cos(yy / rng.uniform(20, 60))) * rng.uniform(2, 6)
    arr += wave[..., None]
    arr += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def render_id_front(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1012, 638
    img = _background(w, h, (232, 238, 240), rng)
    d = ImageDraw.Draw(img)
    lab, val = _font(30), _font(34)
    blue, black = (40, 90, 160), (20, 20, 20)
    x0, xv = 70, 185
    d.text((x0, 78), "姓  名", font=lab, fill=blue)
    d.text((xv, 74), p["name"], font=_font(38), fill=black)
    d.text((x0, 158), "性  别", font=lab, fill=blue)
    d.text((xv, 154), p["sex"], font=val, fill=black)
    d.text((xv + 120, 158), "民  族", font=lab, fill=blue)
    d.text((xv + 235, 154), p["nation"], font=val, fill=black)
    b = dt.date.fromisoformat(p["birth_date"])
    d.text((x0, 238), "出  生", font=lab, fill=blue)
    d.text((xv, 234), f"{b.year}", font=val, fill=black)
    d.text((xv + 95, 238), "年", font=lab, fill=blue)
    d.text((xv + 150, 234), f"{b.month}", font=val, fill=black)
    d.text((xv + 200, 238), "月", font=lab, fill=blue)
    d.text((xv + 250, 234), f"{b.day}", font=val, fill=black)
    d.text((xv + 300, 238), "日", font=lab, fill=blue)
    d.text((x0, 318), "住  址", font=lab, fill=blue)
    for i, line in enumerate(_wrap(p["address"], val, 420)[:4]):
        d.text((xv, 314 + i * 46), line, font=val, fill=black)
    d.text((x0, 540), "公民身份号码", font=lab, fill=blue)
    d.text((x0 + 230, 534), "".join(p["id_number"]), font=_font(40), fill=black)
    # portrait
    px, py = 660, 110
    d.rectangle((px, py, px + 280, py + 350), fill=(215, 222, 228))
    d.ellipse((px + 80, py + 60, px + 200, py + 200), fill=(90, 80, 75))
    d.ellipse((px + 40, py + 220, px + 240, py + 420), fill=(60, 60, 70))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def render_id_back(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1012, 638
    img = _background(w, h, (236, 236, 228), rng)
    d = ImageDraw.Draw(img)
    d.ellipse((70, 50, 230, 210), outline=(200, 40, 40), width=8, fill=(230, 200, 90))
    d.text((330, 80), "中华人民共和国", font=_font(56), fill=(30, 30, 30))
    d.text((300, 200), "居 民 身 份 证", font=_font(70), fill=(30, 30, 30))
    lab, val = _font(30), _font(34)
    d.text((200, 440), "签发机关", font=lab, fill=(40, 40, 40))
    d.text((345, 436), p["issuing_authority"], font=val, fill=(20, 20, 20))
    d.text((200, 520), "有效期限", font=lab, fill=(40, 40, 40))
    vf = dt.date.fromisoformat(p["valid_from"])
    vt = p["valid_to"] if p["valid_to"] == "长期" else dt.date.fromisoformat(p["valid_to"]).strftime("%Y.%m.%d")
    d.text((345, 516), f"{vf:%Y.%m.%d}-{vt}", font=val, fill=(20, 20, 20))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def _seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (215, 30, 40, rng.randint(120, 190))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, r // 18))
    star = _font(r // 2)
    d.text((cx - r // 4, cy - r // 4), "★", font=star, fill=red)
    f = _font(max(14, r // 5))
    n = len(text)
    for i, ch in enumerate(text):
        ang = np.deg2rad(210 + i * (120 / max(1, n - 1)))
        x = cx + int((r * 0.72) * np.cos(ang))
        y = cy + int((r * 0.72) * np.sin(ang))
        d.text((x - r // 10, y - r // 10), ch, font=f, fill=red)
    img.alpha_composite(layer) if img.mode == "RGBA" else img.paste(layer, (0, 0), layer)


def _labelled(d: ImageDraw.ImageDraw, x: int, y: int, label: str, value: str, width: int,
              lab: ImageFont.FreeTypeFont, val: ImageFont.FreeTypeFont, label_w: int, line_h: int,
              spaced: bool) -> int:
    shown = "  ".join(label) if spaced and len(label) <= 3 else label
    d.text((x, y), shown, font=lab, fill=(30, 30, 30))
    lines = _wrap(value, val, width - label_w) if value else []
    for i, line in enumerate(lines):
        d.text((x + label_w, y + i * line_h), line, font=val, fill=(15, 15, 15))
    return y + max(1, len(lines)) * line_h + line_h // 3


def render_business_license(b: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1684, 1190
    img = _background(w, h, (246, 244, 236), rng)
    d = ImageDraw.Draw(img)
    for inset, width in ((30, 10), (52, 3)):
        d.rectangle((inset, inset, w - inset, h - inset), outline=(170, 120, 60), width=width)
    d.ellipse((w // 2 - 60, 90, w // 2 + 60, 210), outline=(200, 40, 40), width=6, fill=(230, 200, 90))
    d.text((w // 2 - 190, 230), "营 业 执 照", font=_font(96), fill=(180, 30, 30))
    d.text((w // 2 - 40, 345), "（副  本）" if rng.random() < 0.5 else "", font=_font(30), fill=(30, 30, 30))
    lab, val = _font(30), _font(30)
    d.text((110, 270), "统一社会信用代码", font=lab, fill=(30, 30, 30))
    d.text((110, 312), b["credit_code"], font=_font(34), fill=(15, 15, 15))
    d.rectangle((w - 260, 230, w - 110, 380), outline=(30, 30, 30), width=3)
    qr = np.random.default_rng(rng.randint(0, 10**6)).integers(0, 2, (21, 21))
    for (yy, xx), v in np.ndenumerate(qr):
        if v:
            d.rectangle((w - 250 + xx * 6.5, 240 + yy * 6.5, w - 244 + xx * 6.5, 246 + yy * 6.5), fill=(20, 20, 20))
    indiv = b["entity_type"] == "个体工商户"
    spaced = rng.random() < 0.6
    lw, lh = 190, 44
    y = 430
    left_w = 760
    y = _labelled(d, 110, y, "名称", b["name"], left_w, lab, val, lw, lh, spaced)
    y = _labelled(d, 110, y, "类型", b["entity_type"], left_w, lab, val, lw, lh, spaced)
    y = _labelled(d, 110, y, "经营者" if indiv else "法定代表人", b["legal_representative"], left_w, lab, val, lw, lh, spaced)
    y = _labelled(d, 110, y, "经营范围", b["business_scope"], left_w, lab, val, lw, lh, spaced)
    y2 = 430
    x2 = 920
    right_w = 660
    if indiv:
        y2 = _labelled(d, x2, y2, "组成形式", "个人经营", right_w, lab, val, lw, lh, spaced)
        y2 = _labelled(d, x2, y2, "注册日期", _cn_date(b["established_date"]), right_w, lab, val, lw, lh, spaced)
        y2 = _labelled(d, x2, y2, "经营场所", b["address"], right_w, lab, val, lw, lh, spaced)
    else:
        y2 = _labelled(d, x2, y2, "注册资本", b["registered_capital"], right_w, lab, val, lw, lh, spaced)
        y2 = _labelled(d, x2, y2, "成立日期", _cn_date(b["established_date"]), right_w, lab, val, lw, lh, spaced)
        term = _term_text(b)
        y2 = _labelled(d, x2, y2, "营业期限", term, right_w, lab, val, lw, lh, spaced)
        y2 = _labelled(d, x2, y2, "住所", b["address"], right_w, lab, val, lw, lh, spaced)
    d.text((x2 + 300, h - 250), "登记机关", font=lab, fill=(30, 30, 30))
    issued = _date(rng, 2020, 2025)
    d.text((x2 + 300, h - 170), f"{issued.year}年{issued.month}月{issued.day}日", font=lab, fill=(30, 30, 30))
    img = img.convert("RGBA")
    _seal(img, x2 + 420, h - 230, 120, "市场监督管理局", rng)
    if rng.random() < 0.5:  # a seal partly over a field value
        _seal(img, x2 + rng.randint(100, 400), 460 + rng.randint(0, 80), 90, "登记专用章", rng)
    img = img.convert("RGB")
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def _term_text(b: dict[str, str]) -> str:
    """营业期限 as printed: `2015年03月12日至长期` / `…至2035年03月11日` (or `长期` alone)."""
    est, to = dt.date.fromisoformat(b["established_date"]), b.get("valid_to") or "长期"
    end = "长期" if to == "长期" else _cn_date(to)
    return f"{_cn_date(est.isoformat())}至{end}"


def _spread(label: str, width_chars: int, rng: random.Random) -> list[tuple[str, float]]:
    """A label justified across a label column of `width_chars` characters, as the national
    templates print them (`名　　　称`): each character and its x offset in character widths."""
    n = len(label)
    if n >= width_chars or n == 1:
        return [(ch, float(i)) for i, ch in enumerate(label)]
    step = (width_chars - 1) / (n - 1)
    return [(ch, i * step) for i, ch in enumerate(label)]


def _draw_field(d: ImageDraw.ImageDraw, x: int, y: int, label: str, value: str, *, lab: ImageFont.FreeTypeFont,
                val: ImageFont.FreeTypeFont, col_chars: int, gap: float, width: int, line_h: int,
                rng: random.Random, wrap_at: int | None = None, colon: bool = False,
                ink: tuple[int, int, int] = (25, 25, 25)) -> tuple[int, list[str]]:
    """One labelled field of a template: the label justified over `col_chars` characters, the value
    `gap` character widths to its right (a glued value for small gaps, far away for big ones),
    continuation rows aligned with the value column (not the label). `wrap_at` forces the first
    row to end after that many characters (an address wrapping inside its house number)."""
    fs = lab.size
    for ch, off in _spread(label, col_chars, rng):
        d.text((x + int(off * fs), y), ch, font=lab, fill=ink)
    vx = x + int((max(col_chars, len(label)) + gap) * fs)
    if colon:
        d.text((x + int(max(col_chars, len(label)) * fs), y), "：", font=lab, fill=ink)
    avail = width - (vx - x)
    rows = _wrap(value, val, avail) if value else []
    if wrap_at and 0 < wrap_at < len(value):
        # the column is as wide as the first row up to inside the number: the value wraps there
        # character by character, as printed values do (every row but the last reaches the edge)
        k = wrap_at if val.getlength(value[:wrap_at]) <= avail else _number_wrap(rows[0], rng, last=True)
        if k:
            rows = _wrap(value, val, int(val.getlength(value[:k]) + 0.4 * val.size))
    dy = int(rng.uniform(-0.12, 0.12) * fs)
    for i, row in enumerate(rows):
        d.text((vx, y + dy + i * line_h), row, font=val, fill=(12, 12, 12))
    return y + max(1, len(rows)) * line_h + int(line_h * rng.uniform(0.35, 0.9)), rows


def _number_wrap(value: str, rng: random.Random, last: bool = False) -> int | None:
    """A position inside the last run of 2+ digits of an address (`…20号楼14` / `04号`)."""
    runs = [m for m in re.finditer(r"\d{2,}", value)]
    if not runs:
        return None
    m = runs[-1] if last or rng.random() < 0.7 else rng.choice(runs)
    return m.start() + rng.randint(1, len(m.group(0)) - 1)


QR_CAPTION = ("扫描二维码登录", "“国家企业信用信息公示", "系统”了解更多登记、", "备案、许可、监管信息。")


def render_business_license_national(b: dict[str, str], rng: random.Random, **layout: object) -> np.ndarray:
    """A licence on the national template (2019 style), as the hard cases of real photos have it:
    two-character labels justified across the label column (`名　　　称`, `住　　　所`), label
    and value at a varying distance (glued or far apart), 住所 wrapping inside its house number
    with the next row under the value, 正本 or 副本, the QR code with its caption next to the
    right column, a seal over a value, landscape (two columns) or portrait (one column).
    `layout` pins a choice for a test: portrait, col_chars, gap, wrap (bool), seal (bool)."""
    def pick(key: str, drawn: object) -> object:
        return layout.get(key, drawn)

    portrait = pick("portrait", rng.random() < 0.3)
    w, h = (1190, 1684) if portrait else (1684, 1190)
    img = _background(w, h, (rng.randint(240, 250), rng.randint(238, 248), rng.randint(226, 240)), rng)
    d = ImageDraw.Draw(img)
    border = (rng.randint(150, 190), rng.randint(100, 130), rng.randint(40, 70))
    d.rectangle((24, 24, w - 24, h - 24), outline=border, width=rng.randint(6, 14))
    fs = rng.choice([26, 28, 30, 32])
    lab, val = _font(fs), _font(fs + rng.choice([0, 0, 2, -2]))
    title_y = 110 if portrait else 90
    d.text((w // 2 - 200, title_y), "营 业 执 照", font=_font(96), fill=(rng.randint(150, 200), 25, 30))
    copy = rng.choice(["（正　本）", "（副　本）", "（副本）", "（正本）"])
    d.text((w // 2 - 70, title_y + 120), copy, font=_font(30), fill=(30, 30, 30))
    if "副" in copy and rng.random() < 0.6:
        d.text((w // 2 - 60, title_y + 160), f"副本编号：1-{rng.randint(1, 3)}", font=_font(22), fill=(30, 30, 30))
    # credit code: top left, label above or beside the code
    cx0 = 90
    if rng.random() < 0.5:
        d.text((cx0, title_y + 40), "统一社会信用代码", font=_font(24), fill=(30, 30, 30))
        d.text((cx0, title_y + 76), b["credit_code"], font=_font(30), fill=(15, 15, 15))
    else:
        d.text((cx0, title_y + 150), "统一社会信用代码 " + b["credit_code"], font=_font(24), fill=(15, 15, 15))
    # QR code and its caption (top right), close to the right column's values
    qx, qy, qs = w - 290, title_y + 10, rng.choice([5, 6, 7])
    qr = np.random.default_rng(rng.randint(0, 10**6)).integers(0, 2, (25, 25))
    for (yy, xx), v in np.ndenumerate(qr):
        if v:
            d.rectangle((qx + xx * qs, qy + yy * qs, qx + xx * qs + qs - 1, qy + yy * qs + qs - 1), fill=(20, 20, 20))
    cap_y = qy + 25 * qs + 8
    for i, row in enumerate(QR_CAPTION):
        d.text((qx - 20, cap_y + i * 24), row, font=_font(18), fill=(40, 40, 40))
    indiv = b["entity_type"] == "个体工商户"
    col_chars = int(pick("col_chars", rng.choice([4, 5, 5, 6])))  # type: ignore[call-overload]
    gap = float(pick("gap", rng.choice([0.15, 0.3, 0.6, 1.0, 1.5, 2.5])))  # type: ignore[arg-type]
    line_h = int(fs * rng.uniform(1.35, 1.6))
    top = cap_y + 4 * 24 + 30 if portrait else title_y + 250
    addr_label = "经营场所" if indiv else "住所"
    left = [("名称", b["name"]), ("类型", b["entity_type"]),
            ("经营者" if indiv else "法定代表人", b["legal_representative"])]
    right = ([("组成形式", "个人经营"), ("注册日期", _cn_date(b["established_date"]))] if indiv else
             [("注册资本", b["registered_capital"]), ("成立日期", _cn_date(b["established_date"])),
              ("营业期限", _term_text(b))])
    right.append((addr_label, b["address"]))
    scope = ("经营范围", b["business_scope"])
    wrap = _number_wrap(b["address"], rng) if pick("wrap", rng.random() < 0.6) else None
    colon = rng.random() < 0.2
    seal_at: list[tuple[int, int]] = []
    kw = dict(lab=lab, val=val, col_chars=col_chars, gap=gap, line_h=line_h, rng=rng, colon=colon)
    if portrait:
        y, x, width = top, 110, w - 220
        for label, value in left + right[:-1] + [right[-1], scope]:
            y0 = y
            y, _ = _draw_field(d, x, y, label, value, width=width, wrap_at=wrap if label == addr_label else None, **kw)
            if label in ("注册资本", "成立日期", addr_label):
                seal_at.append((x + int((col_chars + gap + 3) * fs), y0 + fs // 2))
    else:
        x1, x2 = 100, w // 2 + rng.randint(10, 60)
        y = top
        for label, value in left + [scope]:
            y, _ = _draw_field(d, x1, y, label, value, width=x2 - x1 - 60, **kw)
        y2 = top
        for label, value in right:
            y0 = y2
            y2, _ = _draw_field(d, x2, y2, label, value, width=w - 110 - x2,
                                wrap_at=wrap if label == addr_label else None, **kw)
            seal_at.append((x2 + int((col_chars + gap + 4) * fs), y0 + fs // 2))
    # registration authority, date and its seal at the bottom right
    bx, by = w - 520, h - 260
    d.text((bx, by), "登 记 机 关", font=_font(30), fill=(30, 30, 30))
    issued = _date(rng, 2020, 2025)
    d.text((bx + 20, by + 90), f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", font=_font(28), fill=(30, 30, 30))
    d.text((110, h - 110), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font=_font(18), fill=(60, 60, 60))
    d.text((w - 420, h - 70), "国家市场监督管理总局监制", font=_font(18), fill=(60, 60, 60))
    img = img.convert("RGBA")
    _seal(img, bx + 150, by + 40, 115, "市场监督管理局", rng)
    if seal_at and pick("seal", rng.random() < 0.5):  # the 登记专用章 over a value
        sx, sy = rng.choice(seal_at)
        _seal(img, sx, sy, rng.randint(70, 100), "登记专用章", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_health_license(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1190, 1684
    img = _background(w, h, (248, 246, 240), rng)
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, w - 40, h - 40), outline=(40, 90, 160), width=8)
    d.text((w // 2 - 230, 150), "卫 生 许 可 证", font=_font(80), fill=(20, 20, 20))
    d.text((w // 2 - 180, 270), p["license_no"], font=_font(32), fill=(20, 20, 20))
    lab, val = _font(34), _font(34)
    y = 420
    vf, vt = dt.date.fromisoformat(p["valid_from"]), dt.date.fromisoformat(p["valid_to"])
    rows = [("单位名称", p["name"]), ("法定代表人（负责人）", p["legal_representative"]), ("地址", p["address"]),
            ("许可项目", p["license_items"]),
            ("有效期限", f"{vf.year}年{vf.month}月{vf.day}日至{vt.year}年{vt.month}月{vt.day}日")]
    for label, value in rows:
        d.text((120, y), label + "：", font=lab, fill=(30, 30, 30))
        lw = int(lab.getlength(label + "：")) + 10
        lines = _wrap(value, val, w - 240 - lw)
        for i, line in enumerate(lines):
            d.text((120 + lw, y + i * 52), line, font=val, fill=(15, 15, 15))
        y += max(1, len(lines)) * 52 + 40
    d.text((w - 520, h - 300), "发证机关（盖章）", font=lab, fill=(30, 30, 30))
    img = img.convert("RGBA")
    _seal(img, w - 360, h - 260, 120, "卫生健康局", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_health_license_national(p: dict[str, str], rng: random.Random, **layout: object) -> np.ndarray:
    """A 卫生许可证 as provinces print them: labels justified across the label column
    (`地　　　址`, `单 位 名 称`), values glued to or far from them, `自…至…` periods, the number
    with full-width year brackets, the issuing seal over the date."""
    w, h = 1190, 1684
    img = _background(w, h, (rng.randint(244, 250), rng.randint(242, 248), rng.randint(232, 242)), rng)
    d = ImageDraw.Draw(img)
    d.rectangle((36, 36, w - 36, h - 36), outline=(rng.randint(30, 60), 90, 160), width=rng.randint(6, 12))
    d.text((w // 2 - 300, 140), rng.choice(["公共场所卫生许可证", "卫 生 许 可 证"]), font=_font(70), fill=(20, 20, 20))
    no = p["license_no"].replace("〔", "（").replace("〕", "）") if rng.random() < 0.6 else p["license_no"]
    d.text((w // 2 - 220, 260), no, font=_font(32), fill=(20, 20, 20))
    fs = rng.choice([30, 32, 34])
    lab = val = _font(fs)
    col_chars = int(layout.get("col_chars", rng.choice([4, 5, 6])))  # type: ignore[call-overload]
    gap = float(layout.get("gap", rng.choice([0.2, 0.6, 1.2, 2.0])))  # type: ignore[arg-type]
    vf, vt = dt.date.fromisoformat(p["valid_from"]), dt.date.fromisoformat(p["valid_to"])
    rows = [("单位名称", p["name"]), ("法定代表人（负责人）", p["legal_representative"]),
            (rng.choice(["地址", "经营场所地址"]), p["address"]), ("许可项目", p["license_items"]),
            ("有效期限", f"自{vf.year}年{vf.month}月{vf.day}日至{vt.year}年{vt.month}月{vt.day}日")]
    y = 400
    colon = rng.random() < 0.3
    for label, value in rows:
        y, _ = _draw_field(d, 110, y, label, value, lab=lab, val=val, col_chars=col_chars, gap=gap, width=w - 220,
                           line_h=int(fs * 1.5), rng=rng, colon=colon)
        y += int(fs * 0.6)
    d.text((w - 520, h - 330), "发证机关（盖章）", font=_font(32), fill=(30, 30, 30))
    issued = _date(rng, 2019, 2025)
    d.text((w - 500, h - 250), f"{issued.year}年{issued.month}月{issued.day}日", font=_font(30), fill=(30, 30, 30))
    img = img.convert("RGBA")
    _seal(img, w - 360, h - 270, 120, "卫生健康委员会", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


# ---------------------------------------------------------------- the catalog's other kinds (issue 15)

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "中国邮政储蓄银行",
         "兴业银行", "中信银行", "上海浦东发展银行", "中国民生银行", "中国光大银行", "平安银行", "华夏银行"]
RELATIONS = ["户主", "妻", "夫", "长子", "长女", "次子", "次女", "女", "子", "孙子", "孙女", "母亲", "父亲", "儿媳"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（职工食堂）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "保健食品销售"]


def _luhn_number(rng: random.Random, length: int) -> str:
    from stdnum import luhn

    body = "62" + "".join(str(rng.randint(0, 9)) for _ in range(length - 3))
    return body + luhn.calc_check_digit(body)


def random_food_license(rng: random.Random) -> dict[str, str]:
    biz = random_business(rng, individual=False)
    issue = _date(rng, 2018, 2024)
    region = biz["credit_code"][2:8]
    no = f"JY{rng.randint(1, 3)}{region}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}"
    items = "；".join(rng.sample(FOOD_ITEMS, rng.randint(1, 3)))
    place = next(p for p in PLACES if p[0] == region)
    return {"license_no": no, "name": biz["name"], "credit_code": biz["credit_code"],
            "legal_representative": biz["legal_representative"], "address": biz["address"],
            "premises_address": biz["address"] if rng.random() < 0.5 else _address(rng, place, False),
            "business_form": rng.choice(FOOD_FORMS), "business_items": items,
            "valid_to": (_add_years(issue, 5) - dt.timedelta(days=1)).isoformat()}


def random_household(rng: random.Random) -> dict[str, str]:
    p = random_person(rng)
    return {"name": p["name"], "relationship": rng.choice(RELATIONS), "sex": p["sex"], "nation": p["nation"],
            "birth_date": p["birth_date"], "id_number": p["id_number"],
            "household_number": f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}", "address": p["address"]}


def random_marriage(rng: random.Random) -> dict[str, str]:
    a, b = random_person(rng), random_person(rng)
    if a["sex"] == b["sex"]:  # regenerate the second party with the other sex
        for _ in range(20):
            b = random_person(rng)
            if b["sex"] != a["sex"]:
                break
    husband, wife = (a, b) if a["sex"] == "男" else (b, a)
    reg = _date(rng, 2005, 2025)
    out = {"holder": rng.choice([husband, wife])["name"], "registration_date": reg.isoformat(),
           "certificate_no": f"J{husband['id_number'][:6]}-{reg.year}-{rng.randint(1, 99999):06d}"}
    for i, person in ((1, husband), (2, wife)):
        out.update({f"party{i}_name": person["name"], f"party{i}_sex": person["sex"], f"party{i}_nationality": "中国",
                    f"party{i}_birth_date": person["birth_date"], f"party{i}_id_number": person["id_number"]})
    return out


def random_real_estate(rng: random.Random) -> dict[str, str]:
    place = rng.choice(PLACES)
    owners = [_name(rng) for _ in range(rng.choice([1, 1, 2]))]
    year = rng.randint(2016, 2025)
    district = place[1].rsplit("市", 1)[-1] if "市" in place[1] else place[1]
    prov = {"42": "鄂", "11": "京", "31": "沪", "44": "粤", "51": "川", "33": "浙", "37": "鲁", "61": "陕", "23": "黑"}
    start = _date(rng, 1995, 2015)
    area = f"{rng.randint(35, 220)}.{rng.randint(0, 99):02d}"
    return {"certificate_no": f"{prov[place[0][:2]]}（{year}）{district}不动产权第{rng.randint(1, 9999999):07d}号",
            "holder": "、".join(owners),
            "co_ownership": "单独所有" if len(owners) == 1 else rng.choice(["共同共有", "按份共有"]),
            "location": _address(rng, place, True),
            "unit_number": f"{place[0]}{rng.randint(0, 999999):06d}GB{rng.randint(0, 99999):05d}F{rng.randint(0, 99999999):08d}",
            "right_type": "国有建设用地使用权/房屋所有权", "right_nature": rng.choice(["出让/市场化商品房", "划拨/房改房"]),
            "usage": "城镇住宅用地/住宅", "area": area,
            "term": f"{start.year}年{start.month:02d}月{start.day:02d}日起{start.year + 70}年{start.month:02d}月{max(1, start.day - 1):02d}日止"}


def random_bank_card(rng: random.Random) -> dict[str, str]:
    return {"card_number": _luhn_number(rng, rng.choice([16, 19, 19])), "bank_name": rng.choice(BANKS), "name": ""}


def _grid_rows(d: ImageDraw.ImageDraw, x: int, y: int, widths: list[int], rows: list[list[str]], fs: int,
               rng: random.Random, row_h: int) -> int:
    """A ruled table (户口簿, 不动产权证书): label cells (even columns) justified, values beside them;
    a value too long for its cell wraps inside it."""
    lab, val = _font(fs), _font(fs)
    for cells in rows:
        wrapped = [_wrap(c, val, w - 16) if i % 2 else [c] for i, (c, w) in enumerate(zip(cells, widths, strict=False))]
        n = max(len(w) for w in wrapped)
        pitch = int(fs * 1.3)  # wrapped rows inside a cell sit closer than the table's rows
        h = row_h + (n - 1) * pitch
        cx = x
        for i, (lines, w) in enumerate(zip(wrapped, widths, strict=False)):
            d.rectangle((cx, y, cx + w, y + h), outline=(70, 70, 70), width=2)
            if i % 2 == 0 and lines[0]:
                chars = len(lines[0])
                col = max(chars, (w - 16) // fs)
                for ch, off in _spread(lines[0], col, rng):
                    d.text((cx + 8 + int(off * fs), y + (h - fs) // 2), ch, font=lab, fill=(40, 40, 40))
            else:
                for k, line in enumerate(lines):
                    d.text((cx + 10, y + (row_h - fs) // 2 + k * pitch), line, font=val, fill=(10, 10, 10))
            cx += w
        y += h
    return y


def render_food_license(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1190, 1684
    img = _background(w, h, (247, 246, 240), rng)
    d = ImageDraw.Draw(img)
    d.rectangle((36, 36, w - 36, h - 36), outline=(40, 110, 60), width=10)
    d.text((w // 2 - 330, 120), "食品经营许可证", font=_font(94), fill=(180, 30, 30))
    d.text((w // 2 - 60, 240), rng.choice(["（副本）", "（正本）"]), font=_font(34), fill=(30, 30, 30))
    fs = rng.choice([28, 30, 32])
    lab = val = _font(fs)
    rows = [("经营者名称", p["name"]), ("社会信用代码（身份证号码）", p["credit_code"]),
            ("法定代表人（负责人）", p["legal_representative"]), ("住所", p["address"]),
            ("经营场所", p["premises_address"]), ("主体业态", p["business_form"]), ("经营项目", p["business_items"]),
            ("许可证编号", p["license_no"]), ("有效期至", _cn_date(p["valid_to"]))]
    y, x = 340, 110
    for label, value in rows:
        y, _ = _draw_field(d, x, y, label, value, lab=lab, val=val, col_chars=6, gap=rng.choice([0.3, 0.8, 1.2]),
                           width=w - 220, line_h=int(fs * 1.5), rng=rng, colon=rng.random() < 0.3)
    d.text((w - 520, h - 330), "发证机关", font=_font(32), fill=(30, 30, 30))
    d.text((w - 540, h - 250), "签发人", font=_font(30), fill=(30, 30, 30))
    img = img.convert("RGBA")
    _seal(img, w - 360, h - 280, 120, "市场监督管理局", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_household(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1500, 1060
    img = _background(w, h, (238, 236, 224), rng)
    d = ImageDraw.Draw(img)
    d.text((w // 2 - 190, 40), "常住人口登记卡", font=_font(56), fill=(30, 30, 30))
    b = dt.date.fromisoformat(p["birth_date"])
    fs = rng.choice([24, 26, 28])
    widths = [220, 430, 270, 440]
    rows = [["户号", p["household_number"], "户别", "家庭户"],
            ["姓名", p["name"], "户主或与户主关系", p["relationship"]],
            ["曾用名", "", "性别", p["sex"]],
            ["出生地", p["address"][:9], "民族", p["nation"]],
            ["籍贯", p["address"][:6], "出生日期", f"{b.year}年{b.month}月{b.day}日"],
            ["住址", p["address"], "宗教信仰", ""],
            ["公民身份号码" if rng.random() < 0.6 else "公民身份证件编号", p["id_number"], "身高", f"{rng.randint(150, 190)}厘米"],
            ["文化程度", rng.choice(["大学本科", "高中", "初中"]), "婚姻状况", rng.choice(["已婚", "未婚"])],
            ["服务处所", "", "职业", ""]]
    _grid_rows(d, 70, 140, widths, rows, fs, rng, int(fs * 2.3))
    img = img.convert("RGBA")
    _seal(img, w - 260, h - 170, 100, "户口登记专用章", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_marriage(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1400, 1000
    img = _background(w, h, (242, 232, 226), rng)
    d = ImageDraw.Draw(img)
    d.text((w // 2 - 110, 30), "结 婚 证", font=_font(60), fill=(170, 30, 30))
    fs = rng.choice([26, 28])
    lab = val = _font(fs)
    kw = dict(lab=lab, val=val, line_h=int(fs * 1.5), rng=rng)
    y = 130
    for label, value in (("持证人", p["holder"]), ("登记日期", _cn_date(p["registration_date"])),
                         ("结婚证字号", p["certificate_no"])):
        y, _ = _draw_field(d, 80, y, label, value, col_chars=5, gap=0.6, width=700, **kw)
    d.text((80, y + 10), "备注", font=lab, fill=(40, 40, 40))
    y += 90
    for i in (1, 2):
        bd = dt.date.fromisoformat(p[f"party{i}_birth_date"])
        y0 = y
        _draw_field(d, 80, y, "姓名", p[f"party{i}_name"], col_chars=5, gap=0.5, width=420, **kw)
        _draw_field(d, 520, y, "性别", p[f"party{i}_sex"], col_chars=3, gap=0.5, width=200, **kw)
        y += int(fs * 1.9)
        _draw_field(d, 80, y, "国籍", p[f"party{i}_nationality"], col_chars=5, gap=0.5, width=420, **kw)
        _draw_field(d, 520, y, "出生日期", f"{bd.year}年{bd.month:02d}月{bd.day:02d}日", col_chars=4, gap=0.5,
                    width=420, **kw)
        y += int(fs * 1.9)
        _draw_field(d, 80, y, "身份证件号", p[f"party{i}_id_number"], col_chars=5, gap=0.5, width=800, **kw)
        y += int(fs * 2.6)
        d.rectangle((w - 330, y0 - 10, w - 130, y0 + 200), fill=(200, 60, 60) if i == 1 else (190, 70, 70))
    d.text((80, h - 70), "中华人民共和国民政部监制", font=_font(20), fill=(60, 60, 60))
    img = img.convert("RGBA")
    _seal(img, 900, 230, 110, "婚姻登记专用章", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_real_estate(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1190, 1684
    img = _background(w, h, (246, 244, 236), rng)
    d = ImageDraw.Draw(img)
    d.text((110, 120), p["certificate_no"], font=_font(34), fill=(20, 20, 20))
    fs = rng.choice([26, 28, 30])
    rows = [["权利人", p["holder"]], ["共有情况", p["co_ownership"]], ["坐落", p["location"]],
            ["不动产单元号", p["unit_number"]], ["权利类型", p["right_type"]], ["权利性质", p["right_nature"]],
            ["用途", p["usage"]],
            ["面积", f"共有宗地面积{rng.randint(3000, 90000)}.{rng.randint(0, 9)}㎡/房屋建筑面积{p['area']}㎡"],
            ["使用期限", p["term"]], ["权利其他状况", f"专有建筑面积{p['area']}㎡，分摊建筑面积0.00㎡"]]
    _grid_rows(d, 100, 220, [230, 760], [list(r) for r in rows], fs, rng, int(fs * 2.6))
    d.text((w // 2 - 150, h - 120), "中华人民共和国自然资源部监制", font=_font(22), fill=(60, 60, 60))
    img = img.convert("RGBA")
    _seal(img, w - 300, 200, 100, "不动产登记专用章", rng)
    return cv2.cvtColor(np.array(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def render_bank_card(p: dict[str, str], rng: random.Random) -> np.ndarray:
    w, h = 1012, 638
    base = rng.choice([(40, 70, 150), (170, 30, 40), (30, 110, 80), (200, 160, 60), (60, 60, 70)])
    img = _background(w, h, base, rng)
    d = ImageDraw.Draw(img)
    light = (250, 250, 250) if sum(base) < 450 else (20, 20, 20)
    d.text((60, 50), p["bank_name"], font=_font(50), fill=light)
    d.text((60, 120), rng.choice(["借记卡", "储蓄卡", "信用卡"]), font=_font(28), fill=light)
    d.rounded_rectangle((90, 210, 210, 300), radius=14, fill=(210, 180, 90))
    num = p["card_number"]
    shown = " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if len(num) == 16 else \
        num[:6] + " " + num[6:]
    d.text((70, 370), shown, font=_font(60 if len(num) == 16 else 52), fill=light)
    d.text((560, 470), f"{rng.randint(1, 12):02d}/{rng.randint(26, 35)}", font=_font(34), fill=light)
    for k, color in enumerate(((200, 30, 40), (20, 60, 140), (20, 130, 120))):  # the UnionPay logo's three bands
        d.polygon([(w - 230 + k * 55, h - 150), (w - 170 + k * 55, h - 150), (w - 180 + k * 55, h - 50),
                   (w - 240 + k * 55, h - 50)], fill=color)
    d.text((w - 205, h - 140), "银联", font=_font(40), fill=(255, 255, 255))
    d.text((w - 215, h - 90), "UnionPay", font=_font(28), fill=(255, 255, 255))
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


# ---------------------------------------------------------------- photographing

@dataclass
class PhotoOptions:
    out_long_side: int = 2000
    perspective: float = 0.06  # corner jitter as a fraction of the document size
    rotation: int = 0  # 0 / 90 / 180 / 270 (on top of a small tilt)
    tilt_deg: float = 4.0
    blur: float = 0.0  # gaussian sigma in output pixels
    glare: bool = False
    shadow: bool = False
    noise: float = 3.0
    jpeg_quality: int = 85
    fill: float = 0.75  # document size relative to the frame
    background: tuple[int, int, int] = (70, 70, 75)


def photograph(doc: np.ndarray, rng: random.Random, opt: PhotoOptions | None = None) -> np.ndarray:
    """Place a flat document on a desk and take a (flawed) photo of it; returns BGR uint8."""
    return photograph_with_corners(doc, rng, opt)[0]


def photograph_with_corners(doc: np.ndarray, rng: random.Random,
                            opt: PhotoOptions | None = None) -> tuple[np.ndarray, np.ndarray]:
    """`photograph`, plus where the document's corners (of the rotated document) landed."""
    opt = opt or PhotoOptions()
    if opt.rotation:
        doc = np.ascontiguousarray(np.rot90(doc, k={90: -1, 180: 2, 270: 1}[opt.rotation]))
    dh, dw = doc.shape[:2]
    aspect = 4 / 3
    out_w = opt.out_long_side
    out_h = int(out_w / aspect)
    scale = opt.fill * min(out_w / dw, out_h / dh)
    cw, ch = dw * scale, dh * scale
    cx, cy = out_w / 2 + rng.uniform(-0.05, 0.05) * out_w, out_h / 2 + rng.uniform(-0.05, 0.05) * out_h
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
    t = np.deg2rad(rng.uniform(-opt.tilt_deg, opt.tilt_deg))
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    corners = corners @ rot.T
    corners += np.array([cx, cy], np.float32)
    jitter = opt.perspective * min(cw, ch)
    corners += np.array([[rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)] for _ in range(4)], np.float32)
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    m = cv2.getPerspectiveTransform(src, corners)
    bg = np.zeros((out_h, out_w, 3), np.float32)
    bg[:] = opt.background
    bg += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, (out_h, out_w, 1))
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    warped = cv2.warpPerspective(doc, m, (out_w, out_h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT,
                                 dst=bg.copy())
    img = warped.astype(np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    # uneven light
    img *= (0.9 + 0.15 * (xx / out_w))[..., None]
    if opt.shadow:
        ang = rng.uniform(0, np.pi)
        proj = (xx - out_w / 2) * np.cos(ang) + (yy - out_h / 2) * np.sin(ang)
        img *= np.where(proj > rng.uniform(-0.2, 0.3) * out_w, rng.uniform(0.55, 0.75), 1.0)[..., None]
    if opt.glare:
        gx, gy = rng.uniform(0.3, 0.7) * out_w, rng.uniform(0.3, 0.7) * out_h
        r = rng.uniform(0.06, 0.14) * out_w
        g = np.exp(-(((xx - gx) ** 2) / (2 * r * r) + ((yy - gy) ** 2) / (2 * (r * 0.6) ** 2)))
        img += (g * rng.uniform(120, 220))[..., None]
    if opt.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), opt.blur)
    if opt.noise > 0:
        img += np.random.default_rng(rng.randint(0, 2**31)).normal(0, opt.noise, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(opt.jpeg_quality)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR), corners


@dataclass
class Sample:
    kind: str
    truth: dict[str, str]
    image: np.ndarray
    options: PhotoOptions = field(default_factory=PhotoOptions)


RENDERERS = {"id_card_front": (random_person, render_id_front), "id_card_back": (random_person, render_id_back),
             "business_license": (random_business, render_business_license),
             "public_health_license": (random_health_license, render_health_license)}
TRUTH_KEYS = {
    "id_card_front": ("name", "sex", "nation", "birth_date", "address", "id_number"),
    "id_card_back": ("issuing_authority", "valid_from", "valid_to"),
    "business_license": ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                         "established_date", "address", "business_scope", "valid_to"),
    "public_health_license": ("license_no", "name", "legal_representative", "address", "license_items", "valid_from",
                              "valid_to"),
    "food_business_license": ("license_no", "name", "credit_code", "legal_representative", "address",
                              "premises_address", "business_form", "business_items", "valid_to"),
    "household_register": ("name", "relationship", "sex", "nation", "birth_date", "id_number", "household_number",
                           "address"),
    "marriage_certificate": ("holder", "registration_date", "certificate_no", *(f"party{i}_{k}" for i in (1, 2) for k in
                             ("name", "sex", "nationality", "birth_date", "id_number"))),
    "real_estate_certificate": ("certificate_no", "holder", "co_ownership", "location", "unit_number", "right_type",
                                "right_nature", "usage", "area", "term"),
    "bank_card": ("card_number", "bank_name", "name"),
}
RENDERERS.update({"food_business_license": (random_food_license, render_food_license),
                  "household_register": (random_household, render_household),
                  "marriage_certificate": (random_marriage, render_marriage),
                  "real_estate_certificate": (random_real_estate, render_real_estate),
                  "bank_card": (random_bank_card, render_bank_card)})
# layout families per kind: `classic` is the first generator's layout, `national` the national
# templates' (justified labels, glued/far values, wraps inside numbers, QR caption, 正本/副本)
STYLES: dict[str, dict[str, object]] = {
    "business_license": {"national": render_business_license_national},
    "public_health_license": {"national": render_health_license_national},
}


def random_options(rng: random.Random, kind: str, hard: bool = True) -> PhotoOptions:
    """Realistic capture conditions: mostly decent, a share of blur/glare/shadow/rotation."""
    card = kind.startswith("id_card") or kind == "bank_card"
    return PhotoOptions(
        out_long_side=rng.choice([1600, 2000, 2592] if not card else [1280, 1600, 2000]),
        perspective=rng.uniform(0.0, 0.035 if hard else 0.015),
        rotation=rng.choice([0, 0, 0, 0, 90, 180, 270]) if hard else 0,
        tilt_deg=rng.uniform(0, 6 if hard else 2),
        blur=rng.choice([0, 0, 0.6, 1.0, 1.5]) if hard else 0,
        glare=hard and rng.random() < 0.15,
        shadow=hard and rng.random() < 0.25,
        noise=rng.uniform(1, 6),
        jpeg_quality=rng.randint(50, 90),
        fill=rng.uniform(0.55, 0.85) if not card else rng.uniform(0.45, 0.8),
        background=tuple(rng.randint(20, 120) for _ in range(3)),  # type: ignore[arg-type]
    )


def make_sample(kind: str, seed: int, options: PhotoOptions | None = None, hard: bool = True,
                truth: dict[str, str] | None = None, style: str = "classic", **layout: object) -> Sample:
    """A photo of one generated document. `style`: `classic`, `national` (where the kind has it)
    or `mix` (national for 2 of 3 seeds, for the benchmark)."""
    rng = random.Random(f"{kind}:{seed}")
    make, render = RENDERERS[kind]
    styles = STYLES.get(kind, {})
    if style == "mix":
        style = "national" if styles and random.Random(f"style:{kind}:{seed}").random() < 0.67 else "classic"
    if style in styles:
        render = styles[style]  # type: ignore[assignment]
    data = truth or make(rng)
    flat = render(data, rng, **layout) if layout else render(data, rng)
    opt = options or random_options(rng, kind, hard)
    expected = {k: data.get(k, "") for k in TRUTH_KEYS[kind]}
    return Sample(kind, expected, photograph(flat, rng, opt), opt)


def render_flat(kind: str, seed: int) -> tuple[dict[str, str], np.ndarray]:
    """The unphotographed scan of a document (for file-import tests)."""
    rng = random.Random(f"{kind}:{seed}")
    make, render = RENDERERS[kind]
    data = make(rng)
    return {k: data.get(k, "") for k in TRUTH_KEYS[kind]}, render(data, rng)
