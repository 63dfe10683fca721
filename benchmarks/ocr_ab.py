"""A/B of a reader setting on a document family, interleaved file by file in one process: the
checkout as it is ("B") against the same code with some module constants set otherwise ("A"),
e.g. the recogniser's batch size or a page size. Prints exact / wrong per family for both, the
fields that changed, and the CPU per file of both (same files, same load: the ratio holds on a
loaded machine where neither wall time does).

    python -m benchmarks.ocr_ab d --kind business_license --set app.prefill.engine.REC_BATCH=6
    python -m benchmarks.ocr_ab e --targets --every 3 --set app.prefill.reader.PAGE_LONG_SIDE=1600
    python -m benchmarks.ocr_ab f --targets --every 4 --own-engine --set app.prefill.engine.REC_PARALLEL=False

`--targets`: the kinds the targets are stated over (ID cards and licences). Settings are Python
literals. The order of A and B alternates from file to file, so a drift in load hits both.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import statistics
import sys
from pathlib import Path

from benchmarks import ocr_scoring as S


def _settings(items: list[str]) -> list[tuple[object, str, object]]:
    out = []
    for item in items:
        name, _, raw = item.partition("=")
        mod, _, attr = name.rpartition(".")
        out.append((importlib.import_module(mod), attr, ast.literal_eval(raw)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ocr_ab")
    ap.add_argument("family")
    ap.add_argument("--kind", action="append", default=[])
    ap.add_argument("--targets", action="store_true", help="ID cards and licences")
    ap.add_argument("--set", action="append", default=[], help="module.CONSTANT=value for A")
    ap.add_argument("--set-b", action="append", default=[], help="module.CONSTANT=value for B (default: as is)")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated file names (the files a setting can change)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save", help="write both runs' results to this JSON file")
    ap.add_argument("--own-engine", action="store_true",
                    help="A reads with its own engine, loaded under A's settings (for settings read at model load, "
                         "e.g. app.prefill.engine.REC_PARALLEL)")
    a = ap.parse_args(argv)

    from app.prefill.engine import get_engine
    from benchmarks.ocr_stages import read_one
    from benchmarks.ocr_subset import _truth_path

    kinds = list(a.kind) + (list(S.TARGET_KINDS) if a.targets else [])
    truth_path = _truth_path(a.family, 80, 7, "")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    entries = [e for e in truth["files"] if not kinds or e["kind"] in kinds][::max(1, a.every)]
    if a.only:
        entries = [e for e in entries if e["file"] in a.only.split(",")]
    if a.limit:
        entries = entries[:a.limit]
    settings = _settings(a.set)
    own = [(m, attr, getattr(m, attr)) for m, attr, _ in settings]
    restore = list(own)
    for m, attr, value in _settings(a.set_b):
        if not any((o[0], o[1]) == (m, attr) for o in own):
            settings.append((m, attr, getattr(m, attr)))  # A keeps the checkout's value
        own = [o for o in own if (o[0], o[1]) != (m, attr)] + [(m, attr, value)]
        restore.append((m, attr, getattr(m, attr)))
    engine = get_engine(None, a.threads)
    engine.warm_up()  # type: ignore[attr-defined]
    engine_a = engine
    if a.own_engine:
        from app.prefill.engine import RapidOcrEngine

        for m, attr, value in settings:
            setattr(m, attr, value)
        engine_a = RapidOcrEngine(threads=a.threads)
        engine_a.warm_up()
        for m, attr, value in own:
            setattr(m, attr, value)
    results: dict[str, list[dict]] = {"A": [], "B": []}
    cpu: dict[str, dict[str, float]] = {"A": {}, "B": {}}
    for n, e in enumerate(entries):
        for side in (("A", "B") if n % 2 == 0 else ("B", "A")):
            for m, attr, value in (settings if side == "A" else own):
                setattr(m, attr, value)
            r = read_one(truth_path.parent / e["file"], engine_a if side == "A" else engine, keep_fields=True)
            results[side].append({"file": e["file"], "kind": r["kind"], "fields": r["fields"],
                                  "elapsed_ms": r["wall_ms"], **({"documents": r["documents"]} if r["documents"] else {})})
            cpu[side][e["file"]] = r["cpu_ms"]
        # (a sheet holding both sides of a card: the side the truth names, as the scorer takes it)
        fa, fb = (S._document_of_kind(results[x][-1], e["kind"]) for x in ("A", "B"))
        diff = [k for k in set(fa["fields"]) | set(fb["fields"])
                if (fa["fields"].get(k) or {}).get("value") != (fb["fields"].get(k) or {}).get("value")]
        want = {k: t["value"] for k, t in e["fields"].items()}
        for k in sorted(diff):
            print(f"{e['file']} {e['kind']}.{k}: A {(fa['fields'].get(k) or {}).get('value')!r} "
                  f"B {(fb['fields'].get(k) or {}).get('value')!r} want {want.get(k)!r}", flush=True)
        if fa["kind"] != fb["kind"]:
            print(f"{e['file']} kind: A {fa['kind']} B {fb['kind']} want {e['kind']}", flush=True)
    for m, attr, value in restore:
        setattr(m, attr, value)
    sub = {"family": truth.get("family", a.family), "files": entries}
    print(f"\n{sub['family']}: {len(entries)} files; A = {' '.join(a.set) or 'as is'}, "
          f"B = {' '.join(a.set_b) or 'the checkout'}")
    for side in ("A", "B"):
        t = S.score(sub, results[side]).totals()
        print(f"  {side}: exact {t['field_exact']:.2%}  wrong {t['wrong_prefill']:.2%}  blank {t['blank']:.2%} "
              f"of {t['fields']} fields; CPU p50 {statistics.median(cpu[side].values()):.0f} ms")
    for group in ("ID side", "licence"):
        files = [e["file"] for e in entries if (e["kind"] in S.ID_KINDS) == (group == "ID side") and e["kind"] != "other"]
        if files:
            ca = statistics.median(cpu["A"][f] for f in files)
            cb = statistics.median(cpu["B"][f] for f in files)
            print(f"  {group}: CPU p50 A {ca:.0f} → B {cb:.0f} ms ({len(files)} files)")
    if a.save:
        Path(a.save).write_text(json.dumps({"results": results, "cpu": cpu}, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
