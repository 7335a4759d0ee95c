"""Keeping the library's database sound: damage checks, setting a damaged file aside, bringing
the bundled declarations and the formula hits up to date (see ``corpus.library.embedded.store``).

A database that fails because its disk is full or read-only, or for lack of permission, is not
damaged: it is never set aside (:func:`unwritable` says why it cannot be used instead)."""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from corpus.errors import LibraryError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import find_formulas
from corpus.library.embedded.salvage import readable_sidecar
from corpus.library.index import SearchIndex, prepare
from corpus.text import bundled
from corpus.text.metadata import sidecar_path
from corpus.text.reading import folded_view

BUNDLED = "bundled:"
#: Below this much free space, the library's folder counts as full: SQLite needs room for its
#: journal before it can write anything, and an import copies the files.
MIN_FREE_BYTES = 4 * 1024 * 1024
#: SQLite's primary result codes that say something about the disk or the permissions, not
#: about the file's content: READONLY, FULL, CANTOPEN, PERM, BUSY, LOCKED, IOERR, NOLFS, AUTH.
_NOT_DAMAGE_CODES = {
    8: "read-only",
    13: "the disk is full",
    14: "cannot be opened",
    3: "no permission",
    5: "busy",
    6: "locked",
    10: "input/output error",
    22: "file too large",
    23: "no permission",
}
_NOT_DAMAGE_ERRNOS = {
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


class LibraryUnavailableError(LibraryError):
    """The library's folder cannot be written (read-only, full, no permission); nothing in it
    is damaged, and nothing was changed."""


def environment_fault(exc: BaseException) -> str | None:
    """Why ``exc`` (or what caused it) is a fault of the disk or permissions, or ``None``."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            code = getattr(seen, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _NOT_DAMAGE_CODES:
                return _NOT_DAMAGE_CODES[code & 0xFF]
        if isinstance(seen, OSError) and seen.errno in _NOT_DAMAGE_ERRNOS:
            return _NOT_DAMAGE_ERRNOS[seen.errno]
        seen = seen.__cause__ or seen.__context__
    return None


def unwritable(root: Path) -> str | None:
    """Why the library's folder cannot be written to (read-only, full, no permission), or
    ``None`` when it can: a file is created and deleted there, and the free space measured."""
    try:
        with tempfile.NamedTemporaryFile(dir=root, prefix=".probe-"):
            pass
        free = shutil.disk_usage(root).free
    except OSError as exc:
        return _NOT_DAMAGE_ERRNOS.get(exc.errno or 0, exc.strerror or str(exc))
    if free < MIN_FREE_BYTES:
        return f"the disk is full, {free // 1024} KB free"
    return None


def open_checked(path: Path, thorough: bool) -> tuple[SearchIndex | None, str]:
    """The index in ``path`` if it is sound, else ``None`` and what is wrong.

    Args:
        path: the database file.
        thorough: read the whole file (see :meth:`corpus.library.index.SearchIndex.check`).
    """
    if not path.exists():
        return SearchIndex(path), ""
    try:
        index = SearchIndex(path)
    except LibraryError as exc:
        fault = environment_fault(exc)
        if fault is not None:
            raise LibraryUnavailableError(Reason.LIBRARY_NOT_OPENED, path, cause=fault) from exc
        return None, str(exc.__cause__ or exc)
    problem = index.check(thorough)
    if problem is None:
        return index, ""
    index.close()
    fault = unwritable(path.parent)
    if fault is not None:  # the check may have failed for want of room or of a writable -shm
        raise LibraryUnavailableError(Reason.LIBRARY_NOT_CHECKED, path, cause=fault)
    return None, problem


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way; returns its new path.

    The name has the time to the microsecond and a counter, so that two damaged databases set
    aside in the same second never overwrite each other.

    Raises:
        LibraryUnavailableError: the folder cannot be written.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", "-wal", "-shm")):
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    try:
        for suffix in ("", "-wal", "-shm"):
            part = path.with_name(path.name + suffix)
            if part.exists():
                part.replace(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise LibraryUnavailableError(
            Reason.DAMAGED_NOT_SET_ASIDE, path, cause=exc.strerror or exc
        ) from exc
    return aside


def sync_bundled(
    index: SearchIndex, root: Path, catalogue: Catalogue, notices: list[str] | None = None
) -> None:
    """Index the bundled declarations that are missing or changed (a new release of the program),
    with the metadata the user edited (``<root>/bundled/<id>.meta.json``) if any; an edited
    sidecar that cannot be read is set aside (said in ``notices``) and the shipped metadata used."""
    stamps = index.stamps()
    for doc_id in bundled.bundled_ids():
        document = bundled.load_bundled(doc_id)
        stamp = hashlib.sha256(document.raw.encode("utf-8")).hexdigest()
        key = BUNDLED + doc_id
        if stamps.get(key) == stamp:
            continue
        edited = root / "bundled" / doc_id
        meta = (
            readable_sidecar(edited, notices if notices is not None else [])
            if sidecar_path(edited).is_file()
            else None
        )
        index.add_prepared(
            [
                prepare(
                    key,
                    document.path,
                    document.raw,
                    meta or document.meta,
                    catalogue,
                    stamp,
                )
            ]
        )


def refresh_formulas(index: SearchIndex, catalogue: Catalogue) -> None:
    """Find the formulas again when the catalogue changed since they were found."""
    families = repr(catalogue.families).encode("utf-8")
    fingerprint = hashlib.sha256(families).hexdigest()
    if index.get_info("catalogue") == fingerprint:
        return
    for key in index.document_keys():  # none in a new library
        raw = index.document(key).raw
        view = folded_view(raw)
        hits = find_formulas(raw, catalogue, view)
        index.set_formulas(key, [(h.family, h.start, h.end) for h in hits])
    index.set_info("catalogue", fingerprint)
    index.set_info("families", " ".join(catalogue.ids))
