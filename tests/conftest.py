"""Fixtures every test shares: offscreen Qt, a fixed clock, a fresh database file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.config.paths import DataPaths  # noqa: E402
from desktop.services import catalogue, setup  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402
from desktop.store.database import Database  # noqa: E402

# Friday 20 November 2026, 10:00 in Hà Nội (03:00 UTC).
FIXED_NOW = datetime(2026, 11, 20, 3, 0)


class FakeClock:
    """A clock tests move by hand, so no test depends on when it runs."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:  # noqa: ANN001
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(data_paths: DataPaths) -> Iterator[Database]:
    database = Database.open(data_paths)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> ServiceContext:
    """A commune (Phường An Sinh, Quảng Ninh) with two procedures: one in the day, one of 15 working days."""
    context = ServiceContext(db, actor="admin", role="admin", clock=clock)
    setup.set_up_commune(context, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(context, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(context, "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    return context


def table_count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
