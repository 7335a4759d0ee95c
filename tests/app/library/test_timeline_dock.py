"""The timeline dock over a library of the shared texts: its figures are the search's hits per
year, a click on a bar (or Enter on it, or on a row of its table) narrows the results to that
year, a click on a party's part to that party, it draws in the palette's colours, light or
dark, and remembers what it counts and how it splits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.library.timeline import TimelineController, TimelineCounts
from app.shell.settings import SettingsStore
from corpus.library.connect import open_library
from corpus.library.hits import SearchResult
from widgets.actions import Act
from widgets.timelinechart import GROUP_COLOURS, BarPlace
from widgets.timelinepanel import DOCUMENTS_COLUMN, HITS_COLUMN, YEAR_COLUMN, TimelineFigures

from tests.app.conftest import open_reading

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of every shared text the suite holds, with the bundled declarations."""
    folder = tmp_path_factory.mktemp("timeline-dock") / "data"
    library = open_library("", root=folder)
    texts = [*DATA.glob("*.txt"), *(DATA / "texts").glob("*.txt")]
    assert len(texts) > 40
    library.add_paths(texts)
    library.close()
    return folder


@pytest.fixture
def reading(
    qtbot: QtBot, settings_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WindowAssembly]:
    monkeypatch.setenv("VIS_A_VIS_DATA", str(data_dir))
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(data_dir.parent / "cache"))
    monkeypatch.delenv("VIS_A_VIS_LIBRARY_URL", raising=False)
    built = open_reading(qtbot, settings_path)
    yield built
    built.wait()


def search(qtbot: QtBot, reading: WindowAssembly, text: str) -> SearchResult:
    """Show the timeline, type ``text`` in the search panel; the search's result once both the
    results and the timeline have answered."""
    reading.window.timeline_dock.show()
    results: list[SearchResult] = []
    reading.search.results_ready.connect(results.append)
    with qtbot.waitSignals(
        [reading.search.results_ready, reading.timeline.counts_ready], timeout=30000
    ):
        reading.window.search.query.setText(text)
    reading.search.results_ready.disconnect(results.append)
    result = results[-1]
    qtbot.waitUntil(lambda: shown(reading) is not None)
    return result


def split_by(qtbot: QtBot, reading: WindowAssembly, split: str) -> TimelineFigures:
    """Choose how the bars split; the figures once added up again (off the GUI thread)."""
    panel = reading.window.timeline
    with qtbot.waitSignal(reading.timeline.counts_ready, timeout=30000):
        panel.split.setCurrentIndex(panel.split.findData(split))
    figures = shown(reading)
    assert figures is not None
    return figures


def shown(reading: WindowAssembly) -> TimelineFigures | None:
    return reading.window.timeline.figures()


def drawn_bars(qtbot: QtBot, reading: WindowAssembly) -> tuple[BarPlace, ...]:
    """The bars where the chart drew them (painted first)."""
    chart = reading.window.timeline.chart
    chart.repaint()
    qtbot.waitUntil(lambda: bool(chart.places().bars))
    return chart.places().bars


def narrowed_result(qtbot: QtBot, reading: WindowAssembly, click: object) -> SearchResult:
    """The search's next result, after ``click()``."""
    with qtbot.waitSignal(reading.search.results_ready, timeout=30000) as blocker:
        click()  # type: ignore[operator]
    result = blocker.args[0]
    assert isinstance(result, SearchResult)
    return result


@pytest.mark.parametrize("query", ["intégrité territoriale", "family:strategic-partnership"])
def test_the_counts_per_year_are_those_of_the_hits(
    qtbot: QtBot, reading: WindowAssembly, query: str
) -> None:
    result = search(qtbot, reading, query)
    assert result.complete
    assert result.hits
    figures = shown(reading)
    assert figures is not None
    chart = figures.chart
    hits = Counter(h.date[:4] for h in result.hits if h.date[:4])
    documents = Counter(d.date[:4] for d in result.documents if d.date[:4])
    assert {y: n for y, n in zip(chart.years, figures.hits, strict=True) if n} == hits
    assert {y: n for y, n in zip(chart.years, figures.documents, strict=True) if n} == documents
    bars = [sum(s.values[i] for s in chart.series) for i in range(len(chart.years))]
    assert bars == list(figures.hits)  # the bars count occurrences by default
    assert chart.years[0] == min(hits)
    assert chart.years[-1] == max(hits)
    assert query in chart.title
    undated = [h for h in result.hits if not h.date[:4]]
    assert figures.undated_hits == len(undated)


