"""A quick development loop over part of a document family: run `zongchuang ocr --json` on the files
of chosen kinds (or only those that failed last time) and score them with the shared scorer.

Why: the full family benchmarks take minutes on a 2-core machine; fixing one kind's fields needs a
loop of seconds. C and D are development families from session 6 on, E from session 7, F from session 8,
G from session 9, H from session 10, I from session 11, J from session 12, K from session 13, L from session 14, M from session 15, O from session 16, P and Q from session 17, R and S from session 18 (each after its one held-out run);
the family held out for reporting in a session is never run through this tool while developing.

    python -m benchmarks.ocr_subset d --kind business_license --failing
    python -m benchmarks.ocr_subset c --kind id_card_front --field address --show
    python -m benchmarks.ocr_subset path/to/truth.json --limit 20
    python -m benchmarks.ocr_subset b --seed 12 --captures all --n 80   # family B, generated once

`--failing` keeps the files where a field of the chosen kinds was not exact in the previous run of
this tool on the same family from the same checkout (next to truth.json as subset_last-<dir>.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from benchmarks import ocr_scoring as S

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang"


def _truth_path(family: str, n: int, seed: int, captures: str) -> Path:
    if family.endswith(".json"):
        return Path(family)
    fam = family.lower()
    if re.fullmatch(r"[c-z]|[a-z]{2}", fam) and fam != "n":  # N stays held out; after Z come ZA, ZB…: no edit needed
        # the fullest set, then the newest (a family's folder also holds small quick-look sets)
        found = sorted((CACHE / f"bench_ocr_{fam}").glob("*/truth.json"),
                       key=lambda p: (len(json.loads(p.read_text(encoding="utf-8")).get("files", {})), p.stat().st_mtime))
        if not found:
            sys.exit(f"no family {fam.upper()} set yet: run `python -m benchmarks bench_ocr_{fam}` once")
        return found[-1]
    if fam == "b":
        folder = CACHE / "ocr_subset_b" / f"n{n}-s{seed}-{captures or 'default'}"
        truth = folder / "truth.json"
        if not truth.exists():
            from benchmarks.docgen_b import generate, photo
            caps = photo.NEW_CAPTURES if captures == "all" else tuple(c for c in captures.split(",") if c) or None
            generate(folder, n, seed, captures=caps)
        return truth
    sys.exit("family: a letter b–z but n (N is held out), two letters (za, ag, aj…), or a truth.json path")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ocr_subset")
    ap.add_argument("family")
    ap.add_argument("--kind", action="append", default=[])
    ap.add_argument("--field", action="append", default=[], help="only score these field keys")
    ap.add_argument("--file", action="append", default=[], help="only these files (o0076.webp or o0076)")
    ap.add_argument("--failing", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print got/want for every non-exact field")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--captures", default="", help="family B only: the captures to generate its set with")
    ap.add_argument("--capture", action="append", default=[], help="only files of these captures (truth's `capture`)")
    a = ap.parse_args(argv)
    # (`--kind a,b` and `--capture a,b` read as the two values, as repeating the option does)
    a.kind = [k for arg in a.kind for k in arg.split(",") if k]
    a.capture = [c for arg in a.capture for c in arg.split(",") if c]

    truth_path = _truth_path(a.family, a.n, a.seed, a.captures)
    folder = truth_path.parent
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    entries = [e for e in truth["files"] if (not a.kind or e["kind"] in a.kind)
               and (not a.capture or e.get("capture") in a.capture)]
    last_path = folder / f"subset_last-{Path.cwd().name}.json"   # one per worktree: helpers share the sets
    last = json.loads(last_path.read_text(encoding="utf-8")) if last_path.exists() else {}
    if a.file:
        wanted = {f.split(".")[0] for f in a.file}
        entries = [e for e in entries if e["file"].split(".")[0] in wanted]
    if a.failing and last:
        entries = [e for e in entries if last.get(e["file"], False) is False]
    if a.limit:
        entries = entries[:a.limit]
    if a.field:
        entries = [{**e, "fields": {k: v for k, v in e["fields"].items() if k in a.field}} for e in entries]
    if not entries:
        print("no files to read")
        return 0
    results = S.run_cli([folder / e["file"] for e in entries])
    sub = {"family": truth.get("family", a.family), "files": entries}
    sc = S.score(sub, results)
    S.report(sc, mistakes=40)
    by_file = {Path(r["file"]).name: r for r in results}
    for e in entries:
        got = by_file.get(e["file"], {})
        fields = got.get("fields") or {}
        ok = got.get("kind") == e["kind"]
        bad = []
        for key, t in e["fields"].items():
            value = S.normalise((fields.get(key) or {}).get("value", ""))
            want = S.normalise(t["value"])
            if not (value == want or (not value and t.get("unreadable"))):
                ok = False
                bad.append((key, value, want, (fields.get(key) or {}).get("reason", "")))
        last[e["file"]] = ok
        if a.show and bad:
            extra = {k: e[k] for k in ("capture", "variant") if k in e}
            print(f"\n{folder / e['file']}  {e['kind']} -> {got.get('kind')} {extra}")
            for key, value, want, reason in bad:
                print(f"  {key:22} got {value!r}  want {want!r}  reason {reason!r}")
    last_path.write_text(json.dumps(last, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
