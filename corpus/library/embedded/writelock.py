"""One writer at a time: an exclusive lock on the library's folder, across processes.

Two programs importing into one library at once would lose documents without it: both would
copy the same file into the same folder, and the one whose database insert failed would delete
that folder. Every change to the library (an import, an edit, a removal, the repairs made when
it opens) holds ``library.lock`` (with filelock, which is made for this and works on every
desktop system); a writer that finds it held says so through :attr:`WriterLock.on_wait` and
waits its turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import filelock

from corpus.errors import LibraryError, Reason

LOCK_FILE = "library.lock"
#: How long a writer waits for another to finish before it gives up with a message.
PATIENCE_SECONDS = 300.0


class WriterLock:
    """The library's writer lock.

    Attributes:
        on_wait: called (with a message for the user) when another program holds the lock and
            this one starts to wait for it.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.on_wait: Callable[[str], None] | None = None
        #: What the user should be told about the lock file (set aside: it was not a file).
        self.notices: list[str] = []
        path = root / LOCK_FILE
        if path.is_symlink() or (path.exists() and not path.is_file()):
            # A folder (or a link, a device) where the lock file goes: no program can hold it,
            # and no lock can be taken while it is there.
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            aside = path.with_name(f"{LOCK_FILE}.damaged-{stamp}")
            try:
                path.rename(aside)
                self.notices.append(
                    f"{path}: was not a lock file; it was set aside as {aside.name}."
                )
            except OSError:
                pass  # held() says why the lock cannot be taken
        self._lock = filelock.FileLock(path)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the block, waiting for another writer if need be.

        Raises:
            LibraryError: another program held it for :data:`PATIENCE_SECONDS`.
        """
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:  # (a TimeoutError, an OSError: caught first)
            if self.on_wait is not None:
                self.on_wait(
                    f"{self.root}: another program is importing into the library; "
                    "waiting for it to finish"
                )
            try:
                self._lock.acquire(timeout=PATIENCE_SECONDS)
            except filelock.Timeout as exc:
                raise LibraryError(
                    Reason.LIBRARY_BUSY, self.root, seconds=PATIENCE_SECONDS
                ) from exc
            except OSError as exc:
                raise self._unavailable(exc) from exc
        except OSError as exc:
            raise self._unavailable(exc) from exc
        try:
            yield
        finally:
            self._lock.release()

    def _unavailable(self, exc: OSError) -> LibraryError:
        return LibraryError(Reason.LOCK_NOT_TAKEN, self.root / LOCK_FILE, cause=exc.strerror or exc)
