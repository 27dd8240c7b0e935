"""The per-article step: parse and extract. Everything after it works per story."""

from __future__ import annotations

from collections.abc import Sequence

from .extract import default_registry, extract_doc
from .nlp import parse
from .options import Options
from .types import Article, Claim


def extract_articles(articles: Sequence[Article], options: Options) -> dict[str, list[Claim]]:
    """Claims per article id, in input order. Docs are dropped as soon as they are read."""
    registry = default_registry(options.disabled_extractors)
    out: dict[str, list[Claim]] = {}
    docs = parse((a.text for a in articles), batch_size=options.batch_size)
    for article, doc in zip(articles, docs):
        out[article.id] = extract_doc(doc, article, registry)
    return out
