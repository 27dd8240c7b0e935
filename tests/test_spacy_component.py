"""nlp.add_pipe("claimdiff"): the extraction as a spaCy component, found through spaCy's
entry points, giving the claims claimdiff.extract_claims gives."""

from __future__ import annotations

import datetime as dt

import pytest

TEXT = ("Rescuers said 40 people were missing after the landslide on Tuesday. The storm dumped "
        "300 mm of rain in two days, and repairs will cost $12 million.")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from claimdiff.nlp import load_pipeline

    # a pipeline of the user's own: a fresh copy of the model, with the component added by name
    import spacy

    pipeline = spacy.load(load_pipeline().path)
    pipeline.add_pipe("claimdiff", config={"published": "2026-11-26"})
    return pipeline


def test_the_factory_is_registered_through_spacy_entry_points() -> None:
    from importlib.metadata import entry_points

    found = [e for e in entry_points(group="spacy_factories") if e.name == "claimdiff"]
    assert found and found[0].value == "claimdiff.spacy_component:make_claimdiff"


def test_doc_claims_are_those_of_extract_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimdiff import extract_claims

    doc = nlp(TEXT)
    expected = extract_claims(TEXT, published=dt.date(2026, 11, 26))
    assert [(c.kind, c.text, c.start, c.value, c.date) for c in doc._.claims] == \
           [(c.kind, c.text, c.start, c.value, c.date) for c in expected]
    assert any(c.text == "40" for c in doc._.claims)
    tuesday = next(c for c in doc._.claims if c.text.endswith("Tuesday"))
    assert tuesday.date is not None and tuesday.date.start == dt.date(2026, 11, 24)


def test_a_doc_s_own_publish_date_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("The bridge opened on Monday.")
    doc._.published = dt.date(2025, 5, 1)
    for _, component in nlp.pipeline:
        doc = component(doc)
    monday = next(c for c in doc._.claims if "Monday" in c.text)
    assert monday.date is not None and monday.date.start == dt.date(2025, 4, 28)


def test_what_extraction_keeps_on_a_doc_is_plain_data() -> None:
    """Extraction caches per-document readings (sentence bounds, clock times) in
    ``doc.user_data``; they must not stop a spaCy user's ``doc.to_bytes()``."""
    from spacy.tokens import Doc

    from claimdiff.extract import extract_doc
    from claimdiff.nlp import load_pipeline
    from claimdiff.types import Article

    nlp = load_pipeline()
    text = "The ferry sank at 2:40 p.m. on Sunday, and at least 41 people died."
    doc = nlp(text)
    claims = extract_doc(doc, Article(id="a", path="a", text=text))
    assert [c.clock for c in claims if c.clock] == ["14:40"]
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes()).text == text


def test_a_doc_with_claims_serialises_and_keeps_them(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    doc = nlp("The ferry sank at 2:40 p.m. on Sunday, and at least 41 people died.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.claims == doc._.claims and [c.text for c in again._.claims] == ["2:40 p.m.", "Sunday", "at least 41"]
