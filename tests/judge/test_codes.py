"""The code table: stable format and documented in docs/codes.md."""

from __future__ import annotations

import re
from pathlib import Path

from claimdiff import codes
from claimdiff.types import ClaimKind, Verdict

DOC = Path(__file__).resolve().parents[2] / "docs" / "codes.md"


def test_code_format() -> None:
    for code, c in codes.CODES.items():
        assert re.fullmatch(r"[A-Z]{2}\d{2}", code)
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", c.name)
        assert c.code == code


def test_every_code_is_documented() -> None:
    table = DOC.read_text(encoding="utf-8")
    for code, c in codes.CODES.items():
        assert f"| {code} | {c.name} | {c.verdict.value} |" in table


def test_conflict_codes_per_kind() -> None:
    assert codes.for_kind(ClaimKind.CASUALTY, "scope").name == "casualty.scope"
    assert codes.get("DT01").verdict == Verdict.CONFLICT
    assert codes.get("SS01").verdict == Verdict.SINGLE_SOURCE
