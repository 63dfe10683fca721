"""OCR pre-fill measured on document families through the product's CLI path, scored by
`benchmarks/ocr_scoring.py`: family B (`benchmarks/docgen_b`, written without looking at the
extractor — the family to *report* on) and family A (`benchmarks/docgen.py`, the family the
extractor was developed on), each per kind and per field, next to the targets (issue 15).

Files are written to a temporary folder and read by `zongchuang ocr FILE... --json`, the same
path a clerk's import takes. Environment:
- `BENCH_OCR_B_N` (default 150) family-B files, spread over all kinds; `BENCH_OCR_B_SEED` (default 7);
- `BENCH_OCR_A_N` (default 5) family-A photos per kind (0 to skip); `BENCH_OCR_A_SEED` (default 5000);
- `BENCH_OCR_KEEP=DIR` keeps the files and results there instead of a temporary folder.
Latency is the CLI's per-file `elapsed_ms` (model already loaded); on a shared machine it is noisy.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def family_a(out: Path, n_per_kind: int, offset: int) -> dict:
    """Family A photos written as files, with the same truth format as family B."""
    import cv2

    from benchmarks.docgen import make_sample

    entries = []
    for kind in ("id_card_front", "id_card_back", "business_license", "public_health_license"):
        for i in range(n_per_kind):
            s = make_sample(kind, offset + i)
            name = f"a_{kind}_{i:03d}.jpg"
            cv2.imwrite(str(out / name), s.image, [cv2.IMWRITE_JPEG_QUALITY, 95])
            entries.append({"file": name, "kind": kind,
                            "fields": {k: {"value": v, "unreadable": False} for k, v in s.truth.items()}})
    return {"family": "A", "files": entries}


def run_family(truth: dict, folder: Path) -> dict:
    from benchmarks.ocr_scoring import report, run_cli, score

    files = [folder / e["file"] for e in truth["files"]]
    env = dict(os.environ, ORT_DISABLE_TELEMETRY="1")
    results = run_cli(files, env=env)
    (folder / f"results_{truth['family']}.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
    return report(score(truth, results))


def main() -> dict:
    sys.path.insert(0, str(ROOT))
    from benchmarks.docgen_b import generate

    n_b = int(os.environ.get("BENCH_OCR_B_N", "150"))
    seed_b = int(os.environ.get("BENCH_OCR_B_SEED", "7"))
    n_a = int(os.environ.get("BENCH_OCR_A_N", "5"))
    seed_a = int(os.environ.get("BENCH_OCR_A_SEED", "5000"))
    keep = os.environ.get("BENCH_OCR_KEEP")
    tmp = None if keep else tempfile.TemporaryDirectory(prefix="bench_ocr_b_")
    base = Path(keep or tmp.name)  # type: ignore[union-attr]
    out: dict = {}
    try:
        print(f"OCR pre-fill through `zongchuang ocr --json`, cores {os.cpu_count()}, load avg {os.getloadavg()[0]:.1f}")
        if n_b:
            fb = base / "B"
            truth_path = generate(fb, n_b, seed_b)
            print(f"\n--- family B (independent; report on this): {n_b} files, seed {seed_b} ---")
            out["B"] = run_family(json.loads(truth_path.read_text(encoding="utf-8")), fb)
        if n_a:
            fa = base / "A"
            fa.mkdir(parents=True, exist_ok=True)
            truth_a = family_a(fa, n_a, seed_a)
            (fa / "truth.json").write_text(json.dumps(truth_a, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"\n--- family A (the extractor's development family): {n_a} per kind, seeds {seed_a}… ---")
            out["A"] = run_family(truth_a, fa)
    finally:
        if tmp:
            tmp.cleanup()
    return out


if __name__ == "__main__":
    main()
