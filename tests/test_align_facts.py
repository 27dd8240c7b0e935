"""align by fact: weak pairs that agree, lead figures, holders, figures too far apart,
figures tied to another event. Claims built by hand from sentences written here."""

from __future__ import annotations

import datetime as dt

from claimdiff.align import align, similarity, verb_stem
from claimdiff.align.anchors import other_event, shared_holder
from claimdiff.types import Claim, ClaimKind, DateValue

K = ClaimKind


def claim(kind: ClaimKind, article: str, text: str, sentence: str, start: int = 0, **kw) -> Claim:
    kw.setdefault("score", 0.8)
    return Claim(kind=kind, article=article, start=start, end=start + len(text), text=text, sentence=sentence, **kw)


def together(groups, a: Claim, b: Claim) -> bool:
    return any(a in g.claims and b in g.claims for g in groups)


def test_verb_forms_name_one_measure() -> None:
    assert verb_stem("survived") == verb_stem("survive") == verb_stem("survives") == "survive"
    assert verb_stem("stopped") == verb_stem("stop")
    assert verb_stem("carried") == verb_stem("carry")
    assert verb_stem("sent") == "send" != verb_stem("survive")
    assert verb_stem("qwxzed") == "qwxzed"  # unknown to WordNet: as written


# Two outlets word one figure apart: the sentences share little, so the similarity
# is under the grouping threshold; agreeing values make up for it, differing ones do not.
SURV_A = claim(K.COUNT, "a", "two", "Rescue teams pulled two survivors from the wreckage late on Friday.",
               value=2, concept="survivor", measure="pulled")
SURV_B = claim(K.COUNT, "b", "two", "By Saturday two had been pulled out, according to local television.", value=2)


def test_weakly_worded_partners_that_agree_meet() -> None:
    from claimdiff.align.blocks import THRESHOLD
    assert similarity(SURV_A, SURV_B) < THRESHOLD
    assert together(align([SURV_A, SURV_B]), SURV_A, SURV_B)
    five = claim(K.COUNT, "b", "two", SURV_B.sentence, value=5)  # the same words, another value
    assert not together(align([SURV_A, five]), SURV_A, five)


def test_durations_that_name_nothing_alike_do_not_pair() -> None:
    a = claim(K.DURATION, "a", "two weeks", "The crane fell two weeks before the pilgrimage began.", value=2, unit="week")
    b = claim(K.DURATION, "b", "25 years", "It was the worst such event at the site in 25 years.", value=25, unit="year")
    assert not together(align([a, b]), a, b)


def test_counts_of_different_things_never_group() -> None:
    a = claim(K.COUNT, "a", "47", "The storm brought heavy rain to 47 prefectures, forecasters said.",
              value=47, concept="prefecture")
    b = claim(K.COUNT, "b", "110,000", "Some 110,000 rescuers were sent to the prefectures hit by the storm.",
              value=110000, concept="rescuer")
    assert not together(align([a, b]), a, b)


def test_figures_an_order_of_magnitude_apart_are_different_facts() -> None:
    per_share = claim(K.MONEY, "a", "$42", "The grocer agreed to be bought for $42 a share in cash.",
                      value=42, unit="USD")
    total = claim(K.MONEY, "b", "$13.7 billion", "The grocer agreed to be bought in cash for $13.7 billion.",
                  value=13.7e9, unit="USD")
    assert not together(align([per_share, total]), per_share, total)


def test_dates_more_than_a_year_apart_are_different_events() -> None:
    now = claim(K.DATE, "a", "Thursday", "The crush happened on Thursday near the pillars, officials said.",
                measure="happen", date=DateValue(dt.date(2015, 9, 24), dt.date(2015, 9, 24), "day"))
    old = claim(K.DATE, "b", "1990", "The worst crush near the pillars happened in 1990.",
                measure="happen", date=DateValue(dt.date(1990, 1, 1), dt.date(1990, 12, 31), "year"))
    assert not together(align([now, old]), now, old)


def test_different_holders_keep_one_measure_apart() -> None:
    a = claim(K.PERCENT, "a", "9.7%", "Shares of Northgate fell 9.7% in early trading.", value=9.7, unit="percent",
              holder="northgate")
    b = claim(K.PERCENT, "b", "6.8%", "Shares of Bellmart were down 6.8% in early trading.", value=6.8, unit="percent",
              holder="bellmart")
    assert not together(align([a, b]), a, b)
    same = claim(K.PERCENT, "b", "9.7%", "Northgate shares fell 9.7% in early trading on Friday.", value=9.7,
                 unit="percent", holder="northgate")
    assert together(align([a, same]), a, same)


