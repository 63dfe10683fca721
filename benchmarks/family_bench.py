"""The run shared by the blind document families' OCR benchmarks (D, E): a cached generated set,
the product's own CLI (`zongchuang ocr … --json`) in a subprocess, the shared scorer's tables next
to the targets, per-capture / per-layout lines, latency p50 per kind with the load average, and
results.json beside truth.json. Each family's `bench_ocr_<x>.py` says only what is its own.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from benchmarks import ocr_scoring as S


def cache_dir(fam: str, gen: ModuleType, n: int, seed: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zongchuang" / f"bench_ocr_{fam.lower()}"
    return Path(os.environ.get(f"BENCH_OCR_{fam}_DIR", base / gen.params_hash(n, seed)))


def ensure_set(fam: str, gen: ModuleType, n: int, seed: int) -> tuple[Path, dict]:
    """The family's set in its cache folder, generated (into a .tmp folder renamed when whole) only
    when missing or made by other parameters or another version of the generator."""
    params_hash, generate = gen.params_hash, gen.generate
    d = cache_dir(fam, gen, n, seed)
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
    print(f"generated family {fam}: {n} files in {time.perf_counter() - t0:.0f} s -> {d}", flush=True)
    return d, truth


def _subset_line(fam: str, label: str, truth: dict, results: list[dict], pred) -> str:
    sub = {"family": fam, "files": [f for f in truth["files"] if pred(f)]}
    if not sub["files"]:
        return ""
    sc = S.score(sub, results)
    t = sc.totals()
    if not t["fields"]:
        return f"{label:34} {len(sub['files']):5d} {sc.kind_ok:7d} {'-':>7} {'-':>7} {'-':>7}"
    return (f"{label:34} {len(sub['files']):5d} {sc.kind_ok:7d} {t['field_exact']:7.1%} "
            f"{t['wrong_prefill']:7.2%} {t['blank']:7.1%}")


def run(fam: str, gen: ModuleType, summary: Callable[[dict], dict], default_seed: int, blurb: str, groups: tuple[str, ...] = ()) -> dict:
    """Generate or reuse family `fam`'s set, read it through the CLI, print the scorer's tables, the
    per-capture / per-licence-layout lines (and one per value of each key in `groups` a file lists,
    e.g. E's `marks`), latency p50 per kind with the load average; write results.json."""
    params_hash = gen.params_hash
    n = int(os.environ.get(f"BENCH_OCR_{fam}_N", "150"))
    seed = int(os.environ.get(f"BENCH_OCR_{fam}_SEED", str(default_seed)))
    d, truth = ensure_set(fam, gen, n, seed)
    counts = summary(truth)
    print(f"family {fam} ({blurb}):", json.dumps({k: v for k, v in counts.items() if k != "unreadable"},
                                                  ensure_ascii=False), flush=True)
    files = [d / f["file"] for f in truth["files"]]
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    results = S.run_cli(files)
    wall = time.perf_counter() - t0
    load1 = os.getloadavg()
    (d / "cli.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    sc = S.score(truth, results, fam)
    summary_numbers = S.report(sc, out=sys.stdout, mistakes=int(os.environ.get(f"BENCH_OCR_{fam}_MISTAKES", "25")))

    print(f"\n{'family ' + fam + ' by capture / layout':34} {'files':>5} {'kind ok':>7} {'exact':>7} {'wrong':>7} {'blank':>7}")
    for cap in sorted({f["capture"] for f in truth["files"]}):
        line = _subset_line(fam, f"capture {cap}", truth, results, lambda f, c=cap: f["capture"] == c)
        if line:
            print(line)
    for var in sorted({"-".join(f["variant"].split("-")[:2]) for f in truth["files"] if f["kind"] == "business_license"}):
        line = _subset_line(fam, f"licence {var}", truth, results,
                            lambda f, v=var: f["kind"] == "business_license" and f["variant"].startswith(v))
        if line:
            print(line)

    for key in groups:
        for mark in sorted({m for f in truth["files"] for m in f.get(key, ())}):
            line = _subset_line(fam, f"{key.rstrip('s')} {mark}", truth, results, lambda f, m=mark, k=key: m in f.get(k, ()))
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
    res_path = Path(os.environ.get(f"BENCH_OCR_{fam}_OUT", d / "results.json"))
    res_path.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=float), encoding="utf-8")
    print(f"results: {res_path}")
    return out

