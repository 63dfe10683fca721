"""Family ZH (written blind in session 26): documents as XSL-FO rendered by Apache FOP, captures by
OpenImageIO's oiiotool. See README.md."""

from benchmarks.docgen_zh.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
