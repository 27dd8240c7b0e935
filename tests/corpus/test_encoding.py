"""Encodings, binary files, empty, oversized and unreadable files."""

from __future__ import annotations

import codecs
import datetime as dt
import os

import pytest

from claimdiff.corpus import read_article
from claimdiff.corpus.encoding import NotText, decode
from claimdiff.corpus import readers

TEXT = "Café owners in Zürich paid €1,200 more — “a 15% rise”, the survey said."


@pytest.mark.parametrize("data, encoding, warned", [
    (TEXT.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", False),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", False),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", False),
    (TEXT.encode("cp1252"), "cp1252", True),
    (TEXT.encode("utf-16-le"), "utf-16-le", True),  # no BOM: detected from NUL pattern
])
def test_decode(data, encoding, warned):
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert (decoded.warning is not None) == warned


def test_latin1_fallback_for_bytes_cp1252_leaves_undefined():
    assert decode(b"caf\xe9 \x81 ok").encoding == "latin-1"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                                  bytes(range(1, 32)) * 50])
def test_binary_refused(data):
    with pytest.raises(NotText):
        decode(data)


def test_bom_text_reads_and_offsets_are_into_decoded_text(write, exact):
    path = write("bom.txt", codecs.BOM_UTF8 + b"date 2024-01-02\nSales fell 3%.\n")
    [article], _ = read_article(path)
    exact(article)
    assert article.text == "Sales fell 3%."
    assert not article.raw.startswith("\ufeff")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"), (b"  \n\n\t", "empty file"), (b"\x00\x01\x02binary\x00" * 20, "binary"),
])
def test_per_file_problems_are_warnings(write, content, reason):
    articles, warnings = read_article(write("bad.txt", content))
    assert articles == []
    assert len(warnings) == 1 and reason in warnings[0]


def test_cp1252_file_warns_but_reads(write):
    [article], warnings = read_article(write("win.txt", TEXT.encode("cp1252")))
    assert article.text == TEXT
    assert any("cp1252" in w for w in warnings)
    assert article.warnings


def test_oversized_file_skipped(write, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1024)
    articles, warnings = read_article(write("huge.txt", "Prices rose 3 percent. " * 100))
    assert articles == [] and "limit" in warnings[0]


def test_fifty_megabyte_file_skipped_without_reading_it(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    articles, warnings = read_article(path)
    assert articles == [] and "50 MB is over the 20 MB limit" in warnings[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_skipped(write):
    path = write("locked.txt", "Turnout was 64 percent.")
    path.chmod(0)
    try:
        articles, warnings = read_article(path)
    finally:
        path.chmod(0o644)
    assert articles == [] and "permission denied" in warnings[0]


def test_permission_error_is_a_warning_even_as_root(write, monkeypatch):
    path = write("locked.txt", "Turnout was 64 percent.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    articles, warnings = read_article(path)
    assert articles == [] and warnings == [f"skipped {path}: permission denied"]


def test_overlong_article_text_skipped(write, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ARTICLE_CHARS", 200)
    articles, warnings = read_article(write("long.txt", "Prices rose 3 percent. " * 20))
    assert articles == [] and "over the 200 limit" in warnings[0]


def test_html_saved_as_txt_is_read_as_html(write):
    page = ("<!DOCTYPE html><html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a>"
            "</li></ul></nav><article><p>The ferry carried 212 passengers when it ran aground on Sunday, the "
            "coastguard said in a statement.</p><p>All were rescued by lifeboats within two hours, officials "
            "said, and 3 were treated for hypothermia.</p></article></body></html>")
    [article], _ = read_article(write("page.txt", page))
    assert article.text.startswith("The ferry carried 212 passengers")
    assert "<p>" not in article.text


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b"")])
def test_files_in_each_encoding_read_alike(write, exact, encoding, bom):
    content = "source: Alpine Post\ndate: 3 March 2024\n\n" + TEXT + "\n"
    [article], _ = read_article(write("enc.txt", bom + content.encode(encoding)))
    exact(article)
    assert (article.text, article.source, article.published) == (TEXT, "Alpine Post", dt.date(2024, 3, 3))
