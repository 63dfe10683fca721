"""Realistic values for family ZY's documents, from one random.Random per document (written for ZY
from the standards in /work/shared/reference/domain.md; no other family's values module)."""

from __future__ import annotations

import datetime as dt
import random

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文辉建华玉兰红梅鑫宇浩然欣怡子涵梓萱一诺雨桐思远俊杰晓东海燕志强永红国庆春梅立新振华淑珍凤英德明家豪嘉怡雅婷天佑博文"
# (province code, province, list of (county code, city, county))
REGIONS = [
    ("31", "上海市", [("310115", "", "浦东新区"), ("310104", "", "徐汇区"), ("310112", "", "闵行区"), ("310106", "", "静安区")]),
    ("11", "北京市", [("110105", "", "朝阳区"), ("110108", "", "海淀区"), ("110112", "", "通州区")]),
    ("44", "广东省", [("440106", "广州市", "天河区"), ("440305", "深圳市", "南山区"), ("440604", "佛山市", "禅城区")]),
    ("33", "浙江省", [("330106", "杭州市", "西湖区"), ("330212", "宁波市", "鄞州区"), ("330402", "嘉兴市", "南湖区")]),
    ("32", "江苏省", [("320106", "南京市", "鼓楼区"), ("320508", "苏州市", "姑苏区"), ("320211", "无锡市", "滨湖区")]),
    ("51", "四川省", [("510107", "成都市", "武侯区"), ("511602", "广安市", "广安区"), ("510704", "绵阳市", "游仙区")]),
    ("42", "湖北省", [("420107", "武汉市", "青山区"), ("420106", "武汉市", "武昌区"), ("420503", "宜昌市", "伍家岗区")]),
    ("37", "山东省", [("370102", "济南市", "历下区"), ("370203", "青岛市", "市北区"), ("370613", "烟台市", "莱山区")]),
    ("22", "吉林省", [("220802", "白城市", "洮北区"), ("220104", "长春市", "朝阳区")]),
    ("36", "江西省", [("360402", "九江市", "濂溪区"), ("360111", "南昌市", "青山湖区")]),
    ("65", "新疆维吾尔自治区", [("650102", "乌鲁木齐市", "天山区")]),
]
ROADS = ["人民路", "解放大道", "建设路", "中山北路", "长江路", "和平街", "新华路", "文化路", "张杨路", "科技园南路",
         "迎宾大道", "滨江路", "光明街", "胜利路", "工业园区创业路", "学府路", "金桥路", "东风路", "世纪大道", "青年路"]
VILLAGES = ["幸福小区", "锦绣花园", "阳光新村", "翠湖苑", "书香名邸", "和谐家园", "东方明珠苑", "金色港湾"]
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "土家", "苗", "朝鲜"]
SHORT_NAMES = ["鑫盛", "华悦", "锦程", "博远", "恒泰", "嘉禾", "瑞丰", "永信", "星辰", "云帆", "和顺", "金穗", "德源", "安康", "聚贤", "明辉"]
TRADES = [("科技", "软件开发；信息技术咨询服务；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；计算机系统服务；数据处理服务"),
          ("餐饮管理", "餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）；餐饮管理；食品销售（仅销售预包装食品）；外卖递送服务"),
          ("商贸", "日用百货销售；五金产品零售；家用电器销售；服装服饰零售；针纺织品销售；化妆品零售；食品销售（仅销售预包装食品）"),
          ("建筑工程", "建设工程施工（依法须经批准的项目，经相关部门批准后方可开展经营活动）；园林绿化工程施工；土石方工程施工；建筑材料销售"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务；图文设计制作"),
          ("物流", "道路货物运输（不含危险货物）；国内货物运输代理；普通货物仓储服务（不含危险化学品等需许可审批的项目）；装卸搬运"),
          ("美容美发", "理发服务；美容服务；养生保健服务（非医疗）；化妆品零售；洗浴服务"),
          ("酒店管理", "住宿服务；餐饮服务；酒店管理；会议及展览服务；停车场服务；洗染服务")]
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "商场（店）", "候车（机、船）室", "展览馆", "住宿、美容", "沐浴、美发", "住宿、沐浴"]