def test_holder_sets_share_by_name_or_acronym() -> None:
    assert shared_holder("paris saint germain", "psg") is True
    assert shared_holder("amazon|whole foods", "whole foods") is True
    assert shared_holder("target", "costco") is False
    assert shared_holder(None, "target") is None


def test_a_company_s_short_name_is_its_full_name() -> None:
    assert shared_holder("northgate foods market inc", "northgate foods") is True
    assert shared_holder("bellmartcom inc", "bellmart") is True
    assert shared_holder("northgate foods", "northgate energy") is False


def test_one_price_whose_holder_is_the_parse_s_guess_groups() -> None:
    # the buyer is the subject of one sentence, the bought company of the other; both name both
    a = claim(K.MONEY, "a", "$38 per share", "Bellmart Inc. will pay $38 per share for Northgate Foods.",
              value=38, unit="USD/share", holder="bellmart inc")
    b = claim(K.MONEY, "b", "$38 a share", "The offer values Northgate Foods at $38 a share, Bellmart said.",
              value=38, unit="USD/share", holder="northgate foods")
    assert together(align([a, b]), a, b)
    other = claim(K.MONEY, "b", "$31 a share", "Northgate Foods closed at $31 a share before the offer.",
                  value=31, unit="USD/share", holder="northgate foods")  # names no Bellmart: apart
    assert not together(align([a, other]), a, other)


def test_one_figure_under_two_holders_joins_a_group_others_link_but_links_none_itself() -> None:
    # the holder is the parse's guess: here a photo credit's agency stands next to the fee
    a = claim(K.MONEY, "a", "€180m", "Rovers sign the striker for a club-record €180m.", value=180e6, unit="EUR",
              holder="rovers")
    b = claim(K.MONEY, "b", "€180m", "The striker joins for a club-record €180m. Photo: Pressfoto", value=180e6,
              unit="EUR", holder="pressfoto")
    c = claim(K.MONEY, "c", "€180m", "The striker has joined for a club-record fee of €180m.", value=180e6,
              unit="EUR")
    groups = align([a, b, c])
    assert together(groups, a, b) and together(groups, a, c)
    assert not together(align([a, b]), a, b)


def test_an_aftershock_figure_is_tied_to_another_event() -> None:
    main = claim(K.QUANTITY, "a", "6.4", "A magnitude 6.4 quake shook the coast before dawn.", value=6.4,
                 unit="magnitude", measure="magnitude")
    after = claim(K.QUANTITY, "b", "5.2", "A magnitude 5.2 aftershock rattled the coast hours later.", value=5.2,
                  unit="magnitude", measure="magnitude")
    assert other_event(after) and not other_event(main)
    assert not together(align([main, after]), main, after)


def test_a_figure_counted_on_top_of_another_is_not_the_toll() -> None:
    toll = claim(K.CASUALTY, "a", "30", "Rescuers said 30 bodies had been recovered from the rubble by noon.",
                 value=30, measure="killed", concept="bodies")
    more = claim(K.CASUALTY, "b", "about 20",
                 "Police said 12 bodies were recovered and about 20 more were believed to be under the rubble.",
                 value=20, measure="killed", concept="bodies")
    bound = claim(K.CASUALTY, "c", "more than 20",
                  "More than 20 bodies had been recovered by noon, police said.", value=20, measure="killed",
                  concept="bodies")
    either = claim(K.CASUALTY, "d", "30", "Rescuers said 30 or more bodies had been recovered by noon.",
                   value=30, measure="killed", concept="bodies")
    assert other_event(more)
    assert not other_event(toll) and not other_event(bound) and not other_event(either)
    assert not together(align([toll, more]), toll, more)


def test_two_plain_counts_of_one_noun_far_apart_are_not_one_fact() -> None:
    inside = claim(K.COUNT, "a", "640", "The minister said 640 workers were inside the pit when the fire began.",
                   value=640, concept="worker")
    count = claim(K.COUNT, "b", "180", "The minister said the latest count of 180 workers could still rise.",
                  value=180, concept="worker")
    near = claim(K.COUNT, "c", "600", "The minister said 600 workers were inside the pit when the fire began.",
                 value=600, concept="worker")
    assert not together(align([inside, count]), inside, count)  # inside and dead, 3.6 times apart
    assert together(align([inside, near]), inside, near)  # within twice: may be one figure disputed


