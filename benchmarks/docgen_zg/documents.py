"""Family ZG's documents as HTML + CSS paged media, the way a local office's web system prints them for
WeasyPrint: `@page` sizes (A3 landscape 正本, A4 portrait 副本, 85.6×54 mm cards), CSS grid/flex rows,
labels spread with `text-align-last: justify`, letter-spacing or full-width spaces, font-family stacks of
the system CJK faces, inline SVG seals, emblem, QR blocks and guilloche frames. Every value the truth
holds sits in a `<span data-f="key">` so its ink boxes can be read back from WeasyPrint's layout."""

from __future__ import annotations

import datetime as dt
import html as H
from dataclasses import dataclass, field

from . import svg
from . import values as V
from .values import pick

SONG = ["Noto Serif CJK SC", "AR PL UMing CN", "AR PL SungtiL GB", "BabelStone Han"]
HEI = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback"]
KAI = ["AR PL UKai CN", "LXGW WenKai", "AR PL KaitiM GB"]
MONO = ["DejaVu Sans Mono", "Liberation Mono", "Nimbus Mono PS"]
WIDE = {"song": "Noto Serif CJK SC", "hei": "Noto Sans CJK SC", "kai": "LXGW WenKai", "mono": "Noto Sans CJK SC"}


@dataclass
class Page:
    kind: str
    variant: str
    size_mm: tuple[float, float]
    html: str
    truth: dict[str, str]
    faces: list[str]                      # the primary face of every stack used (must be embedded)
    allowed: set[str]                     # every face any stack on the page may fall back to
    marks: list[str] = field(default_factory=list)


class Faces:
    """Per-document face stacks: a role picks a primary face of a class; its stack is that face, then the
    class's wide-coverage face. Records what the page must and may embed."""

    def __init__(self):
        self.primary: list[str] = []
        self.allowed: set[str] = set()

    def stack(self, face: str, cls: str) -> str:
        self.primary.append(face)
        self.allowed.update({face, WIDE[cls]})
        return f"'{face}', '{WIDE[cls]}'" if face != WIDE[cls] else f"'{face}'"

    def pick(self, rng, cls: str, pool: list[str] | None = None) -> tuple[str, str]:
        face = pick(rng, pool or {"song": SONG, "hei": HEI, "kai": KAI, "mono": MONO}[cls])
        return face, self.stack(face, cls)


def esc(s: str) -> str:
    return H.escape(s, quote=False)


def v(key: str, text: str, cls: str = "") -> str:
    return f'<span data-f="{key}" class="{cls}">{esc(text)}</span>'


def spaced(label: str, rng) -> str:
    """A short label spread the ways real licences do: full-width spaces or plain (CSS justifies)."""
    if len(label) == 2 and rng.random() < 0.5:
        return label[0] + "\u3000\u3000" + label[1]
    return label


def _doc(size: tuple[float, float], css: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><style>"
            f"@page {{ size: {size[0]}mm {size[1]}mm; margin: 0 }} html, body {{ margin:0; padding:0 }} "
            f"body {{ width:{size[0]}mm; height:{size[1]}mm; position:relative; overflow:hidden; background:#fff }} "
            f".bg {{ position:absolute; left:0; top:0 }} {css}</style></head><body>{body}</body></html>")


# ---------------------------------------------------------------- ID card

def id_card_front(rng) -> Page:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1948, 1, 1), dt.date(2007, 12, 31))
    name = V.person_name(rng)
    nation = pick(rng, V.NATIONS)
    idn = V.id_number(p[3], birth, male, rng)
    addr = V.street_address(rng, p)
    F = Faces()
    _, lab = F.pick(rng, "hei", ["Noto Sans CJK SC", "WenQuanYi Micro Hei"])
    _, val = F.pick(rng, "hei", HEI[:3])
    _, dig = F.pick(rng, "mono")
    W, Hh = 85.6, 54.0
    bg = svg.card_background(W, Hh, rng, (pick(rng, ["#dfe9f0", "#e6eef0", "#eaf0e6"]), pick(rng, ["#9fb9cc", "#a9c3b8", "#b7c2d6"])))
    css = (f".l {{ position:absolute; font-family:{lab}; font-size:5.6pt; color:#2f5f8a; }} "
           f".t {{ position:absolute; font-family:{val}; font-size:6.6pt; color:#111; line-height:1.32 }} "
           f".lt {{ display:inline-block; width:7.4mm; text-align-last:justify; font-family:{lab}; font-size:5.6pt; color:#2f5f8a; margin-right:2.2mm; vertical-align:top }} "
           f".addr {{ display:inline-block; width:40mm; vertical-align:top; letter-spacing:0.25pt }} "
           f".num {{ position:absolute; left:26mm; top:44.5mm; font-family:{dig}; font-size:8.7pt; letter-spacing:1.25pt; color:#111 }} "
           f".ph {{ position:absolute; left:58.5mm; top:7.5mm }}")
    body = (bg + f'<div class=ph>{svg.portrait(22.5, 28.5, rng)}</div>'
            f'<div class=t style="left:6mm;top:6.3mm"><span class=lt>姓名</span>{v("name", name)}</div>'
            f'<div class=t style="left:6mm;top:12.6mm"><span class=lt>性别</span>{v("sex", "男" if male else "女")}'
            f'<span class=lt style="margin-left:5mm">民族</span>{v("nation", nation)}</div>'
            f'<div class=t style="left:6mm;top:18.9mm"><span class=lt>出生</span><span data-f="birth_date">'
            f'{birth.year}<span class=lt style="width:auto;margin:0 1.6mm">年</span>{birth.month}'
            f'<span class=lt style="width:auto;margin:0 1.6mm">月</span>{birth.day}'
            f'<span class=lt style="width:auto;margin:0 0 0 1.6mm">日</span></span></div>'
            f'<div class=t style="left:6mm;top:25.2mm"><span class=lt>住址</span><span class=addr>{v("address", addr)}</span></div>'
            f'<div class=l style="left:6mm;top:45.3mm;font-size:5.8pt">公民身份号码</div>'
            f'<div class=num>{v("id_number", idn)}</div>')
    truth = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
             "address": addr, "id_number": idn}
    return Page("id_card_front", "card", (W, Hh), _doc((W, Hh), css, body), truth, F.primary, F.allowed)


