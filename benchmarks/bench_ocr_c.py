"""OCR pre-fill on document family C (`benchmarks/docgen_c`), a held-out set written without looking
at the extractor or at families A/B: per kind and per field next to the targets (issue 15), then
per capture (phone photo, scan, photocopy, screen) and per business-licence layout.

The photos are generated at bench time into a cache folder keyed by the generator's source, n and
seed (`~/.cache/zongchuang/bench_ocr_c/…`, or `BENCH_OCR_C_DIR`), never kept in git, and read by
`zongchuang ocr FILE... --json`, the same path a clerk's import takes. Environment:
- `BENCH_OCR_C_N` (default 180) files, `BENCH_OCR_C_SEED` (default 11); `BENCH_OCR_C_N=0` skips;
- `BENCH_OCR_C_DIR=DIR` writes files, truth.json and results_C.json there.
Latency is the CLI's per-file `elapsed_ms` (model loaded); on a shared machine it is noisy.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cache_dir(n: int, seed: int) -> Path:
    h = hashlib.sha256()
    for p in sorted((ROOT / "benchmarks" / "docgen_c").glob("*.py")):
        h.update(p.read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "bench_ocr_c"
    return base / f"n{n}-s{seed}-{h.hexdigest()[:12]}"


def breakdown(truth: dict, results: list[dict]) -> None:
    """Field exact / wrong over ID cards + licences, per capture and per licence layout."""
    from benchmarks.ocr_scoring import TARGET_KINDS, score

    def line(label: str, files: list[dict]) -> None:
        if not files:
            return
        sc = score({"family": "C", "files": files}, results)
        t = sc.totals(TARGET_KINDS)
        if t["fields"]:
            print(f"  {label:34} files {len(files):3d}  fields {t['fields']:4d}  exact {t['field_exact']:6.1%}  "
                  f"wrong {t['wrong_prefill']:5.2%}  blank {t['blank']:5.1%}")

    print("\nper capture (ID cards + licences):")
    caps = sorted({e["capture"] for e in truth["files"]})
    for c in caps:
        line(c, [e for e in truth["files"] if e["capture"] == c])
    print("per business-licence layout:")
    for v in sorted({e["variant"] for e in truth["files"] if e["kind"] == "business_license"}):
        line(v, [e for e in truth["files"] if e["kind"] == "business_license" and e["variant"] == v])


def main() -> dict:
    sys.path.insert(0, str(ROOT))
    from benchmarks.docgen_c import generate, summary
    from benchmarks.ocr_scoring import report, run_cli, score

    n = int(os.environ.get("BENCH_OCR_C_N", "180"))
    seed = int(os.environ.get("BENCH_OCR_C_SEED", "11"))
    if not n:
        print("family C skipped (BENCH_OCR_C_N=0)")
        return {}
    folder = Path(os.environ.get("BENCH_OCR_C_DIR") or cache_dir(n, seed))
    truth_path = folder / "truth.json"
    if not truth_path.exists():
        truth_path = generate(folder, n, seed)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    print(f"OCR pre-fill through `zongchuang ocr --json`, cores {os.cpu_count()}, load avg {os.getloadavg()[0]:.1f}")
    print(f"--- family C (written without looking at the extractor; a development family since session 6 — report on E): {n} files, seed {seed}, {folder} ---")
    print(summary(truth))
    files = [folder / e["file"] for e in truth["files"]]
    results = run_cli(files, env=dict(os.environ, ORT_DISABLE_TELEMETRY="1"))
    (folder / "results_C.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    buf = io.StringIO()
    out = report(score(truth, results), out=buf, mistakes=40)
    print(buf.getvalue(), end="")
    breakdown(truth, results)
    print(f"load avg after: {os.getloadavg()[0]:.1f}")
    return out


if __name__ == "__main__":
    main()
