"""numeric.figure is cached by what it reads of a claim: the findings must be those of
computing every figure afresh, and two claims of one value written differently (so
rounded differently) must not share a cached figure."""

from __future__ import annotations

from claimdiff.judge import numeric as judge_numeric
from claimdiff.align import ClaimGroup
from claimdiff.judge import judge
from claimdiff.types import Article, Claim, ClaimKind

K = ClaimKind


def claim(article: str, text: str, sentence: str, **kw) -> Claim:
    start = sentence.find(text)
    return Claim(kind=kw.pop("kind", K.COUNT), article=article, start=start, end=start + len(text), text=text,
                 sentence=sentence, score=0.8, **kw)


ARTICLES = [Article(id=i, path=f"{i}.txt", text="", source=f"Outlet {i.upper()}") for i in ("a", "b", "c")]
# one article restating a figure, two others with a nearby and a distant one, and units
GROUPS = [
    ClaimGroup(key=("count", "count", "*"), claims=(
        claim("a", "1,200 workers", "The mill laid off 1,200 workers on Friday.", value=1200, concept="worker"),
        claim("a", "1,200", "Union leaders said 1,200 jobs went.", value=1200, concept="worker"),
        claim("b", "1,250 workers", "About 1,250 workers lost their jobs at the mill.", value=1250, concept="worker",
              qualifier="about"),
        claim("c", "900 workers", "The mill cut 900 workers this week.", value=900, concept="worker"),
    ), similarity=0.7),
    ClaimGroup(key=("quantity", "[length]", "length"), claims=(
        claim("a", "12 km", "The new tunnel runs 12 km under the bay.", kind=K.QUANTITY, value=12, unit="kilometer",
              measure="length"),
        claim("b", "7.5 miles", "The tunnel is 7.5 miles long.", kind=K.QUANTITY, value=7.5, unit="mile",
              measure="length"),
        claim("c", "12,000 metres", "Its bore stretches 12,000 metres.", kind=K.QUANTITY, value=12000, unit="meter",
              measure="length"),
    ), similarity=0.6),
]


def test_cached_figures_give_the_findings_of_fresh_ones() -> None:
    judge_numeric._figure.cache_clear()
    fresh = judge(GROUPS, ARTICLES)
    assert judge_numeric._figure.cache_info().hits > 0  # pairs and timelines ask again
    cached = judge(GROUPS, ARTICLES)
    assert cached == fresh
    assert any(f.verdict.value == "conflict" for f in fresh)


def test_one_value_written_two_ways_keeps_its_own_rounding() -> None:
    from claimdiff.options import Options

    rounded = claim("a", "1.2 billion", "Sales reached 1.2 billion.", kind=K.MONEY, value=1.2e9, unit="USD")
    finer = claim("b", "1.20 billion", "Sales reached 1.20 billion.", kind=K.MONEY, value=1.2e9, unit="USD")
    options = Options()
    assert judge_numeric.figure(rounded, options).ulp == 5e7
    assert judge_numeric.figure(finer, options).ulp == 5e6
