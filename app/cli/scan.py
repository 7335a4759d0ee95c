"""``scan``: segment one declaration and find its formulas, as JSON or as a readable listing."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from corpus.formulas import finder as formulas
from corpus.model import MetaOrigin
from corpus.text.documents import open_document
from corpus.text.fileoffsets import FILE_OFFSETS, TEXT_OFFSETS, file_fields, file_spans
from corpus.text.segment import segment


def scan(spec: str) -> dict[str, Any]:
    """Build the ``scan`` report of a file path or bundled id.

    Raises:
        CorpusError: the document cannot be read.
    """
    document = open_document(spec)
    segmentation = segment(document.raw)
    catalogue = formulas.load_catalogue(formulas.default_user_catalogue_path())
    for problem in catalogue.problems:
        print(f"vis-a-vis: warning: {problem}", file=sys.stderr)
    hits = formulas.find_formulas(document.raw, catalogue)
    sections = {s.section_id: s.label or s.heading for s in segmentation.sections}
    meta = document.meta
    in_file = file_spans(document)
    return {
        "path": document.path,
        "title": meta.title,
        "date": meta.date,
        "parties": list(meta.parties),
        "origins": meta.origins.as_dict(),
        "kind": meta.kind,
        "language": meta.language,
        "encoding": document.encoding,
        "offsets": {
            "start_end": TEXT_OFFSETS,
            "file_start_end": FILE_OFFSETS if in_file is not None else None,
        },
        "clauses": [
            {
                "id": clause.clause_id,
                "label": clause.label,
                "kind": clause.kind.value,
                "text": document.raw[clause.start : clause.end],
                "start": clause.start,
                "end": clause.end,
                **file_fields(in_file, clause.start, clause.end),
                "section": sections.get(clause.section) if clause.section else None,
                "front_matter": clause.front_matter,
            }
            for clause in segmentation.clauses
        ],
        "formulas": [
            {"family": hit.family, "start": hit.start, "end": hit.end, "text": hit.text}
            for hit in hits
        ],
    }


def _guessed(origin: str) -> str:
    """ " (guessed from the signature)" after a field a rule read in the text, else nothing."""
    if not origin or not MetaOrigin(origin).guessed:
        return ""
    return f" (guessed from the {origin})" if origin != "body" else " (guessed)"


def format_text(report: dict[str, Any]) -> str:
    """A listing for people: one line per clause, then the formulas found."""
    origins = report["origins"]
    lines = [
        f"{report['title']}{_guessed(origins['title'])}",
        f"{report['date'] or 'date unknown'}{_guessed(origins['date'] if report['date'] else '')}"
        f" · {', '.join(report['parties']) or 'parties unknown'}"
        f"{_guessed(origins['parties'] if report['parties'] else '')}",
        f"{len(report['clauses'])} clauses, {len(report['formulas'])} formula hits",
        "",
    ]
    for clause in report["clauses"]:
        flag = " (front matter)" if clause["front_matter"] else ""
        lines.append(
            f"{clause['label']:<24} {clause['kind']:<9} {clause['start']}-{clause['end']}{flag}"
        )
    lines.append("")
    for hit in report["formulas"]:
        lines.append(f"{hit['family']:<26} {hit['start']}-{hit['end']}  {hit['text']!r}")
    return "\n".join(lines) + "\n"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``scan`` subcommand."""
    parser = subparsers.add_parser("scan", help="segment a declaration and find its formulas")
    parser.add_argument("file", help="a text file, or the id of a bundled declaration")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli.options import print_json

    report = scan(options.file)
    if options.json:
        print_json(report)
    else:
        sys.stdout.write(format_text(report))
    return 0
