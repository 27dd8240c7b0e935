"""Figures that agree as numbers but read as one figure misread: swapped digits, a
change read as the level it reaches. Sentences written here in news style."""

from __future__ import annotations

from claimdiff.judge.misreadings import change_and_level, reading, transposed
from claimdiff.types import Claim, ClaimKind

K = ClaimKind


def claim(kind: ClaimKind, text: str, sentence: str, value: float, unit: str | None = None) -> Claim:
    return Claim(kind=kind, article="a", start=0, end=len(text), text=text, sentence=sentence, value=value, unit=unit)


def test_two_neighbouring_digits_swapped() -> None:
    a = claim(K.CASUALTY, "364", "In 1998, 364 pilgrims died in a crush on the bridge.", 364)
    b = claim(K.CASUALTY, "at least 346", "At least 346 pilgrims were killed on the bridge in 1998.", 346)
    assert transposed(a, b)
    money_a = claim(K.MONEY, "$1.25bn", "The deal is worth $1.25bn.", 1.25e9, "USD")
    money_b = claim(K.MONEY, "about $1.52bn", "The deal is worth about $1.52bn.", 1.52e9, "USD")
    assert transposed(money_a, money_b)


def test_not_a_transposition() -> None:
    def count(text: str, value: float) -> Claim:
        return claim(K.COUNT, text, f"Officials counted {text} homes.", value)
    assert not transposed(count("12", 12), count("21", 21))  # two digits: too often a coincidence
    assert not transposed(count("1,500", 1500), count("1,050", 1050))  # a zero swapped: round figures
    assert not transposed(count("364", 364), count("463", 463))  # not neighbours
    assert not transposed(count("364", 364), count("364", 364))
    assert not transposed(count("346", 346), count("364 million", 364e6))  # another scale


def test_by_is_the_change_to_is_the_level() -> None:
    by = claim(K.MONEY, "around €6 billion", "The bank will reduce its costs by around €6 billion over three years.",
               6e9, "EUR")
    to = claim(K.MONEY, "€6 billion", "The bank will reduce annual operating costs by a fifth to €6 billion.", 6e9, "EUR")
    assert reading(by) == "by" and reading(to) == "to"
    assert change_and_level(by, to) == (to, by)
    pct = claim(K.PERCENT, "40%", "The plan cuts emissions by 40% by 2030.", 40, "percent")
    assert reading(pct) == "by"


def test_no_reading_without_a_verb_of_change() -> None:
    sold = claim(K.MONEY, "€6 billion", "The unit was sold to investors for €6 billion.", 6e9, "EUR")
    bound = claim(K.MONEY, "€6 billion", "Costs will rise up to €6 billion, analysts said.", 6e9, "EUR")
    went = claim(K.MONEY, "€6 billion", "The contract went to a rival bidding €6 billion.", 6e9, "EUR")
    assert reading(sold) is None and reading(bound) is None and reading(went) is None
    assert change_and_level(sold, sold) is None


def test_two_bounds_with_swapped_digits_may_be_successive_counts() -> None:
    from claimdiff.judge.misreadings import misread
    early = Claim(kind=K.CASUALTY, article="a", start=0, end=12, text="at least 457", value=457, low=457,
                  qualifier="at least", sentence="At least 457 people were killed, officials said.")
    late = Claim(kind=K.CASUALTY, article="b", start=0, end=12, text="at least 547", value=547, low=547,
                 qualifier="at least", sentence="At least 547 people were killed, officials said.")
    names = {"a": "Harbour Post", "b": "Gulf Desk"}
    assert transposed(early, late) and misread(early, late, names, "toll") is None
    exact = Claim(kind=K.CASUALTY, article="b", start=0, end=3, text="547", value=547,
                  sentence="The crush killed 547 people, officials said.")
    assert misread(early, exact, names, "toll") is not None
