"""The vendor-SDK helper process: loads sdtapi / termb with ctypes and answers JSON over stdio.

Vendor DLLs crash, hang and are often 32-bit only, so the workstation never loads them itself:
`vendor.VendorReader` starts this module as a child (``python -m hardware.idcard.vendor_helper``,
or a separately built 32-bit executable named by ``ZONGCHUANG_IDCARD_HELPER``) and talks to it
one JSON object per line:

    → {"id": 1, "op": "load", "kind": "sdtapi", "lib": "/path/libsdtapi.so", "workdir": "/tmp/x"}
    ← {"id": 1, "ok": true, "result": {...}}
    ← {"id": 1, "ok": false, "error": {"kind": "no_card", "code": 128, "message_zh": ..., "message_en": ...}}

Ops: load, open {port}, find, read, read_address, sam_id, close, ping. sdtapi answers raw blocks
(base64 text/photo, decoded by the parent); termb answers the GBK getter strings and the BMP the
SDK decoded. Stdout carries only protocol lines; anything the DLL prints goes to stderr.
"""

from __future__ import annotations

import base64
import ctypes
import json
import os
import sys
from typing import Any

SDT_OK, SDT_FIND_OK, SDT_NO_CONTENT = 0x90, 0x9F, 0x91
SDT_ONLY = {0x01: ("端口打开失败", "port open failed"), 0x02: ("接收超时", "receive timeout"),
            0x03: ("数据传输错误", "data transfer error"), 0x05: ("串口不可用", "serial port unusable"),
            0x09: ("文件打开失败", "file open failed")}


class Fail(Exception):
    def __init__(self, kind: str, code: int, zh: str, en: str):
        super().__init__(zh)
        self.payload = {"kind": kind, "code": code, "message_zh": zh, "message_en": en}


def _loader():
    return ctypes.WinDLL if sys.platform == "win32" else ctypes.CDLL  # type: ignore[attr-defined]


def _sdt_fail(rc: int, what: str) -> Fail:
    if rc in SDT_ONLY:
        zh, en = SDT_ONLY[rc]
        kind = "timeout" if rc == 0x02 else "unavailable"
        return Fail(kind, rc, f"{what}：{zh}（返回 0x{rc:02X}）", f"{what}: {en} (returned 0x{rc:02X})")
    kind = "no_card" if rc == 0x80 else "card"
    return Fail(kind, rc, f"{what}失败（返回 0x{rc:02X}）", f"{what} failed (returned 0x{rc:02X})")


