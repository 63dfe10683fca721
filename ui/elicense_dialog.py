"""The e-licence dialog (电子证照调取): after the card read, the clerk reads the consent text to
the applicant; Enter = the applicant agrees → the licences and shared records are fetched and
checked in a worker; Enter again = take them (materials 免提交, fields filled). Esc at any
point leaves everything as it is (paper as today). Thin: every step is one call of
`app.services.elicense`; the HTTP client comes from the composition root's platform link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import elicense as svc
from ui.ops import query


def platform_configured(session) -> bool:
    ws = getattr(session, "workstation", None)
    if ws is not None:
        return bool(ws.has_platform)
    try:
        from app.config import load_config

        return bool(load_config(session.ctx.data_dir).workstation.platform_url) and not session.ctx.training
    except Exception:
        return False


def gateway_for(session):
    """An HTTP gateway over this workstation's platform link (closed by the dialog)."""
    from sync.client.elicense import open_gateway

    ws = getattr(session, "workstation", None)
    client = ws.platform_client() if ws is not None and ws.link_factory is not None else None
    return open_gateway(session.ctx, client=client)


def _lookup(session, uuid: str, credit_code: str) -> svc.LookupResult:
    actor = session.require_actor()
    if credit_code:
        svc.set_holder_code(session.ctx, uuid, credit_code, actor=actor)
    gateway = gateway_for(session)
    try:
        return svc.consent_and_lookup(session.ctx, uuid, gateway, actor=actor)
    finally:
        gateway.client.close()


def _revoke(session, uuid: str) -> int:
    gateway = None
    try:
        gateway = gateway_for(session)
    except Exception:  # no link: the local consent is revoked; the platform's authorization expires
        gateway = None
    try:
        return svc.revoke_consent(session.ctx, uuid, actor=session.require_actor(), gateway=gateway)
    finally:
        if gateway is not None:
            gateway.client.close()


def _take(session, uuid: str) -> svc.TakeResult:
    return svc.take(session.ctx, uuid, actor=session.require_actor())


class ElicenseDialog(QDialog):
    def __init__(self, session, uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("elicenseDialog")
        self.setWindowTitle(self.tr("调取电子证照和共享数据"))
        self.session, self.uuid = session, uuid
        self.result_: svc.LookupResult | None = None
        self.taken: svc.TakeResult | None = None
        preview = svc.consent_preview(session.ctx, uuid)
        lay = QVBoxLayout(self)
        names = "、".join(dict.fromkeys(m["name"] for m in preview["materials"]))
        self.text = QLabel(self.tr(
            "请向申请人宣读：\n为{purpose}，经您授权，窗口将向中心平台调取您（{holder}）的电子证照和共享数据，"
            "用于代替以下纸质材料：{names}。\n本次授权仅用于本办件，可随时撤回，调取过程全程留痕。\n\n"
            "申请人是否同意？").format(purpose=preview["purpose"], holder=preview["holder"] or self.tr("本单位"),
                                      names=names), self)
        self.text.setWordWrap(True)
        self.text.setObjectName("elicenseText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # read from the top line
        lay.addWidget(self.text, 1)
        self.credit = QLineEdit(self)
        self.credit.setObjectName("elicenseCreditCode")
        self.credit.setPlaceholderText(self.tr("统一社会信用代码（18 位）"))
        self.credit.setVisible(bool(preview["needs_credit_code"]))
        lay.addWidget(self.credit)
        row = QHBoxLayout()
        self.go = QPushButton(self.tr("申请人同意，调取（Enter）"), self)
        self.go.setObjectName("elicenseGo")
        self.go.setDefault(True)
        self.cancel = QPushButton(self.tr("不调取（Esc）"), self)
        self.revoke = QPushButton(self.tr("申请人撤回授权"), self)
        self.revoke.setObjectName("elicenseRevoke")
        self.revoke.setVisible(bool(preview["consent"]))
        row.addWidget(self.go)
        row.addWidget(self.cancel)
        row.addWidget(self.revoke)
        self.revoke.clicked.connect(self._revoke)
        lay.addLayout(row)
        self.go.clicked.connect(self._step)
        self.cancel.clicked.connect(self.reject)
        self.resize(560, 300)
        (self.credit if preview["needs_credit_code"] else self.go).setFocus()

    def _step(self) -> None:
        if not self.go.isEnabled():
            return
        self.go.setEnabled(False)
        if self.result_ is None:
            self.text.setText(self.tr("正在调取并核验…"))
            query(self, _lookup, self.session, self.uuid, self.credit.text().strip(), on_done=self._looked_up,
                  on_error=self._failed)
        else:
            query(self, _take, self.session, self.uuid, on_done=self._taken, on_error=self._failed)

    def _revoke(self) -> None:
        self.revoke.setEnabled(False)
        query(self, _revoke, self.session, self.uuid, on_done=self._revoked, on_error=self._failed)

    def _revoked(self, n: int) -> None:
        self.session.status.emit(self.tr("已撤回电子证照调取授权 {n} 项").format(n=n))
        self.reject()

    def _looked_up(self, res: svc.LookupResult) -> None:
        self.result_ = res
        self.credit.setVisible(False)
        if res.offline:
            self.text.setText(self.tr("中心平台暂时无法连接：请照常收取纸质材料，联网后将自动核验。"))
            self.go.setText(self.tr("关闭（Enter）"))
            self.go.clicked.disconnect()
            self.go.clicked.connect(self.accept)
            self.go.setEnabled(True)
            self.go.setFocus()
            return
        lines = []
        for o in res.offers:
            lic = o.licence or {}
            what = lic.get("number") or o.ref.partition(".")[2]
            lines.append(f"{'✔' if o.ok else '✘'} {o.material_name}：{svc.STATE_ZH.get(o.state, o.state)}（{what}）"
                         + (f"\n    {'；'.join(o.reasons)}" if o.reasons else ""))
        usable = sum(1 for o in res.offers if o.ok)
        self.text.setText("\n".join(lines) + "\n\n" + (self.tr("按 Enter 采用：核验通过的材料免于提交，表单按证照信息填写。")
                                                         if usable else self.tr("没有可采用的电子证照，请收取纸质材料。")))
        self.go.setText(self.tr("一键采用（Enter）") if usable else self.tr("记录并关闭（Enter）"))
        self.go.setEnabled(True)
        self.go.setFocus()

    def _taken(self, taken: svc.TakeResult) -> None:
        self.taken = taken
        self.session.status.emit(self.tr("电子证照：免提交 {n} 项材料，填写 {k} 个字段").format(
            n=len(taken.exempted), k=len(taken.filled)))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from ui.screens.base import error_text

        self.text.setText(self.tr("无法完成：{e}").format(e=error_text(exc)))
        self.go.setText(self.tr("关闭（Enter）"))
        self.go.clicked.disconnect()
        self.go.clicked.connect(self.reject)
        self.go.setEnabled(True)
        self.go.setFocus()


def offer(parent: QWidget, session, *, auto: bool = False) -> ElicenseDialog | None:
    """Open the dialog for the current case (after a card read: only when there is something to
    fetch, a platform to ask, and nothing fetched yet)."""
    uuid = session.case_uuid
    if not uuid or not platform_configured(session):
        return None
    preview: dict[str, Any] = svc.consent_preview(session.ctx, uuid)
    if not preview["materials"] or (auto and preview["taken"]):
        return None
    dlg = ElicenseDialog(session, uuid, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: parent.window().activateWindow())
    dlg.open()
    dlg.activateWindow()
    return dlg
