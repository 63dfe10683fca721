"""文号 of a notice, derived from the acceptance number so it needs no network and is unique.

`420107-01-20261122-0007` printed by 青山区卫生健康局 as a 受理回执 → `青卫受〔2026〕1122010007号`:
the center's short name (first character of the center name), the department's short name,
the document kind, the year in 〔〕 (GB/T 9704 uses hexagonal brackets), then month-day,
window and the day's sequence — unique per center because acceptance numbers are.
"""

from __future__ import annotations

from app.cases.numbering import PATTERN

DEPARTMENT_SHORT = {
    "卫生健康": "卫",
    "市场监督管理": "市监",
    "住房公积金": "公积金",
    "新闻出版": "新出",
    "文化和旅游": "文旅",
    "民政": "民",
    "人力资源和社会保障": "人社",
    "自然资源和规划": "自然资源",
    "住房和城乡建设": "住建",
    "交通运输": "交",
    "公安": "公",
    "税务": "税",
    "行政审批": "审批",
}


def department_short(department: str) -> str:
    for key, short in DEPARTMENT_SHORT.items():
        if key in department:
            return short
    core = department.removesuffix("局").removesuffix("委员会").removesuffix("中心")
    return core[:2] or "政"


def center_short(center_name: str) -> str:
    return (center_name or "政").strip()[:1]


def document_number(acceptance_number: str, *, center_name: str, department: str, kind: str) -> str:
    """The 文号; `kind` is the document's one- or two-character kind (受, 告, 容, 不受 ...)."""
    m = PATTERN.match(acceptance_number.strip())
    prefix = f"{center_short(center_name)}{department_short(department)}{kind}"
    if not m:  # an imported case with a foreign number: keep it verbatim
        return f"{prefix}〔{acceptance_number}〕号"
    _center, window, day, seq = m.groups()
    return f"{prefix}〔{day[:4]}〕{day[4:]}{window}{seq}号"
