"""The workstation window: identity bar (center, window, clerk, training mark, offline banner),
the screen list on the left, the screens, the status bar, and every keyboard shortcut.

The common case needs no mouse: F3 new case → Ctrl+Enter create (the card is read at once) →
F5 capture (auto-capture) → F6 form (Enter confirms each highlighted field) → F7 pre-review →
F8 accept → F9 print the receipt.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.services import cases as case_svc
from ui.i18n import current_language, set_language
from ui.ops import query
from ui.screens.applicant import ApplicantScreen
from ui.screens.base import Screen
from ui.screens.capture import CaptureScreen
from ui.screens.delivery import DeliveryScreen
from ui.screens.form import FormScreen
from ui.screens.login import LoginScreen
from ui.screens.new_case import NewCaseScreen
from ui.screens.prereview import PreReviewScreen
from ui.screens.print_screen import PrintScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sync_screen import SyncScreen
from ui.screens.today import TodayScreen
from ui.second_screen import SecondScreen
from ui.session import Session
from ui.worker import connect

# screen key → (navigation shortcut); F-keys also run the screen's main action (see _fkey)
NAV = [("today", "F2"), ("new_case", "F3"), ("applicant", "F4"), ("capture", "F5"), ("form", "F6"),
       ("prereview", "F7"), ("print", "F9"), ("delivery", "F10"), ("sync", "F11"), ("settings", "F12")]


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, session: Session, settings: QSettings | None = None):
        super().__init__()
        self.session = session
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.second: SecondScreen | None = None
        self._shortcuts: list[QShortcut] = []
        self._build()
        self._install_shortcuts()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # the session and its bridge outlive this window: lambdas are connected for its lifetime
        session.actor_changed.connect(self._update_identity)
        connect(session.case_selected, self, lambda _u: self._update_identity())
        connect(session.bridge.case_changed, self, lambda u: u == session.case_uuid and self._update_identity())
        session.online_changed.connect(self._update_online)
        connect(session.status, self, lambda text: self.statusBar().showMessage(text, 8000))
        self._online_timer = QTimer(self)
        self._online_timer.setInterval(15000)
        self._online_timer.timeout.connect(self.check_online)
        self._online_timer.start()
        self._checking = False
        session.bridge.sync_event.connect(self._on_sync_event)
        self.recounted: list[dict] = []  # provisional (暂定) due dates recounted from the holiday notice
        connect(session.bridge.event, self, self._on_event)
        self.sender = None
        self.start_background_sender()
        self.check_online()
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(5000)
        self._idle_timer.timeout.connect(self._check_idle)
        self._idle_timer.start()
        QApplication.instance().installEventFilter(self)
        self.show_screen("login")

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        s = self.session
        self.setWindowTitle(self.tr("综窗 · 综合受理窗口") + (self.tr(" [培训模式]") if s.training else ""))
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training_bar = QLabel(self.tr("培训模式 · 模拟设备 · 独立数据库 · 办件不会上报"), central)
        self.training_bar.setObjectName("trainingBanner")
        self.training_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_bar.setStyleSheet("background:#ff9800;color:black;font-weight:bold;padding:3px")
        self.training_bar.setVisible(s.training)
        outer.addWidget(self.training_bar)
        self.offline_bar = QLabel(self.tr("离线：平台不可达。办件照常受理并保存在本机，恢复联网后自动上报。"), central)
        self.offline_bar.setObjectName("offlineBanner")
        self.offline_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_bar.setStyleSheet("background:#c62828;color:white;font-weight:bold;padding:3px")
        self.offline_bar.setVisible(not s.online and not s.training)  # training sends nothing: no alarm
        outer.addWidget(self.offline_bar)
        self.identity = QLabel("", central)
        self.identity.setObjectName("identityBar")
        self.identity.setStyleSheet("background:#1f3a5f;color:white;padding:4px 8px")
        outer.addWidget(self.identity)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(central)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setStatusBar(QStatusBar(self))
        self.screens: dict[str, Screen] = {}
        self.login = LoginScreen(s)
        self.login.logged_in.connect(lambda: self.show_screen(getattr(self, "_before_lock", "") or "today"))
        self.login.logged_in.connect(self._warm_up)
        self.login.logged_in.connect(self._attach_cobrowse)
        self._add(self.login, None)
        self.today = TodayScreen(s)
        self.new_case = NewCaseScreen(s)
        self.applicant = ApplicantScreen(s)
        self.capture = CaptureScreen(s)
        self.form = FormScreen(s)
        self.prereview = PreReviewScreen(s)
        self.print = PrintScreen(s)
        self.delivery = DeliveryScreen(s)
        self.sync = SyncScreen(s)
        self.settings_screen = SettingsScreen(s)
        for screen, (_key, seq) in zip((self.today, self.new_case, self.applicant, self.capture, self.form,
                                        self.prereview, self.print, self.delivery, self.sync, self.settings_screen),
                                       NAV, strict=True):
            self._add(screen, seq)
        self.nav.itemClicked.connect(lambda it: self.show_screen(it.data(Qt.ItemDataRole.UserRole)))
        # the flow between screens
        self.today.open_case.connect(lambda _u: self.show_screen("form"))
        self.new_case.case_created.connect(self._after_create)
        self.form.go_review.connect(lambda: self.run_action("prereview"))
        self.prereview.jump_field.connect(self.jump_to_field)
        self.prereview.jump_material.connect(self.jump_to_material)
        self.prereview.decided.connect(self._after_decision)
        self.settings_screen.language_requested.connect(self.switch_language)
        self._update_identity()

    def _add(self, screen: Screen, seq: str | None) -> None:
        self.screens[screen.key] = screen
        self.stack.addWidget(screen)
        if seq:
            it = QListWidgetItem(f"{screen.title()}  {seq}")
            it.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.nav.addItem(it)

    def _install_shortcuts(self) -> None:
        def add(seq: str, fn) -> None:
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(fn)
            self._shortcuts.append(sc)

        for key, seq in NAV:
            add(seq, lambda k=key: self.run_action(k))
        add("F8", lambda: self.run_action("accept"))
        add("F1", self.show_help)
        add("Ctrl+N", lambda: self.run_action("new_case"))
        add("Ctrl+F", lambda: self.run_action("search"))
        add("Ctrl+Shift+S", self.toggle_second_screen)
        add("Ctrl+Shift+E", lambda: self.switch_language("zh_CN" if current_language() == "en" else "en"))
        add("Ctrl+L", self.lock)
        add("Ctrl+H", self.reuse_history)
        add("Ctrl+E", self.fetch_elicenses)

    # -- navigation and actions ------------------------------------------------------------------
    def current_key(self) -> str:
        w = self.stack.currentWidget()
        return w.key if isinstance(w, Screen) else ""

    def show_screen(self, key: str) -> Screen:
        if key != "login" and (self.session.actor is None or self.session.locked):
            key = "login"
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        self._select_nav(key)
        self.nav.setEnabled(self.session.actor is not None and not self.session.locked)
        screen.activate()
        return screen

    def _select_nav(self, key: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)

    def run_action(self, key: str) -> None:
        """What an F-key does: go to its screen; pressed again there, run the screen's main action."""
        if self.session.actor is None or self.session.locked:
            return
        again = self.current_key() == key
        if key == "accept":
            if self.current_key() != "prereview":
                self.show_screen("prereview")
            self.prereview.accept_shortcut()
            return
        if key == "search":
            self.show_screen("today").search.setFocus()
            return
        screen = self.show_screen(key)
        if key == "applicant" and (again or self.session.case_uuid):
            screen.read_card()
        elif key == "capture" and again:
            screen.capture_now()
        elif key == "prereview":
            pending = self.form.low_confidence_keys() if self.session.case_uuid else []
            if pending:
                self.show_screen("form")
                self.form.focus_key(pending[0])
                self.session.status.emit(self.tr("请先确认 {n} 个低置信度字段（Enter 确认）").format(n=len(pending)))
                return
            screen.run_review()
        elif key == "print" and again:
            screen.print_current()
        elif key == "sync" and again:
            screen.sync_now()

    def fetch_elicenses(self) -> None:
        """Ctrl+E: fetch the applicant's e-licences and shared records, after their consent."""
        if self.session.actor is None or self.session.locked or not self.session.case_uuid:
            return
        self.show_screen("applicant").fetch_elicenses()

    def reuse_history(self) -> None:
        """Ctrl+H: offer the applicant's earlier data (一人一档), after their consent."""
        if self.session.actor is None or self.session.locked or not self.session.case_uuid:
            return
        self.show_screen("applicant").reuse_history()

    def _warm_up(self) -> None:
        if not getattr(self, "_warmed", False):
            self._warmed = True
            query(self, _warm_up_ocr, on_error=lambda _e: None, detached=True)  # not waited for at exit

    def _attach_cobrowse(self) -> None:
        """Dock the remote-helper panel once a clerk is logged in (no-op without a platform)."""
        if getattr(self, "cobrowse", None) is None and self.session.actor is not None:
            from ui.cobrowse.attach import attach

            try:
                attach(self)
            except Exception as exc:  # co-browse is optional: the window works the same without it
                self.statusBar().showMessage(self.tr("远程帮办不可用：{e}").format(e=exc), 8000)

    def _detach_cobrowse(self) -> None:
        if getattr(self, "cobrowse", None) is not None:
            from ui.cobrowse.attach import detach

            detach(self)
            self.cobrowse = None

    def _after_create(self, uuid: str) -> None:
        self.show_screen("applicant")
        self.applicant.read_card()
        if self.second is not None:
            self.second.reset()

    def _after_decision(self, uuid: str, decision: str) -> None:
        self.stack.setCurrentWidget(self.print)
        self._select_nav("print")
        from app.services import decisions

        self.print.refresh(then_print=decisions.documents_for(decision))
        if self.second is not None and self.second.isVisible():
            self.second.reset()

    def jump_to_field(self, key: str) -> None:
        self.show_screen("form")
        ed = self.form.editors.get(key)
        if ed is not None:
            ed.editor.setFocus()
            self.form.scroll.ensureWidgetVisible(ed)

    def jump_to_material(self, code: str) -> None:
        self.show_screen("capture")
        self.capture.select_material(code)

    def show_help(self) -> None:
        rows = [(seq, self.screens[k].title()) for k, seq in NAV] + [
            ("F8", self.tr("受理（按预审结论）")), ("Ctrl+N", self.tr("新建办件")), ("Ctrl+F", self.tr("搜索办件")),
            ("Ctrl+H", self.tr("调用历史资料")),
            ("Ctrl+Enter", self.tr("下一步（建立办件 / 去预审）")), ("Ctrl+Shift+S", self.tr("申请人屏")),
            ("Ctrl+Shift+E", self.tr("切换中文/English")), ("Ctrl+L", self.tr("锁定/退出")),
            ("Ctrl+R", self.tr("采集：替换所选页")), ("Delete", self.tr("采集：删除所选页")),
            ("M", self.tr("采集：把所选页移到其他材料")), ("Ctrl+↑↓", self.tr("采集：调整页序")),
            ("Ctrl+D", self.tr("培训：选择桌上的样张"))]
        from html import escape

        table = "".join(f"<tr><td style='padding-right:18px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                        for k, v in rows)  # a table, so the descriptions line up whatever the key's width
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("快捷键"), f"<table>{table}</table>", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setObjectName("helpBox")
        box.open()

    def toggle_second_screen(self) -> None:
        if self.second is None:
            self.second = SecondScreen(self.session)
        if self.second.isVisible():
            self.second.hide()
        else:
            self.second.place()

    def lock(self) -> None:
        """Ctrl+L: lock the screen (with a security session) or log out (without one)."""
        self._before_lock = self.current_key()
        if self.session.security is not None:
            self.session.lock()
        else:
            self._detach_cobrowse()
            self.session.logout()
        self.show_screen("login")

    def _check_idle(self) -> None:
        if self.session.security is not None and self.current_key() != "login" and self.session.locked:
            self._before_lock = self.current_key()
            self.show_screen("login")

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.session.security is not None:
            try:
                self.session.security.touch()
            except Exception:
                pass
        return False

    def switch_language(self, lang: str) -> None:
        """Install the translator and rebuild the widgets so every string is re-read."""
        set_language(QApplication.instance(), lang)
        current = self.current_key()
        old = self.centralWidget()
        self._build()
        old.deleteLater()
        if self.second is not None:
            visible = self.second.isVisible()
            self.second.close()
            self.second.deleteLater()
            self.second = SecondScreen(self.session)
            if visible:
                self.second.place()
        self.show_screen(current or "login")
        self.settings.setValue("ui/language", lang)
        self.language_changed.emit(lang)

    # -- identity and connectivity -----------------------------------------------------------------
    def _update_identity(self) -> None:
        s = self.session
        ws = s.ctx.workstation
        who = s.actor.user if s.actor else self.tr("未登录")
        case = ""
        if s.case_uuid:
            try:
                form = case_svc.case_form(s.ctx, s.case_uuid)
                case = self.tr("  ·  当前办件 {n} {item}（{state}）").format(
                    n=form["acceptance_number"], item=form["item_name"], state=form["state_label"])
            except Exception:
                case = ""
        self.identity.setText(self.tr("{center} · {window} 号窗口 · 工作人员 {who}").format(
            center=ws.center_name, window=ws.window_no, who=who) + case)

    # -- the background sender (owned by the window: started with it, stopped when it closes) -------
    def start_background_sender(self) -> None:
        """Send queued cases without anyone pressing F11: every `[platform] sync_interval_s` seconds
        and at once when a case is queued. Only for a workstation the composition root built with a
        platform (not in training, not without a platform URL)."""
        ws = self.session.workstation
        if self.sender is not None or ws is None or not ws.has_platform:
            return
        from sync.client.session import start_background

        try:
            self.sender = start_background(self.session.ctx, client=ws.platform_client(),
                                           interval=ws.sync_interval_s)
        except Exception as exc:  # no credential yet, bad CA file...: the clerk keeps working offline
            self.statusBar().showMessage(self.tr("自动上报未启动：{e}").format(e=getattr(exc, "message_zh", exc)), 15000)
            return
        self.session.sender = self.sender

    def stop_background_sender(self) -> None:
        if self.sender is not None:
            from sync.client.session import stop_background

            sender, self.sender = self.sender, None
            self.session.sender = None
            stop_background(self.session.ctx, sender)

    def _on_sync_event(self, name: str, payload: dict) -> None:
        """The banner follows what the sender saw: offline when the link failed, online when it sent."""
        if name != "sync.progress":
            return
        phase = payload.get("phase")
        if phase == "offline":
            self.session.set_online(False)
        elif phase in ("sending", "pulling", "blocked", "platform_failing"):  # the platform answered
            self.session.set_online(True)

    def _on_event(self, name: str, payload: dict) -> None:
        """The 国务院办公厅 notice arrived (sync or `calendar import`): tell the clerk which 暂定 due
        dates changed, here and on the sync screen, so a receipt can be reprinted on request."""
        if name != "case.due_recounted":
            return
        self.recounted.append(payload)
        last = self.recounted[-3:]
        cases = self.tr("；").join(self.tr("{n}：{old} → {new}").format(
            n=c.get("acceptance_number", ""), old=c.get("from", ""), new=c.get("to", "")) for c in last)
        text = self.tr("已按国务院办公厅节假日通知重算 {k} 件办件的承诺办结日期（原为暂定）：{cases}。"
                       "申请人需要时可在打印页重新打印受理回执").format(k=len(self.recounted), cases=cases)
        self.statusBar().showMessage(text, 60000)
        self.sync.notice.setText(text)
        self.sync.notice.setVisible(True)

    def check_online(self) -> None:
        if self._checking:
            return
        self._checking = True

        def done(online: bool) -> None:
            self._checking = False
            self.session.set_online(bool(online))
            self._update_online(bool(online))

        def failed(_exc: Exception) -> None:
            self._checking = False
            self.session.set_online(False)
            self._update_online(False)

        query(self, self.session.platform_online, on_done=done, on_error=failed,
              detached=True)  # not waited for at exit; dropped if the window is gone by then

    def _update_online(self, online: bool) -> None:
        self.offline_bar.setVisible(not online and not self.session.training)

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.second is not None:
            self.second.close()
        QApplication.instance().removeEventFilter(self)
        self._online_timer.stop()  # a closed window checks the platform no more (an answer after Qt deleted it is dropped)
        self._idle_timer.stop()
        self._detach_cobrowse()
        self.stop_background_sender()
        super().closeEvent(event)


def _warm_up_ocr() -> bool:
    """(In a worker) load the OCR models while the clerk logs in (`app.services.prefill.warm_up`;
    imported here, not at start, so a workstation without OCR starts the same)."""
    try:
        from app.services.prefill import warm_up
    except ImportError:
        return False
    return warm_up()
