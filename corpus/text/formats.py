"""The files the program reads, by suffix: which are plain text, which need their text extracted.

Kept apart from :mod:`corpus.text.extract`, whose readers of .docx, .pdf and .html files load
lxml, zipfile and more (35 ms): listing a folder of plain texts, or reading one, needs none of
them.
"""

from __future__ import annotations

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
