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
from functools import lru_cache
from importlib import resources

# Inflections WordNet's morphy strips, per part of speech (suffix, replacement).
_RULES = {
    "n": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y"), ("s", "")),
    "v": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")),
}


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(rows by (pos, lemma): "senses\\tabove", irregular forms by (pos, form): base)."""
    rows: dict[tuple[str, str], str] = {}
    irregular: dict[tuple[str, str], str] = {}
    data = resources.files("claimdiff").joinpath("data/wordnet.tsv.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        pos, word, senses, above = line.split("\t")
        if pos.startswith("x"):
            irregular[(pos[1], word)] = senses
        else:
            rows[(pos, word)] = f"{senses}\t{above}"
    return rows, irregular


def base_form(word: str, pos: str) -> str | None:
    """The table's lemma for a written form ("survived" -> "survive", "found" -> "find"), if any."""
    rows, irregular = _table()
    word = word.lower().strip()
    if (pos, word) in rows:
        return word
    if (pos, word) in irregular:
        return irregular[(pos, word)]
    for suffix, repl in _RULES[pos]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            candidate = word[: len(word) - len(suffix)] + repl
            if (pos, candidate) in rows:
                return candidate
    return None


@lru_cache(maxsize=16384)
def _senses(word: str, pos: str) -> tuple[frozenset[str], frozenset[str]] | None:
    lemma = base_form(word, pos)
    if lemma is None:
        return None
    senses, above = _table()[0][(pos, lemma)].split("\t")
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
