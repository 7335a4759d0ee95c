"""A document made ready for the search index, without the database (so in any process).

Preparing is the costly part of indexing (folding, the search view, stems, formulas: about 15 ms
per 10 KB); it needs no connection, so a benchmark or a bulk import can prepare in worker
processes and store in batches (:meth:`corpus.library.index.SearchIndex.add_prepared`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.formulas.finder import Catalogue, find_formulas
from corpus.library.searchview import MARKER, joined_words, search_view
from corpus.model import DocumentMeta
from corpus.text.metadata import guess_language
from corpus.text.reading import folded_view
from corpus.text.tokens import stem

_WORDS = re.compile(r"[^\W_]+(?:" + MARKER + r"[^\W_]+)*")


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
    return PreparedDocument(
        key, path, stamp, meta, raw, view.text, view.offsets.to_bytes(), formulas
    )


def fts_columns(view: str, language: str) -> tuple[str, str, str]:
    """What the FTS5 table indexes for a view: the view, its stems, its words cut at line ends."""
    stems = " ".join(stem(w.replace(MARKER, ""), language) for w in _WORDS.findall(view))
    return view, stems, " ".join(joined_words(view))
