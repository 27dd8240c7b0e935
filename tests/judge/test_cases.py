"""One YAML case per finding code: hand-made claims in, the expected verdict out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff import codes
from claimdiff.align import align
from claimdiff.judge import judge
from claimdiff.options import Options
from claimdiff.types import Verdict

from .conftest import CASES, load_case

CASE_FILES = sorted(CASES.glob("*.yml"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    case = load_case(path)
    expect = case["expect"]
    groups = align(case["claims"])
    assert len(groups) == expect["groups"], [[c.text for c in g.claims] for g in groups]
    findings = judge(groups, case["articles"], Options())
    first = findings[0]
    assert first.verdict == Verdict(expect["verdict"]), first.explanation
    assert first.code == expect["code"], first.explanation
    assert first.name == codes.get(first.code).name
    if "self_contradiction" in expect:
        assert first.self_contradiction is expect["self_contradiction"]
    for needle in expect.get("explanation_contains", []):
        assert needle in first.explanation, (needle, first.explanation)
    for f in findings:
        assert 0.0 <= f.confidence <= 1.0
        assert f.explanation.endswith(".")
        assert f.topic


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_is_deterministic_and_order_free(path: Path) -> None:
    case = load_case(path)

    def run(claims):
        return json.dumps([f.to_dict() for f in judge(align(claims), case["articles"], Options())])

    assert run(case["claims"]) == run(list(reversed(case["claims"])))


def test_every_conflict_code_has_a_case() -> None:
    stems = {p.stem.split("_")[0] for p in CASE_FILES}
    for needed in ("CS01", "CS02", "CS03", "QT01", "PC01", "DT01", "DT02", "DU01", "DU02",
                   "AG02", "AG03", "AG04", "SS01"):
        assert needed in stems


def test_finding_id_is_content_not_position_or_wording() -> None:
    import dataclasses

    case = load_case(CASES / "CS02.yml")
    before = judge(align(case["claims"]), case["articles"], Options())[0].id
    moved = [dataclasses.replace(c, start=c.start + 500, end=c.end + 500,
                                 text=c.text.replace("over", "more than")) for c in case["claims"]]
    assert judge(align(moved), case["articles"], Options())[0].id == before
    changed = [dataclasses.replace(c, value=650.0, low=650.0) if c.value == 600 else c for c in case["claims"]]
    assert judge(align(changed), case["articles"], Options())[0].id != before