def uscc_check(s17: str) -> str:
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return USCC[(31 - total % 31) % 31]


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def name(r: random.Random) -> str:
    g = GIVEN
    n = r.choice([1, 2, 2, 2])
    # given names from the two-character list mostly
    pairs = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "刚", "鑫"]
    twos = ["秀英", "桂英", "建华", "玉兰", "红梅", "浩然", "欣怡", "子涵", "梓萱", "一诺", "雨桐", "思远", "俊杰", "晓东",
            "海燕", "志强", "永红", "国庆", "春梅", "立新", "振华", "淑珍", "凤英", "德明", "家豪", "嘉怡", "雅婷", "天佑", "博文"]
    del g
    s = r.choice(SURNAMES) if r.random() > 0.03 else r.choice(["欧阳", "司马", "诸葛", "上官"])
    return s + (r.choice(pairs) if n == 1 else r.choice(twos))


def region(r: random.Random):
    p = r.choice(REGIONS)
    code, city, county = r.choice(p[2])
    return code, p[1], city, county


def address(r: random.Random, long: bool = False) -> str:
    _, prov, city, county = region(r)
    head = (prov if not city else prov + city) + county
    no = r.randint(1, 1999)
    if r.random() < 0.45:
        s = f"{head}{r.choice(ROADS)}{no}号{r.choice(VILLAGES)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 28)}{r.randint(1, 4):02d}室"
    elif r.random() < 0.5:
        s = f"{head}{r.choice(ROADS)}{no}弄{r.randint(1, 99)}号{r.randint(101, 2205)}室"
    else:
        s = f"{head}{r.choice(ROADS)}{no}号"
        if long or r.random() < 0.4:
            s += f"{r.randint(1, 12)}幢{r.randint(1, 30)}层{r.randint(1, 30):02d}室"
    return s


def id_number(r: random.Random, birth: dt.date, sex: str, county: str | None = None) -> str:
    county = county or region(r)[0]
    seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    s17 = f"{county}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def credit_code(r: random.Random, kind: str = "91") -> str:
    county = region(r)[0]
    body = "".join(r.choice(USCC) for _ in range(8))
    gb = sum(int(c, 36) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2], strict=True))
    c9 = 11 - gb % 11
    body += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = kind + county + body
    s17 = "".join(ch if ch in USCC else "0" for ch in s17)
    return s17 + uscc_check(s17)


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def plus_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_nopad(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


DIG = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for v, u in units:
        d = wan // v % 10
        if d:
            if zero and out:
                out += "零"
            out += DIG[d] + u
            zero = False
        else:
            zero = True
    return "人民币" + out + "万元整"


def person(r: random.Random) -> dict:
    sex = r.choice("男女")
    birth = date_between(r, dt.date(1952, 1, 1), dt.date(2008, 12, 31))
    code, prov, city, county = region(r)
    nm = name(r)
    return {"name": nm, "sex": sex, "nation": r.choice(NATIONS), "birth": birth,
            "id": id_number(r, birth, sex, code), "address": address(r, long=r.random() < 0.5)}


def company(r: random.Random) -> dict:
    code, prov, city, county = region(r)
    trade, scope = r.choice(TRADES)
    place = (city or prov).rstrip("市省") if r.random() < 0.6 else county.rstrip("区县")
    form = r.random()
    short = r.choice(SHORT_NAMES)
    if form < 0.2:
        etype, suffix, cap, rep_label = "个体工商户", r.choice(["店", "经营部", "商行", "餐馆"]), "", "经营者"
        nm = f"{place}{county}{short}{trade.replace('管理', '')}{suffix}" if r.random() < 0.5 else f"{county}{short}{suffix}"
        cc = credit_code(r, "92")
    elif form < 0.3:
        etype, cap, rep_label = "有限责任公司分公司(自然人投资或控股)", "", "负责人"
        nm = f"{place}{short}{trade}有限公司{county}分公司"
        cc = credit_code(r, "91")
    else:
        etype = r.choice(["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)"])
        wan = r.choice([10, 50, 100, 200, 300, 500, 1000, 1500, 3000, 5000])
        cap = capital_upper(wan) if r.random() < 0.5 else f"{wan}万元整"
        rep_label = "法定代表人"
        nm = f"{place}{short}{trade}{'股份' if etype.startswith('股份') else ''}有限公司"
        cc = credit_code(r, "91")
    if r.random() < 0.4:
        scope = scope + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    est = date_between(r, dt.date(2003, 1, 1), dt.date(2025, 10, 31))
    valid_to = "长期" if r.random() < 0.5 else plus_years(est, r.choice([10, 20, 30])).isoformat()
    if etype == "个体工商户":
        valid_to = ""
    return {"name": nm, "credit_code": cc, "entity_type": etype, "rep": name(r), "rep_label": rep_label,
            "capital": cap, "established": est, "address": address(r, long=r.random() < 0.5), "scope": scope,
            "valid_to": valid_to, "county": county, "city": city or prov, "prov": prov, "code": code}
