"""``export``: write a comparison of two declarations as a PDF, a CSV table or a Word document,
chosen by the output's extension, without a window.

The report's words are in the environment's language (LC_ALL, LC_MESSAGES, LANG, as the window
reads them first) unless ``--language`` says otherwise.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from corpus.errors import Reason


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` subcommand."""
    from app.cli.options import add_compare_options

    parser = subparsers.add_parser(
        "export", help="write a comparison as a PDF, a CSV table or a Word document"
    )
    parser.add_argument("left", help="a text file, or the id of a bundled declaration")
    parser.add_argument("right", help="a text file, or the id of a bundled declaration")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the file to write: OUT.pdf, OUT.csv (the pairs and decisions, UTF-8), OUT.docx "
        "(Word) or OUT.vavcmp (both texts and the decisions, for 'open OUT.vavcmp' on another "
        "computer); .pdf is added to a name without extension",
    )
    parser.add_argument(
        "--layout",
        choices=("synoptic", "parallel"),
        default="synoptic",
        help="the PDF's layout: rows of paired clauses (default) or both texts in two columns",
    )
    parser.add_argument(
        "--language",
        choices=("fr", "en"),
        default=None,
        help="language of the report's own words (default: the environment's locale)",
    )
    add_compare_options(parser)
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli.align import run_comparison
    from app.report.exports import ExportRequest, export
    from app.shell import i18n
    from corpus.compare.comparison import CompareSettings
    from corpus.formulas.finder import default_user_catalogue_path, load_catalogue

    options.output = output_path(options.output, (options.left, options.right))
    language = options.language or i18n.system_language()
    comparison = run_comparison(
        options.left, options.right, CompareSettings(options.threshold, options.min_words)
    )
    catalogue = load_catalogue(default_user_catalogue_path())
    rows: tuple[dict[str, object], ...] = ()
    if options.output.suffix.lower() == ".vavcmp":  # the comparison saved with its decisions
        from app.cli.options import user_decisions

        with user_decisions(create=False) as book:
            rows = tuple(book.rows()) if book is not None else ()
    request = ExportRequest(
        options.output, options.layout, language, i18n.translator_for(language), None, rows
    )
    if options.output.suffix.lower() != ".pdf":
        export(comparison, catalogue, request)
    else:
        from app.cli.timeline import screenless_application

        app = screenless_application(fonts=True)  # drawing a PDF needs no screen
        export(comparison, catalogue, request)
        del app
    print(options.output)
    return 0


def output_path(output: Path, inputs: tuple[str, ...]) -> Path:
    """The file to write: ``.pdf`` added to a name without a suffix, never one of the inputs
    (a file, or a bundled declaration named by its id) and never in the program's own data,
    checked before the comparison is computed.

    Raises:
        ExportError: the extension is not one written here, the folder does not exist, the
            output is one of the declarations compared, is inside the program's data folder,
            or is there and is not a regular file (a device, a folder, a pipe).
    """
    from app.report.exports import check_request
    from app.report.output import ExportError
    from corpus.datafiles import DATA

    if os.path.lexists(output) and not output.is_file():  # "-o /dev/null": never /dev/null.pdf
        raise ExportError(Reason.CANNOT_WRITE_NOT_A_FILE, output)
    if not output.suffix:
        output = output.with_name(output.name + ".pdf")
    target = output.resolve()
    if target.is_relative_to(DATA.resolve()):  # a bundled declaration, the catalogue...
        raise ExportError(Reason.CANNOT_WRITE_PROGRAM_DATA, output)
    for spec in inputs:
        source = _input_file(spec)
        if source is None:
            continue
        same = source.exists() and output.exists() and os.path.samefile(source, output)
        if same or source.resolve() == target:
            raise ExportError(Reason.CANNOT_WRITE_A_TEXT_COMPARED, output, text=spec)
    check_request(output)
    return output


def _input_file(spec: str) -> Path | None:
    """The file a declaration given on the command line is read from: the path, else the
    bundled declaration of that id (as ``open_document`` chooses), else ``None``."""
    from corpus.text import bundled

    path = Path(spec).expanduser()
    if path.exists():
        return path
    doc_id = bundled.resolve_bundled_id(spec)
    return bundled.bundled_path(doc_id) if doc_id is not None else None
