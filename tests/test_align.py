"""align on hand-made claims: what groups, what must not, and determinism."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from claimdiff.align import align, block_key, measure_family, similarity
from claimdiff.types import Claim, ClaimKind, DateValue

K = ClaimKind


def claim(kind: ClaimKind, article: str, text: str, sentence: str, start: int = 0, **kw) -> Claim:
    kw.setdefault("score", 0.8)
    return Claim(kind=kind, article=article, start=start, end=start + len(text), text=text, sentence=sentence, **kw)


TOLL_A = claim(K.CASUALTY, "a", "42", "The earthquake killed 42 people in the mountain town, rescuers said.",
               value=42, measure="killed", concept="people")
TOLL_B = claim(K.CASUALTY, "b", "forty", "Forty people died when the earthquake struck the mountain town.",
               value=40, measure="killed", concept="people")
HURT_B = claim(K.CASUALTY, "b", "120", "Some 120 people were killed or injured by the earthquake in the town.",
               start=50, value=120, measure="killed or wounded", concept="people")
OLD_TOLL_B = claim(K.CASUALTY, "b", "300", "A 2009 flood in the capital left 300 residents dead.",
                   start=90, value=300, measure="killed", concept="flood victims")
SENT = claim(K.COUNT, "a", "15,000 soldiers", "The country has sent 15,000 soldiers to the front.",
             start=30, value=15000, measure="send", concept="soldiers")
DEAD = claim(K.CASUALTY, "b", "600 soldiers", "About 600 soldiers have died at the front.",
             start=140, value=600, measure="killed", concept="soldiers")


def extracted(article: str, text: str) -> list[Claim]:
    """The claims of ``text`` as article ``article``'s (sentences written for the test)."""
    from claimdiff import extract_claims
    return [dataclasses.replace(c, article=article) for c in extract_claims(text)]


def texts(groups) -> list[list[str]]:
    return [[c.text for c in g.claims] for g in groups]


def test_measure_family_nests_casualty_measures() -> None:
    assert measure_family("killed") == measure_family("killed or wounded") == measure_family("wounded")
    assert measure_family("confirmed") == measure_family("estimated")
    assert measure_family("send") == "send"
    assert measure_family(None) == ""


def test_block_key_separates_count_measures_from_casualties() -> None:
    assert block_key(SENT) != block_key(DEAD)
    assert block_key(TOLL_A) == block_key(HURT_B)


def test_same_toll_groups_across_articles() -> None:
    groups = align([TOLL_A, TOLL_B])
    assert texts(groups) == [["42", "forty"]]


def test_nested_measures_group_for_the_scope_check() -> None:
    groups = align([TOLL_A, HURT_B])
    assert texts(groups) == [["42", "120"]]


def test_count_and_casualty_of_one_concept_do_not_group() -> None:
    groups = align([SENT, DEAD])
    assert len(groups) == 2


def test_toll_of_another_event_does_not_group() -> None:
    groups = align([TOLL_A, OLD_TOLL_B])
    assert len(groups) == 2
    assert similarity(TOLL_A, OLD_TOLL_B) < similarity(TOLL_A, TOLL_B)


def test_one_article_keeps_its_part_and_whole_apart() -> None:
    # b gives dead (forty) and killed or injured (120): two figures, not a self-contradiction
    groups = align([TOLL_A, TOLL_B, HURT_B])
    for g in groups:
        assert len({c.article for c in g.claims}) == len(g.claims)
    assert ["42", "forty"] in texts(groups)


def test_one_article_restating_a_figure_groups_with_itself() -> None:
    again = claim(K.CASUALTY, "a", "42", "The earthquake killed 42 people in the mountain town, officials said.",
                  start=400, value=42, measure="killed", concept="people")
    groups = align([TOLL_A, again])
    assert texts(groups) == [["42", "42"]]


def test_dates_group_by_event_class() -> None:
    start_a = claim(K.DATE, "a", "March 3", "Work on the tunnel began on March 3.", measure="start",
                    date=DateValue(dt.date(2024, 3, 3), dt.date(2024, 3, 3), "day"))
    start_b = claim(K.DATE, "b", "March 5", "Construction of the tunnel started March 5, the ministry said.",
                    measure="start", date=DateValue(dt.date(2024, 3, 5), dt.date(2024, 3, 5), "day"))
    end_b = claim(K.DATE, "b", "2027", "The tunnel is due to open in 2027.", start=80, measure="completion",
                  date=DateValue(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "year"))
    groups = align([start_a, start_b, end_b])
    assert sorted(texts(groups)) == [["2027"], ["March 3", "March 5"]]


def test_align_is_order_free_and_covers_every_claim() -> None:
    claims = [TOLL_A, TOLL_B, HURT_B, OLD_TOLL_B, SENT, DEAD]
    expected = texts(align(claims))
    for perm in itertools.islice(itertools.permutations(claims), 0, 720, 37):
        assert texts(align(list(perm))) == expected
    assert sorted(c.text for g in align(claims) for c in g.claims) == sorted(c.text for c in claims)


def test_a_sentence_with_two_figures_is_not_a_self_contradiction() -> None:
    s = "Defence spending will rise to 2.1% of economic output, up from 1.8% this year."
    new = claim(K.PERCENT, "a", "2.1%", s, value=2.1, unit="percent")
    old = claim(K.PERCENT, "a", "1.8%", s, start=60, value=1.8, unit="percent")
    other = claim(K.PERCENT, "b", "2.1 percent", "Military spending is set to climb to 2.1 percent of GDP.",
                  value=2.1, unit="percent")
    groups = align([new, old, other])
    assert ["2.1%", "2.1 percent"] in texts(groups)
    assert ["1.8%"] in texts(groups)  # "up from 1.8%" is the baseline, never the new level


