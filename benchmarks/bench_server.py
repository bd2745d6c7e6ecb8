"""What the sync benchmarks share: a province server as its own process on a free loopback port, a fresh database
for it (a SQLite file, or a throw-away PostgreSQL schema), and the server's memory read from /proc (Linux)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

SERVER_BIN = Path(sys.executable).with_name("commune-desk-server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_status(pid: int, key: str) -> float | None:
    """A kB figure from /proc/<pid>/status, in MiB (None off Linux or once the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(p) for p in found]


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants (a server with worker processes), in MiB."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += proc_status(current, "VmRSS") or 0.0
        todo += _children(current)
    return round(total, 1)


def tree_cpu_s(pid: int) -> float:
    """CPU time (user + system) a process and its descendants have used so far, in seconds (0 off Linux)."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime (fields 14 and 15 of stat)
        todo += _children(current)
    return round(total, 2)


def reset_peak(pid: int) -> bool:
    """Reset a process's VmHWM to its current RSS (Linux ≥ 4.0, own processes); False where not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class RssSampler:
    """Samples a process tree's RSS a few times a second: the peak of a multi-process server, which VmHWM
    (one process at a time) cannot give."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak = pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, tree_rss_mib(self.pid))

    def start(self) -> RssSampler:
        self.peak = tree_rss_mib(self.pid)
        self._thread.start()
        return self

    def stop(self) -> float:
        self._stop.set()
        self._thread.join(timeout=5)
        return self.peak


def server_cli(db: str, *args: str) -> str:
    done = subprocess.run([str(SERVER_BIN), "--db", db, *args], capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"commune-desk-server {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited early ({proc.returncode})")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer /health in time")


@contextmanager
def running_server(db: str, log_path: Path, *serve_args: str,
                   env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`commune-desk-server --db DB serve` on a free 127.0.0.1 port until the block ends; yields (url, process)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([str(SERVER_BIN), "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port),
                                 *serve_args], stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            wait_ready(url, proc)
            yield url, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextmanager
def fresh_postgres_schema(base_url: str, prefix: str = "bench") -> Iterator[str]:
    """A new schema in the given PostgreSQL database, dropped afterwards; yields a URL whose connections use it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from desktop.server.config import database_url

    base = database_url(base_url)
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
