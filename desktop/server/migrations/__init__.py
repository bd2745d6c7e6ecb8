"""The server's Alembic environment (separate from the desktop's: different tables, different history)."""
