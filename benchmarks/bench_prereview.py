"""Pre-review quality and speed on two corpora: the rules' own and one written without them.

`tests/review/corpus` was written next to the rules; `tests/review/corpus_guide` was written from
the service guides and the regulations by someone who never read the rules (its README says how),
so only the second says how pre-review does on applications it has not been tuned on. For each
corpus this prints recall and precision of findings (targets: recall ≥ 99 %, precision ≥ 95 %),
decision accuracy (target ≥ 97 %), false blocks on correct applications (target 0) and how many
correct ones are accepted, refusals of the right kind (不予受理 vs 一次性告知补正) and decisions
printing the right notices where a case says so (`refuse_kind`, `documents_include`), the share
of findings that name their field/material/情形 (target 100 %), finding texts that show a raw key
(`M04`, `credit_code`, `elicense.…`; target 0), the wording checks some cases carry (`says` /
`says_not` on an expected finding), recall per defect class where cases are tagged, and the
per-case latency. `python -m benchmarks.bench_prereview` or `make bench`.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (("tests/review/corpus", "the rules' own corpus"),
           ("tests/review/corpus_guide", "held-out corpus written from the service guides"))
TARGETS = {"recall": 0.99, "precision": 0.95, "decision_accuracy": 0.97}
RAW_KEY = re.compile(r"(?<![A-Za-z0-9])(M\d{2}|elicense\.|shared\.|[a-z]+_[a-z_]+)(?![A-Za-z0-9])")


def _mark(value: float, target: float) -> str:
    return "OK" if value >= target else "BELOW TARGET"


def run_corpus(folder: Path, catalog, calendar) -> dict[str, Any]:
    from app.cases.interchange import parse_case_document
    from app.review.corpus import CorpusScore, load_corpus, matches, score_case
    from app.review.engine import prereview

    entries = load_corpus(folder)
    scores, latencies = [], []
    false_blocks: list[str] = []
    raw_keys: list[str] = []
    wording_total, wording_bad = 0, []
    kind_total, kind_bad = 0, []  # 不予受理 vs 一次性告知补正, where the case says which
    docs_total, docs_bad = 0, []  # notices the decision must print (受理回执, 告知承诺书, 容缺受理通知书 …)
    correct_not_accepted: list[str] = []
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # must, found, cases, decisions right
    missed_by_class: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        t = time.perf_counter()
        s = score_case(e, catalog, calendar)
        latencies.append((time.perf_counter() - t) * 1000)
        scores.append(s)
        result = prereview(catalog, parse_case_document(e["case"], e["name"]), calendar=calendar).to_dict()
        findings = result["findings"]
        expect = e["expect"]
        # these two are judged only where the decision itself is right (a wrong decision is counted above)
        if "refuse_kind" in expect and result["decision"] == "refuse":
            kind_total += 1
            if result.get("refuse_kind") != expect["refuse_kind"]:
                kind_bad.append(e["name"])
        if expect.get("documents_include") and result["decision"] == expect.get("decision"):
            docs_total += 1
            missing_docs = [d for d in expect["documents_include"] if d not in result.get("documents", [])]
            if missing_docs:
                docs_bad.append(f"{e['name']} (lacks {'、'.join(missing_docs)})")
        for f in findings:
            if RAW_KEY.search(f.get("message", "")):
                raw_keys.append(f"{e['name']}: {f['message']}")
        must = e["expect"].get("must", [])
        if not must and (s.decision == "refuse" or any(u.get("severity") == "block" for u in s.unexpected)):
            false_blocks.append(e["name"])
        if not must and s.decision != "accept":
            correct_not_accepted.append(f"{e['name']} ({s.decision})")
        for want in must:
            if "says" not in want and "says_not" not in want:
                continue
            wording_total += 1
            texts = [f.get("message", "") + " " + f.get("hint", "") for f in findings if matches(want, f)]
            ok = any(any(w in t for w in want.get("says", [""])) for t in texts) and not any(
                n in t for t in texts for n in want.get("says_not", []))
            if not ok:
                wording_bad.append(e["name"])
        cls = e.get("class")
        if cls:
            c = per_class[cls]
            c[0] += s.must
            c[1] += s.found
            c[2] += 1
            c[3] += s.decision == s.expected_decision
            if not s.ok:
                missed_by_class[cls].append(e["name"])
    score = CorpusScore(scores)
    summary = score.summary()
    lat = sorted(latencies) or [0.0]
    return {**summary, "false_blocks": false_blocks, "raw_key_texts": raw_keys, "wording_checked": wording_total,
            "wording_wrong": wording_bad, "refuse_kind_checked": kind_total, "refuse_kind_wrong": kind_bad,
            "documents_checked": docs_total, "documents_wrong": docs_bad, "correct_not_accepted": correct_not_accepted,
            "per_class": {k: {"expected": v[0], "found": v[1], "cases": v[2],
                                                             "decisions_right": v[3]} for k, v in per_class.items()},
            "failing_by_class": dict(missed_by_class), "p50_ms": round(statistics.median(lat), 2),
            "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 2)}


def _names(names: list[str], limit: int = 8) -> str:
    return ", ".join(names[:limit]) + (f" … (+{len(names) - limit})" if len(names) > limit else "")


def print_report(label: str, path: str, r: dict[str, Any]) -> None:
    print(f"pre-review: {label} ({path})")
    print(f"  cases: {r['cases']} ({r['flawed']} flawed, {r['clean']} correct), expected findings {r['expected_findings']},"
          f" findings produced {r['findings']}")
    print(f"  recall    {r['recall']:.2%}  (target ≥ 99%)  {_mark(r['recall'], TARGETS['recall'])}")
    print(f"  precision {r['precision']:.2%}  (target ≥ 95%)  {_mark(r['precision'], TARGETS['precision'])}")
    print(f"  decision accuracy {r['decision_accuracy']:.2%}  (target ≥ 97%)  "
          f"{_mark(r['decision_accuracy'], TARGETS['decision_accuracy'])}")
    print(f"  false blocks on correct applications {len(r['false_blocks'])}/{r['clean']}  (target 0)"
          + (f": {', '.join(r['false_blocks'])}" if r["false_blocks"] else ""))
    if r["clean"]:
        print(f"  correct applications accepted {r['clean'] - len(r['correct_not_accepted'])}/{r['clean']}"
              + (f" (not: {', '.join(r['correct_not_accepted'])})" if r["correct_not_accepted"] else ""))
    print(f"  located   {r['located']:.2%}  (every finding names field/material/情形; target 100%)")
    print(f"  finding texts showing a raw key: {len(r['raw_key_texts'])}  (target 0)")
    for text in r["raw_key_texts"][:5]:
        print(f"    {text}")
    if r["wording_checked"]:
        print(f"  wording checks passed {r['wording_checked'] - len(r['wording_wrong'])}/{r['wording_checked']}"
              + (f" (wrong: {_names(r['wording_wrong'])})" if r["wording_wrong"] else ""))
    if r["refuse_kind_checked"]:
        print(f"  right refusals of the right kind (不予受理 vs 一次性告知补正) {r['refuse_kind_checked'] - len(r['refuse_kind_wrong'])}"
              f"/{r['refuse_kind_checked']}" + (f" (wrong: {_names(r['refuse_kind_wrong'])})" if r["refuse_kind_wrong"] else ""))
    if r["documents_checked"]:
        print(f"  right decisions printing the right notices {r['documents_checked'] - len(r['documents_wrong'])}"
              f"/{r['documents_checked']}" + (f" (wrong: {_names(r['documents_wrong'])})" if r["documents_wrong"] else ""))
    if r["per_class"]:
        print("  per defect class: recall (found/expected) · decisions right/cases")
        for cls, c in sorted(r["per_class"].items()):
            rec = c["found"] / c["expected"] if c["expected"] else 1.0
            print(f"    {cls:<18} {rec:7.2%} ({c['found']}/{c['expected']}) · {c['decisions_right']}/{c['cases']}"
                  + (f"  failing: {', '.join(r['failing_by_class'][cls])}" if cls in r["failing_by_class"] else ""))
    elif r["failing"]:
        print(f"  failing cases: {', '.join(r['failing'])}")
    print(f"  latency per case p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms (noisy on a shared machine)")


def main() -> dict:
    sys.path.insert(0, str(ROOT))
    from app.calendar.workdays import default_calendar
    from app.catalog import load_catalog

    t0 = time.perf_counter()
    catalog = load_catalog()  # parse + compile + dry-run every rule
    compile_ms = (time.perf_counter() - t0) * 1000
    calendar = default_calendar()
    rules = sum(len(i.rules) for i in catalog.items.values())
    print(f"catalog: {len(catalog.items)} items, {rules} rules, load+compile {compile_ms:.1f} ms")
    report: dict[str, Any] = {"items": len(catalog.items), "rules": rules, "catalog_load_ms": round(compile_ms, 1)}
    for path, label in CORPORA:
        folder = ROOT / path
        if not folder.is_dir():
            continue
        r = run_corpus(folder, catalog, calendar)
        print_report(label, path, r)
        report[Path(path).name] = r
    return report


if __name__ == "__main__":
    main()
