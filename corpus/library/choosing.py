"""What an import takes, for either back-end: the files given, and every file the library can
read under the folders given (hidden files and folders left out), one after the other, telling
how far it has got."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from corpus.library.api import ImportOutcome, ImportProgress
from corpus.text.formats import is_supported, walk_files


def files_in(folder: Path, leave_out: Path | None = None) -> list[Path]:
    """Every file under ``folder`` the library can read, in order; none inside ``leave_out``
    (the library's own folder, whose originals must not be imported again).

    What cannot be reached (a folder nested past the system's longest path, one that cannot
    be listed) is in the list too: adding it fails, and says why, so the import's report names
    what it skipped.
    """
    kept = leave_out.resolve() if leave_out is not None else None
    files, unreachable = walk_files(folder)
    chosen = [p for p in files if _importable(p, folder, kept)]
    chosen += [p for p, _ in unreachable if not _hidden(p, folder)]
    return sorted(chosen)


def import_each(
    paths: Iterable[Path],
    add: Callable[[Path], ImportOutcome],
    progress: ImportProgress | None = None,
    leave_out: Path | None = None,
) -> list[ImportOutcome]:
    """``add`` each file given and each file under each folder given; ``progress`` is told after
    each one (how many so far, out of how many)."""
    chosen = [
        found
        for path in paths
        for found in (files_in(path, leave_out) if path.is_dir() else [path])
    ]
    outcomes: list[ImportOutcome] = []
    for number, path in enumerate(chosen, 1):
        outcomes.append(add(path))
        if progress is not None:
            progress(number, len(chosen))
    return outcomes


def _importable(path: Path, folder: Path, leave_out: Path | None) -> bool:
    try:
        return (
            is_supported(path)
            and not _hidden(path, folder)
            and path.is_file()
            and (leave_out is None or leave_out not in path.resolve().parents)
        )
    except (OSError, RuntimeError):  # a link that leads back to itself, a name too long
        return False


def _hidden(path: Path, folder: Path) -> bool:
    """Whether ``path`` is, or is inside, a hidden file or folder of ``folder``."""
    try:
        return any(part.startswith(".") for part in path.relative_to(folder).parts)
    except ValueError:
        return False
