"""Realistic values for family ZW: names, ID numbers (GB 11643), USCCs (GB 32100), addresses, scopes,
licence numbers, dates. Everything drawn from a `random.Random` the caller seeds."""

from __future__ import annotations

import datetime as dt
import random

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽浩宇轩子涵博文俊熙志鹏思远建国海波永刚德华国庆晨阳天佑嘉怡雨桐梓萱一诺"
WIDE_SURNAMES = ["欧阳", "司马", "上官", "诸葛"]
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "土家", "苗", "朝鲜", "彝", "布依", "侗", "瑶"]

REGIONS = [  # (code, province, city, district, authority, prefix for 卫公字)
    ("310115", "上海市", "", "浦东新区", "上海市公安局浦东分局", "沪"),
    ("310104", "上海市", "", "徐汇区", "上海市公安局徐汇分局", "沪"),
    ("110105", "北京市", "", "朝阳区", "北京市公安局朝阳分局", "京"),
    ("110108", "北京市", "", "海淀区", "北京市公安局海淀分局", "京"),
    ("440305", "广东省", "深圳市", "南山区", "深圳市公安局南山分局", "粤"),
    ("440106", "广东省", "广州市", "天河区", "广州市公安局天河分局", "粤"),
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖分局", "浙"),
    ("320508", "江苏省", "苏州市", "姑苏区", "苏州市公安局姑苏分局", "苏"),
    ("420106", "湖北省", "武汉市", "武昌区", "武汉市公安局武昌分局", "鄂"),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局", "川"),
    ("370203", "山东省", "青岛市", "市北区", "青岛市公安局市北分局", "鲁"),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局", "陕"),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局", "湘"),
    ("350203", "福建省", "厦门市", "思明区", "厦门市公安局思明分局", "闽"),
    ("500103", "重庆市", "", "渝中区", "重庆市公安局渝中区分局", "渝"),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局", "豫"),
]
ROADS = ["人民路", "建设路", "解放路", "中山路", "和平路", "长江路", "黄河路", "新华路", "光明路", "文化路", "世纪大道",
         "学府路", "科技园路", "滨江大道", "东风路", "育才路", "青年路", "工业园路", "金桥路", "望江路", "春申路", "迎宾大道"]
