"""Values family J prints: people, places, companies, numbers with valid check characters.

Every list here was written for J (session 11) from what real documents print, not copied from
another family. Numbers follow the standards in /work/shared/reference/domain.md: GB 11643 (ID
check digit, validity by age), GB 32100 (USCC check character) and GB 11714 (the organisation
code inside a USCC, with its own check character).
"""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (county code, province, city, district, the 公安 authority that issues its cards, licence abbreviation)
REGIONS = [
    ("320506", "江苏省", "苏州市", "吴中区", "苏州市公安局吴中分局", "苏"),
    ("330110", "浙江省", "杭州市", "余杭区", "杭州市公安局余杭区分局", "浙"),
    ("350206", "福建省", "厦门市", "湖里区", "厦门市公安局湖里分局", "闽"),
    ("370212", "山东省", "青岛市", "崂山区", "青岛市公安局崂山分局", "鲁"),
    ("410104", "河南省", "郑州市", "管城回族区", "郑州市公安局管城分局", "豫"),
    ("420111", "湖北省", "武汉市", "洪山区", "武汉市公安局洪山区分局", "鄂"),
    ("430111", "湖南省", "长沙市", "雨花区", "长沙市公安局雨花分局", "湘"),
    ("440306", "广东省", "深圳市", "宝安区", "深圳市公安局宝安分局", "粤"),
    ("450107", "广西壮族自治区", "南宁市", "西乡塘区", "南宁市公安局西乡塘分局", "桂"),
    ("510116", "四川省", "成都市", "双流区", "成都市公安局双流区分局", "川"),
    ("520111", "贵州省", "贵阳市", "花溪区", "贵阳市公安局花溪分局", "黔"),
    ("530112", "云南省", "昆明市", "西山区", "昆明市公安局西山分局", "滇"),
    ("610116", "陕西省", "西安市", "长安区", "西安市公安局长安分局", "陕"),
    ("620105", "甘肃省", "兰州市", "安宁区", "兰州市公安局安宁分局", "甘"),
    ("650104", "新疆维吾尔自治区", "乌鲁木齐市", "新市区", "乌鲁木齐市公安局新市区分局", "新"),
    ("652301", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", "昌吉市公安局", "新"),
    ("150105", "内蒙古自治区", "呼和浩特市", "赛罕区", "呼和浩特市公安局赛罕区分局", "蒙"),
    ("210106", "辽宁省", "沈阳市", "铁西区", "沈阳市公安局铁西分局", "辽"),
    ("230109", "黑龙江省", "哈尔滨市", "松北区", "哈尔滨市公安局松北分局", "黑"),
    ("340111", "安徽省", "合肥市", "包河区", "合肥市公安局包河分局", "皖"),
    ("360111", "江西省", "南昌市", "青山湖区", "南昌市公安局青山湖分局", "赣"),
    ("130108", "河北省", "石家庄市", "裕华区", "石家庄市公安局裕华分局", "冀"),
    ("140107", "山西省", "太原市", "杏花岭区", "太原市公安局杏花岭分局", "晋"),
    ("460108", "海南省", "海口市", "美兰区", "海口市公安局美兰分局", "琼"),
    ("500112", "重庆市", "", "渝北区", "重庆市公安局渝北区分局", "渝"),
    ("310112", "上海市", "", "闵行区", "上海市公安局闵行分局", "沪"),
    ("120116", "天津市", "", "滨海新区", "天津市公安局滨海分局", "津"),
]

ROADS = ["长乐路", "东湖路", "丰收路", "桂香街", "云杉路", "华府大道", "兴业路", "迎宾大道", "枫林路",
         "金桥路", "锦绣大道", "太湖东路", "银杏路", "学府路", "文昌街", "友谊北路", "瑞丰路", "青年路",
         "宝源路", "碧波路", "宏图大道", "南湖西路", "凤凰山路", "白沙路", "湘江中路", "天池路"]
TOWNS = ["城关镇", "新华街道", "东沙街道", "长桥街道", "龙泉镇", "石桥镇", "北苑街道", "花园乡"]
VILLAGES = ["杨柳村", "前进村", "红旗村", "大坪村", "曹家湾村", "沙河村", "小王庄村"]
ESTATES = ["紫荆苑", "金色家园", "和平里小区", "锦江花园", "翠湖新村", "阳光城", "梧桐雅居", "万象公寓"]
BUILDINGS = ["科创大厦", "创业园", "国际广场", "商务中心", "产业园", "时代大厦"]

SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田萧潘袁蔡蒋余于杜叶程魏苏吕丁任卢"
                "姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔")
