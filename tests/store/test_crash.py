"""Nothing acknowledged is lost: a writer killed with SIGKILL mid-stream leaves every committed record intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.store.database import Database

WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from desktop.config.paths import DataPaths
    from desktop.services.context import ServiceContext
    from desktop.services.dossiers import DossierInput, register_dossier
    from desktop.store.database import Database

    db = Database.open(DataPaths(__import__("pathlib").Path(sys.argv[1])))
    ctx = ServiceContext(db, actor="crash-test", clock=lambda: datetime(2026, 11, 20, 3, 0))
    n = 0
    while True:
        n += 1
        info = register_dossier(ctx, DossierInput("1.001193", f"Người nộp {n}", "direct"))
        print(info.code, flush=True)  # printed only after the commit returned: an acknowledgement
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_sigkill_while_writing_loses_no_acknowledged_record(ctx, data_paths) -> None:  # noqa: ANN001
    ctx.db.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_paths.root)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    acknowledged = []
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            acknowledged.append(line.strip())
            if len(acknowledged) == 40:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert len(acknowledged) == 40, proc.stderr.read() if proc.stderr else ""
    with Database.open(data_paths) as db:
        assert db.integrity_check() == "ok"
        with db.engine.connect() as conn:
            stored = set(conn.exec_driver_sql("SELECT code FROM dossiers").scalars())
            outbox = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE table_name='dossiers'").scalar()
            fts = conn.exec_driver_sql("SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH '\"nguoi nop\"'"
                                       ).scalar()
    assert set(acknowledged) <= stored
    assert outbox == len(stored)  # every stored dossier has its outbox operation: never one without the other
    assert fts == len(stored)
