"""Numeric claims: counts, casualties, quantities with units, money, percentages.

``NumericExtractor.extract(doc, article)`` reads figures from the raw text
(``num_figure``: numbers, bounds, ranges, currencies, pint units), drops what is
not a count (dates, times, ages, ids, scores, durations - those belong to the
temporal extractor), and reads what is counted and what is said of it from
spaCy's dependency parse (``concept``, ``casualty``). spaCy's CARDINAL /
QUANTITY / MONEY / PERCENT entities confirm a figure (and raise its score) but
are not required: the small model misses about a third of quantities.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import Article, Claim, ClaimKind, Explanation
from ..units import dimension
from . import casualty, concept, holder, quantity
from .base import MAX_SCORE, MIN_SCORE, Entities, sentence_of
from .num_bounds import APPROX_TOLERANCE
from .num_figure import Figure, figures
from .numbers import NUMBER_WORDS
from .time_fuzzy import _MONTH_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "numeric"
_CONFIRMING = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_NAMING = {"PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE", "LOC", "ORDINAL"}
_TEMPORAL = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:years?|months?|weeks?|days?|decades?|century|centuries|ago|hours?|minutes?|seconds?|nights?"
    r"|a\.m\.|p\.m\.|am|pm|o'clock|season|quarter|spring|summer|autumn|fall|winter|morning|evening)\b"
    r"|\b(?:1[0-9]|20|21)\d\d\b|\b\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
_ID_BEFORE = re.compile(
    r"(?:\bNo\.|#|\b(?:number|article|section|chapter|route|highway|flight|room|gate|level|category|phase|"
    r"stage|game|round|page|grade|version|model|platform|terminal|ward|district|precinct|track|lane|pier|"
    r"building|block|line|bus|channel|apollo|vol\.?|issue|episode|season|series|class|type|size|tier|"
    r"group|pool|rank|ranked|no|seed|seeded|aged|age|ages|G)\s*)$",
    re.IGNORECASE,
)
_YEAR_PREP = re.compile(r"\b(?:in|since|by|until|till|from|before|after|during|through|of|between|and|to|circa|c\.|early|late|mid)\s*-?$", re.I)
_TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|BST|UTC|CET|EST|EDT|ET\b|PT\b|hrs\b|h\b)", re.I)
# three or more digit groups joined by single spaces, dots or hyphens: a phone number or an id
_PHONE = re.compile(r"(?<![\d,])\+?\(?\d{2,5}\)?(?:[-. ]\d{2,5}){2,}(?![\d,])")
_ONE_SKIP_NEXT = frozenset({"of", "another", "day", "time", "way", "thing", "side", "hand", "point", "or", "-", "by"})
_ONE_SKIP_PREV = frozenset({"no", "the", "any", "every", "each", "which", "this", "that", "someone", "only", "last", "no-"})

_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her|first|last|next|other|top)\s+$", re.I)
# A part of a whole ("one of the two main roads", "five of its 12 crew", "all of their
# three children") says how many the whole has: a figure, not a reference back.
_PART_OF_A_WHOLE = re.compile(
    rf"\b(?:{NUMBER_WORDS}|\d+|all|both|most|some|none|each|several|many|half)"
    r"\s+of\s+(?:the|its|their|our|his|her)\s+$", re.I)

_DAY_OF_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?![a-z])", re.I)
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{_MONTH_RE}\s+$", re.I)
_RATIO = re.compile(r"^\s+(?:in|out of)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)", re.I)
_RATIO_END = re.compile(r"(?:\d|\b(?:one|two|three|four|five))\s+(?:in|out of)\s+$", re.I)

# The denominator of a price right after the amount: "$42 a share", "$61.47 per barrel".
_PER_UNIT = re.compile(r"\s+(?:per|a|an|each)\s+([A-Za-z][A-Za-z-]*)\b")
# Base scores per rule, in the spirit of presidio's per-pattern scores.
BASE_SCORES = {"digits": 0.8, "digits+scale": 0.85, "words": 0.75, "vague": 0.6, "range": 0.8, "fraction": 0.7,
               "ratio": 0.75}


class NumericExtractor:
    """Counts, casualties, quantities, money and percentages with exact offsets."""

    name = NAME
    kinds = frozenset({ClaimKind.COUNT, ClaimKind.CASUALTY, ClaimKind.QUANTITY, ClaimKind.MONEY, ClaimKind.PERCENT})

    def __init__(self, approx_tolerance: float = APPROX_TOLERANCE) -> None:
        self.approx_tolerance = approx_tolerance

    def load(self) -> None:
        """Load heavy assets now (pint's unit registry, ~0.3 s) rather than on the first unit."""
        from .. import units

        units.registry()

    def extract(self, doc: "Doc", article: Article) -> list[Claim]:
        text = article.text
        claims: list[Claim] = []
        prior: list[tuple[int, str]] = []  # (offset, concept) for anaphora
        # spaCy builds doc.ents anew (a tuple of fresh Spans) on every access: read once
        ents = Entities(doc.ents)
        names = holder.holder_names(ents.all)
        places = holder.holder_names(ents.all, holder.PLACE_LABELS)
        for fig in figures(text, self.approx_tolerance):
            if fig.kind == "duration" or self._not_a_figure(doc, text, fig, ents):
                continue
            claim = self._claim(doc, article, fig, prior, ents, names, places)
            if claim is None:
                continue
            if claim.concept and claim.kind in (ClaimKind.COUNT, ClaimKind.CASUALTY):
                prior.append((claim.start, claim.concept))
            claims.append(claim)
        return claims

    # --- pruning (presidio's invalidate_result) ---------------------------------
    def _not_a_figure(self, doc: "Doc", text: str, fig: Figure, ents: Entities | None = None) -> bool:
        before = text[max(0, fig.start - 24):fig.start]
        if fig.glued_letters and fig.kind == "count":
            return True  # "1st", "5G", "3D"
        if fig.start >= 2 and text[fig.start - 1] == "-" and text[fig.start - 2].isalpha() \
                and fig.unit != "magnitude":
            return True  # "COVID-19", "F-16"; but "magnitude-6.4" is a magnitude
        if fig.kind == "count" and _ID_BEFORE.search(before):
            return True
        if _TIME_AFTER.match(text[fig.end:fig.end + 8]) or _TIME_AFTER.match(text[fig.num_end:fig.num_end + 8]):
            return True
        written = text[fig.num_start:fig.num_end]
        if fig.rule == "digits" and re.fullmatch(r"0\d+", written):
            return True  # "0732": a code or a phone number, never a count
        window_start = max(0, fig.num_start - 20)
        for m in _PHONE.finditer(text[window_start:fig.num_end + 20]):
            if window_start + m.start() <= fig.num_start < window_start + m.end() and fig.kind == "count":
                return True
        for ent in (ents or Entities(doc.ents)).overlapping(fig.num_start, fig.num_end):
            if ent.label_ in ("DATE", "TIME") and fig.kind == "count" and _TEMPORAL.search(ent.text):
                return True
            if ent.label_ in _NAMING and fig.kind == "count" and ent.text.strip() != written:
                return True  # "Boeing 737", "Apollo 11": part of a name
        if fig.kind == "count" and re.fullmatch(r"(?:1[0-9]|20|21)\d\d", written):
            if _YEAR_PREP.search(before) or re.match(r"^(?:'s|s\b|\s*[-–]\s*\d)", text[fig.num_end:fig.num_end + 4]):
                return True
        return False

    # --- building the claim -------------------------------------------------------
    def _claim(self, doc: "Doc", article: Article, fig: Figure, prior: list[tuple[int, str]],
               ents: Entities | None = None, names: "holder.Names | None" = None,
               places: "holder.Names | None" = None) -> Claim | None:
        text = article.text
        num = concept.number_token(doc, fig.num_start, fig.num_end)
        if num is None:
            return None
        s_start, s_end = sentence_of(doc, fig.start, fig.end)
        notes = list(fig.notes)
        value, low, high, unit, measure, concept_key = fig.value, fig.low, fig.high, fig.unit, None, None
        amount_of: str | None = None  # the noun an amount is the value of (money, shares)
        if fig.kind == "count" and self._definite(text, fig):
            return None
        if fig.fraction:
            kind = ClaimKind.PERCENT
            value, low, high = (None if v is None else round(v * 100, 2) for v in (value, low, high))
            unit = "percent"
            notes.append(f"'{text[fig.num_start:fig.num_end]}' read as a share: {value} percent")
        elif fig.kind == "money":
            kind = ClaimKind.MONEY
            tokens = self._figure_tokens(doc, num, fig)
            amount_of = self._amount_concept(tokens, notes)
            if amount_of is None:  # "he will earn 45m euros a year": the verb says what it is
                measure = next(filter(None, map(concept.amount_verb, tokens)), None)
                if measure:
                    notes.append(f"the object of '{measure}'")
            per = self._per_unit(doc, text, fig.end)
            period = next(filter(None, map(concept.amount_period, tokens)), None) \
                if per is None and unit and "/" not in unit else None
            if per is not None:  # "$42 a share", "$61.47 per barrel": a price, never a total
                unit, fig.end = f"{unit}/{per[0]}", per[1]
                notes.append(f"a price per {per[0]}")
            elif period is not None:  # "weekly wages of £90,000": a rate, as "£90,000 a week" is
                unit = f"{unit}/{period}"
                notes.append(f"an amount per {period}")
        elif fig.kind == "percent":
            kind = ClaimKind.PERCENT
            amount_of = self._amount_concept(self._figure_tokens(doc, num, fig), notes)
        elif fig.kind == "quantity":
            kind = ClaimKind.QUANTITY
            ctx = text[max(s_start, fig.start - 30):min(s_end, fig.end + 15)]
            measure = "magnitude" if unit == "magnitude" else quantity.measure_for(fig.unit_dim or "", ctx)
        else:
            noun, how = concept.counted_noun(num)
            if noun is not None and noun.lemma_.lower() in concept.TIME_NOUNS:
                return None  # "over four seasons": a duration, the temporal extractor's
            if re.match(r"-(?!strong\b)[A-Za-z]", text[fig.num_end:fig.num_end + 8]):
                return None  # "a two-bedroom flat", "a five-star hotel": a modifier, not a count
            if _DAY_OF_MONTH_AFTER.match(text[fig.num_end:fig.num_end + 12]) or _DAY_OF_MONTH_BEFORE.search(
                    text[max(0, fig.start - 12):fig.start]):
                return None  # "24 Sep 2015", "Nov. 26": a day of the month, not a count
            if _RATIO.match(text[fig.num_end:fig.num_end + 12]) or _RATIO_END.search(text[max(0, fig.start - 8):fig.start]):
                return None  # "1 in 14 million": odds, not two counts (shares are read as ratios)
            concept_key = concept.concept_word(noun)
            if how == "pronoun":
                concept_key = self._resolve(doc, num, noun, prior, notes)
            elif concept_key:
                notes.append(f"counts '{noun.text}' ({how}) → concept '{concept_key}'")
            top = concept.climb(num)  # "tens of thousands": the outermost numeral carries the role
            if noun is None and top.dep_ in ("nsubj", "nsubjpass"):
                # "1,200 people died and 3,400 were injured": the bare figure counts the same thing
                concept_key = concept.antecedent(prior, top.sent.start_char, top.sent.start_char, fig.start)
                if concept_key:
                    notes.append(f"bare figure as subject: counts '{concept_key}' like the figure before it (ellipsis)")
            # a pronoun or a tally's noun ("the number of Britons killed rose to 12") is not
            # where the figure's own words are
            own = noun if how not in ("pronoun", "tally-of") else None
            found = casualty.casualty_measure(top, own)
            if found and found[0]:
                measure = found[0]
                notes.append(f"'{found[1]}' → measure '{measure}'")
            else:
                measure = casualty.plain_measure(top, own)
            kind = ClaimKind.CASUALTY if casualty.is_casualty(measure) else ClaimKind.COUNT
            if text[fig.num_start:fig.num_end].lower() == "one" and (
                kind != ClaimKind.CASUALTY or not self._one_is_count(num)
            ):
                return None  # "one" is a count claim mostly as a toll ("one person died")
            if concept_key is None and measure is None:
                return None  # a bare figure that says nothing checkable
        base = BASE_SCORES.get(fig.rule, 0.7)
        score = base + (0.05 if unit or measure else 0.0) + (0.05 if concept_key else 0.0)
        ent = next((ents or Entities(doc.ents)).overlapping(fig.num_start, fig.num_start + 1), None)
        if ent is not None and ent.label_ in _CONFIRMING:
            score += 0.05
            notes.append(f"spaCy entity {ent.label_} '{ent.text}' agrees")
        score = max(MIN_SCORE, min(MAX_SCORE, score))
        return Claim(
            kind=kind,
            article=article.id,
            start=fig.start,
            end=fig.end,
            text=text[fig.start:fig.end],
            sentence=text[s_start:s_end],
            value=value,
            low=low,
            high=high,
            unit=unit,
            measure=measure,
            concept=concept_key,
            amount_of=amount_of,
            conversions=tuple(fig.conversions) if kind == ClaimKind.MONEY else (),
            qualifier=fig.qualifier,
            holder=self._holder(num, text, fig, unit, holder.holder_names(doc.ents) if names is None else names,
                                s_start, s_end, places),
            score=round(score, 3),
            explanation=Explanation(NAME, f"{kind.value}.{fig.rule}", base, tuple(notes)),
        )

    @staticmethod
    def _holder(num: "Token", text: str, fig: Figure, unit: str | None, names: holder.Names,
                s_start: int, s_end: int, places: "holder.Names | None" = None) -> str | None:
        """The clause's holders, the named place it is stated of, and for a distance the
        place it is measured from. ``places``: holder_names of the document's place
        entities, to skip the walk in sentences that name none (None: always walk)."""
        found = set((holder.holders(num, names, s_start, s_end) or "").split("|"))
        if places is None or holder.may_name_place(places, text, s_start, s_end):
            found.add(holder.place(num) or "")
        if unit is not None and dimension(unit) == "[length]":
            found.add(holder.reference_place(text[fig.end:fig.end + 80]) or "")
        return "|".join(sorted(found - {""})) or None

    @staticmethod
    def _per_unit(doc: "Doc", text: str, end: int) -> tuple[str, int] | None:
        """(noun, end) of "per barrel", "a share", "an hour" right after an amount."""
        m = _PER_UNIT.match(text, end)
        if not m:
            return None
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].pos_ not in ("NOUN", "PROPN"):
            return None
        return span[0].lemma_.lower() if span[0].pos_ == "NOUN" else span[0].text, m.end(1)

    @staticmethod
    def _figure_tokens(doc: "Doc", num: "Token", fig: Figure) -> list["Token"]:
        """The figure's number token, then every token of its figure: "€30m." may parse as
        "30" under "of" and "m." elsewhere, and the parse is read from whichever fits."""
        span = doc.char_span(fig.num_start, fig.num_end, alignment_mode="expand")
        return [num, *(t for t in (span if span is not None else ()) if t.i != num.i)]

    @staticmethod
    def _amount_concept(tokens: list["Token"], notes: list[str]) -> str | None:
        found = next(filter(None, map(concept.amount_noun, tokens)), None)
        if found:
            notes.append(f"amount of '{found}'")
        return found

    @staticmethod
    def _definite(text: str, fig: Figure) -> bool:
        """"the two countries", "its three members": a reference, not a new figure."""
        if fig.qualifier or fig.value is None or fig.value > 12:
            return False
        before = text[max(0, fig.start - 20):fig.start]
        # "one of the two main roads" says how many there are; "the two countries" refers back
        return bool(_DEFINITE_BEFORE.search(before)) and not _PART_OF_A_WHOLE.search(before)

    @staticmethod
    def _one_is_count(num: "Token") -> bool:
        doc = num.doc
        nxt = doc[num.i + 1].lower_ if num.i + 1 < len(doc) else ""
        prev = doc[num.i - 1].lower_ if num.i > 0 else ""
        return nxt not in _ONE_SKIP_NEXT and prev not in _ONE_SKIP_PREV and num.pos_ == "NUM"

    @staticmethod
    def _resolve(doc: "Doc", num: "Token", pron: "Token", prior: list[tuple[int, str]], notes: list[str]) -> str | None:
        sent = num.sent
        prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        found = concept.antecedent(prior, sent.start_char, prev_start, num.idx)
        if found is None:
            floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            noun = concept.nearest_plural_noun(doc, num.i, floor)
            found = concept.concept_word(noun)
        if found:
            notes.append(f"'{pron.text}' refers to the '{found}' counted before (anaphora)")
        return found
