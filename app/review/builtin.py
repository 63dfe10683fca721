"""Checks every item gets without writing rules (ids `SYS-*`, `MAT-*`, `FLD-*`, `CARD-*`).

Materials required by the chosen 情形 present (received / exempted / committed; tolerated only
where the catalog allows 容缺), 告知承诺 and 免提交 only where the catalog allows them, page
quality, required fields, field types and the catalog validators, low OCR confidence on a
required field the clerk has not confirmed, unknown keys, and the ID card read at the window
(number valid, not expired, period consistent with age).
"""

from __future__ import annotations

import datetime as dt
import re

from app.cases.interchange import CaseDocument, FieldValue
from app.catalog.schema import ServiceItem
from app.catalog.situations import Resolution
from app.review.context import CaseContext, field_text, kind_name, wrong_kinds
from app.review.facts import nation_problem
from app.review.result import Finding
from app.validators import VALIDATORS
from app.validators.dates import LONG_TERM, check_id_validity, parse_date
from app.validators.idnumber import validate_id_number

LOW_CONFIDENCE = 0.8
QUALITY_WORDS = {"blurred": "模糊", "blur": "模糊", "glare": "反光", "cut_off": "不完整（被裁切）",
                 "cutoff": "不完整（被裁切）", "too_small": "过小", "too_dark": "过暗", "dark": "过暗",
                 "unreadable": "无法辨认", "skewed": "倾斜"}
BASIS_32 = "《中华人民共和国行政许可法》第三十二条"
BASIS_ID = "《中华人民共和国居民身份证法》第五条"


def check_situations(item: ServiceItem, resolution: Resolution) -> list[Finding]:
    out: list[Finding] = []
    for sid in resolution.unanswered:
        s = item.situation(sid)
        q = s.question if s else sid
        out.append(Finding("SYS-SITUATION", "block", f"情形“{q}”未选择，无法确定应交材料", situation=sid,
                           hint="请与申请人确认情形并选择", source="builtin"))
    if resolution.redirect:
        out.append(Finding("SYS-REDIRECT", "block", f"{resolution.redirect_reason}（应办理事项 {resolution.redirect}）",
                           situation=_situation_of(item, "redirect", resolution), basis=BASIS_32,
                           hint=f"请引导申请人改为办理事项 {resolution.redirect}", refuse=True, source="builtin"))
    for text in resolution.blocks:
        out.append(Finding("SYS-BLOCKED", "block", text, situation=_situation_of(item, "block", resolution),
                           basis=BASIS_32, refuse=True, source="builtin"))
    return out


def _situation_of(item: ServiceItem, attr: str, resolution: Resolution) -> str | None:
    for s in resolution.visible_situations:
        for o in s.options:
            if getattr(o, attr) and o.value in resolution.answers.get(s.id, []):
                return s.id
    return None


