"""Helpers shared by CLI modules: opening the service context, printing JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def context_from(ctx: click.Context, *, training: bool = False) -> ServiceContext:
    from app.services.context import open_context

    root = ctx.find_root()
    data_dir = (root.obj or {}).get("data_dir")
    return open_context(data_dir, training=training)


def actor_for(sctx: ServiceContext):
    from app.services.context import default_actor

    return default_actor(sctx.workstation)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def parse_answers(pairs: tuple[str, ...]) -> dict[str, str]:
    from app.errors import InputError

    out: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"情形答案应写作 KEY=VALUE：{pair}", f"answers are written KEY=VALUE: {pair}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out
