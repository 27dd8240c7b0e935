"""Which files make up which story; fatal vs per-file problems."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimdiff.corpus import StorySource, discover, load_story
from claimdiff.errors import InputError

BODY = "The mayor said {n} buses will run on the new route from 2 September.\n"


def make(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, name in enumerate(names):
        (folder / name).write_text(BODY.format(n=10 + i), encoding="utf-8")
        out.append(folder / name)
    return out


def test_flat_folder_is_one_story_sorted(tmp_path):
    make(tmp_path / "buses", "b.txt", "a.md", "c.json")
    (tmp_path / "buses" / "c.json").write_text('{"text": "Fares rise 3 percent."}')
    [story] = discover([tmp_path / "buses"])
    assert story.name == "buses"
    assert [p.name for p in story.files] == ["a.md", "b.txt", "c.json"]


def test_folder_of_story_folders(tmp_path):
    make(tmp_path / "all" / "zoo-fire", "x.txt", "y.txt")
    make(tmp_path / "all" / "bus-route", "x.txt", "y.txt")
    stories = discover([tmp_path / "all"])
    assert [s.name for s in stories] == ["bus-route", "zoo-fire"]
    assert all(len(s.files) == 2 for s in stories)


def test_named_files_are_one_story(tmp_path):
    a, b = make(tmp_path / "in", "one.txt", "two.html")
    [story] = discover([a, b, a])
    assert story.files == (a, b)
    assert story.name == "in"


def test_missing_path_is_fatal(tmp_path):
    with pytest.raises(InputError, match="path not found: .*nope"):
        discover([tmp_path / "nope"])


def test_empty_folder_is_fatal(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files in"):
        discover([tmp_path / "empty"])


def test_hidden_and_unknown_files_ignored_with_warning(tmp_path):
    make(tmp_path / "s", "a.txt", "b.txt", ".draft.txt", "photo.jpg", "notes.docx")
    [story] = discover([tmp_path / "s"])
    assert [p.name for p in story.files] == ["a.txt", "b.txt"]
    assert any("photo.jpg" in w and "notes.docx" in w for w in story.warnings)
    _, warnings = load_story(story)
    assert any("not articles" in w for w in warnings)


def test_readme_is_not_an_article_and_story_names_unique(tmp_path):
    make(tmp_path / "one" / "articles", "a.txt", "b.txt", "README.md")
    make(tmp_path / "two" / "articles", "a.txt", "b.txt")
    stories = discover([tmp_path / "one" / "articles", tmp_path / "two" / "articles"])
    assert [s.name for s in stories] == ["articles", "articles-2"]
    assert [p.name for p in stories[0].files] == ["a.txt", "b.txt"]
    assert any("README.md" in w for w in stories[0].warnings)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loops(tmp_path):
    folder = tmp_path / "s"
    make(folder / "story", "a.txt", "b.txt")
    os.symlink(folder, folder / "story" / "back")  # points at an ancestor
    os.symlink(tmp_path / "loop", tmp_path / "loop")  # points at itself
    stories = discover([folder])
    assert [s.name for s in stories] == ["story"]
    with pytest.raises(InputError, match="symlink loop"):
        discover([tmp_path / "loop"])
    os.symlink(tmp_path / "loop", folder / "story" / "c.txt")
    stories = discover([folder])
    articles, warnings = load_story(stories[0])
    assert [a.id for a in articles] == ["a", "b"]
    assert any("symlink loop" in w for w in warnings)


def test_ids_unique_within_story(tmp_path):
    paths = make(tmp_path / "s", "report.md", "report.txt")
    articles, warnings = load_story(StorySource("s", tuple(paths)))
    assert [a.id for a in articles] == ["report", "report-2"]
    assert any("renamed" in w for w in warnings)


@pytest.mark.slow
def test_ten_thousand_tiny_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Item {i} cost ${i}.\n")
    [story] = discover([folder])
    assert len(story.files) == 10_000
    assert story.files[0].name == "00000.txt" and story.files[-1].name == "09999.txt"


def test_unreadable_story_folder_is_a_warning(tmp_path, monkeypatch):
    import importlib

    discover_module = importlib.import_module("claimdiff.corpus.discover")

    make(tmp_path / "all" / "good", "a.txt", "b.txt")
    make(tmp_path / "all" / "locked", "a.txt", "b.txt")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", scandir)
    stories = discover([tmp_path / "all"])
    assert [s.name for s in stories] == ["good"]
    assert any("locked" in w and "permission denied" in w for w in stories[0].warnings)


def test_exclude_by_name_at_any_depth_and_by_path(tmp_path):
    root = tmp_path / "desk"
    make(root / "flood", "a.txt", "b.txt", "a.draft.txt")
    make(root / "drafts", "x.txt", "y.txt")
    make(root / "bridge", "a.txt", "b.txt", "c.txt")
    stories = discover([root], exclude=("drafts", "*.draft.txt", f"{root.as_posix()}/bridge/c.txt"))
    assert {s.name: [p.name for p in s.files] for s in stories} == {
        "bridge": ["a.txt", "b.txt"], "flood": ["a.txt", "b.txt"]}


def test_exclude_path_patterns_are_relative_to_the_working_directory(tmp_path, monkeypatch):
    make(tmp_path / "flood", "a.txt", "b.txt", "c.txt")
    monkeypatch.chdir(tmp_path)
    [story] = discover([Path("flood")], exclude=("flood/c.*",))
    assert [p.name for p in story.files] == ["a.txt", "b.txt"]


def test_a_file_named_on_the_command_line_is_read_whatever_the_patterns(tmp_path):
    a, b = make(tmp_path / "flood", "a.txt", "b.txt")
    [story] = discover([a, b], exclude=("b.txt",))
    assert [p.name for p in story.files] == ["a.txt", "b.txt"]