def test_a_word_of_another_event_counts_only_in_the_figures_clause() -> None:
    fee = claim(K.MONEY, "a", "90 million euros",
                "For a fee of 90 million euros, the move breaks the previous record.", value=9e7, unit="EUR")
    old = claim(K.MONEY, "b", "60 million euros", "The previous record of 60 million euros stood for years.",
                value=6e7, unit="EUR")
    assert not other_event(fee) and other_event(old)


def test_tolls_one_per_article_meet_even_when_they_differ() -> None:
    a = claim(K.CASUALTY, "a", "23", "The typhoon killed 23 people across the north, broadcasters said.",
              value=23, measure="killed", concept="people")
    b = claim(K.CASUALTY, "b", "at least 35", "Officials now count at least 35 dead after the landslides.",
              value=35, low=35, measure="killed")
    assert together(align([a, b]), a, b)


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), "day")


def test_one_day_dated_after_different_verbs_groups() -> None:
    a = claim(K.DATE, "a", "Thursday", "Thursday's crush near the bridge shocked the pilgrims.",
              measure="crush", date=day(2015, 9, 24), weekday=4)
    b = claim(K.DATE, "b", "24 September", "Hundreds of pilgrims were hurt near the bridge on 24 September.",
              measure="hurt", date=day(2015, 9, 24))
    assert together(align([a, b]), a, b)


def test_one_day_in_three_articles_groups_whatever_the_wording() -> None:
    # a dateline day and two body days share almost no words; one day is one fact
    line = claim(K.DATE, "a", "24 Sep 2015", "Updated 24 Sep 2015", date=day(2015, 9, 24))
    body = claim(K.DATE, "a", "Thursday", "Pilgrims were crushed near the bridge on Thursday morning.", start=40,
                 measure="crush", date=day(2015, 9, 24), weekday=4)
    b = claim(K.DATE, "b", "Thursday", "Thursday's stampede left officials searching for answers.",
              measure="stampede", date=day(2015, 9, 24), weekday=4)
    c = claim(K.DATE, "c", "24 September", "The disaster of 24 September was the worst in decades.",
              measure="disaster", date=day(2015, 9, 24))
    groups = align([line, body, b, c])
    assert together(groups, line, b) and together(groups, body, c)
    friday = claim(K.DATE, "c", "Friday", "Funerals were held on Friday.", measure="hold", date=day(2015, 9, 25))
    assert not together(align([line, body, b, friday]), b, friday)


def test_an_article_s_two_mentions_of_one_day_meet_a_contradicting_outlet_as_one() -> None:
    # article a dates the sinking twice, once with no verb (a dateline); b says another day.
    # The dateline alone names nothing to contradict, but it is a's figure, as its weekday is
    line = claim(K.DATE, "a", "June 6, 2024", "June 6, 2024", date=day(2024, 6, 6))
    body = claim(K.DATE, "a", "Thursday", "The ferry sank off the cape on Thursday, the coastguard said.", start=40,
                 measure="sink", date=day(2024, 6, 6), weekday=4)
    c = claim(K.DATE, "c", "Thursday", "The ferry sank off the cape on Thursday morning, dozens missing.", measure="sink",
              date=day(2024, 6, 6), weekday=4)
    b = claim(K.DATE, "b", "Wednesday", "The ferry sank off the cape on Wednesday, the coastguard said.",
              measure="sink", date=day(2024, 6, 5), weekday=3)
    groups = align([line, body, c, b])
    assert together(groups, line, body) and together(groups, body, b) and together(groups, c, line)


def test_an_article_s_restatements_of_one_count_of_one_thing_meet_the_others_as_one() -> None:
    # a states "two survivors" with no verb, then "two survived"; b and c each word it one way
    a1 = claim(K.COUNT, "a", "two", "There were two survivors, rescuers said.", value=2, concept="survivor")
    a2 = claim(K.COUNT, "a", "two", "Officials said two passengers survived the crash.", start=60, value=2,
               concept="passenger", measure="survived")
    b = claim(K.COUNT, "b", "two", "Two passengers survived the crash, officials said.", value=2,
              concept="passenger", measure="survived")
    c = claim(K.COUNT, "c", "two", "There were two survivors, the airline said.", value=2, concept="survivor")
    groups = align([a1, a2, b, c])
    assert together(groups, a1, a2) and together(groups, b, c)
    # "200 killed" and "200 missing" in one article are two figures, however alike their nouns
    dead = claim(K.CASUALTY, "d", "200", "The blast killed 200 miners.", value=200, concept="miner", measure="killed")
    missing = claim(K.CASUALTY, "d", "200", "Another 200 miners are missing.", start=40, value=200,
                    concept="miner", measure="missing")
    assert not together(align([dead, missing]), dead, missing)


