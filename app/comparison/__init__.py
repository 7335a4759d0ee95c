"""The comparison of two texts in the window: the controller computing it off-thread, the reader
showing it and following the user, the presenter turning it into marks, navigation, its wiring."""
