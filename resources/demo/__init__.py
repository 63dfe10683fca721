"""Demo material: a generated photo of the demo company's business licence (benchmarks/docgen.py)."""
