"""A search walks the dossiers' FTS index newest first and stops after the page: the page must be exactly the one
sorting every match would give (receipt time, then id, newest first), ties of typed times and paging included."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from support import FakeClock

from desktop.config.paths import DataPaths
from desktop.domain.text import fold
from desktop.services import catalogue, setup
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, count_dossiers, list_dossiers
from desktop.services.dossiers import DossierInput, edit_dossier, register_dossier
from desktop.store.database import Database
from desktop.store.models import Dossier
from desktop.store.search import query_chunks

NAMES = ["Nguyễn Văn Đức", "Nguyễn Thị Bình", "Trần Văn An", "Lê Thị Bé", "Nguyễn Văn Đạt", "Phạm An Bình"]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """One database for the module: a commune, two procedures and 40 dossiers (built once, only read)."""
    db = Database.open(DataPaths(tmp_path_factory.mktemp("search") / "data"))
    ctx = ServiceContext(db, actor="admin", role="admin", clock=FakeClock())
    setup.set_up_commune(ctx, "22", "07090")
    catalogue.add_procedure(ctx, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(ctx, "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    rng = random.Random(11)
    base = datetime(2026, 11, 2, 8, 0)
    typed: list[tuple[str, DossierInput]] = []
    for _ in range(40):
        # Whole quarter hours over a fortnight: several dossiers share a typed receipt time.
        at = base + timedelta(minutes=15 * rng.randrange(0, 12), days=rng.randrange(0, 14))
        given = DossierInput(rng.choice(["1.001193", "1.009994"]), rng.choice(NAMES), "direct", received_at=at)
        typed.append((register_dossier(ctx, given).code, given))
    # Older dossiers whose time is corrected onto a later one: same receipt time, lower id, higher receipt_seq.
    for (code, given), (_, later) in zip(typed[:8], typed[-8:], strict=True):
        edit_dossier(ctx, code, replace(given, received_at=later.received_at))
    yield ctx
    db.close()


def _expected(ctx: ServiceContext, search: str, limit: int, offset: int) -> list[str]:
    terms = query_chunks(fold(search))
    with ctx.db.session() as s:
        rows = [d for d in s.scalars(select(Dossier)) if all(t in d.search_text for t in terms)]
    rows.sort(key=lambda d: (d.received_at, d.id), reverse=True)
    return [d.code for d in rows[offset:offset + limit]]


@pytest.mark.parametrize("search", ["nguyen", "nguyen van", "van duc", "thi b", "an", "binh khai sinh", "xyz"])
@pytest.mark.parametrize(("limit", "offset"), [(5, 0), (5, 3), (7, 10), (100, 0), (4, 38)])
def test_the_page_is_the_one_a_full_sort_gives(many: ServiceContext, search: str, limit: int, offset: int) -> None:
    got = [d.code for d in list_dossiers(many, DossierQuery(search=search, limit=limit, offset=offset))]
    assert got == _expected(many, search, limit, offset)


def test_filters_apply_while_walking_the_index(many: ServiceContext) -> None:
    q = DossierQuery(search="nguyen", limit=3, field_code="XD")
    got = list_dossiers(many, q)
    assert got and all(d.procedure_code == "1.009994" for d in got)
    assert len(list_dossiers(many, DossierQuery(search="nguyen", limit=100, field_code="XD"))) == count_dossiers(
        many, DossierQuery(search="nguyen", field_code="XD"))