def id_card_back(rng) -> Page:
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    start, end = V.id_validity(rng, birth)
    F = Faces()
    _, tit = F.pick(rng, "hei", ["Noto Sans CJK SC"])
    _, lab = F.pick(rng, "hei", ["Noto Sans CJK SC", "WenQuanYi Micro Hei"])
    _, val = F.pick(rng, "hei", HEI[:3])
    W, Hh = 85.6, 54.0
    bg = svg.card_background(W, Hh, rng, (pick(rng, ["#e4ecf2", "#ecf0e6"]), pick(rng, ["#9fb9cc", "#b6c7a8"])))
    auth = p[4]
    sep = "-"
    valid = f"{start:%Y.%m.%d}{sep}{end:%Y.%m.%d}" if end else f"{start:%Y.%m.%d}{sep}长期"
    css = (f".tt {{ position:absolute; font-family:{tit}; color:#111 }} "
           f".t {{ position:absolute; font-family:{val}; font-size:6.6pt; color:#111 }} "
           f".lt {{ display:inline-block; width:12mm; text-align-last:justify; font-family:{lab}; font-size:5.8pt; color:#2f5f8a; margin-right:2.5mm }}")
    body = (bg + f'<div style="position:absolute;left:5mm;top:4.5mm">{svg.emblem(16)}</div>'
            f'<div class=tt style="left:27mm;top:7.5mm;font-size:10.5pt;letter-spacing:3.4pt;font-weight:bold">中华人民共和国</div>'
            f'<div class=tt style="left:27mm;top:16mm;font-size:15pt;letter-spacing:5.5pt;font-weight:900">居民身份证</div>'
            f'<div class=t style="left:16mm;top:38mm"><span class=lt>签发机关</span>{v("issuing_authority", auth)}</div>'
            f'<div class=t style="left:16mm;top:44.5mm"><span class=lt>有效期限</span>'
            f'<span data-f="valid_from">{start:%Y.%m.%d}</span>{sep}<span data-f="valid_to">{f"{end:%Y.%m.%d}" if end else "长期"}</span></div>')
    truth = {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end.isoformat() if end else "长期"}
    page = Page("id_card_back", "card", (W, Hh), _doc((W, Hh), css, body), truth, F.primary, F.allowed)
    page.variant = "card-" + ("long" if not end else "dated")
    del valid
    return page


# ---------------------------------------------------------------- business licence (2019 template)

