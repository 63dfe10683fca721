"""Where the time of `zongchuang ocr` goes, per file and per stage, in a form that survives a loaded
machine: process CPU time (user+sys of every thread, ONNX Runtime's workers included) per file and
per stage, and how much work the models did (detector calls and input pixels, recogniser crops,
batches and the parts of batches that are its session calls), next to the wall time and the load average.

Why: on a shared 2-core machine wall-clock latency moves with the other work, the CPU a page costs
does not (much); a latency change is explained by the stage and the model work that changed.

    python -m benchmarks.ocr_stages d --kind business_license          # per-kind table
    python -m benchmarks.ocr_stages e --kind id_card_front --files     # and one row per file
    python -m benchmarks.ocr_stages c --save /tmp/before.json           # compare later runs with --against

The reading follows `app.services.prefill.ocr_files` (decode one page at a time, skip blank pages,
read until a page is a known kind) with the model loaded first, at a fixed thread count
(`--threads`, default 2: the target machine). Stages: decode (file → pixels, blank check), then
`PageRead.clock` (prepare, det, cls, rec, second_look, recover_labels, layout).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

STAGES = ["decode", "prepare", "det", "cls", "rec", "second_look", "recover_labels", "layout"]
COUNTS = ["det_calls", "det_px", "det_side", "det_windows", "det_filled", "rec_crops", "rec_batches", "rec_parts", "rec_px"]
ID_KINDS = ("id_card_front", "id_card_back")


def _group(kind: str) -> str:
    return "ID side" if kind in ID_KINDS else "other" if kind == "other" else "licence"


def read_one(path: Path, engine: object, keep_fields: bool = False) -> dict:
    """CPU and wall ms of one file, per stage, with the model work counts (and the fields read)."""
    from app.prefill.reader import read_page
    from app.services.prefill import MAX_OCR_PAGES
    from hardware.scanner.files import is_blank, iter_file

    cpu: dict[str, float] = {}
    counts: dict[str, float] = {}
    c0, w0 = time.process_time(), time.perf_counter()
    kind, fields, documents = "other", {}, []
    pages = iter(iter_file(path))
    n = 0
    while n < MAX_OCR_PAGES:
        d0 = time.process_time()
        page = next(pages, None)
        blank = page is not None and is_blank(page.image)
        cpu["decode"] = cpu.get("decode", 0.0) + (time.process_time() - d0) * 1000
        if page is None:
            break
        n += 1
        if blank:
            continue
        read = read_page(page.image, engine, text_layer=page.text)  # type: ignore[arg-type]
        if read.clock is not None:
            for st, ms in read.clock.cpu.items():
                cpu[st] = cpu.get(st, 0.0) + ms
            for k, v in read.clock.counts.items():
                counts[k] = max(counts.get(k, 0.0), v) if k == "det_side" else counts.get(k, 0.0) + v
        if read.kind != "other":
            kind = read.kind
            fields = read.extraction.public_fields() if keep_fields else {}
            # (both sides of a card copied onto one sheet: every document, as the CLI gives them)
            documents = read.documents() if keep_fields and read.others else []
            break
    return {"cpu_ms": (time.process_time() - c0) * 1000, "wall_ms": (time.perf_counter() - w0) * 1000,
            "stages": cpu, "counts": counts, "kind": kind, "fields": fields, "documents": documents}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ocr_stages")
    ap.add_argument("family", help="c, d, e, b or a truth.json path (as benchmarks.ocr_subset)")
    ap.add_argument("--kind", action="append", default=[])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--every", type=int, default=1, help="take every n-th file (a quick sample)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--files", action="store_true", help="one row per file")
    ap.add_argument("--save", help="write the per-file figures to this JSON file")
    ap.add_argument("--fields", action="store_true", help="keep the fields read (in --save) and print exact / wrong")
    ap.add_argument("--against", help="a --save file of an earlier run: print CPU before → after")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--captures", default="")
    a = ap.parse_args(argv)

    from app.prefill.engine import get_engine
    from benchmarks.ocr_subset import _truth_path

    truth_path = _truth_path(a.family, a.n, a.seed, a.captures)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    entries = [e for e in truth["files"] if not a.kind or e["kind"] in a.kind][::max(1, a.every)]
    if a.limit:
        entries = entries[:a.limit]
    engine = get_engine(None, a.threads)
    engine.warm_up()  # type: ignore[attr-defined]
    load0 = os.getloadavg()
    rows: dict[str, dict] = {}
    for e in entries:
        r = read_one(truth_path.parent / e["file"], engine, keep_fields=a.fields)
        r["want"] = e["kind"]
        rows[e["file"]] = r
        if a.files:
            st = " ".join(f"{k}={v:.0f}" for k, v in r["stages"].items() if v >= 1)
            ct = r["counts"]
            print(f"{e['file'][:34]:34} {e['kind'][:16]:16} cpu {r['cpu_ms']:6.0f} wall {r['wall_ms']:6.0f} | {st} | "
                  f"det {ct.get('det_calls', 0):.0f}×{ct.get('det_side', 0):.0f}{'w' if ct.get('det_windows') else 'f' if ct.get('det_filled') else ''} rec {ct.get('rec_crops', 0):.0f}"
                  f"/{ct.get('rec_batches', 0):.0f}/{ct.get('rec_parts', 0):.0f}", flush=True)
    load1 = os.getloadavg()
    before = json.loads(Path(a.against).read_text(encoding="utf-8")) if a.against else {}
    print(f"\n{truth.get('family', a.family)} ({truth_path.parent}), {len(rows)} files, threads {a.threads}, "
          f"load average {load0[0]:.1f} → {load1[0]:.1f} on {os.cpu_count()} cores (wall figures are noise under load)")
    groups: dict[str, list[dict]] = {}
    for r in rows.values():
        groups.setdefault(_group(r["want"]), []).append(r)
    stages = [s for s in STAGES if any(s in r["stages"] for r in rows.values())]
    print(f"{'group':8} {'n':>3} {'cpu p50':>8} {'wall p50':>8} | " + " ".join(f"{s[:8]:>8}" for s in stages)
          + " | det calls, mean px (k), rec crops, batches, parts")
    for g, rs in sorted(groups.items()):
        mean = {s: statistics.fmean(r["stages"].get(s, 0.0) for r in rs) for s in stages}
        cnt = {c: statistics.fmean(r["counts"].get(c, 0.0) for r in rs) for c in COUNTS}
        print(f"{g:8} {len(rs):3} {statistics.median(r['cpu_ms'] for r in rs):8.0f} "
              f"{statistics.median(r['wall_ms'] for r in rs):8.0f} | " + " ".join(f"{mean[s]:8.0f}" for s in stages)
              + f" | {cnt['det_calls']:.2f} {cnt['det_px'] / 1000 / max(cnt['det_calls'], 1e-9):.0f}"
              f" {cnt['rec_crops']:.0f} {cnt['rec_batches']:.1f} {cnt['rec_parts']:.1f}")
        old = [before[f] for f, r in rows.items() if f in before and _group(r["want"]) == g]
        if old:
            now = [r for f, r in rows.items() if f in before and _group(r["want"]) == g]
            print(f"{'':8} {'':3} CPU p50 before {statistics.median(o['cpu_ms'] for o in old):.0f} → "
                  f"{statistics.median(r['cpu_ms'] for r in now):.0f} on the {len(old)} files of both runs")
    if a.fields:
        from benchmarks import ocr_scoring as S

        results = [{"file": f, "kind": r["kind"], "fields": r["fields"], "elapsed_ms": r["wall_ms"]} for f, r in rows.items()]
        t = S.score({"family": truth.get("family", a.family), "files": entries}, results).totals()
        print(f"fields: exact {t['field_exact']:.2%}  wrong {t['wrong_prefill']:.2%}  blank {t['blank']:.2%} of {t['fields']}")
    if a.save:
        Path(a.save).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
