"""The attribute ruler answered once per word form gives every token what spaCy's gives it."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from claimdiff import attribute_ruler, nlp
from claimdiff.attribute_ruler import CachedAttributeRuler, use_cached_ruler

# Sentences in news style that reach the ruler's exceptions: contractions, "there is",
# auxiliaries against main verbs, determiners standing alone, spoken forms, blank lines.
TEXTS = [
    "There's no sign of the two fishermen, and there are 14 boats still out, the coastguard said.",
    "\"We ain't leaving,\" one resident said. \"Y'all can see there's nothin' left.\"",
    "Officials did not say how many had died; they have done this before and it isn't over.",
    "That is what the mayor wants, and this was the third such fire. Which ones burned?",
    "The company said it's gonna cut 1,200 jobs by 2027.\n\nShares fell 4% on Tuesday.",
    "I told him, and he told me: you can't rebuild a town in a year.",
]
ATTRS = [POS, TAG, DEP, HEAD, LEMMA, MORPH]


@pytest.fixture(scope="module")
def pipelines():
    return nlp.load_model(), nlp.load_pipeline()


def _annotations(pipe, texts):
    return [(doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc]) for doc in pipe.pipe(texts)]


def test_the_pipeline_parses_with_the_cached_ruler_in_the_same_place(pipelines) -> None:
    stock, ours = pipelines
    assert isinstance(ours.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert [n for n in ours.pipe_names if n != nlp.PARAGRAPHS] == stock.pipe_names


def test_every_token_gets_what_spacys_ruler_gives_it(pipelines) -> None:
    stock, ours = pipelines
    stock_docs = list(stock.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))
    ruler = CachedAttributeRuler(stock.get_pipe("attribute_ruler"))  # one vocabulary for both
    for doc in stock_docs:
        expected, got = doc.copy(), doc.copy()
        stock.get_pipe("attribute_ruler")(expected)
        ruler(got)
        assert got.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist(), doc.text
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]
        assert all(t.pos_ for t in got)  # the ruler did set every part of speech


def test_the_two_pipelines_annotate_alike(pipelines) -> None:
    stock, ours = pipelines
    assert _annotations(ours, TEXTS) == _annotations(stock, TEXTS)


def test_a_word_met_again_is_answered_from_the_table(pipelines) -> None:
    ruler = pipelines[1].get_pipe("attribute_ruler")
    pipelines[1]("The storm is over.")
    known = len(ruler.forms)
    pipelines[1]("The storm is over.")
    assert len(ruler.forms) == known > 0


def test_a_full_table_starts_again_with_the_same_answers(pipelines, monkeypatch) -> None:
    stock, ours = pipelines
    monkeypatch.setattr(attribute_ruler, "MAX_FORMS", 5)
    assert _annotations(ours, TEXTS) == _annotations(stock, TEXTS)
    assert len(ours.get_pipe("attribute_ruler").forms) <= 5 + max(len(stock(t)) for t in TEXTS)


def _blank_with(patterns: list[dict]) -> spacy.language.Language:
    pipe = spacy.blank("en")
    pipe.add_pipe("attribute_ruler").add_patterns(patterns)
    return pipe


def test_patterns_over_several_tokens_or_optional_ones_still_match_as_spacy_does() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na", "OP": "?"}]], "attrs": {"LEMMA": "go"}},
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
        {"patterns": [[{"LOWER": {"IN": ["storm", "storms"]}}]], "attrs": {"LEMMA": "storm"}},
        {"patterns": [[{"LOWER": "storm"}]], "attrs": {"LEMMA": "gale"}},  # a later rule wins
    ]
    texts = ["They are gon na go.", "gon", "The storm and the storms, gon."]
    stock = _blank_with(patterns)
    cached = _blank_with(patterns)
    assert use_cached_ruler(cached)
    assert [[t.lemma_ for t in d] for d in cached.pipe(texts)] == [[t.lemma_ for t in d] for d in stock.pipe(texts)]
    assert [t.lemma_ for t in cached("the storm")] == ["", "gale"]


def test_a_ruler_reading_more_than_text_tag_and_label_is_left_as_spacy_built_it() -> None:
    pipe = _blank_with([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"LEMMA": "thing"}}])
    assert not use_cached_ruler(pipe)
    assert type(pipe.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    at_start = _blank_with([{"patterns": [[{"IS_SENT_START": True}]], "attrs": {"LEMMA": "first"}}])
    assert not use_cached_ruler(at_start)  # where the token stands is not the word's
    assert not use_cached_ruler(spacy.blank("en"))  # no ruler at all
