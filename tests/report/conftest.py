"""Fixtures for the format tests: a hand-built report, and the sample story run once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # report_fixtures, beside this file

from report_fixtures import budget_story, flood_story, make_report  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def report():  # type: ignore[no-untyped-def]
    return make_report(flood_story(), budget_story(), warnings=("plains-herald-flood: no publish date",))


@pytest.fixture
def flood_report():  # type: ignore[no-untyped-def]
    return make_report(flood_story())


@pytest.fixture(scope="session")
def sample_report():  # type: ignore[no-untyped-def]
    """The shipped sample story through the real pipeline (spaCy loaded once, cached)."""
    from claimdiff.api import compare
    from claimdiff.options import Options

    return compare([ROOT / "data" / "articles"], Options(use_cache=False))
