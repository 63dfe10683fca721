"""Page classification and field extraction for ID cards, business licences and 卫生许可证.

Each extractor reads labelled values through `app.prefill.layout`, normalises them (dates →
YYYY-MM-DD, half-width, `长期`, nation without 族, uppercase X) and lets the validators choose
among candidates: an ID number or credit code whose check character fails is never returned;
values that should agree (birth date / sex vs. the ID number; a validity period vs. the legal
terms) are cross-checked. A field the reader is not sure of keeps its candidate but is
`flagged` and returned blank by `public_fields` — a wrong pre-fill costs the clerk more than a
blank one.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from app.prefill.layout import (
    COPY_MARK,
    LABEL_CONFUSIONS,
    PARAGRAPH_GAP,
    SHAPED_DATE,
    SPECK_MARKS,
    Line,
    Piece,
    Value,
    find_label,
    give_label,
    in_place_name,
    join,
    label_columns,
    label_tails,
    lone_label_tails,
    normalize_labels,
    piece_rows,
    ragged,
    rows_between,
    same_row,
    split_glued_heads,
    split_glued_labels,
    starts_with_label,
    value_after,
)
from app.validators import validate_id_number, validate_uscc
from app.validators.dates import add_years, parse_date
from app.validators.nations import nations, normalize_nation
from app.validators.regions import (  # GB/T 2260 place names
    counties_of,
    names_ever,
    places_of_province,
    province_names,
    region_name,
    region_names,
)
from app.validators.text import to_halfwidth

THRESHOLD = 0.85  # below this a field is returned blank (flagged for the clerk)
WEAK_CHAR = 0.75  # a character the recogniser gives less than 3:1 odds makes a free-text field doubtful
NAME_MIN_STEM = 3  # characters of a market entity's name before its bracket, at the least: a 字号 of two and its form
NUMBER_CHAR = 0.9  # … a 卫生许可证's number (no check digit, no vocabulary): a character under 9:1 odds
NAME_CHAR = 0.9  # a person's name is two or three characters, each of them the whole value: stricter
# an entity's registered name: its 字号 (and often its trade word) is chosen freely and no vocabulary
# holds it, so a misread one (晟泰 → 晟秦, 烘焙 → 烘培) is another valid-looking name. Where the
# recogniser is torn between two characters (runner-up within 1:ENTITY_ODDS of the first choice) it
# is often the runner-up that was printed; doubt spread over many shapes (0.80 with a 0.07
# runner-up: noise) is not that
ENTITY_ODDS = 6.0
# a digit of a value no check digit or other printed value vouches for (成立日期): any misread digit
# is another valid-looking value (2009 → 2000 under a seal), so it is held to a person's name's odds
DIGIT_CHAR = 0.9
UNREAD_END = 0.8  # box edge this many line heights beyond the first/last character's centre: ink not read
SHORT_ROW = 0.85  # a wrapped row (not the last) ending this many character pitches short lost a character
PICTURE_BOX = 2.5  # a box this many times the median line height is a picture (the portrait), not text
PLACE_DOUBT = 0.95  # below this, place names may settle a character (blurred photos need 0.95)
# a 食品经营许可证's address a place name settled keeps its characters' positions (one character replaced
# by another: they still stand where they were read), so the gaps a lost character leaves are looked at
# as in any other value (V v0028: `…新市街道结社区…`, 团 lost on a fax, after 侯 of 武侯区 was settled)
# (False: dropped, as the other callers of `_places` still do — measured on food licences only)
PLACE_KEEP_XS = True
# … and so does a licence's entity name (营业执照 名称, 经营者名称, 单位名称): AE ae_0043 (a 食品经营许可证 in a sleeve)
# read `长沙穗医疗器械有限公司` for 长沙金穗…, 金 washed out under the glare, a character's room of ink between 沙
# and 穗; 长沙 was settled by the place list (长 at 0.77), the positions were dropped and the gap never looked
# at (False: dropped, as before)
NAME_KEEP_XS = True

KINDS = ("id_card_front", "id_card_back", "business_license", "public_health_license", "other")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "id_card_front": ("name", "sex", "nation", "birth_date", "address", "id_number"),
    "id_card_back": ("issuing_authority", "valid_from", "valid_to"),
    "business_license": ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                         "established_date", "address", "business_scope", "valid_to"),
    "public_health_license": ("license_no", "name", "legal_representative", "address", "license_items",
                              "valid_from", "valid_to"),
    "other": (),
}

# (执行事务合伙人 is where a partnership's 营业执照 prints 法定代表人: ZB zb0080, a 正本 in a sleeve whose
# other labels the glare left misread, stood on its title alone and was `other`)
KEYWORDS: dict[str, tuple[tuple[str, float], ...]] = {
    "id_card_front": (("公民身份号码", 3), ("姓名", 1), ("性别", 1), ("民族", 1), ("出生", 1), ("住址", 1)),
    "id_card_back": (("居民身份证", 2), ("签发机关", 2), ("有效期限", 1.5), ("中华人民共和国", 1)),
    "business_license": (("营业执照", 3), ("统一社会信用代码", 2), ("经营范围", 1.5), ("登记机关", 1),
                         ("法定代表人", 1), ("经营者", 1), ("执行事务合伙人", 1), ("成立日期", 1), ("注册日期", 1),
                         ("注册资本", 1),
                         ("住所", 0.5), ("经营场所", 0.5)),
    "public_health_license": (("卫生许可证", 3), ("卫公证字", 2), ("许可项目", 2), ("单位名称", 1),
                              ("有效期限", 0.5), ("发证机关", 0.5)),
}

# labels per kind (aliases first: longest first so 经营场所 beats 经营)
FRONT = {"name": ("姓名",), "sex": ("性别",), "nation": ("民族",), "birth": ("出生",), "address": ("住址",),
         "number": ("公民身份号码", "公民身份证号码", "身份号码")}
BACK = {"authority": ("签发机关",), "period": ("有效期限", "有效期")}
# (a person's label may be printed with 姓名 after it, 法定代表人姓名: those come first, so 姓名 is no
# part of the value; 法人代表 is the colloquial form older permits print)
PERSON_NAMED = ("法定代表人姓名", "负责人姓名", "经营者姓名", "投资人姓名")
LICENCE = {"name": ("名称",), "type": ("类型",),
           "rep": (*PERSON_NAMED, "法定代表人", "执行事务合伙人", "经营者", "负责人", "投资人", "法人代表"),
           "capital": ("注册资本", "成员出资总额", "出资额", "资金数额"), "date": ("成立日期", "注册日期"),
           "address": ("主要经营场所", "经营场所", "营业场所", "住所"), "scope": ("经营范围", "业务范围"),
           "term": ("营业期限", "合伙期限", "经营期限"),
           "other": ("组成形式", "登记机关", "统一社会信用代码", "注册号")}
HEALTH = {"name": ("单位名称", "名称"),
          "rep": ("法定代表人(负责人)", "法定代表人（负责人）", *PERSON_NAMED[:2], "法定代表人", "负责人", "法人代表"),
          "address": ("经营场所地址", "单位地址", "营业地址", "地址", "经营地址", "经营场所"), "items": ("许可项目", "经营项目"), "period": ("有效期限", "有效期"),
          "other": ("发证机关", "发证日期")}

# 注册资本 as printed: 人民币100万元 / 100万元人民币 / 100万元(人民币) / 500万美元 / 壹佰万元整 / 100.5万元;
# a foreign-invested or 台港澳 enterprise's capital in its currency, named first (美元伍拾万元整, 港币贰佰万元整)
_CAPITAL = re.compile(r"^(人民币|美元|港元|港币|欧元|日元)?([0-9]+(\.[0-9]+)?|[零〇一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾佰仟萬万亿億]+)"
                      r"(万|萬|亿|億)?(元)?(人民币|美元|港元|港币|欧元|日元|\((人民币|美元|港元|港币|欧元|日元)\))?(整)?$")
# the registrars' standard sentences in a 经营范围 (half-width, as `clean` leaves them)
SCOPE_BOILERPLATES = ("(依法须经批准的项目,经相关部门批准后方可开展经营活动)",
                      "(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准)",
                      "(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)",
                      "依法须经批准的项目,经相关部门批准后方可开展经营活动")
# the characters a 经营范围 / 经营项目 is printed with (half-width, as `clean` leaves them)
# the words every registrar's sentence starts with (`(依法须经批准的项目,…)`, `(除依法须经批准的项目外,…)`): a
# scope holding them holds one of SCOPE_BOILERPLATES whole, else the sentence is misread or lost its middle.
# AG ag_016 (a photo whose middle rows went unread) read `…外卖递送服务(依法须经批动)` — 批 and the next row's
# last character — and pre-filled it: `依法须经批准` (main's words) was not in it. ("依法须经批准": main's)
SCOPE_SENTENCE_HEAD = "依法须经"  # (landed off as "依法须经批准", main's words; switched on by the lead with the folder run)
SCOPE_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z;,、。.:()《》“”\"'/+%\-]+")
SCOPE_HEADER_COLON = True  # a 经营范围 header read without its colon is not pre-filled (False: off)
SCOPE_TAIL = "方可开展经营活动"  # end of the printed "(依法须经批准的项目，经相关部门批准后方可开展经营活动)"
# 许可项目 of a 公共场所卫生许可证: the kinds of premises of 《公共场所卫生管理条例》第二条 and the
# short forms certificates print (住宿、沐浴、美发、美容 …)
HEALTH_ITEMS = frozenset({
    "住宿", "沐浴", "美发", "美容", "游泳", "文化娱乐", "展览", "商场", "商店", "商场(店)", "书店", "候车室", "候机室",
    "候船室", "候车(机、船)室", "宾馆", "饭馆", "旅店", "招待所", "车马店", "咖啡馆", "酒吧", "茶座", "公共浴室",
    "理发店", "美容店", "影剧院", "录像厅(室)", "录像厅", "游艺厅(室)", "游艺厅", "舞厅", "音乐厅", "体育场(馆)",
    "体育场馆", "游泳场(馆)", "游泳场馆", "公园", "展览馆", "博物馆", "美术馆", "图书馆", "足浴", "洗浴", "理发",
    "歌舞厅", "网吧", "健身", "候诊室", "公共交通工具",
    # the "…场所" forms certificates print for the same kinds of premises
    "游泳场所", "沐浴场所", "住宿场所", "美容场所", "美发场所", "理发场所", "文化娱乐场所", "健身场所", "足浴场所",
    # the premises certificates name by their trade (a 商场 that is a 超市, a 健身 place that is a 健身房)
    "超市", "健身房", "游泳馆", "游泳池", "体育馆", "酒店", "旅馆", "洗浴中心", "桑拿",
    # the trades as the hygiene codes name them (住宿业卫生规范, 沐浴场所 / 美容美发场所卫生规范)
    "住宿业", "沐浴业", "美容美发", "美容美发场所",
    # the premises of those kinds by the names certificates use for them today: lodging (民宿, 公寓,
    # 客栈), baths (浴池, 浴室, 足疗, 汗蒸, 温泉), entertainment (电影院, 剧院, 歌厅, KTV, 游戏厅,
    # 棋牌室), tea and coffee houses (茶楼, 茶室, 咖啡厅), sport (溜冰场)
    "民宿", "公寓", "客栈", "浴池", "浴室", "足疗", "汗蒸", "温泉", "电影院", "剧院", "歌厅", "KTV", "游戏厅",
    "棋牌室", "茶楼", "茶室", "咖啡厅", "溜冰场"})


def _health_items(value: str) -> list[str]:
    """A 许可项目 list's items: split at 、 (or the ， some certificates print) outside brackets
    (住宿(宾馆、酒店) is one item)."""
    return re.split(r"[、，](?![^()]*\))", value)


def _items_score(pieces: list[Piece] | None) -> float | None:
    """A 许可项目 list's score once the kinds of premises settled its doubtful characters: each
    row's mean character probability as settled (`展范馆` at 0.83 is `展览馆`, 览 0.35 + 范 0.52 of
    one character the list decides), never above the row's own score otherwise. None: the rows'."""
    if not pieces or any(len(q.chars) != len(q.text) or not q.text for q in pieces):
        return None
    return min(max(q.score, sum(c[0] for c in q.chars) / len(q.chars)) for q in pieces)


def _item_separators(value: str, pieces: list[Piece] | None) -> str:
    """A 许可项目 list with the separators its page prints. Most certificates part the items with 、
    and a 、 is often read as a comma: a separator read as , ， ; or ； is made 、 — unless every
    separator between items (outside brackets) is a comma the recogniser is sure of (its runner-up
    no 、), as a certificate that parts its items with ， prints them (歌舞厅，影剧院). The window keys
    the list in as the certificate prints it. A centred dot between items (`游泳场(馆)·住宿·健身房`, AF af_0103:
    a photographed screen's soft 、 read as ·) is a 、 too (ITEM_DOTS): no certificate parts its items so."""
    if ITEM_DOTS:
        value = re.sub(f"[{ITEM_DOTS}]", "、", value)
    chars = [c for p in pieces or () for c in (p.chars if len(p.chars) == len(p.text) else ((0.0, "", 0.0),) * len(p.text))]
    if len(chars) != len(value):
        chars = [(0.0, "", 0.0)] * len(value)
    depth, seps = 0, []
    for i, ch in enumerate(value):
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if not depth and ch in ",，;；、":
            seps.append(i)
    if seps and all(value[i] in ",，" and chars[i][0] >= COMMA_SURE and chars[i][1] != "、" for i in seps):
        return "".join("，" if i in seps else ch for i, ch in enumerate(value))
    return re.sub(r"[,，;；]", "、", value)


COMMA_SURE = 0.9  # a comma read at this or more, 、 not its runner-up, is a printed comma
ITEM_DOTS = "·・•‧∙"  # centred dots read between a 许可项目 list's items: its 、 ("": kept as read)


def health_item_ok(item: str) -> bool:
    """One 许可项目 as certificates print it: a kind of premises, or a kind with the narrower kind it
    is in brackets (商场(超市), 沐浴场所(足浴), 住宿(宾馆、酒店)) — each part a kind of premises."""
    if item in HEALTH_ITEMS:
        return True
    m = re.fullmatch(r"([^()]+)\(([^()]+)\)", item)
    if m and m.group(1) in HEALTH_ITEMS and m.group(2) in _PREMISES_ALT and m.group(1)[-1] in "场所厅室":
        return True  # the kind's other name in brackets, as the 条例 prints 游泳场(馆): 游泳场所(馆), 录像厅(室)
    return bool(m) and m.group(1) in HEALTH_ITEMS and all(k in HEALTH_ITEMS for k in m.group(2).split("、"))


_PREMISES_ALT = frozenset("馆室厅")  # one character in brackets naming the same premises another way


# the provinces' one-character abbreviations (GB/T 2260; 兵 the 兵团) that start every permit issuer
PROVINCE_ABBR = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕秦甘陇青宁新港澳台兵")
# 粤卫公证字〔2019〕第005864号 (brackets made canonical before the check); some issuers print no 字
# before the year and number within a district, its code first (浙卫公〔2025〕第330106-88407号)
# A county or city issuer prints its own place's abbreviation instead of the province's
# (永卫公证字〔2024〕第0342号 by 永顺县, 穗卫公字 by 广州, 沪徐汇卫公字 by a district): one to four characters.
# The district's code before the hyphen is its six digits or, within the province the issuer already
# names, its last four (浙卫公证字〔2022〕第0782-29882号: 0782 of 330782); some issuers print the
# district's code before 第 instead (桂卫公许字〔2026〕450103第7840号). Some provinces' issuers number
# by the district's last four digits, one capital letter and a five-digit serial
# (津卫公证字〔2023〕第0104B31464号, 渝卫公证字〔2019〕第5001C02495号): only that shape takes a letter.
# Years before the 《公共场所卫生管理条例》 (1987) are misread digits.
# Some issuers print the province's abbreviation and their city's four-digit code (浙3301卫公字[2020]第47053号:
# 3301 杭州市, in 33 浙江): taken only when the code lies in the province the abbreviation names.
PROVINCE_CODES = {"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23",
                  "沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41",
                  "鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "贵": "52",
                  "黔": "52", "云": "53", "滇": "53", "藏": "54", "陕": "61", "秦": "61", "甘": "62", "陇": "62",
                  "青": "63", "宁": "64", "新": "65"}
CITY_CODE_ISSUER = True  # False: an issuer is characters only
_HEALTH_NO = re.compile(r"(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]\d{4})卫[\u4e00-\u9fff]{0,3}字?〔(19(8[7-9]|9\d)|20\d\d)〕(\d{6})?第?"
                        r"(\d{1,15}|\d{4}(\d\d)?-\d{1,8}|\d{4}[A-Z]\d{5})号")
# After 卫 a 公共场所 permit's number prints 公 (公共场所), then 证 or 许 or neither, then 字 or nothing:
# any other character there is a misread one (X x0046 `皖卫公宇` for 皖卫公字 on a fax, 宇 read sure).
# (The value's check only: as a page's evidence of its kind, _HEALTH_NO stays lenient.)
_HEALTH_NO_WORD = re.compile(r"卫公[证许]?字?〔")
_CN_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_DOT_DATE_RE = re.compile(r"(?<!\d)(\d{4})[.\-/]?(\d{1,2})[.\-/]?(\d{1,2})(?!\d)")
_DATE_RE = re.compile(r"(\d{4})[年.\-/]?(\d{1,2})[月.\-/]?(\d{1,2})日?")
# (a 卫生许可证 prints `自2021年12月02日起至2025年12月01日止`: 起 after the first date, 止 after the second)
_PERIOD_RE = re.compile(r"(\d{4})[年.\-/]?(\d{1,2})[月.\-/]?(\d{1,2})日?起?[-—–~至到]+(长期|(\d{4})[年.\-/]?(\d{1,2})[月.\-/]?(\d{1,2})日?)")
_ID_CONFUSE = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "Z": "2",
                             "S": "5", "B": "8", "x": "X", "×": "X", "G": "6"})
_USCC_CONFUSE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "V": "U"})
# traditional forms the recogniser sometimes returns for characters of nation names
_TRAD = str.maketrans({"漢": "汉", "滿": "满", "維": "维", "爾": "尔", "壯": "壮", "鮮": "鲜", "僳": "僳", "東": "东",
                       "鄉": "乡", "達": "达", "斡": "斡", "倫": "伦", "溫": "温", "龍": "龙", "納": "纳", "傈": "傈"})
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·•]{1,20}$")


# why a field is blank or doubtful (`reason` in `zongchuang ocr --json`; the form screen shows it)
REASONS = ("label_not_found", "value_not_found", "glare", "blurred", "doubtful_character", "low_confidence",
           "check_digit", "ambiguous", "wrapped_row_incomplete", "vocabulary", "format", "cross_check",
           "retake")  # (`retake`: the whole page unreadable as captured, `reader.retake_cause`)
_NOTE_REASON = {
    "retake": "retake",
    "not found": "label_not_found", "no value": "value_not_found", "no valid number": "check_digit",
    "no valid code": "check_digit", "several valid numbers": "ambiguous", "several valid codes": "ambiguous",
    "gap in the value's row": "wrapped_row_incomplete", "ragged rows": "wrapped_row_incomplete",
    "address ends abruptly": "wrapped_row_incomplete", "mark after the address": "format",
    "doubtful character": "doubtful_character",
    "torn digit on a bent row": "doubtful_character", "page read poorly": "doubtful_character",
    "glare after a row": "glare", "glare": "glare", "blurred": "blurred", "not a coded nation": "vocabulary",
    "unknown type": "vocabulary", "unknown type words": "vocabulary", "unknown item": "vocabulary",
    "not an authority": "vocabulary", "note misread": "doubtful_character", "type without its bracket": "vocabulary",
    "company name without 公司": "vocabulary", "name without its form": "vocabulary", "not a name": "vocabulary", "period not 5/10/20 years": "cross_check",
    "term ends before it starts": "cross_check", "not an amount": "format", "unbalanced": "format",
    "stray colon": "format", "boilerplate": "format", "not a licence number": "format", "not a term": "format",
    "not a date": "format", "luhn": "check_digit", "lost character": "doubtful_character",
    "may go on below": "wrapped_row_incomplete", "address skips its parts": "wrapped_row_incomplete",
    "stray character before the place": "doubtful_character", "list ends inside an item": "wrapped_row_incomplete",
    "digits misread on the page": "cross_check", "punctuation in an address": "format",
    "paper not checked": "wrapped_row_incomplete", "letter in a number": "doubtful_character", "measure word misread": "doubtful_character",
    "address starts inside a place name": "wrapped_row_incomplete", "full stop not read": "doubtful_character", "copy mark in the value": "doubtful_character", "no province first": "vocabulary", "term does not fit the age": "cross_check",
    "one print for two labels": "cross_check", "read twice": "doubtful_character",
    "label end misread": "doubtful_character", "term not whole years": "cross_check", "district misread": "vocabulary", "copy note over the value": "doubtful_character", "place misread": "vocabulary",
    "label read as a name": "vocabulary", "row at the picture's edge": "wrapped_row_incomplete", "label in the value": "format", "term's end": "format", "term's start disagrees": "cross_check",
    "number's year disagrees": "cross_check", "name character in doubt": "doubtful_character", "digit in doubt on a 1-bit page": "doubtful_character",
    "stroke in doubt": "doubtful_character", "scope word in doubt": "doubtful_character",
    "prints a digit apart": "cross_check", "term a digit off four years": "cross_check",
    "character in doubt on a dithered page": "doubtful_character",
    "row goes on after the bureau": "wrapped_row_incomplete", "mark beside a number": "doubtful_character",
    "no surname": "doubtful_character",
}
ROW_BELOW = "may go on below"  # a value whose full last row may wrap to a row not read (see reader)
COVER_CHECK = "cover after"  # `blank_after` room a value's end must not be covered in (`reader.confirm_row_end`)
GAP_CHECK = "gap between"  # `blank_after` room between two characters standing unusually far apart
GAP_SHARE = 0.5  # … more than this share of a character pitch further apart than the value's others
GAP_DIGIT_SHARE = 0.6  # … beside a digit: more than this share of a digit's width further apart (0: not looked at)
GAP_DIGIT_ROOM = 0.15  # … leaving paper at least this share of the row's height wide
PAPER_CHECK = "paper not checked"  # taken once the reader finds paper where the value assumes it (`blank_after`)
MARK_PAST = "mark past the row"  # `blank_after` room past a scope row's end where a separator or stop may stand unread (`reader.mark_past`)
STOP_CHECK = "full stop not read"  # `blank_after` room where a scope's own `。` may stand unread (`reader.stop_unread`)
STOP_OPEN = "stop after the list"  # `blank_after`: the cell after a wrapped scope's open end (`reader.stop_low`)
STOP_TUCK = "stop in the bracket's cell"  # `blank_after`: the closing bracket's own cell (`reader.stop_tucked`)
Box = tuple[float, float, float, float]  # x1, y1, x2, y2 on the page read


@dataclass
class FieldResult:
    value: str
    confidence: float
    box: list[float] | None
    flagged: bool = False
    note: str = ""
    weakest: float = 1.0  # probability of the least certain character read for it
    # where the value assumes blank paper, for the reader to check (`reader.confirm_row_end`): each
    # (page box, the box of the print beside it — whose paper and ink the box is measured against —,
    # the note the value gets when ink stands there)
    blank_after: list[tuple[Box, Box, str]] = field(default_factory=list)
    # the least probability of a digit whose runner-up is another digit (1.0: none), for the reader
    # to judge on pages whose print tells such digits apart poorly (`distrust_torn_digits`)
    torn_digit: float = 1.0

    @property
    def reason(self) -> str:
        """A short machine-readable reason when the field is blank or doubtful, else ""."""
        if not self.flagged:
            return ""
        if self.note in _NOTE_REASON:
            return _NOTE_REASON[self.note]
        if self.value and self.confidence < THRESHOLD:
            return "low_confidence"
        return "value_not_found" if not self.value else "low_confidence"

    def public(self) -> dict[str, object]:
        return {"value": "" if self.flagged else self.value, "confidence": round(float(self.confidence), 3),
                "box": [round(float(v), 1) for v in self.box] if self.box else [], "reason": self.reason}


@dataclass
class Extraction:
    kind: str
    kind_score: float = 0.0
    fields: dict[str, FieldResult] = field(default_factory=dict)

    def public_fields(self) -> dict[str, dict[str, object]]:
        return {k: f.public() for k, f in self.fields.items()}


def classify(lines: list[Line]) -> tuple[str, float]:
    """The page kind from its title and labels; `other` unless one kind clearly wins
    (`app.prefill.kinds.classify`)."""
    return _kinds.classify(lines)


def _luhn_run(text: str) -> bool:
    """A 16–19 digit run that passes Luhn (a bank card number)."""
    from stdnum import luhn

    return any(luhn.is_valid(m) for m in re.findall(r"(?<!\d)\d{16,19}(?!\d)", text))


def _torn(pieces: list[Piece] | None, odds: float) -> bool:
    """A character the recogniser was torn on: below DAMAGED-photo certainty (0.95), with a runner-up
    that is another character (not its full-width form) within 1:odds of its first choice."""
    return any(prob < 0.95 and alt and ap * odds > prob and to_halfwidth(alt) != ch
               for p in pieces or () if len(p.chars) == len(p.text)
               for ch, (prob, alt, ap) in zip(p.text, p.chars, strict=True))


# Characters that differ by one horizontal stroke (the second is the first with one more: 一/二, 人/大,
# 大/天, 白/自, 日/目, 米/来 …). A thin horizontal is the stroke print loses first — a Song face's
# hairline at small sizes falls between a rasteriser's sample rows or a thresholding scanner's
# dots, a fax's 1-bit page drops it — and what is left is the first character, a valid reading no
# vocabulary tells from the print (`红星路一段` of 红星路三段, `建设人道` of 建设大道, `悦米` of 悦来).
# Where a value's character is read as the one without the stroke while the recogniser still gives
# the one with it real weight (its runner-up within 1:HAIRLINE_ODDS), the value is not pre-filled.
# Only that way round: print does not grow a stroke where none was (ZX's right values read 大 with
# 人, 自 with 白, 美 with 关 as runner-up, and were right). ZX's first sight: 8 of its 13 wrong values
# (see "Session 35 (wrongs)" in docs/capture-ocr.md).
HAIRLINE_PAIRS = frozenset((a, b) for a, b in (
    "一二", "二三", "一三", "人大", "大天", "白自", "白百", "日目", "口日", "米来", "关美", "十土", "十干",
    "土王", "工王", "了子", "丁于", "木本", "木末", "木未", "古吉"))
# … and by one dot (永 is 水 with its top dot, 太 is 大 with its inner one): a dot is the other small stroke
# a screen's or a chat app's scaling blurs into the paper (AA aa_049, a photo of a screen: `上海水和文化传播中心`
# of 上海永和…, 水 at 0.943 with 永 0.054) (HAIRLINE_DOTS False: one-stroke pairs only)
DOT_PAIRS = frozenset((a, b) for a, b in ("水永", "大太"))
HAIRLINE_DOTS = True
HAIRLINE_ODDS = 30.0  # (0: off)
HAIRLINE_NOTE = "stroke in doubt"  # (not asked of the second recogniser: both read what the print left)


def _hairline_torn(pieces: list[Piece] | None, value: str = "", fixed: Collection[int] = ()) -> bool:
    """A character of the value read as the one without the stroke of a `HAIRLINE_PAIRS` pair, the
    one with it its runner-up within 1:HAIRLINE_ODDS of the first choice. Only the characters the value holds
    as read count: one the value's grammar settled (another character there) or left out (a date's
    年月日, a label's remainder) is no doubt, nor one vouched for (`fixed`: positions in the text
    read, e.g. a scope's standard sentences). A value that is not its text read is not judged."""
    if not HAIRLINE_ODDS or not pieces:
        return False
    text = to_halfwidth("".join(p.text for p in pieces))
    chars = [c for p in pieces for c in (p.chars if len(p.chars) == len(p.text) else ((1.0, "", 0.0),) * len(p.text))]
    value = to_halfwidth(value) if value else text
    if len(value) == len(text):
        held = [i for i in range(len(text)) if value[i] == text[i]]
    elif (k := text.find(value)) >= 0:
        held = list(range(k, k + len(value)))
    elif value.find(text) >= 0:
        held = list(range(len(text)))
    else:
        return False
    return any(alt and ((text[i], alt) in HAIRLINE_PAIRS or HAIRLINE_DOTS and (text[i], alt) in DOT_PAIRS)
               and ap * HAIRLINE_ODDS > prob
               for i in held if i not in fixed for prob, alt, ap in (chars[i],))


def _result(value: str, pieces: list[Piece] | None, score: float | None = None, *, validated: bool = False,
            vocabulary: bool = False, weakest: float | None = None, note: str = "",
            char_floor: float = WEAK_CHAR, odds: float = 0.0, hairline: bool = False) -> FieldResult:
    """A field read from `pieces`. Its confidence is the weakest line's score; it is flagged when
    that is below THRESHOLD, or when one character was doubtful (below WEAK_CHAR: a line score
    is a mean, and one misread character in a long address barely moves it) unless the value
    was `validated` (check digit, cross-check) or found in a closed `vocabulary`. With `odds`, a
    character whose runner-up has more than 1/odds of its own probability is doubtful too; with
    `hairline` (free text: names and addresses), a character torn with its one-stroke look-alike
    (`_hairline_torn`)."""
    if pieces:
        _, sc, box = join(pieces)
    else:
        sc, box = 0.0, None
    conf = score if score is not None else sc
    if weakest is None:
        weakest = min((p.weakest for p in pieces), default=conf) if pieces else conf
    if validated:  # a check digit/cross-check passed: the read is as good as the validator
        conf = max(conf, 0.97)
        weakest = 1.0
    elif getattr(pieces, "hole", False):  # text beyond a gap on the value's row: a part was not read
        return FieldResult(value, 0.5, box, flagged=True, note="gap in the value's row", weakest=weakest)
    elif vocabulary:
        weakest = max(weakest, conf)
    elif value and conf >= THRESHOLD and (weakest < char_floor or odds and _torn(pieces, odds)):
        return FieldResult(value, min(conf, weakest), box, flagged=True, note="doubtful character", weakest=weakest)
    elif value and pieces and any(p.lost_character for p in pieces):
        return FieldResult(value, min(conf, 0.5), box, flagged=True, note="lost character", weakest=weakest)
    elif hairline and value and conf >= THRESHOLD and _hairline_torn(pieces, value):
        return FieldResult(value, min(conf, 0.5), box, flagged=True, note=HAIRLINE_NOTE, weakest=weakest)
    res = FieldResult(value, conf, box, flagged=(not value) or conf < THRESHOLD, note=note, weakest=weakest)
    if value and pieces and not validated:
        res.torn_digit = _torn_digit(pieces)
    if value and pieces and GAP_SHARE and not validated:
        # (a gap too narrow for `lost_character` to call — a character's worth of paper less the
        # recogniser's few pixels of placement — is looked at: ink there is a character not read)
        res.blank_after.extend((room, p.box, GAP_CHECK) for p in pieces for room in p.wide_gaps(GAP_SHARE))
        if GAP_DIGIT_SHARE:
            res.blank_after.extend((room, p.box, GAP_CHECK) for p in pieces
                                   for room in p.wide_digit_gaps(GAP_DIGIT_SHARE, GAP_DIGIT_ROOM))
    return res


def _torn_digit(pieces: list[Piece]) -> float:
    """The least probability of a digit read with another digit as the recogniser's runner-up
    (its full-width twin is the same digit), 1.0 when there is none."""
    return min((prob for p in pieces if len(p.chars) == len(p.text)
                for ch, (prob, alt, _) in zip(p.text, p.chars, strict=True)
                if ch.isdigit() and len(alt) == 1 and to_halfwidth(alt).isdigit() and to_halfwidth(alt) != ch),
               default=1.0)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """County-, city- and province-level names with their ending (武侯区, 成都市, 湖北省 …)."""
    names = {n for n in region_names() if len(n) >= 3 and n != "市辖区"}
    # company names start with the place without its ending (上海…, 深圳…): those count too
    names |= {n[:-1] for n in names if n.endswith(("省", "市")) and len(n) >= 3}
    return frozenset(names)


def _settled(value: list[Piece], out: list[str], probs: list[float],
             chars: list[tuple[float, str, float]], *, keep_xs: bool) -> list[Piece]:
    """The value's pieces again with the characters a grammar settled (`out`, their new
    probabilities `probs`); the value itself when nothing was settled. `keep_xs=False` leaves the
    character positions off, as the place-name settling always has."""
    if probs == [c[0] for c in chars]:
        return value
    pieces, k = [], 0
    for p in value:
        n = len(p.text)
        pieces.append(Piece("".join(out[k:k + n]), p.score, p.box,
                            tuple((probs[k + j], *(chars[k + j][1:])) for j in range(n)),
                            p.xs if keep_xs else ()))
        k += n
    return _keep(value, pieces)


# a place name the runner-up reading would make is not taken when it is a county-level name right after a city's
# name (with or without its 市) that has no county of that name: an address or a firm's name names a county of
# the city it names first; a 字号 after the city may be a county's name of elsewhere (安康, 永安: 15 of 4,239 true
# names and addresses of the cached sets) but the list cannot tell which reading is printed, so the character is
# left in doubt (ZX zx_026, a food licence's `杭州蓝海文化传播有限公司`: 蓝 in doubt with 临 second, and 临海 — a
# county-level city of 台州 — made it `杭州临海…`, pre-filled wrong) (False: off)
PLACE_IN_CITY = True
PLACE_UNDECIDED = 0.5  # … and that character is left at this certainty at most (below WEAK_CHAR: in doubt)


def _county_out_of_city(text: str, i: int, names: frozenset[str]) -> bool:
    """Whether every place name of `names` over character `i` of `text` is a county-level name (one of
    `region_names`, or one with its ending dropped) standing right after a prefecture-level city's name
    that has counties and none of that name."""
    spans = [(a, b) for a in range(max(0, i - 8), i + 1) for b in range(max(i + 1, a + 2), min(len(text), a + 10) + 1)
             if text[a:b] in names]
    if not spans:
        return False
    for a, b in spans:
        name = text[a:b]
        city = next((c for k in range(max(0, a - 6), a - 1) if (c := text[k:a].removesuffix("市"))
                     and len(c) >= 2 and counties_of(c + "市")), "")
        if not city:
            return False
        counties = counties_of(city + "市")
        if any(n in counties for n in (name, name + "市", name + "县", name + "区")):
            return False
    return True


def _places(value: list[Piece] | None, names: frozenset[str] | None = None, *,
            rule_out: bool = False, keep_xs: bool = False) -> list[Piece] | None:
    """Let the place names of GB/T 2260 decide between the recogniser's two best readings of a
    doubtful character: when exactly one of them puts a known name (武侯区, not 武候区) over the
    character, that reading is taken and the character counts as sure. Nothing else changes.
    (`names`: another closed list of words to decide by, e.g. the items of a 食品经营许可证.
    `rule_out`: the settled character's other reading is dropped too, so a later odds check does
    not find it torn between a reading the place list ruled out and its own. `keep_xs`: the
    characters keep their positions — one character is replaced by another where it stood — so the
    gaps a lost character leaves are still looked at, `PLACE_KEEP_XS`.)"""
    if not value:
        return value
    names = names if names is not None else _place_names()
    text = "".join(p.text for p in value)
    chars = [c for p in value for c in (p.chars or ((p.score, "", 0.0),) * len(p.text))]
    if len(chars) != len(text):
        return value
    out, probs = list(text), [c[0] for c in chars]

    def covered(s: str, i: int) -> bool:
        return any(s[a:b] in names for a in range(max(0, i - 8), i + 1) for b in range(max(i + 1, a + 2),
                                                                                     min(len(s), a + 10) + 1))

    for i, (prob, alt, alt_prob) in enumerate(chars):
        alt = to_halfwidth(alt)
        if prob >= PLACE_DOUBT or not alt or len(alt) != 1:
            continue
        mine, other = covered(text, i), covered(text[:i] + alt + text[i + 1:], i)
        if other and not mine and PLACE_IN_CITY and names is _place_names() \
                and _county_out_of_city(text[:i] + alt + text[i + 1:], i, names):
            # (the runner-up's place is no county of the city named right before it: the list decides
            # nothing, and the character stays in doubt — a 字号 may be a county's name, 上海安康…)
            probs[i] = min(prob, PLACE_UNDECIDED)
            continue
        if mine != other:
            out[i] = text[i] if mine else alt
            probs[i] = prob + alt_prob
            if rule_out:
                chars[i] = (chars[i][0], "", 0.0)
    return _settled(value, out, probs, chars, keep_xs=keep_xs)


def _keep(value: list[Piece], pieces: list[Piece]) -> Value:
    """Some of a value's pieces, still marked if the value had a hole."""
    out = Value(pieces)
    out.hole, out.under = getattr(value, "hole", False), getattr(value, "under", False)
    return out


def _blank(note: str = "not found") -> FieldResult:
    return FieldResult("", 0.0, None, flagged=True, note=note)


# a date written in Chinese numerals, as seals' dates and some permits print it (二〇二五年十月二十七日);
# the 〇 may be read as the letter O, a circle or a zero
_NUMERAL_DATE = re.compile(r"([〇○零O0一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月"
                           r"(三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日")
_NUMERAL = {ch: i for i, chs in enumerate(("〇○零O0", "一", "二", "三", "四", "五", "六", "七", "八", "九")) for ch in chs}


def _small_numeral(text: str) -> int:
    """一 … 三十一 as written in a date's month or day."""
    if "十" not in text:
        return _NUMERAL[text]
    tens, _, ones = text.partition("十")
    return 10 * (_NUMERAL[tens] if tens else 1) + (_NUMERAL[ones] if ones else 0)


def numeral_dates(text: str) -> str:
    """`text` with each date written in Chinese numerals rewritten in digits (2025年10月27日). The
    result no longer lines up with the recogniser's characters: a value's certainty is read from its
    pieces, as for any date."""
    if "年" not in text:
        return text
    def digits(m: re.Match) -> str:
        year = "".join(str(_NUMERAL[c]) for c in m.group(1))
        return f"{year}年{_small_numeral(m.group(2))}月{_small_numeral(m.group(3))}日"

    return _NUMERAL_DATE.sub(digits, text)


# A 年月日 date one of whose 年, 月, 日 was read as a look-alike (`2008年01月22H`, `2019年01月22口`,
# `2027年08月25円`: a thin-stroked render's or a copy's 日) is read all the same when the separators sit
# where a date's sit: digit groups 4-2-2 (a licence prints its month and day with two digits, so no digit
# can be missing), one character after each group, in order, two of the three read as printed and the
# third no digit and no space, and a real calendar date. The digits alone make the date; the third
# character is a date's separator by its place (False: 年, 月 and 日 must be read as printed)
LOOKALIKE_SEPARATOR = True
_SHAPED_DATE = r"(\d{4})([^\d\s])(\d{2})([^\d\s])(\d{2})([^\d\s])"
_SHAPED_DATE_RE = re.compile(r"(?<!\d)" + _SHAPED_DATE)
# a term whose 至 was read as another character — a digit among them (`…22日52039年01月22口`, 至 read 5):
# a whole date (its 日's place filled) then one character then a whole date or 长期; a year has four
# digits, so the character between is the 至's place whatever it reads as
_SHAPED_TERM_RE = re.compile(rf"自?({SHAPED_DATE}[^\d\s])(.)(长期|{SHAPED_DATE}[^\d\s])止?")


def _shaped_date(text: str, pos: int = 0, *, whole: bool = False) -> re.Match | None:
    """The first date in `text` (from `pos`; `whole`: the rest of `text` and nothing else) shaped as
    a 年月日 date with at most one of its separators read as a look-alike (`LOOKALIKE_SEPARATOR`);
    its digits are groups 1, 3 and 5."""
    if not LOOKALIKE_SEPARATOR:
        return None
    found = [_SHAPED_DATE_RE.fullmatch(text, pos)] if whole else _SHAPED_DATE_RE.finditer(text, pos)
    for m in found:
        if m and sum(m.group(i) == ch for i, ch in ((2, "年"), (4, "月"), (6, "日"))) >= 2 \
                and parse_date(f"{m.group(1)}-{m.group(3)}-{m.group(5)}"):
            return m
    return None


def _shaped_term(text: str) -> tuple[str, str] | None:
    """A term's start and end (`长期` or a date's text) when its 至 was read as another character
    (`_SHAPED_TERM_RE`); None when `text` is not such a term."""
    m = _SHAPED_TERM_RE.fullmatch(text) if LOOKALIKE_SEPARATOR else None
    if not m or _norm_date(m.group(1)) is None or (m.group(3) != "长期" and _norm_date(m.group(3)) is None):
        return None
    return m.group(1), m.group(3)


def _norm_date(text: str) -> str | None:
    # 2016年5月20日 must be complete (a lost digit before 日 would give another real date);
    # 2016.05.20 / 2016-05-20 / 20160520 must not run on into more digits
    text = numeral_dates(text)
    m = _CN_DATE_RE.search(text) if "年" in text else _DOT_DATE_RE.search(text)
    if m:
        y, mo, day = m.group(1), m.group(2), m.group(3)
    elif (m := _shaped_date(text)) is not None:
        y, mo, day = m.group(1), m.group(3), m.group(5)
    else:
        return None
    d = parse_date(f"{y}-{mo}-{day}")
    return d.isoformat() if d and 1900 <= d.year <= 2100 else None


def _digits_weakest(text: str, chars: list, start: int, end: int) -> float:
    """The least sure of the digits in text[start:end] — and of any other character there whose
    runner-up is a digit (a 年, 月 or 日 that may be a digit would change the date's digit groups);
    a separator read in doubt against another non-digit (日 against 口) stands at its place whatever it is."""
    return min((c[0] for i, c in enumerate(chars[start:end], start)
                if not LOOKALIKE_SEPARATOR or text[i].isdigit() or (len(c[1]) == 1 and to_halfwidth(c[1]).isdigit())),
               default=1.0)


def _date_weakest(pieces: list[Piece], value: str | None = None) -> float | None:
    """The least sure digit of the whole date `_norm_date` found in `pieces` (`2016年02月20日`):
    a mark read after its 日 (`…20日1`, the 日's last stroke read again at 0.67) is no part of it,
    nor is the doubt of a separator (`_digits_weakest`). `value`: the date that must be the one
    found (None otherwise). None (every character counts) when the positions are unknown or a
    numeral was rewritten."""
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in q.chars]
    if len(chars) != len(text) or numeral_dates(text) != text:
        return None
    m = (_CN_DATE_RE.search(text) if "年" in text else None) or _shaped_date(text)
    if not m or (value is not None and _norm_date(m.group(0)) != value):
        return None
    return _digits_weakest(text, chars, m.start(), m.end())


def _id_candidates(lines: list[Line]) -> list[tuple[str, Line]]:
    out = []
    for ln in lines:
        t = ln.text.translate(_ID_CONFUSE).upper()
        for m in re.finditer(r"(?<![0-9])([0-9]{17}[0-9X])(?![0-9X])", t):
            out.append((m.group(1), ln))
    return out


# a colon or a full stop inside an address (`…科技路67号:楼211室` of `…67号1楼211室`): no address
# prints one — a character was read as it, or a speck stands where one was (none of the 2,080
# addresses of the development families' truth holds one; the label's own colon is gone by now)
_CLAUSE_MARK = re.compile(r"(?<=.)[：:。]")


ADDRESS_END_MARKS = ".,;:。，、；：·"  # an address read ending in one of these is not pre-filled ("": off)


# marks no address prints anywhere (an address writes place names, numbers, their measure words, a
# building's letter, brackets and a dash): one read inside is a speck, a rule or a neighbour's stroke read
# as a mark — AH ah0043, a business licence read `…洪山区<桂花巷405号…` and pre-filled. Nor does an
# address set a comma or a stop between a number or a building's letter and its measure word (AG ag_032,
# a PNG licence read `…200号E,座1205室` for B座: B's bowls read E and a comma). In the truth of every cached
# set (AA–AH, ZZ) addresses print no character but CJK, letters, digits, brackets and `-`. ("": off)
ADDRESS_MARKS_ON = "<>|\\^_=*@$&!?~`\"'《》〈〉"
ADDRESS_STRAY_MARKS = ADDRESS_MARKS_ON  # ("": off; landed off, switched on by the lead with the folder run)
MARK_BESIDE_NUMBER = "mark beside a number"  # (its note: the mark may be the letter's or digit's own stroke)
_MARK_BEFORE_WORD = re.compile(r"[0-9A-Za-z][,，.。、;；·'`][号室单层幢弄组楼栋座]")


def _address_result(addr: str, pieces: list[Piece] | None, lines: list[Line] | None = None, *,
                    early: Collection[int] = ()) -> FieldResult:
    """An address ending in digits right after a Chinese character (…24层0, …路270) lost its end
    (号/室 …) to a missed line or a glare: keep it as a candidate, do not pre-fill it. A flat
    number is the exception: addresses are printed `…1单元2004`, and `…10号楼109` when that row
    stops well short of the value column's right edge (given `lines`: it did not wrap there).
    `early`: rows (of `piece_rows`) left short whose room the reader checks for paper (`_short_rows`)."""
    if len(addr) < 4:
        return _blank()
    if ADDRESS_END_MARKS and addr[-1] in ADDRESS_END_MARKS:
        # (no address ends in a stop or a comma: a speck or a seal's dot after its last character read
        # as one — ZY zy_0014, a copy of a copy read larger, `…2504室.`)
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="mark after the address")
    if addr.count("(") != addr.count(")"):
        # (`…1702室自主申报)`: the wrapped row's `(` went unread at its start; `…2302室(实际`: the
        # bracket's end was cut off or not read) — a bracket never stands alone in an address
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="unbalanced")
    if _CLAUSE_MARK.search(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="punctuation in an address")
    if ADDRESS_STRAY_MARKS and any(c in ADDRESS_STRAY_MARKS for c in addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="punctuation in an address")
    if ADDRESS_STRAY_MARKS and _MARK_BEFORE_WORD.search(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note=MARK_BESIDE_NUMBER)
    if _digit_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="letter in a number")
    if UNIT_WORD_CHECK and _unit_word_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="measure word misread")
    if _unit_after_name(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address skips its parts")
    if _district_misread(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="district misread")
    if _city_not_of_province(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="city misread")
    if _number_group_open(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address ends abruptly")
    if re.search(r"[\u4e00-\u9fff]\d+$", addr) and not (lines and pieces and (
            re.search(r"单元\d{3,4}$", addr) or (re.search(r"([楼栋幢座]|层[东西南北中]?[A-Z]?[侧区])\d{3,4}$", addr)
                                              and _short_row(pieces, lines)))):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address ends abruptly")
    if ragged(pieces, early=early) or getattr(pieces, "hole", False):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="ragged rows")
    return _result(addr, pieces, hairline=True)


# a Latin letter inside an address's number (`2O8号`, `1l号楼`, `24S0号`): no address prints one
# there — a building or a stall is lettered before its number or word (`B座`, `B1-35`, `3层B30`).
# S and Z (5 and 2) at a house or building number's edge as well (`中山大道S42号`, `2S号楼`): a
# building may be lettered `A`/`B` after its number (`12A号`), never with the letters digits look like
_LETTER_IN_NUMBER = re.compile(r"\d[A-Za-z]\d|[OoIl|]\d|\d[OoIl|]|\d[SZ](?=[号楼栋幢室层])"
                               r"|(?<=[\u4e00-\u9fff])[SZ]\d+号")
# a unit (单元) after a name, not after its number (`…南昌市东湖单元1702室` of `…东湖区阳明路1211号
# 26号楼3单元1702室`): a unit is numbered within a building (`3单元`, `二单元`, `东单元`, `1001单元`),
# so a place's or a street's name right before it means a run of rows or characters went unread. So
# does the building itself (`…4号楼单元403` of `…4号楼4单元403`, ZX zx_008; `…1栋单元2602室`, ZY zy_0023:
# the unit's digit lost between the two words) — a building's units are numbered, never the bare word
_UNIT_AFTER_NAME = re.compile(r"(?<![0-9A-Za-z一二三四五六七八九十零〇东西南北中甲乙丙丁号])单元")
# a house number's 号 after a name, not after its number (`…石门镇前进公号` of `…前进村5组64号`, ZO
# zo_0003, a 98-line fax: `村5组64` lost to the dither but one character read 公): a 号 numbers a door,
# a building or a plot, so a digit, a Chinese numeral or a letter stands before it (`64号`, `三号楼`,
# `甲号`, `A号`; a space between, `877 号`, as CJK–Latin spacing sets it) — only 门牌号 (`无门牌号`,
# an unnumbered farmhouse) ends a word in it. None of the 1,950 true addresses of the cached
# development sets (X, ZC–ZO) reads otherwise
_HOUSE_AFTER_NAME = re.compile(r"(?<![0-9A-Za-z一二三四五六七八九十百千零〇两甲乙丙丁戊东西南北中之牌)\-－—\s])号")
HOUSE_AFTER_NAME = True  # (False: a 号 after a name is taken as read)


# a house number (门牌号) is a whole number: printed with no leading zero (`前进村05号` of 前进村95号, the 9's
# loop lost in a fold). A room numbered within a floor is zero-padded (`19层09号`), and so may a
# building be (`05号楼`): those are not looked at
_ZERO_HOUSE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![层楼])0\d*号(?![楼院])")
ZERO_HOUSE = True  # (False: a house number read with a leading zero is taken)
LETTER_BUILDING = 0.95  # a digit before 座 read below this with a Latin letter runner-up: its letter (`8座` of B座)
_LOOKALIKE_LETTERS = frozenset("ABDEGIOSZabdegiloqsz")


# what an address prints right after a number: its measure word (号, 栋, 幢, 楼, 层, 单元, 室, 座, 弄, 组,
# 期, 区, 排, 户, 门, 米, 院, 巷, 队, 铺, 档 …) or a road's kind (国道, 省道, 支路, 横街). A character there
# read in doubt (below NAME_CHAR) that is none of them is a measure word misread (`9罐` for 9幢 at 0.84,
# ZT zt0090): not pre-filled (False: off)
UNIT_WORD_CHECK = True
_AFTER_NUMBER = frozenset("号室单层幢弄组楼栋座商内期区排户门米院街巷路道队社片铺档厂库甲乙丙之附间宿舍苑园馆场站"
                          "线段条横支国省县乡环公里亩坊村屯庄")


def _unit_word_misread(addr: str, pieces: list[Piece] | None) -> bool:
    """A character right after a number of the address, read below NAME_CHAR, that no address
    prints after a number (`_AFTER_NUMBER`)."""
    if not pieces:
        return False
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in q.chars]
    if text != addr or len(chars) != len(text):
        return False
    return any(chars[m.start()][0] < NAME_CHAR and m.group() not in _AFTER_NUMBER
               for m in re.finditer(r"(?<=\d)[\u4e00-\u9fff]", text))


def _digit_misread(addr: str, pieces: list[Piece] | None = None) -> bool:
    """A digit of an address's number read as the letter it looks like (O for 0, l or I for 1, S for 5
    between digits): the number is not what the page prints. Also a house number read with a leading
    zero (`_ZERO_HOUSE`), and a digit before 座 that the recogniser was unsure of against a Latin
    letter (a tower is lettered before 座, `B座`, and 8 and B differ by two corners: ZH zh_0054 `8座`
    at 0.87, its 经营场所 `B座` at 0.95 on the same page)."""
    if _LETTER_IN_NUMBER.search(addr) or ZERO_HOUSE and _ZERO_HOUSE.search(addr):
        return True
    if not LETTER_BUILDING or not pieces or "座" not in addr:
        return False
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in q.chars]
    if text != addr or len(chars) != len(text):
        return False
    return any(chars[m.start()][0] < LETTER_BUILDING and chars[m.start()][1] in _LOOKALIKE_LETTERS
               for m in re.finditer(r"\d(?=座)", text))


# a province (or autonomous region) followed by a street, a number or a village with no division
# between: under a province stands a city, a prefecture or a county (省直辖 ones too: 湖北省仙桃市,
# 海南省陵水黎族自治县) before any street — `辽宁省沈路305号` of `辽宁省沈阳市和平区中华路305号`
# lost the characters between (none of 1,950 addresses of the development families' truth reads so)
_PROVINCE_SKIPS_CITY = re.compile(r"^(?:[^省市区县]{2,3}省|[^省市区县]{2,8}自治区)[^市州区县盟旗地]*?(?:路|街|道|号|巷|村|弄)")
PROVINCE_SKIP = True  # (False: such an address is not looked at)
# a province (or autonomous region) followed right by a district (区): a district is a city's (市辖区),
# so the city printed between was not read — ZO zo_0078, an ADF scan of a 食品经营许可证 whose seal
# is stamped over 深圳市 of `广东省深圳市南山区…`, pre-filled `广东省南山区…`. The only district
# that answers to its province directly is a forest district (湖北省神农架林区), and a state new area
# (河北雄安新区, 陕西省西咸新区) is written after its province though no GB/T 2260 division; a
# district whose name starts with its city's (江苏省苏州工业园区) names the city itself. A `市` alone
# between them is the city's ending with its name lost (`广东省市南山区…`: the ring over 深圳 only)
_PROVINCE_DISTRICT = re.compile(r"^([^省市区县]{2,3}省|[^省市区县]{2,8}自治区)市?([^省市区县盟旗路街道号村镇乡]{1,6}?区)")
PROVINCE_DISTRICT = True  # (False: a province followed by a district is taken as read)


def _province_skips_to_district(addr: str) -> bool:
    """`_PROVINCE_DISTRICT`: the address goes from its province to one of that province's cities'
    districts (GB/T 2260) with no city's name between — the city's characters were lost (a seal's ring,
    glare, a fold over them). A district name the table does not hold under that province (a
    misread, a new area) is not judged."""
    m = _PROVINCE_DISTRICT.match(addr) if PROVINCE_DISTRICT else None
    if not m or m.group(2).endswith(("林区", "新区")):
        return False
    places = places_of_province(m.group(1))
    district = m.group(2)
    return district in places and not any(
        district.startswith(c[:-1]) for c in places if c.endswith("市") and len(c) >= 3)


# a street's word right after its district or county (`…广州市天河区路2488号` of …天河区体育西路2488号, AA
# aa_118, a desk photo: the road's name unread between two boxes): a road, a street or an avenue has a name,
# and the division before it is not one (`闵行区都市路`: 都市 names the road). None of the 1,995 true
# addresses of the cached sets has one (False: not judged)
NAMELESS_ROAD = True
_NAMELESS_ROAD = re.compile(r"(.{1,8}?[区县])(?:路|街|大道|大街|道)")
# a room numbered with one digit right after its building, floor or house (`…2339号8室` of 2339号808室, AA
# aa_143, a flatbed scan: the row's end `08` not boxed): a flat is numbered with its floor (`808`, `2602`,
# `B3`), never one digit alone. None of the 1,995 true addresses has one (False: not judged)
ROOM_DIGITS_LOST = True
_ONE_DIGIT_ROOM = re.compile(r"(?:号|楼|栋|幢|座|单元|层)\d室")


def _nameless_road(addr: str) -> bool:
    """`NAMELESS_ROAD`: a district's or a county's name (a county-level place name) with a street's word
    right after it."""
    if not NAMELESS_ROAD:
        return False
    names = _place_names()
    return any(m.group(1)[-k:] in names for m in _NAMELESS_ROAD.finditer(addr) for k in range(2, len(m.group(1)) + 1))


def _unit_after_name(addr: str) -> bool:
    """`_UNIT_AFTER_NAME`: the address skips from a name to a unit — its middle was not read; or
    it skips from its province to a street (`_PROVINCE_SKIPS_CITY`) or to a district
    (`_province_skips_to_district`); or a house number's 号 follows a name (`_HOUSE_AFTER_NAME`); or a
    street's word its district (`_nameless_road`); or a room's number lost all but one digit (`ROOM_DIGITS_LOST`)."""
    return bool(_UNIT_AFTER_NAME.search(addr)) or (PROVINCE_SKIP and bool(_PROVINCE_SKIPS_CITY.search(addr))) \
        or _province_skips_to_district(addr) or (HOUSE_AFTER_NAME and bool(_HOUSE_AFTER_NAME.search(addr))) \
        or _nameless_road(addr) or (ROOM_DIGITS_LOST and bool(_ONE_DIGIT_ROOM.search(addr)))


# a number with sub-numbers ending an address (`…光明路19-6`, `…负一层B1-35`, `…号3-2-1`) and
# what stands right before it
_NUMBER_GROUP_END = re.compile(r"(.?)([A-Za-z]?\d+(?:[-—－][A-Za-z]?\d+)+)$")
# what a building-unit-room number (`3-2-301`: building 3, unit 2, room 301) follows
_BUILDING_BEFORE = frozenset("号栋幢楼座元门")


def _number_group_open(addr: str) -> bool:
    """An address that ends in a number with sub-numbers lost what names it (`…光明路19-6` of
    `…19-6号`, `…负一层B1-35` of `…B1-35号商铺`: the `号`, `室` or `商铺` a row of its own took,
    the row the detector misses most): a house number after a street and a stall numbered with a
    letter (B1-35, A2-07) are always followed by what they number. Only a building-unit-room number
    after a house number or a building (`…12号3-2-301`, `…5栋2-1101`) is printed bare."""
    m = _NUMBER_GROUP_END.search(addr)
    if not m:
        return False
    return m.group(2)[0].isalpha() or m.group(1) not in _BUILDING_BEFORE


@lru_cache(maxsize=1)
def _place_tails() -> frozenset[str]:
    """Every ending of two characters or more of a place name that is not the whole name (`东省` of
    山东省, `岛市` of 青岛市, `西壮族自治区` of 广西壮族自治区)."""
    return frozenset(n[-k:] for n in _place_names() for k in range(2, len(n)))


ADDRESS_NUMBER_FIRST = True  # an address starting with a digit or a Latin letter starts inside (False: as read)


def _starts_inside_a_place(addr: str) -> bool:
    """An address whose first characters are the end of a place name, not a place name (`东省青岛市…`
    of 山东省, `海市徐汇区…` of 上海市, `省…`): its first row lost its start (a faded or glared first
    character, a seal's edge) and the rest reads like an address. An address starts with a province,
    a city or a county (`青岛市…`, `淮阳区…`), with or without its ending (`北京经济技术开发区…`)."""
    names = _place_names()
    if ADDRESS_NUMBER_FIRST and re.match(r"[0-9A-Za-z]", addr):
        # (`1704室`: an address's last row read alone — its first rows faded, glared or lost under
        # the box of another value — starts with its flat's or house's number; no address does)
        return True
    if not addr or any(addr.startswith(n) for n in names):
        return False
    tails = _place_tails()
    return addr[0] in "省市区县旗盟州" or any(addr[:k] in tails for k in range(2, len(addr) + 1))


# a province whose head is lost from an address's first row (`南省昆明市…` of 云南省: its first character
# under the label's end — a form printed off register, its value overprinting 主要经营场所's 所 —, a
# seal's edge or glare) is restored from the city or county that follows it, when exactly one
# province ends with what was read and holds that place (`东省济南市` → 山东省, `津市和平区` → 天津市),
# and no city or county ends so too (`京市玄武区` may be 南京市's): the place names the province, no
# pixel has to (False: such an address stays blank)
PROVINCE_HEAD_RESTORE = True


def _province_head_restored(addr: str) -> str | None:
    """`addr` with its province's lost head put back (`南省昆明市五华区…` → 云南省昆明市五华区…), or None
    when no province ends with its start, or its next place — a city's or county's full name of three
    characters or more — is in no such province or in more than one, or when a place that is no province
    ends with that start too (`京市…` of 北京市 or 南京市; `海市…` of 上海市 or 北海市)."""
    got = set()
    for prov in province_names():
        if not prov.endswith(("省", "市", "自治区")):
            continue
        for k in range(1, len(prov)):
            tail = prov[k:]
            if not addr.startswith(tail):
                continue
            if any(n.endswith(tail) and len(n) > len(tail) for n in _place_names() - province_names()):
                return None  # (`京市玄武区…`: 南京市 ends so too — the head lost may be a city's)
            rest = addr[len(tail):]
            if any(len(n) >= 3 and n[-1] in "市区县州盟旗" and rest.startswith(n) for n in places_of_province(prov)):
                got.add(prov[:k] + addr)
    return got.pop() if len(got) == 1 else None


# an address that is nothing but administrative divisions (province, city, district or county): it
# names a district, not a door — every registered 住所 / 经营场所 goes on to a street or a village
_DIVISIONS_ONLY = re.compile(r"(?:[^省市区县旗]{2,7}(?:省|自治区))?(?:[^省市区县旗]{2,7}(?:市|自治州|地区|盟))?"
                             r"(?:[^省市区县旗]{1,7}(?:区|县|市|旗))?")
DIVISIONS_ONLY_CUT = True  # (False: such an address is judged by its last character only)
# an address with no number in it at all that does not end with a street, a village or a building's
# word (ADDRESS_ENDS): an estate's or a market's name can end an address (…学府, …广场, …中心) after
# its street and number, never straight after the district (`浙江省嘉兴市南湖区学府` of …学府路658弄46号
# 2006室, ZY zy_0092, the row's rest not boxed). None of the 1,725 true addresses of the cached sets
# lacks a digit (False: judged by its last character only)
NUMBERLESS_CUT = True


# an address ending in a residential estate's name after the street's house number (…1112号佳美小区) names the
# estate's gate, not a door: its building and room were on the row's end or a wrapped row not read (AE ae_0037,
# a photocopy: `13幢106室` under a copy watermark). Of the 2,530 true addresses of every cached set none ends
# in 小区; False: such an end is taken as an end (区 ends 开发区, 园区 too)
ESTATE_END_CUT = True


def _address_cut_short(addr: str) -> bool:
    """The address's last character is no end of an address part (`…790号锦绣华` + glare over
    `庭17栋…`): the row's end was not read. Nor is a street's or a subdistrict's name without the
    number that follows it (`…天河北路` of `…天河北路905号`, `…湖滨街道` of `…街道前进村2组17号`:
    the wrapped row the detector or a watermark took) — an address locates a door, not a street."""
    head = re.sub(r"\([^()]*\)$", "", addr)
    if ESTATE_END_CUT and re.search(r"[0-9０-９]号[\u4e00-\u9fff]{1,8}小区$", head):
        return True  # (…和平路1112号佳美小区 of …佳美小区13幢106室: the estate is no door — its building and room not read)
    if DIVISIONS_ONLY_CUT and head and _DIVISIONS_ONLY.fullmatch(head):
        return True  # (福建省厦门市思明区 of …思明区莲前西路995号…: a row's end or a wrapped row not read)
    if _SUITE_END.search(head) or SUITE_PART and _SUITE_PART_END.search(head):
        return False  # (a suite on a floor, …5层36单元, …1001单元: the door itself)
    last = head[-1:]
    if NUMBERLESS_CUT and last and not re.search(r"[0-9０-９]", addr) and last not in ADDRESS_ENDS:
        return True  # (…南湖区学府 of …学府路658弄46号: no number, and no street, village or building last)
    return bool(last) and "\u4e00" <= last <= "\u9fff" and (last not in LICENCE_ADDRESS_LAST or bool(
        _STREET_END.search(head)))


# a licence 住所 flagged only for a character's reading is still judged by the address's grammar (its end, its
# start), as `reader.second_opinion` may lift that doubt (False: such a value is judged by its characters only)
CHAR_DOUBT_GRAMMAR = True
_CHAR_DOUBT_NOTES = ("doubtful character", "")  # the notes a character's doubt leaves (`reader.SECOND_NOTES`)


# A licence's or permit's 住所 / 地址 / 经营场所 is registered with its administrative divisions (the province or
# the city, the district or county: 江苏省昆山市柏庐南路255号, 朝阳区…): one that names no division before its
# first number starts at its road — its head row or the start of its row went unread (AG ag_024, a photo:
# `柏庐南路255号` of 江苏省昆山市柏庐南路255号, pre-filled). Every licence, food and health permit address in the
# truth of the cached sets (AA–AH, ZZ: 846) names one before its number, and no right value read on them lacks
# one. A 不动产 certificate's 坐落 (an estate's name first) is not judged. (False: off)
ADDRESS_NEEDS_DIVISION = True  # (landed off under load; switched on by the lead with the folder run)
_DIVISION_WORD = re.compile(r"[省市区县州旗盟镇乡]")


def _division_lost(addr: str) -> bool:
    """`ADDRESS_NEEDS_DIVISION`: an address of four characters or more naming no division (省 市 区 县 州
    旗 盟 镇 乡) before its first digit."""
    return bool(ADDRESS_NEEDS_DIVISION and len(addr) >= 4 and not _DIVISION_WORD.search(re.split(r"\d", addr)[0]))


def _licence_address(addr: str, pieces: list[Piece] | None, lines: list[Line],
                     label_x: float | None = None) -> FieldResult:
    """`_address_result` for a licence's 住所: a flat's number after its building (…1号楼708, …2单元1605
    — licences print it without 室) on a row that reaches as far as anything in its column (the
    right column of a landscape 正本, where nothing shows where the column ends) may have wrapped
    to a row the detector did not box: taken only when the reader finds blank paper under the
    last row's start (`reader.confirm_row_end`). A house number with a sub-number after a street
    (`…光明路19-6`) is no end either: licences print it `…19-6号`, and a `号` wrapped alone onto a
    row of its own is the row the detector misses most (one character, often under a watermark). `label_x`: where the
    address's label starts — when the form's next row follows the last row at the usual row pitch
    (`_ends_complete`: no row lies between for the detector to have missed), the flat's number ends
    the address without the paper check (the next row's print under the last row's start is the
    next field's, not a wrapped row of this one: a 副本 prints 经营范围 right under 住所)."""
    res = _address_result(addr, pieces, lines)
    if _mark_first(addr):
        return FieldResult(addr, 0.5, res.box, flagged=True, note="stray character before the place")
    if _division_lost(addr):
        return FieldResult(addr, 0.5, res.box, flagged=True, note="address starts inside a place name")
    # (a value in doubt only for how a character reads is judged by the address's grammar as one read
    # sure: `reader.second_opinion` lifts that doubt when both recognisers read the value alike, and a
    # row's end cut off is read alike by both — AC ac_045, a fax, `…102-105单` of …102-105单元 with its
    # 湖 at 0.43; CHAR_DOUBT_GRAMMAR, False: such a value is not judged here)
    open_ = not res.flagged or CHAR_DOUBT_GRAMMAR and len(addr) >= 4 and res.note in _CHAR_DOUBT_NOTES
    if open_ and _starts_inside_a_place(addr):
        whole = _province_head_restored(addr) if PROVINCE_HEAD_RESTORE else None
        if whole is None or _starts_inside_a_place(whole):
            return FieldResult(addr, 0.5, res.box, flagged=True, note="address starts inside a place name")
        addr, res = whole, replace(res, value=whole)
    if open_ and _SUB_NUMBER_END.search(addr):
        return FieldResult(addr, 0.5, res.box, flagged=True, note="address ends abruptly")
    if open_ and _address_cut_short(addr):
        return FieldResult(addr, 0.5, res.box, flagged=True, note="address ends abruptly")
    if res.flagged and res.note == "address ends abruptly" and pieces and _flat_end(addr) \
            and not (ragged(pieces) or getattr(pieces, "hole", False)):
        res = _result(addr, pieces, hairline=True)
        if not res.flagged and not (ROWS_COMPLETE and label_x is not None and _ends_complete(pieces, lines, label_x)):
            res.flagged, res.note = True, ROW_BELOW
    elif UNIT_FLAT_BELOW and not res.flagged and pieces and _UNIT_FLAT.search(addr) and _fills_column(pieces, lines) \
            and not (ROWS_COMPLETE and label_x is not None and _ends_complete(pieces, lines, label_x)):
        # (a unit's flat, `…4单元2704`, taken whole by `_address_result` however far its row reaches: on a
        # row that fills its column, `室` may have wrapped alone onto a row the detector did not box)
        res.flagged, res.note = True, ROW_BELOW
    return res


# a licence 住所 ending in a unit's flat (…4单元2704) on a row reaching its column's edge, the form's next
# row not at its usual pitch under it, is taken only when the paper under the last row's start is blank,
# as one ending after a building is (`_address_result` takes it whole; ZT zt0011's `室` wrapped alone
# onto a row of its own the detector did not box; False: off)
UNIT_FLAT_BELOW = True
_UNIT_FLAT = re.compile(r"单元\d{3,4}$")


def _fills_column(pieces: list[Piece], lines: list[Line]) -> bool:
    """The value's last row reaches within two characters of the right end of the rows of its print
    size that start at or left of its own start and run under or over it (its column, however its
    rows are indented): a row the form wrapped, not one that ended short."""
    first, last = min(pieces, key=lambda q: q.box[0]), max(pieces, key=lambda q: (q.box[1], q.box[2]))
    h = last.box[3] - last.box[1]
    edge = max((ln.x2 for ln in lines if ln.x1 <= first.box[0] + 2 * h and ln.x2 > first.box[0]
                and 0.6 * h < ln.h < 1.6 * h), default=last.box[2])
    return last.box[2] >= edge - 2 * h


# a room numbered within its floor of a building (…C座31层07, …2号楼6层12): a floor of a tower numbers
# its rooms 01–99, printed after the floor without 室 as a flat's 3–4 digits are after their building
# (ID cards and licences alike; a floor of no building, `…15层13`, still lost its 室)
TOWER_ROOM = True  # False: only 3–4 digit rooms end an address without 室
_TOWER_ROOM = re.compile(r"(?:座|栋|幢|楼)\d{1,3}层\d{2}$")
# the end of a resident's address on an ID card that may be a bare room number (…3单元1166,
# …38号1971, …5号楼1203, …3号楼2门301, …5层501): 3–4 digits right after a building/unit word —
# or after a part of a floor (…3层东侧114, …2层B区118: the floor's side or zone, then its room)
_ROOM_END = re.compile(r"(单元|栋|幢|楼|座|号|门|层(?:[东西南北中]?[A-Z]?[侧区])?)\d{3,4}$")
# sentence punctuation and a full stop, which no resident's address prints (full-width forms are half-width by now)
_ADDRESS_PUNCT = re.compile(r"[。，,；;：:！!？?.]")


def _id_address_result(addr: str, pieces: list[Piece] | None) -> FieldResult:
    """`_id_address_checks`, with two doubts left to the page's pixels (`blank_after`, checked by
    `reader.confirm_row_end`; until then the value is flagged): rows left short of the column's edge
    (`_short_rows`) are whole when the room each left is blank paper, and a row box
    starting well before its first character read (`_box_before_first`) lost no character when the
    paper there is blank but for specks (an aged copy's toner dot the detector boxed with the row;
    a faded character, boxed and not read, is ink there)."""
    early = _short_rows(pieces)
    ahead = [q for q in pieces or () if _box_before_first(q) and not _box_past_last(q)]
    res = _id_address_checks(addr, pieces, early, ahead)
    if (early or ahead) and res.value and (not res.flagged or res.note == ROW_BELOW):
        res.blank_after = [*res.blank_after, *((room, row, "ragged rows") for rooms in early.values() for room, row in rooms)] + [
            ((q.box[0], q.box[1], q.xs[0] - AHEAD_CLEAR * (_cjk_pitch([q]) or q.box[3] - q.box[1]), q.box[3]),
             q.box, "lost character") for q in ahead]
        if not res.flagged:
            res.flagged, res.note = True, PAPER_CHECK
    return res


AHEAD_CLEAR = 0.65  # a character's ink starts up to this many pitches before its centre

# an ID card's 住址 whose last row, left short of the column's edge, ends in a bare room number
# (…6单元1907) is taken only when the cell after its last character is paper (`GAP_CHECK`): ink there
# is a `室` the detector's box stopped short of (ZT zt0015; False: taken as read)
ROOM_END_CELL = True


def _cell_after_row(pieces: list[Piece]) -> tuple[Box, Box, str] | None:
    """The character cell after the last character of a wrapped value's last row (`GAP_CHECK`),
    None when that row's characters' positions or the value's pitch are unknown."""
    rows = piece_rows(pieces)
    pitch = _cjk_pitch(pieces)
    if not rows or pitch is None:
        return None
    last = max(rows[-1], key=lambda q: q.box[2])
    if len(last.xs) != len(last.text) or not last.xs:
        return None
    end = min(last.xs[-1] + 0.5 * pitch, last.box[2])
    return (end + 0.15 * pitch, last.box[1], end + 1.15 * pitch, last.box[3]), last.box, GAP_CHECK


def _id_address_checks(addr: str, pieces: list[Piece] | None, early: Collection[int],
                       ahead: list[Piece]) -> FieldResult:
    """`_address_result` for the 住址 of an ID card: cards print a room number without 室 after
    the unit or building (…2单元1166), so a bare room number of 3–4 digits right after 单元, 栋,
    幢, 楼, 座, 号, 门 or 层 is a complete address; other endings in digits (…路270, …24层0) still
    lost their end. A row box running on past its last read character lost one (`_unread_end`).
    A bracket opened and not closed (`…2903室(自主申`: the note's last row was not read) lost
    its end as well, as one ending in a hyphen (`…2804室-`: the sub-number's row was not read). An address prints no sentence punctuation: a `。` (or `，`, `；`, `：`) read in
    it is a toner speck or a dust mark, which may stand where a character was — not pre-filled."""
    if _ADDRESS_PUNCT.search(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="punctuation in an address")
    if _digit_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="letter in a number")
    if UNIT_WORD_CHECK and _unit_word_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="measure word misread")
    if _unit_after_name(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address skips its parts")
    if _city_not_of_province(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="city misread")
    if addr.count("(") != addr.count(")") or addr[-1:] in _RULE_MARKS:
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address ends abruptly")
    if pieces and len(addr) >= 4 and any(_unread_end(x) for x in pieces if x not in ahead):
        return FieldResult(addr, 0.5, join(pieces)[2], flagged=True, note="lost character")
    slack = _row_slack(pieces)
    if slack and any(sl >= SHORT_ROW for i, sl in enumerate(slack[:-1]) if i not in early):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="ragged rows")
    if len(addr) >= 4 and (_ROOM_END.search(addr) or TOWER_ROOM and _TOWER_ROOM.search(addr)) and not (ragged(pieces, early=early) or getattr(pieces, "hole", False)):
        res = _result(addr, pieces, hairline=True)
        if (not slack or slack[-1] < 1.0) and not res.flagged:
            # a last row that reaches the column's edge may go on in a row the detector did not
            # box (`…1703` + `室` squeezed against the number row): taken only when the reader
            # finds blank paper under the last row's start (`reader.confirm_row_end`)
            res.flagged, res.note = True, ROW_BELOW
        elif ROOM_END_CELL and not res.flagged and (cell := _cell_after_row(pieces)) is not None:
            # a last row left short ends in a bare room number: the cell after its last character is
            # paper, or it holds the `室` the detector's box stopped short of (`…6单元1907` + `室`)
            res.blank_after = [*res.blank_after, cell]
        return res
    if len(addr) >= 4 and _address_cut_short(addr):
        # (`…湖滨街道前` of `…街道前进村2组17号`: the row's end under a watermark and the wrapped row
        # were not read — the last character ends no part of an address, as on a licence's 住所)
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address ends abruptly")
    res = _address_result(addr, pieces, early=early)
    if BUILDING_END_BELOW and not res.flagged and pieces and _BUILDING_END.search(addr):
        # the card goes on to the door (…2栋 + `1062室`, kept whole on a row of its own): taken only
        # when the reader finds blank paper under the last row's start (`reader.confirm_row_end`)
        res.flagged, res.note = True, ROW_BELOW
    return res


# a resident's address that ends at a building or its unit (…630号2栋, …5号楼, …B座, …3单元): a
# building holds many homes, and the card names the one — its room (`1062室`, `1703`) follows. A
# layout that keeps a number whole wraps it, with its 室, onto a row of its own, the row the detector
# misses most (ZS zs_0019: `…厦禾路东段630号2栋` pre-filled, its last row `1062室` unboxed). Such an
# address is taken only when the paper under its last row is blank: a whole building's address (a
# detached house numbered as a 栋) still reads (False: taken as read)
BUILDING_END_BELOW = True
_BUILDING_END = re.compile(r"[0-9A-Za-z一二三四五六七八九十][栋幢座]$|\d号?楼$|单元$")


def _cjk_pitch(pieces: list[Piece]) -> float | None:
    """The median step between neighbouring Chinese characters of a value (None under 3 steps)."""
    steps = [b - a for p in pieces if len(p.xs) == len(p.text)
             for i, (a, b) in enumerate(zip(p.xs, p.xs[1:], strict=False))
             if "\u4e00" <= p.text[i] <= "\u9fff" and "\u4e00" <= p.text[i + 1] <= "\u9fff"]
    return sorted(steps)[len(steps) // 2] if len(steps) >= 3 else None


ROOM_STEP = 1.0  # a short row's room is checked in pieces this many pitches wide (a thin 一 is a small share of a wide room)


def _short_rows(pieces: list[Piece] | None) -> dict[int, list[tuple[Box, Box]]]:
    """Rows of a wrapped value (indices of `piece_rows`), all but the last, that stop short of the
    column's edge (0.85 pitch, or 0.9 of a line height, or more), with the room each left: its page
    boxes, from the row's end to the column's edge in steps of about a pitch, and the row's box.

    Why a short row may be whole: not every layout breaks a row where the next character stops
    fitting. Typesetting (a word processor, a print-out of the card's data, a copy laid out again)
    never breaks inside a number (`…28栋2单元` + `303室`); a layout that wraps at a count of
    characters (11 per row, whatever their width) leaves the rows holding digits short
    (`…人民` + `南路366号13栋2单` + `元701室`); a template's frame may be narrower on one row. What a
    row lost is a character the detector did not box (a thin 一, a faint 1): it stands in the room,
    so the value stands only when each step of the room is blank paper (`reader.confirm_row_end`).
    A character washed out by a glare leaves paper too: `reader.distrust_glare` judges those."""
    if not pieces:
        return {}
    rows = piece_rows(pieces)
    pitch = _cjk_pitch(pieces)
    if len(rows) < 2 or not pitch:
        return {}
    h = sorted(p.box[3] - p.box[1] for p in pieces)[len(pieces) // 2]
    edge = max(p.box[2] for p in pieces)
    out: dict[int, list[tuple[Box, Box]]] = {}
    for i, row in enumerate(rows[:-1]):
        end = max(p.box[2] for p in row)
        if edge - end < min(SHORT_ROW * pitch, 0.9 * h):
            continue
        y1, y2 = min(p.box[1] for p in row), max(p.box[3] for p in row)
        line = (min(p.box[0] for p in row), y1, end, y2)
        n = max(1, round((edge - end) / (ROOM_STEP * pitch)))
        step = (edge - end) / n
        out[i] = [((end + k * step, y1, end + (k + 1) * step, y2), line) for k in range(n)]
    return out


def _row_slack(pieces: list[Piece] | None) -> list[float]:
    """For each row of a wrapped value, the paper left between its end and the column's edge (the
    furthest row end), in character pitches (the median step between neighbouring Chinese
    characters); [] for one row or an unknown pitch. The card wraps a row when the next character
    does not fit: a row but the last that leaves a character's room lost its last character (a
    thin 一 the detector did not box)."""
    if not pieces:
        return []
    rows = piece_rows(pieces)
    pitch = _cjk_pitch(pieces)
    if len(rows) < 2 or pitch is None:
        return []
    edge = max(p.box[2] for p in pieces)
    return [(edge - max(p.box[2] for p in row)) / pitch for row in rows] if pitch > 0 else []


# the last character of an address's parts (road, estate, building, room): before a number or at the end
ADDRESS_ENDS = frozenset("路街道巷弄里坊村庄屯组队号栋幢楼座层室门苑园院寓厦城湾居")
# how a licence's 住所 / 经营场所 ends: a part of the address (road, village, building, room — the
# ADDRESS_ENDS), a stall or shop (…商铺, …摊位, …厂房, …车间, …门面, …底商), a place beside
# something (…路东侧, …交叉口, …旁, …附近, …西100米, …东北角), a counter (…专柜, …孵化器), a complex's name as estates, markets
# and plots end (…大厦, …广场, …中心, …村委会, …地块), or a number in words (…18号之一)
LICENCE_ADDRESS_LAST = ADDRESS_ENDS | frozenset("铺位侧房内间面库场区口处旁边东西南北段厅店馆部社所站厂仓棚档亭心市镇乡"
                                                "庭府邸墅岛谷港汇荟都际近米角首头商舍会地块器柜一二三四五六七八九十")


def _char_readings(value: list[Piece] | None) -> tuple[str, list, list[str], list[float]] | None:
    """A value's text, its characters' (probability, runner-up, its probability), and the copies of
    its characters and probabilities a grammar settles in place; None when there is no value or a
    piece lost its per-character readings (nothing to settle then)."""
    if not value or any(len(p.chars) != len(p.text) for p in value):
        return None
    text = "".join(p.text for p in value)
    chars = [c for p in value for c in p.chars]
    return text, chars, list(text), [c[0] for c in chars]


def _address_ends(value: list[Piece] | None, ends: frozenset[str] = ADDRESS_ENDS) -> list[Piece] | None:
    """Let the address's grammar decide between the recogniser's two best readings of a doubtful
    character right before a number or at the address's end, where a part of the address ends:
    when exactly one of them is such an ending (雅苑3栋, not 雅范3栋), it is taken and counts as
    sure. Nothing else changes. (`ends`: a licence's or permit's address ends in more ways — a
    shop, a centre, a side of a road: `LICENCE_ADDRESS_LAST`, so neither of 中心 / 中园 is chosen.)"""
    read = _char_readings(value)
    if read is None:
        return value
    text, chars, out, probs = read
    for i, (prob, alt, alt_prob) in enumerate(chars):
        alt = to_halfwidth(alt)
        if prob >= PLACE_DOUBT or len(alt) != 1 or not (i == len(text) - 1 or text[i + 1].isdigit()):
            continue
        mine, other = text[i] in ends, alt in ends
        if mine != other:
            out[i] = text[i] if mine else alt
            probs[i] = prob + alt_prob
    return _settled(value, out, probs, chars, keep_xs=True)


_NUMBERED = "号室层楼弄"  # what follows a number in an address, never a letter (`1栋` may be `A栋`: not here)
_STREET = "路街道巷"  # what a house number follows


def _address_numbers(value: list[Piece] | None) -> list[Piece] | None:
    """Let an address's numbers settle the recogniser's doubts that only their print explains:
    between two digits a house number's sub-number dash is printed, never a decimal point
    (`79-9号`, the `-` read at 0.71 against `.`); and a `1` against `I`, `l` or `|` (the same
    upright stroke) is the digit where a number stands — beside a digit or the dash, after a
    street, or before 号/室/层/楼/弄; a letter between two digits whose runner-up is a digit is that
    digit (`2O8号`, 0 the runner-up). The settled character counts as sure; nothing else changes."""
    read = _char_readings(value)
    if read is None:
        return value
    text, chars, out, probs = read
    for i, (prob, alt, alt_prob) in enumerate(chars):
        alt = to_halfwidth(alt)
        left, right = text[i - 1:i], text[i + 1:i + 2]
        if prob >= PLACE_DOUBT or not alt:
            continue
        if {text[i], alt} == {"-", "."} and left.isdigit() and right.isdigit():
            out[i], probs[i] = "-", prob + alt_prob
        elif text[i].isascii() and text[i].isalpha() and alt.isdigit() and left.isdigit() and right.isdigit():
            out[i], probs[i] = alt, prob + alt_prob  # (`2O8号`, 0 the runner-up: no letter stands there)
        elif text[i] == "1" and alt in "Il|" and (left.isdigit() or right.isdigit() or "-" in (left, right)
                                                    or (left and left in _STREET) or (right and right in _NUMBERED)):
            probs[i] = prob + alt_prob
    return _settled(value, out, probs, chars, keep_xs=True)


def _unread_end(piece: Piece) -> bool:
    """The detector's box runs on well past the recogniser's first or last character (more than
    ~a character's width of ink beyond its centre): a faded or glared character at the end of
    the row was boxed but not read, and the joined address would skip it (`教` + faded `工`)."""
    if len(piece.xs) != len(piece.text) or not piece.xs:
        return False
    return _box_past_last(piece) or _box_before_first(piece)


def _box_before_first(piece: Piece) -> bool:
    """The piece's box starts well before its first read character (known positions only)."""
    if len(piece.xs) != len(piece.text) or not piece.xs:
        return False
    h = max(1.0, piece.box[3] - piece.box[1])
    # (boxes start a little more loosely before a row's first character than they end after its last)
    return piece.xs[0] - piece.box[0] > UNREAD_END * h + 0.2 * h


def _box_past_last(piece: Piece) -> bool:
    """The piece's box runs on past its last read character by more than UNREAD_END line heights."""
    return piece.box[2] - piece.xs[-1] > UNREAD_END * max(1.0, piece.box[3] - piece.box[1])


# A value's first row whose box starts this many line heights before the recogniser's first character
# (beyond UNREAD_END's loose start) holds ink boxed and not read at the value's head: a seal stamped over
# the name's first characters, the detector boxing the row whole and the recogniser reading on after the
# red ring (ZO zo_0126 `和服装店` for 金水区正和服装店: the box starts 3.3 heights before 和). 0: off.
# Measured on every recorded 营业执照 name of X, ZC–ZO (see docs/capture-ocr.md, session 30).
HEAD_UNREAD = 1.0


def _head_unread(pieces: list[Piece] | None) -> bool:
    """The value's first piece (its first row's, known positions running left to right) starts
    HEAD_UNREAD + UNREAD_END line heights before its first read character: its head was not read."""
    if not HEAD_UNREAD or not pieces:
        return False
    q = min(pieces, key=lambda o: (o.box[1], o.box[0]))
    if len(q.xs) != len(q.text) or not q.xs or not all(b > a for a, b in zip(q.xs, q.xs[1:], strict=False)):
        return False
    h = max(1.0, q.box[3] - q.box[1])
    return q.xs[0] - q.box[0] > (UNREAD_END + HEAD_UNREAD) * h


def _any_end_unread(pieces: list[Piece] | None) -> bool:
    """`_unread_end` at the end side only, for any of `pieces` (`1000万元` in a box that also holds
    the 整 under a seal): ink at the row's end was boxed but not read. Only where the recogniser's
    positions run left to right (else they say nothing)."""
    return any(len(q.xs) == len(q.text) >= 2 and all(b > a for a, b in zip(q.xs, q.xs[1:], strict=False))
               and _box_past_last(q) for q in pieces or ())


def _short_row(pieces: list[Piece], lines: list[Line]) -> bool:
    """The value's last row stops two characters or more short of the right edge of its column
    (the rows of other values that start where it starts)."""
    first, last = min(pieces, key=lambda q: q.box[0]), max(pieces, key=lambda q: (q.box[1], q.box[2]))
    h = first.box[3] - first.box[1]
    edge = max((ln.x2 for ln in lines if abs(ln.x1 - first.box[0]) < 1.5 * h), default=last.box[2])
    return last.box[2] < edge - 2 * h


# an address that stops at a street's name lost its house number (glare, a seal, a missed row)
_STREET_END = re.compile(r"(路|街|大道|巷|弄|胡同|街道)$")
# a suite of an office or shop building (…11层17单元, …大厦1001单元): a 单元 after a floor or numbered
# as a room is the door itself. A building's stair unit (…3栋2单元) is followed by its flat's number,
# which a missed row may have taken. A suite split into parts keeps its part's number before 单元
# (…B1层101-3单元: part 3 of suite 101 on floor B1 — AA's licences, blanked `address ends abruptly`;
# `SUITE_PART`, False: off). Only after its floor: `…1332室101-3单元` is such an address with `B1层` lost.
SUITE_PART = True
_SUITE_END = re.compile(r"(层\d{1,4}|(?<!\d)\d{3,4})单元$")
_SUITE_PART_END = re.compile(r"层[A-Z]?\d{1,4}[-－]\d{1,2}单元$")
# a flat's number after its building (…4单元802, …16号楼706): a room is 3–4 digits (floor, room)
# — or after a part of a floor (…3幢1层B区110, …2层东侧101: the floor's side or zone, then its room)
# — or a shop's room on a floor split into parts (…中心大厦1层453-1: room 453 of floor 1, its part 1)
ROWS_COMPLETE = True  # a licence 住所 ending in a flat's number, the next row at the form's pitch: whole (False: paper check)
_FLAT_END = re.compile(r"(单元|栋|幢|号楼|座|层[东西南北中]?[A-Z]?[侧区])\d{3,4}$|层\d{3,4}-\d{1,2}$")


# a room numbered on a floor of a numbered building (…9号院7号楼2层625, …3幢6层1203): the floor's room
# printed after the floor without 室, as a flat's number is after its building or unit (what a Beijing-
# style 号院 address prints; an ID card's 住址 takes it through `_ROOM_END`) (False: still cut short)
FLOOR_ROOM = True
_FLOOR_ROOM = re.compile(r"(?:座|栋|幢|楼)\d{1,3}层\d{3,4}$")


def _flat_end(addr: str) -> bool:
    """A licence's or permit's address ending in a flat's number (`_FLAT_END`) or a room on a
    building's floor (`_TOWER_ROOM`, `_FLOOR_ROOM`)."""
    return bool(_FLAT_END.search(addr) or TOWER_ROOM and _TOWER_ROOM.search(addr)
                or FLOOR_ROOM and _FLOOR_ROOM.search(addr))


# a street number with sub-numbers (`路19-6`, `街3-2-1`) ending an address: its `号` is missing
_SUB_NUMBER_END = re.compile(r"[\u4e00-\u9fff]\d+(?:[-—－]\d+)+$")


def _row_pitch(lines: list[Line], x1: float, x2: float) -> float | None:
    """The usual distance between the centres of neighbouring rows of a form column [x1, x2]."""
    col = [ln for ln in lines if ln.x1 < x2 and ln.x2 > x1]
    if not col:
        return None
    h = sorted(ln.h for ln in col)[len(col) // 2]
    rows: list[float] = []
    for cy in sorted(ln.cy for ln in col):
        if not rows or cy - rows[-1] > 0.5 * h:
            rows.append(cy)
    steps = sorted(b - a for a, b in zip(rows, rows[1:], strict=False))
    return steps[len(steps) // 2] if steps else None


def _ends_complete(pieces: list[Piece], lines: list[Line], label_x: float) -> bool:
    """The value's last row is followed by the next row of the form at the form's usual row pitch:
    no row of it lies between that the detector could have missed."""
    last = max(pieces, key=lambda p: p.box[3])
    x2 = max(p.box[2] for p in pieces)
    h = last.box[3] - last.box[1]
    cy = (last.box[1] + last.box[3]) / 2
    pitch = _row_pitch(lines, label_x, x2)
    below = [ln.cy for ln in lines if ln.cy > cy + 0.6 * h and ln.x1 < x2 and ln.x2 > label_x]
    return bool(pitch and below and min(below) - cy < pitch + 0.5 * h)


def _first_row_short(pieces: list[Piece], lines: list[Line]) -> bool:
    """A wrapped value's first row stops two characters or more short of its column's right edge
    (the furthest right end of the lines of the value's print size starting at its left edge — a
    title in large print is not the column): its next row is no wrap of it."""
    first = pieces[0]
    h = first.box[3] - first.box[1]
    head = [q for q in pieces if q.box[1] <= first.box[1] + 0.5 * h]
    if len(head) == len(pieces):
        return False
    x0 = first.box[0]
    edge = max((ln.x2 for ln in lines if abs(ln.x1 - x0) < 1.5 * h and 0.6 * h < ln.h < 1.6 * h), default=first.box[2])
    return max(q.box[2] for q in head) < edge - 2 * h


# a registered name starts with a character — a place's or its 字号's —, never a mark: a copy's speck read
# before it as a middle dot (`·北京和顺物流有限公司…`, ZY zy_0033 at 0.93, `・` second) is left out, as a
# sex's or a person name's is (`_without_lead_marks`: only when the mark's runner-up is no character either)
# (False: the mark is read into the name, a wrong pre-fill)
NAME_LEAD_MARK = True


def _permit_name(pieces: list[Piece] | None, lines: list[Line]) -> tuple[list[Piece] | None, bool]:
    """A permit's name and whether its rows are doubtful: a second row under a first row that stops
    short of the column's edge (`_first_row_short`), or that turns a complete name (…有限公司) into
    one ending otherwise, is the next field's value whose label was not read — left out when the
    first row is a complete name by itself, else the name is doubtful."""
    pieces = _without_lead_marks(pieces) if NAME_LEAD_MARK else pieces
    if not pieces or len(pieces) < 2:
        return pieces, False
    h = pieces[0].box[3] - pieces[0].box[1]
    head = [q for q in pieces if q.box[1] <= pieces[0].box[1] + 0.5 * h]
    if len(head) == len(pieces):
        return pieces, False
    text_head, text_all = "".join(q.text for q in head), "".join(q.text for q in pieces)
    if _first_row_short(pieces, lines) or (text_head.endswith(NAME_ENDINGS) and not text_all.endswith(NAME_ENDINGS)):
        return (_keep(pieces, head), False) if text_head.endswith(NAME_ENDINGS) else (pieces, True)
    return pieces, False


def without_dated_mark(pieces: list[Piece] | None) -> list[Piece] | None:
    """A permit's name whose row runs on, past the name, into a copy stamp's handwritten signature
    and date (`…科技有限公司` + `杨海晨2026.9.23`, a box of its own): a date is no part of a registered
    name. The dated box is left out when the name before it ends in its holder's form (…公司, …店)."""
    if not pieces or len(pieces) < 2 or not re.search(r"(?:19|20)\d\d[.\-/年]\d{1,2}", pieces[-1].text):
        return pieces
    rest = list(pieces[:-1])
    if not "".join(q.text for q in rest).endswith(NAME_ENDINGS + ORG_FORMS + PREMISES_FORMS):
        return pieces
    out = _keep(pieces, rest)
    h = rest[0].box[3] - rest[0].box[1]
    if all(abs(q.box[1] - rest[0].box[1]) < 0.5 * h for q in rest):
        out.hole = False  # (the gap on the name's row was the one before the dated box, now left out)
    return out


def seal_marks_only(pieces: list[Piece] | None, one_row: list[Piece] | None, lines: list[Line]) -> list[Piece] | None:
    """A permit's name on one row, marked as having a hole only because of boxes right under it that
    are a round seal's loose characters (each one character read weakly: the arc's letters stand
    rotated) is whole: the name is complete (it ends in its holder's form, …馆), its row stops
    well short of the form's value column (a name wraps only when its row is full), and the row
    read alone has no hole. Anything else under it (a row of print, read surely) still counts."""
    if not pieces or not getattr(pieces, "hole", False) or not one_row or getattr(one_row, "hole", False) \
            or len(pieces) != len(one_row):
        return pieces
    text = "".join(q.text for q in pieces)
    if not re.sub(r"\([^()]*\)$", "", text).endswith(NAME_ENDINGS + ORG_FORMS + PREMISES_FORMS):
        return pieces
    x_lo, x_hi = min(q.box[0] for q in pieces), max(q.box[2] for q in pieces)
    top, bottom = min(q.box[1] for q in pieces), max(q.box[3] for q in pieces)
    h = bottom - top
    edge = max((ln.x2 for ln in lines if 0.6 * h < ln.h < 1.6 * h and ln.x1 < x_hi), default=x_hi)
    if x_hi > edge - 2 * h:
        return pieces
    under = [o for o in lines if bottom - 0.3 * o.h < o.y1 < bottom + 0.8 * o.h
             and min(o.x2, x_hi) - max(o.x1, x_lo) > 0.5 * (o.x2 - o.x1)]
    if not under or any(len(o.text) > 1 or o.score >= NAME_CHAR for o in under):
        return pieces
    out = Value(pieces)
    out.hole = False
    return out


# a permit's name whose boxes overlap on one row (`_read_twice`) is not pre-filled: one of them is other
# print there (ZT zt0056; False: off)
PERMIT_NAME_TWICE = True


# an entity's registered name that begins with a place's name one character off inside it — the place's
# first and last characters as GB/T 2260 prints them, one between them other (`乌鲁术齐…` for 乌鲁木齐, AF
# af_0018, a 食品经营许可证's 经营者名称 with 术 read sure) — had that character misread: a firm names its
# place first, and a 字号 that is a place's name with one inner character changed is no word anyone
# registers. Only a name no place's name starts (the place read whole is never doubted) and only places
# whose name without its ending (市, 县, 区, 省, 旗) is three characters or more (乌鲁木齐, 石家庄, 呼和浩特):
# with the ending counted, `惠民市场…` is one character off 惠州市. Not pre-filled (`doubtful_character`;
# False: off)
PLACE_HEAD_ONE_OFF = True
_PLACE_ENDINGS = "省市县区旗"


@cache
def _head_place_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The places' names without their ending, three characters or more (乌鲁木齐, 黑龙江), and their
    masks: each such name with one inner character put as NUL."""
    stems = {n[:-1] for n in region_names() if n[-1:] in _PLACE_ENDINGS and len(n) >= 4 and "自治" not in n}
    stems |= {n for n in province_names() if len(n) >= 3 and n[-1:] not in _PLACE_ENDINGS}
    masks = {n[:i] + "\0" + n[i + 1:] for n in stems for i in range(1, len(n) - 1)}
    return frozenset(stems), frozenset(masks)


def place_head_misread(value: str) -> bool:
    """`PLACE_HEAD_ONE_OFF`: whether an entity name begins with a place's name (without its ending, three
    characters or more) one inner character off, and with no place's name as read."""
    if not PLACE_HEAD_ONE_OFF or len(value) < 4 or not _cjk(value[0]):
        return False
    stems, masks = _head_place_stems()
    names = _place_names()
    if any(value[:k] in names or value[:k] in stems for k in range(2, min(len(value), 10) + 1)):
        return False
    return any(value[:n][:i] + "\0" + value[:n][i + 1:] in masks
               for n in range(3, min(len(value) - 1, 8) + 1) for i in range(1, n - 1))


def place_head_doubt(f: FieldResult) -> FieldResult:
    """An entity name held back by `place_head_misread`."""
    if not f.value or f.flagged or not place_head_misread(f.value):
        return f
    return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note=PLACE_MISREAD,
                       weakest=f.weakest)


def permit_name_doubt(f: FieldResult, pieces: list[Piece] | None) -> FieldResult:
    """A permit's registered name with two characters the recogniser gave less than NAME_CHAR
    (`御唐坊` for 御膳坊: 御 0.88, 唐 0.82) was read poorly: the odds test settles one torn
    character, two weak ones in a name are a guess at a word. Not pre-filled (`doubtful_character`)."""
    if not f.value or f.flagged or not pieces:
        return f
    if PERMIT_NAME_TWICE and NAME_EVIDENCE and _read_twice(pieces):
        # (a tilted photo's 地址 row, boxed tall, over the name's own box: `址湖南省…2005室` + `长沙鑫源美容院`)
        return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note="read twice", weakest=f.weakest)
    probs = [c[0] for p in pieces if len(p.chars) == len(p.text) for c in p.chars]
    if sum(1 for prob in probs if prob < NAME_CHAR) >= 2:
        return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note="doubtful character",
                           weakest=f.weakest)
    return f


# A 食品经营许可证's or 卫生许可证's name (the permit's registered 经营者名称/单位名称) with a sign that its head
# was not read, the same signs `name_lost_character` reads on a 营业执照's 名称 — its first character standing
# NAME_LATE pitches right of where the values of its label column start (AJ aj_077 `平区武晓磊餐馆` for
# 和平区…, aj_138 `京安泰商贸有限公司` for 北京…: the head under a glare or faded, the detector boxing the
# row from its third or second character on), a step or a box end that shows a character lost — is
# not pre-filled (`lost character`). The column's starts are taken from values starting with a Chinese
# character only (`column_starts(cjk_only=True)`): a permit's 许可证编号 `JY…`, its dates and its code start
# with a digit or a letter whose centre stands half a Chinese pitch nearer the cell's start, and pulled the
# column's start left of a whole name (AI ai_012 `鼓楼区黄记小吃店`). A name is whole or blank: a name cut at its head still reads as a
# name. True: on; False: off (main's path: a permit's name was judged by its characters only).
PERMIT_NAME_LOST = True
# … and a permit's name that is its organisational form alone, or a 字号 shorter than NAME_MIN_STEM with
# it (AJ aj_079 `公司` for 义乌嘉禾美容美发店有限公司: only the row's tail boxed), is no name (`not a name`),
# as `NAME_MIN_STEM` says of a 营业执照's. True: on; False: off (main's path).
PERMIT_NAME_STEM = True


def permit_name_cut(f: FieldResult, pieces: list[Piece] | None, lines: list[Line], aliases: tuple[str, ...],
                    labels: tuple[str, ...]) -> FieldResult:
    """A permit's name blanked (flagged) when it is only a tail of the printed name (`PERMIT_NAME_STEM`,
    `PERMIT_NAME_LOST`); `f` as it was otherwise."""
    if not f.value or f.flagged or not pieces:
        return f
    stem = re.sub(r"\([^()]*\)$", "", f.value)
    if PERMIT_NAME_STEM and len(stem) < NAME_MIN_STEM and stem.endswith(NAME_ENDINGS + ORG_FORMS):
        return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note="not a name", weakest=f.weakest)
    if PERMIT_NAME_LOST and NAME_LOST and (why := name_lost_character(lines, aliases, pieces, labels, cjk_only=True)):
        return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note=why, weakest=f.weakest)
    return f


def _mark_first(addr: str) -> bool:
    """An address starting with a mark (`·吉林省…`: a speck or a seal's dot read before the place):
    an address starts with its place's name, so the mark stands where something was misread."""
    return bool(addr) and not ("\u4e00" <= addr[0] <= "\u9fff" or addr[0].isalnum())


# an address's registration note wrapped onto a row of its own under the address (…401室 + （集中登记地）,
# …721号 + （自主申报）): a bracketed phrase of a few Chinese characters and nothing else is the address's
# last part, not the next field's value under a row ending in a room (False: such a row makes it ragged)
REGISTRATION_NOTE_ROW = True
_NOTE_ROW = re.compile(r"^\([\u4e00-\u9fff]{2,8}\)$")


def _without_note_row(pieces: list[Piece] | None) -> list[Piece] | None:
    """The address's rows without a last row that is its bracketed registration note alone."""
    if not pieces or len(pieces) < 2:
        return pieces
    last = max(pieces, key=lambda q: q.box[1])
    h = last.box[3] - last.box[1]
    rest = [q for q in pieces if q is not last]
    if not _NOTE_ROW.match(to_halfwidth(last.text)) or any(q.box[3] > last.box[1] + 0.5 * h for q in rest):
        return pieces
    return rest


def _premises_address(addr: str, pieces: list[Piece] | None, lines: list[Line], label_x: float) -> FieldResult:
    """`_address_result` for a permit's 地址 / 住所 / 经营场所: an address stopping at a street's
    name is incomplete; one ending in a flat's number (…4单元802) is complete when nothing of it
    can have been missed — its rows are whole and the form's next row follows at the usual pitch."""
    if _mark_first(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="stray character before the place")
    if ADDRESS_STRAY_MARKS and any(c in ADDRESS_STRAY_MARKS for c in addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="punctuation in an address")
    if ADDRESS_STRAY_MARKS and _MARK_BEFORE_WORD.search(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note=MARK_BESIDE_NUMBER)
    if _division_lost(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="address starts inside a place name")
    if _digit_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="letter in a number")
    if UNIT_WORD_CHECK and _unit_word_misread(addr, pieces):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="measure word misread")
    if _unit_after_name(addr):
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address skips its parts")
    if _starts_inside_a_place(addr):
        whole = _province_head_restored(addr) if PROVINCE_HEAD_RESTORE else None
        if whole is not None and not _starts_inside_a_place(whole):
            return _premises_address(whole, pieces, lines, label_x)
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True,
                           note="address starts inside a place name")
    if len(addr) >= 4 and (_STREET_END.search(addr) or _address_cut_short(addr)):
        # (…涪城区龙: a curled page's row bent away from its box, or glare, took the rest of the row —
        # the last character ends no part of an address, as on a licence's 住所)
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="address ends abruptly")
    if len(re.findall(r"[(（]", addr)) != len(re.findall(r"[)）]", addr)):
        # (…工业园内17号厂房 without its closing bracket: the row's end was not read or is off the page)
        return FieldResult(addr, 0.5, join(pieces)[2] if pieces else None, flagged=True, note="unbalanced")
    rows = _without_note_row(pieces) if REGISTRATION_NOTE_ROW else pieces
    if rows and len(rows) >= 2 and (_first_row_short(rows, lines) or any(
            q.text.endswith("室") and q.box[3] < max(r.box[3] for r in rows) - 0.5 * (q.box[3] - q.box[1])
            for q in rows)):
        # a second row under a first row that stops well short of the column's edge, or under a
        # row ending in a room (an address's last part): the next field's value whose label was
        # not read, or a row that lost its end — not a wrap
        return FieldResult(addr, 0.5, join(pieces)[2], flagged=True, note="ragged rows")
    if ROOM_WRAPPED_UNDER_LABEL and pieces and re.search(r"\d$", addr) and _room_wrapped_below(pieces, lines, label_x):
        # (`…4单元2687` over a lone `室`: the value's cell has no hanging indent, and the word wrapped
        # back to the row's left edge, under the label — it ends the address, read on its own line)
        return _result(addr + "室", pieces, hairline=True)
    if pieces and _flat_end(addr) and not ragged(pieces) and not getattr(pieces, "hole", False) \
            and _ends_complete(pieces, lines, label_x):
        return _result(addr, pieces, hairline=True)
    return _address_result(addr, pieces)


ROOM_WRAPPED_UNDER_LABEL = True  # a lone `室` right under a permit address ending in a number ends it (False: not)


def _room_wrapped_below(pieces: list[Piece], lines: list[Line], label_x: float) -> bool:
    """Whether the line right under a permit address's last row is a lone `室` that starts left of the
    value's column, under its label (a word processor's table cell wraps a long value back to the
    cell's left edge): the flat's number above it is the room's, and the `室` its last character."""
    last = max(pieces, key=lambda p: p.box[3])
    h = last.box[3] - last.box[1]
    cy = (last.box[1] + last.box[3]) / 2
    x0, x2 = min(p.box[0] for p in pieces), max(p.box[2] for p in pieces)
    below = sorted((ln for ln in lines if ln.cy > cy + 0.6 * h and ln.x1 < x2 and ln.x2 > label_x - h),
                   key=lambda ln: ln.cy)
    return bool(below) and below[0].text == "室" and below[0].cy - cy < 1.6 * h and below[0].x2 <= x0 + 0.3 * h


# a licence's copy marker (`(正本)`, `(副本)`), printed beside the title or the first row: read
# onto the end of the row's value it is no part of it — no name, address or number ends in it
COPY_MARKER = re.compile(r"[(（](正本|副本)[)）]$")
COPY_MARKER_CUT = True  # (False: a value ending in a copy marker is kept as read)


def _name_value(text: str) -> str:
    text = text.strip(":：,，.。")
    if COPY_MARKER_CUT and len(text) > 6:
        text = COPY_MARKER.sub("", text).rstrip(":：,，.。 ")
    return text


def _person_name(text: str) -> str:
    """A person's name as printed: the middle dot of a transliterated name (买买提·艾力) as the
    one character the registers use, whichever dot the recogniser returned."""
    return re.sub(r"(?<=[\u4e00-\u9fff])[•・.．‧∙⋅·](?=[\u4e00-\u9fff])", "·", _name_value(text))


_DOTS = "·•・.．‧∙⋅"  # the middle dots a transliterated name is read with
_DOT_LIKE = _DOTS + ":：;；,，、"  # and what a recogniser confuses them with
NAME_DOT_RIVAL = 0.05  # a name's dot whose runner-up has less than this: no other mark competed


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_dots(pieces: list[Piece] | None) -> list[Piece] | None:
    """A transliterated name's middle dot read with a doubt between dot-like marks, or with no other
    character in doubt (`·` 0.84, `：` 0.002 second: a thin mark shares its frames with the
    recogniser's blank): between two characters of a person's name only the dot can stand, so the
    mark is a sure `·`. Other characters keep their doubt."""
    if not pieces:
        return pieces
    out, changed = [], False
    for p in pieces:
        if len(p.chars) != len(p.text):
            out.append(p)
            continue
        text, chars = list(p.text), list(p.chars)
        for i, (ch, (prob, alt, ap)) in enumerate(zip(p.text, p.chars, strict=True)):
            alt = to_halfwidth(alt) if alt else ""
            if not (0 < i < len(text) - 1 and _cjk(p.text[i - 1]) and _cjk(p.text[i + 1])):
                continue
            twin = bool(alt) and alt in _DOT_LIKE and (ch in _DOTS or alt in _DOTS)
            if ch in _DOT_LIKE and twin or ch in _DOTS and ap < NAME_DOT_RIVAL:
                sure = max(prob + ap if twin else prob, 1.0 - ap if ch in _DOTS else 0.0)
                text[i], chars[i], changed = "·", (sure, alt, ap), True
        out.append(Piece("".join(text), p.score, p.box, tuple(chars), p.xs))
    return _keep(pieces, out) if changed else pieces


@lru_cache(maxsize=1)
def _traditional_twins() -> dict[str, str]:
    """Traditional characters → their one simplified form (OpenCC's table, filtered: see the file)."""
    text = resources.files("resources.standards").joinpath("opencc_ts_characters.txt").read_text(encoding="utf-8")
    return dict(ln.split("\t", 1) for ln in text.splitlines() if ln and not ln.startswith("#"))


def _twins_sure(pieces: list[Piece] | None) -> list[Piece] | None:
    """A character whose runner-up is only its own traditional form (`强` 0.87, `強` second): the
    recogniser's charset holds both forms of many characters and splits its certainty between them,
    while names are registered and printed in simplified characters — the two readings are one
    character, as a full-width twin is (`to_lines`). Its probability is the two added. The other
    way round too (`別` 0.54, `别` second): the first reading is the traditional form of its
    runner-up, so the character is the simplified one, as printed."""
    if not pieces:
        return pieces
    twins = _traditional_twins()
    out, changed = [], False
    for p in pieces:
        if len(p.chars) != len(p.text):
            out.append(p)
            continue
        text, chars = list(p.text), []
        for i, (ch, (prob, alt, ap)) in enumerate(zip(p.text, p.chars, strict=True)):
            if alt and twins.get(alt) == ch:
                chars.append((prob + ap, alt, ap))
            elif alt and twins.get(ch) == alt:
                text[i] = alt
                chars.append((prob + ap, ch, prob))
            else:
                chars.append((prob, alt, ap))
        changed = changed or chars != list(p.chars)
        out.append(Piece("".join(text), p.score, p.box, tuple(chars), p.xs))
    return _keep(pieces, out) if changed else pieces


def _nation_twins(pieces: list[Piece] | None) -> list[Piece] | None:
    """A nation's character whose runner-up is the same character in its other form (`汉` 0.78 with
    `漢` second, or `漢` 0.79 with `汉` second): the nation is normalised to its simplified name
    (`_TRAD`), so both readings are one nation and the character's probability is the two added.
    Unlike a name's (`_twins_sure`) this holds both ways: a traditional first reading is
    normalised too, so it can never reach the form as written."""
    if not pieces:
        return pieces
    twins = _traditional_twins()

    def simp(ch: str) -> str:
        return twins.get(ch, ch).translate(_TRAD)

    out, changed = [], False
    for p in pieces:
        if len(p.chars) != len(p.text):
            out.append(p)
            continue
        chars = [(prob + ap, alt, ap) if alt and alt != ch and simp(alt) == simp(ch) else (prob, alt, ap)
                 for ch, (prob, alt, ap) in zip(p.text, p.chars, strict=True)]
        changed = changed or chars != list(p.chars)
        out.append(Piece(p.text, p.score, p.box, tuple(chars), p.xs))
    return _keep(pieces, out) if changed else pieces


def _name_shaped(value: str) -> bool:
    """A person's name as registers print it: up to six characters, or a transliterated name
    whose parts the middle dot joins (古丽娜尔·吐尔逊) — never a dot at either end."""
    if not _CJK_NAME.match(value):
        return False
    parts = re.split(r"[·•]", value)
    return len(value) <= 6 if len(parts) == 1 else all(parts) and len(value) <= 20


def _rep_shaped(value: str) -> bool:
    """A licence's 法定代表人 / 负责人 / 经营者 as a person's name: two to four characters (a
    one-character surname and one or two given characters, or a two-character surname), or a
    transliterated name whose parts the middle dot joins (帕提古丽·司马义). A longer name without
    its dot lost it (the recogniser drops a thin `·`), a lone character lost the rest."""
    if not _name_shaped(value):
        return False
    if re.search(r"[·•]", value):
        return True
    # a two-character surname (诸葛, 令狐) may have a three-character given name: five in all
    return 2 <= len(value) <= 4 or len(value) == 5 and value[:2] in COMPOUND_SURNAMES


# the two-character surnames in use (《百家姓》's 复姓 that people still carry): a name starting with one
# has room for a three-character given name
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "独孤", "南宫", "西门", "端木", "澹台", "百里", "呼延", "申屠", "万俟", "闻人", "赫连",
    "濮阳", "太史", "钟离", "宗政", "公冶", "拓跋", "司空", "东郭", "左丘", "梁丘", "第五", "羊舌", "仲孙"})


# common Chinese surnames (the 百家姓's frequent single ones): a person's name begins with one of them
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "傅洪赖阎萧习丘钮寿")  # (frequent ones the first list missed: 傅 and 洪 rank in the top hundred)


def _surname_sure(pieces: list[Piece] | None) -> list[Piece] | None:
    """A person's name whose first character the recogniser split between a surname and a
    character no one is named after (`莫` 0.79, `奠` 0.20 second): a name begins with its
    surname, so the two readings are one character, the surname, and its probability is the two
    added. A doubt between two surnames (`王`/`玉`), or against a mark, stays a doubt."""
    if not pieces or len(pieces[0].chars) != len(pieces[0].text):
        return pieces
    first = pieces[0]
    k = next((i for i, ch in enumerate(first.text) if ch not in ":：,，.。"), None)
    if k is not None and first.text[k] not in SURNAMES and first.text[k:k + 2] not in COMPOUND_SURNAMES:
        return _surname_runner_up(pieces, k)
    if k is None:
        return pieces
    prob, alt, ap = first.chars[k]
    alt = to_halfwidth(alt) if alt else ""
    if not (prob < 1.0 and len(alt) == 1 and _cjk(alt) and alt not in SURNAMES):
        return pieces
    chars = list(first.chars)
    chars[k] = (prob + ap, alt, ap)
    return _keep(pieces, [Piece(first.text, first.score, first.box, tuple(chars), first.xs), *pieces[1:]])


SURNAME_RUNNER_UP = 0.02  # a runner-up surname at this probability replaces a first character no one carries (0: off)


def _surname_runner_up(pieces: list[Piece], k: int) -> list[Piece]:
    """A short name (two or three characters, no dot) whose first character is no surname while
    the recogniser's runner-up for it is one (`漕` 0.91, `曹` 0.08 second, of 曹菊玉): a Chinese
    name begins with its surname, so the surname is the reading and the two probabilities are
    one. Names that truly begin outside the surname list are rare (2 of 2,312 short names on the
    development families) and keep their reading unless the recogniser offered a surname in doubt;
    a transliterated name (with its dot, or longer) is left as read."""
    first = pieces[0]
    name = "".join(q.text for q in pieces)[k:]
    if not SURNAME_RUNNER_UP or not 2 <= len(name) <= 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return pieces
    prob, alt, ap = first.chars[k]
    alt = to_halfwidth(alt) if alt else ""
    if not (prob < 1.0 and len(alt) == 1 and alt in SURNAMES and ap >= SURNAME_RUNNER_UP):
        return pieces
    chars = list(first.chars)
    chars[k] = (prob + ap, first.text[k], prob)
    text = first.text[:k] + alt + first.text[k + 1:]
    return _keep(pieces, [Piece(text, first.score, first.box, tuple(chars), first.xs), *pieces[1:]])


def _partner_entity(value: str) -> bool:
    """A market entity as a partnership's 执行事务合伙人: a registered name of Chinese characters
    (with its bracketed kind, `…(有限合伙)`), a place or 字号 before a trade and its organisational
    form last (…有限公司, …合伙企业(有限合伙)) — six characters at least, brackets balanced."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,}[\u4e00-\u9fff()]*", value) or value.count("(") != value.count(")"):
        return False
    core = re.sub(r"\([^()]*\)$", "", value)
    return len(core) >= 6 and core.endswith(NAME_ENDINGS) and (
        "(" not in value or value.endswith("合伙)") or core.endswith("公司"))


CARD_LONG_NAME = True  # a long card name with no dot and no surname first is no name (False: off)
CARD_FIVE_NEEDS_COMPOUND = True  # a 汉 card's name of five characters or more without a dot starts with a 复姓 (False: off)
# … and one of four characters starts with a surname or a 复姓 (a single surname and a three-character given
# name, or a 复姓 and two): four characters without either is other print boxed on before a two-character
# name — AF af_0053 `补交赵秀`, a handwritten `补交` (a clerk's "to be handed in") written before 赵秀 and read
# with it. Two- and five-character names were held so already (NAME_NO_SURNAME, above); three are not (木军丽,
# 扬英豪, 保敏芳 are true names beginning outside the list). Only a 汉 card: a Tibetan name prints four
# characters whole without a dot (扎西顿珠, 次仁央宗). (False: off)
CARD_FOUR_NEEDS_SURNAME = True


NAME_NO_SURNAME = True  # a two-character person's name whose first character is no surname is not pre-filled (False: off)
NO_SURNAME = "no surname"  # its note; it keeps the reading's `weakest` (a second reading must be surer: `reader.fill_blank_fields`)


def no_surname(value: str) -> bool:
    """A person's name of two Chinese characters that does not begin with a surname (`SURNAMES`,
    after `_surname_runner_up` had its chance). A two-character name is a surname and one given
    character: one whose first is none lost its surname (`曦鑫` of 姜曦鑫 on a fax, `然怡` of 赵然怡) or
    had it misread (`旧志` for 田志, `英兰` for 莫兰, `挂红` of 魏桂红). Of the 621 two-character names
    in the truth of every cached set, none begins outside the list (three three-character names do:
    木军丽, 扬英豪, 保敏芳 — hence two characters only); a rare surname loses a pre-fill, a blank."""
    return NAME_NO_SURNAME and len(value) == 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", value)) \
        and value[0] not in SURNAMES


def _card_name_shaped(value: str) -> bool:
    """A name as an ID card prints it: a surname and a given name, so two characters at least,
    and a transliterated name's parts joined by the middle dot, none of them empty. Five
    characters or more without a dot start with a surname (a 复姓 with a three-character given
    name, or a minority name that begins with one): a longer run of words without either is other
    print over the name's place (`缺法人签字`, a sticky note's words), not the holder's name."""
    parts = re.split(r"[·•]", value)
    if CARD_LONG_NAME and len(parts) == 1 and len(value) >= 5 and value[0] not in SURNAMES \
            and value[:2] not in COMPOUND_SURNAMES:
        return False
    return len(value) >= 2 and all(parts)


def _han_name_too_long(name: str, nation: FieldResult) -> bool:
    """`CARD_FIVE_NEEDS_COMPOUND`: a card whose 民族 reads 汉 prints a Han name — a single surname and one or
    two given characters, or a 复姓 and up to three — so five characters or more without a dot and without
    a 复姓 first is the name with other print boxed on (`姚文雨共办`, a copy watermark's slanted 供办 read
    with it). Only a 汉 card: a Mongolian or Tibetan name is printed whole without a dot (`那顺乌日图`)."""
    if nation.value != "汉" or nation.flagged or re.search(r"[·•]", name) or name[:2] in COMPOUND_SURNAMES:
        return False
    if CARD_FOUR_NEEDS_SURNAME and len(name) == 4 and name[0] not in SURNAMES:
        return True  # (`补交赵秀`: a four-character Han name begins with a surname)
    return CARD_FIVE_NEEDS_COMPOUND and len(name) >= 5


NAME_EVIDENCE = True  # a licence's person name read twice or glued to a misread label end is not pre-filled (False: off)
NAME_TWICE = 0.5  # two boxes of one row overlapping by this share of the narrower: the same print read twice


def weak_name_evidence(lines: list[Line], aliases: tuple[str, ...], pieces: list[Piece] | None,
                       value: str | None = None) -> str:
    """Why a person's name read after one of `aliases` cannot be trusted, or "". A name is two to
    four characters, each the whole value: one character gained or lost is a wrong pre-fill that
    reads like a name (`刘涛燕刘`, `梅胜` for 孔梅胜). Two signs of it, from the reading alone:
    - two of its boxes on one row overlap (by NAME_TWICE of the narrower): the detector boxed the
      label with the name's first character (`经营者刘`) and the name again (`刘涛燕`) — one print
      read twice, so the joined value repeats a character;
    - it follows its label in one box, the label found with its last character misread in doubt
      (below NAME_CHAR: `执行事务合伙札梅胜`, 札 at 0.76 for `人孔` printed tight together): the label's
      last character and the name's first were read as one, and the name lost its surname."""
    if not NAME_EVIDENCE or not pieces:
        return ""
    if no_surname(value if value is not None else _person_name("".join(q.text for q in pieces))):
        return NO_SURNAME
    if _read_twice(pieces):
        return "read twice"
    if NAME_LOST and (why := name_lost_character(lines, aliases, pieces)):
        return why
    found = find_label(lines, aliases)
    if found is None:
        return ""
    ln, _, end = found
    if NAME_LOST and _label_head_below(ln, pieces):
        return "label read as a name"
    alias = next((a for a in aliases if ln.text.startswith(a)), None)
    if alias is not None and NAME_LABEL_TAIL and ln.text == alias and _tail_in_doubt(ln, pieces):
        return "label end misread"
    if alias is not None or end >= len(ln.text) or end < 1:
        return ""  # (the label read whole, or no value in its box)
    k = end - 1
    glued = pieces[0].box[0] < ln.x2 and pieces[0].text and ln.text[end:].lstrip(":：").startswith(pieces[0].text[:1])
    want = next((a for a in aliases if len(a) == end and sum(x != y for x, y in zip(ln.text[:end], a, strict=True)) <= 1), "")
    if glued and want and ln.text[k] != want[-1] and ln.char_info(k, k + 1)[0][0] < NAME_CHAR:
        return "label end misread"
    if NAME_LABEL_OVERPRINT and glued and want and ln.text[k] != want[-1] and _CJK_NAME.match(ln.text[k]):
        alt = ln.char_info(k, k + 1)[0][1]
        if alt != want[-1] and ln.text[k] not in LABEL_CONFUSIONS.get(want[-1], ""):
            return "label end overprinted"
    return ""


# a name glued to its label whose last character was read, sure, as a character that is no look-alike of
# it (neither a usual confusion nor the recogniser's runner-up) is not pre-filled: the label's last
# character and the name's first were printed over each other (a layout spacing a five-character
# 法定代表人 at the four-character labels' pitch), and what was read there is the name's first
# character — the rest is the name without it (`法定代表赵然怡` → `然怡` for 赵然怡, ZX zx_148; False: off)
NAME_LABEL_OVERPRINT = True


# a name glued to a label found whole (`normalize_labels` gave it its own line) whose last character —
# a closing bracket passed over — was read in doubt is not pre-filled: the label's end and the name's
# first character were read as one (`法定代表人(负责袁)涛娟` for 袁涛娟 printed over `人)`: 袁 at 0.72
# in the label's place, the name left `涛娟`; ZT zt0005, zt0085; False: off)
NAME_LABEL_TAIL = True


def _tail_in_doubt(label: Line, pieces: list[Piece]) -> bool:
    """Whether the last character of `label` (a line holding a label alone, its characters' reading
    kept), a closing bracket passed over, was read below NAME_CHAR while the name's first piece
    starts where the label's box ends (the two read in one box and split there)."""
    if len(label.chars) != len(label.text) or not pieces:
        return False
    k = len(label.text) - 1
    if label.text[k] in ")）" and k > 0:
        k -= 1
    glued = abs(pieces[0].box[0] - label.x2) < 0.25 * label.h and _box_level(label, pieces[0].box)
    return glued and _cjk(label.text[k]) and label.chars[k][0] < NAME_CHAR


def _box_level(label: Line, box: tuple[float, ...] | list[float]) -> bool:
    """A box level with a line: overlapping its band by half the lower of the two."""
    return min(label.y2, box[3]) - max(label.y1, box[1]) >= 0.5 * min(label.h, box[3] - box[1])


def _read_twice(pieces: list[Piece]) -> bool:
    """Two of a value's boxes on one row overlapping by NAME_TWICE of the narrower: one place's print
    read twice, or two rows' print in one place (a tilted photo's tall box of the next row over the
    value), never two parts of one row."""
    for i, a in enumerate(pieces):
        for b in pieces[i + 1:]:
            h = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
            over = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
            if abs((a.box[1] + a.box[3]) - (b.box[1] + b.box[3])) / 2 < 0.5 * h \
                    and over > NAME_TWICE * min(a.box[2] - a.box[0], b.box[2] - b.box[0]):
                return True
    return False


# A name is too short to measure its own pitch: a character lost from it (under a seal's ring, a thumb,
# a fold; at a frame's edge) is measured against the page's print at the name's row height.
NAME_LOST = True  # a licence's name or person's name with a sign of a lost character is not pre-filled (False: off)
NAME_GAP = 1.6  # a step between two of a name's characters this many page pitches: one between them was not read
NAME_END = 0.5  # a box reaching this many page pitches further past its last character than the page's rows do
NAME_LATE = 0.7  # a value's first character this many page pitches right of its label column's values' starts
PITCH_ROWS = (0.75, 1.33)  # rows whose height is within these shares of the name's row are its print size
# rows of that size a page's box reach is measured on: with three, one loosely boxed row is the median
# (tests/prefill/test_justified_columns' drawn rows: a name blanked for a box 12 px longer than its cells)
PITCH_MIN_ROWS = 5


def page_pitch(lines: list[Line], h: float) -> tuple[float, float] | None:
    """The page's character pitch at a row height `h` and how far its boxes reach past their last
    character's centre (medians over the lines of that height whose characters' positions are known):
    None with fewer than six steps. Two neighbouring Chinese characters only count."""
    steps: list[float] = []
    ends: list[float] = []
    for ln in lines:
        if not (PITCH_ROWS[0] * h <= ln.h <= PITCH_ROWS[1] * h) or len(ln.xs) != len(ln.text) or len(ln.text) < 3:
            continue
        steps += [b - a for i, (a, b) in enumerate(zip(ln.xs, ln.xs[1:], strict=False))
                  if _cjk(ln.text[i]) and _cjk(ln.text[i + 1]) and b > a]
        if _cjk(ln.text[-1]):
            ends.append(ln.x2 - ln.xs[-1])
    if len(steps) < 6 or len(ends) < PITCH_MIN_ROWS:
        return None
    return sorted(steps)[len(steps) // 2], sorted(ends)[len(ends) // 2]


def column_starts(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...], pitch: float = 0.0,
                  cjk_only: bool = False) -> list[float]:
    """The x of the first character of the values beside the other labels of the label column
    `aliases`' label stands in (a label found at the column's left edge; each value the first box
    right of its label on its row): where a form's values start. With the page's `pitch`
    (`COLUMN_OWN_CELL`), only values starting half a pitch past the end of the label's own last
    cell count. `cjk_only`: only values whose first character is a Chinese one (a digit's or a
    letter's centre stands nearer its cell's start than a Chinese character's does)."""
    found = find_label(lines, aliases)
    if found is None:
        return []
    own = found[0]
    own_end = _label_end_x(own, found[2])
    if COLUMN_OWN_CELL and pitch > 0:
        if found[2] >= len(own.text) and own.text[-1:] in _CLOSE_MARKS:
            own_end = own.x2  # (a closing bracket's ink ends mid-cell: the box's end is its cell's centre)
        own_end += 0.5 * pitch
    out = []
    for lab in lines:
        if lab is own or abs(lab.x1 - own.x1) > own.h or not starts_with_label(lab.text, labels):
            continue
        end = next((len(a) for a in labels if _near_match_start(lab.text, a)), 0)
        if 0 < end < len(lab.text) and len(lab.xs) == len(lab.text):
            k = _first_print(lab.text, end)
            if k is not None and (not cjk_only or _cjk(lab.text[k])):
                out.append(lab.xs[k])  # (the value read in its label's box)
            continue
        right = sorted((o for o in lines if o is not lab and same_row(o, lab) and lab.x2 - 0.5 * lab.h <= o.x1 < lab.x2 + 8 * lab.h),
                       key=lambda o: o.x1)
        if right and len(right[0].xs) == len(right[0].text) and (k := _first_print(right[0].text, 0)) is not None \
                and (not cjk_only or _cjk(right[0].text[k])):
            out.append(right[0].xs[k])
    # (a value starts right of its own label: on a colon form each value follows its label, and the
    # values of shorter labels start left of where a long label ends — X x0076's 法定代表人(负责人))
    if COLUMN_OWN_COLON and pitch > 0:
        own_end = max([own_end, *(ln.xs[0] + 0.5 * pitch for ln in lines if ln.owner and ln.owner == own.text[:found[2]]
                                  and ln.text[:1] in _COLONS and len(ln.xs) == len(ln.text) and same_row(ln, own)
                                  and abs(ln.x1 - own.x2) < 0.5 * own.h)])
    return [x for x in out if x > own_end]


# A value counts as a start of the label column a value stands in only past the label's own last cell
# (False: past its last character's centre, a box's end less half its height for a label alone in its box):
# a value in the column the label's own value shares starts a cell or more after that centre. A value
# starting within half a pitch of it, or before the cell of a closing bracket the label ends with, follows
# a shorter label of a form whose values follow their labels (ZZ zz_096, zz_107: 食品经营许可证 whose
# `法定代表人（负责人）` ends just past the values of the 8-character 日常监督管理机构/人员 rows; the name,
# following its label as every value there does, was blanked `lost character` by `name_lost_character`'s
# late-start sign).
COLUMN_OWN_CELL = True
_CLOSE_MARKS = ")）"
# … and the label's own colon, read at the head of the value split off the label's box (`法定代表人（负责人）` |
# `：诸葛博`, the line's owner the label), is a cell of the label too: the column's starts count only past its cell.
# AH's 公共场所卫生许可证 (the national colon layout: 单位名称：, 法定代表人（负责人）：, 地址：, 许可项目：, 有效期限：,
# values in one column after the short labels): the long label and its colon run over the column's start, the
# name follows its colon, and stood late against the column by the colon's cell — 14 of 15 names blanked
# `lost character` on main. A label running over the column leaves the column saying nothing of where its
# own value starts (False: off, main's path). Landed off in session 38 (the whole tests/prefill folder did not
# finish under load); switched on in session 39 with the folder run (AH A/B: docs, Session 38 ahhealth).
COLUMN_OWN_COLON = True
_COLONS = ":："


def _label_end_x(line: Line, end: int) -> float:
    """Where a label read at the start of `line` (`end` characters long) ends: its last character's
    centre when the positions are known and a value follows in the box, else the box's end less half
    a character."""
    if 0 < end < len(line.text) and len(line.xs) == len(line.text):
        return line.xs[end - 1]
    return line.x2 - 0.5 * line.h


def _first_print(text: str, start: int) -> int | None:
    """The index of the first character of a value from `start` on: its label's colon (`:卢彦`, a
    label cut at the photo's border leaves it before the value) and other marks are no value."""
    return next((i for i in range(start, len(text)) if _cjk(text[i]) or text[i].isalnum()), None)


def _label_head_below(label: Line, pieces: list[Piece]) -> bool:
    """A name taken from under its label that stands in the label column (its box starting left of
    where the label ends) and spells the head of one of the licences' labels (`经营` of 经营范围 whose
    范围 was not read): the next row's label, not a value — values stand right of the label column."""
    first = pieces[0]
    text = "".join(q.text for q in pieces)
    below = first.box[1] >= label.y2 - 0.3 * label.h
    return below and len(text) >= 2 and first.box[0] < label.x2 - label.h and \
        any(lab.startswith(text) and len(lab) > len(text) for lab in _licence_labels())


def _licence_labels() -> tuple[str, ...]:
    """Every label the licences print (a 营业执照's, a 卫生许可证's, a 食品经营许可证's), longest first."""
    found = {a for d in (LICENCE, HEALTH, _kinds.FOOD) for v in d.values() for a in v}
    return tuple(sorted(found, key=len, reverse=True))


def _near_match_start(text: str, label: str) -> bool:
    return len(label) >= 2 and len(text) >= len(label) and \
        sum(a != b for a, b in zip(text[: len(label)], label, strict=True)) <= (len(label) >= 4)


def name_lost_character(lines: list[Line], aliases: tuple[str, ...], pieces: list[Piece] | None,
                        labels: tuple[str, ...] = (), cjk_only: bool = False) -> str:
    """"lost character" when a name read on one row shows that a character of it was not read, or "".
    A name (a person's, two to four characters; a firm's) is too short to hold its own pitch, and a
    character lost from it leaves a name as well shaped as the right one (`朱宏` for 朱兴宏, `欧阳杰`
    for 欧阳杰豪 — the 豪 under a seal's ring, `明区美味五金店` for 思明区…). Measured against the page's
    own print at the name's row height (`page_pitch`), three signs:
    - two neighbouring characters NAME_GAP pitches apart: the one between them was not read;
    - the row's box runs on past its last character NAME_END pitches further than the page's rows do
      (the detector boxed ink there the recogniser did not read);
    - its first character stands NAME_LATE pitches right of where the values of its label column
      start (`column_starts`, two at least agreeing within half a pitch, right of where its own label
      ends — a colon form's values follow labels of any length): the first one was not read.
    Names on several rows and unknown positions decide nothing."""
    if not pieces or any(len(o.xs) != len(o.text) or not o.xs for o in pieces):
        return ""
    q = pieces[-1]
    h = min(o.box[3] - o.box[1] for o in pieces)
    # (one row as the layout's rows are: overlapping by 0.45 of the lower box — a larger, higher
    # character glued after the name, a watermark's `可` beside `尉迟文理`, stands on it)
    if any(min(o.box[3], q.box[3]) - max(o.box[1], q.box[1]) < 0.45 * h for o in pieces) \
            or any(b.xs[0] <= a.xs[-1] for a, b in zip(pieces, pieces[1:], strict=False)):
        return ""  # (a name wrapped onto two rows: the steps between rows say nothing)
    measured = page_pitch([ln for ln in lines], h)
    if measured is None:
        return ""
    pitch, reach = measured
    xs = [x for o in pieces for x in o.xs]
    text = "".join(o.text for o in pieces)
    if any(b - a > NAME_GAP * pitch for i, (a, b) in enumerate(zip(xs, xs[1:], strict=False))
           if _cjk(text[i]) and _cjk(text[i + 1])):
        return "lost character"
    if _cjk(q.text[-1]) and q.box[2] - q.xs[-1] - reach > NAME_END * pitch:
        return "lost character"
    starts = sorted(column_starts(lines, aliases, labels or _licence_labels(), pitch, cjk_only))
    if len(starts) >= 2:
        mid = starts[len(starts) // 2]
        agree = [x for x in starts if abs(x - mid) <= 0.5 * pitch]
        if len(agree) >= 2 and xs[0] - max(agree) > NAME_LATE * pitch and not _follows_print(lines, pieces[0], xs[0], pitch):
            return "lost character"
    return ""


def _follows_print(lines: list[Line], first: Piece, x: float, pitch: float) -> bool:
    """Whether print read on the value's row ends within a pitch before its first character (centre
    `x`): the value follows its own label directly — a justified label split into boxes (`经` |
    `营者刘德明`, joined again as `经营者` | `刘德明`), whose `者` stands where the other rows' values
    start — so no character of it was lost before it (a lost one leaves its cell between the two:
    zi_0062's 思). A line's end is its last character's cell when its positions are known, else its box."""
    h = first.box[3] - first.box[1]
    for ln in lines:
        if min(ln.y2, first.box[3]) - max(ln.y1, first.box[1]) <= 0.5 * h or ln.x1 >= first.box[0]:
            continue
        end = ln.xs[-1] + 0.5 * pitch if ln.xs and len(ln.xs) == len(ln.text) else ln.x2
        if end <= x and x - end <= pitch:
            return True
    return False


def _value_score(pieces: list[Piece] | None) -> float | None:
    """The mean probability of a value's own characters (None when unknown): a line's score is
    the mean over the whole box, and a weak label character glued to a short value (`民版汉`)
    must not make a sure `汉` doubtful."""
    if not pieces or any(len(x.chars) != len(x.text) or not x.text for x in pieces):
        return None
    probs = [c[0] for x in pieces for c in x.chars]
    return sum(probs) / len(probs)


def _nation_beside_sex(lines: list[Line], sex_box: list[float] | tuple[float, ...],
                       labels: tuple[str, ...], *, misread: bool | str = False) -> tuple[list[Piece], str, str] | None:
    """The card prints 民族 on the row of 性别, right of the sex: when the 民族 label was not read
    (glare, a fold), the one box on that row well right of the sex that is, apart from what is
    left of the label, one of the 56 coded nations. `misread`: the box starts with the label read
    with one character wrong (`民热满`, `氏族汉`: a copy of a copy's or a fax's light label print,
    NATION_LABEL_MISREAD) — its other character and the row's place say it is the label — and the
    rest is a coded nation; `sex_box` is then the sex's own box (the sex's value joins that box
    as its row's further text). `misread="any"`: both of the label's characters misread (`美雄汉`,
    NATION_LABEL_UNREAD) — the row's place alone says it is the label."""
    x1, y1, x2, y2 = sex_box
    h = max(1.0, y2 - y1)
    probe = Line("", 1.0, x1, y1, x2, y2, -1)
    found = []
    for ln in lines:
        if not same_row(probe, ln) or ln.x1 < x2 + h or ln.x1 > x2 + 12 * h:
            continue
        if any(ln.text.startswith(lab) for lab in labels):
            continue
        if misread:
            if not re.match(r"民[\u4e00-\u9fff]|[\u4e00-\u9fff]族", ln.text) and not (
                    misread == "any" and re.match(r"[\u4e00-\u9fff]{2}", ln.text)):
                continue
            lead = 2 + len(ln.text[2:]) - len(ln.text[2:].lstrip(":："))
        else:
            lead = len(ln.text) - len(ln.text.lstrip("民族:"))
        text = re.sub(r"[^\u4e00-\u9fff]", "", ln.text[lead:]).translate(_TRAD)
        name_n, code = normalize_nation(text)
        if name_n and code:
            found.append(([_line_tail(ln, lead)], name_n, code))
    return found[0] if len(found) == 1 else None


# an ID front whose 性别 label was not read (its sex then comes from the number, boxed at the number's row): the
# nation is looked for beside the printed sex's own box — the one box on the page that is the number's sex
# character alone or after what is left of its label (`性`, `别:`) — ZZ zz_134, a faxed card's light labels
# (False: beside the number's box only, as before)
NATION_BESIDE_PRINTED_SEX = True
_PRINTED_SEX = re.compile(r"(?:性别|性|别)?[:：]?([男女])")


def _printed_sex(lines: list[Line], sex: str) -> tuple[float, float, float, float] | None:
    """The box of the one line on the page that is the sex `sex` (the checked number's) alone, or
    after what is left of its 性别 label; None when no line or more than one is."""
    found = [ln for ln in lines if (m := _PRINTED_SEX.fullmatch(ln.text)) and m.group(1) == sex]
    if len(found) != 1:
        return None
    ln = found[0]
    return (ln.x1, ln.y1, ln.x2, ln.y2)


# … and with both of the label's characters misread: AH ah0073, a 98-line fax of a card on an A4 page, read
# `性料` / `女` / `美雄汉` (民族 → 美雄: the labels' light print a few dots). Right of the printed sex on its row (the
# box NATION_BESIDE_PRINTED_SEX anchors, the number's own sex) the card prints only 民族 and the nation: a box there
# of two characters and then one of the 56 coded nations is the label and the nation, whatever the two read as. A
# nation's name never ends in another's after two of its characters (土家 → 家, 朝鲜 → 鲜: none coded), so a label
# read short (`民土家`) leaves no nation and stays blank. (False: blank `not a coded nation`, main)
NATION_LABEL_UNREAD = True
NATION_LABEL_MISREAD = True  # on the sex row right of the sex, `民热满` (民族 with one character misread, then a coded nation) gives the nation (False: blank)


def _without_lead_marks(pieces: list[Piece] | None) -> list[Piece] | None:
    """A value without the marks read before its first character (`☑女`, `☑谭强`: a speck on a copy
    between the label and the value read as a symbol): no letter, digit or Chinese character, so
    nothing of a name, a sex or a nation — when the recogniser's second reading of the mark is no
    character either (blank paper, another mark); its confidence is then its own characters'."""
    if not pieces or not pieces[0].text:
        return pieces
    first = pieces[0]
    if len(first.chars) != len(first.text):
        return pieces
    lead = 0
    while lead < len(first.text) and not (first.text[lead].isalnum() or _cjk(first.text[lead])) \
            and not any(ch.isalnum() or _cjk(ch) for ch in first.chars[lead][1]):
        lead += 1  # (a mark whose runner-up is a character may be a misread one: `☑强` of 谭强 — kept)
    if lead == 0 or lead == len(first.text):
        return pieces
    chars = first.chars[lead:] if len(first.chars) == len(first.text) else ()
    xs = first.xs[lead:] if len(first.xs) == len(first.text) else ()
    probs = [c[0] for c in chars]
    x1 = xs[0] - 0.5 * (first.box[3] - first.box[1]) if xs else first.box[0]
    cut = Piece(first.text[lead:], sum(probs) / len(probs) if probs else first.score,
                (max(first.box[0], x1), *first.box[1:]), chars, xs)
    return _keep(pieces, [cut, *pieces[1:]])


# a copy's speck read as a middle dot after a value's last character (`…经营部·`, zy_0027's name flagged as
# without its form; `北京市公安局朝阳区分局·`, zy_0056's authority flagged as no authority — ZY's copies of
# copies): no value ends with `·` (a name's dot stands between its parts), so the mark goes when it follows a
# Chinese character and the recogniser's second reading of it is no character either (False: kept)
TRAIL_SPECK = True
_TRAIL_MARKS = SPECK_MARKS - {".", "．"}  # (a speck's dots, but a full stop may be what is left of a character)


def _without_trail_marks(pieces: list[Piece] | None) -> list[Piece] | None:
    """A value without a speck's middle dot read after its last character (`TRAIL_SPECK`); its
    confidence is then its own characters'."""
    if not TRAIL_SPECK or not pieces or len(pieces[-1].text) < 2:
        return pieces
    last = pieces[-1]
    if len(last.chars) != len(last.text) or last.text[-1] not in _TRAIL_MARKS or not _cjk(last.text[-2]) \
            or any(ch.isalnum() or _cjk(ch) for ch in last.chars[-1][1]):
        return pieces
    chars = last.chars[:-1]
    xs = last.xs[:-1] if len(last.xs) == len(last.text) else ()
    cut = Piece(last.text[:-1], sum(c[0] for c in chars) / len(chars), last.box, chars, xs)
    return _keep(pieces, [*pieces[:-1], cut])


# marks a horizontal stroke is read as (halfwidth by now): a card's background pattern of fine
# wavy lines, which a scanner app's black-and-white mode turns into strokes as dark as the print,
# shows through the gaps between characters (`民族一汉`, `育才路-362-号`)
_RULE_MARKS = "-‐‑–—―~_─"


def _without_rule_ends(pieces: list[Piece] | None, ends: tuple[int, ...] = (0, -1)) -> list[Piece] | None:
    """A nation without the strokes read before or after it (`一汉`, `回—`): no nation's name holds
    `一` or a dash, so a line of the card's background pattern read beside it is no part of it.
    What is left must still be one of the 56 coded nations (the caller's check). `ends=(0,)`: only
    before the value (an address, which starts with its province's name)."""
    if not pieces or not pieces[0].text:
        return pieces
    out = list(pieces)
    for end in ends:
        p = out[end]
        keep = list(range(len(p.text)))
        while keep and p.text[keep[0 if end == 0 else -1]] in _RULE_MARKS + "一":
            keep.pop(0 if end == 0 else -1)
        if not keep or len(keep) == len(p.text):
            continue
        out[end] = _piece_of(p, keep)
    return _keep(pieces, out)


def _without_stroke_first(pieces: list[Piece] | None) -> list[Piece] | None:
    """A name without a first `一` the recogniser's runner-up says is a stroke (`一严思`, `—`
    second): a line of the card's background pattern between the label and the name. A first `一`
    read sure may be a name's own character and is kept."""
    if not pieces or len(pieces[0].chars) != len(pieces[0].text) or len(pieces[0].text) < 2:
        return pieces
    first = pieces[0]
    if first.text[0] in _RULE_MARKS + "一" and to_halfwidth(first.chars[0][1] or "x") in _RULE_MARKS:
        return _keep(pieces, [_piece_of(first, list(range(1, len(first.text)))), *pieces[1:]])
    return pieces


def _line_tail(ln: Line, lead: int) -> Piece:
    """The part of a read box from character `lead` on, as one piece (its box, scores and positions
    cut there): a value read in one box with its label or a neighbour before it."""
    return Piece(ln.text[lead:], ln.score, (ln.x_at(lead), ln.y1, ln.x2, ln.y2),
                 ln.char_info(lead, len(ln.text)), ln.xs_of(lead, len(ln.text)))


def _piece_of(p: Piece, keep: list[int]) -> Piece:
    """The characters `keep` (indices, in order) of a piece, their probabilities and positions with
    them; the box narrowed to them at a cut end when their positions are known."""
    chars = tuple(p.chars[i] for i in keep) if len(p.chars) == len(p.text) else ()
    xs = tuple(p.xs[i] for i in keep) if len(p.xs) == len(p.text) else ()
    x1, y1, x2, y2 = p.box
    half = 0.5 * (y2 - y1)
    if xs and keep[0] > 0:
        x1 = max(x1, xs[0] - half)
    if xs and keep[-1] < len(p.text) - 1:
        x2 = min(x2, xs[-1] + half)
    score = sum(c[0] for c in chars) / len(chars) if chars else p.score
    return Piece("".join(p.text[i] for i in keep), score, (x1, y1, x2, y2), chars, xs)


# the address parts after which a printed hyphen may add a sub-number (`2804室-5号铺`, `12号-3`)
_SUB_NUMBERED = "号室"


def _without_rule_marks(pieces: list[Piece] | None) -> list[Piece] | None:
    """An address without the dashes no address prints (`育才路-362-号`, `金桂园-22栋`): a number
    is followed by its unit directly (`362号`, never `362-号`), and a house number follows its road
    or estate directly (`育才路362号`); a hyphen joins two numbers (`12-3号`) or adds a sub-number
    after a 号 or 室 (`2804室-5号铺`). Such a dash is a line of the card's background pattern seen
    through the gap between two characters (a scanner app's black-and-white mode makes it as dark
    as the print). Only the dash goes: where it hid a character, its neighbours stand a character's
    width apart and the value's lost-character check (`Piece.lost_character`) leaves the address
    blank. A dash first in the value goes too (an address starts with its province); one last is
    left (the address lost its end: `_id_address_checks`). A dot whose runner-up is a dash is such
    a stroke as well (a dot read sure is left to the punctuation check: a speck)."""
    if not pieces or any(len(p.chars) != len(p.text) for p in pieces):
        return pieces
    text = "".join(p.text for p in pieces)
    runner_up = [to_halfwidth(c[1]) if c[1] else "" for p in pieces for c in p.chars]
    drop, k = set(), 0
    for i, ch in enumerate(text):
        # (a short stroke may be read as a dot with a dash second: `组.88号`, `.` 0.61, `-` second)
        if (ch in _RULE_MARKS or ch in _DOTS and bool(runner_up[i]) and runner_up[i] in _RULE_MARKS) \
                and i + 1 < len(text):
            before, after = text[i - 1:i], text[i + 1]
            if not before or (before.isdigit() and _cjk(after)) or (
                    _cjk(before) and before not in _SUB_NUMBERED and after.isdigit()):
                drop.add(i)
    if not drop:
        return pieces
    out = []
    for p in pieces:
        keep = [j for j in range(len(p.text)) if k + j not in drop]
        k += len(p.text)
        if keep:
            out.append(p if len(keep) == len(p.text) else _piece_of(p, keep))
    return _keep(pieces, out) if out else None


def _nation_misread_label(ln: Line) -> re.Match[str] | None:
    """`民练汉`: the 民族 label with one of its characters misread, the label's own character the
    recogniser's runner-up there (练 0.48, 族 0.26 on a grey copy), glued to the nation — as a
    label with that character lost (`_nation_half_label`)."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2})[:：]?([\u4e00-\u9fff]{1,5})", ln.text)
    if not m or len(ln.chars) != len(ln.text):
        return None
    a, b = ln.text[0], ln.text[1]
    if (a == "民" and b != "族" and ln.chars[1][1] == "族") or (b == "族" and a != "民" and ln.chars[0][1] == "民"):
        return m
    return None


def _nation_half_label(lines: list[Line]) -> tuple[list[Piece], str, str] | None:
    """The 民族 label read with one of its two characters lost (small light print on a halftone
    copy: `民壮`, `族汉`) and glued to the nation: the one box on the page that is that character
    and then, apart from a colon, nothing but one of the 56 coded nations. No other text on a card
    front has that shape (an address row starting with 民 goes on with a road or a number)."""
    found = []
    for ln in lines:
        m = re.fullmatch(r"([民族])[:：]?([\u4e00-\u9fff]{1,5})", ln.text)
        if not (m and all(normalize_nation(m.group(2).translate(_TRAD)))):
            m = _nation_misread_label(ln) or m
        if not m:
            continue
        name_n, code = normalize_nation(m.group(2).translate(_TRAD))
        if name_n and code:
            lead = m.start(2)
            found.append(([_line_tail(ln, lead)], name_n, code))
    return found[0] if len(found) == 1 else None


NATION_ON_SEX_ROW = True  # `女民畲`: the sex, a half-read 民族 and the nation in one box (False: blank)
_SEX_ROW = re.compile(r"(?:性别|[\u4e00-\u9fff])?[:：]?([男女])(民族|民.|.族|民|族)[:：]?([\u4e00-\u9fff]{1,5})")


# … and the 民族 label not read at all (small grey print under a screen's moiré — ZW zw_103 `男汉`), when the nation
# stands this many row heights right of the sex, where the card prints the label between them (0: not read so)
NATION_PAST_LABEL = 2.5
_SEX_NATION = re.compile(r"(?:性别)?[:：]?([男女])([\u4e00-\u9fff]{1,5})")


def _nation_on_sex_row(lines: list[Line], sex: str) -> tuple[list[Piece], str, str] | None:
    """The card's sex row read as one box with the 民族 label half lost or misread between the sex
    and the nation (`女民畲`, `男阅族朝鲜`, `皇男民汉` — light label print on a copy or a dim photo):
    the one box on the page that is (a character left of the 性别 label,) the sex the checked
    number holds, 民族 with one character lost or misread, and then nothing but one of the 56 coded
    nations. No other text on a card front starts with a sex followed by 民 or 族. With the label not
    read at all (`男汉`), the nation's first character must stand NATION_PAST_LABEL row heights right
    of the sex (the recogniser's own positions): the room the unread label takes on the card."""
    found = []
    for ln in lines:
        m = _SEX_ROW.fullmatch(ln.text)
        group = 3
        if not m and NATION_PAST_LABEL:
            m, group = _SEX_NATION.fullmatch(ln.text), 2
            xs = ln.xs_of(0, len(ln.text))
            if m and (not xs or xs[m.start(2)] - xs[m.start(1)] < NATION_PAST_LABEL * ln.h):
                m = None
        if not m or (sex and m.group(1) != sex):
            continue
        name_n, code = normalize_nation(m.group(group).translate(_TRAD))
        if name_n and code:
            lead = m.start(group)
            found.append(([_line_tail(ln, lead)], name_n, code))
    return found[0] if len(found) == 1 else None


# a copy's usage watermark (`仅供本次申请使用，再复印无效`) laid across an ID card's sex-and-nation row is read
# into the nation's box after the nation (`汉复印无`, `汉,他用无效`, `朝鲜,他用无`: ZV zv_028, zv_049, zv_059,
# zv_110, photos of copies): no nation's name holds a pair of the watermark's words, so the nation is what stands
# before the first such pair — when it is one of the 56 coded nations and no longer nation's name starts with it
# (土 of 土家: the watermark may hide the rest of it). (False: such a nation is blank)
NATION_BEFORE_COPY_WORDS = True
_COPY_WORD_PAIR = re.compile(r"与原|原件|件一|一致|件相|相符|复印|印件|他用|用无|无效|仅供|使用|有效|再复")


def _nation_before_copy_words(pieces: list[Piece] | None) -> tuple[list[Piece], str, str] | None:
    """The nation read with a copy watermark's words after it in its first piece (`汉复印无`): the
    characters before the first pair of the watermark's words, a whole coded nation's name."""
    if not NATION_BEFORE_COPY_WORDS or not pieces or not pieces[0].text:
        return None
    first = pieces[0]
    m = _COPY_WORD_PAIR.search(first.text)
    if m is None:
        return None
    keep = [i for i in range(m.start()) if "\u4e00" <= first.text[i] <= "\u9fff"]
    if not keep or any(not ("\u4e00" <= ch <= "\u9fff") and ch not in ",，、.。:：;； " for ch in first.text[:m.start()]):
        return None
    head = "".join(first.text[i] for i in keep).translate(_TRAD)
    name_n, code = normalize_nation(head)
    if not (name_n and code) or any(n.name != name_n and n.name.startswith(name_n) for n in nations()):
        return None
    return [_piece_of(first, keep)], name_n, code


NATION_RUNNER_UP = True  # a nation read as no coded nation takes the one runner-up character that makes one (False: blank)


def _nation_runner_up(pieces: list[Piece] | None) -> tuple[list[Piece], str, str] | None:
    """`拉枯` (枯 0.79, 祜 0.20 second): a reading that is none of the 56 coded nations while the
    recogniser's runner-up at one character makes exactly one of them. The closed list rules the
    first reading out, so that character's probability is the two added (as `_nation_twins` does
    for a traditional twin); two such runner-ups, or none, leave the field blank."""
    if not pieces:
        return None
    found = []
    for k, p in enumerate(pieces):
        if len(p.chars) != len(p.text):
            continue
        for i, (prob, alt, ap) in enumerate(p.chars):
            if not alt or alt == p.text[i] or not re.fullmatch(r"[\u4e00-\u9fff]", alt):
                continue
            text = "".join(q.text if j != k else q.text[:i] + alt + q.text[i + 1:] for j, q in enumerate(pieces))
            name_n, code = normalize_nation(re.sub(r"[^\u4e00-\u9fff]", "", text).translate(_TRAD))
            if name_n and code:
                chars = list(p.chars)
                chars[i] = (prob + ap, p.text[i], prob)
                fixed = Piece(p.text[:i] + alt + p.text[i + 1:], p.score, p.box, tuple(chars), p.xs)
                found.append(([*pieces[:k], fixed, *pieces[k + 1:]], name_n, code))
    return found[0] if len(found) == 1 else None


def _name_above_sex(lines: list[Line], labels: tuple[str, ...]) -> list[Piece] | None:
    """The card prints 姓名 as the row right above 性别: when the 姓名 label was not read (glare,
    a worn card), the one text on the row above the 性别 label whose characters stand in the
    values' column (right of the label column) is the name. Nothing else lies between them."""
    found = find_label(lines, FRONT["sex"], anywhere=True)
    if found is None:
        return None
    sex, _, end = found
    h = sex.h
    value_x = sex.x_at(end) if end < len(sex.text) else sex.x2
    above = [ln for ln in lines if ln is not sex and sex.cy - 3 * h < ln.cy < sex.cy - 0.8 * h
             and ln.x2 > value_x and ln.x1 < value_x + 6 * h]
    if len(above) != 1 or any(ln.text.startswith(lab) for lab in labels for ln in above):
        return None
    ln = above[0]
    if len(ln.xs) != len(ln.text) or not ln.xs:
        return None
    lead = _misread_name_label(ln, sex, value_x) if ln.xs[0] < value_x - 0.2 * h else 0
    if lead is None:
        return None  # (characters in the label column: a label read wrong, not a name)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+[·•・.][\u4e00-\u9fff·•・.]+", ln.text[lead:]):
        return None  # (without its label, only what is shaped like a name)
    if lead:
        return [_line_tail(ln, lead)]
    return [Piece(ln.text, ln.score, (ln.x_at(0) if ln.xs[0] - ln.x1 < h else ln.xs[0] - 0.5 * h, ln.y1, ln.x2, ln.y2),
                  ln.char_info(0, len(ln.text)), ln.xs)]


NAME_LABEL_MISREAD = True  # a name row read with its 姓名 label's first character wrong (`n名许博`) gives the name after it (False: blank)
NAME_LABEL_ALIGN = 0.4  # … the label's two characters stand within this many row heights of the 性别 label's two
# … and a name row whose label's 姓 was not read at all, its 名 alone in the label column right over the 性别
# label's 别 (ZS zs_0119, a copy of a copy: `名卢芳` — the light label's first character washed out, the
# name's row then `label_not_found`) gives the name after the 名 (False: blank)
NAME_LABEL_HEAD_LOST = True


def _misread_name_label(ln: Line, sex: Line, value_x: float) -> int | None:
    """Where the name starts in the row above 性别 when that row's box begins with its 姓名 label
    read with the first character wrong (`n名许博`, `健名杜芳旭`: a copy of a copy or a fax washes a
    card's light label print, the recogniser still boxes it with the black name): exactly two
    characters stand in the label column, the second is 名, and each stands over a character of
    the 性别 label read below it (a card prints both labels in one column, character over
    character — ZK zk_0019: `n名` at x 59, 104, `性别` at 57, 102, the name from 148 with `男` at
    147); every other character stands in the values' column. None otherwise (a label read
    wrong and nothing said which, a name that starts left of its column)."""
    if not NAME_LABEL_MISREAD or not sex.text.startswith(FRONT["sex"][0]):
        return None
    h = sex.h
    if len(sex.xs) == len(sex.text):
        centres = sex.xs[:2]
    elif sex.text == FRONT["sex"][0]:  # (the label split off its value: its two characters fill its box)
        centres = (sex.x1 + 0.25 * (sex.x2 - sex.x1), sex.x1 + 0.75 * (sex.x2 - sex.x1))
    else:
        return None
    inside = [i for i, x in enumerate(ln.xs) if x < value_x - 0.2 * h]
    tail = FRONT["name"][0][1]
    if NAME_LABEL_HEAD_LOST and inside == [0] and ln.text[0] == tail:
        # (姓 washed out, 名 alone over 别: `名卢芳`)
        return 1 if abs(ln.xs[0] - centres[1]) <= NAME_LABEL_ALIGN * h else None
    if inside != [0, 1] or not (ln.text[1] == tail or ln.text[1] in LABEL_CONFUSIONS.get(tail, "")):
        return None
    if any(abs(ln.xs[i] - centres[i]) > NAME_LABEL_ALIGN * h for i in (0, 1)):
        return None
    return 2


# a line read as the birth row's value is never part of the address (False: as before — the address then
# starts with the date and is blank, `no province first`)
ADDRESS_NOT_BIRTH_ROW = True
LABELLESS_ROWS = True  # a front with none of its row labels read takes its name and address by their rows' places (False: blank)
# … and when the frame's edge cut the label column down the card, the labels' tails are read before the
# values (`名孟雅阳`, `リ女` — 别's right half 刂 read as a katakana; ZL zl_0010, zl_0132): 性别's tail before
# the sex the number holds places the rows as well, and 姓名's 名 then goes from the name (False: as before)
LABEL_HEADS_CUT = True
_SEX_LABEL_TAIL = r"性?[别別]|[刂リ]"
# … and a front whose 姓名 and 性别 labels alone were lost takes its name so: a card prints its labels
# small in a light blue that a hand's shadow, a phone's exposure or a copier takes first, and the top
# rows' labels sit on the card's brightest background (ZK zk_0014: 出生 and 住址 read, 姓名 and 性别 not
# boxed; the name `高静` alone above the sex `男`) (False: blank)
TOP_LABELS_LOST = True
_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+[·•・.][\u4e00-\u9fff·•・.]+")


LABEL_REMNANTS = True  # … a line ending before the values' column (a grey label's remnant dots read as `1日`) is no address row (False: it ends the address)
BIRTH_ROW_GLUED = True  # a birth row read with its 年/月 lost (`1999314`, `1999 314`) still counts as the birth row (False: the year apart only)
# … and so does one whose year and month were read as one box and the day as another (`19761` and `31` for
# 1976 年 1 月 3 日 on ZN's standard fax zn_0006: the grey 年 gone, 日's remnant read as a `1` after the day) (False: off)
BIRTH_ROW_DAY_APART = True
# … and so does one whose grey 年 was read as another character between the year and the month, its 月 and
# day read (`1966412月31日` for 1966 年 12 月 31 日 on ZN's copy of a copy zn_0051: the copier left a remnant of
# 年 that the recogniser took for a `4`): the row holds the number's whole date in the card's order, year,
# one character, month, 月, day (False: off)
BIRTH_ROW_YEAR_MARK = True


def holds_birth(text: str, born: dt.date) -> bool:
    """Whether a line read off a card holds the birth date a checked citizen number proves: its
    year printed apart (`1958`, `1958 611` — a fax reads the row in pieces), or, when the card's
    grey 年/月/日 went with the other light print (a thresholded fax, a photocopy that washed out
    the labels), the whole date as one run of digits: the year, the month and the day side by side
    (`1999 314` and `1999314` for 1999 年 3 月 14 日). Only the number's own date counts, so a run of
    other digits (a phone number, an address's house number) never does."""
    year = re.compile(rf"(?<!\d){born.year}(?!\d)")
    bare = re.sub(r"\s+", "", text)
    if year.search(text) or year.search(bare):
        return True
    if not BIRTH_ROW_GLUED:
        return False
    months = (str(born.month), f"{born.month:02d}")
    dates = {f"{born.year}{m}{d}" for m in months for d in (str(born.day), f"{born.day:02d}")}
    if BIRTH_ROW_DAY_APART:
        dates |= {f"{born.year}{m}" for m in months}
    if any(run in dates for run in re.findall(r"\d+", bare)):
        return True
    return BIRTH_ROW_YEAR_MARK and bool(re.search(
        rf"(?<!\d){born.year}\S0?{born.month}月0?{born.day}(?!\d)", bare))


# a row of a label-less front lines up with the birth row by where its first character starts (the recogniser's
# frames) when its box does not: a grey label's remnant dots left of the value join its box (ZN's standard fax
# zn_0006: the address's first row boxed from 住址's dots, 66 px left of its first character). Boxes that line
# up still decide first (a card cut down its label column: every row's box starts at the frame's edge, its
# text with a label's tail or not — ZL zl_0010's `名孟雅阳`) (False: the box's start only)
ROW_START_BY_TEXT = True
# … and its nation is the coded nation right of the sex on the sex row found by its place (`_labelless_rows`):
# the sex then came from the number and was boxed there, so the row beside it was never looked at (ZN's
# standard faxes zn_0006 `藏`, zn_0020 `汉`, 民族 gone with the other grey labels) (False: blank)
LABELLESS_NATION = True


# … and when the sex row's own reading is not the bare sex the number holds (a copy's speck after it, `女·`; 性别's
# grey remnant before it, `生男`; the sex itself misread on a copy of a copy, `4` for 女), the row is still known
# by its place and its other value: the one short line (three characters at most, specks aside) right above
# the birth row starting in the values' column, with a coded nation standing right of it on its row — the card
# prints 民族 there, and no other row of the card holds a nation (ZX's copies of copies and faxes zx_014,
# zx_058, zx_101: the name above the sex row never taken, the nation beside it never looked at) (False: the
# sex row by its reading only)
SEX_ROW_BY_NATION = True
# … and the row right above a row is the nearest of the values' column's lines in the window looked at (2.5 of
# the birth row's heights up): a fax's 196 lines per inch and a birth row boxed taller than its neighbours put
# the name row too in that window (ZW zw_040, a faxed front: `马熙华`, `男` and `1958年3月31日` 70 and 66 px apart,
# the birth row 56 px high — two lines above it, so neither was the sex row and the name stayed blank), two
# lines there on rows of their own (False: the row above only when it is the one line there)
ROW_ABOVE_NEAREST = True
_SEX_ROW_SPECKS = re.compile(r"[·•・.,，、'`\s:：]")


def _nearest_row(found: list[Line], h: float) -> list[Line]:
    """The nearest (lowest) of several lines above a row when it stands on a row of its own, the
    next one more than 0.6 of a row height higher (`ROW_ABOVE_NEAREST`); [] otherwise."""
    if not ROW_ABOVE_NEAREST or len(found) < 2:
        return []
    ranked = sorted(found, key=lambda o: -o.cy)
    return ranked[:1] if ranked[0].cy - ranked[1].cy > 0.6 * h else []


# … and when the sex itself was not read at all (a seal's ring through it, a fax's dropped strokes), the row is
# known by its nation alone: the one line right above the birth row is a whole coded nation standing
# NATION_PAST_LABEL row heights or more right of the values' column (the sex and the 民族 label's room before
# it) and no line there starts in the values' column (ZZ zz_109, a faxed front: `壮` alone on the sex row, the
# name `范宏` above it never taken). The sex row is then placed at the values' column on the nation's row
# (its sex comes from the number) (False: the sex row by a line in the values' column only)
SEX_ROW_BY_LONE_NATION = True


def _sex_row_by_lone_nation(lines: list[Line], birth: Line) -> Line | None:
    """The sex row of a label-less front whose sex was not read: a one-character box at the values'
    column on the row of the one line right above `birth` that is a whole coded nation standing
    NATION_PAST_LABEL row heights right of that column, nothing else starting there; None otherwise."""
    h = birth.h
    above = [ln for ln in lines if birth.cy - 2.5 * h < ln.cy < birth.cy - 0.6 * h]
    start = min(birth.x1, _text_start(birth))
    found = [ln for ln in above if ln.x1 - start >= NATION_PAST_LABEL * h
             and all(normalize_nation(re.sub(r"[^\u4e00-\u9fff]", "", ln.text).translate(_TRAD)))]
    if not NATION_PAST_LABEL or len(found) != 1:
        return None
    row = [ln for ln in above if same_row(found[0], ln)]
    if any(abs(ln.x1 - birth.x1) < h or abs(_text_start(ln) - _text_start(birth)) < h for ln in row):
        return None
    if any(found[0].cy < ln.cy and ln not in row for ln in above):  # (a line below it: not the row right above)
        return None
    nat = found[0]
    return Line("", nat.score, start, nat.y1, start + nat.h, nat.y2, -1)


def _nation_right_of(lines: list[Line], row: Line) -> bool:
    """A coded nation stands right of `row` on its row, within a dozen characters: a line of its own
    whose Chinese characters end in a nation's name (what is left of 民族 may stand before it, `民汉`,
    `比m汉`), or `row`'s own text after the sex (`女民畲`)."""
    h = max(1.0, row.h)
    for ln in lines:
        if ln is row or not same_row(row, ln) or ln.x1 < row.x2 - 0.2 * h or ln.x1 > row.x2 + 12 * h:
            continue
        text = re.sub(r"[^\u4e00-\u9fff]", "", ln.text).translate(_TRAD)
        if any(normalize_nation(text[-k:])[1] for k in (1, 2, 3) if len(text) >= k):
            return True
    return False


def _text_start(ln: Line) -> float:
    """Where a line's first character starts (`ROW_START_BY_TEXT`): half a character before its centre
    as the recogniser placed it, never before the box."""
    if not ROW_START_BY_TEXT or not ln.text or len(ln.xs) != len(ln.text):
        return ln.x1
    width = 0.55 if ln.text[0].isascii() and ln.text[0].isalnum() else 1.0
    return max(ln.x1, ln.xs[0] - 0.5 * width * ln.h)


def _labelless_rows(lines: list[Line], number: Line,
                    facts: dict) -> tuple[list[Piece] | None, list[Piece] | None, Line | None]:
    """The name's and the address's rows of a front none of whose row labels (姓名 性别 出生 住址)
    was read — a dithered fax's grey labels, a card cut down its label column — placed by the
    values that prove themselves: the birth row is the one line above the checked number holding
    the year the number holds; the sex row is the line right above it holding only the sex the
    number holds (its 民族 may follow), starting where the birth row starts; the name is the one
    line right above the sex row starting there too, shaped like a name. The address is the
    rows under the birth row and over the number starting there, the first one with a province.
    Anything else (no such row, two candidates, a row starting elsewhere) leaves the field blank.
    The third value is the sex row's line (where the card prints its 民族 too), when found."""
    births = [ln for ln in lines if ln is not number and ln.cy < number.y1 and holds_birth(ln.text, facts["birth_date"])]
    if len(births) != 1:
        return None, None, None
    birth = births[0]
    h = birth.h

    def one_above(row: Line, ok) -> Line | None:  # noqa: ANN001 - a predicate
        # (the one line of the row above starting in the values' column; 民族 may stand to its right)
        above = [ln for ln in lines if row.cy - 2.5 * h < ln.cy < row.cy - 0.6 * h]
        found = [ln for ln in above if abs(ln.x1 - birth.x1) < h] \
            or [ln for ln in above if abs(_text_start(ln) - _text_start(birth)) < h]
        found = _nearest_row(found, h) or found
        return found[0] if len(found) == 1 and ok(found[0].text) else None

    # (its 民族 may be half read, `女民畲`: `_SEX_ROW`)
    nation = r"(?:民族|民.|.族|民|族)[:：]?" if NATION_ON_SEX_ROW else "民族"
    cut = _SEX_LABEL_TAIL if LABEL_HEADS_CUT else "(?!)"
    sex = one_above(birth, lambda t: bool(re.fullmatch(rf"({cut})?{facts['sex']}({nation}[\u4e00-\u9fff]{{1,5}})?", t)))
    # (the label column cut by the frame's edge down the card: 性别's tail before the sex, 姓名's 名
    # before the name — a name row starting with 名 is read so only then, and left blank otherwise)
    tail = sex is not None and bool(re.match(rf"({cut}){facts['sex']}", sex.text))
    if sex is None and SEX_ROW_BY_NATION:
        # (the sex row known by its place and the nation printed right of it, `SEX_ROW_BY_NATION`;
        # 性别's tail before the sex, or what a fax leaves of it — 性 alone, 性's 生 without its thin 忄 —
        # is a label's remnant, as 性别's tail above)
        placed = one_above(birth, lambda t: len(_SEX_ROW_SPECKS.sub("", t)) <= 3)
        if placed is not None and _nation_right_of(lines, placed):
            sex = placed
            tail = bool(re.fullmatch(rf"(?:{cut}|性|生){facts['sex']}", _SEX_ROW_SPECKS.sub("", placed.text)))
    if sex is None and SEX_ROW_BY_LONE_NATION:
        sex = _sex_row_by_lone_nation(lines, birth)
    name = one_above(sex, lambda t: bool(_NAME_SHAPE.fullmatch(t[1:] if tail and t[:1] == "名" else t))
                     and (tail or not LABEL_HEADS_CUT or t[:1] != "名")) if sex is not None else None
    if name is not None and tail and name.text[:1] == "名":
        name = Line(name.text[1:], name.score, name.x_at(1), name.y1, name.x2, name.y2, name.idx,
                    name.chars[1:] if len(name.chars) == len(name.text) else (), name.owner, name.xs_of(1, len(name.text)))
    rows: list[Line] = []
    for ln in sorted((ln for ln in lines if birth.cy + 0.6 * h < ln.cy < number.y1 and ln is not number
                      and not (LABEL_REMNANTS and ln.x2 <= birth.x1)), key=lambda o: o.cy):
        if abs(ln.x1 - birth.x1) >= h and abs(_text_start(ln) - _text_start(birth)) >= h \
                or (rows and ln.cy - rows[-1].cy > 1.6 * h) or len(rows) >= 4:
            break
        rows.append(ln)
    if rows and not rows[0].text.startswith(tuple(province_names())):
        rows = []

    def pieces(row: list[Line]) -> list[Piece] | None:
        return [Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.char_info(0, len(ln.text)), ln.xs)
                for ln in row] or None

    return pieces([name] if name is not None else []), pieces(rows), sex


def _text_rows_only(lines: list[Line]) -> list[Line]:
    """Without boxes several times taller than the page's text lines: the detector boxing the
    portrait (read as `Q1` or `Ω`) is no text, and its box would reach into every row beside it
    (a "value" beyond a gap after 民族 汉)."""
    if len(lines) < 5:
        return lines
    mid = sorted(ln.h for ln in lines)[len(lines) // 2]
    return [ln for ln in lines if ln.h <= PICTURE_BOX * mid]


ID_DOUBT = 0.9  # an ID number's digit below this may be the recogniser's runner-up (`_id_by_runner_up`)
ID_DOUBTS = 3  # at most this many doubtful digits are settled by the check digit


def _id_by_runner_up(lines: list[Line], labels: tuple[str, ...]) -> tuple[str, Line, object] | None:
    """An 18-character number that fails its check digit where the recogniser was torn on one to
    three digits (a digit half hidden under the portrait's shadow on a photocopy, `6` read `0` with
    `6` as runner-up): the one combination of the runner-ups that passes GB 11643 (check digit,
    a real birth date, a province) is the number — when every other digit was read sure (ID_DOUBT),
    exactly one combination passes, and the birth date printed on the card was read and is the
    number's (the sex too, when read). A single misread digit always fails the check; a sure digit
    misread as well would make the runner-ups pass only by chance, which the printed birth date
    and the uniqueness guard against. Returns (number, its line, the check) or None."""
    out = []
    for ln in lines:
        if len(ln.chars) != len(ln.text):
            continue
        t = ln.text.translate(_ID_CONFUSE).upper()
        for m in re.finditer(r"(?<![0-9])([0-9]{17}[0-9X])(?![0-9X])", t):
            info = ln.chars[m.start():m.end()]
            run = m.group(1)
            doubt = [i for i, (prob, _, _) in enumerate(info) if prob < ID_DOUBT]
            if not doubt or len(doubt) > ID_DOUBTS:
                continue
            options = []
            for i in doubt:
                alt = to_halfwidth(info[i][1]).translate(_ID_CONFUSE).upper()
                ok = alt.isdigit() or (alt == "X" and i == 17)
                options.append((run[i], alt) if ok and len(alt) == 1 and alt != run[i] else (run[i],))
            passing = []
            for combo in itertools.product(*options):
                cand = list(run)
                for i, ch in zip(doubt, combo, strict=True):
                    cand[i] = ch
                chk = validate_id_number("".join(cand))
                if chk.ok and chk.normalized:
                    passing.append((chk.normalized, chk))
            if len(passing) == 1:
                out.append((passing[0][0], ln, passing[0][1], doubt))
    if len({o[0] for o in out}) != 1:
        return None
    number, ln, chk, doubt = out[0]
    p = value_after(lines, FRONT["birth"], labels, anywhere=True)
    if not p or _norm_date(join(p)[0]) != chk.facts["birth_date"].isoformat():
        return None  # (the printed birth date must vouch for the number)
    p = value_after(lines, FRONT["sex"], labels, anywhere=True)
    sex = join(p)[0][:1] if p else ""
    if sex in ("男", "女") and sex != chk.facts["sex"]:
        return None
    # Only the check digit vouches for a doubtful digit the card prints nowhere else. One such
    # digit is settled safely (a single wrong digit always fails the check); two or more could
    # pass together by chance (1 in 11) when neither reading of one of them is right. Digits of
    # the birth date are vouched by the printed date, the sex digit by the printed sex, those of
    # the region code by a region code that exists.
    unvouched = [i for i in doubt if not (6 <= i <= 13) and not (i == 16 and sex in ("男", "女"))
                 and not (i < 6 and region_name(number[:6]) is not None)]
    if len(unvouched) > 1:
        return None
    return number, ln, chk


def extract_id_front(lines: list[Line]) -> dict[str, FieldResult]:
    labels = tuple(a for v in FRONT.values() for a in v)
    lines = normalize_labels(_text_rows_only(lines), labels)
    res: dict[str, FieldResult] = {}
    # ID number first: it validates birth date and sex
    valid = {}
    for source in (lines, [Line(t, sc, *box, -1) for t, box, sc in _row_joins(lines)]):
        for cand, ln in _id_candidates(source):
            chk = validate_id_number(cand)
            if chk.ok and chk.normalized:
                valid.setdefault(chk.normalized, (ln, chk))
        if valid:
            break  # (boxes joined along a row only when no box holds a valid number: a split number)
    idc = None
    if len(valid) == 1:
        number, (ln, idc) = next(iter(valid.items()))
        res["id_number"] = _result(number, [Piece(number, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2))], validated=True)
    else:
        shaped = any(re.search(r"\d{17}", ln.text.translate(_ID_CONFUSE)) for ln in lines)
        res["id_number"] = _blank(("no valid number" if shaped else "not found") if not valid
                                  else "several valid numbers")
        settled = _id_by_runner_up(lines, labels) if not valid else None
        if settled is not None:
            number, ln, idc = settled
            res["id_number"] = _result(number, [Piece(number, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2))], validated=True)
    unlabelled: tuple[list[Piece] | None, list[Piece] | None, Line | None] = (None, None, None)
    if LABELLESS_ROWS and idc is not None and all(find_label(lines, FRONT[k], anywhere=True) is None
                                                   for k in ("name", "sex", "birth", "address")):
        unlabelled = _labelless_rows(lines, ln, idc.facts)
    elif TOP_LABELS_LOST and idc is not None and all(find_label(lines, FRONT[k], anywhere=True) is None
                                                     for k in ("name", "sex")):
        name_row, _, sex_row = _labelless_rows(lines, ln, idc.facts)
        unlabelled = (name_row, None, sex_row)  # (the address keeps its own label)
    p = _without_stroke_first(_without_lead_marks(value_after(lines, FRONT["name"], labels, anywhere=True)))
    if p is None and find_label(lines, FRONT["name"], anywhere=True) is None:
        p = _name_above_sex(lines, labels) or unlabelled[0]
    p = _surname_sure(_twins_sure(_name_dots(p)))
    name = _person_name(join(p)[0]) if p else ""
    name_p = p
    if name and _CJK_NAME.match(name) and _card_name_shaped(name):
        res["name"] = _result(name, p, char_floor=NAME_CHAR, hairline=True)
        if not res["name"].flagged and no_surname(name):
            res["name"] = FieldResult(name, 0.5, res["name"].box, flagged=True, note=NO_SURNAME,
                                      weakest=res["name"].weakest)
    elif name:  # (`女` beside the label 姓名 on a page read askew: the sex's value, not a name)
        res["name"] = FieldResult(name, 0.5, join(p)[2] if p else None, flagged=True, note="not a name")
    else:
        res["name"] = _blank()
    p = _without_lead_marks(value_after(lines, FRONT["sex"], labels, anywhere=True))
    sex_p = p
    sex_txt = join(p)[0] if p else ""
    sex = sex_txt[:1] if sex_txt[:1] in ("男", "女") else ""
    if idc is not None:
        id_sex = idc.facts["sex"]
        if sex == id_sex:
            res["sex"] = _result(sex, p, validated=True)
        else:  # the chip-checked number decides; the printed value was misread or missing
            res["sex"] = FieldResult(id_sex, 0.95, res["id_number"].box, note="from ID number")
    else:
        res["sex"] = _result(sex, p) if sex else _blank()
    p = _without_rule_ends(_without_lead_marks(value_after(lines, FRONT["nation"], labels, anywhere=True)))
    nat_txt = join(p)[0] if p else ""
    name_n, code = normalize_nation(re.sub(r"[^\u4e00-\u9fff]", "", nat_txt).translate(_TRAD))
    if not (name_n and code) and res["sex"].box:
        lone = _nation_beside_sex(lines, res["sex"].box, labels)
        if not lone and NATION_LABEL_MISREAD and sex_p and sex_p[0].text[:1] in ("男", "女"):
            lone = _nation_beside_sex(lines, sex_p[0].box, labels, misread=True)
        if lone:
            p, name_n, code = lone
    if not (name_n and code) and NATION_BESIDE_PRINTED_SEX and idc is not None and res["sex"].note == "from ID number":
        # (the sex's label unread, its value came from the number and is boxed there: the printed
        # sex's own box is the row the card prints the nation on)
        printed = _printed_sex(lines, idc.facts["sex"])
        lone = _nation_beside_sex(lines, printed, labels) if printed else None
        if not lone and printed and NATION_LABEL_UNREAD:
            lone = _nation_beside_sex(lines, printed, labels, misread="any")
        if lone:
            p, name_n, code = lone
    if not (name_n and code) and LABELLESS_NATION and unlabelled[2] is not None:
        # (a label-less front's sex came from its number, boxed there: its own row, found by its
        # place, is where the card prints the nation, right of the sex)
        row = unlabelled[2]
        lone = _nation_beside_sex(lines, (row.x1, row.y1, row.x2, row.y2), labels)
        if lone:
            p, name_n, code = lone
    if not (name_n and code) and p:
        cut = _nation_before_copy_words(p)
        if cut:
            p, name_n, code = cut
    if not (name_n and code) and NATION_RUNNER_UP and p:
        second = _nation_runner_up(p)
        if second:
            p, name_n, code = second
    if not (name_n and code) and find_label(lines, FRONT["nation"], anywhere=True) is None:
        half = _nation_half_label(lines)
        if half:
            p, name_n, code = half
        elif NATION_ON_SEX_ROW and idc is not None:
            on_row = _nation_on_sex_row(lines, idc.facts["sex"])
            if on_row:
                p, name_n, code = on_row
    if name_n and code:
        p = _nation_twins(p)
        res["nation"] = _result(name_n, p, _value_score(p), vocabulary=True)
    else:
        res["nation"] = FieldResult(name_n, 0.5, join(p)[2] if p else None, flagged=True, note="not a coded nation")
    if res["name"].value and not res["name"].flagged and _han_name_too_long(res["name"].value, res["nation"]):
        res["name"] = FieldResult(res["name"].value, 0.5, res["name"].box, flagged=True, note="not a name")
    p = value_after(lines, FRONT["birth"], labels, anywhere=True)
    birth = _norm_date(join(p)[0]) if p else None
    birth_p = p if birth else None
    if idc is not None:
        id_birth = idc.facts["birth_date"].isoformat()
        if birth == id_birth:
            res["birth_date"] = _result(birth, p, validated=True)
        else:
            res["birth_date"] = FieldResult(id_birth, 0.95, join(p)[2] if p else res["id_number"].box,
                                            note="from ID number")
    else:
        res["birth_date"] = _result(birth, p) if birth else _blank()
    p = _twins_sure(_address_numbers(_address_ends(_places(_without_rule_ends(_without_rule_marks(value_after(
        lines, FRONT["address"], labels, multiline=True, max_lines=4, stop_below=FRONT["number"], anywhere=True)
        or unlabelled[1]), ends=(0,))))))
    if p:
        # the ID number row must never be swallowed into the address
        p = _keep(p, [x for x in p if not re.search(r"\d{15,}", x.text)])
    if p and birth_p and ADDRESS_NOT_BIRTH_ROW:
        # nor the birth row's value: on a card whose rows fan (a close phone shot off the card's edge,
        # a scanner app's warped crop: 16° at the name, 0° at the number) the box of `1987年5月24日`
        # reaches into the address's first row, which then starts with it (ZM zm_0014, zm_0075)
        taken = {x.box for x in birth_p}
        p = _keep(p, [x for x in p if x.box not in taken]) or None
    addr = join(p)[0] if p else ""
    over = _row_over_centred_block(lines, p, labels) if addr and not addr.startswith(tuple(province_names())) else None
    if over is not None:
        q = _twins_sure(_address_numbers(_address_ends(_places(_without_rule_ends(_without_rule_marks(_keep(p, [Piece(
            over.text, over.score, (over.x1, over.y1, over.x2, over.y2), over.char_info(0, len(over.text)),
            over.xs_of(0, len(over.text)))] + list(p))), ends=(0,))))))
        if q and join(q)[0].startswith(tuple(province_names())):
            p, addr = q, join(q)[0]
    if addr and not addr.startswith(tuple(province_names())):
        # a resident's address is written from its province down (广西壮族自治区… or 广西…): one
        # that starts otherwise lost its first characters (a cut corner, a glare) or gained some (a
        # background line read `一` before it) — not pre-filled
        res["address"] = FieldResult(addr, 0.5, join(p)[2] if p else None, flagged=True, note="no province first")
    else:
        res["address"] = _id_address_result(addr, p)
    column = [birth_p, p if addr.startswith(tuple(province_names())) else None]
    heads = [_label_head(lines, FRONT[k]) for k in ("name", "birth", "address")] if NAME_SHIFT_FROM_LABELS else []
    if name_p and not res["name"].flagged and _starts_right_of_column(name_p, column, heads):
        res["name"] = FieldResult(name, 0.5, res["name"].box, flagged=True, note="lost character")
    if name_p and not res["name"].flagged:
        res["name"].blank_after = _room_after_name(name_p)
    return res


def _room_after_name(name: list[Piece]) -> list[tuple[Box, Box, str]]:
    """Where the card has paper right after a name (nothing is printed between the name and the
    portrait): a thumb or a pen over the name's end covers it, and the name read before the cover
    lost its last characters (`柳文` of 柳文涛) — the reader looks there (`COVER_CHECK`)."""
    last = name[-1]
    if len(last.xs) != len(last.text) or not last.xs:
        return []
    pitch = _cjk_pitch(name) or (last.box[3] - last.box[1])
    x = last.xs[-1]
    return [((x + 0.65 * pitch, last.box[1], x + 1.5 * pitch, last.box[3]), last.box, COVER_CHECK)]


NAME_SHIFT = 0.8  # a name's first character this many of its pitches right of the values' column lost the one before
NAME_SHIFT_FROM_LABELS = True  # … measured from each row's own label where the name's label and another's were found


def _label_head(lines: list[Line], aliases: tuple[str, ...]) -> float | None:
    """Where a label's box starts (None: the label not found, or found inside a line's text).
    `normalize_labels` makes each label found a line of its own, whose box starts at its first
    character (its characters' centres are not kept there)."""
    found = find_label(lines, aliases, anywhere=True)
    if found is None or found[1] != 0:
        return None
    return found[0].x1


def _starts_right_of_column(name: list[Piece], others: list[list[Piece] | None],
                            heads: list[float | None] | None = None) -> bool:
    """A card prints every value of its left column (姓名, 性别, 出生, 住址) from one left edge: a
    name whose first character stands a good part of a character right of where the birth date and
    the address start lost its first character — the surname under a thumb, a pen or a glare, the
    given name read alone and shaped like a name. Measured between first characters' centres, in
    the name's own character pitch; the references are the values read sure enough to be taken
    (an address from its province, a parsed birth date), and the name must be right of all of them.
    Unknown positions decide nothing.

    `heads`: the x of the name's, the birth date's and the address's labels' first characters
    (`_label_head`). A card photographed at a slant on a desk whose edges were not found is read
    unflattened (the printed-matter box): its left edge leans, each row starting a little further
    left than the one above (ZB zb0134: 姓名 at x 281, 出生 249, 住址 229 on a 1,355 px page), so the
    name, the top row, stood right of the address by more than its pitch with nothing lost. The
    labels lean with the values: where the name's label and a reference's label were both found,
    each start is measured from its own row's label's box (a surname lost still leaves the name a
    character further from its label than the others stand from theirs)."""
    first = name[0]
    if len(first.xs) != len(first.text) or not first.xs:
        return False
    xs = [x for x, ch in zip(first.xs, first.text, strict=True) if _cjk(ch)]
    steps = sorted(b - a for a, b in zip(xs, xs[1:], strict=False) if b > a)
    pitch = steps[len(steps) // 2] if steps else first.box[3] - first.box[1]
    known = [q[0].xs[0] if q and len(q[0].xs) == len(q[0].text) and q[0].xs else None for q in others]
    if pitch <= 0:
        return False
    if heads and heads[0] is not None:
        offsets = [x - h for x, h in zip(known, heads[1:], strict=False) if x is not None and h is not None]
        if offsets:
            return first.xs[0] - heads[0] - max(offsets) > NAME_SHIFT * pitch
    starts = [x for x in known if x is not None]
    if not starts:
        return False
    return first.xs[0] - max(starts) > NAME_SHIFT * pitch


def _row_over_centred_block(lines: list[Line], p: list[Piece] | None, labels: tuple[str, ...]) -> Line | None:
    """The one row right over an address whose label stands level with the middle of the block that
    row and the address's rows make (a table cell centring 住址 beside three rows: the label's
    own row is the second one, so the value read from it lost its first row). None unless such a
    row stands where the address's rows start, on no label's row, and the block is centred on the
    label; the caller keeps it only when the address then starts with a province."""
    found = find_label(lines, FRONT["address"], anywhere=True)
    if not p or found is None:
        return None
    label = found[0]
    first = min(p, key=lambda q: (q.box[1], q.box[0]))
    h = first.box[3] - first.box[1]
    fcy = (first.box[1] + first.box[3]) / 2
    if h <= 0 or abs(label.cy - fcy) > 0.5 * h:
        return None
    over = [ln for ln in lines if fcy - 1.8 * h < ln.cy < fcy - 0.6 * h and abs(ln.x1 - first.box[0]) < h
            and not starts_with_label(ln.text, labels)
            and not any(o is not ln and same_row(o, ln) and starts_with_label(o.text, labels) for o in lines)]
    if len(over) != 1:
        return None
    if abs((over[0].y1 + max(q.box[3] for q in p)) / 2 - label.cy) > 0.5 * h:
        return None
    return over[0]


def _period(text: str) -> tuple[str | None, str | None]:
    m = _PERIOD_RE.search(numeral_dates(text))
    if not m:
        return None, None
    frm = parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    if m.group(4) == "长期":
        to: str | None = "长期"
    else:
        d = parse_date(f"{m.group(5)}-{m.group(6)}-{m.group(7)}")
        to = d.isoformat() if d else None
    return (frm.isoformat() if frm else None), to


def _id_period(text: str) -> tuple[str | None, str | None]:
    """The validity period of an ID card back: `YYYY.MM.DD-YYYY.MM.DD` or `YYYY.MM.DD-长期`.

    The card prints month and day with two digits, so the digits alone decide even when OCR
    dropped or confused the dots or the dash (`2015.0312 2035.03.12`, `2015.03.12一2035.03.12`):
    8 digits then 长期, or exactly 16 digits. Anything else (a lost or extra digit) is no period.
    """
    text = text.translate(_ID_CONFUSE) if re.search(r"\d{4}", text) else text
    long_term = "长期" in text
    digits = re.sub(r"\D", "", text.split("长期")[0] if long_term else text)
    if long_term and len(digits) == 8:
        frm = parse_date(digits)
        return (frm.isoformat() if frm else None), ("长期" if frm else None)
    if not long_term and len(digits) == 16:
        frm, to = parse_date(digits[:8]), parse_date(digits[8:])
        if frm and to:
            return frm.isoformat(), to.isoformat()
    return None, None


# a period's row boxed in two whose boxes overlap (a hand-held photo: `2023.05.25-2` and `2043.05.25`, the
# end's first 2 in both) is read without the characters the first box holds inside the second, where the
# second starts with them: the detector cut the row inside a character and the recogniser read it twice.
# Its digit count and its 5/10/20 years still decide the period (False: 17 digits, no period — ZY zy_0089)
PERIOD_READ_TWICE = True


def _without_read_twice(pieces: list[Piece]) -> list[Piece]:
    """`pieces` with the end of a piece dropped where its characters' centres lie inside the next
    piece's box and that piece begins with them (`PERIOD_READ_TWICE`); as given otherwise."""
    if not PERIOD_READ_TWICE or len(pieces) < 2:
        return pieces
    out = list(pieces)
    for i, (a, b) in enumerate(zip(pieces, pieces[1:], strict=False)):
        if len(a.xs) != len(a.text) or not a.text or not (b.box[0] < a.box[2] <= b.box[2]):
            continue
        h = max(1.0, min(a.box[3] - a.box[1], b.box[3] - b.box[1]))
        if abs((a.box[1] + a.box[3]) - (b.box[1] + b.box[3])) / 2 > h:
            continue  # (not one row)
        n = sum(1 for x in a.xs if x > b.box[0])
        if 0 < n < len(a.text) and b.text.startswith(a.text[-n:]):
            out[i] = Piece(a.text[:-n], a.score, (a.box[0], a.box[1], a.xs[-n - 1] + 0.5 * h, a.box[3]),
                           a.chars[:-n] if len(a.chars) == len(a.text) else a.chars, a.xs[:-n])
    return _keep(pieces, out) if out != list(pieces) else pieces


def _wrapped_term(pieces: list[Piece], lines: list[Line]) -> list[Piece]:
    """The period whole when its row wrapped before the end (a card reproduced in a narrow
    template: `2024.10.13-长` with `期` alone on the line under it, `2016.05.12-` over `2036.05.12`).
    A period ends in eight digits or in 长期, so a row ending `-长` can only go on with 期, and one
    ending in fewer than eight digits of its end with the rest of them (the 5/10/20-year check
    then holds for the dates as for a period on one row). The line taken must be the one right
    under the row, starting inside the value's span, and hold just what the end lacks."""
    text = "".join(x.text for x in pieces)
    m = re.search(r"\d{2}[-—–一~至]+(长|[\d.]*)$", text)
    if not m or (m.group(1) != "长" and len(re.sub(r"\D", "", m.group(1))) >= 8):
        return pieces
    lacking = 8 - len(re.sub(r"\D", "", m.group(1)))
    last = pieces[-1]
    x1, y2 = min(x.box[0] for x in pieces), last.box[3]
    h = max(1.0, last.box[3] - last.box[1])

    def completes(t: str) -> bool:
        if m.group(1) == "长":
            return t == "期"
        return bool(re.fullmatch(r"[\d.]+", t)) and len(re.sub(r"\D", "", t)) == lacking

    below = [ln for ln in lines if -0.5 * h <= ln.y1 - y2 <= 0.8 * h and x1 - 0.5 * h <= ln.x1 < last.box[2] + 0.5 * h
             and completes(ln.text.strip("。·"))]
    if len(below) != 1:
        return pieces
    ln = below[0]
    lead = len(ln.text) - len(ln.text.lstrip("。·"))
    part = ln.text.strip("。·")
    return [*pieces, Piece(part, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.char_info(lead, lead + len(part)))]


def _period_weakest(pieces: list[Piece]) -> float | None:
    """The least certain of a period's digits and 长期 (None when a piece has no per-character
    probabilities): the separators between them carry nothing of the dates."""
    if any(len(x.chars) != len(x.text) for x in pieces):
        return None
    text = "".join(x.text for x in pieces)
    chars = [c for x in pieces for c in x.chars]
    term = text.rfind("长期")
    probs = [c[0] for i, c in enumerate(chars) if text[i].isdigit() or (term >= 0 and term <= i < term + 2)]
    return min(probs) if probs else None


def _authority_like(text: str) -> bool:
    """A 签发机关 is a public security organ (…公安局, …公安局…分局, …派出所): other endings or
    characters are misreads."""
    return bool(len(text) >= 5 and "公安" in text and re.search(r"(局|所)$", text)
                and re.fullmatch(r"[\u4e00-\u9fff]+", text))


def _stray_before_place(auth: str) -> bool:
    """An authority is named after its place (宁波市公安局, 赛罕区公安局赛罕区分局): one that starts
    with no place name but whose second character starts one (`供宁波市公安局`) has a stray
    character before it — a mark, the card's pattern or a neighbour's ink read as one."""
    names = _place_names()
    return not any(auth.startswith(n) for n in names) and any(auth.startswith(n, 1) for n in names)


def _near_county(city: str, name: str, *, one: bool = True) -> bool:
    """`name` (ending 区 or 县) is none of `city`'s districts and counties but one character off
    exactly one of them (`one`; else off any of them): that name misread. A city's name may follow
    its province's (四川省成都市): the longest tail that names a city is taken. No such city, or a
    name far from all: not judged."""
    counties = next((c for i in range(len(city) - 2, -1, -1) if (c := counties_of(city[i:]))), frozenset())
    if not counties or name in counties:
        return False
    near = [c for c in counties if len(c) == len(name) and c[-1] == name[-1]
            and sum(a != b for a, b in zip(c, name, strict=True)) == 1]
    return len(near) == 1 if one else bool(near)


# an address's city and the district or county after it (…上海市杨浦区…, 四川省成都市武侯区…)
_CITY_DISTRICT = re.compile(r"([\u4e00-\u9fff]{1,10}?市)([\u4e00-\u9fff]{1,4}?[区县])")
DISTRICT_CHECK = True  # a licence address whose district is one character off one of its city's: not pre-filled


def _district_misread(addr: str) -> bool:
    """A licence's or permit's address names its city's district (上海市杨浦区国定路…): a district
    that is none of that city's but one character off one of them is misread (X x0088 `上海市场浦区`,
    杨 read 场 — off 杨浦区, 黄浦区 and 青浦区 alike: not pre-filled, which needs no choosing)."""
    m = _CITY_DISTRICT.match(addr)
    return bool(DISTRICT_CHECK and m and _near_county(m.group(1), m.group(2), one=False))


# an address's province in full and the city (or prefecture, league, county-level city) named after
# it (山西省太原市…, 湖北省恩施土家族苗族自治州…, 内蒙古自治区锡林郭勒盟…, 湖北省仙桃市…)
# (a digit or letter inside the city's name is a misread too — ZL zl_0125 `海南省海1市` for 海口市 on a
# photocopy; 1,676 true addresses of the cached sets and tests: none flagged by letting them in)
_PROVINCE_CITY = re.compile(r"([\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,6}自治区)"
                            r"([^省市区县盟旗路街道号村镇乡]{1,9}?(?:市|自治州|盟|地区))")
CITY_CHECK = True  # an address whose city is none of its province's is not pre-filled (False: not judged; the
# 1,088 province-led true addresses of X and ZC–ZK: none flagged)


def _city_not_of_province(addr: str) -> bool:
    """An address printed in full names its province and then one of that province's cities
    (GB/T 2260, every name a code has borne): a city that is no place of its province is a misread
    (a chat app's recompressed licence: ZK zk_0032 `山西省太京市…` for 太原市, 原 read 京 at 0.98).
    A province name not in the table, or an address that goes from its province to a street, is not
    judged. (A real city of the province misread as another real one is not caught: no list tells.)"""
    if not CITY_CHECK:
        return False
    m = _PROVINCE_CITY.match(addr)
    if not m:
        return False
    places = places_of_province(m.group(1))
    return bool(places) and m.group(2) not in places


# A public security organ's name writes 公安 before its own word: 公安局, 公安分局, 公安厅, 公安处 (a railway
# or forest bureau's), or is the county 公安县 (湖北, `公安县公安局`). A 公安 followed by anything else is a word of
# the organ misread — AH ah0022, a G4 TIFF back read `武汉市公安鵝洪山分局` (局 read 鵝, sure), which was pre-filled.
# In the truth of every cached set (AA–AH, ZZ: 159 authorities) 公安 is followed by 局 alone. (False: off)
AUTHORITY_BUREAU_WORD = True  # (landed off under load; switched on by the lead with the folder run)
_BUREAU_WORD = re.compile(r"公安(?![局分厅处县])")


def _bureau_word_misread(auth: str) -> bool:
    """`AUTHORITY_BUREAU_WORD`: a 公安 in the authority not followed by 局, 分, 厅, 处 or 县."""
    return bool(AUTHORITY_BUREAU_WORD and _BUREAU_WORD.search(auth))


# A city's bureau as often names its branch by the district's name without 区 or 县 (武汉市公安局武昌分局,
# 上海市公安局浦东分局 of 浦东新区, 南京市公安局玄武分局): such a short name that is no district's of the city
# but one character off exactly one district's short name is that name misread — AJ aj_009, a standard-
# resolution fax of a back read `武汉市公安局武员分局` (昌 read 员, sure) and pre-filled. A short name far from
# every district (高新分局, 经开分局, a name the city's list lacks by two characters or more) is not judged.
# (False: off, only a branch written with 区/县 is judged)
AUTHORITY_SHORT_BRANCH = True


def _short_branch_misread(city: str, name: str) -> bool:
    """`AUTHORITY_SHORT_BRANCH`: `name` (a branch's name without 区/县) is no short name of `city`'s
    districts and counties (the name less 区, 县 or 新区) but one character off exactly one of them."""
    counties = next((c for i in range(len(city) - 2, -1, -1) if (c := counties_of(city[i:]))), frozenset())
    if not counties:
        return False
    stems = {c[:-1] for c in counties if c[-1] in "区县" and len(c) > 2} \
        | {c[:-2] for c in counties if c.endswith("新区") and len(c) > 3}
    if name in stems:
        return False
    near = [c for c in stems if len(c) == len(name) and sum(a != b for a, b in zip(c, name, strict=True)) == 1]
    return len(near) == 1


def _branch_misread(auth: str) -> bool:
    """A city's bureau names its branch after one of the city's districts or counties
    (成都市公安局武侯区分局): a branch name that is none of them but one character off exactly one
    of them is that name misread (ZA za0087, a fax: `武保区` for 武侯区). A branch named otherwise
    (高新区分局, a name far from every district) is not judged; one named without 区/县 (武侯分局)
    only with `AUTHORITY_SHORT_BRANCH`."""
    m = re.fullmatch(r"([\u4e00-\u9fff]*市)公安局([\u4e00-\u9fff]{1,6}[区县])分局", auth)
    if not m:
        m = re.fullmatch(r"([\u4e00-\u9fff]*市)公安局([\u4e00-\u9fff]{2,5})分局", auth) if AUTHORITY_SHORT_BRANCH else None
        return bool(m) and _short_branch_misread(m.group(1), m.group(2))
    return _near_county(m.group(1), m.group(2))  # (the city after its province's name, 四川省成都市)


# An ID back's authority of the city bureau's branch form, `<city>公安局<district>分局`, whose district is one
# of that city's (GB/T 2260) and whose doubtful characters (under WEAK_CHAR) all stand in the form's own
# words 公安局 and 分局 is pre-filled (False: doubted as free text): those words are the same on every such
# card, and the form with a real city and one of its districts read sure around them is the closed
# vocabulary the value comes from (ZZ zz_082, a photocopied back: `上海市公安局徐汇区分局` with one 局 at 0.53,
# 周 second — blanked). A doubt in a place name, or a branch named otherwise (高新区分局, 武侯分局), is judged
# as before.
AUTHORITY_FIXED_WORDS = True
_AUTHORITY_FORM = re.compile(r"([\u4e00-\u9fff]*?市)(公安局)([\u4e00-\u9fff]{1,6}?[区县])(分局)")


def _fixed_words_doubt(auth: str, pieces: list[Piece] | None) -> bool:
    """`AUTHORITY_FIXED_WORDS`: whether every doubtful character of the authority `auth` read from
    `pieces` lies in the words of its branch form (公安局, 分局), the form's district being one of its
    city's (the city after its province's name, 四川省成都市, taken by its longest named tail)."""
    m = _AUTHORITY_FORM.fullmatch(auth)
    if not m or not pieces:
        return False
    city = m.group(1)
    counties = next((c for i in range(len(city) - 2, -1, -1) if (c := counties_of(city[i:]))), frozenset())
    if m.group(3) not in counties:
        return False
    text = "".join(x.text for x in pieces)
    chars = [c for x in pieces for c in x.chars]
    off = text.find(auth)
    if off < 0 or len(chars) != len(text):
        return False
    fixed = {*range(m.start(2), m.end(2)), *range(m.start(4), m.end(4))}
    return all(chars[off + i][0] >= WEAK_CHAR or i in fixed for i in range(len(auth)))


# an ID back's authority read as a city's bureau (…市公安局, no branch after it) is taken only where the
# paper after it on its row is blank (`reader.confirm_row_end`; False: taken as read): a branch's name there
# under a stamp the detector did not box is ink (AD ad_049, `九江市公安局` of 九江市公安局浔阳区分局)
AUTHORITY_BRANCH_ROOM = True
BRANCH_AFTER = "row goes on after the bureau"  # `blank_after` note: ink where a bureau's branch name would start


# a copy stamp's own box taken as an ID back authority's wrapped row is dropped (False: kept, and the
# authority, not ending in 公安局/分局, is blank)
AUTHORITY_STAMP_ROW = True


def _stamp_only(text: str) -> bool:
    """Whether a box holds a copy stamp's words and nothing else (`复印件与原件一致`,
    `仅供办理开户使用，他用无效`): what a copy's owner stamps or writes on it, never a value's row
    (`layout.COPY_MARK`, its punctuation aside)."""
    return bool(COPY_MARK.fullmatch(re.sub(r"[，,。.、:：;；\s]", "", text)))


LABEL_TAIL_CUT = True  # an authority's line starting with its label's tail is read after it (False: blank)


def _label_tail_before(text: str, aliases: tuple[str, ...], whole: Callable[[str], bool]) -> int:
    """How many characters of `text` are a label's tail (LABEL_PART or more of one of `aliases`, not
    the whole label) before a value `whole` judges complete, else 0. The label's head was not read
    (a chat screenshot's small print: 签 of 签发机关 inside the box, the recogniser starting at 发),
    so the label was not found, and its rest stands glued before the value (ZQ zq_0147)."""
    if not LABEL_TAIL_CUT:
        return 0
    for lab in aliases:
        for i in range(1, len(lab) - LABEL_PART + 1):
            if text.startswith(lab[i:]) and whole(text[len(lab) - i:]):
                return len(lab) - i
    return 0


def extract_id_back(lines: list[Line]) -> dict[str, FieldResult]:
    labels = tuple(a for v in BACK.values() for a in v)
    lines = normalize_labels(lines, labels)
    res: dict[str, FieldResult] = {}
    # (an authority starts with its place's name, which never starts with `一` or a dash: a line of
    # the card's background pattern read before it is dropped)
    # (a narrow frame wraps a long one onto three rows, `新疆维吾尔自治区` / `乌鲁木齐市公安局` /
    # `沙依巴克区分局`: the first two alone look like a whole authority, so all three are read; a
    # row under the last one taken still leaves it blank, `gap in the value's row`)
    p = _places(_without_rule_ends(value_after(lines, BACK["authority"], labels, multiline=True, max_lines=2), (0,)))
    if p:  # an authority has no digits: a wrapped "line" with digits is the validity period below it
        keep = next((i for i, x in enumerate(p) if re.search(r"\d", x.text)), len(p))
        p = _keep(p, p[:keep]) or None
    if p and AUTHORITY_STAMP_ROW and len(p) > 1:
        # … nor a copy's stamp: `复印件与原件一致` stamped under the authority's row, in a box of its
        # own, is taken as the authority's wrapped row (ZL zl_0104) — that box is no part of it
        kept = [x for x in p if not _stamp_only(x.text)]
        if len(kept) == 1 and kept[0] is p[0]:
            # (the stamp beside the row, past a gap, is what marked the value holed: one box before
            # it, the label's and the authority's, holds no gap of its own)
            p = Value(kept)
        elif kept:
            p = _keep(p, kept)
        else:
            p = None
    if not p:  # the label was lost (glare): the one line that is a whole authority's name
        found = [ln for ln in lines if _authority_like(ln.text)]
        if len(found) == 1:
            ln = found[0]
            # (… or read without its head, its rest glued to the authority: `发机关昆明市公安局…`)
            cut = _label_tail_before(ln.text, BACK["authority"], _authority_like)
            x1 = ln.x_at(cut) if cut else ln.x1
            p = _places([Piece(ln.text[cut:], ln.score, (x1, ln.y1, ln.x2, ln.y2), ln.char_info(cut, len(ln.text)),
                               ln.xs_of(cut, len(ln.text)))])
    p = _without_trail_marks(p)
    auth = _name_value(join(p)[0]) if p else ""
    plausible = _authority_like(auth)
    res["issuing_authority"] = _result(auth, p, vocabulary=AUTHORITY_FIXED_WORDS and _fixed_words_doubt(auth, p)) \
        if plausible else (
        FieldResult(auth, 0.5, join(p)[2] if p else None, flagged=True, note="not an authority") if auth else _blank())
    if plausible and _stray_before_place(auth):
        res["issuing_authority"] = FieldResult(auth, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="stray character before the place")
    elif plausible and (_branch_misread(auth) or _bureau_word_misread(auth)):
        res["issuing_authority"] = FieldResult(auth, 0.5, join(p)[2] if p else None, flagged=True,
                                               note="not an authority")
    auth_res = res["issuing_authority"]
    if AUTHORITY_BRANCH_ROOM and p and not auth_res.flagged and auth.endswith("市公安局"):
        # a city's bureau issues cards through its districts' branches, printed after it on its row
        # (九江市公安局浔阳区分局): a branch's name under a stamp or a thumb, unboxed, leaves the bureau
        # read sure and whole-looking (AD ad_049). Not pre-filled where the reader finds strokes where
        # the branch's first character would stand (`reader.confirm_row_end`)
        last = p[-1]
        if last.text.endswith("局") and len(last.xs) == len(last.text) and last.xs:
            pitch = _cjk_pitch(p) or (last.box[3] - last.box[1])
            # (clear of the 局's own right stroke: a small print's last centre may be read left of it)
            x = max(last.xs[-1] + 0.65 * pitch, last.box[2])
            # (the value stays as read until then: every comparison of readings before the end counts it)
            auth_res.blank_after = [*auth_res.blank_after, ((x, last.box[1], x + 0.85 * pitch, last.box[3]),
                                                            last.box, BRANCH_AFTER)]
    p = value_after(lines, BACK["period"], labels)
    p = _wrapped_term(_without_read_twice(p), lines) if p else p
    frm, to = _id_period(join(p)[0]) if p else (None, None)
    if not (frm and to):  # the label was lost (glare) or merged away: the one line that is a period
        # (a row wrapped between 长 and 期 is that one line with its 期: `_wrapped_term`)
        rows = [_wrapped_term([Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.char_info(0, len(ln.text)))],
                              lines) for ln in lines if re.search(r"\d{4}", ln.text)]
        found = [(_id_period(join(q)[0]), q) for q in rows]
        found = [(ft, q) for ft, q in found if ft[0] and ft[1]]
        if len(found) == 1:
            (frm, to), p = found[0]
        elif not found and PERIOD_START_SETTLE and p is None:
            # … or the one line ending in a whole date after a dash whose start is cut (a thumb over
            # the label and the start's head: `16.11.15-2021.11.15`): read as under its label
            cut = [q for q in rows if _period_end(q).value]
            if not cut and PERIOD_CUT_AFTER_YEAR:
                # … or the one line starting with a whole date and a dash whose end is cut after its year
                # (`2018.01.03-2038.`, the label under a seal): read as under its label
                cut = [q for q in rows if _PERIOD_START_YEAR.match(join(q)[0].translate(_ID_CONFUSE))
                       and _period_start(q).value]
            p = cut[0] if len(cut) == 1 else None
    if frm and to and p:
        d_from = dt.date.fromisoformat(frm)
        years = next((y for y in (5, 10, 20) if to != "长期" and add_years(d_from, y).isoformat() == to), None)
        if years:  # both dates agree with a legal term: a misread would have to hit both alike
            res["valid_from"] = _result(frm, p, validated=True)
            res["valid_to"] = _result(to, p, validated=True)
        elif to == "长期":
            # only the digits and 长期 decide the period (`_id_period`): a doubtful dot or dash
            # beside them (`有效期限·2022.11.28-长期`) makes no date doubtful
            weakest = _period_weakest(p)
            res["valid_from"] = _result(frm, p, weakest=weakest)
            res["valid_to"] = _result(to, p, weakest=weakest)
        elif PERIOD_START_SETTLE and int(frm[:4]) < ID_FIRST_YEAR and frm[4:] == to[4:]:
            # a start no card can have (`0015.12.15`: a shaken frame smeared its year's head): the
            # misread is the start's, and the end — its day and month repeated by the start's —
            # stands as when the start is covered; the start is the end a legal term earlier
            res["valid_to"] = _period_end(p, start_misread=True)
            res["valid_from"] = _period_start_settled(p, res["valid_to"])
        else:  # a period the law does not give: one of the dates was misread
            res["valid_from"] = FieldResult(frm, 0.5, join(p)[2], flagged=True, note="period not 5/10/20 years")
            res["valid_to"] = FieldResult(to, 0.5, join(p)[2], flagged=True, note="period not 5/10/20 years")
    else:
        res["valid_to"] = _period_end(p) if p else _blank()
        res["valid_from"] = _period_start(p) if p else _blank()
        if p and not res["valid_from"].value and PERIOD_START_SETTLE:
            res["valid_from"] = _period_start_settled(p, res["valid_to"])
    return res


# 居民身份证法 第5条: the term by the holder's age when the card is applied for (years; None = 长期)
_ID_TERMS = ((16, 5), (26, 10), (46, 20))
_APPLIED_BEFORE = dt.timedelta(days=92)  # a card starts on its issue, weeks to months after the application


def _term_for_age(birth: dt.date, day: dt.date) -> str:
    age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    years = next((y for limit, y in _ID_TERMS if age < limit), None)
    return "长期" if years is None else str(years)


def term_fits_age(birth: dt.date, valid_from: str, valid_to: str) -> bool:
    """Whether a card's validity period is the term the law gives the holder's age (<16 → 5 years,
    16–25 → 10, 26–45 → 20, 46 and over → 长期). The age counts at the application, which the
    start date follows by up to a few months: an age crossing a limit in between allows both."""
    start = dt.date.fromisoformat(valid_from)
    if valid_to == "长期":
        term = "长期"
    else:
        end = dt.date.fromisoformat(valid_to)
        term = next((str(y) for y in (5, 10, 20) if add_years(start, y) == end), "")
    return term in {_term_for_age(birth, start), _term_for_age(birth, start - _APPLIED_BEFORE)}


def cross_check_sides(extractions: list[Extraction]) -> None:
    """Both sides of one card on a page (a 身份证复印件): the back's period must be the term the law
    gives the front's holder at its start, or one side was misread (a 长期 read on a young holder's
    card, a wrong year) — then the period is flagged, never changed. The birth date comes from the
    front's 出生 row or its number, whichever was read sure."""
    fronts = [e for e in extractions if e.kind == "id_card_front"]
    backs = [e for e in extractions if e.kind == "id_card_back"]
    if len(fronts) != 1 or len(backs) != 1:
        return
    front, back = fronts[0], backs[0]
    birth = next((parse_date(f.value) for f in (front.fields.get("birth_date"),) if f and f.value and not f.flagged), None)
    number = front.fields.get("id_number")
    if birth is None and number and number.value and not number.flagged:
        birth = parse_date(number.value[6:14])
    frm, to = back.fields.get("valid_from"), back.fields.get("valid_to")
    if birth is None or not (frm and to and frm.value and to.value) or frm.flagged or to.flagged:
        return
    if not term_fits_age(birth, frm.value, to.value):
        for f in (frm, to):
            f.flagged, f.note = True, "term does not fit the age"


# a period whose start is whole and whose end was cut (a thumb, glare): `2019.05.02-20`, or
# `2024.01.09-` with what is left of a covered 长期 (`期` half hidden, read `月`)
_PERIOD_START = re.compile(r"^(\d{4})[.\-/]?(\d{2})[.\-/]?(\d{2})[-—–一~至]+(\d{0,7}|[^\d.]?)$")
# a period whose end is whole and whose start was cut: `20` … `25-2024.06.25`
_PERIOD_END = re.compile(r"^([\d.]*?)[-—–一~至]+(\d{4})[.\-/]?(\d{2})[.\-/]?(\d{2})$")
# … or cut after its year and the dot that follows it (`2018.01.03-2038.`: a copy of a copy whose seal's ring
# crosses the row's end, ZZ zz_080): the start is as whole, and the end's year, read, must be a legal term
# (5, 10 or 20 years) after the start's — a misread year (`2036.0` for 2038.01.03) leaves both blank (False: off)
PERIOD_CUT_AFTER_YEAR = True
_PERIOD_START_YEAR = re.compile(r"^(\d{4})[.\-/]?(\d{2})[.\-/]?(\d{2})[-—–一~至]+((\d{4})[.\-/]\d{0,2}[.\-/]?\d?)$")


def _period_start(pieces: list[Piece]) -> FieldResult:
    """The validity period's start when its end is hidden (a thumb or a glare over the end of the
    row): the card prints `YYYY.MM.DD-`, so eight digits and the dash ending it are the whole
    start date, and what follows (fewer than eight digits, no 长期) is the cut end. No term checks
    the start alone, so each of its digits must be read sure (DIGIT_CHAR, like a 成立日期)."""
    text = "".join(x.text for x in pieces)
    lead = len(text) - len(text.lstrip("有效期限:"))
    m = _PERIOD_START.match(text[lead:].translate(_ID_CONFUSE))
    if m is None and PERIOD_CUT_AFTER_YEAR:
        m = _PERIOD_START_YEAR.match(text[lead:].translate(_ID_CONFUSE))
        if m and int(m.group(5)) - int(m.group(1)) not in (5, 10, 20):
            return _blank()
    if not m or any(len(x.chars) != len(x.text) for x in pieces):
        return _blank()
    if m.group(4) and not m.group(4)[0].isdigit() and pieces[-1].text != m.group(4):
        return _blank()  # (what is left of a covered 长期 stands beyond the cover, in a box of its own)
    d = parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    if d is None:
        return _blank()
    chars = [c for x in pieces for c in x.chars][lead:]
    digits = [c[0] for ch, c in zip(text[lead:], chars, strict=False) if ch.isdigit()][:8]
    return _result(d.isoformat(), pieces, weakest=min(digits), char_floor=DIGIT_CHAR)


def _period_end(pieces: list[Piece], start_misread: bool = False) -> FieldResult:
    """The validity period's end when the start is partly hidden (a thumb over the middle of the
    row: `20` … `25-2024.06.25`): eight digits after the dash at the row's end are the whole end
    date. A term is whole years, so the end's day (and month) repeats the start's: the start's
    last digits read before the dash must be the end's — two at least, so that a start cut
    anywhere but its day vouches for nothing and leaves the end blank. Each of the end's digits
    must be read sure (DIGIT_CHAR). With `start_misread` the start was read whole but its year is
    none a card can have (`extract_id_back`): its last four digits vouch for the end all the same."""
    text = "".join(x.text for x in pieces)
    lead = len(text) - len(text.lstrip("有效期限:"))
    m = _PERIOD_END.match(text[lead:].translate(_ID_CONFUSE))
    if not m or any(len(x.chars) != len(x.text) for x in pieces):
        return _blank()
    d = parse_date(f"{m.group(2)}-{m.group(3)}-{m.group(4)}")
    # (only the digits read with the dash, in one box: a box before a gap is another part of the start)
    dashed = next((x.text for x in reversed(pieces) if re.search(r"[-—–一~至]", x.text)), "")
    seen = re.sub(r"\D", "", re.split(r"[-—–一~至]", dashed.translate(_ID_CONFUSE))[0])
    if d is None or len(seen) < 2 or (len(seen) >= 8 and not start_misread) \
            or not (m.group(3) + m.group(4)).endswith(seen[-4:]):
        return _blank()
    chars = [c for x in pieces for c in x.chars][lead:]
    digits = [c[0] for ch, c in zip(text[lead:], chars, strict=False) if ch.isdigit()][-8:]
    # (the gap where the start is covered is expected: the repeated day vouches for the row)
    return _result(d.isoformat(), list(pieces), weakest=min(digits), char_floor=DIGIT_CHAR)


# 《居民身份证条例》 (1984): the first cards were issued from 1984, so no card's term starts earlier —
# a start read before it lost its year's head, not a date (False: such a period stays blank)
ID_FIRST_YEAR = 1984
# a period's start whose year's head is lost (covered, smeared) is settled from its end (False: blank)
PERIOD_START_SETTLE = True
_START_TAIL = re.compile(r"(\d{2,4})[.\-/]?(\d{2})[.\-/]?(\d{2})[-—–一~至]+\d{4}[.\-/]?\d{2}[.\-/]?\d{2}$")


def _period_start_settled(pieces: list[Piece], end: FieldResult) -> FieldResult:
    """The start of an ID card's term whose end was read sure but whose start year lost its head
    (a thumb over `20` of `2016.11.15-`, a smear read `0015`). The term is 5, 10 or 20 years,
    whole (居民身份证法 第5条; 长期 has no end date), so the start is the end's day that many years
    earlier: the start's own month and day, read, must be the end's, and its year's last two
    digits, read sure, must name one of the three terms (they give three different pairs of
    digits, so at most one). Blank otherwise: nothing else vouches for a start."""
    if not end.value or end.flagged or end.value == "长期":
        return _blank()
    text = "".join(x.text for x in pieces)
    chars = [c for x in pieces for c in x.chars]
    m = _START_TAIL.search(text.translate(_ID_CONFUSE))
    if m is None or len(chars) != len(text):
        return _blank()
    day_end = dt.date.fromisoformat(end.value)
    if (int(m.group(2)), int(m.group(3))) != (day_end.month, day_end.day):
        return _blank()
    tail = int(m.group(1)[-2:])
    terms = [y for y in (5, 10, 20) if (day_end.year - y) % 100 == tail]
    at = [m.end(1) - 2, m.end(1) - 1, m.start(2), m.start(2) + 1, m.start(3), m.start(3) + 1]
    weakest = min(chars[i][0] for i in at)
    if len(terms) != 1 or weakest < DIGIT_CHAR:
        return _blank()
    start = add_years(day_end, -terms[0])
    return _result(start.isoformat(), list(pieces), weakest=min(weakest, end.confidence), char_floor=DIGIT_CHAR)


USCC_SERIAL = True  # an 18-character run printed after a number label (`证照编号:`) is no credit code (False: off)
# the end of a number label right before a run: `证照编号:`, `副本编号:`, `注册号`, and misreads of the first
# (`证输输号:`, `证图号:`, `证报编号:` — zf0019, zf0145, zg0132, zf0036 as read)
_NUMBER_LABEL_END = re.compile(r"号\s*[:：]?\s*$")
# (… but not the code's own label with its 码 misread, `信用代号`, nor a 食品经营许可证's `社会信用代码(身份证号码)`
# cut after its 号: the code stands right after both)
_CODE_LABEL_END = re.compile(r"(代|身份证)\s*号\s*[:：]?\s*$")


def _after_number_label(src: str, at: int) -> bool:
    """Whether the run at `at` of a line's text follows a number label on its line: the 2019
    营业执照 prints the licence's own serial (`证照编号:` and 18 or more digits) right under the credit
    code, and an 18-digit serial passes the code's check character one time in 31 (ZF: zf0019's
    `631356794261240533`, zf0145's `186284650123863683` — two valid codes, the field blank). The code
    itself follows `统一社会信用代码` (a `码`) or stands alone under it, never a `号`."""
    head = src[:at]
    return USCC_SERIAL and bool(_NUMBER_LABEL_END.search(head)) and not _CODE_LABEL_END.search(head)


def _uscc_in(texts: list[tuple[str, tuple[float, float, float, float], float]], *,
             serials: bool = True) -> dict[str, tuple]:
    """Valid credit codes standing alone (not inside a longer run) in `texts`: code → (box, score).
    `serials=False`: none printed as a number label's value (`_after_number_label`) — for the field;
    as a kind's evidence (`kinds._key_number`) a licence's serial that passes counts as before."""
    found: dict[str, tuple] = {}
    for text, box, score in texts:
        t = text.upper()
        for src in (t, t.translate(_USCC_CONFUSE)):
            for m in re.finditer(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])", src):
                if not serials and _after_number_label(src, m.start()):
                    continue
                chk = validate_uscc(m.group(1))
                if chk.ok and chk.normalized:
                    found.setdefault(chk.normalized, (box, score))
    return found


def _box(ln: Line) -> tuple[float, float, float, float]:
    return ln.x1, ln.y1, ln.x2, ln.y2


def _row_joins(lines: list[Line]) -> list[tuple[str, tuple[float, float, float, float], float]]:
    """Boxes the detector split one printed run into (a letter-spaced code): each box joined with
    the next ones to its right on its row, when they nearly touch and meet letter to letter."""
    out = []
    for a in lines:
        text, cur, parts = a.text, a, [a]
        for _ in range(2):
            nxt = [b for b in lines if b is not cur and same_row(cur, b) and -0.2 * cur.h <= b.x1 - cur.x2 < 1.5 * cur.h]
            b = min(nxt, key=lambda o: o.x1, default=None)
            if b is None or not (text[-1:].isascii() and text[-1:].isalnum() and b.text[:1].isascii() and b.text[:1].isalnum()):
                break
            text, cur = text + b.text, b
            parts.append(b)
            out.append((text, (min(p.x1 for p in parts), min(p.y1 for p in parts), max(p.x2 for p in parts),
                               max(p.y2 for p in parts)), min(p.score for p in parts)))
    return out


def _uscc_runner_up(lines: list[Line]) -> dict[str, tuple]:
    """An 18-character run that fails its check character, with one or two doubtful characters:
    the recogniser's second choices for them, when exactly one combination passes the check
    character and names a known department and region (a wrong combination passing all three
    by chance is rare; two passing: nothing is taken)."""
    found: dict[str, tuple] = {}
    for ln in lines:
        if len(ln.chars) != len(ln.text):
            continue
        t = ln.text.upper().translate(_USCC_CONFUSE)
        for m in re.finditer(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])", t):
            if _after_number_label(t, m.start()):
                continue
            doubtful = [i for i in range(m.start(), m.end()) if ln.chars[i][0] < 0.9 and ln.chars[i][1]]
            if not doubtful or len(doubtful) > 2:
                continue
            for mask in range(1, 2 ** len(doubtful)):
                cand = list(m.group(1))
                for k, i in enumerate(doubtful):
                    if mask >> k & 1:
                        cand[i - m.start()] = to_halfwidth(ln.chars[i][1]).upper().translate(_USCC_CONFUSE)
                code = "".join(cand)
                if len(code) != 18:
                    continue
                chk = validate_uscc(code)
                if chk.ok and chk.normalized and not any(w.code in ("uscc.region", "uscc.department")
                                                         for w in chk.warnings):
                    found.setdefault(chk.normalized, (_box(ln), ln.score))
    return found if len(found) == 1 else {}


USCC_DOUBT = 0.7  # a code valid as read with two characters below this in every reading of it is doubted (0: off)


def _uscc_doubted(code: str, lines: list[Line]) -> bool:
    """A credit code that passes its check character as read, but with two characters or more
    the recogniser was unsure of (below USCC_DOUBT) in every line that holds it: the check
    character catches any one misread, while two or more pass it together by chance one time in
    31 (zd0081: `9233021219832MJC0Q` for …19HJ2MJCGQ, three misread at 0.48–0.67, valid)."""
    if not USCC_DOUBT:
        return False
    seen = False
    for ln in lines:
        if len(ln.chars) != len(ln.text):
            continue
        t = ln.text.upper()
        for src in (t, t.translate(_USCC_CONFUSE)):
            at = src.find(code)
            if at < 0:
                continue
            seen = True
            if sum(c[0] < USCC_DOUBT for c in ln.chars[at:at + len(code)]) < 2:
                return False
            break
    return seen


def _uscc(lines: list[Line]) -> FieldResult:
    found = _uscc_in([(ln.text, _box(ln), ln.score) for ln in lines], serials=False)
    if len(found) == 1 and _uscc_doubted(next(iter(found)), lines):
        code, (box, score) = next(iter(found.items()))
        return FieldResult(code, min(score, 0.5), box, flagged=True, note="doubtful character")
    if not found:  # a code split into boxes, or one doubtful character the check character settles
        found = _uscc_in(_row_joins(lines), serials=False) or _uscc_runner_up(lines)
    if len(found) == 1:
        code, (box, score) = next(iter(found.items()))
        return _result(code, [Piece(code, score, box)], validated=True)
    shaped = any(re.search(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", ln.text.upper()) for ln in lines)
    return _blank(("no valid code" if shaped else "not found") if not found else "several valid codes")


# the words inside the brackets of a 市场主体类型 (e.g. 有限责任公司（自然人投资或控股的法人独资）)
TYPE_WORDS = ("自然人投资或控股的法人独资", "非自然人投资或控股的法人独资", "自然人投资或控股", "自然人独资", "法人独资",
              "国有独资", "国有控股", "外商投资", "外商独资", "外商合资", "外国法人独资", "外国自然人独资",
              "台港澳法人独资", "台港澳自然人独资", "台港澳与境内合资", "台港澳投资", "港澳台投资", "中外合资",
              "中外合作", "外商投资企业投资", "外商投资企业法人独资", "非上市", "上市", "分公司", "国有参股",
              "集体所有制", "全民所有制", "股份合作制", "联营",
              # the rest of the 市场主体类型 code table's bracketed words
              "非独资", "未上市", "外商投资企业合资", "外商投资企业与内资合资", "台港澳合资", "台港澳与外国投资者合资",
              "外国非法人经济组织独资", "港澳台法人独资", "港澳台自然人独资", "港澳台与境内合资", "港澳台合资",
              "中外合资", "内资", "国有", "私营", "外资", "独资", "合伙", "国有独资企业", "港澳台投资",
              # a collective or state enterprise reorganised as a 股份合作 one (集体所有制(股份合作)), and
              # the branches the table marks as no legal person (集体分支机构(非法人))
              "股份合作", "非法人")
COMPANY_ENDINGS = ("公司", "分公司", "公司分公司", "有限公司")
# the 市场主体类型 a licence prints before its bracket (企业登记 type names)
TYPE_NAMES = frozenset({
    "有限责任公司", "有限责任公司分公司", "股份有限公司", "股份有限公司分公司", "其他有限责任公司",
    "其他有限责任公司分公司", "其他股份有限公司", "其他股份有限公司分公司", "个体工商户", "个人独资企业",
    "个人独资企业分支机构", "普通合伙企业", "有限合伙企业", "特殊普通合伙企业", "合伙企业分支机构",
    "农民专业合作社", "农民专业合作社分支机构", "农民专业合作社联合社", "全民所有制", "集体所有制", "股份制",
    "股份合作制", "联营", "非公司私营企业", "外商投资企业分支机构", "有限责任公司分支机构", "股份有限公司分支机构",
    # the branches of foreign-invested enterprises and of state, collective and 股份合作 ones
    "外商投资企业分公司", "外商投资合伙企业", "外商投资合伙企业分支机构", "全民所有制分支机构", "集体分支机构",
    "股份合作制分支机构", "联营分支机构"})


# A 市场主体类型 whose type name is one character off one name of the closed table, and at least TYPE_NAME_MARGIN
# edits from every other, its bracketed words (if any) all of the table, is that name (0: off, such a type stays blank
# `vocabulary`). AF af_0012 (a 196-line fax of a 营业执照, Song print thresholded): `有限员任公司（非自然人投资或控股的法人
# 独资）` at 0.99, 责 drawn without its horizontals read 员 with no runner-up the grammar (`_by_grammar`) could choose
# — blank, though no other type is within reach. The type is a closed code table (GB/T 市场主体类型): a reading one
# substitution from one name and 3 edits or more from all others is another name only if two of its characters were misread.
# The bracketed words are never snapped (`自然人投资或控股的法人独资` and `非自然人…` differ by one character).
TYPE_NAME_MARGIN = 3


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _near_type(v: str) -> str | None:
    """`v` with its type name put right when it is one substitution from exactly one name of the table
    and TYPE_NAME_MARGIN edits or more from every other, its bracketed words all of the table (None: not so)."""
    m = re.fullmatch(r"([^()]+)(\(([^()]+)\))?", v)
    if not TYPE_NAME_MARGIN or not m or m.group(1) in TYPE_NAMES or len(m.group(1)) < 4:
        return None
    if m.group(3) is not None and not all(w in TYPE_WORDS for w in re.split(r"[、,]", m.group(3))):
        return None
    name = m.group(1)
    near = [t for t in TYPE_NAMES if len(t) == len(name) and sum(a != b for a, b in zip(t, name, strict=True)) == 1]
    if len(near) != 1 or any(_edit_distance(name, t) < TYPE_NAME_MARGIN for t in TYPE_NAMES - {near[0]}):
        return None
    return near[0] + (m.group(2) or "")


def _known_type(v: str) -> bool:
    """A 市场主体类型 of the closed table: a type name, and bracketed words of the table."""
    m = re.fullmatch(r"([^()]+)(?:\(([^()]+)\))?", v)
    return bool(m) and m.group(1) in TYPE_NAMES and (
        m.group(2) is None or all(w in TYPE_WORDS for w in re.split(r"[、,]", m.group(2))))


def _by_grammar(pieces: list[Piece], ok: Callable[[str], bool],
                same: Callable[[str], str] | None = None) -> tuple[str, float] | None:
    """Let a closed grammar choose between the recogniser's two best readings of its doubtful
    characters (below 0.9, at most four): when the text as read fits and no other choice does,
    or it does not fit and exactly one choice does, that text is taken and its doubtful
    characters count as sure as their two readings together (the others are ruled out).
    `same`: the value a reading stands for, when two spellings are one value (a type's `、` and
    `,`): readings that fit and stand for one value are one choice (GRAMMAR_SAME).
    (text, weakest character); None when the grammar cannot decide."""
    text = "".join(p.text for p in pieces)
    chars = [c for p in pieces for c in (p.chars or ((p.score, "", 0.0),) * len(p.text))]
    if len(chars) != len(text):
        return None
    # (a second reading that is a space says the character may be nothing: a mark, a speck)
    doubt = [i for i, c in enumerate(chars) if c[0] < 0.9 and len(to_halfwidth(c[1])) == 1]
    if len(doubt) > 4:
        return None
    fits = []
    for mask in range(2 ** len(doubt)):
        cand = list(text)
        for k, i in enumerate(doubt):
            if mask >> k & 1:
                cand[i] = to_halfwidth(chars[i][1]).strip()
        if ok("".join(cand)):
            fits.append("".join(cand))
    if len(fits) != 1 and not (GRAMMAR_SAME and same is not None and fits and len({same(f) for f in fits}) == 1):
        return None
    probs = [c[0] + c[2] if i in doubt else c[0] for i, c in enumerate(chars)]
    return fits[0], min(probs, default=1.0)



# two readings of a doubtful character that the value writes alike are no doubt for the grammar to settle
# (False: undecided): a 市场主体类型's `(非上市、自然人投资或控股)` with its `、` at 0.50 against `，` (ZK zk_0082,
# a phone photo) fits the table both ways — the type is the same, and was left blank as undecided
GRAMMAR_SAME = True
DATE_GRAMMAR = True  # a 成立日期 that is no date as read is settled by its doubtful characters' runner-ups (`_by_grammar`; False: blank)
CAPITAL_WRAP = True  # a 注册资本 whose end wrapped alone under its start (`…万元` + `整`) is read with it (False: its first row only)


def _capital_wrapped(lines: list[Line], labels: tuple[str, ...], p: list[Piece] | None) -> list[Piece] | None:
    """The 注册资本's pieces with the row it wrapped to, when that row is its end: a long amount in
    words (`人民币壹仟贰佰万元整`) fills a narrow value column and its last character or two go to the
    row under it, starting where the value does (as a name's `司` does). Taken only when the row is
    that short, starts under the value's start, and the two rows together are an amount; otherwise
    the first row alone, which would be pre-filled without its end (`…万元` for …万元整)."""
    if not CAPITAL_WRAP or not p:
        return p
    two = value_after(lines, LICENCE["capital"], labels, multiline=True, max_lines=2)
    if not two or len(two) != len(p) + 1 or [q.text for q in two[:-1]] != [q.text for q in p]:
        return p
    tail, first = two[-1], p[0]
    h = first.box[3] - first.box[1]
    if len(tail.text) > 3 or abs(tail.box[0] - first.box[0]) > 0.75 * h or tail.box[1] < first.box[3] - 0.3 * h \
            or not _amount(join(two)[0]):
        return p
    return two


def _amount(v: str) -> bool:
    """注册资本 as licences print it, with at least one digit, and its unit after the number (元, or
    the currency: 500万美元, 100万元(人民币)): an amount stopping at 万 (`港币贰佰万` + glare) lost its end;
    an amount in capital numerals as they are written (`_capital_numerals_whole`)."""
    return bool(_CAPITAL.match(v)) and bool(re.search(r"[0-9零〇一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾佰仟]", v)) \
        and bool(re.search(r"(元|币|\))整?$", v)) and _capital_numerals_whole(v)


# an amount in capital numerals (大写: 壹拾万元整) starts with a digit numeral and sets a digit between
# two units (False: not looked at). The rules for writing amounts in words (中国人民银行《正确填写票据和结算
# 凭证的基本规定》: 壹拾 with its 壹, never a bare 拾) are the registrars' too: none of the 37 capital
# amounts in words of the development families' truth breaks them. ZK zk_0001 pre-filled `拾万元整` for
# 壹拾万元整, its 壹 not read (a step of 1.8 pitches on the row) — itself a well-formed amount to `_CAPITAL`.
CAPITAL_NUMERALS = True
_UPPER_UNITS = "拾佰仟"


def _capital_numerals_whole(v: str) -> bool:
    """False when an amount written in capital numerals lost a digit numeral: it starts with a unit
    (`拾万元整`, `人民币佰万元整`) or sets two of 拾/佰/仟 side by side (`壹仟佰万元整`)."""
    if not CAPITAL_NUMERALS or not re.search(r"[壹贰叁肆伍陆柒捌玖拾佰仟]", v):
        return True
    numerals = re.sub(r"^(人民币|美元|港元|港币|欧元|日元)", "", v)
    return not numerals.startswith((*_UPPER_UNITS, "万", "萬", "亿", "億")) \
        and not re.search(f"[{_UPPER_UNITS}][{_UPPER_UNITS}]", numerals)


# a market entity's name that starts one character off the name of the division that registered it (its
# unified social credit code's characters 3–8, GB 32100: the registrar's GB/T 2260 code) — the county
# or its city — and with no place name at all is that place misread (ZS zs_0024, a desk photo:
# `部东天成健康咨询有限公司邵东分公司` at 0.95 for 邵东…, code 91430521…, 430521 邵东县). A name
# states its registrar's division first (企业名称登记管理规定); a 字号 one character off it by chance
# is the rare name this leaves to the clerk (False: not judged)
NAME_DIVISION_CHECK = True
PLACE_MISREAD = "place misread"  # the note of a name held back so (`reader.FILL_PLACE_ONE_OFF` reads it)
_DIVISION_END = re.compile(r"(?:[\u4e00-\u9fff]{1,4}族)*(?:自治县|自治州|自治旗|地区|林区|特区|县|区|市|州|旗|盟)$")


def _division_stem(name: str) -> str:
    """A division's name without its ending (邵东县 → 邵东, 城步苗族自治县 → 城步, 沛县 → 沛县)."""
    stem = _DIVISION_END.sub("", name)
    return stem if len(stem) >= 2 else name


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Every place name of the table (any level, latest names) without its ending."""
    return frozenset(_division_stem(n) for n in region_names() if n != "市辖区")


def _name_off_division(name: str, code: str) -> bool:
    """`NAME_DIVISION_CHECK`: `name` starts one character off its registrar's county or city (by the
    credit code `code`) and not with any place name."""
    if not NAME_DIVISION_CHECK or len(code) != 18 or not code[2:8].isdigit():
        return False
    return name_off_division(name, code[2:8])


def name_off_division(name: str, div: str) -> bool:
    """`name` starts one character off the county or city of the GB/T 2260 code `div` and not with
    any place name."""
    stems = {_division_stem(n) for c in {div, div[:4] + "00"} if not c.endswith("0000")
             for n in names_ever(c) if n != "市辖区"}
    places = _place_stems()
    for stem in stems:
        head = name[:len(stem)]
        if len(stem) >= 2 and len(head) == len(stem) and head != stem \
                and sum(a != b for a, b in zip(head, stem, strict=True)) == 1 \
                and not any(name.startswith(p) for p in places):
            return True
    return False


def _check_name_and_type(res: dict[str, FieldResult]) -> None:
    """Closed vocabularies catch misreads the recogniser is confident about: a bracketed type must
    be made of known words, and a company's name ends with 公司."""
    n, code = res.get("name"), res.get("credit_code")
    if n and n.value and not n.flagged and code and code.value and not code.flagged \
            and _name_off_division(n.value, code.value):
        n.flagged, n.confidence, n.note = True, min(n.confidence, 0.5), PLACE_MISREAD
    t = res.get("entity_type")
    if t and t.value and not t.flagged and t.value in ("有限责任公司", "股份有限公司", "有限责任公司分公司", "股份有限公司分公司"):
        # licences print the category's leaf (有限责任公司(自然人独资), 其他有限责任公司 …), never
        # the bare parent: the bracket was not read (glare, a fold, the row's end). The same for a
        # company's branch: the code table's 2100/2200 are parents of 有限责任公司分公司(自然人投资或控股),
        # 股份有限公司分公司(非上市、自然人投资或控股) …, and the rest are 其他…分公司
        t.flagged, t.confidence, t.note = True, min(t.confidence, 0.5), "type without its bracket"
    if t and t.value and not t.flagged and re.sub(r"\(.*\)$", "", t.value) not in TYPE_NAMES:
        # the type before its bracket is one of the code table's names, whole: a type that merely ends
        # like one carries a neighbour's text (源有限责任公司 from a seal, the 名称 row's company name)
        t.flagged, t.confidence, t.note = True, min(t.confidence, 0.5), "unknown type"
    if t and t.value and not t.flagged:
        inner = re.findall(r"\(([^()]*)\)", t.value)
        if any(any(part not in TYPE_WORDS for part in re.split(r"[、,]", words)) for words in inner):
            t.flagged, t.confidence, t.note = True, min(t.confidence, 0.5), "unknown type words"
    n = res.get("name")
    branch = bool(t and ("分公司" in t.value or "分支机构" in t.value))
    if (n and n.value and not n.flagged and t and "公司" in t.value
            and not n.value.endswith(COMPANY_ENDINGS) and not re.search(r"公司\(.*\)$", n.value)
            # a company's branch is named after it: its 公司, then the branch's place and form
            # (…有限公司孝昌县营业部)
            and not (branch and re.search(r"公司.{2,}$", n.value) and n.value.endswith(NAME_ENDINGS))):
        n.flagged, n.confidence, n.note = True, min(n.confidence, 0.5), "company name without 公司"
    partnership = bool(t and t.value and not t.flagged and re.fullmatch(r"(特殊普通|普通|有限)合伙企业", t.value))
    if n and n.value and not n.flagged and (partnership or n.value.endswith("合伙企业")) and not n.value.endswith("合伙)"):
        # 合伙企业法 第十五、五十六、六十二条: a partnership's name states its kind, printed last in
        # brackets (…(有限合伙)) — where a faded or glared row end loses it first
        n.flagged, n.confidence, n.note = True, min(n.confidence, 0.5), "name without its form"
    if n and n.value and not n.flagged and not re.sub(r"\([^()]*\)$", "", n.value).endswith(NAME_ENDINGS + ORG_FORMS) \
            and not _individual_bracket_name(n.value):
        # a market entity's name ends with its organisational form (店, 馆, 公司 …): one that ends
        # otherwise (`上海市徐汇` + glare) lost its end
        n.flagged, n.confidence, n.note = True, min(n.confidence, 0.5), "name without its form"
    stem = re.sub(r"\([^()]*\)$", "", n.value) if n and n.value else ""
    if n and n.value and not n.flagged and len(stem) < NAME_MIN_STEM and stem.endswith(NAME_ENDINGS + ORG_FORMS):
        # a name is at least a 字号 of two characters and its form (名称登记管理办法): `店(个体工商户)`
        # alone is a name row read from its tail (a second reading of the whole photo that cut the
        # row's start: family B's b11-10 under CROP_REREAD), not a name
        n.flagged, n.confidence, n.note = True, min(n.confidence, 0.5), "not a name"


# `INDIVIDUAL_BRACKET_NAME`: a 个体工商户's name may carry its organisational form as the bracket
# `(个体工商户)` after a place and a 字号 only (`昆山市乐享(个体工商户)`, `桥西区德润(个体工商户)`: the form
# the registers print for a 个体工商户 whose name states no trade or 店/馆; 个体工商户名称登记管理办法 lets
# the trade go, the bracket says what the entity is). Such a name was blanked as `name without its
# form` (the check strips a final bracket before looking for 店, 公司 …), though its end is there: the
# closed bracket is the row's end. Its start is vouched for by a whole division name (`昆山市`, `中山区`,
# with its ending) that opens it, then a 字号 of at least two characters: a row read from its tail
# (`区乐享(个体工商户)`) or cut at its head opens with no division. False: off (main's path).
INDIVIDUAL_BRACKET_NAME = True
INDIVIDUAL_BRACKET_NAME_CHARS = (2, 6)  # the 字号's characters after the division, least and most


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Every division name of the table (any level, with its ending: 昆山市, 中山区, 城步苗族自治县)."""
    return frozenset(n for n in region_names() if len(n) >= 2 and n != "市辖区")


def _individual_bracket_name(name: str) -> bool:
    """`INDIVIDUAL_BRACKET_NAME`: `name` is divisions, a 字号 of Chinese characters, then `(个体工商户)`."""
    if not INDIVIDUAL_BRACKET_NAME or not name.endswith("(个体工商户)"):
        return False
    rest, divisions, opened = name[: -len("(个体工商户)")], _division_names(), False
    while True:  # 江苏省昆山市…, 深圳市南山区…: each division in turn, the longest first
        head = next((rest[:k] for k in range(min(len(rest), 12), 1, -1) if rest[:k] in divisions), "")
        if not head:
            break
        rest, opened = rest[len(head):], True
    least, most = INDIVIDUAL_BRACKET_NAME_CHARS
    return opened and least <= len(rest) <= most and all("\u4e00" <= c <= "\u9fff" for c in rest)


def _operator_named(res: dict[str, FieldResult]) -> None:
    """A 个体工商户 may trade without a name of its own (个体工商户名称登记管理办法: a name is
    optional); its licence then prints the operator's name as 名称. Such a name has no
    organisational form, but it is sure when it is, character for character, the 经营者 read on
    another row, a person's name both times."""
    n, t, r = res.get("name"), res.get("entity_type"), res.get("legal_representative")
    if not (n and t and r and n.flagged and n.note == "name without its form" and n.value
            and t.value == "个体工商户" and not t.flagged and not r.flagged and r.value == n.value
            and _rep_shaped(n.value) and n.weakest >= NAME_CHAR and n.box and r.box and n.box[1] != r.box[1]):
        return
    # (held to a person's name's odds; the form check had lowered the line's score, the characters keep theirs)
    n.flagged, n.note, n.confidence = False, "", min(r.confidence, n.weakest)


# how the names of market entities end (企业名称登记管理规定: the organisational form last)
NAME_ENDINGS = ("公司", "分公司", "店", "厂", "部", "中心", "社", "所", "行", "馆", "场", "院", "站", "个体工商户)",
                "坊", "铺", "处", "厅", "室", "园", "合作社", "企业", "集团", "工作室", "门市", "超市", "药房", "诊所")

# further organisational forms a 个体工商户's or a branch's name may end with (名称登记管理规定)
ORG_FORMS = ("楼", "吧", "堂", "屋", "居", "阁", "轩", "庄", "城", "苑", "摊", "档", "基地", "农庄", "会", "局", "队",
             "组", "联社", "家", "亭", "廊", "坊", "斋", "作坊",
             # a state grain or goods depot (…粮油储备库, …直属库), a mine (…煤矿), an inn (…客栈, …民宿),
             # a holiday village or farm stay (…度假村, …农家乐)
             "库", "矿", "栈", "民宿", "度假村", "农家乐")


def _type_row(text: str) -> bool:
    """A row that opens with a 市场主体类型 name of the closed table, whole, then its bracket or
    nothing (`有限责任公司分公司(自然人投`, `其他有限责任公司`)."""
    m = re.match(r"[^()]+", text)
    return bool(m) and m.group(0) in TYPE_NAMES and (len(m.group(0)) == len(text) or text[len(m.group(0))] == "(")


def _name_rows(pieces: list[Piece] | None, lines: list[Line]) -> list[Piece] | None:
    """A 名称 wraps only when its first row is full: a second row under a first row that stops well
    short of the value column's right edge, or that turns a complete name (…有限公司) into one
    that ends otherwise, is the next field's value whose label was not read (`型有限责任公司…`
    under the name when 类 was lost) — it is left out."""
    if not pieces or len(pieces) < 2:
        return pieces
    rows = piece_rows(pieces)
    for k in range(1, len(rows)):
        above, below = "".join(q.text for r in rows[:k] for q in r), "".join(q.text for q in rows[k])
        if _type_row(below) and (above.endswith("公司") or re.search(r"公司\([^()]*\)$|合伙\)$", above)):
            # a company's (or partnership's) whole name over a row that opens with a 市场主体类型 of
            # the closed table: that row is the 类型 row whose label was not read (faint print,
            # glare), never the name wrapping (`…有限公司` + `其他有限责任公司` is no name). (Only
            # after 公司: `…集团` + `股份有限公司` is one name wrapped.)
            return _keep(pieces, [q for r in rows[:k] for q in r])
    first = pieces[0]
    rest = [q for q in pieces[1:] if q.box[1] > first.box[1] + 0.5 * (first.box[3] - first.box[1])]
    if not rest:
        return pieces
    head = [q for q in pieces if q not in rest]
    h = first.box[3] - first.box[1]
    x0 = first.box[0]
    column = [ln.x2 for ln in lines if abs(ln.x1 - x0) < 1.5 * h]
    edge = max(column, default=first.box[2])
    row_end = max(q.box[2] for q in head)
    # (a second column of the form beside the name — 注册资本, 成立日期 right of it — is where the
    # name's row ends: a row that runs up to it is full, however far the scope's rows reach below)
    beside = [ln.x1 for ln in lines if ln.x1 >= row_end - 0.5 * h and ln.x1 < edge
              and min(ln.y2, first.box[3]) - max(ln.y1, first.box[1]) > 0.45 * min(ln.h, h)]
    edge = min([edge, *beside])
    text_head, text_all = "".join(q.text for q in head), "".join(q.text for q in pieces)
    if row_end < edge - 2 * h or (text_head.endswith(NAME_ENDINGS) and not text_all.endswith(NAME_ENDINGS)):
        return _keep(pieces, head)
    return pieces


def _label_echo(pieces: list[Piece] | None, lines: list[Line], aliases: tuple[str, ...]) -> list[Piece] | None:
    """The detector cut the value's first box loosely, starting inside the label's box: its first
    character is then the label's last one read again (`经营范围` + `围一般项目:…`). Such a
    character — inside the label's box, spelling the label's last character — is left out."""
    found = find_label(lines, aliases)
    if not pieces or found is None or len(pieces[0].text) < 2:
        return pieces
    label, first = found[0], pieces[0]
    tail = label.text[-1:]
    h = first.box[3] - first.box[1]
    start = first.xs[0] if len(first.xs) == len(first.text) else first.box[0] + 0.5 * h
    if not (first.box[0] < label.x2 - 0.25 * h and start < label.x2 + 0.25 * h and (first.text[0] == tail or first.text[0] in LABEL_CONFUSIONS.get(tail, ""))):
        return pieces
    trimmed = Piece(first.text[1:], first.score, (label.x2, first.box[1], first.box[2], first.box[3]),
                    first.chars[1:] if len(first.chars) == len(first.text) else (),
                    first.xs[1:] if len(first.xs) == len(first.text) else ())
    return _keep(pieces, [trimmed, *pieces[1:]])


def _labelled_row(pieces: list[Piece] | None, lines: list[Line], aliases: tuple[str, ...]) -> bool:
    """A wrapped row of the value with text read in the label column left of it: a label this
    reader does not know heads that row (业务范围 under 住所), so the row is another field's value,
    not the value's wrap (a wrap leaves the label column blank). The value's own label read there
    again is no other field's."""
    found = find_label(lines, aliases)
    if not pieces or found is None:
        return False
    label = found[0]
    rows = piece_rows(list(pieces))
    taken = {(q.box[0], q.box[1]) for q in pieces}
    for row in rows[1:]:
        x0 = min(q.box[0] for q in row)
        y1, y2 = min(q.box[1] for q in row), max(q.box[3] for q in row)
        h = y2 - y1
        # (in the label column: starting about where the label starts — a left column's text
        # that merely ends there, on a two-column 正本, is no label)
        if any((o.x1, o.y1) not in taken and o.x2 <= x0 + 0.3 * h and label.x1 - 2 * h <= o.x1 < label.x2
               and min(o.y2, y2) - max(o.y1, y1) > 0.45 * min(o.h, h)
               and re.search(r"[\u4e00-\u9fff]", o.text) and o.text != label.text for o in lines):
            # (the value's own label read a second time — the strip left of a wrapped row, read
            # again for a label there, reaches up into the label's row — heads no other field)
            return True
    return False


def _skipped_row(pieces: list[Piece] | None) -> bool:
    """A long value's rows follow one another at one pitch: two rows twice as far apart as the
    closest two have a row between them the detector did not box, and the joined text skips it.
    Rows are told apart by their centres, not by their boxes overlapping: a curled page's tall
    boxes overlap the next row's by half while their centres stand a pitch apart."""
    if not pieces:
        return False
    h = sorted(q.box[3] - q.box[1] for q in pieces)[len(pieces) // 2]
    centres: list[float] = []
    for cy in sorted((q.box[1] + q.box[3]) / 2 for q in pieces):
        if not centres or cy - centres[-1] > 0.3 * h:  # (split boxes of one row share its centre)
            centres.append(cy)
    steps = sorted(b - a for a, b in zip(centres, centres[1:], strict=False))
    if len(steps) == 2:  # (three rows: the two steps differ as a row's pitch from two)
        return steps[1] > 1.7 * max(1.0, steps[0])
    # (the pitch is the others' median: one skipped row doubles one step; a photo's perspective
    # or a curl changes the pitch gradually)
    return len(steps) >= 3 and steps[-1] > SKIPPED_ROW * steps[:-1][(len(steps) - 1) // 2]


def _seal_lead(pieces: list[Piece] | None, lines: list[Line], labels: tuple[str, ...]) -> list[Piece] | None:
    """A seal stamped over the gap between a label and its value: its arc of larger characters (a
    company's seal spells the company's name) is read as a box of its own, much taller than the
    value's print, ending where the value starts (`行科` + `河源知行科技发展有限公司`). When the
    value's next box starts where the form's values start (the values beside the other labels),
    the tall box is the seal's and is left out."""
    if not pieces or len(pieces) < 2:
        return pieces
    lead, nxt = pieces[0], pieces[1]
    lh, nh = lead.box[3] - lead.box[1], nxt.box[3] - nxt.box[1]
    if lh < 1.35 * nh or nxt.box[0] - lead.box[2] > 0.3 * nh or abs((lead.box[1] + lead.box[3]) / 2 - (nxt.box[1] + nxt.box[3]) / 2) > 0.5 * lh:
        return pieces
    starts = []
    for lab in lines:
        if not starts_with_label(lab.text, labels) or abs(lab.cy - (nxt.box[1] + nxt.box[3]) / 2) < nh:
            continue
        right = [o.x1 for o in lines if o is not lab and same_row(o, lab) and lab.x2 - 0.5 * nh <= o.x1 < lab.x2 + 8 * nh]
        if right:
            starts.append(min(right))
    starts.sort()
    if len(starts) < 2 or abs(starts[len(starts) // 2] - nxt.box[0]) > 0.6 * nh:
        return pieces
    return _keep(pieces, pieces[1:])


# the registrar's fixed phrases of a 经营范围 (the standard sentences and the two list headers)
SCOPE_HEADERS = ("一般项目:", "许可项目:")
SKIPPED_ROW = 1.6  # a step between a value's rows this many times their pitch: a row between them was not read
LIST_SURE, LIST_SEEN = 0.95, 3  # a list's separator read this surely this many times settles a torn one
SCOPE_SURE = 0.9  # a scope whose standard sentence needed a correction: every other character at least this sure
_OPEN_SHAPES, _CLOSE_SHAPES = "【〔[［", "】〕]］"  # how a printed （ ）is sometimes read
_COMMA_SHAPES = ".、"  # how a standard sentence's printed ，is sometimes read
# … and a full stop too (False: `。` there is a misread sentence, `boilerplate`): a copy's or a scan's ，whose
# tail went faint leaves its round head, which the recogniser reads as 。 — inside the registrar's verbatim
# sentence, where no full stop is printed (ZZ zz_126, a 高拍仪 frame: `…开展经营活动。具体经营项目…`, 。 at
# 0.82, `.` second — blanked `boilerplate`)
SENTENCE_STOP_COMMA = True


# A standard sentence read whole but for one inner character it lost (`…批准的项目经相关部门…`, the
# thin ，gone; `…经相关部批准后…`): the registrar prints the sentence verbatim, so the lost character
# is the sentence's own. It is put back as one correction of the sentence — taken only when it is the
# scope's only correction and every other character of the scope is read surely (`SCOPE_SURE`), else
# the scope stays a doubt. (Its brackets are not inner characters: a lost bracket has its own rules.)
# AH ah0004 (a copy of a copy, the sentence's ，lost, blanked `boilerplate`), AG ag_134 (门 lost).
# False: off (a sentence one character short is a misread, `boilerplate`). Landed off (session 38, scope5):
# measured on AH/AG/AF/AE's business licences (docs/capture-ocr.md), the whole tests/prefill folder not run with it on.
SCOPE_SENTENCE_LOST_ONE = True  # (landed off under load; switched on by the lead with the folder run)


_PUT_BACK = (0.0, "", 0.0)  # the `chars` entry of a character `_sentence_lost_one` put back


def _sentence_lost_one(pieces: list[Piece] | None) -> list[Piece] | None:
    """`SCOPE_SENTENCE_LOST_ONE`: a standard sentence read whole but for one inner character lost
    inside a row gets it back, between its two neighbours, whose gap it fills (a gap with ink in it
    is a lost character's otherwise); `_scope_read` counts it as one correction of the sentence."""
    if not SCOPE_SENTENCE_LOST_ONE or not pieces:
        return pieces
    text = "".join(q.text for q in pieces)
    out = list(pieces)
    for b in sorted(SCOPE_BOILERPLATES, key=len, reverse=True):
        if b in text:
            continue
        for j in range(1, len(b) - 1):
            short = b[:j] + b[j + 1:]
            k = text.find(short)
            if k < 0 or text.find(short, k + 1) >= 0:
                continue
            at, start = k + j, 0
            for n, q in enumerate(out):
                i = at - start
                start += len(q.text)
                if not 0 < i < len(q.text) or len(q.chars) != len(q.text):
                    continue  # (at a row's end or start: no gap in a row says the character stood there)
                xs = (*q.xs[:i], (q.xs[i - 1] + q.xs[i]) / 2, *q.xs[i:]) if len(q.xs) == len(q.text) else ()
                out[n] = Piece(q.text[:i] + b[j] + q.text[i:], q.score, q.box, (*q.chars[:i], _PUT_BACK, *q.chars[i:]), xs)
                text = text[:at] + b[j] + text[at:]
                break
            break
    return pieces if len(out) == len(pieces) and all(a is b for a, b in zip(out, pieces, strict=True)) \
        else _keep(pieces, out)


SCOPE_BOTH_BRACKETS = True  # a sentence read whole but for both its brackets, after the list's 。, gets them back
SCOPE_END_OPEN = True  # … also when the scope's last sentence lost its own `）` (closed by grammar) (False: off)
SCOPE_SENTENCE_BRACKETS = True  # a sentence's dropped `）` before a header goes back in its row (False: as read)
SCOPE_HEAD_ONE = True  # a scope read `般项目:…` takes its header's lost 一 back (False: as read)


def _scope_head_one(pieces: list[Piece] | None) -> list[Piece] | None:
    """A 经营范围 read `般项目:…`: the 一 of its header 一般项目 was lost — one thin stroke, which the
    recogniser drops at a row's start (and the detector's box often leaves out). No scope starts
    with 般项目, so the header takes its 一 back, one character's place before the row's first.
    Where the next row tells where the column's rows start (the recogniser's character positions),
    the first row must start about one character right of it — the place the 一 leaves; a row
    starting anywhere else lost something other than the 一 and is left as read (the ragged-row
    check then judges it)."""
    if not SCOPE_HEAD_ONE or not pieces or not pieces[0].text.startswith("般项目"):
        return pieces
    first = pieces[0]
    h = max(1.0, first.box[3] - first.box[1])
    known = len(first.xs) == len(first.text) >= 3
    steps = sorted(b - a for a, b in zip(first.xs, first.xs[1:], strict=False)) if known else [h]
    pitch = steps[len(steps) // 2]
    if pitch <= 0:
        return pieces
    x_first = first.xs[0] if known else first.box[0] + 0.5 * h
    rows = piece_rows(pieces)
    if len(rows) >= 2 and min(rows[0], key=lambda q: q.box[0]) is first:
        second = min(rows[1], key=lambda q: q.box[0])
        x_second = second.xs[0] if second.xs and len(second.xs) == len(second.text) else second.box[0] + 0.5 * h
        if not 0.5 * pitch < x_first - x_second < 1.5 * pitch:
            return pieces
    x_one = x_first - pitch
    head = Piece("一" + first.text, first.score, (min(first.box[0], x_one - 0.5 * pitch), *first.box[1:]),
                 ((1.0, "", 0.0), *first.chars) if len(first.chars) == len(first.text) else (),
                 (x_one, *first.xs) if known else ())
    return _keep(pieces, [head, *pieces[1:]])


def _sentence_brackets(pieces: list[Piece] | None) -> list[Piece] | None:
    """A standard sentence read whole but for its closing bracket, a header right after it on the
    same row (`…开展经营活动许可项目:` for `…经营活动）许可项目：`): the recogniser dropped the thin
    `）` between two characters. The bracket goes back into the row where it stands — between the
    two characters, whose gap it fills (a gap with ink in it is a lost character's otherwise) —
    when the scope has fewer closing brackets than opening ones (`_scope_read` closes such a
    sentence in the joined text the same way; this keeps the row's character positions whole)."""
    if not SCOPE_SENTENCE_BRACKETS or not pieces:
        return pieces
    text = "".join(q.text for q in pieces)
    out = list(pieces)
    for b in SCOPE_BOILERPLATES:
        if not b.endswith(")") or text.count("(") <= text.count(")"):
            continue
        k = next((k + len(b) - 1 for h in SCOPE_HEADERS if (k := text.find(b[:-1] + h)) >= 0), -1)
        start = 0
        for n, q in enumerate(out):
            i = k - start
            start += len(q.text)
            if not 0 < i < len(q.text):
                continue  # (at a row's end or start: the joined text's own fix closes it)
            xs = (*q.xs[:i], (q.xs[i - 1] + q.xs[i]) / 2, *q.xs[i:]) if len(q.xs) == len(q.text) else ()
            chars = (*q.chars[:i], (1.0, "", 0.0), *q.chars[i:]) if len(q.chars) == len(q.text) else ()
            out[n] = Piece(q.text[:i] + ")" + q.text[i:], q.score, q.box, chars, xs)
            text = text[:k] + ")" + text[k:]
            break
    return pieces if len(out) == len(pieces) and all(a is b for a, b in zip(out, pieces, strict=True)) \
        else _keep(pieces, out)


def _sentence_opened(pieces: list[Piece] | None) -> list[Piece] | None:
    """A standard sentence read whole after the item list's full stop, both its thin brackets
    dropped (`…服务。除依法须经批准的项目外,…经营活动`): the sentence is printed in its brackets and
    nothing but it stands between the 。 and the next header or the scope's end. Its `（` goes back
    into the row at the gap it left (mid-row only); its `）` is then closed as a dropped closing
    bracket is (`_sentence_brackets`, `_scope_read`)."""
    if not SCOPE_BOTH_BRACKETS or not pieces:
        return pieces
    text = "".join(q.text for q in pieces)
    # (a scope ending in a standard sentence whose `）` was dropped is closed by grammar later,
    # `_scope_read`: that bracket is no lost line here)
    end_open = SCOPE_END_OPEN and text.count("(") == text.count(")") + 1 \
        and text.endswith(tuple(b[:-1] for b in SCOPE_BOILERPLATES if b.endswith(")")))
    if text.count("(") != text.count(")") + end_open:
        return pieces
    for b in SCOPE_BOILERPLATES:
        k = text.find(b[1:-1]) if b.startswith("(") and b.endswith(")") else -1
        end = k + len(b) - 2
        if not (k > 0 and text[k - 1] == "。" and (end == len(text) or text.startswith(SCOPE_HEADERS, end))):
            continue
        start = 0
        for n, q in enumerate(pieces):
            i = k - start
            start += len(q.text)
            if not 0 < i < len(q.text) or len(q.xs) != len(q.text):
                continue
            xs = (*q.xs[:i], (q.xs[i - 1] + q.xs[i]) / 2, *q.xs[i:])
            chars = (*q.chars[:i], (1.0, "", 0.0), *q.chars[i:]) if len(q.chars) == len(q.text) else ()
            out = list(pieces)
            out[n] = Piece(q.text[:i] + "(" + q.text[i:], q.score, q.box, chars, xs)
            return _keep(pieces, out)
    return pieces


SCOPE_LOST_OPENER = True  # a sentence read with its `）` but not its `（` (nor the `。` before) mid-row gets them back (False: off)


def _sentence_reopened(pieces: list[Piece] | None) -> list[Piece] | None:
    """A standard sentence read whole with its closing bracket, right after an item with nothing
    between (`…种子经营依法须经批准的项目,…为准)`), one `）` more than `（` in the scope: the thin
    `（` (and the `。` before it, as thin) was dropped mid-row. What was lost is what the same
    scope prints before its other standard sentence (`…服务。(除依法…`: `。(`; `…服务(除依法…`: `(`)
    — one registrar's system typesets every sentence of a licence alike — and only when the gap
    the recogniser left between the two characters holds that many cells (from the row's own
    pitch); otherwise the scope stays unbalanced (blank)."""
    if not SCOPE_LOST_OPENER or not pieces:
        return pieces
    text = "".join(q.text for q in pieces)
    if text.count(")") != text.count("(") + 1:
        return pieces
    sentences = [b for b in SCOPE_BOILERPLATES if b.startswith("(") and b.endswith(")")]
    for b in sorted(sentences, key=len, reverse=True):
        k = text.find(b[1:])
        if k <= 0 or not re.match(r"[\u4e00-\u9fff。]", text[k - 1]):
            continue
        others = [text[j - 1:j + 1] for o in sentences if o != b and (j := text.find(o)) > 0]
        if text[k - 1] == "。":
            lost = "("  # (the list's full stop read: only the bracket after it was lost)
        elif len({w[0] == "。" for w in others}) != 1:
            continue  # (no other sentence, or two that disagree: nothing says what was lost)
        else:
            lost = "。(" if others[0][0] == "。" else "("
        start = 0
        for n, q in enumerate(pieces):
            i = k - start
            start += len(q.text)
            if not 0 < i < len(q.text) or len(q.xs) != len(q.text) or len(q.text) < 8:
                continue
            pitch = (q.box[2] - q.box[0]) / len(q.text)
            gap = (q.xs[i] - q.xs[i - 1]) / pitch
            if not len(lost) + 0.5 <= gap < len(lost) + 1.5:
                return pieces
            step = (q.xs[i] - q.xs[i - 1]) / (len(lost) + 1)
            xs = (*q.xs[:i], *(q.xs[i - 1] + step * (j + 1) for j in range(len(lost))), *q.xs[i:])
            chars = (*q.chars[:i], *((1.0, "", 0.0),) * len(lost), *q.chars[i:]) if len(q.chars) == len(q.text) else ()
            out = list(pieces)
            out[n] = Piece(q.text[:i] + lost + q.text[i:], q.score, q.box, chars, xs)
            return _keep(pieces, out)
        return pieces
    return pieces


SCOPE_MARK_AFTER_BRACKET = True  # a mark lost mid-row after an item's `）` is put back or blanks the scope (False: off)
MARK_AFTER_BRACKET_SPAN = 2.3  # pitches from the character before a `）` to the one after it: a cell between them was lost
MARK_BEFORE_SENTENCE_SPAN = 3.75  # pitches from the character before `）（` to the one after the `（`: a cell was lost


def _mark_after_bracket(pieces: list[Piece] | None) -> tuple[list[Piece] | None, bool]:
    """An item's closing bracket read straight before the next item or a standard sentence's `（`
    (`…服务(不含许可类信息咨询服务)企业管理咨询`, `…商品)日用百货`): a list prints a separator after
    an item's bracket, and the thin mark (、 ；) beside a bracket is what a recogniser drops. The
    paper tells: from the character before the `）` to the one after it the row holds three cells
    (the two read and a mark), not two — measured between characters that are not the bracket
    itself, whose ink sits off its cell's centre. The lost mark goes back when the scope's
    grammar names it: the list's one separator (the only kind read outside brackets, at least
    twice); otherwise the scope is left for the clerk (True). Before a standard sentence's `（` the
    mark is not put back: L, P, Q, R and ZC's licences print `）（` where G, M, T, Y and Z print
    `）。（`, and `）（` set plainly measured 2.5–2.75 pitches to the `（` (L l0055, P p0056, ZC zc0049:
    a `。` put in was wrong), as much as a lost `。` did (3.0–3.7)."""
    if not SCOPE_MARK_AFTER_BRACKET or not pieces:
        return pieces, False
    text = "".join(q.text for q in pieces)
    depth, outside = 0, []
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ";、,":
            outside.append(ch)
    kinds = set(outside)
    sep = next(iter(kinds)) if len(kinds) == 1 and len(outside) >= 2 else ""
    sentence_ends = tuple(b[-1 - SENTENCE_END:] for b in SCOPE_BOILERPLATES if b.endswith(")"))
    out, lost, start = list(pieces), False, 0
    for n, q in enumerate(pieces):
        base, start = start, start + len(q.text)
        if len(q.xs) != len(q.text) or len(q.text) < 6:
            continue
        steps = sorted(b - a for a, b in zip(q.xs, q.xs[1:], strict=False))
        pitch = steps[len(steps) // 2]
        if pitch <= 0:
            continue
        for i in range(len(q.text) - 2, 0, -1):
            if q.text[i] != ")" or not _cjk(q.text[i - 1]) or text[:base + i + 1].endswith(sentence_ends):
                continue  # (a standard sentence's `）` ends its part: what follows is a header or other print)
            nxt = q.text[i + 1]
            sentence = nxt == "(" and any(text.startswith(b, base + i + 1) for b in SCOPE_BOILERPLATES)
            if not (_cjk(nxt) and not text.startswith(SCOPE_HEADERS, base + i + 1) or sentence):
                continue
            if sentence:
                # (a standard sentence's `（` is a bracket too, its ink at its cell's right: measured to
                # the character after it. Registrars split on printing `）。（` or `）（` here, so the mark
                # is never put back: only a whole lost cell, four pitches where `）（` spans three,
                # leaves the scope to the clerk)
                if i + 2 < len(q.text) and _cjk(q.text[i + 2]) \
                        and (q.xs[i + 2] - q.xs[i - 1]) / pitch >= MARK_BEFORE_SENTENCE_SPAN:
                    lost = True
                continue
            if (q.xs[i + 1] - q.xs[i - 1]) / pitch < MARK_AFTER_BRACKET_SPAN:
                continue
            mark = sep
            if not mark:
                lost = True
                continue
            xs = (*q.xs[:i + 1], (q.xs[i] + q.xs[i + 1]) / 2, *q.xs[i + 1:])
            chars = (*q.chars[:i + 1], (1.0, "", 0.0), *q.chars[i + 1:]) if len(q.chars) == len(q.text) else ()
            q = Piece(q.text[:i + 1] + mark + q.text[i + 1:], q.score, q.box, chars, xs)
            out[n] = q
    if all(a is b for a, b in zip(out, pieces, strict=True)):
        return pieces, lost
    return _keep(pieces, out), lost


PUNCT_CELL = 0.9  # a box this many line heights past a left-set mark's centre (；，。、）) runs past its whole cell


# A scope its grammar closes (`_scope_closed`: it ends with the registrar's sentence and no second list
# can follow) and whose last row ends with that sentence's `）`: the only print that may stand after it is
# the scope's own `。`, and the reader looks for exactly that in the cell after the bracket (`STOP_CHECK`,
# `_room_after_sentence`, `_bracket_cell`). The last row's box running on past the bracket is then no
# lost character of the scope (AG ag_147, a scan: a red watermark's `经营许可` crossing the row's end, boxed
# with it and read as nothing, blanked the scope `lost character`); the other rows are judged as before
# (False: the last row too)
SCOPE_CLOSED_END = True


def _scope_end_unread(pieces: list[Piece]) -> bool:
    """`_any_end_unread` for a 经营范围's rows: a row ending in a mark whose ink sits at its cell's
    left (；，。、）) has its centre a quarter cell further from the cell's end than a character's;
    its box is taken to run on only past the whole cell (PUNCT_CELL line heights from its centre)."""
    for q in pieces:
        if len(q.xs) != len(q.text) or len(q.text) < 2 or not all(b > a for a, b in zip(q.xs, q.xs[1:], strict=False)):
            continue
        reach = PUNCT_CELL if q.text[-1] in ";,。、:)" else UNREAD_END
        if q.box[2] - q.xs[-1] > reach * max(1.0, q.box[3] - q.box[1]):
            return True
    return False


def _scope_fixed(pieces: list[Piece]) -> list[bool]:
    """Which characters of a 经营范围 as read stand in its standard sentences and headers (as the
    scope's grammar settled them): the registrar's wording vouches for them."""
    text = "".join(q.text for q in pieces)
    fixed = [False] * len(text)
    read = _scope_read(pieces)[0][:len(text)]  # (the sentences as the scope's grammar settled them)
    for phrase in (*SCOPE_BOILERPLATES, *SCOPE_HEADERS):
        for m in re.finditer(re.escape(phrase[1:-1] if phrase.startswith("(") else phrase[:-1]), read):
            fixed[m.start():m.end()] = [True] * (m.end() - m.start())
    return fixed


def _scope_torn(pieces: list[Piece], odds: float = ENTITY_ODDS) -> bool:
    """A character of a 经营范围, outside its standard sentences and headers, that the recogniser
    was torn on: below 0.95, its runner-up another Chinese character with more than 1/odds of its
    probability (`专` 0.78 / `零` 0.20). Punctuation doubts (；or ：, ，or 、) are the scope grammar's
    to settle (`_scope_read`), not this."""
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in (q.chars if len(q.chars) == len(q.text) else ((1.0, "", 0.0),) * len(q.text))]
    fixed = _scope_fixed(pieces)
    return any(not fixed[i] and prob < 0.95 and _cjk(ch) and len(alt) == 1 and _cjk(alt) and alt != ch
               and alt_prob * odds > prob and not _scope_word_settles(text, i, alt)
               for i, (ch, (prob, alt, alt_prob)) in enumerate(zip(text, chars, strict=True)))


# Words of the registrars' standard scope wording (经营范围规范表述目录 / 国民经济行业分类): a character
# read inside one of them, whose runner-up would make none, is the word's (`批发` at 0.82 against
# `北发` on a fax), not a doubt.
SCOPE_WORDS = (
    "批发", "零售", "销售", "服务", "咨询", "技术", "开发", "推广", "转让", "交流", "制造", "加工", "生产",
    "维修", "修理", "安装", "设计", "租赁", "运输", "仓储", "装卸", "搬运", "餐饮", "食品", "产品", "用品",
    "材料", "设备", "器材", "器械", "百货", "五金", "建筑", "装饰", "装修", "工程", "施工", "软件", "信息",
    "系统", "集成", "文化", "艺术", "传媒", "广告", "会议", "展览", "展示", "策划", "组织", "农产品", "农副",
    "贸易", "进出口", "货物", "电子", "机械", "汽车", "零配件", "配件", "日用", "杂品", "针纺织品", "服装",
    "鞋帽", "家具", "家居", "家用电器", "电器", "化妆品", "卫生", "清洁", "保洁", "物业", "管理", "房地产",
    "经纪", "中介", "代理", "人力资源", "劳务", "教育", "培训", "健康", "养生", "美容", "美发", "洗浴",
    "住宿", "旅游", "票务", "摄影", "印刷", "包装", "通讯", "通信", "计算机", "网络", "数据", "处理",
    "互联网", "电子商务", "办公", "文具", "体育", "玩具", "珠宝", "首饰", "钟表", "眼镜", "药品", "医疗",
    "保健", "茶叶", "烟草", "酒类", "饮料", "水产品", "蔬菜", "水果", "粮油", "种植", "养殖", "林业",
    "园林", "绿化", "环保", "节能", "新能源", "金属", "钢材", "塑料", "橡胶", "化工", "涂料", "建材",
    "陶瓷", "玻璃", "木材", "纸制品", "洗车", "停车", "二手车", "道路", "货运", "快递", "物流", "供应链",
)


# The registrars' catalogue of scope wording (经营范围规范表述目录) prints its technology item as one entry
# whose words are joined by `、` — `技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广` — and older
# licences' free wording keeps the mark (`技术开发、技术咨询、技术服务、技术转让`): between two of those
# words a scope prints `、`, never the `；`/`，` between items (all 175 such pairs in the development
# families' truths). A separator read there whose reading or runner-up is `、` is that `、` (AG ag_001,
# ag_119: `、` at 0.55 with no other mark a runner-up, the thin dot faint on a scan; AH ah0011: `，` 0.44
# against `、` 0.38 on a screen photo) — not a doubt. A mark read surely (`SCOPE_SURE`) otherwise stays as read (False: off)
SCOPE_TECH_ENUM = True
_TECH_WORD = r"技术(?:服务|开发|咨询|交流|转让|推广)"


def _tech_enum_mark(text: str, i: int) -> bool:
    """`SCOPE_TECH_ENUM`: the mark at `i` stands between two words of the catalogue's technology item."""
    return bool(re.search(_TECH_WORD + r"$", text[:i])) and bool(re.match(_TECH_WORD, text[i + 1:]))


# … and a `、` lost there: two of those words read abutting inside a row (`技术交流技术转让`, AF af_0144 a
# sleeve photo), their characters a mark's cell further apart than the row's pitch (TECH_MARK_GAP pitches
# from one centre to the next where two abutting characters stand one apart), get it back in that cell — it
# is the only mark the catalogue prints there; `_scope_read` counts it a correction, as a sentence's
# character put back (`_sentence_lost_one`), and `SCOPE_TECH_ENUM` takes it as the `、` it is (needs that rule on:
# alone the put-back mark has no reading and stays a doubt). Abutting words without that room stay as read (False: off)
SCOPE_TECH_ENUM_LOST = True
TECH_MARK_GAP = (1.6, 2.4)


def _tech_enum_lost(pieces: list[Piece] | None) -> list[Piece] | None:
    """`SCOPE_TECH_ENUM_LOST`: a `、` lost between two words of the catalogue's technology item, their
    characters standing a cell apart inside one row, goes back in that cell."""
    if not SCOPE_TECH_ENUM_LOST or not pieces or not (pitch := _cjk_pitch(list(pieces))):
        return pieces
    out = list(pieces)
    for n, q in enumerate(out):
        if len(q.xs) != len(q.text) or len(q.chars) != len(q.text):
            continue
        text = "".join(o.text for o in out[:n]) + q.text  # (a word may start on the row above)
        base = len(text) - len(q.text)
        for i in range(len(q.text) - 1, 0, -1):
            gap = (q.xs[i] - q.xs[i - 1]) / pitch
            if TECH_MARK_GAP[0] <= gap <= TECH_MARK_GAP[1] and re.search(_TECH_WORD + r"$", text[:base + i]) \
                    and re.match(_TECH_WORD, q.text[i:] + "".join(o.text for o in out[n + 1:])):
                xs = (*q.xs[:i], (q.xs[i - 1] + q.xs[i]) / 2, *q.xs[i:])
                q = Piece(q.text[:i] + "、" + q.text[i:], q.score, q.box, (*q.chars[:i], _PUT_BACK, *q.chars[i:]), xs)
        out[n] = q
    return pieces if all(a is b for a, b in zip(out, pieces, strict=True)) else _keep(pieces, out)


SCOPE_WORD_SURE = True  # a doubtful character whose two readings a standard scope word tells apart is the word's
# a colon read right before 一般项目/许可项目, `；` not its runner-up, is a doubt (False: read as the list's
# `；`, as a colon between two items is)
SCOPE_COLON_BEFORE_HEADER = True
SCOPE_SEPARATOR_BEFORE_SENTENCE = True  # a list separator right before the standard sentence is a doubt (False: as read)
# a registrar's sentence `依法须经批准…` is printed after its `（` (or `【`), or as `(除依法须经批准…`: in the truth of
# every cached set (521 such sentences) the character before 依法须经批准 is `（`, `【` or 除, never an item's
# character; on a real licence it opens its own bracket or follows the list's `。`. An item's last character
# glued to it (`…食用农产品零售依法须经批准的项目,…经营活动`, AI ai_136: a scan whose watermark re-read boxed
# the row in two and left the `。（` between them unread, 1.9 cells of paper, under HOLE_GAP of the taller
# label's height; the `）` lost on the next row) lost the marks between: the scope is in doubt.
# (False: off, main's path)
SCOPE_GLUED_SENTENCE = True
# a scope read starting with a list separator (`、道路货物运输…`, ZJ zj_0067) lost its first row or rows: a
# 经营范围 starts with an item or a header, never with the mark between two items (False: as read)
SCOPE_SEPARATOR_FIRST = True
# … or with one character and a separator (`发,办公用品销售…` of `…服装服饰批` + `发,…`, ZS zs_0134: a tall
# first row's box, label and all, not taken): an item of a scope is a word of two characters or more
# (经营范围规范表述目录: 批发, 零售, 日用百货销售), so one character alone before the first mark is an
# item's end whose rows above were lost (False: as read)
SCOPE_ONE_CHAR_FIRST = True
_ONE_CHAR_FIRST = re.compile(r"[\u4e00-\u9fff][;、,；，。]")
SCOPE_WORD_FIRST = 0.5  # … when its first reading has at least this probability
SCOPE_WORD_PAIR = 0.9  # … and its two readings together at least this (no third character stands a chance)


# … and the other way round: a character no standard scope word holds whose runner-up, at this
# probability or more, makes one there (`王金产品零售` read at 0.98 with 五 the runner-up: 五金, ZY
# zy_0147) — the print may be the word, and a misread inside an item is another plausible item; not
# pre-filled (0: off)
SCOPE_WORD_MISSED = 0.005
SCOPE_WORD_NOTE = "scope word in doubt"  # (not asked of the second recogniser: it shares the first's misreads)


# a scope that ends in the first character of a standard scope word (`…;土石方工程施` of …工程施工, ZZ zz_120: the
# last character of its last row not read) with no standard word ending there and no bracket, 。 or separator
# last: an item ends in its trade's word (…销售, …施工, …服务) or its bracket. None of the 767 true scopes of
# the cached sets ends so (False: not judged)
SCOPE_HEAD_END = True


def _ends_in_word_head(text: str) -> bool:
    """`SCOPE_HEAD_END`: the scope's last character starts a standard scope word and no such word ends the scope."""
    text = to_halfwidth(text).rstrip()
    if not text or not _cjk(text[-1]) or any(text.endswith(w) for w in SCOPE_WORDS):
        return False
    return any(w.startswith(text[-1]) for w in SCOPE_WORDS)


def _scope_word_missed(pieces: list[Piece], fixed: Collection[int] = ()) -> bool:
    """`SCOPE_WORD_MISSED`: a character outside the registrar's sentences (`fixed`) that stands in no
    standard scope word while its runner-up would make one there."""
    if not SCOPE_WORD_MISSED:
        return False
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in (q.chars if len(q.chars) == len(q.text) else ((1.0, "", 0.0),) * len(q.text))]
    return any(i not in fixed and _cjk(ch) and len(alt) == 1 and _cjk(alt) and alt != ch and alt_prob >= SCOPE_WORD_MISSED
               and _scope_word_settles(text[:i] + alt + text[i + 1:], i, ch)
               for i, (ch, (_, alt, alt_prob)) in enumerate(zip(text, chars, strict=True)))


def _scope_word_settles(text: str, i: int, alt: str) -> bool:
    """True when text[i] stands inside a standard scope word and the runner-up there makes none."""
    def in_word(t: str) -> bool:
        return any(t.startswith(w, s) for w in SCOPE_WORDS for s in range(max(0, i - len(w) + 1), i + 1))
    return in_word(text) and not in_word(text[:i] + alt + text[i + 1:])


def _scope_text(pieces: list[Piece]) -> tuple[str, float]:
    """The 经营范围 text and its weakest character (`_scope_read`)."""
    text, weakest, _ = _scope_read(pieces)
    return text, weakest


SENTENCE_END = 6  # a scope ending in this many last characters of a standard sentence ends with that sentence


def _sentence_open_at_end(text: str) -> bool:
    """True when the scope ends with a standard sentence whose closing bracket was not read: the text
    from its last opening bracket is as long as one of the sentences without it, ends with that
    sentence's last words (`…许可证件为准`) and differs from it in no more characters than the
    sentence match allows (`_scope_read`). A character misread inside the sentence (`依法频经`) does
    not hide it — the sentence match judges those characters afterwards (a second reading that makes
    the sentence, or a misread)."""
    if not SCOPE_SENTENCE_BRACKETS:
        return text.endswith(tuple(b[:-1] for b in SCOPE_BOILERPLATES if b.endswith(")")))
    tail = text[text.rfind("("):] if "(" in text else ""
    return any(len(tail) == len(b) - 1 and tail.endswith(b[-1 - SENTENCE_END:-1])
               and sum(x != y for x, y in zip(tail, b, strict=False)) <= max(2, len(b) // 10)
               for b in SCOPE_BOILERPLATES if b.startswith("(") and b.endswith(")"))


def _scope_read(pieces: list[Piece]) -> tuple[str, float, bool]:
    """The 经营范围 text, its weakest character, and whether a registrar's standard sentence in it
    was misread.

    - A colon only follows 许可项目/一般项目 (经营项目); a colon read anywhere else is the
      recogniser's confusion of ；with ：, and when its own second choice for that character is
      ；we take it (the grammar rules the colon out; the character is then as sure as the two
      readings together). A colon between two items is the list's ；too. Other colons stay.
    - Brackets are printed （ ）; a 【 or 〔 read for one is the same bracket, and a doubt between
      two bracket shapes is no doubt. A doubt against a character no scope is printed with
      (`·` for `。`) is settled the same way.
    - The standard sentences (`（依法须经批准的项目，经相关部门批准后方可开展经营活动）` …) and the
      headers are printed verbatim: characters read as one of them are sure, a character whose
      second choice is the sentence's own is taken, and a sentence read with another character
      the recogniser was sure of is a misread (`除依法频经批准`): the third value is then True.
      (One such correction per scope, and only when the rest is read surely: a second one, or
      a doubtful character elsewhere, says the print was read poorly.)
    - Two separators in a row, or a 。 before anything but the standard sentence's bracket or a
      header, are a misread separator: that character is doubtful. A character no scope is
      printed with (`·`), or a separator just before a standard sentence's bracket, takes its
      second reading when that is a scope's character (`。`).
    """
    text = "".join(p.text for p in pieces)
    chars = [c for p in pieces for c in (p.chars or ((p.score, "", 0.0),) * len(p.text))]
    if len(chars) != len(text):
        return text, min(p.weakest for p in pieces), False
    for b in SCOPE_BOILERPLATES:
        k = next((k for h in SCOPE_HEADERS if b.endswith(")") and (k := text.find(b[:-1] + h)) >= 0), -1)
        if k >= 0 and (text.count("(") > text.count(")") if SCOPE_SENTENCE_BRACKETS
                       else text.count("(") == text.count(")") + 1):
            # a standard sentence read whole but for its thin closing bracket, the next header right
            # after it (`…许可证件为准一般项目:`): the recogniser dropped the bracket, the sentence is whole.
            # (Each sentence's own: a scope of two parts may have lost both brackets — `…经营活动许可项目:`
            # in mid-row and the last sentence's at the scope's end — and each is closed by its grammar)
            k += len(b) - 1
            text, chars = text[:k] + ")" + text[k:], [*chars[:k], (1.0, "", 0.0), *chars[k:]]
    if text.count("(") == text.count(")") + 1 and _sentence_open_at_end(text):
        # the closing bracket of a standard sentence that ends the scope wrapped onto a row of its
        # own (a lone bracket is rarely boxed): the sentence is whole, not a misread of a shorter one
        text, chars = text + ")", [*chars, (1.0, "", 0.0)]
    out = list(text)
    probs = [c[0] for c in chars]
    alts = [to_halfwidth(c[1]) for c in chars]

    def shape(ch: str) -> str:
        return "(" if ch in _OPEN_SHAPES else ")" if ch in _CLOSE_SHAPES else ch

    for i, ch in enumerate(text):
        out[i] = shape(ch)
        alts[i] = shape(alts[i])
    misread = False
    covered = [False] * len(out)
    fixed: list[tuple[int, float]] = []
    for phrase in sorted(SCOPE_BOILERPLATES, key=len, reverse=True) + list(SCOPE_HEADERS):
        n = len(phrase)
        allowed = 1 if n < 10 else max(2, n // 10)
        i = 0
        while i + n <= len(out):
            if any(covered[i:i + n]):
                i += 1
                continue
            diff = []
            for j, want in enumerate(phrase):
                if out[i + j] != want and not (want == "," and (out[i + j] in _COMMA_SHAPES
                                                                or SENTENCE_STOP_COMMA and out[i + j] == "。")):
                    # (a fax's or a copy's comma loses its tail: `.` or `、` where the sentence prints `，`)
                    diff.append(j)
                    if len(diff) > allowed:
                        break
            if len(diff) > allowed:
                i += 1
                continue
            if all(alts[i + j] == phrase[j] for j in diff):  # (its second choices make it the phrase)
                fixed += [(i + j, probs[i + j]) for j in diff]
                out[i:i + n] = list(phrase)
                probs[i:i + n] = [1.0] * n
                covered[i:i + n] = [True] * n
                i += n
                continue
            if n >= 10:
                misread = True
            i += 1
    # a list that prints ，between its items, read surely, and never ；(its standard sentences' commas aside)
    sure_marks = Counter(to_halfwidth(text[j]) for j in range(len(out)) if not covered[j] and chars[j][0] >= LIST_SURE)
    comma_list = sure_marks[","] >= LIST_SEEN and not sure_marks[";"]
    for i, ch in enumerate(out):
        if covered[i]:
            continue
        after_header = "".join(out[max(0, i - 2):i]) == "项目"
        if {ch, alts[i]} == {":", ";"} and not after_header:  # ；or ：, and ：is ruled out
            out[i] = ";"
            probs[i] = chars[i][0] + chars[i][2]
        elif SCOPE_COLON_BEFORE_HEADER and ch == ":" and not after_header \
                and "".join(out[i + 1:i + 5]) in tuple(h[:-1] for h in SCOPE_HEADERS):
            # a colon read right before a part's header (`…针纺织品销售:许可项目:`), its runner-up not
            # `；`: the grammar rules the colon out but not which mark ends the part before a header —
            # registrars print `。` there (ZC, ZG, ZL) or `；` (ZI). It stays a colon, and a doubt.
            # (ZL zl_0047 read its `。` as `：` 0.89 with `。` 0.10 second, and was pre-filled with the
            # list's `；`; a runner-up `。` does not settle it either: ZI zi_0059 read its `；` so)
            probs[i] = min(probs[i], 0.5)
        elif ch == ":" and not after_header and 0 < i < len(out) - 1 \
                and re.match(r"[\u4e00-\u9fff)]", out[i - 1]) and re.match(r"[\u4e00-\u9fff]", out[i + 1]):
            # a colon between two items: the printed ；(the two differ by a tail a photo blurs);
            # the character stays as sure as the recogniser was of it — in a list of ；. A list that
            # prints ，between its items has no ；to read as a colon: the mark is a doubt there
            out[i] = ";"
            if comma_list:
                probs[i] = min(probs[i], 0.5)
        elif ch == "." and 0 < i < len(out) - 1 and re.match(r"[\u4e00-\u9fff)]", out[i - 1]) \
                and _cjk(out[i + 1]):
            # a full point between two words: a scope prints none there (a decimal point stands
            # between digits); it is a separator that lost its tail or slant (，、) — its second
            # reading when that is a separator the list does not contradict, else a doubt
            if alts[i] == "、" or alts[i] in ",;" and not sure_marks[";" if alts[i] == "," else ","]:
                out[i], probs[i] = alts[i], chars[i][0] + chars[i][2]
            else:
                probs[i] = min(probs[i], 0.5)
        elif alts[i] and (alts[i] == ch or not SCOPE_CHARS.fullmatch(alts[i])):
            probs[i] = chars[i][0] + chars[i][2]  # the other reading is the same, or impossible
        elif alts[i] and len(alts[i]) == 1 and SCOPE_CHARS.fullmatch(alts[i]) and (
                not SCOPE_CHARS.fullmatch(ch)
                or (alts[i] == "。" and ch in ";,、:" and i + 1 < len(out) and covered[i + 1] and out[i + 1] == "(")):
            # the first reading is impossible (`·` no scope is printed with), or a separator read
            # before a standard sentence's bracket, which a 。 precedes: the second reading
            out[i] = alts[i]
            probs[i] = chars[i][0] + chars[i][2]
    # A list prints one separator between its items (；or ，): a separator the recogniser was torn
    # between two separators on (；0.40 / ：0.31, ，0.69 / . 0.09) is the list's own when that one
    # is read surely elsewhere in the scope (LIST_SURE, at least LIST_SEEN times) and the other
    # reading never is. (、 also joins words inside an item: a doubt with it is never settled so; a .
    # is a misread comma and never the list's; a 。 right before a standard sentence's bracket is
    # the print's.)
    # (a colon read between items is the list's ；— the grammar rules the colon out there)
    seen = Counter(shape(to_halfwidth(text[j])).replace(":", ";") for j in range(len(out))
                   if not covered[j] and chars[j][0] >= LIST_SURE and "".join(out[max(0, j - 2):j]) != "项目")
    for i in range(len(out)):
        if covered[i]:
            continue
        read, alt = shape(to_halfwidth(text[i])), alts[i]
        if read != alt and {read, alt} <= set(";,:.") and chars[i][0] + chars[i][2] >= 0.6 \
                and "".join(out[max(0, i - 2):i]) != "项目" and not (i and out[i - 1].isdigit()):
            # (a colon read or second is the list's ；, as the grammar has it between items)
            rd, al = read.replace(":", ";"), alt.replace(":", ";")
            own = ([rd] if rd in ";," and seen[rd] >= LIST_SEEN else []) if rd == al else \
                [c for c in (rd, al) if c in ";," and seen[c] >= LIST_SEEN and not seen[al if c == rd else rd]]
            if own:
                out[i], probs[i] = own[0], 1.0
        elif out[i] == "。" and i + 1 < len(out) and covered[i + 1] and out[i + 1] == "(" and chars[i][0] >= 0.6:
            probs[i] = 1.0
    if SCOPE_TECH_ENUM:
        # (the catalogue's technology item joins its words with `、`: a torn or faint mark there is that `、`)
        for i in range(len(out)):
            read = shape(to_halfwidth(text[i]))
            if not covered[i] and read in "、,;:." and "、" in (read, alts[i]) and _tech_enum_mark(text, i) \
                    and (read == "、" or chars[i][0] < SCOPE_SURE):  # (a sure other mark is the print's)
                out[i], probs[i] = "、", 1.0
    if SCOPE_WORD_SURE:
        # a character between two Chinese readings that together take almost all its odds, whose
        # first makes a standard scope word there and whose second makes none (`艺术交流` 0.61 against
        # `艺术变流` 0.32): the word settles it, as it settles a torn character (`_scope_torn`)
        joined_now = "".join(out)
        for i, (prob, alt, alt_prob) in enumerate(chars):
            if not covered[i] and probs[i] < WEAK_CHAR and prob >= SCOPE_WORD_FIRST and prob + alt_prob >= SCOPE_WORD_PAIR \
                    and _cjk(out[i]) and out[i] == text[i] and len(alt) == 1 and _cjk(alt) and alt != out[i] \
                    and _scope_word_settles(joined_now, i, alt):
                probs[i] = prob + alt_prob
    # (a sentence's character put back, `_sentence_lost_one`, has no reading of its own: a correction)
    fixed += [(i, 0.0) for i, c in enumerate(chars) if c is _PUT_BACK]
    rest = min((q for q, c in zip(probs, covered, strict=True) if not c), default=1.0)
    if len(fixed) > 1 or (fixed and rest < SCOPE_SURE):
        # more than one character of the standard sentences misread, or one while the rest holds
        # a doubtful character too: the print is read poorly, and the rest of the text cannot be
        # trusted on the strength of the sentences
        for i, prob in fixed:
            probs[i] = prob
    joined = "".join(out)
    for m in re.finditer(r"[;,、。:][;,、。:]|。(?![(]|一般项目|许可项目|一般经营项目|许可经营项目|$)", joined):
        # two separators in a row, or a 。 that neither closes the list before its standard
        # sentence nor ends it (`广告设计。代理` for `、`): the recogniser misread a separator
        probs[m.start()] = min(probs[m.start()], 0.5)
    return "".join(out), min(probs, default=1.0), misread


def _rows_above_centred(lines: list[Line], aliases: tuple[str, ...], labels: tuple[str, ...],
                        pieces: Value | None) -> tuple[Value | None, list[Line], bool]:
    """A table cell centres its label on the rows of a long value (经营范围 beside the middle of
    its six rows): the rows above the label's row, starting where the value's rows start, are the
    value's first rows. They are taken when the label then sits at the middle of the whole block
    (and not when it already does), up to the row level with the label above; a row that may
    still be the wrapped end of the value above (that value's row reaches the column's edge)
    leaves the start in doubt. A row further above the value's first row than its rows are apart
    (`PARAGRAPH_GAP`) is another field's. (value with its first rows, the rows taken, doubtful)"""
    found = find_label(lines, aliases)
    if not pieces or found is None:
        return pieces, [], False
    label = found[0]
    rows = piece_rows(list(pieces))
    h = sorted(q.box[3] - q.box[1] for q in pieces)[len(pieces) // 2]
    value_x = min(q.box[0] for q in rows[0])
    x_hi = max(q.box[2] for q in pieces)
    cys = [(min(q.box[1] for q in r) + max(q.box[3] for q in r)) / 2 for r in rows]
    steps = sorted(b - a for a, b in zip(cys, cys[1:], strict=False))
    pitch = steps[len(steps) // 2] if steps else 1.1 * h
    label_lines = [o for o in lines if starts_with_label(o.text, labels)]
    taken = {(q.box[0], q.box[1]) for q in pieces}
    above: list[Line] = []
    top_cy = cys[0]
    while True:
        cands = [o for o in lines if not o.owner and (o.x1, o.y1) not in taken and o not in above
                 and abs(o.x1 - value_x) < h and o.x2 > value_x + 2 * h
                 and top_cy - (PARAGRAPH_GAP if len(rows) >= 2 else 1.6) * pitch < o.cy < top_cy - 0.5 * pitch
                 and not starts_with_label(o.text, labels)
                 and not any(same_row(lab, o) and lab.x1 < o.x1 for lab in label_lines)]
        if not cands:
            break
        o = max(cands, key=lambda o: o.cy)
        above.append(o)
        top_cy = o.cy
    if not above:
        return pieces, [], False
    bottom = max(q.box[3] for q in pieces)
    top0 = min(q.box[1] for q in rows[0])

    def off(top: float) -> float:
        return abs((top + bottom) / 2 - label.cy)

    best = min(range(len(above) + 1), key=lambda k: off(above[k - 1].y1 if k else top0))
    if best == 0 or off(above[best - 1].y1) > 0.4 * pitch or off(above[best - 1].y1) > off(top0) - 0.25 * pitch:
        return pieces, [], False
    block = above[:best][::-1]
    first = block[0]
    # the row over the block: a labelled row (the value above) that runs up to the column's edge
    # may have wrapped into the block's first row
    over = [o for o in lines if o.cy < first.cy - 0.5 * pitch and o.cy > first.cy - 2.5 * pitch
            and o.x2 > value_x and o.x1 < x_hi]
    doubtful = bool(over) and max(o.x2 for o in over if o.cy >= max(m.cy for m in over) - 0.5 * h) > x_hi - 1.5 * h
    out = Value(Piece(o.text, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(o.text)), o.xs_of(0, len(o.text)))
                for o in block)
    out.extend(pieces)
    out.hole, out.under = getattr(pieces, "hole", False), getattr(pieces, "under", False)
    return out, block, doubtful


def _unlabelled_address(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """住所's label not read at all (glare, a fold over the label column): a row of the value
    column with nothing read left of it, under a labelled row (not a wrapped row of the value
    above), that reads as an address — a known place name first, a road or house number in it —
    gets its label back. Only when no address label was found and exactly one row qualifies."""
    if find_label(lines, LICENCE["address"], anywhere=True) is not None:
        return lines
    found = [ln for ln in lines if starts_with_label(ln.text, labels)]
    if len(found) < 3:
        return lines
    h = sorted(ln.h for ln in found)[len(found) // 2]
    starts = sorted(o.x1 for lab in found for o in lines if o is not lab and same_row(o, lab)
                    and lab.x2 - 0.5 * h <= o.x1 < lab.x2 + 4 * h)
    if len(starts) < 2:
        return lines
    value_x, col_x = starts[len(starts) // 2], sorted(ln.x1 for ln in found)[len(found) // 2]
    names = _place_names()
    cands = []
    for a in lines:
        if a.owner or abs(a.x1 - value_x) > 1.5 * h or starts_with_label(a.text, labels) \
                or not any(a.text[:k] in names for k in range(2, 9)) or not re.search(r"\d+号|路|街|大道|弄|巷", a.text) \
                or any(o is not a and same_row(o, a) and o.x2 <= a.x1 + 0.3 * h for o in lines):
            continue
        above = [o for o in lines if o.cy < a.cy - 0.5 * a.h and o.x1 < a.x2 and o.x2 > a.x1 and o.x1 > col_x + h]
        prev = max(above, key=lambda o: o.cy, default=None)
        if prev is not None and any(same_row(lab, prev) and lab.x1 < prev.x1 for lab in found):
            cands.append(a)
    if not cands:
        cands, col_x = _unlabelled_address_beside(lines, found, labels, names, h)
    if len(cands) != 1:
        return lines
    a = cands[0]
    # (the label's own tail boxed before the row, `所`: the label ends where it ends, and it is no value)
    tail = [o for o in lines if o is not a and same_row(o, a) and col_x - 0.5 * h < o.x2 <= a.x1 + 0.3 * h
            and _address_label_tail(o, None, h)] if ADDRESS_TAIL_BESIDE else []
    end = max([col_x + 2 * a.h, *(o.x2 for o in tail)])
    return sorted([*(o for o in lines if not any(o is t for t in tail)),
                   Line("住所", a.score, col_x, a.y1, end, a.y2, a.idx)], key=lambda ln: (ln.cy, ln.x1))


# A 营业执照's 住所 label whose head was glued by the detector onto the row left of it (the 经营范围's first row
# running on across the column gap, `…技术交流、住` — AJ aj_031, aj_061: the 2019 副本 prints 住所 right of the
# scope's rows) keeps its tail boxed alone before the address (`所`): that box is the label's rest, not print
# between the column's label and the address row, so the address row beside it is the unlabelled 住所 row of
# `_unlabelled_address_beside` (the box is taken as the label's end). True: on; False: off (main's path: the
# tail stood between, and the address was blank `not found`).
ADDRESS_TAIL_BESIDE = True


def _address_label_tail(o: Line, lab: Line | None, h: float) -> bool:
    """Box `o` is only the last one or two characters of an address label (`所` of 住所), no wider
    than those characters, standing right of the column's label edge (`lab`'s start) when given."""
    t = o.text.strip(":：")
    return ADDRESS_TAIL_BESIDE and 0 < len(t) <= 2 and o.x2 - o.x1 <= (len(t) + 1) * h \
        and any(len(al) > len(t) and al.endswith(t) for al in LICENCE["address"]) \
        and (lab is None or o.x1 > lab.x1 - 0.5 * h)


def _unlabelled_address_beside(lines: list[Line], found: list[Line], labels: tuple[str, ...], names: Collection[str],
                               h: float) -> tuple[list[Line], float]:
    """`_unlabelled_address` in a form's second column (the 2019 副本 prints 住所 right of the
    经营范围's rows): an address-like row starting where a labelled row of that column starts its
    value, with nothing read between that column's labels and it, and no other address-like row
    between it and that labelled row above. (the rows, the column's label x)"""
    cols = [(lab, min((o.x1 for o in lines if o is not lab and same_row(o, lab) and lab.x2 - 0.5 * h <= o.x1 < lab.x2 + 4 * h),
                      default=None)) for lab in found]
    cols = [(lab, vx) for lab, vx in cols if vx is not None and lab.x1 > min(f.x1 for f in found) + 4 * h]
    place = re.compile(r"\d+号|路|街|大道|弄|巷")
    out: list[Line] = []
    col_x = 0.0
    for a in lines:
        if a.owner or starts_with_label(a.text, labels) \
                or not any(a.text[:k] in names for k in range(2, 9)) or not place.search(a.text):
            continue
        heads = [lab for lab, vx in cols if abs(a.x1 - vx) <= 1.5 * h and lab.cy < a.cy - 0.5 * a.h]
        lab = max(heads, key=lambda o: o.cy, default=None)
        if lab is None:
            continue
        row = [o for o in lines if o is not a and same_row(o, a) and lab.x1 - 0.5 * h < o.x2 <= a.x1 + 0.3 * h]
        tails = [o for o in row if _address_label_tail(o, lab, h)]
        # (… and the row left of it that runs on across the column gap, ending in the label's head: `…交流、住`)
        if any(not any(o is t for t in tails) and not (o.x1 < lab.x1 - 0.5 * h and any(
                o.text.endswith(al[:len(al) - len(t.text.strip(":："))]) and al.endswith(t.text.strip(":："))
                for t in tails for al in LICENCE["address"])) for o in row):
            continue
        between = [o for o in lines if lab.cy + 0.5 * h < o.cy < a.cy - 0.5 * a.h and abs(o.x1 - a.x1) <= 1.5 * h]
        if any(place.search(o.text) or any(o.text[:k] in names for k in range(2, 9)) for o in between):
            continue
        out.append(a)
        col_x = lab.x1
    return out, col_x


def _unlabelled_type(lines: list[Line], name: list[Piece]) -> FieldResult | None:
    """The 类型 row when its label was not read (faint print, glare): the form prints it right
    under the name, where the name's value column starts. Taken only when exactly one box there
    is, whole, a 市场主体类型 of the closed table (its bracketed words too)."""
    x0, bottom = name[0].box[0], max(q.box[3] for q in name)
    h = name[0].box[3] - name[0].box[1]
    found = [ln for ln in lines if abs(ln.x1 - x0) < h and -0.3 * h <= ln.y1 - bottom < 1.5 * h
             and _known_type(ln.text.replace(",", "、"))]
    if len(found) != 1:
        return None
    ln = found[0]
    return _result(ln.text.replace(",", "、"), [Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.chars, ln.xs)])


INDIVIDUAL_TYPE = True  # a 个体工商户's type row read without its label, the 组成形式 row vouching (False: off)


def _individual_type(lines: list[Line]) -> FieldResult | None:
    """The 类型 of a 个体工商户 whose label was not read (its spaced characters boxed down the
    column with the row above's, `名类` `称塑`). Only a 个体工商户's licence prints 组成形式
    (个人经营/家庭经营: 个体工商户登记管理办法), and its type is then 个体工商户 and nothing else
    (every development family's truth). Taken when that label is read and exactly one line on
    the page is the type, whole or with one end character lost (`个体工商`), standing alone
    (a name's `(个体工商户)` is no such line)."""
    if not INDIVIDUAL_TYPE or find_label(lines, ("组成形式",)) is None:
        return None
    found = [ln for ln in lines if ln.text in ("个体工商户", "个体工商", "体工商户")]
    if len(found) != 1:
        return None
    ln = found[0]
    piece = Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.chars, ln.xs)
    # (the closed value settles its characters: as sure as the line that spells most of it)
    return _result("个体工商户", [piece], vocabulary=True)


def extract_business_license(lines: list[Line]) -> dict[str, FieldResult]:
    labels = tuple(a for v in LICENCE.values() for a in v)
    lines = _unlabelled_address(lone_label_tails(label_tails(normalize_labels(split_glued_heads(split_glued_labels(
        lines, labels), labels), labels), labels), LICENCE), labels)
    res: dict[str, FieldResult] = {"credit_code": _uscc(lines)}
    raw = _seal_lead(_name_rows(value_after(lines, LICENCE["name"], labels, multiline=True, max_lines=2), lines),
                     lines, labels)
    raw = _without_lead_marks(raw) if NAME_LEAD_MARK else raw
    raw = _without_trail_marks(raw)
    # (a place the list settled is no torn character: `呼伦贝尔市` at 0.72 over `呼伦贝尔南` at 0.20)
    p = _places(raw, rule_out=True, keep_xs=NAME_KEEP_XS)
    v = join(p)[0] if p else ""
    res["name"] = _result(v, p, odds=ENTITY_ODDS, hairline=True) if len(v) >= 2 else _blank()
    res["name"] = place_head_doubt(res["name"])
    if v and raw and not res["name"].flagged and (_any_end_unread(raw) or _head_unread(raw)):
        res["name"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="lost character")
    if v and raw and not res["name"].flagged and any(q.lost_character for q in raw):
        # (the place names settle characters without their positions: the gap a character left
        # in the name — 崇左市金电子 for 崇左市金诺电子 — is measured on the row as read)
        res["name"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="lost character")
    if NAME_LOST and v and raw and not res["name"].flagged and (why := name_lost_character(lines, LICENCE["name"], raw, labels)):
        res["name"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note=why)  # (`明区美味五金店`: 思 under a seal)
    # (a label's colon read as another mark, `类型,普通合伙企业`: no type starts with a mark)
    p = _without_lead_marks(value_after(lines, LICENCE["type"], labels, multiline=True, max_lines=1))
    first = join(p[:1])[0] if p else ""
    if p and len(p) > 1 and first.count("(") == first.count(")") + 1 \
            and len(join(p[1:])[0]) <= 2 and not re.search(r"[\u4e01-\u9fff]", join(p[1:])[0]):  # (一 is a bracket misread)
        # a 市场主体类型 that wrapped leaves only its closing bracket on the next row; a lone bracket
        # is the hardest thing to read (it comes back as `(`, `一)`, `|`): the grammar says it is `)`
        p = _keep(p, [p[0], Piece(")", max(p[1].score, p[0].score), p[1].box, ((p[0].weakest, "", 0.0),))])
    v = join(p)[0] if p else ""
    if v.count("(") == v.count(")") + 1 and not v.endswith("("):
        v += ")"  # a 市场主体类型 ends with its closing bracket, which wrapped onto a line of its own
    typed = _by_grammar(p, lambda t: _known_type(t.replace(",", "、")), same=lambda t: t.replace(",", "、")) \
        if p and v == join(p)[0] else None
    if typed:  # the closed table of types settles the recogniser's doubts (有限贵任公司 → 有限责任公司)
        # (a type of the table is as sure as its least sure character: the line's score, a mean over
        # its box, counts the blank frames around brackets a glared photo makes doubtful)
        res["entity_type"] = _result(typed[0].replace(",", "、"), p, score=max(join(p)[1], typed[1]),
                                     weakest=max(typed[1], WEAK_CHAR))
    elif p and (near := _near_type(v.replace(",", "、"))):
        # (the snapped character's own reading vouches for nothing: the others' weakest counts, as a typed one's)
        read = join(p)[0]
        chars = [c for q in p for c in (q.chars or ((q.score, "", 0.0),) * len(q.text))]
        rest = [c[0] for i, c in enumerate(chars) if i < len(near) and read[i:i + 1] == near[i]]
        res["entity_type"] = _result(near, p, weakest=min(rest, default=0.0))
    else:
        res["entity_type"] = _result(v, p) if len(v) >= 2 else _blank()
    if not res["entity_type"].value and raw and find_label(lines, LICENCE["type"]) is None:
        res["entity_type"] = _unlabelled_type(lines, raw) or res["entity_type"]
    if not res["entity_type"].value and find_label(lines, LICENCE["type"]) is None:
        res["entity_type"] = _individual_type(lines) or res["entity_type"]
    _check_name_and_type(res)
    p = value_after(lines, LICENCE["rep"], labels)
    v = _name_value(join(p)[0]) if p else ""
    if v and not _rep_shaped(v) and _CJK_NAME.match(v) \
            and (rep_label := find_label(lines, LICENCE["rep"])) is not None \
            and (partner := find_label(lines, ("执行事务合伙人",))) is not None and partner[0] is rep_label[0]:
        # a company as 执行事务合伙人 wraps in the narrow value column (`…投资管理有` + `限公司`): its
        # rows are one entity's name when they make one together (the entity check below); and a
        # whole company's name may have its `(委派代表:…)` on the row under it, which belongs to
        # the value (the company alone would be a wrong pre-fill)
        # (the row beside it in the second column may hold a term's wrapped end far right: the
        # first row is taken as full when the rows start together and only together spell a name)
        two = value_after(lines, LICENCE["rep"], labels, multiline=True, max_lines=2)
        if two and len(piece_rows(two)) == 2 and len(piece_rows(two)[0]) == 1 \
                and abs(two[-1].box[0] - two[0].box[0]) < 0.75 * (two[0].box[3] - two[0].box[1]):
            joined = _name_value(join(two)[0])
            if _partner_entity(joined) and not _partner_entity(v) \
                    or _partner_entity(v) and re.match(r"[(（]委派", "".join(q.text for q in piece_rows(two)[1])):
                p, v = two, joined
    appointed = re.fullmatch(r"(.{4,60})\(委派代表:(.{2,20})\)", v)
    sure = _surname_sure(p) if v else p
    if sure is not p and sure and join(sure)[0] != join(p)[0]:
        v = _name_value(join(sure)[0])  # (the runner-up surname replaced a first character no one carries)
    if v and _CJK_NAME.match(v) and _rep_shaped(v):
        res["legal_representative"] = _result(v, sure, char_floor=NAME_CHAR, hairline=True)
    elif v and _partner_entity(v) and (rep_label := find_label(lines, LICENCE["rep"])) is not None \
            and (partner := find_label(lines, ("执行事务合伙人",))) is not None and partner[0] is rep_label[0]:
        # a partnership's 执行事务合伙人 may be a company printed alone (合伙企业法 第二十六条: a
        # partner that is a legal person appoints its representative in its own papers): a market
        # entity's name, its form last. Only under that label: a 法定代表人, 负责人, 经营者 or 投资人
        # is a person, and an entity's name beside one is a neighbour's text
        res["legal_representative"] = _result(v, p, char_floor=NAME_CHAR, odds=ENTITY_ODDS, hairline=True)
        if not res["legal_representative"].flagged and (_any_end_unread(p) or any(q.lost_character for q in p)):
            res["legal_representative"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="lost character")
    elif v and _CJK_NAME.match(v):
        res["legal_representative"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="not a name")
    elif appointed and re.sub(r"\([^()]*\)$", "", appointed.group(1)).endswith(NAME_ENDINGS) \
            and _name_shaped(appointed.group(2)) and "(" not in appointed.group(2):
        # a partnership's 执行事务合伙人 may be a company, printed with the person it appoints
        # (`…有限公司(委派代表:谭欣怡)`): an entity's name (its form last) and a person's name
        res["legal_representative"] = _result(v, p, char_floor=NAME_CHAR, odds=ENTITY_ODDS, hairline=True)
    else:
        res["legal_representative"] = FieldResult(v, 0.5, join(p)[2], flagged=True) if v else _blank()
    r = res["legal_representative"]
    if r.value and not r.flagged and (why := weak_name_evidence(lines, LICENCE["rep"], p, r.value)):
        res["legal_representative"] = FieldResult(r.value, 0.5, r.box, flagged=True, note=why, weakest=r.weakest)
    _operator_named(res)
    p = _capital_wrapped(lines, labels, value_after(lines, LICENCE["capital"], labels))
    individual = "个体" in res["entity_type"].value or find_label(lines, ("经营者",)) is not None
    if p:
        v = join(p)[0]
        fixed = _by_grammar(p, _amount)
        if _any_end_unread(p):  # (a character at the amount's end boxed but not read: 整 under a seal)
            res["registered_capital"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="lost character")
        elif fixed:  # the printed forms of an amount settle the recogniser's doubts (5万元釐 → 5万元整)
            res["registered_capital"] = _result(fixed[0], p, weakest=fixed[1])
        elif _amount(v):
            res["registered_capital"] = _result(v, p)
        else:  # seal text or a neighbour leaked in, or a misread: do not pre-fill it
            res["registered_capital"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="not an amount") \
                if v else _blank()
    elif individual and find_label(lines, LICENCE["capital"]) is None:
        # 个体工商户 licences print no capital: the true value is empty, and we are sure of it
        res["registered_capital"] = FieldResult("", res["entity_type"].confidence or 0.9, None, note="none printed")
    else:
        res["registered_capital"] = _blank()
    p = value_after(lines, LICENCE["date"], labels)
    v = _norm_date(join(p)[0]) if p else None
    # (readings that make one date are one choice: a look-alike 日 read either way, `LOOKALIKE_SEPARATOR`)
    settled = _by_grammar(p, lambda t: _norm_date(t) is not None, same=_norm_date if LOOKALIKE_SEPARATOR else None) \
        if DATE_GRAMMAR and p and not v \
        else None
    if settled:
        # a digit read as its look-alike letter (`2C21年12月13日`, C for 0 at 0.5): the recogniser's
        # runner-up is the digit, and only that choice makes a date (`_by_grammar`: when any other
        # doubtful digit's choice would make a date too, nothing is settled)
        v = _norm_date(settled[0])
        res["established_date"] = _result(v, list(p), char_floor=DIGIT_CHAR, weakest=settled[1]) if v else _blank()
    else:
        # (a whole date is its own extent: text far beyond it on its row — a copy's stamp — is no gap in it)
        res["established_date"] = _result(v, list(p), char_floor=DIGIT_CHAR, weakest=_date_weakest(p, v)) \
            if v and p else _blank()
    if DATE_TERM_CHECKS and v and p:
        res["established_date"] = _established_against_term(res["established_date"], join(p)[0], lines, labels)
    res["valid_to"] = _business_term(lines, labels, individual, res["established_date"].value,
                                     settled=sum(1 for f in res.values() if f.value and not f.flagged))
    p = _label_echo(value_after(lines, LICENCE["scope"], labels, multiline=True, max_lines=30), lines, LICENCE["scope"])
    p, _, scope_start_doubt = _rows_above_centred(lines, LICENCE["scope"], labels, p)
    # (the scope's rows above its centred label are no wrapped rows of the address)
    scope_label = find_label(lines, LICENCE["scope"])
    starts = {(q.box[0], q.box[1]) for q in p or []}
    rest = [o for o in lines if not (scope_label and (o.x1, o.y1) in starts
                                     and o.cy < scope_label[0].cy - 0.25 * scope_label[0].h)]
    raw = value_after(rest, LICENCE["address"], labels, multiline=True, max_lines=3)
    a = _address_numbers(_address_ends(_places(raw), LICENCE_ADDRESS_LAST))
    address_label = find_label(rest, LICENCE["address"])
    res["address"] = _licence_address(join(a)[0] if a else "", a, rest,
                                      address_label[0].x1 if address_label else None)
    if a and not res["address"].flagged and _labelled_row(raw, rest, LICENCE["address"]):
        res["address"] = FieldResult(res["address"].value, 0.5, join(a)[2], flagged=True, note="ragged rows")
    if a and raw and not res["address"].flagged and (any(q.lost_character for q in raw) or _any_end_unread(raw)):
        res["address"] = FieldResult(res["address"].value, 0.5, join(a)[2], flagged=True, note="lost character")
    if p and len(p) > 1 and len(p[-1].text) <= 2 and not re.search(r"[\u4e01-\u9fff]", p[-1].text) \
            and join(p[:-1])[0].endswith(tuple(b[:-1] for b in SCOPE_BOILERPLATES if b.endswith(")"))) \
            and join(p[:-1])[0].count("(") == join(p[:-1])[0].count(")") + 1:
        # the standard sentence's closing bracket wrapped alone onto the last row: a lone bracket is
        # the hardest thing to read (`)` at 0.58, `一)`, `|`); the sentence's grammar says it is `)`
        p = _keep(p, [*p[:-1], Piece(")", p[-2].score, p[-1].box, ((p[-2].weakest, "", 0.0),))])
    p = _tech_enum_lost(_sentence_lost_one(_sentence_brackets(_sentence_opened(_sentence_reopened(_scope_head_one(p))))))
    p, bracket_mark_lost = _mark_after_bracket(p)
    before_seal = p
    p, after_close = _seal_tail(p)
    # (a last row cut before a seal's characters ends where its cut was made, not at a box's edge)
    unread_rows = list(p or ()) if p is before_seal else list(p[:-1])
    v, scope_weakest, misread = _scope_read(p) if p else ("", 0.0, False)
    if v.count("(") == v.count(")") + 1 and (v.endswith(SCOPE_TAIL) or v.endswith(tuple(b[:-1] for b in SCOPE_BOILERPLATES
                                                                                       if b.endswith(")")))):
        v += ")"  # the closing bracket of a standard sentence wrapped onto a line of its own
    if p and v.endswith(")") and not p[-1].text.endswith(")"):
        unread_rows = unread_rows[:len(p) - 1]  # (the bracket the grammar closed it with is the unread ink)
    unread_end = _scope_end_unread(unread_rows[:-1] if SCOPE_CLOSED_END and unread_rows and unread_rows[-1] is p[-1]
                                   and p[-1].text.endswith(")") and _scope_closed(v) else unread_rows)
    if p and getattr(p, "under", False) and _scope_closed(v):
        p = _keep(p, list(p))  # (the row under it is other print: the scope's grammar ended it)
        p.hole = p.under = False
    pulled, rooms = _pulled_down(p)
    if v.count("(") != v.count(")"):  # a lost line or bracket: do not pre-fill a truncated scope
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unbalanced")
    elif scope_start_doubt or _skipped_row(p) or (SCOPE_HEAD_ONE and v.startswith("般项目")) \
            or SCOPE_PART_CLOSED and _part_unclosed(v):
        # its first row may be the wrapped end of the value above; or it skips an unboxed row; or
        # it starts inside its header (`般项目:`, the 一 lost where the rows do not say it stood)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="ragged rows")
    elif ragged(p, hanging=True, early=pulled) or getattr(p, "hole", False) or v.endswith((";", "、", ",")) \
            or SCOPE_SEPARATOR_FIRST and v.startswith((";", "、", ",", "。")) \
            or SCOPE_ONE_CHAR_FIRST and bool(_ONE_CHAR_FIRST.match(v)):
        # a row stops short: a character (often 、 or ；) was lost; or the list stops after a separator,
        # or starts with one (the rows before it were not read)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="ragged rows")
    elif v and not SCOPE_CHARS.fullmatch(v):  # a character no scope is printed with (· for 。): a misread
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="doubtful character")
    elif SCOPE_SEPARATOR_BEFORE_SENTENCE and re.search(r"[;、,](?=\((?:除)?依法须经批准)", v):
        # an item list ends before the registrar's sentence with 。 or nothing, never with a separator
        # (no family's truth, no licence): a sure `、` there is a misread 。 (p0082 at 0.99)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="doubtful character")
    elif SCOPE_GLUED_SENTENCE and re.search(r"[^\W_除](?=依法须经批准)", v):
        # an item's character straight before the registrar's sentence: its `。(` or `(` was lost
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="boilerplate")
    elif SCOPE_BARE_VERB and _BARE_VERB_AFTER_BRACKET.search(v):
        # a verb standing alone as an item straight after a bracketed qualifier (`保健食品(预包装)、销售`):
        # the qualifier belongs to the verb's object, which is printed `(预包装)销售`; the `、` is the
        # bracket's blank half-cell read as a mark (AD ad_113 at 0.99)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="doubtful character")
    elif re.search(r"(?<!项目):", v):  # a colon only follows 许可项目/一般项目; elsewhere it is a misread ；
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="stray colon")
    elif SCOPE_HEADER_COLON and re.search(r"(?:一般|许可)项目(?!:)", v):
        # the headers 一般项目 / 许可项目 are always followed by their colon (none of the development
        # families' 750 scopes lacks it): a header without it lost a character there, and a list
        # that lost one thin mark may have lost others (`技术推广信息系统`, `;` lost)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="doubtful character")
    elif misread or after_close or (SCOPE_SENTENCE_HEAD in v and not any(b in v for b in SCOPE_BOILERPLATES)):
        # the registrar's closing sentence is printed verbatim: a variant of it is a misread
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="boilerplate")
    elif SCOPE_AFTER_SENTENCE and _stray_after_sentence(v):
        # a character between a registrar's sentence and what follows it (`…经营活动)类许可项目:`): a
        # seal's character or a speck at a row's start read into the scope
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="boilerplate")
    elif unread_end or bracket_mark_lost:
        # a row's box runs on a character past its last one read: a thin character at a row's end
        # (`洗车服务;` + an unread `二` of 二手车) was boxed but not read, and the joined scope skips it
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="lost character")
    elif p and _scope_torn(p):
        # one character the recogniser was torn between two words on (`汽车专配件` at 0.78 against
        # 零 at 0.20): a long scope's line score hides it, and either reading makes a plausible item
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="doubtful character")
    elif p and _hairline_torn(p, fixed=(vouched := {i for i, f in enumerate(_scope_fixed(p)) if f})):
        # a character torn with its one-stroke look-alike outside the registrar's sentences (`日用` / 目)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note=HAIRLINE_NOTE)
    elif p and _scope_word_missed(p, vouched):
        # a character whose runner-up would make the standard word its reading does not (`王金`, 五金)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note=SCOPE_WORD_NOTE)
    elif SCOPE_HEAD_END and _ends_in_word_head(v):
        # (`…;土石方工程施` of …土石方工程施工: the row's last character not read or cut by the frame)
        res["business_scope"] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True,
                                            note="list ends inside an item")
    else:
        # (a long text used to need every line ≥ 0.93; the per-character gate is the sharper test)
        res["business_scope"] = _result(v, p, weakest=scope_weakest) if len(v) >= 2 else _blank()
        if p and not res["business_scope"].flagged and _scope_text_below(v, p, lines, labels):
            res["business_scope"] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="ragged rows")
        elif p and not res["business_scope"].flagged and _scope_may_go_on(v, p, lines):
            res["business_scope"].flagged, res["business_scope"].note = True, ROW_BELOW
        f = res["business_scope"]
        if SCOPE_HANGING_MARK and p and f.value and not f.flagged:
            f.blank_after = [*f.blank_after, *_hanging_cells(list(p))]
        if SCOPE_AFTER_STOP and p and f.value.endswith("。") and not f.flagged:
            f.blank_after = [*f.blank_after, *_cells_after_stop(list(p))]
        f = res["business_scope"]
        if rooms and f.value and (not f.flagged or f.note == ROW_BELOW):
            # (a row short by the character 避头尾 pulled down: taken once the reader finds paper there)
            f.flagged, f.note = True, f.note or PAPER_CHECK
            f.blank_after = rooms
        if SCOPE_ONE_ROW_END and p and f.value and not f.flagged and len(piece_rows(list(p))) == 1 \
                and not f.value.endswith((")", "。", "]", "】")):
            # a scope read as one open row (no full stop, no registrar's sentence): a short list
            # printed so (`水果零售`) has paper after it; a row read in part (`电器销售` of
            # `家用电器销售、服装服饰批发、…` on a copy, the rest of the row and the rows under it
            # not boxed: X x0083) has the row's print there — the reader looks (`GAP_CHECK`)
            f.blank_after = [*f.blank_after, *_room_after_end(list(p))]
        stop = _room_after_sentence(p) if f.value.endswith(")") and (not f.flagged or f.note == PAPER_CHECK) else None
        if SCOPE_OPEN_END_STOP and p and not stop and f.value and _cjk(f.value[-1]) \
                and (not f.flagged or OPEN_STOP_BELOW and f.note == ROW_BELOW) \
                and (OPEN_STOP_BELOW or len(piece_rows(list(p))) > 1):
            # a wrapped list read open (`…办公用品销售`): some registrars end it so, most with a `。`
            # the recogniser drops after a plain character as after a bracket — the reader looks
            opened = _room_after_last(list(p))
            f.blank_after = [*f.blank_after, *([opened] if opened else [])]
        if SCOPE_INNER_STOP and p and f.value and not f.flagged:
            f.blank_after = [*f.blank_after, *_stops_before_brackets(list(p))]
        if stop:
            # (many licences print a full stop after the registrar's sentence, and the recogniser
            # often drops a lone `。` after a bracket: the reader looks for it there)
            f.blank_after = [*f.blank_after, stop]
        if p and f.value.endswith(")") and (not f.flagged or f.note in (PAPER_CHECK, ROW_BELOW)):
            # (… and in the bracket's own cell, where typesetting that compresses `）。` sets it)
            f.blank_after = [*f.blank_after, *_bracket_cell(p, f.value)]
    return res


SCOPE_ONE_ROW_END = True  # a one-row open scope is taken only with paper after its end (False: not looked at)


# a verb alone as an item straight after a bracketed qualifier (`…(预包装)、销售`) — none of the families'
# scopes prints one: the qualifier qualifies the verb's object (`保健食品(预包装)销售`, `日用口罩(非医用)销售`),
# and items sharing an object join their verbs (`生产、销售`), never a bracket and a verb (False: taken)
SCOPE_BARE_VERB = True
_BARE_VERB_AFTER_BRACKET = re.compile(r"\)[、;,](?:销售|零售|批发|经营|加工|制作|生产|租赁|维修|安装)(?=[、;,。(]|$)")

# a wrapped scope row that ends with a character at the column's edge may have its list's separator
# hung past the edge (避头尾: a `、` or `；` may not start the next row, the typesetter hangs it in the
# margin) — thin, beside the margin's speckle or a watermark, the detector leaves it out of the box and
# the joined rows run two items together (AD ad_121 `建设工程施工园林绿化工程施工` at 0.997). The cell
# after each such row's last character is looked at (`MARK_PAST`): ink there is the mark. Off: on the first
# A/B it blanked right scopes (AD ad_048 fax grain, AC ac_042, ZY zy_0124) — re-measure before turning on
SCOPE_HANGING_MARK = False


def _hanging_cells(pieces: list[Piece]) -> list[tuple[Box, Box, str]]:
    """The cell after the last character of each of a scope's rows but the last, where that row ends
    with a Chinese character and the next row starts with one (a separator could hang between them)."""
    rows = piece_rows(pieces)
    pitch = _cjk_pitch(pieces)
    if len(rows) < 2 or pitch is None:
        return []
    out = []
    for row, nxt in zip(rows[:-1], rows[1:], strict=False):
        last, first = max(row, key=lambda q: q.box[2]), min(nxt, key=lambda q: q.box[0])
        if len(last.xs) != len(last.text) or not last.xs or not first.text \
                or not "\u4e00" <= last.text[-1] <= "\u9fff" or not "\u4e00" <= first.text[0] <= "\u9fff":
            continue
        end, height = min(last.xs[-1] + 0.5 * pitch, last.box[2]), last.box[3] - last.box[1]
        # (a `、`, `，` or `；` stands in the lower left of its cell: the room is the cell's left part,
        # lowered so that the check's middle band — it leaves out a sixth at top and bottom — holds it)
        # (from the row's box on: a mark the box took in and the recogniser dropped is `_scope_end_unread`'s;
        # past the box, a 1-bit page's dots are told from a mark by the paper beyond — `reader.gap_blank`)
        start = max(end + 0.1 * pitch, last.box[2] + 1.0)
        out.append(((start, last.box[1] + 0.35 * height, start + 0.6 * pitch, last.box[3] + 0.2 * height),
                    last.box, MARK_PAST))
    return out


# a scope ending with its full stop ends there: ink in the cells after that stop is print the recogniser
# left out — a second mark, a character (AC ac_088, a photocopy printing `…房地产经纪。 。`, read with one
# `。` at 0.998). The two cells after the stop are looked at (`GAP_CHECK`; False: not)
SCOPE_AFTER_STOP = True


def _cells_after_stop(pieces: list[Piece]) -> list[tuple[Box, Box, str]]:
    """The room after a scope's closing `。` on its last row (its cell's right half and the next cell),
    lowered as `_hanging_cells`' to hold a mark's ink in the check's middle band."""
    rows = piece_rows(pieces)
    pitch = _cjk_pitch(pieces)
    if not rows or pitch is None:
        return []
    last = max(rows[-1], key=lambda q: q.box[2])
    if len(last.xs) != len(last.text) or not last.xs or not last.text.endswith("。"):
        return []
    height = last.box[3] - last.box[1]
    # (a `。`'s ink sits in the left half of its cell: the room starts past it, at the cell's centre
    # plus a quarter pitch — or past the box, where the box ends beyond that)
    start = max(last.xs[-1] + 0.25 * pitch, last.box[2] + 0.05 * pitch)
    return [((start, last.box[1] + 0.35 * height, last.xs[-1] + 1.3 * pitch, last.box[3] + 0.2 * height),
             last.box, MARK_PAST)]


def _room_after_end(pieces: list[Piece]) -> list[tuple[Box, Box, str]]:
    """The character cell after a one-row value's last character, where paper is expected
    (`GAP_CHECK`: ink there is a character the detector did not box)."""
    last = max(pieces, key=lambda q: q.box[2])
    pitch = _cjk_pitch(pieces) or (last.box[3] - last.box[1])
    # (the last character's cell ends half a pitch after its centre, or at the box; the room spans
    # the next two cells: a thin `、` standing in the first, low at its left, is no speck's size)
    end = min(last.xs[-1] + 0.5 * pitch, last.box[2]) if len(last.xs) == len(last.text) and last.xs else last.box[2]
    return [((end + 0.15 * pitch, last.box[1], end + 2.0 * pitch, last.box[3]), last.box, GAP_CHECK)]


def _room_after_sentence(pieces: list[Piece] | None) -> tuple[Box, Box, str] | None:
    """The character cell after a 经营范围's closing bracket, where the scope's own full stop is
    printed on the licences that end it with one (`…为准）。`): ink there is a `。` not read."""
    if not pieces:
        return None
    last = max(pieces, key=lambda q: (q.box[1] + q.box[3]) / 2)
    if len(last.xs) != len(last.text) or not last.xs or not last.text.endswith(")"):
        return None
    pitch = _cjk_pitch(pieces) or (last.box[3] - last.box[1])
    x = last.xs[-1]
    # (the bracket's own ink, blurred, reaches a little past its centre and the row's box: the stop
    # sits in the left half of the next cell)
    start = max(x + 0.6 * pitch, last.box[2] + 0.15 * pitch)
    return ((start, last.box[1], x + 1.4 * pitch, last.box[3]), last.box, STOP_CHECK)


# an item list ends before the registrar's sentence with `。` on some licences and with nothing on others
# (`…出版物零售。(依法须经批准…` / `…家政服务(除依法…`): grammar cannot tell, the page can. Where a list's
# last character and the sentence's opening bracket stand a character's cell further apart than the
# bracket's own offset explains, that cell holds a `。` the recogniser dropped (ZU zu_0046, a photocopy:
# `…出版物零售(依法…`, 售 to 依 2.75 pitches where `售(依` takes 2) — the reader looks (`STOP_INNER`,
# `reader.stop_unread`); a mark there blanks the scope (False: not looked at)
SCOPE_INNER_STOP = True
STOP_INNER = "stop before a bracket"  # `blank_after`: the cell between a list's end and the sentence's bracket
INNER_STOP_STEP = 2.5  # … looked at when the list's end and the character after the bracket stand this many pitches apart


def _stops_before_brackets(pieces: list[Piece]) -> list[tuple[Box, Box, str]]:
    """The cells where a `。` may stand unread between a Chinese character and an opening bracket
    inside a scope's row (`售(依`), when their neighbours stand far enough apart to hold it."""
    pitch = _cjk_pitch(pieces)
    if not pitch:
        return []
    out = []
    for q in pieces:
        if len(q.xs) != len(q.text):
            continue
        for i in range(len(q.text) - 2):
            if q.text[i + 1] == "(" and _cjk(q.text[i]) and _cjk(q.text[i + 2]) \
                    and q.xs[i + 2] - q.xs[i] >= INNER_STOP_STEP * pitch:
                end = min(q.xs[i] + 1.45 * pitch, q.xs[i + 1] - 0.45 * pitch)
                if end - (q.xs[i] + 0.55 * pitch) >= 0.4 * pitch:
                    out.append(((q.xs[i] + 0.55 * pitch, q.box[1], end, q.box[3]), q.box, STOP_INNER))
    return out


def _room_after_last(pieces: list[Piece]) -> tuple[Box, Box, str] | None:
    """The character cell after a wrapped 经营范围's last character read, where the scope's own full
    stop stands on the licences that end the list with one (`STOP_CHECK`, as `_room_after_sentence`
    after a bracket): the rightmost piece of the last printed row, its last character placed."""
    last = max(piece_rows(pieces)[-1], key=lambda q: q.box[2])
    if len(last.xs) != len(last.text) or not last.xs:
        return None
    pitch = _cjk_pitch(pieces) or (last.box[3] - last.box[1])
    x = last.xs[-1]
    # (the stop stands in the left half of the next cell, often inside the row's box — which then
    # runs on past the last character read: the room starts where that character's cell ends)
    return ((x + 0.55 * pitch, last.box[1], x + 1.5 * pitch, last.box[3]), last.box, STOP_OPEN)


SCOPE_OPEN_END_STOP = True  # a wrapped scope read open is taken only with no mark in the cell after its end
# … and a scope read open that may go on in a row below (`ROW_BELOW`, left for the reader to look under),
# one row or wrapped: its stop cell is looked at as well (`reader.confirm_row_end` appends a `。` alone there,
# then looks below as before). ZU zu_0070 (a speckled copy): `…办公用品销售` on one row, a light `。` after it
# and paper under it — pre-filled without the stop, the cell never looked at (False: wrapped, unflagged only)
OPEN_STOP_BELOW = True


def _bracket_cell(pieces: list[Piece], value: str) -> list[tuple[Box, Box, str]]:
    """The closing bracket's own cell at a 经营范围's end and the first part of the next (`STOP_TUCK`):
    typesetting that compresses CJK punctuation sets `）。` in about one cell, the stop low beside the
    bracket's lower end and partly inside its box, where the recogniser's box and `_room_after_sentence`'s
    room do not reach (`reader.stop_tucked`). The bracket is the last one read that ends `value` (the
    value's last piece, or the piece before a seal's words read after it and left out of the value:
    their ink then fills the cell, and the scope stays as read)."""
    if not STOP_TUCKED:
        return []
    for q in reversed(pieces):
        i = q.text.rfind(")")
        if i < 0:
            continue
        if len(q.xs) != len(q.text) or not value.endswith(q.text[max(0, i - 5):i + 1]):
            return []
        pitch = _cjk_pitch(pieces) or (q.box[3] - q.box[1])
        x = q.xs[i]
        return [((x - 0.3 * pitch, q.box[1], x + 1.0 * pitch, q.box[3]), q.box, STOP_TUCK)]
    return []


STOP_TUCKED = True  # a mark low beside a scope's last `）`, in its own cell, blanks the scope (False: not looked at)


SHORT_ROOM = 2.5  # a scope row short of its column by up to this many line heights may be whole (`_pulled_down`)
_NO_LINE_START = frozenset("、,，。.;；:：)）」』》!！?？")  # punctuation 避头尾 keeps from starting a row


def _pulled_down(pieces: list[Piece] | None) -> tuple[set[int], list[tuple[Box, Box, str]]]:
    """Rows of a wrapped value that end a character short of the column because of the line-
    breaking rule every word processor applies to Chinese (避头尾: `，`, `；`, `）`… never start a row):
    when the character that would end a row is followed by such a mark, both move to the next
    row, which then starts with a character and the mark (`目,经相关部门…`). Such a row is whole,
    but a row that lost its last character (a thin `、` the detector cut off) looks the same; so
    each is given with the room where that character would stand (its row's end to one character
    further), for the reader to find blank paper there (`blank_after`). Only a shortfall of one
    character (0.9–1.6 line heights) counts.

    Other rows short by up to SHORT_ROOM line heights are whole the same way when the paper up to
    the column's edge is blank: typesetters set half-width punctuation (`(`, `,`, `:`) in half a
    cell, so a row with more of it ends early, and some break a list only between its items
    (`…信息系统集成服务;` + `技术服务、…` on the next row). A character lost at a row's end — a thin
    `、`, one under a pen stroke — leaves ink in that room, and the value stays flagged."""
    if not pieces or len(pieces) < 2:
        return set(), []
    rows = piece_rows(list(pieces))
    if len(rows) < 3:
        return set(), []
    rights = [max(q.box[2] for q in row) for row in rows]
    h = sorted(q.box[3] - q.box[1] for q in pieces)[len(pieces) // 2]
    ends = [r for r, row in zip(rights[:-1], rows[:-1], strict=True)
            if not max(row, key=lambda q: q.box[2]).text.endswith(tuple(_NO_LINE_START))]
    edge = max(ends, default=max(rights))
    pulled: set[int] = set()
    rooms: list[tuple[Box, Box, str]] = []
    for i in range(len(rows) - 1):
        nxt = "".join(q.text for q in sorted(rows[i + 1], key=lambda q: q.box[0]))
        pulled_one = len(nxt) >= 2 and nxt[0] not in _NO_LINE_START and nxt[1] in _NO_LINE_START \
            and edge - 1.6 * h <= rights[i] < edge - 0.9 * h
        if pulled_one or edge - SHORT_ROOM * h <= rights[i] < edge - 0.9 * h:
            y1, y2 = min(q.box[1] for q in rows[i]), max(q.box[3] for q in rows[i])
            x1 = min(q.box[0] for q in rows[i])
            pulled.add(i)
            rooms.append(((rights[i] + 0.15 * h, y1, min(edge, rights[i] + 1.0 * h) if pulled_one else edge, y2),
                          (x1, y1, rights[i], y2), "ragged rows"))
    return pulled, rooms


# a scope in two parts closes its 一般项目 list before the 许可项目 header — with the registrar's sentence
# `(除依法须经批准的项目外，凭营业执照依法自主开展经营活动)`, a 。 or at least a ；. A header glued to an item
# (`…;摄影扩印许可项目:`, AE ae_0046: a hand-held photo whose bent rows had the reader skip from the first row's
# end to the third row's start) lost the rows between. In the truth of every cached set, the 一般项目 part is
# closed so in all 179 scopes that print both headers; a scope without the 一般项目 header may run its list
# into 许可项目 (ZZ zz_020, zz_126, zz_149), which this leaves alone. False: not looked at
SCOPE_PART_CLOSED = True


def _part_unclosed(scope: str) -> bool:
    """A 许可项目 header straight after an item's character, in a scope whose 一般项目 part precedes it."""
    return bool(re.search(r"一般项目:.*[\u4e00-\u9fff0-9A-Za-z]许可项目:", scope))


# what follows a registrar's sentence closed by its bracket inside a 经营范围: the scope's end, its full
# stop, a separator, a further note in brackets (`…经营活动）（具体经营项目以审批结果为准）`) or the next
# header (`…经营活动）许可项目：`) — in the truth of the cached development sets (X, ZC–ZO: 881 such
# sentences in 750 scopes) nothing else. ZO zo_0043 (a chat forward, the seal over the 一般项目's end) read
# `…经营活动)类许可项目:…`: a character there is other print read into the scope
_AFTER_SENTENCE = ("。", ";", "(", *SCOPE_HEADERS)
SCOPE_AFTER_SENTENCE = True  # (False: what follows the sentence is not looked at)


def _stray_after_sentence(scope: str) -> bool:
    """A registrar's sentence (`SCOPE_BOILERPLATES`, closed by its bracket) followed by anything but
    `_AFTER_SENTENCE` or the scope's end."""
    for sentence in (b for b in SCOPE_BOILERPLATES if b.endswith(")")):
        for m in re.finditer(re.escape(sentence), scope):
            rest = scope[m.end():]
            if rest and not rest.startswith(_AFTER_SENTENCE):
                return True
    return False


def _seal_tail(pieces: Value | None) -> tuple[Value | None, bool]:
    """Characters read after a 经营范围's closing sentence on its last row, beyond a gap of paper
    (`…开展经营活动)` + `场监`): when the sentence closed the scope (`_scope_closed`) they are other
    print — the arc of an 电子营业执照 print-out's seal, stamped over the scope's end — and left out.
    Read on without paper between them, they leave the scope in doubt (the second value: True)."""
    if not pieces:
        return pieces, False
    last = pieces[-1]
    text = "".join(q.text for q in pieces)
    if text.endswith("。") and _scope_closed(text[:-1]):
        return pieces, False  # (the scope's own full stop after the sentence: printed on many licences)
    for sentence in (b for b in SCOPE_BOILERPLATES if b.endswith(")")):
        end = text.rfind(sentence) + len(sentence)
        tail = len(text) - end
        k = len(last.text) - tail
        if end < len(sentence) or not 0 < tail <= 4 or k < 4 or not _scope_closed(text[:end]) \
                or len(last.xs) != len(last.text):
            continue
        steps = sorted(b - a for a, b in zip(last.xs[:k], last.xs[1:k], strict=False))
        pitch = steps[len(steps) // 2]
        if last.xs[k] - last.xs[k - 1] < 1.75 * pitch:  # (no paper between: read as one run of text)
            return pieces, True
        cut = Piece(last.text[:k], last.score, (last.box[0], last.box[1], (last.xs[k - 1] + last.xs[k]) / 2, last.box[3]),
                    last.chars[:k] if len(last.chars) == len(last.text) else (), last.xs[:k])
        return _keep(pieces, [*pieces[:-1], cut]), False
    return pieces, False


def _scope_closed(text: str) -> bool:
    """A 经营范围 its grammar says is whole: it ends with the registrar's closing sentence, and no
    second list can follow — a scope without the 一般项目/许可项目 headers ends with its one sentence,
    one with both headers has printed both lists. (Text under it is other print: a seal's
    characters under an 电子营业执照 print-out's scope.)"""
    text = text.removesuffix("。")  # (many licences end the scope with a full stop after the sentence)
    if not text.endswith(tuple(b for b in SCOPE_BOILERPLATES if b.endswith(")"))):
        return False
    headers = [h for h in SCOPE_HEADERS if h in text]
    return len(headers) in (0, len(SCOPE_HEADERS))


def _scope_text_below(text: str, pieces: list[Piece], lines: list[Line], labels: tuple[str, ...]) -> bool:
    """A 经营范围 that ends without its full stop or the registrar's bracketed sentence, with
    unlabelled text in its column a few rows below its last row: the rows between were not read
    (moiré, a fold), and the scope stops where the reading did, not where the print does."""
    if text.endswith(("。", ")", "】")):
        return False
    last = max(pieces, key=lambda q: q.box[3])
    h = max(1.0, last.box[3] - last.box[1])
    x0 = min(q.box[0] for q in pieces)
    x2 = max(q.box[2] for q in pieces)
    cy = (last.box[1] + last.box[3]) / 2
    # (a value beside its own label on a row below — `注册日期` `2013年05月07日` under an individual's
    # short scope — is that field, read; not the scope's unread rows)
    heads = [ln for ln in lines if starts_with_label(ln.text, labels)]
    return any(cy + 0.6 * h < ln.cy < cy + 4 * h and x0 - h < ln.x1 < x2 and len(ln.text) >= 2
               and not starts_with_label(ln.text, labels)
               and not any(same_row(o, ln) and o.x2 <= ln.x1 + 0.5 * h and o.x1 < x0 for o in heads) for ln in lines)


def _scope_may_go_on(text: str, pieces: list[Piece], lines: list[Line]) -> bool:
    """A 经营范围 ends with its full stop or the registrar's bracketed sentence; one that ends
    without either on a row reaching its column's edge may go on in a row the detector did not box
    (a lone `。` wrapped under a watermark): taken only when the reader finds blank paper under the
    last row's start (`reader.confirm_row_end`)."""
    if text.endswith(("。", ")", "】")):
        return False
    slack = _row_slack(pieces)
    if slack:
        return slack[-1] < 1.0
    rows = piece_rows(pieces)
    if len(rows) > 1:  # (no character positions: a line height stands for the character pitch)
        last = max(rows[-1], key=lambda q: q.box[2])
        return last.box[2] >= max(q.box[2] for q in pieces) - (last.box[3] - last.box[1])
    return not _short_row(pieces, lines)


def _term_end(text: str) -> str | None:
    """The end of a 营业期限: `长期`, or a whole date after 至 / - (`2003年6月28日至2033年6月27日`).
    A date standing alone is no end: a term prints its start and its end (`…至长期`), so a lone
    date is the start whose end a glare or a fold took (`2007年05月07日` + glare over `至长期`)."""
    parts = re.split(r"至|--|—|~|-(?=\d{4}|长期)", text)
    end = parts[-1] if len(parts) > 1 else text
    end = end.strip("止")
    if end in ("长期", "永久", "不约定期限"):
        return "长期"
    if len(parts) == 1:
        shaped = _shaped_term(text)  # (its 至 read as another character)
        return None if shaped is None else "长期" if shaped[1] == "长期" else _norm_date(shaped[1])
    if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}", end) or _shaped_date(end, whole=True):
        return _norm_date(end)
    return None


def _term_start(text: str) -> str | None:
    """The printed start of a term read as `text` (`2003年6月28日至…`), its 至 read or not (`_shaped_term`)."""
    if "至" in text:
        return _norm_date(text.split("至")[0])
    shaped = _shaped_term(text)
    return _norm_date(shaped[0]) if shaped else None


def _whole_years_end(text: str) -> str | None:
    """A term's end date with characters glued after it (`…至2030年06月24日物流`: a seal's arc read on
    the term's row) is the end only when the term's printed start vouches for it: a term of whole
    years ends on the start's day N years on, or the day before. Other text after a date stays
    no term."""
    m = re.fullmatch(r"(.+?)至(\d{4}年\d{1,2}月\d{1,2}日)[\u4e00-\u9fff]{1,4}", text)
    start, end = (_norm_date(m.group(1)), _norm_date(m.group(2))) if m else (None, None)
    if not (start and end and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", m.group(1).lstrip("自"))):
        return None
    s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return end if _whole_years(s, e) else None


def _whole_years(start: dt.date, end: dt.date) -> bool:
    """A term of whole years (1–70) ends on its start's day N years on, or the day before."""
    return any(end in (add_years(start, n), add_years(start, n) - dt.timedelta(days=1)) for n in range(1, 71))


DATE_TERM_CHECKS = True  # a 成立日期 read from a term's row, or one digit off the term's printed start, is not pre-filled (False: off)


def _established_against_term(f: FieldResult, text: str, lines: list[Line], labels: tuple[str, ...]) -> FieldResult:
    """A 营业执照's 成立日期 checked against its 营业期限, the row under it (both its own print):
    - a date read after a `至` is a term's end, never the day a firm was established: a 成立日期 row
      the detector did not box (a watermark over it, its start cut) left the label beside the term's
      box, which reaches up into its row (ZI zi_0044 `2042-06-10` taken from `…月10日至2042年06月10日`);
    - the term runs from the day the firm was established (营业期限自成立之日起计算, 公司登记管理条例):
      a printed start on the same month and day whose year differs from the 成立日期 in one digit is a
      misread digit in one of the two (zi_0066 `2013年10月30日` over `2015年10月30日至…`, both at 1.00),
      and which one is not known — the date is not pre-filled."""
    if not f.value or f.flagged:
        return f
    if "至" in text and text.index("至") < len(text) - 1 and _norm_date(text.split("至")[0]) != f.value:
        return FieldResult(f.value, 0.5, f.box, flagged=True, note="term's end", weakest=f.weakest)
    term = value_after(lines, LICENCE["term"], labels, multiline=True, max_lines=1)
    start = _norm_date(join(term)[0].split("至")[0]) if term and "至" in join(term)[0] else None
    if TERM_START_BROKEN and term and "至" in join(term)[0] and start is None:
        head = join(term)[0].split("至")[0]
        whole = re.sub(r"(?<=\d)[.·•,，:：'`_\-\s](?=\d)", "", head)
        if whole != head and _norm_date(whole) == f.value:
            # (the same date printed twice, one reading of it holding a mark inside its digits)
            return FieldResult(f.value, 0.5, f.box, flagged=True, note="term's start disagrees", weakest=f.weakest)
    if start and start != f.value and (start[4:] == f.value[4:] and
                                       sum(a != b for a, b in zip(start[:4], f.value[:4], strict=True)) == 1
                                       or _digits_apart(start, f.value) <= TERM_START_DIGITS):
        return FieldResult(f.value, 0.5, f.box, flagged=True, note="term's start disagrees", weakest=f.weakest)
    return f


# A 成立日期 whose 营业期限 start — the same date printed again — reads as that date only with a mark inside its
# digits taken out (`200.1年07月08日至长期` under `2001年07月08日`) is not pre-filled: the mark is a piece of a
# digit a fax or a copy broke in two (a 4 without its crossbar: its stem read 1, the rest `.`), and the
# 成立日期, printed alike, broke alike where the recogniser read only the stem (ZW zw_009, a fax: `2001-07-08`
# for 2004-07-08, the 1 at 0.994, pre-filled) (False: such a start is no date, the 成立日期 stays as read)
TERM_START_BROKEN = True
# A 成立日期 whose month or day differs from the 营业期限's printed start in up to this many digits is
# not pre-filled (0: only a year one digit off, as before): the term runs from the day the firm was
# established (营业期限自成立之日起计算), so the two print one date, and a digit read differently in
# one of them is a misread in one of the two — which one is not known (ZL zl_0050 `2022年11月11日`
# over `2022年11月14日至长期`, the 1 read at 0.996; ZM zm_0088 `2009年01月13日` over `2009年04月13日…`,
# a fold). Two digits cover a month and a day misread together; a term restarted on another day
# (a licence re-issued after a change) differs in more, and is left as read.
TERM_START_DIGITS = 2


def _digits_apart(a: str, b: str) -> int:
    """How many digits two ISO dates differ in (a large number when their lengths differ)."""
    return sum(x != y for x, y in zip(a, b, strict=True)) if len(a) == len(b) else 99


# A 营业执照's 营业期限 row read whole while its label was not (a copy's usage watermark or the copier's tone
# curve filling the bold label's strokes: AC ac_130, `2013年10月08日至2043年10月07日` read at 1.00 beside a blot)
# is the term: of a business licence's rows only the term prints two whole dates joined by 至 (or a start
# `至长期`) — 成立日期 and the issue date are one date, a 副本's annual-report line prints no year. Taken only
# when exactly one line on the page is such a term and nothing else, and (an end date) whole years from
# its start (False: blank `label_not_found`)
UNLABELLED_TERM = True
# the note of a term taken so: its label is still unread, and `_infer_rows` counts its group missing — the
# template's rows between two labels read (成立日期 then 营业期限 between 注册资本 and 住所) are placed as
# before, the term's row among them (a term taken alone must not stop the 成立日期 misread beside it being
# placed: q0028's `成认11期`)
UNLABELLED_NOTE = "unlabelled"
_LONE_TERM = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)至(\d{4}年\d{1,2}月\d{1,2}日|长期)")


def _unlabelled_term(lines: list[Line]) -> list[Piece]:
    """The term's row when its label was not read (`UNLABELLED_TERM`): the one line on the page
    that is a whole term and nothing else, its end whole years from its start (or 长期); [] else."""
    found = [ln for ln in lines if (m := _LONE_TERM.fullmatch(ln.text.replace(" ", "")))
             and (m.group(2) == "长期" or _term_years(m.group(1), m.group(2)))]
    if len(found) != 1:
        return []
    ln = found[0]
    return [Piece(ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2), ln.chars, ln.xs)]


def _term_years(start: str, end: str) -> bool:
    """Whether two printed dates (`2013年10月08日`, `2043年10月07日`) make a term of whole years."""
    s, e = _norm_date(start), _norm_date(end)
    return bool(s and e and _whole_years(dt.date.fromisoformat(s), dt.date.fromisoformat(e)))


def _business_term(lines: list[Line], labels: tuple[str, ...], individual: bool, established: str, *,
                   settled: int = 0) -> FieldResult:
    """营业期限's end (`valid_to`): a date or 长期. A 个体工商户 licence prints none (empty is true).
    The start, when printed, must not be after the end; the end must be after the 成立日期.
    `settled`: how many of the licence's fields read before it were pre-filled (`TERM_END_SETTLED`)."""
    p = value_after(lines, LICENCE["term"], labels, multiline=True, max_lines=1)
    unlabelled = False
    if not p and UNLABELLED_TERM and not individual and find_label(lines, LICENCE["term"]) is None:
        p = _unlabelled_term(lines)
        unlabelled = bool(p)
    if not p:
        if individual and find_label(lines, LICENCE["term"]) is None:
            return FieldResult("", 0.9, None, note="none printed")
        return _blank("not found" if find_label(lines, LICENCE["term"]) is None else "no value")
    text = join(p)[0]
    if text.startswith("自") and "至" not in text and (label := find_label(lines, LICENCE["term"])) is not None:
        # a licence of the older form (before 2015) prints its term on two rows, 营业期限自 <start> and
        # 营业期限至 <end>: the end is the value of the label's next row
        q = value_after([ln for ln in lines if ln is not label[0]], LICENCE["term"], labels, multiline=True,
                        max_lines=1)
        if q and join(q)[0].startswith("至"):
            start = _norm_date(text[1:])
            p, text = q, start and f"{start}{join(q)[0]}" or join(q)[0]
    first = join(p[:1])[0]
    end = _term_end(first) if len(p) > 1 and _term_end(first) else _term_end(text)
    if len(p) > 1 and _term_end(first) and first != text:
        p = _keep(p, p[:1])  # the next row is not part of the term
    if end is None:
        end = _whole_years_end(text)
    if end is None:
        return FieldResult(text, 0.5, join(p)[2], flagged=True, note="not a term")
    start = _term_start(text)
    if end != "长期" and ((start and start > end) or (established and established >= end)):
        return FieldResult(end, 0.5, join(p)[2], flagged=True, note="term ends before it starts")
    if end != "长期" and (start or established) and not any(
            _whole_years(dt.date.fromisoformat(d), dt.date.fromisoformat(end)) for d in (start, established) if d):
        # a fixed 营业期限 runs whole years from the day the entity was established (or from the term's
        # printed start): it ends on that day N years on or the day before. An end on another day is a
        # misread digit in it or in the 成立日期 (T t0110 `2028-06-01` for 2028-06-04, established
        # 2008-06-05, each read sure); the end is not pre-filled
        return FieldResult(end, 0.5, join(p)[2], flagged=True, note="term not whole years")
    # (a whole term is its own extent, as a date; its doubt is its digits', as a date's: `_term_digits_weakest`)
    res = _result(end, list(p), vocabulary=end == "长期", weakest=None if end == "长期" else _term_digits_weakest(p))
    if TERM_END_OWN and end != "长期" and (start or established) and res.flagged \
            and res.note == "doubtful character" and settled >= TERM_END_SETTLED:
        # (the end's month and day were vouched for above by the whole years from the 成立日期 or the
        # printed start; its own characters, year digits included, must be sure as a date's are)
        own = _term_end_weakest(p)
        if own is not None and own >= DIGIT_CHAR:
            res = _result(end, list(p), weakest=own)
    if unlabelled and not res.flagged and not res.note:
        res.note = UNLABELLED_NOTE  # (its label is still missing: `_infer_rows` may place the rows around it)
    return res


# A 营业期限's end is judged by its own characters (as `_date_weakest` judges a 成立日期): the term's row
# prints its start first, and a mark read there — a photo's grain read as a dash (`2000年-01月07日至…`),
# a 日 read as 3 (`2003年02月193至…`) — made the whole row doubtful and blanked an end read sure and
# vouched for by the whole years from the 成立日期 (ZQ zq_0027, zq_0084: phone photos of 营业执照, the end
# right both times). Only a doubtful end is re-judged (its characters at DIGIT_CHAR or better, the end
# after the term's start or the 成立日期 checked): a value filled before stays as it was (False: the row's weakest)
TERM_END_OWN = True
# … and only on a page that reads: at least this many of the fields read before the term (name, code,
# type, representative, capital, 成立日期) pre-filled. The month and day are vouched for by the 成立日期, the
# year's digits only by the recogniser's certainty, which means little where most rows are in doubt: ZG
# zg0111 (a hand-held photo, nothing else on it pre-filled) read `2030` for 2050 at 0.9+, its start in
# doubt, and zg0013 (one other field) was right. ZQ zq_0027 had 5 such fields, zq_0084 4.
TERM_END_SETTLED = 4


def _term_digits_weakest(pieces: list[Piece]) -> float | None:
    """The least sure digit of a term's row (`2019年01月22日至2039年01月22日`): its 年, 月, 日 and 至 stand at
    their places whatever they are read as (`_digits_weakest`; LOOKALIKE_SEPARATOR). None (every character
    counts) when the positions are unknown, a numeral was rewritten or the row holds other characters
    than the term (`_term_end` took its end; `_SHAPED_TERM_RE` or a 至 between two dates makes it whole)."""
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in q.chars]
    if not LOOKALIKE_SEPARATOR or len(chars) != len(text) or numeral_dates(text) != text:
        return None
    parts = text.split("至")
    whole = _shaped_term(text) is not None or (len(parts) == 2 and all(
        _CN_DATE_RE.fullmatch(x) or _shaped_date(x, whole=True) for x in (parts[0].removeprefix("自"), parts[1])))
    if not whole:
        return None
    slot = m.start(2) if (m := _SHAPED_TERM_RE.fullmatch(text)) and "至" not in text else -1
    # (the 至's place between two whole dates holds no digit of theirs, whatever it is read as)
    return min(_digits_weakest(text, chars, 0, slot) if slot > 0 else 1.0,
               _digits_weakest(text, chars, slot + 1, len(text)))


def _term_end_weakest(pieces: list[Piece]) -> float | None:
    """The least sure character of the whole date after the term's last 至 (`…至2030年01月07日`);
    None when the positions are unknown, a numeral was rewritten or no such date ends the row."""
    text = "".join(q.text for q in pieces)
    chars = [c for q in pieces for c in q.chars]
    if len(chars) != len(text) or numeral_dates(text) != text:
        return None
    if "至" in text:
        cut = text.rindex("至") + 1
    elif (shaped := _shaped_term(text)) is not None and shaped[1] != "长期":
        cut = text.rindex(shaped[1])
    else:
        return None
    m = _CN_DATE_RE.fullmatch(text, cut) or _DOT_DATE_RE.fullmatch(text, cut) or _shaped_date(text, cut, whole=True)
    return _digits_weakest(text, chars, m.start(), m.end()) if m else None


# the forms a 公共场所 or 食品 holder's name may end with besides a market entity's (NAME_ENDINGS,
# ORG_FORMS): public institutions running a pool, a library, a hall or a canteen (…学校, …少年宫,
# …实验小学, …第一中学, …人民政府), a restaurant's old form (…食府), and the karaoke hall (歌舞厅)
# named by its trade in Latin letters as it is signed (…KTV); and the premises a bath, a store, a
# lodging or an internet café is named by (…浴池, …商厦, …公寓, …青年旅舍, …网咖)
PREMISES_FORMS = ("校", "宫", "学", "府", "KTV", "池", "厦", "寓", "舍", "咖")


def premises_name_form(f: FieldResult) -> FieldResult:
    """A 卫生许可证's 单位名称 (a 食品经营许可证's 经营者名称) ends with its holder's organisational form (…有限公司, …美容店,
    …游泳馆): a name ending otherwise lost its end (`…有限公` on a row cut by the frame) or is
    not the name at all (a copy's watermark `仅供…使用` read beside the label). Not pre-filled."""
    if not f.value or f.flagged:
        return f
    if re.sub(r"\([^()]*\)$", "", f.value).endswith(NAME_ENDINGS + ORG_FORMS + PREMISES_FORMS) \
            or _individual_bracket_name(f.value):
        return f
    return FieldResult(f.value, min(f.confidence, 0.5), f.box, flagged=True, note="name without its form",
                       weakest=f.weakest)


# a term printed by its end alone, after the label 有效期 (`有效期至2026年07月24日`, `有效期至：2026.07.24`)
_HEALTH_END = re.compile(r"[:：]?至[:：]?(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})")


def _place_on_page(ch: str, lines: list[Line], own: Line) -> bool:
    """Whether a place name starting with `ch` (…县, …市, …区, …旗, …州, …盟) is printed on another
    row of the page: a county's or city's licence number starts with its own place's abbreviation,
    and the same place stands in the 发证机关 (永顺县卫生健康局), the address or the holder's name.
    A misread issuer (水 for 永) finds no place of its own on the page."""
    if not ch or not "\u4e00" <= ch <= "\u9fff":
        return False
    return any(ln is not own and re.search(re.escape(ch) + r"[\u4e00-\u9fff]{0,4}?[县市区旗州盟]", ln.text)
               for ln in lines)


def _city_issuer(head: str) -> bool:
    """`head` (what precedes 卫) ends in a province's abbreviation and a city's code within it (浙3301)."""
    return CITY_CODE_ISSUER and len(head) >= 5 and head[-4:].isdigit() and \
        PROVINCE_CODES.get(head[-5], "") == head[-4:-2] and region_name(head[-4:] + "00") is not None


# Some issuers print a 公共场所卫生许可证's number with no issuer before 卫 and the county's six-digit code
# leading a twelve-digit serial (卫公证字[2024]第510107436437号: 510107 成都市武侯区; AD prints five such
# numbers, every one blanked as `format`, the issuer being missing). Taken only when the number stands first
# on its own row (an issuer's abbreviation would share its box: one lost there is not a head-less number),
# and the county the code names is printed on another row of the page (the premises' address lies in the
# issuing county): a misread digit of the code names another place, or none (False: a number needs an issuer)
HEALTH_COUNTY_SERIAL = True
_HEALTH_COUNTY_NO = re.compile(r"卫公[证许]?字〔(?:19(?:8[7-9]|9\d)|20\d\d)〕第(\d{6})\d{6}号")


def _county_serial(no: str, own: Line, lines: list[Line]) -> bool:
    """`HEALTH_COUNTY_SERIAL`: `no` (canonical brackets) is a head-less number whose serial starts with the
    code of a county printed on another row of the page, and it starts its own row."""
    m = _HEALTH_COUNTY_NO.fullmatch(no) if HEALTH_COUNTY_SERIAL else None
    if not m or not own.text.startswith("卫") or m.group(1).endswith("00"):
        return False
    county = region_name(m.group(1))
    return bool(county) and len(county) >= 2 and any(ln is not own and county in ln.text for ln in lines)


def _bar_bracket(info, i: int) -> bool:
    """Whether the i-th character's runner-up is a square bracket (a [ or ] read as |)."""
    return i < len(info) and info[i][1] in "[]［］【】〔〕"


def extract_health_license(lines: list[Line]) -> dict[str, FieldResult]:
    labels = tuple(a for v in HEALTH.values() for a in v)
    lines = normalize_labels(lines, labels)
    res: dict[str, FieldResult] = {}
    no, county = None, False
    span = (0, 0)
    for ln in lines:
        # (the issuer's abbreviation has up to three characters, 沪徐汇卫公字; a label glued before it,
        # 编号沪卫…, is not part of it)
        m = re.search(r"([\u4e00-\u9fff]{0,4}(?:\d{4})?)卫[\u4e00-\u9fff]{0,3}(?:字|(?=[\[(（【〔](?:19|20)\d\d)).*?号", ln.text)
        if m and m.group(1)[-4:].isdigit() and not _city_issuer(m.group(1)):
            m = re.search(r"([\u4e00-\u9fff]{0,4})卫[\u4e00-\u9fff]{0,3}(?:字|(?=[\[(（【〔](?:19|20)\d\d)).*?号", ln.text)
        if m:
            start = m.start(1) + len(m.group(1)) - len(re.split(r"[号证]", m.group(1))[-1])
            no, span = (ln.text[start:m.end()], ln), (start, m.end())
            break
    if no:  # year brackets are printed 〔〕, [] or （）and read as any of them: one canonical form
        no = (re.sub(r"[\[(（【〔]", "〔", re.sub(r"[\])）】〕]", "〕", no[0])), no[1])
        # (the hyphen after a district's code read as a dash or as 一: the same hyphen, one character)
        no = (re.sub(r"(?:(?<=第\d{6})|(?<=第\d{4}))[一—–－](?=\d)", "-", no[0]), no[1])
    if no and "|" in no[0]:  # (a square bracket read as a bar, its runner-up the bracket: 陕卫公字|2026|第…)
        info = no[1].char_info(*span)
        no = ("".join("〔" if ch == "|" and i + 1 < len(no[0]) and no[0][i + 1].isdigit() and _bar_bracket(info, i) else
                      "〕" if ch == "|" and i and no[0][i - 1].isdigit() and _bar_bracket(info, i) else ch
                      for i, ch in enumerate(no[0])), no[1])
    if no:  # a doubt between bracket shapes is no doubt once they are made canonical
        info = no[1].char_info(*span)
        sure = [c[0] for ch, c in zip(no[0], info, strict=False) if ch not in "〔〕"]
        if sure and info and no[0][0] in PROVINCE_ABBR and to_halfwidth(info[0][1]) not in PROVINCE_ABBR:
            sure[0] = 1.0  # the issuer starts with its province's abbreviation: 湘, not its runner-up 浦
        elif sure and info and no[0][0] not in PROVINCE_ABBR and _place_on_page(no[0][0], lines, no[1]) \
                and not _place_on_page(to_halfwidth(info[0][1]), lines, no[1]):
            sure[0] = 1.0  # a county's or city's issuer: its place is printed on the page (永 of 永顺县)
        elif no[0][0] not in PROVINCE_ABBR and not (county := _county_serial(no[0], no[1], lines)):
            sure.append(0.0)  # neither a province nor a place on the page starts it: a misread issuer
        # (a code keyed as it is read, with no check digit and no vocabulary, printed in plain digits
        # the recogniser reads at 0.99+ on every development family's copy: a character under
        # NUMBER_CHAR is damaged print — `鄂卫公(2022)第12010511551号`, its 字 and a 4 lost on a
        # black-and-white scan, 4s read 1 at 0.9+, only its 号 at 0.78 telling)
        res["license_no"] = _result(no[0], [Piece(no[0], no[1].score, (no[1].x1, no[1].y1, no[1].x2, no[1].y2), info)],
                                    weakest=min(sure, default=no[1].score), char_floor=NUMBER_CHAR)
        # (e.g. 川卫公证字|2025第008865号: a bracket lost or misread; 皖卫公宇〔2025〕…: 字 misread)
        if not ((_HEALTH_NO.fullmatch(no[0]) or county) and _HEALTH_NO_WORD.search(no[0])):
            f = res["license_no"]
            f.flagged, f.confidence, f.note = True, min(f.confidence, 0.5), "not a licence number"
    else:
        res["license_no"] = _blank()
    for key, lab, multi in (("name", "name", 2), ("legal_representative", "rep", 0), ("address", "address", 3),
                            ("license_items", "items", 2)):
        p = value_after(lines, HEALTH[lab], labels, multiline=bool(multi), max_lines=multi or 1)
        if key == "name":  # (a row under a short, complete name is the next field's, label lost)
            p, doubtful = _permit_name(without_dated_mark(p), lines)
            p = seal_marks_only(p, value_after(lines, HEALTH[lab], labels), lines)
            p = _twins_sure(_places(p, keep_xs=NAME_KEEP_XS))  # (names are registered in simplified characters: 纳, not 納)
            if doubtful and p:
                res[key] = FieldResult(join(p)[0], 0.5, join(p)[2], flagged=True, note="ragged rows")
                continue
        elif key == "address":
            p = _address_ends(_places(p), LICENCE_ADDRESS_LAST)
        elif key == "license_items":  # the kinds of premises decide a doubtful character (展览, not 展觉)
            p = _places(p, HEALTH_ITEMS)
        v = join(p)[0] if p else ""
        if key == "license_items":  # items are mostly printed with 、; a comma read for it is the same list
            v = _item_separators(v, p)
            if v and not all(health_item_ok(part) for part in _health_items(v)):
                res[key] = FieldResult(v, 0.5, join(p)[2] if p else None, flagged=True, note="unknown item")
                continue
            if v and p and (ragged(p) or _first_row_short(p, lines)):  # (a row under a short row is not its)
                res[key] = FieldResult(v, 0.5, join(p)[2], flagged=True, note="ragged rows")
                continue
        if key == "address":
            found = find_label(lines, HEALTH["address"])
            res[key] = _premises_address(v, p, lines, found[0].x1 if found else 0.0)
        elif key == "legal_representative" and len(v) >= 2:
            p = _surname_sure(_twins_sure(_name_dots(p)))
            v = _person_name(join(p)[0] if p else v)
            res[key] = _result(v, p, char_floor=NAME_CHAR, hairline=True) if _name_shaped(v) else FieldResult(
                v, 0.5, join(p)[2] if p else None, flagged=True, note="not a name")
            if not res[key].flagged and (why := weak_name_evidence(lines, HEALTH[lab], p, v)):
                res[key] = FieldResult(v, 0.5, res[key].box, flagged=True, note=why,
                                       weakest=res[key].weakest if why == NO_SURNAME else 1.0)
        else:
            res[key] = _result(v, p, _items_score(p) if key == "license_items" else None,
                               vocabulary=key == "license_items",
                               char_floor=NAME_CHAR if key == "legal_representative" else
                               WEAK_CHAR, odds=ENTITY_ODDS if key == "name" else 0.0, hairline=key == "name") \
                if len(v) >= 2 else _blank()
            if key == "name":
                res[key] = permit_name_doubt(res[key], p)
                res[key] = permit_name_cut(res[key], p, lines, HEALTH[lab], labels)
                res[key] = premises_name_form(res[key])
                res[key] = place_head_doubt(res[key])
    p = value_after(lines, HEALTH["period"], labels, multiline=True, max_lines=1)
    frm, to = _period(join(p)[0]) if p else (None, None)
    if p and not (frm or to) and join(p)[0].strip(":：") == "至":
        # the label box took `有效期至` whole and its date stands apart on the row: the nearest box
        # right of it on the row, when it is a date
        x1, y1, x2, y2 = p[-1].box
        probe = Line("", 1.0, x1, y1, x2, y2, -1)
        right = sorted((ln for ln in lines if same_row(probe, ln) and ln.x1 >= x2 - 0.2 * (y2 - y1)), key=lambda o: o.x1)
        if right and _HEALTH_END.fullmatch(numeral_dates("至" + right[0].text.lstrip(":："))):
            ln = right[0]
            p = [Piece("至" + ln.text, ln.score, (ln.x1, ln.y1, ln.x2, ln.y2),
                       ((1.0, "", 0.0),) + tuple(ln.char_info(0, len(ln.text))))]
    # (only after 至: a lone date may be a term's start whose end a glare or the frame took)
    end_only = _HEALTH_END.fullmatch(numeral_dates(join(p)[0])) if p and not (frm or to) and not getattr(p, "hole", False) else None
    if end_only:  # `有效期至2026年07月24日`: the form prints the end of the term only
        to = _norm_date(end_only.group(1))
    if p and not (frm or to) and HEALTH_TERM_SEP:
        frm, to = _health_term_sep(join(p)[0])
    # a 公共场所卫生许可证 is valid for four years (《公共场所卫生管理条例实施细则》): a period of
    # exactly four years (to the day before, or the day) cross-checks both dates
    four = bool(frm and to and to != "长期" and to in {
        (add_years(dt.date.fromisoformat(frm), 4) - dt.timedelta(days=d)).isoformat() for d in (0, 1)})
    res["valid_from"] = _result(frm, p, validated=four) if frm else _blank()
    res["valid_to"] = _result(to, p, validated=four) if to else _blank()
    if to and to != "长期" and not four and p and re.search(r"年\d{1,2}月\d{1,2}$", numeral_dates(join(p)[0]).rstrip()):
        # the end read `…至2030年07月1`, last on its row without its 日: the row's end was cut (the
        # frame, glare, a screen's moire) and the day may have lost a digit; four years would vouch for it
        res["valid_to"] = FieldResult(to, 0.5, join(p)[2], flagged=True, note="not a date")
    elif HEALTH_TERM_DIGIT and frm and to and to != "长期" and not four and _four_years_a_digit_off(frm, to):
        for key, d in (("valid_from", frm), ("valid_to", to)):
            if not res[key].flagged:  # (a date already in doubt keeps its own, first reason: a doubtful digit)
                res[key] = FieldResult(d, 0.5, join(p)[2], flagged=True, note="term a digit off four years")
    if HEALTH_NO_YEAR:
        _health_number_year(res, four)
    return res


# a 公共场所卫生许可证's term whose end is one digit off four years from its start (`2021年11月07日至2025年11月08日`
# of …至2025年11月06日, AA aa_015, a 高拍仪 capture, every digit read at 0.97 or better): a digit of one of
# the two dates misread, and which is not known — neither is pre-filled. A term further off (two digits or
# more: 2020-12-31 to 2024-12-27 and three more of the 229 true terms of the cached sets, a registrar's own
# dates) is left as read (False: not judged)
HEALTH_TERM_DIGIT = True
# … the digit one the recogniser takes for the other when a stroke or a gap goes (6/8, 3/8, 5/6, 0/8 …): zp_0141's true
# `2019-10-30` to `2023-10-27` is a 7 off the 9 of four years, no such pair
_TERM_DIGIT_TWINS = frozenset(frozenset(p) for p in ("38", "58", "68", "08", "56", "35", "17", "14", "89", "06", "09"))


def _four_years_a_digit_off(frm: str, to: str) -> bool:
    """`HEALTH_TERM_DIGIT`: `to` differs in one digit from four years on from `frm` (the day, or the day before)."""
    try:
        start = dt.date.fromisoformat(frm)
    except ValueError:
        return False
    ends = {(add_years(start, 4) - dt.timedelta(days=d)).isoformat() for d in (0, 1)}
    def one_twin(e: str) -> bool:
        diff = [(x, y) for x, y in zip(e, to, strict=True) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in _TERM_DIGIT_TWINS
    return to not in ends and any(len(e) == len(to) and one_twin(e) for e in ends)


# a 公共场所卫生许可证's number carries the year it was issued in (沪卫公字〔2024〕第…号), and its term runs
# from the day it was issued: a number whose year differs from the term's start year in one digit has a
# digit misread in one of the two (ZW zw_031, a copy of a copy: `〔2021〕` over `自2024年11月26日至2028年
# 11月25日`, the 4 read 1 at 0.99+). When the term is four years to the day (`four`: its two dates vouch
# for each other) the number is the one misread, else which one is not known and neither is pre-filled.
# A year further off (two digits or more) is left as read. The 168 true numbers of the cached sets ZE–ZW:
# every year the term's start year (False: not judged)
HEALTH_NO_YEAR = True


def _health_number_year(res: dict[str, FieldResult], four: bool) -> None:
    no, frm = res["license_no"], res["valid_from"]
    if not (no.value and not no.flagged and frm.value and not frm.flagged):
        return
    m = re.search(r"〔((?:19|20)\d\d)〕", no.value)
    if not m or m.group(1) == frm.value[:4] or sum(a != b for a, b in zip(m.group(1), frm.value[:4], strict=True)) != 1:
        return
    for f in (no,) if four else (no, frm):
        f.flagged, f.note, f.confidence = True, "number's year disagrees", min(f.confidence, 0.5)


# a 卫生许可证's term whose `至` between its two dates was misread (a fax's or a copy's threshold
# joins it to the start's 日: ZS zs_0040, a fax, `自2021年01月20压2025年01月19日` — 日至 read as one
# 压): two whole dates with one or two characters between them that are no digit. Taken only when
# the dates are the permit's four years apart (to the day before, or the day): the term itself
# vouches for every digit, as it does for a term read whole (False: such a row is no term)
HEALTH_TERM_SEP = True
_HEALTH_TERM_LOOSE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?[^\d年月日]{1,2}(\d{4})年(\d{1,2})月(\d{1,2})日")


def _health_term_sep(text: str) -> tuple[str | None, str | None]:
    """(start, end) of a 卫生许可证 term read with its separator misread (`HEALTH_TERM_SEP`), when
    the two dates are four years apart; (None, None) otherwise."""
    m = _HEALTH_TERM_LOOSE.search(numeral_dates(text))
    if not m:
        return None, None
    frm = parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    to = parse_date(f"{m.group(4)}-{m.group(5)}-{m.group(6)}")
    if not (frm and to) or to not in {add_years(frm, 4) - dt.timedelta(days=d) for d in (0, 1)}:
        return None, None
    return frm.isoformat(), to.isoformat()


# field key → its labels, per kind (to tell "label not found" from "value not read")
FIELD_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "id_card_front": {"name": FRONT["name"], "sex": FRONT["sex"], "nation": FRONT["nation"],
                      "birth_date": FRONT["birth"], "address": FRONT["address"], "id_number": FRONT["number"]},
    "id_card_back": {"issuing_authority": BACK["authority"], "valid_from": BACK["period"], "valid_to": BACK["period"]},
    "business_license": {"name": LICENCE["name"], "entity_type": LICENCE["type"], "legal_representative": LICENCE["rep"],
                         "registered_capital": LICENCE["capital"], "established_date": LICENCE["date"],
                         "address": LICENCE["address"], "business_scope": LICENCE["scope"],
                         "valid_to": LICENCE["term"], "credit_code": ("统一社会信用代码",)},
    "public_health_license": {"name": HEALTH["name"], "legal_representative": HEALTH["rep"],
                              "address": HEALTH["address"], "license_items": HEALTH["items"],
                              "valid_from": HEALTH["period"], "valid_to": HEALTH["period"]},
}

# every label a kind prints, a field's or not (登记机关, 发证日期): a cut-off label's tail that ends
# two of them names neither (`app.prefill.reader.cut_label_heads`)
PAGE_LABELS: dict[str, tuple[str, ...]] = {kind: tuple(a for v in table.values() for a in v) for kind, table in
                                           (("id_card_front", FRONT), ("id_card_back", BACK),
                                            ("business_license", LICENCE), ("public_health_license", HEALTH))}

EXTRACTORS = {"id_card_front": extract_id_front, "id_card_back": extract_id_back,
              "business_license": extract_business_license, "public_health_license": extract_health_license}


def kind_labels(kind: str) -> tuple[str, ...]:
    """Every label of a kind (for finding labels the detector missed)."""
    return tuple(a for v in FIELD_LABELS.get(kind, {}).values() for a in v)


INFER_ROWS = True  # a row between two labels whose own label was not read gets it from the template's order
ROW_EDGE_PITCH = 0.3  # a column's first or last row: one label pitch from its neighbour, give or take this share

# the rows each licence template prints in one label column, top to bottom: groups of the kind's label
# table (LICENCE, HEALTH, kinds.FOOD), a label of no field by its own text; `?`: a row some licences
# of the template leave out (a branch or a 个体工商户 prints no capital, a 个体工商户 no term). Each with
# the pages it is printed on: 1 a page of one label column, 2 a column of a two-column page, 0 either
ROW_ORDERS: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {
    "business_license": (
        (2, ("name", "type", "rep", "scope")),  # 2019 横版 正本/副本, left column
        (2, ("capital?", "date", "term?", "address")),  # … its right column
        (2, ("组成形式", "date", "address")),  # … a 个体工商户's right column
        (2, ("name", "type", "rep", "组成形式", "date", "scope")),  # … a 个体工商户's left column
        (1, ("name", "type", "address", "rep", "capital?", "date", "term?", "scope")),  # 2014 竖版
        (1, ("name", "type", "rep", "capital?", "date", "term?", "address", "scope")),  # one column, 2019 order
        (1, ("name", "type", "rep", "组成形式", "date", "address", "scope")),  # 个体工商户
        (1, ("name", "type", "rep", "address", "组成形式", "date", "scope")),  # 个体工商户, older
    ),
    "public_health_license": ((0, ("name", "rep", "address", "items", "period", "发证机关?")),),
    "food_business_license": (
        (1, ("name", "code", "rep", "address", "premises", "form", "items", "valid", "日常监督管理机构",
             "日常监督管理人员", "投诉举报电话")),  # 副本, one column
        (2, ("name", "code", "rep", "address", "premises")),  # 正本, left column
        (2, ("no", "form", "items", "valid")),  # … its right column
    ),
}


@lru_cache(maxsize=16)
def _row_orders(kind: str, columns: int) -> frozenset[tuple[str, ...]]:
    """`ROW_ORDERS` of a kind for a page of `columns` label columns, with every choice of its
    optional rows left out or kept."""
    out = set()
    for cols, order in ROW_ORDERS.get(kind, ()):
        if cols not in (0, columns):
            continue
        optional = [i for i, g in enumerate(order) if g.endswith("?")]
        for keep in itertools.product((False, True), repeat=len(optional)):
            gone = {i for i, k in zip(optional, keep, strict=True) if not k}
            out.add(tuple(g.rstrip("?") for i, g in enumerate(order) if i not in gone))
    return frozenset(out)


def _label_table(kind: str) -> dict[str, tuple[str, ...]]:
    """A kind's label groups (a label of no field as its own group, by its text)."""
    table = {"business_license": LICENCE, "public_health_license": HEALTH,
             "food_business_license": _kinds.FOOD}.get(kind, {})
    out = {g: a for g, a in table.items() if g != "other"}
    out.update({lab: (lab,) for lab in table.get("other", ())})
    return out


def _group_of(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The group of the longest label `text` starts with."""
    hits = [(len(a), g) for g, aliases in table.items() for a in aliases if starts_with_label(text, (a,))]
    return max(hits)[1] if hits else None


def _alias(aliases: tuple[str, ...], read: str) -> str:
    """The label a row's misread label (`read`, may be empty) was: the alias sharing most of its
    characters, else the group's plain form (法定代表人, not 法定代表人姓名)."""
    plain = next((a for a in aliases if a not in PERSON_NAMED), aliases[0])
    best = max(aliases, key=lambda a: (sum((Counter(a) & Counter(read)).values()), a == plain))
    return best if read and (Counter(best) & Counter(read)) else plain


# a field whose value ran on into a row `_infer_rows` then labelled — its label read short under a seal
# (`经营范` for 经营范围) or not at all, so nothing stopped the value above before it — takes its value read
# again without that row: its first reading was the value and the row (AA aa_024, a 个体 副本 faxed: 住所 +
# the whole 经营范围 row, flagged `punctuation in an address`; False: off)
ROW_RAN_ON = True
# (营业执照 only: a permit's value over a row whose label was lost stays blank, as tests/prefill/test_permits.py
# guards — its short rows there were not looked at this session)
RAN_ON_KINDS = ("business_license",)


def _ran_on(first: str, again: FieldResult, given: set[str]) -> bool:
    """`again` reads, unflagged, what `first` read less a row now labelled as another field's: `first`
    is `again`'s value followed by the value part of one of the rows given a label (separators aside)."""
    if again.flagged or not again.value or len(again.value) >= len(first) or not first.startswith(again.value):
        return False
    tail = re.sub(r"[\s,，;；:：。.]", "", first[len(again.value):])
    return bool(tail) and any(tail == re.sub(r"[\s,，;；:：。.]", "", t) for t in given)


def _infer_rows(lines: list[Line], kind: str, fields: dict[str, FieldResult],
                fn: Callable[[list[Line]], dict[str, FieldResult]]) -> None:
    """Fields whose label was not read anywhere (glare, a fold, a black-and-white scan's lost
    strokes), from the template's order: between two labels read one under the other in a label
    column, as many rows as the template prints rows between them, each row the next one's. The
    rows get their labels and the page is extracted again; a field is taken only when its value
    is read from its own row, unflagged, and every field read well reads as it did (a row such a
    field had taken — a wrapped name or address — is not a missing row)."""
    table = _label_table(kind)
    labels = tuple(a for v in table.values() for a in v)
    norm = normalize_labels(lines, labels)
    heads = [ln for ln in norm if not ln.owner and _group_of(ln.text, table) is not None]
    by_group = {key: g for key, aliases in FIELD_LABELS.get(kind, {}).items()
                for g, a in table.items() if a is aliases}
    missing = {g for g, aliases in table.items() if find_label(norm, aliases, anywhere=True) is None}
    blank = {key for key, f in fields.items() if (f.note == "not found" and not f.value) or f.note == UNLABELLED_NOTE}
    missing = {g for g in missing if all(key in blank for key, gg in by_group.items() if gg == g)}
    if not missing:
        return
    present = {_group_of(ln.text, table) for ln in heads}
    cur = norm  # (with the labels given so far: the next rows are checked against the fields they made)
    for col in label_columns(heads):
        # (a label read level with one of the column's, beside it: the page has two label columns)
        two = any(not any(h is c for c in col) and any(same_row(h, c) for c in col) for h in heads)
        orders = _row_orders(kind, 2 if two else 1)
        steps = sorted(b.cy - a.cy for a, b in zip(col, col[1:], strict=False))
        pitch = steps[len(steps) // 2]
        for above, below in [(None, col[0]), *zip(col, col[1:], strict=False), (col[-1], None)]:
            ga = _group_of(above.text, table) if above is not None else None
            gb = _group_of(below.text, table) if below is not None else None
            # (a column's first or last label: the one row a field's pitch over or under it, when
            # every template prints the same missing row there)
            edge = above or below
            assert edge is not None
            ends = Line("", 1.0, edge.x1, edge.y1, edge.x2, edge.y2, -1)
            lo = above or Line("", 1.0, ends.x1, ends.y1 - 2 * pitch, ends.x2, ends.y2 - 2 * pitch, -1)
            hi = below or Line("", 1.0, ends.x1, ends.y1 + 2 * pitch, ends.x2, ends.y2 + 2 * pitch, -1)
            rows = rows_between(norm, col, lo, hi, heads)
            if not rows:
                continue
            k = len(rows)
            if above is None or below is None:
                if k != 1 or abs(abs(rows[0].cy - edge.cy) - pitch) > ROW_EDGE_PITCH * pitch:
                    continue
                seqs = {o[i + 1:i + 2] if above is not None else o[i - 1:i] for o in orders for i in range(len(o))
                        if o[i] == (ga if above is not None else gb) and 0 <= (i + 1 if above is not None else i - 1) < len(o)}
            else:
                seqs = {o[i + 1:i + 1 + k] for o in orders for i in range(len(o) - k - 1)
                        if o[i] == ga and o[i + k + 1] == gb}
            seqs = {q for q in seqs if not present & set(q)}  # (a label read in its own row is no missing one)
            if len(seqs) != 1:
                continue
            seq = next(iter(seqs))
            if not all(g in missing for g in seq):
                continue
            new, placed = cur, []
            for g, row in zip(seq, rows, strict=True):
                read = "".join(o.text for o in row.boxes if o.x2 <= row.value_x + 0.3 * row.h)
                given = give_label(new, row, _alias(table[g], read))
                if given is None:
                    break
                new = given[0]
                placed.append((g, row))
            else:
                again = fn(new)
                keys = {key for key, g in by_group.items() if g in seq}
                if any(again.get(key, _blank()).value != f.value or again.get(key, _blank()).flagged
                       for key, f in fields.items() if key not in keys and not f.flagged):
                    continue  # the rows change a field read well: one of them was its
                # (a field left blank may read otherwise now — a row it took is another's — but
                # stays as it was: only the missing rows are given)
                cur = new
                for g, row in placed:
                    y1, y2 = min(o.y1 for o in row.boxes), max(o.y2 for o in row.boxes)
                    for key in (key for key, gg in by_group.items() if gg == g):
                        f = again.get(key)
                        if f is not None and f.value and not f.flagged and f.box \
                                and f.box[1] >= y1 - 0.5 * row.h and f.box[3] <= y2 + 0.5 * row.h:
                            fields[key] = f
                            missing.discard(g)
                if ROW_RAN_ON and kind in RAN_ON_KINDS:
                    given_text = {"".join(o.text for o in row.boxes if o.x1 > row.value_x - 0.5 * row.h) for _, row in placed}
                    for key, f in fields.items():
                        if key not in keys and f.flagged and f.value:
                            g2 = again.get(key)
                            if g2 is not None and _ran_on(f.value, g2, given_text):
                                fields[key] = g2


# a copy's usage watermark (`仅供银行开户使用`, large, slanted, repeated over the page) is boxed in pieces where it
# crosses the page's print, and a piece standing after a value on its row or its wrapped row is read into the value
# (ZV zv_051, a 高拍仪 frame of a 营业执照 正本: the type `股份有限公司(非上市、自然人投资或控股)` + `行开`; zv_017, a
# 卫生许可证: the address + `共本申请使用再复印`; both blank, `unknown type`, `address ends abruptly`). A box printed
# this many times the page's median line height whose characters are, but for one in five, a run of a watermark
# line read whole elsewhere on the page (one starting `仅供`, `仅限` …) is that watermark's, no print of the
# page's (0: off)
WATERMARK_PIECE = 1.5
# … or a box that large holding the close of a usage watermark (`…申请使用，再复印无效`, `他用无效`) on such a page
_USAGE_CLOSE = re.compile(r"申请使用|使用再复|再复印|复印无效|他用无效")


@cache
def _page_words() -> frozenset[str]:
    """Every label and title word of the kinds read (`FIELD_LABELS`, `PAGE_LABELS`, `kinds.TITLES`)."""
    out = {a for table in FIELD_LABELS.values() for aliases in table.values() for a in aliases}
    out |= {a for words in PAGE_LABELS.values() for a in words}
    out |= set(_kinds.TITLES)
    return frozenset(w for w in out if len(w) >= 2)


def _without_watermark_pieces(lines: list[Line]) -> list[Line]:
    """The page's lines without the pieces of a usage watermark read whole elsewhere (`WATERMARK_PIECE`)."""
    if not WATERMARK_PIECE:
        return lines
    marks = [re.sub(r"\s+", "", ln.text) for ln in lines if _kinds._WATERMARK.match(re.sub(r"\s+", "", ln.text))]
    if not marks:
        return lines
    hs = sorted(ln.h for ln in lines if len(ln.text) >= 2)
    median = hs[len(hs) // 2] if hs else 0.0
    # (no piece holds a label or a title the page's kinds print: a title is printed large too, and a watermark
    # may name the document, `仅供办理营业执照变更使用`)
    words = _page_words()

    def piece(ln: Line) -> bool:
        t = re.sub(r"\s+", "", ln.text)
        if len(t) < 2 or ln.h < WATERMARK_PIECE * median or t in marks or any(w in t for w in words):
            return False  # (a row of print the watermark crossed and was boxed with: `性别男已验族汉,他用无效`)
        if _USAGE_CLOSE.search(t):
            return True  # (the watermark's close, which no value prints, however its start was read)
        for m in marks:
            if t in m:
                return True
            if len(t) >= 5:
                same = sum(b.size for b in difflib.SequenceMatcher(None, t, m, autojunk=False).get_matching_blocks())
                if same >= len(t) - len(t) // 5:
                    return True
        return False

    kept = [ln for ln in lines if not piece(ln)]
    return kept if len(kept) < len(lines) else lines


def extract(lines: list[Line], kind: str | None = None, score: float = 0.0) -> Extraction:
    if kind is None:
        kind, score = classify(lines)
    fn = EXTRACTORS.get(kind)
    if fn is None:
        return Extraction("other", score)
    lines = _without_watermark_pieces(lines)
    fields = fn(lines)
    ordered = {k: fields.get(k, _blank()) for k in FIELD_KEYS[kind]}
    labels = FIELD_LABELS.get(kind, {})
    for key, f in ordered.items():
        if f.note == "not found" and key in labels:
            known = tuple(a for v in labels.values() for a in v)
            if find_label(normalize_labels(lines, known), labels[key], anywhere=True) is not None:
                f.note = "no value"  # the label is there: its value was not read (glare, a seal, a fold)
    if INFER_ROWS and kind in ROW_ORDERS and any(f.note == "not found" for f in ordered.values()):
        _infer_rows(lines, kind, ordered, fn)
    distrust_unchecked_numbers(ordered)
    distrust_copy_marks(ordered)
    distrust_near_copy_note(lines, ordered)
    distrust_label_words(kind, ordered)
    distrust_unclosed(ordered)
    distrust_note_misread(ordered)
    return Extraction(kind, score, ordered)


# a date whose box touches the box of a certifier's note (`复印件与原件一致`, `此件与原件核对无误`) is not
# pre-filled (False: off). The certifier writes the note on the copy where there is room and signs and
# dates it beside and under it, in another hand and ink, at another size, across whatever print is there:
# a printed row whose box meets the note's (the detector boxes apart rows of print with paper between)
# has that handwriting through it, and the value may mix the two writings (ZS zs_0067, a 食品经营许可证
# faxed: the note's date `2026.2.2` written over the printed 有效期至 2028年06月23日, read `2026年202月23日`
# and, on the softened second reading, `2026年02月23日` — pre-filled 2026-02-23)
NEAR_COPY_NOTE = True
NOTE_TOUCH = 0.15  # boxes this share of the lower one's height apart, or overlapping, touch
_CERTIFY_NOTE = re.compile(r"与原件(一致|相符)|与原件核对")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")  # (the note is dated: a date value is what its date mixes into)
# … unless the date is one of an ID card's two period dates that make a legal term together (False: those
# are doubted too): the note's date mixing into one of them breaks the term, and into both alike no hand
# writes (ZZ zz_011, a scanner app's 身份证 back: the note written between 签发机关 and 有效期限, its box
# grazing the period's row, `1962.09.15-1967.09.15` read whole and sure — blanked)
NOTE_TERM_VOUCHED = True


def distrust_near_copy_note(lines: list[Line], fields: dict[str, FieldResult]) -> None:
    """`NEAR_COPY_NOTE`: a date whose box meets a certifier's note's box, above or below it, over
    the same stretch of the row. (Dates only: the note's own date is what mixes into a printed one
    as a plausible value; a text row under the note — ZG zg0034, an ID card copy's address — read whole.)"""
    if not NEAR_COPY_NOTE:
        return
    notes = [ln for ln in lines if _CERTIFY_NOTE.search(ln.text)]
    if not notes:
        return
    vouched = NOTE_TERM_VOUCHED and _legal_id_term(fields)
    for key, f in fields.items():
        if not f.value or f.flagged or not f.box or not _ISO_DATE.fullmatch(f.value):
            continue
        if vouched and key in ("valid_from", "valid_to"):
            continue
        x1, y1, x2, y2 = f.box[:4]
        for ln in notes:
            if min(x2, ln.x2) - max(x1, ln.x1) <= 0 or ln.y1 >= y1 - 2 and ln.y2 <= y2 + 2:
                continue  # (not over the value's stretch; or on the value's own row, beside it)
            gap = max(ln.y1, y1) - min(ln.y2, y2)
            if gap <= NOTE_TOUCH * min(ln.y2 - ln.y1, y2 - y1):
                f.flagged, f.note, f.confidence = True, "copy note over the value", min(f.confidence, 0.5)
                break


def _legal_id_term(fields: dict[str, FieldResult]) -> bool:
    """Whether the fields hold an ID card's period (`valid_from`, `valid_to`, both dates, neither
    flagged) that runs the 5, 10 or 20 years the law gives (`extract_id_back`'s check)."""
    frm, to = fields.get("valid_from"), fields.get("valid_to")
    if not (frm and to and "issuing_authority" in fields) or frm.flagged or to.flagged:
        return False
    if not (_ISO_DATE.fullmatch(frm.value) and _ISO_DATE.fullmatch(to.value)):
        return False
    try:
        start = dt.date.fromisoformat(frm.value)
    except ValueError:
        return False
    return any(add_years(start, y).isoformat() == to.value for y in (5, 10, 20))


# a value that opens a bracket it never closes is not pre-filled (False: off): printed values close
# every bracket they open (`…(有限合伙)`, `(委派代表:…)`, `(仅销售预包装食品)`), so the rest of such a value
# — its wrapped row, the bracket's inside — was not read, and the value as read is cut short (ZR
# zr_0090: `昆明青禾建筑工程有限公司(委派`, its `代表:何婷天)` row lost; the second recogniser read the
# row as the first had and pre-filled it). Note `unbalanced` (reason `format`): no second reading of
# the same row mends what lies outside it
UNCLOSED = True
_OPENS, _CLOSES = "(（", ")）"


def _unclosed(value: str) -> bool:
    """Whether `value` opens more round brackets than it closes."""
    return sum(value.count(c) for c in _OPENS) > sum(value.count(c) for c in _CLOSES)


def distrust_unclosed(fields: dict[str, FieldResult]) -> None:
    """Flag a value read with an opening bracket it never closes (UNCLOSED): its rest was not read."""
    if not UNCLOSED:
        return
    for f in fields.values():
        if f.value and (not f.flagged or f.note in ("", "doubtful character")) and _unclosed(f.value):
            f.flagged, f.note = True, "unbalanced"


# an address whose bracketed registration note reads one character off a note registrars print, and is
# no such note itself, is not pre-filled (False: off). The notes after a registered address are a closed
# set of a few words (集中登记地, 自主申报 …: how the address was registered), so `(自上申报)` is 自主申报
# with a character misread — and the address read with it was read as poorly (AD ad_085, a 卫生许可证 on a
# photographed monitor: `…17层03室(自上申报)` pre-filled at 0.97; ZX zx_025 `…(白主申报)`, its 天河 read
# 大河 too). Of the 2,000-odd addresses of the cached sets' latest readings, these two alone carry such a
# note; no right one does. Note `note misread` (reason `doubtful_character`)
ADDRESS_NOTE_CHECK = True
ADDRESS_NOTES = ("集中登记地", "自主申报", "住所申报", "实际经营场所", "一照多址", "仅限办公")
_BRACKETED = re.compile(r"[(（]([^()（）]{3,8})[)）]")
# … and so is one read with one of its characters lost (False: a misread character only). A fax's threshold
# drops a lone thin horizontal whole, and the recogniser reads nothing where 一 stood: AF af_0023, a 204×196
# fax of a 卫生许可证, read its 地址 `…9层10室(照多址)` at 0.98 for `（一照多址）` and pre-filled it — a wrong
# value. No note is a known one short of a character (`照多址`, `自申报`, `限办公` are no words a registrar
# prints), and of the 1,481 addresses of the cached sets' latest readings that one alone is so read
ADDRESS_NOTE_LOST = True


def _note_misread(value: str) -> bool:
    """Whether `value` holds a bracketed note one character off one of ADDRESS_NOTES (misread, or with
    ADDRESS_NOTE_LOST one lost), and none of them. A bracket of three characters counts only as a lost one."""
    for note in _BRACKETED.findall(value):
        if note in ADDRESS_NOTES:
            continue
        for known in ADDRESS_NOTES:
            if len(note) == len(known) >= 4 and sum(a != b for a, b in zip(note, known, strict=True)) == 1:
                return True
            if ADDRESS_NOTE_LOST and len(note) == len(known) - 1 and any(
                    known[:i] + known[i + 1:] == note for i in range(len(known))):
                return True
    return False


def distrust_note_misread(fields: dict[str, FieldResult]) -> None:
    """Flag an address whose registration note is misread (ADDRESS_NOTE_CHECK)."""
    if not ADDRESS_NOTE_CHECK:
        return
    for key, f in fields.items():
        if "address" in key and f.value and not f.flagged and _note_misread(f.value):
            f.flagged, f.confidence, f.note = True, min(f.confidence, 0.5), "note misread"


# a value that is one of its page's labels cut short, or that starts with the end of one, is not
# pre-filled (False: off): the label was read split across two boxes or without its head, and the
# part left over was taken as the value (ZP zp_0145: `法定代表人` + `负责` of `法定代表人(负责人)`,
# the bracket, 人 and the name under a sleeve's glare; ZQ zq_0147: `发机关昆明市公安局…`, 签 not read)
LABEL_IN_VALUE = True
# … of at least this many characters: one character begins or ends words of any value (`名`, `所`).
# Measured: on the truth of every cached set (X, ZC–ZQ: 16,065 values) no value is such a label part;
# on their latest stored readings (10,446 pre-filled values) the three that are were all wrong
LABEL_PART = 2
# (the words of a field's closed vocabulary that begin a label of its page, `户主` of 户主姓名: a value;
# `app.prefill.kinds` registers them)
VALUE_WORDS: dict[str, dict[str, frozenset[str]]] = {}


@cache
def _label_parts(kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every head and every tail (LABEL_PART characters or more) of the labels `kind` prints, each
    label taken as printed without its brackets, without its bracketed part, and that part alone
    (`法定代表人(负责人)`: 法定代表人负责人, 法定代表人, 负责人)."""
    heads: set[str] = set()
    tails: set[str] = set()
    for lab in PAGE_LABELS.get(kind, ()):
        forms = {re.sub(r"[()（）]", "", lab), re.sub(r"[(（][^)）]*[)）]", "", lab),
                 *re.findall(r"[(（]([^)）]+)[)）]", lab)}
        for form in forms:
            heads.update(form[:j] for j in range(LABEL_PART, len(form) + 1))
            tails.update(form[i:] for i in range(len(form) - LABEL_PART + 1))
    return frozenset(heads), frozenset(tails)


def label_in_value(kind: str, key: str, value: str) -> bool:
    """Whether `value` read for field `key` is a label of the page's, or a label's head, or
    starts with a label's tail. Labels are split from values by their characters in reading order
    (`layout.normalize_labels`); a label printed longer than the alias read (a bracketed second
    title, `法定代表人(负责人)`) or read without its first character (签 of 签发机关 not read in its
    box) leaves its rest where the value is looked for. No value of a field starts so — a person's
    name, a firm's, an address, an authority start with their own words (`负责`, `机关`, `期限` are
    labels' words) —, save the words of a field's closed vocabulary (VALUE_WORDS)."""
    v = re.sub(r"\s", "", value).strip(":：")
    if not LABEL_IN_VALUE or len(v) < LABEL_PART or v in VALUE_WORDS.get(kind, {}).get(key, ()):
        return False
    heads, tails = _label_parts(kind)
    # (a label's word before a street's, `民族路974号`, is the street's name: `layout.in_place_name`)
    return v in heads or any(v.startswith(t) and not in_place_name(v, 0, t) for t in tails if len(t) < len(v))


def distrust_label_words(kind: str, fields: dict[str, FieldResult]) -> None:
    """Each value that is a label's part (`label_in_value`) is not pre-filled: what was read is the
    label's, and the value — if it was read at all — is not known to be what follows."""
    for key, f in fields.items():
        if f.value and not f.flagged and label_in_value(kind, key, f.value):
            f.flagged, f.note = True, "label in the value"
            f.confidence = min(f.confidence, 0.5)


# the words of a certified copy's stamp and of a copy's usage line (`layout.COPY_MARK`), as they are
# read into a row they were stamped over or beside (`…青龙镇小与原件一致`): never part of a value
COPY_WORDS = re.compile(r"与原件|原件(一致|相符)|复印件|他用无效|仅供.{1,20}(使用|有效)")
# … and the usage line's close cut at its first character (`夏燕用无效`: a watermark's `…使用，他用无效`
# laid over an ID card's 姓名 row, `用无效` boxed with the name; ZF zf0133): no value prints it (False: off)
COPY_CLOSE_CUT = True
_COPY_CLOSE = re.compile(r"用无效")


def distrust_copy_marks(fields: dict[str, FieldResult]) -> None:
    """A value holding a copy stamp's words (`与原件一致`, `复印件`, `仅供…使用`) took in print
    stamped over the page: the stamp may also cover the value's own characters, so the value is
    not pre-filled (W w0094: an ID card's 住址 row read `…青龙镇小与原件一致` beside a copy's stamp)."""
    for f in fields.values():
        if f.value and not f.flagged and (COPY_WORDS.search(f.value) or COPY_PART_IN_NUMBER and _COPY_PAIR.search(f.value)
                                          or COPY_CLOSE_CUT and _COPY_CLOSE.search(f.value)):
            f.flagged, f.note = True, "copy mark in the value"
            f.confidence = min(f.confidence, 0.5)


# two characters of a copy stamp's words inside a number (`谈固南大街34用无7号` for 347号: a watermark's
# `他用无效` crossing the house number, `用无` read between its digits): no number prints them (False: off)
COPY_PART_IN_NUMBER = True
_COPY_PAIR = re.compile(r"\d(?:与原|原件|件一|一致|件相|相符|复印|印件|他用|用无|无效|仅供|使用|有效)\d")


# a digit of a value no check vouches for, on a bilevel page (a fax, a scanner's black-and-white
# mode), read below this with another digit as its runner-up makes the value doubtful (0: off)
BILEVEL_TORN_DIGIT = 0.95


def distrust_torn_digits(extraction: Extraction, note: str = "doubtful character", floor: float = 0.0) -> None:
    """A bilevel page's thresholding takes away the strokes that tell some digits apart (the
    horizontal of a 4, the gap of a 6 or an 8). On the bilevel ID and licence pages of G–U's faxes
    and 1-bit scans, the values whose digit was read below BILEVEL_TORN_DIGIT with another digit
    second were wrong in two addresses of two (`古墩路216弄…1519室` for 1549, 1 at 0.90 with 4
    second; `中山路617号` for 647 at 0.94); right addresses read such a digit at 0.95 and above (7 at
    0.954 with 5 second, 5 at 0.986 with 3 second). A digit torn with a non-digit (`日`, a bracket)
    is the line's layout, not this; a digit read on a grey page is not judged so. Dates are left to
    their calendar and term checks: a licence period's two right dates on a U fax share a 6 read at
    0.91 with 0 second (their row is one piece), which this would blank both of (a card period's
    wrong 6 for 8 at 0.79 on a Q scan stays). The same holds on a curled page's rows (`note`: the
    reader's `CURL_TORN_DIGITS`), bent and foreshortened where the strokes were photographed."""
    floor = floor or BILEVEL_TORN_DIGIT  # (`floor`: another bar than BILEVEL_TORN_DIGIT's, reader.BILEVEL_TORN_ASK)
    if not floor:
        return
    for f in extraction.fields.values():
        if f.value and not f.flagged and f.torn_digit < floor and re.search(r"\d", f.value) \
                and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value):
            f.flagged, f.note = True, note
            f.confidence = min(f.confidence, f.torn_digit)


# a number no check character vouches for (a 许可证编号), on a page whose checked code was read
# whole and fails its check: its weakest character must be read this sure (0: off)
MISREAD_PAGE_CHAR = 0.95
UNCHECKED_NUMBERS = ("license_no",)


def distrust_unchecked_numbers(fields: dict[str, FieldResult]) -> None:
    """A page whose 统一社会信用代码 (or ID number) was read whole and fails its check character is a
    page whose digits the recogniser misreads (a chat app's recompressed picture, a fax): one of
    its 18 characters was read wrong, surely, at whatever certainty. A number on the same page that
    no check vouches for (a 食品经营许可证's JY number) is then only taken when every character of
    it was read sure (MISREAD_PAGE_CHAR): a digit at 0.92 there was another digit (U, a chat
    screenshot: `JY25201020041333` for …026…), where on a page whose code passes, 0.92 is the
    recogniser's usual doubt over a sound digit. (As a 户口簿 page distrusts its digits when its ID
    number fails; a licence's number read at 0.99+ stays: that was measured right every time.)"""
    if not MISREAD_PAGE_CHAR or not any(f.flagged and f.note in ("no valid code", "no valid number")
                                        for f in fields.values()):
        return
    for key in UNCHECKED_NUMBERS:
        f = fields.get(key)
        if f is not None and f.value and not f.flagged and min(f.weakest, f.confidence) < MISREAD_PAGE_CHAR:
            f.flagged, f.note = True, "digits misread on the page"


# the catalog's other kinds (食品经营许可证, 户口簿, 结婚证, 不动产权证书, 银行卡) register themselves here
from app.prefill import kinds as _kinds  # noqa: E402

_kinds.register()
