"""Appeal cue patterns: their first-letter lookaheads are a speed-up only."""

from __future__ import annotations

import re

import pytest

from claimdiff.corpus import appeals

_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]+\]\)")

# Every phrase the cue patterns list (strong, weak, pronouns), each in a sentence.
PHRASES = [
    "your support", "support us", "support now", "support independent reporting", "support our work",
    "your donation", "your subscription", "donate today", "make a contribution", "one-off gift", "one-time donation",
    "monthly contribution", "annual gift", "recurring donation", "every contribution", "contribute now", "read more",
    "sign up", "subscribe here", "subscribe to our newsletter", "newsletters", "paywall", "independent journalism",
    "quality journalism", "free trial", "unlimited access", "digital access", "become a patron",
    "become an member", "already a member", "already an subscriber", "ad-free", "advert-free",
    "keep our journalism", "keep this journalism", "help keep", "help us fund", "help sustain",
    "our journalism free", "this reporting open", "log in", "login", "register for free", "cancel anytime",
    "donated", "unsubscribed", "subscribers", "journalists", "reporters", "contribution", "supporters", "readers",
    "inbox", "briefing", "support", "we", "us", "our", "you", "your",
]
TEXT = "\n".join(f"{i}. Then {form} here, said the editor." for i, p in enumerate(PHRASES)
                 for form in (p, p.upper(), p.capitalize()))


@pytest.mark.parametrize("name", ["_STRONG", "_WEAK", "_PRONOUN"])
def test_lookahead_changes_no_match(name):
    pattern = getattr(appeals, name)
    assert _LOOKAHEAD.search(pattern.pattern)
    plain = re.compile(_LOOKAHEAD.sub("", pattern.pattern, count=1), pattern.flags)
    found = [(m.span(), m.group()) for m in pattern.finditer(TEXT)]
    assert found == [(m.span(), m.group()) for m in plain.finditer(TEXT)]
    assert found


def test_every_strong_phrase_is_found():
    # the lookahead must not hide any listed appeal phrase, in any casing
    strong = PHRASES[:PHRASES.index("donated")]
    for p in strong:
        for form in (p, p.upper(), p.capitalize()):
            assert appeals._STRONG.search(f"Then {form} here."), form
