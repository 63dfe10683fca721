"""The 一件事 on the Today queue and on 出件: one bundle row (its number, name, how many items, the
members' states in one line) with its members right under it, each with its own state.

On 出件 the bundle row is where the window hands everything over: 打印证照 prints every approved
member's certificate together in one print job, 确认已出件 hands over all members — or, when some
are still with their departments, asks first and hands over what is approved (部分出件, audited).

Kept apart from `today.py` and `delivery.py` (they call `group_today`/`decorate_today` and
`split_delivery`/`append_delivery`/`delivery_print`/`delivery_deliver`) so those screens keep
their own columns and logic. Writes go through `ui.ops.op`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem

from app.security.masking import mask_applicant_name
from app.services import bundle_desk
from ui import confirm
from ui.ops import op
from ui.screens.base import error_text
from ui.screens.bundle_print import actor_of

BUNDLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the bundle's number on a bundle row (members: None)
HEADER_BG = QColor("#e8eef7")


def _column(table: QTableWidget, *names: str) -> int | None:
    headers = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
               for c in range(table.columnCount())]
    for name in names:
        if name in headers:
            return headers.index(name)
    return None


def member_label(member: dict[str, Any]) -> str:
    return f"　└ {member['acceptance_number'][-2:]} {member['item_name']}"


def bundle_label(summary: dict[str, Any]) -> str:
    return f"【一件事】{summary['name']}（{len(summary['members'])} 个事项）"


# ---- Today ------------------------------------------------------------------------------------------

def group_today(ctx, rows: list) -> tuple[list, dict[str, dict[str, Any]]]:
    """The list with each bundle's members together, in member order, where the bundle's newest
    member was; and member uuid → the bundle's summary."""
    summaries = bundle_desk.bundles_of(ctx, [r.uuid for r in rows])
    out: list = []
    placed: set[str] = set()
    for r in rows:
        summary = summaries.get(r.uuid)
        if summary is None:
            out.append(r)
            continue
        number = summary["acceptance_number"]
        if number in placed:
            continue
        placed.add(number)
        order = [m["uuid"] for m in summary["members"]]
        out += sorted((x for x in rows if x.uuid in set(order)), key=lambda x: order.index(x.uuid))
    return out, summaries


def _put(table: QTableWidget, row: int, col: int | None, text: str, uuid: str, number: str | None,
         bold: bool = False) -> None:
    if col is None:
        return
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # a narrow column (a docked panel, 1366 px) still shows it all on hover
    item.setData(Qt.ItemDataRole.UserRole, uuid)
    item.setData(BUNDLE_ROLE, number)
    if number:
        item.setBackground(QBrush(HEADER_BG))
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    table.setItem(row, col, item)


DECISION_WORD = {"accept": "已受理", "accept_with_tolerance": "容缺受理"}


def _header_row(table: QTableWidget, row: int, summary: dict[str, Any], *, outcome: bool) -> None:
    """A bundle row inserted at `row`: number, name with the members' states (spanning the item,
    applicant and ID columns on Today, so nothing is cut at 1366 px), the bundle's state."""
    table.insertRow(row)
    first, number = summary["members"][0]["uuid"], summary["acceptance_number"]
    for col in range(table.columnCount()):
        _put(table, row, col, "", first, number)
    _put(table, row, 0, number, first, number, bold=True)
    item_col = _column(table, "事项")
    who = mask_applicant_name(summary["applicant_name"], summary["applicant_kind"])
    text = f"{bundle_label(summary)} · {bundle_desk.member_states_text(summary)}"
    if outcome:
        state_col = _column(table, "状态")
        if item_col is not None and state_col is not None and state_col > item_col + 1:
            table.setSpan(row, item_col, 1, state_col - item_col)
        _put(table, row, item_col, f"{text} · {who}" if who else text, first, number, bold=True)
        _put(table, row, state_col, summary["state_label"], first, number)
        _put(table, row, _column(table, "办理结果"), DECISION_WORD.get(summary.get("decision") or "", ""), first, number)
    else:
        _put(table, row, item_col, text, first, number, bold=True)
        _put(table, row, _column(table, "结果"), summary["state_label"], first, number)
        _put(table, row, _column(table, "申请人"), who, first, number)
    _put(table, row, _column(table, "承诺办结"), summary["due_date"] or "", first, number)


def decorate_today(table: QTableWidget, summaries: dict[str, dict[str, Any]]) -> None:
    """After the Today table is filled (rows from `group_today`): a bundle row above each
    bundle's members, and each member's item shown under it (└ 02 食品经营许可…)."""
    table.clearSpans()
    if not summaries:
        return
    item_col = _column(table, "事项")
    r = table.rowCount() - 1
    while r >= 0:
        cell = table.item(r, 0)
        uuid = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        summary = summaries.get(uuid or "")
        if summary is not None:
            member = next(m for m in summary["members"] if m["uuid"] == uuid)
            if item_col is not None and table.item(r, item_col) is not None:
                table.item(r, item_col).setText(member_label(member))
            above = table.item(r - 1, 0) if r > 0 else None
            above_uuid = above.data(Qt.ItemDataRole.UserRole) if above else None
            if (summaries.get(above_uuid or "") or {}).get("acceptance_number") != summary["acceptance_number"]:
                _header_row(table, r, summary, outcome=True)
        r -= 1
    table.resizeColumnToContents(0)


def first_row(table: QTableWidget, query: str) -> int:
    """The row Enter opens after a search: the one whose number is exactly what was typed (a
    member's sub-number, not the bundle row above it), else the first."""
    query = query.strip()
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if query and item is not None and item.text() == query:
            return r
    return 0


