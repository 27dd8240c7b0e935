"""Execution backends for the per-article step beyond one process pool (see docs/scale.md)."""
