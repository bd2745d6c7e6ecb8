"""Alembic migrations of the local store (render_as_batch, run at start after a backup)."""
