"""Plan tasks on a real database file: audit and outbox per action, states as of a day, field-named errors."""

from __future__ import annotations

from datetime import date

import pytest
from support import table_count

from desktop.domain.errors import ValidationError
from desktop.services import tasks
from desktop.services.errors import NotFoundError
from desktop.store.models import PlanTask

TABLES = ("plan_tasks", "audit_log", "sync_outbox")


def _counts(ctx) -> dict[str, int]:  # noqa: ANN001
    return {t: table_count(ctx.db, t) for t in TABLES}


def _three(ctx) -> None:  # noqa: ANN001
    plan = "Kế hoạch 02-KH/BCĐTW"
    tasks.add_task(ctx, "T1", "Số hoá hồ sơ lưu trữ", date(2026, 9, 30), source_document=plan,
                   source_date=date(2025, 6, 19), owner="Phạm Thị Hoa")
    tasks.add_task(ctx, "T2", "Lập tổ công nghệ số ở mọi thôn", date(2026, 10, 31), source_document=plan)
    tasks.add_task(ctx, "T3", "Tập huấn kỹ năng số cho cán bộ", date(2026, 12, 31), source_document="NQ 57-NQ/TW")
    tasks.complete_task(ctx, "T1", date(2026, 9, 25), evidence="Báo cáo số 12/BC-UBND")


def test_three_tasks_seen_on_4_december(ctx) -> None:  # noqa: ANN001
    _three(ctx)
    listed = tasks.list_tasks(ctx, as_of=date(2026, 12, 4))
    assert [(t.code, t.state) for t in listed.tasks] == [("T1", "done_on_time"), ("T2", "overdue"),
                                                         ("T3", "in_progress")]
    assert listed.summary == {"done_on_time": 1, "done_late": 0, "in_progress": 1, "overdue": 1}
    t1 = listed.tasks[0]
    assert t1.status == "done" and t1.done_on == date(2026, 9, 25) and t1.evidence == "Báo cáo số 12/BC-UBND"
    assert t1.source_date == date(2025, 6, 19) and t1.owner == "Phạm Thị Hoa"
    # Seen on the fixed clock's day (20/11) by default, and filtered by state with the summary still whole.
    assert tasks.list_tasks(ctx).as_of == date(2026, 11, 20)
    overdue = tasks.list_tasks(ctx, as_of=date(2026, 12, 4), state="overdue")
    assert [t.code for t in overdue.tasks] == ["T2"] and overdue.summary == listed.summary


def test_each_action_writes_one_audit_and_one_outbox_row(ctx) -> None:  # noqa: ANN001
    before = _counts(ctx)
    tasks.add_task(ctx, "NQ57-01", "Triển khai chữ ký số", date(2026, 12, 31))
    assert {t: _counts(ctx)[t] - before[t] for t in TABLES} == {"plan_tasks": 1, "audit_log": 1, "sync_outbox": 1}
    tasks.complete_task(ctx, "nq57-01", date(2026, 11, 20))
    tasks.edit_task(ctx, "NQ57-01", owner="Nguyễn Văn An")
    tasks.reopen_task(ctx, "NQ57-01")
    assert {t: _counts(ctx)[t] - before[t] for t in TABLES} == {"plan_tasks": 1, "audit_log": 4, "sync_outbox": 4}
    tasks.remove_task(ctx, "NQ57-01")
    assert tasks.list_tasks(ctx).tasks == ()
    # A removed task's code is free again.
    assert tasks.add_task(ctx, "NQ57-01", "Triển khai lại", date(2026, 12, 31)).code == "NQ57-01"


def test_search_is_accent_insensitive_and_text_is_nfc(ctx) -> None:  # noqa: ANN001
    _three(ctx)
    decomposed = "Tuyên truyền " + "nhiệm vụ".replace("ệ", "e\u0323\u0302")
    info = tasks.add_task(ctx, "T4", decomposed, date(2026, 12, 15))
    assert info.title == "Tuyên truyền nhiệm vụ"
    assert [t.code for t in tasks.list_tasks(ctx, search="so hoa ho so luu tru").tasks] == ["T1"]
    assert [t.code for t in tasks.list_tasks(ctx, search="NHIEM VU").tasks] == ["T4"]
    assert [t.code for t in tasks.list_tasks(ctx, search="02-kh").tasks] == ["T1", "T2"]


@pytest.mark.parametrize(("args", "kw", "field"), [
    (("", "Tiêu đề", date(2026, 12, 1)), {}, "code"),
    (("T9", "  ", date(2026, 12, 1)), {}, "title"),
    (("T9", "Tiêu đề", "2026-12-01"), {}, "deadline"),
    (("T9", "Tiêu đề", date(2026, 12, 1)), {"source_date": date(2026, 12, 2)}, "deadline"),
    (("T1", "Trùng mã", date(2026, 12, 1)), {}, "code"),
    (("T9", "Tiêu đề", date(2026, 12, 1)), {"owner": "x" * 201}, "owner"),
])
def test_bad_task_names_the_field_and_writes_nothing(ctx, args, kw, field) -> None:  # noqa: ANN001
    _three(ctx)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        tasks.add_task(ctx, *args, **kw)
    assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_completion_checks(ctx) -> None:  # noqa: ANN001
    _three(ctx)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        tasks.complete_task(ctx, "T2", date(2026, 11, 21))  # tomorrow on the fixed clock
    assert err.value.field == "done_on"
    with pytest.raises(ValidationError) as err:
        tasks.complete_task(ctx, "T1", date(2025, 6, 1))  # before Plan 02 was issued
    assert err.value.field == "done_on"
    with pytest.raises(NotFoundError):
        tasks.complete_task(ctx, "T404", date(2026, 11, 1))
    with pytest.raises(ValidationError) as err:
        tasks.list_tasks(ctx, state="finished")
    assert err.value.field == "state"
    assert _counts(ctx) == before
    late = tasks.complete_task(ctx, "T2", date(2026, 11, 3))
    assert late.state == "done_late" and late.evidence == ""


def test_a_task_written_outside_the_services_is_found_too(ctx) -> None:  # noqa: ANN001
    """Rows a sync pull or a bundle writes straight into the store get their search text from the store."""
    with ctx.db.session() as session:
        session.add(PlanTask(commune_code="07090", code="T9", title="Chuyển đổi số trong trường học",
                             deadline=date(2026, 12, 31), hlc="x"))
        session.commit()
    assert [t.code for t in tasks.list_tasks(ctx, search="chuyen doi so truong hoc").tasks] == ["T9"]
