"""What is said of a counted figure: a casualty measure, or the verb that governs it.

Reads the dependency parse around the figure's number token and its counted
noun. Casualty words map to canonical measures through ``claimdiff.measures``
(killed, wounded, missing, killed or wounded...); combined forms are read from
coordinated verbs or adjectives ("killed or wounded", "dead and injured").

Voice matters: in "12 gunmen killed 3 police" the 12 did the killing, so the
subject of an active transitive casualty verb is never its victim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import measures

if TYPE_CHECKING:
    from spacy.tokens import Token

# Measures that make a figure a CASUALTY claim; others (displaced, evacuated,
# arrested...) stay COUNT claims with that measure.
CASUALTY_MEASURES = frozenset({"killed", "wounded", "missing", "killed or wounded", "killed, wounded or missing"})
_TRANSITIVE = frozenset({"kill", "injure", "wound", "hurt", "evacuate", "rescue", "arrest", "detain", "displace"})
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_TOLL_NOUNS = frozenset({"toll", "death", "deaths", "casualties", "fatalities", "number", "tally", "count"})


def word_measure(tok: "Token") -> str | None:
    """Canonical measure of one word, by its form or its lemma."""
    if tok.lower_ == "unaccounted":
        return "missing"
    if tok.lower_ == "dead" or tok.lemma_ == "dead":
        return "killed"
    return measures.canonical_casualty(tok.lower_) or measures.canonical_casualty(tok.lemma_.lower())


def _combined(tok: "Token") -> tuple[str, str] | None:
    """(measure, written) of ``tok`` with any coordinated casualty words ("killed or wounded")."""
    m = word_measure(tok)
    if m is None:
        return None
    parts = {m}
    written = tok.text
    for conj in tok.conjuncts:
        cm = word_measure(conj)
        # "1 was killed and 8 others were hurt", "killed 26 people and injured 650": a
        # conjunct with its own subject or object is said of another figure
        own_subject = any(c.dep_ in _SUBJ + ("dobj",) for c in conj.children)
        if cm and conj.i > tok.i and not own_subject:
            parts.add(cm)
            written = tok.doc[tok.i:conj.i + 1].text
    if len(parts) == 1:
        return m, written
    if parts >= {"killed", "wounded", "missing"}:
        return "killed, wounded or missing", written
    if parts <= {"killed", "wounded", "killed or wounded"}:
        return "killed or wounded", written
    return m, written


def _verb_measure(verb: "Token", role: str) -> tuple[str, str] | None:
    found = _combined(verb)
    if not found:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN"
    if role == "nsubj" and verb.lemma_ in _TRANSITIVE and not passive and verb.pos_ == "VERB":
        return None  # the agent, not the victims
    return found


def _idiom(verb: "Token") -> tuple[str, str] | None:
    """"lost their lives", "claimed 22 lives", "were among the dead"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in ("lives", "life") and verb.lemma_ in ("lose", "claim", "take", "cost"):
            return "killed", verb.doc[verb.i:child.i + 1].text
        if child.dep_ == "prep" and child.lower_ == "among":
            return _among(child)
        if child.dep_ == "xcomp" and child.lemma_ == "be":  # "are feared to be among the dead"
            return _idiom(child)
    return None


