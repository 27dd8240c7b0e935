"""What happened at a date, read from the dependency parse.

``event_of(span)`` walks up from the date to the word it modifies ("held ... on
Thursday" -> held; "agreed in June 2024" -> agreed; "visit ... last year" ->
visit). Light verbs (hold, take place, mark ...) hand over to their object or
subject ("held a ground-breaking ceremony" -> "ground-breaking ceremony").

The measure is a canonical event class so align can group one event across
articles however it is worded (table below); anything else is the lemma of the
event word ("agree", "report"), or None when the parse gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Event class table. Keys are lemmas (lower case) found in the event phrase;
# a phrase with a start word is "start" even if it also says "construction".
START_WORDS = frozenset({
    "groundbreaking", "ground-breaking", "commence", "commencement", "begin", "start", "launch",
    "kick", "inception", "outset",
})
# Multi-word start idioms, matched on the phrase with spaces and hyphens removed.
START_FLAT = ("groundbreaking", "breakground", "brokeground", "breakingground", "laidthefoundation",
              "laythefoundation", "kickoff", "kickedoff", "cuttheribbon")
COMPLETION_WORDS = frozenset({
    "complete", "completion", "finish", "open", "opening", "ready", "operational", "done", "finalise",
    "finalize", "inaugurate", "inauguration",
})
# Verbs that carry no event of their own: the event is their object or subject.
LIGHT_VERBS = frozenset({"hold", "be", "take", "have", "mark", "see", "occur", "happen", "come", "get", "do", "make"})
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "schedule", "due", "expect", "plan", "project", "set",
                          "intend", "aim", "slate", "forecast"})
PREPS = frozenset({"by", "since", "until", "till", "before", "after", "from", "through", "around", "as"})


@dataclass(frozen=True, slots=True)
class Event:
    text: str | None  # the event as written ("ground-breaking ceremony", "agreed")
    measure: str | None  # canonical class ("start", "completion") or event lemma
    prefer: str  # dateparser PREFER_DATES_FROM from the tense: past, future, current_period
    qualifier: str | None  # a bounding preposition: "by", "since", "before" ...


def _phrase(tok: "Token") -> str:
    """A noun with its compounds/adjectival modifiers, or a verb with its particle/object for idioms."""
    doc = tok.doc
    if tok.pos_ in ("NOUN", "PROPN"):
        left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= tok.i - 4]
        start = min([c.left_edge.i for c in left] + [tok.i])
        return doc[start: tok.i + 1].text
    extra = [c for c in tok.rights if c.dep_ in ("prt",) or (c.dep_ == "dobj" and c.lemma_ in ("office", "ground", "power"))]
    if extra:
        return doc[tok.i: max(c.i for c in extra) + 1].text
    return tok.text


_NOT_LETTER = re.compile(r"[^a-z]")
# Every START_FLAT idiom has one of these words ("broke ground", "ground-breaking").
_IDIOM_WORDS = ("ground", "groundbreaking", "ground-breaking", "foundation", "foundations", "kick", "kicks", "kicked",
                "kickoff", "kick-off", "ribbon")
_IDIOM_KEY = "claimdiff.idiom_words"


def _has_idiom_word(doc: "Doc") -> bool:
    """Does the doc have a word of a START_FLAT idiom? Read once per doc, from its array."""
    found = doc.user_data.get(_IDIOM_KEY)
    if found is None:
        from spacy.attrs import LOWER
        from spacy.strings import get_string_id

        lower = doc.to_array([LOWER])
        found = doc.user_data[_IDIOM_KEY] = any((lower == get_string_id(w)).any() for w in _IDIOM_WORDS)
    return bool(found)


def _classify(tokens: list["Token"]) -> str | None:
    words = {w for t in tokens for w in (t.lemma_.lower(), t.text.lower())}
    if words & START_WORDS:
        return "start"
    # the idioms need each token's phrase, so they are built only when no start word
    # decided, and only in a doc that has a word of one
    if _has_idiom_word(tokens[0].doc):
        flat = " ".join(_NOT_LETTER.sub("", _phrase(t).lower()) for t in tokens)
        if any(f in flat for f in START_FLAT):
            return "start"
    if words & COMPLETION_WORDS:
        return "completion"
    return None


# Verbs that name one event in different words, so align can line them up across
# outlets ("approved the budget" / "passed the budget"). Keys are lemmas; kept
# small on purpose: only verbs that news English uses interchangeably.
EVENT_CLASSES: dict[str, str] = {
    **dict.fromkeys(("approve", "pass", "adopt", "ratify", "endorse", "enact"), "approval"),
    **dict.fromkeys(("publish", "publication"), "publication"),
    **dict.fromkeys(("agree", "sign", "seal", "conclude", "broker", "clinch", "strike"), "agreement"),
    **dict.fromkeys(("arrest", "detain", "apprehend"), "arrest"),
    **dict.fromkeys(("resign", "quit", "step"), "resignation"),
}
# Nouns that are events themselves: a date on them dates the noun, not its verb
# ("attended the summit on Monday" vs "approved the budget on Thursday").
EVENT_NOUNS = frozenset({
    "ceremony", "meeting", "summit", "visit", "vote", "election", "referendum", "conference", "talks", "attack",
    "strike", "game", "match", "race", "final", "trial", "hearing", "launch", "rally", "protest", "debate",
    "session", "announcement", "speech", "flight", "storm", "earthquake", "quake", "fire", "flood", "crash",
    "explosion", "blast", "raid", "offensive", "deadline", "opening", "closure", "groundbreaking", "inauguration",
})
# A journal or outlet after "reported in" / "appeared in" makes a publication event.
PUBLISH_VERBS = frozenset({"report", "describe", "detail", "appear", "present"})


def event_class(tok: "Token") -> str | None:
    """The shared class of an event verb ("pass" -> "approval"), or None."""
    lemma = tok.lemma_.lower()
    if lemma in PUBLISH_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ in ("ORG", "WORK_OF_ART") or g.lemma_ == "journal"
                                                      for g in c.subtree)
        for c in tok.children
    ):
        return "publication"
    return EVENT_CLASSES.get(lemma)


REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "claim", "warn", "add", "write",
                       "note", "insist", "deny", "admit"})


def _tense(tok: "Token") -> str:
    """future / past / current_period from the verb the date hangs on and its auxiliaries.

    Only the verb's own auxiliaries count, plus the verb governing an infinitive
    ("expected to open"): a reporting verb above a clause ("said ... begins")
    does not make the clause past. A present-tense event verb with no auxiliary
    ("the summit opens on Monday", "qualifying starts Thursday") is the
    scheduled future of news English; a present reporting verb is not.
    """
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    # The verb and its own auxiliaries only: a conjoined clause ("began on Monday and
    # is expected to last ...") has its own tense.
    chain = [verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass")]]
    if verb.dep_ in ("xcomp", "auxpass", "aux") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        chain += [verb.head, *[c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]]
    # "would" is the future of reported speech ("said results would be certified by ...")
    if any(t.lemma_.lower() in FUTURE_WORDS or t.lower_ in ("will", "'ll", "would") for t in chain):
        return "future"
    if any(t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children)) for t in chain):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in REPORTING and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return "future"
    return "current_period"


def _keyword_near(span: "Span") -> tuple[str, str] | None:
    """Fallback for verbless text (captions): an event keyword anywhere in the sentence."""
    sent = span.sent
    for tok in sent:
        if span.start <= tok.i < span.end:
            continue
        if tok.pos_ not in ("NOUN", "VERB"):
            continue
        cls = _classify([tok])  # its own phrase: "ground-breaking ceremony", "broke ground"
        if cls:
            return _phrase(tok), cls
    return None


# Words for a part of a day: written with a date ("Saturday evening"), they say when in
# the day, not what happened.
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk",
                          "daybreak", "nightfall", "overnight"})


def event_of(span: "Span") -> Event:
    """The event a date span is attached to, its class, the tense and a bounding preposition."""
    event = _event_of(span)
    if span.root.dep_ in ("amod", "compound", "nmod", "poss"):
        # "will report second-quarter results": the tense dates the reporting, not the quarter
        return Event(event.text, event.measure, "current_period", event.qualifier)
    return event


def _event_of(span: "Span") -> Event:
    root = span.root
    head = root.head
    qualifier = None
    hops = 0
    # Token objects are views made afresh on each access: compare indices, never identity.
    while head.i != root.i and head.i in range(span.start, span.end):
        root, head = head, head.head
    via_prep = head.dep_ == "prep" or head.pos_ == "ADP"
    if via_prep:
        if head.lower_ in PREPS:
            qualifier = head.lower_
        root, head = head, head.head
    # No verb or event noun governs the date (a photo caption, a dateline): look for an
    # event keyword elsewhere in the sentence instead.
    if head.i == root.i or head.i in range(span.start, span.end) or head.pos_ not in ("VERB", "NOUN", "AUX", "ADJ"):
        found = _keyword_near(span)
        if found:
            return Event(found[0], found[1], _tense(span.root), qualifier)
        return Event(None, None, _tense(span.root), qualifier)
    event_tok = head
    for _ in range(3):
        # "on Saturday evening": the part of the day belongs to the date; the event is
        # what happened then ("made landfall on Saturday evening")
        if event_tok.lemma_.lower() not in PARTS_OF_DAY or event_tok.head.i == event_tok.i:
            break
        event_tok = event_tok.head
        if event_tok.dep_ == "prep" or event_tok.pos_ == "ADP":
            event_tok = event_tok.head
    if event_tok.lemma_.lower() in PARTS_OF_DAY:
        return Event(None, None, _tense(span.root), qualifier)
    if event_tok.lemma_.lower() in ("take", "need", "require"):
        # "take 18 months to complete", "two years to build": the event is what takes the time
        goal = [c for c in (*event_tok.children, *root.children) if c.dep_ in ("xcomp", "relcl", "acl", "advcl")
                and c.pos_ == "VERB"]
        if goal:
            event_tok = goal[0]
    while hops < 2 and event_tok.lemma_.lower() in LIGHT_VERBS:
        if _phrase(event_tok) != event_tok.text:  # an idiom: "took office", "broke ground"
            break
        # objects first ("held a ceremony"), then the subject ("the vote took place")
        objs = sorted((c for c in event_tok.children if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
                       and c.pos_ == "NOUN" and c.lemma_ != "place" and not (span.start <= c.i < span.end)),
                      key=lambda c: c.dep_.startswith("nsubj"))
        if not objs:
            break
        event_tok = objs[0]
        hops += 1
    context = [event_tok, *[c for c in event_tok.children if c.dep_ in ("compound", "amod", "prt", "dobj", "nsubj",
                                                                          "nsubjpass", "pobj", "xcomp")]]
    context += [g for c in event_tok.children if c.dep_ == "prep" for g in c.children]
    if event_tok.head is not event_tok and event_tok.dep_ in ("pobj", "dobj", "xcomp", "advcl"):
        context.append(event_tok.head)
    cls = _classify(context)
    if cls is None and event_tok.dep_ == "pobj" and event_tok.head.head.pos_ == "VERB":
        # "broke ground on the extension on Monday": the date hangs on the noun, the event is the verb
        verb = event_tok.head.head
        cls = _classify([verb, *[c for c in verb.children if c.dep_ in ("prt", "dobj", "nsubj", "nsubjpass")]])
        if cls:
            event_tok = verb
    if (cls is None and via_prep and event_tok.pos_ == "NOUN" and event_tok.dep_ in ("dobj", "nsubjpass")
            and event_tok.head.pos_ == "VERB" and event_tok.lemma_.lower() not in EVENT_NOUNS
            and event_tok.head.lemma_.lower() not in LIGHT_VERBS):
        # "approved the 2026 budget on Thursday": the parser hangs the date on the object,
        # but a date on a plain object dates the verb's event (PP attachment).
        event_tok = event_tok.head
    measure = cls or event_class(event_tok) or (event_tok.lemma_.lower() if event_tok.pos_ in ("VERB", "NOUN") else None)
    text = _phrase(event_tok)
    if cls and event_tok.lemma_.lower() in FUTURE_WORDS:
        # "scheduled for completion": the event is the completion, not the scheduling
        text = next((_phrase(t) for t in context if _classify([t]) == cls), text)
    return Event(text, measure, _tense(head), qualifier)
