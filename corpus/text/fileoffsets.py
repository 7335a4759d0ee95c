"""Where a document's offsets stand in its file, for a script that reads the file itself.

Every offset of the program counts code points in a document's text as read (``Document.raw``,
what the window shows). For a plain text that is the file's decoded text; for a Markdown page
it is the page without its markup, and :class:`corpus.text.sourcemap.SourceMap` leads back to
the file's characters; a .docx, .pdf or .html file's text has no such map (its characters are
not in the file as such), and the text as read is all there is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corpus.errors import CorpusError
from corpus.model import Document
from corpus.text.formats import FORMATS

#: What ``start``/``end`` and ``file_start``/``file_end`` count, as the JSON reports say it.
TEXT_OFFSETS = 'code points into the text as read (the clause\'s "text"; what the window shows)'
FILE_OFFSETS = "code points into the file's decoded text (newlines as \\n)"

FileSpan = Callable[[int, int], tuple[int, int]]


def file_spans(document: Document) -> FileSpan | None:
    """A function from a span of the text as read to the same characters' span in the file,
    or ``None`` when the file's format gives no such map (.docx, .pdf, .html)."""
    kind = FORMATS.get(Path(document.path).suffix.lower())
    if kind == "text":
        return lambda start, end: (start, end)
    if kind != "markdown":
        return None
    from corpus.text.extract import extract_file

    try:
        extracted = extract_file(Path(document.path))
    except CorpusError:
        return None  # the file changed or went since it was read: no map to give
    if extracted.text != document.raw or extracted.file_map is None:
        return None
    return extracted.file_map.file_span


def file_fields(in_file: FileSpan | None, start: int, end: int) -> dict[str, int]:
    """``file_start`` and ``file_end`` of a span for a JSON report, when the format gives them."""
    if in_file is None:
        return {}
    file_start, file_end = in_file(start, end)
    return {"file_start": file_start, "file_end": file_end}
