"""The comparison controller: which documents are open, and their comparison, computed off-thread.

Signals:
    comparison_ready(object): a new :class:`corpus.compare.comparison.Comparison` is ready to show.
    failed(object): opening or comparing failed (the exception); the comparison shown is kept.
    busy_changed(bool): a comparison is being computed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from app.comparison.presenter import showable
from app.shell.workers import LatestOnlyWorker
from corpus.compare.comparison import CompareSettings, Comparison, compare
from corpus.formulas.catalogue import Catalogue
from corpus.model import Document, Side
from corpus.text.documents import open_document


@dataclass(frozen=True, slots=True)
class _Request:
    left: str
    right: str


class ComparisonController(QObject):
    """Opens documents by path or bundled id and compares them in the background."""

    comparison_ready = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        catalogue: Catalogue,
        settings: CompareSettings | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        opener: Callable[[str], Document] = open_document,
        fallback: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        #: What each side shows when its document is gone (removed from the library, missing at
        #: start) or when one side is opened before any comparison was shown.
        self.fallback = fallback
        self._open = opener  # runs in the worker thread
        self.settings = settings or CompareSettings()
        self.current: Comparison | None = None
        self._specs = _Request("", "")
        self._worker = LatestOnlyWorker(pool, self)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self.failed)
        self._worker.busy_changed.connect(self.busy_changed)

    @property
    def specs(self) -> tuple[str, str]:
        """The paths or bundled ids of the documents open (left, right)."""
        return self._specs.left, self._specs.right

    def open_pair(self, left: str, right: str) -> int:
        """Open and compare two documents (paths or bundled ids); returns the request id."""
        catalogue, settings, opener = self.catalogue, self.settings, self._open

        def work() -> tuple[_Request, Comparison]:
            # What the panes cannot lay out is refused here, with a message, before the
            # window freezes on it.
            documents = showable(opener(left)), showable(opener(right))
            return _Request(left, right), compare(*documents, catalogue, settings)

        return self._worker.submit(work)

    def open_side(self, side: Side, spec: str) -> int:
        """Replace one side's document, keep the other."""
        left, right = self.specs
        left, right = left or self.fallback[0], right or self.fallback[1]
        return self.open_pair(spec, right) if side == Side.LEFT else self.open_pair(left, spec)

    def close_document(self, path: str) -> int | None:
        """Put the fallback in place of the document at ``path`` wherever it is open (it was
        removed); returns the request id, or ``None`` when it was not open."""
        shown = self.current
        if shown is None:
            return None
        left = shown.left.document.path == path
        right = shown.right.document.path == path
        if not (left or right):
            return None
        specs = self.specs
        return self.open_pair(
            self.fallback[0] if left else specs[0], self.fallback[1] if right else specs[1]
        )

    def swap(self) -> int:
        left, right = self.specs
        return self.open_pair(right, left)

    def recompute(self, settings: CompareSettings) -> int:
        self.settings = settings
        return self.open_pair(*self.specs)

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._worker.wait(milliseconds)

    def close(self) -> None:
        """Compare nothing more, and drop a comparison that arrives after (the window closed)."""
        self._worker.close()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        request, comparison = cast(tuple[_Request, Comparison], result)
        self._specs = request
        self.current = comparison
        self.comparison_ready.emit(comparison)


def document_label(document: Document) -> str:
    """A short name for a document: its title, else its id."""
    return document.meta.title or document.doc_id
