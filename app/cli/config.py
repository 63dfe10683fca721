"""`zongchuang config show|set|check` — the machine configuration for IT staff.

Layers (lowest first): defaults, the system file (/etc/zongchuang/config.toml,
%PROGRAMDATA%\\zongchuang\\config.toml), the user's data-directory config.toml, environment variables.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli._common import echo_json


def _data_dir(ctx: click.Context) -> Path:
    from app.paths import data_dir

    return data_dir((ctx.find_root().obj or {}).get("data_dir"))


def register(cli: click.Group) -> None:
    @cli.group("config")
    def config_group() -> None:
        """本机配置（系统文件 + 用户覆盖 + 环境变量）/ machine configuration (system file, user overrides, env)."""

    @config_group.command("show")
    @click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
    @click.pass_context
    def show_cmd(ctx: click.Context, as_json: bool) -> None:
        """显示生效的配置及每项来源 / show the effective settings and where each comes from."""
        from app.services.config import show

        data = show(_data_dir(ctx))
        if as_json:
            echo_json(data)
            return
        for layer in data["layers"]:
            state = "存在 present" if layer["exists"] else "无 absent"
            click.echo(f"# {layer['layer']:<6} {layer['path'] or '(ZONGCHUANG_* 环境变量 / env vars)'}  [{state}]")
        for item in data["settings"]:
            click.echo(f"{item['key']} = {item['value']!r}    # {item['origin']}")

    @config_group.command("set")
    @click.argument("key")
    @click.argument("value")
    @click.option("--system", "scope", flag_value="system",
                  help="写入系统配置文件（需管理员权限）/ write the system-wide file (needs admin rights).")
    @click.option("--user", "scope", flag_value="user", default=True,
                  help="写入当前用户的配置（默认）/ write the user's file (default).")
    @click.pass_context
    def set_cmd(ctx: click.Context, key: str, value: str, scope: str) -> None:
        """设置一项，例如 workstation.window_no 03 / set one setting, e.g. workstation.window_no 03."""
        from app.services.config import set_value

        result = set_value(_data_dir(ctx), key, value, scope=scope)
        click.echo(f"已写入 / written: {result['key']} = {result['value']!r}  → {result['path']}")

    @config_group.command("check")
    @click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / print JSON.")
    @click.pass_context
    def check_cmd(ctx: click.Context, as_json: bool) -> None:
        """检查配置是否有效（有问题时非零退出）/ validate the configuration (non-zero exit on problems)."""
        from app.services.config import check

        result = check(_data_dir(ctx))
        if as_json:
            echo_json(result)
        else:
            for p in result["problems"]:
                click.echo(f"错误 / error: {p['zh']} / {p['en']}")
            for w in result["warnings"]:
                click.echo(f"注意 / warning: {w['zh']} / {w['en']}")
            if result["ok"]:
                click.echo("配置有效 / configuration is valid")
        if not result["ok"]:
            ctx.exit(2)
