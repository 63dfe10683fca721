"""Family ZH's values: people, places, companies and the numbers on them (GB 11643 ID numbers, GB 32100
credit codes with GB 11714 organisation codes, JY food licence numbers, 卫公字 numbers), all drawn from
one numpy Generator so a seed gives the same documents."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# (region code, province, city, district, province abbreviation, rural)
PLACES = [
    ("110105", "北京市", "", "朝阳区", "京", False), ("110108", "北京市", "", "海淀区", "京", False),
    ("310115", "上海市", "", "浦东新区", "沪", False), ("310104", "上海市", "", "徐汇区", "沪", False),
    ("310117", "上海市", "", "松江区", "沪", True), ("120101", "天津市", "", "和平区", "津", False),
    ("500103", "重庆市", "", "渝中区", "渝", False), ("500236", "重庆市", "", "奉节县", "渝", True),
    ("440305", "广东省", "深圳市", "南山区", "粤", False), ("440106", "广东省", "广州市", "天河区", "粤", False),
    ("441802", "广东省", "清远市", "清城区", "粤", True), ("330106", "浙江省", "杭州市", "西湖区", "浙", False),
    ("330782", "浙江省", "金华市", "义乌市", "浙", True), ("320508", "江苏省", "苏州市", "姑苏区", "苏", False),
    ("320481", "江苏省", "常州市", "溧阳市", "苏", True), ("510107", "四川省", "成都市", "武侯区", "川", False),
    ("511902", "四川省", "巴中市", "巴州区", "川", True), ("420106", "湖北省", "武汉市", "武昌区", "鄂", False),
    ("610113", "陕西省", "西安市", "雁塔区", "陕", False), ("370102", "山东省", "济南市", "历下区", "鲁", False),
    ("371326", "山东省", "临沂市", "平邑县", "鲁", True), ("430104", "湖南省", "长沙市", "岳麓区", "湘", False),
    ("431121", "湖南省", "永州市", "祁阳县", "湘", True), ("350203", "福建省", "厦门市", "思明区", "闽", False),
    ("130104", "河北省", "石家庄市", "桥西区", "冀", False), ("410105", "河南省", "郑州市", "金水区", "豫", False),
    ("411421", "河南省", "商丘市", "民权县", "豫", True), ("210102", "辽宁省", "沈阳市", "和平区", "辽", False),
    ("220102", "吉林省", "长春市", "南关区", "吉", False), ("230103", "黑龙江省", "哈尔滨市", "南岗区", "黑", False),
    ("340104", "安徽省", "合肥市", "蜀山区", "皖", False), ("341122", "安徽省", "滁州市", "来安县", "皖", True),
    ("360102", "江西省", "南昌市", "东湖区", "赣", False), ("450103", "广西壮族自治区", "南宁市", "青秀区", "桂", False),
    ("460106", "海南省", "海口市", "龙华区", "琼", False), ("520102", "贵州省", "贵阳市", "南明区", "黔", False),
    ("522422", "贵州省", "毕节市", "大方县", "黔", True), ("530102", "云南省", "昆明市", "五华区", "云", False),
    ("620102", "甘肃省", "兰州市", "城关区", "甘", False), ("630104", "青海省", "西宁市", "城西区", "青", False),
    ("640104", "宁夏回族自治区", "银川市", "兴庆区", "宁", False), ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "新", False),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "蒙", False), ("140105", "山西省", "太原市", "小店区", "晋", False),
    ("540102", "西藏自治区", "拉萨市", "城关区", "藏", False),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "尉迟", "公孙", "令狐", "夏侯", "端木", "司徒", "长孙"]
GIVEN = list("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏建国志文辉力永健世广海云飞雪梅琳晨宇浩然子轩梓涵一诺欣怡思雨嘉豪俊熙佳琪瑞泽锦程昊天雅婷晓东春燕德胜家乐振华宏亮慧敏")
MINORITY_NAMES = [("维吾尔", "阿卜杜热合曼·艾力"), ("维吾尔", "古丽娜尔·买买提"), ("藏", "扎西次仁"), ("藏", "卓玛"),
                  ("蒙古", "巴特尔"), ("蒙古", "其其格"), ("彝", "阿牛木呷"), ("哈萨克", "努尔兰·哈力木")]
NATIONS = ["汉"] * 24 + ["回", "满", "壮", "苗", "土家", "蒙古", "彝", "朝鲜", "侗", "瑶", "白", "布依"]
ROADS = ["人民路", "解放路", "中山北路", "建设大道", "长江路", "和平街", "新华路", "文化路", "科技园南路", "金桥路",
         "张杨路", "漕溪北路", "滨江大道", "光明街", "东风路", "朝阳北路", "学府路", "迎宾大道", "胜利街", "青年路"]
TOWNS = ["城关镇", "新安镇", "石桥镇", "白沙镇", "龙泉镇", "清河乡", "马家镇", "黄土岗镇", "永乐镇", "桃源乡"]
VILLAGES = ["王庄村", "前进村", "河口村", "大柳树村", "东湾村", "新民村", "李家坪村", "红星村"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖小区", "幸福里", "金色家园", "和谐苑", "世纪新城", "滨江花苑", "书香门第"]
BRANDS = ["鑫源", "华瑞", "宏图", "恒通", "博远", "瑞丰", "嘉禾", "锦程", "天成", "正泰", "汇隆", "德信", "明辉",
          "聚鑫", "佳和", "创盈", "青禾", "云帆", "金穗", "立达", "海纳", "朗悦", "百川", "同润", "安捷", "星河"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售；数据处理和存储支持服务；网络技术服务；人工智能应用软件开发"),
          ("贸易", "日用百货销售；五金产品批发；五金产品零售；建筑材料销售；电子产品销售；服装服饰批发；针纺织品销售；化妆品零售；办公用品销售；货物进出口；技术进出口"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；食品互联网销售（仅销售预包装食品）；外卖递送服务；组织文化艺术交流活动；会议及展览服务"),
          ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑劳务分包；施工专业作业；园林绿化工程施工；市政设施管理；土石方工程施工；建筑装饰材料销售"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；道路货物运输（不含危险货物）；装卸搬运；供应链管理服务"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；广告发布；企业形象策划；会议及展览服务；摄像及视频制作服务；图文设计制作"),
          ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；医疗设备租赁；卫生用品和一次性使用医疗用品销售；健康咨询服务（不含诊疗服务）"),
          ("农业发展", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务；农业专业及辅助性活动"),
          ("商贸", "食品销售（仅销售预包装食品）；日用品销售；家用电器销售；厨具卫具及日用杂品零售；母婴用品销售；玩具销售；文具用品零售"),
          ("美容美发", "理发及美容服务；生活美容服务；化妆品零售；个人卫生用品销售；养生保健服务（非医疗）；足浴服务")]
SHOP_TRADES = [("便利店", "食品销售（仅销售预包装食品）；日用百货销售；烟草制品零售"), ("小吃店", "小餐饮；食品销售（仅销售预包装食品）"),
               ("理发店", "理发服务；生活美容服务"), ("五金店", "五金产品零售；电线、电缆经营；建筑材料销售"),
               ("水果店", "新鲜水果零售；食用农产品零售"), ("面馆", "餐饮服务；小餐饮、小食杂、食品小作坊经营")]
CO_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（非自然人投资或控股的法人独资）",
            "股份有限公司（非上市、自然人投资或控股）", "其他有限责任公司"]
BRANCH_TYPES = ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）"]
PARTNER_TYPES = ["有限合伙企业", "普通合伙企业"]
DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"
HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "游泳场（馆）", "公共浴室", "商场（店）", "影剧院", "歌舞厅", "游艺厅（室）",
                "候车（机、船）室", "展览馆", "理发店", "美容店", "书店", "体育场（馆）", "茶座"]
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小吃店）", "餐饮服务经营者（饮品店）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
              "单位食堂（机关企事业单位食堂）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售", "特殊食品销售（保健食品、婴幼儿配方乳粉）",
              "散装食品（不含冷藏冷冻食品）销售", "半成品制售", "其他类食品制售"]


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def place(rng: np.random.Generator) -> tuple:
    return pick(rng, PLACES)


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.1 else pick(rng, SURNAMES)
    return sur + "".join(pick(rng, GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))


def prefix(p: tuple) -> str:
    return p[1] + p[2] + p[3]


def address(rng: np.random.Generator, p: tuple, business: bool = False) -> str:
    """An address in place `p`: 号楼/单元/室, 弄 (Shanghai), or 镇/村/组 in a rural county."""
    head = prefix(p)
    if p[5] and rng.random() < 0.6:
        tail = pick(rng, TOWNS) + pick(rng, VILLAGES)
        return head + tail + (f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 80))}号" if rng.random() < 0.7 else f"{int(rng.integers(1, 300))}号")
    road = pick(rng, ROADS)
    if p[1] == "上海市" and rng.random() < 0.6:
        return head + road + f"{int(rng.integers(10, 2000))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2402))}室"
    if business:
        return head + road + f"{int(rng.integers(1, 999))}号" + pick(rng, ["", f"{int(rng.integers(1, 30))}层", f"{int(rng.integers(1, 9))}幢{int(rng.integers(101, 1808))}室", f"{pick(rng, 'ABCD')}座{int(rng.integers(201, 2306))}", "1楼商铺"])
    return (head + road + f"{int(rng.integers(1, 999))}号" + pick(rng, ESTATES) + f"{int(rng.integers(1, 40))}号楼"
            + f"{int(rng.integers(1, 7))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(region: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    s17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_code(rng: np.random.Generator) -> str:
    """GB 11714: 8 characters and a check (weights 3,7,9,10,5,8,4,2)."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWY"
    body = "".join(pick(rng, chars if k else "0123456789MN") for k in range(8))
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(val, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: np.random.Generator, head: str, region: str) -> str:
    s17 = head + region + org_code(rng)
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[0] + "".join(str(int(rng.integers(10))) for _ in range(7))


