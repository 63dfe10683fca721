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
    return {"name": name, "credit_code": code, "entity_type": rng.choice(COMPANY_TYPES),
            "legal_representative": _name(rng), "registered_capital": capital_text, "established_date": established,
            "address": _address(rng, place, rng.random() < 0.5), "business_scope": scope}


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
        est = dt.date.fromisoformat(b["established_date"])
        term = rng.choice(["长期", f"{est.year}年{est.month}月{est.day}日至{est.year + 20}年{est.month}月{est.day - 1 or 1}日"])
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
                         "established_date", "address", "business_scope"),
    "public_health_license": ("license_no", "name", "address", "license_items", "valid_to"),
}


def random_options(rng: random.Random, kind: str, hard: bool = True) -> PhotoOptions:
    """Realistic capture conditions: mostly decent, a share of blur/glare/shadow/rotation."""
    card = kind.startswith("id_card")
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
                truth: dict[str, str] | None = None) -> Sample:
    rng = random.Random(f"{kind}:{seed}")
    make, render = RENDERERS[kind]
    data = truth or make(rng)
    flat = render(data, rng)
    opt = options or random_options(rng, kind, hard)
    expected = {k: data.get(k, "") for k in TRUTH_KEYS[kind]}
    return Sample(kind, expected, photograph(flat, rng, opt), opt)


def render_flat(kind: str, seed: int) -> tuple[dict[str, str], np.ndarray]:
    """The unphotographed scan of a document (for file-import tests)."""
    rng = random.Random(f"{kind}:{seed}")
    make, render = RENDERERS[kind]
    data = make(rng)
    return {k: data.get(k, "") for k in TRUTH_KEYS[kind]}, render(data, rng)
