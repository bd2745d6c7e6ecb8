"""Recommendations sent up: audit and outbox, answers, the 30-day flag, accent-insensitive search."""

from __future__ import annotations

from datetime import date

import pytest
from support import table_count

from desktop.domain.errors import ValidationError
from desktop.services import recommendations as recs


def test_unanswered_after_30_days_is_flagged_and_an_answer_clears_it(ctx) -> None:  # noqa: ANN001
    before = table_count(ctx.db, "sync_outbox")
    old = recs.add_recommendation(ctx, date(2026, 10, 15), "Sở Khoa học và Công nghệ",
                                  "Đề nghị hỗ trợ lắp trạm BTS cho Thôn 5", number="31/UBND-VP")
    recent = recs.add_recommendation(ctx, date(2026, 11, 2), "Viettel Quảng Ninh", "Nâng cấp cáp quang Thôn 7")
    assert table_count(ctx.db, "sync_outbox") - before == 2
    assert old.overdue and old.days_waiting == 36 and not recent.overdue
    assert [r.id for r in recs.list_recommendations(ctx, overdue_only=True)] == [old.id]
    # Seen on 4/12, the second one has waited 32 days too.
    assert {r.id for r in recs.list_recommendations(ctx, as_of=date(2026, 12, 4), overdue_only=True)} == {
        old.id, recent.id}
    answered = recs.record_answer(ctx, old.id, "Đã đưa vào kế hoạch năm 2027", date(2026, 11, 18))
    assert not answered.overdue and answered.days_waiting == 34
    assert recs.list_recommendations(ctx, overdue_only=True) == []
    assert [r.id for r in recs.list_recommendations(ctx, search="ke hoach nam 2027")] == [old.id]
    assert [r.id for r in recs.list_recommendations(ctx, search="VIETTEL")] == [recent.id]
    assert [r.id for r in recs.list_recommendations(ctx)] == [recent.id, old.id]  # newest first


def test_bad_input_names_the_field_and_writes_nothing(ctx) -> None:  # noqa: ANN001
    r = recs.add_recommendation(ctx, date(2026, 11, 2), "UBND tỉnh", "Kinh phí chuyển đổi số")
    before = table_count(ctx.db, "sync_outbox")
    cases = [
        (lambda: recs.add_recommendation(ctx, date(2026, 11, 21), "UBND tỉnh", "X"), "sent_on"),
        (lambda: recs.add_recommendation(ctx, date(2026, 11, 2), " ", "X"), "to"),
        (lambda: recs.add_recommendation(ctx, date(2026, 11, 2), "UBND tỉnh", ""), "subject"),
        (lambda: recs.record_answer(ctx, r.id, "Đồng ý", date(2026, 11, 1)), "answered_on"),
        (lambda: recs.record_answer(ctx, r.id, " ", date(2026, 11, 5)), "answer"),
    ]
    for call, field in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert table_count(ctx.db, "sync_outbox") == before