def check_materials(item: ServiceItem, doc: CaseDocument, resolution: Resolution) -> list[Finding]:
    out: list[Finding] = []
    entries = {m.code: m for m in doc.materials}
    in_scope = {m.code for m in resolution.materials}
    for m in resolution.materials:
        e = entries.get(m.code)
        status = e.status if e else "missing"
        required = m.code in resolution.required_materials
        name = f"“{m.name}”"
        link = {"material": m.code, "material_name": m.name, "source": "builtin"}
        if status in ("missing", "pending"):
            if not required or m.generated_from == "form":
                continue  # the 申请表 is printed from the form for signature at acceptance
            if m.tolerance:
                out.append(Finding("MAT-MISSING", "容缺",
                                   f"材料{name}未提交；该材料可容缺受理",
                                   basis="容缺受理制度（申请人签署《容缺受理承诺书》）",
                                   hint="请申请人签署容缺受理承诺书，或当场补交", **link))
            else:
                hint = "请申请人补交该材料"
                if m.commitment:
                    hint += "，或签署告知承诺书以承诺替代"
                if m.exempt_by:
                    hint += f"；也可经申请人授权调取（{'、'.join(source_words(x) for x in m.exempt_by)}）后标记为免提交"
                out.append(Finding("MAT-MISSING", "block", f"缺少必要材料{name}", basis=BASIS_32, hint=hint, **link))
        elif status == "tolerated":
            if m.tolerance:
                out.append(Finding("MAT-TOLERATED", "容缺",
                                   f"材料{name}容缺受理",
                                   basis="容缺受理制度（申请人签署《容缺受理承诺书》）",
                                   hint="打印容缺受理通知书和承诺书，由申请人签字", **link))
            else:
                out.append(Finding("MAT-NOT-TOLERABLE", "block", f"材料{name}不属于可容缺材料，不能容缺受理",
                                   basis=BASIS_32, hint="请申请人补交该材料", **link))
        elif status == "committed":
            if m.commitment:
                out.append(Finding("MAT-COMMITTED", "info",
                                   f"材料{name}以告知承诺替代，受理后须事后核查：{m.commitment.verification}",
                                   basis="《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）",
                                   hint="打印告知承诺书，由申请人签字", **link))
            else:
                out.append(Finding("MAT-NO-COMMITMENT", "block", f"材料{name}不适用告知承诺，须提交原件或复印件",
                                   basis=BASIS_32, hint="请申请人补交该材料", **link))
        elif status == "exempted":
            if not m.exempt_by:
                out.append(Finding("MAT-NOT-EXEMPT", "block", f"材料{name}没有免提交依据（目录未列明可共享调取），须提交",
                                   basis=BASIS_32, hint="请申请人补交该材料", **link))
        elif status == "received" and e is not None:
            wrong = wrong_kinds(m.doc_kinds, e)
            if wrong:
                want = "或".join(dict.fromkeys(kind_name(k).split("（")[0] for k in m.doc_kinds if k != "other"))
                found = "、".join(kind_name(k) for k in wrong)
                out.append(Finding("MAT-WRONG-KIND", "block",
                                   f"材料{name}应为{want}，但提交的文件识别为{found}，放错了材料位置或交错了材料",
                                   basis=f"{BASIS_32}（申请材料应符合法定形式）",
                                   hint=f"请提交{want}作为{name}；{found}如属其他材料，请放入对应的材料位置", **link))
                continue
            out.extend(_quality(m.code, m.name, e.quality, link))
            out.extend(_discrepancies(item, m.code, m.name, e.quality))
            want_o, want_c = m.copies.original, m.copies.copy_
            if (e.originals or e.copies) and want_o and e.originals < want_o:
                out.append(Finding("MAT-ORIGINAL", "warn", f"材料{name}须提交原件 {want_o} 份，登记为原件 {e.originals} 份",
                                   hint="请核对原件并更正份数", **link))
            elif (e.originals or e.copies) and want_c and e.copies + e.originals < want_c:
                out.append(Finding("MAT-COPIES", "warn", f"材料{name}须提交复印件 {want_c} 份，登记为 {e.copies} 份",
                                   hint="请核对份数", **link))
    for e in doc.materials:
        if item.material(e.code) is None:
            out.append(Finding("MAT-UNKNOWN", "warn", "登记了一份本事项材料清单中没有的材料，未纳入审查",
                               material=e.code, hint="请核对材料编码（目录版本是否一致）", source="builtin"))
        elif e.code not in in_scope and e.status == "received":
            continue  # extra material for another 情形: harmless
    return out


SOURCE_WORDS = {"elicense": "电子证照", "shared": "共享数据", "history": "一人一档"}


def source_words(ref: str) -> str:
    """`elicense.营业执照` → 电子证照“营业执照” (never the raw key)."""
    kind, _, name = str(ref).partition(".")
    return f"{SOURCE_WORDS.get(kind, '共享数据')}“{name or kind}”"


def _discrepancies(item: ServiceItem, code: str, name: str, quality: dict | None) -> list[Finding]:
    """Chip read vs OCR of the ID copy (recorded by pre-fill): the chip won; a human looks."""
    out: list[Finding] = []
    for d in (quality or {}).get("discrepancies") or []:
        if not isinstance(d, dict):
            continue
        spec = item.field(str(d.get("field", "")))
        label = spec.label if spec else str(d.get("field", ""))
        out.append(Finding("CARD-OCR-MISMATCH", "warn",
                           f"“{label}”：身份证读卡与材料“{name}”的识别结果不一致，已以读卡为准；请核对复印件是否为同一证件",
                           field=spec.key if spec else None, field_label=label if spec else None, material=code,
                           material_name=name, hint="核对证件复印件与原件", source="builtin"))
    return out


