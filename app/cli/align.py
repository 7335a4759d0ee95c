"""``align``: compare two declarations and print their clause pairs and shared phrases."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the engine loads NumPy: only when a comparison is run
    from corpus.compare.analysis import AnalyzedDocument
    from corpus.compare.comparison import CompareSettings, Comparison


def run_comparison(left: str, right: str, settings: CompareSettings) -> Comparison:
    """Open two documents (paths or bundled ids) and compare them.

    Raises:
        CorpusError: a document cannot be read.
    """
    from app.cli.options import lost_message, lost_report, user_decisions
    from corpus.compare.analysis import analyze
    from corpus.compare.comparison import compare_analyzed
    from corpus.formulas import finder as formulas
    from corpus.text.documents import open_document

    catalogue = formulas.load_catalogue(formulas.default_user_catalogue_path())
    for problem in catalogue.problems:
        print(f"vis-a-vis: warning: {problem}", file=sys.stderr)
    left_doc = analyze(open_document(left), catalogue)
    right_doc = analyze(open_document(right), catalogue)
    # The analyst's decisions kept in the user's library apply here as in the window.
    with user_decisions(create=False) as store:
        resolved = store.load(left_doc, right_doc) if store is not None else None
    for item in resolved.lost if resolved is not None else ():
        print(f"vis-a-vis: warning: {lost_message(lost_report(item))}", file=sys.stderr)
    decisions = resolved.decisions if resolved is not None else ()
    return compare_analyzed(left_doc, right_doc, catalogue, settings, decisions)


def _side(document: AnalyzedDocument) -> dict[str, Any]:
    from corpus.text.fileoffsets import FILE_OFFSETS, TEXT_OFFSETS, file_fields, file_spans

    compared = {c.clause_id for c in document.clauses}
    raw = document.document.raw
    in_file = file_spans(document.document)
    return {
        "path": document.document.path,
        "title": document.document.meta.title,
        "date": document.document.meta.date,
        "offsets": {
            "start_end": TEXT_OFFSETS,
            "file_start_end": FILE_OFFSETS if in_file is not None else None,
        },
        "clauses": [
            {
                "id": c.clause_id,
                "label": c.label,
                "text": raw[c.start : c.end],
                "start": c.start,
                "end": c.end,
                **file_fields(in_file, c.start, c.end),
                "compared": c.clause_id in compared,
            }
            for c in document.segmentation.clauses
        ],
    }


def report(comparison: Comparison) -> dict[str, Any]:
    """The JSON report of a comparison, raw-text offsets throughout."""
    from corpus.compare.align import strength

    return {
        "left": _side(comparison.left),
        "right": _side(comparison.right),
        "pairs": [
            {
                "left": link.left,
                "right": link.right,
                "score": link.score,
                "strength": strength(link.score),
                "by": link.by.value,
            }
            for link in comparison.alignment.links
        ],
        "unpaired": {
            "left": list(comparison.alignment.unpaired_left),
            "right": list(comparison.alignment.unpaired_right),
        },
        "phrases": [
            {
                "left": [p.left.start, p.left.end],
                "right": [p.right.start, p.right.end],
                "text": p.text,
                "words": p.words,
                "exact": p.exact,
                "family": p.family,
            }
            for p in comparison.phrases
        ],
        "formulas_only_in": {
            "left": list(comparison.only_left),
            "right": list(comparison.only_right),
        },
        "similarity": comparison.similarity,
        "relation": comparison.relation,
        "basis": comparison.basis,
        "settings": {
            "threshold": comparison.settings.threshold,
            "min_words": comparison.settings.min_words,
            "catalogue_version": comparison.catalogue_version,
        },
    }


def format_text(comparison: Comparison) -> str:
    """A listing for people: pairs with labels and scores, then the summary."""
    left, right = comparison.left, comparison.right
    lines = [
        f"{left.document.meta.title}  ↔  {right.document.meta.title}",
        f"similarity {comparison.similarity:.0%}, {len(comparison.alignment.links)} pairs, "
        f"{len(comparison.phrases)} shared phrases, "
        f"{comparison.alignment.reviewed} pairs reviewed",
        "",
    ]
    for link in comparison.alignment.links:
        lines.append(
            f"{left.clause(link.left).label:<24} ↔ {right.clause(link.right).label:<24} "
            f"{link.score:.2f}{'  ✓ analyst' if link.decided else ''}"
        )
    lines.append("")
    for side, families in (("left", comparison.only_left), ("right", comparison.only_right)):
        if families:
            lines.append(f"only in {side}: {', '.join(families)}")
    return "\n".join(lines) + "\n"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``align`` subcommand."""
    from app.cli.options import add_compare_options

    parser = subparsers.add_parser("align", help="pair the clauses of two declarations")
    parser.add_argument("left", help="a text file, or the id of a bundled declaration")
    parser.add_argument("right", help="a text file, or the id of a bundled declaration")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_compare_options(parser)
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.compare.comparison import CompareSettings

    comparison = run_comparison(
        options.left, options.right, CompareSettings(options.threshold, options.min_words)
    )
    if options.json:
        print_json(report(comparison))
    else:
        sys.stdout.write(format_text(comparison))
    return 0
