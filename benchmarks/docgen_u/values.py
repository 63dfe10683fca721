"""Family U's values: people, places, companies and licence numbers as a 综合受理 window meets them.
Written from the standards (GB 11643 ID numbers, GB 32100 credit codes, GB 11714 organisation codes) and
from what real licences print; every choice goes through the caller's numpy Generator so a seed fixes
the set."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# (province, short, city, district, 6-digit division code, street names, rural?)
PLACES = [
    ("上海市", "沪", "", "浦东新区", "310115", ["张杨路", "浦东南路", "世纪大道", "川沙路", "康桥路"]),
    ("上海市", "沪", "", "徐汇区", "310104", ["漕溪北路", "肇嘉浜路", "虹梅路", "龙华中路"]),
    ("北京市", "京", "", "朝阳区", "110105", ["朝阳北路", "建国路", "望京西路", "酒仙桥路"]),
    ("北京市", "京", "", "海淀区", "110108", ["中关村大街", "学院路", "西三环北路", "上地十街"]),
    ("广东省", "粤", "广州市", "天河区", "440106", ["天河路", "黄埔大道西", "中山大道", "体育西路"]),
    ("广东省", "粤", "深圳市", "南山区", "440305", ["科技南路", "南海大道", "沙河西路", "桃园路"]),
    ("浙江省", "浙", "杭州市", "西湖区", "330106", ["文三路", "天目山路", "古墩路", "西溪路"]),
    ("浙江省", "浙", "宁波市", "鄞州区", "330212", ["天童南路", "中山东路", "钱湖北路"]),
    ("江苏省", "苏", "南京市", "鼓楼区", "320106", ["中山北路", "湖南路", "虎踞路", "江东北路"]),
    ("江苏省", "苏", "苏州市", "吴中区", "320506", ["东吴北路", "宝带西路", "越溪街道吴中大道"]),
    ("四川省", "川", "成都市", "武侯区", "510107", ["人民南路四段", "科华北路", "武侯祠大街", "玉林北路"]),
    ("湖北省", "鄂", "武汉市", "洪山区", "420111", ["珞喻路", "雄楚大道", "南湖大道", "民族大道"]),
    ("河南省", "豫", "郑州市", "金水区", "410105", ["花园路", "经三路", "农业路", "文化路"]),
    ("山东省", "鲁", "济南市", "历下区", "370102", ["泉城路", "经十路", "解放路", "山大路"]),
    ("山东省", "鲁", "青岛市", "市南区", "370202", ["香港中路", "山东路", "闽江路"]),
    ("湖南省", "湘", "长沙市", "岳麓区", "430104", ["麓山南路", "枫林三路", "银盆南路"]),
    ("陕西省", "陕", "西安市", "雁塔区", "610113", ["小寨东路", "长安南路", "科技路", "含光路"]),
    ("福建省", "闽", "厦门市", "思明区", "350203", ["湖滨南路", "厦禾路", "莲前西路"]),
    ("云南省", "滇", "昆明市", "五华区", "530102", ["东风西路", "人民中路", "滇缅大道"]),
    ("黑龙江省", "黑", "哈尔滨市", "南岗区", "230103", ["西大直街", "红军街", "学府路"]),
    ("辽宁省", "辽", "沈阳市", "和平区", "210102", ["中华路", "南京北街", "三好街"]),
    ("重庆市", "渝", "", "渝北区", "500112", ["金开大道", "新南路", "龙山大道"]),
    ("安徽省", "皖", "合肥市", "蜀山区", "340104", ["长江西路", "潜山路", "黄山路"]),
    ("江西省", "赣", "南昌市", "东湖区", "360102", ["八一大道", "阳明路", "豫章路"]),
    ("广西壮族自治区", "桂", "南宁市", "青秀区", "450103", ["民族大道", "东葛路", "金湖路"]),
    ("新疆维吾尔自治区", "新", "乌鲁木齐市", "天山区", "650102", ["解放南路", "中山路", "新华北路"]),
    ("内蒙古自治区", "蒙", "呼和浩特市", "赛罕区", "150105", ["大学东街", "昭乌达路", "新华东街"]),
    ("贵州省", "黔", "贵阳市", "南明区", "520102", ["中华南路", "遵义路", "花果园大街"]),
    ("河北省", "冀", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街", "谈固南大街"]),
    ("吉林省", "吉", "长春市", "朝阳区", "220104", ["人民大街", "西安大路", "自由大路"]),
]
COUNTIES = [  # rural addresses: (province, city, county, code, towns)
    ("河南省", "周口市", "郸城县", "411625", ["宁平镇", "汲冢镇", "胡集乡"]),
    ("四川省", "南充市", "仪陇县", "511324", ["新政镇", "金城镇", "马鞍镇"]),
    ("安徽省", "阜阳市", "临泉县", "341221", ["城关街道", "杨桥镇", "瓦店镇"]),
    ("湖南省", "邵阳市", "隆回县", "430524", ["桃洪镇", "六都寨镇", "横板桥镇"]),
    ("山东省", "菏泽市", "曹县", "371721", ["庄寨镇", "韩集镇", "普连集镇"]),
    ("江西省", "赣州市", "于都县", "360731", ["贡江镇", "罗坳镇", "银坑镇"]),
    ("甘肃省", "天水市", "秦安县", "620522", ["兴国镇", "莲花镇", "郭嘉镇"]),
    ("广西壮族自治区", "玉林市", "博白县", "450923", ["博白镇", "水鸣镇", "沙河镇"]),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "东方", "令狐", "司徒", "尉迟", "夏侯", "公孙"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍建华文辉力红鹏飞志国庆春晓宇浩然欣怡子涵梓轩一诺雨泽思远嘉懿俊熙佳琪若曦博文雅婷晨阳天佑瑞雪振东海燕")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "侗", "瑶", "白", "哈萨克", "布依"]

ZIHAO = ["鑫源", "恒达", "华信", "博瑞", "众诚", "嘉禾", "天成", "优品", "宏图", "锦程", "润泽", "聚福", "金桥",
         "新思路", "蓝海", "卓越", "悦享", "瑞丰", "同创", "百川", "云帆", "青禾", "乐购", "万家", "正道", "启明星",
         "宜居", "东升", "海纳", "德润", "晨光", "汇通", "一品鲜", "安泰", "沃土", "知行"]
INDUSTRY = [  # (行业, general scope items, licensed scope items)
    ("科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机软硬件及辅助设备零售", "数据处理和存储支持服务"], ["第二类增值电信业务"]),
    ("信息技术", ["信息技术咨询服务", "软件开发", "网络技术服务", "物联网技术服务", "电子产品销售"], ["互联网信息服务"]),
    ("餐饮管理", ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "日用百货销售"], ["餐饮服务", "食品经营"]),
    ("商贸", ["日用百货销售", "五金产品零售", "服装服饰批发", "化妆品零售", "家用电器销售", "办公用品销售"], ["食品销售", "酒类经营"]),
    ("建筑工程", ["园林绿化工程施工", "建筑材料销售", "普通机械设备安装服务", "住宅水电安装维护服务"], ["建设工程施工", "住宅室内装饰装修"]),
    ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄影扩印服务"], ["广播电视节目制作经营", "出版物零售"]),
    ("物流", ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "供应链管理服务"], ["道路货物运输（不含危险货物）"]),
    ("医疗器械", ["第一类医疗器械销售", "第二类医疗器械销售", "医疗设备租赁", "消毒剂销售（不含危险化学品）"], ["第三类医疗器械经营"]),
    ("教育咨询", ["教育咨询服务（不含涉许可审批的教育培训活动）", "信息咨询服务（不含许可类信息咨询服务）", "组织文化艺术交流活动"], []),
    ("农业发展", ["谷物种植", "蔬菜种植", "农副产品销售", "农业机械服务", "林业产品销售"], ["农作物种子经营", "农药零售"]),
    ("酒店管理", ["酒店管理", "会议及展览服务", "停车场服务", "洗染服务"], ["住宿服务", "餐饮服务"]),
    ("美容美发", ["美发饰品销售", "化妆品零售", "养生保健服务（非医疗）"], ["生活美容服务", "理发服务"]),
]
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.07 else pick(rng, SURNAMES)
    n_given = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2 and rng.random() < 0.5:
        n_given = 1
    return sur + "".join(pick(rng, GIVEN) for _ in range(n_given))


def place(rng: np.random.Generator):
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng: np.random.Generator, p=None, rural: bool | None = None) -> tuple[str, str]:
    """(address, 6-digit division code). Urban: road + 号 + optional 号楼/单元/室 or 弄; rural: 镇 村 组."""
    if rural is None:
        rural = rng.random() < 0.2
    if rural:
        prov, city, county, code, towns = COUNTIES[int(rng.integers(len(COUNTIES)))]
        village = pick(rng, ["王庄", "李家", "新河", "杨树", "高桥", "东湾", "马岭", "石门"]) + "村"
        a = f"{prov}{city}{county}{pick(rng, towns)}{village}"
        a += f"{pick(rng, '一二三四五六七八九十')}组" if rng.random() < 0.5 else f"{int(rng.integers(1, 12))}组"
        if rng.random() < 0.6:
            a += f"{int(rng.integers(1, 99))}号"
        return a, code
    p = p or place(rng)
    prov, _, city, dist, code, roads = p
    a = prov + city + dist + pick(rng, roads)
    if prov == "上海市" and rng.random() < 0.5:
        a += f"{int(rng.integers(10, 1999))}弄{int(rng.integers(1, 40))}号{int(rng.integers(1, 30))}0{int(rng.integers(1, 6))}室"
    else:
        a += f"{int(rng.integers(1, 1800))}号"
        r = rng.random()
        if r < 0.35:
            a += f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}0{int(rng.integers(1, 5))}室"
        elif r < 0.55:
            a += f"{int(rng.integers(1, 28))}0{int(rng.integers(1, 9))}室"
        elif r < 0.65:
            a += f"{pick(rng, ['A', 'B', 'C'])}座{int(rng.integers(2, 30))}层"
    return a, code


def id_number(code: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    """GB 11643: division code, birth date, two sequence digits, a sex digit (odd for men), check."""
    body = f"{code}{birth:%Y%m%d}{int(rng.integers(0, 100)):02d}{int(rng.integers(0, 5)) * 2 + (1 if male else 0)}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def org_code(rng: np.random.Generator) -> str:
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(pick(rng, chars if i > 1 and rng.random() < 0.15 else "0123456789") for i in range(8))
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    c = 11 - sum(a * b for a, b in zip(vals, w, strict=False)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: np.random.Generator, prefix: str, code: str) -> str:
    body = prefix + code + org_code(rng)
    total = sum(ORG_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + ORG_CHARS[(31 - total % 31) % 31]


def cn_amount(n: int) -> str:
    """An integer (< 1 0000 0000) in financial capitals, as licences print 注册资本: 壹仟零伍拾."""
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    s = str(n)
    for i, ch in enumerate(s):
        pos = len(s) - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += CN_DIGITS[d] + units[pos % 4]
        if pos == 4:
            out += "万"
    return out or "零"


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1050, 2000, 5000, 12]))
    r = rng.random()
    if r < 0.4:
        return f"人民币{cn_amount(wan)}万元整"
    if r < 0.65:
        return f"{cn_amount(wan)}万元整"
    if r < 0.85:
        return f"{wan}万元整"
    return f"{wan}万元人民币"


def business_scope(rng: np.random.Generator, ind) -> str:
    _, gen, lic = ind
    k = int(rng.integers(2, len(gen) + 1))
    items = list(rng.permutation(gen))[:k]
    extra = [pick(rng, ["会议及展览服务", "企业管理咨询", "市场营销策划", "办公服务", "货物进出口", "技术进出口", "家政服务", "平面设计"]) for _ in range(int(rng.integers(0, 3)))]
    items += [e for e in extra if e not in items]
    s = "一般项目：" + "；".join(items) + "。" + GENERAL_TAIL
    if lic and rng.random() < 0.6:
        li = list(rng.permutation(lic))[: int(rng.integers(1, len(lic) + 1))]
        s += "许可项目：" + "；".join(li) + "。" + LICENSED_TAIL
    return s


def old_scope(rng: np.random.Generator, ind) -> str:
    """Pre-2021 scope text (one sentence, 【依法须经批准…】), still on many licences at the counter."""
    _, gen, lic = ind
    items = list(rng.permutation(gen + lic))[: int(rng.integers(2, len(gen) + len(lic) + 1))]
    return "、".join(items) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
