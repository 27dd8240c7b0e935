"""Who says so: attach the source a sentence (or quote) names to its claims.

``attribute(doc, claims)`` finds, per sentence, the first of these and sets it
as ``Claim.attribution`` on every claim of the sentence (numeric and temporal)
that has none yet:

1. "according to X", "as per X", "citing X"  (the noun phrase X)
2. a reporting verb with a subject: "X said", "X reported", "state media reported"
3. a report noun with a reporting participle: "intelligence reports claiming that",
   "an assessment shared with lawmakers", "figures released by the ministry"

The text is kept as written, leading determiners trimmed ("a South Korean
government intelligence assessment" -> "South Korean government intelligence
assessment"). Pronoun subjects ("he said") are not sources; a quote spanning
several sentences takes the attribution found anywhere in or right after it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..types import Claim

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span, Token

REPORT_VERBS = frozenset(
    {"say", "report", "tell", "claim", "state", "announce", "confirm", "estimate", "add", "note",
     "allege", "disclose", "reveal", "warn", "insist", "assert", "indicate", "show", "suggest",
     "brief", "declare", "acknowledge", "write", "tally", "count", "find", "put", "record",
     "publish", "calculate", "project", "forecast", "predict", "tweet", "post", "explain",
     "admit", "concede", "deny", "believe", "testify", "recount", "describe"}
)
REPORT_NOUNS = frozenset(
    {"report", "assessment", "statement", "estimate", "survey", "study", "data", "figure",
     "analysis", "briefing", "document", "release", "tally", "count", "census", "poll",
     "intelligence", "record", "filing", "review", "audit", "investigation", "forecast"}
)
_PARTICIPLES = frozenset(
    {"claim", "say", "show", "suggest", "indicate", "estimate", "find", "share", "release",
     "publish", "obtain", "see", "cite", "issue", "present", "give", "provide", "compile"}
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# a quote never runs across a paragraph break: unmatched straight quotes are common
_QUOTES = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"")
_PROVIDERS = frozenset({"provide", "release", "distribute", "supply", "publish", "issue", "post"})


def _provider(tok: "Token") -> "Token | None":
    """"a photo provided by the government shows": the government is the source."""
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _PROVIDERS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = _object(agent, ("pobj",)) if agent is not None else None
            if obj is not None:
                return obj
    return None


def _phrase(tok: "Token") -> str | None:
    """The noun phrase headed by ``tok``: its left modifiers, and a short "of/for X"."""
    provider = _provider(tok)
    if provider is not None:
        tok = provider
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from", "in", "with"):
            sub = list(child.subtree)
            if len(sub) <= 6 and any(t.pos_ == "PROPN" for t in sub):
                end = sub[-1].i + 1
            break
        if child.dep_ in ("compound", "appos", "flat") and child.i == end:
            end = child.right_edge.i + 1
    toks = [t for t in doc[start:end]]
    while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or (len(toks) == 1 and toks[0].lower_ in _PRONOUNS):
        return None
    return doc[toks[0].i:toks[-1].i + 1].text


def _object(tok: "Token", deps: tuple[str, ...]) -> "Token | None":
    return next((c for c in tok.children if c.dep_ in deps), None)


@dataclass(frozen=True, slots=True)
class Source:
    """A source named in a sentence. ``scope`` is the token whose subtree it covers
    (None: the whole sentence), so "Scheduled for 2026, ... after X acknowledged
    sending troops" does not make X the source of the date."""

    text: str
    cue: str
    scope: "Token | None" = None

    def covers(self, tok: "Token | None") -> bool:
        if self.scope is None or tok is None or self.scope.dep_ == "ROOT" or self.scope == tok:
            return True
        return self.scope in tok.ancestors


def _depth(tok: "Token") -> int:
    return sum(1 for _ in tok.ancestors)


@lru_cache(maxsize=1)
def _ids() -> tuple[frozenset[int], frozenset[int], tuple[int, ...]]:
    """The string ids of the report verbs' and nouns' lemmas and of the cue words, as
    a Doc's arrays hold them (lemmas are lower case; a capitalised one is kept too)."""
    from spacy.strings import get_string_id

    def ids(words: frozenset[str]) -> frozenset[int]:
        return frozenset(get_string_id(v) for w in words for v in (w, w.capitalize()))

    return ids(REPORT_VERBS), ids(REPORT_NOUNS), tuple(get_string_id(w) for w in _CUES)


_CUES = ("according", "per", "citing")


