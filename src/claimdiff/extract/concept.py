"""What a figure counts, from the dependency parse.

Convention: the concept is the lemma of the counted noun, lower-cased and
singular ("North Korean soldiers" -> "soldier", "people" -> "people": spaCy's
lemma of "people" is "people", and "person" is folded into it so "one person"
and "12 people" count the same thing). Modifiers are left out on purpose: two
articles rarely agree on them ("North Korean soldiers" vs "troops from the
North"), while alignment needs a stable key.

Anaphora common in news ("4,700 of them") takes the concept of the latest
count before it in the same or the previous sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from typing import TYPE_CHECKING

from .. import measures

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS = frozenset({"them", "those", "these", "they", "whom", "which", "us", "you"})
_MODIFIER_DEPS = frozenset({"nummod", "amod", "compound", "quantmod", "npadvmod", "det", "nmod"})
_FOLD = {"person": "people", "persons": "people"}
# Nouns that say what a figure is, not what it counts.
_NOT_CONCEPT = frozenset(
    {"%", "percent", "cent", "time", "times", "year", "month", "week", "day", "hour", "minute",
     "second", "decade", "century", "number", "total", "figure", "toll", "tally", "count", "one",
     "of", "lot", "dozen", "hundred", "thousand", "million", "billion", "total"}
)


def number_token(doc: "Doc", start: int, end: int) -> "Token | None":
    """The token that carries the figure: the last numeric token of [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    # the last token: a scale word or suffix ("million", "m", "dozen") heads the digits
    return span[-1]


NUMERIC_NOUNS = frozenset({"tens", "hundreds", "thousands", "millions", "billions", "dozens", "dozen", "scores"})


def _numeric(tok: "Token") -> bool:
    return tok.like_num or tok.pos_ == "NUM" or tok.lower_ in NUMERIC_NOUNS


def climb(tok: "Token") -> "Token":
    # "1.2 million", "tens of thousands": the figure's head token is the outermost numeral
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in ("compound", "quantmod", "nummod") and _numeric(head) and all(
                _numeric(t) or t.lower_ in ("-", "\u2013", "to", "and", "or", "between")
                for t in tok.doc[min(tok.i, head.i) + 1:max(tok.i, head.i)]):
            tok = head  # one number in several tokens; not "three dead, 15 hurt", two figures
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and _numeric(head.head):
            tok = head.head
        else:
            break
    return tok


def counted_noun(num: "Token", climb_first: bool = True) -> tuple["Token | None", str]:
    """(noun token, how found): how is nummod, of, of-head, pronoun, next or none."""
    t = climb(num) if climb_first else num
    doc = num.doc
    if num.i + 2 < len(doc) and doc[num.i + 1].text == "-" and doc[num.i + 2].lower_ == "strong":
        # "a 40,000-strong crowd": the noun after "strong" is counted
        noun = next((tok for tok in doc[num.i + 3:num.i + 7] if tok.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            return noun, "strong"
    if t.dep_ in _MODIFIER_DEPS and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return t.head, "nummod"
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.lower_ in PRONOUNS:
                return pobj, "pronoun"
            if _numeric(pobj):
                return counted_noun(pobj, climb_first=False)
            if pobj.pos_ in ("NOUN", "PROPN"):
                return pobj, "of"
    # "a crowd of 74,000", "a total of 300": the noun the figure is "of"
    if (
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN"
        and t.head.head.i < t.i and not _numeric(t.head.head)
    ):
        return t.head.head, "of-head"
    # the parse missed it: the first noun run right after the figure
    last = None
    for tok in doc[num.i + 1:num.i + 6]:
        if tok.pos_ in ("NOUN",) or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "GPE")):
            last = tok
            continue
        if last is not None:
            break
        if tok.pos_ in ("ADJ", "ADV") or tok.ent_type_ == "NORP" or tok.text in ("-", "more", "other"):
            continue
        break
    if last is not None:
        return last, "next"
    tally = _tally_of(t)
    if tally is not None:
        return tally, "tally-of"
    return None, "none"


# Nouns that count something named after "of": "the number of Britons killed".
_TALLY_NOUNS = frozenset({"number", "tally", "count", "total"})


def _tally_of(t: "Token") -> "Token | None":
    """"The number of Britons killed has risen to 12": what a figure the tally rose to
    (or reached, or stands at) counts."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "at") else t.head
    if t.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _TALLY_NOUNS:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if of else None


TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year",
     "decade", "century", "season", "term", "quarter", "semester", "lifetime", "generation"}
)


# Nouns that name a part of a group written before them ("crew members", "family
# members"): the group is what is counted.
RELATIONAL_NOUNS = frozenset({"member"})


def concept_word(noun: "Token | None") -> str | None:
    """The concept key for a counted noun, or None when the noun is a measure or a unit."""
    if noun is None or noun.lower_ in PRONOUNS:
        return None
    lemma = noun.lemma_.lower() if noun.pos_ != "PROPN" else noun.lower_
    if noun.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "Palestinians" -> "palestinian": spaCy leaves proper plurals alone
    lemma = _FOLD.get(lemma, lemma)
    if lemma in RELATIONAL_NOUNS:
        # "eight crew members" counts the crew, as "a crew of eight" does; so does "the
        # crew's 12 members"
        group = next((c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"), None)
        if group is None:  # the parser may hang "the crew's" elsewhere: the possessive just before
            mark = next((t for t in noun.doc[max(0, noun.i - 3):noun.i] if t.dep_ == "case"
                         and t.lower_ in ("'s", "\u2019s")), None)
            group = mark.head if mark is not None and mark.head.pos_ == "NOUN" else None
        if group is not None:
            return concept_word(group)
    if lemma in _NOT_CONCEPT or noun.lower_ in _NOT_CONCEPT:
        return None
    if measures.canonical_casualty(noun.lower_) or measures.canonical_casualty(lemma) or lemma == "dead":
        return None
    return lemma


def antecedent(prior: list[tuple[int, str]], sent_start: int, prev_sent_start: int, pos: int) -> str | None:
    """Latest concept (by position) before ``pos`` and no earlier than the previous sentence.
    ``prior`` is in position order (bisection: a figure-dense document has thousands)."""
    k = bisect_left(prior, pos, key=lambda p: p[0])
    return prior[k - 1][1] if k and prior[k - 1][0] >= prev_sent_start else None


def nearest_plural_noun(doc: "Doc", before_i: int, floor_i: int) -> "Token | None":
    """Fallback antecedent: the nearest plural common noun before the pronoun."""
    for tok in reversed(doc[floor_i:before_i]):
        if tok.tag_ == "NNS" and concept_word(tok):
            return tok
    return None


# The figure's own words: scale words, currency and unit nouns, symbols. An amount's
# noun is looked for past them ("a 222 million euro release clause" -> clause).
_AMOUNT_WORDS = frozenset(
    {"million", "billion", "trillion", "thousand", "hundred", "mn", "m", "bn", "b", "k", "tn", "dollar", "euro",
     "pound", "yen", "yuan", "rupee", "franc", "cent", "penny", "pence", "percent", "per", "%", "$", "€", "£", "¥",
     "point", "usd", "eur", "gbp"}
)
_AMOUNT_DEPS = frozenset({"compound", "nummod", "quantmod", "nmod", "amod"})


def _amount_part(tok: "Token") -> bool:
    return _numeric(tok) or tok.lemma_.lower() in _AMOUNT_WORDS or tok.lower_ in _AMOUNT_WORDS


def amount_noun(num: "Token") -> str | None:
    """The noun an amount (money, a share, a measurement) is the value of, from the
    parse: "a $13.7 billion deal" -> deal; "a net loss of 2.8 billion euros" -> loss;
    "its closing price of $33.06" -> price; "the fee was €222m" -> fee; "revenue rose
    18 percent" -> revenue. None when nothing names it ("Target fell 9%": its holder
    says the rest)."""
    head = amount_head(num)
    return None if head is None else concept_word(head)


# Adjectives that make an amount a rate: "weekly wages of £90,000" are £90,000 a week.
# ("an annual salary of €30m" is a plain sum: units.py reads a sum without a period as a year's.)
PERIOD_ADJECTIVES = {"weekly": "week", "monthly": "month", "daily": "day"}


def amount_period(num: "Token") -> str | None:
    """The period of an amount whose noun says it is paid per period shorter than a
    year ("weekly wages of £300,000" -> week), else None."""
    head = amount_head(num)
    if head is None:
        return None
    return next((PERIOD_ADJECTIVES[c.lower_] for c in head.children
                 if c.dep_ == "amod" and c.lower_ in PERIOD_ADJECTIVES), None)


def amount_verb(num: "Token") -> str | None:
    """The verb an amount is the object of ("he will earn 45m euros a year" -> earn), for
    an amount no noun names: the verb then says what it is (a pay, a price paid)."""
    t = _amount_top(num)
    if t.dep_ == "appos" and t.head.dep_ == "dobj":
        t = t.head  # "earn 45m euros a year - 865,000 euros a week": the same sum again
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        return t.head.lemma_.lower()
    return None


def _amount_top(num: "Token") -> "Token":
    """The last token of an amount's own words ("222 million euro"), from its numeral."""
    t = num
    for _ in range(6):
        if t.dep_ in _AMOUNT_DEPS and t.head.i > t.i and _amount_part(t.head):
            t = t.head
        else:
            break
    return t


