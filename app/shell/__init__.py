"""What every feature of the window stands on: settings, appearance, the window on the screen,
fonts, the icon, interface languages, the engine's messages in them, background workers.

The base of the application: it imports no other package of ``app``.
"""
