"""Training desk samples: flat scans of the documents training mode's simulated 高拍仪 shows
(generated once by `benchmarks/make_training_samples.py` from `benchmarks/docgen.py`)."""
