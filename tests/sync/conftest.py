"""Fixtures for the sync failure tests: the real platform on 127.0.0.1 port 0 (SQLite, and
PostgreSQL from Debian's package started as a non-root user on a private port), the
fault-injecting proxy in front of it, and queued cases made through the app services."""

from __future__ import annotations

import datetime as dt
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor
from sync.client.http import PlatformClient
from sync.client.runner import RunnerSettings, SyncRunner
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.sync.faultproxy import FaultProxy

ITEM = "010170001000-02"
WORKSTATION = "420107-01"
CENTER = "420107"
CLERK = Actor(user="clerk01", role="clerk", terminal=WORKSTATION)


# --- PostgreSQL ------------------------------------------------------------------------------

def _pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[dict]:
    """A throw-away PostgreSQL cluster (postgres refuses to run as root: we run it as `nobody`)."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian package `postgresql`)")
    base = Path(tempfile.mkdtemp(prefix="zc-pg-"))
    kw: dict = {}
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(base, nobody.pw_uid, nobody.pw_gid)
        kw = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    data, sockdir, logfile = base / "data", base / "sock", base / "log"
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([str(bindir / args[0]), *args[1:]], check=True, capture_output=True, cwd=base, **kw)

    run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions")
    (sockdir).mkdir()
    if kw:
        os.chown(sockdir, kw["user"], kw["group"])
    run("pg_ctl", "-D", str(data), "-l", str(logfile), "-w", "-t", "60", "-o",
        f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100", "start")
    try:
        yield {"host": "127.0.0.1", "port": port}
    finally:
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, cwd=base, **kw)
        shutil.rmtree(base, ignore_errors=True)


def _new_pg_database(server: dict) -> str:
    import psycopg

    name = f"zc_{secrets.token_hex(6)}"
    with psycopg.connect(host=server["host"], port=server["port"], user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"postgresql+psycopg://postgres@{server['host']}:{server['port']}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str | None:
    """The platform's database: SQLite (default) and PostgreSQL — the whole suite runs on both."""
    if request.param == "sqlite":
        return None
    return _new_pg_database(request.getfixturevalue("pg_server"))


# --- platform, proxy, client -----------------------------------------------------------------

@pytest.fixture
def platform(tmp_path: Path, db_url: str | None) -> Iterator[PlatformServer]:
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform", db_url=db_url)).start()
    yield server
    server.close()


@pytest.fixture
def credential(platform: PlatformServer) -> str:
    assert platform.platform is not None
    return platform.platform.register_workstation(WORKSTATION, CENTER)


@pytest.fixture
def proxy(platform: PlatformServer) -> Iterator[FaultProxy]:
    p = FaultProxy(platform.port)
    yield p
    p.close()


FAST = RunnerSettings(backoff_base=0.02, backoff_cap=0.2, lease=dt.timedelta(seconds=30))


def make_runner(ctx: ServiceContext, url: str, credential: str, settings: RunnerSettings = FAST, **kw) -> SyncRunner:
    return SyncRunner(ctx, PlatformClient(url, credential, timeout=20), settings=settings, **kw)


@pytest.fixture
def runners() -> Iterator[list[SyncRunner]]:
    made: list[SyncRunner] = []
    yield made
    for r in made:
        r.stop()
        r.client.close()


def queue_case(ctx: ServiceContext, *, files: int = 1, size: int = 4096, name: str = "武汉市青山区悦来宾馆有限公司",
               seed: bytes | None = None) -> str:
    """A real case, made through the services, with `files` attachments of `size` bytes, queued."""
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=CLERK)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "organisation", "name": name,
                                           "credit_code": "91420107MA4K2XQ15P"}, actor=CLERK)
    case_svc.set_fields(ctx, ref.uuid, {
        "unit_name": name, "legal_rep_name": "张三", "premises_address": "武汉市青山区和平大道 1 号",
        "license_items": "住宿场所", "original_license_no": "鄂卫公证字〔2023〕第 0001 号",
        "original_valid_to": "2027-06-30", "change_content": "单位名称变更"}, actor=CLERK)
    material = case_svc.case_detail(ctx, ref.uuid)["materials"][0]["code"]
    tag = (seed or ref.uuid.encode()) + b"|"
    for i in range(files):
        block = (tag + str(i).encode() + b"|") * (size // (len(tag) + 4) + 1)
        case_svc.add_material_file(ctx, ref.uuid, material, block[:size], actor=CLERK, media_type="image/jpeg",
                                   filename=f"p{i + 1}.jpg")
    case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=CLERK)
    case_svc.transition(ctx, ref.uuid, "accepted", actor=CLERK)
    case_svc.transition(ctx, ref.uuid, "queued", actor=CLERK)
    return ref.uuid


def outbox_rows(ctx: ServiceContext) -> list:
    from sqlalchemy import select

    from app.storage.tables import OutboxRow

    with ctx.store.read() as s:
        return list(s.execute(select(OutboxRow).where(OutboxRow.kind == "submission")
                              .order_by(OutboxRow.id)).scalars().all())


def case_state(ctx: ServiceContext, uuid: str) -> str:
    return case_svc.case_detail(ctx, uuid)["state"]
