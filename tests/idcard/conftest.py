"""Fixtures for the ID-card tests: a SAM device simulator on a pty, the fake vendor SDK
compiled with gcc, and a real pcscd with the vsmartcard vpcd driver.

Each fixture starts its part, hands it over, and stops it by its own PID afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.idcard.sam_peer import PeerConfig, SamPeer

HERE = Path(__file__).resolve().parent
VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")


@pytest.fixture
def make_peer(tmp_path: Path) -> Iterator[Callable[..., SamPeer]]:
    """Start SAM simulators on pseudo-terminals; the reader opens `peer.path` (a symlink, so a
    'replugged' device can appear under the same name)."""
    peers: list[SamPeer] = []

    def make(config: PeerConfig | None = None, *, link: str = "ttyV0") -> SamPeer:
        peer = SamPeer(config or PeerConfig(), link=str(tmp_path / link))
        peers.append(peer)
        return peer

    yield make
    for p in peers:
        p.close()


@pytest.fixture(scope="session")
def fake_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fake vendor SDK (sdtapi + termb entry points) built from fake_sdk.c with gcc."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        pytest.skip("no C compiler (gcc) on this machine: the vendor-SDK tests compile their library")
    out = tmp_path_factory.mktemp("sdk") / "libfakeidcard.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-O1", "-Wall", "-Werror", "-o", str(out), str(HERE / "fake_sdk.c")],
                   check=True, capture_output=True)
    return out


def _pcscd_reason() -> str | None:
    if os.geteuid() != 0:
        return "pcscd always binds /run/pcscd/pcscd.comm: the PC/SC tests need root"
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (Debian package pcscd)"
    if not VPCD_CONF.exists():
        return "vsmartcard-vpcd is not installed (/etc/reader.conf.d/vpcd missing)"
    if _system_pcscd_running() and not _vpcd_listening():
        return "a system pcscd without the vpcd reader is already running; the tests need their own"
    try:
        import smartcard  # noqa: F401
    except ImportError:
        return "pyscard is not installed (pip install '.[pcsc]', needs libpcsclite-dev)"
    return None


def _system_pcscd_running() -> bool:
    if not PCSCD_SOCKET.exists():
        return False
    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(str(PCSCD_SOCKET))
        return True
    except OSError:
        return False
    finally:
        s.close()


def _vpcd_listening() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 35963), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real pcscd in the foreground with the vpcd virtual reader; yields the vpcd TCP port."""
    reason = _pcscd_reason()
    if reason:
        pytest.skip(reason)
    if _system_pcscd_running():  # a pcscd that already serves the vpcd reader: use it, leave it running
        time.sleep(0.5)
        yield 35963
        return
    log = tmp_path_factory.mktemp("pcscd") / "pcscd.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(["pcscd", "--foreground", "--auto-exit"], stdout=fh, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", 35963), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"pcscd exited: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("pcscd did not open the vpcd port 35963 within 10 s")
    # the probe connection above looked like a card coming and going; let pcscd settle
    time.sleep(0.3)
    yield 35963
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(autouse=True)
def driver_paths() -> Iterator[Callable[[], None]]:
    """The composition root hands the driver settings to hardware (`app.bootstrap.configure_drivers`);
    a test sets a ZONGCHUANG_* variable and calls the fixture's function like the root would, and
    the paths are cleared afterwards."""
    from app.bootstrap import configure_drivers
    from hardware.idcard.drivers import configure

    yield configure_drivers
    configure()
