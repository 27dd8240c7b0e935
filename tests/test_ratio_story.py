"""A ratio in one article against a percentage in another, through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import claimdiff
from claimdiff.options import Options
from claimdiff.types import Verdict

HEAD = "source: {src}\ndate: 2026-02-10\n\n"


def _story(tmp_path: Path, a: str, b: str) -> list:
    (tmp_path / "a.txt").write_text(HEAD.format(src="Harbour Post") + a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEAD.format(src="County Radio") + b, encoding="utf-8")
    report = claimdiff.compare([tmp_path], Options(use_cache=False))
    return [f for f in report.findings if any(c.kind.value == "percent" for c in f.claims)]


def test_one_in_four_agrees_with_25_percent(tmp_path: Path) -> None:
    found = _story(tmp_path,
                   "One in four ferry crossings was cancelled in January because of storms, the operator said.\n",
                   "The operator said 25% of ferry crossings were cancelled in January as storms hit.\n")
    assert [f.verdict for f in found] == [Verdict.AGREE]
    assert sorted(c.text for c in found[0].claims) == ["25%", "One in four"]


def test_one_in_ten_conflicts_with_30_percent(tmp_path: Path) -> None:
    found = _story(tmp_path,
                   "One in 10 ferry crossings was cancelled in January because of storms, the operator said.\n",
                   "The operator said 30% of ferry crossings were cancelled in January as storms hit.\n")
    assert [f.verdict for f in found] == [Verdict.CONFLICT]
    assert "One in 10" in found[0].explanation and "30%" in found[0].explanation