def _entity(rng, form: str):
    p = V.place(rng)
    trade = pick(rng, V.TRADE_NAMES)
    ind, sector = V.INDUSTRIES[int(rng.integers(len(V.INDUSTRIES)))]
    region = pick(rng, [p[1] or p[0], p[2], p[0] + p[2]]) if p[1] else pick(rng, [p[0], p[0] + p[2]])
    region = region.replace("省", "").replace("壮族自治区", "").replace("维吾尔自治区", "").replace("回族自治区", "") \
        if rng.random() < 0.15 else region
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
    person = V.person_name(rng)
    scope = V.scope_text(rng, sector)
    addr = V.street_address(rng, p)
    if form == "company":
        name = f"{region}{trade}{ind}有限公司"
        etype = pick(rng, ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                           "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司（非上市、自然人投资或控股）"])
        if "股份" in etype:
            name = f"{region}{trade}{ind}股份有限公司"
        cap = V.capital_text(rng)
        code = V.uscc(rng, "91", p[3])
        term = pick(rng, ["long", "long", "dated"])
        labels = ("法定代表人", "住所", "注册资本", "营业期限")
    elif form == "branch":
        parent = f"{pick(rng, V.PLACES)[1] or p[0]}{trade}{ind}有限公司"
        name = f"{parent}{p[2]}分公司" if rng.random() < 0.6 else f"{parent}{pick(rng, V.ESTATES)}分公司"
        etype = pick(rng, ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "有限责任公司分公司（自然人独资）"])
        cap = ""
        code = V.uscc(rng, "91", p[3])
        term = pick(rng, ["long", "dated"])
        labels = ("负责人", "营业场所", "", "营业期限")
    elif form == "partnership":
        kind = pick(rng, ["有限合伙", "普通合伙"])
        name = f"{region}{trade}{pick(rng, ['企业管理咨询', '投资管理', '文化传播', '科技发展'])}合伙企业（{kind}）"
        etype = f"{kind}企业"
        if rng.random() < 0.4:
            person = f"{region}{pick(rng, V.TRADE_NAMES)}投资管理有限公司（委派代表：{V.person_name(rng)}）"
        cap = V.capital_text(rng)
        code = V.uscc(rng, "91", p[3])
        term = pick(rng, ["long", "dated"])
        labels = ("执行事务合伙人", "主要经营场所", "出资额", "合伙期限")
    else:  # individual business
        shop = pick(rng, ["便利店", "小吃店", "理发店", "副食店", "五金店", "服装店", "面馆", "水果店", "茶叶店", "快餐店"])
        name = f"{p[2]}{trade}{shop}" if rng.random() < 0.6 else f"{region}{p[2] if p[2] not in region else ''}{trade}{shop}（个体工商户）"
        etype = "个体工商户"
        cap = ""
        code = V.uscc(rng, "92", p[3])
        term = "none"
        labels = ("经营者", "经营场所", "", "")
        scope = pick(rng, ["食品销售（仅销售预包装食品）；日用百货销售", "餐饮服务；食品小作坊经营",
                           "理发服务；生活美容服务", "五金产品零售；日用杂品销售", "服装服饰零售；鞋帽零售",
                           "食用农产品零售；新鲜水果零售"]) + pick(rng, ["。", "。" + V.SCOPE_TAIL2, ""])
    if term == "long":
        valid_to, term_txt = "长期", (V.cn_date(est), "长期")
    elif term == "dated":
        end = est.replace(year=est.year + int(pick(rng, [10, 20, 30, 50])))
        valid_to, term_txt = end.isoformat(), (V.cn_date(est), V.cn_date(end))
    else:
        valid_to, term_txt = "", ("", "")
    return dict(p=p, name=name, etype=etype, person=person, cap=cap, est=est, addr=addr, scope=scope, code=code,
                valid_to=valid_to, term_txt=term_txt, labels=labels, form=form)


def _reg_authority(p) -> str:
    if p[5]:
        return f"{p[2]}市场监督管理局"
    return f"{p[1] or p[0]}{p[2]}市场监督管理局"


