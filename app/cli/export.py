"""``export``: write a comparison of two declarations as a highlighted PDF, without a window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` subcommand."""
    from app.cli.options import add_compare_options

    parser = subparsers.add_parser("export", help="write a comparison as a highlighted PDF")
    parser.add_argument("left", help="a text file, or the id of a bundled declaration")
    parser.add_argument("right", help="a text file, or the id of a bundled declaration")
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT.pdf", help="the PDF to write"
    )
    parser.add_argument(
        "--layout",
        choices=("synoptic", "parallel"),
        default="synoptic",
        help="rows of paired clauses (default) or both texts in two columns",
    )
    parser.add_argument(
        "--language",
        choices=("fr", "en"),
        default="fr",
        help="language of the report's own words (default fr)",
    )
    add_compare_options(parser)
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli.align import run_comparison
    from corpus.compare.comparison import CompareSettings
    from corpus.formulas.finder import default_user_catalogue_path, load_catalogue

    options.output = output_path(options.output, (options.left, options.right))
    comparison = run_comparison(
        options.left, options.right, CompareSettings(options.threshold, options.min_words)
    )
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing a PDF needs no screen
    from PySide6.QtGui import QGuiApplication

    from app.report.pdf import export_pdf
    from app.shell.fonts import register_bundled_fonts

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    register_bundled_fonts()  # the fonts the PDF embeds, when run from the bundle
    catalogue = load_catalogue(default_user_catalogue_path())
    export_pdf(comparison, catalogue, options.output, options.layout, options.language)
    del app
    print(options.output)
    return 0


def output_path(output: Path, inputs: tuple[str, ...]) -> Path:
    """The PDF to write: ``.pdf`` added to a name without a suffix, never one of the inputs.

    Raises:
        ExportError: the output is one of the declarations compared, or is there and is not a
            regular file (a device, a folder, a pipe).
    """
    from app.report.pdf import ExportError
    from corpus.errors import Reason

    if os.path.lexists(output) and not output.is_file():  # "-o /dev/null": never /dev/null.pdf
        raise ExportError(Reason.CANNOT_WRITE_NOT_A_FILE, output)
    if not output.suffix:
        output = output.with_name(output.name + ".pdf")
    for spec in inputs:
        source = Path(spec)
        if source.exists() and output.exists() and os.path.samefile(source, output):
            raise ExportError(Reason.CANNOT_WRITE_A_TEXT_COMPARED, output, text=spec)
        if source.resolve() == output.resolve():
            raise ExportError(Reason.CANNOT_WRITE_A_TEXT_COMPARED, output, text=spec)
    return output
