"""The timeline's held-out check: every shared text the suite holds (``tests/data`` and
``tests/data/texts``: the 46 treaties and statements) added to a library by ``library add``, on
the embedded library and on a PostgreSQL server of the test's own, then ``search --by-year
--json --plot`` for two phrases and two formula families, as a user runs it.

For each: the years add up to ``total``; each year's figures are those of the hits dated in it
(and the undated ones apart); a dated hit's year is its text's true year (``manifest.tsv``,
written by hand when the texts were collected, never read by the program); the chart is a PNG
of at least 400 by 250 pixels; and both back-ends report the same figures."""

from __future__ import annotations

import csv
import json
import os
import struct
from collections import Counter
from pathlib import Path

import pytest

from tests.app.cli.test_cli import run

DATA = Path(__file__).resolve().parents[2] / "data"
QUERIES = (
    "intégrité territoriale",
    "strategic partnership",
    "family:strategic-partnership",
    "family:territorial-integrity",
)
_REPORTS: dict[str, dict[str, dict[str, object]]] = {}


def shared_texts() -> list[Path]:
    return sorted([*DATA.glob("*.txt"), *(DATA / "texts").glob("*.txt")], key=lambda p: p.name)


def true_dates() -> dict[str, str]:
    with (DATA / "texts" / "manifest.tsv").open(encoding="utf-8", newline="") as manifest:
        return {row["file"]: row["date"] for row in csv.DictReader(manifest, delimiter="\t")}


@pytest.fixture(scope="module", params=["embedded", "server"])
def env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a library holding every shared text, embedded or on a server."""
    home = tmp_path_factory.mktemp(f"held-out-{request.param}")
    environment = {
        **os.environ,
        "VIS_A_VIS_DATA": str(home / "data"),
        "VIS_A_VIS_CACHE": str(home / "cache"),
    }
    for name in ("VIS_A_VIS_LIBRARY_URL", "DISPLAY", "QT_QPA_PLATFORM"):
        environment.pop(name, None)  # the chart must be drawn without a screen
    if request.param == "server":
        from tests.postgres import Server

        server = request.getfixturevalue("postgres_server")
        assert isinstance(server, Server)
        environment["VIS_A_VIS_LIBRARY_URL"] = server.create_database(f"held_out_{os.getpid()}")
    texts = home / "texts"
    texts.mkdir()
    for path in shared_texts():
        (texts / path.name).write_bytes(path.read_bytes())
    added = run("library", "add", str(texts), "--json", env=environment)
    assert added.returncode == 0, added.stderr
    environment["BACKEND"] = request.param
    return environment


def png_size(path: Path) -> tuple[int, int]:
    """A PNG's width and height, read from its header (IHDR, the first chunk)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    assert data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_all_shared_texts_are_held() -> None:
    assert len(shared_texts()) == 46
    assert {p.name for p in shared_texts()} == set(true_dates())


@pytest.mark.parametrize("query", QUERIES)
def test_years_add_up_agree_with_the_hits_and_their_true_dates_and_a_chart_is_drawn(
    env: dict[str, str], query: str, tmp_path: Path
) -> None:
    chart = tmp_path / "timeline.png"
    result = run("search", query, "--by-year", "--json", "--plot", str(chart), env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    hits = report["hits"]
    assert report["total"] == len(hits) > 0, query

    years: dict[str, dict[str, int]] = report["by_year"]
    undated: dict[str, int] = report["undated"]
    assert sum(y["hits"] for y in years.values()) + undated["hits"] == report["total"]
    hits_per_year = Counter(hit["date"][:4] for hit in hits)
    documents_per_year = Counter(year for year, _ in {(h["date"][:4], h["path"]) for h in hits})
    assert {y: t["hits"] for y, t in years.items()} == {y: n for y, n in hits_per_year.items() if y}
    assert {y: t["documents"] for y, t in years.items()} == {
        y: n for y, n in documents_per_year.items() if y
    }
    assert undated == {
        "documents": documents_per_year.get("", 0),
        "hits": hits_per_year.get("", 0),
    }
    assert list(years) == sorted(years)

    # The year the program read in a shared text is its true one, the one the chart puts it in
    # (the library holds the bundled declarations too, not in the manifest; a day may differ:
    # the Vietnam statement is dated in its text the day before its release).
    dates = true_dates()
    shared = [(Path(h["source"]).name, h["date"]) for h in hits if Path(h["source"]).name in dates]
    assert shared, query  # each query finds the shared texts, not only the bundled ones
    for name, date in shared:
        assert date[:4] in ("", dates[name][:4]), (query, name)

    width, height = png_size(chart)
    assert width >= 400, width
    assert height >= 250, height
    _REPORTS.setdefault(query, {})[env["BACKEND"]] = {
        "total": report["total"],
        "by_year": years,
        "undated": undated,
    }
    if len(_REPORTS[query]) == 2:  # both back-ends have answered: the same figures
        assert _REPORTS[query]["embedded"] == _REPORTS[query]["server"], query
