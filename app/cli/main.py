"""Entry point of the `zongchuang` command: builds the command tree and prints errors
bilingually (Chinese first) with a non-zero exit code."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

import app.cli as cli_pkg
from app import __version__
from app.cli._common import login_options
from app.errors import ZongchuangError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def _self_test_flag(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from app.cli.selftest import run_and_exit

        run_and_exit(ctx)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="zongchuang")
@click.option("--self-test", is_flag=True, expose_value=False, is_eager=True, callback=_self_test_flag,
              help="自检本机安装并退出（失败时非零退出）/ check this installation and exit (non-zero on failure).")
@click.option("--data-dir", type=click.Path(file_okay=False), envvar="ZONGCHUANG_HOME",
              help="数据目录（默认：用户数据目录）/ data directory (default: the user data dir).")
@login_options
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """综窗 — 政务服务综合受理窗口工作站 / integrated-acceptance window workstation."""
    ctx.ensure_object(dict)
    ctx.obj["data_dir"] = data_dir  # (--as / --password-fd are kept in ctx.obj by their callbacks)
    _start_logging(data_dir)


def _start_logging(data_dir: str | None) -> None:
    """Rotating, PII-redacting log file as `[logging]` says (never stops a command)."""
    try:
        from app.config import load_config
        from app.logging_setup import setup_logging, start_logging
        from app.paths import data_dir as resolve

        try:
            config = load_config(resolve(data_dir))
        except Exception:  # an invalid config is reported by the command itself
            setup_logging()
            return
        start_logging(config)
    except Exception:
        pass


# Layers above `app` (sync's client and platform, the demo, the Qt workstation in `ui`) add their
# commands through this entry-point group, next to their code, so `app` never imports them (see
# pyproject `[project.entry-points."zongchuang.cli"]`; the frozen build carries the metadata).
# After pulling a change to these entry points, `make venv` reinstalls the metadata.
PLUGIN_GROUP = "zongchuang.cli"


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(cli_pkg.__path__), key=lambda m: m.name):
        if info.name in {"main"} or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"app.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)
    _register_plugins()


def _register_plugins() -> None:
    from importlib.metadata import entry_points

    targets = {ep.value for ep in entry_points(group=PLUGIN_GROUP)}
    for target in sorted(targets):
        module_name, _, attr = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # only "that layer is not installed" (a headless server build without ui or Qt) is
            # skipped; a broken import inside an installed layer must surface, not hide a command
            if (exc.name or "").split(".")[0] in {module_name.split(".")[0], "PySide6"}:
                continue
            raise
        getattr(module, attr or "register")(cli)


_register_all()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; errors of ours become a bilingual message and their exit code."""
    try:
        rc = cli.main(args=argv, prog_name="zongchuang", standalone_mode=False)
        if isinstance(rc, int) and rc:  # click returns ctx.exit(n)'s code instead of raising here
            return rc
    except ZongchuangError as exc:
        click.echo(exc.bilingual(), err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("已取消 / aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except OSError as exc:
        err = _os_error(exc)
        click.echo(err.bilingual(), err=True)
        return err.exit_code
    return 0


def _os_error(exc: OSError) -> ZongchuangError:
    import errno

    from app.errors import StorageError

    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(f"无法写入 {exc.filename or ''}：没有写权限或磁盘只读", f"cannot write {exc.filename or ''}: {exc.strerror}",
                            hint_zh="请检查数据目录权限，或用 --data-dir 指定可写目录",
                            hint_en="check the data directory's permissions, or pass --data-dir")
    if exc.errno == errno.ENOSPC:
        return StorageError("磁盘空间已满，未写入任何数据", "the disk is full; nothing was written",
                            hint_zh="请清理磁盘空间后重试", hint_en="free disk space and retry")
    return StorageError(f"文件操作失败：{exc}", f"file operation failed: {exc}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
