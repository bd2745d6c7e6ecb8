"""The main window's pages, each a view (layout only) plus a controller (wiring and service calls)."""
