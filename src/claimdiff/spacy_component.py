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

The claims live in ``doc.user_data`` as plain data, so ``doc.to_bytes()``, DocBin and
``nlp.pipe(texts, n_process=2)`` carry them; ``doc._.claims`` reads them back as new
``Claim`` objects on each access (assign a new list to change them).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from .extract import default_registry, extract_doc
from .story_codec import decode_claim, encode_claim
from .types import Article, Claim

if TYPE_CHECKING:
    from .extract.registry import ExtractorRegistry

# spaCy components the extractors read: they must run before this one
NEEDS = ("tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

# The claims are kept in ``doc.user_data`` as plain rows (story_codec's), not as Claim
# objects: spaCy serialises user_data with msgpack (``doc.to_bytes()``, ``nlp.pipe(...,
# n_process=2)``, DocBin), which cannot write a dataclass.
_CLAIMS = "claimdiff.claims"


def _get_claims(doc: Doc) -> "list[Claim] | None":
    rows = doc.user_data.get(_CLAIMS)
    # decode_claim reads its row in place: each access decodes a copy, the stored rows stay plain
    return None if rows is None else [decode_claim(copy.deepcopy(row)) for row in rows]


def _set_claims(doc: Doc, claims: "list[Claim] | None") -> None:
    doc.user_data[_CLAIMS] = None if claims is None else [encode_claim(c) for c in claims]


if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_get_claims, setter=_set_claims)
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
