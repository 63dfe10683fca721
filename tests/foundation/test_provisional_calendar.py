"""From early December the window keeps working although next year's 国务院办公厅 notice is not
out: due dates past New Year are counted from 《全国年节及纪念日放假办法》 and marked 暂定 (CLI,
pre-review, receipt); `zongchuang calendar import` of the notice replaces them (recounted,
audited); the self-test and device doctor warn from October."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import chinese_calendar
import pytest
from sqlalchemy import select

from app.calendar.notice import parse_notice
from app.calendar.statutory import provisional_holidays, statutory_days
from app.calendar.workdays import default_calendar
from app.cases.interchange import parse_case_document
from app.cli.main import main
from app.services import calendar as cal_svc
from app.services import cases as case_svc
from app.services import prereview as svc
from app.storage import Actor
from app.storage.tables import AuditRow
from tests.review.conftest import corpus_case
from tests.ui.conftest import window  # noqa: F401 - the real main window

DATA = Path(__file__).with_name("data")
D = dt.date
CLERK = Actor(user="clerk01", role="clerk", terminal="420107-01")


def test_statutory_days_of_2027_from_the_lunar_calendar():
    days = statutory_days(2027)
    assert days["春节"] == (D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8))  # 除夕 … 初三 (2024 revision)
    assert days["清明节"] == (D(2027, 4, 5),) and days["端午节"] == (D(2027, 6, 9),) and days["中秋节"] == (D(2027, 9, 15),)
    assert len(days["劳动节"]) == 2 and len(days["国庆节"]) == 3 and days["元旦"] == (D(2027, 1, 1),)
    off = provisional_holidays(2027)
    # 第六条: days off on a weekend are made up on the next working days (初一/初二 are Sat/Sun)
    assert {D(2027, 2, 9), D(2027, 2, 10)} <= off and D(2027, 2, 11) not in off
    assert {D(2027, 5, 3), D(2027, 5, 4), D(2027, 10, 4), D(2027, 10, 5)} <= off
    # against a published year: every statutory day of 2025 is a day off in the real notice
    real = [d for f in statutory_days(2025).values() for d in f if not chinese_calendar.is_workday(d)]
    assert len(real) == sum(len(f) for f in statutory_days(2025).values())


def test_due_prints_a_provisional_date(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path / "d"), "due", "--from", "2026-12-01", "--days", "30"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2027-01-13 暂定") and "calendar import" in out
    assert main(["--data-dir", str(tmp_path / "d"), "due", "--from", "2026-11-02", "--days", "5"]) == 0
    assert capsys.readouterr().out.strip() == "2026-11-09"  # a covered year: no 暂定
    assert main(["--data-dir", str(tmp_path / "d"), "due", "--from", "2030-12-20", "--days", "10"]) == 6  # too far


def test_the_notice_text_is_read_exactly():
    year, spec = parse_notice((DATA / "notice-2026.txt").read_text(encoding="utf-8"))
    assert year == 2026 and len(spec["holidays"]) == 33
    assert spec["workdays"] == [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
                                D(2026, 10, 10)]
    # the same calendar as the independently maintained `chinesecalendar` data, day by day
    for i in range(365):
        day = D(2026, 1, 1) + dt.timedelta(days=i)
        ours = day in spec["workdays"] or (day.weekday() < 5 and day not in spec["holidays"])
        assert ours == chinese_calendar.is_workday(day), day
    from app.errors import InputError

    with pytest.raises(InputError, match="缺少"):
        parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共3天。\n")


@pytest.fixture
def it_admin(ctx):
    """IT logged in for the CLI (`zongchuang login`): imports are done by a person."""
    from tests.conftest import cli_login

    return cli_login(ctx, role="it_admin")


def test_prereview_past_new_year_is_provisional_then_import_recounts(ctx, tmp_path, capsys, it_admin):
    """A 30-working-day item on 2026-12-01: accepted with a 暂定 due date (not manual), the
    receipt says 暂定; importing the notice recounts it (audited) and the reprint is final."""
    from app.services import printing

    uuid = svc.import_case(ctx, parse_case_document(corpus_case("db-clean")), actor=CLERK).uuid
    result = svc.prereview_case(ctx, uuid, actor=CLERK, today=D(2026, 12, 1))
    assert result["decision"] == "accept", [f["rule"] for f in result["findings"]]
    assert result["due_provisional"] == [2027] and result["due_date"] == "2027-01-13"
    assert "SYS-CALENDAR" not in [f["rule"] for f in result["findings"]]
    assert "SYS-CALENDAR-PROVISIONAL" in [f["rule"] for f in result["findings"]]
    svc.accept_case(ctx, uuid, actor=CLERK)
    receipt = printing.render_document(ctx, uuid, "受理回执", actor=CLERK)
    assert "暂定" in _text(receipt.pdf, tmp_path)

    home = str(ctx.data_dir)
    assert main(["--data-dir", home, "calendar", "import", str(DATA / "notice-2027-test.txt"), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    final = default_calendar(ctx.data_dir / cal_svc.OVERRIDES).add_workdays(D(2026, 12, 1), 30)
    assert imported["years"] == [2027]
    assert imported["recounted"] == [{"uuid": uuid, "acceptance_number": case_svc.case_detail(ctx, uuid)[
        "acceptance_number"], "from": "2027-01-13", "to": final.isoformat()}]
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["due_date"] == final.isoformat() and detail["decision"]["due_provisional"] == []
    with ctx.store.read() as s:
        assert s.execute(select(AuditRow).where(AuditRow.action == "case.due_recounted",
                                                AuditRow.case_uuid == uuid)).scalar_one()
    again = printing.render_document(ctx, uuid, "受理回执", actor=CLERK)
    assert "暂定" not in _text(again.pdf, tmp_path)
    assert main(["--data-dir", home, "due", "--from", "2026-12-01", "--days", "30"]) == 0
    assert capsys.readouterr().out.strip() == final.isoformat()  # the notice replaced the provisional count


def test_calendar_import_from_the_platform(ctx, tmp_path, capsys, monkeypatch, it_admin):
    """The platform publishes the notice as master data; `calendar import --from-platform` loads it."""
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    try:
        cred = server.platform.register_workstation("420107-01", "420107")
        server.platform.publish_master(calendar_file=DATA / "notice-2027-test.txt")  # the notice's text
        monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", cred)
        home = str(ctx.data_dir)
        assert main(["--data-dir", home, "calendar", "import", "--from-platform", "--platform", server.url]) == 0
        assert "已导入 2027" in capsys.readouterr().out
        assert main(["--data-dir", home, "due", "--from", "2026-12-01", "--days", "30"]) == 0
        assert "暂定" not in capsys.readouterr().out
    finally:
        server.close()


def test_warning_from_october_in_self_test_and_doctor(ctx):
    assert cal_svc.next_year_warning(ctx.calendar, D(2026, 9, 30)) is None
    warning = cal_svc.next_year_warning(ctx.calendar, D(2026, 10, 1))
    assert warning and "2027" in warning and "calendar import" in warning
    from app.services.selftest import run_selftest

    [check] = run_selftest(only=["calendar"]).results
    today = dt.date.today()
    expect_warn = today.month >= 10 and not default_calendar().covers(today.year + 1)
    assert (check.status == "warn") == expect_warn, check


def _text(pdf: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    return "".join(subprocess.run([tool, str(src), "-"], capture_output=True, text=True, check=True).stdout.split())


def test_the_notice_arriving_with_sync_recounts_at_once(ctx, tmp_path):
    """The background sync pulls the platform's newly published notice: provisional due dates
    are recounted in the same pass (audited), without anyone running a command."""
    from sync.client.http import PlatformClient
    from sync.client.runner import RunnerSettings, SyncRunner
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    uuid = svc.import_case(ctx, parse_case_document(corpus_case("db-clean")), actor=CLERK).uuid
    assert svc.prereview_case(ctx, uuid, actor=CLERK, today=D(2026, 12, 1))["due_provisional"] == [2027]
    svc.accept_case(ctx, uuid, actor=CLERK)
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    events: list[dict] = []
    runner = None
    try:
        cred = server.platform.register_workstation("420107-01", "420107")
        server.platform.publish_master(calendar_file=DATA / "notice-2027-test.txt")
        runner = SyncRunner(ctx, PlatformClient(server.url, cred, timeout=20), on_case=events.append,
                            settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2))
        report = runner.run_once()
        assert report.sent == 1 and "calendar_overrides" in report.master
    finally:
        if runner is not None:
            runner.stop()
            runner.client.close()
        server.close()
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["decision"]["due_provisional"] == [] and detail["decision"]["due_recounted"]["from"] == "2027-01-13"
    assert [e["uuid"] for e in events if e.get("state") == "due_recounted"] == [uuid]
    assert ctx.calendar.covers(2027)


def test_the_clerk_is_told_which_due_dates_changed(ctx, tmp_path, window):  # noqa: F811
    """The window's background sync pulls the notice: the status bar and the sync screen name the
    case, its old (暂定) and new date, and that the receipt can be reprinted."""
    from sync.client.http import PlatformClient
    from sync.client.runner import RunnerSettings, SyncRunner
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    window._online_timer.stop()
    uuid = svc.import_case(ctx, parse_case_document(corpus_case("db-clean")), actor=CLERK).uuid
    svc.prereview_case(ctx, uuid, actor=CLERK, today=D(2026, 12, 1))
    svc.accept_case(ctx, uuid, actor=CLERK)
    number = case_svc.case_detail(ctx, uuid)["acceptance_number"]
    assert "重算" not in window.statusBar().currentMessage()
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    runner = None
    try:
        cred = server.platform.register_workstation("420107-01", "420107")
        server.platform.publish_master(calendar_file=DATA / "notice-2027-test.txt")
        runner = SyncRunner(ctx, PlatformClient(server.url, cred, timeout=20),
                            settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2))
        runner.run_once()
    finally:
        if runner is not None:
            runner.stop()
            runner.client.close()
        server.close()
    new = case_svc.case_detail(ctx, uuid)["due_date"]
    told = window.statusBar().currentMessage()
    assert f"{number}：2027-01-13 → {new}" in told and "暂定" in told and "重新打印受理回执" in told
    assert told == window.sync.notice.text()



def test_the_device_doctor_warns_from_october(ctx, window, qtbot):  # noqa: F811
    """The settings screen's device doctor (设备检测) says next year's notice is missing, from October;
    once the notice is imported it says nothing about it."""
    from tests.ui.conftest import wait_idle

    window._online_timer.stop()
    today = dt.date.today()
    window.show_screen("settings")
    out = window.settings_screen.output
    window.settings_screen.buttons["doctor"].click()
    wait_idle(qtbot)
    missing = today.month >= 10 and not ctx.calendar.covers(today.year + 1)
    assert ("节假日：" in out.toPlainText() and f"{today.year + 1} 年" in out.toPlainText()) == missing
    if missing and today.year + 1 == 2027:
        cal_svc.import_notice(ctx, DATA / "notice-2027-test.txt", actor=Actor(user="it01", role="it_admin"))
        out.clear()
        window.settings_screen.buttons["doctor"].click()
        wait_idle(qtbot)
        assert "读卡器" in out.toPlainText() and "节假日：" not in out.toPlainText()
