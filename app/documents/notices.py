"""The notices and receipts (platypus flows, A4 portrait, government notice layout):
申请表 (the item's form-generated material, for the applicant's signature), 受理回执, 材料接收凭证, 一次性告知书 / 补正告知书, 容缺受理通知书, 容缺受理承诺书, 告知承诺书,
不予受理通知书. Each builder takes the case's `DocumentData` and returns the story and page
furniture; every value it must show goes through `data.require`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from app.documents.data import MATERIAL_STATUS_ZH, SEVERITY_ZH, DocumentData, MaterialLine, _as_date, zh_date
from app.documents.docnumber import document_number
from app.documents.errors import DocumentNotApplicable
from app.documents.layout import (
    CONTENT_W,
    PAGE_H,
    PAGE_W,
    PageFurniture,
    SealBlock,
    Title,
    draw_qr,
    esc,
    grid_table,
    kv_table,
    styles,
)

Story = list[Any]


class Ctx:
    """What a builder gets besides the data: the date to print and the seal image."""

    def __init__(self, name: str, data: DocumentData, issued_on: dt.date, seal_image=None, reprint_note: str = ""):
        self.name, self.data, self.issued_on, self.seal_image = name, data, issued_on, seal_image
        self.reprint_note = reprint_note
        self.st = styles()

    def req(self, key: str, value: Any, label_zh: str, label_en: str = "") -> Any:
        return self.data.require(self.name, key, value, label_zh, label_en)

    # ---- common parts ------------------------------------------------------------------------
    def organ(self) -> str:
        return self.req("item.implementer", self.data.item.implementer, "实施机关", "implementing authority")

    def number(self, kind: str) -> str:
        acc = self.req("acceptance_number", self.data.acceptance_number, "受理编号", "acceptance number")
        return document_number(acc, center_name=self.data.center_name, department=self.data.item.department,
                               kind=kind)

    def head(self, title: str, kind: str | None) -> Story:
        story: Story = [Paragraph(esc(self.organ()), self.st["org"]), Spacer(1, 2 * mm), Title(title)]
        if kind:
            story.append(Paragraph(esc(self.number(kind)), self.st["docno"]))
        return story

    def addressee(self) -> Paragraph:
        return Paragraph(esc(self.data.applicant_name(self.name)) + "：", self.st["addressee"])

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.st[style])

    def seal(self) -> SealBlock:
        return SealBlock(self.organ(), self.issued_on, self.seal_image)

    def accepted_on(self) -> dt.date:
        return self.req("accepted_on", self.data.accepted_on, "受理（申请）日期", "acceptance date")

    def furniture(self, first_page=None) -> PageFurniture:
        version, digest = self.data.rule_version()
        self.req("catalog_version", version, "事项目录版本", "catalog version")
        self.req("catalog_hash", digest, "事项目录哈希", "catalog hash")
        footer = (f"受理编号 {self.data.acceptance_number}  事项编码 {self.data.item.code}\n"
                  f"生成依据：事项目录 {version}  哈希 {digest[:16]}")
        return PageFurniture(footer=footer, reprint_note=self.reprint_note, first_page=first_page)

    def item_label(self) -> str:
        return self.req("item.name", self.data.item.name, "办理事项", "service item")

    def materials_table(self, lines: list[MaterialLine], *, with_status: bool = True):
        st = self.st
        head = ["序号", "材料名称", "原件", "复印件", "页数"] + (["收取情况"] if with_status else [])
        rows = [[Paragraph(h, st["cellc"]) for h in head]]
        spans: list[tuple] = []
        for i, m in enumerate(lines, 1):
            if with_status and m.status == "exempted" and m.status_zh != MATERIAL_STATUS_ZH["exempted"]:
                # 电子证照调用（证照编号 …）: no paper, so no counts — the reference gets the whole
                # width of 原件…收取情况 instead of wrapping a licence number in a 27 mm column
                rows.append([Paragraph(str(i), st["cellc"]), Paragraph(esc(m.name), st["cell"]),
                             Paragraph(esc(m.status_zh), st["cell"]), "", "", ""])
                spans.append(("SPAN", (2, i), (5, i)))
                continue
            row = [Paragraph(str(i), st["cellc"]), Paragraph(esc(m.name), st["cell"]),
                   Paragraph(f"{m.originals} 份" if m.originals else "—", st["cellc"]),
                   Paragraph(f"{m.copies} 份" if m.copies else "—", st["cellc"]),
                   Paragraph(str(m.pages) if m.pages else "—", st["cellc"])]
            if with_status:
                row.append(Paragraph(esc(m.status_zh), st["cellc"]))
            rows.append(row)
        widths = [13 * mm, None, 15 * mm, 16 * mm, 13 * mm] + ([27 * mm] if with_status else [])
        fixed = sum(w for w in widths if w)
        widths = [w if w else CONTENT_W - fixed for w in widths]
        table = grid_table(rows, widths)
        if spans:
            table.setStyle(TableStyle(spans))
        return table


    def exemptions_table(self, lines: list[MaterialLine]):
        """The materials not handed in: name and how the window got them instead
        (电子证照调用（证照编号 …） / 数据共享核验（…）) — no paper, so no copy/page counts."""
        st = self.st
        rows = [[Paragraph(h, st["cellc"]) for h in ("序号", "材料名称", "取得方式")]]
        rows += [[Paragraph(str(i), st["cellc"]), Paragraph(esc(m.name), st["cell"]), Paragraph(esc(m.status_zh), st["cell"])]
                 for i, m in enumerate(lines, 1)]
        return grid_table(rows, [13 * mm, (CONTENT_W - 13 * mm) * 0.45, (CONTENT_W - 13 * mm) * 0.55])


def _received(data: DocumentData) -> list[MaterialLine]:
    """The receipt's material lines: what was handed over or exempted, plus the materials the
    decision lets follow later (容缺) or replaced by a commitment, with that status."""
    decision = data.decision or {}
    tolerated = {str(t.get("material")) for t in decision.get("tolerated") or []}
    tolerated |= {str(f.get("material")) for f in data.findings if f.get("severity") == "容缺" and f.get("material")}
    committed = {str(x.get("material")) for x in decision.get("committed") or []}
    out = []
    for m in data.materials:
        if m.status != "pending":
            out.append(m)
        elif m.code in tolerated:
            out.append(dataclasses.replace(m, status="tolerated"))
        elif m.code in committed:
            out.append(dataclasses.replace(m, status="committed"))
    return out if any(m.status in {"received", "exempted"} for m in out) else []


def _qr_payload(data: DocumentData) -> str:
    """What the receipt's QR carries: the case uuid and acceptance number, as a progress-lookup
    URL on the platform when one is configured, else a compact self-describing string."""
    if data.platform_url:
        return f"{data.platform_url.rstrip('/')}/progress?no={data.acceptance_number}&uuid={data.uuid}"
    return f"ZC:CASE:1;no={data.acceptance_number};uuid={data.uuid}"


# ---- 申请表 ------------------------------------------------------------------------------------
def generated_material(data: DocumentData) -> MaterialLine | None:
    """The case's material the workstation generates from the form (catalog `generated_from: form`)."""
    for m in data.materials:
        spec = data.item.material(m.code)
        if spec is not None and spec.generated_from == "form":
            return m
    return None


