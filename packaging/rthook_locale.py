"""PyInstaller run-time hook: a UTF-8 character locale when the environment names none.

Started with no locale variables (``env -i``, some service managers), Qt switches to C.UTF-8
itself but prints a four-line warning first; choosing it here does the same, quietly. Linux
only: Windows and macOS give Qt their locale by other means.
"""

import os
import sys

if sys.platform.startswith("linux") and not any(
    os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")
):
    os.environ["LC_CTYPE"] = "C.UTF-8"
