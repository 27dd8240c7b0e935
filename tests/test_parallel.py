"""--jobs and --backend dask give the same bytes as one process; stories stream through."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff import nlp
from claimdiff.errors import ConfigError
from claimdiff.options import Options
from claimdiff.pipeline import extract_articles, extract_stream
from claimdiff.types import Article

# Three short stories on different beats, written for these tests.
STORIES = {
    "flood": [
        "date: 2024-09-10\n\nFloodwater covered 3,000 hectares of farmland on Monday, the "
        "agriculture ministry said. At least 7 people died and 20 were missing.",
        "date: 2024-09-11\n\nThe ministry said on Tuesday that 2,800 hectares were flooded and "
        "that 9 people had been killed. Relief will cost about $30 million.",
        "date: 2024-09-11\n\nRiver levels rose 4 metres in 36 hours. Officials expect the "
        "water to recede by the end of September.",
    ],
    "rail": [
        "date: 2025-02-03\n\nThe new rail line will be 120 kilometres long and is due to open "
        "in mid-2027, the transport minister said, at a cost of $2.1 billion.",
        "date: 2025-02-04\n\nConstruction of the 118-kilometre line began on Monday and will "
        "take 30 months, according to the contractor.",
    ],
    "strike": [
        "date: 2023-11-20\n\nAbout 4,000 nurses walked out on Monday demanding a 12% pay rise, "
        "the union said.",
        "date: 2023-11-21\n\nHospital managers said fewer than 3,000 staff joined the strike, "
        "which is planned to last 3 days.",
    ],
}


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("stories")
    for name, texts in STORIES.items():
        (root / name).mkdir()
        for i, text in enumerate(texts):
            (root / name / f"{name}-{i}.txt").write_text(text, encoding="utf-8")
    return root


def _json(corpus: Path, **kw) -> str:
    from claimdiff.api import compare
    from claimdiff.report import render

    # batch_size 2 cuts the 7 articles into several chunks, so ordering across
    # chunks and workers is exercised.
    return render(compare([corpus], Options(use_cache=False, batch_size=2, **kw)), "json")


@pytest.fixture(scope="module")
def serial_json(corpus: Path) -> str:
    nlp.load_pipeline()
    return _json(corpus)


@pytest.mark.parametrize("kw", [
    {"jobs": 2},
    {"backend": "dask"},  # Dask's synchronous scheduler
    {"backend": "dask", "jobs": 2},  # Dask's processes scheduler
], ids=["jobs2", "dask-sync", "dask-processes"])
def test_same_bytes_as_one_process(corpus: Path, serial_json: str, kw: dict) -> None:
    assert '"claims"' in serial_json and '"flood"' in serial_json
    assert _json(corpus, **kw) == serial_json


def _articles(n_stories: int) -> list[tuple[int, list[Article]]]:
    texts = [t.split("\n\n", 1)[1] for ts in STORIES.values() for t in ts]
    return [(i, [Article(id=f"s{i}-{j}", path=f"s{i}-{j}.txt", text=texts[(i + j) % len(texts)])
                 for j in range(2)]) for i in range(n_stories)]


def test_stories_stream_through(pipeline) -> None:
    """The first story comes out before later stories are even read."""
    pulled: list[int] = []

    def stories():
        for tag, articles in _articles(6):
            pulled.append(tag)
            yield tag, articles

    stream = extract_stream(stories(), Options(use_cache=False, batch_size=2))
    tag, claims = next(stream)
    assert tag == 0 and set(claims) == {"s0-0", "s0-1"}
    assert pulled == [0]
    rest = [t for t, _ in stream]
    assert rest == [1, 2, 3, 4, 5] and pulled == [0, 1, 2, 3, 4, 5]


def test_pool_keeps_input_order_and_matches_serial(pipeline) -> None:
    items = _articles(5)
    serial = list(extract_stream(items, Options(use_cache=False, batch_size=3)))
    pooled = list(extract_stream(items, Options(use_cache=False, batch_size=3, jobs=2)))
    assert [t for t, _ in pooled] == [t for t, _ in serial] == list(range(5))
    assert pooled == serial
    assert any(claims for _, per in serial for claims in per.values())


def test_extract_articles_is_one_story(pipeline) -> None:
    (_, articles), = _articles(1)
    got = extract_articles(articles, Options(use_cache=False))
    assert list(got) == [a.id for a in articles]
    assert extract_articles([], Options(use_cache=False)) == {}


@pytest.mark.parametrize("kw, message", [
    ({"backend": "spark"}, "unknown backend"),
    ({"jobs": 0}, "at least 1"),
])
def test_bad_runner_options_are_config_errors(kw: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        list(extract_stream(_articles(1), Options(use_cache=False, **kw)))


def test_dask_address_without_distributed_is_a_config_error(monkeypatch) -> None:
    import importlib.util

    if importlib.util.find_spec("distributed") is not None:
        pytest.skip("dask.distributed is installed; this checks the message without it")
    with pytest.raises(ConfigError, match="distributed"):
        list(extract_stream(_articles(1), Options(use_cache=False, backend="dask",
                                                  dask_address="tcp://127.0.0.1:8786")))
