"""Whole-or-nothing writes: the library's copies, the CSV export."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from corpus.atomicfile import write_atomic

MOSCOW = "Déclaration de Moscou : l’intégrité territoriale".encode()


def test_a_written_file_is_whole_and_not_private(tmp_path: Path) -> None:
    target = tmp_path / "hits.csv"
    previous = os.umask(0o022)
    try:
        write_atomic(target, MOSCOW)
    finally:
        os.umask(previous)
    assert target.read_bytes() == MOSCOW
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # as any new file, not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["hits.csv"]


def test_a_failed_write_leaves_the_previous_file_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hits.csv"
    target.write_bytes(b"previous")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, MOSCOW)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["hits.csv"]
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "hits.csv", MOSCOW)