def business_license(rng, layout: str, form: str) -> Page:
    e = _entity(rng, form)
    F = Faces()
    tface, tit = F.pick(rng, "song", ["Noto Serif CJK SC", "AR PL UMing CN"])
    _, lab = F.pick(rng, "hei" if rng.random() < 0.4 else "song", ["Noto Sans CJK SC", "Noto Serif CJK SC", "AR PL UMing CN"])
    vface, val = F.pick(rng, "song", SONG[:3]) if rng.random() < 0.7 else F.pick(rng, "kai", KAI[:2])
    sface = tface  # the seal's characters in the title's face (one face fewer to embed)
    landscape = layout == "original"
    W, Hh = (420.0, 297.0) if landscape else (210.0, 297.0)
    s = 1.0 if landscape else 0.62
    frame = svg.guilloche_frame(W, Hh, rng, pick(rng, ["#c9a24a", "#b8963e", "#c8a860"]), band=10 * s + 2, inset=8 * s + 3)
    auth = _reg_authority(e["p"])
    issue = V.date_between(rng, e["est"], V.TODAY)
    lbl_person, lbl_addr, lbl_cap, lbl_term = e["labels"]
    date_lbl = "注册日期" if form == "individual" else "成立日期"
    rows_l = [("名称", v("name", e["name"])), ("类型", v("entity_type", e["etype"])), (lbl_person, v("legal_representative", e["person"]))]
    if form == "individual":
        rows_l.append(("组成形式", esc(pick(rng, ["个人经营", "家庭经营"]))))
    rows_r = []
    if lbl_cap:
        rows_r.append((lbl_cap, v("registered_capital", e["cap"])))
    rows_r.append((date_lbl, f'<span data-f="established_date">{esc(V.cn_date(e["est"]))}</span>'))
    if lbl_term:
        t0, t1 = e["term_txt"]
        zhi = pick(rng, ["至", "\u2002至\u2002"])
        rows_r.append((lbl_term, f'{esc(t0)}{zhi}<span data-f="valid_to">{esc(t1)}</span>'))
    rows_r.append((lbl_addr, v("address", e["addr"])))
    scope_row = ("经营范围", v("business_scope", e["scope"]))
    label_w = {"法定代表人": 5, "执行事务合伙人": 7, "主要经营场所": 6}.get
    lw = max(5, max((label_w(r[0]) or len(r[0])) for r in rows_l + rows_r + [scope_row])) * (4.6 if landscape else 3.4)
    fs = 13.5 if landscape else 9.2
    spread = "justify" if rng.random() < 0.8 else "start"
    css = (f"body {{ font-family:{lab} }} .title {{ position:absolute; width:100%; text-align:center; font-family:{tit}; font-weight:900; "
           f"font-size:{52 * s if landscape else 34}pt; letter-spacing:{0.55 if landscape else 0.45}em; color:#c22a1f }} "
           f".row {{ display:flex; font-size:{fs}pt; line-height:1.55; margin-bottom:{4.2 * s if landscape else 2.8}mm }} "
           f".lab {{ flex:none; width:{lw:.1f}mm; text-align-last:{spread}; margin-right:{5 * s + 1:.1f}mm; color:#222 }} "
           f".val {{ flex:1; font-family:{val}; color:#111 }} .scope .val {{ text-align:justify; line-height:1.6 }} "
           f".grid {{ position:absolute; display:grid; column-gap:{16 * s}mm }} ")
    qr = svg.qr(30 * s + 6, rng)
    lic_no = f"{e['p'][3]}{int(rng.integers(10**13)):013d}"[:18]
    body = [frame, f'<div style="position:absolute;left:{W / 2 - 14 * s - 4:.1f}mm;top:{18 * s + 6:.1f}mm">{svg.emblem(28 * s + 8)}</div>',
            f'<div class=title style="top:{58 * s + 12:.1f}mm">营业执照</div>']
    if not landscape:
        body.append(f'<div style="position:absolute;width:100%;text-align:center;top:{58 * s + 30:.1f}mm;font-size:13pt;letter-spacing:0.3em">'
                    f'（副\u3000本）</div><div style="position:absolute;right:22mm;top:{58 * s + 31:.1f}mm;font-size:8pt">副本编号：1-{int(rng.integers(1, 4))}</div>')
    cx, cy = (30 * s + 14, 34 * s + 10)
    body.append(f'<div style="position:absolute;left:{cx:.1f}mm;top:{cy:.1f}mm;font-size:{fs * 0.9:.1f}pt;line-height:1.5">'
                f'统一社会信用代码<br><span data-f="credit_code" style="font-family:{val};font-size:{fs * 1.05:.1f}pt;letter-spacing:0.06em">{e["code"]}</span></div>')
    body.append(f'<div style="position:absolute;left:{cx:.1f}mm;top:{cy + 16 * s + 4:.1f}mm;font-size:{fs * 0.62:.1f}pt">证照编号：{lic_no}</div>')
    body.append(f'<div style="position:absolute;right:{30 * s + 14:.1f}mm;top:{24 * s + 10:.1f}mm;width:{30 * s + 6:.1f}mm;text-align:center">{qr}'
                f'<div style="font-size:{5.2 * s + 2:.1f}pt;line-height:1.3;width:{44 * s + 8:.1f}mm;margin-left:-{7 * s + 1:.1f}mm">'
                f'扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息</div></div>')

    def rows(rs, scope=False):
        out = "".join(f'<div class="row"><span class=lab>{esc(spaced(a, rng)) if "<" not in a else a}</span><span class=val>{b}</span></div>'
                      for a, b in rs)
        if scope:
            out += f'<div class="row scope"><span class=lab>{esc(scope_row[0])}</span><span class=val>{scope_row[1]}</span></div>'
        return out
    top = 98 * s + 20 if landscape else 108
    if landscape:
        body.append(f'<div class=grid style="left:{44 * s:.1f}mm;top:{top:.1f}mm;width:{W - 88 * s:.1f}mm;grid-template-columns:1.08fr 1fr">'
                    f'<div>{rows(rows_l, scope=True)}</div><div>{rows(rows_r)}</div></div>')
    else:
        body.append(f'<div class=grid style="left:24mm;top:{top:.1f}mm;width:{W - 48:.1f}mm;grid-template-columns:1fr">'
                    f'<div>{rows(rows_l + rows_r, scope=True)}</div></div>')
    seal = svg.seal(auth, 42 * s + 4, rng, sface)
    rx, ry = (W - 118 * s - 20, Hh - 72 * s - 18) if landscape else (W - 92, Hh - 70)
    body.append(f'<div style="position:absolute;left:{rx:.1f}mm;top:{ry:.1f}mm;font-size:{fs:.1f}pt;line-height:2.1">'
                f'<span style="letter-spacing:0.6em">登记机关</span><br><span style="margin-left:{8 * s + 4:.1f}mm;font-size:{fs * 1.05:.1f}pt">'
                f'{issue.year}\u2002年\u2002{issue.month:02d}\u2002月\u2002{issue.day:02d}\u2002日</span></div>'
                f'<div style="position:absolute;left:{rx + 14 * s + 6:.1f}mm;top:{ry - 18 * s - 8:.1f}mm">{seal}</div>')
    body.append(f'<div style="position:absolute;width:100%;text-align:center;bottom:{14 * s + 5:.1f}mm;font-size:{7 * s + 2.4:.1f}pt;color:#333">'
                f'国家企业信用信息公示系统网址：http://www.gsxt.gov.cn<br>'
                f'<span style="font-size:{6 * s + 2:.1f}pt">市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告</span></div>'
                f'<div style="position:absolute;right:{24 * s + 8:.1f}mm;bottom:{9 * s + 5:.1f}mm;font-size:{6 * s + 2:.1f}pt">国家市场监督管理总局监制</div>')
    truth = {"name": e["name"], "credit_code": e["code"], "entity_type": e["etype"], "legal_representative": e["person"],
             "registered_capital": e["cap"], "established_date": e["est"].isoformat(), "address": e["addr"],
             "business_scope": e["scope"], "valid_to": e["valid_to"]}
    variant = f"{'original' if landscape else 'duplicate'}-{form}"
    return Page("business_license", variant, (W, Hh), _doc((W, Hh), css, "".join(body)), truth, F.primary, F.allowed)


