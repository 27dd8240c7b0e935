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
from typing import TYPE_CHECKING

from ..types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REPORT_VERBS = frozenset(
    {"say", "report", "tell", "claim", "state", "announce", "confirm", "estimate", "add", "note",
     "allege", "disclose", "reveal", "warn", "insist", "assert", "indicate", "show", "suggest",
     "brief", "declare", "acknowledge", "write", "tally", "count", "find", "put", "record",
     "publish", "calculate", "project", "forecast", "predict", "tweet", "post", "explain"}
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
_QUOTES = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"")


def _phrase(tok: "Token") -> str | None:
    """The noun phrase headed by ``tok``: its left modifiers, and a short "of/for X"."""
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


def sentence_attribution(sent: "Span") -> tuple[str, str] | None:
    """(source, cue) for one sentence, or None."""
    for tok in sent:
        low = tok.lower_
        if low == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
                to = tok.nbor()
            obj = _object(to, ("pobj",)) if to is not None else None
            if obj is not None and (src := _phrase(obj)):
                return src, "according to"
        if low == "per" and tok.i > 0 and tok.nbor(-1).lower_ == "as":
            obj = _object(tok, ("pobj",))
            if obj is not None and (src := _phrase(obj)):
                return src, "as per"
        if low == "citing":
            obj = _object(tok, ("dobj", "pobj"))
            if obj is not None and (src := _phrase(obj)):
                return src, "citing"
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORT_VERBS:
            subj = _object(tok, ("nsubj", "nsubjpass"))
            if subj is not None and subj.lower_ not in _PRONOUNS and (src := _phrase(subj)):
                return src, f"{tok.text}"
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
            part = next(
                (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _PARTICIPLES),
                None,
            )
            if part is not None and (src := _phrase(tok)):
                return src, f"{tok.text} {part.text}"
    return None


def sentence_sources(doc: "Doc") -> dict[int, tuple[str, str]]:
    """Attribution per sentence start offset, quotes spreading theirs to every sentence inside."""
    sents = list(doc.sents)
    found: dict[int, tuple[str, str]] = {}
    for sent in sents:
        hit = sentence_attribution(sent)
        if hit:
            found[sent.start_char] = hit
    for m in _QUOTES.finditer(doc.text):
        inside = [s for s in sents if s.start_char < m.end() and m.start() < s.end_char]
        after = next((s for s in sents if s.start_char >= m.end()), None)
        source = next((found[s.start_char] for s in inside if s.start_char in found), None)
        if source is None and after is not None and not doc.text[m.end():after.start_char].strip(" ,"):
            source = found.get(after.start_char)
        if source:
            for s in inside:
                found.setdefault(s.start_char, source)
    return found


def attribute(doc: "Doc", claims: list[Claim]) -> list[Claim]:
    """Every claim with the attribution of its sentence (claims that have one keep it)."""
    if not claims:
        return claims
    sources = sentence_sources(doc)
    starts = sorted((s.start_char, s.end_char) for s in doc.sents)
    out: list[Claim] = []
    for claim in claims:
        if claim.attribution is not None:
            out.append(claim)
            continue
        sent_start = next((s for s, e in starts if s <= claim.start < e), None)
        hit = sources.get(sent_start) if sent_start is not None else None
        if hit is None:
            out.append(claim)
            continue
        source, cue = hit
        expl = claim.explanation.with_note(f"attributed to '{source}' ({cue})") if claim.explanation else None
        out.append(dataclasses.replace(claim, attribution=source, explanation=expl))
    return out
