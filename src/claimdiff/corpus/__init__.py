"""corpus: find article files, read them, clean them.

    sources = discover([Path("data/articles")])
    articles, warnings = load_story(sources[0], options)

Per-file problems (empty, binary, too large, malformed, unreadable) are
warnings and the file is skipped; only problems that leave nothing to read
(a missing path, a folder without article files) raise InputError.
"""

from __future__ import annotations

import dataclasses

from ..options import Options
from ..types import Article
from .discover import StorySource, discover
from .readers import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, kind_of, parse_text, read_article


def load_story(source: StorySource, options: Options | None = None) -> tuple[list[Article], list[str]]:
    """The readable articles of one story, in file order, and warnings.

    Ids are unique within the story: a clash (``a.txt`` and ``a.md``) is
    resolved deterministically by suffixing ``-2``, ``-3``... in file order.
    Fewer than two articles is not an error here; the caller decides.
    """
    del options  # reading does not depend on run options yet; kept for the interface
    warnings = list(source.warnings)
    articles: list[Article] = []
    used: set[str] = set()
    for path in source.files:
        found, file_warnings = read_article(path, kind=kind_of(path) or "txt")
        warnings.extend(file_warnings)
        for article in found:
            if article.id in used:
                n = 2
                while f"{article.id}-{n}" in used:
                    n += 1
                warnings.append(f"{article.path}: id {article.id!r} already used, renamed {article.id}-{n}")
                article = dataclasses.replace(article, id=f"{article.id}-{n}")
            used.add(article.id)
            articles.append(article)
    return articles, warnings


__all__ = ["MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "StorySource", "discover", "load_story", "parse_text", "read_article"]