def application_form(c: Ctx) -> tuple[Story, PageFurniture]:
    """The 申请表 printed from the form for the applicant to check and sign: every field that
    applies to the case's 情形, in catalog order and groups, unmasked (it is the applicant's own
    declaration and goes into the file), then the 承诺 and the signature lines."""
    from app.catalog import resolve

    d = c.data
    line = c.req("generated_material", generated_material(d), "由表单生成的申请表", "form-generated application form")
    specs = resolve(d.item, d.answers or {}).fields
    filled = [(f, d.field_value(f.key)) for f in specs]
    c.req("fields", [v for _f, v in filled if v], "申请表填写内容", "application form values")
    st = c.st
    story: Story = [Paragraph(esc(c.organ()), st["org"]), Spacer(1, 2 * mm), Title(line.name),
                    Paragraph(esc(f"受理编号 {d.acceptance_number}"), st["docno"]),
                    c.para(f"办理事项：{esc(c.item_label())}（事项编码 {esc(d.item.code)}）", "plain"), Spacer(1, 2 * mm)]
    group, pairs = None, []

    def flush() -> None:
        if pairs:
            if group:
                story.append(c.para(esc(group), "heading"))
            story.append(kv_table(list(pairs), CONTENT_W, label_w=52 * mm))
            story.append(Spacer(1, 2 * mm))
            pairs.clear()

    for f, value in filled:
        if f.group != group:
            flush()
            group = f.group
        pairs.append((f.label, value or ("＿＿＿＿＿＿＿＿" if f.required else "未填（未变更的以原许可档案为准）")))
    flush()
    story += [
        Spacer(1, 3 * mm),
        c.para("申请人承诺：本表所填内容及所附材料真实、合法、有效，如有虚假，自愿承担相应的法律责任。"),
        Spacer(1, 8 * mm),
        KeepTogether([c.para("申请人（签字或盖章）：＿＿＿＿＿＿＿＿＿＿＿＿", "plain"), Spacer(1, 4 * mm),
                      c.para("日　　期：＿＿＿＿年＿＿月＿＿日", "plain")]),
    ]
    return story, c.furniture()


