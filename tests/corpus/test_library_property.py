"""Random journal lines, records (``library.json``) and sidecars thrown at a library: opening it,
listing it, reading its decisions and checking it never raises, and no file vanishes (a
damaged one is set aside under another name, its bytes kept)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.library import journal
from corpus.library.embedded import salvage
from corpus.library.embedded.store import DATABASE, EmbeddedLibrary

DATA = Path(__file__).resolve().parents[1] / "data"
NATO = "nl-bwb__north-atlantic-treaty-1949.txt"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["add", "forget", "uid", "id", "kind", "sha256", "original", "title"])
            | st.text(max_size=8),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


def as_bytes(value: object) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8")


damaged = st.one_of(
    json_values.map(as_bytes),
    st.binary(max_size=64),
    st.integers(min_value=1, max_value=20_000).map(lambda n: b"[" * n),
    st.integers(min_value=1, max_value=20_000).map(lambda n: b'{"a":' * n),
    st.sampled_from([b"", b"{broken", b"1e400", b"\xff\xfe\x00", b'{"forget": "abc"}']),
)
journal_lines = st.lists(damaged, max_size=4)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One closed library of one real treaty, copied for each example."""
    root = tmp_path_factory.mktemp("made") / "library"
    source = root.parent / NATO
    shutil.copy(DATA / NATO, source)
    library = EmbeddedLibrary.open(root, with_bundled=False)
    library.add_file(source)
    library.close()
    return root


def contents(root: Path) -> set[bytes]:
    """The bytes of every file the library keeps (SQLite's files left out: they are rebuilt)."""
    return {
        p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(DATABASE) and p.name != "library.db.in-use"
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    record=st.none() | damaged,
    sidecar=st.none() | damaged,
    lines=journal_lines,
    database_lost=st.booleans(),
)
def test_no_exception_escapes_and_no_file_vanishes(
    made: Path,
    record: bytes | None,
    sidecar: bytes | None,
    lines: list[bytes],
    database_lost: bool,
) -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "library"
        shutil.copytree(made, root)
        (folder,) = (root / "originals").iterdir()
        original = (folder / NATO).read_bytes()
        if record is not None:
            (folder / "library.json").write_bytes(record)
        if sidecar is not None:
            (folder / f"{NATO}.meta.json").write_bytes(sidecar)
        with (root / journal.JOURNAL).open("ab") as handle:
            for line in lines:
                handle.write(line.replace(b"\n", b" ") + b"\n")
        if database_lost:
            (root / DATABASE).unlink()
        before = contents(root)

        library = EmbeddedLibrary.open(root, with_bundled=False)
        try:
            entries = library.entries()
            library.decisions().rows()
        finally:
            library.close()
        salvage.library_damage(root)

        assert [Path(entry.path).name for entry in entries] == [NATO]  # the document kept
        assert (folder / NATO).read_bytes() == original
        assert before <= contents(root)  # what was set aside kept its bytes
