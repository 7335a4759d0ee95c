"""Keeping the library's database sound: damage checks, setting a damaged file aside, bringing
the bundled declarations and the formula hits up to date (see ``corpus.library.store``)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from corpus.errors import LibraryError
from corpus.formulas.finder import Catalogue, find_formulas
from corpus.library.index import SearchIndex, prepare
from corpus.text import bundled
from corpus.text.metadata import read_sidecar, sidecar_path
from corpus.text.reading import folded_view

BUNDLED = "bundled:"


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
        return None, str(exc.__cause__ or exc)
    problem = index.check(thorough)
    if problem is None:
        return index, ""
    index.close()
    return None, problem


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way; returns its new path."""
    aside = path.with_name(f"{path.name}.damaged-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.replace(aside.with_name(aside.name + suffix))
    return aside


def sync_bundled(index: SearchIndex, root: Path, catalogue: Catalogue) -> None:
    """Index the bundled declarations that are missing or changed (a new release of the program),
    with the metadata the user edited (``<root>/bundled/<id>.meta.json``) if any."""
    stamps = index.stamps()
    for doc_id in bundled.bundled_ids():
        document = bundled.load_bundled(doc_id)
        stamp = hashlib.sha256(document.raw.encode("utf-8")).hexdigest()
        key = BUNDLED + doc_id
        if stamps.get(key) == stamp:
            continue
        edited = root / "bundled" / doc_id
        meta = read_sidecar(edited) if sidecar_path(edited).is_file() else None
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
