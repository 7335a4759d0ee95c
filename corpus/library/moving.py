"""Moving a library: ``library export DIR`` and ``library import DIR``, on either back-end.

An export is a folder anyone can read: ``vis-a-vis-library.json`` (each document's metadata,
where it came from, and the analyst's decisions) beside ``originals/<key>/<file>``, each original
byte for byte as it was imported. It is written into a temporary folder beside ``DIR`` and renamed
into place at the end, so an export cut short leaves no ``DIR`` at all. An import reads and checks
the whole export first (every original, a regular file of 20 MB at most as ``library add``
takes, against its SHA-256; every field; every decision row), and changes nothing if anything is
wrong; then the documents go in (one transaction on a server) and the decisions after them, in
one transaction and one synced write of the journal. So a user can push the library of this
computer to the team's server, and back.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus.atomicfile import write_atomic
from corpus.errors import DocumentError, LibraryError, Reason
from corpus.library import journal
from corpus.library.api import ImportOutcome, Library, StoredOriginal
from corpus.library.files import safe_name
from corpus.model import DocumentMeta, MetaOrigins, is_valid_date
from corpus.text.loading import read_bytes

MANIFEST = "vis-a-vis-library.json"
ORIGINALS = "originals"
FORMAT = "vis-a-vis library export"
VERSION = 1
_META_FIELDS = ("title", "date", "kind", "place", "language", "source")
#: The largest export manifest read (100,000 decisions take about 120 MB).
MAX_MANIFEST_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Exported:
    """What an export wrote."""

    folder: Path
    documents: int
    decisions: int


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import did: each document's outcome, and how many decisions were new."""

    outcomes: list[ImportOutcome]
    decisions: int


def export_library(library: Library, folder: Path) -> Exported:
    """Write every imported document of ``library`` (originals and metadata) and its decisions
    into the new folder ``folder``.

    Raises:
        LibraryError: ``folder`` exists and is not empty, or cannot be written (nothing is left
            behind), or the library cannot be read.
    """
    folder = folder.expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise LibraryError(Reason.EXPORT_FOLDER_NOT_EMPTY, folder)
    originals = library.originals()
    decisions = library.decisions().rows()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise LibraryError(Reason.CANNOT_BE_WRITTEN, folder, cause=exc.strerror or exc) from exc
    try:
        documents = []
        for item in originals:
            name = safe_name(item.name)
            (partial / ORIGINALS / item.key).mkdir(parents=True)
            write_atomic(partial / ORIGINALS / item.key / name, item.data)
            documents.append(
                {
                    "key": item.key,
                    "file": f"{ORIGINALS}/{item.key}/{name}",
                    "meta": {
                        **asdict(item.meta),
                        "parties": list(item.meta.parties),
                        "origins": item.meta.origins.encode(),
                    },
                    "edited": item.edited,
                    "source": item.source,
                    "added": item.added,
                }
            )
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "exported_from": library.location,
            "documents": documents,
            "decisions": decisions,
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        write_atomic(partial / MANIFEST, text.encode("utf-8"))
        if folder.exists():
            folder.rmdir()
        os.replace(partial, folder)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise LibraryError(Reason.CANNOT_BE_WRITTEN, folder, cause=exc.strerror or exc) from exc
    return Exported(folder, len(documents), len(decisions))


def read_export(folder: Path) -> tuple[list[StoredOriginal], list[dict[str, object]]]:
    """The documents and decisions of an export, every original checked.

    Raises:
        LibraryError: not an export of this program, or a file missing or altered.
    """
    path = folder.expanduser() / MANIFEST
    if not path.exists():
        raise LibraryError(Reason.NOT_AN_EXPORT, folder, manifest=MANIFEST)
    try:
        manifest = json.loads(read_bytes(path, MAX_MANIFEST_BYTES).decode("utf-8"))
    except DocumentError as exc:
        raise LibraryError(exc.reason, exc.subject, **exc.params) from exc
    except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands deep
        raise LibraryError(Reason.CANNOT_BE_READ_NOT_JSON, path) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise LibraryError(Reason.NOT_AN_EXPORT_OF_THIS_PROGRAM, path)
    if manifest.get("version") != VERSION:
        raise LibraryError(
            Reason.EXPORT_OF_ANOTHER_VERSION, path, version=repr(manifest.get("version"))
        )
    documents, decisions = manifest.get("documents"), manifest.get("decisions")
    if not isinstance(documents, list) or not isinstance(decisions, list):
        raise LibraryError(Reason.EXPORT_INCOMPLETE, path)
    for number, row in enumerate(decisions, start=1):  # checked whole before anything changes
        if journal.checked(row) is None:
            raise LibraryError(Reason.EXPORT_DECISION_INVALID, path, number=number)
    originals = [_original(folder.expanduser(), entry, path) for entry in documents]
    return originals, decisions


def import_library(library: Library, folder: Path) -> Imported:
    """Add an export's documents (those already present are duplicates) and decisions.

    Raises:
        LibraryError: the export is not sound (nothing was changed), or the library cannot be
            written.
    """
    originals, decisions = read_export(folder)
    book = library.decisions()
    outcomes = library.add_originals(originals)
    return Imported(outcomes, book.restore(decisions))


def _original(folder: Path, entry: object, manifest: Path) -> StoredOriginal:
    if not isinstance(entry, dict):
        raise LibraryError(Reason.EXPORT_DOCUMENT_NOT_AN_OBJECT, manifest)
    key, file, meta = entry.get("key"), entry.get("file"), entry.get("meta")
    if not isinstance(key, str) or not isinstance(file, str) or not isinstance(meta, dict):
        raise LibraryError(Reason.EXPORT_DOCUMENT_INCOMPLETE, manifest)
    try:
        path = (folder / file).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # too long, a NUL, a loop of links
        raise LibraryError(Reason.EXPORT_NOT_A_FILE_OF_IT, manifest, file=file[:200]) from exc
    if folder.resolve() not in path.parents:
        raise LibraryError(Reason.EXPORT_FILE_OUTSIDE, manifest, file=file)
    try:
        # Regular files only, and no larger than an import takes (a fifo, a device or a link
        # to /dev/zero is refused at once).
        data = read_bytes(path)
    except DocumentError as exc:
        raise LibraryError(Reason.NOTHING_IMPORTED, cause=exc) from exc
    if hashlib.sha256(data).hexdigest() != key:
        raise LibraryError(Reason.EXPORT_FILE_ALTERED, path)
    values = {name: meta.get(name, "") for name in _META_FIELDS}
    parties = meta.get("parties", [])
    if not all(isinstance(v, str) for v in values.values()) or not isinstance(parties, list):
        raise LibraryError(Reason.EXPORT_METADATA_MALFORMED, manifest, file=file)
    if not is_valid_date(str(values["date"])):
        raise LibraryError(Reason.EXPORT_BAD_DATE, manifest, file=file, date=values["date"])
    return StoredOriginal(
        key,
        path.name,
        data,
        DocumentMeta(
            **values,
            parties=tuple(str(p) for p in parties),
            origins=MetaOrigins.decode(str(meta.get("origins", ""))),
        ),
        bool(entry.get("edited", False)),
        str(entry.get("source", "")),
        str(entry.get("added", "")),
    )