def test_one_earlier_year_in_two_articles_groups_whatever_the_wording() -> None:
    # a bare year in a fact box and the same year in a sentence share no words
    a = claim(K.DATE, "a", "1987", "1987",
              date=DateValue(dt.date(1987, 1, 1), dt.date(1987, 12, 31), "year"))
    b = claim(K.DATE, "b", "1987", "Hundreds of pilgrims died there in 1987, officials recalled.", measure="die",
              date=DateValue(dt.date(1987, 1, 1), dt.date(1987, 12, 31), "year"))
    assert together(align([a, b]), a, b)


def test_an_article_restating_a_figure_after_another_verb_of_one_sense_states_it_once() -> None:
    lede = claim(K.COUNT, "a", "9,000", "The lender will slash 9,000 jobs by 2024.", value=9000,
                 measure="slash", concept="job")
    body = claim(K.COUNT, "a", "9,000", "Cutting 9,000 jobs is the core of the plan, the lender said.", start=50,
                 value=9000, measure="cutting", concept="job")
    other = claim(K.COUNT, "b", "9,000", "The bank is to cut 9,000 jobs worldwide.", value=9000, measure="cut",
                  concept="job")
    groups = align([lede, body, other])
    assert together(groups, lede, other) and together(groups, body, other)


def test_one_count_of_one_thing_after_two_verbs_groups() -> None:
    a = claim(K.COUNT, "a", "three million", "Some three million worshippers performed the rites this year.",
              value=3e6, measure="perform", concept="worshipper")
    b = claim(K.COUNT, "b", "three million", "The festival, attended by three million worshippers, ended on Sunday.",
              value=3e6, measure="attend", concept="worshipper")
    assert together(align([a, b]), a, b)
    sent = claim(K.COUNT, "b", "3,000", "The city sent 3,000 worshippers home before the rites.", value=3000,
                 measure="send", concept="worshipper")  # another figure after another verb: two facts
    assert not together(align([a, sent]), a, sent)


def test_one_pay_figure_in_two_units_is_one_figure_and_meets_another_outlet_s() -> None:
    sentence = "He will earn 20.8m euros a year - 400,000 euros a week - before tax."
    year = claim(K.MONEY, "a", "20.8m euros a year", sentence, value=20.8e6, unit="EUR/year")
    week = claim(K.MONEY, "a", "400,000 euros a week", sentence, start=25, value=400_000, unit="EUR/week")
    other = claim(K.MONEY, "b", "400,000 euros a week", "The keeper is to earn 400,000 euros a week before tax.",
                  value=400_000, unit="EUR/week")
    groups = align([year, week, other])
    assert together(groups, year, week) and together(groups, year, other)
    price = claim(K.MONEY, "b", "€20.8 a share", "The club's shares closed at €20.8 a share.", value=20.8,
                  unit="EUR/share")
    assert not together(align([year, week, price]), week, price)  # a price is not a pay rate


def test_one_length_of_time_in_two_units_after_two_verbs_groups() -> None:
    a = claim(K.DURATION, "a", "20-year", "The lender ends its 20-year push into trading.", value=20, unit="year",
              measure="push")
    b = claim(K.DURATION, "b", "two decades", "The retreat closes two decades of trading ambition.", value=2,
              unit="decade", measure="retreat")
    assert together(align([a, b]), a, b)


def test_different_days_after_different_verbs_stay_apart() -> None:
    # the storm landed on Saturday; the rescue went on on Monday: two events, no conflict
    landfall = claim(K.DATE, "a", "Saturday", "The typhoon made landfall on Saturday evening near the coast.",
                     measure="make", date=day(2019, 10, 12), weekday=6)
    rescue = claim(K.DATE, "b", "Monday", "Soldiers searched flooded homes near the coast on Monday.",
                   measure="search", date=day(2019, 10, 14), weekday=1)
    assert not together(align([landfall, rescue]), landfall, rescue)