def _quality(code: str, name: str, quality: dict | None, link: dict) -> list[Finding]:
    if not quality:
        return []
    reasons = quality.get("reasons") or []
    if isinstance(reasons, str):
        reasons = [reasons]
    bad = quality.get("ok") is False or quality.get("readable") is False or (reasons and quality.get("ok") is not True)
    if not bad:
        return []
    words = "、".join(QUALITY_WORDS.get(str(r).lower(), str(r)) for r in reasons) or "无法辨认"
    return [Finding("MAT-UNREADABLE", "warn", f"材料“{name}”的影像{words}，无法可靠识别，须人工核对或重新拍摄",
                    hint="请重新拍摄/扫描该材料，或由受理人员人工核对原件", manual=True, **link)]


def check_fields(item: ServiceItem, doc: CaseDocument, resolution: Resolution, cctx: CaseContext) -> list[Finding]:
    out: list[Finding] = []
    values = doc.field_values()
    visible = {f.key for f in resolution.fields}
    for f in resolution.fields:
        if f.key in resolution.required_fields and field_text(values.get(f.key)) is None:
            out.append(Finding("FLD-REQUIRED", "block", f"必填项“{f.label}”未填写", field=f.key, field_label=f.label,
                               basis=BASIS_32, hint=f"请填写“{f.label}”", source="builtin"))
    problems = {p.key: p.message for p in cctx.problems}
    for key, message in problems.items():
        spec = item.field(key)
        out.append(Finding("FLD-FORMAT", "block", message, field=key, field_label=spec.label if spec else key,
                           basis=BASIS_32, hint="请按要求更正", source="builtin"))
    for key, raw in values.items():
        spec = item.field(key)
        text = field_text(raw)
        if spec is None or text is None or key not in visible or key in problems:
            continue
        for vname in spec.validators:
            check = VALIDATORS[vname](text)
            for issue in check.errors:
                basis = f"{BASIS_32}；{issue.basis}" if issue.basis else BASIS_32
                out.append(Finding("FLD-FORMAT", "block", f"“{spec.label}”有误：{issue.message_zh}", field=key,
                                   field_label=spec.label, basis=basis, hint="请核对原件后更正", source="builtin"))
            for issue in check.warnings:  # a hint to look, not a problem: info
                if issue.code == "nation.free_text":
                    firm = nation_problem(item, key, text, doc)
                    if firm is not None:
                        out.append(firm)
                        continue
                out.append(Finding("FLD-CHECK", "info", f"“{spec.label}”请核对：{issue.message_zh}", field=key,
                                   field_label=spec.label, hint="核对无误可继续", source="builtin"))
        if (isinstance(raw, FieldValue) and raw.source == "ocr" and raw.confidence is not None
                and raw.confidence < LOW_CONFIDENCE and not raw.confirmed and key in resolution.required_fields):
            out.append(Finding("FLD-LOW-CONFIDENCE", "warn",
                               f"“{spec.label}”由识别自动填入，可信度 {raw.confidence:.0%}，须人工核对", field=key,
                               field_label=spec.label, material=raw.source_ref if item.material(raw.source_ref or "") else None,
                               hint="对照原件核对后确认该字段", manual=True, source="builtin"))
    for key in cctx.unknown_fields:
        what = foreign_label(key)
        out.append(Finding("FLD-UNKNOWN", "warn", f"表单中的{what}不是事项“{item.name}”的申请表栏目，未纳入审查",
                           field=key, basis=BASIS_32, hint="请核对申请表是否为本事项的申请表（办件与目录版本是否一致）",
                           manual=True, source="builtin"))
    return out


FOREIGN_WORDS = {"legal_representative": "法定代表人", "legal_rep": "法定代表人", "legal_person": "法定代表人",
                 "registered_capital": "注册资本", "reg_capital": "注册资本", "capital": "注册资本",
                 "company_type": "公司类型", "entity_type": "主体类型", "shareholders": "股东", "directors": "董事",
                 "business_term": "营业期限", "established_date": "成立日期", "credit_code": "统一社会信用代码",
                 "id_number": "身份证件号码", "name": "姓名或名称", "phone": "联系电话", "address": "地址"}