# ---------------------------------------------------------------- 公共场所卫生许可证

ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "游艺厅", "商场（店）", "书店", "候车室",
         "健身房", "影剧院", "展览馆", "酒吧", "茶座"]


def health_license(rng) -> Page:
    p = V.place(rng)
    e = _entity(rng, pick(rng, ["company", "company", "individual", "branch"]))
    abbr = V.PROV_ABBR[p[0]]
    year = int(rng.integers(2016, 2026))
    fmt = int(rng.integers(3))
    if fmt == 0:
        no = f"{abbr}卫公字（{year}）第{p[3]}{int(rng.integers(1, 999999)):06d}号"
    elif fmt == 1:
        no = f"{abbr}卫公证字〔{year}〕第{p[3][:4]}{int(rng.integers(1, 99999)):05d}号"
    else:
        no = f"{p[2][:2]}卫公字[{year}]第{int(rng.integers(1, 9999)):04d}号"
    items = list(ITEMS)
    rng.shuffle(items)
    items_txt = "、".join(items[:int(rng.integers(1, 4))])
    start = V.date_between(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 28), V.TODAY))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    person = e["person"] if "（" not in e["person"] else V.person_name(rng)
    name = e["name"]
    addr = e["addr"]
    F = Faces()
    _, tit = F.pick(rng, "song", ["Noto Serif CJK SC", "AR PL UMing CN"])
    _, lab = F.pick(rng, "song", SONG[:2])
    vf, val = F.pick(rng, "kai", KAI[:2]) if rng.random() < 0.35 else F.pick(rng, "song", SONG[:3])
    _, sealf = F.pick(rng, "song", ["Noto Serif CJK SC"])
    portrait_layout = rng.random() < 0.45
    W, Hh = (210.0, 297.0) if portrait_layout else (297.0, 210.0)
    frame = svg.guilloche_frame(W, Hh, rng, pick(rng, ["#3b7a57", "#2f6f8f", "#7a5c2e"]), band=8, inset=7)
    auth = f"{p[1] or p[0]}{p[2]}卫生健康委员会" if not p[5] else f"{p[2]}卫生健康局"
    fs = 12 if not portrait_layout else 11
    css = (f"body {{ font-family:{lab} }} .title {{ position:absolute; width:100%; text-align:center; top:{30 if portrait_layout else 24}mm; "
           f"font-family:{tit}; font-weight:900; font-size:34pt; letter-spacing:0.5em }} "
           f".tbl {{ position:absolute; left:{26 if portrait_layout else 34}mm; right:{26 if portrait_layout else 34}mm; top:{78 if portrait_layout else 62}mm; "
           f"border-collapse:collapse; font-size:{fs}pt }} .tbl td {{ padding:2.6mm 2mm; vertical-align:top; line-height:1.5 }} "
           f".tbl td.l {{ width:{40 if portrait_layout else 46}mm; text-align-last:justify; white-space:nowrap }} "
           f".tbl td.v {{ font-family:{val} }}")
    bordered = rng.random() < 0.5
    if bordered:
        css += " .tbl td { border:0.3mm solid #444 } "
    body = (frame + '<div class=title>卫生许可证</div>'
            f'<div style="position:absolute;width:100%;text-align:center;top:{50 if portrait_layout else 44}mm;font-size:12pt">'
            f'<span data-f="license_no" style="font-family:{val}">{esc(no)}</span></div>'
            f'<table class=tbl>'
            f'<tr><td class=l>单位名称</td><td class=v>{v("name", name)}</td></tr>'
            f'<tr><td class=l>法定代表人（负责人）</td><td class=v>{v("legal_representative", person)}</td></tr>'
            f'<tr><td class=l>{pick(rng, ["地址", "经营场所地址", "地　　址"])}</td><td class=v>{v("address", addr)}</td></tr>'
            f'<tr><td class=l>许可项目</td><td class=v>{v("license_items", items_txt)}</td></tr>'
            f'<tr><td class=l>有效期限</td><td class=v>自<span data-f="valid_from">{esc(V.cn_date(start))}</span>'
            f'至<span data-f="valid_to">{esc(V.cn_date(end))}</span></td></tr></table>'
            f'<div style="position:absolute;right:{40 if portrait_layout else 48}mm;bottom:{42 if portrait_layout else 30}mm;text-align:center;font-size:11pt;line-height:2">'
            f'发证机关：{esc(auth)}<br>{V.cn_date(start, pad=False)}</div>'
            f'<div style="position:absolute;right:{48 if portrait_layout else 60}mm;bottom:{36 if portrait_layout else 22}mm">'
            f'{svg.seal(auth, 40, rng, WIDE["song"])}</div>'
            f'<div style="position:absolute;left:{30 if portrait_layout else 38}mm;bottom:{30 if portrait_layout else 22}mm;font-size:8pt;color:#444">'
            f'本证有效期四年，复核有效期二年。请悬挂于醒目处。</div>')
    truth = {"license_no": no, "name": name, "legal_representative": person, "address": addr,
             "license_items": items_txt, "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    del vf
    return Page("public_health_license", "portrait" if portrait_layout else "landscape", (W, Hh),
                _doc((W, Hh), css, body), truth, F.primary, F.allowed)


# ---------------------------------------------------------------- 食品经营许可证

FORMS = [("餐饮服务经营者（小型餐馆）", True), ("餐饮服务经营者（中型餐馆）", True), ("餐饮服务经营者（饮品店）", True),
         ("餐饮服务经营者（糕点店）", True), ("单位食堂（学校食堂）", True), ("单位食堂（机关企事业单位食堂）", True),
         ("食品销售经营者（超市）", False), ("食品销售经营者（便利店）", False), ("食品销售经营者（网络食品销售商）", False),
         ("食品销售经营者（食杂店）", False)]
ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
              "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）", "其他类食品销售"]
