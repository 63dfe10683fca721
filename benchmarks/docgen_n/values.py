"""Family N's own vocabularies and numbers: people, places, firms, scopes and the check characters
of GB 11643 (ID numbers) and GB 32100 (unified social credit codes), written for this family from
the standards in /work/shared/reference/ (no other generator was read)."""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (county code, address prefix as an ID card prints it, 公安 issuing authority, market regulator,
#  health-licence prefix, province abbreviation)
REGIONS = [
    ("520102", "贵州省贵阳市南明区", "贵阳市公安局南明分局", "贵阳市南明区市场监督管理局", "黔卫公证字", "黔"),
    ("460106", "海南省海口市龙华区", "海口市公安局龙华分局", "海口市龙华区市场监督管理局", "琼卫公证字", "琼"),
    ("620102", "甘肃省兰州市城关区", "兰州市公安局城关分局", "兰州市城关区市场监督管理局", "甘卫公证字", "甘"),
    ("640104", "宁夏回族自治区银川市兴庆区", "银川市公安局兴庆区分局", "银川市兴庆区市场监督管理局", "宁卫公证字", "宁"),
    ("530102", "云南省昆明市五华区", "昆明市公安局五华分局", "昆明市五华区市场监督管理局", "滇卫公证字", "滇"),
    ("360102", "江西省南昌市东湖区", "南昌市公安局东湖分局", "南昌市东湖区市场监督管理局", "赣卫公证字", "赣"),
    ("340104", "安徽省合肥市蜀山区", "合肥市公安局蜀山分局", "合肥市蜀山区市场监督管理局", "皖卫公证字", "皖"),
    ("150102", "内蒙古自治区呼和浩特市新城区", "呼和浩特市公安局新城区分局", "呼和浩特市新城区市场监督管理局", "内卫公证字", "内"),
    ("370212", "山东省青岛市崂山区", "青岛市公安局崂山分局", "青岛市崂山区市场监督管理局", "鲁卫公证字", "鲁"),
    ("210106", "辽宁省沈阳市铁西区", "沈阳市公安局铁西分局", "沈阳市铁西区市场监督管理局", "辽卫公证字", "辽"),
]
STREETS = ["观水路", "都司路", "滨海大道", "金盘路", "张掖路", "庆春路", "北京东路", "永康路", "望江西路",
           "新华大街", "香港中路", "松山路", "兴华南街", "青年路", "南京中路", "翠湖南路", "阳明路", "海秀东路"]
ESTATES = ["花果园", "万科城", "金域蓝湾", "鸿基大厦", "国际金融中心", "时代广场", "中天会展城", "绿地中心",
           "世纪城", "丽景苑", "融创壹号院", "颐和家园"]
VILLAGES = ["大寨村", "新坝村", "杨柳村", "石门村", "红旗村", "小河村"]
TOWNS = ["花溪镇", "永乐乡", "龙泉镇", "三江镇", "新店镇"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("子涵浩然梓轩思远雨桐欣怡宇航嘉怡佳琪俊杰志强秀英桂兰建华国庆海燕丽娟文博晨曦若汐一诺明轩婉清静怡立新德胜春梅玉兰振国红霞永刚晓东凤英淑珍天佑书瑶")
RARE_NAMES = ["王䶮", "李喆", "陈堃", "周昇", "赵犇", "刘祎", "黄赟", "张珺喆", "孙䶮文"]
NATIONS = ["汉"] * 10 + ["苗", "布依", "回", "彝", "蒙古", "满", "侗", "壮", "土家", "白"]

COMPANY_CORES = ["黔云", "椰城", "陇原", "塞上", "滇池", "洪都", "庐州", "青城", "琴岛", "盛京", "山海", "嘉禾",
                 "华信", "云帆", "恒泰", "博远", "瑞丰", "禾润", "星桥", "金穗"]
TRADES = [("科技", "信息技术咨询服务；软件开发；计算机系统服务；数据处理服务；信息系统集成服务"),
          ("餐饮管理", "餐饮服务；餐饮管理；食品销售；酒类经营；外卖递送服务"),
          ("商贸", "日用百货销售；五金产品零售；服装服饰批发；建筑材料销售；家用电器销售"),
          ("物业服务", "物业管理；停车场服务；家政服务；园林绿化工程施工；城市绿化管理"),
          ("建筑工程", "建设工程施工；建筑劳务分包；住宅室内装饰装修；园林绿化工程施工；土石方工程施工"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；会议及展览服务；摄像及视频制作服务"),
          ("农业开发", "蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
          ("酒店管理", "住宿服务；酒店管理；洗浴服务；餐饮服务；会议及展览服务")]
LONG_NAMES = ["中建八局第一建设有限公司{city}分公司华润置地项目经理部", "中国建筑第八工程局有限公司第一建设分公司{city}轨道交通工程项目经理部",
              "{city}市城市建设投资集团有限公司第三城区基础设施工程管理分公司", "中国铁路物资股份有限公司{city}铁路货运站场物流配送分公司"]
BRACKET_NAMES = ["ABB（中国）有限公司{city}分公司", "3M中国有限公司{city}分公司", "TCL科技（{city}）有限公司",
                 "SGS通标标准技术服务（{city}）有限公司", "ZARA商业（{city}）有限公司", "H&M服饰（{city}）有限公司"]
FOREIGN_REPS = ["JOHN SMITH", "金·约翰逊", "MARIA GARCIA", "山田太郎", "DAVID LEE"]

HEALTH_KINDS = [("宾馆", "住宿"), ("游泳馆", "游泳场所"), ("沐浴中心", "沐浴"), ("美容美发店", "美容、美发"),
                ("KTV", "歌舞厅"), ("健身中心", "体育场所（健身房）"), ("酒店", "住宿、游泳、美容"),
                ("理发店", "理发"), ("影城", "影剧院")]
FOOD_FORMS = [("食品销售经营者（便利店）", "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售"),
              ("餐饮服务经营者（小型餐馆）", "热食类食品制售；冷食类食品制售（含生食类）"),
              ("餐饮服务经营者（饮品店）", "自制饮品制售（普通类）；预包装食品（不含冷藏冷冻食品）销售"),
              ("单位食堂（职工食堂）", "热食类食品制售"),
              ("食品销售经营者（超市）", "预包装食品（含冷藏冷冻食品）销售；散装食品（含熟食、含冷藏冷冻食品）销售；保健食品销售；特殊医学用途配方食品销售"),
              ("餐饮服务经营者（糕点店）", "糕点类食品制售（不含裱花蛋糕）；自制饮品制售（普通类）")]
CHINESE_NUM = "零壹贰叁肆伍陆柒捌玖"


def city_of(region: tuple) -> str:
    """The city in a county's address prefix (贵州省贵阳市南明区 -> 贵阳)."""
    s = region[1]
    for mark in ("自治区", "省"):
        if mark in s:
            s = s.split(mark, 1)[1]
            break
    return s.split("市", 1)[0]


def id_check(first17: str) -> str:
    """GB 11643 check character: weights 2^(17-i) mod 11, 1 - sum … mod 11."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    c = (1 - total) % 11
    return "X" if c == 10 else str(c)


def id_number(region: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def uscc(region: str, cat: str, rng: random.Random) -> str:
    """GB 32100: 登记管理部门 9 (market regulator), category, county, 9-character body, check."""
    body = "9" + cat + region + "".join(rng.choice(USCC_CHARS[:10] if i < 3 else USCC_CHARS) for i in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def person(rng: random.Random, rare: bool = False) -> str:
    if rare:
        return rng.choice(RARE_NAMES)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def street_address(rng: random.Random, region: tuple, long: bool = False) -> str:
    """A street address after the county, with the forms windows meet (A座1203室, B1-05, 自主申报)."""
    kind = rng.randrange(6)
    st = rng.choice(STREETS)
    no = rng.randrange(1, 399)
    if kind == 0:
        s = f"{st}{no}号{rng.choice(ESTATES)}{rng.choice('ABCD')}座{rng.randrange(3, 32)}{rng.randrange(1, 20):02d}室"
    elif kind == 1:
        s = f"{st}{no}号{rng.choice(ESTATES)}负一层B1-{rng.randrange(1, 40):02d}号商铺"
    elif kind == 2:
        s = f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randrange(1, 12)}组{rng.randrange(1, 90)}号"
    elif kind == 3:
        s = f"{st}{no}号{rng.choice(ESTATES)}{rng.randrange(1, 30)}栋{rng.randrange(1, 4)}单元{rng.randrange(2, 28)}{rng.randrange(1, 6):02d}号"
    elif kind == 4:
        s = f"{st}{no}号{rng.choice(ESTATES)}{rng.randrange(2, 25)}层{rng.randrange(1, 30):02d}号（自主申报）"
    else:
        s = f"{st}{no}-{rng.randrange(1, 9)}号{rng.choice(ESTATES)}{rng.randrange(1, 9)}楼（集群注册）"
    if long:
        s += f"{rng.randrange(1, 9)}号门"
    return s


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:               # 29 February
        return d.replace(year=d.year + n, day=28)


def id_term(birth: dt.date, issued: dt.date) -> str | int:
    """居民身份证法 第5条: under 16 five years, 16–25 ten, 26–45 twenty, 46 and over 长期."""
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    return 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else "长期"


def capital_text(rng: random.Random) -> str:
    wan = rng.choice([10, 30, 50, 100, 200, 500, 1000, 3000, 5000])
    if rng.random() < 0.5:
        return f"{wan}万元整" if rng.random() < 0.5 else f"人民币{wan}万元"
    digits = {10: "壹拾", 30: "叁拾", 50: "伍拾", 100: "壹佰", 200: "贰佰", 500: "伍佰", 1000: "壹仟",
              3000: "叁仟", 5000: "伍仟"}
    return f"人民币{digits[wan]}万元整"


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