# ---- 受理回执 ----------------------------------------------------------------------------------
def receipt(c: Ctx) -> tuple[Story, PageFurniture]:
    d = c.data
    c.req("uuid", d.uuid, "办件标识 uuid", "case uuid")
    acc = c.req("acceptance_number", d.acceptance_number, "受理编号", "acceptance number")
    if not d.was_accepted or d.state == "voided":
        raise DocumentNotApplicable(c.name, "办件尚未受理（或已不予受理/作废）", "the case has not been accepted")
    name = d.applicant_name(c.name)
    id_label, id_value = d.applicant_identity(c.name)
    materials = c.req("materials", _received(d), "已收取的申请材料", "materials received")
    accepted = c.accepted_on()
    clerk = c.req("clerk", d.clerk, "受理人", "clerk")
    center = c.req("center_name", d.center_name, "受理中心", "service center")
    promised = d.item.time_limit.promised
    if promised == 0:
        due_text = "即办件，当场办结"
    else:
        due = c.req("due_date", d.effective_due_date(), "承诺办结日期", "promised due date")
        due_text = f"{zh_date(due)}前（承诺时限 {promised} 个工作日，自受理次日起算，法定节假日不计）"
        if d.due_date_provisional():  # next year's notice not loaded yet: say so on the receipt
            due_text += "【暂定：节假日安排公布后重新计算并告知】"
    tolerance = "accepted_tolerance" in {d.state, *d.states_seen} or d.taken_decision == "accept_with_tolerance"
    pairs: list[tuple[str, object]] = [
        ("受理编号", acc),
        ("办理事项", f"{c.item_label()}（事项编码 {d.item.code}）"),
        ("申请人", name),
        (id_label, id_value),
    ]
    contact = d.contact_line()
    if contact:
        pairs.append(("联系人", contact))
    pairs += [
        ("受理方式", "容缺受理" if tolerance else "受理"),
        ("受理日期", zh_date(accepted)),
        ("承诺办结", due_text),
        ("受理窗口", f"{center} {d.window_no} 号窗口　受理人：{clerk}"),
    ]
    story = c.head("受理回执", "受")
    story.append(c.addressee())
    body = (f"你（单位）于{zh_date(accepted)}申请办理的“{esc(c.item_label())}”事项，申请材料齐全、符合法定形式"
            "（或已按要求补正），本机关依据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。")
    if tolerance:
        deadline = d.supplement_deadline()
        body = (f"你（单位）于{zh_date(accepted)}申请办理的“{esc(c.item_label())}”事项，主要申请材料齐全，"
                "部分非关键材料容缺，本机关决定予以容缺受理"
                + (f"，请于{zh_date(deadline)}前补齐容缺材料（详见《容缺受理通知书》）。" if deadline else "。"))
    story += [c.para(body), Spacer(1, 2 * mm), kv_table(pairs, CONTENT_W), Spacer(1, 4 * mm),
              c.para("已收取的申请材料：", "plain"), c.materials_table(materials), Spacer(1, 3 * mm),
              KeepTogether([c.para("请妥善保管本回执，凭受理编号或扫描右上角二维码查询办理进度、领取办理结果。"
                                   "如有疑问，请向受理窗口咨询。"), c.seal()])]

    def first_page(canvas):
        size = 24 * mm
        x, y = PAGE_W - 14 * mm - size, PAGE_H - 14 * mm - size
        if c.reprint_note:
            x -= 34 * mm
        draw_qr(canvas, _qr_payload(d), x, y, size)
        canvas.setFont("ZCWenKai", 7)
        canvas.drawCentredString(x + size / 2, y - 2.5 * mm, "扫码查询办理进度")

    return story, c.furniture(first_page)