def health_license_no(rng: np.random.Generator, p: tuple, year: int) -> str:
    return f"{p[4]}卫公字（{year}）第{p[0]}{int(rng.integers(1, 999999)):06d}号"


def capital_cn(wan: int) -> str:
    """100 → 壹佰万元整 (whole 万 amounts below 1 亿)."""
    units = [("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)]
    out, zero = "", False
    for u, v in units:
        d = wan // v % 10
        if d:
            if zero and out:
                out += "零"
            out += DIGITS_CN[d] + u
            zero = False
        else:
            zero = True
    return out + "万元整"


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [10, 30, 50, 100, 200, 300, 500, 800, 1000, 1200, 2000, 5000, 3050, 150]))
    style = rng.random()
    if style < 0.45:
        return "人民币" + capital_cn(wan)
    if style < 0.8:
        return f"{wan}万元整"
    return f"{wan}.000000万人民币"


def authority(p: tuple, what: str) -> str:
    """The authority of place p: 上海市浦东新区市场监督管理局, 金华市义乌市公安局 …"""
    if p[2]:
        return f"{p[2]}{p[3]}{what}" if what != "公安局" else (f"{p[2]}公安局{p[3]}分局" if p[3].endswith("区") else f"{p[3]}公安局")
    return f"{p[1]}{p[3]}{what}" if what != "公安局" else f"{p[1]}公安局{p[3]}分局"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"
