"""Vis-à-vis application layer: the window's composition root (``application``) and its features,
one package each: ``shell`` (what they all stand on), ``comparison``, ``review``, ``library``,
``help``; beside them the command line (``cli``) and the PDF report (``report``)."""

__version__ = "0.1.0"
