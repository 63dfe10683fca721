"""The 一件事 documents: one 受理回执 and one 一次性告知书 for a whole bundle.

A bundle is accepted once, so the applicant gets one receipt that lists every member item with
its sub-number, department, decision and promised date, and — before that — one notice that
tells everything to fix across all members at once (each problem naming its item). The data
comes as a plain dict from `app.services.bundles` (no ORM rows here).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from app.documents.data import SEVERITY_ZH, zh_date
from app.documents.errors import DocumentNotApplicable
from app.documents.layout import (
    CONTENT_W,
    PageFurniture,
    SealBlock,
    Title,
    build_story,
    esc,
    grid_table,
    kv_table,
    styles,
)

BUNDLE_DOCUMENTS = ("受理回执", "一次性告知书")
DECISION_ZH = {"accept": "受理", "accept_with_tolerance": "容缺受理", "refuse": "须补正", "manual": "转人工审核"}


def _widths(widths: list[float | None]) -> list[float]:
    fixed = sum(w for w in widths if w)
    return [w if w else CONTENT_W - fixed for w in widths]


def _furniture(view: dict[str, Any]) -> PageFurniture:
    return PageFurniture(footer=f"一件事 {view['name']}（{view['code']}）受理编号 {view['acceptance_number']}\n"
                                f"生成依据：事项目录 {view.get('catalog_version', '')}")


def bundle_receipt(view: dict[str, Any], issued_on: dt.date) -> bytes:
    """受理回执 of a bundle: every member with its sub-number, department, decision and promised date."""
    members = view["members"]
    taken = [m for m in members if m.get("taken")]
    if not taken or len(taken) != len(members):
        raise DocumentNotApplicable("受理回执", "一件事尚未受理（须全部成员事项作出受理决定）",
                                    "the bundle has not been accepted (every member must be decided)")
    st = styles()
    tolerance = any(m["taken"] == "accept_with_tolerance" for m in members)
    pairs: list[tuple[str, object]] = [
        ("受理编号", view["acceptance_number"]),
        ("一件事", f"{view['name']}（{view['code']}）　牵头部门：{view['lead_department']}"),
        ("申请人", view.get("applicant_name") or "—"),
        ("受理方式", "容缺受理" if tolerance else "受理"),
        ("受理日期", zh_date(view["accepted_on"])),
        ("受理窗口", f"{view['center_name']} {view['window_no']} 号窗口　受理人：{view['clerk']}"),
    ]
    rows = [[Paragraph(h, st["cellc"]) for h in ("分编号", "办理事项", "承办部门", "受理情况", "承诺办结")]]
    for m in members:
        due = m.get("due_date")
        due_text = "即办" if m.get("promised_days") == 0 else (zh_date(dt.date.fromisoformat(str(due))) if due else "—")
        note = DECISION_ZH.get(m["taken"], m["taken"])
        if m.get("supplement_deadline"):
            note += f"（{zh_date(dt.date.fromisoformat(str(m['supplement_deadline'])))}前补齐）"
        rows.append([Paragraph(esc(m["acceptance_number"][-2:]), st["cellc"]), Paragraph(esc(m["item_name"]), st["cell"]),
                     Paragraph(esc(m["department"]), st["cell"]), Paragraph(esc(note), st["cellc"]),
                     Paragraph(esc(due_text), st["cellc"])])
    mats = [[Paragraph(h, st["cellc"]) for h in ("序号", "材料名称（一次提交，各事项共用）", "用于事项", "收取情况")]]
    for i, line in enumerate(view["materials"], 1):
        used = "、".join(n[-2:] for n in line["members"])
        states = {v["status"] for v in line["members"].values()}
        status = "免提交（成员事项核发后共享）" if line.get("produced_by") else (
            "已收取" if states == {"received"} else "容缺后补" if "tolerated" in states or "pending" in states
            else "免提交" if states == {"exempted"} else "、".join(sorted(states)))
        mats.append([Paragraph(str(i), st["cellc"]), Paragraph(esc(line["name"]), st["cell"]),
                     Paragraph(esc(used), st["cellc"]), Paragraph(esc(status), st["cellc"])])
    body = (f"你（单位）于{zh_date(view['accepted_on'])}申请办理的“{esc(view['name'])}”一件事，"
            f"共涉及 {len(members)} 个事项，经综合受理窗口审查，决定予以{'容缺' if tolerance else ''}受理，"
            "由各承办部门分别审批，办结后在本窗口一次领取全部办理结果。")
    story: list[Any] = [Paragraph(esc(view["center_name"]), st["org"]), Spacer(1, 2 * mm), Title("受理回执（一件事）"),
                        Paragraph(esc(view["applicant_name"] or "申请人") + "：", st["addressee"]), Paragraph(body, st["body"]),
                        Spacer(1, 2 * mm), kv_table(pairs, CONTENT_W), Spacer(1, 3 * mm),
                        Paragraph("办理事项：", st["plain"]),
                        grid_table(rows, _widths([16 * mm, None, 36 * mm, 34 * mm, 34 * mm])), Spacer(1, 3 * mm),
                        Paragraph("已收取的申请材料：", st["plain"]),
                        grid_table(mats, _widths([13 * mm, None, 24 * mm, 34 * mm])), Spacer(1, 3 * mm),
                        KeepTogether([Paragraph("请妥善保管本回执，凭受理编号查询各事项办理进度、领取办理结果。", st["body"]),
                                      SealBlock(view["center_name"], issued_on)])]
    buf = io.BytesIO()
    build_story(buf, story, _furniture(view), title=f"受理回执 {view['acceptance_number']}", author=view["center_name"],
                subject=view["name"])
    return buf.getvalue()


def bundle_notice(view: dict[str, Any], findings: list[dict[str, Any]], issued_on: dt.date) -> bytes:
    """一次性告知书 of a bundle: every problem across all members, each naming its item."""
    if not findings:
        raise DocumentNotApplicable("一次性告知书", "一件事预审没有需要告知的问题", "the bundle's pre-review found nothing to tell")
    st = styles()
    rows = [[Paragraph(h, st["cellc"]) for h in ("序号", "事项", "涉及材料或字段", "存在的问题", "补正要求及依据", "类别")]]
    for i, f in enumerate(findings, 1):
        subject = f.get("material_name") or f.get("field_label") or f.get("material") or f.get("field") or "—"
        how = "；".join(x for x in ((f.get("hint") or "").strip(), (f.get("basis") or "").strip()) if x) or "—"
        rows.append([Paragraph(str(i), st["cellc"]),
                     Paragraph(esc(f"{f['acceptance_number'][-2:]} {f['item_name']}"), st["cell"]),
                     Paragraph(esc(subject), st["cell"]), Paragraph(esc(f.get("message") or ""), st["cell"]),
                     Paragraph(esc(how), st["cell"]),
                     Paragraph(esc(SEVERITY_ZH.get(str(f.get("severity")), str(f.get("severity")))), st["cellc"])])
    lead = (f"你（单位）申请办理的“{esc(view['name'])}”一件事（受理编号 {esc(view['acceptance_number'])}，"
            f"涉及 {len(view['members'])} 个事项），经审查，申请材料存在下列问题，共 {len(findings)} 项，"
            "依据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知如下：")
    story: list[Any] = [Paragraph(esc(view["center_name"]), st["org"]), Spacer(1, 2 * mm), Title("一次性告知书（一件事）"),
                        Paragraph(esc(view["applicant_name"] or "申请人") + "：", st["addressee"]), Paragraph(lead, st["body"]),
                        Spacer(1, 2 * mm),
                        grid_table(rows, _widths([9 * mm, 26 * mm, 26 * mm, None, 38 * mm, 14 * mm])),
                        Spacer(1, 3 * mm),
                        Paragraph("请按上述要求一次性补正后重新提交，补正后各事项一并受理。", st["body"]),
                        KeepTogether([Paragraph(f"咨询窗口：{esc(view['center_name'])} {esc(view['window_no'])} 号窗口。",
                                                st["body"]), SealBlock(view["center_name"], issued_on)])]
    buf = io.BytesIO()
    build_story(buf, story, _furniture(view), title=f"一次性告知书 {view['acceptance_number']}",
                author=view["center_name"], subject=view["name"])
    return buf.getvalue()
