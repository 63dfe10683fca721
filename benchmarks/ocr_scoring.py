"""Scoring of OCR pre-fill results against a ground-truth file, independent of any generator,
so document families A and B (and a hand-made set) are scored by the same rules.

Truth format (what `benchmarks.docgen_b.generate` writes):
    {"family": "B", "files": [{"file": "b0001.jpg", "kind": "id_card_front",
      "fields": {"name": {"value": "张三", "unreadable": false}, ...}}, ...]}
Results: the list `zongchuang ocr FILE... --json` prints ({file, kind, fields{value,...}, elapsed_ms}).

Only what a clerk would call equal is normalised: full-/half-width forms, spaces, and the shape of
year brackets (（2023） = 〔2023〕 = (2023)). A field legitimately unreadable in the photo (glare)
counts as correct when blank; a non-blank value that differs from the truth is a wrong pre-fill.
Fields the product returns for a page it put in the wrong kind are wrong pre-fills as well.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

TARGETS = {"field_exact": 0.98, "wrong_prefill": 0.005, "p50_id_ms": 600, "p50_licence_ms": 1500}
ID_KINDS = ("id_card_front", "id_card_back")
LICENCE_KINDS = ("business_license", "public_health_license", "food_business_license")
TARGET_KINDS = ID_KINDS + LICENCE_KINDS            # the targets are stated over ID cards and licences
BRACKETS = str.maketrans({"〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")", "【": "(", "】": ")"})


def normalise(s: str) -> str:
    out = []
    for ch in s or "":
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return "".join("".join(out).translate(BRACKETS).split())


@dataclass
class FieldStat:
    total: int = 0
    exact: int = 0
    wrong: int = 0
    blank: int = 0
    unreadable: int = 0


@dataclass
class Score:
    family: str
    files: int = 0
    kind_ok: int = 0
    per_kind_files: dict[str, list[int]] = field(default_factory=dict)      # kind -> [n, ok]
    per_field: dict[tuple[str, str], FieldStat] = field(default_factory=dict)
    misclassified_fields: dict[str, int] = field(default_factory=dict)     # truth kind -> filled fields
    latency: dict[str, list[float]] = field(default_factory=dict)          # group -> elapsed_ms
    kind_latency: dict[str, list[float]] = field(default_factory=dict)     # truth kind -> elapsed_ms
    confusions: list[str] = field(default_factory=list)
    mistakes: list[str] = field(default_factory=list)

    def totals(self, kinds: tuple[str, ...] | None = None) -> dict[str, float]:
        stats = [s for (k, _), s in self.per_field.items() if kinds is None or k in kinds]
        total = sum(s.total for s in stats)
        mis = sum(v for k, v in self.misclassified_fields.items() if kinds is None or k in kinds)
        exact = sum(s.exact for s in stats)
        wrong = sum(s.wrong for s in stats) + mis
        blank = sum(s.blank for s in stats)
        return {"fields": total, "field_exact": exact / total if total else float("nan"),
                "wrong_prefill": wrong / total if total else float("nan"),
                "blank": blank / total if total else float("nan"), "misclassified_filled": mis}


def latency_group(kind: str) -> str:
    return "id_side" if kind in ID_KINDS else "licence" if kind in LICENCE_KINDS else (
        "negative" if kind == "other" else "other_kinds")


def _document_of_kind(got: dict, kind: str) -> dict:
    """The CLI's reading of a page as the document the truth names: a page holding several (both
    sides of an ID card copied onto one sheet, the usual 身份证复印件) lists every one read in
    `documents` (docs/capture-ocr.md, CLI contract), in the order the reader found them; the truth
    of such a sheet names the side the material is filed as. The first document is scored unless
    another of that kind was read (its elapsed time stays the page's)."""
    if got.get("kind") == kind or not got.get("documents"):
        return got
    same = next((d for d in got["documents"] if d.get("kind") == kind), None)
    return got if same is None else {**got, "kind": kind, "fields": same.get("fields") or {}}


def score(truth: dict, results: list[dict], family: str | None = None) -> Score:
    by_file = {Path(r["file"]).name: r for r in results}
    sc = Score(family or truth.get("family", "?"))
    for entry in truth["files"]:
        got = by_file.get(entry["file"], {"kind": "missing", "fields": {}, "elapsed_ms": None})
        kind = entry["kind"]
        got = _document_of_kind(got, kind)
        sc.files += 1
        ok = got.get("kind") == kind
        sc.kind_ok += ok
        kn = sc.per_kind_files.setdefault(kind, [0, 0])
        kn[0] += 1
        kn[1] += ok
        if got.get("elapsed_ms") is not None:
            sc.latency.setdefault(latency_group(kind), []).append(float(got["elapsed_ms"]))
            sc.kind_latency.setdefault(kind, []).append(float(got["elapsed_ms"]))
        fields = got.get("fields") or {}
        if not ok:
            sc.confusions.append(f"{entry['file']} {kind} -> {got.get('kind')}")
            filled = sum(1 for v in fields.values() if normalise((v or {}).get("value", "")))
            sc.misclassified_fields[kind] = sc.misclassified_fields.get(kind, 0) + filled
            fields = {}
        for key, t in entry["fields"].items():
            want = normalise(t["value"])
            value = normalise((fields.get(key) or {}).get("value", ""))
            st = sc.per_field.setdefault((kind, key), FieldStat())
            st.total += 1
            st.unreadable += bool(t.get("unreadable"))
            if value == want or (not value and t.get("unreadable")):
                st.exact += 1
            elif value:
                st.wrong += 1
                sc.mistakes.append(f"{entry['file']} {kind}.{key}: got {value!r} want {want!r}")
            if not value:
                st.blank += 1
    return sc


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))]