def _among(prep: "Token") -> tuple[str, str] | None:
    """"among the dead", "among those killed": the group a figure is counted in."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if word_measure(obj):
            return word_measure(obj) or "", f"among the {obj.text}"
        if obj.lemma_.lower() == "victim":  # "among the victims": the dead or the hurt
            return "killed or wounded", f"among the {obj.text}"
        if obj.lower_ in ("those", "the"):
            for part in obj.children:
                if part.dep_ in ("acl", "amod", "relcl") and word_measure(part):
                    return word_measure(part) or "", f"among {obj.text} {part.text}"
    return None


def _complement(verb: "Token", after: int) -> tuple[str, str] | None:
    """A casualty word completing a linking verb after position ``after`` ("remain missing", "are dead")."""
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "xcomp", "attr") and child.i > after:
            found = _combined(child)
            if found:
                return found
    return None


def casualty_measure(num: "Token", noun: "Token | None") -> tuple[str, str] | None:
    """(canonical measure, words as written) said of the figure, or None."""
    anchor = noun if noun is not None else num
    # "600 dead", "12 deaths", "30 casualties": the counted noun is the measure
    if noun is not None and noun.pos_ != "PROPN":
        found = _combined(noun)
        if found:
            return found
    # participles and adjectives on the noun: "40 people injured", "12 people dead"; "seven
    # pilgrims among those killed"
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "among" and child.i > anchor.i:
            found = _among(child)
            if found:
                return found
        if child.dep_ in ("amod", "acl", "relcl", "appos") and child.i > anchor.i:
            found = _combined(child)
            if found:
                return found
            # "15 people who remain missing", "30 miners who are feared dead"
            found = _complement(child, child.i - 1)
            if found:
                return found
    for tok in anchor.doc[anchor.i + 1:anchor.i + 3]:
        if tok.lower_ in ("dead", "missing", "injured", "wounded", "unaccounted"):
            return _combined(tok) or (word_measure(tok) or "", tok.text)
        if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ"):
            break  # "26 people and injured 650": past a conjunction the word is another figure's
    # the governing verb: "were killed", "had perished", "killing at least 12"; in "five of
    # its 12 crew had died" the figure is the subject, its partitive noun hangs on "of"
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == num.i:
        anchor = num
    head, role = anchor.head, anchor.dep_
    if role in ("conj",) and head.dep_ in _SUBJ + ("dobj",):
        head, role = head.head, head.dep_
    if role in _SUBJ + ("dobj", "attr", "pobj", "oprd") and head.i != anchor.i:
        if role == "pobj" and head.dep_ in ("prep", "agent"):
            head, role = head.head, "pobj"
        role = "nsubj" if role == "nsubj" else role
        if head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            found = _verb_measure(head, role)
            if found:
                return found
            idiom = _idiom(head)
            if idiom:
                return idiom
            # "12 people are dead", "30 remain missing"
            found = _complement(head, anchor.i)
            if found:
                return found
            # "the death toll rose to 40": the subject of the verb names the measure
            for child in head.children:
                if child.dep_ in _SUBJ and child.lower_ in _TOLL_NOUNS and child.i != anchor.i:
                    for tok in child.subtree:
                        m = word_measure(tok)
                        if m:
                            return m, child.doc[child.left_edge.i:child.i + 1].text
    return None


def plain_measure(num: "Token", noun: "Token | None") -> str | None:
    """The verb said of a plain count, in its past-participle-like written form.

    "has sent about 15,000 soldiers" -> "sent"; "employs 3,000 people" -> "employ"
    (the lemma: spaCy cannot inflect, and a wrong inflection is worse than none).
    """
    # "hundreds of refugees crossed": the figure, not the noun after "of", is the subject
    anchor = noun if noun is not None and not (noun.head.lower_ == "of" and noun.head.head == num) else num
    head, role = anchor.head, anchor.dep_
    if role == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return None
    if role == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        head, role = head.head, "prep"  # "grew by 250,000", "numbered in the thousands"
    if role in _SUBJ + ("dobj", "attr", "oprd", "pobj", "prep") and head.pos_ == "VERB":
        if word_measure(head) in CASUALTY_MEASURES:
            return None  # the agents of a killing: their verb is not what is said of them
        if head.lemma_.lower() in ("be", "have", "do", "get"):
            return None  # "there are 7.9 billion people": no measure worth naming
        if head.tag_ in ("VBN", "VBD"):
            return head.lower_
        return head.lemma_.lower()
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and child.tag_ == "VBN":
            return child.lower_
    return None


def is_casualty(measure: str | None) -> bool:
    return measure in CASUALTY_MEASURES

