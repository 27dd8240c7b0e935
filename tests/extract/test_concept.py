"""What is counted and what is said of it."""

from __future__ import annotations

import pytest
from numeric_helpers import only

from claimdiff.types import ClaimKind


@pytest.mark.parametrize(
    "text, span, concept, measure",
    [
        ("The ministry has sent about 2,000 engineers to the north.", "about 2,000", "engineer", "sent"),
        ("Crews evacuated 640 patients from the hospital.", "640", "patient", "evacuated"),
        ("The carmaker employed 12,000 workers at its peak.", "12,000", "worker", "employed"),
        ("Hundreds of Ukrainian refugees crossed the border.", "Hundreds", "refugee", "crossed"),
        ("A crowd of 30,000 filled the square.", "30,000", "crowd", None),
        ("Officials found 3.4m counterfeit banknotes.", "3.4m", "banknote", "found"),
        ("Only 14 of the 60 passengers had tickets.", "60", "passenger", None),
        ("One person was killed and 8 others were hurt.", "One", "people", "killed"),
        # a member of a group counts the group: "six crew members" as "a crew of six"
        ("The ferry carried 40 passengers and six crew members.", "six", "crew", None),
        ("The club’s 300 members voted to merge.", "300", "club", "voted"),
    ],
)
def test_concept_and_measure(numeric, text, span, concept, measure):
    claim = only(numeric(text), span)
    assert claim.concept == concept
    if measure is not None:
        assert claim.measure == measure


def test_of_them_refers_to_the_count_before(numeric):
    text = "The firm hired 900 apprentices last year. Some 300 of them have since left."
    claim = only(numeric(text), "Some 300")
    assert claim.concept == "apprentice"
    assert claim.kind == ClaimKind.COUNT


def test_of_them_without_a_count_takes_the_nearest_plural_noun(numeric):
    text = "Volunteers cleared the beach after the spill. 40 of them needed treatment."
    assert only(numeric(text), "40").concept == "volunteer"


def test_anaphora_does_not_reach_back_two_sentences(numeric):
    text = "The navy deployed 12 frigates. The weather was calm. Later, 5 of them returned."
    assert only(numeric(text), "5").concept != "frigate"


def test_bare_figure_without_noun_or_verb_is_dropped(numeric):
    assert numeric("The answer, in short, is 42.") == []


def test_bare_subject_figure_counts_what_the_figure_before_it_counts(numeric):
    text = "At least 80 pilgrims died and 150 were injured in the crush."
    claim = only(numeric(text), "150")
    assert claim.concept == "pilgrim" and claim.measure == "wounded"
    assert any("ellipsis" in n for n in claim.explanation.notes)


def test_proper_plural_is_singular(numeric):
    assert only(numeric("The raid killed 14 Iraqis, police said."), "14").concept == "iraqi"


@pytest.mark.parametrize("text, span, concept", [
    ("A 40,000-strong crowd marched through the capital.", "40,000", "crowd"),
    ("The 3,000-strong force arrived on Monday.", "3,000", "force"),
])
def test_n_strong_counts_the_noun_after_it(numeric, text, span, concept):
    assert only(numeric(text), span).concept == concept


def test_hyphenated_modifier_is_not_a_count(numeric):
    assert numeric("They rented a three-bedroom house near the port.") == []


@pytest.mark.parametrize("text, figure, noun", [
    ("The grocer was sold in a $9.1 billion deal on Friday.", "$9.1 billion", "deal"),
    ("The bank reported a net loss of 1.9 billion euros for the quarter.", "1.9 billion euros", "loss"),
    ("Quarterly revenue rose 12 percent from a year earlier.", "12 percent", "revenue"),
    ("The new drug was 64% effective in the second trial.", "64%", None),
    ("The new drug cut hospital stays by 30 percent.", "30 percent", None),  # the subject acts: an agent
    # the move's adverb between the figure and its verb; a joined verb shares the first one's subject
    ("Its shares erased early gains and closed down 4.2% in Milan.", "4.2%", "share"),
    ("The stock rose in early trade and ended 2.3% higher.", "2.3%", "stock"),
])
def test_the_noun_an_amount_measures(numeric, text, figure, noun) -> None:
    claims = {c.text: c for c in numeric(text)}
    assert claims[figure].amount_of == noun, {t: c.amount_of for t, c in claims.items()}
    assert claims[figure].concept is None  # the concept is what a count counts
