"""Baseline: content fingerprints, the check gate, stale entries, reasons kept."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "report"))

from claimdiff.baseline import Baseline, Entry, build, check, fingerprint, gated, load  # noqa: E402
from claimdiff.errors import ConfigError  # noqa: E402
from claimdiff.types import Verdict  # noqa: E402
from report_fixtures import budget_story, flood_story, make_report  # noqa: E402


def _shift(story, by: int):  # type: ignore[no-untyped-def]
    """The same story with every claim moved (as if a paragraph were added above)."""
    findings = tuple(
        dataclasses.replace(f, claims=tuple(dataclasses.replace(c, start=c.start + by, end=c.end + by) for c in f.claims))
        for f in story.findings
    )
    return dataclasses.replace(story, findings=findings)


def test_fingerprint_ignores_position_but_not_figures() -> None:
    story = flood_story()
    toll = story.findings[0]
    moved = _shift(story, 120).findings[0]
    assert fingerprint(toll) == fingerprint(moved)
    a, b = toll.claims
    changed = dataclasses.replace(toll, claims=(a, dataclasses.replace(b, value=26.0, low=26.0, high=26.0)))
    assert fingerprint(changed) != fingerprint(toll)
    other_article = dataclasses.replace(toll, claims=(a, dataclasses.replace(b, article="another-paper")))
    assert fingerprint(other_article) != fingerprint(toll)
    assert fingerprint(dataclasses.replace(toll, claims=(b, a))) == fingerprint(toll)  # order does not matter


def test_gate() -> None:
    conflict, _, agree, single = flood_story().findings
    assert gated(conflict) and gated(conflict, "any")
    assert not gated(agree) and gated(agree, "any")
    assert not gated(single) and not gated(single, "any")


def test_check_without_baseline_fails_on_conflicts() -> None:
    report = make_report(flood_story(), budget_story())
    result = check(report)
    assert [f.code for _, f in result.new] == ["CS01", "DT01", "MN01"]
    assert result.exit_code() == 1 and result.exit_code(exit_zero=True) == 0
    assert "3 new conflicts" in result.summary()
    assert len(check(report, fail_on="any").new) == 4


def test_baseline_accepts_and_survives_moved_text() -> None:
    report = make_report(flood_story(), budget_story())
    accepted = build(report)
    assert len(accepted.entries) == 3
    moved = make_report(_shift(flood_story(), 40), budget_story())
    # ids are judge's and would move with content too; drop them to test the fingerprint alone
    by_print = Baseline(tuple(dataclasses.replace(e, id="") for e in accepted.entries))
    result = check(moved, by_print)
    assert result.new == () and len(result.accepted) == 3 and result.stale == ()
    assert result.exit_code() == 0
    # what the formats render: the accepted conflicts are gone, the rest stays
    assert [f.verdict for f in result.report.findings] == [Verdict.AGREE, Verdict.SINGLE_SOURCE]


def test_stale_entries_are_reported_only_for_compared_articles() -> None:
    report = make_report(flood_story(), budget_story())
    accepted = build(report)
    gone = Entry(id="old", fingerprint="0" * 20, code="CS01", topic="an old toll",
                 articles=("valley-courier-flood", "plains-herald-flood"))
    elsewhere = Entry(id="other", fingerprint="1" * 20, articles=("not-in-this-run", "valley-courier-flood"))
    result = check(report, Baseline(accepted.entries + (gone, elsewhere)))
    assert result.stale == (gone,)
    assert "1 stale baseline entry" in result.summary()


def test_file_round_trip_keeps_reasons_and_is_deterministic(tmp_path: Path) -> None:
    report = make_report(flood_story(), budget_story())
    first = build(report)
    doc = json.loads(first.to_json())
    assert doc["schema_version"] == 1 and doc["fail_on"] == "conflict"
    assert all(set(e) >= {"id", "fingerprint", "code", "reason", "articles", "figures"} for e in doc["entries"])
    doc["entries"][0]["reason"] = "desk checked: the mayor's figure includes the missing"
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    again = build(report, previous=load(path))
    assert again.to_json() == build(report, previous=load(path)).to_json()
    assert "desk checked" in again.to_json()
    assert first.to_json() == build(make_report(flood_story(), budget_story())).to_json()


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('{"entries": 3}', "entries"),
    ('{"entries": [{"reason": "no id"}]}', "needs an"),
    ('{"schema_version": 9, "entries": []}', "schema_version"),
    ('{"fail_on": "sometimes", "entries": []}', "fail_on"),
])
def test_bad_baseline_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load(path)
    with pytest.raises(ConfigError, match="not found"):
        load(tmp_path / "missing.json")


def test_the_gate_a_baseline_was_made_for_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "any.json"
    path.write_text(build(make_report(flood_story()), "any").to_json(), encoding="utf-8")
    loaded = load(path)
    assert loaded.fail_on == "any"
    assert len(loaded.entries) == 3  # two conflicts and the agreement
