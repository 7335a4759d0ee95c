"""Open a declaration by file path or bundled id, with its metadata."""

from __future__ import annotations

from pathlib import Path

from corpus.errors import DocumentError, Reason
from corpus.model import Document
from corpus.text import bundled
from corpus.text.loading import read_text_file


def load_file(path: Path) -> Document:
    """Read a declaration from disk; metadata from its sidecar if present, else extracted.

    A Markdown page, a .docx, .pdf or .html file is read as its text (``corpus.text.extract``);
    offsets then refer to that text, as they do in the library. What the page states of itself
    (a front matter's title and date, an ``<h1>``) wins over the guesses from the text.

    Raises:
        DocumentError: the file is missing, a folder, binary, empty, undecodable or too large, or
            a .docx/.pdf/.html without text.
        MetadataError: its sidecar is malformed.
    """
    # The readers of other formats (lxml, pypdf...) load only when such a file is opened, and
    # the finders of metadata when a file is: a bundled declaration needs none of them.
    from corpus.text.formats import needs_extraction
    from corpus.text.metadata import extract_meta, read_sidecar
    from corpus.text.pagefacts import NO_FACTS, with_page_facts

    facts = NO_FACTS
    if needs_extraction(path):
        from corpus.text.extract import extract_file

        extracted = extract_file(path)
        raw, encoding, facts = extracted.text, extracted.encoding, extracted.facts
    else:
        raw, encoding = read_text_file(path)
    meta = read_sidecar(path) or with_page_facts(extract_meta(raw), facts)
    return Document(doc_id=path.stem, path=str(path), raw=raw, meta=meta, encoding=encoding)


def names_a_document(spec: str) -> bool:
    """Whether :func:`open_document` finds something under ``spec`` (an existing file or a
    bundled declaration), without reading it."""
    if not spec.strip():
        return False
    path = Path(spec).expanduser()
    return path.is_file() or (not path.exists() and bundled.resolve_bundled_id(spec) is not None)


def open_document(spec: str) -> Document:
    """Open ``spec``: an existing path, else a bundled id (or a unique part of one).

    Raises:
        DocumentError: neither a readable file nor a bundled declaration.
    """
    if not spec.strip():  # Path("") is the current folder: never what was meant
        raise DocumentError(Reason.NO_DOCUMENT_GIVEN)
    path = Path(spec).expanduser()
    if path.exists():
        doc_id = bundled.id_for_path(path)  # a bundled text opened by path keeps its metadata
        return bundled.load_bundled(doc_id) if doc_id else load_file(path)
    doc_id = bundled.resolve_bundled_id(spec)
    if doc_id is not None:
        return bundled.load_bundled(doc_id)
    raise DocumentError(Reason.NO_SUCH_FILE_OR_BUNDLED, spec)
