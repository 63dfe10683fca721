"""Family ZF (held-out, written blind in session 25): documents typeset by Typst, captured through
Augraphy pipelines. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
