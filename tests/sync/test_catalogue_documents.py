"""A province catalogue that lists each procedure's papers brings them to the PC, as the receipt slip prints them."""

from __future__ import annotations

from datetime import datetime

from desktop.services import catalogue
from desktop.services.context import ServiceContext
from desktop.sync.pull import PullStats, apply_page


def test_published_documents_reach_the_catalogue(ctx: ServiceContext) -> None:
    page = {"cursor": 1, "changes": [{"kind": "catalogue", "catalogue": {"id": 7, "data": {
        "fields": [{"code": "HT", "name": "Hộ tịch"}],
        "procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh", "field": "HT", "statutory_days": 0,
                        "documents": ["Tờ khai đăng ký khai sinh", " Giấy chứng sinh (bản chính) "]},
                       {"code": "1.004873", "name": "Xác nhận tình trạng hôn nhân", "field": "HT",
                        "statutory_days": 3, "documents": "Tờ khai; Giấy tờ chứng minh (bản sao)"}]}}}]}
    with ctx.db.session() as session, session.begin():
        apply_page(session, page, "07090", datetime(2026, 11, 20, 3, 0), PullStats())
    got = {p.code: p.documents for p in catalogue.list_procedures(ctx)}
    assert got["1.001193"] == "Tờ khai đăng ký khai sinh\nGiấy chứng sinh (bản chính)"  # an existing row updated
    assert got["1.004873"] == "Tờ khai\nGiấy tờ chứng minh (bản sao)"  # a new one
