"""Attribution: who says so, on every claim of the sentence or quote."""

from __future__ import annotations

import pytest

from claimdiff.extract.attribution import attribute, sentence_sources
from claimdiff.extract.numeric import NumericExtractor
from claimdiff.types import Article, Claim, ClaimKind


def _attributed(nlp, text):
    doc = nlp(text)
    claims = NumericExtractor().extract(doc, Article(id="a", path="a.txt", text=text))
    return attribute(doc, claims)


@pytest.mark.parametrize(
    "text, source",
    [
        ("According to the regional health department, 48 people were treated.", "regional health department"),
        ("The coast guard said 16 fishermen were rescued.", "coast guard"),
        ("State media reported that 3,000 troops took part.", "State media"),
        ("Citing police records, the paper said 70 cars were stolen.", "police records"),
        ("Local officials estimated that 2,500 homes had flooded.", "Local officials"),
        ("Satellite images reviewed by analysts showed 14 aircraft at the base.", "Satellite images reviewed by analysts"),
        ("An audit released on Monday found 1,300 unpaid invoices.", "audit"),
        ("A leaked assessment shared with diplomats put the toll at 900 dead.", "leaked assessment"),
        ("As per the league's statement, 11 players were suspended.", "league's statement"),
    ],
)
def test_sentence_sources(nlp, text, source):
    claims = _attributed(nlp, text)
    assert claims, text
    assert all(c.attribution is not None for c in claims)
    assert source.lower() in claims[0].attribution.lower() or claims[0].attribution.lower() in source.lower()


def test_pronoun_subject_is_not_a_source(nlp):
    claims = _attributed(nlp, "He said 40 buses were cancelled.")
    assert claims and claims[0].attribution is None


def test_unattributed_sentence_stays_none(nlp):
    claims = _attributed(nlp, "Storms damaged 300 homes on the island.")
    assert claims and claims[0].attribution is None


def test_quote_spanning_sentences_takes_the_speaker(nlp):
    text = "“We lost 200 sheep. Another 50 are missing,” the farmer told reporters."
    sources = sentence_sources(nlp(text))
    assert sources and all("farmer" in s for s, _ in sources.values())
    claims = _attributed(nlp, text)
    assert {c.text for c in claims} >= {"200", "50"}
    assert all(c.attribution and "farmer" in c.attribution for c in claims)


def test_applies_to_claims_of_any_kind(nlp):
    text = "The ministry said the work would finish in March."
    doc = nlp(text)
    start = text.index("March")
    date_claim = Claim(kind=ClaimKind.DATE, article="a", start=start, end=start + 5, text="March")
    (out,) = attribute(doc, [date_claim])
    assert out.attribution == "ministry"


def test_existing_attribution_is_kept(nlp):
    text = "Police said 12 people were arrested."
    doc = nlp(text)
    claim = Claim(kind=ClaimKind.COUNT, article="a", start=12, end=14, text="12", attribution="witnesses")
    assert attribute(doc, [claim])[0].attribution == "witnesses"


def test_source_of_a_subordinate_clause_does_not_cover_the_main_clause(nlp):
    text = "Completion is planned for 2027, shortly after the company admitted hiring 300 contractors."
    claims = _attributed(nlp, text)
    contractors = next(c for c in claims if c.text == "300")
    assert contractors.attribution == "company"
    assert sentence_sources(nlp(text)) == {}


def test_inner_reporting_verb_beats_the_sentence_source(nlp):
    text = "Officials said the fire destroyed 40 homes, while residents claimed that 60 were lost."
    by_text = {c.text: c.attribution for c in _attributed(nlp, text)}
    assert by_text["40"] == "Officials"
    assert by_text["60"] == "residents"


def test_provider_of_a_photo_is_the_source(nlp):
    text = "A photo released by the army shows 12 tanks crossing the river."
    assert _attributed(nlp, text)[0].attribution == "army"


def test_claimed_lives_is_not_a_report(nlp):
    assert _attributed(nlp, "The blast claimed 22 lives.")[0].attribution is None
