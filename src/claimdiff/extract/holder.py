"""Whose figure it is: the named entities of the clause a figure sits in.

Financial and sports copy states many figures of one kind in one sentence, each
of another holder: "Target fell 9.7%, Costco 6.8%"; "Amazon rose 3% while Whole
Foods jumped 28%". What the figure measures is the same (a share move), the
thing measured is not, and only the parse tells them apart. The holders are the
organisations, people and nationalities on the figure's path up to its clause's
verb, and that verb's subject and objects: "Kroger's market value fell to $19.4
billion" -> {kroger}; "Amazon agreed to buy Whole Foods for $13.7 billion" ->
{amazon, whole foods}. Conjoined clauses ("..., Walmart was down 5%") belong to
their own figures and are not entered.

A distance is measured from a place ("75 miles north of Izmir", "250 km from
Istanbul"): that place joins the holders as "from:izmir", and two distances
from different places are never one fact.

A figure stated of a named place ("In Kessel district, 40 people died", "85 were
hurt in Port Nevin") carries it as "in:kessel district". Places nest, so across
articles they decide nothing; within one article, two tolls of one measure in
different named places are a list (a situation report's lines), not an update.

align keeps two figures apart when both have holders and no holder is shared
(align.anchors.shared_holder), and one article's two figures when their places differ
(align.anchors.same_place).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Entity labels that name a holder. Places (GPE, LOC) are left out: they nest
# ("Soma" is in "Turkey"), so two places do not make two facts.
HOLDER_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound", "amod", "nmod", "appos", "agent", "pobj"})
_SUBJECT_OR_OBJECT = frozenset({"nsubj", "nsubjpass", "dobj"})
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
MAX_STEPS = 8
# An "organisation" that is a sum the parser mislabelled ("$139b", "74bn"): no holder.
# Two digits at least: "3M" is a company.
_FIGURE = re.compile(r"\d{2,}[\d ]*(?:b|bn|m|mn|k|million|billion|trillion)?")


def normalise(name: str) -> str:
    """Lower case, no possessive, no punctuation: "Wal-Mart's" -> "walmart"."""
    name = re.sub(r"['\u2019]s?$", "", name.strip().lower())
    name = re.sub(r"^the\s+", "", name)
    return _NOT_WORD.sub("", name.replace("-", "")).strip()


@dataclass(frozen=True, slots=True)
class Names:
    """A document's holder entities, read once (spaCy builds ``doc.ents`` anew on
    each access): the normalised name of each of their tokens, and where each starts."""

    by_token: dict[int, str]
    starts: tuple[int, ...]  # character offsets, sorted

    def any_between(self, start: int, end: int) -> bool:
        """Does a holder entity start in the character range [start, end)?"""
        k = bisect_left(self.starts, start)
        return k < len(self.starts) and self.starts[k] < end


def holder_names(ents: "tuple[Span, ...]", labels: frozenset[str] = HOLDER_LABELS) -> Names:
    """The document's entities of ``labels`` (holders by default; places: PLACE_LABELS)."""
    by_token: dict[int, str] = {}
    starts = []
    for ent in ents:
        if ent.label_ in labels:
            name = normalise(ent.text)
            if _FIGURE.fullmatch(name):
                continue
            starts.append(ent.start_char)
            for i in range(ent.start, ent.end):
                by_token[i] = name
    return Names(by_token, tuple(sorted(starts)))


def _entities_under(tok: "Token", seen: set[int], names: dict[int, str]) -> set[str]:
    """Holder entities in the subtree of ``tok``, not entering clauses of their own."""
    out: set[str] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if t.i in names:
            out.add(names[t.i])
        stack.extend(c for c in t.children if c.dep_ not in ("conj", "cc", "relcl", "advcl", "ccomp", "punct"))
    return out


def _other_figure(tok: "Token", num: "Token") -> bool:
    return any(t.i != num.i and t.dep_ == "nummod" and t.like_num for t in tok.subtree)


