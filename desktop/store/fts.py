"""Full-text search tables (FTS5 trigram over the folded `search_text` columns) and the triggers that feed them.

The FTS tables use external content keyed by the owner's rowid, so after a VACUUM (which may renumber rowids) they
must be rebuilt: `rebuild_statements()` does that.
"""

from __future__ import annotations

# owner table → FTS table; each owner has a `search_text` column holding folded text (see domain.text.fold).
FTS_TABLES: dict[str, str] = {
    "dossiers": "dossier_fts",
    "participations": "participation_fts",
    "equipment": "equipment_fts",
}


def trigger_statements(owner: str) -> list[str]:
    fts = FTS_TABLES[owner]
    return [
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {owner} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {owner} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {owner} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    ]


def drop_trigger_statements(owner: str) -> list[str]:
    fts = FTS_TABLES[owner]
    return [f"DROP TRIGGER IF EXISTS {fts}_{suffix}" for suffix in ("ai", "ad", "au")]


def create_statements(owner: str) -> list[str]:
    fts = FTS_TABLES[owner]
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{owner}', content_rowid='rowid', "
        f"tokenize='trigram')",
        *trigger_statements(owner),
    ]


def drop_statements(owner: str) -> list[str]:
    return [*drop_trigger_statements(owner), f"DROP TABLE IF EXISTS {FTS_TABLES[owner]}"]


def rebuild_statements() -> list[str]:
    return [f"INSERT INTO {fts}({fts}) VALUES ('rebuild')" for fts in FTS_TABLES.values()]