def test_two_sources_in_one_article_are_not_a_self_contradiction() -> None:
    organisers = claim(K.COUNT, "a", "40,000", "Organisers said 40,000 people marched through the city centre.",
                       value=40000, concept="people", attribution="organisers")
    police = claim(K.COUNT, "a", "25,000", "Police said 25,000 people marched through the city centre.",
                   start=80, value=25000, concept="people", attribution="police")
    assert len(align([organisers, police])) == 2


def test_a_year_near_the_figure_anchors_it_to_another_event() -> None:
    now = claim(K.CASUALTY, "a", "677", "At least 677 people were killed in the quake, officials said.",
                value=677, low=677, measure="killed", concept="people")
    then = claim(K.CASUALTY, "b", "87", "It was the worst quake since 2020, when 87 people were killed, officials said.",
                 value=87, measure="killed", concept="people")
    assert similarity(now, then) < similarity(now, claim(
        K.CASUALTY, "b", "690", "Officials said 690 people were killed in the quake.", value=690,
        measure="killed", concept="people"))


def test_event_dates_need_a_shared_subject_word() -> None:
    bridge = claim(K.DATE, "a", "mid-2026", "The bridge is scheduled for completion by mid-2026.", measure="completion",
                   date=DateValue(dt.date(2026, 5, 1), dt.date(2026, 8, 31), "season"))
    repairs = claim(K.DATE, "b", "March", "Repairs to the harbour wall should be completed in March.",
                    measure="completion", date=DateValue(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "month"))
    same = claim(K.DATE, "b", "2027", "Work on the bridge will be finished in 2027, engineers said.", start=90,
                 measure="completion", date=DateValue(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "year"))
    groups = align([bridge, repairs, same])
    assert ["mid-2026", "2027"] in texts(groups)
    assert ["March"] in texts(groups)


def test_a_generic_concept_alone_does_not_group_two_tolls() -> None:
    # b reports only an earlier disaster's toll; "people" on both sides is not enough
    now = claim(K.CASUALTY, "a", "Twelve", "Twelve people were killed when the bridge collapsed on Tuesday.",
                value=12, measure="killed", concept="people")
    earlier = claim(K.CASUALTY, "b", "300", "A flood in the capital left 300 people dead three decades ago.",
                    value=300, measure="killed", concept="people")
    assert len(align([now, earlier])) == 2


def test_lasting_verbs_fold_but_are_no_wildcard() -> None:
    ran = claim(K.DURATION, "a", "14 months", "The study ran for 14 months, covering two rainy seasons.",
                value=14, unit="month", measure="run")
    aged = claim(K.DURATION, "a", "five months", "The trial enrolled children aged five months to three years.",
                 start=80, value=5, unit="month", measure="age")
    lasted = claim(K.DURATION, "b", "a year and a half", "The trial lasted a year and a half and spanned two seasons.",
                   value=1.5, unit="year", measure="last")
    groups = align([ran, aged, lasted])
    assert ["14 months", "a year and a half"] in texts(groups)
    assert ["five months"] in texts(groups)


def test_days_sources_spoke_are_not_compared() -> None:
    a = claim(K.DATE, "a", "Monday", "The fire service said on Monday that the blaze was contained.", measure="say",
              weekday=1)
    b = claim(K.DATE, "b", "Tuesday", "The fire service said on Tuesday that the blaze was under control.",
              measure="say", weekday=2)
    assert len(align([a, b])) == 2


def test_one_event_dated_twice_after_two_sources_is_a_self_contradiction() -> None:
    # Text after the club, photo caption after the agency that supplied the photo:
    # the stadium opened once, so the article carries the contradiction either way.
    text = claim(K.DATE, "a", "Friday", "The new stadium opened on Friday with a ceremony by the river, the club said.",
                 measure="start", attribution="the club", weekday=5)
    caption = claim(K.DATE, "a", "Thursday, June 4, 2026",
                    "This photo released by City Press shows the opening ceremony of the new stadium by the river "
                    "on Thursday, June 4, 2026.", start=200, measure="start", attribution="City Press",
                    date=DateValue(dt.date(2026, 6, 4), dt.date(2026, 6, 4), "day"))
    other = claim(K.DATE, "b", "Thursday", "The stadium by the river opened on Thursday, according to the mayor.",
                  measure="start", attribution="the mayor", weekday=4)
    assert texts(align([text, caption, other])) == [["Friday", "Thursday, June 4, 2026", "Thursday"]]


def test_a_sum_restated_per_week_in_its_sentence_is_one_figure() -> None:
    a = extracted("a", "The striker will earn 26m euros a year - 500,000 euros a week - under the deal.")
    b = extracted("b", "Reports said the striker will earn 26m euros a year at his new club.")
    assert ["26m euros a year", "500,000 euros a week", "26m euros a year"] in texts(align(a + b))


def test_an_age_beside_a_word_of_another_event_is_still_the_persons_age() -> None:
    a = extracted("a", "The fee for the 31-year-old defender beats the previous club record.")
    b = extracted("b", "The 31-year-old defender signed a three-year contract on Monday.")
    ages = [g for g in align(a + b) if g.kind == K.AGE]
    assert [[c.article for c in g.claims] for g in ages] == [["a", "b"]]


def test_a_rate_said_beside_its_yearly_sum_is_one_figure_with_it() -> None:
    a = extracted("a", "The striker is expected to earn 26m euros a year at 500,000 euros a week.")
    b = extracted("b", "The striker will take home an annual salary of 20m euros, his agent said.")
    money = [g for g in align(a + b) if g.kind == K.MONEY]
    assert [sorted(c.text for c in g.claims) for g in money] == [
        ["20m euros", "26m euros a year", "500,000 euros a week"]]
