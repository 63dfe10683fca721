"""`zongchuang self-test` (and the root `--self-test` flag): prove this installation works."""

from __future__ import annotations

import json

import click


def run_and_exit(ctx: click.Context, *, as_json: bool = False, only: tuple[str, ...] = ()) -> None:
    from app.services.selftest import run_selftest

    if not as_json:
        click.echo("正在自检… / running self-test…", err=True)
    report = run_selftest(list(only) or None)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(report.render())
    ctx.exit(0 if report.ok else 1)


def register(cli: click.Group) -> None:
    @cli.command("self-test")
    @click.option("--json", "as_json", is_flag=True, help="以 JSON 输出报告 / print the report as JSON.")
    @click.option("--only", multiple=True, metavar="CHECK",
                  help="只运行指定检查（可重复）/ run only this check (repeatable): "
                       "environment resources database ocr pdf keyring devices tls qt qt_images qt_pdf")
    @click.pass_context
    def self_test(ctx: click.Context, as_json: bool, only: tuple[str, ...]) -> None:
        """自检：Qt、图像插件、数据库迁移、文字识别、PDF、密钥环、设备、TLS / prove this installation works.

        任何一项失败则以非零状态退出 / exits non-zero when any check fails.
        """
        run_and_exit(ctx, as_json=as_json, only=only)
