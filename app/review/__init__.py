"""Pre-review (智能预审): catalog rules in CEL, built-in checks, findings and the decision.

`prereview(catalog, doc, calendar=...)` runs everything against one interchange document and
returns a `PrereviewResult`; importing this package registers the catalog load hook that
compiles every rule (so a broken rule fails `zongchuang catalog validate`).
"""

from app.review.compiler import compile_catalog, compiled_rules
from app.review.engine import decide, prereview
from app.review.result import DECISIONS, Finding, PrereviewResult

__all__ = ["DECISIONS", "Finding", "PrereviewResult", "compile_catalog", "compiled_rules", "decide", "prereview"]