def test_the_same_specific_amount_from_two_outlets_groups() -> None:
    a = claim(K.MONEY, "a", "222 million euros", "The club paid the 222 million euros release clause.",
              value=222e6, unit="EUR")
    b = claim(K.MONEY, "b", "€222m", "It is the costliest move ever, at €222m.", value=222e6, unit="EUR")
    assert together(align([a, b]), a, b)


def test_figures_of_differently_named_things_may_agree_but_never_conflict() -> None:
    fee = claim(K.MONEY, "a", "€222m", "The club paid a world-record fee of €222m for the forward.",
                value=222e6, unit="EUR", concept="fee")
    salary = claim(K.MONEY, "b", "€45m", "The club will pay the forward a salary of €45m a season.",
                   value=45e6, unit="EUR", concept="salary")
    assert not together(align([fee, salary]), fee, salary)


def test_one_holder_is_enough_to_compare_two_moves() -> None:
    a = claim(K.PERCENT, "a", "7 percent", "Bellmart fell 7 percent in New York trading on the news.",
              value=7, unit="percent", holder="bellmart")
    b = claim(K.PERCENT, "b", "6%", "Bellmart was down 6% by midday in New York trading.",
              value=6, unit="percent", holder="bellmart")
    groups = align([a, b])
    assert together(groups, a, b)


def test_vague_words_agree_but_do_not_conflict() -> None:
    a = claim(K.COUNT, "a", "hundreds", "Hundreds of relatives waited outside the mine for news.",
              value=200, low=200, concept="relative")
    b = claim(K.COUNT, "b", "90", "Some 90 relatives of the miners waited outside the mine for news.",
              value=90, low=81, high=99, concept="relative")
    assert not together(align([a, b]), a, b)


def test_an_article_restates_one_figure_but_not_a_rounded_neighbour() -> None:
    head = claim(K.MONEY, "a", "$13.7 billion", "Retailer bought in $13.7 billion deal",
                 value=13.7e9, unit="USD")
    body = claim(K.MONEY, "a", "about $13.7 billion", "The online retailer is paying about $13.7 billion for the grocer.",
                 start=60, value=13.7e9, low=13.0e9, high=14.4e9, unit="USD")
    cap = claim(K.MONEY, "a", "$13.4 billion", "The price implies a $13.4 billion market value for the grocer.",
                start=140, value=13.4e9, unit="USD")
    groups = align([head, body, cap])
    assert together(groups, head, body)
    assert not together(groups, head, cap)


def test_an_article_updating_its_toll_joins_the_other_outlets() -> None:
    early = claim(K.CASUALTY, "a", "24", "By Sunday morning 24 people were dead in the flooded towns.",
                  value=24, measure="killed", concept="people")
    late = claim(K.CASUALTY, "a", "48", "The national broadcaster later said 48 people died in the flooded towns.",
                 start=80, value=48, measure="killed", concept="people")
    other = claim(K.CASUALTY, "b", "48", "Officials said 48 people died in the flooded towns.",
                  value=48, measure="killed", concept="people")
    third = claim(K.CASUALTY, "c", "24", "At least 24 people were dead in the flooded towns by Sunday morning.",
                  value=24, low=24, measure="killed", concept="people")
    groups = align([early, late, other, third])
    assert together(groups, early, late) and together(groups, late, other) and together(groups, early, third)
    assert len(align([early, late])) == 2  # alone, two figures of one article never group


def test_two_outlets_lead_tolls_meet_but_a_later_figure_does_not() -> None:
    # each article leads with its toll; the sentences share little beyond the measure
    lead_a = claim(K.CASUALTY, "a", "20", "Rescuers in the hill villages counted 20 dead by the evening.",
                   value=20, measure="killed")
    later_a = claim(K.CASUALTY, "a", "3", "Three of the dead were schoolchildren on their way home.",
                    start=90, value=3, measure="killed", concept="schoolchild")
    lead_b = claim(K.CASUALTY, "b", "41", "The regional governor said the quake had now killed 41.",
                   value=41, measure="killed")
    groups = align([lead_a, later_a, lead_b])
    assert together(groups, lead_a, lead_b)
    assert not together(groups, later_a, lead_b)


def test_a_year_by_one_lead_toll_keeps_it_apart() -> None:
    now = claim(K.CASUALTY, "a", "20", "Rescuers in the hill villages counted 20 dead by the evening.",
                value=20, measure="killed")
    old = claim(K.CASUALTY, "b", "61", "A quake in 2009 killed 61 people in the same hills.",
                value=61, measure="killed")
    assert not together(align([now, old]), now, old)


