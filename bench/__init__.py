"""Benchmark: claimdiff against bare spaCy on a synthetic corpus (``make bench``)."""