def _marked(doc: "Doc") -> tuple[list[int], list[int], list[int]]:
    """Indexes of the doc's reporting verbs, report nouns and cue words ("according"),
    read from its arrays: reading every token's attributes in Python cost more than
    the rest of attribution."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import AUX, NOUN, VERB

    verb_ids, noun_ids, cue_ids = _ids()
    arr = doc.to_array([POS, LOWER, LEMMA])
    pos, lower, lemma = arr[:, 0], arr[:, 1], arr[:, 2]

    def having(mask: "np.ndarray", ids: frozenset[int]) -> list[int]:
        at = mask.nonzero()[0]
        return [i for i, x in zip(at.tolist(), lemma[at].tolist()) if x in ids]

    cue = (lower == cue_ids[0]) | (lower == cue_ids[1]) | (lower == cue_ids[2])
    return having((pos == VERB) | (pos == AUX), verb_ids), having(pos == NOUN, noun_ids), cue.nonzero()[0].tolist()


def _within(indexes: list[int], sent: "Span") -> list[int]:
    return indexes[bisect_left(indexes, sent.start):bisect_left(indexes, sent.end)]


def sentence_candidates(sent: "Span", marked: tuple[list[int], list[int], list[int]] | None = None) -> list[Source]:
    """Sources a sentence names, most general first: "according to" and the like,
    then reporting verbs (outermost first), then report nouns, each in text order.
    ``marked``: _marked(sent.doc), if the caller has it."""
    out: list[Source] = []
    doc = sent.doc
    verb_at, noun_at, cue_at = marked if marked is not None else _marked(doc)
    verbs = [doc[i] for i in _within(verb_at, sent)]
    nouns = [doc[i] for i in _within(noun_at, sent)]
    for i in _within(cue_at, sent):
        tok = doc[i]
        low = tok.lower_
        obj = None
        if low == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
                to = tok.nbor()
            obj, cue = (_object(to, ("pobj",)) if to is not None else None), "according to"
        elif low == "per" and tok.i > 0 and tok.nbor(-1).lower_ == "as":
            obj, cue = _object(tok, ("pobj",)), "as per"
        elif low == "citing":
            obj, cue = _object(tok, ("dobj", "pobj")), "citing"
        if obj is not None and (src := _phrase(obj)):
            out.append(Source(src, cue))
    for tok in sorted(verbs, key=_depth):  # "Pak said ..., KCNA reported": the outer verb first
        if tok.lemma_.lower() == "claim" and _object(tok, ("dobj",)) is not None:
            continue  # "the blast claimed 22 lives": not a report
        subj = _object(tok, ("nsubj", "nsubjpass"))
        if subj is not None and subj.lower_ not in _PRONOUNS and (src := _phrase(subj)):
            out.append(Source(src, tok.text, tok))
    for tok in nouns:
        part = next(
            (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _PARTICIPLES),
            None,
        )
        if part is not None and (src := _phrase(tok)):
            scope = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else part
            out.append(Source(src, f"{tok.text} {part.text}", scope))
    return out


def _whole(candidates: list[Source], sent: "Span") -> tuple[str, str] | None:
    hit = next((c for c in candidates if c.scope is None or c.scope == sent.root), None)
    return (hit.text, hit.cue) if hit else None


def sentence_attribution(sent: "Span") -> tuple[str, str] | None:
    """(source, cue) that covers the whole sentence, or None."""
    return _whole(sentence_candidates(sent), sent)


def sentence_sources(doc: "Doc", candidates: dict[int, list[Source]] | None = None,
                     text: str | None = None, sents: "list[Span] | None" = None) -> dict[int, tuple[str, str]]:
    """Whole-sentence attribution per sentence start, quotes spreading theirs to every sentence inside.

    ``candidates``: sentence_candidates per sentence start, ``text``: ``doc.text``
    (which spaCy rebuilds from every token on each access), and ``sents``: the doc's
    sentences, if the caller has them."""
    text = doc.text if text is None else text
    sents = list(doc.sents) if sents is None else sents
    if candidates is None:
        marked = _marked(doc)
        candidates = {sent.start_char: sentence_candidates(sent, marked) for sent in sents}
    found: dict[int, tuple[str, str]] = {}
    for sent in sents:
        hit = _whole(candidates[sent.start_char], sent)
        if hit:
            found[sent.start_char] = hit
    for m in _QUOTES.finditer(text):
        inside = [s for s in sents if s.start_char < m.end() and m.start() < s.end_char]
        after = next((s for s in sents if s.start_char >= m.end()), None)
        source = next((found[s.start_char] for s in inside if s.start_char in found), None)
        if source is None and after is not None and not text[m.end():after.start_char].strip(" ,"):
            source = found.get(after.start_char)
        if source:
            for s in inside:
                found.setdefault(s.start_char, source)
    return found


def _best(candidates: list[Source], tok: "Token") -> tuple[str, str] | None:
    """The most specific source covering ``tok``: an inner "residents claimed that 60 ..."
    beats the sentence's "Officials said"; otherwise the first, most general one."""
    covering = [c for c in candidates if c.covers(tok)]
    inner = [c for c in covering if c.scope is not None and c.scope.dep_ != "ROOT"]
    hit = max(inner, key=lambda c: _depth(c.scope)) if inner else (covering[0] if covering else None)
    return (hit.text, hit.cue) if hit else None


def attribute(doc: "Doc", claims: list[Claim], text: str | None = None) -> list[Claim]:
    """Every claim with the source that covers it (claims that have one keep it).

    ``text``: ``doc.text`` (the article's text) if the caller has it, to save rebuilding it."""
    if not claims:
        return claims
    # every sentence's candidates once: the whole-sentence sources and the claims read them
    marked = _marked(doc)
    sents = list(doc.sents)
    firsts = [sent.start for sent in sents]  # token indexes, to find a claim's sentence
    cache = {sent.start_char: sentence_candidates(sent, marked) for sent in sents}
    whole = sentence_sources(doc, cache, text, sents)
    out: list[Claim] = []
    for claim in claims:
        if claim.attribution is not None:
            out.append(claim)
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            out.append(claim)
            continue
        sent = sents[bisect_right(firsts, span.start) - 1]
        hit = _best(cache[sent.start_char], span.root) or whole.get(sent.start_char)
        if hit is None:
            out.append(claim)
            continue
        source, cue = hit
        expl = claim.explanation.with_note(f"attributed to '{source}' ({cue})") if claim.explanation else None
        out.append(dataclasses.replace(claim, attribution=source, explanation=expl))
    return out
