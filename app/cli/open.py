"""``open``: open the window on a comparison; with ``--screenshot``, save a picture of it and exit.

The screenshot is taken once the comparison is computed and drawn, at ``--size`` (1600 by 950
by default): the window is laid out as on a screen of that size (a first start fits it, a
remembered geometry is clamped to it), then drawn at that size. The picture is written to a
temporary file and moved into place. With ``--json`` the layout drawn is printed: the window's
size, each pane's width and characters per line, each dock's visibility (and whether it
is a tab behind or before another). Without a screen, Qt
runs offscreen for the screenshot.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

SHOT_SIZE = (1600, 950)
#: The smallest window ``--size`` accepts.
MIN_SIZE = (480, 360)
APPEARANCES = {"system": "", "light": "light", "dark": "dark"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``open`` subcommand."""
    parser = subparsers.add_parser(
        "open", help="open the window on two declarations, or on a saved comparison"
    )
    parser.add_argument(
        "left",
        help="a text file, or the id of a bundled declaration; or a saved comparison (.vavcmp), "
        "alone",
    )
    parser.add_argument("right", nargs="?", help="a text file, or the id of a bundled declaration")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="save a picture of the whole window and exit",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=SHOT_SIZE,
        help="with --screenshot: lay the window out as on a screen of this size and draw it at "
        f"this size (default {SHOT_SIZE[0]}x{SHOT_SIZE[1]})",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="with --screenshot: print the layout drawn (window, panes' width and characters "
        "per line, docks)",
    )
    parser.add_argument(
        "--appearance",
        choices=tuple(APPEARANCES),
        help="light or dark, instead of the remembered choice",
    )
    parser.add_argument("--synoptic", action="store_true", help="start in synoptic mode")
    parser.add_argument(
        "--search",
        metavar="QUERY",
        help="search the library for QUERY, with the search panel and the timeline shown",
    )
    parser.add_argument(
        "--select", metavar="LABEL", help="select the left clause with this label (e.g. 'IV ¶4')"
    )
    parser.set_defaults(handler=_run)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"not a size WIDTHxHEIGHT: {text!r}")
    if int(width) < MIN_SIZE[0] or int(height) < MIN_SIZE[1]:
        raise argparse.ArgumentTypeError(f"at least {MIN_SIZE[0]}x{MIN_SIZE[1]}: {text!r}")
    return int(width), int(height)


def _run(options: argparse.Namespace) -> int:
    if options.json and options.screenshot is None:
        print("vis-a-vis: --json describes the window drawn: give --screenshot", file=sys.stderr)
        return 2
    if options.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from corpus.text.documents import open_document

    if options.right is None:
        if not options.left.lower().endswith(SAVED_SUFFIX):
            print(
                "vis-a-vis: open takes two declarations, or one saved comparison (.vavcmp)",
                file=sys.stderr,
            )
            return 2
        options.left, options.right = open_saved_comparison(Path(options.left))
    for spec in (options.left, options.right):
        open_document(spec)  # a bad file: one clear line and exit 2, before any window
    return _show(options)


#: The extension of a saved comparison (``corpus.library.saved.SUFFIX``, named here so that the
#: command line loads the library's modules only when one is opened).
SAVED_SUFFIX = ".vavcmp"


def open_saved_comparison(path: Path) -> tuple[str, str]:
    """Put a saved comparison's texts and decisions into the user's library; returns the two
    texts to open. A damaged or altered file is refused before anything changes.

    Raises:
        CorpusError: the file is not sound, or the library cannot be written.
    """
    from app.cli.options import open_user_library
    from corpus.library.saved import open_saved, read_saved

    saved = read_saved(path)  # checked whole before the library is even opened
    library = open_user_library()
    try:
        opened = open_saved(library, saved, path)
    finally:
        library.close()
    return opened.left, opened.right


