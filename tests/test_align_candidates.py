"""Which pairs align asks about: every pair of a small block; in a large one (a
situation report's hundreds of figures) only pairs sharing an uncommon key, so the
pairs grow with the claims, not their square."""

from __future__ import annotations

from claimdiff.align.facts import facts
from claimdiff.align.candidates import ALL_PAIRS_LIMIT, FIRST_FIGURES, POSTING_LIMIT, candidate_pairs, lead_figures
from claimdiff.align.text import features
from claimdiff.extract.base import DisjointSpans
from claimdiff.types import Claim, ClaimKind

PLACES = ("Tarvik", "Lomond", "Eastmere", "Kessel", "Brightwater", "Orlov", "Harlan", "Mossgiel")


def report(article: str, lines: int, shift: int = 0) -> list[Claim]:
    """One agency's list: a toll per district, each line its own district and figure."""
    out, start = [], 0
    for i in range(lines):
        value = 3 + (7 * i + shift) % 97
        text = f"{value} people"
        sentence = f"In {PLACES[i % len(PLACES)]} ward {i // len(PLACES) + 1}, {value} people died on Monday."
        out.append(Claim(kind=ClaimKind.CASUALTY, article=article, start=start, end=start + len(text), text=text,
                         sentence=sentence, value=value, measure="dead", concept="people", score=0.8))
        start += len(sentence) + 1
    return out


def pairs(block: list[Claim]) -> list[tuple[int, int]]:
    known = [facts(c) for c in block]
    feats = [features(c) for c in block]
    return candidate_pairs(block, known, [f.value for f in known], lead_figures(block, known), feats.__getitem__)


def test_a_small_block_asks_every_pair() -> None:
    block = report("a", 10) + report("b", 10, shift=3)
    assert len(pairs(block)) == 20 * 19 // 2


def test_a_large_block_asks_pairs_in_proportion_to_its_claims() -> None:
    for lines in (200, 800, 3200):
        block = report("a", lines) + report("b", lines, shift=3)
        assert len(block) > ALL_PAIRS_LIMIT
        # a bound on the pairs per claim that does not grow with the block (all pairs: n / 2)
        assert len(pairs(block)) / len(block) < POSTING_LIMIT


def test_a_large_block_still_pairs_the_same_district_and_the_lead_figures() -> None:
    a, b = report("a", 200), report("b", 200, shift=3)
    block = a + b
    found = set(pairs(block))
    # "Kessel ward 3" in both reports: the rare words bring the two lines together
    i = next(k for k, c in enumerate(a) if "Kessel ward 3," in c.sentence)
    j = len(a) + next(k for k, c in enumerate(b) if "Kessel ward 3," in c.sentence)
    assert (i, j) in found
    assert (0, len(a)) in found  # each report's first toll
    # a common key pairs only each article's first figures, not every line with every line
    assert (FIRST_FIGURES + 50, len(a) + FIRST_FIGURES + 60) not in found


def test_disjoint_spans_take_the_first_of_overlapping_ones() -> None:
    spans = DisjointSpans()
    assert spans.add(10, 20) and spans.add(30, 40) and spans.add(20, 30)
    assert not spans.add(15, 16) and not spans.add(5, 11) and not spans.add(39, 50)
    assert spans.free(40, 45) and spans.free(0, 10)
    assert spans.add(0, 10) and spans.add(40, 41)
