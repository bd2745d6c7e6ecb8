"""Alembic environment for the server: runs on the connection desktop.server.migrate hands over."""

from alembic import context

from desktop.server.models import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Server migrations run from desktop.server.migrate with an open connection.")
    # Batch mode so that the SQLite trial database can be altered like PostgreSQL.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline (SQL script) migrations are not supported.")
run_migrations_online()
