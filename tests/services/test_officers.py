"""Officers and accounts: validation, permissions, passwords, login lockout, Vietnamese order and search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support import FIXED_NOW, table_count

from desktop.domain.errors import ValidationError
from desktop.services import officers
from desktop.services.context import ServiceContext
from desktop.services.errors import NotFoundError, PermissionDenied
from desktop.services.officers import LoginRefused

PASSWORD = "mat-khau-123"
TABLES = ("officers", "audit_log", "sync_outbox")


def _counts(ctx) -> dict[str, int]:  # noqa: ANN001
    return {t: table_count(ctx.db, t) for t in TABLES}


def _sync_stamp(ctx, officer_id: str) -> tuple:  # noqa: ANN001
    with ctx.db.engine.connect() as conn:
        return tuple(conn.exec_driver_sql("SELECT updated_at, updated_by, hlc FROM officers WHERE id = ?",
                                          (officer_id,)).one())


def _as(ctx, actor: str, role: str) -> ServiceContext:  # noqa: ANN001
    return ServiceContext(ctx.db, actor=actor, role=role, clock=ctx.clock)


def _account(ctx, username: str = "lan", role: str = "officer", **kw) -> officers.OfficerInfo:  # noqa: ANN001
    return officers.add_officer(ctx, kw.pop("full_name", "Trần Thị Lan"), role=role, username=username,
                                password=PASSWORD, **kw)


def test_add_officer_stores_nfc_and_writes_audit_and_outbox_without_secrets(ctx) -> None:  # noqa: ANN001
    before = _counts(ctx)
    info = officers.add_officer(ctx, "Nguye\u0302\u0303n Văn Bình", position="Công chức văn hoá - xã hội",
                                unit="UBND xã", username="Binh.NV", password=PASSWORD, phone="0912 345 678")
    assert info.full_name == "Nguyễn Văn Bình" and info.username == "binh.nv" and info.phone == "0912345678"
    assert info.role == "officer" and info.active and not info.locked
    after = _counts(ctx)
    assert {t: after[t] - before[t] for t in TABLES} == {"officers": 1, "audit_log": 1, "sync_outbox": 1}
    with ctx.db.engine.connect() as conn:
        payload, changes = conn.exec_driver_sql(
            "SELECT o.payload, a.changes FROM sync_outbox o JOIN audit_log a ON a.row_id = o.row_id "
            "WHERE o.row_id = ?", (info.id,)).one()
    for text in (payload, changes):
        assert "password_hash" not in text and "argon2" not in text and "failed_logins" not in text


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"full_name": "   "}, "full_name"),
    ({"role": "boss"}, "role"),
    ({"username": "ab"}, "username"),
    ({"username": "lan thi"}, "username"),
    ({"username": "x" * 33}, "username"),
    ({"username": "trần"}, "username"),
    ({"username": "lan2", "password": "short"}, "password"),
    ({"password": PASSWORD}, "username"),
    ({"phone": "12ab"}, "phone"),
    ({"email": "not-an-address"}, "email"),
])
def test_bad_input_names_the_field_and_writes_nothing(ctx, kwargs, field) -> None:  # noqa: ANN001
    values = {"full_name": "Trần Thị Lan", **kwargs}
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        officers.add_officer(ctx, **values)
    assert err.value.field == field
    assert err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_username_is_unique_even_case_folded(ctx) -> None:  # noqa: ANN001
    _account(ctx, "lan")
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        _account(ctx, "LAN", full_name="Lê Thị Lan")
    assert err.value.field == "username" and err.value.code == "username.duplicate"
    assert _counts(ctx) == before


def test_only_an_admin_creates_accounts_or_assigns_roles(ctx) -> None:  # noqa: ANN001
    clerk = _as(ctx, "lan", "officer")
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        officers.add_officer(clerk, "Phạm Văn Hùng", username="hung", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        officers.add_officer(clerk, "Phạm Văn Hùng", role="leader")
    assert _counts(ctx) == before
    plain = officers.add_officer(clerk, "Phạm Văn Hùng", unit="Thôn 3")  # a record without login is fine
    with pytest.raises(PermissionDenied):
        officers.edit_officer(clerk, plain.id, role="admin")
    with pytest.raises(PermissionDenied):
        officers.edit_officer(_as(ctx, "an", "leader"), plain.id, username="hung")
    assert officers.edit_officer(clerk, plain.id, unit="Thôn 4").unit == "Thôn 4"
    assert officers.edit_officer(ctx, plain.id, role="leader").role == "leader"


def test_edit_records_only_real_changes(ctx) -> None:  # noqa: ANN001
    info = _account(ctx)
    before = _counts(ctx)
    officers.edit_officer(ctx, info.id, full_name="Trần Thị Lan", unit="")  # nothing differs
    assert _counts(ctx) == before
    officers.edit_officer(ctx, info.id, position="Phó Chủ tịch")
    after = _counts(ctx)
    assert after["audit_log"] == before["audit_log"] + 1 and after["sync_outbox"] == before["sync_outbox"] + 1
    with pytest.raises(ValidationError) as err:
        officers.edit_officer(ctx, info.id, password_hash="x")
    assert err.value.field == "password_hash"
    with pytest.raises(NotFoundError):
        officers.edit_officer(ctx, "no-such-id", unit="x")


def test_the_last_admin_cannot_be_demoted_or_deactivated(ctx) -> None:  # noqa: ANN001
    boss = _account(ctx, "admin", role="admin", full_name="Nguyễn Văn An")
    with pytest.raises(ValidationError) as err:
        officers.edit_officer(ctx, boss.id, role="officer")
    assert err.value.field == "role"
    with pytest.raises(ValidationError) as err:
        officers.deactivate_officer(ctx, boss.id)
    assert err.value.field == "active"
    _account(ctx, "admin2", role="admin", full_name="Lê Văn Tám")
    assert officers.edit_officer(ctx, boss.id, role="leader").role == "leader"


def test_login_success_and_same_message_for_unknown_user_and_wrong_password(ctx) -> None:  # noqa: ANN001
    info = _account(ctx)
    assert officers.authenticate(ctx.db, " LAN ", PASSWORD, FIXED_NOW).id == info.id
    with pytest.raises(LoginRefused) as wrong:
        officers.authenticate(ctx.db, "lan", "wrong-password", FIXED_NOW)
    with pytest.raises(LoginRefused) as unknown:
        officers.authenticate(ctx.db, "nobody", PASSWORD, FIXED_NOW)
    assert (wrong.value.code, wrong.value.message_vi, wrong.value.message_en) == (
        unknown.value.code, unknown.value.message_vi, unknown.value.message_en)
    plain = officers.add_officer(ctx, "Phạm Văn Hùng")  # no account: no way in
    assert plain.username is None
    with pytest.raises(LoginRefused):
        officers.authenticate(ctx.db, "", "", FIXED_NOW)


def test_five_failures_lock_for_fifteen_minutes_without_outbox_rows(ctx) -> None:  # noqa: ANN001
    info = _account(ctx)
    before, stamp = _counts(ctx), _sync_stamp(ctx, info.id)
    now = FIXED_NOW
    for _ in range(4):
        with pytest.raises(LoginRefused) as err:
            officers.authenticate(ctx.db, "lan", "wrong-password", now)
        assert err.value.code == "login.invalid"
    with pytest.raises(LoginRefused) as err:
        officers.authenticate(ctx.db, "lan", "wrong-password", now)
    assert err.value.code == "login.locked"
    assert "15 phút" in err.value.message_vi and "15 minute" in err.value.message_en
    # Locked: even the right password is refused, and the message counts down.
    with pytest.raises(LoginRefused) as err:
        officers.authenticate(ctx.db, "lan", PASSWORD, now + timedelta(minutes=10, seconds=30))
    assert err.value.code == "login.locked" and "5 phút" in err.value.message_vi
    ctx.clock.advance(minutes=10)
    assert [o.locked for o in officers.list_officers(ctx)] == [True]
    assert _counts(ctx) == before  # bookkeeping is local-only: no audit, no outbox
    unlocked = officers.authenticate(ctx.db, "lan", PASSWORD, now + timedelta(minutes=15))
    assert not unlocked.locked
    # Nor do they touch the synced stamp, which would make the row look newer to the sync merge.
    assert _counts(ctx) == before and _sync_stamp(ctx, info.id) == stamp


def test_success_resets_the_failure_counter(ctx) -> None:  # noqa: ANN001
    _account(ctx)
    for _ in range(4):
        with pytest.raises(LoginRefused):
            officers.authenticate(ctx.db, "lan", "wrong-password", FIXED_NOW)
    officers.authenticate(ctx.db, "lan", PASSWORD, FIXED_NOW)
    for _ in range(4):
        with pytest.raises(LoginRefused) as err:
            officers.authenticate(ctx.db, "lan", "wrong-password", FIXED_NOW)
        assert err.value.code == "login.invalid"


def test_deactivated_account_is_refused(ctx) -> None:  # noqa: ANN001
    _account(ctx, "admin", role="admin", full_name="Nguyễn Văn An")
    info = _account(ctx)
    with pytest.raises(PermissionDenied):
        officers.deactivate_officer(_as(ctx, "admin", "leader"), info.id)
    officers.deactivate_officer(ctx, info.id)
    with pytest.raises(LoginRefused) as err:
        officers.authenticate(ctx.db, "lan", PASSWORD, FIXED_NOW)
    assert err.value.code == "login.inactive"
    assert [o.username for o in officers.list_officers(ctx)] == ["admin"]
    assert len(officers.list_officers(ctx, include_inactive=True)) == 2


def test_set_password_own_needs_old_admin_resets_and_unlocks(ctx) -> None:  # noqa: ANN001
    _account(ctx)
    me = _as(ctx, "lan", "officer")
    with pytest.raises(ValidationError) as err:
        officers.set_password(me, "lan", "new-password-1")
    assert err.value.field == "old_password"
    with pytest.raises(ValidationError) as err:
        officers.set_password(me, "lan", "new-password-1", old_password="wrong-password")
    assert err.value.field == "old_password"
    with pytest.raises(ValidationError) as err:
        officers.set_password(me, "lan", "short", old_password=PASSWORD)
    assert err.value.field == "new_password"
    with pytest.raises(PermissionDenied):
        officers.set_password(_as(ctx, "hung", "leader"), "lan", "new-password-1")
    before = _counts(ctx)
    officers.set_password(me, "lan", "new-password-1", old_password=PASSWORD)
    after = _counts(ctx)
    # The change is audited (without the hash) but never leaves this PC.
    assert after["audit_log"] == before["audit_log"] + 1 and after["sync_outbox"] == before["sync_outbox"]
    with pytest.raises(LoginRefused):
        officers.authenticate(ctx.db, "lan", PASSWORD, FIXED_NOW)
    for _ in range(4):
        with pytest.raises(LoginRefused):
            officers.authenticate(ctx.db, "lan", "wrong-password", FIXED_NOW)
    officers.set_password(ctx, "lan", "reset-by-admin")  # admin, no old password; lifts the lock
    assert officers.authenticate(ctx.db, "lan", "reset-by-admin", FIXED_NOW).username == "lan"
    with pytest.raises(NotFoundError):
        officers.set_password(ctx, "nobody", "reset-by-admin")


def test_has_accounts(ctx) -> None:  # noqa: ANN001
    assert not officers.has_accounts(ctx.db)
    officers.add_officer(ctx, "Phạm Văn Hùng")
    assert not officers.has_accounts(ctx.db)
    _account(ctx)
    assert officers.has_accounts(ctx.db)


def test_list_sorts_by_given_name_and_search_ignores_accents(ctx) -> None:  # noqa: ANN001
    for name in ("Nguyễn Văn Bình", "Trần Thị An", "Lê Văn Đức", "Đỗ Thị Dung", "Nguyễn Thị Ánh"):
        officers.add_officer(ctx, name, unit="UBND xã")
    names = [o.full_name for o in officers.list_officers(ctx)]
    assert names == ["Trần Thị An", "Nguyễn Thị Ánh", "Nguyễn Văn Bình", "Đỗ Thị Dung", "Lê Văn Đức"]
    assert [o.full_name for o in officers.list_officers(ctx, search="nguyen")] == ["Nguyễn Thị Ánh",
                                                                                   "Nguyễn Văn Bình"]
    assert [o.full_name for o in officers.list_officers(ctx, search="DUC")] == ["Lê Văn Đức"]
    assert officers.list_officers(ctx, search="khong co ai") == []
