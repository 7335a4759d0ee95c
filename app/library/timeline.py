"""The timeline of the library search, counted off the GUI thread, newest request only.

It follows what the search panel asks (query, inflected forms, party, language) and counts, in
Qt's thread pool (``app.shell.workers.LatestOnlyWorker``), the documents and occurrences of the
whole library by year (``LibraryIndex.year_counts``), then makes them the dock's chart and
table in the measure and split chosen: a query typed while an older one is still counted wins,
and the older answer is dropped. Another measure or split adds up the same counts again, in
the pool too (100,000 documents take seconds on a busy machine), without searching again.

The date filters are not applied: the chart keeps every year in view and marks those the
results are narrowed to, so that another year is one click away. While the dock is hidden
nothing is counted; the last request is counted when it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.library.search import DEBOUNCE_MS, MIN_QUERY_CHARS
from app.library.timeline_figures import timeline_figures
from app.shell.workers import LatestOnlyWorker
from corpus.library.api import LibraryIndex
from corpus.library.hits import Filters
from corpus.library.query import parse_query
from corpus.library.searching import GroupCount
from corpus.library.timeline import Measure, Split
from widgets.timelinepanel import TimelineFigures

#: What a count answers: the query as typed, inflected forms, party, language.
Request = tuple[str, bool, str, str]


@dataclass(frozen=True, slots=True)
class TimelineCounts:
    """The figures of one query: each document with occurrences (none when ``query`` is too
    short to search), with the party and language the query was narrowed to, and the dock's
    chart and table of them (None: nothing dated to draw).

    Attributes:
        request: what was counted (see :data:`Request`).
    """

    query: str
    counts: tuple[GroupCount, ...] = ()
    party: str = ""
    language: str = ""
    figures: TimelineFigures | None = None
    request: Request = ("", False, "", "")


class TimelineController(QObject):
    """Counts the current search's documents and occurrences per year, when the dock shows.

    Signals:
        counts_ready(object): the :class:`TimelineCounts` of the latest request.
        failed(object): the latest query cannot be understood or run; the exception says why.
        busy_changed(bool): whether counting is under way.
    """

    counts_ready = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        index: LibraryIndex,
        parent: QObject | None = None,
        *,
        language: str = "fr",
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._language = language  # the interface's, for the parties' names
        self._text = ""
        self._stemmed = False
        self._narrowed = ("", "")  # party, language
        self._view: tuple[Measure, Split] = ("hits", "")
        self._last: TimelineCounts | None = None  # the last counts received
        self._active = False
        self._stale = True  # the figures shown are not those of the current request
        self._worker = LatestOnlyWorker(parent=self)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self.failed)
        self._worker.busy_changed.connect(self.busy_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.count_now)

    @Slot(str)
    def set_query(self, text: str) -> None:
        self._text = text
        self._changed()

    @Slot(bool)
    def set_stemmed(self, stemmed: bool) -> None:
        self._stemmed = stemmed
        self._changed()

    @Slot(str, str, str, str)
    def set_filters(self, party: str, language: str, _date_from: str, _date_to: str) -> None:
        """The search's filters; the dates only mark years on the chart, so they count nothing."""
        narrowed = (party.strip(), language.strip())
        if narrowed != self._narrowed:
            self._narrowed = narrowed
            self._changed()

    @Slot(str, str)
    def set_view(self, measure: str, split: str) -> None:
        """Count ``measure`` ("hits" or "documents"), the bars split by ``split`` ("party",
        "language" or ""): the same counts added up again."""
        self._view = (cast(Measure, measure), cast(Split, split))
        self._changed()

    @Slot(bool)
    def set_active(self, active: bool) -> None:
        """Whether the timeline is in view: counting is done for it only."""
        self._active = active
        if active and self._stale:
            self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Count again (the library changed)."""
        self._changed()

    def _changed(self) -> None:
        self._stale = True
        if self._active:
            self._timer.start()

    @Slot()
    def count_now(self) -> None:
        """Count the current request now (the debounce timer calls this)."""
        self._timer.stop()
        self._stale = False
        text, stemmed, (party, language) = self._text, self._stemmed, self._narrowed
        request: Request = (text, stemmed, party, language)
        (measure, split), shown_in = self._view, self._language
        if len(text.strip()) < MIN_QUERY_CHARS:
            self._worker.submit(lambda: TimelineCounts(text, request=request))  # supersedes
            return
        known = self._last.counts if self._last and self._last.request == request else None

        def work() -> TimelineCounts:
            counts = known
            if counts is None:
                query = parse_query(text, stemmed=stemmed)  # QueryError: not understood
                counts = self._index.year_counts(query, Filters(party, language))
            figures = timeline_figures(text, counts, measure, split, shown_in)
            return TimelineCounts(text, counts, party, language, figures, request)

        self._worker.submit(work)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._last = cast(TimelineCounts, result)
        self.counts_ready.emit(result)

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the running count (tests and shutdown)."""
        return self._worker.wait(milliseconds)

    def close(self) -> None:
        """Start nothing more (the index is closing) and wait for what runs."""
        self._timer.stop()
        self._worker.close()
