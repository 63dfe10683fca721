"""Pre-review quality and speed on the corpus in tests/review/corpus.

Prints recall and precision of findings (targets: recall ≥ 99 %, precision ≥ 95 %), the share
of findings that name their field/material/情形 (target 100 %), decision accuracy, the time to
compile the catalog's rules and the per-case pre-review latency. `python -m benchmarks.bench_prereview`
or `make bench`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "review" / "corpus"


def main() -> dict:
    sys.path.insert(0, str(ROOT))
    from app.calendar.workdays import default_calendar
    from app.catalog import load_catalog
    from app.review.corpus import load_corpus, score_case, score_corpus

    t0 = time.perf_counter()
    catalog = load_catalog()  # parse + compile + dry-run every rule
    compile_ms = (time.perf_counter() - t0) * 1000
    calendar = default_calendar()
    entries = load_corpus(CORPUS)
    latencies = []
    for e in entries:
        t = time.perf_counter()
        score_case(e, catalog, calendar)
        latencies.append((time.perf_counter() - t) * 1000)
    score = score_corpus(entries, catalog, calendar)
    s = score.summary()
    rules = sum(len(i.rules) for i in catalog.items.values())
    lat = sorted(latencies)
    report = {**s, "items": len(catalog.items), "rules": rules, "catalog_load_ms": round(compile_ms, 1),
              "p50_ms": round(statistics.median(lat), 2), "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 2)}
    print("pre-review corpus (tests/review/corpus)")
    print(f"  catalog: {report['items']} items, {rules} rules, load+compile {report['catalog_load_ms']} ms")
    print(f"  cases: {s['cases']} ({s['flawed']} flawed, {s['clean']} clean), expected findings {s['expected_findings']},"
          f" findings produced {s['findings']}")
    print(f"  recall    {s['recall']:.2%}  (target ≥ 99%)  {'OK' if s['recall'] >= 0.99 else 'BELOW TARGET'}")
    print(f"  precision {s['precision']:.2%}  (target ≥ 95%)  {'OK' if s['precision'] >= 0.95 else 'BELOW TARGET'}")
    print(f"  located   {s['located']:.2%}  (every finding names field/material/情形; target 100%)")
    print(f"  decision accuracy {s['decision_accuracy']:.2%}")
    print(f"  latency per case p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms")
    if s["failing"]:
        print(f"  failing cases: {', '.join(s['failing'])}")
    return report


if __name__ == "__main__":
    main()
