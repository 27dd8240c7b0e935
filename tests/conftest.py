"""Session-wide test settings."""

from __future__ import annotations

import os
import tempfile

# Tests (and the CLI subprocesses they start) must never read or write the user's
# real extraction cache: a stale entry there could hide a regression.
if "CLAIMDIFF_CACHE_DIR" not in os.environ:
    os.environ["CLAIMDIFF_CACHE_DIR"] = tempfile.mkdtemp(prefix="claimdiff-test-cache-")
