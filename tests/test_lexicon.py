"""lexicon: the WordNet-derived table shipped in the package."""

from __future__ import annotations

import pytest

from claimdiff import lexicon


@pytest.mark.parametrize("a, b, pos_a, pos_b", [
    ("miner", "worker", "n", "n"),  # a kind of: miner -> laborer -> workman -> employee -> worker
    ("employee", "worker", "n", "n"),
    ("survivor", "survived", "n", "v"),  # derivation, through an inflected form
    ("slashed", "cut", "v", "v"),
    ("fatalities", "death", "n", "n"),
])
def test_related_words(a, b, pos_a, pos_b) -> None:
    assert lexicon.related(a, b, pos_a, pos_b)
    assert lexicon.related(b, a, pos_b, pos_a)


@pytest.mark.parametrize("a, b", [("fee", "salary"), ("passenger", "crew"), ("prefecture", "rescuer"),
                                  ("miner", "child")])
def test_unrelated_words(a, b) -> None:
    assert not lexicon.related(a, b)


def test_base_forms_follow_wordnet_morphology() -> None:
    assert lexicon.base_form("sent", "v") == "send"  # an irregular form (verb.exc)
    assert lexicon.base_form("rose", "v") == "rise"
    assert lexicon.base_form("survived", "v") == "survive"
    assert lexicon.base_form("casualties", "n") == "casualty"
    assert lexicon.base_form("qwxz", "n") is None
    assert not lexicon.related("qwxz", "worker")


def test_the_shipped_table_is_sorted_so_rows_are_found_by_bisection():
    lines = lexicon._lines()
    assert lines == sorted(lines)
    assert all(line.count("\t") == 3 for line in lines[:: max(1, len(lines) // 500)])
