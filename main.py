"""Vis-à-vis: no subcommand opens the window; scan, align, search, export, open run headless."""

from app.cli.main import run

raise SystemExit(run())
