"""A 营业执照 正本 (landscape, two label columns) whose 经营范围's first row the detector boxed on into the
right-hand column: the justified `住　所` label stands level with that row, its 住 was read as the row's last
character and its 所 boxed alone (session 39, ajscope lane: AJ aj_057, a desk photo; aj_006, aj_024, aj_031,
aj_095 alike — `软件开发;住数据处理服务`, `仓储服住务`, `除依法住须经`, `技术交流、住技术转让`). A value of the
left column never runs past the left edge of the labels stacked in the column right of it; what the row's box
holds there is that column's (`layout.COLUMN_TAIL`). Without the rule the scope was pre-filled with the stray
住 (wrong). aj_057's lines as read (boxes in page pixels, the recogniser's character centres and its doubtful
characters), through the real extraction."""

from __future__ import annotations

from app.prefill import layout
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines

# (text, score, box, {character: (probability, runner-up, its probability)} below 0.99, character centres' x)
AJ_057 = [
    ('已核',0.998,(1503,214,1571,253),{},(1526,1552)),
    ('统一社会信用代码',1.0,(380,239,541,266),{},(396,413,435,453,471,493,511,529)),
    ('91330106547338005L',1.0,(383,277,652,304),{},(394,408,425,439,452,470,483,497,512,528,541,555,572,586,599,617,630,644)),
    ('营业执照',0.999,(907,355,1229,446),{},(960,1036,1112,1188)),
    ('扫描二维码登录',0.998,(1617,413,1704,433),{4:(0.988,'玛',0.012)},(1629,1638,1652,1662,1671,1685,1698)),
    ('名称',1.0,(389,531,491,563),{},(407,476)),
    ('杭州天成科技有限公司',1.0,(530,532,754,559),{},(546,568,591,609,631,653,676,698,721,743)),
    ('注册资本',1.0,(1079,529,1177,562),{},(1098,1120,1142,1163)),
    ('人民币伍拾万元整',0.997,(1218,531,1399,559),{4:(0.976,'抬',0.022)},(1234,1253,1277,1300,1319,1342,1366,1384)),
    ('类型',1.0,(389,591,490,624),{},(408,473)),
    ('有限责任公司（自然人投资或控股）',0.973,(530,591,874,623),{6:(0.784,'(',0.216),15:(0.791,')',0.209)},(548,568,588,608,634,654,684,699,719,745,765,785,810,831,851,871)),
    ('成立日期',1.0,(1079,590,1176,621),{},(1097,1118,1140,1161)),
    ('2023年05月08日',1.0,(1216,591,1383,620),{},(1228,1237,1251,1265,1279,1298,1312,1326,1344,1354,1372)),
    ('法定代表人',1.0,(392,654,510,683),{},(408,427,450,473,492)),
    ('汤嘉',0.998,(525,653,580,683),{},(548,568)),
    ('营业期限',1.0,(1079,650,1176,682),{},(1097,1118,1140,1161)),
    ('2023年05月08日至长期',1.0,(1215,650,1452,681),{},(1227,1241,1250,1264,1278,1297,1311,1325,1344,1358,1372,1395,1419,1437)),
    ('经营范围',1.0,(390,714,489,746),{},(408,429,450,471)),
    ('一般项目：计算机系统服务；信息技术咨询服务；软件开发；住',0.98,(529,715,1111,743),{4:(0.829,':',0.171),12:(0.92,';',0.08),21:(0.934,';',0.066),26:(0.755,';',0.245)},(540,563,580,603,621,643,665,683,706,728,750,768,786,813,831,853,875,893,916,938,956,974,996,1019,1041,1059,1077,1095)),
    ('所',1.0,(1144,713,1176,742),{},(1161,)),
    ('浙江省杭州市西湖区古墩路852号16幢4单',1.0,(1214,715,1679,743),{},(1230,1256,1283,1310,1337,1363,1390,1417,1444,1475,1497,1524,1544,1555,1568,1586,1604,1613,1631,1649,1666)),
    ('数据处理服务；技术服务、技术开发、技术咨询、技术交流、技',1.0,(528,748,1078,773),{},(542,561,581,600,619,639,658,678,697,717,740,756,775,794,814,833,849,872,892,911,934,950,969,989,1012,1032,1047,1067)),
    ('元2701室',1.0,(1214,749,1315,777),{},(1230,1249,1258,1272,1282,1300)),
    ('术转让、技术推广。（除依法须经批准的项目外，凭营业执照依',0.983,(528,776,1079,804),{9:(0.527,'(',0.473)},(544,562,579,597,620,638,660,678,696,714,727,749,767,790,807,825,848,866,888,910,928,942,968,986,1009,1027,1049,1067)),
    ('法自主开展经营活动)',0.94,(527,808,723,836),{9:(0.887,'）',0.112)},(543,561,583,601,623,641,664,682,702,718)),
    ('复印件与原件一致',1.0,(547,974,766,1004),{},(559,588,618,642,671,696,720,749)),
    ('登记',1.0,(1370,970,1431,1000),{},(1387,1407)),
    ('廖英',1.0,(587,1015,665,1060),{},(613,642)),
    ('2026.9.25',1.0,(761,1027,874,1059),{},(774,785,800,811,821,832,842,853,863)),
    ('2024年10月1',1.0,(1415,1047,1601,1075),{},(1425,1437,1448,1459,1482,1504,1516,1538,1561)),
    ('国家企业信用信息公示系统网址：http://www.gsxt.gov.cn',0.974,(866,1138,1274,1162),{14:(0.944,':',0.055)},(876,891,907,922,938,953,969,984,1000,1015,1031,1046,1062,1078,1089,1105,1112,1120,1126,1132,1138,1147,1151,1163,1178,1186,1194,1202,1210,1213,1221,1229,1237,1244,1252,1256,1264)),
    ('市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。',0.999,(798,1167,1332,1190),{},(811,822,837,850,863,878,889,904,919,930,937,948,959,974,982,993,1004,1011,1022,1034,1048,1063,1074,1089,1104,1115,1130,1145,1156,1171,1182,1197,1212,1223,1238,1252,1264,1278,1293,1304,1319,1330)),
    ('国家市场监督管理总局监制',0.999,(1574,1168,1718,1187),{},(1582,1594,1607,1618,1629,1641,1654,1663,1676,1689,1698,1711)),
]
SCOPE = ("一般项目:计算机系统服务;信息技术咨询服务;软件开发;数据处理服务;技术服务、技术开发、技术咨询、技术交流、"
         "技术转让、技术推广。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)")