def _verb_of_amount(t: "Token") -> "Token | None":
    """The verb an amount's last token hangs on: directly ("rose 18 percent"), through a
    preposition ("rose to $980") or through the adverb of the move ("closed down 5.4%",
    "ended 2.3% higher")."""
    if t.dep_ not in ("attr", "dobj", "npadvmod", "advmod", "oprd", "pobj"):
        return None
    if t.head.pos_ in ("VERB", "AUX"):
        return t.head
    if t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head.head
    if t.dep_ == "npadvmod" and t.head.dep_ == "advmod" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head.head
    return None


def _subject(verb: "Token") -> "Token | None":
    """The verb's noun subject; a verb joined to an earlier one without its own subject
    shares that one's ("its shares erased early gains and closed down 5.4%")."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found if found.pos_ == "NOUN" else None
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def amount_head(num: "Token") -> "Token | None":
    """The token of amount_noun's noun."""
    t = _amount_top(num)  # past the figure's own words: "222 million euro"
    head = None
    if t.dep_ in _AMOUNT_DEPS and t.head.i > t.i and t.head.pos_ == "NOUN":
        head = t.head
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head  # "release clause": the last noun of the compound
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.head.head.i < t.i:
        head = t.head.head
    elif t.dep_ == "appos" and t.head.pos_ == "NOUN":
        head = t.head
    elif (verb := _verb_of_amount(t)) is not None:
        # "efficacy was 78%", "revenue rose 18 percent", "Amazon stock rose to $980":
        # the subject of the verb is what the amount measures
        # ... unless the verb acts on an object: in "the vaccine cut cases by 71%" the
        # subject is the agent, not what was measured
        if not any(c.dep_ == "dobj" and c.i != t.i for c in verb.children):
            head = _subject(verb)
    if head is None or _amount_part(head) or head.lemma_.lower() in TIME_NOUNS:
        return None
    return head