ITEMS_CATER = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品（含裱花蛋糕）制售",
               "自制饮品制售（不含自酿酒）", "半成品制售"]


def food_license(rng) -> Page:
    p = V.place(rng)
    form, catering = FORMS[int(rng.integers(len(FORMS)))]
    e = _entity(rng, pick(rng, ["company", "individual", "branch"]))
    no = V.food_license_no(rng, p, catering)
    pool = ITEMS_CATER if catering else ITEMS_SALE
    items = list(pool)
    rng.shuffle(items)
    chosen = items[:int(rng.integers(1, 4))]
    if catering and rng.random() < 0.5:
        chosen = [pick(rng, ITEMS_SALE[:2])] + chosen
    items_txt = "；".join(chosen)
    premises = e["addr"] if rng.random() < 0.55 else V.street_address(rng, e["p"])
    person = e["person"] if "（" not in e["person"] else V.person_name(rng)
    end = V.date_between(rng, V.TODAY, V.TODAY.replace(year=V.TODAY.year + 5))
    issue = end.replace(year=end.year - 5) + dt.timedelta(days=1)
    F = Faces()
    _, tit = F.pick(rng, "song", ["Noto Serif CJK SC", "AR PL UMing CN"])
    _, lab = F.pick(rng, "hei", ["Noto Sans CJK SC", "WenQuanYi Micro Hei"]) if rng.random() < 0.5 else F.pick(rng, "song", SONG[:2])
    _, val = F.pick(rng, "song", SONG[:3]) if rng.random() < 0.7 else F.pick(rng, "hei", HEI[:3])
    duplicate = rng.random() < 0.35
    W, Hh = (210.0, 297.0) if duplicate else (297.0, 210.0)
    frame = svg.guilloche_frame(W, Hh, rng, pick(rng, ["#2e6fb0", "#3a7d44", "#2f5f9f"]), band=7, inset=7)
    auth = _reg_authority(p)
    fs = 11 if not duplicate else 10.5
    left = ("经营者名称", v("name", e["name"])), ("社会信用代码<br>（身份证号码）", v("credit_code", e["code"])), \
        ("法定代表人<br>（负责人）", v("legal_representative", person)), ("住\u3000\u3000所", v("address", e["addr"])), \
        ("经营场所", v("premises_address", premises)), ("主体业态", v("business_form", form)), \
        ("经营项目", v("business_items", items_txt))
    rows = "".join(f'<tr><td class=l>{a}</td><td class=v>{b}</td></tr>' for a, b in left)
    css = (f"body {{ font-family:{lab} }} .title {{ position:absolute; width:100%; text-align:center; top:22mm; font-family:{tit}; "
           f"font-weight:900; font-size:30pt; letter-spacing:0.35em; color:#1d4e89 }} "
           f"table {{ border-collapse:collapse; font-size:{fs}pt }} td {{ padding:1.8mm 1.5mm; vertical-align:top; line-height:1.45 }} "
           f"td.l {{ width:30mm; text-align-last:justify; white-space:nowrap }} td.v {{ font-family:{val} }}")
    right = (f'<table style="width:100%"><tr><td class=l>许可证编号</td><td class=v>{v("license_no", no)}</td></tr>'
             f'<tr><td class=l>日常监督管理机构</td><td class=v>{esc(p[2])}市场监督管理所</td></tr>'
             f'<tr><td class=l>日常监督管理人员</td><td class=v>{esc(V.person_name(rng))}、{esc(V.person_name(rng))}</td></tr>'
             f'<tr><td class=l>投诉举报电话</td><td class=v>12315</td></tr>'
             f'<tr><td class=l>发证机关</td><td class=v>{esc(auth)}</td></tr>'
             f'<tr><td class=l>签\u3000发\u3000人</td><td class=v>{esc(V.person_name(rng))}</td></tr>'
             f'<tr><td class=l>有效期至</td><td class=v><span data-f="valid_to">{esc(V.cn_date(end))}</span></td></tr></table>'
             f'<div style="text-align:right;margin-top:6mm;font-size:{fs}pt">{V.cn_date(issue)}</div>')
    sub = "（副本）" if duplicate else ""
    if duplicate:
        content = (f'<div style="position:absolute;left:22mm;right:22mm;top:52mm"><table style="width:100%">{rows}</table>'
                   f'<div style="margin-top:4mm">{right}</div></div>')
        seal_pos = "right:30mm;bottom:26mm"
    else:
        content = (f'<div style="position:absolute;left:24mm;width:150mm;top:48mm"><table style="width:100%">{rows}</table></div>'
                   f'<div style="position:absolute;left:184mm;width:92mm;top:52mm">{right}</div>')
        seal_pos = "right:26mm;bottom:22mm"
    body = (frame + f'<div class=title>食品经营许可证</div>'
            f'<div style="position:absolute;width:100%;text-align:center;top:36mm;font-size:12pt;letter-spacing:0.3em">{sub}</div>'
            f'<div style="position:absolute;right:24mm;top:20mm">{svg.qr(20, rng)}</div>' + content +
            f'<div style="position:absolute;{seal_pos}">{svg.seal(auth, 38, rng, WIDE["song"])}</div>')
    truth = {"license_no": no, "name": e["name"], "credit_code": e["code"], "legal_representative": person,
             "address": e["addr"], "premises_address": premises, "business_form": form, "business_items": items_txt,
             "valid_to": end.isoformat()}
    return Page("food_business_license", "duplicate" if duplicate else "original", (W, Hh),
                _doc((W, Hh), css, body), truth, F.primary, F.allowed)


