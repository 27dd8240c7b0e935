"""Helpers for the numeric extractor tests (a module with its own name: several
test folders have a conftest.py, so ``from conftest import ...`` is ambiguous)."""

from __future__ import annotations


def only(claims, text):
    """The one claim whose text is ``text``."""
    hits = [c for c in claims if c.text == text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]