def foreign_label(key: str) -> str:
    """A form key the item does not have, in words (never the raw key): its Chinese label when the
    key itself is Chinese or a common one, else "一个栏目"."""
    if re.search(r"[\u4e00-\u9fff]", key):
        return f"栏目“{key}”"
    low = key.lower()
    for k in sorted(FOREIGN_WORDS, key=len, reverse=True):
        if k in low:
            return f"栏目“{FOREIGN_WORDS[k]}”"
    return "一个无法识别的栏目"


def _is_agent_material(m) -> bool:
    return m.code == "M90" or any(w in m.name for w in ("受托人", "代理人", "委托"))


def _id_material(item: ServiceItem, resolution: Resolution, agent: bool) -> str | None:
    """The material holding the ID of whoever is at the window (the agent's when 委托)."""
    if agent:
        for m in resolution.materials:
            if _is_agent_material(m):
                return m.code
    own = [m for m in resolution.materials if "id_card_front" in m.doc_kinds and not _is_agent_material(m)]
    if not own:
        own = [m for m in resolution.materials if "身份" in m.name and not _is_agent_material(m)]
    return own[0].code if own else None


def check_id_copies(item: ServiceItem, doc: CaseDocument, resolution: Resolution, acceptance: dt.date,
                    already: set[str]) -> list[Finding]:
    """ID documents read by OCR (no chip read needed): expired → block on that material."""
    out: list[Finding] = []
    in_scope = {m.code: m for m in resolution.materials}
    for e in doc.materials:
        spec = in_scope.get(e.code)
        if spec is None or e.status != "received" or not e.ocr or e.code in already or wrong_kinds(spec.doc_kinds, e):
            continue
        if not ({"id_card_front", "id_card_back"} & set(spec.doc_kinds)):
            continue
        raw = e.ocr.get("valid_to")
        text = raw.get("value") if isinstance(raw, dict) else raw
        if not text or "".join(str(text).split()) == LONG_TERM:
            continue
        end = parse_date(str(text))
        if end is not None and end < acceptance:
            out.append(Finding("CARD-EXPIRED", "block", f"材料“{spec.name}”中的身份证件已于 {end.isoformat()} 过期（识别）",
                               material=spec.code, material_name=spec.name, basis=BASIS_ID,
                               hint="请提供有效期内的身份证件", source="builtin"))
    return out


def check_card(item: ServiceItem, doc: CaseDocument, resolution: Resolution, acceptance: dt.date,
               agent: bool) -> list[Finding]:
    card = doc.card_read
    if card is None or not (card.id_number or card.valid_to):
        return []
    code = _id_material(item, resolution, agent)
    spec = item.material(code) if code else None
    link = {"material": code, "material_name": spec.name if spec else None, "source": "builtin"}
    field = next((f for f in item.fields if "cn_id" in f.validators and field_text(doc.field_values().get(f.key))
                  and field_text(doc.field_values().get(f.key)).upper() == (card.id_number or "").upper()), None)
    if field is None and code is None:  # no ID material in this item: point at the holder's number field
        field = next((f for f in resolution.fields if "cn_id" in f.validators
                      and f.key.startswith("agent") == agent), None)
    if field is not None:
        link.update(field=field.key, field_label=field.label)
    who = "受托人" if agent else "申请人"
    holder = f"{who}身份证（读卡）"
    out: list[Finding] = []
    number = validate_id_number(card.id_number) if card.id_number else None
    if number is not None and not number.ok:
        out.append(Finding("CARD-INVALID", "block", f"{holder}的公民身份号码校验不通过：{number.errors[0].message_zh}",
                           basis=BASIS_ID, hint="请核对证件真伪或重新读卡", **link))
    valid_to = "".join((card.valid_to or "").split())
    if not valid_to:
        return out
    end = None if valid_to == LONG_TERM else parse_date(valid_to)
    if valid_to != LONG_TERM and end is None:
        out.append(Finding("CARD-VALIDITY", "warn", f"{holder}的有效期限“{card.valid_to}”无法识别", hint="请人工核对证件有效期",
                           manual=True, **link))
        return out
    if end is not None and end < acceptance:
        out.append(Finding("CARD-EXPIRED", "block",
                           f"{holder}已于 {end.isoformat()} 过期，“{link['material_name'] or '身份证明'}”须为有效期内的证件",
                           basis=BASIS_ID, hint="请提供有效期内的居民身份证或临时身份证", **link))
    birth = parse_date(card.birth_date) or (number.facts.get("birth_date") if number is not None and number.ok else None)
    start = parse_date(card.valid_from)
    if birth and start:
        term = check_id_validity(birth, start, LONG_TERM if valid_to == LONG_TERM else end, today=acceptance)
        for issue in term.warnings:
            out.append(Finding("CARD-TERM", "info", f"{holder}：{issue.message_zh}，请核对证件", hint="核对证件真伪",
                               **link))
    return out


