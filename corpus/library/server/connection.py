"""One connection to the library server: its transactions, and what a lost connection becomes.

Every piece of work runs inside one transaction (:meth:`ServerConnection.run`): either all of it
is written or none, so a connection lost mid-way never leaves a half-written document. A lost
connection is opened again at the next piece of work; a read (which changes nothing) is tried
once more at once. What still fails becomes a :class:`LibraryConnectionError` whose message names
the server (never its password) and says that nothing was written.

A connection serves one thread at a time (a lock), as the embedded index does.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any, TypeVar

import psycopg
from psycopg import conninfo

from corpus.errors import LibraryError, Reason
from corpus.library import redact
from corpus.library.repair import LibraryUnavailableError

_T = TypeVar("_T")
#: Seconds before an unreachable server is reported (rather than a window that hangs).
CONNECT_TIMEOUT = 10
#: Seconds a statement waits for a lock another connection holds (a table locked by someone's
#: maintenance) before it gives up with a message.
LOCK_TIMEOUT_SECONDS = 5
#: Seconds any one statement may run (a search on the largest library takes a few).
STATEMENT_TIMEOUT_SECONDS = 120


class LibraryConnectionError(LibraryUnavailableError):
    """The library server cannot be reached (or the connection was lost); nothing was written."""


def describe(address: str) -> str:
    """The server's address as the user may be shown it: no password (one that cannot be read
    is shown as written, its password hidden: ``corpus.library.redact``)."""
    try:
        parts = conninfo.conninfo_to_dict(address)
    except (psycopg.Error, ValueError):  # UnicodeDecodeError: a percent-encoding not UTF-8
        return redact.redact(address)
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if str(parts.get("port") or "").isdigit() else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return redact.scrub(f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}", address)


class ServerConnection:
    """A connection to the server at ``address``, opened on first use and again when lost.

    Raises:
        LibraryConnectionError: the server cannot be reached.
    """

    def __init__(self, address: str) -> None:
        self.address = address
        self._lock = threading.RLock()
        self._connection: psycopg.Connection[Any] | None = None

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _connected(self) -> psycopg.Connection[Any]:
        if self._connection is not None and not self._connection.closed:
            return self._connection
        try:
            self._connection = psycopg.connect(
                self.address,
                autocommit=True,  # transactions are explicit: one per piece of work
                connect_timeout=CONNECT_TIMEOUT,
                application_name="vis-a-vis",
                options=(
                    f"-c lock_timeout={int(LOCK_TIMEOUT_SECONDS * 1000)}"
                    f" -c statement_timeout={int(STATEMENT_TIMEOUT_SECONDS * 1000)}"
                ),
            )
        except (psycopg.ProgrammingError, ValueError) as exc:  # the address cannot be read
            # The driver quotes the part it could not read, which may be the password: what
            # it quotes is left out.
            said = re.sub(r'"[^"]*"?', '"…"', _reason(exc, self.address))
            raise LibraryConnectionError(
                Reason.SERVER_ADDRESS_UNREADABLE,
                server=describe(self.address),
                cause=said or "not an address",
            ) from None
        except psycopg.Error as exc:
            raise LibraryConnectionError(
                Reason.SERVER_UNREACHABLE,
                server=describe(self.address),
                cause=_reason(exc, self.address),
            ) from None
        return self._connection

    def run(
        self,
        work: Callable[[psycopg.Connection[Any]], _T],
        *,
        write: bool,
        snapshot: bool = False,
        transaction: bool = True,
    ) -> _T:
        """Run ``work`` in one transaction (a repeatable-read snapshot if asked: several reads
        that see one state of the library, whatever imports commit meanwhile), or with none
        (``transaction=False``: statements that cannot run in one, as ``CREATE INDEX
        CONCURRENTLY``).

        Raises:
            LibraryConnectionError: the connection was lost (a write is not retried: the caller
                says so, and nothing of it was written).
            LibraryError: the server refused the work.
        """
        with self._lock:
            for attempt in (1, 2):
                connection = self._connected()
                try:
                    with connection.transaction() if transaction else nullcontext():
                        if snapshot:
                            connection.execute(
                                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                            )
                            # The planner does not count reading a passage's vector out of
                            # line (TOAST): it would read every passage rather than ask the GIN
                            # index, ten times slower at 3,000 documents (bench_server_library).
                            connection.execute("SET LOCAL enable_seqscan = off")
                        return work(connection)
                except psycopg.OperationalError as exc:
                    if not _lost(connection):
                        raise _refused(exc, self.address) from exc
                    self.close()
                    if write or attempt == 2:
                        raise LibraryConnectionError(
                            Reason.SERVER_CONNECTION_LOST,
                            server=describe(self.address),
                            cause=_reason(exc, self.address),
                        ) from exc
                except psycopg.Error as exc:
                    raise _refused(exc, self.address) from exc
            raise AssertionError("unreachable")

    @contextmanager
    def transaction(self) -> Iterator[QmarkConnection]:
        """One write transaction whose statements are written with ``?`` placeholders (the
        decisions' statements, shared with SQLite)."""
        with self._lock:
            connection = self._connected()
            try:
                with connection.transaction():
                    yield QmarkConnection(connection)
            except psycopg.OperationalError as exc:
                if _lost(connection):
                    self.close()
                    raise LibraryConnectionError(
                        Reason.SERVER_CONNECTION_LOST,
                        server=describe(self.address),
                        cause=_reason(exc, self.address),
                    ) from exc
                raise _refused(exc, self.address) from exc
            except psycopg.Error as exc:
                raise _refused(exc, self.address) from exc


class QmarkConnection:
    """A connection that takes SQLite's ``?`` placeholders (for statements shared by both)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: tuple[object, ...] | list[object] = ()) -> Any:
        return self._connection.execute(sql.replace("?", "%s"), parameters or None)


def _lost(connection: psycopg.Connection[Any]) -> bool:
    return connection.closed or connection.broken


def _refused(exc: psycopg.Error, address: str) -> LibraryError:
    """What the server's refusal says to the user, in one line; a time-out says which."""
    if isinstance(exc, psycopg.errors.LockNotAvailable):
        return LibraryError(
            Reason.SERVER_BUSY, server=describe(address), seconds=LOCK_TIMEOUT_SECONDS
        )
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return LibraryError(
            Reason.SERVER_TOO_SLOW, server=describe(address), seconds=STATEMENT_TIMEOUT_SECONDS
        )
    return LibraryError(Reason.SERVER_REFUSED, cause=_reason(exc, address))


def _reason(exc: BaseException, address: str) -> str:
    """The driver's first line about ``exc``, with no piece of the address's password."""
    text = str(exc).strip().splitlines()
    return redact.scrub(text[0] if text else type(exc).__name__, address)
