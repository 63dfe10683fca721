"""Speed and accuracy benchmarks (`make bench` → `python -m benchmarks`)."""