def refuse_bundle_row(screen, row: int) -> bool:
    """True (and says why) when the Today row is a bundle's row: Delete voids one case, so it
    acts on a member row only, never on the whole 一件事 by way of its first member."""
    item = screen.table.item(row, 0)
    if item is None or not item.data(BUNDLE_ROLE):
        return False
    screen.status(screen.tr("一件事不能整体作废：请选中要作废的成员事项（其余成员照常办理）"))
    return True


# ---- 出件 --------------------------------------------------------------------------------------------

def split_delivery(ctx, rows: list) -> tuple[list, list[dict[str, Any]]]:
    """The single cases of the 出件 list, and the bundles with something to hand over."""
    bundles = bundle_desk.bundles_for_delivery(ctx)
    members = {m["uuid"] for b in bundles for m in b["members"]}
    return [r for r in rows if r.uuid not in members], bundles


def append_delivery(table: QTableWidget, bundles: list[dict[str, Any]]) -> None:
    """Each bundle as a row (number, name, the members' states) and all its members under it."""
    table.clearSpans()
    for summary in bundles:
        _header_row(table, table.rowCount(), summary, outcome=False)
        for m in summary["members"]:
            r = table.rowCount()
            table.insertRow(r)
            _put(table, r, 0, m["acceptance_number"], m["uuid"], None)
            _put(table, r, _column(table, "事项"), f"{member_label(m)}（{m['department']}）", m["uuid"], None)
            _put(table, r, _column(table, "结果"), m["state_label"], m["uuid"], None)
            _put(table, r, _column(table, "申请人"), "", m["uuid"], None)
    if bundles:  # sub-numbers and 准予（待出件） readable at 1366 px
        table.resizeColumnToContents(0)
        result_col = _column(table, "结果")
        if result_col is not None:
            table.resizeColumnToContents(result_col)


def current_bundle(screen) -> str | None:
    """The bundle of the selected 出件 row (a bundle row or one of its members)."""
    table = screen.table
    row = table.currentRow()
    while row >= 0:
        item = table.item(row, 0)
        if item is None:
            return None
        number = item.data(BUNDLE_ROLE)
        if number:
            return number
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid not in {m["uuid"] for b in getattr(screen, "bundles", []) for m in b["members"]}:
            return None
        row -= 1
    return None


def delivery_print(screen) -> bool:
    """打印证照 on a bundle: every approved member's certificate, together, in one print job."""
    number = current_bundle(screen)
    if not number:
        return False
    s = screen.session
    screen.state.setText(screen.tr("正在打印一件事 {n} 的全部证照…").format(n=number))

    def done(result: dict[str, Any]) -> None:
        screen.last_bundle_print = {k: v for k, v in result.items() if k != "pdf"}
        screen.state.setText(screen.tr("已一次送打印 {k} 份证照（{p} 页）：{where}").format(
            k=len(result["certificates"]), p=result["pages"], where=result["where"]))

    op(screen.print_cert, bundle_desk.print_bundle_certificates, s.ctx, number, actor=actor_of(s),
       printer=s.devices.document_printer, backend=s.devices.print_backend, on_done=done,
       on_error=lambda exc: screen.state.setText(error_text(exc)))
    return True


def delivery_deliver(screen) -> bool:
    """确认已出件 on a bundle: all members at once; with members still open, ask first (部分出件)."""
    number = current_bundle(screen)
    if not number:
        return False
    summary = next((b for b in getattr(screen, "bundles", []) if b["acceptance_number"] == number), None)
    open_members = [m for m in (summary or {}).get("members", [])
                    if m["state"] not in ("approved", "rejected", "delivered")]
    if open_members:
        confirm_partial(screen, number, open_members)
    else:
        _deliver(screen, number, partial=False)
    return True


def confirm_partial(screen, number: str, open_members: list[dict[str, Any]]) -> None:
    """Some members are still with their departments: 部分出件 needs an explicit choice (Enter alone cancels)."""
    text = "\n".join(f"{m['acceptance_number'][-2:]} {m['item_name']}（{m['department']}，{m['state_label']}）"
                     for m in open_members)
    def cancelled() -> None:
        screen.state.setText(screen.tr("已取消，未出件"))
        screen.deliver.setFocus()

    confirm.ask(screen, icon=QMessageBox.Icon.Question, title=screen.tr("部分出件"),
                text=screen.tr("以下事项尚未办结：\n\n{m}\n\n先把已准予的办理结果交给申请人（部分出件，记入审计日志）吗？")
                .format(m=text), yes=screen.tr("部分出件"), yes_role=QMessageBox.ButtonRole.AcceptRole,
                box_name="partialDeliveryConfirm", yes_name="confirmPartial",
                on_yes=lambda: _deliver(screen, number, partial=True), on_cancel=cancelled)


def _deliver(screen, number: str, *, partial: bool) -> None:
    s = screen.session

    def done(result: dict[str, Any]) -> None:
        screen.last_delivery = result
        screen.refresh()
        text = screen.tr("一件事 {n} 已出件：{d}").format(n=number, d="、".join(x[-2:] for x in result["delivered"]))
        if result["outstanding"]:
            text += screen.tr("；未办结 {o}（部分出件已记录）").format(o="、".join(x[-2:] for x in result["outstanding"]))
        screen.state.setText(text)

    op(screen.deliver, bundle_desk.deliver, s.ctx, number, actor=actor_of(s), partial=partial, on_done=done,
       on_error=lambda exc: screen.state.setText(error_text(exc)))
