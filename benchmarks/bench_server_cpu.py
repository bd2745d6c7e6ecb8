"""Server CPU per synced op, in-process: a figure a loaded, shared machine moves much less than latency.

Usage: python benchmarks/bench_server_cpu.py [--db postgresql://…/test] [--pcs 10] [--cycles 5] [--json]
                                             [--profile]

One commune's PCs (the load benchmark's simulated devices, load_devices.py) take turns: each pushes one batch of
about 25 realistic ops through the server's own push code and then pulls the commune's changes to the end through
its pull pages, as the load benchmark's devices do over HTTP. Measured: CPU time (time.process_time) and wall time
per acknowledged op, HTTP left out. `--profile` adds the CPU split by package (cProfile on process time). Runs on a
fresh PostgreSQL schema (dropped afterwards) or a temporary SQLite file. Not run by CI.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_server import fresh_postgres_schema
from load_devices import PULL_LIMIT, Device

GROUPS = (("psycopg", "psycopg"), ("sqlalchemy", "sqlalchemy"), ("desktop/protocol", "protocol checks"),
          ("desktop/server", "server code"), ("json", "json"), ("pydantic", "pydantic"))


def _split(profile: cProfile.Profile) -> dict[str, float]:
    stats: Any = pstats.Stats(profile)
    spent: collections.Counter[str] = collections.Counter()
    for (path, _line, _fn), (_cc, _nc, own, _cum, _callers) in stats.stats.items():
        spent[next((name for part, name in GROUPS if part in path), "other")] += own
    total = sum(spent.values()) or 1.0
    return {name: round(100 * t / total, 1) for name, t in spent.most_common()}


def run(db: str, pcs: int, cycles: int, profile: bool) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    from desktop.protocol import revisions
    from desktop.server import admin
    from desktop.server.config import make_engine
    from desktop.server.migrate import upgrade_to_head
    from desktop.server.models import utcnow
    from desktop.server.pages import ItemCache, pull_json
    from desktop.server.push import DeviceRef, push_batch
    from desktop.server.schemas import PushIn
    from desktop.store.migrate import head_revision

    engine = make_engine(db)
    upgrade_to_head(engine)
    now = utcnow()
    admin.add_commune(engine, "CPU0001", "Xã đo CPU", "22", now)
    devices = []
    for i in range(pcs):
        code = admin.new_enrol_code(engine, "CPU0001", now)
        device = Device(i, "CPU0001", code, head_revision(), random.Random(20261204 + i))
        device.device_id = str(admin.enrol(engine, code, f"PC {i}", now, None)["device_id"])
        device.node = device.device_id[-12:]
        devices.append(device)
    cache, schemas = ItemCache(), revisions.known()

    def cycle(times: int) -> int:
        acked = 0
        for _ in range(times):
            for dev in devices:
                batch = dev.next_batch(25)
                ops = PushIn.model_validate({"ops": batch}).ops
                answer = push_batch(engine, DeviceRef(dev.device_id, "CPU0001"), ops, utcnow(), lambda: schemas)
                dev.acknowledge(batch, answer["results"])
                acked += len(batch)
                with Session(engine) as session:
                    while True:
                        page = json.loads(pull_json(session, "CPU0001", dev.cursor, PULL_LIMIT, cache, {}))
                        dev.cursor = int(page["cursor"])
                        if not page["has_more"]:
                            break
        return acked

    cycle(2)  # warm: statement caches, prepared statements, the first rows
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    acked = cycle(cycles)
    if profiler is not None:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    engine.dispose()
    out: dict[str, Any] = {"ops": acked, "cpu_ms_per_op": round(cpu * 1000 / acked, 3),
                           "wall_ms_per_op": round(wall * 1000 / acked, 3), "pcs": pcs,
                           "pull_items_reused": cache.hits, "pull_items_made": cache.misses}
    if profiler is not None:
        out["cpu_split_percent"] = _split(profiler)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--db", default="sqlite", help="'sqlite' (a temp file) or a PostgreSQL URL (a fresh schema in it)")
    p.add_argument("--pcs", type=int, default=10)
    p.add_argument("--cycles", type=int, default=5)
    p.add_argument("--profile", action="store_true", help="also the CPU split by package (slower)")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    if a.db == "sqlite":
        result = run(f"sqlite:///{Path(tempfile.mkdtemp(prefix='bench-cpu-')) / 'server.sqlite3'}", a.pcs, a.cycles,
                     a.profile)
    else:
        with fresh_postgres_schema(a.db, "bench_cpu") as db:
            result = run(db, a.pcs, a.cycles, a.profile)
    print(json.dumps(result, indent=None if a.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
