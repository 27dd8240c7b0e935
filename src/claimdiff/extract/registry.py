"""Which extractors run: an object you build, not a side effect of importing."""

from __future__ import annotations

from collections.abc import Iterable

from ..types import ClaimKind
from .base import Extractor


class ExtractorRegistry:
    def __init__(self, extractors: Iterable[Extractor] = ()) -> None:
        self._extractors: dict[str, Extractor] = {}
        for ex in extractors:
            self.add(ex)

    def add(self, extractor: Extractor) -> None:
        self._extractors[extractor.name] = extractor

    def remove(self, name: str) -> None:
        self._extractors.pop(name, None)

    def names(self) -> list[str]:
        return list(self._extractors)

    def for_kinds(self, kinds: Iterable[ClaimKind] | None = None) -> list[Extractor]:
        if kinds is None:
            return list(self._extractors.values())
        wanted = set(kinds)
        return [ex for ex in self._extractors.values() if ex.kinds & wanted]

    def __iter__(self):
        return iter(self._extractors.values())
