"""What the login window may tell a person before they are in: the attempts left before the lockout, and on demo
data the published demo logins.

A demo login is offered only while every published demo account still exists, is active and still opens with its
published password: a real commune that merely has an "admin" account is never shown a password, and a demo whose
passwords were changed stops offering them. The passwords were printed by `commune-desk demo` and are in the README,
so showing them there adds nothing an attacker lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desktop.services.officers import MAX_FAILED_LOGINS
from desktop.store.database import Database
from desktop.store.models import Officer

_HASHER = PasswordHasher()


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: str


def demo_logins(db: Database, published: Sequence[tuple[str, str, str]]) -> list[DemoLogin]:
    """`published` (username, password, role) when all of them still open this data, else []."""
    if not published:
        return []
    with db.session() as session:
        rows = {o.username: o for o in session.scalars(
            select(Officer).where(Officer.username.in_([u for u, _, _ in published]), Officer.deleted_at.is_(None)))}
        hashes = {u: rows[u].password_hash for u, _, _ in published if u in rows and rows[u].active}
    if len(hashes) != len(published):
        return []
    for username, password, _ in published:
        try:
            if not _HASHER.verify(hashes[username] or "", password):
                return []
        except (VerificationError, InvalidHashError):
            return []
    return [DemoLogin(u, p, role) for u, p, role in published]


def attempts_left(db: Database, username: str) -> int | None:
    """Wrong passwords still allowed before `username` is locked; None for an unknown name, so the window says
    nothing that tells a guesser which names exist."""
    login = (username or "").strip().lower()
    if not login:
        return None
    with db.session() as session:
        officer = session.scalar(select(Officer).where(Officer.username == login, Officer.deleted_at.is_(None)))
        if officer is None or officer.password_hash is None:
            return None
        return max(0, MAX_FAILED_LOGINS - officer.failed_logins)