class SdtApi:
    def __init__(self, lib: str):
        self.lib = _loader()(lib)
        self.port = 0
        for name in ("SDT_OpenPort", "SDT_ClosePort", "SDT_StartFindIDCard", "SDT_SelectIDCard", "SDT_ReadBaseMsg"):
            getattr(self.lib, name).restype = ctypes.c_int

    def open(self, port: int) -> dict[str, Any]:
        rc = self.lib.SDT_OpenPort(ctypes.c_int(port))
        if rc != SDT_OK:
            raise Fail("unavailable", rc, f"打开读卡器端口 {port} 失败（返回 0x{rc:02X}）", f"opening reader port {port} failed (0x{rc:02X})")
        self.port = port
        return {"port": port}

    def close(self) -> dict[str, Any]:
        if self.port:
            self.lib.SDT_ClosePort(ctypes.c_int(self.port))
        self.port = 0
        return {}

    def find(self) -> dict[str, Any]:
        iin = ctypes.create_string_buffer(16)
        rc = self.lib.SDT_StartFindIDCard(ctypes.c_int(self.port), iin, ctypes.c_int(1))
        if rc == 0x80:
            return {"present": False}
        if rc not in (SDT_FIND_OK, SDT_OK):
            raise _sdt_fail(rc, "寻卡")
        sn = ctypes.create_string_buffer(16)
        rc = self.lib.SDT_SelectIDCard(ctypes.c_int(self.port), sn, ctypes.c_int(1))
        if rc != SDT_OK:
            raise _sdt_fail(rc, "选卡")
        return {"present": True}

    def read(self) -> dict[str, Any]:
        text = ctypes.create_string_buffer(512)
        photo = ctypes.create_string_buffer(2048)
        tl, pl = ctypes.c_uint(0), ctypes.c_uint(0)
        rc = self.lib.SDT_ReadBaseMsg(ctypes.c_int(self.port), text, ctypes.byref(tl), photo, ctypes.byref(pl),
                                      ctypes.c_int(1))
        if rc != SDT_OK:
            raise _sdt_fail(rc, "读卡")
        t, p = min(tl.value, 512), min(pl.value, 2048)
        scrub_outputs()  # some vendors' sdtapi also drop zp.bmp / *.wlt in the working directory
        return {"text": base64.b64encode(text.raw[:t]).decode(), "photo": base64.b64encode(photo.raw[:p]).decode()}

    def read_address(self) -> dict[str, Any]:
        fn = getattr(self.lib, "SDT_ReadNewAppMsg", None)
        if fn is None:
            return {"address": None}
        buf, ln = ctypes.create_string_buffer(256), ctypes.c_uint(0)
        rc = fn(ctypes.c_int(self.port), buf, ctypes.byref(ln), ctypes.c_int(1))
        if rc == SDT_NO_CONTENT:
            return {"address": None}
        if rc != SDT_OK:
            raise _sdt_fail(rc, "读追加住址")
        raw = buf.raw[:min(ln.value, 256) // 2 * 2]
        return {"address": raw.decode("utf-16-le", "replace").split("\x00")[0].strip() or None}

    def sam_id(self) -> dict[str, Any]:
        fn = getattr(self.lib, "SDT_GetSAMIDToStr", None)
        if fn is None:
            return {"sam_id": ""}
        buf = ctypes.create_string_buffer(128)
        rc = fn(ctypes.c_int(self.port), buf, ctypes.c_int(1))
        if rc != SDT_OK:
            raise _sdt_fail(rc, "读 SAM 编号")
        return {"sam_id": buf.value.decode("ascii", "replace")}


TERMB_GETTERS = {"name": "GetPeopleName", "sex": "GetPeopleSex", "nation": "GetPeopleNation",
                 "birth": "GetPeopleBirthday", "address": "GetPeopleAddress", "id": "GetPeopleIDCode",
                 "authority": "GetDepartment", "from": "GetStartDate", "to": "GetEndDate",
                 "cert_type": "GetCertType", "pass": "GetPassCheckID", "issues": "GetIssuesNum",
                 "english": "GetPeopleEnglishName", "nationality": "GetNationCode",
                 "chinese_name": "GetPeopleChineseName"}


# files vendor SDKs leave in their working directory: text, photo, fingerprint (personal data)
SDK_OUTPUTS = ("wz.txt", "zp.bmp", "zp.wlt", "xp.wlt", "fp.dat", "zp.jpg", "newaddr.txt")


def scrub_outputs() -> None:
    """Delete the personal data a vendor SDK wrote to disk as soon as we have read it."""
    for name in os.listdir("."):
        if name.lower() in SDK_OUTPUTS or name.lower().endswith((".wlt", ".bmp")):
            try:
                os.remove(name)
            except OSError:
                pass


class Termb:
    def __init__(self, lib: str):
        self.lib = _loader()(lib)
        for name in ("CVR_InitComm", "CVR_Authenticate", "CVR_Read_Content", "CVR_CloseComm"):
            getattr(self.lib, name).restype = ctypes.c_int

    def open(self, port: int) -> dict[str, Any]:
        rc = self.lib.CVR_InitComm(ctypes.c_int(port))
        if rc != 1:
            why = {2: ("端口打开失败", "port open failed"), -2: ("动态库加载失败", "DLL load error")}.get(rc, ("未知错误", "unknown error"))
            raise Fail("unavailable", rc, f"打开读卡器端口 {port} 失败：{why[0]}（{rc}）", f"opening reader port {port} failed: {why[1]} ({rc})")
        return {"port": port}

    def close(self) -> dict[str, Any]:
        self.lib.CVR_CloseComm()
        return {}

    def find(self) -> dict[str, Any]:
        rc = self.lib.CVR_Authenticate()
        if rc == 1:
            return {"present": True}
        if rc == 2:
            return {"present": False}
        if rc == 3:
            raise Fail("card", rc, "选取证件失败，请将证件平放不要移动", "selecting the card failed; keep it still")
        if rc == 4:
            raise Fail("unavailable", rc, "未连接读卡器", "no reader connected")
        raise Fail("reader", rc, f"认证失败（返回 {rc}）", f"authentication failed (returned {rc})")

    def _get(self, name: str, size: int = 256) -> bytes | None:
        fn = getattr(self.lib, name, None)
        if fn is None:
            return None
        buf, ln = ctypes.create_string_buffer(size), ctypes.c_int(size)
        rc = fn(buf, ctypes.byref(ln))
        if rc != 1:
            return None
        n = ln.value if 0 < ln.value <= size else len(buf.value)
        return buf.raw[:n]

    def read(self) -> dict[str, Any]:
        rc = self.lib.CVR_Read_Content(ctypes.c_int(1))
        if rc != 1:
            raise Fail("card", rc, f"读卡失败（返回 {rc}）", f"reading the card failed (returned {rc})")
        fields: dict[str, str] = {}
        for key, getter in TERMB_GETTERS.items():
            raw = self._get(getter)
            if raw is not None:
                fields[key] = raw.split(b"\x00")[0].decode("gbk", "replace").strip()
        out: dict[str, Any] = {"fields": fields}
        bmp = self._get("GetBMPData", 65536)
        if not bmp and os.path.exists("zp.bmp"):
            with open("zp.bmp", "rb") as fh:
                bmp = fh.read()
        if bmp and bmp[:2] == b"BM":
            out["bmp"] = base64.b64encode(bmp).decode()
        scrub_outputs()
        return out

    def read_address(self) -> dict[str, Any]:
        rc = self.lib.CVR_Read_Content(ctypes.c_int(3))
        if rc != 1:
            return {"address": None}
        raw = self._get("GetNewAddress") or self._get("GetPeopleAddress")
        return {"address": raw.split(b"\x00")[0].decode("gbk", "replace").strip() if raw else None}

    def sam_id(self) -> dict[str, Any]:
        fn = getattr(self.lib, "CVR_GetSAMID", None)
        if fn is None:
            return {"sam_id": ""}
        buf = ctypes.create_string_buffer(128)
        fn(buf)
        return {"sam_id": buf.value.decode("ascii", "replace")}


def serve(stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin.buffer
    out = stdout or sys.stdout.buffer
    # keep our protocol channel to ourselves: whatever the DLL prints via fd 1 goes to stderr
    proto = os.fdopen(os.dup(out.fileno()), "wb", buffering=0) if stdout is None else out
    if stdout is None:
        os.dup2(sys.stderr.fileno(), 1)
    sdk: SdtApi | Termb | None = None
    for line in iter(stdin.readline, b""):
        try:
            req = json.loads(line)
        except ValueError:
            continue
        rid = req.get("id")
        try:
            op = req.get("op")
            if op == "ping":
                result: dict[str, Any] = {"pid": os.getpid()}
            elif op == "load":
                if req.get("workdir"):
                    os.makedirs(req["workdir"], exist_ok=True)
                    os.chdir(req["workdir"])
                try:
                    sdk = SdtApi(req["lib"]) if req["kind"] == "sdtapi" else Termb(req["lib"])
                except (OSError, AttributeError) as exc:
                    raise Fail("config", 0, f"无法加载读卡器动态库 {req['lib']}：{exc}", f"cannot load reader library {req['lib']}: {exc}") from exc
                result = {"kind": req["kind"]}
            elif sdk is None:
                raise Fail("config", 0, "读卡器动态库尚未加载", "reader library not loaded")
            elif op == "open":
                result = sdk.open(int(req["port"]))
            elif op in ("find", "read", "read_address", "sam_id", "close"):
                result = getattr(sdk, op)()
            else:
                raise Fail("config", 0, f"未知操作 {op}", f"unknown op {op}")
            reply = {"id": rid, "ok": True, "result": result}
        except Fail as exc:
            reply = {"id": rid, "ok": False, "error": exc.payload}
        proto.write((json.dumps(reply, ensure_ascii=False) + "\n").encode("utf-8"))
        proto.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve())
