"""`zongchuang demo --out DIR`: the scripted acceptance for headless machines and training."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("demo")
@click.option("--out", "out", default="out/demo", show_default=True, type=click.Path(path_type=Path),
              help="输出目录 / output folder.")
def demo_cmd(out: Path) -> None:
    """运行脚本化演示（模拟设备，独立数据目录）/ run the scripted demo (simulated devices, own data)."""
    from sync.demo import run_demo

    summary = run_demo(out)
    click.echo(f"综窗演示 / demo — 受理编号 {summary['acceptance_number']}（{summary['state_label']}）")
    for i, line in enumerate(summary["steps"], 1):
        click.echo(f"  {i}. {line}")
    click.echo("输出 / outputs:")
    for name, path in summary["outputs"].items():
        click.echo(f"  {name}: {path}")


def register(cli: click.Group) -> None:
    cli.add_command(demo_cmd)
