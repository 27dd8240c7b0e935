"""judge works each claim's figure out once per group (a memo by id() of the
group's claims): the findings must be those of computing it afresh for every pair."""

from __future__ import annotations

from claimdiff.judge import numeric as judge_numeric
from claimdiff.judge import verdict as judge_mod
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


def test_memoised_figures_give_the_same_findings(monkeypatch) -> None:
    calls: list[Claim] = []
    figure = judge_numeric.figure

    def counted(c, options):
        calls.append(c)
        return figure(c, options)

    monkeypatch.setattr(judge_numeric, "figure", counted)
    memoised = judge(GROUPS, ARTICLES)
    # once per claim of each group, not once per pair
    assert len(calls) == sum(len(g.claims) for g in GROUPS)
    assert len({id(c) for c in calls}) == len(calls)

    compare = judge_mod._compare
    monkeypatch.setattr(judge_mod, "_compare", lambda a, b, names, topic, options, articles, figures=None:
                        compare(a, b, names, topic, options, articles))
    afresh = judge(GROUPS, ARTICLES)
    assert memoised == afresh
    assert any(f.verdict.value == "conflict" for f in memoised)
