"""Why a document cannot be printed: unknown name, not applicable to the case, missing value."""

from __future__ import annotations

from app.errors import InputError, NotFoundError


class UnknownDocument(NotFoundError):
    def __init__(self, name: str, known: list[str]):
        super().__init__(f"没有名为“{name}”的文书（可用：{'、'.join(known)}）",
                         f"no document named '{name}' (known: {', '.join(known)})",
                         hint_zh="用 `zongchuang print --list` 查看文书名称和英文别名",
                         hint_en="see `zongchuang print --list` for names and ASCII aliases")
        self.name = name


class DocumentNotApplicable(InputError):
    """The case is not in a state where this document makes sense (e.g. a receipt for a draft)."""

    def __init__(self, document: str, reason_zh: str, reason_en: str):
        super().__init__(f"不能打印《{document}》：{reason_zh}", f"cannot print '{document}': {reason_en}")
        self.document = document
        self.reason_zh = reason_zh


class MissingDocumentValue(InputError):
    """A value the document must show is empty: refused, never printed with a hole."""

    def __init__(self, document: str, field: str, label_zh: str, label_en: str = ""):
        super().__init__(f"《{document}》缺少必填内容“{label_zh}”（{field}），未打印",
                         f"'{document}' is missing the required value '{label_en or label_zh}' ({field}); "
                         "nothing was printed",
                         hint_zh=f"请先在办件中补全“{label_zh}”后再打印",
                         hint_en=f"complete '{label_en or label_zh}' on the case, then print again")
        self.document = document
        self.field = field
