"""SARIF 2.1.0 output: structure (against the subset of the standard we emit), regions, determinism.

The full OASIS schema is not stored in this repository; sarif_subset.schema.json
(beside this file) describes exactly the SARIF objects claimdiff writes, with
the standard's property names, required keys, enums and minimums, and forbids
anything else, as the standard does (see its description).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimdiff.report import render
from claimdiff.types import Verdict

SUBSET = json.loads((Path(__file__).parent / "sarif_subset.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    jsonschema.Draft7Validator.check_schema(SUBSET)
    return jsonschema.Draft7Validator(SUBSET, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_validates(validator, report, sample_report) -> None:  # type: ignore[no-untyped-def]
    for r in (report, sample_report):
        validator.validate(json.loads(render(r, "sarif")))


def test_subset_schema_rejects_what_the_standard_rejects(validator, report) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(render(report, "sarif"))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)
    doc = json.loads(render(report, "sarif"))
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


def test_rules_and_results(report) -> None:  # type: ignore[no-untyped-def]
    run = json.loads(render(report, "sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(set(ids)) == ["AG02", "CS01", "DT01", "MN01"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"CS01": "error", "DT01": "error", "MN01": "error", "AG02": "note"}
    assert run["columnKind"] == "unicodeCodePoints"


def test_regions_point_into_the_raw_file(report) -> None:  # type: ignore[no-untyped-def]
    run = json.loads(render(report, "sarif"))["runs"][0]
    raw = {a.path: a.raw for a in report.articles}
    seen = 0
    for result in run["results"]:
        for loc in result["locations"] + result.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            region = phys["region"]
            line = raw[phys["artifactLocation"]["uri"]].split("\n")[region["startLine"] - 1]
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
            seen += 1
    assert seen == 8  # 4 annotated findings x 2 claims


def test_no_timestamps_and_same_bytes(report) -> None:  # type: ignore[no-untyped-def]
    first, second = render(report, "sarif"), render(report, "sarif")
    assert first == second
    assert "Utc" not in first and "guid" not in first.lower()


def test_single_source_is_not_a_result(report) -> None:  # type: ignore[no-untyped-def]
    run = json.loads(render(report, "sarif"))["runs"][0]
    singles = [f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE]
    assert singles
    ids = {r["properties"]["findingId"] for r in run["results"]}
    assert not ids & {f.id for f in singles}
