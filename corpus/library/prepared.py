"""A document made ready for the search index, without the database (so in any process).

Preparing is the costly part of indexing (folding, the search view, stems, formulas: about 15 ms
per 10 KB); it needs no connection, so a benchmark or a bulk import can prepare in worker
processes and store in batches (:meth:`corpus.library.index.SearchIndex.add_prepared`).
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass, replace

from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import find_formulas
from corpus.library.fts_row import paragraphs
from corpus.library.searchview import MARKER, joined_words, pack_view, search_view
from corpus.model import DocumentMeta
from corpus.text.metadata import guess_language
from corpus.text.reading import folded_view
from corpus.text.tokens import stems_of

_WORDS = re.compile(r"[^\W_]+(?:" + MARKER + r"[^\W_]+)*")
#: Characters that are not word characters, often stuck to a word: stripped before a token is
#: checked whole (none is a word character nor the marker, so no word loses or gains one).
_STUCK = ",.;:()[]{}«»\"'!?-/*"
#: The ASCII characters that are neither letters nor digits, as spaces.
ASCII_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """Everything the index stores for a document, computed without the database (picklable)."""

    key: str
    path: str
    stamp: str
    meta: DocumentMeta
    raw: str
    view: str
    offsets: bytes
    formulas: tuple[tuple[str, int, int], ...]
    #: The FTS columns beside the view, made for ``meta.language`` (:func:`fts_columns`): its
    #: stems and its joined words; ``None`` to make them when the document is stored.
    columns: tuple[str, str] | None = None
    #: The view as the database keeps it (:func:`~corpus.library.searchview.pack_view`);
    #: ``None`` to pack it when the document is stored.
    packed_view: bytes | None = None
    #: Its paragraph breaks (:func:`paragraph_breaks`); ``None`` to find them when stored.
    breaks: bytes | None = None


def prepare(
    key: str, path: str, raw: str, meta: DocumentMeta, catalogue: Catalogue, stamp: str = ""
) -> PreparedDocument:
    """Fold a document and find its formulas, ready for :meth:`SearchIndex.add_prepared`."""
    normalized = folded_view(raw)
    view = search_view(raw, normalized)
    hits = find_formulas(raw, catalogue, normalized)
    language = meta.language or guess_language(raw) or "fr"
    if language != meta.language:
        meta = replace(meta, language=language)
    formulas = tuple((h.family, h.start, h.end) for h in hits)
    # The stems and the compressed view are made here too, so that a worker process does all
    # the work and the process that stores the document only writes it.
    _, stems, joins = fts_columns(view.text, language)
    return PreparedDocument(
        key,
        path,
        stamp,
        meta,
        raw,
        view.text,
        view.offsets.to_bytes(),
        formulas,
        (stems, joins),
        pack_view(view.text),
        paragraph_breaks(view.text),
    )


def paragraph_breaks(view: str) -> bytes:
    """Where the ``folded`` column's paragraph tokens stand among its tokens
    (``corpus.library.fts_row``), as unsigned 32-bit integers, little-endian: a word's number in
    the view is its position there less the breaks before it (what a NEAR's window counts,
    ``corpus.library.near_counts``). Exact for a view whose positions agree
    (``fts_row.positions_agree``); the others are counted from their views."""
    found = array("I")
    position = 0
    pieces = paragraphs(view)
    for piece in pieces[:-1]:
        position += len(view_words(piece))
        found.append(position)
        position += 1
    if sys.byteorder == "big":
        found.byteswap()
    return found.tobytes()


def fts_columns(view: str, language: str) -> tuple[str, str, str]:
    """What the FTS5 table indexes for a view: the view, its stems, its words cut at line ends."""
    words = view_words(view)
    if MARKER in view:
        words = [word.replace(MARKER, "") for word in words]
    return view, " ".join(stems_of(words, language)), " ".join(joined_words(view))


def view_words(view: str) -> list[str]:
    """``_WORDS.findall(view)``: the view's words, with line-end markers inside them.

    The regular expression tests each character against a Unicode category, which took half
    of making the FTS columns. A word never holds white space, so the view is split at white
    space first (in C), and most pieces are one word (``str.isalnum`` is the test ``re`` makes
    for ``\\w``, without ``_``), or one once the punctuation stuck to it is stripped; only the
    others (an underscore, a marker, a dash inside) go through the expression. A view all in
    ASCII (half the views: folding takes the accents off) holds no marker, and its words are
    its runs of letters and digits: every other character is made a space by
    ``str.translate``, whose ASCII path runs in C, and the view split.
    """
    if view.isascii():
        return view.translate(ASCII_NOT_WORD).split()
    words: list[str] = []
    keep = words.append
    find = _WORDS.findall
    for piece in view.split():
        if piece.isalnum():
            keep(piece)
            continue
        core = piece.strip(_STUCK)
        if core.isalnum():
            keep(core)
        elif core:
            words += find(core)
    return words