# ---- 材料接收凭证 ------------------------------------------------------------------------------
def material_receipt(c: Ctx) -> tuple[Story, PageFurniture]:
    d = c.data
    materials = c.req("materials", [m for m in d.materials if m.status == "received"], "已收取的申请材料",
                      "materials received")
    name = d.applicant_name(c.name)
    id_label, id_value = d.applicant_identity(c.name)
    clerk = c.req("clerk", d.clerk, "收件人", "clerk")
    story = c.head("材料接收凭证", "收")
    story += [
        kv_table([("受理编号", d.acceptance_number), ("办理事项", c.item_label()), ("申请人", name),
                  (id_label, id_value), ("收件日期", zh_date(c.issued_on)),
                  ("收件窗口", f"{d.center_name} {d.window_no} 号窗口"), ("收件人", clerk)], CONTENT_W),
        Spacer(1, 4 * mm),
        c.para(f"今收到你（单位）提交的下列材料共 {len(materials)} 项：", "plain"),
        c.materials_table(materials, with_status=False),
        Spacer(1, 3 * mm),
    ]
    exempted = [m for m in d.materials if m.status == "exempted"]
    if exempted:  # 两个免于提交: what the window fetched instead (app/services/elicense.py)
        story += [c.para(f"下列材料共 {len(exempted)} 项经你（单位）授权，通过电子证照调用或数据共享核验取得，免于提交：",
                         "plain"),
                  c.exemptions_table(exempted), Spacer(1, 3 * mm)]
    story += [
        c.para("本凭证仅证明窗口已收到上述材料，不代表申请已被受理；是否受理以《受理回执》或相关告知书为准。"
               "原件经核对后当场退还。"),
        Spacer(1, 6 * mm),
        KeepTogether([c.para("申请人（签字）：＿＿＿＿＿＿＿＿　　　　收件人（签字）：＿＿＿＿＿＿＿＿", "plain"),
                      c.seal()]),
    ]
    return story, c.furniture()


# ---- 一次性告知书 / 补正告知书 ------------------------------------------------------------------
def _findings_table(c: Ctx, findings: list[dict[str, Any]]):
    st = c.st
    rows = [[Paragraph(h, st["cellc"]) for h in ("序号", "涉及材料或事项", "存在的问题", "补正要求及依据", "类别")]]
    for i, f in enumerate(findings, 1):
        msg = c.data.require(c.name, f"decision.findings[{i - 1}].message", (f.get("message") or "").strip(),
                             f"第 {i} 项问题的说明", f"message of finding {i}")
        how = "；".join(x for x in ((f.get("hint") or "").strip(), (f.get("basis") or "").strip()) if x) or "—"
        rows.append([Paragraph(str(i), st["cellc"]), Paragraph(esc(c.data.finding_subject(f)), st["cell"]),
                     Paragraph(esc(msg), st["cell"]), Paragraph(esc(how), st["cell"]),
                     Paragraph(esc(SEVERITY_ZH.get(str(f.get("severity")), str(f.get("severity") or ""))),
                               st["cellc"])])
    widths = [13 * mm, 36 * mm, None, 46 * mm, 20 * mm]
    fixed = sum(w for w in widths if w)
    return grid_table(rows, [w if w else CONTENT_W - fixed for w in widths])


