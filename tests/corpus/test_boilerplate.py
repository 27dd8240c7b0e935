"""Boilerplate rules on text written for the tests, in several publisher styles."""

from __future__ import annotations

import pytest

from claimdiff.corpus.appeals import appeal_ranges
from claimdiff.corpus.boilerplate import clean, guess_title
from claimdiff.corpus.offsets import identity

NEWS = "The ministry said 240 homes were damaged and 3 people were injured."


def cleaned(text: str, title: str | None = None) -> str:
    out, runs = clean(text, identity(text), title)
    for c, r, n in runs:
        assert text[r:r + n] == out[c:c + n]
    return out


APPEALS = [
    # one run-on paragraph, reader addressed, cue phrases throughout
    "Your support keeps our newsroom going. We rely on readers like you. Donate today and help us "
    "keep our journalism free for everyone. Read more",
    # subscription / paywall style, one sentence per line
    "Already a subscriber? Log in.\nSubscribe now for unlimited access to our reporting.\n"
    "Cancel anytime.",
    # newsletter style
    "Sign up to our free morning newsletter\nGet the day's headlines in your inbox. Sign up",
    # membership style with cue-free sentences in between
    "Become a member today. Independent journalism has never mattered more. The facts are under "
    "attack. Every contribution, however big or small, makes a difference. Make a one-off "
    "donation or support us monthly.",
]


@pytest.mark.parametrize("appeal", APPEALS)
@pytest.mark.parametrize("where", ["before", "after", "between"])
def test_appeals_removed_news_kept(appeal, where):
    second = "Officials expect repairs to take 6 weeks."
    if where == "before":
        text, expected = f"{appeal}\n\n{NEWS}\n\n{second}", f"{NEWS}\n\n{second}"
    elif where == "after":
        text, expected = f"{NEWS}\n\n{second}\n\n{appeal}", f"{NEWS}\n\n{second}"
    else:
        text, expected = f"{NEWS}\n\n{appeal}\n\n{second}", f"{NEWS}\n\n{second}"
    assert cleaned(text) == expected


@pytest.mark.parametrize("sentence", [
    "The charity said donations fell by 12 percent in 2023.",
    "Netflix added 5 million subscribers in the quarter, the company said.",
    "Readers can sign up for the ballot at any post office until 4 May.",
    "The newspaper's newsletter editor, Ana Ruiz, resigned on Monday.",
    "“We will support our farmers,” the minister said, pledging $30 million.",
])
def test_news_mentioning_cue_words_is_kept(sentence):
    text = f"{NEWS} {sentence} Talks continue next week."
    assert cleaned(text) == text


def test_appeal_glued_after_header_line_is_dropped_as_a_run():
    text = ("Your support helps us report. Read more Support Now. We need reporters everywhere. "
            "Your donation pays for them. Read more\n\n" + NEWS)
    assert cleaned(text) == NEWS


def test_lone_buttons_and_share_lines():
    text = ("Share this article\n" + NEWS + "\nAdvertisement\nRead more\n"
            "Related: Ten years of floods in the valley\nSupport now\nOfficials met on Friday.")
    assert cleaned(text) == NEWS + "\nOfficials met on Friday."


@pytest.mark.parametrize("marker", ["open image in gallery ", "View gallery ", "Photo: ", "Image caption: ",
                                     "Enlarge this image "])
def test_caption_marker_dropped_caption_kept(marker):
    caption = "Rescue teams search the collapsed school in Aydin on Tuesday, 6 February 2024"
    text = f"{NEWS}\n\n{marker}{caption} (AFP via Getty Images)\n\nMore follows."
    assert cleaned(text) == f"{NEWS}\n\n{caption}\n\nMore follows."


def test_strong_credit_without_marker_dropped():
    text = "Voters queue outside a polling station in Leeds (Getty Images)\n" + NEWS
    assert cleaned(text) == "Voters queue outside a polling station in Leeds\n" + NEWS


def test_parenthesis_in_news_not_taken_for_credit():
    text = "The bridge will be 1 kilometre (0.6 miles) long, according to the agency (Tass)."
    assert cleaned(text) == text


def test_headline_repeat_only_exact_lines():
    title = "Council Approves New Tram Line"
    text = f"{title}\n\n{title}\nThe {title.lower()} decision came on Monday.\n{title}!"
    assert cleaned(text, title) == f"{title}\n\nThe {title.lower()} decision came on Monday.\n{title}!"


def test_whitespace_squeezed():
    assert cleaned("  \n\nFirst  paragraph.   \n\n\n\n  Second.\n\n") == "First paragraph.\n\nSecond."


@pytest.mark.parametrize("text, title", [
    ("Heatwave Grips Southern Europe\n\nTemperatures reached 44C.", "Heatwave Grips Southern Europe"),
    ("Lede sentence here.\nHeatwave Grips Europe\n\nHeatwave Grips Europe\nBody.", "Heatwave Grips Europe"),
    ("Temperatures reached 44C in Seville.\nTourists were warned.", None),
    ("PARIS\n\nTemperatures reached 44C.", None),  # a dateline is not a headline
])
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_appeal_ranges_empty_on_plain_news():
    assert appeal_ranges(NEWS * 3) == []


def test_news_about_sign_ups_is_not_an_appeal():
    text = ("Residents can sign up for flood alerts on the council website. The council said 3,000 had "
            "already done so. Those who sign up get a text message when the river passes 4 metres.")
    assert cleaned(text) == text


def test_broadcaster_style_caption_lines():
    text = ("Image source, Getty Images\n"
            "Image caption, Firefighters at the warehouse on Sunday, 12 May\n"
            "Story continues below advertisement\n"
            "Crews fought the blaze for 9 hours. Photograph: Sam Lee/Reuters\n"
            "The fire service said 60 firefighters attended.")
    assert cleaned(text) == ("Firefighters at the warehouse on Sunday, 12 May\n"
                             "Crews fought the blaze for 9 hours.\n"
                             "The fire service said 60 firefighters attended.")


def test_words_like_photo_inside_news_kept():
    text = "The photo: a fake, experts said. Reuters reported 12 arrests. Getty Images said it would sue."
    assert cleaned(text) == text


def test_quoted_appeals_by_people_in_the_story_are_news():
    text = ("\u201cWe need your support,\u201d the mayor told residents on Friday. \u201cPlease donate to the "
            "relief fund and sign up as a volunteer.\u201d The fund has raised $85,000 so far.")
    assert cleaned(text) == text


def test_mid_article_newsletter_block_and_read_more_links():
    text = ("Inflation fell to 3.2% in March, the statistics office said.\n\n"
            "Read more: Why food prices are still rising\n\n"
            "Get our morning briefing\nSign up for our newsletter and get the day's top stories in your inbox. "
            "You can unsubscribe at any time.\n\n"
            "Economists had expected a fall to 3.4%.")
    assert cleaned(text) == ("Inflation fell to 3.2% in March, the statistics office said.\n\n"
                             "Economists had expected a fall to 3.4%.")