def report(sc: Score, out=sys.stdout, mistakes: int = 15) -> dict:
    """Print per family, per kind, per field next to the targets; return the summary numbers."""
    p = lambda *a: print(*a, file=out)  # noqa: E731
    tgt = sc.totals(TARGET_KINDS)
    allk = sc.totals()
    lat = {g: (statistics.median(v), _pct(v, 0.95), len(v)) for g, v in sc.latency.items() if v}
    p(f"family {sc.family}: {sc.files} files, kind accuracy {sc.kind_ok}/{sc.files} = {sc.kind_ok / max(1, sc.files):.1%}")
    p(f"{'':40} {'measured':>10} {'target':>10}")
    p(f"{'field exact, ID cards + licences':40} {tgt['field_exact']:>10.1%} {'≥ 98%':>10}")
    p(f"{'wrong pre-fills, ID cards + licences':40} {tgt['wrong_prefill']:>10.2%} {'≤ 0.5%':>10}")
    p(f"{'blank, ID cards + licences':40} {tgt['blank']:>10.1%} {'':>10}")
    p(f"{'field exact, all kinds':40} {allk['field_exact']:>10.1%}")
    p(f"{'wrong pre-fills, all kinds':40} {allk['wrong_prefill']:>10.2%}")
    for g, target in (("id_side", "p50 ≤ 600"), ("licence", "p50 ≤ 1500"), ("other_kinds", ""), ("negative", "")):
        if g in lat:
            m, p95, n = lat[g]
            p(f"{'latency ' + g + ' p50/p95 ms (n=' + str(n) + ')':40} {f'{m:.0f}/{p95:.0f}':>10} {target:>10}")
    p(f"\n{'kind':26} {'files':>5} {'kind ok':>8} {'exact':>7} {'wrong':>7} {'blank':>7} {'p50 ms':>7} {'p95 ms':>7}")
    for kind, (n, ok) in sc.per_kind_files.items():
        t = sc.totals((kind,))
        ex = f"{t['field_exact']:.1%}" if t["fields"] else "-"
        wr = f"{t['wrong_prefill']:.1%}" if t["fields"] else str(t["misclassified_filled"])
        bl = f"{t['blank']:.1%}" if t["fields"] else "-"
        kl = sc.kind_latency.get(kind, [])
        p50 = f"{statistics.median(kl):.0f}" if kl else "-"
        p95 = f"{_pct(kl, 0.95):.0f}" if kl else "-"
        p(f"{kind:26} {n:5d} {ok:8d} {ex:>7} {wr:>7} {bl:>7} {p50:>7} {p95:>7}")
    p(f"\n{'kind.field':44} {'n':>4} {'exact':>7} {'wrong':>7} {'blank':>7} {'unread':>6}")
    for (kind, key), s in sc.per_field.items():
        p(f"{kind + '.' + key:44} {s.total:4d} {s.exact / s.total:7.0%} {s.wrong / s.total:7.1%} "
          f"{s.blank / s.total:7.0%} {s.unreadable:6d}")
    if sc.confusions:
        p("\nkind confusions: " + "; ".join(sc.confusions[:12]))
    if sc.mistakes and mistakes:
        p(f"\nwrong pre-fills (first {mistakes}):")
        for m in sc.mistakes[:mistakes]:
            p("  " + m)
    return {"family": sc.family, "files": sc.files, "kind_accuracy": sc.kind_ok / max(1, sc.files),
            "field_exact": tgt["field_exact"], "wrong_prefill": tgt["wrong_prefill"], "blank": tgt["blank"],
            "field_exact_all": allk["field_exact"], "wrong_prefill_all": allk["wrong_prefill"],
            **{f"p50_{g}_ms": v[0] for g, v in lat.items()}, **{f"p95_{g}_ms": v[1] for g, v in lat.items()}}


def run_cli(files: list[Path], cli: list[str] | None = None, batch: int = 40, env: dict | None = None) -> list[dict]:
    """Run the product's own CLI (`zongchuang ocr … --json`) over files, in batches."""
    exe = Path(sys.executable).with_name("zongchuang")
    cmd = cli or ([str(exe)] if exe.exists() else [sys.executable, "-m", "app.cli.main"])
    out: list[dict] = []
    for i in range(0, len(files), batch):
        chunk = [str(f) for f in files[i:i + batch]]
        proc = subprocess.run([*cmd, "ocr", *chunk, "--json"], capture_output=True, text=True, env=env)
        if proc.returncode not in (0, 2) or not proc.stdout.strip():
            raise RuntimeError(f"zongchuang ocr failed ({proc.returncode}): {proc.stderr[-2000:]}")
        out.extend(json.loads(proc.stdout))
    return out
