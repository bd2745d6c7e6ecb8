"""Two PCs of one commune converge on the digital-transformation workbook through a real server: tasks (and their
completion), villages, teams with members and sessions, village outages, recommendations and the dossiers' Decision
766 marks; what arrives is found by folded search and counts the same on both PCs."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from server_harness import Harness
from sync_support import Pc, enrolled_pc, new_commune

from desktop.domain.index766 import Marks
from desktop.services import coverage, dossiers, index766, recommendations, tasks, teams, villages
from desktop.services.dossiers import DossierInput


def _picture(pc: Pc) -> dict[str, object]:
    """What the workbook page and the CLI would show on this PC (ids included, so copies are told apart)."""
    listed = tasks.list_tasks(pc.ctx, as_of=date(2026, 12, 4))
    november = coverage.coverage(pc.ctx, date(2026, 11, 1), date(2026, 11, 30))
    return {
        "tasks": [(t.id, t.code, t.state, t.evidence) for t in listed.tasks],
        "summary": listed.summary,
        "villages": [(v.id, v.name, v.households, v.signal, v.team.decision_number if v.team else None)
                     for v in villages.list_villages(pc.ctx)],
        "teams": [(t.id, t.village, [m.name for m in t.members], t.sessions, t.people_helped, t.dossiers_assisted)
                  for t in teams.list_teams(pc.ctx)],
        "coverage": (november.outages, november.hours, [(a.village, a.households) for a in november.affected]),
        "recommendations": [(r.id, r.subject, r.answer, r.overdue) for r in recommendations.list_recommendations(
            pc.ctx, as_of=date(2026, 12, 4))],
    }


def test_two_pcs_converge_on_the_workbook(srv: Harness, tmp_path: Path) -> None:
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        tasks.add_task(a.ctx, "T1", "Số hoá hồ sơ lưu trữ", date(2026, 9, 30), source_document="02-KH/BCĐTW")
        tasks.add_task(a.ctx, "T2", "Lập tổ công nghệ số ở mọi thôn", date(2026, 10, 31))
        tasks.add_task(b.ctx, "T3", "Tập huấn kỹ năng số cho cán bộ", date(2026, 12, 31))
        villages.add_village(a.ctx, "Thôn 5", households=60, signal="none", broadband=False)
        villages.add_village(b.ctx, "Thôn 6", households=80)
        teams.add_team(a.ctx, "Thôn 5", "45/QĐ-UBND", decision_date=date(2026, 4, 1))
        teams.add_member(a.ctx, "Thôn 5", "Lò Văn Pó", role="Tổ trưởng", phone_number="0912345678")
        recommendations.add_recommendation(b.ctx, date(2026, 10, 1), "Sở KH&CN", "Lắp trạm BTS cho Thôn 5")
        for pc in (a, b, a):
            pc.sync(srv)
        assert _picture(a) == _picture(b)
        # Each PC goes on working with what the other wrote: B logs a session of A's team and an outage in A's
        # village and marks A's task done; A answers B's recommendation.
        teams.add_session(b.ctx, "thon 5", date(2026, 11, 14), people_helped=23, dossiers_assisted=9)
        coverage.add_outage(b.ctx, "Thôn 5", datetime(2026, 11, 3, 8), datetime(2026, 11, 5, 17))
        tasks.complete_task(b.ctx, "T1", date(2026, 9, 25), evidence="Báo cáo 12/BC-UBND")
        [rec] = recommendations.list_recommendations(a.ctx)
        recommendations.record_answer(a.ctx, rec.id, "Đưa vào kế hoạch 2027", date(2026, 11, 18))
        for pc in (a, b, a):
            pc.sync(srv)
        picture = _picture(a)
        assert picture == _picture(b)
        assert picture["summary"] == {"done_on_time": 1, "done_late": 0, "in_progress": 1, "overdue": 1}
        assert picture["coverage"] == (1, 57, [("Thôn 5", 60)])
        assert picture["teams"][0][3:] == (1, 23, 9)
        assert [r[2] for r in picture["recommendations"]] == ["Đưa vào kế hoạch 2027"]
        # The search text never travelled; each PC's store made it for the rows it received.
        assert [t.code for t in tasks.list_tasks(a.ctx, search="tap huan ky nang").tasks] == ["T3"]
        assert [v.name for v in villages.list_villages(b.ctx, search="thon 5")] == ["Thôn 5"]
    finally:
        a.db.close()
        b.db.close()


def test_two_offline_pcs_making_the_same_village_and_task_converge_to_one(srv: Harness, tmp_path: Path) -> None:
    """Both PCs create "Thôn 5" (typed differently) and task T9 before they ever sync: each PC keeps one village and
    one task, the other PC's copy is taken as the same thing, and what hangs on it (a team) lands on it."""
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        villages.add_village(a.ctx, "Thôn 5", households=60)
        villages.add_village(b.ctx, "thôn  5", households=61)
        tasks.add_task(a.ctx, "T9", "Số hoá sổ hộ tịch", date(2026, 12, 31))
        tasks.add_task(b.ctx, "T9", "Số hoá sổ hộ tịch cũ", date(2026, 12, 31))
        teams.add_team(b.ctx, "Thôn 5", "46/QĐ-UBND", decision_date=date(2026, 4, 2))
        for pc in (a, b, a, b):
            pc.sync(srv)
        for pc in (a, b):
            listed = villages.list_villages(pc.ctx)
            assert len(listed) == 1 and listed[0].team is not None
            assert listed[0].team.decision_number == "46/QĐ-UBND"
            assert [t.code for t in tasks.list_tasks(pc.ctx, as_of=date(2026, 12, 4)).tasks] == ["T9"]
        villages.edit_village(b.ctx, "thon 5", households=75)  # an edit of B's copy reaches A's
        b.sync(srv)
        a.sync(srv)
        assert [v.households for v in villages.list_villages(a.ctx)] == [75]
    finally:
        a.db.close()
        b.db.close()


def test_decision_766_marks_travel_and_count_the_same(srv: Harness, tmp_path: Path) -> None:
    """A dossier's marks typed on PC A, changed on PC B, reach the other PC; the index counts the same on both."""
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        code = dossiers.register_dossier(a.ctx, DossierInput(
            "1.001193", "Hà Thị Mai", "online", received_at=datetime(2026, 11, 3, 9),
            marks=Marks(digitised=True, rating=4))).code
        dossiers.change_status(a.ctx, code, "finish", at=datetime(2026, 11, 3, 10))
        for pc in (a, b):
            pc.sync(srv)
        assert index766.dossier_marks(b.ctx, code) == Marks(digitised=True, rating=4)
        index766.mark_dossier(b.ctx, code, {"e_result": True, "rating": 5})
        for pc in (b, a):
            pc.sync(srv)
        assert index766.dossier_marks(a.ctx, code) == Marks(digitised=True, e_result=True, rating=5)
        reports = [index766.index_report(pc.ctx, date(2026, 11, 1), date(2026, 11, 10)).to_json() for pc in (a, b)]
        assert reports[0] == reports[1] and reports[0]["e_result_rate"] == 1.0
    finally:
        a.db.close()
        b.db.close()
