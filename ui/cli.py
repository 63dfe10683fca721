"""`zongchuang gui [--training]`: the Qt workstation, added to the CLI through the
`zongchuang.cli` entry point (app never imports ui)."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.command("gui")
    @click.option("--training", is_flag=True, help="培训模式：模拟设备、独立数据库 / training mode: simulated devices, separate database.")
    @click.option("--lang", type=click.Choice(["zh_CN", "en"]), default=None, help="界面语言 / UI language.")
    @click.pass_context
    def gui(ctx: click.Context, training: bool, lang: str | None) -> None:
        """打开窗口工作站 / open the workstation window."""
        from ui.app import run

        code = run((ctx.obj or {}).get("data_dir"), training=training, language=lang)
        if code:
            raise click.exceptions.Exit(code)
