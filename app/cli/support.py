"""`zongchuang support-bundle` — a redacted archive for remote diagnosis (nothing personal in it)."""

from __future__ import annotations

from pathlib import Path

import click


def register(cli: click.Group) -> None:
    @cli.command("support-bundle")
    @click.option("--out", type=click.Path(path_type=Path), default=None,
                  help="输出文件或目录（默认当前目录）/ output file or folder (default: current folder).")
    @click.pass_context
    def support_bundle(ctx: click.Context, out: Path | None) -> None:
        """生成脱敏的诊断包（日志、设备、队列状态、配置哈希、版本）/ write a redacted diagnostics zip.

        包内不含个人信息：日志再次脱敏，本机库中的姓名、证件号等一律隐去，只导出计数。
        Nothing personal: logs are redacted again, stored names/ID numbers are scrubbed, only counts leave.
        """
        from app.paths import data_dir
        from app.services.support import write_support_bundle

        result = write_support_bundle(data_dir((ctx.find_root().obj or {}).get("data_dir")), out)
        click.echo(f"诊断包已生成 / support bundle written: {result['path']}")
        click.echo(f"  日志 logs: {result['logs']}；隐去的个人信息值 PI values scrubbed: {result['pi_values_scrubbed']}")
        if result["problems"]:
            click.echo(f"  未能收集 / could not collect: {', '.join(result['problems'])}")
