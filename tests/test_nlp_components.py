"""Which pipeline components extraction needs: measured, not assumed.

Each component the default pipeline runs changes the claims when it is switched
off, so claimdiff.nlp.NEEDED keeps them all; anything else is switched off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimdiff import nlp
from claimdiff.extract import default_registry, extract_doc
from claimdiff.types import Article

TEXTS = [
    "The minister said on Tuesday that 1,200 homes had been damaged and about 40 people "
    "were injured when the storm reached the coast.",
    "Work on the 3-kilometre tunnel began in March 2024 and will take 30 months, the "
    "contractor said. It will cost $450 million.",
    "Police said at least 8 people were killed in the crash, while the fire service put "
    "the number of dead at 11.",
    # a caption with no full stop, then a paragraph: only the paragraph component
    # keeps the caption's date out of the next paragraph's sentence
    "Rescue boats in the harbour at Cobh, Saturday, June 7, 2025\n\n"
    "More than 30 sailors were rescued, the coastguard said.",
]


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline()


def _claims(pipe: Language, disable: list[str]) -> list:
    registry = default_registry()
    arts = [Article(id=f"t{i}", path=f"t{i}.txt", text=t) for i, t in enumerate(TEXTS)]
    return [extract_doc(doc, a, registry)
            for doc, a in zip(pipe.pipe([a.text for a in arts], disable=disable), arts)]


def test_default_pipeline_runs_exactly_what_is_needed(pipeline) -> None:
    assert set(pipeline.pipe_names) == set(nlp.NEEDED)
    assert nlp.unneeded_components(pipeline) == []


@pytest.mark.parametrize("component", [c for c in nlp.NEEDED if c != "tok2vec"])
def test_every_needed_component_changes_the_claims(pipeline, component: str) -> None:
    full = _claims(pipeline, [])
    assert any(full)
    try:
        without = _claims(pipeline, [component])
    except ValueError:  # no parser: no sentence boundaries, extraction cannot run
        assert component == "parser"
        return
    assert without != full


def test_extra_components_are_switched_off_while_parsing(pipeline) -> None:
    name = "claimdiff_test_probe"
    if not Language.has_factory(name):
        @Language.component(name)
        def probe(doc):  # noqa: ANN001
            raise AssertionError("an unneeded component ran")
    pipeline.add_pipe(name, last=True)
    try:
        assert nlp.unneeded_components(pipeline) == [name]
        docs = list(nlp.parse(TEXTS[:1]))
        assert docs[0].has_annotation("DEP") and docs[0].ents
    finally:
        pipeline.remove_pipe(name)


def test_parse_does_not_depend_on_batch_company(pipeline) -> None:
    """The cache mixes parses made in different batches (a new article is parsed
    alone), so a text must parse the same whatever it is batched with."""
    def annotations(doc):
        return [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
                 t.is_sent_start) for t in doc]

    batched = [annotations(d) for d in nlp.parse(TEXTS * 2, batch_size=6)]
    alone = [annotations(d) for t in TEXTS * 2 for d in nlp.parse([t], batch_size=1)]
    shuffled = [annotations(d) for d in nlp.parse(list(reversed(TEXTS)), batch_size=2)][::-1]
    assert batched == alone
    assert batched[:len(TEXTS)] == shuffled
