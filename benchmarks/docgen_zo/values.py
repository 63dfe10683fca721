"""Family ZO's values: people, places, companies, licence numbers — realistic and valid (GB 11643 ID
check digits, GB 32100 credit-code check characters, JY + 14 digits). Every draw from one numpy Generator."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 6)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨浩宇欣怡梓涵子轩雨萱博文思远嘉懿俊杰振国建军海燕志强春梅晓东文静家豪佳琪一诺语桐若曦")
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈尼"]

# (province short, province, city, district, 6-digit code)
PLACES = [
    ("沪", "上海市", "", "浦东新区", "310115"), ("沪", "上海市", "", "徐汇区", "310104"),
    ("京", "北京市", "", "朝阳区", "110105"), ("京", "北京市", "", "海淀区", "110108"),
    ("粤", "广东省", "广州市", "天河区", "440106"), ("粤", "广东省", "深圳市", "南山区", "440305"),
    ("浙", "浙江省", "杭州市", "西湖区", "330106"), ("浙", "浙江省", "宁波市", "鄞州区", "330212"),
    ("苏", "江苏省", "南京市", "鼓楼区", "320106"), ("苏", "江苏省", "苏州市", "吴中区", "320506"),
    ("川", "四川省", "成都市", "武侯区", "510107"), ("鄂", "湖北省", "武汉市", "青山区", "420107"),
    ("鲁", "山东省", "济南市", "历下区", "370102"), ("豫", "河南省", "郑州市", "金水区", "410105"),
    ("湘", "湖南省", "长沙市", "岳麓区", "430104"), ("闽", "福建省", "厦门市", "思明区", "350203"),
    ("吉", "吉林省", "白城市", "洮北区", "220802"), ("陕", "陕西省", "西安市", "雁塔区", "610113"),
    ("新", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"), ("桂", "广西壮族自治区", "南宁市", "青秀区", "450103"),
    ("赣", "江西省", "九江市", "浔阳区", "360403"), ("滇", "云南省", "昆明市", "五华区", "530102"),
    ("黑", "黑龙江省", "哈尔滨市", "南岗区", "230103"), ("渝", "重庆市", "", "渝北区", "500112"),
]
ROADS = ["人民路", "解放路", "中山路", "建设大道", "长江路", "和平街", "文化路", "学府路", "新华街", "迎宾大道",
         "青年路", "光明路", "滨江路", "科技园路", "朝阳北路", "友谊路", "花园街", "金桥路", "东风路", "兴业大道"]
TOWNS = ["城关镇", "新桥镇", "白沙镇", "柳林镇", "石门镇", "青龙镇"]
VILLAGES = ["前进村", "红星村", "王家村", "双河村", "李庄村", "东湖村"]
ESTATES = ["阳光花园", "锦绣家园", "金色港湾", "翠湖苑", "御景华庭", "万科城", "幸福里小区", "湖畔名邸"]
TRADE = ["鑫源", "华创", "恒通", "博睿", "瑞丰", "嘉禾", "宏达", "智远", "盛世", "佳美", "康宁", "汇泽", "云帆", "正和", "润泽", "天成"]
INDUSTRY = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务；数据处理服务；网络技术服务"),
            ("贸易", "日用百货、五金交电、建筑材料、电子产品、服装鞋帽、针纺织品的销售；货物进出口；技术进出口"),
            ("餐饮管理", "餐饮服务；餐饮管理；食品经营（销售预包装食品）；外卖递送服务；会议及展览服务"),
            ("建筑工程", "房屋建筑工程、市政公用工程、园林绿化工程、装饰装修工程施工；建筑劳务分包；工程管理服务"),
            ("文化传媒", "组织文化艺术交流活动；广告设计、制作、代理、发布；影视策划；企业形象策划；会议服务"),
            ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；供应链管理服务"),
            ("酒店管理", "住宿服务；酒店管理；餐饮服务；洗浴服务；健身休闲活动；停车场服务"),
            ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；健康咨询服务（不含诊疗服务）；日用口罩（非医用）销售")]
TAIL = ["（依法须经批准的项目，经相关部门批准后方可开展经营活动）", "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"]


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    g = "".join(pick(rng, GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return (sur + g)[:4]


def place(rng):
    return pick(rng, PLACES)


def address(rng, p, kind: str = "") -> str:
    """A street address in place `p`: 号楼/单元/室, 弄, or 镇/村/组."""
    head = p[1] + p[2] + p[3]
    r = rng.random() if not kind else {"flat": 0.1, "lane": 0.5, "village": 0.9, "shop": 0.3}[kind]
    n = int(rng.integers(1, 999))
    if r < 0.3:
        return f"{head}{pick(rng, ROADS)}{n}号{pick(rng, ESTATES)}{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 4)):02d}室"
    if r < 0.45:
        return f"{head}{pick(rng, ROADS)}{n}号{int(rng.integers(1, 25))}层{int(rng.integers(1, 30)):02d}室"
    if r < 0.65 and p[0] == "沪":
        return f"{head}{pick(rng, ROADS)}{n}弄{int(rng.integers(1, 60))}号{int(rng.integers(1, 7))}0{int(rng.integers(1, 4))}室"
    if r < 0.8:
        return f"{head}{pick(rng, TOWNS)}{pick(rng, VILLAGES)}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    return f"{head}{pick(rng, ROADS)}{n}号"


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def id_number(code: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 100)) * 10 + (int(rng.integers(0, 5)) * 2 + (1 if male else 0))
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(s17, 13)) % 11
    return s17 + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng, head: str, code: str) -> str:
    body = head + code + "".join(pick(rng, USCC_CHARS[:10] if i < 2 else USCC_CHARS) for i in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def food_license_no(rng, p, catering: bool) -> str:
    return f"JY{2 if catering else 1}{p[4]}{int(rng.integers(0, 10**7)):07d}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


UPPER = "零壹贰叁肆伍陆柒捌玖"


def capital(rng) -> str:
    w = pick(rng, [10, 50, 100, 200, 300, 500, 1000, 2000, 5000, 30, 800])
    if rng.random() < 0.6:
        return f"{w}万元整" if rng.random() < 0.5 else f"人民币{w}万元整"
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    s, rest = "", w
    for u, name in units:
        d, rest = divmod(rest, u)
        if d:
            s += UPPER[d] + name
        elif s and rest and not s.endswith("零"):
            s += "零"
    return f"人民币{s}万元整"


def scope(rng, ind: str, base: str) -> str:
    parts = base.split("；")
    k = int(rng.integers(3, len(parts) + 1))
    idx = sorted(rng.choice(len(parts), k, replace=False).tolist())
    s = "一般项目：" + "；".join(parts[i] for i in idx) + "。" + TAIL[1]
    if rng.random() < 0.4:
        s += "许可项目：" + pick(rng, ["食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "第三类医疗器械经营", "住宿服务"]) + "。" + TAIL[0]
    return s
