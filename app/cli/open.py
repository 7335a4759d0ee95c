"""``open``: open the window on a comparison; with ``--screenshot``, save a picture of it and exit.

The screenshot is taken once the comparison is computed and drawn: the window is at least
1400 by 800, the picture is written to a temporary file and moved into place. Without a screen,
Qt runs offscreen for the screenshot.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

MIN_SIZE = (1400, 800)
SHOT_SIZE = (1600, 950)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``open`` subcommand."""
    parser = subparsers.add_parser("open", help="open the window on two declarations")
    parser.add_argument("left", help="a text file, or the id of a bundled declaration")
    parser.add_argument("right", help="a text file, or the id of a bundled declaration")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="save a picture of the whole window and exit",
    )
    parser.add_argument("--synoptic", action="store_true", help="start in synoptic mode")
    parser.add_argument(
        "--select", metavar="LABEL", help="select the left clause with this label (e.g. 'IV ¶4')"
    )
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    if options.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from corpus.text.documents import open_document

    for spec in (options.left, options.right):
        open_document(spec)  # a bad file: one clear line and exit 2, before any window
    return _show(options)


def _show(options: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.application import build, create_application, default_settings_path
    from app.settings import SettingsStore

    app = create_application([])
    reading = build(SettingsStore(default_settings_path()), options.left, options.right)
    window = reading.window
    if options.synoptic:
        window.named_actions["synoptic"].setChecked(True)
    if options.screenshot is None:
        window.show()
        return app.exec()
    window.resize(*SHOT_SIZE)
    window.show()
    loop = QEventLoop()
    reading.controller.comparison_ready.connect(loop.quit)
    reading.controller.failed.connect(loop.quit)
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    if reading.reader.comparison is None:
        print("vis-a-vis: the comparison could not be computed", file=sys.stderr)
        return 2
    _settle(app, loop)
    if options.select:
        _select(reading, options.select)
        _settle(app, loop)
    return _save(window.grab(), options.screenshot)


def _settle(app: object, loop: object) -> None:
    """Let layouts finish and the connector strip repaint."""
    from PySide6.QtCore import QTimer

    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
        QTimer.singleShot(30, loop.quit)  # type: ignore[attr-defined]
        loop.exec()  # type: ignore[attr-defined]


def _select(reading: object, label: str) -> None:
    reader = reading.reader  # type: ignore[attr-defined]
    for clause in reader.comparison.left.clauses:
        if clause.label == label:
            reader.select("left", clause.clause_id)
            return
    print(f"vis-a-vis: no left clause labelled {label!r}", file=sys.stderr)


def _save(pixmap: object, path: Path) -> int:
    from PySide6.QtGui import QPixmap

    assert isinstance(pixmap, QPixmap)
    if pixmap.width() < MIN_SIZE[0] or pixmap.height() < MIN_SIZE[1]:
        print(
            f"vis-a-vis: the window is only {pixmap.width()} by {pixmap.height()}", file=sys.stderr
        )
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
