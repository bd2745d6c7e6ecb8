"""Full-text search tables (FTS5 trigram over the folded `search_text` columns) and the triggers that feed them.

The FTS tables use external content. Dossiers are keyed by their `receipt_seq` (receipt order, see
store.search_index), so a search walks the index newest first; the small tables by the owner's rowid, so after a
VACUUM (which may renumber rowids) they must be rebuilt: `rebuild_statements()` does that.
"""

from __future__ import annotations

# owner table → FTS table; each owner has a `search_text` column holding folded text (see domain.text.fold).
FTS_TABLES: dict[str, str] = {
    "dossiers": "dossier_fts",
    "participations": "participation_fts",
    "equipment": "equipment_fts",
}
# owner table → the owner's integer column the FTS rowid stands for.
FTS_ROWID: dict[str, str] = {"dossiers": "receipt_seq", "participations": "rowid", "equipment": "rowid"}


def trigger_statements(owner: str) -> list[str]:
    fts, key = FTS_TABLES[owner], FTS_ROWID[owner]
    # A row without its key (written by a tool that knows nothing of the index) is left out, not mis-indexed.
    add = f"INSERT INTO {fts}(rowid, search_text) SELECT new.{key}, new.search_text WHERE new.{key} IS NOT NULL;"
    remove = (f"INSERT INTO {fts}({fts}, rowid, search_text) SELECT 'delete', old.{key}, old.search_text "
              f"WHERE old.{key} IS NOT NULL;")
    watched = "search_text" if key == "rowid" else f"search_text, {key}"
    return [
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {owner} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {owner} BEGIN {remove} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {watched} ON {owner} BEGIN {remove} {add} END",
    ]


def drop_trigger_statements(owner: str) -> list[str]:
    fts = FTS_TABLES[owner]
    return [f"DROP TRIGGER IF EXISTS {fts}_{suffix}" for suffix in ("ai", "ad", "au")]


def create_statements(owner: str) -> list[str]:
    fts = FTS_TABLES[owner]
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{owner}', content_rowid='{FTS_ROWID[owner]}', "
        f"tokenize='trigram')",
        *trigger_statements(owner),
    ]


def drop_statements(owner: str) -> list[str]:
    return [*drop_trigger_statements(owner), f"DROP TABLE IF EXISTS {FTS_TABLES[owner]}"]


def rebuild_statement(owner: str) -> str:
    fts = FTS_TABLES[owner]
    return f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"


def rebuild_statements() -> list[str]:
    return [rebuild_statement(owner) for owner in FTS_TABLES]
