"""The declarations shipped inside the package, with the metadata that cites them."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from corpus.datafiles import DATA
from corpus.model import Document, DocumentMeta, MetaOrigin, MetaOrigins


@cache
def _entries() -> tuple[dict[str, object], ...]:
    with (DATA / "declarations.toml").open("rb") as handle:
        return tuple(tomllib.load(handle)["declaration"])


def bundled_ids() -> list[str]:
    """The ids of the bundled declarations, oldest first."""
    return [str(entry["id"]) for entry in _entries()]


def bundled_meta(doc_id: str) -> DocumentMeta:
    """The catalogued metadata of one bundled declaration."""
    entry = _entry(doc_id)
    return DocumentMeta(
        title=str(entry["title"]),
        date=str(entry["date"]),
        parties=tuple(str(p) for p in entry["parties"]),  # type: ignore[attr-defined]
        kind=str(entry["kind"]),
        place=str(entry["place"]),
        language=str(entry["language"]),
        source=str(entry["source"]),
        origins=MetaOrigins.all(MetaOrigin.BUNDLED),
    )


def bundled_path(doc_id: str) -> Path:
    """Where the bundled file lives (the package is installed as plain files)."""
    return DATA / "declarations" / str(_entry(doc_id)["file"])


def load_bundled(doc_id: str) -> Document:
    """Load a bundled declaration, byte for byte as shipped (UTF-8)."""
    path = bundled_path(doc_id)
    raw = path.read_text(encoding="utf-8")
    return Document(doc_id=doc_id, path=str(path), raw=raw, meta=bundled_meta(doc_id))


def id_for_path(path: Path) -> str | None:
    """The bundled id of a file inside the package, if it is one of ours."""
    try:
        resolved = path.resolve()
    except OSError:
        return None
    for doc_id in bundled_ids():
        if bundled_path(doc_id).resolve() == resolved:
            return doc_id
    return None


def resolve_bundled_id(name: str) -> str | None:
    """Find a bundled id from a user's spelling: the exact id, or a unique part of it.

    ``moscou`` and ``2004`` both name the Moscow declaration; an ambiguous part names nothing.
    """
    ids = bundled_ids()
    if name in ids:
        return name
    needle = name.casefold()
    matches = [doc_id for doc_id in ids if needle in doc_id.casefold()]
    return matches[0] if len(matches) == 1 else None


def _entry(doc_id: str) -> dict[str, object]:
    for entry in _entries():
        if entry["id"] == doc_id:
            return entry
    raise KeyError(doc_id)
