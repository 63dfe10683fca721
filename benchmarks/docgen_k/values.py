"""Values family K draws: names, addresses, registrars, scopes and numbers, from word lists written
for K (not copied from another family), with valid GB 11643 / GB 32100 check characters and ID
validity periods that follow 居民身份证法 第5条 (5/10/20 years by age, 长期 from 46)."""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (province, city, district, 6-digit area code, licence-number prefix for 卫生许可证, PSB name)
AREAS = [
    ("湖南省", "株洲市", "芦淞区", "430203", "湘"),
    ("江西省", "赣州市", "章贡区", "360702", "赣"),
    ("山东省", "潍坊市", "奎文区", "370705", "鲁"),
    ("河北省", "保定市", "竞秀区", "130602", "冀"),
    ("安徽省", "芜湖市", "镜湖区", "340202", "皖"),
    ("福建省", "泉州市", "丰泽区", "350503", "闽"),
    ("四川省", "绵阳市", "涪城区", "510703", "川"),
    ("广西壮族自治区", "柳州市", "城中区", "450202", "桂"),
    ("吉林省", "吉林市", "船营区", "220204", "吉"),
    ("甘肃省", "天水市", "秦州区", "620502", "甘"),
    ("云南省", "曲靖市", "麒麟区", "530302", "滇"),
    ("浙江省", "台州市", "椒江区", "331002", "浙"),
    ("湖北省", "襄阳市", "樊城区", "420606", "鄂"),
    ("陕西省", "宝鸡市", "渭滨区", "610302", "陕"),
]
ROADS = ["建设北路", "红旗中路", "解放西路", "滨江东路", "新华南街", "育才路", "长青路", "工农路",
         "凤凰大道", "北环路", "迎宾大道", "光明巷", "桃源路", "朝阳街", "和平里", "丰收路"]
