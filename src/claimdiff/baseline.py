"""Accepted findings for ``claimdiff check``: the baseline file and the gate.

A baseline entry names a finding by content, never by position or order:
judge's ``Finding.id`` plus a fingerprint of (code, kinds, subject, sorted
article ids, normalised values), like sqlfluff's ``check_tuple`` without line
and column. An edit that moves text keeps the entry valid; an edit that changes
a figure makes a new finding. Entries that match nothing any more are reported
as stale (like ruff's RUF100) so the file does not silently rot.

File format (JSON, deterministic bytes, no timestamps)::

    {"schema_version": 1, "tool": "claimdiff", "fail_on": "conflict",
     "entries": [{"id", "fingerprint", "code", "name", "verdict", "story", "topic",
                  "articles": [...], "figures": [...], "reason": ""}]}

``reason`` is for the editor who accepted the finding; it is kept across
``--update-baseline``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .report import Report
from .types import Claim, Finding, Story, Verdict

BASELINE_VERSION = 1
FAIL_ON = ("conflict", "any")
EXIT_OK, EXIT_FAIL = 0, 1


def gated(finding: Finding, fail_on: str = "conflict", ignore_copies: bool = False) -> bool:
    """Whether ``check`` fails on this finding when the baseline does not accept it.

    conflict: conflicts judge is sure of (a possible conflict, whose figures may not
    be about one fact, is reported but does not fail a check). any: every finding
    two or more sources take part in (possible conflicts and agreements too);
    claims made by one source never fail a check, because a lone figure is not
    something another source disputes. An update (a later report gives a higher
    figure, judge/timeline.py) is reported but does not fail a check either; a copy
    difference (two copies of one wire story differ) does, unless ``ignore_copies``.
    """
    if ignore_copies and finding.copy_difference:
        return False
    if fail_on == "any":
        return finding.verdict is not Verdict.SINGLE_SOURCE
    return finding.verdict is Verdict.CONFLICT and not finding.possible and finding.change != "update"


def _number(x: float | None) -> str | None:
    # Six significant digits: the same figure parsed twice must not differ in the last bit.
    return None if x is None else format(x, ".6g")


def _value_key(claim: Claim) -> list[Any]:
    if claim.date is not None:
        return [claim.kind.value, claim.date.iso()]
    return [claim.kind.value, _number(claim.low), _number(claim.high), _number(claim.value),
            claim.unit, claim.weekday]


def _subject(finding: Finding) -> str:
    # Every claim's own subject, sorted: independent of the order judge lists the claims in.
    keys = sorted({(c.measure or c.concept or c.event or "").casefold() for c in finding.claims} - {""})
    return "|".join(keys) if keys else " ".join(finding.topic.casefold().split())


def fingerprint(finding: Finding) -> str:
    """Content fingerprint: (code, kinds, subject key, sorted article ids, normalised values)."""
    key = {
        "code": finding.code,
        "kinds": sorted({c.kind.value for c in finding.claims}),
        "subject": _subject(finding),
        "articles": sorted({c.article for c in finding.claims}),
        "values": sorted(json.dumps(_value_key(c)) for c in finding.claims),
    }
    blob = json.dumps(key, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    fingerprint: str
    code: str = ""
    name: str = ""
    verdict: str = ""
    story: str = ""
    topic: str = ""
    articles: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    reason: str = ""

    def matches(self, finding: Finding, print_: str) -> bool:
        return self.id == finding.id or self.fingerprint == print_

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["articles"], d["figures"] = list(self.articles), list(self.figures)
        return d


def entry_for(story: Story, finding: Finding, reason: str = "") -> Entry:
    return Entry(
        id=finding.id, fingerprint=fingerprint(finding), code=finding.code, name=finding.name,
        verdict=finding.verdict.value, story=story.name, topic=finding.topic,
        articles=tuple(sorted({c.article for c in finding.claims})),
        figures=tuple(c.text for c in finding.claims), reason=reason,
    )


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[Entry, ...] = ()
    fail_on: str = "conflict"

    def to_json(self) -> str:
        entries = sorted(self.entries, key=lambda e: (e.story, e.code, e.fingerprint, e.id))
        doc = {"schema_version": BASELINE_VERSION, "tool": "claimdiff", "fail_on": self.fail_on,
               "entries": [e.to_dict() for e in entries]}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def load(path: Path) -> Baseline:
    """Read a baseline file; ConfigError (exit 2) when it is missing or malformed."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"baseline not found: {path} (create it with: claimdiff baseline PATH > {path})") from None
    except OSError as err:
        raise ConfigError(f"cannot read baseline {path}: {err.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"baseline {path} is not valid JSON: {err}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ConfigError(f"baseline {path} has no \"entries\" list")
    if doc.get("schema_version", BASELINE_VERSION) != BASELINE_VERSION:
        raise ConfigError(f"baseline {path}: unsupported schema_version {doc.get('schema_version')!r}")
    if doc.get("fail_on", "conflict") not in FAIL_ON:
        raise ConfigError(f"baseline {path}: fail_on must be one of {', '.join(FAIL_ON)}")
    known = {f.name for f in dataclasses.fields(Entry)}
    entries = []
    for i, raw in enumerate(doc["entries"]):
        if not isinstance(raw, dict) or not (raw.get("id") or raw.get("fingerprint")):
            raise ConfigError(f"baseline {path}: entry {i} needs an \"id\" or a \"fingerprint\"")
        fields = {k: v for k, v in raw.items() if k in known}
        for k in ("articles", "figures"):
            fields[k] = tuple(fields.get(k) or ())
        fields.setdefault("id", "")
        fields.setdefault("fingerprint", "")
        entries.append(Entry(**{k: ("" if v is None else v) for k, v in fields.items()}))
    return Baseline(tuple(entries), str(doc.get("fail_on", "conflict")))


def build(report: Report, fail_on: str = "conflict", previous: Baseline | None = None) -> Baseline:
    """A baseline accepting every gated finding of ``report``, keeping the reasons of ``previous``."""
    previous = previous or Baseline()
    entries = []
    seen: set[str] = set()
    for story in report.stories:
        for f in story.findings:
            if not gated(f, fail_on) or f.id in seen:
                continue
            seen.add(f.id)
            fp = fingerprint(f)
            reason = next((e.reason for e in previous.entries if e.matches(f, fp) and e.reason), "")
            entries.append(entry_for(story, f, reason))
    return Baseline(tuple(entries), fail_on)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check`` found: new gated findings, the ones the baseline accepted, stale entries."""

    new: tuple[tuple[str, Finding], ...]  # (story name, finding)
    accepted: tuple[tuple[str, Finding], ...]
    stale: tuple[Entry, ...]
    report: Report  # the report without the accepted findings: what the formats render

    def exit_code(self, exit_zero: bool = False) -> int:
        return EXIT_FAIL if self.new and not exit_zero else EXIT_OK

    def summary(self) -> str:
        noun = "finding" if any(f.verdict is not Verdict.CONFLICT for _, f in self.new) else "conflict"
        parts = [f"{len(self.new)} new {noun}{'s' if len(self.new) != 1 else ''}"]
        if self.accepted:
            parts.append(f"{len(self.accepted)} accepted by the baseline")
        if self.stale:
            parts.append(f"{len(self.stale)} stale baseline entr{'ies' if len(self.stale) != 1 else 'y'}")
        return ", ".join(parts)


def check(report: Report, baseline: Baseline | None = None, fail_on: str = "conflict",
          ignore_copies: bool = False) -> CheckResult:
    """Split the report's gated findings into new and accepted; find stale entries."""
    if fail_on not in FAIL_ON:
        raise ConfigError(f"--fail-on wants one of {', '.join(FAIL_ON)}, got {fail_on!r}")
    baseline = baseline or Baseline()
    used: set[int] = set()
    new: list[tuple[str, Finding]] = []
    accepted: list[tuple[str, Finding]] = []
    stories = []
    for story in report.stories:
        kept = []
        for f in story.findings:
            fp = fingerprint(f)
            hits = [i for i, e in enumerate(baseline.entries) if e.matches(f, fp)]
            used.update(hits)
            if hits:
                accepted.append((story.name, f))
                continue
            kept.append(f)
            if gated(f, fail_on, ignore_copies):
                new.append((story.name, f))
        stories.append(dataclasses.replace(story, findings=tuple(kept)))
    # An entry is stale only when every article it names was compared in this run:
    # CI often checks just the articles a change adds against a repository-wide baseline.
    compared = {a.id for a in report.articles}
    stale = tuple(e for i, e in enumerate(baseline.entries)
                  if i not in used and e.articles and set(e.articles) <= compared)
    shown = dataclasses.replace(report, stories=tuple(stories))
    return CheckResult(tuple(new), tuple(accepted), stale, shown)
