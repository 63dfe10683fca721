"""Shared fixtures: a real store in a temporary folder, the packaged catalog, an actor.

Fixtures for real parts of one area (pcscd, a pty reader, CUPS, PostgreSQL, the platform on
port 0) live in that area's own conftest.py under tests/<area>/.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
# Stores are encrypted (SQLCipher + encrypted attachments) in tests as in real use. The suite never
# touches a real OS keyring: the data key is wrapped under this passphrase (the headless path, see
# docs/security.md); tests/security exercises the keyring path with its own Secret Service.
os.environ.setdefault("ZONGCHUANG_KEYRING", "none")
os.environ.setdefault("ZONGCHUANG_KEY_PASSPHRASE", "test-suite-key-passphrase-not-a-secret")

from app.services.context import ServiceContext, open_context  # noqa: E402
from app.storage import Actor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _sigpipe_ignored() -> bool | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("SigIgn:"):
                    return bool(int(line.split()[1], 16) >> 12 & 1)  # bit 12: SIGPIPE (13)
    except OSError:
        return None
    return None


# Parallel runs (pytest-xdist: `make test PYTEST_WORKERS=auto` passes `-n auto --dist loadgroup`). Only
# the folders whose tests compute in their own process and temporary folders are spread, one module
# at a time (its module fixtures, e.g. a family's generated small set, are built once, on one worker);
# the folders whose tests share the machine's services — pcscd's fixed socket and vpcd port (idcard),
# one CUPS scheduler and ~/PDF (documents, bundles, ui), PostgreSQL and platform servers (sync,
# elicense), the README's platform on port 8443 (foundation), keyrings, bundle builds, SANE — run as
# one group on one worker, in the order of a serial run.
SPREAD_FOLDERS = frozenset({"benchmarks", "prefill", "imaging", "review"})
MACHINE_GROUP = "machine-services"


def xdist_group(nodeid: str) -> str:
    """The unit one worker runs whole: a module of a spread folder, else the machine-services group."""
    path = nodeid.split("::")[0]
    parts = path.split("/")
    return path if len(parts) > 2 and parts[0] == "tests" and parts[1] in SPREAD_FOLDERS else MACHINE_GROUP


if importlib.util.find_spec("xdist") is not None:  # the hook exists only with the plugin installed

    def pytest_xdist_make_scheduler(config: pytest.Config, log):  # noqa: ANN001, ANN201
        """--dist loadgroup by xdist_group() above. (xdist's own loadgroup reads `xdist_group` marks
        into the node ids, which pytest 9 no longer takes, so the groups are given to its scope
        scheduler here; its biggest group — the machine's services — starts first.)"""
        if config.getoption("dist") != "loadgroup":
            return None
        from xdist.scheduler import LoadScopeScheduling

        class Groups(LoadScopeScheduling):
            def _split_scope(self, nodeid: str) -> str:
                return xdist_group(nodeid)

        return Groups(config, log)


@pytest.fixture(autouse=True)
def _sigpipe_stays_ignored() -> None:
    """Python ignores SIGPIPE so a write to a dropped socket raises. A library that puts the
    default back (SANE scans did) lets the next dropped link kill the process, in the product and
    in this run: the test after which it happened fails here, by name."""
    before = _sigpipe_ignored()
    yield
    if before:
        assert _sigpipe_ignored(), "SIGPIPE is no longer ignored after this test (a library reset it)"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> ServiceContext:
    """A service context over a fresh SQLite store in a temporary folder."""
    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION", "ZONGCHUANG_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def clerk() -> Actor:
    return Actor(user="clerk01", role="clerk", terminal="420107-01")


@pytest.fixture
def supervisor() -> Actor:
    return Actor(user="super01", role="supervisor", terminal="420107-01")


CLI_PASSWORD = "Test#Window2026q"


def cli_login(where, role: str = "clerk", user: str | None = None) -> Actor:
    """Log a person in for the CLI of a data dir (or an open context): an account with `role`
    (made if missing, by a first it_admin) and a `zongchuang login` session, so commands run
    as the CLI runs them for a real user (roles come from the user store, never from env vars)."""
    from app.security import cli_login as session
    from app.security import users

    ctx = where if isinstance(where, ServiceContext) else open_context(where)
    try:
        system = Actor(user="system", role="system")
        if users.count_users(ctx) == 0:
            users.add_user(ctx, system, "itadmin0", "it_admin", CLI_PASSWORD, must_change=False)
        name = user or f"{role}01"
        if name not in {u["username"] for u in users.list_users(ctx)}:
            users.add_user(ctx, Actor(user="itadmin0", role="it_admin"), name, role, CLI_PASSWORD, must_change=False)
        return session.login(ctx, name, CLI_PASSWORD).actor
    finally:
        if ctx is not where:
            ctx.close()
