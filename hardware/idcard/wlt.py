"""Optional WLT photo decoder plugin (vendor library through ctypes).

The 1024-byte WLT photo on the chip is in a proprietary format; only the vendor's decoder
(`libwlt2bmp.so` / `WltRS.dll` / `DLL_File.dll` …) turns it into the 102×126 BMP. We never ship
one. When none is configured — or it refuses — the read still succeeds and the card says why
there is no picture (`photo_status`).

The decoder runs in a short-lived child process (``python -m hardware.idcard.wlt``), so a
decoder that crashes or hangs costs the photo, never the read or the workstation.

Configure with the environment variable ``ZONGCHUANG_WLT_DECODER=/path/to/lib[:function]``. The
function is called as ``int f(const unsigned char *wlt, unsigned char *bmp_out, int key)``
(the common ``unpack`` / ``wlt2bmpBuffer`` shape, 38862-byte output buffer); a return of 1 or 0
with a BMP header in the buffer counts as success.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from dataclasses import dataclass

from hardware.idcard.model import IdentityCard, PhotoStatus

ENV = "ZONGCHUANG_WLT_DECODER"
WLT_LEN = 1024
BMP_LEN = 38862  # 54-byte header + 102×126×3 (rows padded to 4 bytes: 308 × 126 = 38808)
DEFAULT_FUNCTIONS = ("wlt2bmpBuffer", "unpack", "Wlt2Bmp")


@dataclass
class WltDecoder:
    path: str
    function: str
    _fn: object = None

    @classmethod
    def configured(cls) -> WltDecoder | None:
        """The decoder the composition root configured (`hardware.idcard.drivers`), if any."""
        from hardware.idcard.drivers import PATHS

        spec = PATHS.wlt_decoder
        if not spec:
            return None
        path, _, fn = spec.partition(":") if not (sys.platform == "win32" and spec[1:2] == ":") else (spec, "", "")
        return cls(path=path, function=fn)

    def _load(self):
        if self._fn is None:
            loader = ctypes.WinDLL if sys.platform == "win32" else ctypes.CDLL  # type: ignore[attr-defined]
            lib = loader(self.path)
            names = (self.function,) if self.function else DEFAULT_FUNCTIONS
            for name in names:
                fn = getattr(lib, name, None)
                if fn is not None:
                    fn.restype = ctypes.c_int
                    self._fn, self.function = fn, name
                    break
            else:
                raise OSError(f"no function {'/'.join(names)} in {self.path}")
        return self._fn

    def decode(self, wlt: bytes, timeout: float = 10.0) -> bytes:
        """Decode in a child process; ValueError with the reason when it fails, crashes or hangs."""
        if getattr(sys, "frozen", False):  # the bundled executable's hidden command
            cmd = [sys.executable, "idcard", "wlt-decode", self.path, self.function]
        else:
            cmd = [sys.executable, "-m", "hardware.idcard.wlt", self.path, self.function]
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        try:
            proc = subprocess.run(cmd, input=bytes(wlt), capture_output=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired as exc:
            raise ValueError(f"decoder did not finish within {timeout:g} s") from exc
        if proc.returncode != 0:
            why = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
            if proc.returncode < 0:
                why = [f"decoder crashed (signal {-proc.returncode})"]
            raise ValueError(why[0])
        if proc.stdout[:2] != b"BM":
            raise ValueError("decoder produced no BMP")
        return proc.stdout

    def decode_here(self, wlt: bytes) -> bytes:
        """Decode in this process (used by the child)."""
        fn = self._load()
        src = ctypes.create_string_buffer(bytes(wlt), len(wlt))
        dst = ctypes.create_string_buffer(BMP_LEN + 1024)
        rc = fn(src, dst, 0x0308)  # type: ignore[operator]
        data = dst.raw
        if data[:2] == b"BM":
            size = int.from_bytes(data[2:6], "little")
            return data[: size if 54 < size <= len(data) else BMP_LEN]
        if rc in (1, 0) and any(data[:BMP_LEN]):
            # a decoder that writes raw BGR pixels: wrap them in a BMP header
            return _bmp_from_bgr(data[: 102 * 126 * 3], 102, 126)
        raise ValueError(f"decoder returned {rc}")


def _bmp_from_bgr(pixels: bytes, width: int, height: int) -> bytes:
    row = width * 3
    pad = (4 - row % 4) % 4
    body = b"".join(pixels[y * row:(y + 1) * row] + b"\0" * pad for y in range(height))
    header = b"BM" + (54 + len(body)).to_bytes(4, "little") + b"\0\0\0\0" + (54).to_bytes(4, "little")
    info = (40).to_bytes(4, "little") + width.to_bytes(4, "little") + height.to_bytes(4, "little", signed=True) \
        + (1).to_bytes(2, "little") + (24).to_bytes(2, "little") + b"\0" * 24
    return header + info + body


def attach_photo(card: IdentityCard, wlt: bytes, decoder: WltDecoder | None = None) -> IdentityCard:
    """Store the WLT on the card and decode it when a decoder is configured; never raises."""
    card.photo_wlt = bytes(wlt or b"")
    if not card.photo_wlt or not any(card.photo_wlt):
        card.photo_status, card.photo_note = PhotoStatus.ABSENT, "证件未返回照片 / the card returned no photo"
        return card
    decoder = decoder if decoder is not None else WltDecoder.configured()
    if decoder is None:
        card.photo_status = PhotoStatus.NO_DECODER
        card.photo_note = (f"未配置 WLT 照片解码库（设置 {ENV}），已保留原始照片数据 / "
                           f"no WLT decoder configured (set {ENV}); raw photo kept")
        return card
    try:
        card.photo_bmp = decoder.decode(card.photo_wlt)
        card.photo_status, card.photo_note = PhotoStatus.DECODED, f"{os.path.basename(decoder.path)}:{decoder.function}"
    except Exception as exc:  # a vendor decoder failing must never fail the read
        card.photo_status = PhotoStatus.DECODE_FAILED
        card.photo_note = f"照片解码失败：{exc} / photo decoding failed: {exc}"
    return card


def _child_main(argv: list[str]) -> int:
    path, function = argv[0], argv[1] if len(argv) > 1 else ""
    try:
        bmp = WltDecoder(path=path, function=function).decode_here(sys.stdin.buffer.read())
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(bmp)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