def holders(num: "Token", index: Names, start: int = 0, end: int | None = None) -> str | None:
    """The figure's holders, normalised, sorted and joined by "|"; None when there are none.
    ``index``: holder_names of the document; ``start``/``end``: the figure's sentence
    (character offsets), to skip the walk when the sentence names no holder."""
    if not index.any_between(start, len(num.doc.text) if end is None else end):
        return None
    names = index.by_token
    found: set[str] = set()
    seen: set[int] = set()
    tok = num
    for _ in range(MAX_STEPS):
        for child in tok.children:
            # "35 Indian pilgrims were among the 717 dead": a subject with a figure of its
            # own is that figure's holder, not this one's
            if child.dep_ in _ARGUMENTS and child.i not in seen and not (
                    child.dep_ in _SUBJECT_OR_OBJECT and _other_figure(child, num)):
                found |= _entities_under(child, seen, names)
        if tok.i in names:
            found |= _entities_under(tok, seen, names)
        verb = tok.pos_ in ("VERB", "AUX")
        # "Amazon agreed to buy Whole Foods for $13.7 billion": the buyer is the subject of "agreed"
        if (verb and tok.dep_ != "xcomp") or tok.head.i == tok.i or tok.dep_ == "conj":
            break
        seen.add(tok.i)
        tok = tok.head
    found.discard("")
    return "|".join(sorted(found)) or None


_LOCATIVE = frozenset({"in", "at"})
_NOT_A_PLACE = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_PLACE_ENTITIES = PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "in district 12", "at ward 7": a numbered unit, the one place without a place entity
_NUMBERED_UNIT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[a-z]+\s+\d", re.I)


def may_name_place(places: Names, text: str, start: int, end: int) -> bool:
    """Could the sentence [start, end) name a place (a place entity, or a numbered unit)?
    place() walks the parse only when it can: most sentences name none."""
    return places.any_between(start, end) or _NUMBERED_UNIT.search(text, start, end) is not None


def _named(obj: "Token", num: "Token", anyhow: bool = False) -> str | None:
    """The name of an "in"/"at" object if it names a place: a place entity ("Kessel",
    "the Mina region") or a numbered unit ("district 12": a number after its noun).
    Only the name's own words count (compounds and the number), not clauses on it."""
    words = sorted([t for t in obj.children if t.dep_ == "compound" and t.i < obj.i]
                   + [obj] + [t for t in obj.children if t.dep_ in ("nummod", "appos") and t.i > obj.i
                              and t.pos_ == "NUM"], key=lambda t: t.i)
    if any(t.i == num.i for t in words):
        return None
    placed = any(t.ent_type_ in _PLACE_ENTITIES for t in words)
    numbered = words[-1] is not obj and words[-1].pos_ == "NUM" and words[-1].ent_type_ not in _NOT_A_PLACE
    if not (placed or numbered or anyhow):
        return None
    return "in:" + normalise(" ".join(t.text for t in words))


def _located(tok: "Token", num: "Token") -> str | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE:
            for obj in child.children:
                if obj.dep_ == "pobj" and (name := _named(obj, num)):
                    return name
    return None


def _subject_place(verb: "Token", num: "Token") -> str | None:
    """A place the clause's subject names or is in: "Kessel district reported 40
    deaths", "Officials in Kessel said ..."."""
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.i != num.i:
            if subj.ent_type_ in _PLACE_ENTITIES:
                return _named(subj, num, anyhow=True)
            return _located(subj, num)
    return None


def place(num: "Token") -> str | None:
    """The named place the figure is stated of, as a holder token "in:<name>": an
    "in"/"at" phrase on its path up to its clause's verb ("In Kessel district, 40
    people died"; "in district 12"; not "in hospital", "in the crush" or "in 2019"),
    or on the verb a conjoined clause shares ("..., and 85 were injured"); else a
    place the clause's subject names, or the subject of the verb reporting the clause
    ("Officials in Kessel said 40 people died")."""
    tok = num
    for _ in range(MAX_STEPS):
        found = _located(tok, num)
        if found:
            return found
        verb = tok.pos_ in ("VERB", "AUX")
        if verb and tok.dep_ == "conj":
            return _located(tok.head, num) or _subject_place(tok.head, num)
        if (verb and tok.dep_ != "xcomp") or tok.head.i == tok.i or tok.dep_ == "conj":
            if not verb:
                return None
            return _subject_place(tok, num) or (_subject_place(tok.head, num) if tok.dep_ == "ccomp" else None)
        tok = tok.head
    return None


# "... 250 km (155 miles) south of Istanbul", "75 miles from the capital, Ankara"
_FROM_PLACE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?"  # a bracketed conversion
    r"(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|away\s+|outside\s+)?"
    r"(?:of|from)\s+(?:the\s+(?:[a-z]+\s+)?)?(?:[a-z]+\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


def reference_place(text_after: str) -> str | None:
    """The place a distance is measured from, written right after it, as a holder token."""
    m = _FROM_PLACE.match(text_after)
    return f"from:{normalise(m.group('place'))}" if m else None
