"""Search the library as the user types, off the GUI thread, newest request only; and "where else".

The query waits for a pause in typing (:data:`DEBOUNCE_MS`), then runs in Qt's thread pool
(``app.shell.workers.LatestOnlyWorker``): every request carries an id and a result whose id is
no longer the latest is dropped, so a slow old query never overwrites a newer one. A search looks
for occurrences in the first :data:`LIMIT_DOCUMENTS` documents by date (the result says how many
more FTS5 found), so a query matching most of a large library still answers at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.shell.workers import LatestOnlyWorker
from corpus.compare.analysis import AnalyzedDocument
from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import bundled_catalogue
from corpus.library.api import LibraryIndex
from corpus.library.hits import Filters, SearchResult
from corpus.library.precedents import Precedent, PrecedentFinder
from corpus.library.query import parse_query

DEBOUNCE_MS = 250
LIMIT_DOCUMENTS = 300
#: Fewer characters than this clear the results instead of searching.
MIN_QUERY_CHARS = 2


@dataclass(frozen=True, slots=True)
class SearchState:
    """The search as the user has set it: the query as typed, inflections, the filters."""

    text: str
    stemmed: bool
    party: str
    language: str
    date_from: str
    date_to: str


class LibrarySearchController(QObject):
    """Runs searches and "where else" requests over one index.

    Signals:
        results_ready(object): the :class:`corpus.library.hits.SearchResult` of the latest query (an
            empty one when the query was cleared).
        failed(object): the latest query cannot be understood or run; the exception says why.
        busy_changed(bool): whether a search is under way.
        precedents_ready(object): the list of :class:`corpus.library.where_else.Precedent` of the
            latest "where else" request.
    """

    results_ready = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)
    precedents_ready = Signal(object)

    def __init__(
        self,
        index: LibraryIndex,
        catalogue: Catalogue | None = None,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        limit_documents: int | None = LIMIT_DOCUMENTS,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._finder = PrecedentFinder(index, catalogue or bundled_catalogue())
        self._limit = limit_documents
        self._text = ""
        self._stemmed = False
        self._filters = ("", "", "", "")  # made into a Filters in the worker: it may refuse
        self._newest_first = False
        self._worker = LatestOnlyWorker(parent=self)
        self._worker.finished.connect(self.results_ready)
        self._worker.failed.connect(self.failed)
        self._worker.busy_changed.connect(self.busy_changed)
        self._precedents = LatestOnlyWorker(parent=self)
        self._precedents.finished.connect(self.precedents_ready)
        self._precedents.failed.connect(self.failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)

    @Slot(str)
    def set_query(self, text: str) -> None:
        """Search for ``text`` once the user pauses typing."""
        self._text = text
        self._timer.start()

    @Slot(bool)
    def set_stemmed(self, stemmed: bool) -> None:
        """Match inflected forms too (search again at once)."""
        self._stemmed = stemmed
        self._timer.start()

    @Slot(str, str, str, str)
    def set_filters(self, party: str, language: str, date_from: str, date_to: str) -> None:
        """Restrict the search to a party, a language and a date range (empty: no restriction)."""
        self._filters = (party, language, date_from.strip(), date_to.strip())
        self._timer.start()

    @Slot(bool)
    def set_newest_first(self, newest_first: bool) -> None:
        self._newest_first = newest_first
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Run the current query again (the library changed); nothing when there is none."""
        if len(self._text.strip()) >= MIN_QUERY_CHARS:
            self.search_now()

    @Slot()
    def search_now(self) -> None:
        """Run the pending query now (the debounce timer calls this)."""
        self._timer.stop()
        text, stemmed, limit, newest = self._text, self._stemmed, self._limit, self._newest_first
        party, language, date_from, date_to = self._filters
        if len(text.strip()) < MIN_QUERY_CHARS:
            self._worker.submit(lambda: SearchResult(text))  # also supersedes a running search
            return

        def work() -> SearchResult:
            filters = Filters(party, language, date_from, date_to)  # QueryError: a bad date
            return self._index.search(
                parse_query(text, stemmed=stemmed),
                filters,
                limit_documents=limit,
                newest_first=newest,
            )

        self._worker.submit(work)

    def where_else(self, source: AnalyzedDocument, clause_id: str) -> None:
        """Find the clauses of the library most like one clause (``precedents_ready``)."""

        def work() -> list[Precedent]:
            return self._finder.find(source, clause_id)

        self._precedents.submit(work)

    @property
    def state(self) -> SearchState:
        """The search as set now (what a search report runs again, whole)."""
        return SearchState(self._text, self._stemmed, *self._filters)

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the running jobs (tests and shutdown)."""
        return self._worker.wait(milliseconds) and self._precedents.wait(milliseconds)

    def close(self) -> None:
        """Start nothing more (the index is closing) and wait for what runs."""
        self._timer.stop()
        self._timer.timeout.disconnect(self.search_now)
        self._worker.close()
        self._precedents.close()