def test_distances_from_different_places_are_different_facts() -> None:
    a = claim(K.QUANTITY, "a", "120 km", "The town lies 120 km south of Ardmore, near the coast.",
              value=120, unit="kilometer", measure="length", holder="from:ardmore")
    b = claim(K.QUANTITY, "b", "45 miles", "The town lies 45 miles east of Kelby, near the coast.",
              value=45, unit="mile", measure="length", holder="from:kelby")
    assert shared_holder(a.holder, b.holder) is False
    assert not together(align([a, b]), a, b)


def test_one_article_s_tolls_for_two_places_are_a_list_not_an_update() -> None:
    a1 = claim(K.CASUALTY, "a", "40", "In Kessel, 40 people died on Monday.", value=40, measure="dead",
               concept="people", holder="in:kessel")
    a2 = claim(K.CASUALTY, "a", "85", "In Tarvik, 85 people died on Monday.", start=40, value=85, measure="dead",
               concept="people", holder="in:tarvik")
    b1 = claim(K.CASUALTY, "b", "40", "Forty people died in Kessel on Monday, officials said.", value=40,
               measure="dead", concept="people", holder="in:kessel")
    groups = align([a1, a2, b1])
    assert together(groups, a1, b1) and not together(groups, a2, b1)


def test_figures_stated_of_two_places_may_agree_but_not_conflict() -> None:
    # places nest ("in Soma", "in Turkey"): one toll may be written both ways, so an agreeing
    # pair may still meet; a differing pair is not known to be one toll
    a = claim(K.CASUALTY, "a", "301", "The blast killed 301 miners in Soma, officials said.", value=301,
              measure="killed", concept="miner", holder="in:soma")
    b = claim(K.CASUALTY, "b", "301", "The blast killed 301 miners in Turkey, officials said.", value=301,
              measure="killed", concept="miner", holder="in:turkey")
    c = claim(K.CASUALTY, "c", "180", "The blast killed 180 miners in Turkey, officials said.", value=180,
              measure="killed", concept="miner", holder="in:turkey")
    assert together(align([a, b]), a, b)
    assert not together(align([a, c]), a, c)
    assert together(align([b, c]), b, c)


def test_an_article_s_restatements_of_one_toll_meet_the_others_as_one_figure() -> None:
    # the lede's "at least 274" is linked to one outlet, the body's "274" to another: one figure
    lede = claim(K.CASUALTY, "a", "at least 274", "At least 274 miners were killed in the blast, officials said.",
                 value=274, low=274, measure="killed", concept="miner")
    body = claim(K.CASUALTY, "a", "274", "The toll of 274 made it the country's worst mine disaster.", start=80,
                 value=274, measure="killed", concept="miner")
    b = claim(K.CASUALTY, "b", "245", "At least 245 miners were killed in the blast, officials said.", value=245,
              low=245, measure="killed", concept="miner")
    c = claim(K.CASUALTY, "c", "238", "The toll of 238 made it the worst mine disaster in decades.", value=238,
              measure="killed", concept="miner")
    groups = align([lede, body, b, c])
    assert together(groups, lede, b) and together(groups, body, c) and together(groups, lede, body)


def test_a_figure_beside_an_earlier_year_is_that_year_s_event() -> None:
    toll_now = claim(K.CASUALTY, "a", "717", "The crush killed 717 pilgrims on Thursday.", value=717,
                     measure="killed", concept="pilgrim")
    before = claim(K.CASUALTY, "b", "364", "In 2006, a crush at the bridge killed 364 pilgrims.", value=364,
                   measure="killed", concept="pilgrim")
    dated = claim(K.DATE, "a", "24 September 2015", "It happened on 24 September 2015.", start=60,
                  date=DateValue(dt.date(2015, 9, 24), dt.date(2015, 9, 24), "day"))
    assert not together(align([toll_now, before, dated]), toll_now, before)
    from claimdiff.align.anchors import past_year
    assert past_year(before, 2015) == 2006 and past_year(toll_now, 2015) is None
    assert past_year(before, None) is None  # without the story's year nothing says 2006 is another time


