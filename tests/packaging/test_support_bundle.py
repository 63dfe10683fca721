"""`zongchuang support-bundle`: planted personal data must not leave the machine."""

from __future__ import annotations

import json
import logging
import zipfile

from app.cli.main import main
from app.logging_setup import setup_logging
from app.services.context import default_actor, open_context
from app.services.support import redact_text, write_support_bundle

NAME = "欧阳娜娜"
ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"
ADDRESS = "北京市朝阳区建国路88号9号楼1201"
USCC = "91350100M000100Y43"


def _bundle_text(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())


def test_redact_text_masks_ids_phones_and_codes():
    text = redact_text(f"读卡 {ID_NUMBER} 电话 {PHONE} 企业 {USCC} 流水 20261122-0001")
    assert ID_NUMBER not in text and PHONE not in text and USCC not in text
    assert "20261122-0001" in text  # not everything numeric is personal


def test_bundle_carries_diagnostics_and_no_planted_pi(it_env, tmp_path, capsys):
    ctx = open_context(it_env["home"])
    try:
        actor = default_actor(ctx.workstation)
        item = sorted(ctx.catalog.items)[0] if isinstance(ctx.catalog.items, dict) else ctx.catalog.items[0].code
        from app.services.cases import create_case

        create_case(ctx, item, {}, actor=actor, applicant={"name": NAME, "id_number": ID_NUMBER, "phone": PHONE,
                                                             "address": ADDRESS})
    finally:
        ctx.close()
    log_file = setup_logging(directory=it_env["logs"])
    log = logging.getLogger("zongchuang.test")
    log.warning("card read for %s %s, phone %s", NAME, ID_NUMBER, PHONE)  # through the redacting filter
    logging.getLogger().handlers[-1].flush()
    with open(log_file, "a", encoding="utf-8") as fh:  # a line an older version wrote unredacted
        fh.write(f"2026-11-01 legacy line: applicant {NAME} lives at {ADDRESS}, id {ID_NUMBER}, USCC {USCC}\n")
        fh.write("2026-11-01 platform https://clerk01:s3cret@zwfw.example.gov.cn/api unreachable\n")
    assert NAME in log_file.read_text(encoding="utf-8")  # the planted values are really there

    result = write_support_bundle(it_env["home"], tmp_path / "out")
    text = _bundle_text(result["path"])
    for planted in (NAME, ID_NUMBER, PHONE, ADDRESS, USCC, "s3cret", "clerk01:"):
        assert planted not in text, planted
    with zipfile.ZipFile(result["path"]) as zf:
        names = set(zf.namelist())
        assert {"manifest.json", "config.json", "devices.json", "store.json", "logs/zongchuang.log"} <= names
        manifest = json.loads(zf.read("manifest.json"))
        store = json.loads(zf.read("store.json"))
        config = json.loads(zf.read("config.json"))
        assert "[已隐去]" in zf.read("logs/zongchuang.log").decode()
    assert manifest["versions"]["zongchuang"] and manifest["versions"]["python"]
    assert manifest["pi_values_scrubbed"] >= 3
    assert store["cases_by_state"] and sum(store["cases_by_state"].values()) == 1
    assert "outbox_by_state" in store and store["schema_revision"]
    assert [la["layer"] for la in config["layers"]][:2] == ["system", "user"]
    assert config["effective"]["workstation"]["window_no"]

    assert main(["support-bundle", "--out", str(tmp_path / "cli")]) == 0
    assert "support bundle written" in capsys.readouterr().out
    assert list((tmp_path / "cli").glob("zongchuang-support-*.zip"))
