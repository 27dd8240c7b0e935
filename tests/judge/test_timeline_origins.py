"""Timelines (a figure placed day by day: updates, revisions, same-day conflicts) and
origins (wire copies, agency credits, one cited source). Sentences written here."""

from __future__ import annotations

import dataclasses
import datetime as dt

from claimdiff.align import ClaimGroup
from claimdiff.baseline import Baseline, check, gated
from claimdiff.judge import judge
from claimdiff.judge.origins import copies, credit, find_origins
from claimdiff.report import Report, render
from claimdiff.types import Article, Claim, ClaimKind, DateValue, Story, Verdict

K = ClaimKind
KEY = ("count", "count", "killed, wounded or missing")
NOV = {d: dt.date(2026, 11, d) for d in range(20, 30)}


def toll(article: str, value: float, sentence: str | None = None, **kw) -> Claim:
    text = kw.pop("text", f"{value:g}")
    sentence = sentence or f"The landslide in the valley has killed {text} people, officials said."
    start = sentence.find(text)
    kw.setdefault("low", value)
    kw.setdefault("high", value)
    return Claim(kind=K.CASUALTY, article=article, start=start, end=start + len(text), text=text, sentence=sentence,
                 value=value, measure="killed", score=0.9, **kw)


def outlets(**published: dt.date | None) -> list[Article]:
    return [Article(id=k, path=f"{k}.txt", text=f"Text of {k}.", source=f"Outlet {k.upper()}", published=v)
            for k, v in published.items()]


def one(claims: list[Claim], articles: list[Article]):  # type: ignore[no-untyped-def]
    [f] = judge([ClaimGroup(key=KEY, claims=tuple(claims), similarity=0.9)], articles, origins=find_origins(articles))
    return f


def test_a_rising_toll_over_three_days_is_placed_in_order() -> None:
    # 20 (26 Nov), 22, 28, 30 (27 Nov), 39, 41 (28 Nov): the shape of a real quake's coverage
    days = dict(a=NOV[26], b=NOV[27], c=NOV[27], d=NOV[27], e=NOV[28], f=NOV[28])
    values = dict(a=20, b=22, c=28, d=30, e=39, f=41)
    f = one([toll(k, v) for k, v in values.items()], outlets(**days))
    assert [(p.article, p.day) for p in f.timeline] == [(k, days[k]) for k in "abcdef"]
    assert [p.change for p in f.timeline] == ["first", "update", "conflict", "conflict", "update", "conflict"]
    assert f.change is None  # 28 vs 30 on one day is a conflict whatever the rest
    assert "Timeline: 20 (26 Nov) → 22, 28, 30 (27 Nov) → 39, 41 (28 Nov)" in f.explanation
    assert "22 vs 28 both on 27 Nov: conflict" in f.explanation


def test_an_update_is_told_apart_from_a_conflict_and_does_not_fail_a_check() -> None:
    f = one([toll("a", 20), toll("b", 28), toll("c", 41)], outlets(a=NOV[26], b=NOV[27], c=NOV[28]))
    assert f.verdict is Verdict.CONFLICT and f.change == "update"
    assert [p.change for p in f.timeline] == ["first", "update", "update"]
    assert f.explanation.endswith("Timeline: 20 (26 Nov) → 28 (27 Nov) → 41 (28 Nov): updated in later reports.")
    assert not gated(f) and gated(f, "any")
    story = Story("s", tuple(outlets(a=NOV[26], b=NOV[27], c=NOV[28])), (f,), f.claims)
    report = Report({"name": "claimdiff", "version": "0", "pipeline": {}}, (story,))
    text = render(report, "text")
    assert "1 conflict (1 update)" in text and "UPDATED" in text and "Updated figures" in text
    assert "| 27 Nov 2026 | 28 | Outlet B | update |" in render(report, "markdown")
    html = render(report, "html")
    assert '<svg class="timeline-chart"' in html and html.count('<circle class="pt') == 3
    assert f.to_dict()["timeline"][1] == {"article": "b", "claim": 1, "day": "2026-11-27", "how": "published",
                                          "change": "update"}


def test_a_later_lower_figure_is_a_revision_flagged_for_the_editor() -> None:
    f = one([toll("a", 41), toll("b", 30)], outlets(a=NOV[26], b=NOV[28]))
    assert f.change == "revision" and gated(f)
    assert "Outlet B gives a lower figure (30) on 28 Nov: a revision down, worth checking" in f.explanation


def test_a_day_given_as_the_time_of_the_count_beats_the_publish_date() -> None:
    a = toll("a", 20, "By Tuesday the landslide had killed 20 people.")
    b = toll("b", 28, "The landslide has killed 28 people, officials said.")
    tuesday = Claim(kind=K.DATE, article="a", start=3, end=10, text="Tuesday", sentence=a.sentence, score=0.9,
                    date=DateValue(NOV[24], NOV[24], "day"),
                    measure="kill")
    groups = [ClaimGroup(key=KEY, claims=(a, b), similarity=0.9),
              ClaimGroup(key=("date", "time", "*"), claims=(tuesday,), similarity=1.0)]
    [f] = [f for f in judge(groups, outlets(a=NOV[27], b=NOV[26])) if f.verdict is Verdict.CONFLICT]
    assert [(p.article, p.day, p.how) for p in f.timeline] == [("a", NOV[24], "stated"), ("b", NOV[26], "published")]
    assert f.change == "update"