def _show(options: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QRect, QTimer

    from app.application import build, create_application, default_settings_path
    from app.shell.settings import SettingsStore
    from widgets.actions import Act

    app = create_application([])
    # The screenshot is laid out as on a screen of its size; the window, on the real screen.
    available = QRect(0, 0, *options.size) if options.screenshot is not None else None
    store = SettingsStore(default_settings_path())
    reading = build(store, options.left, options.right, available)
    window = reading.window
    if options.appearance is not None:
        reading.appearance.choose(APPEARANCES[options.appearance])
    if options.synoptic:
        window.action(Act.SYNOPTIC).setChecked(True)
    if options.screenshot is None:
        window.show()
        return app.exec()
    window.resize(*options.size)
    window.show()
    loop = QEventLoop()
    reading.controller.comparison_ready.connect(loop.quit)
    reading.controller.failed.connect(loop.quit)
    failures: list[str] = []
    reading.controller.failed.connect(failures.append)  # what the window shows, said here
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    if reading.reader.comparison is None:
        reason = failures[-1] if failures else "the comparison could not be computed"
        print(f"vis-a-vis: {reason}", file=sys.stderr)
        return 2
    _settle(app, loop)
    synoptic = window.synoptic
    if synoptic.isVisible() and synoptic.is_preparing():
        # The synoptic rows are made in the background: the picture shows them.
        synoptic.preparing_changed.connect(loop.quit)
        QTimer.singleShot(60000, loop.quit)
        loop.exec()
        _settle(app, loop)
    if options.select:
        _select(reading, options.select)
        _settle(app, loop)
    if options.search:
        _search(reading, options.search, loop)
        _settle(app, loop)
    status = _save(window.grab(), options.screenshot)
    if status == 0 and options.json:
        from app.cli.options import print_json

        print_json(_layout(window))
    return status


def _layout(window: object) -> dict[str, object]:
    """The layout drawn: the window's size, the panes' widths and characters per line (from the
    pane's font and viewport), and which docks are shown."""
    from widgets.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    return {
        "window": [window.width(), window.height()],
        "panes": [
            {"width": pane.width(), "chars_per_line": int(pane.chars_per_line())}
            for pane in (window.left_pane, window.right_pane)
        ],
        # A dock tabbed behind another is open but not in view: "visible" says what is seen.
        "docks": [
            {
                "name": dock.objectName().removesuffix("_dock"),
                "visible": dock.isVisible() and not dock.visibleRegion().isEmpty(),
                "tabbed": bool(window.tabifiedDockWidgets(dock)) and dock.isVisible(),
            }
            for dock in window.docks()
        ],
    }


def _settle(app: object, loop: object) -> None:
    """Let layouts finish and the connector strip repaint."""
    from PySide6.QtCore import QTimer

    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
        QTimer.singleShot(30, loop.quit)  # type: ignore[attr-defined]
        loop.exec()  # type: ignore[attr-defined]


def _search(reading: object, query: str, loop: object) -> None:
    """Type ``query`` into the search panel, show the timeline beside it, and wait for both
    answers (a minute at most)."""
    import time

    from PySide6.QtCore import QTimer

    window = reading.window  # type: ignore[attr-defined]
    window.focus_search()
    window.timeline_dock.show()
    answered: list[object] = []
    answers = (reading.search.results_ready, reading.timeline.counts_ready)  # type: ignore[attr-defined]
    for signal in answers:
        signal.connect(answered.append)
    window.search.query.setText(query)
    reading.search.search_now()  # type: ignore[attr-defined]
    reading.timeline.count_now()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    while len(answered) < len(answers) and time.monotonic() < deadline:
        QTimer.singleShot(30, loop.quit)  # type: ignore[attr-defined]
        loop.exec()  # type: ignore[attr-defined]


def _select(reading: object, label: str) -> None:
    reader = reading.reader  # type: ignore[attr-defined]
    from corpus.model import Side

    for clause in reader.comparison.left.clauses:
        if clause.label == label:
            reader.select(Side.LEFT, clause.clause_id)
            return
    print(f"vis-a-vis: no left clause labelled {label!r}", file=sys.stderr)


def _save(pixmap: object, path: Path) -> int:
    from PySide6.QtGui import QPixmap

    assert isinstance(pixmap, QPixmap)
    if pixmap.isNull():
        print("vis-a-vis: the window could not be drawn", file=sys.stderr)
        return 2
    temporary = path.with_name(f".{path.name}.part")
    try:
        if not pixmap.save(str(temporary), "PNG"):
            raise OSError("the picture could not be written")
        temporary.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # on a read-only disk there is nothing to remove
            temporary.unlink(missing_ok=True)
        print(f"vis-a-vis: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