VILLAGES = ["李家湾村", "石板桥村", "柳树屯村", "下塘村", "新庄村", "黄土岭村", "东坪村"]
TOWNS = ["白鹤镇", "青石镇", "双河镇", "马家堡乡", "龙泉镇", "金鸡镇"]
ESTATES = ["锦绣花园", "翠湖苑", "东方明珠小区", "金桂园", "阳光新城", "世纪华庭", "丽景湾"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国秀英桂兰海燕志强文华丽娟春梅晓东俊杰雪梅红霞振宇子涵雨萱浩然思远佳怡明辉德胜玉珍国庆永红金凤伟华淑芬立新亚楠书豪欣怡锦程婉婷鹏飞晨曦"
NATIONS = ["汉"] * 14 + ["回", "壮", "满", "苗", "土家", "彝", "侗", "蒙古", "维吾尔", "布依"]
SHOP_WORDS = ["鑫源", "恒泰", "佳和", "福瑞", "润丰", "华晟", "宏图", "聚鑫", "天禾", "百益", "盛达",
              "嘉禾", "祥云", "万通", "康宁", "乐享", "兴隆", "源通", "同心", "锦华"]
TRADES = [("商贸", "日用百货、五金交电、建筑材料、电子产品销售；货物进出口；技术进出口"),
          ("科技", "软件开发；信息技术咨询服务；计算机系统服务；网络技术服务；数据处理服务"),
          ("餐饮管理", "餐饮服务；餐饮管理；食品销售；外卖递送服务；会议及展览服务"),
          ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑劳务分包；园林绿化工程施工；土石方工程施工"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
          ("农业开发", "蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；平面设计；摄影扩印服务；礼仪服务"),
          ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；医疗设备租赁；卫生用品和一次性使用医疗用品销售"),
          ("汽车服务", "机动车修理和维护；汽车零配件零售；洗车服务；二手车经纪；小微型客车租赁经营服务"),
          ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；心理咨询服务；家政服务；健康咨询服务")]
EXTRA_SCOPE = ("（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：食品经营；"
               "第三类医疗器械经营。（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
               "具体经营项目以相关部门批准文件或许可证件为准）")
CO_TYPES = ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司",
            "股份有限公司(非上市、自然人投资或控股)", "有限责任公司分公司(自然人投资或控股)"]
CAPITALS = ["壹佰万元整", "伍拾万元整", "叁佰万元整", "贰仟万元整", "壹仟万元整", "捌拾万元整", "伍佰万元整"]
PH_ITEMS = ["住宿", "美容店", "理发店", "沐浴", "游泳场（馆）", "影剧院", "歌舞厅", "商场（店）",
            "候车（机、船）室", "住宿、沐浴", "理发店、美容店", "展览馆", "体育场（馆）"]
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "食品销售经营者（便利店）",
              "食品销售经营者（超市）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）",
              "餐饮服务经营者（饮品店）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "生食类食品制售", "糕点类食品制售（含裱花蛋糕）", "自制饮品制售",
              "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "散装食品（含熟食）销售",
              "其他类食品制售"]


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def uscc(rng: random.Random, head: str, area: str) -> str:
    body = head + area + "".join(rng.choice(USCC_CHARS[:10] + "MA") if i == 0 else rng.choice(USCC_CHARS)
                                 for i in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def person(rng: random.Random) -> str:
    given = rng.choice([1, 2, 2, 2])
    chars = GIVEN
    return rng.choice(SURNAMES) + "".join(rng.choice(chars) for _ in range(given))


def date(rng: random.Random, y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def address(rng: random.Random, area: tuple, rural: bool | None = None) -> str:
    prov, city, dist = area[:3]
    if rural if rural is not None else rng.random() < 0.3:
        return f"{prov}{city}{dist}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return (f"{prov}{city}{dist}{rng.choice(ROADS)}{rng.randint(1, 399)}号{rng.choice(ESTATES)}"
            f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室")


def id_person(rng: random.Random) -> dict:
    area = rng.choice(AREAS)
    birth = date(rng, 1940, 2008)
    sex = rng.choice("男女")
    seq = rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
    s17 = f"{area[3]}{birth:%Y%m%d}{seq:03d}"
    return {"name": person(rng), "sex": sex, "nation": rng.choice(NATIONS), "birth": birth,
            "address": address(rng, area), "id_number": s17 + id_check(s17), "area": area}


def id_validity(rng: random.Random, birth: dt.date) -> tuple[dt.date, str | dt.date]:
    """A 签发 date after 16th birthday mostly, and the end the law gives for that age."""
    lo = max(birth.year + 5, 2000)
    start = date(rng, lo, 2025)
    if start <= birth:
        start = add_years(birth, 6)
    age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
    if age >= 46:
        return start, "长期"
    years = 5 if age < 16 else 10 if age <= 25 else 20
    return start, add_years(start, years)


def psb(area: tuple, rng: random.Random) -> str:
    city, dist = area[1], area[2]
    return rng.choice([f"{city}公安局{dist}分局", f"{city}公安局{dist}分局", f"{city}公安局"])


def company(rng: random.Random, area: tuple) -> dict:
    trade, scope = rng.choice(TRADES)
    city = area[1].removesuffix("市")
    word = rng.choice(SHOP_WORDS)
    kind = rng.random()
    if kind < 0.55:
        etype = rng.choice(CO_TYPES[:4])
        suffix = "股份有限公司" if etype.startswith("股份") else "有限公司"
        name = f"{city}{word}{trade}{suffix}"
        return {"name": name, "entity_type": etype, "capital": rng.choice(CAPITALS).join(["人民币", ""]) if rng.random() < 0.5 else rng.choice(["100万元", "50万元", "300万元", "1000万元"]),
                "rep_label": "法定代表人", "addr_label": "住所", "scope": scope + (EXTRA_SCOPE if rng.random() < 0.5 else ""),
                "head": "91", "long": rng.random() < 0.6}
    if kind < 0.7:
        name = f"{city}{word}{trade}有限公司{area[2]}分公司"
        return {"name": name, "entity_type": CO_TYPES[4], "capital": "", "rep_label": "负责人",
                "addr_label": "营业场所", "scope": scope, "head": "91", "long": True}
    if kind < 0.85:
        name = f"{area[2]}{word}{rng.choice(['便利店', '日用品店', '小吃店', '理发店', '五金店'])}"
        return {"name": name, "entity_type": "个体工商户", "capital": "", "rep_label": "经营者",
                "addr_label": "经营场所", "scope": scope.split("；")[0] + "；" + scope.split("；")[1], "head": "92",
                "long": None}
    name = f"{city}{word}{rng.choice(['果蔬', '养殖', '茶叶', '农机'])}专业合作社"
    return {"name": name, "entity_type": "农民专业合作社", "capital": "", "rep_label": "法定代表人",
            "addr_label": "住所", "scope": "组织收购、销售成员种植的农产品；为成员提供农业生产资料的购买服务",
            "head": "93", "long": True}
