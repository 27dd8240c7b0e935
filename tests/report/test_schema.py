"""Every JSON the tool writes validates against the shipped JSON Schema."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from claimdiff.baseline import Baseline, build, check
from claimdiff.report import render
from claimdiff.schema import report_schema, schema_text
from report_fixtures import budget_story, flood_story, make_report


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_shipped_and_parses() -> None:
    assert json.loads(schema_text())["properties"]["schema_version"] == {"const": 1}


def test_fixture_reports_validate(validator, report, flood_report) -> None:  # type: ignore[no-untyped-def]
    for r in (report, flood_report, make_report(budget_story())):
        validator.validate(r.to_records())
        validator.validate(json.loads(render(r, "json")))


def test_checked_report_validates(validator, report) -> None:  # type: ignore[no-untyped-def]
    # What `check` renders: the report less the findings a baseline accepts.
    result = check(report, build(report))
    assert not result.new
    validator.validate(result.report.to_records())
    validator.validate(check(report, Baseline()).report.to_records())


def test_sample_story_validates(validator, sample_report) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(render(sample_report, "json"))
    validator.validate(records)
    assert records["summary"]["conflict"] >= 1


def test_extension_keys_are_accepted(validator, report) -> None:  # type: ignore[no-untyped-def]
    records = report.to_records()
    records["new_top_level"] = {"anything": [1, 2]}
    records["tool"]["build"] = "abc"
    records["articles"][0]["language"] = "en"
    records["findings"][0]["editor_note"] = "checked with the desk"
    records["findings"][0]["claims"][0]["currency_year"] = 2026
    validator.validate(records)


@pytest.mark.parametrize(
    "path, value",
    [
        (("schema_version",), 2),
        (("findings", 0, "verdict"), "maybe"),
        (("findings", 0, "claims", 0, "start"), -1),
        (("findings", 0, "claims", 0, "date"), "30 April 2025"),
        (("findings", 0, "claims", 0, "kind"), "vibe"),
        (("articles", 0, "published"), "May 1"),
        (("summary", "conflict"), "two"),
    ],
)
def test_contract_violations_are_rejected(validator, report, path, value) -> None:  # type: ignore[no-untyped-def]
    records = copy.deepcopy(report.to_records())
    target = records
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(records)


@pytest.mark.parametrize("key", ["article", "kind", "text", "start", "end", "sentence", "value", "low",
                                 "high", "unit", "date", "measure", "attribution"])
def test_every_contract_claim_key_is_required(validator, report, key) -> None:  # type: ignore[no-untyped-def]
    records = copy.deepcopy(report.to_records())
    del records["findings"][0]["claims"][0][key]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(records)
