"""A hand-built report (no spaCy): two small stories written for these tests.

The raw files carry header lines and a donation appeal that cleaning removed,
so cleaned offsets and raw offsets differ, as they do on real input.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from claimdiff.report import Report
from claimdiff.types import Article, Claim, ClaimKind, DateValue, Explanation, Finding, Story, Verdict

FLOOD_A_HEAD = "source: Valley Courier\ndate 2026-03-14\n\n"
FLOOD_A = (
    "River flood kills dozens\n\n"
    "At least 40 people died when the river burst its banks on Tuesday, the mayor said.\n"
    "The water rose 3 metres in an hour, according to the \"river authority\" <gauge>.\n"
)
FLOOD_B_HEAD = "source: Plains Herald, evening edition\n\n"
FLOOD_B = (
    "Flood toll reaches 25\n\n"
    "Twenty-five people were killed, police said of the flood on Wednesday (<live> | updated).\n"
    "Waters rose by about ten feet; 1,200 homes were evacuated | 50% of the town.\n"
)
APPEAL = "Support our journalism: donate today.\n"


def article(aid: str, head: str, text: str, tail: str = "", **kw) -> Article:
    return Article(id=aid, path=f"stories/{aid}.txt", text=text, raw=head + text + tail,
                   offsets=((0, len(head), len(text)),), **kw)


def claim(art: Article, text: str, kind: ClaimKind, nth: int = 0, **kw) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(text, start + 1)
    line_start = art.text.rfind("\n", 0, start) + 1
    line_end = art.text.find("\n", start)
    return Claim(kind=kind, article=art.id, start=start, end=start + len(text), text=text,
                 sentence=art.text[line_start:line_end],
                 explanation=Explanation("test", "hand", 0.8), score=0.8, **kw)


def finding(fid: str, verdict: Verdict, code: str, name: str, topic: str, claims, why: str,
            confidence: float = 0.9) -> Finding:
    return Finding(id=fid, topic=topic, verdict=verdict, code=code, name=name, explanation=why,
                   confidence=confidence, claims=tuple(claims))


def flood_story(name: str = "flood") -> Story:
    a = article("valley-courier-flood", FLOOD_A_HEAD, FLOOD_A, source="Valley Courier",
                published=dt.date(2026, 3, 14), title="River flood kills dozens")
    b = article("plains-herald-flood", FLOOD_B_HEAD, FLOOD_B, APPEAL, source="Plains Herald")
    tue = DateValue(dt.date(2026, 3, 10), dt.date(2026, 3, 10), "day")
    findings = [
        finding("f-toll", Verdict.CONFLICT, "CS01", "casualty.value", "people killed in the flood", [
            claim(a, "At least 40 people", ClaimKind.CASUALTY, low=40.0, value=40.0, measure="killed",
                  attribution="the mayor", qualifier="at least"),
            claim(b, "Twenty-five", ClaimKind.CASUALTY, value=25.0, low=25.0, high=25.0,
                  measure="killed", attribution="police"),
        ], "Valley Courier says at least 40 died, Plains Herald says 25 were killed: 25 is below the bound of 40."),
        finding("f-day", Verdict.CONFLICT, "DT01", "date.day", "day the river burst its banks", [
            claim(a, "on Tuesday", ClaimKind.DATE, date=tue, weekday=2, event="flood"),
            claim(b, "on Wednesday", ClaimKind.DATE, weekday=3, event="flood",
                  unresolved="no publish date"),
        ], "Valley Courier puts the flood on Tuesday, Plains Herald on Wednesday.", 0.7),
        finding("f-rise", Verdict.AGREE, "AG02", "agree.rounding", "how far the water rose", [
            claim(a, "3 metres", ClaimKind.QUANTITY, value=3.0, low=3.0, high=3.0, unit="meter",
                  measure="height"),
            claim(b, "about ten feet", ClaimKind.QUANTITY, value=10.0, low=9.0, high=11.0, unit="foot",
                  measure="height", qualifier="about"),
        ], "3 metres (Valley Courier) is 9.8 feet, within about ten feet (Plains Herald)."),
        finding("f-homes", Verdict.SINGLE_SOURCE, "CT00", "count.single_source", "homes evacuated", [
            claim(b, "1,200 homes", ClaimKind.COUNT, value=1200.0, low=1200.0, high=1200.0,
                  concept="homes"),
        ], "Only Plains Herald gives the number of homes evacuated.", 0.6),
    ]
    return Story(name=name, articles=(a, b), findings=tuple(findings),
                 claims=tuple(c for f in findings for c in f.claims))


def budget_story() -> Story:
    # Same article ids as nothing else, but reuses an id scheme a second story could clash with.
    a = article("a", "", "The council approved a $4.5 million budget on Monday.\n", source="Town Crier",
                published=dt.date(2026, 2, 3))
    b = article("b", "title: Budget\n", "Councillors backed a $5.1m spending plan.\n", source="Ledger")
    f = finding("f-budget", Verdict.CONFLICT, "MN01", "money.value", "the council budget", [
        claim(a, "$4.5 million", ClaimKind.MONEY, value=4.5e6, low=4.5e6, high=4.5e6, unit="USD"),
        claim(b, "$5.1m", ClaimKind.MONEY, value=5.1e6, low=5.1e6, high=5.1e6, unit="USD"),
    ], "Town Crier says $4.5 million, Ledger says $5.1m: 13% apart, beyond the rounding tolerance.")
    return Story(name="budget", articles=(a, b), findings=(f,), claims=f.claims)


TOOL = {"name": "claimdiff", "version": "0.1.0",
        "pipeline": {"name": "en_core_web_sm", "version": "3.8.0", "package": "test", "spacy": "3.8"}}


def make_report(*stories: Story, warnings: tuple[str, ...] = ()) -> Report:
    return Report(tool=TOOL, stories=tuple(stories), warnings=warnings)


class PageParser(HTMLParser):
    """Ids, links, external sources and the text inside each <mark id=...> of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.marks: dict[str, str] = {}
        self.srcs: list[str] = []
        self._open: list[tuple[str | None, list[str]]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for key in ("src", "srcset"):
            if a.get(key):
                self.srcs.append(a[key])
        if tag == "link":
            self.srcs.append(a.get("href", ""))
        if tag == "mark":
            self._open.append((a.get("id"), []))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "mark":
            ident, parts = self._open.pop()
            text = "".join(parts)
            if self._open:
                self._open[-1][1].append(text)
            if ident:
                self.marks[ident] = text

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._open:
            self._open[-1][1].append(data)
