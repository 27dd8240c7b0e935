"""Where a claimdiff run spends its CPU, stage by stage: ``python -m bench.stages CORPUS CACHE``.

Prints one JSON object: CPU seconds per stage for the whole corpus, and the number
of articles. Stages: reading and cleaning, model load, parse, each extractor,
attribution, the cached extraction step warm, align + judge, JSON rendering.
It answers "which stage would have to get faster" when a bench target is missed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    corpus, cache_dir = Path(argv[0]), argv[1]
    clock = time.process_time
    spent: dict[str, float] = {}

    def add(stage: str, since: float) -> None:
        spent[stage] = spent.get(stage, 0.0) + clock() - since

    t = clock()
    from claimdiff import api
    from claimdiff.corpus import discover, load_story
    from claimdiff.extract import default_registry, keep_best
    from claimdiff.extract.attribution import attribute
    from claimdiff.nlp import load_pipeline, parse
    from claimdiff.options import Options
    from claimdiff.pipeline import extract_stream
    from claimdiff.report import Report, render

    add("imports", t)
    t = clock()
    stories = []
    for source in discover([corpus]):
        articles, _ = load_story(source)
        if len(articles) >= 2:
            stories.append((source.name, articles))
    add("read + clean", t)
    t = clock()
    load_pipeline()
    registry = default_registry()
    add("model load", t)
    flat = [(i, a) for i, (_, articles) in enumerate(stories) for a in articles]
    per_story: list[dict] = [{} for _ in stories]
    docs = iter(parse([a.text for _, a in flat]))  # batched as claimdiff does
    for i, article in flat:
        t = clock()
        doc = next(docs)
        add("parse", t)
        found = []
        for extractor in registry:
            t = clock()
            found += extractor.extract(doc, article)
            add(f"extract: {extractor.name}", t)
        t = clock()
        per_story[i][article.id] = attribute(doc, keep_best(found))
        add("extract: overlap + attribution", t)
    options = Options(cache_dir=cache_dir)
    items = [(name, articles) for name, articles in stories]
    list(extract_stream(items, options))  # fill the cache (not timed: parses again)
    t = clock()
    list(extract_stream(items, options))
    add("extraction step, warm (cache)", t)
    t = clock()
    done = [api._judge_story(name, articles, claims, options, [])
            for (name, articles), claims in zip(stories, per_story)]
    add("align + judge", t)
    t = clock()
    render(Report(tool=api.tool_info(), stories=tuple(done), warnings=()), "json")
    add("render json", t)
    print(json.dumps({"articles": sum(len(a) for _, a in stories), "cpu": spent}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
