"""What the reader remembers between runs: declarative, typed, versioned, and injected.

``Settings`` is a frozen dataclass; ``SettingsStore`` reads and writes it through ``QSettings``
in INI format, at a path given by the caller (the user's config folder in the application, a
temporary file in tests), and migrates older schema versions forward.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from corpus.defaults import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything remembered.

    Attributes:
        left, right: the last comparison (paths or bundled ids); empty for the default pair.
        geometry, window_state: the main window's, as Qt saves them.
        sync_scroll: scroll the panes together, following the pairing.
        synoptic: show the synoptic table instead of the panes.
        hidden_families: formula families switched off in the legend.
        point_size: text size of the panes.
        language: interface language, "fr" or "en"; empty for the system's.
        appearance: "light" or "dark"; empty to follow the system's.
        threshold, min_words: the comparison's settings.
        library_url: the team library server (``postgresql://…``); empty for the library on
            this computer. ``VIS_A_VIS_LIBRARY_URL`` overrides it.
        recent: the last comparisons opened, newest first ("left<TAB>right").
        folder: where the file dialogs open (the folder of the last file chosen).
        timeline_measure: what the timeline counts, "hits" or "documents".
        timeline_split: how its bars are split, "party", "language", or "" (not).
        timeline_table: the timeline shown as a table instead of a chart.
    """

    left: str = ""
    right: str = ""
    geometry: bytes = b""
    window_state: bytes = b""
    sync_scroll: bool = True
    synoptic: bool = False
    hidden_families: tuple[str, ...] = ()
    point_size: int = 11
    language: str = ""
    appearance: str = ""
    threshold: float = DEFAULT_THRESHOLD
    min_words: int = DEFAULT_MIN_WORDS
    library_url: str = ""
    recent: tuple[str, ...] = ()
    folder: str = ""
    timeline_measure: str = "hits"
    timeline_split: str = ""
    timeline_table: bool = False


def _migrate_1_to_2(values: dict[str, object]) -> dict[str, object]:
    # Version 1 stored the pair as one "pair" key "left|right".
    pair = str(values.pop("pair", ""))
    if "|" in pair:
        values["left"], values["right"] = pair.split("|", 1)
    return values


_MIGRATIONS = {1: _migrate_1_to_2}


class SettingsStore:
    """Reads and writes :class:`Settings` in an INI file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def load(self) -> Settings:
        """The saved settings, migrated to the current schema; defaults where missing or bad."""
        values: dict[str, object] = {k: self._qsettings.value(k) for k in self._qsettings.allKeys()}
        version = _int(values.pop("schema_version", SCHEMA_VERSION), SCHEMA_VERSION)
        while version < SCHEMA_VERSION and version in _MIGRATIONS:
            values = _MIGRATIONS[version](values)
            version += 1
        known: dict[str, Any] = {
            item.name: _coerce(item.name, values[item.name])
            for item in fields(Settings)
            if item.name in values
        }
        return Settings(**known)

    def save(self, settings: Settings) -> None:
        """Write every field, then sync to disk."""
        store = self._qsettings
        store.setValue("schema_version", SCHEMA_VERSION)
        for item in fields(Settings):
            value = getattr(settings, item.name)
            if isinstance(value, bytes):
                value = QByteArray(value)
            elif isinstance(value, tuple):
                value = list(value)
            store.setValue(item.name, value)
        store.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def _coerce(name: str, value: object) -> object:
    """QSettings gives strings back from INI files; turn them into the field's type."""
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return str(value).lower() in ("true", "1")
    if isinstance(default, bytes):
        return bytes(value.data()) if isinstance(value, QByteArray) else b""
    if isinstance(default, tuple):
        if value is None or value == "":
            return ()
        return tuple(str(v) for v in (value if isinstance(value, list) else [value]))
    if isinstance(default, int):
        return _int(value, default)
    if isinstance(default, float):
        try:
            return float(str(value))
        except ValueError:
            return default
    return "" if value is None else str(value)
