"""From 情形 answers to the applicant's own material checklist and form.

This is the domain heart of 情形引导: the same function drives the live checklist in the UI,
the CLI and pre-review, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.catalog.schema import FormField, Material, ServiceItem, Situation
from app.errors import InputError

Answers = Mapping[str, list[str]]


@dataclass
class Resolution:
    """What the answers mean for this case."""

    materials: list[Material]
    required_materials: set[str]
    fields: list[FormField]
    required_fields: set[str]
    visible_situations: list[Situation]
    unanswered: list[str] = field(default_factory=list)
    redirect: str | None = None
    redirect_reason: str = ""
    blocks: list[str] = field(default_factory=list)
    answers: dict[str, list[str]] = field(default_factory=dict)  # with defaults applied


def matches(condition: Mapping[str, list[str]], answers: Answers) -> bool:
    return all(any(v in answers.get(q, []) for v in values) for q, values in condition.items())


def normalize_answers(item: ServiceItem, raw: Mapping[str, str | list[str]]) -> dict[str, list[str]]:
    """Check answers against the item's questions; return question → list of option values.

    Accepts `KEY=VALUE` style input where a multi answer is comma-separated.
    """
    return check_answers(raw, item.situation, [s.id for s in item.situations],
                         f"事项 {item.code}", f"item {item.code}")


def check_answers(raw: Mapping[str, str | list[str]], find, known: list[str], owner_zh: str,
                  owner_en: str) -> dict[str, list[str]]:
    """The one check of 情形 answers, for an item's questions and a 一件事's alike: each question
    exists, each option is offered, a single-choice question has one answer."""
    out: dict[str, list[str]] = {}
    for q, value in raw.items():
        situation = find(q)
        if situation is None:
            names = "、".join(known) or "（无）"
            raise InputError(f"{owner_zh} 没有情形问题 {q}（可选：{names}）",
                             f"{owner_en} has no question {q} (known: {names})")
        values = value if isinstance(value, list) else [v.strip() for v in str(value).split(",") if v.strip()]
        options = {o.value for o in situation.options}
        for v in values:
            if v not in options:
                raise InputError(f"情形“{situation.question}”({q}) 没有选项 {v}（可选：{'、'.join(sorted(options))}）",
                                 f"question {q} has no option {v} (options: {', '.join(sorted(options))})")
        if not situation.multi and len(values) > 1:
            raise InputError(f"情形“{situation.question}”只能选一项", f"question {q} takes one answer")
        out[q] = values
    return out


def resolve(item: ServiceItem, answers: Answers) -> Resolution:
    """Apply the answers: defaults, visibility, material add/remove, required fields, redirects."""
    effective: dict[str, list[str]] = {}
    visible: list[Situation] = []
    unanswered: list[str] = []
    for s in item.situations:
        if not matches(s.when, effective):
            continue
        visible.append(s)
        chosen = list(answers.get(s.id, [])) or list(s.default)
        if chosen:
            effective[s.id] = chosen
        elif s.required:
            unanswered.append(s.id)

    added: set[str] = set()
    removed: set[str] = set()
    required = {f.key for f in item.fields if f.required}
    redirect, reason, blocks = None, "", []
    for s in visible:
        for o in s.options:
            if o.value not in effective.get(s.id, []):
                continue
            added.update(o.add_materials)
            removed.update(o.remove_materials)
            required.update(o.require_fields)
            required.difference_update(o.optional_fields)
            if o.redirect and redirect is None:
                redirect, reason = o.redirect, o.note or f"选择“{o.label}”须按其他事项办理"
            if o.block:
                blocks.append(o.block)
    # A material that some option adds exists only when added; others follow their `when`.
    option_driven = {code for s in item.situations for o in s.options for code in o.add_materials}
    materials = [
        m for m in item.materials
        if m.code not in removed
        and (m.code in added or (m.code not in option_driven and (not m.when or matches(m.when, effective))))
    ]
    required_materials = {m.code for m in materials if m.required or m.code in added}
    fields = [f for f in item.fields if not f.when or matches(f.when, effective)]
    visible_keys = {f.key for f in fields}
    return Resolution(materials, required_materials, fields, required & visible_keys, visible, unanswered,
                      redirect, reason, blocks, effective)