# ---------------------------------------------------------------- negatives

def other(rng) -> Page:
    kind = pick(rng, ["blank", "receipt", "form", "letter", "certificate", "notice", "contract"])
    F = Faces()
    _, song = F.pick(rng, "song", SONG[:2])
    _, hei = F.pick(rng, "hei", HEI[:2])
    _, kai = F.pick(rng, "kai", KAI[:2])
    e = _entity(rng, "company")
    person = V.person_name(rng)
    today = V.date_between(rng, dt.date(2023, 1, 1), V.TODAY)
    W, Hh = 210.0, 297.0
    css = (f"body {{ font-family:{song}; font-size:12pt; line-height:1.8 }} h1 {{ font-family:{hei}; text-align:center; "
           f"font-size:20pt; letter-spacing:0.2em; margin:0 }} .wrap {{ position:absolute; left:25mm; right:25mm; top:28mm }} "
           f"td {{ border:0.3mm solid #333; padding:2mm; font-size:11pt }} table {{ border-collapse:collapse; width:100% }} "
           f".pen {{ font-family:{kai}; color:#1d3a8a; font-size:14pt }}")
    if kind == "blank":
        body = f'<div style="position:absolute;left:20mm;bottom:12mm;font-size:7pt;color:#bbb;font-family:{hei}">第 1 页</div>'
    elif kind == "receipt":
        W, Hh = 210.0, 99.0
        amt = int(rng.integers(50, 9000))
        body = (f'<div class=wrap style="top:10mm"><h1>收\u3000\u3000据</h1><div style="text-align:right;font-size:10pt">'
                f'NO.{int(rng.integers(10**7)):07d}\u3000{V.cn_date(today)}</div>'
                f'<table><tr><td>今收到</td><td colspan=3 class=pen>{esc(e["name"])}</td></tr>'
                f'<tr><td>交\u3000来</td><td colspan=3 class=pen>{pick(rng, ["房租", "办证服务费", "押金", "资料费"])}</td></tr>'
                f'<tr><td>人民币（大写）</td><td class=pen>{V.cn_amount(amt)}元整</td><td>¥</td><td class=pen>{amt}.00</td></tr></table>'
                f'<div style="font-size:10pt;margin-top:2mm">收款单位（盖章）\u3000\u3000\u3000经手人：<span class=pen>{esc(person)}</span></div></div>')
    elif kind == "form":
        body = (f'<div class=wrap><h1>{pick(rng, ["公共场所卫生许可证申请表", "食品经营许可申请书", "营业执照变更登记申请表"])}</h1>'
                f'<table style="margin-top:8mm"><tr><td style="width:40mm">申请单位</td><td class=pen>{esc(e["name"])}</td></tr>'
                f'<tr><td>统一社会信用代码</td><td></td></tr><tr><td>法定代表人</td><td class=pen>{esc(person)}</td></tr>'
                f'<tr><td>联系电话</td><td class=pen>1{int(rng.integers(3, 9))}{int(rng.integers(10**8, 10**9))}</td></tr>'
                f'<tr><td>经营场所地址</td><td></td></tr><tr><td>申请项目</td><td>□办证\u3000□延续\u3000□变更\u3000□补证</td></tr>'
                f'<tr><td style="height:40mm">备注</td><td></td></tr></table>'
                f'<p style="font-size:10pt">本单位保证所填内容真实有效，如有虚假愿承担相应法律责任。</p></div>')
    elif kind == "letter":
        body = (f'<div class=wrap><h1>情况说明</h1><p style="margin-top:8mm">{esc(_reg_authority(e["p"]))}：</p>'
                f'<p style="text-indent:2em">我单位{esc(e["name"])}因经营场所搬迁，原营业执照正本及卫生许可证、食品经营许可证'
                f'正在办理变更手续，现申请暂缓年度检查。营业执照副本复印件另附，特此说明。</p>'
                f'<p style="text-indent:2em">联系人：{esc(person)}</p>'
                f'<p style="text-align:right;margin-top:20mm">{esc(e["name"])}<br>{V.cn_date(today, pad=False)}</p></div>')
    elif kind == "certificate":
        W, Hh = 297.0, 210.0
        body = (svg.guilloche_frame(W, Hh, rng, "#b8963e", band=9, inset=8) +
                f'<div style="position:absolute;width:100%;top:40mm;text-align:center;font-family:{hei};font-size:40pt;'
                f'letter-spacing:0.4em;color:#b21f1f">荣誉证书</div>'
                f'<div style="position:absolute;left:45mm;right:45mm;top:85mm;font-size:18pt;line-height:2">'
                f'<span class=pen>{esc(person)}</span>同志：<br>\u3000\u3000在{today.year - 1}年度政务服务工作中表现突出，被评为'
                f'“{pick(rng, ["服务之星", "优秀窗口工作人员", "先进个人"])}”。特发此证，以资鼓励。</div>'
                f'<div style="position:absolute;right:50mm;bottom:35mm;font-size:14pt">{V.cn_date(today, pad=False)}</div>')
    elif kind == "notice":
        body = (f'<div class=wrap><h1>办事须知</h1><ol style="margin-top:8mm"><li>办理营业执照变更，请携带营业执照正副本原件。</li>'
                f'<li>公共场所卫生许可证延续应在有效期届满30日前提出申请。</li><li>食品经营许可证遗失的，应提交遗失声明。</li>'
                f'<li>委托他人办理的，应提交授权委托书及受托人身份证件。</li></ol>'
                f'<p>咨询电话：{int(rng.integers(10**7, 10**8))}</p></div>')
    else:
        body = (f'<div class=wrap><h1>房屋租赁合同</h1><p style="margin-top:6mm">出租方（甲方）：<span class=pen>{esc(V.person_name(rng))}</span><br>'
                f'承租方（乙方）：<span class=pen>{esc(e["name"])}</span></p><p style="text-indent:2em">甲方将位于{esc(e["addr"])}的房屋'
                f'出租给乙方作为经营场所使用，租赁期限自{V.cn_date(today)}起共{int(rng.integers(1, 6))}年，乙方应自行办理营业执照'
                f'及相关许可证件。</p><p style="text-indent:2em">月租金人民币{int(rng.integers(2, 30)) * 500}元，按季度支付。</p></div>')
    used = [] if kind == "blank" else [f for f, cls in zip(F.primary, ("song", "hei", "kai"), strict=True)
                                        if cls != "kai" or "class=pen" in body]
    return Page("other", kind, (W, Hh), _doc((W, Hh), css, body), {}, used, F.allowed)


