"""Which library a program talks to: the one place that decides.

The embedded library (``corpus.library.embedded.store``, a folder on this computer) is the default;
a team server (``corpus.library.server``, PostgreSQL) is used when ``VIS_A_VIS_LIBRARY_URL`` names
one (``postgresql://user@host:port/database``), or else when the window's settings do. Everything
else sees only ``corpus.library.api.Library``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.errors import LibraryError, Reason

if TYPE_CHECKING:  # a command asks which library there is before it loads any
    from corpus.formulas.catalogue import Catalogue
    from corpus.library.api import Library

#: The environment variable naming a library server.
ADDRESS_VARIABLE = "VIS_A_VIS_LIBRARY_URL"


def library_address(configured: str = "") -> str:
    """The server to use: ``VIS_A_VIS_LIBRARY_URL``, else ``configured`` (the window's
    settings); empty for the embedded library."""
    return (os.environ.get(ADDRESS_VARIABLE) or configured).strip()


def is_server_address(address: str) -> bool:
    """Whether ``address`` names a PostgreSQL server."""
    return address.strip().lower().startswith(("postgresql://", "postgres://"))


def check_address(address: str) -> None:
    """Refuse what is not a server's address.

    Raises:
        LibraryError: ``address`` is not ``postgresql://…``.
    """
    if address and not is_server_address(address):
        from corpus.library.redact import redact

        raise LibraryError(Reason.NOT_A_SERVER_ADDRESS, address=redact(address))


def open_library(
    address: str | None = None,
    *,
    root: Path | None = None,
    catalogue: Catalogue | None = None,
    on_wait: Callable[[str], None] | None = None,
    with_bundled: bool = True,
    reading: bool = False,
) -> Library:
    """Open the library this program should use.

    Args:
        address: a server's address; by default :func:`library_address`. Empty: the embedded
            library.
        root: the embedded library's folder (the user's data folder by default).
        catalogue: the formula catalogue (the bundled one by default).
        on_wait: told when another program's import holds the embedded library.
        with_bundled: add the bundled declarations.
        reading: the caller only reads (lists, searches, exports): an embedded library whose
            folder cannot be written is then read as it is (its notices say so).

    Raises:
        LibraryError: the library cannot be opened (``LibraryUnavailableError`` when its folder
            cannot be written or its server cannot be reached).
    """
    address = library_address() if address is None else address.strip()
    check_address(address)
    if address:
        from corpus.library.server.library import ServerLibrary

        return ServerLibrary.open(address, catalogue, with_bundled=with_bundled)
    from corpus.library.embedded.store import (
        EmbeddedLibrary,
        LibraryUnavailableError,
        default_data_dir,
    )

    folder = root or default_data_dir()
    try:
        return EmbeddedLibrary.open(folder, catalogue, with_bundled=with_bundled, on_wait=on_wait)
    except LibraryUnavailableError:
        if not reading or not (folder / "library.db").is_file():
            raise
        return EmbeddedLibrary.open_read_only(folder, catalogue)


@dataclass(frozen=True, slots=True)
class ServerProbe:
    """What "test connection" found: the server's location (no password), its documents."""

    location: str
    documents: int

    def __str__(self) -> str:
        return f"connected to {self.location}: {self.documents} documents"


def probe(address: str) -> ServerProbe:
    """Try a server's address (the settings' "test connection"): where it is, what it holds.

    Raises:
        LibraryError: not an address, or the server cannot be reached or refuses.
    """
    check_address(address)
    if not address.strip():
        raise LibraryError(Reason.NO_SERVER_ADDRESS)
    from corpus.library.server.library import ServerLibrary

    library = ServerLibrary.open(address.strip(), with_bundled=False)
    try:
        return ServerProbe(library.location, len(library))
    finally:
        library.close()
