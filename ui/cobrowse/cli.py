"""`zongchuang helper`: the helper mode of the application (远程帮办协助端), added to the CLI
through the `zongchuang.cli` entry point (app never imports ui)."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.command("helper")
    @click.option("--platform", "platform_url", default=None, help="中心平台地址 / the platform URL.")
    @click.option("--target", default="", help="要协助的窗口工作站编号 / the window workstation to help.")
    @click.option("--credential", default=None, help="工作站凭据（默认取钥匙串）/ workstation credential (default: keyring).")
    @click.option("--as", "as_user", default=None, metavar="USER",
                  help="远程协助人员账号（角色 helper，需登录）/ the helper's account (role helper; logs in).")
    @click.pass_context
    def helper(ctx: click.Context, platform_url: str | None, target: str, credential: str | None,
               as_user: str | None) -> None:
        """远程帮办协助端：查看窗口办件（个人信息已遮蔽）、指向字段、建议填写值 /
        helper mode: see a window's case (masked), point at fields, suggest values."""
        import sys

        from app.bootstrap import platform_link
        from app.config import load_config
        from app.errors import InputError
        from app.paths import data_dir as resolve

        home = resolve((ctx.obj or {}).get("data_dir"))
        config = load_config(home)
        url = (platform_url or config.workstation.platform_url).rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise InputError("请用 --platform 指定中心平台地址（http:// 或 https://）",
                             "pass --platform with the platform URL (http:// or https://)")
        link = platform_link(config, home, url=url)  # https (http to this machine only), [platform].ca_file
        actor = helper_login((ctx.obj or {}).get("data_dir"), as_user)
        from PySide6.QtWidgets import QApplication

        from sync.cobrowse.endpoints import HelperEndpoint, platform_token
        from ui.cobrowse.helper_window import HelperWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        endpoint = HelperEndpoint(link.url, platform_token(link.url, credential, link=link), user=actor.user,
                                  link=link).start()
        win = HelperWindow(endpoint, target)
        win.show()
        if target:
            win.request()
        try:
            code = app.exec()
        finally:
            endpoint.close()
        if code:
            raise click.exceptions.Exit(code)


def helper_login(data_dir: str | None, as_user: str | None):
    """Log the helper in on this PC (`--as USER`, password from the prompt or ZONGCHUANG_PASSWORD);
    only the helper role may run helper mode. Audited like any login."""
    from app.errors import PermissionDenied
    from app.security.roles import require_role
    from app.services.context import open_context

    if not as_user:
        raise PermissionDenied("远程帮办需要以远程协助人员身份登录：请用 --as 用户名",
                               "helper mode needs a login with the helper role: pass --as USER")
    from app.cli._security_common import password_input
    from app.security.users import authenticate

    sctx = open_context(data_dir)
    try:
        ws = sctx.workstation
        result = authenticate(sctx, as_user, password_input(), terminal=f"{ws.center_code}-{ws.window_no}")
        return require_role(result.actor, "helper")
    finally:
        sctx.close()