# ---------------------------------------------------------------- marks (an overlay page)

def marks_overlay(page: Page, rng, marks: list[str]) -> str:
    """Seals, copy notes with a signature and a 仅供…使用 watermark: a layer of absolutely placed boxes
    over the whole page, appended to its body."""
    W, Hh = page.size_mm
    s = W / 210.0 if W > 100 else W / 85.6 * 0.5
    F = Faces()
    parts = []
    if "watermark" in marks:
        _, hei = F.pick(rng, "hei", HEI[:2])
        txt = pick(rng, ["仅供办理营业执照变更使用", "仅供办理卫生许可使用，他用无效", "仅供窗口核验使用", "仅供办理食品经营许可使用",
                         "此复印件仅供办理社保登记使用"])
        color = pick(rng, ["rgba(90,90,90,0.30)", "rgba(40,70,160,0.28)", "rgba(200,40,40,0.25)"])
        fsz = 12 * s if W > 100 else 4.2
        rows = "".join(f'<div style="white-space:nowrap;margin:{fsz * 1.6:.1f}mm 0;margin-left:{(i % 2) * fsz * 2:.1f}mm">'
                       f'{(esc(txt) + chr(0x3000) * 3) * 6}</div>' for i in range(14))
        parts.append(f'<div style="position:absolute;left:-40%;top:-30%;width:180%;transform:rotate(-{int(rng.integers(20, 40))}deg);'
                     f'font-family:{hei};font-size:{fsz:.1f}mm;color:{color}">{rows}</div>')
    if "copy_note" in marks:
        _, kai = F.pick(rng, "kai", KAI[:2])
        x = float(rng.uniform(0.35, 0.6)) * W
        y = float(rng.uniform(0.55, 0.78)) * Hh
        fsz = (7.5 * s if W > 100 else 3.4)
        parts.append(f'<div style="position:absolute;left:{x:.1f}mm;top:{y:.1f}mm;transform:rotate({float(rng.uniform(-8, 4)):.1f}deg);'
                     f'font-family:{kai};font-size:{fsz:.1f}mm;color:{pick(rng, ["#1d3a8a", "#111", "#203060"])};line-height:1.3">'
                     f'复印件与原件一致<br>{svg.signature(fsz * 5, fsz * 1.6, rng)}<br>'
                     f'<span style="font-size:{fsz * 0.7:.1f}mm">{V.TODAY.year}.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}</span></div>')
    if "seal" in marks:
        size = 40 * s if W > 100 else 22
        x = float(rng.uniform(0.15, 0.6)) * W
        y = float(rng.uniform(0.2, 0.7)) * Hh
        e = _entity(rng, "company")
        parts.append(f'<div style="position:absolute;left:{x:.1f}mm;top:{y:.1f}mm">'
                     f'{svg.seal(e["name"], size, rng, WIDE["song"], bottom="", opacity=0.72)}</div>')
        F.allowed.add(WIDE["song"])
    page.faces = page.faces + [f for f in F.primary if f not in page.faces]
    page.allowed |= F.allowed | {WIDE["song"]}
    return f'<div style="position:absolute;left:0;top:0;width:{W}mm;height:{Hh}mm;overflow:hidden">{"".join(parts)}</div>'
