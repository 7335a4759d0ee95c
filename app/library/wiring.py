"""The library and its search, wired into the window: the library panel (open, add, edit, remove),
the search panel (search as you type, documents with counts, open a hit, CSV), "where else".

Like ``app.comparison.wiring`` for the comparison, this is where the library's signals are
connected; the widgets only emit intent and the controllers only do work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.comparison.controller import ComparisonController
from app.comparison.reader import ComparisonView
from app.comparison.wiring import document_filter, show_warning
from app.library.controller import LibraryController
from app.library.search import LibrarySearchController
from app.library.search_model import ConcordanceModel, export_csv, summary
from app.shell.messages import for_user
from app.shell.places import Places
from corpus.errors import CorpusError
from corpus.library.api import ImportOutcome, ImportStatus, LibraryEntry
from corpus.library.hits import DocumentHits, Hit, SearchResult
from corpus.library.where_else import MIN_SCORE, Precedent
from corpus.model import MetaOrigins, Side
from corpus.text.countries import display_parties
from widgets.actions import Act
from widgets.mainwindow import MainWindow
from widgets.metadialog import MetadataDialog
from widgets.whereelse import PrecedentRow

#: Failed imports listed by name in the message; more are counted.
LISTED_FAILURES = 8


def connect_library(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    library: LibraryController,
    places: Places | None = None,
) -> None:
    """Wire the library panel: open a document on a side, add files and folders, edit, remove;
    the dialogs open where ``places`` says."""
    folders = places if places is not None else Places()
    panel = window.library
    entries: dict[str, LibraryEntry] = {}

    def show_entries(listed: object) -> None:
        entries.clear()
        entries.update((e.key, e) for e in listed)  # type: ignore[attr-defined]
        panel.set_documents(
            # Parties in the reader's language; the entries keep the stored (English) names.
            [
                (e.key, replace(e.meta, parties=display_parties(e.meta.parties, reader.language)))
                for e in entries.values()
            ],
            fixed=[e.key for e in entries.values() if e.bundled],
        )

    def open_on(key: str, side: Side) -> None:
        if key in entries:
            controller.open_side(side, entries[key].path)

    def add_files() -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            window,
            QCoreApplication.translate("wiring", "Ajouter à la bibliothèque"),
            folders.start_in(),
            document_filter(),
        )
        if paths:
            folders.chose(paths[0])
            library.add_paths(paths)

    def add_folder() -> None:
        folder = QFileDialog.getExistingDirectory(
            window,
            QCoreApplication.translate("wiring", "Ajouter un dossier à la bibliothèque"),
            folders.start_in(),
        )
        if folder:
            folders.chose(folder)
            library.add_paths([folder])

    def edit(key: str) -> None:
        if key not in entries:
            return
        dialog = MetadataDialog(entries[key].meta, window)
        dialog.setObjectName("metadata_dialog")

        def save() -> None:
            library.set_meta(key, dialog.meta())
            if reader.side_showing(entries[key].path):  # shown: show the new title at once
                controller.open_pair(*controller.specs)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def confirm(key: str) -> None:
        """The user confirms what was guessed of a document: its guessed title, date and
        parties become the user's, as they are."""
        if key not in entries:
            return
        meta = entries[key].meta
        guessed = [
            name
            for name in MetaOrigins.FIELDS
            if getattr(meta, name) and getattr(meta.origins, name).guessed
        ]
        if guessed:
            library.set_meta(key, replace(meta, origins=meta.origins.by_user(*guessed)))

    def remove(key: str) -> None:
        if key not in entries:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("wiring", "Retirer de la bibliothèque"),
            QCoreApplication.translate(
                "wiring",
                "Retirer « {0} » de la bibliothèque ? La copie qu’elle en garde est "
                "supprimée ; le fichier d’origine n’est pas touché.",
            ).format(entries[key].meta.title or key),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            window,
        )
        box.setObjectName("remove_box")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        path = entries[key].path

        def confirmed() -> None:
            library.remove(key)
            # A pane showing it falls back to the default declaration, never to a dead path.
            controller.close_document(path)

        box.accepted.connect(confirmed)
        box.open()

    def busy(on: bool) -> None:
        window.set_busy(on)
        # On False the outcome (if any) follows at once and replaces the empty line.
        panel.set_status(QCoreApplication.translate("wiring", "Import en cours…") if on else "")

    library.entries_changed.connect(show_entries)
    library.imported.connect(lambda outcomes: report_import(window, outcomes))
    library.failed.connect(lambda error: show_warning(window, error))
    library.busy_changed.connect(busy)

    def progress(done: int, total: int) -> None:
        if total < 2:  # one file: "Import en cours…" says enough
            return
        window.set_progress(done, total)
        panel.set_status(
            QCoreApplication.translate("wiring", "Import : {0} fichiers sur {1}…").format(
                done, total
            )
        )

    library.import_progress.connect(progress)

    def waiting() -> None:
        message = QCoreApplication.translate(
            "wiring", "Un autre programme ajoute des documents à la bibliothèque ; l’import attend."
        )
        panel.set_status(message)
        window.statusBar().showMessage(message, 10000)

    library.waiting.connect(waiting)
    panel.open_requested.connect(open_on)
    panel.document_activated.connect(lambda key: open_on(key, Side.RIGHT))
    panel.edit_requested.connect(edit)
    panel.confirm_requested.connect(confirm)
    panel.remove_requested.connect(remove)
    panel.add_files_requested.connect(add_files)
    panel.add_folder_requested.connect(add_folder)
    panel.files_dropped.connect(library.add_paths)
    window.action(Act.ADD_FILES).triggered.connect(add_files)
    window.action(Act.ADD_FOLDER).triggered.connect(add_folder)
    show_entries(library.entries())


