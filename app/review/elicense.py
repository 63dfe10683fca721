"""Findings about e-licence and shared-data exemptions (app/services/elicense.py records them on
the material as `quality["exemption"]`, `quality["elicense_discrepancies"]` and, after an
offline re-check, `quality["elicense_check"]`).

A licence that is revoked, expired or does not verify never exempts a material silently: it is
a finding that asks for the paper (or stops the case when the licence itself is void); a
disagreement between the library and the form or the OCR of a paper copy is a finding a human
resolves.
"""

from __future__ import annotations

from typing import Any

from app.cases.interchange import CaseDocument
from app.catalog.schema import ServiceItem
from app.catalog.situations import Resolution
from app.review.result import Finding

BASIS = "《国务院关于加快推进政务服务“一网通办”的指导意见》；GB/T 36906《电子证照 共享服务接口规范》"
FAILED = {"revoked": ("ELIC-REVOKED", "block", "电子证照已被吊销或注销"),
          "expired": ("ELIC-EXPIRED", "block", "电子证照已超过有效期"),
          "not_yet_valid": ("ELIC-NOT-YET-VALID", "block", "电子证照尚未生效"),
          "unverifiable": ("ELIC-UNVERIFIED", "block", "电子证照无法通过核验（签名或文件哈希不符）"),
          "not_found": ("ELIC-NOT-FOUND", "info", "证照库中没有该申请人的此类证照")}


def check_exemptions(item: ServiceItem, doc: CaseDocument, resolution: Resolution) -> list[Finding]:
    out: list[Finding] = []
    in_scope = {m.code: m for m in resolution.materials}
    for e in doc.materials:
        spec = in_scope.get(e.code)
        if spec is None:
            continue
        q: dict[str, Any] = e.quality or {}
        ex = q.get("exemption") if isinstance(q.get("exemption"), dict) else None
        link = {"material": e.code, "material_name": spec.name, "source": "builtin", "basis": BASIS}
        name = f"“{spec.name}”"
        if ex and ex.get("state") in FAILED:
            rule, severity, what = FAILED[ex["state"]]
            if ex["state"] == "unverifiable" and e.status == "received":
                severity = "warn"
            number = f"（证照编号 {ex['number']}）" if ex.get("number") else ""
            hint = "请申请人提交纸质材料并核对原件" if severity != "block" or ex["state"] == "unverifiable" else \
                "证照本身已失效：请核实申请人资格，按规定一次性告知"
            reasons = "；".join(ex.get("reasons") or [])
            out.append(Finding(rule, severity, f"材料{name}：{what}{number}，不能免于提交" + (f"（{reasons}）" if reasons else ""),
                               hint=hint, **link))
        elif ex and ex.get("state") == "pending" and e.status != "exempted":
            out.append(Finding("ELIC-PENDING", "info", f"材料{name}的电子证照待联网核验；请先收取纸质材料",
                               hint="联网后同步时自动核验，未通过时生成待办", **link))
        chk = q.get("elicense_check") if isinstance(q.get("elicense_check"), dict) else None
        if chk and chk.get("state") not in (None, "verified") and not ex:
            out.append(Finding("ELIC-RECHECK-FAILED", "warn",
                               f"材料{name}联网核验未通过：{FAILED.get(chk['state'], ('', '', chk['state']))[2]}",
                               hint="请核对纸质材料，必要时通知申请人", **link))
        for d in q.get("elicense_discrepancies") or []:
            if not isinstance(d, dict):
                continue
            f = item.field(str(d.get("field", "")))
            label = f.label if f else str(d.get("label") or d.get("field"))
            where = "识别结果" if d.get("form_source") == "ocr" else "表单"
            out.append(Finding("ELIC-MISMATCH", "warn",
                               f"“{label}”：{where}为“{d.get('form')}”，电子证照登记为“{d.get('licence')}”，两者不一致",
                               field=f.key if f else None, field_label=label if f else None,
                               hint="以电子证照为准核对；如信息已变更，请先办理证照变更", **link))
    return out
