"""What the library does with a file of its own it cannot read: set it aside, never delete.

A document's folder (``originals/<key>/``, see ``corpus.library.files``) holds the original,
its text, a metadata sidecar and ``library.json``. A truncated write or a bad sector can leave
``library.json`` or the sidecar unreadable; the original is still there. Such a file is renamed
``<name>.damaged-<time>`` (kept for whoever wants to look at it, and reported) and rebuilt: the
manifest from the original (found by its SHA-256, which names the folder) and what the database
still knows of it, the metadata from the text. Only the user's ``remove`` deletes a document's
files.

:func:`folder_damage` says, without changing anything, what is wrong in a folder
(``library check``).
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from corpus.errors import CorpusError, MetadataError, Reason
from corpus.library import files as libraryfiles
from corpus.library import journal
from corpus.library.files import MANIFEST, Manifest
from corpus.model import DocumentMeta
from corpus.text.metadata import SIDECAR_SUFFIX, read_sidecar, sidecar_path

#: What set-aside files are renamed with (then a time stamp).
DAMAGED = ".damaged-"
#: The largest file looked at as a possible original (``library add`` takes up to 20 MB).
_MAX_ORIGINAL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Known:
    """What the database remembers of a document (its ``library_files`` row)."""

    source: str
    stamp: str
    format: str
    edited: bool


def set_aside(path: Path) -> Path:
    """Rename a damaged file ``<name>.damaged-<time>`` beside itself; returns the new path.

    Raises:
        OSError: it cannot be renamed (a read-only disk).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = path.with_name(f"{path.name}{DAMAGED}{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}{DAMAGED}{stamp}-{number}")
    path.replace(aside)
    return aside


def manifest_problem(folder: Path) -> str | None:
    """Why ``folder``'s ``library.json`` cannot be used (``None``: it can, or there is none)."""
    if not (folder / MANIFEST).exists():
        return None
    try:
        libraryfiles.load_manifest(folder)
    except CorpusError as exc:
        return str(exc)
    return None


def sidecar_problem(text_path: Path) -> str | None:
    """Why the sidecar beside ``text_path`` cannot be read (``None``: it can, or there is none)."""
    try:
        read_sidecar(text_path)
    except MetadataError as exc:
        return str(exc)
    return None


def readable_sidecar(text_path: Path, notices: list[str]) -> DocumentMeta | None:
    """The metadata beside ``text_path``; a damaged sidecar is set aside (and said in
    ``notices``) and ``None`` returned, so that the caller reads the metadata from the text."""
    try:
        return read_sidecar(text_path)
    except MetadataError as exc:
        side = sidecar_path(text_path)
        try:
            aside = set_aside(side)
        except OSError:
            notices.append(f"{exc}; its metadata were read from the text instead.")
            return None
        notices.append(f"{exc}; set aside as {aside.name}, the metadata read from the text.")
        return None


def find_original(folder: Path) -> tuple[Path, str] | None:
    """The file of ``folder`` whose SHA-256 begins with the folder's name, and that digest."""
    try:
        candidates = sorted(folder.iterdir())
    except OSError:
        return None
    for path in candidates:
        name = path.name
        if (
            name == MANIFEST
            or name.endswith(SIDECAR_SUFFIX)
            or DAMAGED in name
            or name.startswith(".")
            or not path.is_file()
            or path.is_symlink()
        ):
            continue
        try:
            if path.stat().st_size > _MAX_ORIGINAL_BYTES:
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        if digest.startswith(folder.name):
            return path, digest
    return None


def rebuild_manifest(folder: Path, known: dict[str, Known], format_of: FormatReader) -> Manifest:
    """A manifest for ``folder`` made from its original and what the database knows.

    Args:
        folder: a document's folder whose ``library.json`` is missing or was set aside.
        known: the database's rows, by key.
        format_of: reads an original's format (text, markdown, docx, pdf, html) from its bytes
            and name, when the database does not know it.

    Raises:
        CorpusError: no original in the folder (nothing to rebuild from), or it cannot be read.
    """
    found = find_original(folder)
    if found is None:
        raise CorpusError(Reason.NOTHING_TO_REBUILD, folder)
    path, sha = found
    row = known.get(sha)
    format_ = row.format if row is not None and row.format else format_of(path)
    text = path.name if format_ == "text" else f"{path.name}.txt"  # as the store names it
    added = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
    return Manifest(
        sha,
        path.name,
        text,
        format_,
        row.source if row is not None else "",
        row.stamp if row is not None else "",
        added,
        row.edited if row is not None else False,
    )


