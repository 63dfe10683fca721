"""Values printed on family ZL's documents: people, places, numbers with valid check characters
(GB 11643 ID numbers, GB 32100 credit codes), company names, scopes, licence numbers and dates."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 6, 1)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉宇浩然子轩欣怡梓涵雨桐思远晨阳嘉豪俊杰博文佳琪诗雅婷宁凯旭东海波亮鹏飞春燕晓梅雪松德胜永福振兴立新卫民淑珍凤琴秋菊")
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "藏", "苗", "彝", "土家", "朝鲜", "侗", "瑶", "白", "哈尼"]

# (province, city, district, 6-digit division code, 公安 short, licence abbreviation)
PLACES = [
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "徐汇区", "310104", "沪"),
    ("天津市", "", "南开区", "120104", "津"), ("重庆市", "", "渝中区", "500103", "渝"),
    ("河北省", "石家庄市", "长安区", "130102", "冀"), ("山西省", "太原市", "小店区", "140105", "晋"),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽"), ("吉林省", "长春市", "朝阳区", "220104", "吉"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("江苏省", "南京市", "鼓楼区", "320106", "苏"),
    ("江苏省", "苏州市", "吴中区", "320506", "苏"), ("浙江省", "杭州市", "西湖区", "330106", "浙"),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("福建省", "厦门市", "思明区", "350203", "闽"), ("江西省", "南昌市", "东湖区", "360102", "赣"),
    ("山东省", "济南市", "历下区", "370102", "鲁"), ("山东省", "青岛市", "市南区", "370202", "鲁"),
    ("河南省", "郑州市", "金水区", "410105", "豫"), ("湖北省", "武汉市", "江汉区", "420103", "鄂"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("广东省", "广州市", "天河区", "440106", "粤"),
    ("广东省", "深圳市", "南山区", "440305", "粤"), ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂"),
    ("海南省", "海口市", "龙华区", "460106", "琼"), ("四川省", "成都市", "武侯区", "510107", "川"),
    ("贵州省", "贵阳市", "南明区", "520102", "黔"), ("云南省", "昆明市", "五华区", "530102", "滇"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("甘肃省", "兰州市", "城关区", "620102", "甘"),
    ("宁夏回族自治区", "银川市", "兴庆区", "640104", "宁"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新"),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "蒙"), ("青海省", "西宁市", "城东区", "630102", "青"),
]
ROADS = ["人民路", "解放路", "建设大道", "中山路", "长江路", "和平街", "文化路", "新华街", "光明路", "东风路",
         "胜利大街", "幸福路", "科技园路", "学府路", "滨江大道", "金桥路", "迎宾大道", "工业园路", "青年路", "朝阳街"]
TOWNS = ["城关镇", "新集镇", "白沙镇", "石桥镇", "黄土岭乡", "柳河镇", "马坊镇", "龙泉镇"]
VILLAGES = ["前进村", "王家庄村", "东湖村", "李家沟村", "红星村", "新河村", "杨柳村", "南岗村"]
ESTATES = ["阳光花园", "金色家园", "锦绣华庭", "翠湖小区", "幸福里", "东方明珠苑", "世纪城", "书香名邸"]

WORDS = ["鑫源", "华泰", "宏达", "瑞丰", "恒信", "盛世", "天成", "博远", "嘉和", "启航", "金诚", "永辉", "安泰",
         "汇通", "德润", "中科", "云帆", "聚力", "佳美", "福满", "晨曦", "同创", "优品", "锦程"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务；数据处理服务"),
          ("商贸", "日用百货销售；五金产品零售；电子产品销售；服装服饰批发；针纺织品销售；化妆品零售；办公用品销售"),
          ("餐饮管理", "餐饮服务；餐饮管理；食品经营（销售预包装食品）；外卖递送服务；会议及展览服务"),
          ("建筑工程", "房屋建筑和市政基础设施项目工程总承包；建设工程施工；住宅室内装饰装修；园林绿化工程施工"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；广告发布；企业形象策划；摄影扩印服务；会议及展览服务"),
          ("农业", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
          ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；卫生用品和一次性使用医疗用品销售；健康咨询服务（不含诊疗服务）"),
          ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；信息咨询服务（不含许可类信息咨询服务）；组织文化艺术交流活动"),
          ("汽车服务", "机动车修理和维护；汽车零配件零售；汽车装饰用品销售；洗车服务；二手车经纪；小微型客车租赁经营服务")]
TAILS = ["（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
         "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）", "。许可项目：食品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"]
DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    s = pick(rng, COMPOUND) if rng.random() < 0.1 else pick(rng, SURNAMES)
    g = "".join(pick(rng, GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return s + g


def place(rng):
    return pick(rng, PLACES)


def address(rng, p, rural: bool | None = None) -> str:
    prov, city, dist = p[0], p[1], p[2]
    head = prov + city + dist if not prov.startswith(("北京", "上海", "天津", "重庆")) else prov + dist
    r = rng.random() if rural is None else (0.0 if rural else 0.9)
    if r < 0.2:
        return head + pick(rng, TOWNS) + pick(rng, VILLAGES) + f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 90))}号"
    if r < 0.35 and prov.startswith("上海"):
        return head + pick(rng, ROADS) + f"{int(rng.integers(10, 1500))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2204))}室"
    if r < 0.7:
        return (head + pick(rng, ROADS) + f"{int(rng.integers(1, 999))}号" + pick(rng, ESTATES)
                + f"{int(rng.integers(1, 40))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(101, 2806))}室")
    return head + pick(rng, ROADS) + f"{int(rng.integers(1, 999))}号"


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_number(code6: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    body = f"{code6}{birth:%Y%m%d}{int(rng.integers(0, 100)):02d}{seq}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def uscc(rng, head: str, code6: str) -> str:
    org = "".join(pick(rng, USCC) for _ in range(9))
    body = head + code6 + org
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[3] + f"{int(rng.integers(0, 10**7)):07d}"


def capital_cn(wan: int) -> str:
    units = ["", "拾", "佰", "仟"]
    s = str(wan)
    out = ""
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d:
            out += DIGITS_CN[d] + units[pos]
        elif out and not out.endswith("零") and pos > 0 and int(s[i:]) > 0:
            out += "零"
    return out + "万元整"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def iso(d: dt.date) -> str:
    return d.isoformat()


def scope(rng, trade: tuple[str, str], long: bool) -> str:
    items = trade[1].split("；")
    if long:
        other = pick(rng, TRADES)[1].split("；")
        items = items + [x for x in other if x not in items][: int(rng.integers(2, 6))]
    else:
        items = items[: int(rng.integers(3, len(items) + 1))]
    return "一般项目：" + "；".join(items) + pick(rng, TAILS)
