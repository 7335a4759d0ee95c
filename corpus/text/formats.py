"""The files the program reads, by suffix: which are plain text, which need their text extracted.

Kept apart from :mod:`corpus.text.extract`, whose readers of .docx, .pdf and .html files load
lxml, zipfile and more (35 ms): listing a folder of plain texts, or reading one, needs none of
them.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

#: Suffixes the library accepts, and the format each names.
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def is_supported(path: Path) -> bool:
    """Whether the library can read a file of this name."""
    return path.suffix.lower() in FORMATS and not path.name.endswith(".meta.json")


def needs_extraction(path: Path) -> bool:
    """Whether a file's text is extracted (a Markdown page, a .docx, .pdf or .html), not read
    as it is."""
    return FORMATS.get(path.suffix.lower()) in ("markdown", "docx", "pdf", "html")


#: The longest path the system opens (Linux's PATH_MAX, counting the final NUL byte).
PATH_MAX = 4096


def walk_files(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under ``folder`` (links to folders are not followed), in no set order, and
    what could not be reached in it, each with why: a folder that cannot be listed, a file
    whose path is longer than the system opens (:data:`PATH_MAX`).

    Walking with ``Path.rglob`` ended in a traceback on a folder nested past PATH_MAX.
    """
    files: list[Path] = []
    unreachable: list[tuple[Path, str]] = []

    def failed(error: OSError) -> None:
        where = Path(os.fsdecode(error.filename)) if error.filename is not None else folder
        unreachable.append((where, _why(error)))

    for root, _folders, names in os.walk(folder, onerror=failed):
        for name in names:
            path = Path(root, name)
            if len(os.fsencode(path)) >= PATH_MAX:
                unreachable.append((path, _why(OSError(errno.ENAMETOOLONG, ""))))
            else:
                files.append(path)
    return files, unreachable


def _why(error: OSError) -> str:
    """Why a path cannot be reached, as :func:`corpus.text.loading.read_bytes` says it."""
    if error.errno == errno.ENAMETOOLONG:
        return f"cannot be read ({TOO_LONG_PATH})"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot be read ({error.strerror or error})"


#: Why a path longer than :data:`PATH_MAX` cannot be read.
TOO_LONG_PATH = f"the path is too long: the system opens at most {PATH_MAX:,} bytes"
