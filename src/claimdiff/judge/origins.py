"""Origins: which articles of a story are one source, and how many stand behind a value.

Five outlets that run one AP story, or quote one ministry, are one confirmation,
not five. Articles are one origin when

- they credit one news agency: in their source metadata ("CBC News (AP)", "The
  Week, with PTI") or in the text's dateline or sign-off ("TOKYO (Reuters) -",
  "— Agence France-Presse", "Reporting by ...; Editing by ..."); or
- they are copies: a large share of one's word 8-grams (shingles) appear in the
  other, as when outlets run one wire story with their own edits. Independent
  reports of one event share a quoted sentence or two, not a third of their text.

Within a finding, figures citing one original source ("the defence ministry",
"state media") share an origin too, whichever outlet carries them. The agency
names are a table (news agencies have no lexical resource); the shingle
comparison is written here: the standard library's sets do it in one pass over
an index of shingles, so the cost grows with the text, not with the pairs of articles.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..types import Article, Claim, Finding, Origin, Support, Verdict

# Agency -> how it is written. Short forms only as whole words in upper case.
AGENCIES: dict[str, str] = {
    "AP": r"\bAP\b|Associated Press",
    "AFP": r"\bAFP\b|Agence France[- ]Presse",
    "Reuters": r"\bReuters\b|Thomson Reuters",
    "PTI": r"\bPTI\b|Press Trust of India",
    "ANI": r"\bANI\b|Asian News International",
    "IANS": r"\bIANS\b|Indo-Asian News Service",
    "UNI": r"\bUNI\b|United News of India",
    "Xinhua": r"\bXinhua\b",
    "Kyodo": r"\bKyodo\b",
    "Anadolu": r"\bAnadolu\b",
    "dpa": r"\bdpa\b|Deutsche Presse-Agentur",
    "EFE": r"\bEFE\b",
    "Yonhap": r"\bYonhap\b",
    "Bernama": r"\bBernama\b",
    "UPI": r"\bUPI\b|United Press International",
    "ANSA": r"\bANSA\b",
    "Tass": r"\bTASS\b",
    "Bloomberg": r"\bBloomberg News\b",
}
_ANY_AGENCY = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(AGENCIES.values()))
_NAMES = tuple(AGENCIES)
# "TOKYO (Reuters) -", "Ankara, Turkey (AP) —": a dateline credit near the start
_DATELINE = re.compile(r"\((?:" + _ANY_AGENCY + r")\)\s*[-\u2013\u2014:]")
# "— The Associated Press", "(c) AFP 2019", "Copyright 2019 The Associated Press" at the end
_SIGN_OFF = re.compile(r"(?:^|[-\u2013\u2014\u00a9]|\(c\)|copyright\s+\d{4})\s*(?:the\s+)?(?:" + _ANY_AGENCY
                       + r")\.?\s*(?:\d{4})?\s*$", re.I | re.M)
# Reuters' own sign-off: "Reporting by ...; Editing by ..."
_REUTERS_SIGN_OFF = re.compile(r"\bReporting by\b.{0,200}\bEditing by\b", re.S)
DATELINE_CHARS = 400
SIGN_OFF_CHARS = 300

SHINGLE = 8  # words
# Shingles are sampled by their content, so two copies sample the same ones: those
# whose first word's length is a multiple of SAMPLE (about a third of them).
SAMPLE = 3
# Two articles are copies when this share of the shorter one's sampled shingles is in
# the other, and at least COPY_MIN_SHARED are (so two one-line articles are not copies).
COPY_SHARE = 0.35
COPY_MIN_SHARED = 3
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def _agency(match: re.Match[str]) -> str:
    return next(_NAMES[int(k[1:])] for k, v in match.groupdict().items() if v)


def credit(article: Article) -> str | None:
    """The news agency an article credits, or None."""
    if article.source:
        m = re.search(_ANY_AGENCY, article.source)
        if m:
            return _agency(m)
    m = _DATELINE.search(article.text[:DATELINE_CHARS])
    if m:
        return _agency(m)
    tail = article.text[-SIGN_OFF_CHARS:]
    m = _SIGN_OFF.search(tail)
    if m:
        return _agency(m)
    if _REUTERS_SIGN_OFF.search(tail):
        return "Reuters"
    return None


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))
            if len(words[i]) % SAMPLE == 0}


def copies(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Pairs of articles (indexes) that are copies of one text."""
    sets = [_shingles(a.text) for a in articles]
    index: dict[int, list[int]] = {}
    shared: Counter[tuple[int, int]] = Counter()
    for k, shingles in enumerate(sets):
        for sh in shingles:
            holders = index.setdefault(sh, [])
            for j in holders:
                shared[(j, k)] += 1
            holders.append(k)
    return sorted((j, k) for (j, k), n in shared.items()
                  if n >= COPY_MIN_SHARED and n >= COPY_SHARE * min(len(sets[j]), len(sets[k])))


class _Union:
    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)