def check_person_facts(item: ServiceItem, doc: CaseDocument, resolution: Resolution, acceptance: dt.date,
                       findings: list[Finding]) -> list[Finding]:
    """Facts of every person on the form: a birth date after the acceptance date is impossible, and a
    person's 出生日期 and 性别 must agree with that person's own 公民身份号码 (GB 11643: digits 7–14 are the
    birth date, digit 17 the sex). Persons pair by key prefix (`insured_id_number` ↔ `insured_birth_date`)."""
    out: list[Finding] = []
    flagged = {f.field for f in findings if f.severity == "block" and f.field}
    values = doc.field_values()
    visible = {f.key: f for f in resolution.fields}

    def block(spec, message: str, hint: str) -> None:
        out.append(Finding("PERSON-FACTS", "block", message, field=spec.key, field_label=spec.label,
                           basis=f"{BASIS_32}；{BASIS_ID}", hint=hint, source="builtin"))
        flagged.add(spec.key)

    for key, spec in visible.items():
        if not key.endswith("birth_date") or key in flagged:
            continue
        born = parse_date(field_text(values.get(key)) or "")
        if born is not None and born > acceptance:
            block(spec, f"“{spec.label}” {born.isoformat()} 晚于受理日期 {acceptance.isoformat()}", "请核对出生医学证明或身份证件后更正")
    for key, spec in visible.items():
        if "cn_id" not in spec.validators or not key.endswith("id_number"):
            continue
        number = validate_id_number(field_text(values.get(key)) or "")
        if not number.ok:
            continue
        prefix = key[: -len("id_number")]
        for fact, what in (("birth_date", "出生日期"), ("sex", "性别")):
            other = visible.get(prefix + fact)
            given = field_text(values.get(prefix + fact)) if other is not None else None
            if other is None or given is None or other.key in flagged:
                continue
            expected = number.facts.get(fact)
            if fact == "birth_date":
                mismatch = parse_date(given) is not None and parse_date(given) != expected
            else:
                mismatch = given.strip() not in ("", str(expected))
            if mismatch:
                block(other, f"“{other.label}”与“{spec.label}”所载{what}不一致", f"以{spec.label}为准核对后更正")
    return out


def _own_field(item: ServiceItem, resolution: Resolution, predicate) -> object | None:
    for f in resolution.fields:
        if predicate(f) and not f.key.startswith(("agent", "guardian")):
            return f
    return None


def _peer_fields(resolution: Resolution, first, predicate) -> list:
    """The applicant may be any one of the persons of the form's first person group: 出生登记 is declared
    by the father or the mother (户口登记条例 第七条), each with an ID field in the group 父母."""
    return [f for f in resolution.fields if predicate(f) and not f.key.startswith(("agent", "guardian"))
            and f.group == first.group] or [first]


def _card_is_named_representative(values: dict, card_id: str | None) -> bool:
    """The card at the window is the guardian's (or agent's) the form names: a parent applying for a
    newborn is the child's 法定代理人 (民法典 第二十三条), not "someone else" standing in for the applicant."""
    if not card_id:
        return False
    wanted = "".join(card_id.split()).upper()
    return any(key.startswith(("guardian", "agent")) and key.endswith("id_number")
               and "".join((field_text(v) or "").split()).upper() == wanted
               for key, v in values.items())