def report_import(window: MainWindow, outcomes: Sequence[ImportOutcome]) -> None:
    """Say what an import did: counts in the panel, and a message listing the failures."""
    counts = {status: 0 for status in ImportStatus}
    for outcome in outcomes:
        counts[outcome.status] += 1
    phrases = {
        ImportStatus.ADDED: QCoreApplication.translate("wiring", "{0} ajouté(s)"),
        ImportStatus.UPDATED: QCoreApplication.translate("wiring", "{0} mis à jour"),
        ImportStatus.DUPLICATE: QCoreApplication.translate("wiring", "{0} déjà présent(s)"),
        ImportStatus.FAILED: QCoreApplication.translate("wiring", "{0} en échec"),
    }
    line = ", ".join(phrases[s].format(n) for s, n in counts.items() if n)
    added = [o.key for o in outcomes if o.status is not ImportStatus.FAILED and o.key]
    guessed = sum(window.library.has_guesses(key) for key in added)
    if guessed:
        # What the rules read may be wrong: say so while the user looks at the new documents.
        line += QCoreApplication.translate(
            "wiring",
            " ; titre, date ou parties déduits pour {0} (en italique) : clic droit pour les "
            "confirmer ou les corriger",
        ).format(guessed)
    window.library.set_status(
        line if outcomes else QCoreApplication.translate("wiring", "Aucun document à ajouter.")
    )
    window.statusBar().showMessage(line, 10000)
    if added:
        window.library.select(added[-1])
    failures = [o for o in outcomes if o.status is ImportStatus.FAILED]
    if failures:
        listed = [f"• {_failure(o)}" for o in failures[:LISTED_FAILURES]]
        if len(failures) > LISTED_FAILURES:
            listed.append(
                QCoreApplication.translate("wiring", "… et {0} autre(s)").format(
                    len(failures) - LISTED_FAILURES
                )
            )
        show_warning(
            window,
            QCoreApplication.translate("wiring", "Ces fichiers n’ont pas été ajoutés :")
            + "\n"
            + "\n".join(listed),
        )


def _failure(outcome: ImportOutcome) -> str:
    """Why a file was not added, in the interface's language."""
    if outcome.error is not None:
        return for_user(outcome.error)
    return outcome.message or outcome.source


def show_notices(window: MainWindow, notices: Sequence[str]) -> None:
    """Tell the user what opening the library found (a damaged database set aside and rebuilt)."""
    if notices:
        show_warning(
            window,
            QCoreApplication.translate("wiring", "À l’ouverture de la bibliothèque :")
            + "\n"
            + "\n".join(f"• {n}" for n in notices),
        )


def connect_search(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    search: LibrarySearchController,
    results: ConcordanceModel,
    places: Places | None = None,
) -> WhereElseResults:
    """Wire the search panel: search as you type, documents with counts, open a hit, CSV, and
    "where else" on the selected clause (whose results it returns, to carry over)."""
    chosen = places if places is not None else Places()
    panel = window.search
    panel.set_model(results)
    panel.query_changed.connect(search.set_query)
    panel.stemmed_changed.connect(search.set_stemmed)
    panel.filters_changed.connect(search.set_filters)
    panel.document_chosen.connect(results.set_document)

    def show_result(result: SearchResult, status: str) -> None:
        results.set_result(result)
        panel.set_documents([(d.key, _label(d), d.count) for d in result.documents])
        panel.set_status(status)

    def show(result: object) -> None:
        assert isinstance(result, SearchResult)
        show_result(result, summary(result) if result.query.strip() else "")

    search.results_ready.connect(show)
    search.failed.connect(lambda error: panel.set_status(for_user(error)))

    def open_hit(hit: object) -> None:
        assert isinstance(hit, Hit)
        reader.pending_hit = (hit.path, hit.start, hit.end)
        if reader.side_showing(hit.path):
            reader.show_pending_hit()
        else:
            controller.open_side(Side.RIGHT, hit.path)

    panel.hit_activated.connect(open_hit)

    panel.export_requested.connect(lambda: _export_csv(window, results, chosen))
    return connect_where_else(window, reader, controller, search)


