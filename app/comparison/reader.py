"""The reader's behaviour: shows a comparison in the window and reacts to what the user does.

It owns the state of the view (selection, hidden families, synchronised scrolling) and calls the
widgets' setters; ``app.comparison.wiring`` connects the widgets' signals to its slots. It
reads no widget's insides, only their public methods.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.comparison import navigation, presenter
from app.comparison.navigation import Stop
from app.shell.messages import for_user
from app.shell.workers import LatestOnlyWorker
from corpus.compare.comparison import Comparison
from corpus.formulas.catalogue import Catalogue
from corpus.model import ClauseLink, Side
from corpus.text.countries import display_parties
from widgets import palette
from widgets.actions import Act
from widgets.documentpane import DocumentPane
from widgets.mainwindow import MainWindow
from widgets.marks import Band, Mark, MarkKind, OverviewMark
from widgets.origins import guessed_mark
from widgets.synoptic import SynopticRow

# Where, in a pane's height, the clause that drives synchronised scrolling is read.
SYNC_ANCHOR = 0.3


class ComparisonView(QObject):
    """Presents comparisons in a :class:`MainWindow`.

    Signals:
        selection_changed(str, str): the pair selected (left and right clause ids), or the
            unpaired clause (the other id ``""``), or nothing (both ``""``).
        comparison_shown(): a new comparison fills the views.
    """

    selection_changed = Signal(str, str)
    comparison_shown = Signal()

    def __init__(self, window: MainWindow, catalogue: Catalogue, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.catalogue = catalogue
        self.language = language
        self.comparison: Comparison | None = None
        self.current: Stop | None = None
        self.selected: dict[Side, list[str]] = {Side.LEFT: [], Side.RIGHT: []}
        # The clause last chosen on each side: what Link pairs.
        self.picked: dict[Side, str | None] = {Side.LEFT: None, Side.RIGHT: None}
        # Choosing two clauses to link: a click on one side, then on the other, on clauses
        # that are not a pair. Both stay in view and marked until linked or cancelled.
        self.choosing = False
        self._last_click: Side | None = None
        self.hidden: set[str] = set()
        self.sync_scroll = True
        # The proposals F9 has shown in its current round (left and right clause ids).
        self.review_round: set[tuple[str, str]] = set()
        # Matches of a find in the texts, per side, drawn over the other marks.
        self.find_marks: dict[Side, list[Mark]] = {Side.LEFT: [], Side.RIGHT: []}
        # A search hit to show once its document is open: (path, start, end).
        self.pending_hit: tuple[str, int, int] | None = None
        self._syncing = False
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(120)
        self._overview_timer.timeout.connect(self.update_overviews)
        # A pane says its view changed at every scroll step, resize and new text, often several
        # times before the window paints again (twenty while a treaty pair opens): the bands
        # are drawn once per turn of the event loop, not once per signal.
        self._bands_timer = QTimer(self)
        self._bands_timer.setSingleShot(True)
        self._bands_timer.setInterval(0)
        self._bands_timer.timeout.connect(self.update_bands)
        # The synoptic rows hold a word diff per pair: a long treaty's took a quarter of a
        # second, the window frozen. They are made in the background when the view asks.
        self._rows_worker = LatestOnlyWorker(parent=self)
        self._rows_worker.finished.connect(self._rows_made)
        self._rows_worker.failed.connect(self._rows_failed)

    def _set_choosing(self, on: bool) -> None:
        """Enter or leave the choice of two clauses to link; Escape cancels it only then (the
        key is the find bar's and the dialogs' otherwise)."""
        self.choosing = on
        self.window.action(Act.CANCEL_CHOICE).setEnabled(on)

    def pane(self, side: str) -> DocumentPane:
        return self.window.left_pane if side == Side.LEFT else self.window.right_pane

    # -- showing a comparison ------------------------------------------------------------

    @Slot(object)
    def show_comparison(self, comparison: Comparison) -> None:
        """Fill every view with a new comparison; the selection is cleared."""
        self.comparison = comparison
        self.current = None
        self.selected = {Side.LEFT: [], Side.RIGHT: []}
        self.picked = {Side.LEFT: None, Side.RIGHT: None}
        self._set_choosing(False)
        self._last_click = None
        self.review_round = set()
        self.find_marks = {Side.LEFT: [], Side.RIGHT: []}  # the finder marks the new texts again
        # The previous comparison's pair or message would stay under the new texts.
        self.window.statusBar().clearMessage()
        for side, document in ((Side.LEFT, comparison.left), (Side.RIGHT, comparison.right)):
            meta = document.document.meta
            pane = self.pane(side)
            parties = ", ".join(display_parties(meta.parties, self.language))
            # A date or party list a rule read in the text says so: it may be wrong.
            date = meta.date + (guessed_mark() if meta.date and meta.origins.date.guessed else "")
            if parties and meta.origins.parties.guessed:
                parties += guessed_mark()
            subtitle = " · ".join(x for x in (date, parties) if x)
            title = meta.title or document.document.doc_id
            pane.set_document(title, subtitle, presenter.display_text(document))
            pane.set_clauses(presenter.clause_spans(comparison, side))
            pane.set_hidden_groups(self.hidden)
            pane.set_marks(self._marks(side))
        self.show_summary()
        self.window.synoptic.set_titles(
            comparison.left.document.meta.title, comparison.right.document.meta.title
        )
        self.window.synoptic.expect_rows()
        self.window.synoptic.set_hidden_groups(self.hidden)
        self._fill_legend(comparison)
        # Open on the declarations' texts, past a covering letter or page chrome.
        for side, document in ((Side.LEFT, comparison.left), (Side.RIGHT, comparison.right)):
            if document.clauses:
                self.pane(side).open_at(document.clauses[0].start)
        self.show_pending_hit()
        self.update_bands()
        self._overview_timer.start()
        self.comparison_shown.emit()

    @Slot(object)
    def update_pairs(self, comparison: Comparison) -> None:
        """The same documents with other pairs (a decision made or undone): the texts, marks
        and scroll positions stay; clauses, connectors, summary and synoptic rows follow."""
        if self.comparison is None or (
            comparison.left.document is not self.comparison.left.document
            or comparison.right.document is not self.comparison.right.document
        ):
            self.show_comparison(comparison)
            return
        self.comparison = comparison
        for side in (Side.LEFT, Side.RIGHT):
            self.pane(side).set_clauses(presenter.clause_spans(comparison, side))
        self.show_summary()
        # The rows shown stay until the new ones are made: the texts are the same.
        self.window.synoptic.expect_rows(keep_shown=True)
        current = self.current
        if self.choosing and current is not None:
            # A decision undone or redone while choosing: the choice stays, on the new pairs.
            self._choose(current.side, current.clause_id)
        elif current is not None:
            # Stay on the same clause; on the same pair if it still exists.
            link = current.link
            same = next(
                (
                    k
                    for k in comparison.alignment.links
                    if link is not None and (k.left, k.right) == (link.left, link.right)
                ),
                None,
            )
            picked = dict(self.picked)
            self.select(current.side, current.clause_id, same, scroll=False)
            self.picked = picked
        else:
            self.update_bands()
        self._overview_timer.start()

    @Slot()
    def make_synoptic_rows(self) -> None:
        """The synoptic view asks for its rows: they are made off the interface's thread."""
        comparison = self.comparison
        if comparison is None:
            return
        make, catalogue, language = presenter.synoptic_rows, self.catalogue, self.language
        self._rows_worker.submit(lambda: (comparison, make(comparison, catalogue, language)))

    @Slot(object)
    def _rows_made(self, result: object) -> None:
        comparison, rows = cast(tuple[Comparison, list[SynopticRow]], result)
        if comparison is self.comparison:  # else another comparison has come meanwhile
            self.window.synoptic.set_rows(rows)

    @Slot(object)
    def _rows_failed(self, error: BaseException) -> None:
        # The view stops saying it prepares rows that will not come; the reader is told why.
        self.window.synoptic.set_rows([])
        failure = self.tr("La vue synoptique n’a pas pu être préparée : {0}")
        self.explain(failure.format(for_user(error)))

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the rows being made (tests and shutdown)."""
        return self._rows_worker.wait(milliseconds)

    def close(self) -> None:
        """Make no more rows, and drop those that arrive after (the window closed)."""
        self._rows_worker.close()

    @Slot(bool)
    def show_busy(self, busy: bool) -> None:
        """While a comparison is computed, the summary line says so."""
        if busy:
            self.window.summary.set_busy(self.tr("Comparaison en cours…"))

    @Slot()
    def show_summary(self) -> None:
        """Show the summary line of the comparison on screen (after a busy message, too)."""
        if self.comparison is None:
            self.window.summary.setText("")
            return
        figures = presenter.summary(self.comparison, self.catalogue, self.language)
        self.window.summary.set_summary(
            figures.similarity,
            figures.pairs,
            figures.reviewed,
            figures.unpaired,
            figures.only_left,
            figures.only_right,
            figures.basis,
        )

    def show_pending_hit(self) -> None:
        """If a search hit waits for a document now open (either side), show and mark it."""
        if self.comparison is None or self.pending_hit is None:
            return
        path, start, end = self.pending_hit
        side = self.side_showing(path)
        if not side:
            return
        self.pending_hit = None
        tip = "search hit" if self.language == "en" else "occurrence recherchée"
        hit = Mark(start, end, MarkKind.SEARCH, palette.SEARCH_HIT, tip, "search")
        pane = self.pane(side)
        pane.set_marks([*self._marks(side), hit])
        self._syncing = True
        pane.scroll_to_offset(start)
        self._syncing = False

    def side_showing(self, path: str) -> Side | None:
        """The side where the document at ``path`` is open, else ``None``."""
        if self.comparison is None:
            return None
        if self.comparison.right.document.path == path:
            return Side.RIGHT
        return Side.LEFT if self.comparison.left.document.path == path else None

    def _marks(self, side: Side) -> list[Mark]:
        assert self.comparison is not None
        document = self.comparison.left if side == Side.LEFT else self.comparison.right
        return (
            presenter.dim_marks(document, self.language)
            + presenter.formula_marks(document, self.catalogue, self.language)
            + presenter.phrase_marks(self.comparison, side, self.language)
            + self.find_marks[side]
        )

    def set_find_marks(self, marks: dict[str, list[Mark]]) -> None:
        """Draw the matches of a find in the texts (replacing the previous ones)."""
        self.find_marks = {Side.LEFT: list(marks[Side.LEFT]), Side.RIGHT: list(marks[Side.RIGHT])}
        if self.comparison is not None:
            for side in (Side.LEFT, Side.RIGHT):
                self.pane(side).set_marks(self._marks(side))

    def show_offset(self, side: str, offset: int) -> None:
        """Scroll a pane to a raw offset (a match), the other pane left where it is; in the
        synoptic view, select the row of the clause there."""
        self._syncing = True
        self.pane(side).scroll_to_offset(offset)
        self._syncing = False
        if self.comparison is not None:
            document = self.comparison.left if side == Side.LEFT else self.comparison.right
            clause = next((c for c in document.clauses if c.start <= offset < c.end), None)
            if clause is not None:
                self.window.synoptic.select_clause(clause.clause_id)

    def _fill_legend(self, comparison: Comparison) -> None:
        counts: dict[str, int] = {}
        for hit in (*comparison.left.formulas, *comparison.right.formulas):
            counts[hit.family] = counts.get(hit.family, 0) + 1
        families = [
            (
                f.family_id,
                presenter.family_label(self.catalogue, f.family_id, self.language),
                f.colour,
            )
            for f in self.catalogue.families
            if f.family_id in counts
        ]
        self.window.legend.set_families(
            families, counts, across_languages=comparison.across_languages
        )
        self.window.legend.set_hidden(self.hidden)

    # -- selection and navigation --------------------------------------------------------

    @Slot(str)
    def select_left(self, clause_id: str) -> None:
        self.clicked(Side.LEFT, clause_id)

    @Slot(str)
    def select_right(self, clause_id: str) -> None:
        self.clicked(Side.RIGHT, clause_id)

    def clicked(self, side: Side, clause_id: str) -> None:
        """A clause clicked. Right after a click on the other side, on a clause that is not its
        pair, the two are chosen to be linked: both stay where they are, marked, and the status
        bar names the link key (the other pane no longer jumps to the clicked clause's old
        counterpart). Clicking a chosen clause again shows its own pairs instead."""
        if self.comparison is None:
            return
        other = Side.RIGHT if side == Side.LEFT else Side.LEFT
        partner = self.picked[other] if self._last_click == other or self.choosing else None
        again = self.choosing and self.picked[side] == clause_id
        self._last_click = side
        if partner and not again:
            pair = (clause_id, partner) if side == Side.LEFT else (partner, clause_id)
            link = self._link_of(*pair)
            if link is None:
                self._choose(side, clause_id)
                return
            self._set_choosing(False)
            self.select(side, clause_id, link)
            return
        self._set_choosing(False)
        self.select(side, clause_id)

    def _link_of(self, left_id: str, right_id: str) -> ClauseLink | None:
        assert self.comparison is not None
        return next(
            (
                k
                for k in self.comparison.alignment.links
                if (k.left, k.right) == (left_id, right_id)
            ),
            None,
        )

    def _choose(self, side: Side, clause_id: str) -> None:
        """Mark the two clauses chosen for a link, each kept in view in its pane."""
        assert self.comparison is not None
        self.picked[side] = clause_id
        self._set_choosing(True)
        left_id, right_id = self.picked[Side.LEFT], self.picked[Side.RIGHT]
        assert left_id is not None
        assert right_id is not None
        self.current = Stop(side, clause_id, None)
        self.selected = {Side.LEFT: [left_id], Side.RIGHT: [right_id]}
        self.window.left_pane.set_selection([left_id])
        self.window.right_pane.set_selection([right_id])
        for pane_side, chosen in ((Side.LEFT, left_id), (Side.RIGHT, right_id)):
            document = self.comparison.left if pane_side == Side.LEFT else self.comparison.right
            self._scroll_into_view(pane_side, document.clause(chosen).start)
        left = self.comparison.left.clause(left_id).label
        right = self.comparison.right.clause(right_id).label
        key = self.window.action(Act.LINK).shortcut().toString()
        cancel = self.window.action(Act.CANCEL_CHOICE).shortcut().toString()
        self.window.statusBar().showMessage(
            self.tr("{0} pour lier {1} ↔ {2} · {3} pour annuler").format(key, left, right, cancel)
        )
        self.window.synoptic.select_clause(clause_id)
        self.update_bands()
        self.selection_changed.emit(*((clause_id, "") if side == Side.LEFT else ("", clause_id)))

    @Slot()
    def cancel_choice(self) -> None:
        """Give up the clauses chosen for a link: the last one clicked is selected as usual."""
        if not self.choosing or self.current is None:
            return
        self._set_choosing(False)
        self._last_click = None
        self.select(self.current.side, self.current.clause_id)

    def show_link(self, left_id: str, right_id: str) -> None:
        """Select a pair just made, where the panes are (each clause kept in view)."""
        if self.comparison is None:
            return
        self._set_choosing(False)
        self._last_click = None
        link = self._link_of(left_id, right_id)
        self.select(Side.LEFT, left_id, link, scroll=False)
        self.picked = {Side.LEFT: left_id, Side.RIGHT: right_id}
        for side, clause_id in ((Side.LEFT, left_id), (Side.RIGHT, right_id)):
            document = self.comparison.left if side == Side.LEFT else self.comparison.right
            self._scroll_into_view(side, document.clause(clause_id).start)

    def picked_pair(self) -> tuple[str, str] | None:
        """The left and right clauses last chosen (what Link pairs), if one on each side."""
        left, right = self.picked[Side.LEFT], self.picked[Side.RIGHT]
        return (left, right) if left and right else None

    def explain(self, message: str) -> None:
        """A short message in the status bar (why an action did nothing)."""
        self.window.statusBar().showMessage(message, 8000)

    def select_pair(self, left_id: str, right_id: str) -> None:
        """Select one pair (a connector band clicked)."""
        if self.comparison is None:
            return
        link = next(
            (
                k
                for k in self.comparison.alignment.links
                if (k.left, k.right) == (left_id, right_id)
            ),
            None,
        )
        self._set_choosing(False)
        self._last_click = None
        self.select(Side.LEFT, left_id, link)
        self.picked = {Side.LEFT: left_id, Side.RIGHT: right_id}

    def select(
        self, side: Side, clause_id: str, link: ClauseLink | None = None, *, scroll: bool = True
    ) -> None:
        """Select a clause and its counterparts; scroll the other pane to them; show the diff
        (across languages, the anchors both clauses state)."""
        if self.comparison is None:
            return
        self.picked[side] = clause_id
        other = Side(side).other  # Side(): also a side given as text (Side.LEFT)
        links = presenter.counterparts(self.comparison, side, clause_id)
        chosen = link if link in links else (links[0] if links else None)
        self.current = Stop(side, clause_id, chosen)
        self.selected = {side: [clause_id], other: [getattr(k, other) for k in links]}
        left_marks: list[Mark] = []
        right_marks: list[Mark] = []
        if chosen is not None:
            left_marks, right_marks = presenter.pair_marks(
                self.comparison, chosen, self.catalogue, self.language
            )
        self.window.left_pane.set_selection(self.selected[Side.LEFT], left_marks)
        self.window.right_pane.set_selection(self.selected[Side.RIGHT], right_marks)
        document = self.comparison.left if side == Side.LEFT else self.comparison.right
        if scroll:
            self._scroll_into_view(side, document.clause(clause_id).start)
        if chosen is not None:
            target = getattr(chosen, other)
            other_doc = self.comparison.right if other == Side.RIGHT else self.comparison.left
            if scroll:
                self._syncing = True
                self.pane(other).scroll_to_offset(other_doc.clause(target).start)
                self._syncing = False
            self.window.statusBar().showMessage(self._pair_message(chosen))
        else:
            settled = (
                self.comparison.alignment.settled_left
                if side == Side.LEFT
                else self.comparison.alignment.settled_right
            )
            message = (
                self.tr("{0} : sans correspondant (décidé)")
                if clause_id in settled
                else self.tr("{0} : sans correspondant")
            )
            self.window.statusBar().showMessage(message.format(document.clause(clause_id).label))
        self.window.synoptic.select_clause(clause_id)
        self.update_bands()
        if chosen is not None:
            self.selection_changed.emit(chosen.left, chosen.right)
        else:
            self.selection_changed.emit(
                *((clause_id, "") if side == Side.LEFT else ("", clause_id))
            )

    def _pair_message(self, link: ClauseLink) -> str:
        assert self.comparison is not None
        left = self.comparison.left.clause(link.left).label
        right = self.comparison.right.clause(link.right).label
        anchors = presenter.anchors_note(self.comparison, link, self.catalogue, self.language)
        if link.decided:
            message = self.tr("{0} ↔ {1} · score {2:.2f} · décidée")
        else:
            message = self.tr("{0} ↔ {1} · score {2:.2f} · proposée")
        return message.format(left, right, link.score) + anchors

    def _scroll_into_view(self, side: Side, offset: int) -> None:
        pane = self.pane(side)
        top, bottom = pane.visible_fraction()
        if not top <= pane.fraction_of(offset) <= bottom:
            self._syncing = True
            pane.scroll_to_offset(offset)
            self._syncing = False

    def go(self, stops: list[Stop], forward: bool, end_message: str) -> None:
        """Go to the stop after (before) the clause the reader is on; at an end, say so."""
        if self.comparison is None:
            return
        stop = navigation.step(self.comparison, stops, self.current, forward)
        if stop is None:
            self.explain(end_message)
            return
        self._go_to(stop)

    def _go_to(self, stop: Stop) -> None:
        self._set_choosing(False)
        self._last_click = None
        self.select(stop.side, stop.clause_id, stop.link)
        if stop.link is not None:
            self.picked = {Side.LEFT: stop.link.left, Side.RIGHT: stop.link.right}
        self.current = stop

    def _reading_side(self) -> Side:
        return self.current.side if self.current is not None else Side.LEFT

    @Slot()
    def next_pair(self) -> None:
        if self.comparison is not None:
            stops = navigation.pair_stops(self.comparison, self._reading_side())
            self.go(stops, True, self.tr("Pas de paire plus bas"))

    @Slot()
    def previous_pair(self) -> None:
        if self.comparison is not None:
            stops = navigation.pair_stops(self.comparison, self._reading_side())
            self.go(stops, False, self.tr("Pas de paire plus haut"))

    @Slot()
    def next_unpaired(self) -> None:
        if self.comparison is not None:
            stops = navigation.unpaired_stops(self.comparison)
            self.go(stops, True, self.tr("Pas de clause sans correspondant plus bas"))

    @Slot()
    def previous_unpaired(self) -> None:
        if self.comparison is not None:
            stops = navigation.unpaired_stops(self.comparison)
            self.go(stops, False, self.tr("Pas de clause sans correspondant plus haut"))

    @Slot()
    def next_to_review(self) -> None:
        """The weakest undecided proposal not yet shown in this round (F9).

        A round visits every undecided proposal once, weakest first, wherever the reader stands;
        after the last, the status bar says the round is over and how many remain undecided, and
        the next press starts a new round. A proposal decided meanwhile drops out of the round.
        """
        if self.comparison is None:
            return
        stops = navigation.review_stops(self.comparison)
        if not stops:
            self.review_round = set()
            self.explain(self.tr("Toutes les paires proposées ont été revues"))
            return
        keys = [(s.clause_id, s.link.right if s.link else "") for s in stops]
        left = [stop for stop, key in zip(stops, keys, strict=True) if key not in self.review_round]
        if not left:
            self.review_round = set()
            self.explain(
                self.tr("Tour terminé : {0} paire(s) proposée(s) restent à revoir").format(
                    len(stops)
                )
            )
            return
        stop = left[0]
        assert stop.link is not None
        self.review_round.add((stop.link.left, stop.link.right))
        self._go_to(stop)
        self.window.statusBar().showMessage(
            self.tr("À revoir {0} sur {1} : {2}").format(
                len(stops) - len(left) + 1, len(stops), self._pair_message(stop.link)
            )
        )

    @Slot(str, str)
    def select_row(self, left_id: str, right_id: str) -> None:
        if left_id:
            self.select(Side.LEFT, left_id)
        elif right_id:
            self.select(Side.RIGHT, right_id)

    # -- toggles ---------------------------------------------------------------------------

    @Slot(str, bool)
    def toggle_family(self, family_id: str, shown: bool) -> None:
        if shown:
            self.hidden.discard(family_id)
        else:
            self.hidden.add(family_id)
        self.window.left_pane.set_hidden_groups(self.hidden)
        self.window.right_pane.set_hidden_groups(self.hidden)
        self.window.synoptic.set_hidden_groups(self.hidden)
        self._overview_timer.start()

    @Slot(bool)
    def set_sync_scroll(self, on: bool) -> None:
        self.sync_scroll = on

    @Slot(bool)
    def set_synoptic(self, on: bool) -> None:
        self.window.show_parallel(not on)

    def zoom(self, step: int) -> None:
        for pane in (self.window.left_pane, self.window.right_pane):
            pane.set_point_size(pane.point_size() + step if step else 11)

    # -- geometry: bands, overviews, synchronised scrolling -----------------------------

    @Slot()
    def left_scrolled(self) -> None:
        self._scrolled(Side.LEFT)

    @Slot()
    def right_scrolled(self) -> None:
        self._scrolled(Side.RIGHT)

    def _scrolled(self, side: Side) -> None:
        """The user scrolled one pane: the other follows the pairing, if asked to."""
        if self.sync_scroll and not self._syncing:
            self._syncing = True
            try:
                self._follow(side)
            finally:
                self._syncing = False

    @Slot()
    def view_changed(self) -> None:
        self._bands_timer.start()
        for name, pane in (
            (Side.LEFT, self.window.left_pane),
            (Side.RIGHT, self.window.right_pane),
        ):
            overview = (
                self.window.left_overview if name == Side.LEFT else self.window.right_overview
            )
            overview.set_view(*pane.visible_fraction())
        self._overview_timer.start()

    def _follow(self, side: Side) -> None:
        """Scroll the other pane so the counterpart of the clause at the anchor lines up."""
        if self.comparison is None:
            return
        other = side.other
        pane, other_pane = self.pane(side), self.pane(other)
        document = self.comparison.left if side == Side.LEFT else self.comparison.right
        offset = pane.offset_at_height(SYNC_ANCHOR)
        clauses = [c for c in document.clauses if c.start <= offset] or list(document.clauses[:1])
        for clause in reversed(clauses):
            links = presenter.counterparts(self.comparison, side, clause.clause_id)
            if links:
                target = getattr(links[0], other)
                extent = pane.clause_extents([clause.clause_id]).get(clause.clause_id)
                other_extent = other_pane.clause_extents([target]).get(target)
                if extent is not None and other_extent is not None:
                    # Line the counterpart's top up with this clause's top.
                    other_pane.scroll_by_pixels(other_extent[0] - extent[0])
                return

    @Slot()
    def update_bands(self) -> None:
        comparison = self.comparison
        gutter = self.window.gutter
        if comparison is None:
            gutter.set_bands([])
            return
        self._bands_timer.stop()  # drawn now: a pending turn would only draw them again
        left, right = self.window.left_pane, self.window.right_pane
        # Viewport to gutter is a translation: worked out once per pane, not once per band end.
        left_shift, right_shift = left.map_y_to(gutter, 0.0), right.map_y_to(gutter, 0.0)
        # The gutter reaches above the panes' texts (beside their titles): a band whose two
        # clauses are scrolled just out of view may still cross it there.
        strip = gutter.height()
        links = _in_view(
            comparison,
            left.offsets_between(int(-left_shift), int(strip - left_shift)),
            right.offsets_between(int(-right_shift), int(strip - right_shift)),
        )
        left_extents = left.clause_extents({k.left for k in links})
        right_extents = right.clause_extents({k.right for k in links})
        selected = self.current.link if self.current is not None else None
        bands = []
        for link in links:
            if link.left not in left_extents or link.right not in right_extents:
                continue  # a pane is still showing the previous document
            lt, lb = left_extents[link.left]
            rt, rb = right_extents[link.right]
            bands.append(
                Band(
                    lt + left_shift,
                    lb + left_shift,
                    rt + right_shift,
                    rb + right_shift,
                    link.score,
                    link == selected,
                    decided=link.decided,
                    left_id=link.left,
                    right_id=link.right,
                    tooltip=self._pair_message(link),
                )
            )
        gutter.set_bands(bands)

    @Slot()
    def update_overviews(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        for side, overview in (
            (Side.LEFT, self.window.left_overview),
            (Side.RIGHT, self.window.right_overview),
        ):
            pane = self.pane(side)
            spans = presenter.clause_spans(comparison, side)
            formulas = [m for m in pane.visible_marks() if m.group not in ("phrases", "dim")]
            places = [(s.start, s.end) for s in spans] + [(m.start, m.end) for m in formulas]
            ends = pane.fractions_of(offset for place in places for offset in place)
            marks = []
            for index, span in enumerate(spans):
                colour = (
                    (palette.DECIDED if span.decided else palette.BAND)
                    if span.paired
                    else (palette.SETTLED if span.decided else palette.UNPAIRED)
                )
                marks.append(OverviewMark(ends[2 * index], ends[2 * index + 1], colour, 0))
            for index, mark in enumerate(formulas, start=len(spans)):
                marks.append(OverviewMark(ends[2 * index], ends[2 * index + 1], mark.colour, 1))
            overview.set_marks(marks)
            overview.set_view(*pane.visible_fraction())


def _in_view(
    comparison: Comparison, left_view: tuple[int, int], right_view: tuple[int, int]
) -> list[ClauseLink]:
    """The links whose band crosses the strip between the panes: not those whose two clauses are
    both above the panes' views, or both below (placing every clause of a long treaty at each
    scroll step took most of a redraw, and laid out text nobody was looking at)."""

    def side(start: int, end: int, view: tuple[int, int]) -> int:
        return -1 if end <= view[0] else (1 if start > view[1] else 0)

    kept = []
    for link in comparison.alignment.links:
        left, right = comparison.left.clause(link.left), comparison.right.clause(link.right)
        where = side(left.start, left.end, left_view), side(right.start, right.end, right_view)
        if where[0] == 0 or where[0] != where[1]:
            kept.append(link)
    return kept
