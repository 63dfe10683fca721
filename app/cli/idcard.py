"""`zongchuang idcard read|watch` and `zongchuang devices`.

`idcard read --json` prints one object with the card fields (dates YYYY-MM-DD, valid_to may be
长期) and `checks {checksum, consistency, expired}`; errors exit non-zero with a bilingual
message (exit codes per kind in docs/idcard.md). Human output masks personal data.
"""

from __future__ import annotations

import click

from app.cli._common import echo_json

BACKEND_CHOICES = ["sam-serial", "sdtapi", "termb", "pcsc", "simulator"]


def _reader_options(fn):
    opts = [
        click.option("--backend", "-b", type=click.Choice(BACKEND_CHOICES), default="sam-serial", show_default=True,
                     help="读卡器类型 / reader backend"),
        click.option("--port", "-p", default=None,
                     help="串口（/dev/ttyUSB0、COM3）；厂商 SDK 为端口号：1-16 串口，1001-1016 USB，0 自动 / "
                          "serial port, or SDK port number (1-16 COM, 1001-1016 USB, 0 = search)"),
        click.option("--baud", type=int, default=115200, show_default=True, help="波特率 / baud rate (sam-serial)"),
        click.option("--timeout", "-t", type=float, default=5.0, show_default=True,
                     help="等待放卡/设备应答的秒数 / seconds to wait for a card and for the device"),
        click.option("--reader", "reader_name", default=None, help="PC/SC 读卡器名称 / PC/SC reader name (pcsc)"),
        click.option("--lib", default=None, help="厂商动态库路径 / vendor library path (sdtapi, termb)"),
        click.option("--card", default=None,
                     help="模拟证件：预设名或 JSON 文件 / simulated card: preset name or JSON file (simulator)"),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _options(backend: str, port, baud, timeout, reader_name, lib, card) -> dict:
    if backend == "sam-serial":
        follow = not port
        if not port:
            port = _discover_port(baud)
        return {"port": port, "baudrate": baud, "timeout": min(timeout, 3.0), "follow": follow}
    if backend in ("sdtapi", "termb"):
        return {"lib": lib, "port": port or 0, "timeout": max(timeout, 1.0)}
    if backend == "pcsc":
        return {"reader": reader_name}
    return {"card": card}


def _discover_port(baud: int) -> str:
    from app.bootstrap import probe_idcard_ports
    from app.errors import InputError

    found = [d for d in probe_idcard_ports(baudrate=baud) if d["sam_id"]]
    if not found:
        raise InputError("未找到身份证读卡器串口，请用 --port 指定", "no ID-card reader found on any serial port; pass --port",
                         hint_zh="zongchuang devices 可列出检测到的设备", hint_en="`zongchuang devices` lists what was detected")
    return found[0]["port"]


def _human(data: dict) -> str:
    from app.security.masking import mask_address, mask_id_number, mask_name

    lines = [f"证件类型 / type:    {data['card_type_label']}",
             f"姓名 / name:        {mask_name(data['name'])}" + (f"（{data['english_name']}）" if data.get("english_name") else ""),
             f"性别 / sex:         {data['sex']}", f"民族 / nation:      {data['nation'] or '-'}",
             f"出生 / birth:       {data['birth_date']}", f"住址 / address:     {mask_address(data['address'])}",
             f"号码 / number:      {mask_id_number(data['id_number'])}",
             f"签发机关 / issuer:  {data['issuing_authority']}",
             f"有效期限 / valid:   {data['valid_from']} – {data['valid_to']}"]
    for key, label in (("nationality", "国籍 / nationality"), ("pass_number", "通行证号 / pass no."),
                       ("issue_count", "签发次数 / issues"), ("card_number", "卡号 / card no.")):
        if data.get(key):
            lines.append(f"{label}: {data[key]}")
    checks = data["checks"]

    def mark(v, good):
        return "—" if v is None else ("通过" if v == good else "未通过")

    lines.append(f"核验 / checks:      校验位 {mark(checks['checksum'], True)}，一致性 {mark(checks['consistency'], True)}，"
                 f"有效期 {mark(checks['expired'], False)}")
    for issue in data["check_issues"]:
        lines.append(f"  [{issue['severity']}] {issue['message_zh']} / {issue['message_en']}")
    lines.append(f"照片 / photo:       {data['photo_status']} {data['photo_note']}")
    return "\n".join(lines)


def register(cli: click.Group) -> None:
    @cli.group("idcard")
    def idcard() -> None:
        """身份证读卡 / ID-card reader."""

    @idcard.command("read")
    @_reader_options
    @click.option("--latest-address", is_flag=True, help="同时读取追加住址 / also read the newest address")
    @click.option("--photo-out", type=click.Path(dir_okay=False), default=None,
                  help="把照片（BMP，或原始 WLT）写入文件 / write the photo (BMP, or raw WLT) to a file")
    @click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
    def read_cmd(backend, port, baud, timeout, reader_name, lib, card, latest_address, photo_out, as_json) -> None:
        """读取一张证件并核验 / read one card and check it."""
        from pathlib import Path

        from app.services.idcard import read_card

        result = read_card(backend, _options(backend, port, baud, timeout, reader_name, lib, card),
                           wait=timeout, latest_address=latest_address)
        if photo_out:
            c = result.card
            blob = c.photo_bmp or c.photo_wlt
            if blob:
                Path(photo_out).write_bytes(blob)
        data = result.as_dict()
        echo_json(data) if as_json else click.echo(_human(data))

    @idcard.command("watch")
    @_reader_options
    @click.option("--count", type=int, default=0, help="读到这么多张后退出（0 = 一直运行）/ stop after N cards (0 = run until Ctrl-C)")
    @click.option("--duration", type=float, default=0.0, help="运行秒数后退出 / stop after this many seconds")
    @click.option("--json", "as_json", is_flag=True, help="每张卡一行 JSON / one JSON line per card")
    def watch_cmd(backend, port, baud, timeout, reader_name, lib, card, count, duration, as_json) -> None:
        """持续监听，每放一张证件打印一次 / print every card placed on the reader."""
        import json
        import time

        from app.services.idcard import reader_for, watch

        reader = reader_for(backend, **_options(backend, port, baud, timeout, reader_name, lib, card))
        seen = {"n": 0}
        started = time.monotonic()

        def on_card(result) -> None:
            seen["n"] += 1
            data = result.as_dict()
            if as_json:
                click.echo(json.dumps(data, ensure_ascii=False), nl=True)
            else:
                click.echo(_human(data) + "\n")

        last = {"error": ""}

        def on_error(err) -> None:
            text = f"[{reader.state.value}] {err.message_zh} / {err.message_en}"
            if text != last["error"]:  # an unplugged reader is reported once, not every second
                click.echo(text, err=True)
                last["error"] = text

        def on_card_reset(result) -> None:
            last["error"] = ""
            on_card(result)

        def stop() -> bool:
            return bool((count and seen["n"] >= count) or (duration and time.monotonic() - started >= duration))

        if not as_json:
            click.echo(f"正在监听 {reader.describe()}，放置证件即读取（Ctrl-C 退出）/ watching; place a card (Ctrl-C quits)", err=True)
        try:
            watch(reader, on_card_reset, on_error=on_error, should_stop=stop, poll=min(timeout, 1.0))
        except KeyboardInterrupt:
            pass
        finally:
            reader.close()

    @idcard.command("sdk-helper", hidden=True)
    def sdk_helper_cmd() -> None:
        """Vendor-SDK helper process (JSON over stdio); started by the sdtapi/termb backends."""
        import sys

        from hardware.idcard.vendor_helper import serve

        sys.exit(serve())

    @idcard.command("wlt-decode", hidden=True)
    @click.argument("lib")
    @click.argument("function", required=False, default="")
    def wlt_decode_cmd(lib: str, function: str) -> None:
        """WLT photo decoding child (stdin WLT → stdout BMP); started by the photo plugin."""
        import sys

        from hardware.idcard.wlt import _child_main

        sys.exit(_child_main([lib, function]))

    @cli.command("devices")
    @click.option("--kind", "kinds", multiple=True, help="只列出某类设备 / only this kind (idcard_readers, cameras, printers)")
    @click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
    def devices_cmd(kinds, as_json) -> None:
        """列出检测到的读卡器、高拍仪、打印机 / list detected readers, cameras and printers."""
        from app.bootstrap import probe_devices

        data = probe_devices(list(kinds) or None)
        if as_json:
            echo_json(data)
            return
        for kind, items in data.items():
            if kind in ("errors", "elapsed_s"):
                continue
            click.echo(f"{kind}:")
            for d in items or []:
                click.echo(f"  - [{d.get('status', '')}] {d.get('backend', '')} {d.get('id', '')} {d.get('name', '')}")
            if not items:
                click.echo("  （无 / none）")
        for e in data["errors"]:
            click.echo(f"probe failed: {e['kind']} {e['probe']}: {e['error']}", err=True)
