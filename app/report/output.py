"""Where an export goes: the target checked before any work, the file written whole or not at all.

Every export (PDF, CSV, Word, a saved comparison) writes through here or through the same checks,
so a bad path fails with one line naming it, before anything is computed, and an export cut
short (a full disk, a killed program) leaves the previous file as it was and no part file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from corpus.atomicfile import write_atomic
from corpus.errors import CorpusError, Reason


class ExportError(CorpusError):
    """An export could not be written; the message names the path and the reason."""


def check_format(path: Path, formats: Mapping[str, str]) -> str:
    """The extension of ``path``, one of ``formats`` (by extension, as a dialog names them).

    Raises:
        ExportError: any other extension, or none.
    """
    suffix = path.suffix.lower()
    if suffix not in formats:
        known = ", ".join(formats)
        if not path.suffix:
            raise ExportError(Reason.CANNOT_WRITE_NO_EXTENSION, path, known=known)
        raise ExportError(Reason.CANNOT_WRITE_FORMAT, path, extension=path.suffix, known=known)
    return suffix


def check_target(target: Path) -> None:
    """Refuse a target that cannot be an export's file.

    Raises:
        ExportError: its folder does not exist, or it is there and is not a regular file.
    """
    if not target.parent.is_dir():
        raise ExportError(Reason.CANNOT_WRITE_NO_FOLDER, target, folder=target.parent)
    if os.path.lexists(target) and not target.is_file():
        # A device, a folder, a pipe, or a link to one: replacing it would destroy it (as root,
        # "-o /dev/null" replaced the device with a file).
        raise ExportError(Reason.CANNOT_WRITE_NOT_A_FILE, target)


def write_whole(target: Path, data: bytes) -> None:
    """Write ``data`` at ``target`` through a temporary file renamed into place.

    Raises:
        ExportError: the target is refused (:func:`check_target`) or cannot be written
            (permission, full disk); nothing is left behind.
    """
    check_target(target)
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ExportError(Reason.CANNOT_WRITE, target, cause=exc.strerror or exc) from exc
