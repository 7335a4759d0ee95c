"""The Help menu: the shortcuts window, the user guide shipped in ``guide/``, About's facts."""