GIVEN = list("子涵浩宇欣怡梓轩一诺雨桐俊杰思远佳琪明轩晓东海燕建国丽娟志强秀英桂兰德华春梅永刚淑珍红霞文博"
             "若曦嘉懿沐阳锦程昊然芷若奕辰书瑶清扬振华玉凤晨阳立新雅婷昕冉")
# Names as the cards of some 民族 print them, with the nation each goes with.
MINORITY = [("阿依古丽·吐尔逊", "维吾尔", "女"), ("买买提·艾力", "维吾尔", "男"), ("努尔兰·别克", "哈萨克", "男"),
            ("古丽米拉·加那提", "哈萨克", "女"), ("阿力木江·托合提", "柯尔克孜", "男"), ("热依拉·巴图", "柯尔克孜", "女"),
            ("乌拉尔·沙比尔", "乌孜别克", "男"), ("扎西顿珠", "藏", "男"), ("央金卓玛", "藏", "女"),
            ("巴特尔", "蒙古", "男"), ("其其格", "蒙古", "女"), ("韦秀兰", "壮", "女"), ("吴金花", "苗", "女"),
            ("马海军", "回", "男"), ("金哲浩", "朝鲜", "男"), ("哈斯塔娜", "达斡尔", "女"), ("那木汗", "鄂温克", "男")]

TRADE_WORDS = ["瑞丰", "禾润", "启明", "正泰", "嘉和", "恒远", "凯盛", "云帆", "德润", "汇川", "博雅", "青禾", "鼎新",
               "臻品", "泓澄", "信达", "朗峰", "悦享", "晨曦", "百川", "铭扬", "知行", "华岳", "锦鲤"]
INDUSTRIES = [("信息技术", "软件开发；信息系统集成服务；信息技术咨询服务；数据处理和存储支持服务；计算机软硬件及辅助设备零售"),
              ("商贸", "日用百货销售；五金产品批发；建筑材料销售；家用电器销售；针纺织品销售；办公用品销售"),
              ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；农副产品销售"),
              ("建筑工程", "建设工程施工；住宅室内装饰装修；园林绿化工程施工；建筑劳务分包；金属门窗工程施工"),
              ("物流", "普通货物仓储服务；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
              ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄像及视频制作服务"),
              ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；医疗设备租赁；消毒剂销售（不含危险化学品）"),
              ("农业科技", "蔬菜种植；水果种植；农业专业及辅助性活动；农作物病虫害防治服务；初级农产品收购"),
              ("酒店管理", "住宿服务；酒店管理；洗染服务；停车场服务；会议及展览服务"),
              ("美容美发", "生活美容服务；理发服务；化妆品零售；个人卫生用品销售")]
SCOPE_TAIL = ["（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
              "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]
COMPANY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（非自然人投资或控股的法人独资）",
                 "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台投资、非独资）"]
CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
HEALTH_ITEMS = ["住宿", "沐浴", "美容", "美发", "游泳场（馆）", "歌舞厅", "商场（店）", "展览馆", "候车室", "书店", "影剧院"]
HEALTH_KINDS = [("宾馆", ["住宿"]), ("酒店", ["住宿", "游泳场（馆）"]), ("浴场", ["沐浴"]),
                ("美容美发店", ["美容", "美发"]), ("理发店", ["美发"]), ("游泳馆", ["游泳场（馆）"]),
                ("KTV", ["歌舞厅"]), ("购物中心", ["商场（店）"]), ("书城", ["书店"]), ("影城", ["影剧院"])]
FOOD_FORMS = [("餐饮服务经营者（小型餐馆）", ["热食类食品制售", "冷食类食品制售"]),
              ("餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售", "生食类食品制售"]),
              ("餐饮服务经营者（饮品店）", ["自制饮品制售", "冷食类食品制售"]),
              ("餐饮服务经营者（糕点店）", ["糕点类食品制售（不含裱花蛋糕）", "自制饮品制售"]),
              ("食品销售经营者（便利店）", ["散装食品销售（不含散装熟食）", "预包装食品（含冷藏冷冻食品）销售"]),
              ("食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含散装熟食）销售", "特殊食品销售（保健食品、婴幼儿配方乳粉）"]),
              ("单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售"]),
              ("单位食堂（机关企事业单位食堂）", ["热食类食品制售"])]
