from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.types import Article


def assert_offsets_exact(article: Article) -> None:
    """Every run maps cleaned text to identical raw text, runs are sorted and disjoint."""
    last_end = 0
    for clean_start, raw_start, length in article.offsets:
        assert clean_start >= last_end
        assert length > 0
        assert article.raw[raw_start:raw_start + length] == article.text[clean_start:clean_start + length]
        last_end = clean_start + length


@pytest.fixture
def exact():
    return assert_offsets_exact


@pytest.fixture
def write(tmp_path: Path):
    """write(name, text_or_bytes) -> Path under a fresh story folder."""
    story = tmp_path / "story"
    story.mkdir()

    def _write(name: str, content: str | bytes) -> Path:
        path = story / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    _write.folder = story  # type: ignore[attr-defined]
    return _write
