"""Where a cache level keeps its entries: one SQLite file per level and salt.

A cold run stores an entry for every article and every story. Kept as one file
an entry (a temporary file renamed into place), the system calls for creating
and renaming them cost as much CPU as encoding the entries. The standard
library's ``sqlite3`` instead writes a batch of entries in one transaction to
its write-ahead log, reads an entry by its primary key, and keeps the readers
and writers of several processes apart with its own locks, so two runs sharing
a cache folder never see half an entry.

The cache is never a reason for a run to fail: a folder that cannot hold the
file, a lock held past the timeout or a full disk logs one warning, and the run
goes on without that level of the cache. A file that cannot be written (a
read-only folder) is read, and nothing is written to it. A file that is not a
database (truncated, overwritten) is removed and started again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger("claimdiff")

# Entries written in one transaction: most of a write's cost is the commit, so a
# batch makes it small; pending entries are readable (read() looks at them first)
# and are written by flush() and close() whatever their number.
BATCH = 64
# Seconds to wait for another process that holds the write lock (one batch's
# transaction, milliseconds in practice) before giving up on the cache.
TIMEOUT = 30.0
SUFFIX = ".sqlite"


class EntryStore:
    """The entries of one cache level ("claims", "stories") for one run's salt:
    ``<root>/<level>/<hash of salt>.sqlite``, a table of key -> bytes."""

    def __init__(self, root: Path, level: str, salt: str) -> None:
        # One file per salt (version, code, pipeline, options): entries a newer
        # build can never hit sit together and can be deleted as a whole.
        self.path = root / level / (hashlib.sha256(salt.encode()).hexdigest()[:16] + SUFFIX)
        self.salt = salt
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        self._failed = False
        self._read_only = False  # a cache folder this process may read but not write
        self._pending: dict[str, bytes] = {}

    def read(self, key: str) -> bytes | None:
        """The bytes stored under ``key``, or None."""
        data = self._pending.get(key)
        if data is not None:
            return data
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT data FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as err:
            self._fail("read", err)
            return None
        return None if row is None else bytes(row[0])

    def write(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` (replacing what was there), with the next batch."""
        if self._failed or self._read_only:
            return
        self._pending[key] = data
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending entries in one transaction."""
        if not self._pending:
            return
        rows = list(self._pending.items())
        self._pending.clear()
        db = self._connection()
        if db is None:
            return
        try:
            with db:  # one transaction: committed, or rolled back on an error
                db.executemany("INSERT OR REPLACE INTO entries (key, data) VALUES (?, ?)", rows)
        except sqlite3.Error as err:
            self._fail("write", err)

    def close(self) -> None:
        """Write what is pending and let go of the file."""
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection | None:
        if self._db is None and not self._failed:
            try:
                self._db = self._open()
            except sqlite3.OperationalError as err:  # locked, read-only, no such folder
                self._db = self._open_read_only(err)
            except sqlite3.DatabaseError:  # not a database: start again, once
                self._remove()
                try:
                    self._db = self._open()
                except (OSError, sqlite3.Error) as err:
                    self._fail("open", err)
            except OSError as err:
                self._fail("open", err)
        return self._db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=TIMEOUT)
        try:
            # Write-ahead log: a commit appends to one file, readers are never
            # blocked by a writer; "normal" syncs at checkpoints, not every commit
            # (a power cut may lose the last entries, never corrupt the file).
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        except BaseException:
            db.close()
            raise
        return db

    def _open_read_only(self, err: sqlite3.OperationalError) -> sqlite3.Connection | None:
        """A file that exists but cannot be written (a read-only folder or medium) is
        still read: its entries serve this run, which writes none."""
        if self.path.is_file():
            try:
                db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
                db.execute("SELECT 1 FROM entries LIMIT 1")
            except sqlite3.Error:
                pass
            else:
                log.warning("cache: %s cannot be written, reading it only: %s", self.path, err)
                self._read_only = True
                return db
        self._fail("open", err)
        return None

    def _fail(self, what: str, err: Exception) -> None:
        log.warning("cache: cannot %s %s, going on without it: %s", what, self.path, err)
        self._failed = True
        self._pending.clear()
        if self._db is not None:
            self._db.close()
            self._db = None
        if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
            self._remove()  # damaged: the next run starts a fresh file

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except OSError:
                pass
