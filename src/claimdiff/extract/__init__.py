"""Claim extraction: a registry of extractors run over one shared parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..types import Article, Claim
from .base import DisjointSpans, Extractor, sentence_of
from .registry import ExtractorRegistry

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Extractor", "ExtractorRegistry", "default_registry", "extract_doc", "keep_best", "sentence_of"]


def default_registry(disabled: frozenset[str] = frozenset()) -> ExtractorRegistry:
    """The extractors claimdiff ships, less those named in ``disabled``."""
    from .age import AgeExtractor
    from .clock import ClockExtractor
    from .numeric import NumericExtractor
    from .temporal import TemporalExtractor

    registry = ExtractorRegistry([NumericExtractor(), TemporalExtractor(), ClockExtractor(), AgeExtractor()])
    for name in disabled:
        registry.remove(name)
    return registry


def keep_best(claims: list[Claim]) -> list[Claim]:
    """Overlap policy: of claims of the same kind whose spans overlap, keep the
    higher-scored (then longer) one. Claims of different kinds may share text:
    "18 months" is both a duration and the basis of a derived completion date."""
    ordered = sorted(claims, key=lambda c: (-c.score, -(c.end - c.start), c.start, c.kind.value))
    # per (kind, measure): a figure-dense document has thousands of claims
    taken: dict[tuple, DisjointSpans] = {}
    return [claim for claim in ordered
            if taken.setdefault((claim.kind, claim.measure), DisjointSpans()).add(claim.start, claim.end)]


def _sort_key(c: Claim) -> tuple:
    return (c.start, c.end, c.kind.value, c.measure or "")


def extract_doc(
    doc: "Doc",
    article: Article,
    registry: ExtractorRegistry | None = None,
    overlap: Callable[[list[Claim]], list[Claim]] = keep_best,
) -> list[Claim]:
    """All claims in one parsed article, attributed and sorted by position."""
    from .attribution import attribute

    registry = registry if registry is not None else default_registry()
    claims: list[Claim] = []
    for extractor in registry:
        claims.extend(extractor.extract(doc, article))
    claims = overlap(claims)
    claims = attribute(doc, claims, article.text)
    return sorted(claims, key=_sort_key)
