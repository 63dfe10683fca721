"""Family ZU's documents as item lists for the Perl page program (perl/zu_pages.pl): positions in mm on
each template, the strings, which field each value's ink belongs to. Perl measures, breaks and draws;
it answers the ink boxes the unreadable logic works from."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np

from . import values as V

HERE = Path(__file__).resolve().parent
FACES = {  # pinned by file (Debian packages in build/setup/debian-packages.txt)
    "song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",      # fonts-arphic-gbsn00lp
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",       # fonts-arphic-gkai00mp
    "hei": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",    # fonts-droid-fallback
    "hand": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",  # fonts-lxgw-wenkai
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",         # fonts-dejavu-core
    "latin": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",  # fonts-liberation
}
BLACK, RED, BLUE = [0.08, 0.08, 0.09], [0.84, 0.12, 0.13], [0.12, 0.2, 0.55]


class Perl:
    """One `perl zu_pages.pl` per generate call; documents go in as JSON lines, boxes come back."""

    def __init__(self) -> None:
        self.p = subprocess.Popen(["perl", str(HERE / "perl" / "zu_pages.pl")], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, bufsize=0)

    def _ask(self, cmd: dict) -> dict:
        self.p.stdin.write((json.dumps(cmd, ensure_ascii=False) + "\n").encode("utf-8"))
        self.p.stdin.flush()
        ans = json.loads(self.p.stdout.readline().decode("utf-8") or '{"error": "perl exited"}')
        if "error" in ans:
            raise RuntimeError(f"zu_pages.pl: {ans['error'].strip()}")
        return ans

    def page(self, book: str, w: float, h: float, items: list) -> tuple[int, dict]:
        """Lay a document out as the next page of `book`: (page number, ink boxes by field)."""
        ans = self._ask({"book": book, "w": w, "h": h, "items": items})
        return ans["page"], ans["boxes"]

    def save(self, book: str, out: Path) -> None:
        self._ask({"save": book, "out": str(out)})

    def close(self) -> None:
        self.p.stdin.close()
        self.p.wait(timeout=30)


LATIN = {"hei": "latin"}  # the sans CJK face has no ASCII: its items name Liberation Sans for ASCII runs


def _faces(f: str) -> dict:
    return {"f": FACES[f], **({"fa": FACES[LATIN[f]]} if f in LATIN else {})}


def T(x, y, s, f, size, **kw) -> dict:
    return {"t": "text", "x": round(x, 2), "y": round(y, 2), "str": s, **_faces(f), "s": size, **kw}


def P(x, y, s, f, size, w, lead, **kw) -> dict:
    return {"t": "para", "x": round(x, 2), "y": round(y, 2), "str": s, **_faces(f), "s": size, "w": w, "lead": lead, **kw}


def qr_bits(r, n: int = 25) -> str:
    m = (r.rand(n, n) < 0.5).astype(int)
    for (i, j) in ((0, 0), (0, n - 7), (n - 7, 0)):
        m[i:i + 7, j:j + 7] = 1
        m[i + 1:i + 6, j + 1:j + 6] = 0
        m[i + 2:i + 5, j + 2:j + 5] = 1
        if i == 0 and j == 0:
            m[7, :8] = 0
            m[:8, 7] = 0
        elif i == 0:
            m[7, n - 8:] = 0
            m[:8, n - 8] = 0
        else:
            m[n - 8, :8] = 0
            m[n - 8:, 7] = 0
    return "".join(map(str, m.ravel()))


def portrait_png(r, path: Path) -> None:
    """The ID photo: a plain head-and-shoulders figure on a pale ground, drawn in numpy."""
    from PIL import Image
    h, w = 330, 270
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = np.array([0.93, 0.94, 0.96]) if r.rand() < 0.6 else np.array([0.85, 0.9, 0.98])
    img = np.ones((h, w, 3), np.float32) * bg
    skin = np.array([0.86, 0.7, 0.6]) * (0.85 + 0.2 * r.rand())
    cloth = np.array([0.15, 0.17, 0.22]) if r.rand() < 0.6 else np.array([0.9, 0.9, 0.92])
    hair = np.array([0.08, 0.07, 0.07])
    cx = w / 2 + r.randn() * 6
    sh = ((xx - cx) / 125) ** 2 + ((yy - 360) / 110) ** 2 < 1
    img[sh] = cloth
    neck = (abs(xx - cx) < 28) & (yy > 190) & (yy < 270)
    img[neck] = skin * 0.9
    hr = ((xx - cx) / 78) ** 2 + ((yy - 125) / 92) ** 2 < 1
    img[hr] = hair
    face = ((xx - cx) / 64) ** 2 + ((yy - 145) / 80) ** 2 < 1
    img[face & (yy > 85 + 20 * r.rand())] = skin
    for ex in (-24, 24):
        eye = ((xx - cx - ex) / 8) ** 2 + ((yy - 140) / 4) ** 2 < 1
        img[eye] = hair
    mouth = ((xx - cx) / 16) ** 2 + ((yy - 190) / 4) ** 2 < 1
    img[mouth] = skin * np.array([0.85, 0.55, 0.55])
    Image.fromarray((img * 255).astype(np.uint8)).save(path)


def cn_date_runs(x, y, d, f, size, field, gap=1.0) -> list:
    s = V.fmt_cn_date(d)
    return [T(x, y, s, f, size, field=field)]


# ---------------------------------------------------------------- ID cards

def id_front(r, p: dict, tmp: Path, i: int) -> tuple:
    W, H = 85.6, 54.0
    lab = [0.2, 0.42, 0.68]
    it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.97, 0.96, 0.93]},
          {"t": "guilloche", "x": 0, "y": 0, "w": W, "h": H, "n": 14, "c": [0.85, 0.88, 0.93], "lw": 0.08, "per": 5},
          {"t": "guilloche", "kind": "rosette", "x": 40, "y": 8, "w": 40, "h": 40, "n": 10, "c": [0.93, 0.85, 0.86], "lw": 0.08}]
    F = "hei"
    it += [T(6, 10.5, "姓名", F, 6.5, c=lab), T(15.5, 10.8, p["name"], F, 9.6, c=BLACK, field="name"),
           T(6, 17.2, "性别", F, 6.5, c=lab), T(15.5, 17.4, p["sex"], F, 8.6, c=BLACK, field="sex"),
           T(26.5, 17.2, "民族", F, 6.5, c=lab), T(35.5, 17.4, p["nation"], F, 8.6, c=BLACK, field="nation"),
           T(6, 23.8, "出生", F, 6.5, c=lab)]
    b = p["birth"]
    x = 15.5
    for part, fld in ((str(b.year), "birth_date"), (" 年", None), (str(b.month), "birth_date"), (" 月", None),
                      (str(b.day), "birth_date"), (" 日", None)):
        it.append(T(x, 24.0, part.strip(), F, 8.6, c=BLACK if fld else lab, **({"field": fld} if fld else {})))
        x += len(part.strip()) * (1.65 if part.strip().isdigit() else 3.0) + 1.2
    it += [T(6, 30.5, "住址", F, 6.5, c=lab), P(15.5, 30.7, p["address"], F, 8.6, 34.5, 4.3, c=BLACK, field="address"),
           T(6, 47.5, "公民身份号码", F, 6.5, c=lab),
           T(26.5, 47.8, p["id_number"], "mono", 10.2, c=BLACK, field="id_number", track=0.45)]
    ph = tmp / f"photo_{i}.png"
    portrait_png(r, ph)
    it.append({"t": "image", "x": 55, "y": 7.5, "w": 26, "h": 32, "path": str(ph)})
    fields = {"name": p["name"], "sex": p["sex"], "nation": p["nation"], "birth_date": p["birth"].isoformat(),
              "address": p["address"], "id_number": p["id_number"]}
    return W, H, it, fields


def id_back(r, p: dict) -> tuple:
    W, H = 85.6, 54.0
    it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.97, 0.96, 0.93]},
          {"t": "guilloche", "x": 0, "y": 0, "w": W, "h": H, "n": 16, "c": [0.9, 0.86, 0.8], "lw": 0.08, "per": 4},
          {"t": "guilloche", "kind": "rosette", "x": 22, "y": 2, "w": 50, "h": 50, "n": 12, "c": [0.85, 0.9, 0.85], "lw": 0.07},
          {"t": "emblem", "cx": 14.5, "cy": 14.5, "r": 9.5},
          T(31, 13.5, "中华人民共和国", "song", 10.5, c=BLACK, spread=46),
          T(29, 27.5, "居民身份证", "hei", 17, c=BLACK, spread=50)]
    vf = p["valid_from"]
    vt = p["valid_to"]
    F = "hei"
    it += [T(13, 43.5, "签发机关", F, 6.8, c=BLACK), T(29.5, 43.7, p["authority"], F, 8.4, c=BLACK, field="issuing_authority"),
           T(13, 50, "有效期限", F, 6.8, c=BLACK), T(29.5, 50.2, f"{vf:%Y.%m.%d}", F, 8.4, c=BLACK, field="valid_from")]
    end = "长期" if vt == "长期" else f"{vt:%Y.%m.%d}"
    it.append(T(29.5 + 17.0, 50.2, "-" + end, F, 8.4, c=BLACK, field="valid_to"))
    fields = {"issuing_authority": p["authority"], "valid_from": vf.isoformat(),
              "valid_to": "长期" if vt == "长期" else vt.isoformat()}
    return W, H, it, fields


# ---------------------------------------------------------------- business licence

def _frame(W, H, m, col) -> list:
    return [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.995, 0.99, 0.975]},
            {"t": "guilloche", "x": m, "y": m, "w": W - 2 * m, "h": 6, "n": 5, "c": col, "lw": 0.15, "per": 3},
            {"t": "guilloche", "x": m, "y": H - m - 6, "w": W - 2 * m, "h": 6, "n": 5, "c": col, "lw": 0.15, "per": 3},
            {"t": "rect", "x": m, "y": m, "w": W - 2 * m, "h": H - 2 * m, "c": col, "lw": 0.8},
            {"t": "rect", "x": m + 7, "y": m + 7, "w": W - 2 * m - 14, "h": H - 2 * m - 14, "c": col, "lw": 0.3}]


def business_license(r, v: dict, original: bool) -> tuple:
    face = "song" if r.rand() < 0.7 else "kai"
    col = [0.72, 0.5, 0.25] if r.rand() < 0.5 else [0.55, 0.45, 0.3]
    sole = v["variant"] == "sole"
    rows_l = [("名称", v["name"], "name"), ("类型", v["entity_type"], "entity_type"), (v["rep_label"], v["rep"], "legal_representative")]
    rows_r = []
    if v["cap"]:
        rows_r.append(("注册资本", v["cap"], "registered_capital"))
    if sole:
        rows_r.append(("组成形式", "个人经营", None))
    rows_r.append(("注册日期" if sole else "成立日期", V.fmt_cn_date(v["established"]), "established_date"))
    if v["term_label"]:
        rows_r.append((v["term_label"], v["term"] if isinstance(v["term"], str) else V.fmt_cn_date(v["term"]), "valid_to"))
    rows_r.append((v["addr_label"], v["address"], "address"))
    if original:
        W, H = 420.0, 297.0
        it = _frame(W, H, 14, col)
        it += [{"t": "emblem", "cx": W / 2, "cy": 45, "r": 15},
               T(W / 2, 88, "营业执照", "song", 50, c=BLACK, align="c"),
               T(40, 62, "统一社会信用代码", face, 12, c=BLACK), T(40, 71, v["credit_code"], "latin", 13, c=BLACK, field="credit_code"),
               {"t": "qr", "x": 336, "y": 36, "size": 34, "n": 25, "bits": qr_bits(r), "c": BLACK},
               T(353, 76, "扫描市场主体身份码", face, 7, c=BLACK, align="c"),
               T(353, 80, "了解更多登记、备案、许可、监管信息", face, 6.2, c=BLACK, align="c")]
        s, lead, lw_, vx, vw = 14.5, 8.2, 32, 82, 128
        y = 112
        for lab, val, fld in rows_l:
            it.append(T(40, y, lab, face, s, c=BLACK, spread=lw_))
            it.append(P(vx, y, val, face, s, vw, lead, c=BLACK, **({"field": fld} if fld else {})))
            y += lead * (1 + len(val) * s * 0.3528 // vw) + 5
        it.append(T(40, y, "经营范围", face, s, c=BLACK, spread=lw_))
        it.append(P(vx, y, v["scope"], face, s * 0.9, vw, lead * 0.9, c=BLACK, field="business_scope"))
        y = 112
        for lab, val, fld in rows_r:
            it.append(T(222, y, lab, face, s, c=BLACK, spread=lw_))
            it += _value_with_term(262, y, val, fld, v, face, s, 120, lead)
            y += lead * (1 + len(val) * s * 0.3528 // 120) + 5
        sx, sy = 330, 238
        it += [T(262, 232, "登记机关", face, s, c=BLACK, spread=lw_),
               T(sx, 262, V.fmt_cn_date(v["issue"]).replace("年", " 年 ").replace("月", " 月 ").replace("日", " 日"), face, 13, c=BLACK, align="c"),
               T(W / 2, 276, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", face, 8, c=BLACK, align="c"),
               T(W / 2, 270, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", face, 8, c=BLACK, align="c"),
               {"t": "seal", "cx": sx, "cy": sy, "r": 21, "str": v["authority"], "f": FACES["song"], "bottom": "登记专用章"}]
        return W, H, it
    W, H = 210.0, 297.0
    it = _frame(W, H, 9, col)
    it += [{"t": "emblem", "cx": W / 2, "cy": 30, "r": 10},
           T(W / 2, 56, "营业执照", "song", 30, c=BLACK, align="c"),
           T(W / 2, 64, "（副　　本）", face, 11, c=BLACK, align="c"),
           T(24, 44, "统一社会信用代码", face, 8.5, c=BLACK), T(24, 50, v["credit_code"], "latin", 9.5, c=BLACK, field="credit_code"),
           {"t": "qr", "x": 160, "y": 26, "size": 24, "n": 25, "bits": qr_bits(r), "c": BLACK},
           T(172, 54, "扫描市场主体身份码", face, 5.2, c=BLACK, align="c")]
    s, lead, vx, vw = 10.5, 6.0, 56, 128
    y = 84
    order = rows_l + ([("经营范围", v["scope"], "business_scope")] if not sole else []) + rows_r
    if sole:
        order.append(("经营范围", v["scope"], "business_scope"))
    for lab, val, fld in order:
        it.append(T(25, y, lab, face, s, c=BLACK, spread=24))
        n = max(1, int(np.ceil(len(val) * s * 0.3528 / vw + 0.15)))
        if fld == "valid_to" or (fld == "established_date"):
            it += _value_with_term(vx, y, val, fld, v, face, s, vw, lead)
        else:
            it.append(P(vx, y, val, face, s if fld != "business_scope" else s * 0.92, vw, lead, c=BLACK, **({"field": fld} if fld else {})))
        y += lead * n + 4.2
    sx, sy = 152, 250
    it += [T(112, 250, "登记机关", face, s, c=BLACK, spread=24),
           T(sx, 268, V.fmt_cn_date(v["issue"]).replace("年", " 年 ").replace("月", " 月 ").replace("日", " 日"), face, 10, c=BLACK, align="c"),
           T(W / 2, 282, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", face, 6.5, c=BLACK, align="c"),
           {"t": "seal", "cx": sx, "cy": sy, "r": 18, "str": v["authority"], "f": FACES["song"], "bottom": "登记专用章"}]
    return W, H, it


def _value_with_term(x, y, val, fld, v, face, s, w, lead) -> list:
    if fld == "valid_to":
        start = V.fmt_cn_date(v["established"]) + " 至 "
        end = val
        wst = len(start.replace(" ", "")) * s * 0.3528 * 0.82
        return [T(x, y, start, face, s, c=BLACK), T(x + wst + 0.5, y, end, face, s, c=BLACK, field="valid_to")]
    return [P(x, y, val, face, s, w, lead, c=BLACK, **({"field": fld} if fld else {}))]


def business_fields(v: dict) -> dict:
    t = v["term"]
    return {"name": v["name"], "credit_code": v["credit_code"], "entity_type": v["entity_type"], "legal_representative": v["rep"],
            "registered_capital": v["cap"], "established_date": v["established"].isoformat(), "address": v["address"],
            "business_scope": v["scope"], "valid_to": "" if t == "" else ("长期" if t == "长期" else t.isoformat())}


# ---------------------------------------------------------------- 卫生许可证, 食品经营许可证

def health_license(r, h: dict) -> tuple:
    W, H = 297.0, 210.0
    face = "song" if r.rand() < 0.6 else "kai"
    col = [0.3, 0.45, 0.7]
    it = _frame(W, H, 10, col)
    it += [{"t": "emblem", "cx": W / 2, "cy": 34, "r": 11},
           T(W / 2, 64, "卫 生 许 可 证", "song", 30, c=BLACK, align="c"),
           T(150, 80, "编号：", face, 12, c=BLACK), T(165, 80, h["license_no"], face, 12, c=BLACK, field="license_no")]
    s, lead = 13, 7.4
    rows = [("单位名称", h["name"], "name"), ("法定代表人（负责人）", h["rep"], "legal_representative"),
            ("地址", h["address"], "address"), ("许可项目", h["items"], "license_items")]
    y = 98
    for lab, val, fld in rows:
        it.append(T(38, y, lab, face, s, c=BLACK, **({} if len(lab) > 4 else {"spread": 24})))
        vx = 38 + (50 if len(lab) > 4 else 30)
        it.append(P(vx, y, val, face, s, 250 - vx, lead, c=BLACK, field=fld))
        y += lead * max(1, int(np.ceil(len(val) * s * 0.3528 / (250 - vx)))) + 5
    it += [T(38, y, "有效期限", face, s, c=BLACK, spread=24), T(68, y, "自", face, s, c=BLACK),
           T(75, y, V.fmt_cn_date(h["valid_from"]), face, s, c=BLACK, field="valid_from"), T(122, y, "至", face, s, c=BLACK),
           T(129, y, V.fmt_cn_date(h["valid_to"]), face, s, c=BLACK, field="valid_to")]
    sx, sy = 222, 168
    it += [T(175, 168, "发证机关", face, 12, c=BLACK), T(sx, 186, V.fmt_cn_date(h["valid_from"]), face, 12, c=BLACK, align="c"),
           {"t": "seal", "cx": sx, "cy": sy, "r": 19, "str": h["authority"], "f": FACES["song"], "bottom": ""}]
    fields = {"license_no": h["license_no"], "name": h["name"], "legal_representative": h["rep"], "address": h["address"],
              "license_items": h["items"], "valid_from": h["valid_from"].isoformat(), "valid_to": h["valid_to"].isoformat()}
    return W, H, it, fields


def food_license(r, f: dict, original: bool) -> tuple:
    face = "song" if r.rand() < 0.6 else "hei"
    col = [0.25, 0.55, 0.45]
    W, H = (297.0, 210.0) if original else (210.0, 297.0)
    it = _frame(W, H, 10, col)
    it += [T(W / 2, 42, "食品经营许可证", "song", 28 if original else 24, c=BLACK, align="c"),
           T(W / 2, 51, "（正本）" if original else "（副本）", face, 11, c=BLACK, align="c")]
    s = 11 if original else 10
    lead = s * 0.3528 * 1.45
    left = [("经营者名称", f["name"], "name"), ("社会信用代码（身份证号码）", f["credit_code"], "credit_code"),
            ("法定代表人（负责人）", f["rep"], "legal_representative"), ("住所", f["address"], "address"),
            ("经营场所", f["premises"], "premises_address"), ("主体业态", f["form"], "business_form"),
            ("经营项目", f["items"], "business_items")]
    right = [("许可证编号", f["license_no"], "license_no"), ("日常监督管理机构", f["supervisor"], None),
             ("日常监督管理人员", f["inspector"], None), ("投诉举报电话", "12315", None), ("签发人", f["signer"], None),
             ("有效期至", V.fmt_cn_date(f["valid_to"]), "valid_to")]
    x0, lw_ = 24, 48 if original else 52
    colw = 108 if original else 120
    y = 66 if original else 68
    for lab, val, fld in left:
        it.append(T(x0, y, lab + "：", face, s * (0.85 if len(lab) > 8 else 1), c=BLACK))
        n = max(1, int(np.ceil(len(val) * s * 0.3528 / (colw - lw_))))
        it.append(P(x0 + lw_, y, val, face, s, colw - lw_, lead, c=BLACK, **({"field": fld} if fld else {})))
        y += lead * n + 3.2
    if original:
        x1, y = 170, 66
    else:
        x1 = x0
        y += 4
    for lab, val, fld in right:
        it.append(T(x1, y, lab + "：", face, s, c=BLACK))
        it.append(T(x1 + 36, y, val, face, s, c=BLACK, **({"field": fld} if fld else {})))
        y += lead + 3.2
    sx, sy = (232, 172) if original else (150, 262)
    it += [T(sx - 30, sy + 2, "发证机关：", face, s, c=BLACK),
           T(sx, sy + 18, V.fmt_cn_date(f["issue"]), face, s, c=BLACK, align="c"),
           {"t": "qr", "x": W - 52, "y": 24 if original else 60, "size": 24, "n": 25, "bits": qr_bits(r), "c": BLACK},
           {"t": "seal", "cx": sx, "cy": sy, "r": 18, "str": f["authority"], "f": FACES["song"], "bottom": ""}]
    fields = {"license_no": f["license_no"], "name": f["name"], "credit_code": f["credit_code"], "legal_representative": f["rep"],
              "address": f["address"], "premises_address": f["premises"], "business_form": f["form"],
              "business_items": f["items"], "valid_to": f["valid_to"].isoformat()}
    return W, H, it, fields


# ---------------------------------------------------------------- negatives

def other_doc(r, sub: str) -> tuple:
    face = "song" if r.rand() < 0.5 else "kai"
    if sub == "blank":
        W, H = 210.0, 297.0
        it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.99, 0.99, 0.98]}]
        if r.rand() < 0.5:
            it += [{"t": "path", "pts": [[20, y], [190, y]], "c": [0.8, 0.85, 0.9], "lw": 0.2} for y in range(40, 280, 9)]
        return W, H, it
    if sub == "receipt":
        W, H = 80.0, 150.0
        shop = V.pick(r, V.BRANDS) + V.pick(r, ["便利店", "超市", "文具店", "打印复印店"])
        it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.98, 0.98, 0.97]},
              T(W / 2, 12, shop, "hei", 12, c=BLACK, align="c"), T(6, 22, "收银员：01    单号：" + str(int(r.randint(10 ** 6, 10 ** 7))), "hei", 7, c=BLACK)]
        y, tot = 32, 0.0
        goods = ["复印 A4", "打印 黑白", "证件照", "档案袋", "签字笔", "矿泉水", "纸巾", "订书钉", "扫描 彩色", "塑封"]
        for _ in range(int(r.randint(3, 8))):
            g = V.pick(r, goods)
            q = int(r.randint(1, 10))
            pr = float(r.choice([0.5, 1, 2, 3.5, 5, 10, 12]))
            tot += q * pr
            it += [T(6, y, g, "hei", 8, c=BLACK), T(46, y, f"x{q}", "hei", 8, c=BLACK), T(74, y, f"{q * pr:.2f}", "hei", 8, c=BLACK, align="r")]
            y += 6
        it += [{"t": "path", "pts": [[5, y], [75, y]], "c": BLACK, "lw": 0.2}, T(6, y + 7, "合计", "hei", 9, c=BLACK),
               T(74, y + 7, f"{tot:.2f}", "hei", 9, c=BLACK, align="r"), T(W / 2, y + 20, "谢谢惠顾，欢迎再次光临", "hei", 8, c=BLACK, align="c")]
        return W, H, it
    if sub == "form":
        W, H = 210.0, 297.0
        title = V.pick(r, ["公共场所卫生许可申请表", "食品经营许可申请书", "个体工商户登记（备案）申请书", "营业执照遗失补领申请表"])
        it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.99, 0.99, 0.99]}, T(W / 2, 30, title, "hei", 16, c=BLACK, align="c")]
        labels = ["单位名称", "统一社会信用代码", "法定代表人", "联系电话", "经营地址", "许可项目", "从业人员数", "申请日期"]
        y = 50
        for lab in labels:
            it += [{"t": "rect", "x": 20, "y": y, "w": 45, "h": 14, "c": BLACK, "lw": 0.3},
                   {"t": "rect", "x": 65, "y": y, "w": 125, "h": 14, "c": BLACK, "lw": 0.3}, T(23, y + 9, lab, face, 10, c=BLACK)]
            y += 14
        it.append(P(20, y + 14, "本单位承诺所提交的材料真实有效，并对其真实性负责。申请人（签字或盖章）：", face, 10, 170, 7, c=BLACK))
        return W, H, it
    if sub == "letter":
        W, H = 210.0, 297.0
        who, co = V.person_name(r), V.pick(r, V.BRANDS) + "商贸有限公司"
        title = V.pick(r, ["授权委托书", "情况说明", "承诺书"])
        body = {"授权委托书": f"兹委托{who}同志前往贵中心办理本公司营业执照变更登记及食品经营许可证延续手续，"
                          "受托人在办理上述事项过程中所签署的有关文件，我公司均予以承认。委托期限自签字之日起三十日内有效。",
                "情况说明": f"我公司{co}因办公地址搬迁，原营业执照正本、副本及卫生许可证暂存于档案室，"
                        "现需补充提交相关复印件。特此说明，请予办理。",
                "承诺书": f"本人{who}承诺：所提交的身份证复印件、营业执照复印件及其他申请材料真实、合法、有效，"
                       "如有虚假，愿承担相应法律责任。"}[title]
        it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [0.99, 0.99, 0.985]}, T(W / 2, 40, title, "hei", 18, c=BLACK, align="c"),
              T(25, 60, "综合受理窗口：", face, 12, c=BLACK),
              P(25, 72, body, face, 12, 160, 8.5, c=BLACK, indent=8.5),
              T(120, 160, co, face, 12, c=BLACK), T(120, 170, "2026年" + f"{int(r.randint(1, 12))}月{int(r.randint(1, 28))}日", face, 12, c=BLACK)]
        return W, H, it
    W, H = 297.0, 210.0  # certificate
    who = V.person_name(r)
    title = V.pick(r, ["荣誉证书", "培训合格证书", "结业证书"])
    body = V.pick(r, [f"{who}同志在2025年度食品安全管理员培训中成绩合格，特发此证。",
                      f"授予{who}同志“优秀窗口服务人员”荣誉称号。特发此证，以资鼓励。",
                      f"{who}同志参加公共场所从业人员卫生知识培训，经考核合格，准予结业。"])
    it = _frame(W, H, 12, [0.75, 0.2, 0.15]) + [
        T(W / 2, 70, title, "kai" if r.rand() < 0.5 else "song", 36, c=[0.75, 0.1, 0.1], align="c"),
        P(55, 105, body, face, 16, 190, 11, c=BLACK, indent=11),
        T(200, 160, "2026年" + f"{int(r.randint(1, 12))}月{int(r.randint(1, 28))}日", face, 13, c=BLACK),
        {"t": "seal", "cx": 220, "cy": 150, "r": 18, "str": V.pick(r, V.BRANDS) + "职业培训学校", "f": FACES["song"], "bottom": ""}]
    return W, H, it


# ---------------------------------------------------------------- marks

def signature(r, x, y, w, h) -> dict:
    t = np.linspace(0, 1, 60)
    k = r.uniform(2.5, 5)
    xs = x + w * t + r.uniform(0.5, 2) * np.sin(t * k * 6.28)
    ys = y + h * 0.5 + h * 0.4 * np.sin(t * k * 9.4 + r.uniform(0, 3)) * (1 - t * 0.5)
    return {"t": "path", "pts": [[round(a, 2), round(b, 2)] for a, b in zip(xs, ys, strict=True)], "c": BLUE if r.rand() < 0.5 else BLACK, "lw": 0.45}


def marks(r, W, H, kind: str) -> tuple[list, list]:
    """Marks a window adds: 仅供…使用 watermarks, the copy note with a signature, stamps, handwriting,
    a company seal over the text. All translucent or in margins (values stay readable: the truth
    treats them as not covering)."""
    out, names = [], []
    small = W < 100
    if not small and r.rand() < 0.35:
        purpose = V.pick(r, ["办理公共场所卫生许可", "办理食品经营许可", "办理银行开户", "办理营业执照变更", "综合窗口受理"])
        for k in range(2 if W > 250 else 1):
            out.append(T(W * (0.15 + 0.4 * k), H * 0.75 - k * 20, f"仅供{purpose}使用，他用无效", "song", 22 if W > 250 else 16,
                         c=[0.55, 0.55, 0.58], op=0.38, rot=30))
        names.append("watermark")
    if not small and r.rand() < 0.35:
        x, y = W * 0.06 + 4, H - 18
        out += [T(x, y - 10, "复印件与原件一致", "hand", 13, c=BLUE, rot=2), signature(r, x + 4, y - 6, 26, 7)]
        names.append("copy_note")
    if not small and r.rand() < 0.25:
        x, y = W * 0.62, H * 0.07 + 2
        col = RED
        out += [{"t": "rect", "x": x, "y": y, "w": 34, "h": 11, "c": col, "lw": 0.7, "op": 0.7, "mult": True},
                T(x + 17, y + 7.6, V.pick(r, ["已核验", "与原件核对无误", "已受理", "材料已收"]), "hei", 11, c=col, align="c", op=0.7, mult=True)]
        names.append("stamp")
    if not small and r.rand() < 0.2:
        out.append(T(W * 0.08 + 5, H * 0.1 + 4, V.pick(r, ["原件已核", "待补材料", "请于周五前补正", "经办人已审"]), "hand", 12, c=BLACK, rot=-3))
        names.append("handwriting")
    if kind in ("business_license", "food_business_license", "public_health_license") and r.rand() < 0.3:
        out.append({"t": "seal", "cx": W * r.uniform(0.35, 0.6), "cy": H * r.uniform(0.45, 0.7), "r": 20 if W > 250 else 16,
                    "str": V.pick(r, V.BRANDS) + "有限公司", "f": FACES["song"], "bottom": "", "op": 0.7})
        names.append("seal_over_text")
    return out, names
