"""Ages: "a 25-year-old", "aged 15", "72 years old", "in his 50s", "Ahmed, 44, said".

An age is an ``AGE`` claim in years, never a count and never a date: "in his 50s"
is 50-59 years of age, not the 1950s. ``concept`` is the noun the age describes
("the 15-year-old aircraft" -> aircraft; "a 25-year-old Brazilian" -> Brazilian),
``holder`` the person it is given for when one is named in the phrase, so two
ages compare only when they are about one person or thing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import Article, Claim, ClaimKind, Explanation
from .base import Entities, sentence_of
from .numbers import find_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "age"
BASE_SCORE = 0.85
_AGE_CUE = re.compile(r"(?P<old>[-\s\u2011](?:years?|yr)[-\s\u2011]old\b)|\b(?:aged|age)\s+(?P<n>\d{1,3})\b", re.I)
_DECADE = re.compile(r"\b(?P<pron>his|her|their)\s+(?P<part>(?:early|mid|late)[-\s]?)?(?P<d>[1-9]0)s\b", re.I)
# "Ahmed Khan, 44, a teacher": a number between commas right after a person's name.
_COMMA_AGE = re.compile(r"^,\s*(?P<n>\d{1,3}),")
_PART = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}


class AgeExtractor:
    """Extractor for AGE claims (``name`` "age")."""

    name = NAME
    kinds = frozenset({ClaimKind.AGE})

    def extract(self, doc: "Doc", article: Article) -> list[Claim]:
        text = article.text
        claims: list[Claim] = []
        # Only the words before "-year-old" / after "aged" are read for a number, so the
        # cost is that of a regex scan, not of a second pass of the number reader.
        for m in _AGE_CUE.finditer(text):
            if m.group("old"):
                window_start = max(0, m.start() - 30)
                nums = [n for n in find_numbers(text[window_start:m.start()]) if n.end == m.start() - window_start]
                if nums and nums[-1].value is not None and 0 < nums[-1].value < 1000:  # "a 149-year-old bank"
                    n, v = nums[-1], nums[-1].value
                    claims.append(self._claim(doc, article, window_start + n.start, m.end(), v, v, v, "years-old"))
            else:
                v = float(m.group("n"))
                if 0 < v < 130:
                    claims.append(self._claim(doc, article, m.start(), m.end(), v, v, v, "aged"))
        for m in _DECADE.finditer(text):
            d = int(m.group("d"))
            lo, hi = _PART.get((m.group("part") or "").strip("- ").lower(), (0, 9))
            start = m.start("part") if m.group("part") else m.start("d")
            claims.append(self._claim(doc, article, start, m.end(), None, d + lo, d + hi, "decade of life"))
        for ent in Entities(doc.ents).all:
            if ent.label_ != "PERSON":
                continue
            m = _COMMA_AGE.match(text[ent.end_char:ent.end_char + 8])
            if m and 0 < int(m.group("n")) < 120:
                a = ent.end_char + m.start("n")
                v = float(m.group("n"))
                claims.append(self._claim(doc, article, a, a + len(m.group("n")), v, v, v, "name, age,",
                                          holder=ent.text.lower()))
        return claims

    def _claim(self, doc: "Doc", article: Article, start: int, end: int, value: float | None, low: float,
               high: float, rule: str, holder: str | None = None) -> Claim:
        s0, s1 = sentence_of(doc, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        noun = _described(span[-1]) if span is not None and len(span) else None
        if holder is None and noun is not None and noun.ent_type_ == "PERSON":
            holder = noun.text.lower()
        concept = noun.lemma_.lower() if noun is not None else None
        notes = [f"'{article.text[start:end]}' → age {value if value is not None else f'{low:g}-{high:g}'}"]
        if concept:
            notes.append(f"the age of '{noun.text}'")
        return Claim(
            kind=ClaimKind.AGE, article=article.id, start=start, end=end, text=article.text[start:end],
            sentence=article.text[s0:s1], value=value, low=low, high=high, unit="year", concept=concept, measure="age",
            holder=holder, score=BASE_SCORE, explanation=Explanation(NAME, f"age/{rule}", BASE_SCORE, tuple(notes)),
        )


def _described(tok: "Token") -> "Token | None":
    """The noun an age is said of: the head of "25-year-old Brazilian", the subject of
    "he is 72 years old", the noun before "aged 15", the person of "in his 50s"."""
    head = tok
    for _ in range(4):
        if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i and not head.lower_.startswith("year"):
            return head
        if head.head.i == head.i:
            break
        head = head.head
    if head.pos_ in ("AUX", "VERB"):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None
