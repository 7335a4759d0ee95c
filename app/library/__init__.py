"""The library in the window: its documents (add, edit, remove), search as you type with its
concordance, "where else", the team library's server, and where their signals are wired."""
