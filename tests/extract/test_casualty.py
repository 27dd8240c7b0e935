"""Casualty figures: measure, bound and what is counted, from text we wrote."""

from __future__ import annotations

import pytest
from numeric_helpers import only

from claimdiff.types import ClaimKind


@pytest.mark.parametrize(
    "text, span, measure, concept, low, high",
    [
        ("Officials said more than 40 miners had died after the shaft collapsed.", "more than 40", "killed", "miner", 40, None),
        ("The ferry sank overnight and 112 passengers were killed.", "112", "killed", "passenger", 112, 112),
        ("At least 12 people were injured when the stand gave way.", "At least 12", "wounded", "people", 12, None),
        ("The storm left 30 dead and dozens homeless across the province.", "30", "killed", None, 30, 30),
        ("A car bomb exploded near the market, killing at least 9.", "at least 9", "killed", None, 9, None),
        ("Rescuers said nearly 300 climbers remain missing on the mountain.", "nearly 300", "missing", "climber", None, 300),
        ("The army has lost 2,000 troops, and 900 of them were killed or wounded in May.", "900", "killed or wounded", "troop", 900, 900),
        ("The death toll rose to 57 on Tuesday, the health ministry said.", "57", "killed", None, 57, 57),
        ("Police reported 14 casualties after the crush outside the stadium.", "14", "killed or wounded", None, 14, 14),
        ("At least 5 people lost their lives when the bus overturned.", "At least 5", "killed", "people", 5, None),
        ("Four firefighters were among the dead.", "Four", "killed", "firefighter", 4, 4),
        ("Some 40 passengers are still unaccounted for.", "Some 40", "missing", "passenger", 36, 44),
        ("The landslide claimed 22 lives in the valley.", "22", "killed", None, 22, 22),
        ("Divers are still searching for 6 fishermen who remain missing off the cape.", "6", "missing", "fisherman", 6, 6),
        ("Doctors treated 31 commuters who were injured in the derailment.", "31", "wounded", "commuter", 31, 31),
        # the figure, not its partitive noun, is the subject of the verb
        ("The trawler sank at dawn, and officials said four of its 11 crew had died.", "four", "killed", "crew", 4, 4),
        ("The consulate said nine Dutch tourists were among those killed in the blast.", "nine", "killed", "tourist", 9, 9),
        ("Two climbers are feared to be among the dead, the rescue team said.", "Two", "killed", "climber", 2, 2),
        ("Five tourists were among the victims of the blast.", "Five", "killed or wounded", "tourist", 5, 5),
        # a tally's noun is what the figure it rose to counts
        ("The number of miners killed in the blast has risen to 61, officials said.", "61", "killed", "miner", 61, 61),
    ],
)
def test_casualty_claims(numeric, text, span, measure, concept, low, high):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.CASUALTY
    assert claim.measure == measure
    assert claim.concept == concept
    assert (claim.low, claim.high) == (low, high)


def test_a_relative_clause_that_is_not_a_casualty_stays_a_count(numeric):
    claim = only(numeric("The bakery hired 45 apprentices who remain on probation."), "45")
    assert claim.kind == ClaimKind.COUNT


def test_agent_of_killing_is_not_a_casualty(numeric):
    claim = only(numeric("Four gunmen killed two guards at the bank on Friday."), "Four")
    assert claim.kind == ClaimKind.COUNT
    assert claim.concept == "gunman"


def test_anaphora_takes_the_previous_count_noun(numeric):
    text = "The province sent some 8,000 volunteers to the coast. About 1,200 of them were wounded by debris."
    claims = numeric(text)
    sent = only(claims, "some 8,000")
    assert sent.kind == ClaimKind.COUNT and sent.measure == "sent" and sent.concept == "volunteer"
    hurt = only(claims, "About 1,200")
    assert hurt.kind == ClaimKind.CASUALTY and hurt.concept == "volunteer" and hurt.measure == "wounded"
    assert any("anaphora" in n for n in hurt.explanation.notes)


def test_coordinated_verbs_each_keep_their_own_figure(numeric) -> None:
    # each figure is the object of its own verb: 26 killed, 650 injured
    claims = numeric("A strong earthquake killed 26 people and injured 650 on Monday, the agency said.")
    measures = {c.text: c.measure for c in claims if c.kind.value == "casualty"}
    assert measures.get("26") == "killed"
    assert measures.get("650") == "wounded"


def test_holders_are_the_clause_entities(numeric) -> None:
    claims = {c.text: c.holder for c in numeric(
        "Shares of Amazon rose 3 percent while Whole Foods shares jumped 28 percent on Friday.")}
    assert claims["3 percent"] == "amazon"
    assert claims["28 percent"] == "whole foods"


@pytest.mark.parametrize("sentence, figure, place", [
    ("In Kessel district 12, 40 people died and 85 were injured on Monday.", "40", "in:kessel district 12"),
    ("In Kessel district 12, 40 people died and 85 were injured on Monday.", "85", "in:kessel district 12"),
    ("The floods destroyed 300 homes in ward 7, the council said.", "300", "in:ward 7"),
    ("Officials in Port Nevin said 14 people were missing after the storm.", "14", "in:port nevin"),
    ("Twelve people died in hospital in 2019, the report said.", "Twelve", None),
    ("At least 90 people were hurt in the crush, which began near the second gate.", "At least 90", None),
])
def test_the_named_place_a_figure_is_stated_of(numeric, sentence, figure, place) -> None:
    holders = {c.text: c.holder for c in numeric(sentence)}
    found = holders[figure]
    assert ({h for h in (found or "").split("|") if h.startswith("in:")} or {None}) == {place}
