"""Where the analyst's review is wired: engine → review → reader, and the decision actions.

Every comparison the engine computes passes through the review controller, which applies the
decisions the library keeps; the Pairs menu, the panes' context menus, the connector strip and
the Edit menu's undo and redo act on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from app.comparison.controller import ComparisonController
from app.comparison.reader import ComparisonView
from app.comparison.wiring import show_warning
from app.review.controller import ReviewController
from app.review.pairs import PairsModel, pair_rows
from corpus.compare.comparison import Comparison
from corpus.model import Side
from widgets.actions import Act
from widgets.mainwindow import MainWindow


def connect_review(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    review: ReviewController,
) -> None:
    """Wire the review controller between the comparison controller and the reader."""
    controller.comparison_ready.connect(review.take)
    review.comparison_ready.connect(reader.show_comparison)
    review.pairs_changed.connect(reader.update_pairs)
    review.lost.connect(lambda message: show_warning(window, message))
    review.failed.connect(lambda error: show_warning(window, error))
    window.gutter.band_activated.connect(reader.select_pair)
    connect_pairs_dock(window, reader, review)

    actions = window.action
    stack = review.undo_stack
    actions(Act.UNDO).triggered.connect(stack.undo)
    actions(Act.REDO).triggered.connect(stack.redo)
    stack.canUndoChanged.connect(actions(Act.UNDO).setEnabled)
    stack.canRedoChanged.connect(actions(Act.REDO).setEnabled)
    stack.undoTextChanged.connect(_ActionText(actions(Act.UNDO)).show)
    stack.redoTextChanged.connect(_ActionText(actions(Act.REDO)).show)
    actions(Act.NEXT_TO_REVIEW).triggered.connect(reader.next_to_review)
    actions(Act.LINK).triggered.connect(lambda: _link(reader, review))
    actions(Act.CANCEL_CHOICE).triggered.connect(reader.cancel_choice)
    actions(Act.UNLINK).triggered.connect(lambda: _on_pair(reader, review.unlink))
    actions(Act.CONFIRM).triggered.connect(lambda: _on_pair(reader, review.confirm))
    actions(Act.NO_COUNTERPART).triggered.connect(lambda: _no_counterpart(reader, review))


def connect_pairs_dock(
    window: MainWindow, reader: ComparisonView, review: ReviewController
) -> None:
    """The pairs dock, in step with the panes and the synoptic view both ways: a row chosen
    selects its pair (or clause); a pair selected anywhere puts the list on its row."""
    model = PairsModel(window.pairs)
    window.pairs.set_model(model)

    def refill(comparison: Comparison) -> None:
        model.set_rows(pair_rows(comparison, review.decisions()))
        window.pairs.set_progress(model.reviewed(), len(model.rows))
        current = reader.current
        if current is not None and current.link is not None:
            window.pairs.select(current.link.left, current.link.right)
        elif current is not None:
            key = (current.clause_id, "") if current.side == "left" else ("", current.clause_id)
            window.pairs.select(*key)

    def chosen(left: str, right: str) -> None:
        if left and right:
            reader.select_pair(left, right)
        elif left or right:
            reader.select(Side.LEFT if left else Side.RIGHT, left or right)

    # After the reader: its selection is the one the list follows.
    review.comparison_ready.connect(refill)
    review.pairs_changed.connect(refill)
    window.pairs.pair_chosen.connect(chosen)
    reader.selection_changed.connect(window.pairs.select)


class _ActionText(QObject):
    """Names what an action would undo or redo ("Annuler lier IV ¶4 ↔ 1."). A child of the
    action, so the connection ends with it (the undo stack still speaks while the window is
    being destroyed)."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self._action = action
        self._prefix = action.text()

    @Slot(str)
    def show(self, text: str) -> None:
        self._action.setText(f"{self._prefix} {text}" if text else self._prefix)


def _link(reader: ComparisonView, review: ReviewController) -> None:
    pair = reader.picked_pair()
    if pair is None:
        reader.explain(
            QCoreApplication.translate(
                "review_wiring", "Pour lier : choisir une clause à gauche, puis une à droite"
            )
        )
    else:
        review.link(*pair)
        reader.show_link(*pair)  # the new link, selected where the two clauses are


def _on_pair(reader: ComparisonView, act: Callable[[str, str], None]) -> None:
    current = reader.current
    if current is None or current.link is None:
        reader.explain(
            QCoreApplication.translate(
                "review_wiring", "Choisir d’abord une paire (clic sur une clause ou un connecteur)"
            )
        )
        return
    act(current.link.left, current.link.right)


def _no_counterpart(reader: ComparisonView, review: ReviewController) -> None:
    current = reader.current
    if current is None:
        reader.explain(QCoreApplication.translate("review_wiring", "Choisir d’abord une clause"))
        return
    review.no_counterpart(current.side, current.clause_id)
