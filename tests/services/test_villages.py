"""Villages, their digital technology teams, members and sessions, and village outages on a real database file."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from support import table_count

from desktop.domain.errors import ValidationError
from desktop.services import coverage, teams, villages
from desktop.services.errors import NotFoundError

TABLES = ("villages", "digital_teams", "team_members", "team_sessions", "village_outages", "audit_log",
          "sync_outbox")


def _counts(ctx) -> dict[str, int]:  # noqa: ANN001
    return {t: table_count(ctx.db, t) for t in TABLES}


def _twelve_villages_ten_teams(ctx) -> None:  # noqa: ANN001
    for i in range(1, 13):
        villages.add_village(ctx, f"Thôn {i}", households=50 + i)
    for i in (1, 2, 4, 5, 6, 7, 8, 10, 11, 12):
        teams.add_team(ctx, f"thon {i}", f"{i}/QĐ-UBND", decision_date=date(2026, 3, 2))


def test_twelve_villages_and_ten_teams_leave_thon_3_and_9_without(ctx) -> None:  # noqa: ANN001
    _twelve_villages_ten_teams(ctx)
    assert villages.villages_without_team(ctx) == ["Thôn 3", "Thôn 9"]
    listed = villages.list_villages(ctx)
    assert [v.name for v in listed][:3] == ["Thôn 1", "Thôn 2", "Thôn 3"] and listed[-1].name == "Thôn 12"
    assert listed[2].team is None and listed[0].team is not None
    assert listed[0].team.decision_number == "1/QĐ-UBND"


def test_each_action_writes_audit_and_outbox(ctx) -> None:  # noqa: ANN001
    before = _counts(ctx)
    v = villages.add_village(ctx, "Thôn 5", households=60, signal="none", broadband=False)
    assert v.poor_coverage and v.signal_label == "Không có sóng 4G/5G" and v.team is None
    teams.add_team(ctx, "Thôn 5", "45/QĐ-UBND", decision_date=date(2026, 4, 1))
    teams.add_member(ctx, "Thôn 5", "Hoàng Văn Sáng", role="Tổ trưởng (trưởng thôn)", phone_number="0912 345 678")
    teams.add_session(ctx, "Thôn 5", date(2026, 11, 14), place="Nhà văn hoá thôn", people_helped=23,
                      dossiers_assisted=9, topic="Cài VNeID, nộp hồ sơ trực tuyến")
    after = _counts(ctx)
    assert {t: after[t] - before[t] for t in TABLES} == {
        "villages": 1, "digital_teams": 1, "team_members": 1, "team_sessions": 1, "village_outages": 0,
        "audit_log": 4, "sync_outbox": 4}
    [team] = teams.list_teams(ctx)
    assert team.village == "Thôn 5" and (team.sessions, team.people_helped, team.dossiers_assisted) == (1, 23, 9)
    assert team.members[0].phone == "0912345678" and team.members[0].role == "Tổ trưởng (trưởng thôn)"
    assert teams.list_teams(ctx, start=date(2026, 12, 1))[0].sessions == 0
    assert [s.topic for s in teams.list_sessions(ctx, village="thon 5")] == ["Cài VNeID, nộp hồ sơ trực tuyến"]
    assert villages.list_villages(ctx)[0].team.members == 1
    edited = villages.edit_village(ctx, "THÔN 5", signal="weak", broadband=True)
    assert edited.signal == "weak" and edited.poor_coverage and edited.team is not None
    with pytest.raises(ValidationError) as err:
        villages.remove_village(ctx, "Thôn 5")
    assert err.value.field == "village"
    teams.dissolve_team(ctx, "Thôn 5")
    villages.remove_village(ctx, "Thôn 5")
    assert villages.list_villages(ctx) == [] and teams.list_teams(ctx) == []


def test_search_and_lookup_ignore_accents(ctx) -> None:  # noqa: ANN001
    villages.add_village(ctx, "Buôn Sa Bốk", households=114, signal="weak", note="Giáp rừng phòng hộ")
    villages.add_village(ctx, "Tổ dân phố Đồng Tâm", households=210)
    assert [v.name for v in villages.list_villages(ctx, search="buon sa bok")] == ["Buôn Sa Bốk"]
    assert [v.name for v in villages.list_villages(ctx, search="rung phong")] == ["Buôn Sa Bốk"]
    assert [v.name for v in villages.list_villages(ctx, search="dong tam")] == ["Tổ dân phố Đồng Tâm"]
    assert teams.add_team(ctx, "to dan pho dong tam", "7/QĐ-UBND").village == "Tổ dân phố Đồng Tâm"


BAD_INPUT = [
    (lambda ctx: villages.add_village(ctx, " "), "name"),
    (lambda ctx: villages.add_village(ctx, "thôn 1"), "name"),  # the same village, typed in lower case
    (lambda ctx: villages.add_village(ctx, "Thôn 13", households=-1), "households"),
    (lambda ctx: villages.add_village(ctx, "Thôn 13", signal="3g"), "signal"),
    (lambda ctx: villages.add_village(ctx, "Thôn 13", broadband="yes"), "broadband"),
    (lambda ctx: teams.add_team(ctx, "Thôn 1", "2/QĐ-UBND"), "village"),  # already has one
    (lambda ctx: teams.add_team(ctx, "Thôn 3", " "), "decision"),
    (lambda ctx: teams.add_team(ctx, "Thôn 3", "3/QĐ", decision_date=date(2026, 11, 21)), "decision_date"),
    (lambda ctx: teams.add_member(ctx, "Thôn 3", "Lò Văn Pó"), "village"),  # no team there
    (lambda ctx: teams.add_member(ctx, "Thôn 1", "Lò Văn Pó", phone_number="12ab"), "phone"),
    (lambda ctx: teams.add_session(ctx, "Thôn 1", date(2026, 3, 1)), "held_on"),  # before the decision
    (lambda ctx: teams.add_session(ctx, "Thôn 1", date(2026, 11, 21)), "held_on"),
    (lambda ctx: teams.add_session(ctx, "Thôn 1", date(2026, 11, 2), people_helped=-3), "people_helped"),
    (lambda ctx: coverage.add_outage(ctx, "Thôn 1", datetime(2026, 11, 5), datetime(2026, 11, 4)), "ended_at"),
    (lambda ctx: coverage.add_outage(ctx, "Thôn 1", datetime(2026, 11, 25)), "started_at"),
]


def test_bad_input_names_the_field_and_writes_nothing(ctx) -> None:  # noqa: ANN001
    # One database for every case: each must be refused whole, so the counts never move.
    _twelve_villages_ten_teams(ctx)
    before = _counts(ctx)
    for i, (call, field) in enumerate(BAD_INPUT):
        with pytest.raises(ValidationError) as err:
            call(ctx)
        assert (i, err.value.field) == (i, field) and err.value.message_vi and err.value.message_en
        assert _counts(ctx) == before


def test_unknown_village_is_not_found(ctx) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError) as err:
        teams.add_team(ctx, "Thôn 99", "1/QĐ")
    assert err.value.field == "village"


def test_thon_5_outage_of_57_hours(ctx) -> None:  # noqa: ANN001
    villages.add_village(ctx, "Thôn 5", households=60, signal="none")
    villages.add_village(ctx, "Thôn 6", households=80)
    o = coverage.add_outage(ctx, "thon 5", datetime(2026, 11, 3, 8), datetime(2026, 11, 5, 17),
                            cause="Mất điện lưới, trạm BTS ngừng phát")
    assert o.hours == 57 and o.started_at == datetime(2026, 11, 3, 8)
    november = coverage.coverage(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert (november.outages, november.hours) == (1, 57)
    assert [(a.village, a.households) for a in november.affected] == [("Thôn 5", 60)]
    assert [p.village for p in november.poor_coverage] == ["Thôn 5"]
    october = coverage.coverage(ctx, date(2026, 10, 1), date(2026, 10, 31))
    assert (october.outages, october.hours, october.affected) == (0, 0, ()) and isinstance(october.hours, float)


def test_ongoing_outage_counts_up_to_now_and_can_be_ended(ctx, clock) -> None:  # noqa: ANN001
    villages.add_village(ctx, "Thôn 7", households=45)
    # The fixed clock reads 20/11 10:00 in Hà Nội; the link went down at 06:00.
    o = coverage.add_outage(ctx, "Thôn 7", datetime(2026, 11, 20, 6))
    assert o.ended_at is None and o.hours == 4
    assert coverage.coverage(ctx, date(2026, 11, 1), date(2026, 11, 30)).hours == 4
    clock.advance(hours=3)
    ended = coverage.end_outage(ctx, o.id, datetime(2026, 11, 20, 12, 30))
    assert ended.hours == 6.5 and ended.ended_at == datetime(2026, 11, 20, 12, 30)
    with pytest.raises(ValidationError):
        coverage.end_outage(ctx, o.id, datetime(2026, 11, 20, 12, 45))
    assert [x.hours for x in coverage.list_outages(ctx, date(2026, 11, 20), date(2026, 11, 20))] == [6.5]
