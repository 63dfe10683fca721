"""Family ZM's values: people, places, companies and numbers, all drawn from a seeded numpy Generator.

ID numbers follow GB 11643 (MOD 11-2 check character), credit codes GB 32100 (MOD 31), 食品经营许可证
numbers are JY + 14 digits. Places carry their 6-digit county code so the numbers agree with the address."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯", "端木"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉晓东海燕春梅雪峰鹏飞斌宇浩然子轩欣怡梓涵思远佳琪嘉怡俊杰婷婷家豪雨桐晨曦德胜永福淑珍丹丹瑞祥振华卫东金凤秋菊")
NATIONS = ["汉"] * 30 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈萨克", "布依"]

# province, city, county, 6-digit code, short name for licence numbers, towns/streets
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", ["张江镇", "川沙新镇", "花木街道", "陆家嘴街道"]),
    ("上海市", "", "闵行区", "310112", "沪", ["七宝镇", "莘庄镇", "梅陇镇"]),
    ("北京市", "", "朝阳区", "110105", "京", ["望京街道", "酒仙桥街道", "三间房乡"]),
    ("北京市", "", "海淀区", "110108", "京", ["中关村街道", "学院路街道", "西北旺镇"]),
    ("广东省", "广州市", "天河区", "440106", "粤", ["石牌街道", "棠下街道", "五山街道"]),
    ("广东省", "深圳市", "南山区", "440305", "粤", ["粤海街道", "西丽街道", "蛇口街道"]),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ["文新街道", "转塘街道", "三墩镇"]),
    ("浙江省", "温州市", "瑞安市", "330381", "浙", ["塘下镇", "飞云街道", "马屿镇"]),
    ("江苏省", "南京市", "江宁区", "320115", "苏", ["东山街道", "秣陵街道", "汤山街道"]),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", ["木渎镇", "横泾街道", "胥口镇"]),
    ("四川省", "成都市", "武侯区", "510107", "川", ["浆洗街街道", "玉林街道", "簇桥街道"]),
    ("四川省", "绵阳市", "涪城区", "510703", "川", ["城厢街道", "青义镇", "丰谷镇"]),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", ["关山街道", "珞南街道", "和平街道"]),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", ["望月湖街道", "坪塘街道", "含浦街道"]),
    ("山东省", "青岛市", "黄岛区", "370211", "鲁", ["长江路街道", "薛家岛街道", "王台镇"]),
    ("山东省", "济南市", "历下区", "370102", "鲁", ["泉城路街道", "姚家街道", "龙洞街道"]),
    ("河南省", "郑州市", "金水区", "410105", "豫", ["经八路街道", "花园路街道", "丰产路街道"]),
    ("河北省", "石家庄市", "长安区", "130102", "冀", ["建北街道", "育才街道", "西兴乡"]),
    ("福建省", "厦门市", "思明区", "350203", "闽", ["鹭江街道", "嘉莲街道", "莲前街道"]),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", ["小寨路街道", "电子城街道", "曲江街道"]),
    ("重庆市", "", "渝北区", "500112", "渝", ["龙溪街道", "回兴街道", "两路街道"]),
    ("天津市", "", "南开区", "120104", "津", ["长虹街道", "向阳路街道", "王顶堤街道"]),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", ["太原街街道", "南湖街道", "浑河湾街道"]),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", ["花园街道", "大成街道", "王岗镇"]),
    ("云南省", "昆明市", "五华区", "530102", "云", ["华山街道", "莲华街道", "西翥街道"]),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", ["中山街道", "津头街道", "长塘镇"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ["燕儿窝街道", "团结路街道"]),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", ["三里庵街道", "稻香村街道", "南岗镇"]),
    ("江西省", "南昌市", "东湖区", "360102", "赣", ["公园街道", "百花洲街道", "扬子洲镇"]),
    ("贵州省", "贵阳市", "南明区", "520102", "黔", ["花果园街道", "新华路街道", "云关乡"]),
]
ROADS = ["人民路", "解放路", "建设大道", "中山北路", "和平街", "学府路", "科技园路", "滨江大道", "长江路", "新华街",
         "光明路", "东风路", "胜利街", "幸福路", "金桥路", "迎宾大道", "文化路", "青年路", "工业园路", "民主街"]
LANES = ["弄", "巷", "胡同"]
VILLAGES = ["新河村", "李家村", "东湖村", "石桥村", "双塘村", "前进村", "杨柳村", "大王庄村"]
ESTATES = ["阳光花园", "金色家园", "锦绣江南", "翠湖苑", "海棠小区", "紫荆公寓", "华府名邸", "幸福里", "碧桂园", "龙湖春江郦城"]
FIRM_WORDS = ["华信", "鼎盛", "恒通", "瑞丰", "嘉禾", "汇源", "天成", "锐进", "博远", "众和", "星辰", "安达", "宏图", "凯越",
              "晨光", "蓝海", "聚力", "合创", "远航", "德润", "泰和", "云帆", "新锐", "佳美", "永盛", "金穗"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务；数据处理和存储支持服务；人工智能应用软件开发；网络技术服务"),
          ("商贸", "日用百货销售；五金产品零售；电子产品销售；服装服饰批发；针纺织品销售；化妆品零售；文具用品零售；办公用品销售；家用电器销售"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；食品互联网销售；酒类经营；会议及展览服务；企业管理咨询"),
          ("建筑工程", "建设工程施工；建筑劳务分包；住宅室内装饰装修；园林绿化工程施工；建筑材料销售；金属材料销售；工程管理服务"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；广告发布；平面设计；摄影扩印服务；会议及展览服务；图文设计制作"),
          ("物流", "普通货物仓储服务；国内货物运输代理；道路货物运输（不含危险货物）；装卸搬运；包装服务；供应链管理服务"),
          ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；医用口罩零售；卫生用品和一次性使用医疗用品销售；健康咨询服务（不含诊疗服务）"),
          ("酒店管理", "住宿服务；酒店管理；餐饮服务；洗浴服务；停车场服务；物业管理；健身休闲活动；棋牌室服务"),
          ("美容美发", "理发服务；生活美容服务；化妆品零售；美甲服务；养生保健服务（非医疗）；个人卫生用品销售")]
SHOPS = [("面馆", "餐饮"), ("便利店", "零售"), ("理发店", "美发"), ("小吃店", "餐饮"), ("五金店", "零售"), ("水果店", "零售"),
         ("烧烤店", "餐饮"), ("手机维修部", "维修"), ("服装店", "零售"), ("茶叶店", "零售")]


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    s = pick(rng, COMPOUND) if rng.random() < 0.1 else pick(rng, SURNAMES)
    g = "".join(pick(rng, GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return s + g


def place(rng):
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng, p, kind: str | None = None) -> str:
    prov, city, county, _, _, towns = p
    head = prov + city + county
    k = kind or pick(rng, ["road", "road", "estate", "lane", "village", "room"])
    if k == "road":
        return f"{head}{pick(rng, ROADS)}{int(rng.integers(1, 999))}号"
    if k == "estate":
        return (f"{head}{pick(rng, ROADS)}{int(rng.integers(1, 500))}号{pick(rng, ESTATES)}"
                f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 30))}{int(rng.integers(1, 4)):02d}室")
    if k == "lane":
        return f"{head}{pick(rng, ROADS)}{int(rng.integers(10, 999))}{pick(rng, LANES)}{int(rng.integers(1, 80))}号{int(rng.integers(101, 602))}室"
    if k == "village":
        return f"{head}{pick(rng, towns)}{pick(rng, VILLAGES)}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    return f"{head}{pick(rng, ROADS)}{int(rng.integers(1, 800))}号{int(rng.integers(1, 25))}层{int(rng.integers(1, 30)):02d}{int(rng.integers(1, 9))}室"


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def id_number(code6: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{code6}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng, head: str, code6: str) -> str:
    body = head + code6 + "".join(USCC[int(rng.integers(0 if i else 0, 31 if i >= 8 else 10))] for i in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, canteen: bool) -> str:
    return "JY" + ("3" if canteen else str(int(rng.integers(1, 3)))) + p[3] + f"{int(rng.integers(0, 10**7)):07d}"


def capital(rng) -> str:
    amt = int(pick(rng, [10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000]))
    style = rng.random()
    if style < 0.5:
        return f"{amt}万元整" if rng.random() < 0.7 else f"人民币{amt}万元"
    return "人民币" + cn_upper(amt) + "万元整"


def cn_upper(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += digits[d] + name
            zero = False
        elif out:
            zero = True
    return out


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_loose(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
