"""``search --by-year`` and ``--plot`` as a user runs them, over a library of the shared texts:
the figures per year agree with the hits, and the chart is a real image with the bars where
the hits are."""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

from tests.app.cli.test_cli import run as run_main

DATA = Path(__file__).resolve().parents[2] / "data"
BAR = (0x00, 0x72, 0xB2)  # the first group's colour (widgets.timelinechart.GROUP_COLOURS)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of every shared text the suite holds (``tests/data`` and ``tests/data/texts``)."""
    home = tmp_path_factory.mktemp("timeline")
    texts = home / "texts"
    texts.mkdir()
    for path in [*DATA.glob("*.txt"), *(DATA / "texts").glob("*.txt")]:
        (texts / path.name).write_bytes(path.read_bytes())
    added = run("library", "add", str(texts), home=home)
    assert added.returncode == 0, added.stderr
    return home


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "VIS_A_VIS_DATA": str(home / "data"),
        "VIS_A_VIS_CACHE": str(home / "cache"),
    }
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command must do without a screen by itself
    return run_main(*args, env=env)


def by_year(home: Path, *args: str) -> dict[str, object]:
    result = run("search", *args, "--by-year", "--json", home=home)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize(
    "args",
    [
        ("intégrité territoriale",),
        ("territorial integrity",),
        ("family:strategic-partnership",),
        ("souverain*", "--language", "fr"),
        ("NEAR(strategic partnership, 3)", "--from", "2022"),
        ("strategic partnership", "--party", "united states"),
    ],
)
def test_the_years_add_up_to_the_total_and_agree_with_the_hits(
    home: Path, args: tuple[str, ...]
) -> None:
    report = by_year(home, *args)
    hits = report["hits"]
    assert isinstance(hits, list)
    assert hits
    per_year = Counter(str(hit["date"])[:4] for hit in hits)
    years = report["by_year"]
    undated = report["undated"]
    assert isinstance(years, dict)
    assert isinstance(undated, dict)
    assert {year: figures["hits"] for year, figures in years.items()} == {
        y: n for y, n in per_year.items() if y
    }
    assert undated["hits"] == per_year.get("", 0)
    assert sum(f["hits"] for f in years.values()) + undated["hits"] == report["total"]
    documents = Counter(str(hit["date"])[:4] for hit in {h["path"]: h for h in hits}.values())
    assert {year: figures["documents"] for year, figures in years.items()} == {
        y: n for y, n in documents.items() if y
    }


def test_undated_documents_are_counted_apart(home: Path) -> None:
    report = by_year(home, "family:strategic-partnership")
    undated = report["undated"]
    assert isinstance(undated, dict)
    assert undated["documents"] >= 1  # the Ukraine statement of 2021 gives no date in its text
    assert undated["hits"] >= undated["documents"]


def _bar_runs(image_path: Path) -> list[tuple[int, int, int]]:
    """The bars of the first colour in a PNG: (first column, last column, height), left to
    right."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(image_path))
    runs: list[tuple[int, int, int]] = []
    for x in range(image.width()):
        height = sum(
            1 for y in range(image.height()) if QColor(image.pixel(x, y)).getRgb()[:3] == BAR
        )
        if height and runs and runs[-1][1] == x - 1:
            first, _, tallest = runs[-1]
            runs[-1] = (first, x, max(tallest, height))
        elif height:
            runs.append((x, x, height))
    return runs


def test_a_png_chart_has_a_bar_for_each_year_with_hits(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    result = run(
        "search", "intégrité territoriale", "--by-year", "--plot", str(out), "--json", home=home
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 800
    assert image.height() >= 450
    runs = _bar_runs(out)
    hits = [figures["hits"] for figures in report["by_year"].values()]
    assert len(runs) == len(hits) >= 3  # one bar per year with hits, in the order of the years
    unit = max(h for _, _, h in runs) / max(hits)  # pixels per occurrence
    for (_, _, height), count in zip(runs, hits, strict=True):
        assert abs(height - unit * count) <= 2  # bars as tall as their counts
    # the years are spread out over the axis as far apart as they are in time
    years = [int(y) for y in report["by_year"]]
    span = runs[-1][0] - runs[0][0]
    for (first, _, _), year in zip(runs, years, strict=True):
        expected = runs[0][0] + span * (year - years[0]) / (years[-1] - years[0])
        assert abs(first - expected) <= 3


def test_a_split_chart_stacks_a_colour_per_group_and_an_svg_is_well_formed(
    home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "chart.svg"
    result = run(
        "search",
        "family:strategic-partnership",
        "--by-year",
        "--plot",
        str(out),
        "--split",
        "language",
        "--count",
        "documents",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(out).getroot()
    assert root.tag.endswith("svg")
    text = out.read_text(encoding="utf-8")
    assert "family:strategic-partnership" in text  # the title
    assert ">fr</text>" in text
    assert ">en</text>" in text
    assert "#0072b2" in text.lower()
    assert "#e69f00" in text.lower()


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.pdf"])
def test_other_extensions_are_refused_and_nothing_is_written(
    home: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    result = run("search", "intégrité territoriale", "--by-year", "--plot", str(out), home=home)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert ".png or .svg" in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_chart_options_without_a_chart_are_refused(home: Path) -> None:
    result = run("search", "intégrité territoriale", "--by-year", "--split", "party", home=home)
    assert result.returncode == 2
    assert "--plot" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
