"""The local SQLite store: models, engine, migrations, backups and queries."""