VILLAGES = ["幸福里", "阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "碧水湾", "星河湾", "御景苑", "东方明珠小区", "银杏小区"]
TOWNS = ["花木街道", "张江镇", "川沙新镇", "南京东路街道", "三里屯街道", "中关村街道", "粤海街道", "石牌街道", "西溪街道", "沙河口街道"]
BRANDS = ["鑫源", "恒达", "华盛", "瑞丰", "金鼎", "宏图", "汇通", "永信", "博远", "聚福", "天成", "佳禾", "明德", "润泽", "安平",
          "盛世", "嘉和", "益民", "百川", "康宁", "锦程", "星辰", "海纳", "绿源", "乐享", "知味", "一品", "悦来", "万家", "新禾"]
TRADES = [("科技", "技术开发、技术咨询、技术服务；软件开发；计算机系统服务；信息系统集成服务；数据处理服务"),
          ("贸易", "日用百货销售；五金产品零售；服装服饰批发；化妆品零售；办公用品销售；电子产品销售；针纺织品销售"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；企业管理咨询；会议及展览服务"),
          ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；平面设计；会议及展览服务；摄影扩印服务"),
          ("物业管理", "物业管理；停车场服务；家政服务；专业保洁、清洗、消毒服务；城市绿化管理"),
          ("酒店管理", "住宿服务；酒店管理；餐饮服务；洗浴服务；健身休闲活动；停车场服务"),
          ("商贸", "食品销售；食用农产品零售；日用品批发；家用电器销售；厨具卫具及日用杂品零售")]
CAPITALS = ["10万元人民币", "50万元人民币", "100万元人民币", "200万元人民币", "500万元人民币", "1000万元人民币",
            "人民币伍拾万元整", "人民币壹佰万元整", "人民币叁佰万元整", "300万元整", "88.8万元人民币"]
ENTITY = ["有限责任公司(自然人独资)", "有限责任公司(自然人投资或控股)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)",
          "有限责任公司(非自然人投资或控股的法人独资)"]
PH_ITEMS = ["住宿", "沐浴", "美发", "美容", "住宿、沐浴", "美容、美发", "游泳", "文化娱乐场所（歌舞厅）", "商场（店）", "沐浴、美容",
            "候车室", "展览馆", "公共浴室", "理发店、美容店"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（职工食堂）", "餐饮服务经营者（饮品店）", "食品销售经营者（食杂店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售（不含自酿酒）", "糕点类食品（含裱花蛋糕）制售", "保健食品销售", "婴幼儿配方乳粉销售", "生食类食品制售"]


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def person_name(r: random.Random) -> str:
    s = pick(r, WIDE_SURNAMES) if r.random() < 0.05 else pick(r, SURNAMES)
    return s + "".join(pick(r, GIVEN) for _ in range(1 if r.random() < 0.3 else 2))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(r: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = r.randrange(0, 50) * 2 + (1 if sex == "男" else 0)
    s17 = f"{region}{birth:%Y%m%d}{r.randrange(0, 10)}{seq:02d}"
    return s17 + id_check(s17)


def uscc(r: random.Random, region: str, kind: str = "91") -> str:
    body = "".join(pick(r, USCC) for _ in range(9))
    s17 = kind + region + body
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange((b - a).days))


def iso(d: dt.date) -> str:
    return d.isoformat()


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def address(r: random.Random, reg, long: bool = False) -> str:
    _, prov, city, dist, *_ = reg
    head = prov + city + dist
    if r.random() < 0.5:
        tail = f"{pick(r, ROADS)}{r.randrange(1, 2000)}号"
        if r.random() < 0.6:
            tail += f"{r.randrange(1, 30)}幢{r.randrange(1, 28)}{r.randrange(1, 9):02d}室"
    else:
        tail = f"{pick(r, TOWNS)}{pick(r, VILLAGES)}{r.randrange(1, 40)}号楼{r.randrange(1, 6)}单元{r.randrange(1, 30)}{r.randrange(1, 5):02d}室"
    if long:
        tail = f"{pick(r, ROADS)}{r.randrange(1, 3000)}弄{r.randrange(1, 200)}号{r.randrange(1, 20)}层{r.randrange(1, 30):02d}室（集中登记地）"
    return head + tail


def person(r: random.Random, reg=None) -> dict:
    reg = reg or pick(r, REGIONS)
    sex = "男" if r.random() < 0.5 else "女"
    birth = date_between(r, dt.date(1950, 1, 1), dt.date(2006, 12, 28))
    return {"name": person_name(r), "sex": sex, "nation": pick(r, NATIONS), "birth": birth,
            "id": id_number(r, reg[0], birth, sex), "address": address(r, reg, long=r.random() < 0.25), "region": reg}


def id_back(r: random.Random, reg=None) -> dict:
    reg = reg or pick(r, REGIONS)
    frm = date_between(r, dt.date(2008, 1, 1), dt.date(2025, 6, 1))
    n = pick(r, [5, 10, 20, 20, 0])
    return {"authority": reg[4], "from": frm, "to": None if n == 0 else add_years(frm, n)}


def company(r: random.Random, reg=None) -> dict:
    reg = reg or pick(r, REGIONS)
    trade, scope = pick(r, TRADES)
    city = reg[2] or reg[1]
    city = city.replace("市", "")
    brand = pick(r, BRANDS) + (pick(r, BRANDS) if r.random() < 0.3 else "")
    form = r.random()
    if form < 0.2:  # 个体工商户
        name = f"{reg[3]}{brand}{pick(r, ['小吃店', '便利店', '理发店', '副食店', '面馆', '五金店'])}"
        return {"name": name, "type": "个体工商户", "capital": "", "scope": scope.split("；")[0] + "；" + scope.split("；")[1],
                "region": reg, "individual": True, "branch": False, "valid_to": ""}
    branch = form < 0.3
    name = f"{city}{brand}{trade}有限公司" + (f"{reg[3].replace('区', '')}分公司" if branch else "")
    sc = scope
    if r.random() < 0.5:
        sc += "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    if r.random() < 0.3:
        sc = "一般项目：" + sc + ("" if sc.endswith("）") else "。") + ("许可项目：食品经营；第二类增值电信业务。" if r.random() < 0.5 else "")
    return {"name": name, "type": ("有限责任公司分公司(自然人投资或控股)" if branch else pick(r, ENTITY)),
            "capital": "" if branch else pick(r, CAPITALS), "scope": sc, "region": reg, "individual": False,
            "branch": branch, "valid_to": None}