def test_a_click_on_a_bar_narrows_the_results_to_its_year(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    search(qtbot, reading, "intégrité territoriale")
    figures = shown(reading)
    assert figures is not None
    tallest = max(range(len(figures.hits)), key=lambda i: figures.hits[i])
    year = figures.chart.years[tallest]
    bar = next(b for b in drawn_bars(qtbot, reading) if b.year == tallest)
    chart = reading.window.timeline.chart
    narrowed = narrowed_result(
        qtbot,
        reading,
        lambda: qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint()),
    )
    panel = reading.window.search
    assert (panel.date_from.text(), panel.date_to.text()) == (year, year)  # seen, and cleared
    assert narrowed.hits
    assert {h.date[:4] for h in narrowed.hits} == {year}
    assert len(narrowed.hits) == figures.hits[tallest]
    assert reading.window.search_dock.isVisible()
    # The chart keeps every year in view, that one marked: another is one click away.
    assert shown(reading) is not None
    assert shown(reading).chart.years == figures.chart.years  # type: ignore[union-attr]


def test_a_click_on_a_partys_part_narrows_the_results_to_that_party(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    search(qtbot, reading, "strategic partnership")
    panel = reading.window.timeline
    figures = split_by(qtbot, reading, "party")
    assert len(figures.chart.series) > 1
    bars = drawn_bars(qtbot, reading)
    # The largest part of a bar that names one party (not "others").
    bar = max(
        (b for b in bars if figures.keys[b.group]),
        key=lambda b: b.rect.height(),
    )
    party, year = figures.keys[bar.group], figures.chart.years[bar.year]
    narrowed = narrowed_result(
        qtbot,
        reading,
        lambda: qtbot.mouseClick(
            panel.chart, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint()
        ),
    )
    search_panel = reading.window.search
    assert search_panel.party.text() == party
    assert search_panel.date_from.text() == year
    assert narrowed.hits
    assert all(party in h.parties and h.date.startswith(year) for h in narrowed.hits)
    # The timeline counts that party's texts now.
    wiring = reading.timeline_wiring
    qtbot.waitUntil(lambda: wiring.counts is not None and wiring.counts.party == party)
    assert wiring.counts is not None
    assert wiring.counts.counts
    assert all(party in c.parties for c in wiring.counts.counts)


def test_enter_on_a_bar_walked_to_by_keys_narrows_to_its_year(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    search(qtbot, reading, "intégrité territoriale")
    figures = shown(reading)
    assert figures is not None
    drawn_bars(qtbot, reading)
    chart = reading.window.timeline.chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    last = max(i for i, n in enumerate(figures.hits) if n)
    assert chart.current() is not None
    assert chart.current()[0] == last
    assert figures.chart.years[last] in chart.accessibleDescription()
    narrowed_result(qtbot, reading, lambda: qtbot.keyClick(chart, Qt.Key.Key_Return))
    assert reading.window.search.date_from.text() == figures.chart.years[last]


def test_the_table_holds_the_charts_figures(qtbot: QtBot, reading: WindowAssembly) -> None:
    search(qtbot, reading, "strategic partnership")
    panel = reading.window.timeline
    split_by(qtbot, reading, "party")
    panel.table_button.click()
    assert panel.pages.currentWidget() is panel.table
    assert panel.table.accessibleName()
    figures = shown(reading)
    assert figures is not None
    chart, model = figures.chart, panel.model
    rows = {
        model.index(r, YEAR_COLUMN).data(): r
        for r in range(model.rowCount())
        if str(model.index(r, YEAR_COLUMN).data()).isdigit()
    }
    assert list(rows) == [y for y, n in zip(chart.years, figures.documents, strict=True) if n]
    for index, year in enumerate(chart.years):
        if year not in rows:
            assert not any(s.values[index] for s in chart.series)  # no bar, no row
            continue
        row = rows[year]
        assert int(model.index(row, DOCUMENTS_COLUMN).data()) == figures.documents[index]
        assert int(model.index(row, HITS_COLUMN).data()) == figures.hits[index]
        parts = [float(model.index(row, 3 + g).data()) for g in range(len(chart.series))]
        for part, group in zip(parts, chart.series, strict=True):
            assert part == pytest.approx(group.values[index], abs=0.05)
        assert sum(parts) == pytest.approx(figures.hits[index], abs=0.05 * len(parts))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [h.split(" (")[0] for h in headers[3:]] == [s.label for s in chart.series]
    # Enter on a year's row narrows the results to it, as a click on its bar.
    year = next(iter(rows))
    cell: QModelIndex = model.index(rows[year], YEAR_COLUMN)
    panel.table.setFocus()
    panel.table.setCurrentIndex(cell)
    narrowed_result(qtbot, reading, lambda: qtbot.keyClick(panel.table, Qt.Key.Key_Return))
    assert reading.window.search.date_from.text() == year


def test_dark_mode_draws_in_the_palettes_colours(qtbot: QtBot, reading: WindowAssembly) -> None:
    search(qtbot, reading, "intégrité territoriale")
    chart = reading.window.timeline.chart
    for choice in ("dark", "light"):
        reading.appearance.choose(choice)
        qtbot.wait(10)
        palette = chart.palette()
        paper = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        assert (paper.lightness() < 100) == (choice == "dark")
        image = chart.grab().toImage()
        bars = chart.places().bars
        assert bars
        assert image.pixelColor(2, 2) == paper  # the chart's paper is the palette's
        colours = Counter(
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        )
        assert colours[ink.name()] > 20  # title, ticks, years: the palette's ink
        centre = bars[0].rect.center().toPoint()
        assert image.pixelColor(centre) == QColor(GROUP_COLOURS[0])


def test_the_choices_are_remembered(
    qtbot: QtBot, reading: WindowAssembly, settings_path: Path
) -> None:
    panel = reading.window.timeline
    panel.measure.setCurrentIndex(panel.measure.findData("documents"))
    panel.split.setCurrentIndex(panel.split.findData("language"))
    panel.table_button.click()
    reading.save()
    settings = SettingsStore(settings_path).load()
    assert (settings.timeline_measure, settings.timeline_split, settings.timeline_table) == (
        "documents",
        "language",
        True,
    )
    SettingsStore(settings_path).save(replace(settings, timeline_table=False))
    again = open_reading(qtbot, settings_path)
    other = again.window.timeline
    assert (other.chosen_measure(), other.chosen_split(), other.table_shown()) == (
        "documents",
        "language",
        False,
    )
    again.wait()


def test_the_newest_query_wins_and_a_hidden_dock_counts_nothing(
    qtbot: QtBot, data_dir: Path
) -> None:
    library = open_library("", root=data_dir)
    try:
        controller = TimelineController(library.index, debounce_ms=10)
        received: list[TimelineCounts] = []
        controller.counts_ready.connect(received.append)
        controller.set_query("intégrité territoriale")
        qtbot.wait(100)
        assert not received  # hidden: nothing counted
        controller.set_active(True)
        controller.set_query("souveraineté")
        controller.count_now()
        controller.set_query("strategic partnership")
        with qtbot.waitSignal(controller.counts_ready, timeout=30000) as blocker:
            controller.count_now()
        controller.wait()
        qtbot.wait(50)
        assert [c.query for c in received] == ["strategic partnership"]
        assert blocker.args[0].counts
        with qtbot.waitSignal(controller.failed, timeout=30000):
            controller.set_query("family:no-such-family")
        controller.close()
    finally:
        library.close()


def test_the_view_menus_action_shows_and_hides_the_dock(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    action, dock = reading.window.action(Act.SHOW_TIMELINE), reading.window.timeline_dock
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    assert not dock.isVisible()  # a first start: the texts come first
    action.trigger()
    assert dock.isVisible()
    assert action.isChecked()
    assert not reading.window.tabifiedDockWidgets(dock)  # beside the search, never behind it
    action.trigger()
    assert not dock.isVisible()


def test_another_measure_or_split_adds_up_the_same_counts_again(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    search(qtbot, reading, "strategic partnership")
    before = reading.timeline_wiring.counts
    assert before is not None
    panel = reading.window.timeline
    with qtbot.waitSignal(reading.timeline.counts_ready, timeout=30000) as blocker:
        panel.measure.setCurrentIndex(panel.measure.findData("documents"))
    after = blocker.args[0]
    assert after.counts is before.counts  # not searched again
    figures = shown(reading)
    assert figures is not None
    chart = figures.chart
    bars = [sum(s.values[i] for s in chart.series) for i in range(len(chart.years))]
    assert bars == list(figures.documents)  # the bars count documents now
    assert chart.axis_label == "documents"
    figures = split_by(qtbot, reading, "language")
    labels = {s.label for s in figures.chart.series}
    assert labels <= {"English", "français"}
    assert set(figures.keys) <= {"en", "fr"}


def test_a_refused_query_is_said_in_the_dock(qtbot: QtBot, reading: WindowAssembly) -> None:
    reading.window.timeline_dock.show()
    with qtbot.waitSignal(reading.timeline.failed, timeout=30000):
        reading.window.search.query.setText("family:no-such-family")
    chart = reading.window.timeline.chart
    assert chart.chart() is None
    assert "no-such-family" in chart.accessibleDescription()
    assert "Traceback" not in chart.accessibleDescription()
