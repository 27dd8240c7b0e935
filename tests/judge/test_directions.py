"""A move up against a move down: never one value, a conflict when grouped.
Sentences written here in news style."""

from __future__ import annotations

import math

from claimdiff.align.roles import direction
from claimdiff.align.values import compatible, opposite_moves
from claimdiff.judge.numeric import compare
from claimdiff.options import Options
from claimdiff.types import Claim, ClaimKind, Verdict

K = ClaimKind


def pct(article: str, text: str, sentence: str, value: float, low: float | None = None) -> Claim:
    return Claim(kind=K.PERCENT, article=article, start=0, end=len(text), text=text, sentence=sentence,
                 value=value, low=value if low is None else low, high=math.inf if low is not None else value,
                 unit="percent", qualifier="more than" if low is not None else None)


def test_the_direction_is_read_from_the_verb_or_particle_before_or_the_noun_after() -> None:
    cases = {
        ("Shares in the lender opened up more than 2 per cent in Zurich.", "more than 2 per cent"): "up",
        ("The shares closed down 4.8% in Zurich.", "4.8%"): "down",
        ("Its US-listed stock slid 3.5% in early trade.", "3.5%"): "down",
        ("The index edged up 0.4% on Friday.", "0.4%"): "up",
        ("Retail sales posted a 2 percent drop in May.", "2 percent"): "down",
        ("Rents were 12% higher than a year earlier.", "12%"): "up",
        ("Profit rose by about 8% to a record.", "8%"): "up",
        ("The index edged 0.4% on Friday.", "0.4%"): None,  # which way is not written
        ("The party won 38% of the vote.", "38%"): None,
    }
    for (sentence, text), want in cases.items():
        assert direction(pct("a", text, sentence, 1.0)) == want, sentence


def test_opposite_moves_never_share_a_value_and_conflict_when_judged() -> None:
    up = pct("a", "3%", "Shares of the carmaker rose 3% in Tokyo on Monday.", 3)
    down = pct("b", "3%", "Shares of the carmaker fell 3% in Tokyo on Monday.", 3)
    assert opposite_moves(up, down) and not compatible(up, down)
    out = compare(up, down, {"a": "Harbour Post", "b": "Gulf Desk"}, "share move", Options())
    assert out.verdict == Verdict.CONFLICT and out.code == "PC07"
    assert "Harbour Post reports a rise" in out.reason and "Gulf Desk a fall" in out.reason


def test_a_bound_up_does_not_agree_with_a_larger_fall() -> None:
    bound = pct("a", "more than 3 per cent", "Shares opened up more than 3 per cent in Frankfurt.", 3, low=3)
    fall = pct("b", "6%", "The stock dropped 6% in New York.", 6)
    assert not compatible(bound, fall)
    same_way = pct("b", "6%", "The stock jumped 6% in New York.", 6)
    assert compatible(bound, same_way) and not opposite_moves(bound, same_way)


def test_a_count_moves_only_as_index_points() -> None:
    def count(text: str, sentence: str, value: float) -> Claim:
        return Claim(kind=K.COUNT, article="a", start=0, end=len(text), text=text, sentence=sentence, value=value)
    assert direction(count("12", "Police tracked down 12 suspects overnight.", 12)) is None
    assert direction(count("12", "Police rounded up 12 suspects overnight.", 12)) is None
    assert direction(count("240", "The index fell 240 points by the close.", 240)) == "down"
