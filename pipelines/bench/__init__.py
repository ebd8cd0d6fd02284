"""Benchmarks: synthetic corpora and timed runs of the real pipeline (`make bench`)."""
