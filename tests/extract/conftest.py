"""Shared fixtures for extractor tests: one spaCy pipeline per test session."""

from __future__ import annotations

import pytest

from claimdiff.extract.numeric import NumericExtractor
from claimdiff.types import Article


@pytest.fixture(scope="session")
def nlp():
    from claimdiff.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def numeric(nlp):
    """extract(text) -> claims of the numeric extractor, offsets checked."""
    extractor = NumericExtractor()

    def run(text: str):
        article = Article(id="a", path="a.txt", text=text)
        claims = extractor.extract(nlp(text), article)
        for c in claims:
            assert text[c.start:c.end] == c.text
            assert c.sentence and c.sentence in text
            assert c.explanation is not None and c.explanation.extractor == "numeric"
        return claims

    return run
