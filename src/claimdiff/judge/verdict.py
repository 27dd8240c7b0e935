"""Judge: one finding per claim group — conflict, agree or single_source.

The rules per kind live in numeric.py (figures and durations) and
dates.py (dates and weekdays); this module compares every pair of claims in
a group, picks the pair that decides the verdict, and builds the Finding:
explanation, confidence, topic and a stable id.

Confidence = rule factor × (0.5 + 0.5 × the weaker claim's extraction score)
× (0.7 + 0.3 × the group's weakest alignment similarity): a conflict is only
as sure as the rule that found it, the figures it rests on, and the grouping
that put them side by side.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from .. import codes
from ..align import ClaimGroup, similarity
from ..align.admit import REPORTING_VERBS, SELF_THRESHOLD
from ..align.facts import names_one_fact
from ..align.blocks import EVENT_CLASSES
from ..options import Options
from ..types import Article, Claim, ClaimKind, Finding, Origin, Verdict
from . import dates, numeric
from .origins import with_origins
from .outcome import Outcome
from .text import names as source_names
from .text import quoted, topic as topic_of
from .timeline import place_in_time
from .timing import Stated, stated_days, time_note

# A possible conflict (two figures not surely about one fact: no property, holder
# or event named alike, only similar sentences) is shown apart, with its
# confidence capped under this. JSON keeps verdict "conflict" with "possible": true.
POSSIBLE_BELOW = 0.70
_VERDICT_RANK = {Verdict.CONFLICT: 0, Verdict.AGREE: 1, Verdict.SINGLE_SOURCE: 2}


def _compare(a: Claim, b: Claim, names: dict[str, str], topic: str, options: Options,
             articles: dict[str, Article]) -> Outcome | None:
    if a.kind == ClaimKind.DATE:
        return dates.compare(a, b, names, topic, articles)
    if a.value is None and a.low is None and a.high is None:
        return None
    if b.value is None and b.low is None and b.high is None:
        return None
    return numeric.compare(a, b, names, topic, options)


def _confidence(factor: float, pair: Sequence[Claim], similarity: float) -> float:
    weakest = min(c.score for c in pair)
    value = factor * (0.5 + 0.5 * weakest) * (0.7 + 0.3 * max(0.0, min(1.0, similarity)))
    return max(0.0, min(1.0, round(value, 6)))


def _values(c: Claim) -> list:
    # normalised values only: rewording "over 600" as "more than 600" keeps the id
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return [c.article, c.kind.value, r(c.value), r(c.low), r(c.high), c.unit,
            c.date.iso() if c.date else None, c.weekday, c.measure, (c.concept or "").lower()]


# json.dumps(value, default=str[, sort_keys=True]), its encoder made once: ids are
# baseline keys, so these bytes never change
_ENCODE = json.JSONEncoder(default=str).encode
_ENCODE_SORTED = json.JSONEncoder(default=str, sort_keys=True).encode


def finding_id(code: str, kind: ClaimKind, key: Sequence[str], claims: Sequence[Claim]) -> str:
    """A fingerprint of content, not position: code, kind, blocking key, article ids, values."""
    payload = [code, kind.value, list(key), sorted({c.article for c in claims}),
               sorted((_values(c) for c in claims), key=_ENCODE)]
    digest = hashlib.sha1(_ENCODE_SORTED(payload).encode("utf-8")).hexdigest()
    return f"{code}-{digest[:12]}"


def _finding(code: str, group_key: Sequence[str], topic: str, explanation: str, confidence: float,
             claims: Sequence[Claim], self_contradiction: bool = False, days_apart: int | None = None,
             possible: bool = False) -> Finding:
    c = codes.get(code)
    return Finding(id=finding_id(code, claims[0].kind, group_key, claims), topic=topic, verdict=c.verdict,
                   code=c.code, name=c.name, explanation=explanation, confidence=confidence,
                   claims=tuple(claims), self_contradiction=self_contradiction, possible=possible,
                   days_apart=days_apart)


def _conflict(outcome: Outcome, a: Claim, b: Claim, text: str, group: ClaimGroup, topic: str,
              claims: Sequence[Claim], articles: dict[str, Article], stated: Stated,
              self_contradiction: bool = False, factor: float = 1.0) -> Finding:
    """A conflict finding. A value conflict's explanation is closed by when the two
    sides were reported (a later, larger toll may be an update). One that rests on
    similar sentences only, not on a property both name, is a possible conflict:
    its confidence is capped below ``POSSIBLE_BELOW``."""
    gap = None
    if codes.get(outcome.code).name.endswith(".value") and a.kind != ClaimKind.DATE and a.article != b.article:
        note, gap = time_note(a, b, articles, stated)
        text = f"{text} {note}"
    confidence = _confidence(outcome.factor * factor, (a, b), group.similarity)
    possible = not names_one_fact(a, b)
    if possible:
        text = f"{text} Possible conflict: the two figures may not be about the same fact."
        confidence = min(confidence, round(POSSIBLE_BELOW * 0.9, 6))
    return _finding(outcome.code, group.key, topic, text, confidence, claims, self_contradiction, gap, possible)


def _single(group_key: Sequence[str], topic: str, claims: Sequence[Claim], names: dict[str, str],
            note: str = "") -> Finding:
    first = claims[0]
    again = [c for c in claims[1:] if c.text.strip().lower() != first.text.strip().lower()]
    repeat = f" (restated as {', '.join(quoted(c) for c in again)})" if again else ""
    text = f"Only {names[first.article]} reports {quoted(first)} ({topic}){repeat}; no other source gives it{note}."
    return _finding("SS01", group_key, topic, text, round(max(c.score for c in claims), 6), claims)


def _self_reason(outcome: Outcome, name: str, topic: str) -> str:
    detail = outcome.reason.split(": ", 1)[1] if ": " in outcome.reason else outcome.reason
    return f"{name} contradicts itself on the {topic}: {detail}"


def _restated_wrongly(a: Claim, b: Claim) -> bool:
    """Two different figures of one article that read as one statement written twice
    (a caption against the text, a headline against the body): a self-contradiction.
    Otherwise the article gives two figures, as an updated toll does."""
    return (a.measure or "") in EVENT_CLASSES or similarity(a, b) >= SELF_THRESHOLD


def judge_group(group: ClaimGroup, articles: dict[str, Article], order: dict[str, int],
                options: Options, stated: Stated | None = None) -> list[Finding]:
    """``stated``: the days each sentence of the story states (timing.stated_days)."""
    stated = stated or {}
    claims = sorted(group.claims, key=lambda c: (order.get(c.article, len(order)), c.article, c.start, c.end))
    names = source_names(claims, articles)
    topic = topic_of(claims)
    cross: list[tuple[Outcome, Claim, Claim]] = []
    within: list[tuple[Outcome, Claim, Claim]] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            outcome = _compare(a, b, names, topic, options, articles)
            if outcome is not None:
                (within if a.article == b.article else cross).append((outcome, a, b))
    differ = [t for t in within if t[0].verdict == Verdict.CONFLICT]
    self_conflicts = [t for t in differ if _restated_wrongly(t[1], t[2])]
    wrong = {id(t) for t in self_conflicts}
    updates = [t for t in differ if id(t) not in wrong]
    conflicts = [t for t in cross if t[0].verdict == Verdict.CONFLICT]
    # best first: the surest rule, then the earliest pair (claims are in a fixed order)
    conflicts.sort(key=lambda t: -t[0].factor)
    self_conflicts.sort(key=lambda t: -t[0].factor)
    if conflicts:
        outcome, a, b = conflicts[0]
        text = outcome.reason
        if self_conflicts:
            s, sa, sb = self_conflicts[0]
            text = text[:-1] + f"; {names[sa.article]} also contradicts itself ({quoted(sa)} vs {quoted(sb)})."
        elif updates:
            _, ua, ub = updates[0]
            text = text[:-1] + f"; {names[ua.article]} gives both {quoted(ua)} and {quoted(ub)}."
        return [_conflict(outcome, a, b, text, group, topic, claims, articles, stated, bool(self_conflicts))]
    if self_conflicts:
        outcome, a, b = self_conflicts[0]
        text = _self_reason(outcome, names[a.article], topic)
        if cross:
            text = text[:-1] + f"; {cross[0][0].reason[0].lower() + cross[0][0].reason[1:]}"
        return [_conflict(outcome, a, b, text, group, topic, claims, articles, stated, True, factor=0.9)]
    if cross:
        # the least certain agreement explains the group: if any pair only agrees
        # within a bound or a tolerance, the editor should read that one
        cross.sort(key=lambda t: t[0].factor)
        outcome, a, b = cross[0]
        text = outcome.reason
        others = sorted({names[c.article] for c in claims} - {names[a.article], names[b.article]})
        if others:
            text = text[:-1] + f"; {', '.join(others)} agree{'s' if len(others) == 1 else ''} too."
        return [_finding(outcome.code, group.key, topic, text,
                         _confidence(outcome.factor, (a, b), group.similarity), claims)]
    # nothing comparable across articles (an unresolved date): one single-source finding per article
    out = []
    for article in sorted({c.article for c in claims}, key=lambda x: (order.get(x, len(order)), x)):
        mine = [c for c in claims if c.article == article]
        rest = [c for c in claims if c.article != article]
        note = ""
        if rest:
            other = rest[0]
            why = other.unresolved or "it cannot be compared"
            note = f"; {names[other.article]} also mentions it ({quoted(other)}) but {why}"
        out.append(_single(group.key, topic, mine, names, note))
    return out


def _usable(c: Claim) -> bool:
    """Could an editor check it? Not the day a source spoke ("police said on Monday",
    each outlet's own news peg) nor a date that resolves to no day and no weekday."""
    if c.kind != ClaimKind.DATE:
        return True
    if (c.measure or "") in REPORTING_VERBS:
        return False
    return c.date is not None or c.weekday is not None


def rank(f: Finding) -> tuple:
    return (_VERDICT_RANK[f.verdict], -round(f.confidence, 6), f.code, f.topic, f.id)


def judge(groups: Sequence[ClaimGroup], articles: Sequence[Article], options: Options | None = None,
          origins: Sequence[Origin] = ()) -> list[Finding]:
    """Findings for the groups: conflicts first, then by confidence, then a stable key.
    Each is placed in time (timeline.py) and given the origins behind its values
    (``origins``: the story's, origins.find_origins)."""
    options = options or Options()
    by_id = {a.id: a for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    stated = stated_days((c for g in groups for c in g.claims), REPORTING_VERBS)
    findings: list[Finding] = []
    for group in groups:
        if not any(_usable(c) for c in group.claims):
            continue
        if group.single_article and len({c.text.strip().lower() for c in group.claims}) == 1:
            claims = sorted(group.claims, key=lambda c: c.start)
            findings.append(_single(group.key, topic_of(claims), claims, source_names(claims, by_id)))
            continue
        findings.extend(judge_group(group, by_id, order, options, stated))
    origin_of = {a: o for o in origins for a in o.articles}
    findings = [with_origins(place_in_time(f, by_id, order, stated, source_names(f.claims, by_id), options),
                             origin_of) for f in findings]
    findings.sort(key=rank)
    return findings
