"""One connection to the library server: its transactions, and what a lost connection becomes.

Every piece of work runs inside one transaction (:meth:`ServerConnection.run`): either all of it
is written or none, so a connection lost mid-way never leaves a half-written document. A lost
connection is opened again at the next piece of work; a read (which changes nothing) is tried
once more at once. What still fails becomes a :class:`LibraryConnectionError` whose message names
the server (never its password) and says that nothing was written.

A connection serves one thread at a time (a lock), as the embedded index does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import psycopg
from psycopg import conninfo

from corpus.errors import LibraryError, Reason
from corpus.library.repair import LibraryUnavailableError

_T = TypeVar("_T")
#: Seconds before an unreachable server is reported (rather than a window that hangs).
CONNECT_TIMEOUT = 10


class LibraryConnectionError(LibraryUnavailableError):
    """The library server cannot be reached (or the connection was lost); nothing was written."""


def describe(address: str) -> str:
    """The server's address as the user may be shown it: no password."""
    try:
        parts = conninfo.conninfo_to_dict(address)
    except psycopg.ProgrammingError:
        return "(an address that cannot be read)"
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}"


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
            )
        except psycopg.Error as exc:
            raise LibraryConnectionError(
                Reason.SERVER_UNREACHABLE, server=describe(self.address), cause=_reason(exc)
            ) from exc
        return self._connection

    def run(
        self, work: Callable[[psycopg.Connection[Any]], _T], *, write: bool, snapshot: bool = False
    ) -> _T:
        """Run ``work`` in one transaction (a repeatable-read snapshot if asked: several reads
        that see one state of the library, whatever imports commit meanwhile).

        Raises:
            LibraryConnectionError: the connection was lost (a write is not retried: the caller
                says so, and nothing of it was written).
            LibraryError: the server refused the work.
        """
        with self._lock:
            for attempt in (1, 2):
                connection = self._connected()
                try:
                    with connection.transaction():
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
                        raise LibraryError(Reason.SERVER_REFUSED, cause=_reason(exc)) from exc
                    self.close()
                    if write or attempt == 2:
                        raise LibraryConnectionError(
                            Reason.SERVER_CONNECTION_LOST,
                            server=describe(self.address),
                            cause=_reason(exc),
                        ) from exc
                except psycopg.Error as exc:
                    raise LibraryError(Reason.SERVER_REFUSED, cause=_reason(exc)) from exc
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
                        cause=_reason(exc),
                    ) from exc
                raise LibraryError(Reason.SERVER_REFUSED, cause=_reason(exc)) from exc
            except psycopg.Error as exc:
                raise LibraryError(Reason.SERVER_REFUSED, cause=_reason(exc)) from exc


class QmarkConnection:
    """A connection that takes SQLite's ``?`` placeholders (for statements shared by both)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: tuple[object, ...] | list[object] = ()) -> Any:
        return self._connection.execute(sql.replace("?", "%s"), parameters or None)


def _lost(connection: psycopg.Connection[Any]) -> bool:
    return connection.closed or connection.broken


def _reason(exc: psycopg.Error) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