def test_undated_figures_leave_a_difference_unexplained() -> None:
    f = one([toll("a", 20), toll("b", 28), toll("c", 35)], outlets(a=NOV[26], b=NOV[27], c=None))
    assert [p.change for p in f.timeline] == ["first", "update", "undated"] and f.change is None
    assert "the undated figures cannot be placed" in f.explanation


WIRE = ("Rescue teams in the northern valley worked through the night on Tuesday to reach villages cut off "
        "by the landslide, which buried dozens of homes after days of heavy rain across the region, "
        "officials said. Army helicopters dropped food and water to families stranded on rooftops, and the "
        "regional governor said the search would go on as long as there was hope of finding survivors.")


def test_copies_of_one_wire_story_and_agency_credits_are_one_origin() -> None:
    arts = [Article(id="gazette", path="g.txt", text="VALLEY TOWN (AP) — " + WIRE + " The toll stood at 41.",
                    source="Gazette"),
            Article(id="courier", path="c.txt", text=WIRE.replace("Tuesday", "Tuesday night") + " 41 were dead.",
                    source="Courier"),
            Article(id="herald", path="h.txt", text="A different account of the rescue, written by our own "
                    "reporter, with other words about the landslide and its toll of 40.", source="Herald (Reuters)"),
            Article(id="ledger", path="l.txt", text="Our reporter in the valley saw the damage first hand and "
                    "spoke to families who lost their homes in the slide.", source="Ledger")]
    assert credit(arts[0]) == "AP" and credit(arts[2]) == "Reuters" and credit(arts[3]) is None
    assert copies(arts) == [(0, 1)]
    origins = find_origins(arts)
    assert [(o.name, o.articles, o.how) for o in origins] == [
        ("AP", ("gazette", "courier"), "copy"), ("Reuters", ("herald",), "credit"), ("Ledger", ("ledger",), "own")]


def test_agreement_resting_on_one_origin_and_a_copy_difference() -> None:
    arts = [Article(id="gazette", path="g.txt", text="VALLEY TOWN (AP) — " + WIRE, source="Gazette",
                    published=NOV[26]),
            Article(id="courier", path="c.txt", text=WIRE, source="Courier", published=NOV[26]),
            Article(id="ledger", path="l.txt", text="Our own reporter walked the valley.", source="Ledger",
                    published=NOV[26])]
    agree = one([toll("gazette", 41), toll("courier", 41)], arts)
    assert agree.verdict is Verdict.AGREE
    assert "All 2 outlets rest on one origin (AP): one confirmation, not 2." in agree.explanation
    assert agree.support[0].origins == ("AP",) and len(agree.support[0].articles) == 2
    copy = one([toll("gazette", 41), toll("courier", 38)], arts)
    assert copy.verdict is Verdict.CONFLICT and copy.copy_difference
    assert "a copy difference" in copy.explanation
    report = Report({"name": "claimdiff", "version": "0", "pipeline": {}},
                    (Story("s", tuple(arts), (copy,), copy.claims, origins=find_origins(arts)),))
    assert check(report, Baseline()).new and not check(report, Baseline(), ignore_copies=True).new
    two = one([toll("gazette", 41), toll("ledger", 38)], arts)
    assert not two.copy_difference


def test_figures_citing_one_source_share_an_origin() -> None:
    arts = outlets(a=NOV[26], b=NOV[26], c=NOV[26])
    claims = [dataclasses.replace(toll(k, 41), attribution=who) for k, who in
              (("a", "the interior ministry"), ("b", "The Interior Ministry"), ("c", "local police"))]
    f = one(claims, arts)
    assert f.verdict is Verdict.AGREE
    assert f.support[0].origins == ("the interior ministry", "local police")


def test_a_pay_rate_and_a_yearly_sum_share_one_timeline() -> None:
    def pay(article: str, text: str, value: float, unit: str) -> Claim:
        sentence = f"The striker will earn {text} at his new club."
        start = sentence.find(text)
        return Claim(kind=K.MONEY, article=article, start=start, end=start + len(text), text=text, sentence=sentence,
                     value=value, low=value, high=value, unit=unit, measure="earn", score=0.9)

    claims = [pay("a", "20m euros a year", 2e7, "EUR/year"), pay("b", "500,000 euros a week", 5e5, "EUR/week")]
    [f] = judge([ClaimGroup(key=("money", "currency:EUR", "*"), claims=tuple(claims), similarity=0.9)],
                outlets(a=NOV[26], b=NOV[27]))
    # 500,000 a week is 26.1m a year: higher, and a day later
    assert [(p.article, p.change) for p in f.timeline] == [("a", "first"), ("b", "update")]