class FormatReader:
    """Reads an original's format by extracting it (``corpus.text.extract``); a callable class so
    that the extraction module is loaded only when a manifest is rebuilt."""

    def __call__(self, path: Path) -> str:
        from corpus.text.extract import extract_bytes

        return extract_bytes(path.read_bytes(), path.suffix, str(path)).format


def repaired_manifest(folder: Path, known: dict[str, Known], notices: list[str]) -> Manifest | None:
    """``folder``'s manifest, rebuilt if missing or damaged (the damaged one set aside).

    ``None`` when the folder holds no original to rebuild it from (said in ``notices``); the
    folder is then left as it is, for ``library check`` to report.
    """
    problem = manifest_problem(folder)
    if problem is None and (folder / MANIFEST).exists():
        return libraryfiles.read_manifest(folder)
    try:
        manifest = rebuild_manifest(folder, known, FormatReader())
    except (CorpusError, OSError) as exc:
        notices.append(f"{exc}; left as it is.")
        return None
    try:
        if problem is None:
            said = f"{folder / MANIFEST}: missing"
        else:
            said = f"{problem}; set aside as {set_aside(folder / MANIFEST).name}"
        libraryfiles.write_manifest(folder, manifest)
    except OSError as exc:
        notices.append(f"{folder}: the library's record of a document cannot be rebuilt ({exc}).")
        return None
    notices.append(f"{said}; rebuilt from the original, {manifest.original}.")
    return manifest


def folder_damage(folder: Path) -> list[str]:
    """What is wrong in one document's folder, one sentence each (nothing changed)."""
    problems = []
    manifest_fault = manifest_problem(folder)
    manifest = None if manifest_fault else libraryfiles.read_manifest(folder)
    if manifest_fault is not None:
        problems.append(manifest_fault)
    elif manifest is None:
        problems.append(f"{folder}: its record ({MANIFEST}) is missing")
    if manifest is not None:
        original = folder / manifest.original
        try:
            digest = hashlib.sha256(original.read_bytes()).hexdigest()
        except OSError as exc:
            problems.append(f"{original}: the original cannot be read ({exc.strerror or exc})")
        else:
            if digest != manifest.sha256:
                problems.append(f"{original}: the original was altered (its SHA-256 differs)")
        fault = sidecar_problem(folder / manifest.text)
        if fault is not None:
            problems.append(fault)
    elif find_original(folder) is None:
        problems.append(f"{folder}: no original matches the folder's name")
    return problems


def library_damage(root: Path) -> list[str]:
    """What is wrong in the library's files (``library check``), one sentence each; nothing is
    changed. Damaged files set aside earlier are not counted again."""
    problems = []
    for folder in libraryfiles.document_folders(root):
        problems += folder_damage(folder)
    bundled = root / "bundled"
    if bundled.is_dir():
        for side in sorted(bundled.glob(f"*{SIDECAR_SUFFIX}")):
            fault = sidecar_problem(side.with_name(side.name.removesuffix(SIDECAR_SUFFIX)))
            if fault is not None:
                problems.append(fault)
    said = journal.read(root / journal.JOURNAL).notice(root / journal.JOURNAL)
    if said is not None:
        problems.append(said)
    return problems


def sweep_orphans(root: Path) -> int:
    """Delete the folders an import killed mid-way left: no record (``library.json``) and no
    file whose SHA-256 names the folder, so nothing a document could be rebuilt from (a folder
    with an original is kept: its record is rebuilt). Call it holding the library's writer
    lock. Returns how many were deleted."""
    swept = 0
    for folder in libraryfiles.document_folders(root):
        if (folder / MANIFEST).exists() or any(DAMAGED in p.name for p in folder.iterdir()):
            continue
        if find_original(folder) is None:
            shutil.rmtree(folder, ignore_errors=True)
            swept += 1
    return swept