ROW = "一般项目：计算机系统服务；信息技术咨询服务；软件开发；"


def _line(text: str, score: float, box: tuple, low: dict, xs: tuple) -> TextLine:
    x1, y1, x2, y2 = box
    chars = tuple(low.get(i, (0.999, "", 0.0)) for i in range(len(text)))
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, chars,
                    tuple((x - x1) / (x2 - x1) for x in xs))


def _scope(rows: list[tuple] = AJ_057) -> object:
    return extract(to_lines([_line(*r) for r in rows])).fields["business_scope"]


def test_a_scope_row_boxed_into_the_label_column_loses_the_labels_character(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(layout, "COLUMN_TAIL", 0.25)  # (landed off: the rule as it would run)
    f = _scope()
    assert f.value == SCOPE and not f.flagged, (f.value, f.note)
    monkeypatch.setattr(layout, "COLUMN_TAIL", 0.0)  # as before: the stray 住 inside the scope (wrong)
    assert "开发;住数据" in _scope().value


def _first_row(text: str, xs: tuple, x2: float = 1111) -> list[tuple]:
    return [(text, r[1], (*r[2][:2], x2, r[2][3]), {}, xs) if r[0].startswith(ROW) else r for r in AJ_057]


def test_a_row_whose_last_mark_stands_at_the_columns_edge_is_kept_whole(monkeypatch) -> None:  # noqa: ANN001
    # the row boxed without the label's character, its last `；` placed 2 px past the column's edge (x 1079),
    # as the recogniser places a mark off its cell's centre: nothing is cut
    monkeypatch.setattr(layout, "COLUMN_TAIL", 0.25)
    row = next(r for r in AJ_057 if r[0].startswith(ROW))
    f = _scope(_first_row(ROW, (*row[4][:len(ROW) - 1], 1081), 1090))
    assert f.value == SCOPE and not f.flagged, (f.value, f.note)


def test_a_tail_past_the_column_that_heads_no_label_leaves_the_scope_blank(monkeypatch) -> None:  # noqa: ANN001
    # other print boxed there (a seal's character): cut off, and the row is doubtful — not pre-filled
    monkeypatch.setattr(layout, "COLUMN_TAIL", 0.25)
    row = next(r for r in AJ_057 if r[0].startswith(ROW))
    f = _scope(_first_row(ROW + "章", row[4]))
    assert f.flagged and "章" not in (f.value or ""), (f.value, f.note)