@dataclass
class WhereElseResults:
    """The last "where else?" question and its answer, carried to the window that replaces
    this one (a language switch rebuilds the window; the results are kept, in the new
    language)."""

    asked: dict[str, str] = field(default_factory=dict)  # the side, clause id and label
    precedents: list[Precedent] = field(default_factory=list)
    answered: bool = False
    show: Callable[[object], None] = lambda _found: None

    def carry_to(self, successor: WhereElseResults) -> None:
        """Show these results in the successor's window."""
        if self.answered:
            successor.asked.update(self.asked)
            successor.show(self.precedents)


def connect_where_else(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    search: LibrarySearchController,
) -> WhereElseResults:
    """Wire "where else?": the precedents of the selected clause in their own view, by
    similarity; one opens in the other pane, its clause marked, the source clause kept."""
    view = window.where_else
    view.set_floor(MIN_SCORE)
    results = WhereElseResults()
    asked = results.asked  # the side, clause id and label asked about last

    def find() -> None:
        current, comparison = reader.current, reader.comparison
        if current is None or comparison is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("wiring", "Choisissez d’abord une clause."), 5000
            )
            return
        source = comparison.left if current.side == Side.LEFT else comparison.right
        label = source.clause(current.clause_id).label
        asked.update(side=current.side, clause=current.clause_id, label=label)
        view.set_precedents([])
        view.set_status(QCoreApplication.translate("wiring", "Où ailleurs : {0}…").format(label))
        window.show_where_else()
        search.where_else(source, current.clause_id)

    def show(found: object) -> None:
        precedents = list(found)  # type: ignore[call-overload]
        results.precedents, results.answered = precedents, True
        view.set_precedents([precedent_row(p, reader.language) for p in precedents])
        documents = {p.doc_id for p in precedents}
        view.set_status(
            QCoreApplication.translate(
                "wiring", "Où ailleurs : {0} — {1} clause(s) semblable(s) dans {2} document(s)"
            ).format(asked.get("label", ""), len(precedents), len(documents))
        )

    def open_precedent(key: object) -> None:
        assert isinstance(key, Precedent)
        source_side = Side(asked.get("side", Side.LEFT))
        other = source_side.other
        reader.pending_hit = (key.path, key.start, key.end)
        if reader.side_showing(key.path) == other:
            reader.show_pending_hit()
            return
        source_clause = asked.get("clause", "")

        def reselect(_comparison: object) -> None:
            controller.comparison_ready.disconnect(reselect)
            if source_clause:  # the source document did not change: its clause ids hold
                reader.select(source_side, source_clause)
            reader.show_pending_hit()

        controller.comparison_ready.connect(reselect)
        controller.open_side(other, key.path)

    search.precedents_ready.connect(show)
    view.precedent_activated.connect(open_precedent)
    window.action(Act.WHERE_ELSE).triggered.connect(find)
    results.show = show
    return results


def precedent_row(precedent: Precedent, language: str) -> PrecedentRow:
    """What the "where else?" view shows of a precedent (the precedent itself as the key)."""
    return PrecedentRow(
        precedent,
        precedent.title,
        precedent.date,
        ", ".join(display_parties(precedent.parties, language)),
        precedent.label,
        precedent.score,
        precedent.text,
    )


def _label(document: DocumentHits) -> str:
    return " · ".join(x for x in (document.date, document.title or Path(document.path).name) if x)


def _export_csv(window: MainWindow, results: ConcordanceModel, places: Places) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("wiring", "Exporter les résultats en CSV"),
        places.start_in("recherche.csv"),
        "CSV (*.csv)",
    )
    if not path:
        return
    places.chose(path)
    try:
        export_csv(results.hits(), Path(path))
    except CorpusError as exc:
        show_warning(window, str(exc))
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("wiring", "CSV écrit : {0}").format(path), 10000
        )
