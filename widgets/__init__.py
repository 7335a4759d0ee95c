"""Vis-à-vis views: thin Qt widgets that take data through setters and report intent by signals."""
