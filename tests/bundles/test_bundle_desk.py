"""The 一件事 after acceptance, through the services the window uses (`app.services.bundle_desk`):
values read on one member reach the others, the bundle's summary for Today / 出件, the bundle
receipt and the members' certificates each printed as ONE job on the real CUPS-PDF queue."""

from __future__ import annotations

import datetime as dt

from app.services import bundle_desk
from app.services import bundles as svc
from app.services.cases import FieldInput, case_form, set_fields
from app.services.printing import print_history
from sync.client.http import PlatformClient
from sync.client.runner import RunnerSettings, SyncRunner
from tests.bundles.test_bundle_end_to_end import FORM, TODAY
from tests.documents.conftest import _cups_session, cups_pdf_queue, pdf_files, wait_for_output  # noqa: F401

REG, FOOD = "010230004000-01", "010230001000-01"


def test_a_value_read_on_one_member_reaches_the_others_without_overwriting(ctx, clerk):
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"signboard": "no"}, actor=clerk, today=TODAY)
    reg, food = ref.members
    set_fields(ctx, food.uuid, {"premises_area": "75"}, actor=clerk)  # the food member already has its own
    set_fields(ctx, reg.uuid, {"operator_name": FieldInput("张三", "ocr", "M02#1", 0.97)}, actor=clerk)
    set_fields(ctx, reg.uuid, {"premises_address": FieldInput("武汉市青山区和平大道1001号", "ocr", "M04#1", 0.9)},
               actor=clerk)
    filled = svc.share_member_values(ctx, ref.acceptance_number, actor=clerk)
    assert filled == {food.acceptance_number: sorted(filled[food.acceptance_number])}
    fields = {f["key"]: f for f in case_form(ctx, food.uuid)["fields"]}
    assert fields["legal_rep_name"]["value"] == "张三" and fields["legal_rep_name"]["source"] == "ocr"
    assert not fields["legal_rep_name"]["confirmed"]  # still the clerk's to confirm, in the one form
    assert fields["premises_address"]["value"] == "武汉市青山区和平大道1001号"
    assert fields["premises_area"]["value"] == "75"
    assert svc.share_member_values(ctx, ref.acceptance_number, actor=clerk) == {}  # nothing left to share


def test_receipt_and_certificates_print_as_one_job_each(ctx, clerk, platform, credential, cups_pdf_queue,  # noqa: F811
                                                        monkeypatch):
    queue, out_dir = cups_pdf_queue
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"signboard": "no"}, actor=clerk, today=TODAY)
    number = ref.acceptance_number
    svc.set_bundle_fields(ctx, number, {k: v for k, v in FORM.items() if not k.startswith("sign_")}, actor=clerk)
    for line in svc.bundle_form(ctx, number)["materials"]:
        if not line["produced_by"]:
            svc.add_bundle_material_file(ctx, number, line["key"], line["key"].encode(), actor=clerk)
    assert svc.prereview_bundle(ctx, number, actor=clerk, today=TODAY)["decision"] == "accept"
    svc.accept_bundle(ctx, number, actor=clerk)

    before = pdf_files(out_dir)
    receipt = bundle_desk.print_bundle_document(ctx, number, "受理回执", actor=clerk, printer=queue, backend="cups")
    wait_for_output(out_dir, before, receipt["job"], timeout=60)
    for m in ref.members:  # one job, recorded as printed on every member
        assert [(h["document"], h["job"]) for h in print_history(ctx, m.uuid) if h["ok"]] == [("受理回执", receipt["job"])]

    summary = bundle_desk.bundle_summary(ctx, number)
    assert [m["state"] for m in summary["members"]] == ["queued", "queued"] and summary["state"] == "queued"
    assert bundle_desk.bundles_for_delivery(ctx) == []
    runner = SyncRunner(ctx, PlatformClient(platform.url, credential, timeout=20),
                        settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2, lease=dt.timedelta(seconds=30)))
    try:
        runner.run(timeout=60)
        platform.platform.decide(f"{number}-01", "approved", certificate={
            "license_no": "420107600123456", "credit_code": "92420107MA4K2XQ17T", "holder": FORM["business_name"],
            "issued_on": TODAY.isoformat(), "valid_from": TODAY.isoformat(), "valid_to": "长期"})
        platform.platform.decide(f"{number}-02", "approved")
        runner.run_once()
    finally:
        runner.stop()
        runner.client.close()
    ready = bundle_desk.bundles_for_delivery(ctx)
    assert [b["acceptance_number"] for b in ready] == [number] and ready[0]["ready"]
    assert bundle_desk.member_states_text(ready[0]) == "准予（待出件） 2"

    before = pdf_files(out_dir)
    job = bundle_desk.print_bundle_certificates(ctx, number, actor=clerk, printer=queue, backend="cups")
    assert job["certificates"] == ["营业执照", "食品经营许可证"] and job["members"] == [f"{number}-01", f"{number}-02"]
    out = wait_for_output(out_dir, before, job["job"], timeout=60)
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(str(out))) == job["pages"] == len(pdfium.PdfDocument(job["pdf"]))
    for m, name in zip(ref.members, job["certificates"], strict=True):
        assert [h["job"] for h in print_history(ctx, m.uuid) if h["document"] == name] == [job["job"]]
    done = bundle_desk.deliver(ctx, number, actor=clerk)
    assert done["delivered"] == [f"{number}-01", f"{number}-02"] and done["summary"]["state"] == "delivered"
    assert bundle_desk.bundles_for_delivery(ctx) == []
