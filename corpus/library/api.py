"""The one library interface the application and the command line use, whatever keeps it.

Two back-ends answer it: the embedded library (``corpus.library.embedded.store``: a folder with a
SQLite database, the default) and a team server (``corpus.library.server``: PostgreSQL). Which one a
program talks to is decided once, by :func:`corpus.library.connect.open_library`; everything else
sees only these protocols and the value types beside them, so a window or a script never knows
(nor needs to know) where its documents live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from corpus.errors import CorpusError
from corpus.library.hits import Filters, SearchResult
from corpus.library.query import Query
from corpus.model import Document, DocumentMeta

#: Told after each file an import has dealt with: how many so far, out of how many.
ImportProgress = Callable[[int, int], None]

if TYPE_CHECKING:
    from corpus.compare.analysis import AnalyzedDocument
    from corpus.library.decisions import Resolved, StoredDecision
    from corpus.library.searching import DocumentCount, GroupCount
    from corpus.model import Decision

#: The key prefix of the declarations shipped with the program.
BUNDLED = "bundled:"


class ImportStatus(StrEnum):
    """What became of a file given to the library."""

    ADDED = "added"
    UPDATED = "updated"  # a new version of a file imported before
    DUPLICATE = "duplicate"  # the same content is already in the library
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """One file's import: its path, what happened, its library key, and why if it failed
    (``error``; ``message`` is its English sentence)."""

    source: str
    status: ImportStatus
    key: str = ""
    message: str = ""
    error: CorpusError | None = None

    @classmethod
    def failed(cls, source: str, error: CorpusError) -> ImportOutcome:
        """The outcome of a file that could not be imported, and why."""
        return cls(source, ImportStatus.FAILED, message=str(error), error=error)


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A document of the library, as a list shows it.

    Attributes:
        key: its key (``bundled:<id>`` or the SHA-256 of the original).
        path: the local text file every offset refers to.
        meta: its metadata.
        format: text, markdown, docx, pdf, html (``bundled`` for the shipped texts).
        source: where it was imported from (empty for the bundled texts).
    """

    key: str
    path: str
    meta: DocumentMeta
    format: str
    source: str

    @property
    def bundled(self) -> bool:
        return self.key.startswith(BUNDLED)


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    """One imported document as it moves between libraries (``library export`` / ``import``).

    Attributes:
        key: the SHA-256 of ``data`` (its identity in any library).
        name: the original's file name (its extension says how to read it).
        data: the original's bytes, as imported.
        meta: its metadata as the library holds it (the user's edits included).
        edited: whether the user edited the metadata.
        source: where it was first imported from.
        added: when it was first imported (ISO 8601, UTC).
    """

    key: str
    name: str
    data: bytes
    meta: DocumentMeta
    edited: bool
    source: str
    added: str


class WaitNotice(Protocol):
    """Told when this program waits for another one's import (``on_wait``: a message)."""

    on_wait: Callable[[str], None] | None


class LibraryIndex(Protocol):
    """What searching, listing and "where else" read of a library."""

    def __len__(self) -> int: ...

    def count(self, query: Query, filters: Filters = ...) -> int: ...

    def search(
        self,
        query: Query,
        filters: Filters = ...,
        *,
        limit_documents: int | None = None,
        newest_first: bool = False,
    ) -> SearchResult: ...

    def year_counts(
        self,
        query: Query,
        filters: Filters = ...,
    ) -> tuple[GroupCount, ...]:
        """A timeline's figures: documents and occurrences by year, parties and language (see
        :func:`corpus.library.searching.year_counts`)."""
        ...

    def document_counts(
        self,
        query: Query,
        filters: Filters = ...,
    ) -> tuple[DocumentCount, ...]:
        """Each document with an occurrence and how many (see
        :func:`corpus.library.searching.document_counts`)."""
        ...

    def metadata(self) -> list[tuple[str, str, DocumentMeta]]: ...

    def ensure_local(self, path: str) -> None:
        """Make sure the text at ``path``, if it is one of the library's, is on this computer."""
        ...

    def meta_at(self, path: str) -> DocumentMeta | None: ...

    def document(self, key: str) -> Document: ...

    def document_keys(self) -> list[str]: ...

    def family_ids(self) -> set[str]: ...

    def similar_documents(self, stems: Sequence[str], exclude_path: str, limit: int) -> list[str]:
        """The keys of the documents richest in ``stems`` (best first), leaving out the one
        whose text is ``exclude_path``: the candidates of "where else"."""
        ...


class DecisionBook(Protocol):
    """The analyst's pairing decisions (``corpus.library.decisions.DecisionStore``).

    Attributes:
        notices: what the user should be told (journal lines that were not decisions).
    """

    notices: list[str]

    def record(
        self, left: AnalyzedDocument, right: AnalyzedDocument, decision: Decision
    ) -> int: ...

    def forget(self, row: int) -> None: ...

    def stored(self, left: AnalyzedDocument, right: AnalyzedDocument) -> list[StoredDecision]: ...

    def load(self, left: AnalyzedDocument, right: AnalyzedDocument) -> Resolved: ...

    def rows(self) -> list[dict[str, object]]:
        """Every decision as kept (for ``library export``), oldest first."""
        ...

    def restore(self, rows: Iterable[object]) -> int:
        """Add exported decisions not already kept; returns how many were added."""
        ...


class Library(Protocol):
    """A library of documents: the embedded one or a team server's.

    Attributes:
        index: searching and listing.
        notices: what the user should be told about opening it (a rebuilt database...).
        writer: told when an import waits for another program's.
        location: where it is, for the user (a folder, or a server's address without password).
    """

    notices: list[str]

    @property
    def index(self) -> LibraryIndex: ...

    @property
    def writer(self) -> WaitNotice: ...

    @property
    def location(self) -> str: ...

    def __len__(self) -> int: ...

    def entries(self) -> list[LibraryEntry]: ...

    def document(self, key: str) -> Document: ...

    def add_paths(
        self, paths: Iterable[Path], progress: ImportProgress | None = None
    ) -> list[ImportOutcome]: ...

    def add_folder(self, folder: Path) -> list[ImportOutcome]: ...

    def add_file(self, path: Path) -> ImportOutcome: ...

    def refresh(self) -> list[ImportOutcome]: ...

    def set_meta(self, key: str, meta: DocumentMeta) -> None: ...

    def remove(self, key: str) -> None: ...

    def close(self) -> None: ...

    def check(self) -> str | None:
        """Read the whole library for damage: ``None`` when sound, else what is wrong."""
        ...

    def decisions(self) -> DecisionBook:
        """The analyst's decisions kept in this library."""
        ...

    def originals(self) -> list[StoredOriginal]:
        """Every imported document (not the bundled ones), oldest first, for export."""
        ...

    def add_originals(self, originals: Sequence[StoredOriginal]) -> list[ImportOutcome]:
        """Add exported documents with their metadata, all or none (one transaction where the
        back-end has them); those already present are duplicates."""
        ...
