"""Vis-à-vis: no subcommand opens the window; scan, align, search, export, open run headless."""

from app.cli import main

raise SystemExit(main())
