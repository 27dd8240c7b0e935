"""The extractor contract, modelled on presidio's EntityRecognizer.

An extractor reads one parsed article (a spaCy ``Doc`` of ``article.text``) and
returns typed claims with exact offsets. Heavy assets go in ``load()``; every
extractor shares the one parse of the article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..types import Article, Claim, ClaimKind

if TYPE_CHECKING:  # spaCy is imported lazily; only the type is needed here
    from spacy.tokens import Doc, Span

MIN_SCORE = 0.0
MAX_SCORE = 1.0


@runtime_checkable
class Extractor(Protocol):
    name: str
    kinds: frozenset[ClaimKind]

    def extract(self, doc: "Doc", article: Article) -> list[Claim]: ...


def sentence_of(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding [start, end) (extended if the span crosses one).

    The sentences' bounds are read once per document (``Token.sent`` walks the parse
    on every call, and every claim asks) and kept in ``doc.user_data``."""
    starts, ends = _sentences(doc)
    if not starts:
        return start, end
    first = max(0, bisect_right(starts, start) - 1)
    last = max(first, bisect_right(starts, max(start, end - 1)) - 1)
    return starts[first], ends[last]


_SENTS = "claimdiff.sentences"


def _sentences(doc: "Doc") -> tuple[list[int], list[int]]:
    found = doc.user_data.get(_SENTS)
    if found is None:
        sents = list(doc.sents)
        found = doc.user_data[_SENTS] = ([s.start_char for s in sents], [s.end_char for s in sents])
    return found


class Entities:
    """A document's entities, read once (spaCy builds ``doc.ents`` anew on each
    access), with the ones overlapping a character range found by bisection: a
    figure-dense document has thousands of figures and entities, and scanning
    every entity for every figure made its cost grow with their product."""

    def __init__(self, ents: "tuple[Span, ...]") -> None:
        self.all = ents
        self._ends = [e.end_char for e in ents]  # entities never overlap: ends rise with starts

    def overlapping(self, start: int, end: int) -> "Iterator[Span]":
        """The entities overlapping [start, end), in order."""
        for k in range(bisect_right(self._ends, start), len(self.all)):
            ent = self.all[k]
            if ent.start_char >= end:
                break
            yield ent


class DisjointSpans:
    """Character spans that do not overlap, kept sorted (so their ends rise with their
    starts) and tested for a clash by bisection: first-come spans win, as in the
    overlap policies that keep the best of overlapping candidates."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Does [start, end) overlap no span taken?"""
        k = bisect_left(self._starts, end)  # spans [0, k) start before this one ends
        return not (k and self._ends[k - 1] > start)

    def add(self, start: int, end: int) -> bool:
        """Take [start, end) unless it overlaps a span already taken; True if taken."""
        if not self.free(start, end):
            return False
        k = bisect_left(self._starts, end)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
        return True
