"""The longest stall of the window's event loop while a long comparison opens, shows and switches.

Run by hand, from the checkout's root (it needs the shared texts: ../shared/texts, or
../../shared/texts from a worktree)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_stalls.py [LEFT RIGHT]

A timer asks to run every 5 ms; the longest gap between two of its runs is the longest time the
window could not answer (a stall), reported for each phase: opening the 1947 peace treaty
against the 1907 convention (computed off the interface's thread, then drawn), switching to the
synoptic view (its rows made off the interface's thread when first shown: the phase lasts until
they are in the table, and says how long that took), back to the panes, and walking ten pairs
with F8. The target is no stall over 100 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = next(
    (
        p
        for p in (ROOT.parent / "shared" / "texts", ROOT.parent.parent / "shared" / "texts")
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "texts",
)
TREATY = SHARED / "nl-bwb__traite-de-paix-avec-italie-1947.txt"
CONVENTION = SHARED / "nl-bwb__convention-reglement-pacifique-conflits-internationaux-1907.txt"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="vis-a-vis-stalls-"))
    os.environ["VIS_A_VIS_DATA"] = str(work / "data")
    os.environ["VIS_A_VIS_SETTINGS"] = str(work / "settings.ini")
    left, right = (
        (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else (str(TREATY), str(CONVENTION))
    )

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.application import build
    from app.shell.settings import SettingsStore
    from widgets.actions import Act

    app = QApplication.instance() or QApplication(sys.argv)
    longest = [0.0]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], (now - last[0]) / 1000)
        last[0] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)

    def phase(name: str, action: object, until: object = None, settle: float = 1.0) -> None:
        """Run ``action`` from the event loop, let it settle, report the longest stall."""
        longest[0] = 0.0
        last[0] = clock.elapsed()
        started = time.perf_counter()
        QTimer.singleShot(0, action)  # type: ignore[call-overload]
        loop = QEventLoop()
        deadline = time.perf_counter() + 120
        reached = None
        while time.perf_counter() < deadline:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            done = until() if callable(until) else True
            if done and reached is None:
                reached = time.perf_counter() - started
            if done and time.perf_counter() - started > settle:
                break
        after = f"   (done after {reached * 1000:.0f} ms)" if callable(until) and reached else ""
        print(f"{name:<48} longest stall {longest[0] * 1000:7.0f} ms{after}")

    # Building the window comes first (there is no window to freeze yet); it asks for the
    # comparison, which is computed off the interface's thread and then drawn: the first phase.
    reading = [build(SettingsStore(work / "settings.ini"), left, right)]
    probe.start()
    phase(
        "compute the pair (in a worker) and draw it",
        lambda: None,
        until=lambda: reading[0].reader.comparison is not None,
        settle=2.0,
    )
    window = reading[0].window
    window.show()
    phase("show it", lambda: None)
    synoptic = window.action(Act.SYNOPTIC)
    table = window.synoptic
    phase(
        "switch to the synoptic view, until its rows show",
        lambda: synoptic.setChecked(True),
        until=lambda: not table.is_preparing() and table.model().rowCount() > 0,
        settle=2.0,
    )
    phase("back to the panes", lambda: synoptic.setChecked(False))

    def walk() -> None:
        for _ in range(10):
            window.action(Act.NEXT_PAIR).trigger()
            app.processEvents()

    phase("ten pairs with F8", walk)
    probe.stop()
    reading[0].shut_down()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
