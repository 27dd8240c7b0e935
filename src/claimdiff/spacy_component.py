"""claimdiff's extraction as a spaCy pipeline component.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("claimdiff")             # after the tagger, parser and NER it reads
    doc = nlp("At least 40 people died on Tuesday.")
    doc._.claims                          # [Claim(kind=casualty, text="At least 40", ...), ...]

The factory is registered through spaCy's ``spacy_factories`` entry point
(pyproject.toml), so ``add_pipe("claimdiff")`` works once claimdiff is installed,
without importing it first. The claims are the ones ``claimdiff.extract_claims``
gives for the same text: offsets into ``doc.text``. Relative dates ("on Tuesday")
resolve against ``doc._.published`` (a ``datetime.date``) if set, else the
component's ``published`` setting (an ISO date), else they stay unresolved.

    nlp.add_pipe("claimdiff", config={"published": "2025-05-01", "disabled": ["temporal"]})
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from .extract import default_registry, extract_doc
from .types import Article

if TYPE_CHECKING:
    from .extract.registry import ExtractorRegistry

# spaCy components the extractors read: they must run before this one
NEEDS = ("tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class ClaimdiffComponent:
    """Sets ``doc._.claims`` to the claims of ``doc`` (see the module's docstring)."""

    def __init__(self, published: str | None = None, disabled: tuple[str, ...] = ()) -> None:
        self.published = dt.date.fromisoformat(published) if published else None
        self.registry: ExtractorRegistry = default_registry(frozenset(disabled))

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published if isinstance(doc._.published, dt.date) else self.published
        text = doc.text
        article = Article(id="doc", path="<doc>", text=text, raw=text, published=published,
                          offsets=((0, 0, len(text)),))
        doc._.claims = extract_doc(doc, article, self.registry)
        return doc


@Language.factory("claimdiff", default_config={"published": None, "disabled": []},
                  requires=["token.tag", "token.pos", "token.lemma", "token.dep", "doc.sents", "doc.ents"],
                  assigns=["doc._.claims"])
def make_claimdiff(nlp: Language, name: str, published: str | None, disabled: list[str]) -> ClaimdiffComponent:
    return ClaimdiffComponent(published, tuple(disabled))
