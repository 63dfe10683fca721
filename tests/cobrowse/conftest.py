"""Co-browse fixtures: the reference platform on 127.0.0.1 port 0 (real uvicorn, real
websockets), two registered workstations (a town window and a county helper), a case with
planted personal data, and a tap on the relay recording every frame it sees."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.services import cases as svc
from app.services.context import ServiceContext
from app.storage import Actor
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings

ITEM = "110500001000-01"  # 残疾人证: name/id/address/phone fields are masked kinds
WINDOW, HELPER, CENTER = "420107-01", "420100-helper-01", "420107"
PLANTED = {"applicant_name": "欧阳娜娜", "applicant_id_number": "420106199001017719",
           "hukou_address": "湖北省武汉市武昌区中南路九十九号", "contact_phone": "13912345678"}


class Tap:
    def __init__(self):
        self.frames: list[tuple[str, str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, direction: str, role: str, text: str) -> None:
        with self.lock:
            self.frames.append((direction, role, text))

    def text(self) -> str:
        with self.lock:
            return "\n".join(t for _d, _r, t in self.frames)


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[PlatformServer]:
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


@pytest.fixture
def tap(platform: PlatformServer) -> Tap:
    relay = platform._server.config.app.state.cobrowse  # the app uvicorn serves
    t = Tap()
    relay.taps.append(t)
    return t


def _token(platform: PlatformServer, workstation: str) -> str:
    cred = platform.platform.register_workstation(workstation, workstation.split("-")[0])
    return lambda: platform.platform.issue_session(cred)["access_token"]


@pytest.fixture
def window_token(platform: PlatformServer):
    return _token(platform, WINDOW)


@pytest.fixture
def helper_token(platform: PlatformServer):
    return _token(platform, HELPER)


@pytest.fixture
def case_uuid(ctx: ServiceContext, clerk: Actor) -> str:
    ref = svc.create_case(ctx, ITEM, {"applicant_role": "self"}, actor=clerk)
    svc.set_fields(ctx, ref.uuid, {**PLANTED, "applicant_sex": "女", "disability_category": "肢体残疾"}, actor=clerk)
    svc.set_applicant(ctx, ref.uuid, {"kind": "person", "name": PLANTED["applicant_name"],
                                      "id_number": PLANTED["applicant_id_number"], "phone": PLANTED["contact_phone"],
                                      "address": PLANTED["hukou_address"]}, actor=clerk)
    svc.record_card_read(ctx, ref.uuid, {"name": PLANTED["applicant_name"], "id_number": PLANTED["applicant_id_number"],
                                         "address": PLANTED["hukou_address"], "birth_date": "19900101", "sex": "女",
                                         "nation": "汉"}, actor=clerk)
    return ref.uuid


@contextmanager
def frozen_link(client) -> Iterator[threading.Event]:
    """Stop the thread that does all of a co-browse client's network I/O (its asyncio loop) for
    the block: the link can neither send nor answer. Yields the event that lets it go (set on
    exit): whatever returned inside the block did not wait on the link (order, not a clock)."""
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        entered.set()
        release.wait(300)

    client._loop.call_soon_threadsafe(hold)
    assert entered.wait(30), "the link's loop did not stop"
    try:
        yield release
    finally:
        release.set()
