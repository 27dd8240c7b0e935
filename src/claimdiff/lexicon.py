"""Word senses: do two words name the same thing, or one a kind of the other?

Read from a table derived from WordNet 3.0 (Princeton University, licence in
data/WORDNET-LICENSE) that ships with the package; tools/wordnet_table.py
builds it. For each single-word noun and verb the table holds the ids of its
commonest senses (with those of the verbs or nouns it derives from, so
"survivor" meets "survive") and of their hypernyms a few levels up, so "miners"
are found among "workers". Nothing is downloaded; the table is read on first
use, and a word's row is parsed only when it is asked about.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

# Inflections WordNet's morphy strips, per part of speech (suffix, replacement).
_RULES = {
    "n": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y"), ("s", "")),
    "v": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")),
}


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    """The table's lines: "pos\tword\tsenses\tabove", irregular forms as "x<pos>\tform\tbase\t".
    tools/wordnet_table.py writes them sorted by part of speech and word, so a word's
    row is found by bisection: building a dict of all 70,000 rows cost more than every
    lookup of a run."""
    data = resources.files("claimdiff").joinpath("data/wordnet.tsv.gz").read_bytes()
    return gzip.decompress(data).decode("utf-8").splitlines()


def _row(pos: str, word: str) -> str | None:
    """The rest of the line of ``word`` under ``pos`` ("n", "v", "xn", "xv"), if the table has one."""
    lines = _lines()
    key = f"{pos}\t{word}\t"
    i = bisect_left(lines, key)
    return lines[i][len(key):] if i < len(lines) and lines[i].startswith(key) else None


def base_form(word: str, pos: str) -> str | None:
    """The table's lemma for a written form ("survived" -> "survive", "found" -> "find"), if any."""
    word = word.lower().strip()
    if _row(pos, word) is not None:
        return word
    irregular = _row("x" + pos, word)
    if irregular is not None:
        return irregular.partition("\t")[0]
    for suffix, repl in _RULES[pos]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            candidate = word[: len(word) - len(suffix)] + repl
            if _row(pos, candidate) is not None:
                return candidate
    return None


@lru_cache(maxsize=16384)
def _senses(word: str, pos: str) -> tuple[frozenset[str], frozenset[str]] | None:
    lemma = base_form(word, pos)
    row = _row(pos, lemma) if lemma is not None else None
    if row is None:
        return None
    senses, above = row.split("\t")
    return frozenset(senses.split(",")) - {""}, frozenset(above.split(",")) - {""}


@lru_cache(maxsize=65536)
def related(a: str, b: str, pos_a: str = "n", pos_b: str = "n") -> bool:
    """Do ``a`` and ``b`` share a common sense, or is a common sense of one a kind of
    the other's ("miner", "worker")? Parts of speech: "n" or "v"."""
    if a == b and pos_a == pos_b:
        return True
    x, y = _senses(a, pos_a), _senses(b, pos_b)
    if x is None or y is None:
        return False
    return bool(x[0] & y[0] or x[0] & y[1] or y[0] & x[1])
