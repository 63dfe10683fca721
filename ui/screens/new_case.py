"""New case: find the item (Chinese name, pinyin initials or code), answer the 情形
questionnaire, watch the material checklist follow the answers, then create the case.

Keys: type to search, ↓ into the results, Enter picks the item, Tab/Space answer the
questions, Ctrl+Enter creates the case (the applicant screen opens and the reader is read).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import cases as case_svc
from app.services import catalog as catalog_svc
from ui.ops import act
from ui.screens.base import Screen


class NewCaseScreen(Screen):
    key = "new_case"
    case_created = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("新建办件"))
        self.item_code = ""
        self.answers: dict[str, list[str]] = {}
        self._buttons: dict[str, list[tuple[QAbstractButton, str]]] = {}
        self.search = QLineEdit(self)
        self.search.setObjectName("itemSearch")
        self.search.setPlaceholderText(self.tr("事项名称、拼音首字母（如 ggcs）或事项编码"))
        self.search.setClearButtonEnabled(True)
        self.layout_.addWidget(self.search)
        body = QHBoxLayout()
        self.results = QListWidget(self)
        self.results.setObjectName("itemResults")
        self.results.setWordWrap(True)  # 【一件事】 lines carry the lead department and the members
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.results, 2)
        middle = QVBoxLayout()
        self.item_label = QLabel(self.tr("请先选择事项"), self)
        self.item_label.setObjectName("itemLabel")
        self.item_label.setWordWrap(True)
        middle.addWidget(self.item_label)
        self.questions = QWidget(self)
        self.questions_layout = QVBoxLayout(self.questions)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        middle.addWidget(scroll, 1)
        self.notice = QLabel("", self)
        self.notice.setObjectName("redirectNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#c62828;font-weight:bold")
        middle.addWidget(self.notice)
        self.create_button = QPushButton(self.tr("建立办件（Ctrl+Enter）"), self)
        self.create_button.setObjectName("createCase")
        self.create_button.setEnabled(False)
        middle.addWidget(self.create_button)
        body.addLayout(middle, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("材料清单"), self))
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("checklist")
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a member's reason or a long material name wraps instead of running off at 1366 px
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.addWidget(self.checklist, 1)
        body.addLayout(right, 3)
        self.layout_.addLayout(body, 1)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._pick_first)
        self.results.itemActivated.connect(lambda it: self.choose(it.data(Qt.ItemDataRole.UserRole)))
        self.create_button.clicked.connect(self.create)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.create)
        self._search("")

    def title(self) -> str:
        return self.tr("新建办件")

    def activate(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)

    def _search(self, text: str) -> None:
        self.results.clear()
        for hit in catalog_svc.search_bundles(text, self.session.ctx.catalog):  # 一件事 first: one visit, many items
            it = QListWidgetItem(self.tr("【一件事】{name}\n{code} · {dept} · {n} 个事项 · {ini}").format(
                name=hit["name"], code=hit["code"], dept=hit["department"], n=hit["members"], ini=hit["initials"]))
            it.setData(Qt.ItemDataRole.UserRole, hit["code"])
            self.results.addItem(it)
        for hit in catalog_svc.search_items(text, self.session.ctx.catalog):
            it = QListWidgetItem(f"{hit['name']}\n{hit['code']} · {hit['department']} · {hit['initials']}")
            it.setData(Qt.ItemDataRole.UserRole, hit["code"])
            self.results.addItem(it)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _pick_first(self) -> None:
        it = self.results.currentItem() or self.results.item(0)
        if it is not None:
            self.choose(it.data(Qt.ItemDataRole.UserRole))

    def choose(self, code: str) -> None:
        """Show the questionnaire of item `code` with its default answers."""
        self.item_code = code
        self.answers = {}
        self.is_bundle = code in self.session.ctx.catalog.bundles
        if self.is_bundle:
            data = catalog_svc.show_bundle(code, {}, self.session.ctx.catalog)
            self.item_label.setText(self.tr("一件事：{name}（{code}）  牵头 {dept}").format(
                name=data["name"], code=code, dept=data["lead_department"]))
        else:
            data = catalog_svc.show_item(code, {}, self.session.ctx.catalog)
            self.item_label.setText(self.tr("{name}（{code}）  承诺 {days} 个工作日").format(
                name=data["name"], code=code, days=data["time_limit"]["promised"]))
        self._situations = data["situations"]
        self.answers = {k: list(v) for k, v in data["checklist"]["answers"].items()}
        self._build_questions()
        self._update()
        first = next((b for lst in self._buttons.values() for b, _ in lst if b.isVisible() or True), None)
        if first is not None:
            first.setFocus()

    def _option_buttons(self) -> list:
        return [b for sid, lst in self._buttons.items() for b, _ in lst if self._boxes[sid].isVisible()]

    def _build_questions(self) -> None:
        if not hasattr(self, "_arrows"):
            self._arrows = _ArrowKeys(self)
            # the focused option stands out (a clerk working by keyboard must see where Space lands)
            self.questions.setStyleSheet("QCheckBox:focus, QRadioButton:focus {background:#fff3c4;"
                                         "border:1px solid #b36b00; border-radius:3px}")
        while self.questions_layout.count():
            w = self.questions_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._buttons = {}
        self._boxes: dict[str, QGroupBox] = {}
        n = 0
        for sit in self._situations:
            box = QGroupBox(sit["question"], self.questions)
            box.setToolTip(sit["question"])  # a long question is cut in the title: the whole of it on hover
            lay = QVBoxLayout(box)
            group = QButtonGroup(box)
            group.setExclusive(not sit["multi"])
            buttons = []
            for opt in sit["options"]:
                n += 1
                b = (QCheckBox if sit["multi"] else QRadioButton)(opt["label"], box)
                b.setObjectName(f"opt_{sit['id']}_{opt['value']}")
                b.setChecked(opt["value"] in self.answers.get(sit["id"], []))
                group.addButton(b)
                lay.addWidget(b)
                b.toggled.connect(lambda _on, s=sit["id"]: self._answer_changed(s))
                b.installEventFilter(self._arrows)
                buttons.append((b, opt["value"]))
            self._buttons[sit["id"]] = buttons
            self._boxes[sit["id"]] = box
            self.questions_layout.addWidget(box)
        self.questions_layout.addStretch(1)

    def _answer_changed(self, sit_id: str) -> None:
        self.answers[sit_id] = [v for b, v in self._buttons[sit_id] if b.isChecked()]
        self._update()

    def _update(self) -> None:
        answers = {k: v for k, v in self.answers.items() if v}
        if getattr(self, "is_bundle", False):
            self._update_bundle(answers)
            return
        data = catalog_svc.show_item(self.item_code, answers, self.session.ctx.catalog)
        check = data["checklist"]
        visible = set(check["visible_situations"])
        for sid, box in self._boxes.items():
            box.setVisible(sid in visible)
        self.checklist.clear()
        for m in check["materials"]:
            flags = []
            if m["required"]:
                flags.append(self.tr("必交"))
            if m["tolerable"]:
                flags.append(self.tr("可容缺"))
            if m["commitment"]:
                flags.append(self.tr("可承诺"))
            self.checklist.addItem(f"{m['code']}  {m['name']}  [{'/'.join(flags) or self.tr('选交')}]")
        notice = ""
        if check["redirect"]:
            notice = self.tr("应改办事项 {code}：{reason}").format(code=check["redirect"], reason=check["redirect_reason"])
        elif check["blocks"]:
            notice = "；".join(check["blocks"])
        elif check["unanswered"]:
            notice = self.tr("尚未回答：{q}").format(q="、".join(
                s["question"] for s in self._situations if s["id"] in check["unanswered"]))
        self.notice.setText(notice)
        self.create_button.setEnabled(not check["redirect"] and not check["blocks"] and not check["unanswered"])

    def _update_bundle(self, answers: dict[str, list[str]]) -> None:
        """The 情形 page of a 一件事: which member items apply and why, then the one checklist."""
        data = catalog_svc.show_bundle(self.item_code, answers, self.session.ctx.catalog)
        check = data["checklist"]
        self.checklist.clear()
        for m in check["members"]:
            mark = "✔" if m["applies"] else "✘"
            self.checklist.addItem(f"{mark} {m['name']}（{m['department']}）— {m['reason']}")
        self.checklist.addItem(self.tr("—— 一套材料（一次提交）——"))
        for m in check["materials"]:
            if m["produced_by"]:
                flag = self.tr("成员事项核发后共享")
            else:
                flag = self.tr("必交") if m["required"] else self.tr("选交")
            shared = self.tr("，{n} 个事项共用").format(n=len(m["members"])) if m["shared"] else ""
            self.checklist.addItem(f"{m['name']}  [{flag}{shared}]")
        self.notice.setText("")
        self.create_button.setEnabled(any(m["applies"] for m in check["members"]))

    def create(self) -> None:
        if not self.item_code or not self.create_button.isEnabled():
            return
        if getattr(self, "is_bundle", False):
            from app.services import bundles as bundle_svc

            def bundle_created(bref) -> None:
                self.status(self.tr("已建立一件事 {n}（{k} 个事项）").format(n=bref.acceptance_number, k=len(bref.members)))
                self.session.select_case(bref.members[0].uuid)
                self.case_created.emit(bref.members[0].uuid)

            act(self, bundle_svc.create_bundle_case, self.session.ctx, self.item_code,
                {k: v for k, v in self.answers.items() if v}, on_done=bundle_created)
            return

        def created(ref) -> None:
            self.status(self.tr("已建立办件 {n}").format(n=ref.acceptance_number))
            self.session.select_case(ref.uuid)
            self.case_created.emit(ref.uuid)

        act(self, case_svc.create_case, self.session.ctx, self.item_code, {k: v for k, v in self.answers.items() if v},
            on_done=created)


class _ArrowKeys(QObject):
    """↑/↓ move between the 情形 options of every visible question (checkboxes too), Space ticks."""

    def __init__(self, screen) -> None:
        super().__init__(screen)
        self.screen = screen

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) \
                and not event.modifiers():
            buttons = self.screen._option_buttons()
            if obj in buttons:
                i = buttons.index(obj) + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= i < len(buttons):
                    buttons[i].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
