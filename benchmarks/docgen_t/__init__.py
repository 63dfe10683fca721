"""Held-out document family T (session 19, written blind): pages drawn by Tcl/Tk's Canvas in a private
Xvfb and grabbed from the screen, captured with OpenCV. See README.md."""

from benchmarks.docgen_t.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
