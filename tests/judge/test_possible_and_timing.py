"""judge on hand-made groups: possible conflicts, report times, updates within one
article, and dates an editor cannot use. Sentences written here."""

from __future__ import annotations

import datetime as dt

from claimdiff.align import ClaimGroup
from claimdiff.baseline import gated
from claimdiff.judge import judge
from claimdiff.report import Report, render
from claimdiff.types import Article, Claim, ClaimKind, DateValue, Story, Verdict

K = ClaimKind


def claim(article: str, text: str, sentence: str, kind: ClaimKind = K.CASUALTY, **kw) -> Claim:
    start = sentence.find(text)
    return Claim(kind=kind, article=article, start=start, end=start + len(text), text=text,
                 sentence=sentence, score=0.9, **kw)


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), "day")


def articles(**published: dt.date | None) -> list[Article]:
    return [Article(id=k, path=f"{k}.txt", text="", source=f"Outlet {k.upper()}", published=v)
            for k, v in published.items()]


TOLL_A = claim("a", "20", "The landslide killed 20 people in the valley.", value=20, measure="killed")
TOLL_B = claim("b", "41", "The landslide has killed 41 people in the valley.", value=41, measure="killed")


def test_a_toll_reported_days_apart_is_an_update() -> None:
    group = ClaimGroup(key=("count", "count", "killed, wounded or missing"), claims=(TOLL_A, TOLL_B), similarity=0.8)
    [f] = judge([group], articles(a=dt.date(2019, 11, 26), b=dt.date(2019, 11, 28)))
    assert f.verdict is Verdict.CONFLICT and not f.possible
    assert f.days_apart == 2 and f.change == "update"
    assert "Timeline: 20 (26 Nov) → 41 (28 Nov): updated in later reports." in f.explanation
    assert not gated(f, "conflict")  # an update is shown, but does not fail a check


def test_a_day_stated_in_the_sentence_beats_the_publish_date() -> None:
    a = claim("a", "20", "By Tuesday the landslide had killed 20 people.", value=20, measure="killed")
    b = claim("b", "22", "By Tuesday the landslide had killed 22 people, officials said.", value=22,
              measure="killed")
    tue_a = claim("a", "Tuesday", a.sentence, kind=K.DATE, date=day(2019, 11, 26), measure="kill")
    tue_b = claim("b", "Tuesday", b.sentence, kind=K.DATE, date=day(2019, 11, 26), measure="kill")
    groups = [ClaimGroup(key=("count", "count", "killed, wounded or missing"), claims=(a, b), similarity=0.8),
              ClaimGroup(key=("date", "time", "*"), claims=(tue_a, tue_b), similarity=0.8)]
    [conflict] = [f for f in judge(groups, articles(a=dt.date(2019, 11, 26), b=dt.date(2019, 11, 29)))
                  if f.verdict is Verdict.CONFLICT]
    assert conflict.days_apart == 0
    assert "Both reported as of 26 Nov 2019." in conflict.explanation


def test_without_dates_the_conflict_says_so() -> None:
    group = ClaimGroup(key=("count", "count", "killed, wounded or missing"), claims=(TOLL_A, TOLL_B), similarity=0.8)
    [f] = judge([group], articles(a=None, b=None))
    assert f.days_apart is None and "Report dates unknown" in f.explanation


def test_figures_naming_nothing_alike_make_a_possible_conflict() -> None:
    a = claim("a", "12%", "Sales at the chain were up 12% in the spring.", kind=K.PERCENT, value=12,
              unit="percent")
    b = claim("b", "8%", "Sales at the chain rose 8% over the spring.", kind=K.PERCENT, value=8, unit="percent")
    [f] = judge([ClaimGroup(key=("percent", "percent", "*"), claims=(a, b), similarity=0.7)], articles(a=None, b=None))
    assert f.verdict is Verdict.CONFLICT and f.possible
    assert f.confidence < 0.70 and "Possible conflict" in f.explanation
    assert f.to_dict()["possible"] is True
    assert not gated(f, "conflict") and gated(f, "any")
    story = Story(name="s", articles=tuple(articles(a=None, b=None)), findings=(f,), claims=(a, b))
    report = Report(tool={"name": "claimdiff", "version": "0", "pipeline": {}}, stories=(story,))
    assert "Possible conflicts" in render(report, "text") and "POSSIBLE CONFLICT" in render(report, "text")
    assert "#### Possible conflicts" in render(report, "markdown")
    assert "POSSIBLE CONFLICT" in render(report, "html")


def test_one_article_updating_its_toll_is_not_a_self_contradiction() -> None:
    early = claim("a", "24", "By noon 24 people were dead across the flooded towns.", value=24, measure="killed")
    late = claim("a", "48", "The broadcaster later put the toll at 48, officials said.", value=48, measure="killed")
    other = claim("b", "48", "Officials said 48 people died in the flooded towns.", value=48, measure="killed")
    group = ClaimGroup(key=("count", "count", "killed, wounded or missing"), claims=(early, late, other),
                       similarity=0.6)
    [f] = judge([group], articles(a=None, b=None))
    assert f.verdict is Verdict.CONFLICT and not f.self_contradiction
    assert "Outlet A gives both" in f.explanation


def test_the_day_a_source_spoke_and_an_unresolved_date_are_not_findings() -> None:
    said = claim("a", "Monday", "Police said on Monday that the road was closed.", kind=K.DATE,
                 date=day(2025, 4, 28), measure="say")
    vague = claim("a", "last year", "The bridge was visited last year by engineers.", kind=K.DATE, measure="visit",
                  unresolved="no publish date")
    kept = claim("a", "2022", "The bridge was built in 2022.", kind=K.DATE, measure="build",
                 date=DateValue(dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"))
    groups = [ClaimGroup(key=("date", "time", "*"), claims=(c,)) for c in (said, vague, kept)]
    found = judge(groups, articles(a=None))
    assert [f.claims[0].text for f in found] == ["2022"]
