"""What a rule of judge says about two claims, before it becomes a Finding."""

from __future__ import annotations

from dataclasses import dataclass

from .. import codes
from ..types import ClaimKind, Verdict


@dataclass(frozen=True, slots=True)
class Outcome:
    verdict: Verdict
    code: str
    reason: str  # one sentence, ends with a full stop
    factor: float  # how sure the rule is, multiplied into the finding's confidence


def conflict_code(kind: ClaimKind, cause: str) -> str:
    """The conflict code of ``cause`` for a numeric kind; durations have one for any cause."""
    return "DU02" if kind == ClaimKind.DURATION else codes.for_kind(kind, cause).code
