"""The extractor contract, modelled on presidio's EntityRecognizer.

An extractor reads one parsed article (a spaCy ``Doc`` of ``article.text``) and
returns typed claims with exact offsets. Heavy assets go in ``load()``; every
extractor shares the one parse of the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..types import Article, Claim, ClaimKind

if TYPE_CHECKING:  # spaCy is imported lazily; only the type is needed here
    from spacy.tokens import Doc

MIN_SCORE = 0.0
MAX_SCORE = 1.0


@runtime_checkable
class Extractor(Protocol):
    name: str
    kinds: frozenset[ClaimKind]

    def extract(self, doc: "Doc", article: Article) -> list[Claim]: ...


def sentence_of(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding [start, end) (extended if the span crosses one)."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return start, end
    s = first[0].sent
    e = first[-1].sent
    return s.start_char, e.end_char
