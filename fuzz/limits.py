"""A wall-clock limit on one call, so a hang is reported with its input instead of stalling a run."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


class Timeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise Timeout after ``seconds`` (SIGALRM; no limit where the platform has none)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def _expired(signum, frame):  # noqa: ANN001
        raise Timeout(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