def find_origins(articles: Sequence[Article]) -> tuple[Origin, ...]:
    """The story's origins, every article in exactly one, in article order."""
    n = len(articles)
    union = _Union(n)
    credits = [credit(a) for a in articles]
    copied = copies(articles)
    for j, k in copied:
        union.join(j, k)
    first_of: dict[str, int] = {}
    for k, agency in enumerate(credits):
        if agency:
            union.join(first_of.setdefault(agency, k), k)
    members: dict[int, list[int]] = {}
    for k in range(n):
        members.setdefault(union.find(k), []).append(k)
    in_copy = {k for pair in copied for k in pair}
    out = []
    for root in sorted(members):
        ids = members[root]
        named = Counter(credits[k] for k in ids if credits[k])
        if named:
            name, how = named.most_common(1)[0][0], "copy" if any(k in in_copy for k in ids) else "credit"
        else:
            first = articles[ids[0]]
            name, how = first.source or first.id, "copy" if len(ids) > 1 else "own"
        out.append(Origin(name, tuple(articles[k].id for k in ids), how))
    return tuple(out)


def _cited(c: Claim) -> str | None:
    """The claim's original source, normalised ("The Defence Ministry" -> "defence ministry")."""
    return _source_key(c.attribution) if c.attribution else None


@lru_cache(maxsize=4096)
def _source_key(attribution: str) -> str | None:
    if _DIGIT.search(attribution):
        return None  # a source is named, not counted ("at least 35 people" is a misread)
    return re.sub(r"^(?:the|a|an)\s+", "", attribution.strip().lower()) or None


def support(claims: Sequence[Claim], origin_of: dict[str, Origin]) -> tuple[Support, ...]:
    """Each value of the claims (in first-seen order) with its articles and its
    independent origins: articles of one origin count once, and so do figures
    citing one original source, whichever outlets carry them."""
    return tuple(Support(s.value, s.articles, independent(cs, origin_of)) for s, cs in _grouped(claims))


def _grouped(claims: Sequence[Claim]) -> list[tuple[Support, list[Claim]]]:
    """The claims by value, first-seen order: (the value with its articles, its claims)."""
    by_value: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_value.setdefault((c.value, c.low, c.high, c.unit, c.date), []).append(c)
    return [(Support(cs[0].text, tuple(dict.fromkeys(c.article for c in cs)), ()), cs) for cs in by_value.values()]


def _values(claims: Sequence[Claim]) -> list[Support]:
    return [s for s, _ in _grouped(claims)]


def independent(claims: Iterable[Claim], origin_of: dict[str, Origin]) -> tuple[str, ...]:
    """The names of the independent origins behind ``claims``, in first-seen order."""
    claims = list(claims)
    if len(claims) == 1:
        return (_name(claims, origin_of),)
    union = _Union(len(claims))
    first: dict[tuple, int] = {}
    for k, c in enumerate(claims):
        origin = origin_of.get(c.article)
        cited = _cited(c)
        for key in (("origin", origin.articles) if origin else ("article", c.article),
                    ("cited", cited) if cited else None):
            if key is not None:
                union.join(first.setdefault(key, k), k)
    members: dict[int, list[Claim]] = {}
    for k, c in enumerate(claims):
        members.setdefault(union.find(k), []).append(c)
    return tuple(dict.fromkeys(_name(cs, origin_of) for cs in members.values()))


def _name(claims: list[Claim], origin_of: dict[str, Origin]) -> str:
    """A wire origin's name, else the one source the figures cite, else the first outlet."""
    origins = [origin_of[c.article] for c in claims if c.article in origin_of]
    wire = next((o for o in origins if o.how != "own"), None)
    if wire is not None:
        return wire.name
    cited = {_cited(c) for c in claims}
    if len(cited) == 1 and _cited(claims[0]):
        return claims[0].attribution
    return origins[0].name if origins else claims[0].article


def with_origins(finding: Finding, origin_of: dict[str, Origin]) -> Finding:
    """The finding with its support per value; a conflict between copies of one origin
    is a copy difference, and an agreement resting on one origin says so."""
    claims = finding.claims
    articles = {c.article for c in claims}
    if len(claims) == 1:  # most findings: one claim of one article
        c = claims[0]
        return dataclasses.replace(finding, support=(Support(c.text, (c.article,), (_name([c], origin_of),)),))
    if len(articles) == 1:  # one article, one origin: no copies, no agreement to weigh
        name = (_name(list(claims), origin_of),)
        values = tuple(Support(s.value, s.articles, name) for s in _values(claims))
        return dataclasses.replace(finding, support=values)
    values = support(claims, origin_of)
    text, copy = finding.explanation, False
    shared = {origin_of[a].articles for a in articles if a in origin_of}
    if len(articles) > 1 and len(shared) == 1:
        origin = origin_of[next(iter(articles))]
        if finding.verdict == Verdict.CONFLICT and origin.how != "own" and not finding.self_contradiction:
            copy = True
            text += (f" Both sides come from one origin ({origin.name}): a copy difference (an edit or an"
                     " update of one story), not two sources disagreeing.")
    if finding.verdict == Verdict.AGREE and len(articles) > 1:
        behind = independent(claims, origin_of)
        if len(behind) == 1:
            text += f" All {len(articles)} outlets rest on one origin ({behind[0]}): one confirmation, not {len(articles)}."
    return dataclasses.replace(finding, support=values, copy_difference=copy, explanation=text)
