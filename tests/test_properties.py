"""Property tests (hypothesis) over the corpus readers and claim extraction.

Any text in: no exception, every offset run and claim span exact, and the same
input gives the same output. Examples mix random text with news fragments
(figures, units, dates, weekdays, appeals, caption markers) so the generated
input reaches the extractors' and cleaners' interesting paths.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from claimdiff.corpus import parse_text
from fuzz.limits import Timeout, time_limit
from claimdiff.corpus.encoding import NotText, decode

FRAGMENTS = [
    "more than 600", "about 15,000 soldiers", "4,700 were killed or wounded", "1 kilometre (0.6 miles)",
    "$2.5 billion", "12%", "on Wednesday", "last Thursday", "by mid-2026", "in June 2024", "18 months",
    "30 April 2025", "2025-05-01", "three weeks later", "up to 40 km/h", "nearly half", "dozens",
    "the ministry said.", "according to police.", "\u201cWe will rebuild,\u201d she said.", "Read more",
    "Your support helps us. Donate now.", "open image in gallery", "Photo:", "(Getty Images)",
    "Share this article", "date 2024-01-02", "title: Budget", "---", "# Heading", "**bold**",
    "\n", "\n\n", "  ", "\t", "\r\n", "\u00a0", "\ufeff", "\u200b", "-", ".", ",", "(", ")",
]
news = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news)
KINDS = st.sampled_from(["txt", "md", "json", "html"])
BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Extraction runs the spaCy pipeline: fewer examples, and no shrinking, because
# shrinking an input that hangs costs a time limit per attempt.
EXTRACT = settings(max_examples=80, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _wrap(kind: str, text: str) -> str:
    if kind == "json":
        return json.dumps({"title": text[:30], "text": text, "date": "2025-05-01"})
    if kind == "html":
        return f"<html><head><title>{text[:30]}</title></head><body><article><p>{text}</p></article></body></html>"
    if kind == "md":
        return f"---\ntitle: {json.dumps(text[:30])}\n---\n\n{text}"
    return text


def _check_article(article) -> None:
    assert article.text and article.text == article.text.strip()
    last = 0
    for clean_start, raw_start, length in article.offsets:
        assert clean_start >= last and length > 0
        assert article.raw[raw_start:raw_start + length] == article.text[clean_start:clean_start + length]
        last = clean_start + length


@BOUNDED
@given(text=any_text, kind=KINDS, wrapped=st.booleans())
def test_readers_never_raise_and_offsets_are_exact(text, kind, wrapped):
    raw = _wrap(kind, text) if wrapped else text
    articles, warnings = parse_text(raw, kind)
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    for article in articles:
        _check_article(article)
    if kind in ("txt", "md"):  # deletion-only cleaning maps every character back
        for article in articles:
            assert sum(n for _, _, n in article.offsets) == len(article.text)
    again = parse_text(raw, kind)
    assert again == (articles, warnings)


@BOUNDED
@given(data=st.binary(max_size=400) | any_text.map(lambda t: t.encode("utf-8")))
def test_decode_any_bytes(data):
    try:
        decoded = decode(data)
    except NotText as err:
        assert "\n" not in str(err)
        return
    assert isinstance(decoded.text, str)
    assert decode(data) == decoded


# Generous: one short text parses in milliseconds. A hang must fail the test
# (naming the input) rather than stall the whole suite.
_TIME_LIMIT_S = 5


@contextlib.contextmanager
def _time_limit(text: str):
    try:
        with time_limit(_TIME_LIMIT_S):
            yield
    except Timeout:
        raise AssertionError(f"did not return within {_TIME_LIMIT_S} s on input {text!r}") from None


@pytest.fixture(scope="module")
def extract():
    from claimdiff.api import extract_claims
    from claimdiff.nlp import load_pipeline

    load_pipeline()

    def _bounded(text, published=None):
        with _time_limit(text):
            return extract_claims(text, published=published)

    return _bounded


def _check_claims(text, claims) -> None:
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0
        json.dumps(claim.to_dict())


@EXTRACT
@example(text="1Jnt1", published=None)  # hung in the temporal extractor (event_of), found by this test
@given(text=any_text, published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
def test_extract_claims_spans_exact_and_deterministic(extract, text, published):
    claims = extract(text, published=published)
    _check_claims(text, claims)
    assert extract(text, published=published) == claims


@EXTRACT
@given(text=news, kind=KINDS)
def test_corpus_then_extract(extract, text, kind):
    articles, _ = parse_text(_wrap(kind, text), kind)
    for article in articles:
        _check_claims(article.text, extract(article.text, published=article.published))