def _telling(c: Ctx, title: str, kind: str, correction: bool) -> tuple[Story, PageFurniture]:
    d = c.data
    reasons = [str(r).strip() for r in (d.result or {}).get("reasons") or [] if str(r).strip()]
    if correction and reasons:  # 补正 asked by the back office: its reasons are what to correct
        findings = [{"severity": "block", "message": r, "rule": f"platform-{i}"} for i, r in enumerate(reasons, 1)]
    else:
        findings = c.req("decision.findings", d.findings, "预审发现的问题（一次性告知内容）", "pre-review findings")
    applied = d.accepted_on or c.issued_on
    story = c.head(title, kind)
    story.append(c.addressee())
    if correction:
        lead = (f"你（单位）于{zh_date(applied)}提交的“{esc(c.item_label())}”申请材料（受理编号 {esc(d.acceptance_number)}），"
                f"经审查，存在下列需要补正的问题，共 {len(findings)} 项，现一次性告知如下：")
    else:
        lead = (f"你（单位）于{zh_date(applied)}申请办理的“{esc(c.item_label())}”事项（受理编号 {esc(d.acceptance_number)}），"
                f"经审查，申请材料存在下列问题，共 {len(findings)} 项，依据《中华人民共和国行政许可法》第三十二条的规定，"
                "现一次性告知如下：")
    story += [c.para(lead), Spacer(1, 2 * mm), _findings_table(c, findings), Spacer(1, 3 * mm),
              c.para("请按上述要求一次性补正后重新提交。补正材料齐全、符合法定形式的，本机关自收到补正材料之日起受理，"
                     "办理时限自受理次日起重新计算。"),
              KeepTogether([c.para(f"咨询窗口：{esc(d.center_name)} {esc(d.window_no)} 号窗口；"
                                   f"经办人：{esc(c.req('clerk', d.clerk, '经办人', 'clerk'))}。"), c.seal()])]
    return story, c.furniture()


def one_time_notice(c: Ctx):
    return _telling(c, "一次性告知书", "告", correction=False)


def correction_notice(c: Ctx):
    """补正 requested after acceptance (the back office's correction_requested)."""
    if "correction_requested" not in {c.data.state, *c.data.states_seen}:
        raise DocumentNotApplicable(c.name, "审批环节未要求补正（受理前的补正请用《一次性告知书》）",
                                    "no correction was requested after acceptance; use the one-time notice")
    return _telling(c, "补正告知书", "补", correction=True)


# ---- 容缺 ------------------------------------------------------------------------------------
def _tolerated(c: Ctx, deadline: dt.date) -> list[tuple[str, str, dt.date]]:
    """(material, requirement, deadline) for every 容缺 material: the decision's `tolerated`
    list (per-material deadlines), 容缺 findings, then materials marked tolerated on the case."""
    d = c.data
    hints = {str(f.get("material")): (f.get("hint") or f.get("message") or "").strip()
             for f in d.findings if f.get("severity") == "容缺" and f.get("material")}
    out: list[tuple[str, str, dt.date]] = []
    seen: set[str] = set()
    for t in (d.decision or {}).get("tolerated") or []:
        code = str(t.get("material") or "")
        own = _as_date(t.get("deadline")) or deadline
        out.append((str(t.get("name") or d.material_name(code)), hints.get(code) or _need(d, code), min(own, deadline)
                    if own else deadline))
        seen.add(code)
    for f in d.findings:
        code = str(f.get("material") or "")
        if f.get("severity") == "容缺" and code not in seen:
            out.append((d.finding_subject(f), hints.get(code) or (f.get("message") or "").strip(), deadline))
            seen.add(code or d.finding_subject(f))
    for m in d.materials:
        if m.status == "tolerated" and m.code not in seen:
            out.append((m.name, _need(d, m.code), deadline))
            seen.add(m.code)
    return out


def _need(d: DocumentData, code: str) -> str:
    line = next((m for m in d.materials if m.code == code), None)
    spec = d.item.material(code)
    originals = line.originals if line else (spec.copies.original if spec else 0)
    copies = line.copies if line else (spec.copies.copy_ if spec else 0)
    need = ([f"原件 {originals} 份"] if originals else []) + ([f"复印件 {copies} 份"] if copies else [])
    return "补交" + "、".join(need) if need else "补交"


def _tolerance_table(c: Ctx, lines: list[tuple[str, str, dt.date]]):
    st = c.st
    rows = [[Paragraph(h, st["cellc"]) for h in ("序号", "容缺材料", "补交要求", "补齐期限")]]
    for i, (name, need, deadline) in enumerate(lines, 1):
        rows.append([Paragraph(str(i), st["cellc"]), Paragraph(esc(name), st["cell"]),
                     Paragraph(esc(need or "补交"), st["cell"]), Paragraph(zh_date(deadline), st["cellc"])])
    widths = [13 * mm, None, 44 * mm, 36 * mm]
    return grid_table(rows, [w if w else CONTENT_W - 93 * mm for w in widths])


