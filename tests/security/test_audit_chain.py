"""The audit trail is sealed into an HMAC chain: edits, deletions, insertions, reordering and
cut-off tails are all detected, by the service and by `zongchuang audit verify`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from app.security import dbcrypt
from app.security.audit import enqueue_pending_audit, verify_chain
from app.services import cases as svc
from app.storage.tables import AuditRow, OutboxRow
from tests.conftest import cli_login
from tests.security.conftest import ITEM


def _make_history(ctx, clerk, n=3):
    for _ in range(n):
        ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
        svc.set_fields(ctx, ref.uuid, {"unit_name": "某某宾馆"}, actor=clerk)
    with ctx.store.read() as s:
        return [r.id for r in s.query(AuditRow).order_by(AuditRow.id)]


def _raw(ctx, sql, *args):
    con = dbcrypt.connect(str(ctx.data_dir / "zongchuang.db"))
    try:
        con.execute(sql, args)
        con.commit()
    finally:
        con.close()


def test_intact_chain_verifies(ctx, clerk):
    ids = _make_history(ctx, clerk)
    report = verify_chain(ctx.store)
    assert report.ok and report.checked == len(ids) >= 6
    with ctx.store.read() as s:
        rows = s.query(AuditRow).order_by(AuditRow.id).all()
    assert all(r.hash and r.hash.startswith("sha256:") for r in rows)
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))


def test_sm3_chain(ctx, clerk, monkeypatch, data_dir):
    (data_dir / "config.toml").write_text('[security]\naudit_hmac = "hmac-sm3"\n', encoding="utf-8")
    ctx.close()
    from app.services.context import open_context

    ctx2 = open_context(data_dir)
    try:
        _make_history(ctx2, clerk, 1)
        with ctx2.store.read() as s:
            assert s.query(AuditRow).order_by(AuditRow.id.desc()).first().hash.startswith("sm3:")
        assert verify_chain(ctx2.store).ok
    finally:
        ctx2.close()


def test_edit_detected(ctx, clerk):
    ids = _make_history(ctx, clerk)
    _raw(ctx, "UPDATE audit_log SET actor='someone-else' WHERE id=?", ids[2])
    report = verify_chain(ctx.store)
    assert not report.ok
    assert [(p.id, p.kind) for p in report.problems] == [(ids[2], "edited")]


def test_delete_detected(ctx, clerk):
    ids = _make_history(ctx, clerk)
    _raw(ctx, "DELETE FROM audit_log WHERE id=?", ids[2])
    report = verify_chain(ctx.store)
    assert ("broken_link", ids[3]) in {(p.kind, p.id) for p in report.problems}


def test_delete_last_rows_detected(ctx, clerk):
    ids = _make_history(ctx, clerk)
    _raw(ctx, "DELETE FROM audit_log WHERE id>=?", ids[-2])
    report = verify_chain(ctx.store)
    assert [p.kind for p in report.problems] == ["truncated"]


def test_reorder_detected(ctx, clerk):
    ids = _make_history(ctx, clerk)
    a, b = ids[1], ids[2]
    _raw(ctx, "UPDATE audit_log SET id=-1 WHERE id=?", a)
    _raw(ctx, "UPDATE audit_log SET id=? WHERE id=?", a, b)
    _raw(ctx, "UPDATE audit_log SET id=? WHERE id=-1", b)
    report = verify_chain(ctx.store)
    assert not report.ok and {p.kind for p in report.problems} == {"broken_link"}


def test_inserted_row_detected(ctx, clerk):
    _make_history(ctx, clerk, 1)
    _raw(ctx, "INSERT INTO audit_log (at, actor, role, terminal, action, target, detail, ok) "
              "VALUES ('2026-01-01 00:00:00', 'x', 'clerk', '', 'case.fields', '', '{}', 1)")
    assert {p.kind for p in verify_chain(ctx.store).problems} >= {"unsealed"}


def test_orm_cannot_change_audit_rows(ctx, clerk):
    _make_history(ctx, clerk, 1)
    from app.errors import StorageError

    with pytest.raises(StorageError), ctx.store.unit_of_work(clerk) as uow:
        uow.session.query(AuditRow).first().actor = "x"
        uow.session.flush()


def test_cli_verify_exit_code(ctx, clerk, data_dir):
    from app.cli.main import cli, main

    ids = _make_history(ctx, clerk, 1)
    cli_login(ctx, role="auditor")
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0
    _raw(ctx, "UPDATE audit_log SET detail='{}' WHERE id=?", ids[-1])
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "audit", "verify"])
    assert "altered" in result.output
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 12


def test_audit_rows_queued_for_platform_exactly_once(ctx, clerk):
    ids = _make_history(ctx, clerk, 1)
    assert enqueue_pending_audit(ctx.store) == len(ids)
    assert enqueue_pending_audit(ctx.store) == 0
    svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    assert enqueue_pending_audit(ctx.store) == 1
    with ctx.store.read() as s:
        boxes = s.query(OutboxRow).filter(OutboxRow.kind == "audit").order_by(OutboxRow.id).all()
    sent = [r["hash"] for b in boxes for r in b.payload["rows"]]
    with ctx.store.read() as s:
        assert sent == [r.hash for r in s.query(AuditRow).order_by(AuditRow.id)]
