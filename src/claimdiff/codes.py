"""Finding codes: two letters for the claim kind, two digits for the cause, a dotted name.

Codes are stable: they appear in JSON, as SARIF ``ruleId`` and in baselines.
Never renumber one; retire it and add a new one. docs/codes.md is the table for
users and must list every code here (tests/judge/test_codes.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import ClaimKind, Verdict


@dataclass(frozen=True, slots=True)
class Code:
    code: str  # "CS02"
    name: str  # "casualty.scope"
    verdict: Verdict
    summary: str


# Two letters per claim kind.
PREFIX: dict[ClaimKind, str] = {
    ClaimKind.COUNT: "CT",
    ClaimKind.CASUALTY: "CS",
    ClaimKind.QUANTITY: "QT",
    ClaimKind.MONEY: "MN",
    ClaimKind.PERCENT: "PC",
    ClaimKind.DATE: "DT",
    ClaimKind.DURATION: "DU",
    ClaimKind.TIME: "TM",
    ClaimKind.AGE: "AE",
}

_C, _A, _S = Verdict.CONFLICT, Verdict.AGREE, Verdict.SINGLE_SOURCE


def _numeric(prefix: str, kind: str) -> list[Code]:
    return [
        Code(f"{prefix}01", f"{kind}.value", _C, f"two {kind} figures for the same thing do not overlap, "
             "even after unit conversion and rounding"),
        Code(f"{prefix}02", f"{kind}.scope", _C, "the figures measure nested things (one is part of the "
             "other, e.g. dead vs killed or wounded), so they cannot be checked against each other"),
        Code(f"{prefix}03", f"{kind}.scope_exceeds", _C, "the figure for the part is larger than the "
             "figure for the whole it belongs to"),
        Code(f"{prefix}04", f"{kind}.transposed", _C, "the figures are written with the same digits, two "
             "neighbours swapped (364 vs 346): a likely typo, even where a bound or rounding would let them agree"),
        Code(f"{prefix}05", f"{kind}.change_or_level", _C, "the same amount is the size of a change in one "
             "source (\"cut costs by €17bn\") and the level the change reaches in the other (\"to €17bn\")"),
    ]


def _moves(prefix: str, kind: str) -> Code:
    """Of the kinds a move is read for (align.roles.direction): counts of points, money, percentages."""
    return Code(f"{prefix}07", f"{kind}.direction", _C, "a move up in one source and down in the other "
                "(\"rose 3%\" vs \"fell 3%\"), whatever the sizes")


CODES: dict[str, Code] = {
    c.code: c
    for c in [
        *_numeric("CT", "count"),
        *_numeric("CS", "casualty"),
        *_numeric("QT", "quantity"),
        *_numeric("MN", "money"),
        *_numeric("PC", "percent"),
        _moves("CT", "count"), _moves("MN", "money"), _moves("PC", "percent"),
        Code("MN06", "money.conversion", _C, "the sources agree on a sum, but one converts it into another "
             "currency at a rate the rest of the story (or the ECB's reference rate of its day) misses by more "
             "than 10%"),
        Code("DT01", "date.day", _C, "the same event is put on different days (or weekdays, even when "
             "one side cannot be resolved to a calendar date)"),
        Code("DT02", "date.value", _C, "the same event is dated to periods that do not overlap"),
        Code("DU01", "duration.deadline", _C, "a date derived from a duration (start + duration) does "
             "not fall within the date another source states"),
        Code("DU02", "duration.value", _C, "two durations of the same thing do not overlap after "
             "conversion to a common unit"),
        Code("TM01", "time.value", _C, "the same event is put at times of day that do not overlap on one "
             "clock, after a named zone is converted to UTC"),
        Code("AE01", "age.value", _C, "two ages of the same person or thing do not overlap"),
        Code("AG01", "agree.equal", _A, "the figures are equal"),
        Code("AG02", "agree.rounding", _A, "equal after unit conversion, within the rounding tolerance"),
        Code("AG03", "agree.bound", _A, "one side is a bound (\"more than 50\") the other figure satisfies"),
        Code("AG04", "agree.approximate", _A, "an approximate figure (\"about 60\") within the "
             "approximation tolerance of the other"),
        Code("AG05", "agree.overlap", _A, "ranges or periods that overlap (\"June 2026\" within \"mid-2026\")"),
        Code("AG06", "agree.weekday", _A, "the same weekday, at least one side not resolvable to a date"),
        Code("SS01", "single_source.claim", _S, "a claim only one article makes"),
    ]
}


def get(code: str) -> Code:
    return CODES[code]


def for_kind(kind: ClaimKind, cause: str) -> Code:
    """The conflict code of ``cause`` ("value", "scope", "scope_exceeds", "transposed",
    "change_or_level") for a numeric kind."""
    number = {"value": "01", "scope": "02", "scope_exceeds": "03", "transposed": "04", "change_or_level": "05",
              "direction": "07"}[cause]
    # times and ages have no nested measures: any difference is one of value
    return CODES.get(PREFIX[kind] + number) or CODES[PREFIX[kind] + "01"]
