"""OCR pre-fill on family D, a held-out document family written blind (benchmarks/docgen_d/).

Generates `BENCH_OCR_D_N` (default 150) files with seed `BENCH_OCR_D_SEED` (default 2026) into
~/.cache/zongchuang/bench_ocr_d/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture and per business-licence layout, and latency p50
per ID-card side and per licence kind with the load average. Results go to results.json there
(or `BENCH_OCR_D_OUT`).

    python -m benchmarks ocr_d                      # part of `make bench`
    BENCH_OCR_D_N=40 python -m benchmarks ocr_d     # a quick look
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchmarks import ocr_scoring as S
from benchmarks.docgen_d import generate, params_hash
from benchmarks.docgen_d.generate import summary


def cache_dir(n: int, seed: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / "bench_ocr_d"
    return Path(os.environ.get("BENCH_OCR_D_DIR", base / params_hash(n, seed)))


def ensure_set(n: int, seed: int) -> tuple[Path, dict]:
    d = cache_dir(n, seed)
    tj = d / "truth.json"
    if tj.exists():
        truth = json.loads(tj.read_text(encoding="utf-8"))
        if truth.get("params_hash") == params_hash(n, seed) and all((d / f["file"]).exists() for f in truth["files"]):
            return d, truth
    tmp = d.with_name(d.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    truth = generate(tmp, n, seed)
    shutil.rmtree(d, ignore_errors=True)
    tmp.rename(d)
    print(f"generated family D: {n} files in {time.perf_counter() - t0:.0f} s -> {d}", flush=True)
    return d, truth


def _subset_line(label: str, truth: dict, results: list[dict], pred) -> str:
    sub = {"family": "D", "files": [f for f in truth["files"] if pred(f)]}
    if not sub["files"]:
        return ""
    sc = S.score(sub, results)
    t = sc.totals()
    if not t["fields"]:
        return f"{label:34} {len(sub['files']):5d} {sc.kind_ok:7d} {'-':>7} {'-':>7} {'-':>7}"
    return (f"{label:34} {len(sub['files']):5d} {sc.kind_ok:7d} {t['field_exact']:7.1%} "
            f"{t['wrong_prefill']:7.2%} {t['blank']:7.1%}")


def main() -> dict:
    n = int(os.environ.get("BENCH_OCR_D_N", "150"))
    seed = int(os.environ.get("BENCH_OCR_D_SEED", "2026"))
    d, truth = ensure_set(n, seed)
    counts = summary(truth)
    print("family D (written blind; a development family since session 6 — report on E):", json.dumps({k: v for k, v in counts.items() if k != "unreadable"},
                                                  ensure_ascii=False), flush=True)
    files = [d / f["file"] for f in truth["files"]]
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    results = S.run_cli(files)
    wall = time.perf_counter() - t0
    load1 = os.getloadavg()
    (d / "cli.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    sc = S.score(truth, results, "D")
    summary_numbers = S.report(sc, out=sys.stdout, mistakes=int(os.environ.get("BENCH_OCR_D_MISTAKES", "25")))

    print(f"\n{'family D by capture / layout':34} {'files':>5} {'kind ok':>7} {'exact':>7} {'wrong':>7} {'blank':>7}")
    for cap in sorted({f["capture"] for f in truth["files"]}):
        line = _subset_line(f"capture {cap}", truth, results, lambda f, c=cap: f["capture"] == c)
        if line:
            print(line)
    for var in sorted({"-".join(f["variant"].split("-")[:2]) for f in truth["files"] if f["kind"] == "business_license"}):
        line = _subset_line(f"licence {var}", truth, results,
                            lambda f, v=var: f["kind"] == "business_license" and f["variant"].startswith(v))
        if line:
            print(line)

    by_file = {Path(r["file"]).name: r for r in results}
    lat: dict[str, list[float]] = {}
    for f in truth["files"]:
        r = by_file.get(f["file"])
        if r and r.get("elapsed_ms") is not None:
            lat.setdefault(f["kind"], []).append(float(r["elapsed_ms"]))
    print(f"\nlatency p50 (elapsed_ms per file; load average {load0[0]:.1f} before, {load1[0]:.1f} after, "
          f"{os.cpu_count()} cores; wall {wall:.0f} s for {len(files)} files)")
    targets = {"id_card_front": 600, "id_card_back": 600, "business_license": 1500,
               "public_health_license": 1500, "food_business_license": 1500}
    p50 = {}
    for kind in ("id_card_front", "id_card_back", "business_license", "public_health_license",
                 "food_business_license", "other"):
        if lat.get(kind):
            p50[kind] = statistics.median(lat[kind])
            tg = f"≤ {targets[kind]}" if kind in targets else ""
            print(f"  {kind:26} p50 {p50[kind]:6.0f} ms  (n={len(lat[kind])}) {tg}")
    out = {**summary_numbers, "n": n, "seed": seed, "params_hash": params_hash(n, seed), "dir": str(d),
           "p50_ms_per_kind": p50, "loadavg_before": load0, "loadavg_after": load1,
           "per_kind": {k: {"files": v[0], "kind_ok": v[1], **sc.totals((k,))} for k, v in sc.per_kind_files.items()},
           "per_field": {f"{k}.{f}": vars(s) for (k, f), s in sc.per_field.items()},
           "counts": counts, "mistakes": sc.mistakes, "confusions": sc.confusions}
    res_path = Path(os.environ.get("BENCH_OCR_D_OUT", d / "results.json"))
    res_path.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=float), encoding="utf-8")
    print(f"results: {res_path}")
    return out


if __name__ == "__main__":
    main()
