"""local_state reads the table once per transaction: what another connection writes in between is still seen, and
what this session adds, changes or deletes is seen at once."""

from __future__ import annotations

import sqlite3

from desktop.store import local_state
from desktop.store.database import Database
from desktop.store.models import LocalState


def test_one_read_per_transaction_still_sees_every_write(db: Database) -> None:
    with db.session() as session:
        assert local_state.get(session, "bench_key") is None
        local_state.put(session, "bench_key", "one")
        assert local_state.get(session, "bench_key") == "one"  # added, not yet flushed
        session.flush()
        local_state.put(session, "bench_key", "two")
        assert local_state.get(session, "bench_key") == "two"
        session.commit()
        # Another connection writes between two transactions of the same session.
        with sqlite3.connect(db.paths.database) as raw:
            raw.execute("UPDATE local_state SET value = 'three' WHERE key = 'bench_key'")
            raw.execute("INSERT INTO local_state (key, value) VALUES ('other_key', 'x')")
        session.expire_all()
        assert local_state.get(session, "bench_key") == "three"
        assert local_state.get(session, "other_key") == "x"
        session.delete(session.get_one(LocalState, "other_key"))
        session.flush()
        assert local_state.get(session, "other_key", "gone") == "gone"
        session.commit()
    with db.session() as session:
        assert local_state.all_values(session)["bench_key"] == "three"
        assert "other_key" not in local_state.all_values(session)


def test_write_stores_at_once_and_leaves_the_session_nothing_to_flush(db: Database) -> None:
    with db.session() as session:
        local_state.write(session, "bench_key", "one")  # not stored yet: added as put() adds it
        session.commit()
    with db.session() as session:
        assert local_state.get(session, "bench_key") == "one"
        local_state.write(session, "bench_key", "two")
        assert local_state.get(session, "bench_key") == "two" and not session.dirty
        with db.engine.connect() as other:  # not committed yet: another connection still reads the old value
            assert other.exec_driver_sql("SELECT value FROM local_state WHERE key = 'bench_key'").scalar() == "one"
        session.commit()
    with db.session() as session:
        assert local_state.get(session, "bench_key") == "two"
        local_state.put(session, "bench_key", "three")  # changed and not flushed: write goes the same way
        local_state.write(session, "bench_key", "four")
        session.commit()
    with db.session() as session:
        assert local_state.all_values(session)["bench_key"] == "four"
