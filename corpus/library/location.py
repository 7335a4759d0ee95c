"""Where the user's library lives: its folder and its database's name.

Apart from :mod:`corpus.library.embedded.store` so that a command can tell whether there is a
library at all without loading what opening one needs (``align`` looks for the analyst's decisions
there).
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE = "library.db"


def default_data_dir() -> Path:
    """The user's data folder for the library (``VIS_A_VIS_DATA`` overrides it)."""
    override = os.environ.get("VIS_A_VIS_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("vis-a-vis"))
