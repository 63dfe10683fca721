"""A use case made of other use cases commits once or not at all: a unit of work opened inside
another joins it, and reads inside it see what it wrote. `apply_card` (record the chip read, put
the holder on the case, pre-fill the form) is one such use case."""

from __future__ import annotations

import pytest

from app.services import cases as case_svc
from app.services import idcard as idcard_svc

ITEM = "010170001000-02"


def _card_result():
    from app.bootstrap import register_devices

    register_devices()
    reader = idcard_svc.reader_for("simulator", card="resident")
    try:
        return idcard_svc.read_with(reader, timeout=3)
    finally:
        reader.close()


def test_a_failure_after_the_first_step_leaves_nothing(ctx, clerk):
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    result = _card_result()
    with pytest.raises(RuntimeError), ctx.store.unit_of_work(clerk):
        idcard_svc.record_on_case(ctx, ref.uuid, result, actor=clerk, acknowledge_failed=True)
        assert case_svc.case_detail(ctx, ref.uuid).get("card_read")  # the read inside sees the write
        raise RuntimeError("power cut between two steps")
    assert not case_svc.case_detail(ctx, ref.uuid).get("card_read")


def test_apply_card_keeps_the_read_the_holder_and_the_fields_together(ctx, clerk):
    person_item = next(code for code, item in ctx.catalog.items.items()
                       if getattr(item, "applicant_kind", "person") == "person"
                       and any(src.startswith("id_card.") for f in item.fields for src in (f.prefill or [])))
    ref = case_svc.create_case(ctx, person_item, {}, actor=clerk)
    result = _card_result()
    filled = idcard_svc.apply_card(ctx, ref.uuid, result, actor=clerk, acknowledge_failed=True)
    detail = case_svc.case_detail(ctx, ref.uuid)
    assert detail["card_read"]["id_number"] == result.card.id_number
    assert detail["applicant"]["name"] == result.card.name
    assert filled and all(detail["fields"][k]["value"] for k in filled)


def test_events_of_a_joined_unit_wait_for_the_outer_commit(ctx, clerk):
    """A use case inside another one publishes its news only when the outermost unit commits;
    listeners never hear of a change a rollback undid (real SQLite store)."""
    heard: list[tuple[str, dict]] = []
    ctx.events.append(lambda name, payload: heard.append((name, payload)))
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    assert [n for n, _ in heard] == ["case.created"]  # outermost: published at once
    heard.clear()
    with ctx.store.unit_of_work(clerk):
        case_svc.set_fields(ctx, ref.uuid, {"unit_name": "新名称"}, actor=clerk)
        assert heard == []  # still inside the outer unit: nothing committed yet
    assert [n for n, _ in heard] == ["case.changed"] and heard[0][1]["uuid"] == ref.uuid
    heard.clear()
    with pytest.raises(RuntimeError), ctx.store.unit_of_work(clerk):
        case_svc.set_fields(ctx, ref.uuid, {"unit_name": "旧名称"}, actor=clerk)
        raise RuntimeError("power cut")
    assert heard == []  # rolled back: the news is dropped
    assert case_svc.case_detail(ctx, ref.uuid)["fields"]["unit_name"]["value"] == "新名称"
    with ctx.store.unit_of_work(clerk):
        pass
    assert heard == []  # a dropped event does not come back with the next commit
