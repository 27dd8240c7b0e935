"""The per-string caches of align.text and judge.text: keyed on everything they read.

Several claims share one sentence, and align scores every pair, so the words
around a figure are cached; a key missing the figure would give every claim of
a sentence the first one's context.
"""

from __future__ import annotations

from claimdiff.align import text as align_text
from claimdiff.judge import text as judge_text
from claimdiff.types import Claim, ClaimKind

K = ClaimKind
BUDGET = ("The council approved a 2027 budget of 4.2 million pounds on Tuesday evening after a long debate, "
          "up from 3.9 million pounds in 2024.")
PORT = "Dockers unloaded 310 containers on Monday and 275 containers on Tuesday at the eastern terminal."


def claim(kind: ClaimKind, text: str, sentence: str, article: str = "a", **kw) -> Claim:
    start = sentence.find(text)
    return Claim(kind=kind, article=article, start=start, end=start + len(text), text=text,
                 sentence=sentence, score=0.8, **kw)


def _clear() -> None:
    for f in (align_text.content_words, align_text._local_of, align_text._years_of,
              align_text.concept_of, align_text._overlap, judge_text._topic_words):
        f.cache_clear()


def test_claims_of_one_sentence_keep_their_own_context() -> None:
    new = claim(K.MONEY, "4.2 million pounds", BUDGET, value=4.2e6)
    old = claim(K.MONEY, "3.9 million pounds", BUDGET, value=3.9e6)
    assert align_text._local(new) != align_text._local(old)
    assert align_text._years(new) == {"2027"}
    assert align_text._years(old) == {"2024"}


def test_topic_words_leave_out_each_claims_own_figure() -> None:
    first = claim(K.COUNT, "310 containers", PORT, value=310, concept="containers")
    second = claim(K.COUNT, "275 containers", PORT, value=275, concept="containers")
    at_first = {(d, w) for d, w, _ in judge_text._sentence_words(first)}
    at_second = {(d, w) for d, w, _ in judge_text._sentence_words(second)}
    # each sees the other's "containers" but not its own, at its own distances
    assert at_first != at_second
    assert PORT.find("275 containers") + len("275 ") - PORT.find("310 containers") in {d for d, _ in at_first}


def test_scores_are_the_same_cold_and_warm() -> None:
    a = claim(K.COUNT, "310 containers", PORT, value=310, concept="containers")
    b = claim(K.COUNT, "300 containers", "About 300 containers were unloaded at the eastern terminal on Monday.",
              article="b", value=300, concept="containers")
    c = claim(K.MONEY, "4.2 million pounds", BUDGET, article="b", value=4.2e6)
    pairs = [(a, b), (b, a), (a, c), (c, b)]
    _clear()
    cold = [align_text.similarity(x, y) for x, y in pairs]
    cold_words = [judge_text._sentence_words(x) for x in (a, b, c)]
    warm = [align_text.similarity(x, y) for x, y in pairs]
    warm_words = [judge_text._sentence_words(x) for x in (a, b, c)]
    assert cold == warm and cold_words == warm_words
    assert cold[0] > cold[2]  # the two container counts are closer than containers vs money


def test_overlap_cache_keys_on_both_strings() -> None:
    # the memo of the rapidfuzz score must tell (x, y) from (x, z) and from (y, x)
    _clear()
    pairs = [("council budget", "council budget vote"), ("council budget", "terminal containers"),
             ("council budget vote", "council budget")]
    cold = [align_text._overlap(x, y) for x, y in pairs]
    assert cold[0] != cold[1]
    assert [align_text._overlap(x, y) for x, y in pairs] == cold
    align_text._overlap.cache_clear()
    assert [align_text._overlap(x, y) for x, y in reversed(pairs)] == cold[::-1]
