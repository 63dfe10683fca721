"""Direct CUPS printing with the command-line clients (`lp`, `lpstat`), as on UOS/Kylin and
any Debian-like desktop: `lp -d QUEUE -n COPIES -o media=A4 -t TITLE file.pdf`.

No pycups: the clients exist wherever CUPS does, need no build, and speak to a remote CUPS
server through the usual `CUPS_SERVER` / client.conf. Output is parsed in the C locale.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from hardware.printer.base import PrinterError, PrinterInfo, PrintResult, check_copies

_REQUEST = re.compile(r"request id is (\S+)")
_PRINTER = re.compile(r"^printer (\S+) (?:is |now )?(idle|printing|disabled|is idle)?", re.I)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"LC_ALL": "C", "LANG": "C"})
    return env


class CupsBackend:
    name = "cups"

    def __init__(self, timeout: float = 20.0):
        self.timeout = timeout

    def available(self) -> bool:
        return shutil.which("lp") is not None and shutil.which("lpstat") is not None

    def _run(self, args: list[str]) -> subprocess.CompletedProcess:
        if shutil.which(args[0]) is None:
            raise PrinterError(f"未安装 CUPS 客户端（找不到 {args[0]}）", f"CUPS client not installed ({args[0]} not found)",
                               hint_zh="请安装 cups-client（Debian/UOS：apt install cups-client cups-bsd）",
                               hint_en="install cups-client (apt install cups-client cups-bsd)")
        try:
            return subprocess.run(args, capture_output=True, text=True, timeout=self.timeout, env=_env(), check=False)
        except subprocess.TimeoutExpired:
            raise PrinterError("打印服务无响应（CUPS 超时）", "the print service did not answer (CUPS timeout)",
                               hint_zh="请检查 CUPS 服务是否运行", hint_en="check that the CUPS service is running") from None

    def default_printer(self) -> str:
        out = self._run(["lpstat", "-d"]).stdout
        m = re.search(r"system default destination:\s*(\S+)", out)
        return m.group(1) if m else ""

    def list_printers(self) -> list[PrinterInfo]:
        if not self.available():
            return []
        default = self.default_printer()
        proc = self._run(["lpstat", "-p"])
        states: dict[str, str] = {}
        for line in proc.stdout.splitlines():
            m = _PRINTER.match(line)
            if m:
                word = (m.group(2) or "").lower()
                states[m.group(1)] = "idle" if "idle" in word else (word or "unknown")
        uris: dict[str, str] = {}
        for line in self._run(["lpstat", "-v"]).stdout.splitlines():
            m = re.match(r"device for (\S+):\s*(\S+)", line)
            if m:
                uris[m.group(1)] = m.group(2)
        names = sorted(set(states) | set(uris))
        return [PrinterInfo(n, self.name, n == default, states.get(n, "unknown"), uris.get(n, "")) for n in names]

    def print_pdf(self, pdf: Path, *, printer: str | None, copies: int = 1, title: str = "",
                  options: dict[str, str] | None = None) -> PrintResult:
        check_copies(copies)
        pdf = Path(pdf)
        if not pdf.is_file():
            raise PrinterError(f"要打印的文件不存在：{pdf}", f"file to print does not exist: {pdf}")
        target = printer or self.default_printer()
        if not target:
            raise PrinterError("未指定打印机，且系统没有默认打印机", "no printer given and no system default printer",
                               hint_zh="用 --printer 指定打印机（zongchuang printer list 查看）",
                               hint_en="pass --printer (see zongchuang printer list)")
        args = ["lp", "-d", target, "-n", str(copies), "-o", "media=A4"]
        for key, value in (options or {}).items():
            args += ["-o", f"{key}={value}" if value else key]
        if title:
            args += ["-t", title]
        args.append(str(pdf))
        proc = self._run(args)
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip()
            raise PrinterError(f"打印机 {target} 拒绝了打印任务：{detail}", f"printer {target} refused the job: {detail}",
                               hint_zh="请确认打印机名称正确且已启用（lpstat -p）",
                               hint_en="check the printer name and that it is enabled (lpstat -p)")
        m = _REQUEST.search(proc.stdout)
        return PrintResult(self.name, target, copies, m.group(1) if m else "")
