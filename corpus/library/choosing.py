"""What an import takes, for either back-end: the files given, and every file the library can
read under the folders given (hidden files and folders left out), one after the other, telling
how far it has got."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from corpus.errors import CorpusError, DocumentError, Reason
from corpus.library.api import ImportOutcome, ImportProgress, ImportStatus
from corpus.library.files import displayable
from corpus.text.formats import is_supported


def files_in(
    folder: Path, leave_out: Path | None = None, problems: list[ImportOutcome] | None = None
) -> list[Path]:
    """Every file under ``folder`` the library can read, in order; none inside ``leave_out``
    (the library's own folder, whose originals must not be imported again). A folder that
    cannot be read (no permission, a path longer than the system allows) is left out and,
    when ``problems`` is given, said there."""
    kept = leave_out.resolve() if leave_out is not None else None

    def unreadable_folder(exc: OSError) -> None:
        if problems is not None:
            where = Path(exc.filename) if exc.filename else folder
            problems.append(unreadable(where, exc))

    found = [
        Path(top) / name
        for top, folders, names in os.walk(folder, onerror=unreadable_folder)
        for name in names
    ]
    return sorted(p for p in found if _importable(p, folder, kept))


def import_each(
    paths: Iterable[Path],
    add: Callable[[Path], ImportOutcome],
    progress: ImportProgress | None = None,
    leave_out: Path | None = None,
) -> list[ImportOutcome]:
    """``add`` each file given and each file under each folder given; ``progress`` is told after
    each one (how many so far, out of how many)."""
    outcomes: list[ImportOutcome] = []
    chosen = chosen_files(paths, outcomes, leave_out)
    for number, path in enumerate(chosen, 1):
        outcomes.append(add(path))
        if progress is not None:
            progress(number, len(chosen))
    return outcomes


def chosen_files(
    paths: Iterable[Path], problems: list[ImportOutcome], leave_out: Path | None = None
) -> list[Path]:
    """The files given and every file under each folder given, in order; the folders that
    cannot be read are said in ``problems``."""
    return [
        found
        for path in paths
        for found in (files_in(path, leave_out, problems) if path.is_dir() else [path])
    ]


def _importable(path: Path, folder: Path, leave_out: Path | None) -> bool:
    try:
        return (
            is_supported(path)
            and not any(part.startswith(".") for part in path.relative_to(folder).parts)
            and path.is_file()
            and (leave_out is None or leave_out not in path.resolve().parents)
        )
    except (OSError, RuntimeError):  # a link that leads back to itself, a name too long
        return False


#: What importing one file may raise that fails that file only: the folder's other files go on.
FILE_FAULTS = (CorpusError, OSError, ValueError, LookupError, ArithmeticError, RecursionError)


def failed_file(path: Path, exc: BaseException) -> ImportOutcome:
    """The outcome of one file whose import raised one of :data:`FILE_FAULTS` (both back-ends
    word a failed file alike)."""
    name = displayable(str(path))
    if isinstance(exc, CorpusError):
        return ImportOutcome.failed(name, exc)
    if isinstance(exc, OSError):  # the file changed or went away while it was read
        return ImportOutcome.failed(
            name, DocumentError(Reason.CANNOT_BE_READ, name, cause=exc.strerror or exc)
        )
    # A reader's own fault on one hostile file (an unknown charset, a surrogate).
    return unreadable(path, exc)


def unreadable(path: Path, exc: BaseException) -> ImportOutcome:
    """The outcome of a file whose reading failed in a way no reader foresaw: it failed, with
    the reason in one line, and the other files of its folder go on."""
    name = displayable(str(path))
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    else:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return ImportOutcome(name, ImportStatus.FAILED, message=f"{name}: cannot be read ({reason})")
