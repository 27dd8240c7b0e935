"""The stories scorer: matching findings to expected conflicts and agreements."""

from __future__ import annotations

from eval.stories import score_story, stories


def finding(verdict: str, *claims: tuple[str, str], fid: str = "x") -> dict:
    return {"id": fid, "verdict": verdict, "claims": [{"article": a, "text": t} for a, t in claims]}


EXPECTED = {
    "conflicts": [{"claims": {"a": "18 percent", "b": "22%"}}],
    "agreements": [{"claims": {"a": "$2.4 billion", "b": "$2.4bn"}}],
}


def test_found_conflict_and_agreement() -> None:
    s = score_story([finding("conflict", ("a", "18 percent"), ("b", "22%"), fid="1"),
                     finding("agree", ("a", "$2.4 billion"), ("b", "$2.4bn"), fid="2")], EXPECTED)
    assert (s["found"], s["false"], s["grouped"], s["agreed"]) == (1, 0, 1, 1)


def test_false_conflict_and_miss() -> None:
    s = score_story([finding("conflict", ("a", "$2.4 billion"), ("b", "$2.4bn"), fid="1")], EXPECTED)
    assert (s["found"], s["false"], s["grouped"], s["agreed"]) == (0, 1, 0, 0)


def test_needles_must_come_from_the_named_articles() -> None:
    s = score_story([finding("conflict", ("b", "18 percent"), ("a", "22%"))], EXPECTED)
    assert s["found"] == 0


def test_every_story_has_two_to_four_articles() -> None:
    found = stories()
    assert len(found) >= 5
    for name, folder, spec in found:
        assert 2 <= len(list(folder.glob("*.txt"))) <= 4, name
        assert spec.get("conflicts"), name