def check_applicant(item: ServiceItem, doc: CaseDocument, resolution: Resolution, agent: bool,
                    findings: list[Finding]) -> list[Finding]:
    """The applicant block agrees with the form and, in person, with the card read."""
    out: list[Finding] = []
    flagged = {f.field for f in findings if f.severity == "block" and f.field}
    values = doc.field_values()
    app = doc.applicant

    def differ(a: str, b: str) -> bool:
        return bool(a and b) and "".join(a.split()).upper() != "".join(b.split()).upper()

    code_field = _own_field(item, resolution, lambda f: "uscc" in f.validators)
    if code_field is not None and code_field.key not in flagged:
        form = field_text(values.get(code_field.key)) or ""
        if differ(app.credit_code, form):
            out.append(Finding("APPLICANT-FORM", "block", f"申请人信息中的统一社会信用代码与“{code_field.label}”不一致",
                               field=code_field.key, field_label=code_field.label, hint="核对营业执照后统一更正",
                               source="builtin"))
    if item.applicant_kind != "person":
        return out
    id_field = _own_field(item, resolution, lambda f: "cn_id" in f.validators)
    name_field = _own_field(item, resolution, lambda f: f.mask == "name")
    if id_field is not None:
        peers = _peer_fields(resolution, id_field, lambda f: "cn_id" in f.validators)
        if not all(differ(app.id_number, field_text(values.get(f.key)) or "") for f in peers):
            id_field = None  # the applicant is one of the group's persons
        else:  # name the person the applicant is by name (母亲 when the mother applies)
            id_field = next((f for f in peers if not differ(app.name, field_text(
                values.get(f.key.replace("id_number", "name"))) or "")
                and field_text(values.get(f.key.replace("id_number", "name")))), id_field)
    if id_field is not None and id_field.key not in flagged:
        out.append(Finding("APPLICANT-FORM", "block", f"申请人信息中的身份证件号码与“{id_field.label}”不一致",
                           field=id_field.key, field_label=id_field.label, hint="以身份证件为准统一更正", source="builtin"))
        flagged.add(id_field.key)
    card = doc.card_read
    someone_else = (agent or "guardian" in (resolution.answers.get("applicant_role") or [])
                    or (card is not None and _card_is_named_representative(values, card.id_number)))
    if card is None or someone_else or name_field is None or name_field.key in flagged:
        return out
    if not differ(app.name, card.name) and differ(app.id_number, card.id_number):
        # the same name, another number (and not a keying slip, which ID-KEYING words): the number is
        # what to look at, not "someone else" — name the ID field of the person the applicant is
        own_id = _own_field(item, resolution, lambda f: "cn_id" in f.validators)
        if own_id is not None:
            peers = _peer_fields(resolution, own_id, lambda f: "cn_id" in f.validators)
            own_id = next((f for f in peers if not differ(app.name, field_text(
                values.get(f.key.replace("id_number", "name"))) or "")
                and field_text(values.get(f.key.replace("id_number", "name")))), own_id)
        if own_id is not None and own_id.key not in flagged:
            code = _id_material(item, resolution, False)
            spec = item.material(code) if code else None
            out.append(Finding("APPLICANT-CARD", "block",
                               f"“{own_id.label}”与到场办理人（{card.name}）的身份证读卡号码不一致：姓名相同而号码不同，"
                               "请核对号码；确为他人的，须申请人本人到场或委托办理",
                               field=own_id.key, field_label=own_id.label, material=code,
                               material_name=spec.name if spec else None,
                               hint="以本人居民身份证读卡结果核对身份证件号码", source="builtin"))
        if own_id is not None:  # named here, or already blocked by another finding on that number
            return out
    if differ(app.name, card.name) or differ(app.id_number, card.id_number):
        code = _id_material(item, resolution, False)
        spec = item.material(code) if code else None
        out.append(Finding("APPLICANT-CARD", "block",
                           f"申请人（{app.name}）与到场办理人的身份证读卡（{card.name}）不一致；本人办理须由申请人本人到场",
                           field=name_field.key, field_label=name_field.label, material=code,
                           material_name=spec.name if spec else None,
                           hint="申请人本人到场，或选择委托办理并提交授权委托书", source="builtin"))
    return out
