"""Where the engine's data files are: ``corpus/data``, beside this module.

Found by path rather than through ``importlib.resources``: the program is always installed as
files (a wheel, the PyInstaller folder, which puts ``corpus/data`` beside ``corpus``'s modules),
never run from a zip, and ``importlib.resources`` costs every command about 10 ms at start (it
loads ``tempfile``, ``shutil``, ``bz2`` and ``lzma``).
"""

from __future__ import annotations

from pathlib import Path

#: The folder of the engine's data files.
DATA = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    """The path of one data file (``"topics.toml"``, ``"declarations/…"``)."""
    return DATA / name
