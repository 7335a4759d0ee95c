"""The timeline dock wired to the library search: it follows the search panel's query and
filters, and a bar chosen in it narrows the search's results to its year (and its party or
language), in the search panel's own filters, where the user sees them and can clear them.

Like ``app.library.wiring`` for the search, this is where the timeline's signals are connected.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Slot

from app.library import timeline_figures as words
from app.library.search import MIN_QUERY_CHARS
from app.library.timeline import TimelineController, TimelineCounts
from app.shell.messages import for_user
from app.shell.settings import Settings
from widgets.mainwindow import MainWindow


class TimelineWiring:
    """Connects the timeline panel, the search panel and the timeline's controller, and keeps
    the last counts shown."""

    def __init__(
        self, window: MainWindow, timeline: TimelineController, settings: Settings, language: str
    ) -> None:
        self.window = window
        self.timeline = timeline
        self.language = language
        self.counts: TimelineCounts | None = None
        panel, search = window.timeline, window.search
        panel.set_choices(
            settings.timeline_measure, settings.timeline_split, settings.timeline_table
        )
        search.query_changed.connect(timeline.set_query)
        search.stemmed_changed.connect(timeline.set_stemmed)
        search.filters_changed.connect(timeline.set_filters)
        search.filters_changed.connect(self._mark_years)
        window.timeline_dock.visibilityChanged.connect(timeline.set_active)
        timeline.counts_ready.connect(self._on_counts)
        timeline.failed.connect(self._on_failed)
        panel.measure_changed.connect(self._on_view)
        panel.split_changed.connect(self._on_view)
        self._on_view()
        panel.year_chosen.connect(self.choose_year)
        panel.part_chosen.connect(self.choose_part)
        self.show()

    @Slot(object)
    def _on_counts(self, counts: object) -> None:
        self.counts = cast(TimelineCounts, counts)
        self.show()

    @Slot()
    def _on_view(self) -> None:
        panel = self.window.timeline
        self.timeline.set_view(panel.chosen_measure(), panel.chosen_split())

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.counts = None
        said = for_user(error) if isinstance(error, BaseException) else str(error)
        self.window.timeline.set_figures(None, said)

    @Slot()
    def show(self) -> None:
        """Draw the last counts (their chart and table were made off the GUI thread)."""
        panel, counts = self.window.timeline, self.counts
        if counts is None or len(counts.query.strip()) < MIN_QUERY_CHARS:
            panel.set_figures(None, words.empty_text())
        elif counts.figures is None:  # nothing found, or nothing dated: say which
            found = counts.counts
            panel.set_figures(None, words.undated_text() if found else words.nothing(counts.query))
        else:
            panel.set_figures(counts.figures)

    @Slot(str, str, str, str)
    def _mark_years(self, _party: str, _language: str, date_from: str, date_to: str) -> None:
        self.window.timeline.set_chosen_years(date_from.strip(), date_to.strip())

    @Slot(str)
    def choose_year(self, year: str) -> None:
        """Narrow the search's results to ``year``, and show them."""
        self.window.search.narrow(year, year)
        self._show_results()

    @Slot(str, str)
    def choose_part(self, year: str, key: str) -> None:
        """Narrow the results to ``year`` and a group of the split: a party or a language."""
        if self.window.timeline.chosen_split() == "language":
            self.window.search.narrow(year, year, language=key)
        else:
            self.window.search.narrow(year, year, party=key)
        self._show_results()

    def _show_results(self) -> None:
        self.window.search_dock.show()
        self.window.search_dock.raise_()

    def choices(self) -> tuple[str, str, bool]:
        """The measure, split and table choice, to remember."""
        panel = self.window.timeline
        return panel.chosen_measure(), panel.chosen_split(), panel.table_shown()
