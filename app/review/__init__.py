"""The analyst's review of a comparison: decisions kept in the library, undone and redone, and
where the Pairs menu, the panes' context menus and the connector strip are wired to it."""
