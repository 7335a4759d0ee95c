"""Where else, across a whole library: the clauses most like one clause, with dates and parties.

Scoring every clause of a large library would mean segmenting every document, so the index first
ranks the documents by the stems of the clause's content words (``similar_documents``: bm25 in
the embedded library, ``ts_rank`` on the server); the best few are analysed
(``corpus.compare.analysis``, cached) and their clauses scored by
:func:`corpus.library.where_else.where_else`, the same similarity as the clause pairing
(``corpus.compare.similarity``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.formulas.catalogue import Catalogue
from corpus.library.api import LibraryIndex
from corpus.library.where_else import Precedent, where_else

__all__ = ["Precedent", "PrecedentFinder"]

#: How many documents FTS5 proposes for a clause; their clauses are then all scored.
CANDIDATE_DOCUMENTS = 40
#: The most distinct stems of a clause used to find candidates.
MAX_TERMS = 48


class PrecedentFinder:
    """Finds the precedents of a clause in an index, keeping recent analyses in memory."""

    def __init__(self, index: LibraryIndex, catalogue: Catalogue, cache_size: int = 200) -> None:
        self._index = index
        self._catalogue = catalogue
        self._cache: OrderedDict[str, AnalyzedDocument] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def find(
        self,
        source: AnalyzedDocument,
        clause_id: str,
        *,
        limit: int = 20,
        candidates: int = CANDIDATE_DOCUMENTS,
    ) -> list[Precedent]:
        """The clauses of other documents most like ``source``'s clause ``clause_id``, best first.

        Raises:
            StopIteration: ``clause_id`` is not a clause of ``source``.
        """
        clause = source.clause(clause_id)
        stems = sorted(
            {t.stem for t in source.clause_tokens(clause) if not t.stop and len(t.text) > 1}
        )[:MAX_TERMS]
        if not stems:
            return []
        keys = self._index.similar_documents(stems, source.document.path, candidates)
        library = [self._analysed(key) for key in keys]
        return where_else(source, clause_id, library, limit=limit)

    def _analysed(self, key: str) -> AnalyzedDocument:
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        analysed = analyze(self._index.document(key), self._catalogue)
        with self._lock:
            self._cache[key] = analysed
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return analysed
