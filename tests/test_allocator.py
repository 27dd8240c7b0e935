"""claimdiff.allocator: glibc's trim and mmap thresholds, set once per parsing process."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from claimdiff import allocator

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="glibc only")
def test_sets_both_thresholds_on_glibc(monkeypatch):
    for name in allocator._USER_VARS:
        monkeypatch.delenv(name, raising=False)
    calls = []

    class FakeLibc:
        class mallopt:  # noqa: N801 - stands in for the C function
            def __new__(cls, option, value):
                calls.append((option, value))
                return 1

    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda _name: FakeLibc)
    assert allocator.keep_parse_memory() is True
    assert calls == [(allocator.M_MMAP_THRESHOLD, allocator.MMAP),
                     (allocator.M_TRIM_THRESHOLD, allocator.TRIM)]


@pytest.mark.parametrize("name", allocator._USER_VARS)
def test_a_users_malloc_setting_wins(monkeypatch, name):
    monkeypatch.setenv(name, "65536")
    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda _name: pytest.fail("mallopt called"))
    assert allocator.keep_parse_memory() is False


def test_other_platforms_are_left_alone(monkeypatch):
    monkeypatch.setattr(allocator.sys, "platform", "darwin")
    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda _name: pytest.fail("mallopt called"))
    assert allocator.keep_parse_memory() is False


def test_a_libc_without_mallopt_is_not_an_error(monkeypatch):
    monkeypatch.setattr(allocator.platform, "libc_ver", lambda: ("glibc", "2.36"))
    monkeypatch.setattr(allocator.sys, "platform", "linux")
    for name in allocator._USER_VARS:
        monkeypatch.delenv(name, raising=False)

    def no_libc(_name):
        raise OSError("no C library")

    monkeypatch.setattr(allocator.ctypes, "CDLL", no_libc)
    assert allocator.keep_parse_memory() is False


@pytest.mark.skipif(not GLIBC, reason="glibc only")
def test_the_real_call_succeeds_in_a_fresh_process():
    # The real mallopt, in a process of its own so this test run's allocator is untouched.
    code = "from claimdiff.allocator import keep_parse_memory as k; print(k())"
    env = {k: v for k, v in os.environ.items() if k not in allocator._USER_VARS}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"


def test_load_pipeline_tunes_the_allocator_before_loading():
    # In a fresh process: this test run's pipeline is loaded already (lru_cache).
    code = (
        "import claimdiff.allocator as a, claimdiff.nlp as n\n"
        "calls = []\n"
        "a.keep_parse_memory = lambda: calls.append('tune')\n"
        "real = n.importlib.import_module\n"
        "n.importlib.import_module = lambda *a, **k: calls.append('load') or real(*a, **k)\n"
        "n.load_pipeline()\n"
        "print(calls[:2])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['tune', 'load']"