FOOD_SHOPS = {"餐馆": "餐饮服务经营者", "饮品店": "饮品店", "烘焙坊": "糕点店", "便利店": "便利店", "超市": "超市"}


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def org_code(rng: random.Random) -> str:
    """A GB 11714 organisation code (8 body characters and its check character)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice(alphabet[:10] if i < 2 else alphabet) for i in range(8))
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # noqa: E731 (A=10 … Z=35)
    c = 11 - sum(val(ch) * w for ch, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: random.Random, region: str, head: str = "91") -> str:
    s17 = head + region + org_code(rng)
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC_CHARS[(31 - total % 31) % 31]


def add_years(d: dt.date, n: int) -> dt.date:
    return d.replace(year=d.year + n)


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
    return d.replace(day=min(d.day, 28))


def person(rng: random.Random, minority: bool = False) -> dict:
    """A card holder: name, sex, nation, birth date, home address, ID number, issuing authority and
    validity (5/10/20 years or 长期 by the age on the first day, GB 11643 check digit)."""
    region = rng.choice(REGIONS)
    if minority:
        name, nation, sex = rng.choice(MINORITY)
    else:
        sex = rng.choice("男女")
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        nation = "汉"
    birth = rand_date(rng, dt.date(1950, 1, 1), dt.date(2012, 12, 28))
    seq = rng.randrange(0, 50) * 2 + (1 if sex == "男" else 0)
    s17 = f"{region[0]}{birth:%Y%m%d}{rng.randrange(0, 10)}{seq:02d}"
    id_no = s17 + id_check(s17)
    lo = max(add_years(birth, 5 if birth.year > 2000 else 16), dt.date(2005, 1, 1))
    start = rand_date(rng, lo, dt.date(2025, 10, 28))
    age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    end = "长期" if years == 0 else add_years(start, years).isoformat()
    return {"name": name, "sex": sex, "nation": nation, "birth": birth, "id_number": id_no,
            "address": home_address(rng, region), "authority": region[4], "valid_from": start.isoformat(),
            "valid_to": end, "region": region}


def home_address(rng: random.Random, region: tuple) -> str:
    _, prov, city, dist = region[:4]
    head = prov + city + dist
    r = rng.random()
    if r < 0.3:
        return head + rng.choice(TOWNS) + rng.choice(VILLAGES) + f"{rng.randrange(1, 12)}组{rng.randrange(1, 90)}号"
    if r < 0.75:
        return (head + rng.choice(ROADS) + f"{rng.randrange(1, 999)}号" + rng.choice(ESTATES)
                + f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}0{rng.randrange(1, 5)}室")
    return head + rng.choice(ROADS) + f"{rng.randrange(1, 300)}弄{rng.randrange(1, 60)}号{rng.randrange(101, 1802)}室"


def biz_address(rng: random.Random, region: tuple) -> str:
    _, prov, city, dist = region[:4]
    tail = rng.choice([f"{rng.randrange(1, 9)}幢{rng.randrange(1, 20)}层{rng.randrange(1, 30):02d}室",
                       f"{rng.choice(BUILDINGS)}{rng.choice('ABCD')}座{rng.randrange(2, 28)}0{rng.randrange(1, 9)}室",
                       f"{rng.randrange(1, 3)}楼商铺", ""])
    return prov + city + dist + rng.choice(ROADS) + f"{rng.randrange(1, 1500)}号" + tail


def capital(rng: random.Random) -> str:
    wan = rng.choice([10, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000])
    style = rng.random()
    if style < 0.4:
        return f"{wan}万元人民币"
    if style < 0.7:
        return f"人民币{upper_wan(wan)}万元整"
    return f"{upper_wan(wan)}万元整"


def upper_wan(n: int) -> str:
    """Financial numerals for 10 … 9999 (万): 伍佰, 壹仟, 贰仟, 叁拾."""
    out, units = "", [(1000, "仟"), (100, "佰"), (10, "拾")]
    for v, u in units:
        q = n // v % 10
        if q:
            out += CAPITAL_DIGITS[q] + u
    if n % 10:
        out += CAPITAL_DIGITS[n % 10]
    return out


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