def tolerance_notice(c: Ctx):
    d = c.data
    deadline = c.req("decision.supplement_deadline", d.supplement_deadline(), "容缺材料补齐期限", "supplement deadline")
    lines = c.req("tolerated_materials", _tolerated(c, deadline), "容缺材料", "tolerated materials")
    accepted = c.accepted_on()
    story = c.head("容缺受理通知书", "容")
    story.append(c.addressee())
    story += [
        c.para(f"你（单位）于{zh_date(accepted)}申请办理的“{esc(c.item_label())}”事项（受理编号 {esc(d.acceptance_number)}），"
               "经审查，主要申请材料齐全、符合法定形式，下列非关键材料暂缺或存在瑕疵。根据你（单位）签署的"
               "《容缺受理承诺书》，本机关决定予以容缺受理。"),
        Spacer(1, 2 * mm), _tolerance_table(c, lines), Spacer(1, 3 * mm),
        c.para(f"请于{zh_date(deadline)}前将上述材料补交至{esc(d.center_name)}。材料补齐并经审查符合要求的，"
               "本机关依法作出决定；逾期未补齐或补交材料不符合要求的，本机关将终止办理，视为撤回申请，"
               "并依照承诺记录相关信用信息。"),
        KeepTogether([c.para("本通知书一式两份，申请人和受理机关各执一份。"), c.seal()]),
    ]
    return story, c.furniture()


def tolerance_pledge(c: Ctx):
    d = c.data
    deadline = c.req("decision.supplement_deadline", d.supplement_deadline(), "容缺材料补齐期限", "supplement deadline")
    lines = c.req("tolerated_materials", _tolerated(c, deadline), "容缺材料", "tolerated materials")
    name = d.applicant_name(c.name)
    id_label, id_value = d.signer_identity(c.name)
    story: Story = [Spacer(1, 4 * mm), Title("容缺受理承诺书"), Spacer(1, 2 * mm)]
    story += [
        c.para(f"{esc(c.organ())}：", "addressee"),
        c.para(f"本人（单位）{esc(name)}（{esc(id_label)}：{esc(id_value)}）申请办理“{esc(c.item_label())}”事项"
               f"（受理编号 {esc(d.acceptance_number)}），因下列材料暂不能提供，自愿申请容缺受理，并郑重承诺："),
        c.para("一、已提交的申请材料真实、合法、有效，如有虚假，自愿承担相应法律责任；"),
        c.para(f"二、于{zh_date(deadline)}前补交下列材料，补交材料与承诺内容一致："),
        _tolerance_table(c, lines), Spacer(1, 2 * mm),
        c.para("三、逾期未补交或补交材料不符合要求的，同意受理机关终止办理，视为撤回申请，由此产生的后果由本人（单位）承担；"),
        c.para("四、本人（单位）无严重失信记录；知悉违反承诺的情况将记入信用记录。"),
        Spacer(1, 10 * mm),
        c.para("承诺人（签字或盖章）：＿＿＿＿＿＿＿＿＿＿＿＿", "plain"),
        Spacer(1, 4 * mm),
        c.para("日　　期：＿＿＿＿年＿＿月＿＿日", "plain"),
    ]
    return story, c.furniture()


