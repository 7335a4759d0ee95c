"""Vis-à-vis application layer: window assembly, wiring, workers, settings, command line."""

__version__ = "0.1.0"
