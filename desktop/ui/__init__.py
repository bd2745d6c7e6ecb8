"""Everything Qt: windows, pages, dialogs and table models (the only package besides app.py importing PySide6)."""