# ---- 告知承诺书 -------------------------------------------------------------------------------
def commitment_letter(c: Ctx):
    d = c.data
    committed = [(str(x.get("name") or d.material_name(str(x.get("material")))), str(x.get("verification") or ""))
                 for x in (d.decision or {}).get("committed") or []]
    if not committed:  # no pre-review yet: the case's materials the catalog allows to replace by commitment
        for m in d.materials:
            spec = d.item.material(m.code)
            if spec and spec.commitment and m.status in {"committed", "pending"}:
                committed.append((m.name, spec.commitment.verification))
    committed = c.req("committed_materials", committed, "以承诺替代的证明材料", "materials replaced by commitment")
    name = d.applicant_name(c.name)
    id_label, id_value = d.applicant_identity(c.name)
    basis = "；".join(f"《{b.law}》{b.article}" for b in d.item.legal_basis)
    st = c.st
    rows = [[Paragraph(h, st["cellc"]) for h in ("序号", "以承诺替代的证明材料", "事后核查方式")]]
    for i, (mname, verify) in enumerate(committed, 1):
        rows.append([Paragraph(str(i), st["cellc"]), Paragraph(esc(mname), st["cell"]), Paragraph(esc(verify), st["cell"])])
    story = c.head("证明事项告知承诺书", "诺")
    story += [
        c.para("一、行政机关告知", "heading"),
        c.para(f"（一）事项名称：{esc(c.item_label())}（事项编码 {esc(d.item.code)}）。"),
        c.para(f"（二）设定依据：{esc(basis)}。"),
        c.para("（三）以承诺替代的证明内容及核查方式："),
        grid_table(rows, [13 * mm, CONTENT_W - 83 * mm, 70 * mm]), Spacer(1, 2 * mm),
        c.para("（四）承诺方式：申请人自愿书面承诺已经符合告知的条件、标准、要求，愿意承担不实承诺的法律责任，"
               "行政机关不再索要有关证明而依据书面承诺办理。"),
        c.para("（五）不实承诺的责任：经核查发现承诺不实的，行政机关依法撤销相关决定，并将不实承诺记入信用记录；"
               "涉嫌违法犯罪的，依法移送有关机关处理。"),
        c.para("（六）申请人有权查阅本告知承诺书及核查结果。"),
        c.para("二、申请人承诺", "heading"),
        c.para(f"申请人{esc(name)}（{esc(id_label)}：{esc(id_value)}）郑重承诺：已经知晓行政机关告知的全部内容；"
               "本人（单位）符合告知的条件、标准、要求；愿意承担不实承诺的法律责任；所作承诺是本人（单位）真实意思表示。"),
        Spacer(1, 8 * mm),
        KeepTogether([c.para("承诺人（签字或盖章）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", "plain"),
                      c.seal()]),
    ]
    return story, c.furniture()


# ---- 不予受理通知书 ----------------------------------------------------------------------------
def review_organ(item_implementer: str) -> str:
    """The 行政复议 organ for a county-level department: the government at the same level
    (行政复议法 2023 第二十四条)."""
    for suffix in ("区", "县", "市", "旗"):
        idx = item_implementer.find(suffix)
        if idx > 0:
            return item_implementer[: idx + 1] + "人民政府"
    return "本级人民政府"


def refusal_notice(c: Ctx):
    d = c.data
    if d.was_accepted:
        raise DocumentNotApplicable(c.name, "办件已受理，不能出具不予受理通知书", "the case was accepted")
    if (d.decision or {}).get("refuse_kind") == "correction":
        raise DocumentNotApplicable(c.name, "材料不齐全或不符合法定形式，应出具《一次性告知书》告知补正（行政许可法第三十二条）",
                                    "incomplete materials call for the one-time notice, not a refusal")
    reasons = [f for f in d.findings if f.get("refuse")] or [f for f in d.findings if f.get("severity") == "block"]
    lines = [(d.finding_subject(f), (f.get("message") or "").strip(), (f.get("basis") or "").strip()) for f in reasons]
    lines = [x for x in lines if x[1]]
    if not lines and d.refusal_reason.strip():
        lines = [("申请事项", d.refusal_reason.strip(), "")]
    lines = c.req("refusal_reasons", lines, "不予受理的理由", "reasons for refusal")
    applied = d.accepted_on or c.issued_on
    organ = c.organ()
    story = c.head("不予受理通知书", "不受")
    story.append(c.addressee())
    story.append(c.para(f"你（单位）于{zh_date(applied)}提出的“{esc(c.item_label())}”申请（受理编号 {esc(d.acceptance_number)}），"
                        "经审查，因下列原因，依据《中华人民共和国行政许可法》第三十二条的规定，本机关决定不予受理："))
    for i, (subject, msg, basis) in enumerate(lines, 1):
        tail = f"（依据：{esc(basis)}）" if basis else ""
        story.append(c.para(f"{i}. {esc(subject)}：{esc(msg)}{tail}"))
    story += [
        c.para(f"如对本决定不服，可以自收到本通知书之日起六十日内向{esc(review_organ(organ))}申请行政复议，"
               "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十条、"
               "《中华人民共和国行政诉讼法》第四十六条）。"),
        c.seal(),
    ]
    return story, c.furniture()
