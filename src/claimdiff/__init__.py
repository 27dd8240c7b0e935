"""claimdiff: line up the factual claims several news articles make about one story.

Library API (what a notebook user needs)::

    import claimdiff
    claims = claimdiff.extract_claims(text, published=datetime.date(2025, 5, 1))
    report = claimdiff.compare(["data/articles/"])
    for story in claimdiff.compare_stories(["archive/"]): ...   # one story in memory at a time

spaCy is imported only when a function needs it, so importing claimdiff is cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .types import Article, Claim, ClaimKind, DateValue, Explanation, Finding, Span, Verdict  # noqa: E402

__all__ = [
    "Article",
    "Claim",
    "ClaimKind",
    "DateValue",
    "Explanation",
    "Finding",
    "Span",
    "Verdict",
    "compare",
    "compare_stories",
    "extract_claims",
    "__version__",
]


def extract_claims(text, published=None):  # type: ignore[no-untyped-def]
    """Claims in one text; see :func:`claimdiff.api.extract_claims`."""
    from .api import extract_claims as _extract

    return _extract(text, published)


def compare(paths, options=None):  # type: ignore[no-untyped-def]
    """Compare articles; see :func:`claimdiff.api.compare`."""
    from .api import compare as _compare

    return _compare(paths, options)


def compare_stories(paths, options=None):  # type: ignore[no-untyped-def]
    """compare() one story at a time; see :func:`claimdiff.api.compare_stories`."""
    from .api import compare_stories as _stories

    return _stories(paths, options)
