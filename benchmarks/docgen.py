"""Synthetic documents for the benchmarks and tests: the generator ships in the package
(`app.training.docgen`, also used by training mode's simulated document camera); this name
stays so the benchmarks and tests keep importing `benchmarks.docgen`."""

from app.training.docgen import *  # noqa: F403
from app.training.docgen import PhotoOptions, Sample  # noqa: F401  (named for readers and linters)