def test_one_nationality_toll_is_one_fact_however_far_apart() -> None:
    # an early count and a late one of one nationality's dead: an order of magnitude
    # apart, still one fact in dispute; the same gap between counts of miners is two facts
    early = claim(K.CASUALTY, "a", "Four", "Four Britons are feared to be among the victims, the Foreign Office said.",
                  value=4, concept="Britons", measure="killed or wounded")
    late = claim(K.CASUALTY, "b", "52", "The number of Britons killed in the crush has risen to 52, officials said.",
                 value=52, concept="Britons", measure="killed")
    assert together(align([early, late]), early, late)
    miners = [claim(K.CASUALTY, x.article, x.text, x.sentence.replace("Britons", "miners"), value=x.value,
                    concept="miners", measure=x.measure) for x in (early, late)]
    assert not together(align(miners), *miners)


def test_one_nationality_toll_is_not_the_whole_toll() -> None:
    # one article's count of one nationality's dead is a part of its toll: never one
    # figure with its other counts of the dead
    from claimdiff.align.admit import kept_apart
    from claimdiff.align.facts import facts
    britons = claim(K.CASUALTY, "b", "52", "The number of Britons killed in the crush has risen to 52, officials said.",
                    value=52, concept="Britons", measure="killed")
    overall = claim(K.CASUALTY, "b", "61", "A local channel reported that the toll had reached 61.", start=200,
                    value=61, measure="killed")
    assert kept_apart(britons, overall, facts(britons), facts(overall))
    # in another article, "52 Britons" may be a whole toll (a disaster at home)
    elsewhere = claim(K.CASUALTY, "a", "61", overall.sentence, value=61, measure="killed")
    assert not kept_apart(britons, elsewhere, facts(britons), facts(elsewhere))
    same = claim(K.CASUALTY, "b", "52", "The toll had reached 52 by the evening.", value=52, measure="killed")
    assert not kept_apart(britons, same, facts(britons), facts(same))  # one value: may be one figure


def test_a_nationality_s_toll_is_not_its_count_of_visitors() -> None:
    # "4,000 Britons" on the pilgrimage are not a toll: the ratio keeps them apart
    from claimdiff.align.admit import kept_apart
    from claimdiff.align.facts import facts
    toll = claim(K.CASUALTY, "a", "three", "Officials said three Britons were killed in the crush.",
                 value=3, concept="Britons", measure="killed")
    visitors = claim(K.COUNT, "b", "4,000", "Some 4,000 Britons are performing the pilgrimage this year.",
                     value=4000, concept="Britons")
    assert kept_apart(toll, visitors, facts(toll), facts(visitors))


def test_a_move_over_a_period_is_not_the_session_move() -> None:
    from claimdiff.align.admit import kept_apart
    from claimdiff.align.facts import facts

    def move(article: str, text: str, sentence: str, value: float) -> Claim:
        return Claim(kind=ClaimKind.PERCENT, article=article, start=0, end=len(text), text=text, sentence=sentence,
                     value=value, unit="percent", holder="harbour foods")
    year = move("a", "6.2%", "Harbour Foods shares are up 6.2% for the past year, and the index is up 15% for the period.",
                6.2)
    index = move("a", "15%", year.sentence, 15)
    day = move("b", "26 percent", "Harbour Foods shares soared 26 percent on Friday after the bid.", 26)
    so_far = move("c", "6%", "Harbour Foods shares have gained 6% so far this year.", 6)
    assert (facts(year).window, facts(index).window, facts(day).window, facts(so_far).window) == \
        ("past year", "period", None, "this year")
    assert kept_apart(year, day, facts(year), facts(day)) and kept_apart(so_far, day, facts(so_far), facts(day))
    # a period named after the figure is another move's
    first = move("e", "5%", "Revenue rose 5% in the quarter, while costs climbed 12% over the past year.", 5)
    assert facts(first).window is None
    # a base the move is measured from is not its period
    base = move("d", "22%", "Revenue grew 22% in the quarter compared with last year.", 22)
    assert facts(base).window is None


def test_a_figure_is_found_where_it_stands_not_inside_a_longer_number() -> None:
    from claimdiff.types import figure_at

    sentence = "Shares of one grocer plunged 17 percent while another fell 7 percent."
    assert sentence[figure_at(sentence, "7 percent") - 5:].startswith("fell 7 percent")
    assert figure_at("A 1.5% rise and a 5% fall.", "5%") == 18
    assert figure_at("It cost US$5 billion.", "$5 billion") == 10  # no clean occurrence: the first
    assert figure_at("No figure here.", "12") == -1
