"""The library's folder of originals: what it copies, where, and the files it can rebuild from.

Each imported file gets a folder ``originals/<first 16 hex digits of its SHA-256>/`` holding:

* the original, byte for byte, under its own name;
* its text (``<name>.txt``) when the original is not plain text (.md, .docx, .pdf, .html): the
  text every offset refers to, which the reader can open like any text file;
* ``<text file>.meta.json``: the metadata sidecar (``corpus.text.metadata``), edits included;
* ``library.json``: where the file came from and when, so the database can be rebuilt from the
  folder alone.

Files are written to a temporary name and renamed, so a crash leaves no half-written file.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus.atomicfile import write_atomic
from corpus.errors import LibraryError, Reason

ORIGINALS = "originals"
MANIFEST = "library.json"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What ``library.json`` records about one imported file.

    Attributes:
        sha256: the hex SHA-256 of the original's bytes (the document's identity).
        original: the original's file name inside its folder.
        text: the name of the file holding its text (the original itself for .txt and .md).
        format: text, markdown, docx, pdf or html.
        source: the absolute path it was imported from.
        stamp: ``<mtime_ns>:<size>`` of the source when imported.
        added: when it was imported (ISO 8601, UTC).
        edited: whether the user edited its metadata (then a new version keeps it).
    """

    sha256: str
    original: str
    text: str
    format: str
    source: str
    stamp: str
    added: str
    edited: bool = False


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stamp_of(path: Path) -> str:
    """``<mtime_ns>:<size>``: changes when a file is written."""
    status = path.stat()
    return f"{status.st_mtime_ns}:{status.st_size}"


def folder_for(root: Path, sha256: str) -> Path:
    return root / ORIGINALS / sha256[:16]


def store(root: Path, manifest: Manifest, original: bytes, text: str | None) -> Path:
    """Copy an original (and its extracted text) into the library; returns the text file's path.

    Raises:
        LibraryError: the folder cannot be written.
    """
    folder = folder_for(root, manifest.sha256)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / manifest.original, original)
        if text is not None:
            # newline="" semantics: the text has only "\n", and read_text gives it back as is.
            write_atomic(folder / manifest.text, text.encode("utf-8"))
        write_manifest(folder, manifest)
    except OSError as exc:
        raise LibraryError(Reason.COPY_INTO_LIBRARY_FAILED, folder, cause=exc) from exc
    return folder / manifest.text


def write_manifest(folder: Path, manifest: Manifest) -> None:
    data = json.dumps(asdict(manifest), ensure_ascii=False, indent=2) + "\n"
    write_atomic(folder / MANIFEST, data.encode("utf-8"))


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of one original's folder, or ``None`` if missing or unreadable."""
    try:
        return load_manifest(folder)
    except LibraryError:
        return None


def load_manifest(folder: Path) -> Manifest:
    """The manifest of one original's folder, every field checked: its key names the folder,
    its file names stay inside it.

    Raises:
        LibraryError: missing, unreadable, or not a manifest (the message says why).
    """
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise LibraryError(Reason.CANNOT_BE_READ, path, cause=exc.strerror or exc) from exc
    except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands deep
        raise LibraryError(Reason.NOT_VALID_JSON, path, cause=_first_line(exc)) from exc
    if not isinstance(data, dict) or set(data) - set(Manifest.__dataclass_fields__):
        raise LibraryError(Reason.RECORD_UNEXPECTED_FIELDS, path)
    required = [name for name in Manifest.__dataclass_fields__ if name != "edited"]
    if any(not isinstance(data.get(name), str) for name in required):
        raise LibraryError(Reason.RECORD_FIELD_NOT_TEXT, path)
    if not isinstance(data.get("edited", False), bool):
        raise LibraryError(Reason.RECORD_EDITED_NOT_BOOLEAN, path)
    manifest = Manifest(**data)
    if not re.fullmatch(r"[0-9a-f]{64}", manifest.sha256) or not manifest.sha256.startswith(
        folder.name
    ):
        raise LibraryError(Reason.RECORD_NAMES_ANOTHER_FOLDER, path)
    for name in (manifest.original, manifest.text):
        if not _plain_name(name):
            raise LibraryError(Reason.RECORD_NAME_OUTSIDE, path, name=name)
    return manifest


def _plain_name(name: str) -> bool:
    return (
        bool(name)
        and name not in (".", "..")
        and "/" not in name
        and "\\" not in name
        and ("\0" not in name)
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def stored_folders(root: Path) -> list[Path]:
    """Every original's folder that has a manifest, in name order."""
    base = root / ORIGINALS
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if (p / MANIFEST).is_file())


def discard(root: Path, sha256: str) -> None:
    """Delete an original's folder (after the database forgot it)."""
    shutil.rmtree(folder_for(root, sha256), ignore_errors=True)


#: The longest name (in UTF-8 bytes) given to a copied original: with ``.txt.meta.json`` added
#: it stays under the 255 bytes most file systems allow.
MAX_NAME_BYTES = 150


def safe_name(name: str) -> str:
    """A file name safe to create in the library: no folders, no leading dot, valid UTF-8
    (bytes that were not are replaced), at most :data:`MAX_NAME_BYTES` bytes, suffix kept."""
    name = displayable(name)
    cleaned = "".join(c if c not in '/\\:*?"<>|\0' else "_" for c in name).strip(" .")
    if not cleaned:
        return "document"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix.encode("utf-8")) > 16:
        stem, suffix = cleaned, ""
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - len(dot)
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").strip(" .") or "document"
    return f"{stem}{dot}{suffix}"


def displayable(text: str) -> str:
    """``text`` (a path) as valid Unicode: the bytes of a name that was not UTF-8 (which Python
    keeps as lone surrogates, that neither SQLite nor JSON files accept) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


#: ``corpus.atomicfile``'s temporary names (mkstemp: ``.<name>.`` and 8 random characters) and
#: the writability probe's (``corpus.library.repair``).
_LEFTOVER = re.compile(r"\..+\.[a-z0-9_]{8}|\.probe-[a-z0-9_]{8}")


def document_folders(root: Path) -> list[Path]:
    """Every folder under ``originals/`` (with a manifest or not), in name order."""
    base = root / ORIGINALS
    try:
        return sorted(p for p in base.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []


def sweep_leftovers(root: Path) -> int:
    """Delete the temporary files writers killed mid-way left. Call it holding the library's
    writer lock (then no write is under way, and every such file is a leftover). Returns how
    many were deleted. (Folders are ``corpus.library.embedded.salvage``'s: one holding an original
    is a document whose record can be rebuilt.)"""
    folders = [root, root / "bundled", *document_folders(root)]
    swept = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if _LEFTOVER.fullmatch(path.name) and path.is_file():
                path.unlink(missing_ok=True)
                swept += 1
    return swept
